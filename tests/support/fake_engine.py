"""A phone engine without pjsua2 or a network, for fast tests of the services above the engine
(tests/unit/test_phone_services.py): it obeys sip.engine_types.PhoneEngine and tells its
listener the same frozen events (sip.events) that the real engine (sip/engine.py) does.

Commands are recorded in `sent` and succeed at once, with what the real engine would do for a
cooperative far end: an added account registers, a dialled call is CALLING, an answered call is
CONFIRMED with its audio active, a hung-up or rejected call is DISCONNECTED, hold and mute
change the call's media. The test plays the network's side with `ring`, `far_end_answers`,
`far_end_hangs_up`, or any event with `emit`. Make a command fail with `fail_next`.

Events reach the listener on the thread that caused them (the test's), as the real engine's
reach it on the engine's thread: the app's side (softphone.telephony) hops to Qt's thread itself.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from sip.config import AccountConfig, EngineConfig
from sip.engine_types import (
    AudioDevice,
    EngineNotRunning,
    Listener,
    SipCommandError,
    forwards_commands,
)
from sip.events import (
    CallDirection,
    CallMediaChanged,
    CallState,
    CallStateChanged,
    EngineStarted,
    EngineStopped,
    IncomingCall,
    MediaState,
    RegistrationChanged,
    RegistrationFailure,
    SipEvent,
)

# What the commands with nothing to act on answer (a plain None for the others).
_ANSWERS: dict[str, Any] = {
    "audio_devices": [AudioDevice(0, "Fake sound card", "fake", 1, 1)],
    "audio_levels": (0, 0),
    "bridge_ports": [],
    "stop_recording": None,
    "stop_speaker_recording": None,
}


@forwards_commands("_record")
class FakeEngine:
    """An in-memory PhoneEngine. Built like the real one: FakeEngine(config, listener)."""

    def __init__(self, config: EngineConfig, listener: Listener) -> None:
        config.validate()
        self.config = config
        self._listener = listener
        self._running = False
        self._handles = itertools.count(config.first_call_id)
        self.sent: list[tuple[str, tuple[Any, ...]]] = []  # every command, in order
        self.accounts: dict[str, AccountConfig] = {}
        self.states: dict[int, CallStateChanged] = {}  # each call's latest state
        self.media: dict[int, CallMediaChanged] = {}  # and its latest media
        self._failures: dict[str, BaseException] = {}

    # -- life cycle ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def start(self, timeout: float = 15) -> EngineStarted:
        self._running = True
        started = EngineStarted("fake", (("udp", "127.0.0.1:5060"),), ("PCMA/8000/1",))
        self.emit(started)
        return started

    def stop(self, timeout: float = 15) -> None:
        if self._running:
            self._running = False
            self.emit(EngineStopped())

    # -- the test's side -------------------------------------------------------------------------

    def emit(self, event: SipEvent) -> None:
        if isinstance(event, CallStateChanged):
            self.states[event.call_id] = event
        elif isinstance(event, CallMediaChanged):
            self.media[event.call_id] = event
        self._listener(event)

    def fail_next(self, command: str, error: BaseException) -> None:
        """The next `command` fails with `error` (in its future, as the real engine's do)."""
        self._failures[command] = error

    def commands(self, name: str) -> list[tuple[Any, ...]]:
        """The arguments of each `name` command sent so far."""
        return [args for command, args in self.sent if command == name]

    def ring(
        self,
        caller_user: str,
        *,
        account_id: str = "",
        display_name: str = "",
        cti: dict[str, str] | None = None,
        sip_call_id: str = "",
    ) -> int:
        """A call comes in (and rings: the engine answered 180); returns its handle."""
        handle = next(self._handles)
        account = account_id or next(iter(self.accounts), "")
        domain = self.accounts[account].domain if account in self.accounts else "127.0.0.1"
        uri = f"sip:{caller_user}@{domain}"
        sip_call_id = sip_call_id or f"fake-{handle}"
        self.emit(
            IncomingCall(
                call_id=handle, account_id=account, remote_uri=uri, display_name=display_name,
                caller_user=caller_user, asserted_identity="", diversion="", cti=dict(cti or {}),
                sip_call_id=sip_call_id,
            )
        )  # fmt: skip
        self._state(handle, CallState.EARLY, CallDirection.INCOMING, 180, "Ringing", uri)
        return handle

    def far_end_answers(self, call_id: int) -> None:
        self._connect(call_id)

    def far_end_hangs_up(self, call_id: int, code: int = 200, reason: str = "Normal") -> None:
        self._end(call_id, code, reason)

    # -- commands with the real engine's effect ----------------------------------------------------

    def add_account(self, config: AccountConfig) -> Future[None]:
        config.validate()
        return self._record("add_account", config, then=lambda: self._add_account(config))

    def remove_account(self, account_id: str) -> Future[None]:
        def remove() -> None:
            self._account(account_id)
            del self.accounts[account_id]

        return self._record("remove_account", account_id, then=remove)

    def make_call(
        self, account_id: str, target: str, headers: dict[str, str] | None = None
    ) -> Future[int]:
        handle = next(self._handles)

        def dial() -> int:
            if account_id not in self.accounts:
                raise SipCommandError(f"no account {account_id!r}")
            self._state(handle, CallState.CALLING, CallDirection.OUTGOING, 0, "", target)
            return handle

        return self._record("make_call", account_id, target, headers, then=dial)

    def answer(self, call_id: int, code: int = 200) -> Future[None]:
        return self._record("answer", call_id, code, then=lambda: self._connect(call_id))

    def reject(self, call_id: int, code: int = 486) -> Future[None]:
        return self._record("reject", call_id, code, then=lambda: self._end(call_id, code, ""))

    def hangup(self, call_id: int) -> Future[None]:
        return self._record("hangup", call_id, then=lambda: self._end(call_id, 200, "Normal"))

    def hold(self, call_id: int) -> Future[None]:
        return self._record(
            "hold", call_id, then=lambda: self._media(call_id, MediaState.LOCAL_HOLD)
        )

    def resume(self, call_id: int) -> Future[None]:
        return self._record("resume", call_id, then=lambda: self._media(call_id, MediaState.ACTIVE))

    def set_mute(self, call_id: int, muted: bool) -> Future[None]:
        return self._record(
            "set_mute", call_id, muted, then=lambda: self._media(call_id, None, muted=muted)
        )

    def calls(self) -> Future[list[int]]:
        live = sorted(h for h, s in self.states.items() if s.state is not CallState.DISCONNECTED)
        return self._record("calls", then=lambda: live)

    def account_uri(self, account_id: str) -> Future[str]:
        def uri() -> str:
            return f"sip:{self._account(account_id).username}@127.0.0.1:5060"

        return self._record("account_uri", account_id, then=uri)

    # -- the engine's side -----------------------------------------------------------------------

    def _record(
        self, command: str, *args: Any, then: Callable[[], Any] | None = None, **kwargs: Any
    ) -> Future[Any]:
        """Every command: recorded, then carried out (`then`) or answered as in `_ANSWERS`."""
        self.sent.append((command, args + tuple(kwargs.values())))
        future: Future[Any] = Future()
        failure = self._failures.pop(command, None)
        if not self._running:
            failure = failure or EngineNotRunning("the SIP engine is not running")
        if failure is not None:
            future.set_exception(failure)
            return future
        try:
            result = then() if then is not None else _ANSWERS.get(command)
        except Exception as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def _account(self, account_id: str) -> AccountConfig:
        try:
            return self.accounts[account_id]
        except KeyError:
            raise SipCommandError(f"no account {account_id!r}") from None

    def _add_account(self, config: AccountConfig) -> None:
        if config.id in self.accounts:
            raise SipCommandError(f"account {config.id!r} exists")
        self.accounts[config.id] = config
        if config.register:
            self.emit(
                RegistrationChanged(
                    config.id, True, 200, "OK", RegistrationFailure.NONE, config.reg_expires_s
                )
            )

    def _call(self, call_id: int) -> CallStateChanged:
        state = self.states.get(call_id)
        if state is None or state.state is CallState.DISCONNECTED:
            raise SipCommandError(f"no call {call_id}")
        return state

    def _state(
        self, call_id: int, state: CallState, direction: CallDirection, code: int, reason: str,
        remote_uri: str,
    ) -> None:  # fmt: skip
        self.emit(
            CallStateChanged(
                call_id, state, direction, code, reason, remote_uri, sip_call_id=f"fake-{call_id}"
            )
        )

    def _connect(self, call_id: int) -> None:
        call = self._call(call_id)
        self._state(call_id, CallState.CONFIRMED, call.direction, 200, "OK", call.remote_uri)
        self._media(call_id, MediaState.ACTIVE)

    def _end(self, call_id: int, code: int, reason: str) -> None:
        call = self._call(call_id)
        self._state(call_id, CallState.DISCONNECTED, call.direction, code, reason, call.remote_uri)

    def _media(self, call_id: int, state: MediaState | None, *, muted: bool | None = None) -> None:
        self._call(call_id)
        last = self.media.get(
            call_id, CallMediaChanged(call_id, MediaState.NONE, False, False, None)
        )
        media = CallMediaChanged(
            call_id,
            last.state if state is None else state,
            last.muted if muted is None else muted,
            last.in_conference,
            last.recording,
        )
        self.emit(media)
