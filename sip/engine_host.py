"""The SIP engine's own process: `python -m sip.engine_host FD`, started by sip.supervised.

FD is one end of a socket pair to the app. Over it (multiprocessing.connection framing, pickled
tuples, both ends this program) the app sends ("start", EngineConfig, log level) once, then
("call", request id, command, args, kwargs) for any of the engine's commands
(`COMMANDS`, read off sip.engine_types.EngineCommands) and finally ("stop",). This process
answers ("started", ok, EngineStarted | exception), then ("result", request id, ok, value |
exception) for each command as its future completes, and streams ("event", SipEvent) and
("log", logger name, level, text) as they happen.

When the app goes away (its end of the pair closes, even under SIGKILL) the engine is stopped the
usual way: calls are hung up, accounts unregistered. Ctrl+C in a terminal reaches the whole
process group; only the app acts on it, so this process ignores SIGINT.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
import sys
import threading
from concurrent.futures import Future
from multiprocessing.connection import Connection
from typing import Any

from sip.engine_types import COMMANDS, EngineFactory, PhoneEngine
from sip.events import EngineStopped, SipEvent


class _Channel:
    """This end of the pair: one writer at a time (the main thread and the engine's thread both
    send), and silence once the app has gone."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._lock = threading.Lock()

    def send(self, message: tuple[Any, ...]) -> None:
        # The app may be gone; the main loop then sees the end of the pair and stops.
        with self._lock, contextlib.suppress(OSError, ValueError):
            self.conn.send(message)


class _ForwardLogs(logging.Handler):
    def __init__(self, channel: _Channel) -> None:
        super().__init__()
        self._channel = channel

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
        except Exception:  # a broken record must not take the engine down
            text = str(record.msg)
        self._channel.send(("log", record.name, record.levelno, text))


def portable(exc: BaseException) -> BaseException:
    """An exception the app can unpickle: itself if it survives the trip, else its text."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def main(argv: list[str] | None = None, engine_factory: EngineFactory | None = None) -> int:
    """Serve the app at the other end of the pair; `engine_factory` builds the engine (the real
    one, sip.engine.SipEngine, by default: a test hands in one without pjsua2)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    args = sys.argv[1:] if argv is None else argv
    channel = _Channel(Connection(int(args[0])))
    if engine_factory is None:
        # pjsua2 loads while the app still builds the configuration (or, started early by
        # sip.supervised.prespawn, while the app imports Qt); here, not at the top: tests
        # import this module without pjsua2.
        from sip.engine import SipEngine

        engine_factory = SipEngine
    try:
        kind, config, level = channel.conn.recv()
    except (EOFError, OSError):
        return 1
    if kind != "start":
        return 2
    handler = _ForwardLogs(channel)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)

    stopping = threading.Event()

    def forward(event: SipEvent) -> None:  # the engine's thread
        channel.send(("event", event))
        if isinstance(event, EngineStopped) and not stopping.is_set():
            # The engine's loop failed with this process still up: end it, so that the app's
            # supervisor starts a new one instead of talking to a dead engine.
            logging.getLogger(__name__).error("the SIP engine stopped by itself: exiting")
            os._exit(3)

    engine: PhoneEngine = engine_factory(config, forward)
    try:
        started = engine.start()
    except Exception as exc:
        channel.send(("started", False, portable(exc)))
        stopping.set()
        engine.stop()
        return 1
    channel.send(("started", True, started))

    def reply(request: int, future: Future[Any]) -> None:  # engine thread, or this one
        exc = future.exception()
        if exc is None:
            try:
                pickle.dumps(future.result())
            except Exception as failure:
                channel.send(("result", request, False, portable(failure)))
                return
            channel.send(("result", request, True, future.result()))
        else:
            channel.send(("result", request, False, portable(exc)))

    while True:
        try:
            message = channel.conn.recv()
        except (EOFError, OSError):
            break  # the app has gone
        if message[0] == "stop":
            break
        _, request, command, call_args, call_kwargs = message
        if command not in COMMANDS:
            channel.send(("result", request, False, RuntimeError(f"no command {command!r}")))
            continue
        try:  # some commands check their arguments before they are queued
            future = getattr(engine, command)(*call_args, **call_kwargs)
        except Exception as exc:
            channel.send(("result", request, False, portable(exc)))
            continue
        future.add_done_callback(lambda f, request=request: reply(request, f))
    stopping.set()
    engine.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
