"""A callback from the queue, end to end: the request is assigned to the free agent, pops with
the caller's card and the script, is dialled by the app's real pjsua2 engine to a "customer" on
loopback, the agent walks the script by clicking and typing, hangs up and picks the outcome; the
answers and the outcome are on the ticket in the store."""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from crm import schema
from crm.db import make_engine
from crm.migrate import upgrade
from crm.seed import seed_demo
from softphone.app import AppController, AppOptions
from softphone.paths import app_paths
from softphone.settings import Settings
from tests.conftest import CATALOG_PATH
from tests.support.qt_async import until, wait_signal
from tests.support.sip_peer import SipPeer
from tests.ui.test_phone import click, peer, peer_event
from ui.viewmodels import CallPhase

CUSTOMER = "+390612345678"


@pytest.fixture
def customer(caller_tone: str) -> Iterator[SipPeer]:
    p = peer(caller_tone, CUSTOMER, "customer")
    yield p
    p.close()


def prepare_store(path: str) -> str:
    """The demo store with one request due now on a line that is always open (the test must
    not depend on the hour it runs at); returns the request's uid."""
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
        catalog = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))
        with Session(engine) as session, session.begin():
            seed_demo(session, catalog, contacts=40, tickets=80)
        uid = str(uuid.uuid4())
        now = datetime.now(UTC)
        with engine.begin() as conn:
            conn.execute(delete(schema.callback_attempts))
            conn.execute(update(schema.script_runs).values(callback_request_id=None))
            conn.execute(delete(schema.callback_requests))
            conn.execute(
                insert(schema.service_queues).values(
                    code="always", names={"en": "Always open"}, time_zone="Europe/Rome",
                    languages=["it"], sla_minutes=120,
                )
            )  # fmt: skip
            conn.execute(
                insert(schema.service_hours),
                [{"queue_code": "always", "weekday": d, "opens": "00:00", "closes": "24:00"}
                 for d in range(7)],
            )  # fmt: skip
            conn.execute(
                insert(schema.callback_requests).values(
                    uid=uid, kind="now", status="queued", source="web_form",
                    phone_e164=CUSTOMER, language="it", topic_code="pensions",
                    queue_code="always", caller_name="Maria Verdi",
                    message="La pensione di novembre non è arrivata", consent=True,
                    next_attempt_at=now - timedelta(minutes=5), booked_at=now - timedelta(hours=1),
                    updated_at=now, sla_due_at=now + timedelta(hours=1), attempts=0,
                    max_attempts=3,
                )
            )  # fmt: skip
        return uid
    finally:
        engine.dispose()


def test_a_callback_is_assigned_dialled_scripted_and_logged_on_the_ticket(
    qapp, async_loop, customer, qtbot, run_async, tmp_path
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

    async def scenario() -> None:
        shown = asyncio.ensure_future(wait_signal(app.home_shown, timeout=60))
        await asyncio.sleep(0)
        task = asyncio.ensure_future(app.run())
        await shown
        assert app.callbacks is not None
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
        script = app.callbacks._session.panel
        assert "Giulia Rossi" in script.step_text.text()  # {{agent_name}} filled in
        ticket_number = app.callbacks.request.ticket_number
        assert ticket_number and ticket_number in script.step_text.text()

        # The countdown runs out and the phone dials by itself; the customer answers.
        incoming = await peer_event(customer, "IncomingCall", lambda e: True, timeout=15)
        await until(lambda: bool(app.calls.calls()))  # the app's own call, once it knows it
        customer.command("answer", call_id=incoming.call_id)
        await until(lambda: [c.phase for c in app.calls.calls()] == [CallPhase.ACTIVE])
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
        answers = app.callbacks._session.answers()
        assert answers["pin_verified"] == "yes"
        assert answers["iban_matches"] == "yes" and "iban_info" not in answers
        assert answers["notes"].startswith("Pagamento disposto")

        click(qtbot, window.call_panel.hangup_button)
        await until(lambda: queue.request.pages.currentWidget() is queue.request.outcome_page)
        assert window.grab().save(str(folder / "callback-outcome.png"))
        assert "suggested" in queue.request.outcome_buttons["reached"].text()
        closed = asyncio.ensure_future(wait_signal(app.callbacks.closed, timeout=10))
        await asyncio.sleep(0)
        click(qtbot, queue.request.outcome_buttons["reached"])
        await closed
        await until(lambda: not queue.request.isVisible())
        await until(lambda: app.sync.status.pending == 0, timeout=15)
        app.quit()
        await task

    try:
        run_async(scenario(), timeout=90)
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
