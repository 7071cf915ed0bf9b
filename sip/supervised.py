"""The SIP engine in a child process that is restarted when it dies: what the app runs.

pjsip aborts its whole process on some input from the network that it should merely refuse
(tests/integration/test_sip_torture.py: an SDP assertion in the offer/answer code, and its
64-slot ioqueue running out under a flood of cancelled calls or a churn of TCP connections;
the pjsua2 wheel is built with assertions). Anyone who can reach the SIP port can send those.
So the engine runs in its own process (sip.engine_host) and the app keeps everything that
matters (calls' notes, tickets, the outbox, the window) in its own.

`SupervisedEngine` offers SipEngine's commands and events. When the child dies unasked it:
1. fails the commands still waiting with EngineNotRunning;
2. ends every call the app knew of with a CallStateChanged to DISCONNECTED (code 500), so each
   goes to wrap-up with its note like any other ended call, and marks the registered accounts
   unregistered (503); each call over UDP is ended at the far end too, from here (with what the
   child reported as CallDialog, sip.dialog): a BYE for an established call, so the caller is
   not left listening to silence; a 500 to a caller still ringing here; a CANCEL of a call we
   dialled that still rings;
3. reports EngineCrashed with how it died and the last lines it wrote to stderr (pjsip's
   assertion);
4. starts a new child on the same ports, with call handles above any the app has seen, and
   gives it the accounts, ringtone and sound devices the app had set; then reports
   EngineRestarted. The accounts' registrations follow as RegistrationChanged. Accounts and
   settings the app changes while this goes on are recorded and given to the new child too;
   their futures complete once it has them (or fail if it never comes).
Deaths in quick succession (someone keeps sending what kills it) are restarted after a growing
pause, up to 30 s, so a flood cannot keep a core busy; the phone is never left down for good
unless `max_restarts` is set and exceeded within `restart_window_s`, or a new child cannot
start at all: then EngineGaveUp.

Threads: one reader thread per child receives its messages and calls the listener (the app's
bridge only queues); a restart runs on a thread of its own. Commands may come from any thread.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sip import dialog as dialogs
from sip.config import AccountConfig, EngineConfig
from sip.dialog import Dialog, Early
from sip.engine_host import COMMANDS
from sip.engine_types import AudioDevice, EngineNotRunning
from sip.events import (
    CallDialog,
    CallDirection,
    CallReplaced,
    CallState,
    CallStateChanged,
    EngineCrashed,
    EngineGaveUp,
    EngineRestarted,
    EngineStarted,
    IncomingCall,
    RegistrationChanged,
    RegistrationFailure,
    SipEvent,
)

log = logging.getLogger(__name__)
Listener = Callable[[SipEvent], None]

ROOT = Path(__file__).resolve().parents[1]
MAX_RESTART_DELAY_S = 30.0
STDERR_LINES = 20  # kept of what a child wrote to stderr: an assertion is one or two lines
LOST_CALL_CODE, LOST_CALL_REASON = 500, "the phone engine failed"
# Replayed on a new child, in this order, as the app last set them.
_SETTINGS = ("set_ringtone", "set_audio_devices")


@dataclass
class _Live:
    """What the app was told of a call still up: enough to tell it that the call has ended."""

    event: CallStateChanged
    confirmed_at: float | None = None


@dataclass
class _Child:
    proc: subprocess.Popen[bytes]
    conn: Connection
    started: Future[EngineStarted] = field(default_factory=Future)
    stderr: collections.deque[str] = field(
        default_factory=lambda: collections.deque(maxlen=STDERR_LINES)
    )
    send_lock: threading.Lock = field(default_factory=threading.Lock)
    reader: threading.Thread | None = None
    stderr_reader: threading.Thread | None = None
    gone: bool = False  # reaped (set under the supervisor's lock)

    def send(self, message: tuple[Any, ...]) -> None:
        with self.send_lock:
            self.conn.send(message)


class SupervisedEngine:
    """SipEngine's commands (each returns a Future) and events, the engine in a child process."""

    def __init__(
        self,
        config: EngineConfig,
        listener: Listener,
        *,
        max_restarts: int | None = None,
        restart_window_s: float = 300.0,
        start_timeout_s: float = 20.0,
    ) -> None:
        config.validate()
        self.config = config
        self._listener = listener
        self._max_restarts = max_restarts
        self._restart_window_s = restart_window_s
        self._start_timeout_s = start_timeout_s
        self._lock = threading.Lock()  # guards everything below
        self._child: _Child | None = None
        self._running = False
        self._stopping = False
        self._pending: dict[int, Future[Any]] = {}
        self._requests = itertools.count(1)
        # What the app last asked for, replayed on a new child: accounts by id (one the engine
        # refused is dropped) and settings by command.
        self._accounts: dict[str, AccountConfig] = {}
        self._settings: dict[str, tuple[Any, ...]] = {}
        # Between a child's death and its successor having the accounts and settings above, the
        # app's changes to them are only recorded, and their futures wait for the replay.
        self._restarting = False
        self._waiting: dict[str, list[Future[Any]]] = {}
        self._live: dict[int, _Live] = {}
        # What ends each call at the far end if the child dies (sip.dialog): the dialog once
        # established, a BYE; before that, a CANCEL or a 500 to the caller. By call handle; it
        # may come before the call's first state.
        self._ends: dict[int, tuple[Dialog | None, Early | None]] = {}
        self._registered: set[str] = set()
        self._max_call_id = 0
        self._bound = config  # the configuration with the ports the first child bound
        self._deaths: collections.deque[float] = collections.deque()
        self._restarter: threading.Thread | None = None
        self._stopped = threading.Event()  # cuts a restart's pause short
        self.restarts = 0

    # -- life cycle -------------------------------------------------------------------------------

    def start(self, timeout: float = 15) -> EngineStarted:
        if self._child is not None:
            raise RuntimeError("the engine was already started")
        started = self._spawn(self.config, timeout)
        self._bound = _pinned(self.config, started)
        return started

    def stop(self, timeout: float = 15) -> None:
        """Stop the child the usual way (calls hung up, accounts unregistered). Safe twice."""
        with self._lock:
            self._stopping = True
            child, restarter = self._child, self._restarter
        self._stopped.set()
        if restarter is not None and restarter is not threading.current_thread():
            restarter.join(timeout)
            with self._lock:
                child = self._child
        if child is None:
            return
        with contextlib.suppress(OSError, ValueError):
            child.send(("stop",))
        try:
            child.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            log.error("the SIP engine's process did not stop within %.0f s: killed", timeout)
            child.proc.kill()
            child.proc.wait()
        for thread in (child.reader, child.stderr_reader):
            if thread is not None and thread is not threading.current_thread():
                thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def pid(self) -> int | None:
        """The engine process's id (tests kill it)."""
        child = self._child
        return None if child is None else child.proc.pid

    # -- commands ---------------------------------------------------------------------------------

    def add_account(self, config: AccountConfig) -> Future[None]:
        with self._lock:
            previous = self._accounts.get(config.id)
            self._accounts[config.id] = config
            deferred = self._defer(f"account {config.id}")
        if deferred is not None:
            return deferred
        future: Future[None] = self._call("add_account", config)

        def refused(done: Future[None]) -> None:
            if isinstance(done.exception(), EngineNotRunning):
                return  # not refused: the engine died, and its successor is given it
            if done.exception() is not None:
                with self._lock:  # the engine keeps what it had, if anything ("exists")
                    if self._accounts.get(config.id) is config:
                        if previous is None:
                            del self._accounts[config.id]
                        else:
                            self._accounts[config.id] = previous

        future.add_done_callback(refused)
        return future

    def remove_account(self, account_id: str) -> Future[None]:
        with self._lock:
            self._accounts.pop(account_id, None)
            self._registered.discard(account_id)
            deferred = self._defer(f"account {account_id}")
        return deferred or self._call("remove_account", account_id)

    def reregister(self, account_id: str) -> Future[None]:
        with self._lock:
            deferred = self._defer(f"account {account_id}")
        return deferred or self._call("reregister", account_id)  # a replayed account registers

    def account_uri(self, account_id: str) -> Future[str]:
        return self._call("account_uri", account_id)

    def make_call(
        self, account_id: str, target: str, headers: dict[str, str] | None = None
    ) -> Future[int]:
        future: Future[int] = self._call("make_call", account_id, target, headers)
        future.add_done_callback(self._saw_handle)
        return future

    def answer(self, call_id: int, code: int = 200) -> Future[None]:
        return self._call("answer", call_id, code)

    def reject(self, call_id: int, code: int = 486) -> Future[None]:
        return self._call("reject", call_id, code)

    def hangup(self, call_id: int) -> Future[None]:
        return self._call("hangup", call_id)

    def hold(self, call_id: int) -> Future[None]:
        return self._call("hold", call_id)

    def resume(self, call_id: int) -> Future[None]:
        return self._call("resume", call_id)

    def set_mute(self, call_id: int, muted: bool) -> Future[None]:
        return self._call("set_mute", call_id, muted)

    def send_dtmf(self, call_id: int, digits: str, method: str = "rfc4733") -> Future[None]:
        return self._call("send_dtmf", call_id, digits, method)

    def transfer(self, call_id: int, target: str) -> Future[None]:
        return self._call("transfer", call_id, target)

    def transfer_attended(self, call_id: int, consultation_id: int) -> Future[None]:
        return self._call("transfer_attended", call_id, consultation_id)

    def conference(self, call_ids: list[int]) -> Future[None]:
        return self._call("conference", call_ids)

    def split(self, call_id: int) -> Future[None]:
        return self._call("split", call_id)

    def start_recording(self, call_id: int, path: str, own_voice: bool = True) -> Future[None]:
        return self._call("start_recording", call_id, path, own_voice)

    def stop_recording(self, call_id: int) -> Future[str | None]:
        return self._call("stop_recording", call_id)

    def play_to_call(self, call_id: int, path: str, loop: bool = True) -> Future[None]:
        return self._call("play_to_call", call_id, path, loop)

    def listen_in(self, leg_id: int, target_id: int, mode: str) -> Future[None]:
        return self._call("listen_in", leg_id, target_id, mode)

    def record_speaker(self, path: str) -> Future[None]:
        return self._call("record_speaker", path)

    def stop_speaker_recording(self) -> Future[str | None]:
        return self._call("stop_speaker_recording")

    def audio_devices(self) -> Future[list[AudioDevice]]:
        return self._call("audio_devices")

    def set_audio_devices(self, capture: int | None, playback: int | None) -> Future[None]:
        with self._lock:
            self._settings["set_audio_devices"] = (capture, playback)
            deferred = self._defer("set_audio_devices")
        return deferred or self._call("set_audio_devices", capture, playback)

    def play_test_tone(self, seconds: float = 2.0) -> Future[None]:
        return self._call("play_test_tone", seconds)

    def set_ringtone(self, path: str) -> Future[None]:
        with self._lock:
            self._settings["set_ringtone"] = (path,)
            deferred = self._defer("set_ringtone")
        return deferred or self._call("set_ringtone", path)

    def audio_levels(self) -> Future[tuple[int, int]]:
        return self._call("audio_levels")

    def calls(self) -> Future[list[int]]:
        return self._call("calls")

    def bridge_ports(self) -> Future[list[tuple[int, str, tuple[int, ...]]]]:
        return self._call("bridge_ports")

    def _defer(self, key: str) -> Future[Any] | None:
        """With the lock held: during a restart, a future that the replay settles for `key`."""
        if not self._restarting or self._stopping:
            return None
        future: Future[Any] = Future()
        self._waiting.setdefault(key, []).append(future)
        return future

    def _call(self, command: str, *args: Any, **kwargs: Any) -> Future[Any]:
        return self._call_on(None, command, *args, **kwargs)

    def _call_on(
        self, expected: _Child | None, command: str, *args: Any, **kwargs: Any
    ) -> Future[Any]:
        """Send a command to the running child (only if it is `expected`, when given: a
        restart's replay must not reach a later child)."""
        assert command in COMMANDS, command
        future: Future[Any] = Future()
        with self._lock:
            child = self._child if self._running and not self._stopping else None
            if expected is not None and child is not expected:
                child = None
            if child is not None:
                request = next(self._requests)
                self._pending[request] = future
        if child is None:
            future.set_exception(EngineNotRunning("the SIP engine is not running"))
            return future
        try:
            child.send(("call", request, command, args, kwargs))
        except (OSError, ValueError):
            with self._lock:
                self._pending.pop(request, None)
            if not future.done():
                future.set_exception(EngineNotRunning("the SIP engine's process has gone"))
        return future

    def _saw_handle(self, done: Future[int]) -> None:
        if done.exception() is None:
            with self._lock:
                self._max_call_id = max(self._max_call_id, done.result())

    # -- the child --------------------------------------------------------------------------------

    def _spawn(self, config: EngineConfig, timeout: float) -> EngineStarted:
        if self._stopping:  # a restart that stop() has overtaken
            raise EngineNotRunning("the SIP engine is being stopped")
        mine, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "sip.engine_host", str(theirs.fileno())],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env=env,
            )
        finally:
            theirs.close()
        child = _Child(proc, Connection(mine.detach()))
        child.stderr_reader = threading.Thread(
            target=self._read_stderr, args=(child,), name="sip-engine-stderr", daemon=True
        )
        child.reader = threading.Thread(
            target=self._read, args=(child,), name="sip-engine-reader", daemon=True
        )
        with self._lock:
            self._child = child
            overtaken = self._stopping  # stop() may have looked for a child before this one
        if overtaken:
            proc.kill()
        child.stderr_reader.start()
        child.reader.start()
        with contextlib.suppress(OSError):  # a child that has died says how, just below
            child.send(("start", config, logging.getLogger("sip").getEffectiveLevel()))
        try:
            started = child.started.result(timeout)
        except TimeoutError:
            proc.kill()
            raise EngineNotRunning(f"the SIP engine did not start within {timeout:.0f} s") from None
        with self._lock:  # it may have died already: then its restart is under way
            self._running = not self._stopping and not child.gone
        log.info("SIP engine running in process %s", proc.pid)
        return started

    def _read(self, child: _Child) -> None:  # the child's reader thread
        try:
            while True:
                try:
                    message = child.conn.recv()
                except (EOFError, OSError):
                    break
                try:
                    self._handle(child, message)
                except Exception:  # one bad message must not stop the reading
                    log.exception("a message from the SIP engine's process was not handled")
        finally:
            with child.send_lock:  # no send may be writing into a descriptor about to be reused
                child.conn.close()
            child.proc.wait()
            if child.stderr_reader is not None:
                child.stderr_reader.join(5)
            self._on_child_gone(child)

    def _handle(self, child: _Child, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "event":
            self._on_event(message[1])
        elif kind == "result":
            _, request, ok, value = message
            with self._lock:
                future = self._pending.pop(request, None)
            if future is not None:
                _settle(future, ok, value)
        elif kind == "log":
            _, name, level, text = message
            logging.getLogger(name).log(level, "%s", text)
        elif kind == "started":
            _, ok, value = message
            _settle(child.started, ok, value)

    def _read_stderr(self, child: _Child) -> None:  # the child's stderr thread
        assert child.proc.stderr is not None
        for raw in child.proc.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                child.stderr.append(line)
                log.warning("SIP engine process: %s", line)
        child.proc.stderr.close()

    def _on_event(self, event: SipEvent) -> None:  # the reader thread
        self._track(event)
        if isinstance(event, CallDialog):
            return  # kept here, for the BYE if the child dies; nothing for the app
        if isinstance(event, EngineStarted) and self.restarts:
            return  # a restarted child: the app hears EngineRestarted once it has its accounts
        self._listener(event)

    def _track(self, event: SipEvent) -> None:
        with self._lock:
            handle = getattr(event, "call_id", None)
            if isinstance(event, CallReplaced):
                handle = event.new_call_id
            if isinstance(handle, int):
                self._max_call_id = max(self._max_call_id, handle)
            if isinstance(event, IncomingCall):
                self._live.setdefault(
                    event.call_id,
                    _Live(
                        CallStateChanged(
                            event.call_id, CallState.INCOMING, CallDirection.INCOMING, 0, "",
                            event.remote_uri, sip_call_id=event.sip_call_id,
                        )
                    ),
                )  # fmt: skip
            elif isinstance(event, CallDialog):
                self._ends[event.call_id] = (event.dialog, event.early)
            elif isinstance(event, CallStateChanged):
                if event.state is CallState.DISCONNECTED:
                    self._live.pop(event.call_id, None)
                    self._ends.pop(event.call_id, None)
                else:
                    live = self._live.setdefault(event.call_id, _Live(event))
                    live.event = event
                    if event.state is CallState.CONFIRMED and live.confirmed_at is None:
                        live.confirmed_at = time.monotonic()
            elif isinstance(event, RegistrationChanged):
                if event.registered:
                    self._registered.add(event.account_id)
                else:
                    self._registered.discard(event.account_id)

    def _on_child_gone(self, child: _Child) -> None:  # the reader thread, the child reaped
        with self._lock:
            child.gone = True
            if child is not self._child:
                return
            expected = self._stopping
            self._running = False
            if not expected and child.started.done() and child.started.exception() is None:
                self._restarting = True  # from now on account changes wait for a new child
            pending, self._pending = self._pending, {}
            live, self._live = self._live, {}
            ends, self._ends = self._ends, {}
            registered, self._registered = sorted(self._registered), set()
        status = _exit_status(child.proc.returncode)
        detail = "\n".join(child.stderr)
        gone = EngineNotRunning(f"the SIP engine's process ended ({status})")
        if not child.started.done():
            child.started.set_exception(
                EngineNotRunning(f"the SIP engine's process ended at start ({status}) {detail}")
            )
        for future in pending.values():
            if not future.done():
                future.set_exception(gone)
        if expected or child.started.exception() is not None:
            return  # stopped as asked, or it never started: start() has said so
        log.error("the SIP engine's process died (%s)\n%s", status, detail)
        for dialog, early in ends.values():  # the far ends know nothing of it: tell them
            threading.Thread(
                target=self._end_lost, args=(dialog, early), name="sip-lost-call", daemon=True
            ).start()
        now = time.monotonic()
        delay = self._restart_delay(now)
        with self._lock:
            self._restarting = delay is not None and not self._stopping
        if delay is None:  # what waited for this child's replay will not get one
            self._end_restart(gone)
        for record in live.values():
            call = record.event
            duration = 0.0 if record.confirmed_at is None else now - record.confirmed_at
            self._listener(
                replace(
                    call,
                    state=CallState.DISCONNECTED,
                    code=LOST_CALL_CODE,
                    reason=LOST_CALL_REASON,
                    connected_duration_s=round(duration, 1),
                )
            )
        for account_id in registered:
            self._listener(
                RegistrationChanged(
                    account_id, False, 503, "the phone engine is restarting",
                    RegistrationFailure.OTHER,
                )
            )  # fmt: skip
        if self._stopping:  # stop() came while the child was dying: nothing to report
            self._end_restart(EngineNotRunning("the SIP engine was stopped"))
            return
        restarting = delay is not None
        self._listener(EngineCrashed(status, detail, len(live), restarting))
        if not restarting:
            self._listener(
                EngineGaveUp(
                    f"the SIP engine failed {len(self._deaths)} times within "
                    f"{self._restart_window_s:.0f} s; it was not started again"
                )
            )
            return
        restarter = threading.Thread(
            target=self._restart, args=(delay,), name="sip-engine-restart", daemon=True
        )
        with self._lock:  # started under the lock: stop() must never join it unstarted
            stopping = self._stopping
            if not stopping:
                self._restarter = restarter
                restarter.start()
        if stopping:
            self._end_restart(EngineNotRunning("the SIP engine was stopped"))

    def _end_lost(self, dialog: Dialog | None, early: Early | None) -> None:  # one per call
        if dialog is None:
            if early is not None and dialogs.end_early(
                early, self.config.bind_address, LOST_CALL_REASON
            ):
                what = "a CANCEL" if early.outgoing else "a 500"
                log.warning("an unanswered lost call: %s was sent to the far end", what)
            return
        code = dialogs.hang_up(dialog, self.config.bind_address, LOST_CALL_REASON)
        if code is None:
            log.warning("lost call %s: no answer to its BYE", dialog.call_id)
        elif 200 <= code < 300:
            log.warning("lost call %s: hung up at the far end", dialog.call_id)
        else:
            log.warning("lost call %s: its BYE was refused (%s)", dialog.call_id, code)

    def _end_restart(self, error: BaseException | None) -> None:
        """Settle what waited for a restart that has failed for good or been cut short."""
        with self._lock:
            self._restarting = False
            waiting, self._waiting = self._waiting, {}
        for futures in waiting.values():
            for future in futures:
                _settle(future, error is None, error)

    def _restart_delay(self, now: float) -> float | None:
        """How long to wait before starting a new child; None: do not."""
        with self._lock:
            if self._stopping:
                return None
            self._deaths.append(now)
            while self._deaths and now - self._deaths[0] > self._restart_window_s:
                self._deaths.popleft()
            deaths = len(self._deaths)
        if self._max_restarts is not None and deaths > self._max_restarts:
            return None
        return 0.0 if deaths == 1 else min(MAX_RESTART_DELAY_S, 0.5 * 2 ** (deaths - 2))

    def _restart(self, delay: float) -> None:  # the restart thread
        if self._stopped.wait(delay):
            self._end_restart(EngineNotRunning("the SIP engine was stopped"))
            return
        with self._lock:
            config = replace(self._bound, first_call_id=self._max_call_id + 1)
            self.restarts += 1
        try:
            try:
                started = self._spawn(config, self._start_timeout_s)
            except Exception as exc:  # its ports may have been taken meanwhile: any free ones
                log.warning("the SIP engine did not start on its ports (%s); trying others", exc)
                started = self._spawn(_any_ports(config), self._start_timeout_s)
        except Exception as exc:
            self._end_restart(EngineNotRunning(f"the SIP engine could not be started: {exc}"))
            if not self._stopping:
                log.error("the SIP engine could not be started again: %s", exc)
                self._listener(EngineGaveUp(f"the SIP engine could not be started again: {exc}"))
            return
        with self._lock:
            child = self._child
        if self._replay(child):
            log.warning("SIP engine restarted (restart %d) in process %s", self.restarts, self.pid)
            self._listener(EngineRestarted(self.restarts, started.transports))

    def _replay(self, child: _Child | None) -> bool:  # the restart thread
        """Give the new child the accounts and settings the app asked for, including changes
        made while it started, until none is left; then settle the futures of those changes.
        False when the child died (the next restart carries on) or the engine is stopping."""
        given: dict[str, Any] = {}  # key -> the account or settings the new child was given
        outcome: dict[str, BaseException | None] = {}
        while True:
            with self._lock:
                if self._child is not child or not self._running:
                    if self._stopping:
                        self._restarting = False
                        waiting, self._waiting = self._waiting, {}
                        break
                    return False  # died again: its successor's replay settles the waiting
                wanted: dict[str, Any] = {f"account {i}": a for i, a in self._accounts.items()}
                wanted.update((n, self._settings[n]) for n in _SETTINGS if n in self._settings)
                to_remove = [k for k in given if k.startswith("account ") and k not in wanted]
                to_give = [(k, v) for k, v in wanted.items() if given.get(k) is not v]
                if not to_remove and not to_give:
                    self._restarting = False  # from here the app's commands go straight in
                    waiting, self._waiting = self._waiting, {}
                    break
            for key in to_remove:
                del given[key]
                outcome[key] = self._replay_one(
                    child, key, "remove_account", key.removeprefix("account ")
                )
            for key, value in to_give:
                given[key] = value
                if isinstance(value, AccountConfig):
                    outcome[key] = error = self._replay_one(child, key, "add_account", value)
                    if error is not None and not isinstance(error, EngineNotRunning | TimeoutError):
                        del given[key]  # refused: the child has not got it, and keeps the reason
                        with self._lock:  # not given again
                            if self._accounts.get(value.id) is value:
                                del self._accounts[value.id]
                else:
                    outcome[key] = self._replay_one(child, key, key, *value)
        stopped = EngineNotRunning("the SIP engine was stopped")
        for key, futures in waiting.items():
            error = stopped if self._stopping else outcome.get(key)
            for future in futures:
                _settle(future, error is None, error)
        return not self._stopping

    def _replay_one(
        self, child: _Child | None, what: str, command: str, *args: Any
    ) -> BaseException | None:
        try:
            self._call_on(child, command, *args).result(self._start_timeout_s)
        except Exception as exc:
            log.error("%s not restored in the new engine: %s", what, exc)
            return exc
        return None


def _settle(future: Future[Any], ok: bool, value: Any) -> None:
    """Complete a future unless its caller has already cancelled it."""
    with contextlib.suppress(InvalidStateError):
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)


def _pinned(config: EngineConfig, started: EngineStarted) -> EngineConfig:
    """`config` with the ports its engine bound: a restarted one keeps the agent's address."""
    ports = {kind: int(address.rsplit(":", 1)[1]) for kind, address in started.transports}
    return replace(
        config,
        udp_port=ports.get("udp", config.udp_port) if config.udp_port is not None else None,
        tcp_port=ports.get("tcp", config.tcp_port) if config.tcp_port is not None else None,
        tls_port=ports.get("tls", config.tls_port) if config.tls_port is not None else None,
    )


def _any_ports(config: EngineConfig) -> EngineConfig:
    return replace(
        config,
        udp_port=None if config.udp_port is None else 0,
        tcp_port=None if config.tcp_port is None else 0,
        tls_port=None if config.tls_port is None else 0,
    )


def _exit_status(code: int | None) -> str:
    if code is None:
        return "still running"
    if code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit status {code}"
