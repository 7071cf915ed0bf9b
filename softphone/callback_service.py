"""The callback queue on the agent's desk: a request is assigned, pops, is dialled, is closed.

The dispatcher thread (crm.callback_dispatch) claims a request whenever this service says the
agent is free: available, no call up, no request on screen. The request then pops like a call:
the caller's card and ticket history in the screen-pop (CtiService), the request and the
script in the callback tab. A countdown runs; at zero the phone dials by itself (progressive
dialling), or the agent dials at once or skips with a reason. After the call the agent picks
the outcome; it goes to the outbox with the script's answers, and the store schedules the next
try by the rules.

Threads: the Qt main thread; the dispatcher's events come through an inbox.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from crm.callback_dispatch import (
    CallbackDispatcher,
    DispatchFailed,
    QueueChanged,
    RequestAssigned,
    RequestLost,
)
from crm.callbacks import ClaimedRequest, QueueEntry, queue_entries
from softphone.call_record import FinishedCall
from softphone.calls import CallCenter
from softphone.cti import CtiService
from softphone.presenters import display_number, topic_label
from softphone.sync_service import SyncService
from softphone.thread_hop import Inbox
from ui.callback_queue import CallbackQueuePanel
from ui.viewmodels import AgentState, CallbackCounts, CallbackRequestView, CallbackRow, CallView

log = logging.getLogger(__name__)

QUEUE_REFRESH_MS = 500  # the supervisor's list: one re-read per burst of queue changes
# Claims and dial marks are not in the change feed (passing states): the supervisor's list also
# re-reads the queue this often to show who has what.
QUEUE_POLL_MS = 5000
# What the phone saw at the end of an unanswered call, as the outcome to suggest.
_BUSY = {486, 600}
_WRONG_NUMBER = {404, 410, 484, 604}


def suggested_outcome(finished: FinishedCall) -> str:
    if finished.answered:
        return "reached"
    if finished.end_code in _BUSY:
        return "busy"
    if finished.end_code in _WRONG_NUMBER:
        return "wrong_number"
    return "no_answer"


class CallbackService(QObject):
    assigned = Signal(object)  # ClaimedRequest, once on screen
    closed = Signal(str, str)  # request uid, outcome: the outcome is in the outbox

    def __init__(
        self,
        dispatcher_factory: Callable[[Callable[[object], None]], CallbackDispatcher],
        calls: CallCenter,
        cti: CtiService,
        sync: SyncService,
        panel: CallbackQueuePanel,
        *,
        spawn: Callable[[Coroutine[Any, Any, Any]], object],
        topic_names: dict[str, dict[str, str]],
        language: str,
        agent_name: str,
        preview_seconds: int,
        dial_format: Callable[[], str] = lambda: "{number}",
        takes_requests: bool = True,
        phone_ready: Callable[[], bool] = lambda: True,
        supervisor: bool = False,
        show_tab: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._cti = cti
        self._sync = sync
        self._panel = panel
        self._spawn = spawn
        self._topic_names = topic_names
        self._language = language
        self._agent_name = agent_name
        self._preview_seconds = max(0, preview_seconds)
        self._dial_format = dial_format
        self._takes_requests = takes_requests
        self._phone_ready = phone_ready
        self._supervisor = supervisor
        self._show_tab = show_tab
        # The dispatcher's news, each kind to its own handler (they come through one inbox).
        self._handlers: dict[type, Callable[[Any], None]] = {
            RequestAssigned: self._on_dispatcher_request_assigned,
            RequestLost: self._on_dispatcher_request_lost,
            QueueChanged: self._on_dispatcher_queue_changed,
            DispatchFailed: self._on_dispatcher_dispatch_failed,
        }
        self._inbox = Inbox(self._deliver, self)
        self.dispatcher = dispatcher_factory(self._inbox.post)
        self._request: ClaimedRequest | None = None
        self._session: Any = None  # softphone.script_session.ScriptSession
        self._dialled = False
        self._call_id: int | None = None
        self._started_at: datetime | None = None
        self._left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_countdown_timeout)
        self._queue_timer = QTimer(self)
        self._queue_timer.setSingleShot(True)
        self._queue_timer.setInterval(QUEUE_REFRESH_MS)
        self._queue_timer.timeout.connect(self._refresh_queue)
        self._queue_poll = QTimer(self)
        self._queue_poll.setInterval(QUEUE_POLL_MS)
        self._queue_poll.timeout.connect(self._refresh_queue)

        request = panel.request
        request.dial_requested.connect(self._on_request_dial_requested)
        request.skip_requested.connect(self._on_request_skip_requested)
        request.outcome_chosen.connect(self._on_request_outcome_chosen)
        calls.agent_state_changed.connect(self._on_calls_agent_state_changed)
        calls.calls_changed.connect(self._on_calls_changed)
        calls.outgoing_call.connect(self._on_calls_outgoing_call)
        calls.call_finished.connect(self._on_calls_call_finished)
        calls.problem.connect(self._on_calls_problem)
        sync.data_changed.connect(self._on_sync_data_changed)
        panel.set_supervisor(supervisor)

    # -- life cycle ----------------------------------------------------------------------------

    def start(self) -> None:
        self.dispatcher.start()
        self._update_ready()
        if self._supervisor:
            self._queue_timer.start()
            self._queue_poll.start()

    def stop(self) -> None:
        """The app closes: an undialled request goes back to the queue for a colleague now,
        not when its lease runs out."""
        self._countdown.stop()
        self._queue_poll.stop()
        if self._request is not None and not self._dialled:
            self.dispatcher.give_back(self._request.uid)
        self.dispatcher.stop()
        self._inbox.close()

    @property
    def request(self) -> ClaimedRequest | None:
        return self._request

    # -- readiness -----------------------------------------------------------------------------

    def refresh_ready(self) -> None:
        """Something the readiness depends on changed (the phone registered or lost its PBX)."""
        self._update_ready()

    def _update_ready(self) -> None:
        free = (
            self._takes_requests
            and self._phone_ready()
            and self._calls.state is AgentState.AVAILABLE
            and not self._calls.calls()
            and self._request is None
        )
        self.dispatcher.set_ready(free)

    def _on_calls_agent_state_changed(self, state: AgentState, _reason: str, _left: int) -> None:
        request = self._request
        if state is AgentState.PAUSED and request is not None and not self._dialled:
            # A break before the dial: the request goes back for a colleague, untouched.
            self._countdown.stop()
            self.dispatcher.give_back(request.uid)
            self._clear()
        self._update_ready()

    def _on_calls_changed(self, _calls: tuple[CallView, ...]) -> None:
        self._update_ready()

    # -- the dispatcher's news (Qt thread, through the inbox) ----------------------------------

    def _deliver(self, event: object) -> None:
        handler = self._handlers.get(type(event))
        if handler is not None:
            handler(event)

    def _on_dispatcher_queue_changed(self, event: QueueChanged) -> None:
        counts = event.counts
        order = list(self.dispatcher.languages)
        due = sorted(
            counts.due_by_language.items(),
            key=lambda item: (order.index(item[0]) if item[0] in order else 99, item[0]),
        )
        self._panel.set_counts(CallbackCounts(tuple(due), counts.next_due_at))

    def _on_dispatcher_dispatch_failed(self, _event: DispatchFailed) -> None:
        self._panel.set_counts(CallbackCounts((), None, offline=True))

    def _on_dispatcher_request_assigned(self, event: RequestAssigned) -> None:
        request = event.request
        if self._request is not None or self._calls.calls():
            # A call came in between the claim and now: the request goes back untouched.
            self.dispatcher.give_back(request.uid)
            return
        self._request = request
        self._dialled, self._call_id = False, None
        self._started_at = None
        view = self._request_view(request, event.script is not None)
        self._panel.request.show_request(view, event.sla_minutes_left)
        self._show_script(request, event.script)
        self._cti.preview_callback(
            request.phone_e164,
            display_number(request.phone_e164),
            request.caller_name,
            request.contact_uid or "",
            request.ticket_uid or "",
        )
        self._show_tab()
        self._left = self._preview_seconds
        self._panel.request.set_countdown(self._left, self._preview_seconds)
        if self._preview_seconds:
            self._countdown.start()
        self.assigned.emit(request)

    def _request_view(self, request: ClaimedRequest, has_script: bool) -> CallbackRequestView:
        return CallbackRequestView(
            uid=request.uid,
            kind=request.kind,
            caller=request.caller_name,
            number=display_number(request.phone_e164),
            language=request.language,
            topic=topic_label(self._topic_names, request.topic_code, self._language),
            message=request.message,
            window_start=request.window_start,
            window_end=request.window_end,
            attempts=request.attempts,
            max_attempts=request.max_attempts,
            last_outcome=request.last_outcome or "",
            ticket_number=request.ticket_number or "",
            sla_due_at=request.sla_due_at,
            has_script=has_script,
        )

    def _show_script(self, request: ClaimedRequest, script: Any) -> None:
        if script is None:
            self._session = None
            self._panel.show_script(None)
            return
        from softphone.script_session import ScriptSession

        first, _, last = request.caller_name.partition(" ")
        values = {
            "first_name": first,
            "last_name": last,
            "caller_name": request.caller_name,
            "agent_name": self._agent_name,
            "ticket_number": request.ticket_number or "",
            "ticket_subject": request.ticket_subject or "",
            "topic": topic_label(self._topic_names, request.topic_code, request.language),
        }
        self._session = ScriptSession(script, {k: v for k, v in values.items() if v}, parent=self)
        self._panel.show_script(self._session.panel)

    def _on_dispatcher_request_lost(self, event: RequestLost) -> None:
        uid = event.uid
        if self._request is None or self._request.uid != uid or self._dialled:
            return
        self._countdown.stop()
        self._cti.end_preview()
        self._clear()
        self._panel.request.show()
        self._panel.request.show_status(
            self.tr("This request was given to a colleague (the connection was lost).")
        )

    # -- the agent's actions -------------------------------------------------------------------

    def _on_countdown_timeout(self) -> None:
        self._left -= 1
        self._panel.request.set_countdown(self._left, self._preview_seconds)
        if self._left <= 0:
            self._countdown.stop()
            self._on_request_dial_requested()

    def _on_request_dial_requested(self) -> None:
        request = self._request
        if request is None or self._dialled:
            return
        self._countdown.stop()
        self._dialled = True
        self._spawn(self._dial(request))

    async def _dial(self, request: ClaimedRequest) -> None:
        try:
            mine = await asyncio.wrap_future(self.dispatcher.begin_dial(request.uid))
        except Exception as exc:
            log.info("callback not dialled: %s", exc)
            mine = False
        if self._request is not request:
            return
        if not mine:
            self._dialled = False
            self._cti.end_preview()
            self._clear()
            self._panel.request.show()
            self._panel.request.show_status(
                self.tr("This request is no longer yours; it was not dialled.")
            )
            return
        self._started_at = datetime.now(UTC)
        self._panel.request.show_calling()
        self._calls.dial(self._dial_format().replace("{number}", request.phone_e164))

    def _on_calls_outgoing_call(self, view: CallView) -> None:
        request = self._request
        waiting = request is not None and self._dialled and self._call_id is None
        if waiting and request is not None and view.e164 == request.phone_e164:
            self._call_id = view.call_id

    def _on_calls_problem(self, message: str) -> None:
        """The phone could not dial the request (no PBX, a refused number): it goes to a
        colleague, not counted as a try, and this desk is not offered it again for a while."""
        request = self._request
        if request is None or not self._dialled or self._call_id is not None:
            return
        self._panel.request.show_status(message)
        self._spawn(self._close(request, "skipped", None, skip_reason=f"dial failed: {message}"))

    def _on_calls_call_finished(self, finished: FinishedCall) -> None:
        if self._request is None or finished.view.call_id != self._call_id:
            return
        self._panel.request.show_outcomes(suggested_outcome(finished))

    def _on_request_skip_requested(self, reason: str, words: str) -> None:
        request = self._request
        if request is None or self._dialled:
            return
        self._countdown.stop()
        self._cti.end_preview()
        text = f"{reason}: {words}" if words else reason
        self._spawn(self._close(request, "skipped", None, skip_reason=text))

    def _on_request_outcome_chosen(self, outcome: str, later: datetime | None) -> None:
        request = self._request
        if request is None:
            return
        self._spawn(self._close(request, outcome, later))

    async def _close(
        self,
        request: ClaimedRequest,
        outcome: str,
        later: datetime | None,
        *,
        skip_reason: str | None = None,
    ) -> None:
        """The script's answers, then the outcome, into the outbox; then the next request."""
        now = datetime.now(UTC)
        key = f"cb-{request.uid}-{uuid.uuid4().hex[:12]}"
        session = self._session
        if session is not None and session.answers():
            await self._sync.write(
                "script_run.save",
                session.save_payload(
                    ticket_uid=request.ticket_uid, callback_request_uid=request.uid
                ),
                f"{key}:script",
            )
        payload: dict[str, Any] = {
            "request_uid": request.uid,
            "outcome": outcome,
            "started_at": (self._started_at or now).isoformat(),
            "ended_at": now.isoformat(),
        }
        if skip_reason:
            payload["skip_reason"] = skip_reason
        if later is not None:
            payload["next_attempt_at"] = later.astimezone(UTC).isoformat()
        await self._sync.write("callback.outcome", payload, key)
        self.dispatcher.finish(request.uid, key)
        if self._request is request:
            self._clear()
        self.closed.emit(request.uid, outcome)

    def _clear(self) -> None:
        self._request, self._session = None, None
        self._dialled, self._call_id = False, None
        self._panel.request.clear()
        self._panel.show_script(None)
        self._update_ready()

    # -- the supervisor's view -----------------------------------------------------------------

    def _on_sync_data_changed(self, tables: set[str]) -> None:
        if "callback_requests" in tables:
            self.dispatcher.wake()
            if self._supervisor:
                self._queue_timer.start()

    def _refresh_queue(self) -> None:
        self._spawn(self._load_queue())

    async def _load_queue(self) -> None:
        try:
            entries: list[QueueEntry] = await asyncio.wrap_future(
                self.dispatcher.query(lambda conn, calendar: queue_entries(conn, calendar))
            )
        except Exception as exc:
            log.info("the callback queue could not be read: %s", exc)
            return
        self._panel.set_requests(tuple(self._row(e) for e in entries))

    def _row(self, entry: QueueEntry) -> CallbackRow:
        return CallbackRow(
            kind=entry.kind,
            caller=entry.caller_name,
            number=display_number(entry.phone_e164),
            language=entry.language,
            topic=topic_label(self._topic_names, entry.topic_code, self._language),
            due_from=None,
            due_until=None,
            booked_at=entry.booked_at,
            status=entry.status,
            agent=entry.agent_login or "",
            attempts=entry.attempts,
            max_attempts=entry.max_attempts,
            due_at=entry.due_at,
            sla_due_at=entry.sla_due_at,
            sla_minutes_left=entry.sla_minutes_left,
        )
