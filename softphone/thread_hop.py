"""Values from worker threads to the Qt thread, with no Qt call on the worker.

Emitting a Qt signal from a Python thread takes a Qt lock and then waits for the GIL; the Qt
thread, holding the GIL while it destroys a widget that needs the same pooled lock, waits for
that lock: a deadlock seen in the test suite. So a worker (the SIP engine's thread, the sync
client's) only puts the value on a queue and writes a byte to a socket pair; a QSocketNotifier
on the Qt thread drains the queue and hands each value to `deliver`, in order. A socket pair
rather than a pipe: Qt's notifier watches sockets on Windows too.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import socket
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


class Inbox(QObject):
    def __init__(self, deliver: Callable[[Any], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._closed = False
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.flush)

    def post(self, value: Any) -> None:
        """Any thread: queue `value` for the Qt thread. After close() it is dropped."""
        if self._closed:
            return
        self._queue.put(value)
        with contextlib.suppress(OSError):  # full (the Qt thread is awake already) or closed
            self._writer.send(b"!")

    def flush(self) -> None:
        """The Qt thread: deliver what is queued (the notifier calls it; so may anyone)."""
        with contextlib.suppress(OSError):
            while self._reader.recv(4096):
                pass
        while not self._closed:
            try:
                value = self._queue.get_nowait()
            except queue.Empty:
                return
            try:
                self._deliver(value)
            except Exception:  # one bad value must not stop the ones behind it
                log.exception("delivering %s on the Qt thread failed", type(value).__name__)

    def close(self) -> None:
        """The Qt thread: stop delivering and release the sockets. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
