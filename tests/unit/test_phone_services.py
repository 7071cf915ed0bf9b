"""The phone's services above the engine, with the fake engine (tests/support/fake_engine.py)
in place of the real one: the agent's calls (softphone.calls.CallCenter), the caller's card and
the call's log entry (softphone.cti.CtiService), and callback dialling
(softphone.callback_service.CallbackService). No pjsua2, no network.

The fake is plugged in where the app's telephony service builds its engine (Telephony's
engine_factory), so everything from there up is the app's own code: the engine's events hop
to the Qt thread and reach the services as they would from the real engine.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from crm.callback_dispatch import RequestAssigned
from crm.callbacks import ClaimedRequest
from crm.db import make_engine
from crm.migrate import upgrade
from crm.models import Agent, Contact, ContactPhone
from crm.seed import seed_demo
from sip.engine_types import SipCommandError
from sip.events import RegistrationChanged, RegistrationFailure
from softphone import telephony as telephony_module
from softphone.call_record import FinishedCall
from softphone.callback_service import CallbackService
from softphone.calls import CallCenter
from softphone.cti import CtiService
from softphone.settings import SipAccountSettings
from softphone.sync_service import SyncService
from softphone.telephony import Telephony
from tests.support.fake_engine import FakeEngine
from tests.support.qt_async import until
from ui.callback_queue import CallbackQueuePanel
from ui.screen_pop import ScreenPopPanel
from ui.viewmodels import (
    AgentState,
    CallerPop,
    CallPhase,
    CallView,
    RegistrationState,
    RegistrationStatus,
)

ROOT = Path(__file__).resolve().parents[2]
CATALOG_PATH = ROOT / "softphone" / "resources" / "demo" / "catalog.json"
ACCOUNT = "default"
STRANGER = "+390612345678"  # a number no contact of the demo store has

Run = Callable[..., Any]


def settle(run_async: Run, condition: Callable[[], object]) -> None:
    """Let the Qt and asyncio loops run until `condition` holds (the engine's events hop)."""
    run_async(until(condition, timeout=5), timeout=10)


def spawn(coroutine: Coroutine[Any, Any, Any]) -> object:
    return asyncio.ensure_future(coroutine)


def account(account_id: str = ACCOUNT, username: str = "1001") -> SipAccountSettings:
    return SipAccountSettings(id=account_id, username=username, domain="pbx.example.org")


def fake_telephony(accounts: list[SipAccountSettings], tmp_path: Path) -> Telephony:
    """Telephony on a FakeEngine (tests/support/fake_engine.py), not started."""
    return Telephony(
        accounts, bind_address="127.0.0.1", work_dir=tmp_path, engine_factory=FakeEngine
    )


def call_center(telephony: Telephony, wrap_up_seconds: int = 0) -> CallCenter:
    return CallCenter(
        telephony,
        default_region="IT",
        wrap_up_seconds=wrap_up_seconds,
        paused_incoming="busy",
        recent_file=None,
    )


@pytest.fixture
def phone(run_async: Run, tmp_path: Path) -> Iterator[tuple[Telephony, FakeEngine]]:
    telephony = fake_telephony([account()], tmp_path)
    run_async(telephony.start())
    settle(run_async, lambda: telephony.default_account() == ACCOUNT)
    engine = telephony.engine
    assert isinstance(engine, FakeEngine)
    yield telephony, engine
    run_async(telephony.stop())


def test_the_engine_starts_and_registers_while_the_qt_thread_is_busy(
    run_async: Run, tmp_path: Path
) -> None:
    """prestart() starts the engine and adds the accounts on a thread of its own: the account
    registers while this (the Qt) thread does something else and no event loop runs; the
    window hears of it once the loop runs again."""
    telephony = fake_telephony([account()], tmp_path)
    shown: list[RegistrationStatus] = []
    telephony.registration_changed.connect(shown.append)
    telephony.prestart()  # no loop runs from here to the wait's end (the app builds its window)
    deadline = time.monotonic() + 10
    while telephony.registered_at_ns is None and time.monotonic() < deadline:
        time.sleep(0.01)  # this thread is busy: nothing of the Qt thread's may help
    assert telephony.registered_at_ns is not None
    assert shown == []  # not said yet: the Qt thread was busy
    try:
        settle(run_async, lambda: telephony.default_account() == ACCOUNT)
        assert [s.state for s in shown][-1] is RegistrationState.REGISTERED
        assert RegistrationState.REGISTERING in [s.state for s in shown]
    finally:
        run_async(telephony.stop())


def test_an_account_shown_registered_can_call_while_the_next_one_is_still_added(
    run_async: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine is the app's as soon as it runs, before the accounts are added one by one:
    the first account shown registered can make and take calls while the second one's
    password is still being read (a keyring waiting to be unlocked)."""
    first, second = account(), account("second", "1002")
    unlocked = threading.Event()

    def load(user: str) -> str | None:
        if user == second.keyring_user:
            unlocked.wait(60)
        return None

    monkeypatch.setattr(telephony_module.passwords, "load", load)
    telephony = fake_telephony([first, second], tmp_path)
    try:
        telephony.prestart()
        settle(run_async, lambda: telephony.default_account() == ACCOUNT)
        engine = telephony.engine
        assert isinstance(engine, FakeEngine)  # the calls' commands reach it
        # Quitting now does not wait for the keyring: the engine stops, the second account's
        # addition then fails quietly on the start's own thread.
        run_async(telephony.stop(), timeout=20)  # the keyring waits 60 s
        assert telephony.engine is None and not engine.running
    finally:
        unlocked.set()


@pytest.fixture
def calls(phone: tuple[Telephony, FakeEngine]) -> Iterator[CallCenter]:
    center = call_center(phone[0])
    center.set_agent_state(AgentState.AVAILABLE)
    yield center
    center.deleteLater()


@pytest.fixture
def fake(phone: tuple[Telephony, FakeEngine]) -> FakeEngine:
    return phone[1]


def collect(signal: Any) -> list[Any]:
    got: list[Any] = []
    signal.connect(lambda *args: got.append(args[0] if len(args) == 1 else args))
    return got


# -- the agent's calls ---------------------------------------------------------------------------


def test_a_call_rings_with_what_the_ivr_said_and_answering_connects_it(
    calls: CallCenter, fake: FakeEngine, run_async: Run
) -> None:
    ringing = collect(calls.incoming_call)
    handle = fake.ring(
        STRANGER,
        display_name="Giulia Rossi",
        cti={"X-IVR-Topic": "billing", "X-IVR-Language": "it"},
    )
    settle(run_async, lambda: ringing)
    view: CallView = ringing[0]
    assert (view.call_id, view.phase, view.incoming) == (handle, CallPhase.RINGING, True)
    assert (view.name, view.e164, view.topic_code, view.language) == (
        "Giulia Rossi", STRANGER, "billing", "it",
    )  # fmt: skip

    calls.answer(handle)
    settle(run_async, lambda: calls.state is AgentState.ON_CALL)
    assert fake.commands("answer") == [(handle, 200)]
    assert [c.phase for c in calls.calls()] == [CallPhase.ACTIVE]


def test_a_wrap_up_under_way_when_the_phone_stops_ends_no_more(
    phone: tuple[Telephony, FakeEngine], run_async: Run
) -> None:
    """The app closes during a wrap-up: its countdown stops with the phone, so no state change
    is published afterwards (to a store that is closing, or in a later test's loop)."""
    telephony, fake = phone
    center = call_center(telephony, wrap_up_seconds=30)
    try:
        center.set_agent_state(AgentState.AVAILABLE)
        ringing = collect(center.incoming_call)
        handle = fake.ring(STRANGER)
        settle(run_async, lambda: ringing)
        center.answer(handle)
        settle(run_async, lambda: center.state is AgentState.ON_CALL)
        fake.far_end_hangs_up(handle)
        settle(run_async, lambda: center.state is AgentState.WRAP_UP)
        assert center._wrap_up_timer.isActive()
        center.stop()
        assert not center._wrap_up_timer.isActive()
    finally:
        center.deleteLater()


def test_a_call_that_rings_before_the_calls_are_wired_rings_once_they_are(
    phone: tuple[Telephony, FakeEngine], run_async: Run
) -> None:
    """The engine registers before the app has its window and store (softphone/phone.py holds
    the calls' events meanwhile): a call that comes in then is not lost, it rings once the
    calls are wired, with what happened to it since."""
    telephony, fake = phone
    telephony.hold_call_events()
    seen = collect(telephony.incoming_call)
    first = fake.ring(STRANGER)
    second = fake.ring("+390298765432")
    fake.far_end_hangs_up(second)  # gave up before anyone could see it: a missed call
    registrations = collect(telephony.registration_reported)
    fake.emit(RegistrationChanged(ACCOUNT, True, 200, "OK", RegistrationFailure.NONE))
    settle(run_async, lambda: registrations)  # the registration is told at once...
    assert seen == []  # ... the calls wait

    center = call_center(telephony)
    try:
        center.set_agent_state(AgentState.AVAILABLE)
        ringing = collect(center.incoming_call)
        telephony.release_call_events()
        settle(run_async, lambda: ringing and center.recent())
        assert [v.call_id for v in ringing] == [first, second]
        assert [(c.call_id, c.phase) for c in center.calls()] == [(first, CallPhase.RINGING)]
        assert [r.kind for r in center.recent()] == ["missed"]
        center.answer(first)
        settle(run_async, lambda: center.state is AgentState.ON_CALL)
        assert fake.commands("answer") == [(first, 200)]
    finally:
        center.deleteLater()


def test_answering_a_waiting_call_holds_the_one_in_progress(
    calls: CallCenter, fake: FakeEngine, run_async: Run
) -> None:
    first = fake.ring(STRANGER)
    settle(run_async, lambda: calls.calls())
    calls.answer(first)
    settle(run_async, lambda: calls.state is AgentState.ON_CALL)
    second = fake.ring("+390698765432")
    settle(run_async, lambda: len(calls.calls()) == 2)
    calls.answer(second)
    settle(run_async, lambda: fake.commands("answer") == [(first, 200), (second, 200)])
    assert fake.commands("hold") == [(first,)]
    settle(run_async, lambda: {c.call_id: c.phase for c in calls.calls()}[first] is CallPhase.HELD)


def test_a_call_while_paused_is_declined_as_busy_and_kept_as_missed(
    calls: CallCenter, fake: FakeEngine, run_async: Run
) -> None:
    calls.set_agent_state(AgentState.PAUSED, "lunch")
    handle = fake.ring(STRANGER)
    settle(run_async, lambda: fake.commands("reject"))
    assert fake.commands("reject") == [(handle, 486)]
    settle(run_async, lambda: calls.recent())
    assert (calls.recent()[0].kind, calls.recent()[0].number) == ("missed", STRANGER)
    assert calls.state is AgentState.PAUSED


def test_a_dialled_call_is_followed_from_dialling_to_its_end(
    calls: CallCenter, fake: FakeEngine, run_async: Run
) -> None:
    outgoing, finished = collect(calls.outgoing_call), collect(calls.call_finished)
    calls.dial("06 9876 5432")
    settle(run_async, lambda: outgoing)
    [(account, target, headers)] = fake.commands("make_call")
    assert (account, target, headers) == (ACCOUNT, "+390698765432", None)
    view: CallView = outgoing[0]
    assert view.phase is CallPhase.DIALING and view.e164 == "+390698765432"

    fake.far_end_answers(view.call_id)
    settle(run_async, lambda: calls.state is AgentState.ON_CALL)
    fake.far_end_hangs_up(view.call_id)
    settle(run_async, lambda: finished)
    call: FinishedCall = finished[0]
    assert call.answered and call.e164 == "+390698765432" and not call.view.incoming
    settle(run_async, lambda: calls.state is AgentState.AVAILABLE)  # no wrap-up time here
    assert calls.recent()[0].kind == "outgoing" and calls.calls() == ()


def test_what_is_not_a_number_is_never_dialled(
    calls: CallCenter, fake: FakeEngine, run_async: Run
) -> None:
    problems = collect(calls.problem)
    calls.dial("call Maria")
    assert problems and not fake.commands("make_call")


def test_a_command_the_engine_refuses_is_said_to_the_agent(
    calls: CallCenter, fake: FakeEngine, run_async: Run
) -> None:
    problems = collect(calls.problem)
    fake.fail_next("make_call", SipCommandError("cannot call sip:2001@pbx.example.org"))
    calls.dial("2001")
    settle(run_async, lambda: problems)
    assert "cannot call" in problems[0]
    assert calls.calls() == ()


def test_hold_and_mute_follow_the_engines_media(
    calls: CallCenter, fake: FakeEngine, run_async: Run
) -> None:
    handle = fake.ring(STRANGER)
    settle(run_async, lambda: calls.calls())
    calls.answer(handle)
    settle(run_async, lambda: calls.state is AgentState.ON_CALL)
    calls.toggle_hold(handle)
    settle(run_async, lambda: calls.calls()[0].phase is CallPhase.HELD)
    calls.toggle_hold(handle)
    settle(run_async, lambda: calls.calls()[0].phase is CallPhase.ACTIVE)
    calls.toggle_mute(handle)
    settle(run_async, lambda: calls.calls()[0].muted)
    assert fake.commands("hold") == [(handle,)] and fake.commands("resume") == [(handle,)]
    assert fake.commands("set_mute") == [(handle, True)]


# -- the caller's card and the call's log entry ---------------------------------------------------


@dataclass(frozen=True)
class Store:
    url: str
    agent_login: str
    contact_uid: str
    contact_name: str
    contact_e164: str


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A small demo store on SQLite, and a contact of it with a number of their own."""
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'central.sqlite3'}"
    engine = make_engine(url)
    try:
        upgrade(engine)
        catalog = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))
        with Session(engine) as session, session.begin():
            seed_demo(session, catalog, contacts=12, tickets=20)
        with Session(engine) as session:
            login = session.scalars(select(Agent.login).order_by(Agent.id)).first()
            own = (  # numbers of one contact only (the demo store shares a few)
                select(ContactPhone.e164)
                .group_by(ContactPhone.e164)
                .having(func.count(ContactPhone.contact_id) == 1)
            )
            row = session.execute(
                select(Contact.uid, Contact.first_name, Contact.last_name, ContactPhone.e164)
                .join(ContactPhone, ContactPhone.contact_id == Contact.id)
                .where(ContactPhone.e164.in_(own))
                .order_by(Contact.id)
            ).first()
            assert login is not None and row is not None
            uid, first, last, e164 = row
    finally:
        engine.dispose()
    return Store(url, login, uid, f"{first} {last}", e164)


@pytest.fixture
def sync(store: Store, tmp_path: Path, run_async: Run) -> Iterator[SyncService]:
    engine: Engine = make_engine(store.url)
    service = run_async(
        SyncService.open(engine, tmp_path / "local.sqlite3", agent_login=store.agent_login)
    )
    yield service
    service.stop()
    engine.dispose()


@pytest.fixture
def screen_pop(qtbot: Any) -> ScreenPopPanel:
    panel = ScreenPopPanel()
    qtbot.addWidget(panel)
    return panel


@pytest.fixture
def cti(calls: CallCenter, sync: SyncService, screen_pop: ScreenPopPanel) -> Iterator[CtiService]:
    service = CtiService(calls, sync, screen_pop, spawn=spawn, topic_names={}, language="en")
    yield service
    service.deleteLater()


def outbox(sync: SyncService, kind: str) -> list[dict[str, Any]]:
    return [entry.payload for entry in sync.local.pending() if entry.kind == kind]


def test_a_ringing_call_pops_the_callers_card_from_the_store(
    cti: CtiService, calls: CallCenter, fake: FakeEngine, store: Store, run_async: Run
) -> None:
    popped = collect(cti.popped)
    handle = fake.ring(store.contact_e164)
    settle(run_async, lambda: popped)
    pop: CallerPop = popped[0]
    assert pop.call_id == handle and pop.incoming
    assert [card.uid for card in pop.cards] == [store.contact_uid]
    assert pop.cards[0].name == store.contact_name


def test_the_note_typed_during_a_call_is_logged_with_the_call_when_it_ends(
    cti: CtiService,
    screen_pop: ScreenPopPanel,
    calls: CallCenter,
    fake: FakeEngine,
    sync: SyncService,
    store: Store,
    run_async: Run,
    qtbot: Any,
) -> None:
    popped = collect(cti.popped)
    handle = fake.ring(store.contact_e164, sip_call_id="call-1@pbx")
    settle(run_async, lambda: popped)
    calls.answer(handle)
    settle(run_async, lambda: calls.state is AgentState.ON_CALL)
    qtbot.keyClicks(screen_pop.caller_page.note, "Wants a copy of the March invoice")
    fake.far_end_hangs_up(handle)
    settle(run_async, lambda: outbox(sync, "interaction.append"))
    [logged] = outbox(sync, "interaction.append")
    assert logged["body"] == "Wants a copy of the March invoice"
    assert logged["direction"] == "inbound" and logged["phone_e164"] == store.contact_e164
    assert logged["contact_uid"] == store.contact_uid
    assert logged["sip_call_id"] == "call-1@pbx"
    settle(run_async, lambda: not sync.local.drafts())  # the draft goes once it is logged


def test_an_unknown_number_pops_an_empty_card(
    cti: CtiService, fake: FakeEngine, run_async: Run
) -> None:
    popped = collect(cti.popped)
    fake.ring(STRANGER)
    settle(run_async, lambda: popped)
    assert popped[0].cards == ()


# -- callback dialling ----------------------------------------------------------------------------


class FakeDispatcher:
    """What the callback service asks of crm.callback_dispatch.CallbackDispatcher; the test
    hands out requests itself, through the service's inbox as the dispatcher's thread does."""

    languages = ("it",)

    def __init__(self, post: Callable[[object], None]) -> None:
        self.post = post
        self.finished: list[str] = []
        self.given_back: list[str] = []

    def start(self) -> None:
        pass

    def stop(self, timeout_s: float = 10.0) -> None:
        pass

    def wake(self) -> None:
        pass

    def set_ready(self, ready: bool) -> None:
        pass

    def begin_dial(self, uid: str) -> Future[bool]:
        return _done(True)

    def finish(self, uid: str, outbox_key: str) -> None:
        self.finished.append(uid)

    def give_back(self, uid: str) -> Future[bool]:
        self.given_back.append(uid)
        return _done(True)

    def query(self, action: Any) -> Future[Any]:
        return _done([])


def _done(value: Any) -> Future[Any]:
    future: Future[Any] = Future()
    future.set_result(value)
    return future


def claimed(phone_e164: str) -> ClaimedRequest:
    now = datetime.now(UTC)
    return ClaimedRequest(
        uid=str(uuid.uuid4()), kind="now", status="claimed", phone_e164=phone_e164,
        language="it", topic_code=None, queue_code=None, caller_name="Maria Verdi",
        caller_time_zone=None, message="Please call me back", contact_uid=None, ticket_uid=None,
        ticket_number=None, ticket_subject=None, attempts=0, max_attempts=3, last_outcome=None,
        booked_at=now - timedelta(hours=1), due_at=now, window_start=None, window_end=None,
        sla_due_at=None, lease_expires_at=now + timedelta(minutes=5),
    )  # fmt: skip


@dataclass
class Callbacks:
    service: CallbackService
    panel: CallbackQueuePanel
    dispatcher: FakeDispatcher


def callbacks(
    calls: CallCenter, cti: CtiService, sync: SyncService, qtbot: Any, preview_seconds: int
) -> Callbacks:
    panel = CallbackQueuePanel()
    qtbot.addWidget(panel)
    made: list[FakeDispatcher] = []

    def dispatcher(post: Callable[[object], None]) -> Any:
        made.append(FakeDispatcher(post))
        return made[0]

    service = CallbackService(
        dispatcher, calls, cti, sync, panel, spawn=spawn, topic_names={}, language="en",
        agent_name="Giulia Rossi", preview_seconds=preview_seconds, parent=panel,
    )  # fmt: skip
    service.start()
    return Callbacks(service, panel, made[0])


def test_a_callback_is_dialled_on_dial_and_its_outcome_goes_to_the_outbox(
    calls: CallCenter, cti: CtiService, sync: SyncService, fake: FakeEngine, qtbot: Any,
    run_async: Run,
) -> None:  # fmt: skip
    desk = callbacks(calls, cti, sync, qtbot, preview_seconds=60)
    request = claimed(STRANGER)
    desk.dispatcher.post(RequestAssigned(request, None))
    settle(run_async, lambda: desk.service.request == request)
    assert not fake.commands("make_call")  # the countdown runs: nothing dialled yet

    qtbot.mouseClick(desk.panel.request.dial_now, Qt.MouseButton.LeftButton)
    settle(run_async, lambda: fake.commands("make_call"))
    [(account, target, _headers)] = fake.commands("make_call")
    assert (account, target) == (ACCOUNT, STRANGER)
    [handle] = fake.states
    fake.far_end_answers(handle)
    settle(run_async, lambda: calls.state is AgentState.ON_CALL)
    fake.far_end_hangs_up(handle)
    reached = desk.panel.request.outcome_buttons["reached"]
    settle(run_async, lambda: "suggested" in reached.text())

    closed = collect(desk.service.closed)
    qtbot.mouseClick(reached, Qt.MouseButton.LeftButton)
    settle(run_async, lambda: closed)
    assert closed == [(request.uid, "reached")]
    [outcome] = outbox(sync, "callback.outcome")
    assert (outcome["request_uid"], outcome["outcome"]) == (request.uid, "reached")
    assert desk.dispatcher.finished == [request.uid]


def test_a_busy_line_suggests_busy(
    calls: CallCenter, cti: CtiService, sync: SyncService, fake: FakeEngine, qtbot: Any,
    run_async: Run,
) -> None:  # fmt: skip
    desk = callbacks(calls, cti, sync, qtbot, preview_seconds=60)
    desk.dispatcher.post(RequestAssigned(claimed(STRANGER), None))
    settle(run_async, lambda: desk.service.request is not None)
    qtbot.mouseClick(desk.panel.request.dial_now, Qt.MouseButton.LeftButton)
    settle(run_async, lambda: fake.states)
    [handle] = fake.states
    fake.far_end_hangs_up(handle, 486, "Busy Here")
    buttons = desk.panel.request.outcome_buttons
    settle(run_async, lambda: "suggested" in buttons["busy"].text())
    assert "suggested" not in buttons["reached"].text()


def test_the_countdown_dials_by_itself(
    calls: CallCenter, cti: CtiService, sync: SyncService, fake: FakeEngine, qtbot: Any,
    run_async: Run,
) -> None:  # fmt: skip
    desk = callbacks(calls, cti, sync, qtbot, preview_seconds=1)
    desk.dispatcher.post(RequestAssigned(claimed(STRANGER), None))
    settle(run_async, lambda: fake.commands("make_call"))
    assert fake.commands("make_call")[0][1] == STRANGER


def test_a_callback_the_phone_cannot_dial_goes_to_a_colleague(
    calls: CallCenter, cti: CtiService, sync: SyncService, fake: FakeEngine, qtbot: Any,
    run_async: Run,
) -> None:  # fmt: skip
    desk = callbacks(calls, cti, sync, qtbot, preview_seconds=60)
    request = claimed(STRANGER)
    closed = collect(desk.service.closed)
    desk.dispatcher.post(RequestAssigned(request, None))
    settle(run_async, lambda: desk.service.request == request)
    fake.fail_next("make_call", SipCommandError("no route to the PSTN"))
    qtbot.mouseClick(desk.panel.request.dial_now, Qt.MouseButton.LeftButton)
    settle(run_async, lambda: closed)
    assert closed == [(request.uid, "skipped")]
    [outcome] = outbox(sync, "callback.outcome")
    assert outcome["skip_reason"] == "dial failed: no route to the PSTN"
    assert desk.service.request is None
