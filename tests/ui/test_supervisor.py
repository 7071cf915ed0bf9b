"""Supervisor tools in the running app (pytest-qt, offscreen, real pjsua2 calls on loopback):

- the agent's app takes a supervisor's listen-in request only for a session the store holds for
  this agent's current call, audits it before the first audio frame, tells the agent, switches
  modes only to what the store says, and refuses everything else with 403;
- the supervisor's wallboard follows the floor live from the change feed and shows hostile
  text as plain text; announcements go from the compose dialog to the agents' banner.
"""

from __future__ import annotations

import asyncio
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from crm import applier, monitoring, schema
from crm.db import make_engine
from crm.presence import STALE_AFTER
from softphone.app import AppController, AppOptions
from softphone.paths import app_paths, resources_dir
from softphone.settings import Settings
from tests.support.a11y import board_view
from tests.support.app_driver import (
    click,
    disconnected,
    peer,
    peer_event,
    ring_and_answer,
    running,
)
from tests.support.audio import write_tone
from tests.support.calls import tones_in
from tests.support.demo_store import presence
from tests.support.layout import clipped_texts
from tests.support.qt_async import until, wait_signal
from tests.support.sip_peer import SipPeer
from ui.i18n import PSEUDO, apply_language
from ui.wallboard import WallboardWindow

pytestmark = [pytest.mark.timeout(180), pytest.mark.usefixtures("no_store_on_qt_thread")]

SUPERVISOR = "paola.moretti"
AGENT = "giulia.rossi"


@pytest.fixture
def supervisor_phone(tmp_path_factory: pytest.TempPathFactory):
    tone = tmp_path_factory.mktemp("sup") / "supervisor.wav"
    write_tone(str(tone), 1000.0, 3.0, rate=16000)
    p = peer(str(tone), "1011", "supervisor")
    yield p
    p.close()


def store_engine(app: AppController) -> Any:
    return make_engine(f"sqlite:///{app.paths.embedded_store}")


def in_store(app: AppController, fn: Any) -> Any:
    engine = store_engine(app)
    try:
        with engine.begin() as conn:
            return fn(conn)
    finally:
        engine.dispose()


def audit_rows(app: AppController, action: str) -> list[dict[str, Any]]:
    a = schema.audit_log
    return in_store(
        app,
        lambda conn: [
            dict(r) for r in conn.execute(select(a).where(a.c.action == action)).mappings()
        ],
    )


def _at(row: dict[str, Any]) -> datetime:
    at = row["at"]
    return at if at.tzinfo else at.replace(tzinfo=UTC)


