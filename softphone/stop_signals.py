"""The operating system asking the app to stop: it stops the way its Quit does.

A desktop session that ends (the agent logs out, the machine shuts down) sends SIGTERM to the
apps still running, a closed terminal SIGHUP, Ctrl+C SIGINT. Python's default for SIGTERM and
SIGHUP is to die on the spot, and Qt's event loop never lets a Python handler run until some
Python code does: the agent's registration stayed at the registrar (which forks calls to a desk
that is gone until it expires), the agent stayed "available" on the wallboard, and the demo's
caller process stayed behind.

So the C-level handler Python installs writes the signal's number to a socket pair
(`signal.set_wakeup_fd`), and a QSocketNotifier on the Qt thread turns it into `requested`:
the app then ends its calls, unregisters, sets the agent offline and closes the store, as Quit
does. A second signal while it stops ends the process at once, with the system's default.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

# SIGTERM and SIGHUP exist on POSIX only; Windows delivers SIGINT (Ctrl+C) and SIGBREAK.
STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT", "SIGBREAK")
    if hasattr(signal, name)
)  # fmt: skip

_Handler = Callable[[int, FrameType | None], object] | int | None


class StopSignals(QObject):
    """While it lives (until close()), the stop signals are `requested` on the Qt thread."""

    requested = Signal(int)  # the signal's number

    _current: StopSignals | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous: dict[signal.Signals, _Handler] = {}
        for signum in STOP_SIGNALS:
            self._previous[signum] = signal.signal(signum, _note)
        StopSignals._current = self

    @classmethod
    def current(cls) -> StopSignals | None:
        """The one installed, if any (signals are the process's, so there is one at most)."""
        return cls._current

    def _drain(self) -> None:
        try:
            data = self._reader.recv(64)
        except OSError:  # nothing there after all
            return
        for signum in data:
            if signum not in STOP_SIGNALS:
                continue  # another signal that also woke the loop (SIGCHLD, ...)
            if self.received:
                log.warning("%s again while stopping: stopping now", signal.Signals(signum).name)
                self.close()
                signal.signal(signum, signal.SIG_DFL)
                signal.raise_signal(signum)  # the system's default: the process ends
                return
            self.received.append(signum)
            log.info("%s received: stopping as Quit does", signal.Signals(signum).name)
            self.requested.emit(signum)

    def close(self) -> None:
        """The handlers and the wakeup descriptor as they were before."""
        if StopSignals._current is self:
            StopSignals._current = None
        if not self._previous:
            return
        for signum, handler in self._previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        self._previous.clear()
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        for sock in (self._reader, self._writer):
            with contextlib.suppress(OSError):
                sock.close()


def _note(signum: int, frame: FrameType | None) -> None:
    """Python's own handler: nothing to do here, the wakeup descriptor carries the signal."""
