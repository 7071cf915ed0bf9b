"""The service-hours calendar checked against an independent, deliberately naive wall-clock
oracle (hypothesis): is it open, the next opening, the end of a stretch, the SLA's deadline and
the open minutes, for the demo catalog's queues and for arbitrary hours in odd zones. The
calendar's named cases are in tests/unit/test_service_hours.py.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm.service_hours import QueueHours, ServiceCalendar
from tests.support.service_hours import holidays_from_catalog, queues_from_catalog

ROME = ZoneInfo("Europe/Rome")
US = timedelta(microseconds=1)


CODES = ("general", "foreign_languages", "portal")
CALLER_ZONES = (
    None,
    "Europe/Rome",
    "Europe/London",
    "America/New_York",
    "Asia/Tokyo",
    "Australia/Sydney",
)
SPAN = (datetime(2026, 1, 1), datetime(2027, 12, 31, 23, 59))

# Anywhere over two years, plus a strong pull towards the DST weekends and openings/closings.
any_moment = st.datetimes(min_value=SPAN[0], max_value=SPAN[1], timezones=st.just(UTC))
edge_moment = st.builds(
    lambda day, minutes, micro: (
        datetime.combine(day, time(), ROME) + timedelta(minutes=minutes, microseconds=micro)
    ).astimezone(UTC),
    st.sampled_from(
        [
            *(date(2026, 3, 28), date(2026, 3, 29), date(2026, 10, 24), date(2026, 10, 25)),
            *(date(2027, 3, 27), date(2027, 3, 28), date(2027, 10, 30), date(2027, 10, 31)),
            *(date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 31)),
        ]
    ),
    st.integers(0, 48 * 60).map(lambda m: m - m % 30),
    st.sampled_from([0, -1, 1]),
)
moments = st.one_of(any_moment, edge_moment)
codes = st.sampled_from(CODES)
zones = st.sampled_from(CALLER_ZONES)
PROPERTY = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


class Oracle:
    """The definition, read straight off the catalog, with no spans and no caching."""

    def __init__(self, catalog: Mapping[str, Any]) -> None:
        self.queues = {q.code: q for q in queues_from_catalog(catalog)}
        self.holidays = {day for day, _ in holidays_from_catalog(catalog)}

    def is_open(self, code: str, at: datetime, caller_tz: str | None) -> bool:
        queue = self.queues[code]
        local = at.astimezone(ZoneInfo(queue.time_zone))
        wall = local.time().replace(tzinfo=None)
        inside = local.date() not in self.holidays and any(
            weekday == local.weekday() and opens <= wall and (wall < closes or closes == time(0))
            for weekday, opens, closes in queue.intervals
        )
        if not inside or caller_tz is None:
            return inside
        theirs = at.astimezone(ZoneInfo(caller_tz))
        return theirs.weekday() < 6 and 8 <= theirs.hour < 20


@pytest.fixture(scope="module")
def oracle(catalog: dict[str, Any]) -> Oracle:
    return Oracle(catalog)


@PROPERTY
@given(code=codes, at=moments, caller_tz=zones)
def test_is_open_matches_the_definition(
    cal: ServiceCalendar, oracle: Oracle, code: str, at: datetime, caller_tz: str | None
) -> None:
    assert cal.is_open(code, at, caller_tz) is oracle.is_open(code, at, caller_tz)


@PROPERTY
@given(code=codes, after=moments, caller_tz=zones)
def test_next_open_is_the_first_open_moment(
    cal: ServiceCalendar, oracle: Oracle, code: str, after: datetime, caller_tz: str | None
) -> None:
    found = cal.next_open(code, after, caller_tz)
    if found is None:
        # Only the foreign-language service with a caller six hours behind is shut for so long.
        assert (code, caller_tz) in {
            ("foreign_languages", "America/New_York"),
            ("portal", "America/New_York"),
        }
        probes = _probes(after, after + timedelta(days=60))
    else:
        assert found >= after and found.tzinfo is UTC
        assert oracle.is_open(code, found, caller_tz)
        assert cal.is_open(code, found, caller_tz)
        if found > after:
            assert not oracle.is_open(code, found - US, caller_tz)
        probes = _probes(after, found)
    assert not any(oracle.is_open(code, probe, caller_tz) for probe in probes)


def _probes(start: datetime, end: datetime) -> list[datetime]:
    """Every 7 minutes (fewer over long gaps) in [start, end), plus the moments just before end."""
    step = max(timedelta(minutes=7), (end - start) / 1500)
    points = []
    at = start
    while at < end:
        points.append(at)
        at += step
    points += [p for p in (end - US, end - timedelta(seconds=1)) if p >= start]
    return points


@PROPERTY
@given(code=codes, at=moments, caller_tz=zones)
def test_nothing_is_ever_due_outside_the_hours(
    cal: ServiceCalendar, oracle: Oracle, code: str, at: datetime, caller_tz: str | None
) -> None:
    due = cal.next_open(code, at, caller_tz)
    if due is not None:
        assert oracle.is_open(code, due, caller_tz)
        until = cal.open_until(code, due, caller_tz)
        assert until is not None and until > due
        assert oracle.is_open(code, until - US, caller_tz)
        assert not oracle.is_open(code, until, caller_tz)


@PROPERTY
@given(
    code=codes,
    start=moments,
    minutes=st.one_of(st.integers(0, 3000), st.floats(0, 3000, allow_nan=False)),
)
def test_sla_deadline_is_exactly_that_many_open_minutes(
    cal: ServiceCalendar, oracle: Oracle, code: str, start: datetime, minutes: float
) -> None:
    due = cal.add_open_minutes(code, start, minutes)
    assert due is not None  # 3000 minutes is under three weeks of any seed queue
    assert due >= start
    assert cal.open_minutes_between(code, start, due) == pytest.approx(minutes, abs=1e-6)
    if due > start and minutes >= 1e-6:
        # Counting ended while open: the minute before the deadline was open queue time.
        assert oracle.is_open(code, due - US, None)


@PROPERTY
@given(code=codes, a=moments, b=moments, c=moments)
def test_open_minutes_add_up(
    cal: ServiceCalendar, code: str, a: datetime, b: datetime, c: datetime
) -> None:
    a, b, c = sorted((a, b, c))
    whole = cal.open_minutes_between(code, a, c)
    parts = cal.open_minutes_between(code, a, b) + cal.open_minutes_between(code, b, c)
    assert whole == pytest.approx(parts, abs=1e-6)
    assert cal.open_minutes_between(code, c, a) == 0


# Zones whose changes are at odd hours or by odd amounts: midnight (Havana, Beirut, Santiago, so a
# local date repeats or loses its first hour), half an hour (Lord Howe), southern hemisphere.
ODD_ZONES = (
    "Europe/Rome",
    "America/New_York",
    "America/Havana",
    "Asia/Beirut",
    "America/Santiago",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "UTC",
)
quarter_hours = st.integers(0, 96).map(lambda q: timedelta(minutes=15 * q))


@st.composite
def weekly_hours(draw: st.DrawFn) -> tuple[tuple[int, time, time], ...]:
    intervals = []
    for _ in range(draw(st.integers(1, 6))):
        a, b = sorted(draw(st.lists(quarter_hours, min_size=2, max_size=2, unique=True)))
        opens = (datetime.min + a).time()
        closes = (datetime.min + b).time()  # 24:00 wraps to 00:00, the end-of-day marker
        intervals.append((draw(st.integers(0, 6)), opens, closes))
    return tuple(intervals)


def wall_oracle(queue: QueueHours, at: datetime) -> bool:
    local = at.astimezone(ZoneInfo(queue.time_zone))
    wall = local.time()
    return any(
        weekday == local.weekday() and opens <= wall and (wall < closes or closes == time(0))
        for weekday, opens, closes in queue.intervals
    )


@functools.cache
def changes_in_2026(zone: str) -> tuple[datetime, ...]:
    """The hours of 2026 (UTC) at which the zone's offset changes, found by scanning."""
    tz = ZoneInfo(zone)
    changes = []
    at = datetime(2026, 1, 1, tzinfo=UTC)
    while at.year == 2026:
        if (at + timedelta(hours=1)).astimezone(tz).utcoffset() != at.astimezone(tz).utcoffset():
            changes.append(at)
        at += timedelta(hours=1)
    return tuple(changes) or (datetime(2026, 6, 1, tzinfo=UTC),)


