"""The caller's card while the phone rings, the call's note and its log entry (pytest-qt), with
real pjsua2 calls on loopback into the demo store."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from PySide6.QtCore import QDateTime, Qt, QTime

from softphone.app import DEMO_AGENT_LOGIN, AppController, AppOptions, embedded_store_url
from softphone.paths import app_paths, resources_dir
from softphone.settings import Settings
from softphone.sync_service import local_store_path
from tests.support import process
from tests.support.app_driver import (
    click,
    disconnected,
    peer,
    peer_event,
    ring,
    running,
)
from tests.support.demo_store import NOTE, caller_with_open_ticket, store_rows
from tests.support.qt_async import until, wait_signal
from ui.i18n import apply_language
from ui.viewmodels import AgentState, CallPhase

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("no_store_on_qt_thread")]


def shoot(app: AppController, qtbot: Any, name: str, folder: Path) -> None:
    """A screenshot of the window; `make screenshots` keeps these in docs/."""
    qtbot.wait(50)  # let queued layout and paint events settle before grabbing
    image = app.window.grab()
    assert image.width() > 200 and image.save(str(folder / f"card-{name}.png"))


@pytest.fixture
def shots(app: AppController, tmp_path: Path) -> Iterator[Path]:
    apply_language(app.app, "en", resources_dir() / "translations")  # as the app does
    app.window.resize(1440, 860)
    yield Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)
    apply_language(app.app, "C", resources_dir() / "translations")  # back to the source text


async def test_a_known_caller_pops_with_ivr_data_tickets_and_history_before_answering(
    app: AppController, caller_tone: str, qtbot, shots: Path
) -> None:
    window = app.window
    page = window.screen_pop.caller_page

    async with running(app):
        e164, name, number, topic, subject = caller_with_open_ticket(app)
        caller = peer(caller_tone, e164, "caller")
        try:
            call_id, pop = await ring(
                app,
                caller,
                {"X-IVR-Topic": topic, "X-IVR-Language": "it", "X-Caller-Verified": "pin"},
            )
            # On screen while it still rings.
            assert window.incoming.isVisible()
            assert [c.phase for c in app.phone.calls.calls()] == [CallPhase.RINGING]
            assert window.screen_pop.currentWidget() is page
            assert page.title.text() == name
            assert "Verified by telephone PIN" in page.ivr.text()
            assert "Language: Italiano" in page.ivr.text()
            assert page.language_badge.isVisible() and page.language_badge.text() == "Italiano"
            assert not page.chooser.isVisible()
            # Open tickets first, then the closed ones; every ticket of the caller is there.
            statuses = [page.tickets.topLevelItem(i).text(3)
                        for i in range(page.tickets.topLevelItemCount())]  # fmt: skip
            tickets = store_rows(
                app,
                "SELECT count(*) FROM tickets t JOIN contact_phones p"
                " ON p.contact_id = t.contact_id WHERE p.e164 = :e",
                e=e164,
            )
            assert len(statuses) == tickets[0][0]
            closed_seen = False
            for status in statuses:
                closed_seen = closed_seen or status == "Closed"
                assert not (closed_seen and status != "Closed")
            # The whole history, newest first, each entry expandable to its full text.
            history = page.history
            assert history.topLevelItemCount() == len(pop.cards[0].history) > 0
            times = [e.at for e in pop.cards[0].history]
            assert times == sorted(times, reverse=True)
            assert any(
                history.topLevelItem(i).childCount() for i in range(history.topLevelItemCount())
            )

            # The same topic is already open: one click puts this call on that ticket.
            assert page.duplicate.isVisible()
            assert number in page.duplicate_text.text() and subject in page.duplicate_text.text()
            shoot(app, qtbot, "duplicate", shots)
            click(qtbot, page.attach_button)
            assert page.duplicate_text.text() == f"This call goes on ticket {number}."

            click(qtbot, window.incoming.answer_button)
            await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
            qtbot.keyClicks(page.note, NOTE)
            shoot(app, qtbot, "known", shots)
            app.phone.calls.wrap_up_seconds = 60  # time to choose the outcome
            caller.command("hangup", call_id=call_id)
            ended = await disconnected(caller, call_id)
            assert ended.sip_call_id  # the caller's side of the dialog names it

            # Wrap-up: the outcomes for this call's topic and the general ones.
            await until(lambda: page.wrap_up.isVisible())
            offered = {page.disposition.itemData(i) for i in range(1, page.disposition.count())}
            expected = store_rows(
                app,
                "SELECT code FROM disposition_codes WHERE topic_code IS NULL OR topic_code = :t",
                t=topic,
            )
            assert offered == {code for (code,) in expected}
            page.disposition.setCurrentIndex(page.disposition.findData("resolved_first_contact"))
            window.status.state_actions()["available"].trigger()  # wrap-up done
            await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, timeout=10)
            assert window.screen_pop.currentWidget() is window.screen_pop.idle_page

            # The call is logged on the ticket, with its note, through the outbox.
            def logged_call() -> list[Any]:
                return store_rows(
                    app,
                    "SELECT i.direction, i.duration_s, i.body, t.number, a.login, i.phone_e164,"
                    " i.ivr_data, i.disposition_code, i.sip_call_id FROM interactions i"
                    " JOIN tickets t ON t.id = i.ticket_id JOIN agents a ON a.id = i.author_id"
                    " WHERE i.kind = 'call' AND i.body = :note",
                    note=NOTE,
                )

            await until(lambda: bool(logged_call()), timeout=10)
            (logged,) = logged_call()
            direction, duration, body, ticket, author, phone, ivr, outcome, sip_call_id = logged
            assert sip_call_id == ended.sip_call_id  # the dialog's Call-ID, as both sides know it
            assert (direction, ticket, author, phone) == ("inbound", number, "giulia.rossi", e164)
            assert body == NOTE
            assert duration >= 0 and topic in ivr
            assert outcome == "resolved_first_contact"
            await until(lambda: app.session.sync.local.drafts() == [])  # logged: the draft goes
        finally:
            caller.close()


async def test_an_unknown_number_and_a_shared_number(
    app: AppController, caller_tone: str, qtbot, shots: Path
) -> None:
    page = app.window.screen_pop.caller_page

    async with running(app):
        stranger = peer(caller_tone, "+390699999999", "stranger")
        try:
            call_id, pop = await ring(app, stranger, {})
            assert pop.cards == ()
            assert page.title.text() == "Unknown caller"
            assert page.details.text() == "No contact has this number."
            assert not page.duplicate.isVisible() and page.tickets.topLevelItemCount() == 0
            # ... and offers to look the caller up another way.
            click(qtbot, page.search_button)
            assert app.window.search.isVisible()
            app.window.search.hide()
            shoot(app, qtbot, "unknown", shots)
            stranger.command("hangup", call_id=call_id)
            await disconnected(stranger, call_id)
            await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, timeout=10)
        finally:
            stranger.close()

        # A family line: two contacts share the number; the agent chooses.
        (first, second) = store_rows(app, "SELECT id, last_name FROM contacts ORDER BY id LIMIT 2")
        store_rows(
            app,
            "INSERT INTO contact_phones (contact_id, e164, label, is_primary)"
            " VALUES (:a, '+390611112222', 'home', 0), (:b, '+390611112222', 'home', 0)",
            a=first[0],
            b=second[0],
        )
        family = peer(caller_tone, "+390611112222", "family")
        try:
            call_id, pop = await ring(app, family, {})
            assert len(pop.cards) == 2
            assert page.chooser.isVisible() and page.chooser.count() == 2
            page.chooser.setCurrentIndex(1)
            assert page.title.text() == pop.cards[1].name
            family.command("hangup", call_id=call_id)
            await disconnected(family, call_id)
        finally:
            family.close()


async def test_a_note_typed_during_a_call_survives_sigkill_and_is_back_on_restart(
    qapp, async_loop, qtbot, app_home
) -> None:
    paths = app_paths().ensure()
    draft_store = local_store_path(paths.data_dir, embedded_store_url(paths), DEMO_AGENT_LOGIN)
    note = "Caller could not log in to the portal; PIN reset promised."
    child = process.start(  # its own session: the app and its demo caller, one group to kill
        [sys.executable, "-m", "tests.support.note_app", note],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        lines = iter(child.stdout.readline, "")
        assert any(line.strip() == "TYPED" for line in lines)

        def saved() -> bool:  # the draft reaches the local store within a moment
            if not draft_store.exists():
                return False
            with contextlib.closing(sqlite3.connect(draft_store)) as db:
                found = db.execute("SELECT 1 FROM drafts WHERE body = ?", (note,)).fetchone()
            return found is not None

        qtbot.waitUntil(saved, timeout=5000)
    finally:
        process.kill(child)  # no chance to save anything on the way out

    controller = AppController(
        qapp, AppOptions(demo=True, demo_caller=False), paths, Settings(take_callbacks=False)
    )
    panel = controller.window.screen_pop

    try:
        async with running(controller):
            await until(lambda: panel.recovered.isVisible())  # read off the Qt thread
            assert panel.recovered_text.toPlainText() == note
            click(qtbot, panel.recovered_save)
            await until(lambda: not panel.recovered.isVisible())

            def logged() -> list[Any]:
                return store_rows(
                    controller,
                    "SELECT kind, direction, occurred_at, duration_s, phone_e164, sip_call_id,"
                    " ivr_data, disposition_code FROM interactions WHERE body = :b",
                    b=note,
                )

            await until(lambda: bool(logged()))
            # Logged as the call it was typed in, one that ended abnormally, with what was known.
            ((kind, direction, at, duration, e164, call_id, ivr, outcome),) = logged()
            assert (kind, direction, outcome) == ("call", "inbound", "ended_abnormally")
            assert at is not None and duration is not None and duration >= 0
            assert e164 and e164.startswith("+") and call_id
            ivr = json.loads(ivr) if isinstance(ivr, str) else ivr
            assert ivr.get("topic") and ivr.get("language")
            await until(lambda: controller.session.sync.local.drafts() == [])
    finally:
        controller.shutdown_now()
        controller.window.close()
        controller.window.deleteLater()


async def test_ticket_work_during_a_call_new_ticket_reopen_and_a_new_contact(
    app: AppController, caller_tone: str, qtbot
) -> None:
    page = app.window.screen_pop.caller_page

    async with running(app):
        (row,) = store_rows(
            app,
            "SELECT p.e164, t.uid, t.number FROM contact_phones p"
            " JOIN tickets t ON t.contact_id = p.contact_id WHERE t.status = 'closed'"
            " AND (SELECT count(*) FROM contact_phones q WHERE q.e164 = p.e164) = 1"
            " ORDER BY t.id LIMIT 1",
        )
        e164, closed_uid, closed_number = row
        caller = peer(caller_tone, e164, "caller")
        try:
            call_id, pop = await ring(
                app, caller, {"X-IVR-Topic": "pensions", "X-IVR-Language": "de"}
            )
            before = len(pop.cards[0].tickets)

            # Reopen a closed ticket.
            assert not page.reopen_button.isEnabled()
            (item,) = [page.tickets.topLevelItem(i) for i in range(page.tickets.topLevelItemCount())
                       if page.tickets.topLevelItem(i).text(0) == closed_number]  # fmt: skip
            page.tickets.setCurrentItem(item)
            click(qtbot, page.reopen_button)
            status = "SELECT status FROM tickets WHERE uid = :u"
            await until(lambda: store_rows(app, status, u=closed_uid) == [("reopened",)])

            # A new ticket from the call: topic and language come from the IVR.
            click(qtbot, page.new_ticket_button)
            dialog = page.ticket_dialog
            assert dialog.topic.currentData() == "pensions"
            assert dialog.language.currentData() == "de"
            dialog.buttons.accepted.emit()  # OK with no subject: refused, with a reason
            assert dialog.isVisible() and dialog.error.isVisible()
            qtbot.keyClicks(dialog.subject, "Rentenbescheid fehlt")
            dialog.buttons.accepted.emit()
            assert not dialog.isVisible()
            assert page.attached_label.text() == "This call goes on the new ticket."
            # The card refreshes itself once the ticket is in the store.
            await until(lambda: page.card is not None and len(page.card.tickets) == before + 1)
            new = next(t for t in page.card.tickets if t.subject == "Rentenbescheid fehlt")
            assert new.is_open and new.number.startswith("CC-")
            # It is open on the IVR's topic, so the card's topic box now names it.
            assert page.duplicate_text.text() == f"This call goes on ticket {new.number}."
            caller.command("hangup", call_id=call_id)
            await disconnected(caller, call_id)
            await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, timeout=10)
            on_new = "SELECT count(*) FROM interactions i JOIN tickets t ON t.id = i.ticket_id" \
                     " WHERE t.uid = :u AND i.kind = 'call'"  # fmt: skip
            await until(lambda: store_rows(app, on_new, u=new.uid) == [(1,)])
        finally:
            caller.close()

        # An unknown number: the agent creates the contact from the card.
        stranger = peer(caller_tone, "+390688887777", "stranger")
        try:
            call_id, pop = await ring(app, stranger, {})
            assert page.create_contact_button.isVisible()
            click(qtbot, page.create_contact_button)
            dialog = page.contact_dialog
            qtbot.keyClicks(dialog.first_name, "Ada")
            qtbot.keyClicks(dialog.last_name, "Rossi")
            dialog.buttons.accepted.emit()
            await until(lambda: page.title.text() == "Ada Rossi")
            stranger.command("hangup", call_id=call_id)
            await disconnected(stranger, call_id)
        finally:
            stranger.close()


async def test_search_from_anywhere_finds_contacts_numbers_and_tickets(
    app: AppController, qtbot
) -> None:
    window = app.window
    search = window.search
    page = window.screen_pop.caller_page

    async with running(app):
        ((first, last, e164, number, subject),) = store_rows(
            app,
            "SELECT c.first_name, c.last_name, p.e164, t.number, t.subject FROM contacts c"
            " JOIN contact_phones p ON p.contact_id = c.id JOIN tickets t ON t.contact_id = c.id"
            " WHERE p.e164 LIKE '+39%' ORDER BY c.id, t.id LIMIT 1",
        )
        window.shortcut_actions["search"].trigger()  # Ctrl+K
        assert search.isVisible() and search.focusWidget() is search.field

        async def find(text: str) -> list[str]:
            search.field.clear()
            qtbot.keyClicks(search.field, text)
            await until(lambda: search.shown_query == text)
            return [search.results.item(i).text() for i in range(search.results.count())]

        assert any(f"{first} {last}" in hit for hit in await find(last))
        # A number as people type it: national format, spaces.
        national = phonenumbers.format_number(
            phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL
        )  # "06 1234 5678": the default country of the settings is Italy
        assert any(f"{first} {last}" in hit for hit in await find(national))
        assert any(hit.startswith(f"{number} · {subject}") for hit in await find(number))

        # Enter opens the first hit's card, without a call; Close goes back.
        await find(last)
        qtbot.keyClick(search.field, Qt.Key.Key_Return)
        await until(lambda: window.screen_pop.currentWidget() is page)
        assert not search.isVisible() and not page.in_call
        assert page.close_button.isVisible() and not page.note.isVisible()
        assert page.card is not None and page.tickets.topLevelItemCount() > 0
        click(qtbot, page.close_button)
        assert window.screen_pop.currentWidget() is window.screen_pop.idle_page


async def test_an_outgoing_call_pops_the_same_card_and_is_logged_as_outbound(
    app: AppController, caller_tone: str, qtbot
) -> None:
    window = app.window
    page = window.screen_pop.caller_page

    async with running(app):
        e164, name, _number, _topic, _subject = caller_with_open_ticket(app)
        callee = peer(caller_tone, e164, "callee")
        try:
            popped = asyncio.ensure_future(wait_signal(app.session.cti.popped, timeout=20))
            await asyncio.sleep(0)
            qtbot.keyClicks(window.dial_pad.number, f"sip:{e164}@{callee.address}")
            click(qtbot, window.dial_pad.call_button)
            (pop,) = await popped
            assert not pop.incoming and page.title.text() == name
            assert page.tickets.topLevelItemCount() > 0
            incoming = await peer_event(callee, "IncomingCall", lambda e: True)
            callee.command("answer", call_id=incoming.call_id)
            await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
            qtbot.keyClicks(page.note, "Called back about the missing statement.")
            callee.command("hangup", call_id=incoming.call_id)
            await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, timeout=10)
            outbound = (
                "SELECT i.direction, c.uid IS NOT NULL FROM interactions i"
                " LEFT JOIN contacts c ON c.id = i.contact_id"
                " WHERE i.kind = 'call' AND i.body = 'Called back about the missing statement.'"
            )
            await until(lambda: bool(store_rows(app, outbound)))
            assert store_rows(app, outbound) == [("outbound", 1)]
        finally:
            callee.close()


def pick(combo: Any, qtbot: Any, data: str) -> None:
    """Choose an entry of a combo box with the keyboard, as an agent would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


