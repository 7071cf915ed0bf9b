"""The phone starts before the window has its data: the SIP engine takes its account while the
store still opens (softphone/phone.py, prestart), so a call can ring before the app has wired
its calls. Real calls on loopback: the app's own engine and a caller in another process."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import softphone.store_session
from softphone.app import AppController
from tests.support.app_driver import click, peer_event
from tests.support.qt_async import until
from tests.support.sip_peer import SipPeer
from ui.viewmodels import CallPhase


async def test_a_call_that_rings_while_the_store_opens_rings_once_the_window_is_ready(
    app: AppController, caller: SipPeer, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = asyncio.Event()  # the store opens only once the call rings at the engine
    open_store = softphone.store_session.open_store

    async def slow_open_store(controller: AppController) -> Any:
        await gate.wait()
        return await open_store(controller)

    monkeypatch.setattr(softphone.store_session, "open_store", slow_open_store)
    task = asyncio.ensure_future(app.run())
    try:
        async with asyncio.timeout(60):
            await until(lambda: app.phone.telephony is not None and app.phone.telephony.local_uri)
            assert app.phone.telephony is not None
            call_id = caller.command(
                "make_call", account_id="me", target=app.phone.telephony.local_uri, headers={}
            )
            # The app's engine has the call and rings (180): nobody has wired the calls yet.
            await peer_event(
                caller, "CallStateChanged", lambda e: e.call_id == call_id and e.state == "early"
            )
            assert app.phone.calls is None and not app.window.incoming.isVisible()

            gate.set()
            await until(lambda: app.window.incoming.isVisible())
            assert app.window.incoming.number.text() == "+39 06 1234 5678"
            click(qtbot, app.window.incoming.answer_button)
            await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
            await peer_event(
                caller,
                "CallStateChanged",
                lambda e: e.call_id == call_id and e.state == "confirmed",
            )
            app.quit()
            assert await task == 0
    finally:
        gate.set()
