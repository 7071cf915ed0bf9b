"""The registration state shown is the engine's latest word (issue 20, point 4).

The status bar could stay on "SIP: registering..." while the account was registered: the
"registering" step was published after awaiting the engine's reply to the account's addition,
and the engine's REGISTERED event could reach the Qt thread first. The test makes that order
certain instead of rare: the reply to `add_account` is held back until the registration event
has been delivered, on a real engine registering with a real Kamailio."""

from __future__ import annotations

import asyncio
from concurrent.futures import Future
from typing import Any

import pytest

from sip.events import RegistrationChanged
from sip.supervised import SupervisedEngine
from softphone import passwords
from softphone.settings import SipAccountSettings
from softphone.telephony import Telephony
from tests.support.kamailio import Kamailio, kamailio_available
from ui.status_bar import StatusBar
from ui.viewmodels import RegistrationState

pytestmark = [
    pytest.mark.timeout(60),
    pytest.mark.skipif(not kamailio_available(), reason="kamailio is not installed"),
]

USER, PASSWORD = "1001", "agent-pw-1001"


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
