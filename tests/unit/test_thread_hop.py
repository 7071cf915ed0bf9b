"""The inbox that brings worker threads' news to the Qt thread without a Qt call on the worker."""

from __future__ import annotations

import threading

from softphone.thread_hop import Inbox


def test_values_from_many_threads_arrive_on_the_qt_thread_in_order(qapp, qtbot) -> None:
    qt_thread = threading.get_ident()
    arrived: list[tuple[int, int, int]] = []  # (worker, sequence, delivering thread)
    inbox = Inbox(lambda value: arrived.append((*value, threading.get_ident())))
    workers = [
        threading.Thread(target=lambda w=w: [inbox.post((w, n)) for n in range(2000)])
        for w in range(4)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    qtbot.waitUntil(lambda: len(arrived) == 8000, timeout=5000)
    assert {thread for _, _, thread in arrived} == {qt_thread}
    for w in range(4):
        assert [n for worker, n, _ in arrived if worker == w] == list(range(2000))
    inbox.close()


def test_a_failing_delivery_does_not_stop_the_rest_and_close_drops_later_posts(qapp, qtbot) -> None:
    arrived: list[int] = []

    def deliver(value: int) -> None:
        if value == 2:
            raise ValueError("a bug in a slot")
        arrived.append(value)

    inbox = Inbox(deliver)
    for value in range(5):
        threading.Thread(target=inbox.post, args=(value,)).start()
    qtbot.waitUntil(lambda: len(arrived) == 4, timeout=5000)
    assert sorted(arrived) == [0, 1, 3, 4]
    inbox.close()
    inbox.close()  # twice is fine
    inbox.post(5)  # a worker still running after close: dropped, no error
    qapp.processEvents()
    assert sorted(arrived) == [0, 1, 3, 4]
