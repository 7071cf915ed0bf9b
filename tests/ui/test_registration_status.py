"""The registration state shown is the engine's latest word (issue 20, point 4).

The status bar could stay on "SIP: registering..." while the account was registered: the
"registering" step was published after awaiting the engine's reply to the account's addition,
and the engine's REGISTERED event could reach the Qt thread first. The test makes that order
certain instead of rare: the reply to `add_account` is held back until the registration event
has been delivered, on a real engine registering with a real Kamailio."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import Future
from typing import Any

import pytest

from sip.events import RegistrationChanged
from sip.host_process import discard_prespawned, prespawn, register_early
from sip.supervised import SupervisedEngine
from softphone import passwords
from softphone.bench.registrar import Registrar
from softphone.engine_setup import account_config, engine_config
from softphone.ivr import IvrHeaders
from softphone.settings import SipAccountSettings
from softphone.telephony import Telephony
from tests.support.calls import kill_engine
from tests.support.kamailio import Kamailio, kamailio_available
from ui.status_bar import StatusBar
from ui.viewmodels import RegistrationState

pytestmark = pytest.mark.timeout(60)
needs_kamailio = pytest.mark.skipif(not kamailio_available(), reason="kamailio is not installed")

USER, PASSWORD = "1001", "agent-pw-1001"


@needs_kamailio
async def test_a_registration_reported_before_the_account_is_added_is_not_overwritten(
    qapp, async_loop, english, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    telephony: Telephony | None = None
    released: list[str] = []
    real_add = SupervisedEngine.add_account

    def add_answered_after_its_registration(self: SupervisedEngine, config: Any) -> Future[None]:
        """The engine's reply reaches the app only after the account's first registration
        event has (the order the race produced now and then)."""
        inner = real_add(self, config)
        outer: Future[None] = Future()
        assert telephony is not None

        def on_event(event: RegistrationChanged) -> None:  # Qt main thread
            if event.account_id == config.id:
                telephony.registration_reported.disconnect(on_event)
                inner.add_done_callback(lambda done: outer.set_result(done.result()))
                released.append(config.id)

        telephony.registration_reported.connect(on_event)
        return outer

    monkeypatch.setattr(SupervisedEngine, "add_account", add_answered_after_its_registration)
    status_bar = StatusBar()
    with Kamailio(users={USER: PASSWORD}) as registrar:
        passwords.store("sip:default", PASSWORD)
        account = SipAccountSettings(
            id="default", username=USER, domain=f"127.0.0.1:{registrar.port}", transport="udp"
        )
        telephony = Telephony([account], bind_address="127.0.0.1", work_dir=tmp_path)
        shown: list[RegistrationState] = []
        telephony.registration_changed.connect(lambda status: shown.append(status.state))
        telephony.registration_changed.connect(status_bar.set_registration)

        try:
            async with asyncio.timeout(40):
                await telephony.start()  # returns once the account's addition is answered
                assert released == ["default"]
                assert registrar.is_registered(USER)
                telephony._inbox.flush()  # any event still on its way is delivered first
                assert shown[-1] is RegistrationState.REGISTERED, shown
                assert status_bar.registration.text() == "SIP: registered as default"
                await telephony.stop()
        finally:
            telephony.shutdown_now()
            status_bar.deleteLater()


async def test_an_account_registered_before_the_app_took_its_engine_is_shown_registered(
    qapp, async_loop, english, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`softphone` has the engine it starts early register the accounts before Qt is imported
    (softphone/engine_setup.register_accounts_early). The app then takes that engine: its own
    addition of the account is answered by the early one (no second REGISTER, no "exists"),
    the registration is dated when the engine saw it, and the start's "registering" step does
    not cover the engine's word that came first."""
    monkeypatch.setattr(passwords, "load", lambda user: None)  # the bench registrar asks none
    with Registrar() as registrar:
        account = SipAccountSettings(
            id="desk", username="agent", domain="127.0.0.1",
            registrar=f"sip:127.0.0.1:{registrar.port}", transport="udp",
        )  # fmt: skip
        telephony = Telephony([account], bind_address="127.0.0.1", work_dir=tmp_path)
        config = engine_config(
            [account], demo=False, bind_address="127.0.0.1", cti_headers=IvrHeaders().captured()
        )
        early = prespawn(config)
        try:
            assert register_early([account_config(account, None)])
            deadline = time.monotonic() + 20
            while registrar.answered < 1:  # another process's state: looked at, not awaited
                assert time.monotonic() < deadline, "the early engine never registered"
                await asyncio.sleep(0.02)
            adopted_after = time.monotonic_ns()
            shown: list[RegistrationState] = []
            telephony.registration_changed.connect(lambda status: shown.append(status.state))
            async with asyncio.timeout(30):
                await telephony.start()
            telephony._inbox.flush()
            assert shown and shown[-1] is RegistrationState.REGISTERED, shown
            assert RegistrationState.FAILED not in shown, shown
            assert isinstance(telephony._engine, SupervisedEngine)
            assert telephony._engine.pid == early
            assert registrar.answered == 1  # registered once, early
            assert telephony.first_registered_ns["desk"] < adopted_after
            # The app's addition counted as its own: an engine that dies is replaced, and the
            # account registers again from the new one.
            restarted = asyncio.Event()
            telephony.engine_restarted.connect(lambda _event: restarted.set())
            kill_engine(telephony._engine)
            async with asyncio.timeout(30):
                await restarted.wait()
                while registrar.answered < 2:  # the registrar's count: looked at
                    await asyncio.sleep(0.02)
            await telephony.stop()
        finally:
            telephony.shutdown_now()
            discard_prespawned()