async def test_wrap_up_follow_ups_a_callback_and_a_forward_to_a_back_office(
    app: AppController, caller_tone: str, qtbot, shots: Path
) -> None:
    window = app.window
    page = window.screen_pop.caller_page

    async def answer_then_hang_up(caller: Any, headers: dict[str, str], note: str) -> None:
        call_id, _pop = await ring(app, caller, headers)
        click(qtbot, window.incoming.answer_button)
        await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
        qtbot.keyClicks(page.note, note)
        caller.command("hangup", call_id=call_id)
        await disconnected(caller, call_id)
        await until(lambda: page.wrap_up.isVisible())

    async with running(app):
        app.phone.calls.wrap_up_seconds = 60  # time to choose the follow-up
        e164, _name, number, topic, _subject = caller_with_open_ticket(app)

        # 1. A known caller wants a call back tomorrow at 10:30 (local time). Their open ticket
        # waits on the second level: the card says so.
        store_rows(
            app, "UPDATE tickets SET back_office_code = 'second_level' WHERE number = :n", n=number
        )
        caller = peer(caller_tone, e164, "caller")
        try:
            await answer_then_hang_up(
                caller, {"X-IVR-Topic": topic, "X-IVR-Language": "de"}, "Call back re: form"
            )
            rows = [page.tickets.topLevelItem(i) for i in range(page.tickets.topLevelItemCount())]
            (forwarded_row,) = [r for r in rows if r.text(0) == number]
            assert forwarded_row.text(3) == "Open · Second-level support"
            click(qtbot, page.attach_button)  # this call belongs on the open ticket
            assert not page.callback_at.isVisible() and not page.back_office.isVisible()
            pick(page.follow_up, qtbot, "callback")
            assert page.callback_at.isVisible()
            tomorrow = QDateTime.currentDateTime().addDays(1)
            when = QDateTime(tomorrow.date(), QTime(10, 30))
            page.callback_at.setDateTime(when)
            shoot(app, qtbot, "follow-up", shots)
            window.status.state_actions()["available"].trigger()  # wrap-up done
            await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, timeout=10)
        finally:
            caller.close()
        booked = (
            "SELECT r.kind, r.source, r.status, r.language, r.topic_code, r.window_start,"
            " t.number FROM callback_requests r LEFT JOIN tickets t ON t.id = r.ticket_id"
            " WHERE r.phone_e164 = :e AND r.source = 'agent'"
        )
        await until(lambda: bool(store_rows(app, booked, e=e164)), timeout=10)
        ((kind, source, status, language, topic_code, start, ticket),) = store_rows(
            app, booked, e=e164
        )
        assert (kind, source, status, language) == ("scheduled", "agent", "queued", "de")
        assert (topic_code, ticket) == (topic, number)
        stored = datetime.fromisoformat(str(start).replace(" ", "T"))
        assert stored.replace(tzinfo=stored.tzinfo or UTC).timestamp() == when.toSecsSinceEpoch()

        # 2. An unknown caller's request goes to the payments office: a ticket is made for it.
        stranger = peer(caller_tone, "+390698765432", "stranger")
        try:
            await answer_then_hang_up(stranger, {}, "Payment not received, IBAN checked")
            pick(page.follow_up, qtbot, "back_office")
            pick(page.back_office, qtbot, "payments")
            window.status.state_actions()["available"].trigger()
            await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, timeout=10)
        finally:
            stranger.close()
        forwarded = (
            "SELECT t.status, t.back_office_code, t.subject, i.kind FROM interactions i"
            " JOIN tickets t ON t.id = i.ticket_id"
            " WHERE i.body = 'Payment not received, IBAN checked'"
        )
        await until(lambda: [r[1] for r in store_rows(app, forwarded)] == ["payments"], timeout=10)
        ((status, office, subject, kind),) = store_rows(app, forwarded)
        assert (status, office, kind) == ("pending", "payments", "call")
        assert "+39 06 9876 5432" in subject or "+390698765432" in subject
        await until(lambda: app.session.sync.local.drafts() == [])
