"""One softphone per user session: later starts hand their request to the running instance.

The running app listens on a QLocalServer whose name is derived from the user and the app's
home directory (so tests and portable installs do not collide). `softphone dial NUMBER` (and the
tel:/sip: URI handler) connects, sends one JSON line, and exits; with no instance running it
starts the app with the number to dial.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from softphone.instance_name import hold_instance_lock, lock_path, server_name
from softphone.paths import AppPaths

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
MAX_REQUEST_BYTES = 4096  # a number or a URI: anything longer is not a dial request
STARTING_WAIT_S = 20.0  # how long another instance may take from its start to listening
STARTING_POLL_S = 0.05


class InstanceUnresponsive(RuntimeError):
    """Another process holds the instance's lock but never answered on its socket."""

    def __init__(self, lock: Path) -> None:
        super().__init__(
            f"another softphone of this user is running but does not answer (it holds {lock}); "
            "end it, or wait for it to finish starting"
        )


def send_to_running(paths: AppPaths, request: dict[str, str]) -> bool:
    """True when a running instance took the request."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(paths))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write((json.dumps(request) + "\n").encode())
    while socket.bytesToWrite() > 0 and socket.waitForBytesWritten(CONNECT_TIMEOUT_MS):
        pass
    answered = socket.waitForReadyRead(CONNECT_TIMEOUT_MS)
    answer = bytes(socket.readAll().data()).strip() if answered else b""
    socket.disconnectFromServer()
    return answer == b"ok"


ACTIONS = ("answer", "hang_up", "hold", "mute", "toggle_call")


class InstanceServer(QObject):
    dial_requested = Signal(str)
    raise_requested = Signal()
    action_requested = Signal(str)  # one of ACTIONS: global hot-keys bound by the desktop

    def __init__(self, paths: AppPaths) -> None:
        super().__init__()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        self._name = server_name(paths)
        self._paths = paths
        self._clients: set[QLocalSocket] = set()

    def listen(self, starting_wait_s: float = STARTING_WAIT_S) -> bool:
        """False when another instance answers. Probe first: with socket options set, Qt's
        listen() would quietly take the name over from a live instance. When another process
        holds the instance's lock (softphone.instance_name) it is the instance, perhaps still
        starting: wait up to `starting_wait_s` for it to answer, and take over only if it
        ended meanwhile. InstanceUnresponsive when it holds the lock and never answers."""
        deadline = time.monotonic() + starting_wait_s
        while True:
            if self._answers():
                return False
            if hold_instance_lock(self._paths):
                break  # this process is the instance (or the holder just ended)
            if time.monotonic() > deadline:
                raise InstanceUnresponsive(lock_path(self._paths))
            # Blocking: at a start nothing else runs yet; at a shared desk's sign-in its
            # window waits too (only while another start of this user is under way).
            time.sleep(STARTING_POLL_S)
        # Nobody answers: any socket file left is a crashed instance's. Take the name.
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def _answers(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self._name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.disconnectFromServer()
            return True
        return False

    def close(self) -> None:
        self._server.close()
        for client in list(self._clients):
            self._drop(client)

    def _drop(self, client: QLocalSocket) -> None:
        if client in self._clients:
            self._clients.discard(client)
            client.disconnect(self)  # no slot of ours runs for it again, not even on abort
            client.readyRead.disconnect()
            client.disconnected.disconnect()
            client.abort()
            client.deleteLater()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            client = self._server.nextPendingConnection()
            self._clients.add(client)
            client.readyRead.connect(lambda c=client: self._on_socket_ready_read(c))
            client.disconnected.connect(lambda c=client: self._drop(c))
            if client.bytesAvailable():  # arrived before the slot was connected
                self._on_socket_ready_read(client)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_REQUEST_BYTES:
                socket.disconnectFromServer()
            return
        line = bytes(socket.readLine(MAX_REQUEST_BYTES).data())
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        if not isinstance(request, dict):
            log.warning("ignored a malformed request on the instance socket")
            socket.write(b"error\n")
            return
        socket.write(b"ok\n")
        socket.flush()
        if request.get("action") in ACTIONS:
            self.action_requested.emit(request["action"])
            return  # a hot-key: act, do not pull the window to the front
        if isinstance(request.get("dial"), str) and request["dial"].strip():
            self.dial_requested.emit(request["dial"].strip())
        self.raise_requested.emit()
