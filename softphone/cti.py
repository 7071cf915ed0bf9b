"""CTI: the caller's card on screen while the phone rings, the call's note, the call's log entry.

On a ringing (or dialled) call the service asks the store for the number's contacts, tickets and
history (`SyncClient.read_caller`: the central store with a short timeout, else the local cache)
off the Qt thread and shows the card; the ring and answer controls never wait for it.

The note typed during the call is saved to the local store as a draft a moment after each change,
so a crash loses nothing; when the call and its wrap-up are over it becomes part of the call's
interaction (time, duration, direction, agent, caller, ticket, recording, IVR data), written
through the outbox, and the draft is dropped. A draft left by a crash is offered again on start.
"""

from __future__ import annotations

import dataclasses
import logging
import time
import uuid
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from crm.callers import CallerRecords
from crm.limits import MAX_TEXT_CHARS
from softphone.call_record import FinishedCall
from softphone.calls import CallCenter
from softphone.dialling import NotDialable, normalise_number
from softphone.ivr import ivr_callback
from softphone.presenters import caller_pop, display_number, pop_ticket, topic_label
from softphone.settings import UI_LANGUAGES
from softphone.sync_service import SyncService
from ui.formatting import language_name
from ui.screen_pop import ScreenPopPanel
from ui.search_dialog import SearchDialog
from ui.viewmodels import AgentState, CallerPop, CallPhase, CallView, FollowUp, SearchRow

log = logging.getLogger(__name__)

PREVIEW_CALL_ID = -2  # the card of a callback shown before its call is dialled
DRAFT_SAVE_DELAY_MS = 300  # after the last keystroke
REFRESH_DELAY_MS = 200  # changes arrive in bursts: one re-read for a burst
CALLBACK_WINDOW = timedelta(hours=1)  # a callback booked at wrap-up: from the time, for an hour


@dataclass
class _CallNote:
    view: CallView
    draft_key: str = field(default_factory=lambda: uuid.uuid4().hex)
    note: str = ""
    contact_uid: str = ""
    ticket_uid: str = ""
    finished: FinishedCall | None = None
    caller_language: str = ""  # the contact's preferred language, from the card

    def context(self) -> dict[str, Any]:
        return {
            "e164": self.view.e164,
            "number": self.view.number,
            "incoming": self.view.incoming,
            "contact_uid": self.contact_uid,
            "ticket_uid": self.ticket_uid,
        }


