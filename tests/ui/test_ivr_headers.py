"""A PBX that names its IVR headers otherwise is set up in the settings (`cti_headers`), with
real pjsua2 calls on loopback into the demo store (pytest-qt)."""

from __future__ import annotations

import pytest

from softphone.app import AppController
from softphone.ivr import IvrHeaders
from tests.support.app_driver import disconnected, peer, ring, running
from tests.support.demo_store import caller_with_open_ticket

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("no_store_on_qt_thread")]


@pytest.mark.app_settings(cti_headers=IvrHeaders(topic="X-Topic", language="X-Lang"))
async def test_a_renamed_ivr_header_reaches_the_callers_card(
    app: AppController, caller_tone: str
) -> None:
    """This PBX sends the topic as X-Topic and the language as X-Lang: with the settings naming
    them, the card shows both; a header under the default name, which this PBX's settings do
    not name, is not read."""
    page = app.window.screen_pop.caller_page

    async with running(app):
        e164, name, number, topic, _subject = caller_with_open_ticket(app)
        caller = peer(caller_tone, e164, "caller")
        try:
            call_id, pop = await ring(
                app, caller, {"X-Topic": topic, "X-Lang": "de", "X-IVR-Language": "it"}
            )
            assert page.title.text() == name
            assert pop.ivr_topic == app.topic_label(topic)
            assert f"Topic: {pop.ivr_topic}" in page.ivr.text()
            assert "Language: Deutsch" in page.ivr.text()
            assert "Italiano" not in page.ivr.text()
            # The topic is the call's: its open ticket on that topic is offered for the call.
            assert page.duplicate.isVisible() and number in page.duplicate_text.text()
            assert app.phone.calls is not None
            (view,) = app.phone.calls.calls()
            assert (view.topic_code, view.language) == (topic, "de")
            caller.command("hangup", call_id=call_id)
            await disconnected(caller, call_id)
        finally:
            caller.close()
