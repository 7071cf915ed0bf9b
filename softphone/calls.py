"""The agent's phone: calls, the agent state machine, recent calls. Qt main thread only.

It turns engine events (already on this thread, from softphone.telephony) into plain view models
for the UI, turns the agent's clicks into engine commands, and publishes the agent's state to
the store as presence so supervisors and the callback queue see it.

Agent states: Available, On call, Wrap-up (timed), Paused (with a reason) and Offline. On call
and Wrap-up follow the calls; the agent chooses the others. While paused (or offline) an
incoming call is declined as busy, or left ringing, as the settings say.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from sip.engine_types import PhoneEngine
from sip.events import (
    CallDirection,
    CallMediaChanged,
    CallQualityMeasured,
    CallReplaced,
    CallState,
    CallStateChanged,
    CallTooLarge,
    IncomingCall,
    MediaState,
)
from sip.sipmsg import uri_user
from softphone.call_record import CallRecord
from softphone.dialling import Dialable, NotDialable, e164_of, normalise_number
from softphone.ivr import IvrHeaders
from softphone.presenters import display_number
from softphone.recent_calls import MAX_RECENT, load_recent, save_recent
from softphone.telephony import Telephony
from ui.viewmodels import AgentState, CallPhase, CallView, RecentCall

log = logging.getLogger(__name__)

MAX_UNCLAIMED = 32  # events of calls not (yet) ours, kept at most for this many calls


class CallCenter(QObject):
    calls_changed = Signal(object)  # tuple[CallView, ...]: the calls up now, oldest first
    incoming_call = Signal(object)  # CallView of a call that starts ringing
    outgoing_call = Signal(object)  # CallView of a call the agent starts
    call_finished = Signal(object)  # FinishedCall, after the call ended
    agent_state_changed = Signal(object, str, int)  # AgentState, pause reason, wrap-up seconds
    recent_changed = Signal(object)  # tuple[RecentCall, ...], newest first
    problem = Signal(str)  # something the agent must know (a refused number, a failed command)
    call_lost = Signal(str)  # a call the phone could not take at all, said for the agent
    consultation_started = Signal(int, int)  # (the caller's call, the consultation call)

    def __init__(
        self,
        telephony: Telephony,
        *,
        default_region: str,
        wrap_up_seconds: int,
        paused_incoming: str,
        recent_file: Path | None,
        publish_presence: Callable[[str, str | None, dict[str, Any] | None], Awaitable[None]]
        | None = None,
        topic_label: Callable[[str], str] = str,
        ivr: IvrHeaders | None = None,
    ) -> None:
        super().__init__()
        self._ivr = ivr or IvrHeaders()  # which headers carry the IVR's answers
        self.telephony = telephony
        self.default_region = default_region
        self.wrap_up_seconds = wrap_up_seconds
        self.paused_incoming = paused_incoming
        self._recent_file = recent_file
        self._publish = publish_presence
        self._topic_label = topic_label
        self._calls: dict[int, CallRecord] = {}
        self._recent: list[RecentCall] = load_recent(recent_file)
        self._state = AgentState.OFFLINE
        self._reason = ""
        self._after_calls: tuple[AgentState, str] | None = None
        self._signing_out = False  # offline is the last word: see hold_offline
        self._wrap_up_left = 0
        self._wrap_up_timer = QTimer(self)
        self._wrap_up_timer.setInterval(1000)
        self._wrap_up_timer.timeout.connect(self._on_wrap_up_timer_timeout)
        self._tasks: set[asyncio.Task[Any]] = set()
        self.last_dialled: Dialable | None = None
        self._consult_for: int | None = None
        # Events of a call we placed can come in before make_call's answer does (the engine
        # reports the call's progress while this thread is busy): kept, with their handler,
        # until the call is known.
        self._unclaimed: dict[int, list[Callable[[], None]]] = {}
        telephony.incoming_call.connect(self._on_telephony_incoming_call)
        telephony.call_state_changed.connect(self._on_telephony_call_state_changed)
        telephony.call_media_changed.connect(self._on_telephony_call_media_changed)
        telephony.call_quality_measured.connect(self._on_telephony_call_quality_measured)
        telephony.call_too_large.connect(self._on_telephony_call_too_large)
        telephony.call_replaced.connect(self._on_telephony_call_replaced)

    # -- read side -----------------------------------------------------------------------------

    @property
    def state(self) -> AgentState:
        return self._state

    @property
    def pause_reason(self) -> str:
        return self._reason

    def connected_calls(self) -> dict[str, int]:
        """The calls up now (talking or held) by their SIP Call-ID -> the engine's call id."""
        return {
            c.sip_call_id: call_id
            for call_id, c in self._calls.items()
            if c.sip_call_id and c.view.phase in (CallPhase.ACTIVE, CallPhase.HELD)
        }

    def calls(self) -> tuple[CallView, ...]:
        return tuple(c.view for c in self._calls.values() if c.view.phase is not CallPhase.ENDED)

    def recent(self) -> tuple[RecentCall, ...]:
        return tuple(self._recent)

    def facts(self, call_id: int) -> dict[str, Any]:
        """What is known of a call in progress, for a note's draft (CallRecord.facts)."""
        call = self._calls.get(call_id)
        return call.facts() if call is not None else {}

    # -- the agent's commands ------------------------------------------------------------------

    def dial(self, text: str) -> None:
        try:
            dialable = normalise_number(text, self.default_region)
        except NotDialable as exc:
            self.problem.emit(str(exc))
            return
        account = self.telephony.default_account()
        engine = self.telephony.engine
        if account is None or engine is None:
            self.problem.emit(QCoreApplication.translate("Calls", "No SIP account is registered."))
            return
        self.last_dialled = dialable
        self._spawn(self._dial(engine, account, dialable))

    def redial(self) -> None:
        """The last number dialled in this session, else the newest outgoing recent call."""
        if self.last_dialled is not None:
            self.dial(self.last_dialled.target)
            return
        last = next((r for r in self._recent if r.kind == "outgoing" and r.number), None)
        if last is not None:
            self.dial(last.number)

    def answer(self, call_id: int) -> None:
        call = self._calls.get(call_id)
        if call is None or call.view.phase is not CallPhase.RINGING:
            return
        # Answering while talking: the first call goes on hold (call waiting).
        for other in self._calls.values():
            if other.view.call_id != call_id and other.view.phase is CallPhase.ACTIVE:
                self._command(lambda e, c=other.view.call_id: e.hold(c))
        call.answered = True
        self._command(lambda e: e.answer(call_id))

    def reject(self, call_id: int) -> None:
        call = self._calls.get(call_id)
        if call is None or call.view.phase is not CallPhase.RINGING:
            return
        call.rejected = True
        self._command(lambda e: e.reject(call_id, 486))

    def hangup(self, call_id: int) -> None:
        if call_id in self._calls:
            self._command(lambda e: e.hangup(call_id))

    def toggle_hold(self, call_id: int) -> None:
        call = self._calls.get(call_id)
        if call is None:
            return
        if call.view.phase is CallPhase.HELD:
            # Resuming one call puts the other active one on hold: the agent talks to one.
            for other in self._calls.values():
                talking = other.view.call_id != call_id and other.view.phase is CallPhase.ACTIVE
                same_conference = other.view.in_conference and call.view.in_conference
                if talking and not same_conference:
                    self._command(lambda e, c=other.view.call_id: e.hold(c))
            self._command(lambda e: e.resume(call_id))
        elif call.view.phase is CallPhase.ACTIVE:
            self._command(lambda e: e.hold(call_id))

    def toggle_mute(self, call_id: int) -> None:
        call = self._calls.get(call_id)
        if call is not None:
            muted = not call.view.muted
            self._command(lambda e: e.set_mute(call_id, muted))

    def send_dtmf(self, call_id: int, digits: str) -> None:
        if call_id in self._calls:
            self._command(lambda e: e.send_dtmf(call_id, digits))

    def transfer(self, call_id: int, target_text: str) -> None:
        """Blind transfer."""
        try:
            target = normalise_number(target_text, self.default_region).target
        except NotDialable as exc:
            self.problem.emit(str(exc))
            return
        self._command(lambda e: e.transfer(call_id, target))

    def consult(self, call_id: int, target_text: str) -> None:
        """First half of an attended transfer: hold the caller, call the colleague."""
        if self._phase(call_id) is CallPhase.ACTIVE:
            self._command(lambda e: e.hold(call_id))
        self._consult_for = call_id
        self.dial(target_text)

    def complete_transfer(self, call_id: int, consultation_id: int) -> None:
        self._command(lambda e: e.transfer_attended(call_id, consultation_id))

    def conference(self) -> None:
        ids = [
            c.view.call_id
            for c in self._calls.values()
            if c.view.phase in (CallPhase.ACTIVE, CallPhase.HELD)
        ]
        if len(ids) < 2:
            return
        for call_id in ids:
            if self._phase(call_id) is CallPhase.HELD:
                self._command(lambda e, c=call_id: e.resume(c))
        self._command(lambda e: e.conference(ids))

    def toggle_record(self, call_id: int, folder: Path) -> None:
        call = self._calls.get(call_id)
        if call is None:
            return
        if call.view.recording:
            self._command(lambda e: e.stop_recording(call_id))
        else:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            path = folder / f"call-{stamp}-{call_id}.wav"
            folder.mkdir(parents=True, exist_ok=True)
            self._command(lambda e: e.start_recording(call_id, str(path)))

    def set_agent_state(self, state: AgentState, reason: str = "") -> None:
        """The agent's own choice: Available, Paused (with a reason) or Offline. During a call
        (or its wrap-up) the choice waits until the call is over; choosing Available during
        wrap-up ends it early."""
        if state in (AgentState.ON_CALL, AgentState.WRAP_UP):
            return  # these follow the calls
        reason = reason if state is AgentState.PAUSED else ""
        if self._active_calls():
            # "Pause after this call": applied when the call (and its wrap-up) is over.
            self._after_calls = (state, reason)
            return
        self._after_calls = None
        self._wrap_up_timer.stop()
        self._wrap_up_left = 0
        self._set_state(state, reason)

    def stop(self) -> None:
        """The phone is stopping (the app closes): no wrap-up ends by itself afterwards, and
        with it no state change is published to a store that is closing."""
        self._wrap_up_timer.stop()

    def phone_ready(self) -> None:
        """The phone registered: an agent who was offline becomes available (not one who is
        signing out)."""
        if self._state is AgentState.OFFLINE and not self._signing_out:
            self._set_state(AgentState.AVAILABLE)

    def hold_offline(self) -> None:
        """The agent is signing out: a registration that completes from now on (the engine
        starts before the window, so it can land during a quick sign-out) must not publish
        "available" after their "offline"."""
        self._signing_out = True

    # -- engine events -----------------------------------------------------------------------

    def _held_back(self, call_id: int, handle: Callable[[], None]) -> bool:
        """An event of a call not known yet (one we placed, before make_call answered): kept
        to be handled, in order, once it is. True when kept."""
        if call_id in self._calls:
            return False
        self._unclaimed.setdefault(call_id, []).append(handle)
        while len(self._unclaimed) > MAX_UNCLAIMED:  # calls that never became ours
            del self._unclaimed[next(iter(self._unclaimed))]
        return True

    def _on_telephony_call_state_changed(self, event: CallStateChanged) -> None:
        incoming = event.direction is CallDirection.INCOMING
        if not incoming and self._held_back(event.call_id, lambda: self._on_call_state(event)):
            return
        self._on_call_state(event)

    def _on_telephony_call_media_changed(self, event: CallMediaChanged) -> None:
        if not self._held_back(event.call_id, lambda: self._on_call_media(event)):
            self._on_call_media(event)

    def _on_call_media(self, event: CallMediaChanged) -> None:
        call = self._calls.get(event.call_id)
        if call is not None and event.recording is not None:
            call.recording_ref = str(event.recording)
        self._update(
            event.call_id,
            muted=event.muted,
            recording=event.recording is not None,
            in_conference=event.in_conference,
            phase=self._media_phase(event),
        )

    def _on_telephony_call_quality_measured(self, event: CallQualityMeasured) -> None:
        self._update(event.call_id, mos=event.mos)

    def _on_telephony_call_replaced(self, event: CallReplaced) -> None:
        old = self._calls.pop(event.old_call_id, None)
        if old is not None:
            old.view = replace(old.view, call_id=event.new_call_id)
            self._calls[event.new_call_id] = old
            self._changed()

    def _media_phase(self, event: CallMediaChanged) -> CallPhase | None:
        current = self._phase(event.call_id)
        if current in (None, CallPhase.RINGING, CallPhase.DIALING, CallPhase.ENDED):
            return None
        if event.state is MediaState.LOCAL_HOLD:
            return CallPhase.HELD
        if event.state in (MediaState.ACTIVE, MediaState.REMOTE_HOLD):
            return CallPhase.ACTIVE
        return None

    def _on_telephony_incoming_call(self, event: IncomingCall) -> None:
        if event.monitor_token:
            return  # a supervisor's listen-in request: softphone.monitoring verifies it
        # P-Asserted-Identity, when the PBX sends it, is the network-verified caller.
        number = uri_user(event.asserted_identity) or event.caller_user
        try:
            e164 = normalise_number(number, self.default_region).target if number else ""
        except NotDialable:
            e164 = ""
        ivr = self._ivr.read(event.cti)
        view = CallView(
            call_id=event.call_id,
            incoming=True,
            phase=CallPhase.ACTIVE if event.auto_answer else CallPhase.RINGING,
            name=event.display_name,
            number=display_number(e164) if e164.startswith("+") else (number or event.remote_uri),
            started_at=time.monotonic(),
            topic=self._topic_label(ivr.topic) if ivr.topic else "",
            language=ivr.language,
            verified=ivr.verified,
            waiting=event.waiting,
            e164=e164 if e164.startswith("+") else "",
            topic_code=ivr.topic,
            callback_wish=ivr.callback,
        )
        call = CallRecord(view, event.account_id, e164 or event.remote_uri)
        call.answered, call.sip_call_id = event.auto_answer, event.sip_call_id
        self._calls[event.call_id] = call
        unavailable = self._state is AgentState.OFFLINE or (
            self._state is AgentState.PAUSED and self.paused_incoming == "busy"
        )
        if unavailable and not event.auto_answer:
            self._command(lambda e: e.reject(event.call_id, 486))  # declined as busy
            self._changed()
            return
        self._changed()
        self.incoming_call.emit(view)

    def _on_call_state(self, event: CallStateChanged) -> None:
        call = self._calls.get(event.call_id)
        if call is None:
            return
        if event.sip_call_id and not call.sip_call_id:
            call.sip_call_id = event.sip_call_id
        if event.state is CallState.CONFIRMED:
            if call.view.connected_at is None:
                self._update(event.call_id, phase=CallPhase.ACTIVE, connected_at=time.monotonic())
            self._wrap_up_timer.stop()
            self._set_state(AgentState.ON_CALL)
        elif event.state is CallState.DISCONNECTED:
            call.ended_at = time.monotonic()
            call.end_code = event.code
            self._update(event.call_id, phase=CallPhase.ENDED)
            self._remember(call.recent_entry())
            self.call_finished.emit(call.finished())
            del self._calls[event.call_id]
            self._changed()
            if not self._active_calls() and self._state is AgentState.ON_CALL:
                self._start_wrap_up()
        elif call.view.phase is CallPhase.DIALING or event.direction is CallDirection.OUTGOING:
            self._changed()

    # -- state machine -------------------------------------------------------------------------

    def _active_calls(self) -> list[CallRecord]:
        return [
            c
            for c in self._calls.values()
            if c.view.phase in (CallPhase.ACTIVE, CallPhase.HELD, CallPhase.DIALING)
        ]

    def _leave_wrap_up(self) -> None:
        state, reason = self._after_calls or (AgentState.AVAILABLE, "")
        self._after_calls = None
        self._set_state(state, reason)

    def _start_wrap_up(self) -> None:
        if self.wrap_up_seconds <= 0:
            self._leave_wrap_up()
            return
        self._wrap_up_left = self.wrap_up_seconds
        self._set_state(AgentState.WRAP_UP)
        self._wrap_up_timer.start()

    def _on_wrap_up_timer_timeout(self) -> None:
        self._wrap_up_left -= 1
        if self._wrap_up_left <= 0:
            self._wrap_up_timer.stop()
            self._leave_wrap_up()
        else:
            self.agent_state_changed.emit(self._state, self._reason, self._wrap_up_left)

    def _set_state(self, state: AgentState, reason: str = "") -> None:
        changed = (state, reason) != (self._state, self._reason)
        self._state, self._reason = state, reason
        self.agent_state_changed.emit(state, reason, self._wrap_up_left)
        if changed and self._publish is not None:
            current = next(iter(self._active_calls()), None)
            call = (
                {"caller": current.view.name, "number": current.view.number,
                 "topic": current.view.topic, "topic_code": current.view.topic_code,
                 "language": current.view.language, "incoming": current.view.incoming,
                 "sip_call_id": current.sip_call_id,
                 "started": current.started_wall.isoformat()}
                if current is not None and state is AgentState.ON_CALL
                else None
            )  # fmt: skip
            self._spawn(self._publish(state.value, reason or None, call))

    # -- recent calls ---------------------------------------------------------------------------

    def _remember(self, entry: RecentCall) -> None:
        self._recent.insert(0, entry)
        del self._recent[MAX_RECENT:]
        save_recent(self._recent_file, self._recent)
        self.recent_changed.emit(tuple(self._recent))

    def _on_telephony_call_too_large(self, event: CallTooLarge) -> None:
        """A call the engine could not take, its INVITE too large (sip.oversize): never lost
        without a word. It is a missed call in the recent calls (with the caller, when the cut
        left the From header), in the log, and said in the status bar."""
        number = event.caller_user
        try:
            e164 = normalise_number(number, self.default_region).target if number else ""
        except NotDialable:
            e164 = ""
        shown = display_number(e164) if e164.startswith("+") else number
        log.warning("call from %s (%s, Call-ID %r) lost: its request was over %d bytes",
                    shown or "an unknown caller", event.source, event.sip_call_id,
                    event.limit)  # fmt: skip
        entry = RecentCall(
            kind="missed", name=event.display_name[:80], number=e164 or number,
            display_number=shown, at=datetime.now(UTC), duration_s=0,
        )  # fmt: skip
        self._remember(entry)
        self.call_lost.emit(
            QCoreApplication.translate(
                "Calls",
                "A call from %1 could not be taken: its request was larger than the phone "
                "accepts (%2 bytes). It is in the recent calls as missed.",
            )
            .replace("%1", shown or QCoreApplication.translate("Calls", "an unknown caller"))
            .replace("%2", str(event.limit))
        )

    # -- helpers --------------------------------------------------------------------------------

    def _phase(self, call_id: int) -> CallPhase | None:
        call = self._calls.get(call_id)
        return call.view.phase if call else None

    def _update(self, call_id: int, **changes: Any) -> None:
        call = self._calls.get(call_id)
        if call is None:
            return
        changes = {k: v for k, v in changes.items() if v is not None}  # None: unchanged
        call.view = replace(call.view, **changes)
        self._changed()

    def _changed(self) -> None:
        self.calls_changed.emit(self.calls())

    async def _dial(self, engine: PhoneEngine, account: str, dialable: Dialable) -> None:
        call_id = await asyncio.wrap_future(engine.make_call(account, dialable.target))
        view = CallView(
            call_id=call_id,
            incoming=False,
            phase=CallPhase.DIALING,
            name="",
            number=dialable.display,
            started_at=time.monotonic(),
            e164=e164_of(dialable.target),
        )
        self._calls[call_id] = CallRecord(view, account, dialable.target)
        self._changed()
        self.outgoing_call.emit(view)
        for handle in self._unclaimed.pop(call_id, []):  # its progress so far, in order
            handle()
        caller, self._consult_for = self._consult_for, None
        if caller is not None:
            self.consultation_started.emit(caller, call_id)

    def _command(self, action: Callable[[PhoneEngine], Future[Any]]) -> None:
        engine = self.telephony.engine
        if engine is None:
            return

        async def run() -> None:
            await asyncio.wrap_future(action(engine))

        self._spawn(run())

    def _spawn(self, coroutine: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)

    def _on_task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled() or task.exception() is None:
            return
        log.warning("phone command failed: %s", task.exception())
        self.problem.emit(str(task.exception()))
