"""The agent's phone in the window, driven by clicks, with real calls on loopback: the app's own
SIP engine (demo account) and callers running our engine in other processes."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from softphone.app import AppController, AppOptions
from softphone.paths import app_paths
from softphone.settings import Settings
from tests.support.app_driver import (
    click,
    disconnected,
    peer,
    peer_event,
    record_a_while,
    ring_and_answer,
    running,
    type_into,
)
from tests.support.audio import read_wav, tone_present
from tests.support.demo_store import presence
from tests.support.qt_async import until, wait_signal
from tests.support.sip_peer import SipPeer
from tests.ui.conftest import CALLER_HZ
from ui.viewmodels import AgentState, CallPhase


async def test_incoming_call_answer_controls_hang_up_wrap_up(app, caller, qtbot) -> None:
    window = app.window

    async with running(app, timeout=90):
        assert window.status.agent_state.text() == "Available"
        assert window.dial_pad.call_button.isEnabled()
        await until(lambda: presence(app)[0] == "available")

        # It rings: the notification comes up with the IVR data, topic by its name.
        ringing = asyncio.ensure_future(wait_signal(app.phone.calls.incoming_call))
        await asyncio.sleep(0)
        caller_call = caller.command(
            "make_call", account_id="me", target=app.phone.telephony.local_uri,
            headers={"X-IVR-Topic": "pensions", "X-IVR-Language": "it",
                     "X-Caller-Verified": "pin"},
        )  # fmt: skip
        (_call,) = await ringing
        assert window.incoming.isVisible()
        assert window.incoming.number.text() == "+39 06 1234 5678"
        assert "Pensions" in window.incoming.ivr.text()
        assert "Identity verified" in window.incoming.ivr.text()

        click(qtbot, window.incoming.answer_button)
        await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
        assert not window.incoming.isVisible()
        assert window.call_panel.isVisible()
        assert window.status.agent_state.text() == "On call"
        await until(lambda: presence(app)[0] == "on_call")
        assert presence(app)[2]["number"] == "+39 06 1234 5678"

        # Record: what the caller says arrives in the WAV.
        samples, rate = read_wav(str(await record_a_while(app, qtbot)))
        assert tone_present(samples[rate // 3 :], rate, CALLER_HZ)

        # Hold and resume: the caller sees it.
        click(qtbot, window.call_panel.hold_button)
        await peer_event(
            caller,
            "CallMediaChanged",
            lambda e: e.call_id == caller_call and e.state == "remote_hold",
        )
        await until(lambda: app.phone.calls.calls()[0].phase is CallPhase.HELD)
        click(qtbot, window.call_panel.hold_button)
        await until(lambda: app.phone.calls.calls()[0].phase is CallPhase.ACTIVE)

        click(qtbot, window.call_panel.mute_button)
        await until(lambda: app.phone.calls.calls()[0].muted)
        click(qtbot, window.call_panel.mute_button)
        await until(lambda: not app.phone.calls.calls()[0].muted)

        # DTMF from the keypad reaches the caller, in order.
        click(qtbot, window.call_panel.keypad_button)
        for key in "12#":
            click(qtbot, window.call_panel.dtmf_keys[key])
        await peer_event(caller, "DtmfReceived", lambda e: e.digit == "#")
        assert [e.digit for e in caller.events.all("DtmfReceived")] == ["1", "2", "#"]

        # Hang up: wrap-up, then Available again by itself.
        click(qtbot, window.call_panel.hangup_button)
        await disconnected(caller, caller_call)
        await until(lambda: app.phone.calls.state is AgentState.WRAP_UP)
        assert window.status.agent_state.text().startswith("Wrap-up")
        await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, timeout=5)
        assert not window.call_panel.isVisible()
        await until(lambda: presence(app)[0] == "available")
        (recent,) = app.phone.calls.recent()
        assert (recent.kind, recent.number) == ("incoming", "+390612345678")
        assert recent.duration_s >= 1


async def test_paused_agent_declines_calls_as_busy(app, caller, qtbot) -> None:
    async with running(app, timeout=60):
        app.window.status.state_actions()["pause:training"].trigger()
        assert app.window.status.agent_state.text() == "Paused: Training"
        await until(lambda: presence(app)[:2] == ("paused", "training"))
        caller_call = caller.command("make_call", account_id="me",
                                     target=app.phone.telephony.local_uri, headers={})  # fmt: skip
        ended = await disconnected(caller, caller_call)
        assert ended.code == 486
        assert not app.window.incoming.isVisible()
        await until(lambda: len(app.phone.calls.recent()) == 1)
        assert app.phone.calls.recent()[0].kind == "missed"
        app.window.status.state_actions()["available"].trigger()
        assert app.phone.calls.state is AgentState.AVAILABLE


async def test_dial_from_the_field_then_blind_transfer(app, caller, colleague, qtbot):
    window = app.window

    async with running(app, timeout=60):
        # A mistyped number is refused next to the field, nothing is dialled.
        qtbot.keyClicks(window.dial_pad.number, "call me maybe")
        qtbot.keyClick(window.dial_pad.number, Qt.Key.Key_Return)
        await until(lambda: window.dial_pad.error.isVisible())
        assert "Not a phone number" in window.dial_pad.error.text()
        assert app.phone.calls.calls() == ()

        window.dial_pad.number.clear()
        qtbot.keyClicks(window.dial_pad.number, f"sip:+390612345678@{caller.address}")
        click(qtbot, window.dial_pad.call_button)
        incoming = await peer_event(caller, "IncomingCall", lambda e: True)
        assert not window.dial_pad.error.isVisible()
        caller.command("answer", call_id=incoming.call_id)
        await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])

        qtbot.keyClicks(window.call_panel.transfer_target, f"sip:2002@{colleague.address}")
        click(qtbot, window.call_panel.transfer_button)
        at_colleague = await peer_event(colleague, "IncomingCall", lambda e: True)
        colleague.command("answer", call_id=at_colleague.call_id)
        await until(lambda: app.phone.calls.calls() == (), timeout=15)  # handed over: our leg ends
        assert [r.kind for r in app.phone.calls.recent()] == ["outgoing"]
        # The dial field is ready for the next number (redial keeps this one).
        await until(lambda: window.dial_pad.number.text() == "", timeout=5)


async def test_keyboard_only_blind_transfer_ctrl_shift_t_then_enter(
    app, caller, colleague, qtbot
) -> None:
    """Issue 20, point 5: the transfer shortcut puts the cursor in "Transfer to...", and Enter
    there transfers, as Enter in the dial field dials: no Tab to the button."""
    window = app.window

    async with running(app, timeout=60):
        window.dial_pad.number.setText(f"sip:+390612345678@{caller.address}")
        click(qtbot, window.dial_pad.call_button)
        incoming = await peer_event(caller, "IncomingCall", lambda e: True)
        caller.command("answer", call_id=incoming.call_id)
        await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])

        window.activateWindow()
        await until(window.isActiveWindow, 5)
        qtbot.keyClick(
            window.focusWidget() or window, Qt.Key.Key_T,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )  # fmt: skip
        field = window.call_panel.transfer_target
        await until(field.hasFocus, 5)
        qtbot.keyClicks(field, f"sip:2002@{colleague.address}")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        at_colleague = await peer_event(colleague, "IncomingCall", lambda e: True)
        colleague.command("answer", call_id=at_colleague.call_id)
        await until(lambda: app.phone.calls.calls() == (), timeout=15)  # handed over: our leg ends
        # Enter with no call up (or an empty field) does nothing, as the button would.
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert app.phone.calls.calls() == ()


async def test_recent_calls_survive_a_restart(app, caller, qtbot, qapp) -> None:
    async with running(app, timeout=60):
        caller_call = caller.command("make_call", account_id="me",
                                     target=app.phone.telephony.local_uri, headers={})  # fmt: skip
        await until(lambda: app.window.incoming.isVisible())
        click(qtbot, app.window.incoming.reject_button)
        await disconnected(caller, caller_call)
        await until(lambda: len(app.phone.calls.recent()) == 1)
    again = AppController(qapp, AppOptions(demo=True, demo_caller=False), app_paths().ensure(),
                          Settings(take_callbacks=False))  # fmt: skip

    try:
        async with running(again, timeout=60):
            (entry,) = again.phone.calls.recent()
            assert entry.number == "+390612345678" and entry.kind == "incoming"
    finally:
        again.shutdown_now()
        again.window.close()
    assert Path(app.paths.data_dir / "recent-calls.json").exists()


def _softphone(*args: str, timeout: float = 60):
    import os
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "softphone", *args],
        capture_output=True, text=True, timeout=timeout, check=False,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip


async def test_softphone_dial_reaches_the_running_instance(app, colleague) -> None:
    async with running(app, timeout=90):
        raised = asyncio.ensure_future(wait_signal(app.instance.raise_requested))
        loop = asyncio.get_running_loop()
        target = f"sip:2002@{colleague.address}"
        result = await loop.run_in_executor(None, lambda: _softphone("dial", target))
        assert result.returncode == 0, result.stderr
        assert "handed to the running softphone" in result.stdout
        await raised
        incoming = await peer_event(colleague, "IncomingCall", lambda e: True)
        assert incoming.caller_user == "giulia.rossi"
        assert [c.phase for c in app.phone.calls.calls()] == [CallPhase.DIALING]
        assert app.window.dial_pad.number.text() == target

        # A second start of the app hands over to this one and leaves at once.
        second = await loop.run_in_executor(None, lambda: _softphone("--demo"))
        assert second.returncode == 0, second.stderr


async def test_keyboard_and_headset_keys(app, caller, qtbot) -> None:
    window = app.window

    async with running(app, timeout=60):
        caller_call = caller.command("make_call", account_id="me",
                                     target=app.phone.telephony.local_uri, headers={})  # fmt: skip
        await until(lambda: window.incoming.isVisible())
        window.incoming.activateWindow()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window.incoming, Qt.Key.Key_A, ctrl_shift)
        await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_O, ctrl_shift)
        await until(lambda: app.phone.calls.calls()[0].phase is CallPhase.HELD)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.dial_pad.number.hasFocus()
        qtbot.keyClick(window, Qt.Key.Key_Hangup)  # the headset's hang-up button
        await disconnected(caller, caller_call)


async def test_missed_calls_tray_recent_tab_call_back_and_close_to_tray(app, caller, qtbot) -> None:
    window = app.window

    async with running(app, timeout=60):
        assert app.phone.tray is not None
        caller_call = caller.command("make_call", account_id="me",
                                     target=app.phone.telephony.local_uri, headers={})  # fmt: skip
        await until(lambda: window.incoming.isVisible())
        caller.command("hangup", call_id=caller_call)  # the caller gives up: a missed call
        await until(lambda: not window.incoming.isVisible())
        await until(lambda: "1 missed call" in app.phone.tray.icon.toolTip())
        window.side_tabs.setCurrentWidget(window.recent_calls)
        assert "missed" not in app.phone.tray.icon.toolTip()
        assert window.recent_calls.proxy.rowCount() == 1
        qtbot.keyClicks(window.recent_calls.search, "0612")  # the number, in any form
        assert window.recent_calls.proxy.rowCount() == 1
        window.recent_calls.search.setText("nobody")
        assert window.recent_calls.proxy.rowCount() == 0
        window.recent_calls.search.setText("06 12")
        index = window.recent_calls.proxy.index(0, 2)
        window.recent_calls.view.doubleClicked.emit(index)  # call back
        await until(lambda: any(not c.incoming for c in app.phone.calls.calls()))
        outgoing = next(c for c in app.phone.calls.calls() if not c.incoming)
        assert outgoing.number == "+39 06 1234 5678"
        for call in app.phone.calls.calls():
            app.phone.calls.hangup(call.call_id)
        await until(lambda: app.phone.calls.calls() == ())

        window.close_to_tray = True
        window.close()  # closing the window keeps the phone running
        assert not window.isVisible() and not app._done.is_set()
        app.phone.tray.show_window_requested.emit()
        assert window.isVisible()


async def test_screenshots_of_the_phone(app, caller, qtbot, tmp_path) -> None:
    """Idle, ringing, in call, wrap-up. `make screenshots` keeps them in docs/."""
    import os

    from softphone.paths import resources_dir
    from ui.i18n import apply_language

    folder = Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)
    apply_language(app.app, "en", resources_dir() / "translations")  # as the app does
    window = app.window
    window.resize(1440, 860)
    shots: dict[str, Path] = {}

    def shoot(name: str, widget) -> None:
        qtbot.wait(50)  # let queued layout and paint events settle before grabbing
        path = folder / f"phone-{name}.png"
        assert widget.grab().save(str(path))
        shots[name] = path

    async with running(app, timeout=60):
        shoot("idle", window)
        caller.command(
            "make_call", account_id="me", target=app.phone.telephony.local_uri,
            headers={"X-IVR-Topic": "pensions", "X-IVR-Language": "de",
                     "X-Caller-Verified": "pin"},
        )  # fmt: skip
        await until(lambda: window.incoming.isVisible())
        shoot("ringing", window.incoming)
        click(qtbot, window.incoming.answer_button)
        await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
        await until(lambda: app.phone.calls.calls()[0].mos is not None, timeout=10)
        shoot("in-call", window)
        click(qtbot, window.call_panel.hangup_button)
        await until(lambda: app.phone.calls.state is AgentState.WRAP_UP)
        shoot("wrap-up", window)
    from PySide6.QtGui import QImage

    for name, path in shots.items():
        image = QImage(str(path))
        assert image.width() > 200 and image.height() > 100, name


async def test_a_second_save_while_the_first_still_registers_removes_what_it_must(
    app, memory_keyring
) -> None:
    """Two saves in quick succession: the second must see the accounts the first added (the
    CI once lost this race, and a removed account stayed registered)."""
    import socket

    from sip.engine_types import SipCommandError
    from softphone.settings import SipAccountSettings

    # A registrar that never answers: the accounts are added, their REGISTERs go unanswered.
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))
        domain = f"127.0.0.1:{silent.getsockname()[1]}"
        first = SipAccountSettings(id="default", username="1001", domain=domain)
        second = SipAccountSettings(id="account2", username="1002", domain=domain)

        async with running(app, timeout=60):
            telephony = app.phone.telephony
            saves = [
                asyncio.ensure_future(telephony.apply_accounts([first, second])),
                asyncio.ensure_future(telephony.apply_accounts([first])),
            ]
            await asyncio.gather(*saves)
            engine = telephony.engine
            assert "1001" in engine.account_uri("default").result(5)
            with pytest.raises(SipCommandError):
                engine.account_uri("account2").result(5)


async def test_settings_accounts_sound_and_shortcuts_apply_at_once(
    app, qtbot, memory_keyring, caller_tone, tmp_path
) -> None:
    from tests.support.kamailio import Kamailio

    with Kamailio(users={"1001": "pw-1001-x", "1002": "pw-1002-y"}) as k:
        async with running(app, timeout=90):
            app.window.settings_action.trigger()
            dialog = app.settings_flow.dialog
            for user, transport in (("1001", "UDP"), ("1002", "TCP")):
                click(qtbot, dialog.add_account_button)
                type_into(qtbot, dialog.sip_username, user)
                type_into(qtbot, dialog.sip_domain, f"127.0.0.1:{k.port}")
                dialog.sip_transport.setCurrentText(transport)
                type_into(qtbot, dialog.sip_password, f"pw-{user}-{'x' if user == '1001' else 'y'}")
            # The same key for two actions, and a ringtone that is not a sound: refused.
            edit = dialog.shortcut_edits["hang_up"]
            edit.setFocus()
            ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            qtbot.keyClick(edit, Qt.Key.Key_A, ctrl_shift)  # the answer key
            bogus = tmp_path / "ring.wav"
            bogus.write_text("not a sound", encoding="utf-8")
            type_into(qtbot, dialog.ringtone, str(bogus))
            click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
            assert dialog.isVisible()
            assert "Already used" in dialog.error_text("shortcut_hang_up")
            assert "Not a WAV" in dialog.error_text("ringtone")
            qtbot.keyClick(edit, Qt.Key.Key_E, ctrl_shift)
            type_into(qtbot, dialog.ringtone, caller_tone)
            click(qtbot, dialog.test_tone_button)
            ports = lambda: app.phone.telephony.engine.bridge_ports().result(5)  # noqa: E731
            await until(lambda: _tone_heard(ports()))
            click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
            assert not dialog.isVisible()
            # No restart: both accounts register now, the new shortcut is live.
            await until(lambda: k.is_registered("1001") and k.is_registered("1002"), 15)
            keys = app.window.shortcut_actions["hang_up"].shortcuts()
            assert keys[0].toString() == "Ctrl+Shift+E"
            assert memory_keyring.secrets[("contact-softphone", "sip:account2")] == "pw-1002-y"

            # Remove the second account: unregistered, and its password forgotten.
            app.window.settings_action.trigger()
            dialog = app.settings_flow.dialog
            dialog.account_list.setCurrentIndex(1)
            click(qtbot, dialog.remove_account_button)
            click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
            await until(lambda: not k.is_registered("1002"), 15)
            assert k.is_registered("1001")
            assert ("contact-softphone", "sip:account2") not in memory_keyring.secrets
            assert [a.username for a in app.settings.accounts] == ["1001"]


def _tone_heard(ports: list) -> bool:
    return any("tonegen" in name and 0 in listeners for _, name, listeners in ports)


@pytest.fixture
def third_party(caller_tone: str) -> Iterator[SipPeer]:
    p = peer(caller_tone, "+4930123456", "third-party")
    yield p
    p.close()


async def test_call_waiting_then_swap(app, caller, third_party, qtbot) -> None:
    window = app.window

    async with running(app, timeout=90):
        first_call = await ring_and_answer(app, caller, qtbot)
        first = app.phone.calls.calls()[0].call_id

        third_party.command("make_call", account_id="me", target=app.phone.telephony.local_uri,
                            headers={})  # fmt: skip
        await until(lambda: window.incoming.isVisible())
        assert window.incoming.waiting.isVisible()  # "answering puts your call on hold"
        click(qtbot, window.incoming.answer_button)
        phases = lambda: {c.call_id: c.phase for c in app.phone.calls.calls()}  # noqa: E731
        await until(lambda: phases().get(first) is CallPhase.HELD and len(phases()) == 2)
        await peer_event(
            caller,
            "CallMediaChanged",
            lambda e: e.call_id == first_call and e.state == "remote_hold",
        )
        second = next(i for i in phases() if i != first)
        await until(lambda: phases()[second] is CallPhase.ACTIVE)

        # Swap: pick the held caller in the list and resume; the other goes on hold.
        window.call_panel.list.setCurrentRow(
            [c.call_id for c in app.phone.calls.calls()].index(first)
        )
        click(qtbot, window.call_panel.hold_button)
        await until(lambda: phases() == {first: CallPhase.ACTIVE, second: CallPhase.HELD})

        # Both into a conference, then hang up everything.
        click(qtbot, window.call_panel.conference_button)
        await until(lambda: all(c.in_conference for c in app.phone.calls.calls()))
        assert set(phases().values()) == {CallPhase.ACTIVE}
        for call_id in list(phases()):
            app.phone.calls.hangup(call_id)
        await until(lambda: app.phone.calls.calls() == ())


async def test_consultation_then_attended_transfer(app, caller, colleague, qtbot) -> None:
    window = app.window

    async with running(app, timeout=90):
        caller_call = await ring_and_answer(app, caller, qtbot)

        qtbot.keyClicks(window.call_panel.transfer_target, f"sip:2002@{colleague.address}")
        click(qtbot, window.call_panel.consult_button)
        at_colleague = await peer_event(colleague, "IncomingCall", lambda e: True)
        colleague.command("answer", call_id=at_colleague.call_id)
        await until(lambda: sorted(c.phase.value for c in app.phone.calls.calls())
                    == ["active", "held"])  # fmt: skip
        await until(lambda: window.call_panel.complete_button.isEnabled())
        click(qtbot, window.call_panel.complete_button)
        replaced = await peer_event(colleague, "CallReplaced", lambda e: True, timeout=15)
        assert replaced.old_call_id == at_colleague.call_id
        await until(lambda: app.phone.calls.calls() == (), timeout=15)  # both our legs are gone
        await disconnected(caller, caller_call)  # the caller's old leg; its new one is up


async def test_paused_with_ring_policy_lets_it_ring(qapp, async_loop, caller, qtbot):
    settings = Settings(wrap_up_seconds=1, paused_incoming="ring", take_callbacks=False)
    app = AppController(
        qapp, AppOptions(demo=True, demo_caller=False), app_paths().ensure(), settings
    )

    try:
        async with running(app, timeout=60):
            app.window.status.state_actions()["pause:meeting"].trigger()
            caller.command(
                "make_call", account_id="me", target=app.phone.telephony.local_uri, headers={}
            )
            await until(lambda: app.window.incoming.isVisible())  # it rings despite the pause
            click(qtbot, app.window.incoming.reject_button)
            await until(lambda: app.phone.calls.calls() == ())
    finally:
        app.shutdown_now()
        app.window.close()


async def test_global_hot_keys_through_softphone_action(app, caller) -> None:
    """A desktop-wide key bound to `softphone action answer` answers whatever has the focus."""

    async with running(app, timeout=60):
        caller_call = caller.command("make_call", account_id="me",
                                     target=app.phone.telephony.local_uri, headers={})  # fmt: skip
        await until(lambda: app.window.incoming.isVisible())
        loop = asyncio.get_running_loop()
        answered = await loop.run_in_executor(None, lambda: _softphone("action", "answer"))
        assert answered.returncode == 0, answered.stderr
        await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
        hung_up = await loop.run_in_executor(None, lambda: _softphone("action", "hang_up"))
        assert hung_up.returncode == 0
        await disconnected(caller, caller_call)
    nobody = _softphone("action", "answer")
    assert nobody.returncode == 1 and "no softphone is running" in nobody.stderr


async def test_incoming_call_comes_up_while_the_main_window_is_minimised(
    app, caller, qtbot
) -> None:
    window = app.window

    async with running(app, timeout=60):
        window.showMinimized()
        await until(lambda: window.isMinimized())
        caller.command(
            "make_call", account_id="me", target=app.phone.telephony.local_uri, headers={}
        )
        await until(lambda: window.incoming.isVisible())
        # Its own top-level window, on top, not minimised with the main window.
        assert window.incoming.isWindow() and window.incoming.parent() is None
        assert window.incoming.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
        assert not window.incoming.isMinimized()
        assert window.isMinimized()
        click(qtbot, window.incoming.answer_button)
        await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
        for call in app.phone.calls.calls():
            app.phone.calls.hangup(call.call_id)
        await until(lambda: app.phone.calls.calls() == ())