async def test_a_supervisor_listens_in_only_with_a_session_the_store_holds_audited_first(
    app, caller: SipPeer, supervisor_phone: SipPeer, qtbot, tmp_path: Path
) -> None:
    window = app.window

    async def request(token: str) -> int:
        return int(
            supervisor_phone.command(
                "make_call", account_id="me", target=app.phone.telephony.local_uri,
                headers={"X-Softphone-Monitor": token},
            )
        )  # fmt: skip

    async with running(app, timeout=150):
        assert app.session.listen_guard is not None
        caller_call = await ring_and_answer(app, caller, qtbot)
        await until(lambda: presence(app)[2].get("sip_call_id"))
        call_id = presence(app)[2]["sip_call_id"]

        # Refused: a token nobody issued, and a session on another call.
        for token in ("made-up-token", None):
            if token is None:
                token = in_store(app, lambda c: monitoring.open_session(
                    c, supervisor_login=SUPERVISOR, agent_login=AGENT,
                    sip_call_id="someone-else@call", mode="monitor")).token  # fmt: skip
            refused = asyncio.ensure_future(wait_signal(app.session.listen_guard.refused))
            await asyncio.sleep(0)
            leg = await request(token)
            ended = await disconnected(supervisor_phone, leg)
            assert ended.code == 403
            assert (await refused)[0] in ("unknown", "other_call")
        assert not window.monitor_notice.isVisible()
        assert not window.incoming.isVisible()  # a request never rings at the agent's desk
        reasons = [row["detail"]["reason"] for row in audit_rows(app, "monitor.refused")]
        assert sorted(reasons) == ["other_call", "unknown"]  # refusals leave a trace too

        session = in_store(app, lambda c: monitoring.open_session(
            c, supervisor_login=SUPERVISOR, agent_login=AGENT, sip_call_id=call_id,
            mode="monitor"))  # fmt: skip
        leg = await request(session.token)
        await peer_event(supervisor_phone, "CallStateChanged",
                         lambda e: e.call_id == leg and e.state == "confirmed")  # fmt: skip
        answered_at = datetime.now(UTC)
        (started_row,) = audit_rows(app, "monitor.start")
        assert _at(started_row) <= answered_at  # audited before any audio could flow
        assert started_row["detail"]["supervisor"] == SUPERVISOR
        await until(lambda: window.monitor_notice.isVisible())
        assert "is listening to this call" in window.monitor_notice.text()
        assert [c.phase.value for c in app.phone.calls.calls()] == ["active"]  # still one call

        sup_wav, caller_wav = tmp_path / "sup.wav", tmp_path / "caller.wav"
        supervisor_phone.command("start_recording", call_id=leg, path=str(sup_wav),
                                 own_voice=False)  # fmt: skip
        caller.command("start_recording", call_id=caller_call, path=str(caller_wav),
                       own_voice=False)  # fmt: skip
        await asyncio.sleep(1.2)  # real audio takes real time
        supervisor_phone.command("stop_recording", call_id=leg)
        caller.command("stop_recording", call_id=caller_call)
        assert 440.0 in tones_in(sup_wav)  # the supervisor hears the caller
        assert 1000.0 not in tones_in(caller_wav)  # the caller does not hear the supervisor

        # A digit alone changes nothing: the store must hold the mode first.
        ignored = asyncio.ensure_future(wait_signal(app.session.listen_guard.switch_ignored))
        await asyncio.sleep(0)
        supervisor_phone.command("send_dtmf", call_id=leg, digits="6")
        assert (await ignored)[0] == "barge"
        assert "is listening to this call." in window.monitor_notice.text()
        in_store(app, lambda c: monitoring.switch_mode(
            c, token=session.token, supervisor_login=SUPERVISOR, mode="whisper"))  # fmt: skip
        supervisor_phone.command("send_dtmf", call_id=leg, digits="5")
        await until(lambda: "can speak to you" in window.monitor_notice.text())

        supervisor_phone.command("hangup", call_id=leg)
        await until(lambda: not window.monitor_notice.isVisible())
        await until(lambda: audit_rows(app, "monitor.end"))
        (ended_row,) = audit_rows(app, "monitor.end")
        assert ended_row["detail"]["mode"] == "whisper" and ended_row["detail"]["started_at"]
        caller.command("hangup", call_id=caller_call)
        await disconnected(caller, caller_call)


@pytest.fixture
def supervisor_app(qapp, async_loop):
    settings = Settings(wrap_up_seconds=1, take_callbacks=False, agent_login=SUPERVISOR)
    controller = AppController(
        qapp, AppOptions(demo=True, demo_caller=False), app_paths().ensure(), settings
    )
    yield controller
    controller.shutdown_now()
    if controller.wallboard_window is not None:
        controller.wallboard_window.close()
    controller.window.close()
    controller.window.deleteLater()


