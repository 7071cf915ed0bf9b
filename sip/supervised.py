"""The SIP engine in a child process that is restarted when it dies: what the app runs.

pjsip aborts its whole process on some input from the network that it should merely refuse
(tests/integration/test_sip_torture.py: an SDP assertion in the offer/answer code, and its
64-slot ioqueue running out under a flood of cancelled calls or a churn of TCP connections;
the pjsua2 wheel is built with assertions). Anyone who can reach the SIP port can send those.
So the engine runs in its own process (sip.engine_host) and the app keeps everything that
matters (calls' notes, tickets, the outbox, the window) in its own.

`SupervisedEngine` offers the engine's commands (sip.engine_types.EngineCommands) and events.
When the child dies unasked it:
1. fails the commands still waiting with EngineNotRunning;
2. ends every call the app knew of with a CallStateChanged to DISCONNECTED (code 500), so each
   goes to wrap-up with its note like any other ended call, and marks the registered accounts
   unregistered (503); each call over UDP is ended at the far end too, from here (with what the
   child reported as CallDialog, sip.dialog): a BYE for an established call, so the caller is
   not left listening to silence; a 500 to a caller still ringing here; a CANCEL of a call we
   dialled that still rings (sip.lost_calls);
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
import signal
import subprocess
import threading
import time
from concurrent.futures import Future, InvalidStateError
from dataclasses import replace
from typing import Any

from sip.config import AccountConfig, EngineConfig
from sip.engine_types import COMMANDS, EngineNotRunning, Listener, forwards_commands
from sip.events import (
    CallDialog,
    EngineCrashed,
    EngineGaveUp,
    EngineRestarted,
    EngineStarted,
    SipEvent,
)
from sip.host_process import HOST_MODULE, Child, launch, take_prespawned
from sip.lost_calls import Ledger, end_at_far_end

log = logging.getLogger(__name__)

MAX_RESTART_DELAY_S = 30.0
# Replayed on a new child, in this order, as the app last set them.
_SETTINGS = ("set_ringtone", "set_audio_devices")


@forwards_commands("_call")
class SupervisedEngine:
    """The engine's commands (each returns a Future) and events, the engine in a child process.

    The commands below are those the proxy keeps a record of, for a restart; every other
    command of EngineCommands is passed on to `_call` as it is (`forwards_commands`)."""

    HOST_MODULE = HOST_MODULE  # run as the child: `python -m HOST_MODULE FD`

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
        self._child: Child | None = None
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
        # The calls and registrations the app was told of, to settle if the child dies.
        self._ledger = Ledger()
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
            self._ledger.account_removed(account_id)
            deferred = self._defer(f"account {account_id}")
        return deferred or self._call("remove_account", account_id)

    def reregister(self, account_id: str) -> Future[None]:
        with self._lock:
            deferred = self._defer(f"account {account_id}")
        return deferred or self._call("reregister", account_id)  # a replayed account registers

    def make_call(
        self, account_id: str, target: str, headers: dict[str, str] | None = None
    ) -> Future[int]:
        future: Future[int] = self._call("make_call", account_id, target, headers)
        future.add_done_callback(self._saw_handle)
        return future

    def set_audio_devices(self, capture: int | None, playback: int | None) -> Future[None]:
        with self._lock:
            self._settings["set_audio_devices"] = (capture, playback)
            deferred = self._defer("set_audio_devices")
        return deferred or self._call("set_audio_devices", capture, playback)

    def set_ringtone(self, path: str) -> Future[None]:
        with self._lock:
            self._settings["set_ringtone"] = (path,)
            deferred = self._defer("set_ringtone")
        return deferred or self._call("set_ringtone", path)

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
        self, expected: Child | None, command: str, *args: Any, **kwargs: Any
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
                self._ledger.saw_handle(done.result())

    # -- the child --------------------------------------------------------------------------------

    def _spawn(self, config: EngineConfig, timeout: float) -> EngineStarted:
        if self._stopping:  # a restart that stop() has overtaken
            raise EngineNotRunning("the SIP engine is being stopped")
        child = take_prespawned(config, self.HOST_MODULE) or launch(config, self.HOST_MODULE)
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
            child.proc.kill()
        child.stderr_reader.start()
        child.reader.start()
        try:
            started = child.started.result(timeout)
        except TimeoutError:
            child.proc.kill()
            raise EngineNotRunning(f"the SIP engine did not start within {timeout:.0f} s") from None
        with self._lock:  # it may have died already: then its restart is under way
            self._running = not self._stopping and not child.gone
        log.info("SIP engine running in process %s", child.proc.pid)
        return started

    def _read(self, child: Child) -> None:  # the child's reader thread
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

    def _handle(self, child: Child, message: tuple[Any, ...]) -> None:
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

    def _read_stderr(self, child: Child) -> None:  # the child's stderr thread
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
            self._ledger.saw(event)

    def _on_child_gone(self, child: Child) -> None:  # the reader thread, the child reaped
        with self._lock:
            child.gone = True
            if child is not self._child:
                return
            expected = self._stopping
            self._running = False
            if not expected and child.started.done() and child.started.exception() is None:
                self._restarting = True  # from now on account changes wait for a new child
            pending, self._pending = self._pending, {}
            losses = self._ledger.take()
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
        for dialog, early in losses.ends:  # the far ends know nothing of it: tell them
            threading.Thread(
                target=end_at_far_end,
                args=(dialog, early, self.config.bind_address),
                name="sip-lost-call",
                daemon=True,
            ).start()
        now = time.monotonic()
        delay = self._restart_delay(now)
        with self._lock:
            self._restarting = delay is not None and not self._stopping
        if delay is None:  # what waited for this child's replay will not get one
            self._end_restart(gone)
        for event in [*losses.calls_ended(now), *losses.unregistered()]:
            self._listener(event)
        if self._stopping:  # stop() came while the child was dying: nothing to report
            self._end_restart(EngineNotRunning("the SIP engine was stopped"))
            return
        restarting = delay is not None
        self._listener(EngineCrashed(status, detail, len(losses.live), restarting))
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
            config = replace(self._bound, first_call_id=self._ledger.max_call_id + 1)
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

    def _replay(self, child: Child | None) -> bool:  # the restart thread
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
        self, child: Child | None, what: str, command: str, *args: Any
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
