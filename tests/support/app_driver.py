"""Driving the app in the UI tests: run it on the qasync loop while a test's steps run, quit it,
click its buttons, and SIP peers (our engine in other processes) that call it.

A UI test is an `async def` test (tests/ui/conftest.py runs it on the app's qasync loop) whose
steps run inside `async with running(app):`, which starts the app, bounds the whole scenario
in time and, when the steps pass, quits the app and checks that it exits with 0.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from softphone.app import AppController
from tests.support.qt_async import until, wait_signal
from tests.support.sip_peer import Event, SipPeer
from ui.settings_dialog import SettingsDialog
from ui.viewmodels import AgentState, CallPhase

SCENARIO_TIMEOUT_S = 30.0


async def start_until(
    app: AppController, signal: SignalInstance, timeout: float = 60
) -> tuple[asyncio.Task[int], tuple[Any, ...]]:
    """Run the app; returns its task and what signal (one of the app's) first emits."""
    emitted = asyncio.ensure_future(wait_signal(signal, timeout=timeout))
    await asyncio.sleep(0)  # let the waiter connect before the app starts
    task = asyncio.ensure_future(app.run())
    return task, await emitted


async def start(app: AppController) -> asyncio.Task[int]:
    """Run the app; returns its task once the home screen is shown."""
    task, _ = await start_until(app, app.home_shown)
    return task


async def started(app: AppController) -> asyncio.Task[int]:
    """Run the app; returns its task once the phone is up and the agent is Available."""
    task = await start(app)
    assert app.phone.calls is not None and app.phone.telephony is not None
    if app.phone.calls.state is not AgentState.AVAILABLE:
        await wait_signal(app.phone.calls.agent_state_changed)
    return task


async def stop(app: AppController, task: asyncio.Task[int]) -> int:
    """Quit the app; its exit status."""
    app.quit()
    return await asyncio.wait_for(task, 10)


@contextlib.asynccontextmanager
async def running(
    app: AppController, *, timeout: float = SCENARIO_TIMEOUT_S, phone: bool = True
) -> AsyncIterator[asyncio.Task[int]]:
    """The app runs for the body: started (phone: until the agent is Available, else until the
    home screen shows), and once the body has passed, quit; it must exit with 0. Start, body
    and quit together get timeout seconds. A failing body leaves the app running for the
    fixture that made it to shut down."""
    async with asyncio.timeout(timeout):
        task = await (started(app) if phone else start(app))
        yield task
        app.quit()
        assert await task == 0


async def record_a_while(app: AppController, qtbot: QtBot) -> Path:
    """Records the one call for about a second with the call panel's button; the WAV written."""
    button = app.window.call_panel.record_button
    click(qtbot, button)
    await until(lambda: app.phone.calls.calls()[0].recording)
    await asyncio.sleep(1.2)  # real audio takes real time
    click(qtbot, button)
    await until(lambda: not app.phone.calls.calls()[0].recording)
    (recording,) = (app.paths.data_dir / "recordings").glob("call-*.wav")
    return recording


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Replace the field's text as a person does: select all, delete, type."""
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def open_settings(app: AppController) -> SettingsDialog:
    app.window.settings_action.trigger()
    dialog = app.settings_flow.dialog
    assert dialog.isVisible()
    return dialog


def click_save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert isinstance(save, QPushButton)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def peer(tone: str, user: str, name: str) -> SipPeer:
    """A SIP peer in its own process, as user, that sends tone as its microphone; the caller
    closes it."""
    p = SipPeer(microphone_wav=tone, name=name).__enter__()
    p.command("add_account", config={"id": "me", "username": user, "domain": p.address,
                                     "register": False})  # fmt: skip
    return p


async def peer_event(
    p: SipPeer, kind: str, where: Callable[[Event], bool], timeout: float = 10
) -> Event:
    """The peer's next event of kind that matches where, waited for off the Qt thread."""
    return await asyncio.get_running_loop().run_in_executor(
        None, lambda: p.events.wait(kind, where, timeout=timeout)
    )


async def disconnected(p: SipPeer, call_id: int) -> Event:
    return await peer_event(
        p, "CallStateChanged", lambda e: e.call_id == call_id and e.state == "disconnected"
    )


async def ring_and_answer(app: AppController, p: SipPeer, qtbot: QtBot) -> int:
    """The peer calls the agent, who answers in the incoming-call window; the peer's call id."""
    call_id = p.command(
        "make_call", account_id="me", target=app.phone.telephony.local_uri, headers={}
    )
    await until(lambda: app.window.incoming.isVisible())
    click(qtbot, app.window.incoming.answer_button)
    await until(lambda: CallPhase.ACTIVE in [c.phase for c in app.phone.calls.calls()])
    return int(call_id)


async def ring(app: AppController, caller: SipPeer, headers: dict[str, str]) -> tuple[int, Any]:
    """The caller calls the agent; its call id and the screen pop, once it has popped."""
    popped = asyncio.ensure_future(wait_signal(app.session.cti.popped, timeout=20))
    await asyncio.sleep(0)
    call_id = caller.command(
        "make_call", account_id="me", target=app.phone.telephony.local_uri, headers=headers
    )
    (pop,) = await popped
    return call_id, pop
