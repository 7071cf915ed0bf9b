"""The telephony service: owns the SIP engine for the app and brings its events to the Qt thread.

The engine runs in a child process that is started again if pjsip aborts (sip.supervised): the
app, with its calls' notes and tickets, outlives it; the calls it had end as lost.

Threads: the engine calls `_on_engine_event` on its own (reader) thread; that only posts the
event to an inbox (softphone.thread_hop, no Qt call on the engine thread), which hands it to
`_on_engine_event_queued` on this object's (main) thread. There each kind of event is emitted on
its own signal (`SIGNAL_OF`), so every service connects to the events it handles by name, and
none sorts them by type again. Blocking engine work (start, stop, waiting on a command's
future) runs in the default executor.

In demo mode the agent gets a local account (no registrar) and the demo caller, a second user
agent in its own process, rings it now and then from seeded numbers. Outside demo mode the
demo caller is never started.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import Future
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from sip.config import AccountConfig, SipConfigError
from sip.engine_types import (
    AudioDevice,
    EngineFactory,
    EngineNotRunning,
    PhoneEngine,
    SipCommandError,
)
from sip.events import (
    CallMediaChanged,
    CallQualityMeasured,
    CallReplaced,
    CallStateChanged,
    CallTooLarge,
    DtmfReceived,
    EngineCrashed,
    EngineGaveUp,
    EngineRestarted,
    EngineStarted,
    IncomingCall,
    RegistrationChanged,
)
from sip.supervised import SupervisedEngine
from softphone import passwords
from softphone.engine_setup import account_config, engine_config
from softphone.ivr import IvrHeaders
from softphone.settings import SipAccountSettings
from softphone.thread_hop import Inbox
from ui.viewmodels import RegistrationState, RegistrationStatus

log = logging.getLogger(__name__)

DEMO_ACCOUNT_ID = "demo"
START_WAIT_S = 30.0  # a stop while the engine starts waits this long for the start to end
DEFAULT_CAPTURE, DEFAULT_PLAYBACK = -1, -2  # pjmedia's "the system's default device"

# The engine's events the app handles, each with the Telephony signal it is emitted on. The
# others (EngineStarted, EngineStopped, TransferProgressed, RecordingStopped, EngineError) are
# the engine's own business or only logged by it: no service needs them on the Qt thread.
SIGNAL_OF: dict[type, str] = {
    IncomingCall: "incoming_call",
    CallStateChanged: "call_state_changed",
    CallMediaChanged: "call_media_changed",
    CallQualityMeasured: "call_quality_measured",
    CallReplaced: "call_replaced",
    CallTooLarge: "call_too_large",
    DtmfReceived: "dtmf_received",
    RegistrationChanged: "registration_reported",
    EngineCrashed: "engine_crashed",
    EngineRestarted: "engine_restarted",
    EngineGaveUp: "engine_gave_up",
}

# Told at once even while the calls' events are held (Telephony.hold_call_events).
_NEVER_HELD = frozenset(
    {"registration_reported", "engine_crashed", "engine_restarted", "engine_gave_up"}
)


@dataclass(frozen=True)
class _EngineUp:
    """The engine started by prestart() runs: the Qt thread takes it (through the inbox)."""

    engine: PhoneEngine


@dataclass(frozen=True)
class _Say:
    """A registration status from a worker thread, shown on the Qt thread in order with the
    engine's events (through the inbox). `unless_reported`: not if the engine has reported
    on the account since (a failed addition the engine has already explained)."""

    status: RegistrationStatus
    unless_reported: bool = False


class Telephony(QObject):
    registration_changed = Signal(object)  # ui.viewmodels.RegistrationStatus
    # The engine's events, on the Qt thread, one signal per kind (SIGNAL_OF).
    incoming_call = Signal(IncomingCall)
    call_state_changed = Signal(CallStateChanged)
    call_media_changed = Signal(CallMediaChanged)
    call_quality_measured = Signal(CallQualityMeasured)
    call_replaced = Signal(CallReplaced)
    call_too_large = Signal(CallTooLarge)
    dtmf_received = Signal(DtmfReceived)
    registration_reported = Signal(RegistrationChanged)  # the engine's word; shown as above
    # The engine's process died (pjsip aborted); its calls have ended.
    engine_crashed = Signal(EngineCrashed)
    engine_restarted = Signal(EngineRestarted)  # a new process took over after a crash
    engine_gave_up = Signal(EngineGaveUp)  # no new engine will come
    # After such a crash no new engine could be started at all (the reason, in English).
    engine_failed = Signal(str)

    def __init__(
        self,
        accounts: list[SipAccountSettings],
        *,
        demo: bool = False,
        agent_login: str = "",
        bind_address: str = "0.0.0.0",
        work_dir: Path | None = None,
        ivr: IvrHeaders | None = None,
        engine_factory: EngineFactory = SupervisedEngine,  # tests hand in a fake engine
    ) -> None:
        super().__init__()
        # The engine captures the headers the IVR's answers come in, and only those.
        self._ivr = ivr or IvrHeaders()
        self._cti_headers = self._ivr.captured()
        self._accounts = [a for a in accounts if a.enabled]
        self._demo = demo
        self._agent_login = agent_login or "agent"
        self._bind_address = "127.0.0.1" if demo else bind_address
        self._work_dir = work_dir
        self._engine_factory = engine_factory
        self._engine: PhoneEngine | None = None
        self._demo_caller: subprocess.Popen[bytes] | None = None
        self._registrations: dict[str, RegistrationChanged] = {}
        self._changed_passwords: set[str] = set()
        self._accounts_lock = asyncio.Lock()
        self.local_uri = ""
        self.demo_customers = ""  # the demo caller's address, which answers callbacks
        self.audio_devices: list[AudioDevice] = []
        self._inbox = Inbox(self._on_engine_event_queued, self)
        self._prestarted = False
        self._starting: asyncio.Future[EngineStarted] | None = None
        # The engine and its start on the "sip-start" thread (prestart), until stopped.
        self._start_job: tuple[PhoneEngine, Future[EngineStarted]] | None = None
        self._engine_up = threading.Event()  # the start's engine.start() has returned or failed
        self._up_engine: PhoneEngine | None = None  # the engine, once it runs
        self._published: dict[str, RegistrationStatus] = {}
        # The calls' events while nobody handles calls yet (hold_call_events), in order.
        self._held: list[tuple[str, object]] | None = None
        # account id -> when it first registered, as the engine saw it (time.monotonic_ns);
        # the window may show it later (`softphone bench startup` reports both).
        self.first_registered_ns: dict[str, int] = {}
        self.registration_reported.connect(self._on_telephony_registration_reported)
        self.engine_restarted.connect(self._on_telephony_engine_restarted)
        self.engine_gave_up.connect(self._on_telephony_engine_gave_up)

    @property
    def registered_at_ns(self) -> int | None:
        """When the first account registered, as the engine saw it (None: none yet)."""
        return min(dict(self.first_registered_ns).values(), default=None)

    @property
    def engine(self) -> PhoneEngine | None:
        return self._engine

    def default_account(self) -> str | None:
        """The account outgoing calls use: the demo's, else the first one registered."""
        if self._demo and self.local_uri:
            return DEMO_ACCOUNT_ID
        for account in self._accounts:
            event = self._registrations.get(account.id)
            if event is not None and event.registered:
                return account.id
        return None

    def hold_call_events(self) -> None:
        """Keep the calls' events (a call ringing, its states, its media) from now on until
        release_call_events(): the engine registers before the app has wired its calls (the
        window, the store), and a call that rings meanwhile must ring once they are. The
        registrations and the engine's own life are told at once."""
        if self._held is None:
            self._held = []

    def release_call_events(self) -> None:
        """The calls are wired: emit the events kept since hold_call_events(), in order, then
        every new one as it comes."""
        held, self._held = self._held, None
        for name, event in held or ():
            getattr(self, name).emit(event)

    def prestart(self) -> None:
        """Start the engine and register now, on a thread of its own, before the store and the
        window are ready and whether the event loop runs yet or not, so registration waits for
        neither; `start()` then finishes (the demo caller)."""
        if self._prestarted:
            return
        self._prestarted = True
        config = engine_config(
            self._accounts,
            demo=self._demo,
            bind_address=self._bind_address,
            cti_headers=self._cti_headers,
        )
        engine = self._engine_factory(config, self._on_engine_event)
        job: Future[EngineStarted] = Future()
        self._start_job = engine, job

        def start() -> None:
            if job.set_running_or_notify_cancel():
                try:
                    job.set_result(self._start_and_register(engine))
                except BaseException as exc:
                    job.set_exception(exc)
                finally:
                    self._engine_up.set()  # started, or failed to: a stop waits no longer

        threading.Thread(target=start, name="sip-start", daemon=True).start()

    async def start(self, demo_callers: list[dict[str, Any]] | None = None) -> None:
        self.prestart()
        if self._starting is None and self._start_job is not None:
            # Its end on the loop: made here, since prestart() may run before any loop does.
            engine, job = self._start_job
            self._starting = asyncio.ensure_future(self._started(engine, job))
        if self._starting is None:  # stopped before it started
            raise EngineNotRunning("the SIP engine was stopped before it started")
        await self._starting
        if self._demo:
            await self._start_demo_caller(demo_callers or [])

    async def _started(self, engine: PhoneEngine, job: Future[EngineStarted]) -> EngineStarted:
        started = await asyncio.wrap_future(job)
        current = self._start_job
        if current is None or current[1] is not job:  # stopped meanwhile (shutdown_now)
            return started
        self._engine = engine
        self._inbox.flush()  # what the start said about the accounts, said now
        self.audio_devices = await asyncio.wrap_future(engine.audio_devices())
        return started

    def _start_and_register(self, engine: PhoneEngine) -> EngineStarted:
        """A worker thread: the engine started and every account added, one after the other,
        with no hop to the Qt thread in between, so the REGISTERs go out while that thread
        builds the window and opens the store (`softphone bench startup`: registered_ms)."""
        started = engine.start()
        # The engine is this app's from now on (the Qt thread takes it before any account's
        # word: calls can be answered and made as soon as an account is shown registered), and
        # a stop need not wait for the accounts (a keyring may wait to be unlocked).
        self._up_engine = engine
        self._engine_up.set()
        self._inbox.post(_EngineUp(engine))
        for account in self._accounts:
            self._add_now(engine, account, at_start=True)
        if self._demo:  # a local account (no registrar): ready once added
            address = started.transports[0][1]
            demo = AccountConfig(
                id=DEMO_ACCOUNT_ID, username=self._agent_login, domain=address, register=False
            )
            engine.add_account(demo).result()
            self._note_registered(DEMO_ACCOUNT_ID)
            here = f"{self._agent_login}@{address}"
            self.local_uri = f"sip:{here}"  # before it is said
            self._inbox.post(_Say(RegistrationStatus(RegistrationState.REGISTERED, here)))
        return started

    def _note_registered(self, account_id: str, at_ns: int = 0) -> None:
        """Any thread: the account registered at `at_ns` as the engine saw it (0: now), the
        first time for each account kept."""
        self.first_registered_ns.setdefault(account_id, at_ns or time.monotonic_ns())

    def last_statuses(self) -> list[RegistrationStatus]:
        """The registration states published so far, latest per account (for whoever connects
        after the engine started early)."""
        return list(self._published.values())

    async def _start_demo_caller(self, callers: list[dict[str, Any]]) -> None:
        if not callers or self._work_dir is None:
            return
        calls_file = self._work_dir / "demo-calls.json"
        calls_file.write_text(json.dumps(callers, ensure_ascii=False), encoding="utf-8")
        port = _free_udp_port()
        self.demo_customers = f"127.0.0.1:{port}"  # where the demo's callbacks are dialled
        self._demo_caller = subprocess.Popen(
            [sys.executable, "-m", "sip.demo_caller", "--target", self.local_uri,
             "--calls", str(calls_file), "--port", str(port),
             # the demo's IVR names its headers as this PBX's settings say
             "--header", f"topic={self._ivr.topic}", "--header", f"language={self._ivr.language}",
             "--header", f"verified={self._ivr.verified}", "--until-stdin-closes"],
            # a pipe this process never writes: when it ends, however it ends, the caller sees
            # its input end and stops too (sip/demo_caller.py)
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        log.info("demo caller started (pid %s) for %s", self._demo_caller.pid, self.local_uri)

    async def apply_accounts(self, accounts: list[SipAccountSettings]) -> None:
        """Settings changed: drop removed or changed accounts, register new or changed ones.

        One change at a time: a second save that arrives while the first is still registering
        must see the accounts the first left, or it would miss one it has to remove."""
        starting = self._starting
        if starting is not None and not starting.done():
            try:
                await asyncio.shield(starting)  # the accounts the start adds come first
            except asyncio.CancelledError:
                if starting.cancelled():
                    return  # a stop ended the start: nothing to apply to
                raise
            except Exception:  # its failure was reported where awaited
                pass
        async with self._accounts_lock:
            await self._apply_accounts(accounts)

    async def _apply_accounts(self, accounts: list[SipAccountSettings]) -> None:
        engine = self._engine
        if engine is None:
            return
        wanted = {a.id: a for a in accounts if a.enabled}
        active = {a.id: a for a in self._accounts}
        for account_id, account in list(active.items()):
            if wanted.get(account_id) != account:
                await self._remove(engine, account_id)
                self._registrations.pop(account_id, None)
                del active[account_id]
                self._accounts = list(active.values())
        for account_id, account in wanted.items():
            if account_id in active and not self._password_changed(account_id):
                continue
            if account_id in active:
                await self._remove(engine, account_id)
            await self._add(engine, account)
            active[account_id] = account
            self._accounts = list(active.values())
        self._changed_passwords.clear()
        if not self._accounts and not self._demo:
            self._publish(RegistrationStatus(RegistrationState.NO_ACCOUNT))

    async def _remove(self, engine: PhoneEngine, account_id: str) -> None:
        try:
            await asyncio.wrap_future(engine.remove_account(account_id))
        except (SipCommandError, EngineNotRunning) as exc:  # never added, or the engine is down
            log.info("account %s was not in the engine: %s", account_id, exc)

    async def _add(self, engine: PhoneEngine, account: SipAccountSettings) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self._add_now, engine, account)
        self._inbox.flush()  # what the addition said, said now

    def _add_now(
        self, engine: PhoneEngine, account: SipAccountSettings, *, at_start: bool = False
    ) -> None:
        """A worker thread: the account's password read and the account added. What is shown
        goes through the inbox, in order with the engine's events: "registering" before the
        engine is asked (its events, registered or failed, may come before its reply to the
        addition, and what is shown must be the engine's latest word, never this step's)."""
        password = passwords.load(account.keyring_user)
        # At start, the engine may have registered the account already, before this app had it
        # (softphone.engine_setup.register_accounts_early): its word then stands.
        registering = RegistrationStatus(RegistrationState.REGISTERING, account.id)
        self._inbox.post(_Say(registering, unless_reported=at_start))
        try:
            engine.add_account(account_config(account, password)).result()
        except (SipConfigError, SipCommandError, EngineNotRunning) as exc:
            failed = RegistrationStatus(RegistrationState.FAILED, account.id, str(exc))
            self._inbox.post(_Say(failed, unless_reported=True))

    def password_changed(self, account_id: str) -> None:
        """A new password was saved: the account registers again with it."""
        self._changed_passwords.add(account_id)

    def _password_changed(self, account_id: str) -> bool:
        return account_id in self._changed_passwords

    async def apply_sound(self, capture: str, playback: str, ringtone: str) -> None:
        engine = self._engine
        if engine is None:
            return
        await asyncio.wrap_future(engine.set_ringtone(ringtone))
        if self._demo or not self.audio_devices:
            return  # the null device: nothing to choose
        by_name = {d.name: d.index for d in self.audio_devices}
        await asyncio.wrap_future(
            engine.set_audio_devices(
                by_name.get(capture, DEFAULT_CAPTURE), by_name.get(playback, DEFAULT_PLAYBACK)
            )
        )

    def play_test_tone(self) -> None:
        if self._engine is not None:
            self._engine.play_test_tone(2.0)

    def shutdown_now(self) -> None:
        """Stop the demo caller and the engine right away (blocking): for teardown paths where
        no event loop runs any more. Safe to call after stop()."""
        if self._demo_caller is not None:
            self._demo_caller.terminate()
            try:
                self._demo_caller.wait(10)
            except subprocess.TimeoutExpired:
                self._demo_caller.kill()
            if self._demo_caller.stdin is not None:
                self._demo_caller.stdin.close()
            self._demo_caller = None
        if self._start_job is not None:  # started here: its engine, once it runs
            self._engine_up.wait(START_WAIT_S)  # engine.start() only, not the accounts' adding
            self._engine = self._engine or self._up_engine
            self._start_job = None
        if self._engine is not None:
            self._engine.stop()
            self._engine = None

    async def stop(self) -> None:
        if self._starting is not None and not self._starting.done():
            # A loop that runs again must not take the stopped engine; an account still being
            # added fails with EngineNotRunning on the start's own thread (a stop never waits
            # for a keyring to be unlocked).
            self._starting.cancel()
        await asyncio.get_running_loop().run_in_executor(None, self.shutdown_now)
        self.close()

    def close(self) -> None:
        """The Qt thread, once the engine is stopped: deliver its last events (calls ended, the
        engine stopped), then let go of the inbox."""
        self._inbox.flush()
        self._inbox.close()

    # -- events -----------------------------------------------------------------------------------

    def _on_engine_event(self, event: object) -> None:  # SIP engine thread: hop to Qt's thread
        if isinstance(event, RegistrationChanged) and event.registered:
            self._note_registered(event.account_id, event.at_ns)
        self._inbox.post(event)

    def _on_engine_event_queued(self, event: object) -> None:  # Qt main thread
        if isinstance(event, _EngineUp):
            job = self._start_job  # once: a stop on another thread may clear it
            if job is not None and job[0] is event.engine:
                self._engine = event.engine  # not one a stop has let go of since
            return
        if isinstance(event, _Say):
            account = event.status.account
            if event.unless_reported and account in self._registrations:
                return  # the engine has said something newer
            if event.status.state is RegistrationState.REGISTERING:
                self._registrations.pop(account, None)  # the engine's word before it is old
            self._publish(event.status)
            return
        name = SIGNAL_OF.get(type(event))
        if name is None:
            return
        if self._held is not None and name not in _NEVER_HELD:
            self._held.append((name, event))
            return
        getattr(self, name).emit(event)

    def _on_telephony_engine_restarted(self, event: EngineRestarted) -> None:
        log.warning("the SIP engine was restarted: %s", event.transports)

    def _on_telephony_engine_gave_up(self, event: EngineGaveUp) -> None:
        log.error("no SIP engine any more: %s", event.reason)
        if self._demo and self.local_uri:  # the demo's account never registers: say it's gone
            self._publish(
                RegistrationStatus(
                    RegistrationState.FAILED, self.local_uri.removeprefix("sip:"),
                    "503 no phone engine", "other",
                )
            )  # fmt: skip
        self.engine_failed.emit(event.reason)

    def _on_telephony_registration_reported(self, event: RegistrationChanged) -> None:
        self._registrations[event.account_id] = event
        if event.registered:
            status = RegistrationStatus(RegistrationState.REGISTERED, event.account_id)
        else:
            status = RegistrationStatus(
                RegistrationState.FAILED,
                event.account_id,
                f"{event.code} {event.reason}".strip(),
                event.failure.value,
            )
        self._publish(status)

    def _publish(self, status: RegistrationStatus) -> None:
        self._published[status.account] = status
        self.registration_changed.emit(status)


def demo_caller_payload(callers: list[Any]) -> list[dict[str, Any]]:
    """crm DemoCallerDTOs to the demo caller's JSON, with IVR verification varied for realism."""
    payload = []
    for index, caller in enumerate(callers):
        item = asdict(caller)
        item["verified"] = index % 3 != 1
        payload.append(item)
    return payload


def _free_udp_port() -> int:
    """A UDP port on loopback that is free now, for the demo caller to bind."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
