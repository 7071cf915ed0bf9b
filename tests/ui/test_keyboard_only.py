"""A blind agent's day, keyboard alone (pytest-qt, real pjsua2 calls on loopback, the demo
store): from a ringing call to a transfer and its wrap-up, and from a callback to its outcome.
Only key events are sent; an application-wide filter proves that no mouse event reached any
widget."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from softphone.app import AppController, AppOptions
from softphone.paths import app_paths, resources_dir
from softphone.settings import Settings
from tests.support.a11y import accessible_name
from tests.support.app_driver import disconnected, peer, peer_event, ring, running
from tests.support.demo_store import CUSTOMER, caller_with_open_ticket, prepare_store, store_rows
from tests.support.qt_async import until, wait_signal
from tests.support.sip_peer import SipPeer
from ui.i18n import apply_language
from ui.viewmodels import AgentState, CallPhase

pytestmark = pytest.mark.timeout(150)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MOUSE = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.NonClientAreaMouseButtonPress, QEvent.Type.ContextMenu,
}  # fmt: skip


class MouseCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE:
            self.seen.append(f"{event.type().name} on {watched.objectName()}")
        return False


@pytest.fixture
def no_mouse(qapp) -> Iterator[MouseCounter]:
    counter = MouseCounter()
    qapp.installEventFilter(counter)
    apply_language(qapp, "en", resources_dir() / "translations")
    yield counter
    qapp.removeEventFilter(counter)
    apply_language(qapp, "C", resources_dir() / "translations")


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focus(), key, modifiers)


def press_until(qtbot: Any, key: Qt.Key, done: Callable[[], bool], limit: int = 40) -> int:
    """Press `key` until `done()`; how many presses it took (fails past `limit`: a trap)."""
    for presses in range(limit + 1):
        if done():
            return presses
        press(qtbot, key)
    raise AssertionError(f"{limit} presses of {key.name} and still not there (at {focus()})")


def choose_in_popup(qtbot: Any, *keys: Qt.Key) -> None:
    """Keys for the menu a key press opened (it runs its own loop until closed)."""

    def send() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, send)
            return
        for key in keys:
            qtbot.keyClick(popup, key)

    QTimer.singleShot(20, send)


async def end_wrap_up(app: AppController, qtbot: Any) -> None:
    """F6 to the status bar, Tab to the agent state, Space opens its menu, "Available"."""
    window = app.window
    for _ in range(6):
        if window.status.isAncestorOf(focus()):
            break
        press(qtbot, Qt.Key.Key_F6)
    assert window.status.isAncestorOf(focus())
    press_until(qtbot, Qt.Key.Key_Tab, lambda: focus() is window.status.agent_state)
    assert accessible_name(focus()).startswith("Your state: Wrap-up")
    choose_in_popup(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, timeout=10)


async def test_from_a_ringing_call_to_a_transfer_and_its_wrap_up_with_the_keyboard_alone(
    app: AppController,
    caller_tone: str,
    colleague: SipPeer,
    qtbot,
    no_mouse: MouseCounter,
) -> None:
    window = app.window
    page = window.screen_pop.caller_page

    async with running(app, timeout=120):  # a loaded machine starts the app slowly
        await until(lambda: len(app.session.canned.index) == 8)
        e164, name, number, topic, _subject = caller_with_open_ticket(app)
        caller = peer(caller_tone, e164, "caller")
        try:
            call_id, _pop = await ring(
                app, caller, {"X-IVR-Topic": topic, "X-IVR-Language": "it",
                              "X-Caller-Verified": "pin"},
            )  # fmt: skip
            await until(lambda: window.incoming.isVisible())
            # The headset's habit: answer with the shortcut, from the incoming-call window.
            qtbot.keyClick(window.incoming, Qt.Key.Key_A, CTRL | SHIFT)
            await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
            app.phone.calls.wrap_up_seconds = 60  # time to choose the outcome

            # Read the card: Ctrl+L is back in the window, F6 to the card, F7 through it.
            qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
            await until(lambda: QApplication.focusWidget() is window.dial_pad.number)
            press(qtbot, Qt.Key.Key_F6)  # the call panel
            press(qtbot, Qt.Key.Key_F6)  # the card
            assert window.screen_pop.isAncestorOf(focus())
            heard = [accessible_name(focus())]  # F6 lands on the caller's name
            for _ in range(12):
                if focus() is page.note:
                    break
                press(qtbot, Qt.Key.Key_F7)
                heard.append(accessible_name(focus()))
            assert focus() is page.note, heard
            assert heard[0] == name
            assert any(h.startswith("IVR: Topic") and "Verified" in h for h in heard)
            assert any(number in h for h in heard)  # the duplicate-ticket warning
            assert heard[-3:] == ["Tickets", "History", "Call note"]

            # The note, then a canned answer found with Ctrl+J and inserted with Enter.
            qtbot.keyClicks(focus(), "Rueckfrage. ")
            qtbot.keyClick(focus(), Qt.Key.Key_J, CTRL)
            assert focus() is window.canned_answers.search
            qtbot.keyClicks(focus(), "ibna")
            press(qtbot, Qt.Key.Key_Return)
            assert focus() is page.note
            assert page.note.toPlainText().startswith("Rueckfrage. ")
            assert "coordinate di pagamento" in page.note.toPlainText()  # the IBAN answer

            # Hand the caller over to a colleague: Ctrl+Shift+T puts the cursor in "Transfer
            # to...", Enter transfers; wrap-up: F7 to the outcome, an arrow to choose it.
            press(qtbot, Qt.Key.Key_T, CTRL | SHIFT)
            assert focus() is window.call_panel.transfer_target
            qtbot.keyClicks(focus(), f"sip:2002@{colleague.address}")
            press(qtbot, Qt.Key.Key_Return)
            at_colleague = await peer_event(colleague, "IncomingCall", lambda e: True)
            colleague.command("answer", call_id=at_colleague.call_id)
            await until(lambda: app.phone.calls.calls() == (), timeout=15)  # handed over
            await disconnected(caller, call_id)
            await until(lambda: page.wrap_up.isVisible())
            press_until(qtbot, Qt.Key.Key_F7, lambda: focus() is page.disposition, 12)
            # On Linux a combo box's name is its value; its label comes as "labelled by".
            assert page.outcome_label.buddy() is focus()
            press(qtbot, Qt.Key.Key_Down)
            chosen = page.chosen_disposition
            assert chosen
            await end_wrap_up(app, qtbot)

            def logged() -> list[Any]:
                return store_rows(
                    app,
                    "SELECT i.disposition_code FROM interactions i WHERE i.kind = 'call'"
                    " AND i.body LIKE 'Rueckfrage. %'",
                )

            await until(lambda: bool(logged()), timeout=10)
            assert logged() == [(chosen,)]
        finally:
            caller.close()
    assert no_mouse.seen == []
    assert [r.kind for r in app.phone.calls.recent()] == ["incoming"]


async def test_from_a_callback_to_its_outcome_with_the_keyboard_alone(
    qapp, async_loop, caller_tone: str, qtbot, no_mouse: MouseCounter
) -> None:
    customer = peer(caller_tone, CUSTOMER, "customer")
    paths = app_paths().ensure()
    prepare_store(str(paths.embedded_store))
    settings = Settings(
        wrap_up_seconds=1, take_callbacks=True, callback_preview_seconds=30,
        callback_dial_format=f"sip:{{number}}@{customer.address}",
    )  # fmt: skip
    app = AppController(qapp, AppOptions(demo=True, demo_caller=False), paths, settings)
    window = app.window
    request = window.callback_queue.request

    try:
        async with running(app, timeout=120, phone=False):
            await until(lambda: request.isVisible(), timeout=15)
            script = app.session.callbacks._session.panel
            # Dial now without waiting for the countdown: F6 to the side panel, Tab to the button.
            window.activateWindow()
            for _ in range(6):
                if window.side_tabs.isAncestorOf(focus()):
                    break
                press(qtbot, Qt.Key.Key_F6)
            press_until(qtbot, Qt.Key.Key_Tab, lambda: focus() is request.dial_now)
            press(qtbot, Qt.Key.Key_Space)
            incoming = await peer_event(customer, "IncomingCall", lambda e: True, timeout=15)
            await until(lambda: bool(app.phone.calls.calls()))
            customer.command("answer", call_id=incoming.call_id)
            await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])

            # The script, by keys: Enter for the next step, Y for yes, arrows for a choice.
            script.next_button.setFocus()  # where the script puts the agent after a step
            press(qtbot, Qt.Key.Key_Return)  # greet
            press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # PIN verified: yes
            await until(
                lambda: bool(script.choice_buttons) and script.choice_buttons[0].isVisible()
            )
            press_until(qtbot, Qt.Key.Key_Tab, lambda: script.choice_buttons[0].hasFocus())
            press(qtbot, Qt.Key.Key_Space)
            press(qtbot, Qt.Key.Key_Return)
            assert "payment_issue" in app.session.callbacks._session.answers()

            # Hang up by key; the outcome, by Tab and Space on its button.
            qtbot.keyClick(window, Qt.Key.Key_H, CTRL | SHIFT)
            await until(lambda: request.pages.currentWidget() is request.outcome_page)
            closed = asyncio.ensure_future(wait_signal(app.session.callbacks.closed, timeout=10))
            await asyncio.sleep(0)
            target = request.outcome_buttons["reached"]
            for _ in range(40):
                if focus() is target:
                    break
                press(qtbot, Qt.Key.Key_Tab)
            assert focus() is target
            press(qtbot, Qt.Key.Key_Space)
            await closed
            await until(lambda: app.session.sync.status.pending == 0, timeout=15)
    finally:
        app.shutdown_now()
        window.close()
        window.deleteLater()
        customer.close()
    assert no_mouse.seen == []
