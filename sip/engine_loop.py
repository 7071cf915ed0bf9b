"""The SIP engine's thread and its loop: the base of sip.engine.SipEngine.

The engine thread owns the pjsua2 Endpoint for its whole life: it loops libHandleEvents(poll_ms),
drains the command queue that the app's threads fill (each command returns a Future) and runs
the engine's timers. No other thread ever calls pjsua2. Callbacks and timers run through
`_guard` (an exception must never reach pjsua2) and hand events to the listener with `_emit`.

No pjsua2 object leaves this thread, not even inside an exception: a failed command's error
reaches the caller's thread without the engine's traceback, and logged failures carry theirs
as text (`detach`). Whichever thread drops the last reference to a Call finalises it, and a
Call finalised after libDestroy makes pjsua assert (the process aborts).
"""

from __future__ import annotations

import gc
import heapq
import itertools
import logging
import queue
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

import pjsua2 as pj

from sip.config import EngineConfig
from sip.engine_types import EngineNotRunning, Listener, SipCommandError
from sip.events import EngineError, EngineStarted, SipEvent

# One logger for the whole engine, whichever of its modules writes.
log = logging.getLogger("sip.engine")
T = TypeVar("T")


class LogWriter(pj.LogWriter):
    """pjsip's own log, into Python logging (engine thread). Each entry is also shown to
    `on_entry` (raw), which looks for what pjsip drops without another sign (sip.oversize)."""

    def __init__(self, on_entry: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self._on_entry = on_entry

    def write(self, entry: Any) -> None:
        level = {1: logging.ERROR, 2: logging.WARNING, 3: logging.INFO}.get(
            entry.level, logging.DEBUG
        )
        if self._on_entry is not None and entry.level <= 2:
            try:
                self._on_entry(str(entry.msg))
            except Exception:  # a log line must never take the engine down
                log.exception("pjsip log hook failed")
        # pjsip quotes what arrived from the network: undecodable bytes and control characters
        # are made printable, and a line is capped, before any log handler sees it.
        text = str(entry.msg).rstrip().encode("utf-8", "backslashreplace").decode("utf-8")
        text = "".join(
            ch if ch.isprintable() or ch in "\n\t" else f"\\x{ord(ch):02x}" for ch in text
        )
        logging.getLogger("pjsip").log(level, "%s", text[:2000])


class EngineLoop:
    """The engine thread, its command queue and timers. All public methods are thread-safe."""

    def __init__(self, config: EngineConfig, listener: Listener) -> None:
        config.validate()
        self.config = config
        self._listener = listener
        self._commands: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._started: Future[EngineStarted] = Future()
        self._stop_requested = threading.Event()
        self._running = False
        # Engine-thread state below: touched only on the engine thread.
        self._ep: Any = None  # the pjsua2 Endpoint, from _init_library to _destroy_library
        self._timers: list[tuple[float, int, Callable[[], None]]] = []
        self._timer_seq = itertools.count()
        self._cancelled_timers: set[int] = set()

    # -- life cycle (any thread) ----------------------------------------------------------------

    def start(self, timeout: float = 15) -> EngineStarted:
        if self._thread is not None:
            raise RuntimeError("the engine was already started")
        self._thread = threading.Thread(target=self._run, name="sip-engine", daemon=True)
        self._thread.start()
        return self._started.result(timeout)

    def stop(self, timeout: float = 15) -> None:
        """Hang up, unregister (briefly), destroy the library. Safe to call twice."""
        self._stop_requested.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.error("the SIP engine did not stop within %.0f s", timeout)

    @property
    def running(self) -> bool:
        return self._running

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Run `fn` on the engine thread; its result or exception arrives in the future."""
        future: Future[T] = Future()
        if not self._running or self._stop_requested.is_set():
            future.set_exception(EngineNotRunning("the SIP engine is not running"))
            return future
        self._commands.put((fn, future))
        return future

    # -- the engine thread ----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            info = self._init_library()
        except BaseException as exc:  # report start-up failure to start(), then clean up
            failure, text = portable_error(exc)  # its frames held the Endpoint and the audio ports
            log.error("SIP engine failed to start\n%s", text)
            self._started.set_exception(failure)
            self._release_objects()
            gc.collect()
            self._destroy_library()
            return
        self._running = True
        self._started.set_result(info)
        self._emit(info)
        try:
            while not self._stop_requested.is_set():
                self._ep.libHandleEvents(self.config.poll_ms)
                self._drain_commands()
                self._run_timers()
                self._reap_calls()
        except BaseException as exc:
            log.error("SIP engine loop failed\n%s", detach(exc))
            self._emit(EngineError("engine loop", str(exc)))
        finally:
            self._running = False
            self._shutdown()

    def _drain_commands(self) -> None:
        while True:
            try:
                fn, future = self._commands.get_nowait()
            except queue.Empty:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn()
            except BaseException as exc:
                failure, text = portable_error(exc)
                log.debug("SIP engine command failed\n%s", text)
                future.set_exception(failure)
            else:
                future.set_result(result)

    def _schedule(self, delay_s: float, fn: Callable[[], None]) -> int:
        seq = next(self._timer_seq)
        heapq.heappush(self._timers, (time.monotonic() + delay_s, seq, fn))
        return seq

    def _cancel(self, timer: object | None) -> None:
        if isinstance(timer, int):
            self._cancelled_timers.add(timer)

    def _run_timers(self) -> None:
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now:
            _, seq, fn = heapq.heappop(self._timers)
            if seq in self._cancelled_timers:
                self._cancelled_timers.discard(seq)
                continue
            self._guard("timer", fn)

    def _guard(self, where: str, fn: Callable[..., None], *args: Any) -> None:
        """Callbacks must never raise into pjsua2 (a C++ director exception aborts)."""
        try:
            fn(*args)
        except Exception as exc:
            # The log keeps the traceback as text: a record holding the frames holds the call.
            log.error("SIP engine: %s failed\n%s", where, detach(exc))
            self._emit(EngineError(where, str(exc)))

    def _emit(self, event: SipEvent) -> None:
        try:
            self._listener(event)
        except Exception as exc:
            log.error("SIP event listener failed on %s\n%s", type(event).__name__, detach(exc))

    def _fail_pending_commands(self) -> None:
        """Fail the commands still queued rather than leave their callers waiting forever."""
        while True:
            try:
                _, future = self._commands.get_nowait()
            except queue.Empty:
                return
            future.set_exception(EngineNotRunning("the SIP engine stopped"))

    # -- what the engine built on this loop does (sip/engine.py, sip/engine_calls.py) ---------

    def _init_library(self) -> EngineStarted:
        """Create and start the Endpoint (engine thread)."""
        raise NotImplementedError

    def _reap_calls(self) -> None:
        """After each turn of the loop: drop what ended during it."""
        raise NotImplementedError

    def _shutdown(self) -> None:
        """Hang up, release every pjsua2 object, destroy the library; then EngineStopped."""
        raise NotImplementedError

    def _release_objects(self) -> None:
        raise NotImplementedError

    def _destroy_library(self) -> None:
        raise NotImplementedError


def portable_error(exc: BaseException) -> tuple[BaseException, str]:
    """An exception just caught on the engine thread, made safe to hand to another thread (see
    `detach`), and its traceback as text. A pjsua2 error becomes a SipCommandError."""
    text = detach(exc)
    if isinstance(exc, pj.Error):
        return SipCommandError(str(exc.info()).strip()), text
    return exc, text


def detach(exc: BaseException) -> str:
    """Let go of the engine's objects held by an exception just caught, before it is stored,
    logged or handed over; returns its traceback as text, for the log.

    A traceback keeps its frames, each finished frame keeps its caller's (f_back), and their
    locals hold calls, accounts and audio ports: whichever thread dropped the exception last
    would finalise them, maybe after libDestroy, and pjsua asserts (the process aborts). So the
    exception and those chained to it lose their tracebacks here, on the engine thread."""
    text = "".join(traceback.format_exception(exc)).rstrip()
    pending: list[BaseException | None] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending += [current.__cause__, current.__context__]
    return text
