"""pjsip aborts under the agent mid-call: the app lives on, the note is kept and logged, the phone
comes back by itself. Real calls on loopback; the abort is caused for real, by the INVITE from
the network that makes pjsip assert (FATAL in tests/support/torture_corpus.py), sent to the
app's SIP port."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from sip.events import EngineCrashed, EngineGaveUp, EngineStopped
from sip.supervised import SupervisedEngine
from softphone.app import AppController
from tests.support.app_driver import click, peer, peer_event, ring, running
from tests.support.demo_store import NOTE, caller_with_open_ticket, store_rows
from tests.support.qt_async import until
from tests.support.torture import FATAL, send_once
from ui.viewmodels import AgentState, CallPhase

pytestmark = pytest.mark.timeout(120)


def send_fatal(uri: str) -> None:
    """A stranger's INVITE, straight to the agent's SIP port (on loopback), no account needed."""
    send_once(FATAL[0].template, int(uri.rsplit(":", 1)[1]))


def problem_boxes(app: AppController) -> list[QMessageBox]:
    return [box for box in app.window.findChildren(QMessageBox, "problemBox") if box.isVisible()]


async def test_pjsip_aborting_mid_call_loses_no_note_and_the_phone_comes_back(
    app: AppController, caller_tone: str, qtbot: Any, tmp_path: Path
) -> None:
    window = app.window
    page = window.screen_pop.caller_page

    async with running(app, timeout=100):
        engine = app.phone.telephony.engine
        assert isinstance(engine, SupervisedEngine)
        uri = app.phone.telephony.local_uri
        e164, _name, _number, topic, _subject = caller_with_open_ticket(app)
        caller = peer(caller_tone, e164, "caller")
        try:
            call_id, _pop = await ring(app, caller, {"X-IVR-Topic": topic})
            click(qtbot, window.incoming.answer_button)
            await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
            qtbot.keyClicks(page.note, NOTE)
            app.phone.calls.wrap_up_seconds = 60  # time to choose the outcome
            old_pid = engine.pid
            await asyncio.wrap_future(engine.calls())  # after the call's dialog has come in

            send_fatal(uri)

            # The call has gone, as any ended call goes: to wrap-up, the note still there.
            await until(lambda: app.phone.calls.state is AgentState.WRAP_UP, timeout=20)
            assert page.wrap_up.isVisible()
            assert page.note.toPlainText() == NOTE
            # The caller is hung up too (a BYE from the app), not left listening to silence.
            await peer_event(
                caller,
                "CallStateChanged",
                lambda e: e.call_id == call_id and e.state == "disconnected",
            )
            # The agent is told what happened, in plain words.
            await until(lambda: bool(problem_boxes(app)))
            (box,) = problem_boxes(app)
            assert box.windowTitle() == "Phone engine restarted"
            # "1 call(s)" in the source text, "1 call ... its note" once English is loaded
            assert "(SIGABRT)" in box.text() and "1 call" in box.text()
            assert "kept" in box.text()
            shots = Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)
            assert box.grab().save(str(shots / "engine-restarted.png"))
            box.accept()
            # The engine is back on the same address, in a new process.
            await until(lambda: engine.running and engine.pid != old_pid, timeout=30)
            assert engine.restarts == 1
            assert app.phone.telephony.local_uri == uri

            # Wrap-up ends as usual: the call is logged on the ticket with its note.
            page.disposition.setCurrentIndex(page.disposition.findData("resolved_first_contact"))
            window.status.state_actions()["available"].trigger()
            await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, timeout=10)

            def logged() -> list[Any]:
                return store_rows(
                    app,
                    "SELECT direction, phone_e164 FROM interactions"
                    " WHERE kind = 'call' AND body = :note",
                    note=NOTE,
                )

            await until(lambda: bool(logged()), timeout=10)
            assert logged() == [("inbound", e164)]  # once
            await until(lambda: app.session.sync.local.drafts() == [])  # dropped once logged

            # And the phone works: the caller, cut off, calls again.
            await ring(app, caller, {})
            assert window.incoming.isVisible()
            click(qtbot, window.incoming.answer_button)
            await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
            click(qtbot, window.call_panel.hangup_button)
            await until(lambda: app.phone.calls.state is not AgentState.ON_CALL)
            await asyncio.sleep(0)
        finally:
            caller.close()


async def test_an_idle_engine_that_dies_comes_back_with_a_status_line_not_a_dialog(
    app: AppController, caller_tone: str, qtbot: Any
) -> None:
    async with running(app, timeout=60):
        engine = app.phone.telephony.engine
        assert isinstance(engine, SupervisedEngine) and engine.pid is not None
        old_pid = engine.pid
        os.kill(old_pid, signal.SIGKILL)
        await until(lambda: engine.running and engine.pid != old_pid, timeout=30)
        await until(lambda: "(SIGKILL)" in app.window.status.currentMessage())
        assert "started again" in app.window.status.currentMessage()
        assert problem_boxes(app) == []  # nothing was lost: nothing to acknowledge
        caller = peer(caller_tone, "+390612345678", "caller")
        try:
            await ring(app, caller, {})
            assert app.window.incoming.isVisible()
            click(qtbot, app.window.incoming.reject_button)
            await until(lambda: not app.phone.calls.calls())
        finally:
            caller.close()


async def test_no_new_engine_at_all_is_said_and_dialling_is_switched_off(
    app: AppController,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The engine dies and cannot be started again (here: the Python it runs on is gone)."""
    window = app.window

    async with running(app, timeout=60):
        engine = app.phone.telephony.engine
        assert isinstance(engine, SupervisedEngine) and engine.pid is not None
        assert window.dial_pad.call_button.isEnabled()
        monkeypatch.setattr(sys, "executable", "/bin/false")
        os.kill(engine.pid, signal.SIGKILL)
        await until(lambda: bool(problem_boxes(app)), timeout=30)
        (box,) = problem_boxes(app)
        assert box.windowTitle() == "Phone engine stopped"
        assert "could not be started again" in box.text() and "Restart the softphone" in box.text()
        assert not window.dial_pad.call_button.isEnabled()
        assert window.dial_pad.hint.isVisibleTo(window.dial_pad)
        assert "503 no phone engine" in window.status.registration.toolTip()
        assert not engine.running
        shots = Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)
        assert box.grab().save(str(shots / "engine-stopped.png"))
        box.accept()


async def test_an_engine_stopping_in_a_restart_is_not_a_failed_engine_only_giving_up_is(
    app: AppController, qtbot: Any
) -> None:
    """Quitting while the engine restarts: the new engine's own EngineStopped arrives while a
    restart is under way. Only the supervisor's EngineGaveUp means that no phone is left."""
    window = app.window

    async with running(app, timeout=60):
        engine = app.phone.telephony.engine
        assert isinstance(engine, SupervisedEngine)
        failed: list[str] = []
        app.phone.telephony.engine_failed.connect(failed.append)
        hear = engine._listener  # what the supervisor tells the app, as its threads do
        hear(EngineCrashed("SIGKILL", "", 0, restarting=True))
        hear(EngineStopped())
        # Both were queued before the inbox ran: it delivered them together, in order.
        await until(lambda: "(SIGKILL)" in window.status.currentMessage())
        assert failed == [] and problem_boxes(app) == []
        assert window.dial_pad.call_button.isEnabled()
        hear(EngineGaveUp("the SIP engine could not be started again: test"))
        await until(lambda: bool(problem_boxes(app)))
        assert failed == ["the SIP engine could not be started again: test"]
        assert not window.dial_pad.call_button.isEnabled()
        problem_boxes(app)[0].accept()
