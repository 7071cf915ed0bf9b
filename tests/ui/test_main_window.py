"""The main window on a real seeded store, driven as an agent would (pytest-qt, offscreen)."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from softphone.app import AppController, AppOptions
from softphone.paths import app_paths
from softphone.settings import Settings, load_settings
from tests.support.app_driver import (
    click_save,
    open_settings,
    running,
    start_until,
    stop,
    type_into,
)
from tests.support.qt_async import until, wait_signal
from ui.viewmodels import AgentCard, HomeView, TicketRow


@pytest.fixture
def make_controller(qapp, async_loop):
    controllers: list[AppController] = []

    def make(
        options: AppOptions | None = None,
        settings: Settings | None = None,
        problem: str | None = None,
    ):
        paths = app_paths().ensure()
        controller = AppController(
            qapp,
            options or AppOptions(demo=True),
            paths,
            settings or Settings(take_callbacks=False),
            problem,
        )
        controllers.append(controller)
        return controller

    yield make
    for controller in controllers:
        controller.shutdown_now()  # a failed test must not leave its engine or sync thread up
        controller.window.close()
        controller.window.deleteLater()


async def test_demo_window_shows_the_seeded_store(make_controller, qtbot) -> None:
    controller = make_controller()
    window = controller.window

    async with running(controller, phone=False):
        assert window.screen_pop.greeting.text() == "Hello, Giulia Rossi"
        assert "Italiano, Deutsch, English" in window.screen_pop.waiting.text()
        assert window.screen_pop.tickets_model.rowCount() == 100
        assert "of 3" in window.screen_pop.tickets_title.text()  # "the latest 100 of 3xx"
        assert window.callback_queue.model.rowCount() >= 20
        # The agent's presence goes out through the outbox; once it is in, nothing waits.
        await until(lambda: window.status.store.text() == "Store: connected (SQLite)")
        assert window.status.registration.text().startswith(
            "SIP: registered as giulia.rossi@127.0.0.1:"
        )
        assert window.status.agent_state.text() == "Available"  # the phone registered

        # The canned answers come from the local cache: each answer once, in the agent's
        # first language, with every translation a keystroke away.
        panel = window.canned_answers
        await until(lambda: panel.model.rowCount() == 8)
        assert {panel.model.row(i).language for i in range(8)} == {"it"}
        window.side_tabs.setCurrentWidget(panel)
        qtbot.keyClicks(panel.search, "::pin")
        assert [panel.model.row(i).key for i in range(panel.model.rowCount())] == [
            "telephone_pin_howto"
        ]
        qtbot.keyClicks(panel.search, "\b\b\b\b\bIBAN")
        assert panel.model.row(0).key == "iban_change"
        index = panel.model.index(0, 0)
        rect = panel.view.visualRect(index)
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())  # fmt: skip
        assert panel.current is not None and "IBAN" in panel.current.title
        assert panel.preview.toPlainText() == panel.current.text
        assert "{{" not in panel.current.text  # filled, or a marked gap
        assert len(panel.current.languages) == 8
        # A category narrows the list to its topic's answers.
        panel.search.clear()
        panel.topic.setCurrentIndex(panel.topic.findData("payments"))
        listed = [panel.model.row(i).key for i in range(panel.model.rowCount())]
        assert listed and "iban_change" in listed
        assert {controller.session.canned.index.group(k).topic_code for k in listed} == {"payments"}


async def test_dial_pad_keys_type_into_the_dial_field(make_controller, qtbot) -> None:
    controller = make_controller()
    pad = controller.window.dial_pad

    async with running(controller, phone=False):
        for key in "0039#":
            qtbot.mouseClick(pad.keys[key], Qt.MouseButton.LeftButton)
        assert pad.number.text() == "0039#"
        assert pad.call_button.isEnabled()  # the demo's phone is registered
        assert not pad.hint.isVisible()


HOSTILE = '<b>Bold</b> <a href="https://evil.example">click</a> <img src=x> \u202eevil'


async def test_outside_text_is_shown_as_plain_text(make_controller) -> None:
    """Names and subjects are data: never interpreted as markup, never a clickable link."""
    controller = make_controller()
    window = controller.window

    async with running(controller, phone=False):
        window.show_home(
            HomeView(
                agent=AgentCard(HOSTILE, "x", "agent", ("it",), None),
                tickets=(
                    TicketRow(
                        "CC-1",
                        HOSTILE,
                        HOSTILE,
                        HOSTILE,
                        "sms",
                        "open",
                        "it",
                        datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
                    ),
                ),
            )
        )
        assert window.screen_pop.greeting.text() == f"Hello, {HOSTILE}"
        index = window.screen_pop.tickets_model.index(0, 1)
        assert window.screen_pop.tickets_model.data(index) == HOSTILE
        labels = window.findChildren(QLabel)
        assert len(labels) >= 8
        not_plain = [
            label.objectName() or label.text()
            for label in labels
            if label.textFormat() != Qt.TextFormat.PlainText or label.openExternalLinks()
        ]
        assert not_plain == []


async def test_settings_refuse_invalid_entries_next_to_the_field(make_controller, qtbot):
    controller = make_controller()

    async with running(controller, phone=False):
        dialog = open_settings(controller)
        type_into(qtbot, dialog.default_region, "XX")
        type_into(qtbot, dialog.store_url, "postgresql://giulia:hunter2@db.example.org/tickets")
        qtbot.mouseClick(dialog.add_account_button, Qt.MouseButton.LeftButton)
        type_into(qtbot, dialog.sip_username, "1001")
        click_save(qtbot, dialog)
        assert dialog.isVisible()  # refused, not closed
        assert "Unknown country code" in dialog.error_text("default_region")
        assert "password" in dialog.error_text("store_url")
        assert "domain" in dialog.error_text("sip_domain").lower()
        assert dialog.error_text("agent_login") == ""
        assert not app_paths().settings_file.exists()  # nothing was saved
        dialog.reject()


async def test_passwords_go_to_the_keyring_and_nowhere_else(
    make_controller, qtbot, memory_keyring, caller_tone
) -> None:
    """A whole session: a SIP account that registers with its password, a store password,
    settings saved, a call with a note and a ticket, the log at debug level. Afterwards neither
    password is in any file under the app's home (settings, log, local store, the embedded
    central store), nor in any row of the store, as it is or encoded (URL, base64, hex)."""
    import logging

    from crm.db import make_engine
    from sip.config import TlsSettings
    from softphone.logging_setup import configure_logging
    from softphone.settings import SipAccountSettings
    from tests.support.app_driver import click, disconnected, peer, ring
    from tests.support.demo_store import caller_with_open_ticket
    from tests.support.kamailio import Kamailio
    from tests.support.leaks import files_holding, rows_holding
    from ui.viewmodels import AgentState, CallPhase

    controller = make_controller(AppOptions(demo=True, demo_caller=False))
    sip_secret, store_secret = "Sip-S3cret-9931", "St0re-S3cret-4417"
    paths = app_paths().ensure()
    root = logging.getLogger()
    level = root.level
    configure_logging(paths.log_file, level=logging.DEBUG)  # as the app logs, and more
    page = controller.window.screen_pop.caller_page

    try:
        with Kamailio(users={"1001": sip_secret}) as registrar:
            async with running(controller, timeout=90):
                dialog = open_settings(controller)
                qtbot.mouseClick(dialog.add_account_button, Qt.MouseButton.LeftButton)
                type_into(qtbot, dialog.sip_username, "1001")
                type_into(qtbot, dialog.sip_domain, f"127.0.0.1:{registrar.port}")
                type_into(qtbot, dialog.sip_password, sip_secret)
                type_into(qtbot, dialog.store_password, store_secret)
                type_into(qtbot, dialog.agent_login, "giulia.rossi")
                reopened = asyncio.ensure_future(wait_signal(controller.home_shown, timeout=30))
                await asyncio.sleep(0)
                click_save(qtbot, dialog)
                assert not dialog.isVisible()
                await reopened  # a new agent login: the store is opened again for them
                await until(lambda: registrar.is_registered("1001"), 15)  # the password was used
                e164, *_ = caller_with_open_ticket(controller)
                caller = peer(caller_tone, e164, "caller")
                try:
                    call_id, _pop = await ring(controller, caller, {})
                    click(qtbot, controller.window.incoming.answer_button)
                    await until(
                        lambda: (
                            CallPhase.ACTIVE in [c.phase for c in controller.phone.calls.calls()]
                        )
                    )
                    qtbot.keyClicks(page.note, "Asked about the statement.")
                    click(qtbot, page.new_ticket_button)
                    qtbot.keyClicks(page.ticket_dialog.subject, "Statement missing")
                    page.ticket_dialog.buttons.accepted.emit()
                    caller.command("hangup", call_id=call_id)
                    await disconnected(caller, call_id)
                    await until(lambda: controller.phone.calls.state is AgentState.WRAP_UP)
                    controller.window.status.state_actions()["available"].trigger()  # wrap-up done
                    await until(lambda: controller.phone.calls.state is AgentState.AVAILABLE)
                finally:
                    caller.close()
                sync = controller.session.sync
                await until(lambda: sync.status.pending == 0 and not sync.local.drafts(), 15)
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_softphone", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    assert memory_keyring.secrets[("contact-softphone", "sip:default")] == sip_secret
    assert memory_keyring.secrets[("contact-softphone", "store")] == store_secret
    saved = load_settings(app_paths().settings_file).settings
    assert saved.accounts[0].username == "1001"
    assert paths.log_file.stat().st_size > 0  # there is a log, and it was looked through
    home = Path(app_paths().config_dir).parent
    secrets = [sip_secret, store_secret]
    assert files_holding(home, secrets) == []
    central = make_engine(f"sqlite:///{paths.embedded_store}")
    try:
        assert rows_holding(central, secrets) == []
    finally:
        central.dispose()
    # TLS certificates are verified unless an account says otherwise.
    assert saved.accounts[0].tls_verify_server and SipAccountSettings().tls_verify_server
    assert TlsSettings().verify_server


async def test_without_a_secure_keyring_the_agent_is_told(make_controller, qtbot):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    controller = make_controller()

    async with running(controller, phone=False):
        await asyncio.wait_for(_until(lambda: not controller.settings_flow.keyring_secure), 10)
        assert controller.window.status.keyring_warning.isVisible()
        dialog = open_settings(controller)
        assert dialog.keyring_note.isVisible()
        qtbot.mouseClick(dialog.add_account_button, Qt.MouseButton.LeftButton)
        type_into(qtbot, dialog.sip_username, "1001")
        type_into(qtbot, dialog.sip_domain, "pbx.example.org")
        type_into(qtbot, dialog.sip_password, "whatever-1234")
        click_save(qtbot, dialog)
        assert dialog.isVisible()
        assert "not saved" in dialog.error_text("sip_password")
        assert not app_paths().settings_file.exists()
        dialog.reject()


async def _until(condition, step: float = 0.01) -> None:
    # The keyring check runs on a worker thread and reports back through the loop.
    while not condition():
        await asyncio.sleep(step)


async def test_an_unreachable_store_is_reported_not_fatal(make_controller) -> None:
    controller = make_controller(AppOptions(store_url="postgresql://postgres@127.0.0.1:9/none"))

    async with asyncio.timeout(30):
        task, (reason,) = await start_until(controller, controller.store_failed, timeout=30)
        assert "127.0.0.1:9" in reason
        assert controller.window.status.store.text() == "Store: unreachable"
        boxes = [b for b in controller.window.findChildren(QMessageBox) if b.isVisible()]
        assert boxes and "127.0.0.1:9" in boxes[0].text()
        assert await stop(controller, task) == 0


async def test_unreadable_settings_are_reported_and_kept(make_controller) -> None:
    paths = app_paths().ensure()
    paths.settings_file.write_text("{not json", encoding="utf-8")
    from softphone.settings import load_settings as load

    loaded = load(paths.settings_file)
    controller = make_controller(settings=loaded.settings, problem=loaded.problem)

    async with running(controller, phone=False):
        boxes = [b for b in controller.window.findChildren(QMessageBox) if b.isVisible()]
        assert any("default settings" in b.text() for b in boxes)
    controller.window.close()
    kept = list(paths.config_dir.glob("settings.json.unreadable-*"))
    assert [p.read_text(encoding="utf-8") for p in kept] == ["{not json"]
    assert json.loads(json.dumps({"ok": True}))


async def test_the_demo_caller_rings_the_agent_with_seeded_numbers(make_controller):
    controller = make_controller()

    async with running(controller, phone=False):
        assert controller.phone.calls is not None
        (call,) = await wait_signal(controller.phone.calls.incoming_call, timeout=30)
        assert call.number.startswith("+")  # a seeded caller's number, shown internationally
        assert call.topic and call.language  # the IVR data the demo caller sends
        assert call.name  # seeded callers come with their names
        message = controller.window.status.currentMessage()
        assert message == f"Incoming call from {call.name}"


async def test_no_demo_caller_outside_the_demo(make_controller, tmp_path) -> None:
    import psutil

    from crm.db import make_engine, session_factory
    from crm.migrate import upgrade
    from crm.seed import seed_demo
    from tests.support.demo_store import CATALOG_PATH

    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    with session_factory(engine).begin() as session:
        seed_demo(session, json.loads(CATALOG_PATH.read_text(encoding="utf-8")))
    engine.dispose()
    controller = make_controller(AppOptions(store_url=url))

    async with running(controller, phone=False):
        children = psutil.Process().children(recursive=True)
        assert not [p for p in children if "sip.demo_caller" in " ".join(p.cmdline())]
        assert controller.window.status.registration.text() == "SIP: no account"
        pad = controller.window.dial_pad
        assert not pad.call_button.isEnabled() and pad.hint.isVisible()  # and it says why