async def test_the_wallboard_follows_the_floor_live_and_announcements_reach_the_banner(
    supervisor_app: AppController, qtbot, tmp_path: Path
) -> None:
    app = supervisor_app
    window = app.window
    folder = Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)

    apply_language(app.app, "en", resources_dir() / "translations")
    async with running(app, timeout=150):
        assert window.supervisor_menu.menuAction().isVisible()
        window.wallboard_action.trigger()
        board = app.wallboard_window
        assert board is not None and app.session.wallboard is not None
        await until(lambda: board.isVisible() and board.table.rowCount() >= 12)
        assert board.agent_row("markus.pichler")

        # An agent takes a call with a hostile caller name: on the board within the feed's
        # latency, as plain text.
        hostile = "<b>Evil</b> <a href='http://x'>link</a>"
        reads = app.session.wallboard.reads
        in_store(app, lambda conn: applier.apply_writes(conn, [(
            "p1", "presence.set", {
                "login": "markus.pichler", "state": "on_call", "reason": None,
                "since": datetime.now(UTC).isoformat(),
                "current_call": {"caller": hostile, "topic": "Pensions",
                                 "started": datetime.now(UTC).isoformat()}},
        )], client_id="test", actor_login="markus.pichler"))  # fmt: skip
        seconds = await until(lambda: board.agent_row("markus.pichler")[3] == hostile, 15)
        print(f"wallboard: the change was on screen {seconds:.2f} s after it was written")
        row = board.agent_row("markus.pichler")
        assert row[1] == "On call" and row[5] == "Pensions", row
        assert app.session.wallboard.reads > reads
        assert seconds < 15
        for label in board.findChildren(type(board.updated)):
            assert label.textFormat() == Qt.TextFormat.PlainText
        board.select_agent("markus.pichler")
        assert board.listen_buttons["monitor"].isEnabled()
        board.select_agent("paola.moretti")
        assert not board.listen_buttons["monitor"].isEnabled()  # not on a call

        # Markus's desk crashes mid-call: no "offline" comes, its presence stamps just stop.
        # Three beats later the board says so, and counts him in no state. (The demo's own
        # stamping of its colleagues waits meanwhile; it is run by hand below.)
        app.session._colleagues_timer.stop()
        on_call = board.tiles["on_call"].value.text()
        in_store(app, lambda conn: conn.execute(
            update(schema.agent_presence)
            .where(schema.agent_presence.c.agent_id == select(schema.agents.c.id).where(
                schema.agents.c.login == "markus.pichler").scalar_subquery())
            .values(heartbeat_at=datetime.now(UTC) - STALE_AFTER - timedelta(seconds=5))
        ))  # fmt: skip
        app.session.wallboard.refresh()  # the board's own poll, without its 10 s wait
        await until(lambda: board.agent_row("markus.pichler")[1] == "Not responding", 15)
        row = board.agent_row("markus.pichler")
        assert row[3] == "" and re.fullmatch(r"03:[0-5]\d", row[2]), row  # since the last stamp
        assert int(board.tiles["on_call"].value.text()) == int(on_call) - 1
        board.select_agent("markus.pichler")
        assert not board.listen_buttons["monitor"].isEnabled()  # nothing to listen to
        board.resize(1600, 900)
        board.grab().save(str(folder / "wallboard.png"))

        # The demo's colleagues are stamped by the demo app itself, every heartbeat.
        app.session._colleagues_timer.timeout.emit()
        await until(lambda: in_store(app, lambda c: c.scalar(
            select(schema.agent_presence.c.heartbeat_at).join(schema.agents).where(
                schema.agents.c.login == "markus.pichler"))).replace(tzinfo=UTC)
            > datetime.now(UTC) - timedelta(minutes=1), 15)  # fmt: skip
        app.session.wallboard.refresh()
        await until(lambda: board.agent_row("markus.pichler")[1] == "On call", 15)

        # A broadcast to German speakers, from the compose dialog.
        click(qtbot, board.announce_button)
        await until(lambda: app.session.announcements is not None and _composer(app) is not None)
        dialog = _composer(app)
        dialog.body.setPlainText("Rückrufe auf Deutsch: heute bis 18 Uhr.")
        dialog.audience.setCurrentIndex(dialog.audience.findData("de"))
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
        await until(lambda: in_store(app, lambda c: c.execute(
            select(schema.announcements.c.id).where(schema.announcements.c.language == "de")
            .where(schema.announcements.c.body.like("Rückrufe%"))).first()), 15)  # fmt: skip
        bar = window.announcements
        await until(lambda: bar.isVisible() and "Rückrufe" in bar.body.text(), 15)
        assert bar.body.textFormat() == Qt.TextFormat.PlainText
        new_id = bar.items()[0].id
        click(qtbot, bar.read_button)
        await until(lambda: in_store(app, lambda c: c.execute(
            select(schema.announcement_reads).where(
                schema.announcement_reads.c.announcement_id == new_id)).first()), 15)  # fmt: skip
        await until(lambda: all(i.read for i in bar.items() if i.id == new_id))
        app.app.setQuitOnLastWindowClosed(False)  # the test's loop runs on after the windows
        try:
            window.close()  # closing the phone closes the wallboard with it
            assert not board.isVisible()
        finally:
            app.app.setQuitOnLastWindowClosed(True)


