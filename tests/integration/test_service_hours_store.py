"""`ServiceCalendar.load` reads the seeded store and answers exactly as the catalog it came from.

SQLite only: the read is three plain Core selects with nothing backend-specific, and the seed's
own tests already cover that both backends store the same hours.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert

from crm import schema
from crm.db import make_engine, session_factory
from crm.migrate import upgrade
from crm.seed import seed_demo
from crm.service_hours import QueueHours, ServiceCalendar
from tests.support.service_hours import calendar_from_catalog, queues_from_catalog

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
CALLER_ZONES = (None, "Europe/Rome", "America/New_York", "Asia/Tokyo")


@pytest.fixture(scope="module")
def seeded_engine(tmp_path_factory: pytest.TempPathFactory, catalog: dict) -> Iterator[Engine]:
    path: Path = tmp_path_factory.mktemp("service_hours") / "store.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with session_factory(engine).begin() as session:
        seed_demo(session, catalog, now=NOW)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def stored(seeded_engine: Engine) -> ServiceCalendar:
    with seeded_engine.connect() as conn:
        return ServiceCalendar.load(conn)


def _sorted(queue: QueueHours) -> QueueHours:
    return QueueHours(
        queue.code,
        queue.time_zone,
        queue.languages,
        queue.sla_minutes,
        tuple(sorted(queue.intervals)),
    )


def test_the_store_holds_the_catalog_queues(stored: ServiceCalendar, catalog: dict) -> None:
    expected = {q.code: _sorted(q) for q in queues_from_catalog(catalog)}
    assert stored.codes == tuple(sorted(expected))
    for code, queue in expected.items():
        assert _sorted(stored.queue(code)) == queue


def test_the_stored_calendar_answers_like_the_catalog(
    stored: ServiceCalendar, catalog: dict[str, Any]
) -> None:
    reference = calendar_from_catalog(catalog)
    # Every 97 minutes through the Christmas holidays and the turn of the year.
    at = datetime(2026, 12, 20, tzinfo=UTC)
    while at < datetime(2027, 1, 10, tzinfo=UTC):
        for code in reference.codes:
            for zone in CALLER_ZONES:
                assert stored.is_open(code, at, zone) == reference.is_open(code, at, zone)
                assert stored.next_open(code, at, zone) == reference.next_open(code, at, zone)
            assert stored.add_open_minutes(code, at, 120) == reference.add_open_minutes(
                code, at, 120
            )
        at += timedelta(minutes=97)
    for language in ("it", "de", "en", "fr", "ar", "pl", "es", "ru"):
        for topic in (None, "general", "portal"):
            assert stored.queue_for(topic, language) == reference.queue_for(topic, language)


def test_the_stored_calendar_keeps_the_seed_promises(stored: ServiceCalendar) -> None:
    rome = "Europe/Rome"
    friday_evening = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)  # 19:00 in Rome
    assert stored.add_open_minutes("general", friday_evening, 120) == datetime(
        2026, 11, 21, 8, 0, tzinfo=UTC
    )
    assert not stored.is_open("general", datetime(2026, 12, 25, 10, 0, tzinfo=UTC))
    assert stored.next_open("general", datetime(2026, 11, 17, 8, 0, tzinfo=UTC), rome) == (
        datetime(2026, 11, 17, 8, 0, tzinfo=UTC)
    )


def test_a_queue_holiday_and_an_end_of_day_row_from_the_store(seeded_engine: Engine) -> None:
    """Rows the seed does not write: a holiday of one queue, and "24:00" as a closing time."""
    with seeded_engine.connect() as conn:
        conn.execute(
            insert(schema.holidays).values(day=date(2026, 11, 19), queue_code="portal", names={})
        )
        conn.execute(
            insert(schema.service_hours).values(
                queue_code="general", weekday=6, opens="20:00", closes="24:00"
            )
        )
        calendar = ServiceCalendar.load(conn)
        conn.rollback()  # the module's other tests read the seed as it was
    thursday = datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
    assert not calendar.is_open("portal", thursday)
    assert calendar.is_open("general", thursday)
    assert (6, time(20), time(0)) in calendar.queue("general").intervals
    sunday_night = datetime(2026, 11, 22, 20, 0, tzinfo=UTC)  # 21:00 in Rome
    assert calendar.open_until("general", sunday_night) == datetime(
        2026, 11, 22, 23, 0, tzinfo=UTC
    )  # midnight in Rome


def test_an_always_open_queue_is_open_on_the_floor_s_holidays_and_the_others_are_not(
    tmp_path: Path, catalog: dict
) -> None:
    """The tests' and benchmarks' queue open round the clock (`add_always_open_queue`) stays
    open on a holiday of every queue (8 December: a run on that day found it closed), and the
    other queues keep every holiday they had."""
    from softphone.bench.callbacks import add_always_open_queue

    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    try:
        upgrade(engine)
        with session_factory(engine).begin() as session:
            seed_demo(session, catalog, now=NOW)
        with engine.connect() as conn:
            before = ServiceCalendar.load(conn)
        with engine.begin() as conn:
            add_always_open_queue(conn, "always", ["it"])
        with engine.connect() as conn:
            after = ServiceCalendar.load(conn)
    finally:
        engine.dispose()
    holidays = [date.fromisoformat(h["date"]) for h in catalog["holidays"]]
    assert date(2026, 12, 8) in holidays
    others = sorted(before.codes)
    for day in holidays:
        noon = datetime.combine(day, time(12), tzinfo=UTC)
        assert after.is_open("always", noon), day
        for code in others:
            assert after.is_open(code, noon) == before.is_open(code, noon), (code, day)
    # And on an ordinary working day the others are open as before.
    tuesday = datetime(2026, 12, 15, 10, tzinfo=UTC)
    assert [after.is_open(c, tuesday) for c in others] == [
        before.is_open(c, tuesday) for c in others
    ]
