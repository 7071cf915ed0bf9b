"""The SIP engine's own process: `python -m sip.engine_host FD`, started by sip.supervised.

FD is one end of a socket pair to the app. Over it (multiprocessing.connection framing, pickled
tuples, both ends this program) the app sends ("start", EngineConfig, log level) once, then
("call", request id, command, args, kwargs) for any of the engine's commands
(`COMMANDS`, read off sip.engine_types.EngineCommands) and finally ("stop",). A process started
early (sip.host_process.prespawn) may also be sent ("early", [AccountConfig, ...]) before the app
has adopted it: those accounts are added (and register) at once, and the app's own add_account
of one of them later is answered by that addition instead of a second one (`_EarlyAccounts`).
This process answers ("started", ok, EngineStarted | exception), then ("result", request id,
ok, value | exception) for each command as its future completes, and streams ("event", SipEvent) and
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
from collections.abc import Callable
from concurrent.futures import Future
from multiprocessing.connection import Connection
from typing import Any

from sip.config import AccountConfig
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


class _EarlyAccounts:
    """Accounts added before the app asked (the "early" message): the app's add_account of the
    same account is answered by that addition (or, if it failed, by adding it again); one with
    other settings replaces it."""

    def __init__(self, engine: PhoneEngine) -> None:
        self._engine = engine
        self._added: dict[str, tuple[AccountConfig, Future[None]]] = {}
        self._by_app: set[str] = set()  # added by the app before its early word arrived

    def add(self, accounts: list[AccountConfig]) -> None:
        for config in accounts:
            if config.id in self._added or config.id in self._by_app:
                continue
            try:
                future = self._engine.add_account(config)
            except Exception:  # a wrong setting: the app's own addition will say so
                logging.getLogger(__name__).info("account %s not added early", config.id)
                continue
            self._added[config.id] = config, future

    def forget(self, account_id: str) -> None:
        self._added.pop(account_id, None)
        self._by_app.discard(account_id)

    def add_account(self, config: AccountConfig) -> Future[None] | None:
        """The app's addition of an account added early, settled by that one; None when the
        account was not added early (the engine adds it as usual)."""
        early = self._added.pop(config.id, None)
        if early is None:
            self._by_app.add(config.id)
            return None
        added, future = early
        engine = self._engine
        if added == config:  # registered or registering already: nothing more, unless it failed
            return _after(
                future, lambda f: None if f.exception() is None else engine.add_account(config)
            )
        # Other settings since (a password saved meanwhile): the early account makes way.
        return _after(
            future,
            lambda f: (
                engine.add_account(config)
                if f.exception() is not None
                else _after(engine.remove_account(config.id), lambda _: engine.add_account(config))
            ),
        )


def _after(first: Future[Any], then: Callable[[Future[Any]], Future[None] | None]) -> Future[None]:
    """Settled once `first` is done and then the future `then` gives for it, if any."""
    answer: Future[None] = Future()

    def settle(step: Future[Any]) -> None:
        exc = step.exception()
        if exc is None:
            answer.set_result(None)
        else:
            answer.set_exception(exc)

    def first_done(done: Future[Any]) -> None:
        try:
            following = then(done)
        except Exception as exc:  # the engine refused the command outright
            answer.set_exception(exc)
            return
        if following is None:
            answer.set_result(None)
        else:
            following.add_done_callback(settle)

    first.add_done_callback(first_done)
    return answer


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
    early = _EarlyAccounts(engine)

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
        if message[0] == "early":
            early.add(list(message[1]))
            continue
        _, request, command, call_args, call_kwargs = message
        if command not in COMMANDS:
            channel.send(("result", request, False, RuntimeError(f"no command {command!r}")))
            continue
        try:  # some commands check their arguments before they are queued
            future = None
            if command == "add_account" and call_args:
                future = early.add_account(call_args[0])
            elif command == "remove_account" and call_args:
                early.forget(str(call_args[0]))
            if future is None:
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