async def test_the_supervisors_app_opens_calls_switches_and_ends_a_listen_in(
    supervisor_app: AppController, qtbot, caller_tone: str
) -> None:
    """The supervisor's side against a phone standing in for the agent's app: the session and its
    audit row come first, the call carries the token, a mode switch is written then dialled as
    ChanSpy's digit, and stopping hangs up and ends the session."""
    app = supervisor_app
    agent_phone = peer(caller_tone, "1003", "agent-phone")

    window = app.window
    try:
        async with running(app, timeout=120):
            in_store(app, lambda conn: conn.execute(
                schema.agents.update().where(schema.agents.c.login == "markus.pichler")
                .values(sip_uri=f"sip:1003@{agent_phone.address}")))  # fmt: skip
            in_store(app, lambda conn: applier.apply_writes(conn, [(
                "p2", "presence.set", {
                    "login": "markus.pichler", "state": "on_call", "reason": None,
                    "since": datetime.now(UTC).isoformat(),
                    "current_call": {"caller": "Maria Rossi", "sip_call_id": "call-42@127.0.0.1",
                                     "started": datetime.now(UTC).isoformat()}},
            )], client_id="test", actor_login="markus.pichler"))  # fmt: skip
            window.wallboard_action.trigger()
            board = app.wallboard_window
            await until(lambda: board.agent_row("markus.pichler")[3:4] == ["Maria Rossi"], 15)
            board.select_agent("markus.pichler")
            click(qtbot, board.listen_buttons["monitor"])
            request = await peer_event(agent_phone, "IncomingCall", lambda e: True)
            (opened,) = audit_rows(app, "monitor.open")
            assert (
                opened["subject"] == "call-42@127.0.0.1" and opened["detail"]["mode"] == "monitor"
            )
            m = schema.monitor_sessions
            token = in_store(app, lambda c: c.scalar(select(m.c.token).where(m.c.id ==
                                                     opened["detail"]["session"])))  # fmt: skip
            assert request.monitor_token == token
            await until(lambda: "Markus Pichler" in board.listen_status.text())
            agent_phone.command("answer", call_id=request.call_id)
            leg = request.call_id
            await peer_event(
                agent_phone, "CallMediaChanged", lambda e: e.call_id == leg and e.state == "active"
            )

            click(qtbot, board.listen_buttons["barge"])
            digit = await peer_event(agent_phone, "DtmfReceived",
                                     lambda e: e.call_id == request.call_id)  # fmt: skip
            assert digit.digit == "6"
            mode = in_store(app, lambda c: c.scalar(select(m.c.mode).where(m.c.token == token)))
            assert str(getattr(mode, "value", mode)) == "barge"
            assert board.listen_buttons["barge"].isChecked()

            click(qtbot, board.stop_button)
            await disconnected(agent_phone, request.call_id)
            await until(lambda: in_store(app, lambda c: c.scalar(
                select(m.c.ended_at).where(m.c.token == token))) is not None)  # fmt: skip
            await until(lambda: not board.stop_button.isEnabled())
    finally:
        agent_phone.close()


def _composer(app: AppController) -> Any:
    from ui.announcements import AnnouncementComposer

    found = app.window.findChildren(AnnouncementComposer)
    return found[-1] if found else None


async def test_an_agent_sees_no_supervisor_tools(app) -> None:
    async with running(app, timeout=60):
        assert not app.window.supervisor_menu.menuAction().isVisible()
        assert not app.window.wallboard_action.isEnabled()
        assert app.session.wallboard is None and app.session.listen is None
        app.window.wallboard_action.trigger()  # even triggered by hand: nothing opens
        assert app.wallboard_window is None


@pytest.mark.parametrize("language", [PSEUDO, "de", "ru", "ar"])
def test_the_wallboard_fits_its_labels_in_every_language(qapp, qtbot, language: str) -> None:
    """The languages with the longest labels, the pseudo-locale and right-to-left Arabic."""
    board = WallboardWindow()
    qtbot.addWidget(board)
    try:
        assert apply_language(qapp, language, resources_dir() / "translations")
        board.set_board(board_view())
        board.set_listening("b", "whisper")
        board.resize(1280, 800)
        board.show()
        qtbot.waitExposed(board)
        assert clipped_texts(board) == []
        assert board.isRightToLeft() == (language == "ar")
    finally:
        apply_language(qapp, "C", resources_dir() / "translations")
