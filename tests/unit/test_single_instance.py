"""The single-instance socket: hand-over, a crashed instance's leftovers, bad requests."""

from __future__ import annotations

import argparse
import contextlib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket

from softphone.cli import build_parser, registers_early
from softphone.instance_name import (
    hold_instance_lock,
    instance_running,
    may_register_early,
    socket_path,
)
from softphone.paths import AppPaths, app_paths
from softphone.single_instance import (
    InstanceServer,
    InstanceUnresponsive,
    send_to_running,
    server_name,
)


def test_a_crashed_instances_socket_file_is_taken_over(qapp) -> None:
    paths = app_paths().ensure()
    path = Path(QDir.tempPath()) / server_name(paths)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))  # a socket file nobody listens on, as a crash leaves it
    stale.close()
    server = InstanceServer(paths)
    try:
        assert server.listen()
        second = InstanceServer(paths)
        assert not second.listen()  # now somebody answers
    finally:
        server.close()


def test_requests_are_handed_over_and_garbage_is_refused(qapp, qtbot) -> None:
    paths = app_paths().ensure()
    server = InstanceServer(paths)
    assert server.listen()
    dialled: list[str] = []
    server.dial_requested.connect(dialled.append)
    try:
        # Another process hands over a click-to-dial request, as `softphone dial` does.
        sender = subprocess.Popen(
            [sys.executable, "-c",
             "import sys; from softphone.paths import app_paths; "
             "from softphone.single_instance import send_to_running; "
             "sys.exit(0 if send_to_running(app_paths(), {'dial': 'tel:+390612345678'}) else 3)"],
        )  # fmt: skip
        qtbot.waitUntil(lambda: sender.poll() is not None, timeout=10000)
        assert sender.returncode == 0 and dialled == ["tel:+390612345678"]

        raw = QLocalSocket()
        raw.connectToServer(server_name(paths))
        assert raw.waitForConnected(1000)
        raw.write(b"<script>not json</script>\n")
        raw.flush()
        qtbot.waitUntil(lambda: raw.bytesAvailable() > 0 or raw.waitForReadyRead(50), timeout=5000)
        assert bytes(raw.readAll().data()).strip() == b"error"
        assert dialled == ["tel:+390612345678"]
        raw.abort()
    finally:
        server.close()
        qtbot.waitUntil(lambda: not server._clients, timeout=5000)


def test_nobody_running_means_not_handed_over(qapp) -> None:
    assert send_to_running(app_paths().ensure(), {"dial": "2001"}) is False


def test_a_running_instance_is_found_without_qt_where_qt_puts_its_socket(qapp) -> None:
    """`softphone` asks before importing Qt whether an instance runs (its engine then must not
    register early): at the path Qt's QLocalServer listens on, a crashed one's file ignored."""
    paths = app_paths().ensure()
    assert socket_path(paths) == Path(QDir.tempPath()) / server_name(paths)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(socket_path(paths)))  # a crashed instance's file: nobody listens
    stale.close()
    assert instance_running(paths) is False
    server = InstanceServer(paths)
    try:
        assert server.listen()
        assert instance_running(paths) is True
    finally:
        server.close()
    assert instance_running(paths) is False


# -- two starts at once: the instance's lock ------------------------------------------------------

_STARTING = """
import sys, time
from softphone.instance_name import hold_instance_lock
from softphone.paths import AppPaths, app_paths
paths = app_paths().ensure()
assert hold_instance_lock(paths)
print("held", flush=True)
if sys.stdin.readline().strip() == "listen":
    time.sleep(float(sys.argv[1]))  # the rest of its start: Qt, the window
    from PySide6.QtCore import QCoreApplication
    from softphone.single_instance import InstanceServer
    app = QCoreApplication([])
    server = InstanceServer(paths)
    print("listening" if server.listen() else "handed over", flush=True)
    sys.stdin.readline()
"""


@contextlib.contextmanager
def starting_instance(start_s: float = 0.0) -> Iterator[subprocess.Popen[str]]:
    """Another start of the app for this user, holding the instance's lock before Qt is up
    (as `softphone` does: softphone/cli.py); told "listen", it listens `start_s` later."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _STARTING, str(start_s)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        proc.kill()
        proc.wait()


def test_a_start_while_another_is_starting_registers_nothing_and_hands_over(qapp) -> None:
    """Two starts within the first one's half second before it listens (a double click): the
    second neither registers its accounts early nor becomes a second instance; it waits for
    the first to listen and hands over."""
    paths = app_paths().ensure()
    with starting_instance(start_s=0.5) as first:
        assert instance_running(paths) is False  # what the second start used to go by
        assert may_register_early(paths) is False
        assert first.stdin is not None and first.stdout is not None
        first.stdin.write("listen\n")
        first.stdin.flush()
        second = InstanceServer(paths)
        started = time.monotonic()
        assert second.listen() is False  # handed over, once the first answered
        waited = time.monotonic() - started
        assert first.stdout.readline().strip() == "listening"
        assert instance_running(paths) is True
    print(f"the second start waited {waited:.2f} s for the first to listen")
    assert waited >= 0.3


def test_a_start_takes_over_from_one_that_ended_while_starting(qapp) -> None:
    paths = app_paths().ensure()
    with starting_instance() as first:
        threading.Timer(0.3, first.kill).start()  # it crashes before it listens
        server = InstanceServer(paths)
        started = time.monotonic()
        try:
            assert server.listen(starting_wait_s=20) is True  # the lock was dropped with it
            assert time.monotonic() - started >= 0.25  # and not before: it waited for that
        finally:
            server.close()


def test_a_holder_that_never_answers_is_reported_not_doubled(qapp) -> None:
    paths = app_paths().ensure()
    with starting_instance():  # holds the lock, never listens (hung)
        with pytest.raises(InstanceUnresponsive, match="does not answer"):
            InstanceServer(paths).listen(starting_wait_s=0.3)
        assert instance_running(paths) is False  # it took nothing over


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def test_a_one_shot_run_takes_no_lock_but_a_start_does(qapp) -> None:
    """A screenshot run must not make a real start wait: it registers (nobody answers) without
    the lock; the real start is refused early registration while another start holds it."""
    paths = app_paths().ensure()
    with starting_instance():  # a real start, holding the lock
        assert registers_early(parse(["--demo", "--screenshot", "shot.png"]), paths) is True
        assert registers_early(parse(["--demo"]), paths) is False
    assert registers_early(parse(["--demo", "--screenshot", "shot.png"]), paths) is True
    with starting_instance():  # the one-shot left the lock free for it
        pass


def test_a_data_directory_that_cannot_be_locked_goes_by_the_socket(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    paths = AppPaths(tmp_path / "config", blocker / "data", tmp_path / "logs", tmp_path / "cache")
    assert hold_instance_lock(paths) is True  # the app still starts
    assert "cannot lock" in caplog.text
    assert may_register_early(paths) is True  # nobody answers on the socket
