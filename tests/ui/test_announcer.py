"""What changes by itself is said to the screen reader (pytest-qt, offscreen): each event posts a
QAccessibleAnnouncementEvent carrying a short text in the UI language. The real delivery over
AT-SPI is proven in tests/integration/test_atspi.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtGui import QAccessible, QAccessibleEvent

from softphone.paths import resources_dir
from tests.support.a11y import call_view, callback_view, caller_pop
from tests.support.layout import settle
from ui import announcer
from ui.announcements import AnnouncementBar, AnnouncementItem
from ui.callback_request import CallbackRequestPanel
from ui.i18n import apply_language
from ui.incoming_call import IncomingCallWindow
from ui.main_window import MainWindow
from ui.status_bar import StatusBar
from ui.viewmodels import (
    AgentState,
    CallPhase,
    RegistrationState,
    RegistrationStatus,
    StoreState,
    StoreStatus,
)

TRANSLATIONS = resources_dir() / "translations"
pytestmark = pytest.mark.usefixtures("english")  # the English catalogue: its plural forms


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, bool]]]:
    """The announcement events posted to Qt's accessibility layer: (message, assertive)."""
    posted: list[tuple[str, bool]] = []

    def update(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            assert isinstance(event, announcer.QAccessibleAnnouncementEvent)
            urgent = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            posted.append((event.message(), urgent))

    monkeypatch.setattr(announcer.QAccessible, "updateAccessibility", update)
    yield posted


def test_a_ringing_call_says_who_in_which_language_about_what(qtbot, said) -> None:
    window = IncomingCallWindow()
    qtbot.addWidget(window)
    window.show_call(call_view(CallPhase.RINGING))
    assert said == [
        (
            "Incoming call from Maria Rossi. +39 06 1234 5678. Language: Italiano. "
            "Topic: Pensioni. PIN verified.",
            True,
        )
    ]


def test_the_card_says_open_tickets_and_a_duplicate(qtbot, said) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.screen_pop.show_caller(caller_pop(), "")
    window.screen_pop.show_caller(caller_pop(), "typing")  # the same call again: said once
    assert said == [
        (
            "Caller's card: Maria Rossi. 1 open ticket. Possible duplicate: ticket "
            "CC-2026-000042 is already open on this topic.",
            False,
        )
    ]


def test_line_and_store_lost_and_back(qtbot, said) -> None:
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.set_registration(RegistrationStatus(RegistrationState.REGISTERING, "1001"))
    bar.set_registration(RegistrationStatus(RegistrationState.REGISTERED, "1001"))
    assert said == []  # the first registration is no news
    bar.set_registration(RegistrationStatus(RegistrationState.FAILED, "1001", failure="timeout"))
    bar.set_registration(RegistrationStatus(RegistrationState.FAILED, "1001", failure="timeout"))
    bar.set_registration(RegistrationStatus(RegistrationState.REGISTERED, "1001"))
    bar.set_store(StoreStatus(StoreState.CONNECTED, "SQLite"))
    bar.set_store(StoreStatus(StoreState.OFFLINE, "SQLite"))
    bar.set_store(StoreStatus(StoreState.CONNECTED, "SQLite"))
    texts = [text for text, _urgent in said]
    assert len(texts) == 4, texts
    assert texts[0].startswith("Phone line lost: SIP: 1001 not registered") and said[0][1]
    assert texts[1] == "Phone line back: you can take calls."
    assert texts[2].startswith("Ticket store offline") and said[2][1]
    assert texts[3] == "Ticket store back online."


UNSEEN = (
    "The ticket store has stopped hearing from this desk: supervisors now see you as not "
    "responding, and no callbacks come to you until it is back. Calls still ring."
)


def test_a_desk_the_store_stopped_believing_in_tells_its_agent_once(qtbot, said) -> None:
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.set_agent_state(AgentState.AVAILABLE)
    bar.set_store(StoreStatus(StoreState.CONNECTED, "PostgreSQL"))
    bar.set_store(StoreStatus(StoreState.OFFLINE, "PostgreSQL", detail="refused"))
    assert "not responding" not in bar.store.text()
    for _report in range(3):  # the sync client reports again while the store stays away
        bar.set_store(StoreStatus(StoreState.OFFLINE, "PostgreSQL", detail="x", unseen=True))
    assert [text for text, _ in said].count(UNSEEN) == 1 and (UNSEEN, True) in said
    assert bar.store.text() == "Store: offline · supervisors see you as not responding"
    assert UNSEEN in bar.store.toolTip()
    bar.set_store(StoreStatus(StoreState.CONNECTED, "PostgreSQL"))
    assert said[-1] == ("Ticket store back online.", False)
    assert "not responding" not in bar.store.text() + bar.store.toolTip()

    # An agent who was "offline" when the store went away is shown offline: the store holds
    # that, and a state chosen since waits in the outbox.
    said.clear()
    bar.set_agent_state(AgentState.OFFLINE)
    bar.set_store(StoreStatus(StoreState.OFFLINE, "PostgreSQL"))
    bar.set_store(StoreStatus(StoreState.OFFLINE, "PostgreSQL", unseen=True))
    bar.set_agent_state(AgentState.AVAILABLE)
    bar.set_store(StoreStatus(StoreState.OFFLINE, "PostgreSQL", detail="y", unseen=True))
    assert UNSEEN not in [text for text, _ in said]
    assert "not responding" not in bar.store.text()


def test_a_rebuilt_local_copy_is_said_once_politely_and_stays_in_the_status_bar(
    qtbot, said
) -> None:
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.set_store(StoreStatus(StoreState.CONNECTED, "PostgreSQL"))
    for _poll in range(3):  # the sync client reports its status again and again
        bar.set_store(StoreStatus(StoreState.CONNECTED, "PostgreSQL", rebuilt=True))
    assert said == [
        (
            "This desk was away longer than the ticket store keeps its changes, so its local "
            "copy was loaded again from the store. The changes you made here are kept.",
            False,
        )
    ]
    assert bar.store.text() == "Store: connected (PostgreSQL) · local copy rebuilt"


def test_a_callback_assigned_says_its_countdown(qtbot, said) -> None:
    panel = CallbackRequestPanel()
    qtbot.addWidget(panel)
    panel.show_request(callback_view(), 42.0)
    panel.set_countdown(20, 20)
    panel.set_countdown(19, 20)  # the countdown ticking is not read out
    assert said == [
        (
            "Callback for you: Hans Müller, +39 0471 123456. Speak Deutsch. Topic: Pensioni. "
            "Dialling in 20 seconds.",
            True,
        )
    ]


def test_listen_in_and_a_supervisors_announcement(qtbot, said) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_monitoring("Laura Bianchi", "monitor")
    window.show_monitoring("Laura Bianchi", "monitor")  # the same news twice: said once
    window.show_monitoring("", "")
    bar = AnnouncementBar()
    qtbot.addWidget(bar)
    item = AnnouncementItem(5, "Laura Bianchi", "", "Pension rules changed today", "10:00")
    bar.set_items((item,))
    bar.set_items((item,))
    bar.set_items((replace(item, read=True),))
    assert said == [
        ("Laura Bianchi is listening to this call.", True),
        ("Nobody is listening to this call any more.", False),
        ("Announcement from Laura Bianchi: Pension rules changed today", False),
    ]


def test_announcements_are_in_the_ui_language(qapp, qtbot, said) -> None:
    window = IncomingCallWindow()
    qtbot.addWidget(window)
    try:
        assert apply_language(qapp, "ar", TRANSLATIONS)
        settle()
        window.show_call(call_view(CallPhase.RINGING))
    finally:
        apply_language(qapp, "C", TRANSLATIONS)
    ((text, urgent),) = said
    assert urgent and "Maria Rossi" in text and "Pensioni" in text
    assert text.startswith("مكالمة واردة")
