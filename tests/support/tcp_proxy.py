"""A loopback TCP proxy the tests can cut, to make a server unreachable without root.

`cut()` closes every proxied connection and stops listening, so clients see their connection
drop and new connections refused, as when a network link or a server goes away; `restore()`
listens again on the same port.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from collections.abc import Iterator

from tests.support.process import HOST, free_port


class TcpProxy:
    def __init__(self, target: tuple[str, int], host: str = HOST) -> None:
        self.target = target
        self.host = host
        self.port = free_port(udp=False)
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._pairs: dict[socket.socket, socket.socket] = {}
        self._selector = selectors.DefaultSelector()
        self._wakeup_r, self._wakeup_w = socket.socketpair()
        self._selector.register(self._wakeup_r, selectors.EVENT_READ, "wake")
        self._stopped = False
        self.connections_made = 0
        self._thread = threading.Thread(target=self._loop, name="tcp-proxy", daemon=True)
        self.restore()
        self._thread.start()

    # -- control -----------------------------------------------------------------------------

    def cut(self) -> None:
        with self._lock:
            if self._listener is not None:
                self._selector.unregister(self._listener)
                self._listener.close()
                self._listener = None
            for sock in list(self._pairs):
                self._close(sock)
        self._wake()

    def restore(self) -> None:
        with self._lock:
            if self._listener is not None:
                return
            listener = socket.socket()
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((self.host, self.port))
            listener.listen(64)
            listener.setblocking(False)
            self._listener = listener
            self._selector.register(listener, selectors.EVENT_READ, "accept")
        self._wake()

    @property
    def reachable(self) -> bool:
        return self._listener is not None

    def close(self) -> None:
        self._stopped = True
        self.cut()
        self._thread.join(5)
        self._selector.close()
        self._wakeup_r.close()
        self._wakeup_w.close()

    # -- the loop ----------------------------------------------------------------------------

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wakeup_w.send(b"x")

    def _loop(self) -> None:
        while not self._stopped:
            for key, _ in self._selector.select(timeout=1.0):
                with self._lock:
                    if key.data == "wake":
                        with contextlib.suppress(OSError):
                            self._wakeup_r.recv(4096)
                    elif key.data == "accept":
                        self._accept(key.fileobj)  # type: ignore[arg-type]
                    else:
                        self._forward(key.fileobj)  # type: ignore[arg-type]

    def _accept(self, listener: socket.socket) -> None:
        if listener is not self._listener:
            return
        try:
            client, _ = listener.accept()
        except OSError:
            return
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        for sock in (client, upstream):
            sock.setblocking(False)
        self._pairs[client] = upstream
        self._pairs[upstream] = client
        self._selector.register(client, selectors.EVENT_READ, "data")
        self._selector.register(upstream, selectors.EVENT_READ, "data")
        self.connections_made += 1

    def _forward(self, sock: socket.socket) -> None:
        peer = self._pairs.get(sock)
        if peer is None:
            return
        try:
            data = sock.recv(65536)
            if data:
                peer.setblocking(True)
                peer.sendall(data)
                peer.setblocking(False)
                return
        except OSError:
            pass
        self._close(sock)

    def _close(self, sock: socket.socket) -> None:
        peer = self._pairs.pop(sock, None)
        for s in (sock, peer):
            if s is None:
                continue
            self._pairs.pop(s, None)
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(s)
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


@contextlib.contextmanager
def tcp_proxy(target: tuple[str, int]) -> Iterator[TcpProxy]:
    proxy = TcpProxy(target)
    try:
        yield proxy
    finally:
        proxy.close()
