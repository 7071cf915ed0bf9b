"""The single-instance socket: hand-over, a crashed instance's leftovers, bad requests."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket

from softphone.instance_name import instance_running, socket_path
from softphone.paths import app_paths
from softphone.single_instance import InstanceServer, send_to_running, server_name


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
