"""The callback queue's rules on both backends: due order, languages, service hours, leases,
outcomes and the next try, the SLA. Claims run as the agent logged in as themselves (on
PostgreSQL the grants apply), at a chosen moment so the opening hours are known."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, delete, insert, select, update

from crm import applier, callbacks, schema
from crm.callback_rules import DEFAULT_POLICY, CallbackPolicy
from crm.callbacks import claim_next, claim_transaction, mark_dialling
from crm.service_hours import ServiceCalendar
from tests.support.moments import future_open_moment
from tests.support.sync_lab import Central, central_store

GIULIA = "giulia.rossi"  # it, de, en
FATIMA = "fatima.benali"  # ar, it, fr
TUESDAY_10_ROME = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
SUNDAY_10_ROME = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.fixture
def central(store_url: str) -> Iterator[Central]:
    with central_store(store_url, [GIULIA, FATIMA]) as central:
        with central.engine.begin() as conn:  # the seeded requests would compete with the tests'
            conn.execute(delete(schema.callback_attempts))
            conn.execute(update(schema.script_runs).values(callback_request_id=None))
            conn.execute(delete(schema.callback_requests))
        yield central


@pytest.fixture
def giulia(central: Central) -> Iterator[Engine]:
    with central.connected_as(GIULIA) as engine:
        yield engine


@pytest.fixture
def fatima(central: Central) -> Iterator[Engine]:
    with central.connected_as(FATIMA) as engine:
        yield engine


@pytest.fixture
def calendar(central: Central) -> ServiceCalendar:
    with central.engine.connect() as conn:
        return ServiceCalendar.load(conn)


def add_request(central: Central, **values: Any) -> str:
    uid = str(uuid.uuid4())
    row = {
        "uid": uid,
        "kind": "now",
        "status": "queued",
        "source": "web_form",
        "phone_e164": f"+39347{uuid.uuid4().int % 10_000_000:07d}",
        "language": "it",
        "topic_code": "pensions",
        "queue_code": "general",
        "caller_name": "Anna Bianchi",
        "message": "Pension not received",
        "consent": True,
        "next_attempt_at": TUESDAY_10_ROME - timedelta(minutes=30),
        "booked_at": TUESDAY_10_ROME - timedelta(hours=1),
        "updated_at": TUESDAY_10_ROME - timedelta(hours=1),
        "attempts": 0,
        "max_attempts": 3,
        **values,
    }
    with central.engine.begin() as conn:
        conn.execute(insert(schema.callback_requests).values(**row))
    return uid


def request(central: Central, uid: str) -> dict[str, Any]:
    table = schema.callback_requests
    with central.engine.connect() as conn:
        return dict(conn.execute(select(table).where(table.c.uid == uid)).mappings().one())


def claim(
    engine: Engine,
    login: str,
    calendar: ServiceCalendar,
    now: datetime = TUESDAY_10_ROME,
    policy: CallbackPolicy = DEFAULT_POLICY,
) -> callbacks.ClaimedRequest | None:
    with claim_transaction(engine) as conn:
        return claim_next(conn, login, calendar, now=now, policy=policy)


def outcome(engine: Engine, login: str, uid: str, result: str, **extra: Any) -> None:
    payload = {
        "request_uid": uid,
        "outcome": result,
        "started_at": datetime.now(UTC).isoformat(),
        "ended_at": datetime.now(UTC).isoformat(),
        **extra,
    }
    with engine.begin() as conn:
        applier.apply_writes(
            conn,
            [(uuid.uuid4().hex, "callback.outcome", payload)],
            client_id="c",
            actor_login=login,
        )


def test_due_order_is_first_booked_first_called_in_the_agents_languages(
    central: Central, giulia: Engine, calendar: ServiceCalendar
) -> None:
    t = TUESDAY_10_ROME
    arabic = add_request(central, language="ar", next_attempt_at=t - timedelta(hours=3))
    later = add_request(central, next_attempt_at=t - timedelta(minutes=5))
    first = add_request(central, next_attempt_at=t - timedelta(minutes=50), language="de")
    not_yet = add_request(central, kind="scheduled", next_attempt_at=t + timedelta(minutes=5))
    no_consent = add_request(central, consent=False, next_attempt_at=t - timedelta(hours=2))

    got = claim(giulia, GIULIA, calendar)
    assert got is not None and got.uid == first  # German, due longest ago; Arabic is not hers
    assert got.status == "assigned" and got.lease_expires_at == t + DEFAULT_POLICY.lease
    assert got.ticket_uid and got.ticket_number and got.ticket_number.startswith("CC-")
    second = claim(giulia, GIULIA, calendar)
    assert second is not None and second.uid == later
    assert claim(giulia, GIULIA, calendar) is None  # the scheduled one is not due yet
    assert request(central, not_yet)["status"] == "queued"
    assert request(central, arabic)["status"] == "queued"
    assert request(central, no_consent)["status"] == "queued"  # never dialled without consent
    stored = request(central, first)
    assert stored["status"] == "assigned" and stored["ticket_id"] is not None


def test_nothing_is_dialled_outside_the_hours_it_moves_to_the_next_opening(
    central: Central, giulia: Engine, calendar: ServiceCalendar
) -> None:
    due = add_request(central, next_attempt_at=SUNDAY_10_ROME - timedelta(hours=1))
    assert claim(giulia, GIULIA, calendar, now=SUNDAY_10_ROME) is None
    moved = request(central, due)
    # Monday 08:00 in Rome is 07:00 UTC in November.
    assert moved["next_attempt_at"] == datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    assert moved["status"] == "queued"
    # The caller's own day counts too: 08:00 in Rome is 02:00 in New York.
    ny = add_request(
        central,
        caller_time_zone="America/New_York",
        next_attempt_at=datetime(2026, 11, 23, 6, 0, tzinfo=UTC),
    )
    monday_8_rome = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    got = claim(giulia, GIULIA, calendar, now=monday_8_rome)
    assert got is not None and got.uid == due  # the Rome caller is called at 08:00
    assert claim(giulia, GIULIA, calendar, now=monday_8_rome) is None
    assert request(central, ny)["next_attempt_at"] == datetime(2026, 11, 23, 13, 0, tzinfo=UTC)


def test_an_expired_request_is_closed_not_dialled(
    central: Central, giulia: Engine, calendar: ServiceCalendar
) -> None:
    old = add_request(central, expires_at=TUESDAY_10_ROME - timedelta(minutes=1))
    assert claim(giulia, GIULIA, calendar) is None
    assert request(central, old)["status"] == "expired"


def test_a_lease_that_runs_out_returns_the_request_and_a_lost_dial_counts(
    central: Central, giulia: Engine, fatima: Engine, calendar: ServiceCalendar
) -> None:
    policy = CallbackPolicy(lease=timedelta(seconds=60))
    uid = add_request(central)
    got = claim(giulia, GIULIA, calendar, policy=policy)
    assert got is not None and got.uid == uid
    with giulia.begin() as conn:
        assert mark_dialling(conn, GIULIA, uid, now=TUESDAY_10_ROME, policy=policy)
    # Giulia's app dies. While the lease runs, nobody else gets the request.
    assert claim(fatima, FATIMA, calendar, now=TUESDAY_10_ROME + timedelta(seconds=59)) is None
    back = claim(fatima, FATIMA, calendar, now=TUESDAY_10_ROME + timedelta(seconds=61))
    assert back is not None and back.uid == uid
    assert back.attempts == 1  # the call that was being dialled counts as a try
    with giulia.begin() as conn:  # Giulia's app comes back: it must not dial it any more
        assert not mark_dialling(conn, GIULIA, uid, policy=policy)
        assert callbacks.renew(conn, GIULIA, [uid], policy=policy) == set()
    attempts = schema.callback_attempts
    with central.engine.connect() as conn:
        reasons = conn.scalars(select(attempts.c.skip_reason)).all()
    assert reasons == ["lease expired while dialling"]


def test_outcomes_close_or_schedule_the_next_try_by_the_rules(
    central: Central, giulia: Engine, calendar: ServiceCalendar
) -> None:
    now = datetime.now(UTC)
    busy = add_request(central, status="dialling", attempts=0)
    no_answer_last = add_request(central, status="dialling", attempts=2)
    wrong = add_request(central, status="dialling")
    later = add_request(central, status="dialling")
    skipped = add_request(central, status="assigned")
    outcome(giulia, GIULIA, busy, "busy")
    outcome(giulia, GIULIA, no_answer_last, "no_answer")
    outcome(giulia, GIULIA, wrong, "wrong_number")
    wish = future_open_moment(calendar, at_utc=time(15, 0))  # an afternoon the caller chose
    outcome(giulia, GIULIA, later, "call_back_later", next_attempt_at=wish.isoformat())
    outcome(giulia, GIULIA, skipped, "skipped", skip_reason="language")

    retry = request(central, busy)
    assert retry["status"] == "queued" and retry["attempts"] == 1
    assert retry["next_attempt_at"] >= now + timedelta(minutes=15)
    assert calendar.is_open("general", retry["next_attempt_at"])  # never outside the hours
    assert request(central, no_answer_last)["status"] == "expired"  # third try: the maximum
    assert request(central, wrong)["status"] == "done"  # an invalid number is closed
    again = request(central, later)
    assert again["status"] == "queued" and again["next_attempt_at"] == wish
    assert again["attempts"] == 0  # the caller asked for it: not a failed try
    passed = request(central, skipped)
    assert passed["status"] == "queued" and passed["attempts"] == 0


def test_a_skipped_request_goes_to_a_colleague_not_back_to_the_same_agent(
    central: Central, giulia: Engine, fatima: Engine, calendar: ServiceCalendar
) -> None:
    t = TUESDAY_10_ROME
    uid = add_request(central, language="it")
    got = claim(giulia, GIULIA, calendar)
    assert got is not None and got.uid == uid
    outcome(giulia, GIULIA, uid, "skipped", skip_reason="topic", started_at=t.isoformat())
    with central.engine.begin() as conn:  # due again at the test's moment, whatever today is
        conn.execute(
            update(schema.callback_requests)
            .where(schema.callback_requests.c.uid == uid)
            .values(next_attempt_at=t)
        )
    # Giulia passed it on a minute ago: her next claims do not bring it back...
    assert claim(giulia, GIULIA, calendar, now=t + timedelta(minutes=1)) is None
    # ... Fatima, who speaks Italian too, gets it.
    back = claim(fatima, FATIMA, calendar, now=t + timedelta(minutes=1))
    assert back is not None and back.uid == uid
    assert back.attempts == 0  # a skip is not a try


def test_each_try_is_on_the_ticket_and_the_booking_gets_a_queue_and_a_target(
    central: Central, giulia: Engine, calendar: ServiceCalendar
) -> None:
    with giulia.begin() as conn:
        applier.apply_writes(
            conn,
            [
                (
                    "k-book",
                    "callback.request",
                    {"kind": "now", "source": "web_form", "phone_e164": "+390612345678",
                     "language": "fr", "topic_code": "payments", "caller_name": "Marie Roux"},
                )
            ],
            client_id="c",
            actor_login=GIULIA,
        )  # fmt: skip
    table = schema.callback_requests
    with central.engine.connect() as conn:
        booked = conn.execute(select(table)).mappings().one()
    # French is served by the foreign-language line (Mon-Fri 9-14), whatever the topic's queue.
    assert booked["queue_code"] == "foreign_languages"
    assert calendar.is_open("foreign_languages", booked["next_attempt_at"])
    assert booked["next_attempt_at"] >= booked["booked_at"] - timedelta(seconds=1)
    target = calendar.add_open_minutes("foreign_languages", booked["next_attempt_at"], 240)
    assert booked["sla_due_at"] == target
    assert booked["expires_at"] > booked["next_attempt_at"]

    uid = add_request(central, status="queued")
    got = claim(giulia, GIULIA, calendar)
    assert got is not None and got.uid == uid and got.ticket_uid
    outcome(giulia, GIULIA, uid, "no_answer")
    notes = schema.interactions
    with central.engine.connect() as conn:
        ticket_id = conn.scalar(
            select(schema.tickets.c.id).where(schema.tickets.c.uid == got.ticket_uid)
        )
        logged = conn.execute(
            select(notes.c.disposition_code, notes.c.subject).where(notes.c.ticket_id == ticket_id)
        ).all()
    assert logged == [("callback:no_answer", "Callback attempt 1 of 3: no_answer")]
