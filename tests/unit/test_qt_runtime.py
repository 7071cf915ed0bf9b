"""Guards against defects of the Qt binding that would kill the app in a long shift."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    carried = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.received = 0
        self.carried.connect(self._on_carried)

    def _on_carried(self, _payload: object) -> None:
        self.received += 1


def test_emitting_signals_does_not_leak_references_to_true(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit(): on Python 3.11, where True
    is not immortal, a day of calls (a few thousand signals) then aborts the process."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(2000):
        emitter.carried.emit({"muted": True})
    worker = threading.Thread(target=lambda: [emitter.carried.emit(1) for _ in range(500)])
    worker.start()
    worker.join()
    qapp.processEvents()
    assert emitter.received == 2500
    assert abs(sys.getrefcount(True) - before) < 50