def dst_moments(zone: str) -> st.SearchStrategy[datetime]:
    """Instants within a day and a half of the zone's changes in 2026, or anywhere in 2026."""
    near = st.builds(
        lambda change, minutes: change + timedelta(minutes=minutes),
        st.sampled_from(changes_in_2026(zone)),
        st.integers(-36 * 60, 36 * 60).map(lambda m: m - m % 15),
    )
    anywhere = st.datetimes(datetime(2026, 1, 1), datetime(2026, 12, 31), timezones=st.just(UTC))
    return st.one_of(near, near.map(lambda t: t - US), anywhere)


@settings(max_examples=150, deadline=None)
@given(data=st.data(), zone=st.sampled_from(ODD_ZONES), intervals=weekly_hours())
def test_arbitrary_hours_in_odd_zones_match_the_definition(
    data: st.DataObject, zone: str, intervals: tuple[tuple[int, time, time], ...]
) -> None:
    queue = QueueHours("q", zone, ("it",), 60, intervals)
    cal = ServiceCalendar([queue], [])
    at = data.draw(dst_moments(zone))
    assert cal.is_open("q", at) is wall_oracle(queue, at)
    found = cal.next_open("q", at, horizon_days=8)
    if found is None:
        probes = _probes(at, at + timedelta(days=8))
    else:
        assert wall_oracle(queue, found)
        if found > at:
            assert not wall_oracle(queue, found - US)
        probes = _probes(at, found)
        until = cal.open_until("q", found, horizon_days=8)
        assert until is not None and until > found
        assert wall_oracle(queue, until - US)
        assert until == found + timedelta(days=8) or not wall_oracle(queue, until)
    assert not any(wall_oracle(queue, probe) for probe in probes)
