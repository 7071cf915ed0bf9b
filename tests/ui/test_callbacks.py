"""A callback from the queue, end to end: the request is assigned to the free agent, pops with
the caller's card and the script, is dialled by the app's real pjsua2 engine to a "customer" on
loopback, the agent walks the script by clicking and typing, hangs up and picks the outcome; the
answers and the outcome are on the ticket in the store."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import insert, select

from crm import change_feed, schema
from crm.db import make_engine
from softphone.app import AppController, AppOptions
from softphone.paths import app_paths
from softphone.settings import Settings
from tests.support.app_driver import click, peer, peer_event, running
from tests.support.demo_store import CUSTOMER, prepare_store
from tests.support.qt_async import until, wait_signal
from tests.support.sip_peer import SipPeer
from ui.callback_queue import LATE, SLA_COLUMN
from ui.viewmodels import AgentState, CallPhase

pytestmark = pytest.mark.usefixtures("no_store_on_qt_thread")  # the card pops as on a call


@pytest.fixture
def customer(caller_tone: str) -> Iterator[SipPeer]:
    p = peer(caller_tone, CUSTOMER, "customer")
    yield p
    p.close()


async def test_a_callback_is_assigned_dialled_scripted_and_logged_on_the_ticket(
    qapp, async_loop, customer, qtbot, tmp_path
) -> None:
    """`make screenshots` keeps its screenshots in docs/."""
    folder = Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)
    paths = app_paths().ensure()
    request_uid = prepare_store(str(paths.embedded_store))
    settings = Settings(
        wrap_up_seconds=1,
        take_callbacks=True,
        callback_preview_seconds=3,
        callback_dial_format=f"sip:{{number}}@{customer.address}",
    )
    app = AppController(qapp, AppOptions(demo=True, demo_caller=False), paths, settings)
    window = app.window
    queue = window.callback_queue

    try:
        async with running(app, timeout=90, phone=False):
            assert app.session.callbacks is not None
            # The free agent gets the request without picking it: it pops with card and script.
            await until(lambda: queue.request.isVisible(), timeout=15)
            assert window.side_tabs.currentWidget() is queue
            assert "Maria Verdi" in queue.request.title.text()
            assert "Italiano" in queue.request.language.text()
            assert queue.request.title.textFormat() is Qt.TextFormat.PlainText
            await until(lambda: window.screen_pop.currentWidget() is window.screen_pop.caller_page)
            window.resize(1440, 860)
            qapp.processEvents()
            assert window.grab().save(str(folder / "callback-preview.png"))
            assert queue.script_host.isVisible()
            script = app.session.callbacks._session.panel
            assert "Giulia Rossi" in script.step_text.text()  # {{agent_name}} filled in
            ticket_number = app.session.callbacks.request.ticket_number
            assert ticket_number and ticket_number in script.step_text.text()
            # The booking's number is no contact's: the card says so, and lists the request's
            # ticket all the same (the ticket the call and its outcome go on).
            page = window.screen_pop.caller_page
            assert page.card is None and page.title.text() == "Unknown caller"
            await until(lambda: page.tickets.topLevelItemCount() == 1)
            assert page.tickets.topLevelItem(0).text(0) == ticket_number

            # The countdown runs out and the phone dials by itself; the customer answers.
            incoming = await peer_event(customer, "IncomingCall", lambda e: True, timeout=15)
            await until(
                lambda: bool(app.phone.calls.calls())
            )  # the app's own call, once it knows it
            customer.command("answer", call_id=incoming.call_id)
            await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
            assert queue.request.pages.currentWidget() is queue.request.calling_page

            # The agent walks the script: greeting, PIN verified (yes), payment not received,
            # IBAN does not match, back one step, then it matches, then a free-text note.
            click(qtbot, script.next_button)  # greet (say)
            click(qtbot, script.yes_button)  # pin_verified
            choice = next(b for b in script.choice_buttons if b.text() == "Pagamento non ricevuto")
            await until(lambda: choice.isVisible() and choice.width() > 50)  # laid out: clickable
            # On the radio button's circle: a wide button reacts only over its circle and label.
            qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))
            assert choice.isChecked()
            click(qtbot, script.next_button)
            click(qtbot, script.no_button)  # iban_matches: no -> iban_info
            click(qtbot, script.back_button)  # the agent misheard: back to the IBAN question
            click(qtbot, script.yes_button)  # iban_matches: yes -> notes
            qtbot.keyClicks(script.text_edit, "Pagamento disposto il 3/12, importo regolare")
            click(qtbot, script.next_button)
            click(qtbot, script.next_button)  # the end step
            answers = app.session.callbacks._session.answers()
            assert answers["pin_verified"] == "yes"
            assert answers["iban_matches"] == "yes" and "iban_info" not in answers
            assert answers["notes"].startswith("Pagamento disposto")

            click(qtbot, window.call_panel.hangup_button)
            await until(lambda: queue.request.pages.currentWidget() is queue.request.outcome_page)
            assert window.grab().save(str(folder / "callback-outcome.png"))
            assert "suggested" in queue.request.outcome_buttons["reached"].text()
            closed = asyncio.ensure_future(wait_signal(app.session.callbacks.closed, timeout=10))
            await asyncio.sleep(0)
            click(qtbot, queue.request.outcome_buttons["reached"])
            await closed
            await until(lambda: not queue.request.isVisible())
            await until(lambda: app.session.sync.status.pending == 0, timeout=15)
    finally:
        app.shutdown_now()
        window.close()
        window.deleteLater()

    engine = make_engine(f"sqlite:///{paths.embedded_store}")
    try:
        with engine.connect() as conn:
            req = schema.callback_requests
            row = conn.execute(select(req).where(req.c.uid == request_uid)).mappings().one()
            assert row["status"] == "done" and row["last_outcome"] == "reached"
            assert row["attempts"] == 1 and row["ticket_id"] is not None
            runs = conn.execute(
                select(
                    schema.script_runs.c.answers, schema.script_runs.c.callback_request_id
                ).where(schema.script_runs.c.ticket_id == row["ticket_id"])
            ).all()
            assert len(runs) == 1 and runs[0][1] == row["id"]
            assert runs[0][0]["payment_issue"] == "Pagamento non ricevuto"
            notes = schema.interactions.c
            logged = conn.execute(
                select(notes.kind, notes.disposition_code).where(
                    notes.ticket_id == row["ticket_id"]
                )
            ).all()
            assert ("note", "callback:reached") in logged
    finally:
        engine.dispose()


async def test_a_caller_who_asked_the_ivr_for_a_callback_and_hung_up_is_queued(
    app, customer
) -> None:
    """The IVR's "press 2 to be called back": the PBX rings the agent with X-IVR-Callback; the
    caller hangs up before anyone answers, and the request is in the queue, source "ivr"."""
    window = app.window

    async with running(app, timeout=60, phone=False):
        later = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
        for wish in ("now", later.isoformat(), "<script>garbage"):
            call = customer.command(
                "make_call", account_id="me", target=app.phone.telephony.local_uri,
                headers={"X-IVR-Topic": "payments", "X-IVR-Language": "de",
                         "X-IVR-Callback": wish},
            )  # fmt: skip
            await until(lambda: window.incoming.isVisible())
            customer.command("hangup", call_id=call)  # the caller gives up waiting
            await until(lambda: not window.incoming.isVisible())
            await until(lambda: app.phone.calls.calls() == ())
        await until(
            lambda: app.session.sync.status.pending == 0 and len(app.phone.calls.recent()) == 3
        )
    engine = make_engine(f"sqlite:///{app.paths.embedded_store}")
    try:
        table = schema.callback_requests
        with engine.connect() as conn:
            rows = (
                conn.execute(
                    select(table).where(table.c.phone_e164 == CUSTOMER, table.c.source == "ivr")
                )
                .mappings()
                .all()
            )
    finally:
        engine.dispose()
    # One open request per number and topic: the second wish merged into the first, with its
    # time; the garbled header asked for nothing.
    assert len(rows) == 1
    (row,) = rows
    assert row["language"] == "de" and row["topic_code"] == "payments"
    assert row["kind"] == "scheduled" and row["consent"]
    assert row["window_start"] is not None


async def test_the_supervisor_sees_the_whole_queue_with_its_service_level_live(
    qapp, async_loop
) -> None:
    paths = app_paths().ensure()
    prepare_store(str(paths.embedded_store))
    settings = Settings(agent_login="paola.moretti", take_callbacks=False)
    app = AppController(qapp, AppOptions(demo=True, demo_caller=False), paths, settings)
    queue = app.window.callback_queue

    try:
        async with running(app, timeout=60, phone=False):
            assert queue.view.isVisible() or not app.window.isVisible()
            # The queue as the store has it, with its service level (max_attempts: not the home
            # page's short list).
            await until(lambda: queue.model.rowCount() == 1 and queue.model.row(0).max_attempts)
            row = queue.model.row(0)
            assert row.caller == "Maria Verdi" and row.status == "queued"
            assert row.sla_minutes_left is not None and 0 < row.sla_minutes_left <= 60
            sla_text = queue.model.data(queue.model.index(0, SLA_COLUMN))
            assert sla_text.endswith("min")
            # Another desk books a callback: it appears without a restart, missed target in red.
            engine = make_engine(f"sqlite:///{paths.embedded_store}")
            try:
                now = datetime.now(UTC)
                with engine.begin() as conn:
                    conn.execute(
                        insert(schema.callback_requests).values(
                            uid=str(uuid.uuid4()), kind="now", status="queued", source="agent",
                            phone_e164="+390298765432", language="it", queue_code="always",
                            caller_name="Luca Neri", consent=True, next_attempt_at=now,
                            booked_at=now - timedelta(hours=3), updated_at=now,
                            sla_due_at=now - timedelta(minutes=30), attempts=1, max_attempts=3,
                        )
                    )  # fmt: skip
                    change_feed.record_changes(conn, [("callback_requests", "x")])
            finally:
                engine.dispose()
            await until(lambda: queue.model.rowCount() == 2, timeout=15)
            late = next(
                queue.model.row(i) for i in range(2) if queue.model.row(i).caller == "Luca Neri"
            )
            assert late.sla_minutes_left is not None and late.sla_minutes_left < 0
            index = next(
                queue.model.index(i, SLA_COLUMN)
                for i in range(2)
                if queue.model.row(i).caller == "Luca Neri"
            )
            assert "missed" in queue.model.data(index)
            assert queue.model.data(index, Qt.ItemDataRole.ForegroundRole) is LATE
    finally:
        app.shutdown_now()
        app.window.close()
        app.window.deleteLater()


async def test_a_break_or_closing_the_app_gives_an_undialled_request_back(qapp, async_loop) -> None:
    paths = app_paths().ensure()
    request_uid = prepare_store(str(paths.embedded_store))
    settings = Settings(take_callbacks=True, callback_preview_seconds=0)  # no automatic dial
    app = AppController(qapp, AppOptions(demo=True, demo_caller=False), paths, settings)
    queue = app.window.callback_queue
    engine = make_engine(f"sqlite:///{paths.embedded_store}")

    def status() -> str:
        table = schema.callback_requests
        with engine.connect() as conn:
            return str(conn.scalar(select(table.c.status).where(table.c.uid == request_uid)))

    try:
        async with running(app, timeout=60, phone=False):
            await until(lambda: queue.request.isVisible(), timeout=15)
            assert status() == "assigned"
            app.window.status.agent_state_chosen.emit(AgentState.PAUSED, "break")
            await until(lambda: not queue.request.isVisible())
            await until(lambda: status() == "queued")  # a colleague can take it now
            app.window.status.agent_state_chosen.emit(AgentState.AVAILABLE, "")
            await until(lambda: queue.request.isVisible(), timeout=15)  # back from the break
            await until(lambda: status() == "assigned")
        assert status() == "queued"  # closed with the request on screen, undialled
    finally:
        engine.dispose()
        app.shutdown_now()
        app.window.close()
        app.window.deleteLater()


async def test_a_callback_the_phone_cannot_dial_goes_to_a_colleague(qapp, async_loop) -> None:
    paths = app_paths().ensure()
    request_uid = prepare_store(str(paths.embedded_store))
    settings = Settings(
        take_callbacks=True,
        callback_preview_seconds=0,
        callback_dial_format="sip:{number}@[broken",  # the PBX refuses (here: pjsua does)
    )
    app = AppController(qapp, AppOptions(demo=True, demo_caller=False), paths, settings)
    queue = app.window.callback_queue

    try:
        async with running(app, timeout=60, phone=False):
            await until(lambda: queue.request.isVisible(), timeout=15)
            closed = asyncio.ensure_future(wait_signal(app.session.callbacks.closed, timeout=15))
            await asyncio.sleep(0)
            queue.request.dial_now.click()
            uid, outcome = await closed
            assert (uid, outcome) == (request_uid, "skipped")
            assert app.window.dial_pad.error.isVisible()  # the agent is told why
            await until(lambda: app.session.sync.status.pending == 0, timeout=15)
    finally:
        app.shutdown_now()
        app.window.close()
        app.window.deleteLater()
    engine = make_engine(f"sqlite:///{paths.embedded_store}")
    try:
        with engine.connect() as conn:
            req, tries = schema.callback_requests.c, schema.callback_attempts.c
            row = conn.execute(
                select(req.id, req.status, req.attempts).where(req.uid == request_uid)
            ).one()
            reasons = conn.scalars(select(tries.skip_reason).where(tries.request_id == row.id))
            assert (row.status, row.attempts) == ("queued", 0)  # not a try: back in the queue
            assert [r.startswith("dial failed: ") for r in reasons] == [True]
    finally:
        engine.dispose()