class CtiService(QObject):
    popped = Signal(object)  # CallerPop, once painted
    cleared = Signal()  # no caller's card on screen any more

    def __init__(
        self,
        calls: CallCenter,
        sync: SyncService,
        panel: ScreenPopPanel,
        *,
        spawn: Callable[[Coroutine[Any, Any, Any]], object],
        topic_names: dict[str, dict[str, str]],
        language: str,
        outcomes: Sequence[tuple[str, str | None, str]] = (),
        back_offices: Sequence[tuple[str, str]] = (),
        search: SearchDialog | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._sync = sync
        self._panel = panel
        self._spawn = spawn
        self._topic_names = topic_names
        self._language = language
        self._outcomes = list(outcomes)  # (code, topic or None for all, label)
        self._notes: dict[int, _CallNote] = {}
        self._shown: int | None = None  # the call whose card is on screen
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(DRAFT_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_draft)
        calls.incoming_call.connect(self._on_call)
        calls.outgoing_call.connect(self._on_call)
        calls.call_finished.connect(self._on_finished)
        calls.agent_state_changed.connect(self._on_agent_state)
        page = panel.caller_page
        page.note_changed.connect(self._on_note)
        page.attach_requested.connect(self._on_attach)
        page.contact_chosen.connect(self._on_contact)
        page.ticket_create.connect(self._on_ticket_create)
        page.reopen_requested.connect(self._on_reopen)
        page.contact_create.connect(self._on_contact_create)
        page.set_back_offices(list(back_offices))
        page.set_note_limit(MAX_TEXT_CHARS)  # what the outbox takes: the note never outgrows it
        page.set_choices(
            sorted(
                ((code, topic_label(topic_names, code, language)) for code in topic_names),
                key=lambda item: item[1],
            ),
            [(code, language_name(code)) for code in UI_LANGUAGES],
        )
        # Fresh data for the card on screen: the agent's own changes once they are in the
        # store, and other agents' changes as the feed brings them.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        sync.data_changed.connect(self._on_data_changed)
        self._browsing = False  # a card opened by search is on screen
        page.closed.connect(self._close_browse)
        self._search = search
        if search is not None:
            # Bound methods, not lambdas: Qt drops these connections when this object goes
            # (the store was switched), so an old service never answers a search.
            search.query_changed.connect(self._on_query)
            search.contact_chosen.connect(self._on_search_chosen)
        self._recovered: tuple[str, dict[str, Any]] | None = None
        panel.recovered_kept.connect(self._keep_recovered)

    # -- the card ----------------------------------------------------------------------------

    def _on_call(self, view: CallView) -> None:
        preview = self._notes.get(PREVIEW_CALL_ID)
        if preview is not None and not view.incoming and view.e164 == preview.view.e164:
            # The callback's call: it keeps the preview's note, caller and ticket.
            del self._notes[PREVIEW_CALL_ID]
            note = _CallNote(
                view,
                draft_key=preview.draft_key,
                note=preview.note,
                contact_uid=preview.contact_uid,
                ticket_uid=preview.ticket_uid,
            )
        else:
            note = _CallNote(view)
        self._notes[view.call_id] = note
        self._spawn(self._pop(note))

    def preview_callback(
        self, e164: str, number: str, name: str, contact_uid: str, ticket_uid: str
    ) -> None:
        """The card of a callback request before it is dialled, on the request's ticket."""
        view = CallView(
            call_id=PREVIEW_CALL_ID, incoming=False, phase=CallPhase.DIALING, name=name,
            number=number, started_at=time.monotonic(), e164=e164,
        )  # fmt: skip
        note = _CallNote(view, contact_uid=contact_uid, ticket_uid=ticket_uid)
        self._notes[PREVIEW_CALL_ID] = note
        self._spawn(self._pop(note))

    def end_preview(self) -> None:
        """The callback was passed on undialled: its card goes (a note typed stays a draft)."""
        note = self._notes.pop(PREVIEW_CALL_ID, None)
        if note is None:
            return
        if note.note.strip():
            self._spawn(self._sync.save_draft(note.draft_key, note.note, note.context()))
        if self._shown == PREVIEW_CALL_ID:
            self._save_timer.stop()
            self._shown = None
            self._show_idle()

    async def _pop(self, note: _CallNote) -> None:
        view = note.view
        if view.e164:
            result = await self._sync.read_caller(view.e164)
            records, from_cache = result.records, result.source == "cache"
        else:
            records, from_cache = CallerRecords(), False
        pop: CallerPop = caller_pop(
            view,
            records,
            from_cache=from_cache,
            topic_names=self._topic_names,
            language=self._language,
        )
        on_cards = {t.uid for card in pop.cards for t in card.tickets}
        if note.ticket_uid and note.ticket_uid not in on_cards:
            # A callback request's ticket, for a number no contact has: listed all the same.
            ticket = await self._sync.read_ticket(note.ticket_uid)
            if ticket is not None:
                listed = pop_ticket(ticket, self._topic_names, self._language)
                pop = dataclasses.replace(pop, call_tickets=(listed,))
        if self._notes.get(view.call_id) is not note:
            return  # the call ended before the store answered
        if self._browsing and self._shown == view.call_id:
            return  # a refresh while the agent looks at a card from search: later
        if pop.cards and note.contact_uid not in {card.uid for card in pop.cards}:
            note.contact_uid = pop.cards[0].uid  # the card shown first (a chooser if several)
        self._shown = view.call_id
        self._browsing = False
        self._panel.show_caller(pop, note.note)
        if note.ticket_uid:
            self._panel.caller_page.mark_attached(note.ticket_uid)
        self.popped.emit(pop)

    def _show_idle(self) -> None:
        self._panel.show_idle()
        self.cleared.emit()

    # -- search ------------------------------------------------------------------------------

    def _on_query(self, query: str) -> None:
        self._spawn(self._run_search(query))

    def _on_search_chosen(self, contact_uid: str) -> None:
        self._spawn(self._browse(contact_uid))

    async def _run_search(self, query: str) -> None:
        if self._search is None:
            return
        e164 = ""
        if query and sum(ch.isdigit() for ch in query) >= 6:
            try:
                e164 = normalise_number(query, self._calls.default_region).target
            except NotDialable:
                e164 = ""
        result = await self._sync.search(query, e164 if e164.startswith("+") else None)
        rows = [SearchRow(h.kind, h.title, h.detail, h.contact_uid) for h in result.hits]
        self._search.set_results(query, rows, result.source == "cache")

    async def _browse(self, contact_uid: str) -> None:
        result = await self._sync.read_contact(contact_uid)
        phones = [p for c in result.records.contacts for p in c.phones]
        number = display_number(phones[0]) if phones else ""
        view = CallView(
            call_id=-1, incoming=False, phase=CallPhase.ENDED, name="", number=number,
            started_at=0.0,
        )  # fmt: skip
        pop = caller_pop(
            view,
            result.records,
            from_cache=result.source == "cache",
            topic_names=self._topic_names,
            language=self._language,
        )
        self._browsing = True
        self._panel.show_caller(pop)
        self.popped.emit(pop)

    def _close_browse(self) -> None:
        self._browsing = False
        note = self._current()
        if note is not None:
            self._spawn(self._pop(note))  # back to the call's card
        else:
            self._show_idle()

    def _current(self) -> _CallNote | None:
        return None if self._shown is None else self._notes.get(self._shown)

    def _on_contact(self, uid: str) -> None:
        note = self._current()
        if note is not None:
            note.contact_uid, note.ticket_uid = uid, ""

    def _on_attach(self, ticket_uid: str) -> None:
        note = self._current()
        if note is not None:
            note.ticket_uid = ticket_uid
            self._save_timer.start()

    def _on_data_changed(self, tables: set[str]) -> None:
        if self._current() is not None and tables & {"contacts", "tickets", "interactions"}:
            self._refresh_timer.start()

    def _refresh(self) -> None:
        note = self._current()
        if note is not None:
            self._spawn(self._pop(note))

    def _on_ticket_create(self, subject: str, topic: str, language: str) -> None:
        note = self._current()
        if note is None or not note.contact_uid:
            return
        uid = uuid.uuid4().hex
        note.ticket_uid = uid  # the call is logged on the new ticket
        self._panel.caller_page.mark_attached(uid)
        self._save_timer.start()
        self._spawn(
            self._sync.write(
                "ticket.create", _ticket_payload(uid, subject, topic, language, note.contact_uid)
            )
        )

    def _on_reopen(self, ticket_uid: str) -> None:
        self._spawn(
            self._sync.write(
                "ticket.update",
                {
                    "ticket_uid": ticket_uid,
                    "fields": {"status": "reopened"},
                    "changed_at": datetime.now(UTC).isoformat(),
                },
            )
        )

    def _on_contact_create(self, first: str, last: str, language: str, email: str) -> None:
        note = self._current()
        if note is None or not note.view.e164:
            return
        uid = uuid.uuid4().hex
        note.contact_uid = uid
        self._save_timer.start()
        self._spawn(
            self._sync.write(
                "contact.create",
                {
                    "uid": uid,
                    "first_name": first,
                    "last_name": last,
                    "preferred_language": language or None,
                    "email": email or None,
                    "phones": [{"e164": note.view.e164, "label": "mobile"}],
                },
            )
        )

    # -- the note ----------------------------------------------------------------------------

    def _on_note(self, text: str) -> None:
        note = self._current()
        if note is None:
            return
        note.note = text
        self._save_timer.start()

    def _draft_context(self, note: _CallNote) -> dict[str, Any]:
        """The note's context, with what is known of its call so far: if the app dies now, the
        next start logs the call with it (recovered_call)."""
        facts = self._calls.facts(note.view.call_id)
        return {**note.context(), **facts, "saved_at": datetime.now(UTC).isoformat()}

    def _save_draft(self) -> None:
        note = self._current()
        if note is None:
            return
        self._spawn(self._sync.save_draft(note.draft_key, note.note, self._draft_context(note)))

    async def flush_draft(self) -> None:
        """Save the note being typed now (the app is closing)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            note = self._current()
            if note is not None:
                await self._sync.save_draft(note.draft_key, note.note, self._draft_context(note))

    # -- after the call ----------------------------------------------------------------------

    def _on_finished(self, finished: FinishedCall) -> None:
        note = self._notes.get(finished.view.call_id)
        if note is None:
            return
        note.finished = finished
        if self._shown == finished.view.call_id and finished.answered:
            topic = finished.view.topic_code
            self._panel.caller_page.show_wrap_up(
                [(code, label) for code, for_topic, label in self._outcomes
                 if for_topic is None or for_topic == topic],
                can_call_back=bool(finished.e164),
            )  # fmt: skip
        if self._calls.state not in (AgentState.WRAP_UP, AgentState.ON_CALL):
            self._log_finished()  # e.g. a missed call: no wrap-up follows

    def _on_agent_state(self, state: AgentState, _reason: str, _left: int) -> None:
        if state not in (AgentState.WRAP_UP, AgentState.ON_CALL):
            self._log_finished()

    def _log_finished(self) -> None:
        """Wrap-up is over: each ended call becomes an interaction with its note."""
        for call_id, note in list(self._notes.items()):
            if note.finished is None:
                continue
            del self._notes[call_id]
            disposition, follow_up = "", FollowUp()
            if self._shown == call_id:
                disposition = self._panel.caller_page.chosen_disposition
                follow_up = self._panel.caller_page.chosen_follow_up
                card = self._panel.caller_page.card
                note.caller_language = card.language if card else ""
                self._save_timer.stop()
                self._shown = None
                self._show_idle()
            self._spawn(self._log(note, note.finished, disposition, follow_up))

    # -- notes a crash interrupted ------------------------------------------------------------

    def show_recovered(self) -> None:
        """Offer the first note a crash left behind (the panel says where it came from), once
        the local store has been read off this thread."""
        self._spawn(self._show_recovered())

    async def _show_recovered(self) -> None:
        found = await self._sync.run_local(lambda local: local.drafts())
        drafts = [(k, b, c) for k, b, c in found if b.strip()]
        if drafts:
            key, body, context = drafts[0]
            self._recovered = (key, context)
            self._panel.show_recovered(body, str(context.get("number") or ""))
        else:
            self._recovered = None
            self._panel.hide_recovered()

    def _keep_recovered(self, body: str) -> None:
        if self._recovered is None:
            return
        key, context = self._recovered
        self._recovered = None
        self._spawn(self._save_recovered(key, body, context))

    async def _save_recovered(self, key: str, body: str, context: dict[str, Any]) -> None:
        await self._sync.write("interaction.append", recovered_call(key, body, context))
        await self._sync.drop_draft(key)
        await self._show_recovered()

    async def _log(
        self, note: _CallNote, call: FinishedCall, disposition: str, follow_up: FollowUp
    ) -> None:
        """The call's interaction, then its follow-up, in this order in the outbox. The keys
        derive from the call's, so logging the same call again changes nothing."""
        key = note.draft_key
        try:
            if follow_up.kind == "back_office" and not note.ticket_uid:
                # Forwarding needs a ticket: one from the call, as "New ticket" would make it.
                note.ticket_uid = f"{key[:28]}-tkt"
                await self._sync.write(
                    "ticket.create",
                    self._ticket_from_call(note, call, note.ticket_uid),
                    f"{key}:ticket",
                )
            await self._sync.write(
                "interaction.append", self._call_payload(note, call, disposition)
            )
            if follow_up.kind == "back_office":
                await self._sync.write(
                    "ticket.update",
                    {
                        "ticket_uid": note.ticket_uid,
                        "fields": {"back_office": follow_up.back_office, "status": "pending"},
                        "changed_at": datetime.now(UTC).isoformat(),
                    },
                    f"{key}:forward",
                )
            elif follow_up.kind == "callback" and follow_up.callback_at and call.e164:
                await self._sync.write(
                    "callback.request",
                    self._callback_from_call(note, call, follow_up.callback_at),
                    f"{key}:callback",
                )
            elif not call.answered and call.view.incoming and call.e164:
                asked, at = ivr_callback(call.view.callback_wish)
                if asked:  # the caller asked the IVR for a callback and hung up before we answered
                    await self._sync.write(
                        "callback.request", self._callback_from_ivr(note, call, at), f"{key}:ivr"
                    )
        except Exception:  # the local disk failed: keep the draft, say it in the log
            log.exception("the call could not be logged; its note stays as a draft")
            return
        await self._sync.drop_draft(note.draft_key)

    def _ticket_from_call(self, note: _CallNote, call: FinishedCall, uid: str) -> dict[str, Any]:
        topic = self._known_topic(call)
        about = topic_label(self._topic_names, topic, self._language) if topic else ""
        subject = (
            self.tr("%1: call from %2").replace("%1", about).replace("%2", call.view.number)
            if about
            else self.tr("Call from %1").replace("%1", call.view.number)
        )
        return _ticket_payload(uid, subject, topic, note.view.language, note.contact_uid)

    def _known_topic(self, call: FinishedCall) -> str | None:
        """The IVR's topic when the store knows it (a PBX may send codes it has not got)."""
        return call.view.topic_code if call.view.topic_code in self._topic_names else None

    def _callback_from_call(
        self, note: _CallNote, call: FinishedCall, at: datetime
    ) -> dict[str, Any]:
        return {
            "kind": "scheduled",
            "source": "agent",
            "phone_e164": call.e164,
            # The language the caller chose in the IVR, else the one they are known to speak.
            "language": note.view.language or note.caller_language or self._language,
            "topic_code": self._known_topic(call),
            "contact_uid": note.contact_uid or None,
            "ticket_uid": note.ticket_uid or None,
            "caller_name": call.view.name,
            "window_start": at.astimezone(UTC).isoformat(),
            "window_end": (at + CALLBACK_WINDOW).astimezone(UTC).isoformat(),
            "consent": True,  # asked for on the phone, with the agent
        }

    def _callback_from_ivr(
        self, note: _CallNote, call: FinishedCall, at: datetime | None
    ) -> dict[str, Any]:
        view = call.view
        return {
            "kind": "now" if at is None else "scheduled",
            "source": "ivr",
            "phone_e164": call.e164,
            "language": view.language or self._language,
            "topic_code": self._known_topic(call),
            "contact_uid": note.contact_uid or None,
            "caller_name": view.name,
            "window_start": at.astimezone(UTC).isoformat() if at else None,
            "window_end": (at + CALLBACK_WINDOW).astimezone(UTC).isoformat() if at else None,
            "consent": True,  # the caller pressed the IVR's "call me back" key
        }

    def _call_payload(
        self, note: _CallNote, call: FinishedCall, disposition: str
    ) -> dict[str, Any]:
        return {
            "uid": note.draft_key,  # one call, one interaction, however often this is retried
            "kind": "call",
            "direction": "inbound" if call.view.incoming else "outbound",
            "occurred_at": call.started_at.isoformat(),
            "duration_s": call.duration_s,
            "phone_e164": call.e164 or None,
            "sip_call_id": call.sip_call_id or None,
            "contact_uid": note.contact_uid or None,
            "ticket_uid": note.ticket_uid or None,
            "subject": None,
            "disposition_code": disposition or None,
            "body": note.note,
            "recording_ref": call.recording_ref,
            "ivr_data": call.ivr,
        }


ENDED_ABNORMALLY = "ended_abnormally"  # the outcome of a call the app's death cut short


def recovered_call(key: str, body: str, context: dict[str, Any]) -> dict[str, Any]:
    """The interaction for a note a crash left behind: the call it was typed in, logged as one
    that ended abnormally, with what its draft knew (start, talk time up to the last save,
    number, Call-ID, IVR data). A draft from before these were kept is still a call, now."""

    def when(name: str) -> datetime | None:
        try:
            return datetime.fromisoformat(str(context[name]))
        except (KeyError, TypeError, ValueError):
            return None

    started, connected, saved = when("started_at"), when("connected_at"), when("saved_at")
    incoming = context.get("incoming")
    return {
        "uid": key,
        "kind": "call",
        "direction": "outbound" if incoming is False else "inbound",
        "occurred_at": (started or datetime.now(UTC)).isoformat(),
        # At least this long: the call was still up when the note was last saved.
        "duration_s": max(0, int((saved - connected).total_seconds()))
        if saved and connected
        else None,
        "phone_e164": context.get("e164") or None,
        "sip_call_id": context.get("sip_call_id") or None,
        "contact_uid": context.get("contact_uid") or None,
        "ticket_uid": context.get("ticket_uid") or None,
        "disposition_code": ENDED_ABNORMALLY,
        "body": body,
        "ivr_data": dict(context.get("ivr") or {}),
    }


def _ticket_payload(
    uid: str, subject: str, topic: str | None, language: str | None, contact_uid: str | None
) -> dict[str, Any]:
    """A ticket made from a call, as the outbox carries it."""
    return {
        "uid": uid,
        "subject": subject,
        "topic_code": topic or None,
        "language": language or None,
        "channel": "phone",
        "contact_uid": contact_uid or None,
        "created_at": datetime.now(UTC).isoformat(),
    }
