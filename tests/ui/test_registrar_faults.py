"""The app's SIP account on a real registrar (Kamailio, loopback) that is not there when the app
starts, or goes away in the middle of a call (pytest-qt). The status bar says what is wrong and
recovers by itself; an established call keeps its audio (media flows between the phones, not
through the registrar) and can still be hung up."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest

from softphone import passwords
from softphone.app import AppController, AppOptions
from softphone.paths import app_paths
from softphone.settings import Settings, SipAccountSettings
from tests.support.app_driver import click, peer_event, record_a_while, running
from tests.support.audio import read_wav, tone_present
from tests.support.kamailio import Kamailio, kamailio_available
from tests.support.process import free_port
from tests.support.qt_async import until
from tests.support.sip_peer import SipPeer
from tests.ui.conftest import CALLER_HZ
from ui.viewmodels import AgentState, CallPhase

pytestmark = [
    pytest.mark.timeout(120),
    pytest.mark.skipif(not kamailio_available(), reason="kamailio is not installed"),
]

AGENT, AGENT_PW = "1001", "agent-pw-1001"
CALLER, CALLER_PW = "2001", "caller-pw-2001"
REGISTERED = "SIP: registered as default"
LOST = "SIP: default not registered: no connection to the PBX"


@contextlib.contextmanager
def desk(qapp: Any, registrar_port: int) -> Iterator[AppController]:
    """The app with one SIP account on the registrar, over TCP (a refused connection is seen at
    once; over UDP a dead registrar is only a timeout). Demo mode: the embedded store and a
    loopback engine, no demo caller."""
    passwords.store("sip:default", AGENT_PW)
    account = SipAccountSettings(
        id="default", username=AGENT, domain=f"127.0.0.1:{registrar_port}", transport="tcp"
    )
    settings = Settings(accounts=[account], take_callbacks=False, wrap_up_seconds=1)
    controller = AppController(
        qapp, AppOptions(demo=True, demo_caller=False), app_paths().ensure(), settings
    )
    try:
        yield controller
    finally:
        controller.shutdown_now()
        controller.window.close()
        controller.window.deleteLater()


async def test_the_registrar_down_at_start_is_shown_with_its_reason_and_registers_when_it_is_up(
    qapp, async_loop, english
) -> None:
    registrar = Kamailio(users={AGENT: AGENT_PW}, port=free_port())  # not started yet
    try:
        with desk(qapp, registrar.port) as app:
            status = app.window.status.registration

            async with running(app, timeout=60):
                await until(lambda: status.text() == LOST, 10)
                registrar.start()
                took = await until(lambda: status.text() == REGISTERED, 20)
                assert registrar.is_registered(AGENT)
                print(f"\nregistered {took:.1f} s after the registrar came up")
    finally:
        registrar.close()


async def test_the_registrar_gone_mid_call_the_call_keeps_its_audio_and_hangs_up(
    qapp, async_loop, qtbot, english, caller_tone
) -> None:
    with Kamailio(users={AGENT: AGENT_PW, CALLER: CALLER_PW}) as registrar:
        caller = SipPeer(microphone_wav=caller_tone, name="caller").__enter__()
        try:
            caller.command(
                "add_account",
                config={"id": "me", "username": CALLER, "password": CALLER_PW,
                        "domain": f"127.0.0.1:{registrar.port}"},
            )  # fmt: skip
            with desk(qapp, registrar.port) as app:
                window = app.window
                status = window.status.registration

                async with running(app, timeout=90):
                    # (The demo's own account reports too: the status bar shows the latest.)
                    await until(lambda: registrar.is_registered(AGENT), 15)
                    await peer_event(caller, "RegistrationChanged", lambda e: e.registered)
                    # A call through the registrar, to the agent's registered account.
                    caller.command(
                        "make_call", account_id="me", target=registrar.uri(AGENT), headers={}
                    )
                    await until(lambda: window.incoming.isVisible(), 10)
                    click(qtbot, window.incoming.answer_button)
                    await until(
                        lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE]
                    )

                    registrar.stop()
                    # The TCP connection drops: the engine registers again at once, and the
                    # loss is said in the status bar (not at the refresh, minutes from now).
                    await until(lambda: status.text() == LOST, 15)
                    assert [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE]
                    # The caller is still heard: the audio never went through the registrar.
                    samples, rate = read_wav(str(await record_a_while(app, qtbot)))
                    assert tone_present(samples[rate // 3 :], rate, CALLER_HZ)
                    # ... and the agent can hang up.
                    click(qtbot, window.call_panel.hangup_button)
                    await until(lambda: app.phone.calls.calls() == (), 10)
                    await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, 10)
        finally:
            caller.close()
