"""Moments in the future that the seeded service hours allow, for tests that book or reschedule
callbacks against the real clock (a fixed date in such a test turns into a past date one day)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from crm.service_hours import ServiceCalendar


def future_open_moment(
    calendar: ServiceCalendar,
    queue: str = "general",
    *,
    at_utc: time = time(9, 30),
    days_ahead: int = 7,
    also_open_days_after: tuple[int, ...] = (),
) -> datetime:
    """The first day at least `days_ahead` days from now whose `at_utc` is open in `queue`, and
    open the given number of days later too (no holiday, no weekend in between matters)."""
    day = datetime.now(UTC).date() + timedelta(days=days_ahead)
    for _ in range(60):
        moment = datetime.combine(day, at_utc, tzinfo=UTC)
        if all(
            calendar.is_open(queue, moment + timedelta(days=d)) for d in (0, *also_open_days_after)
        ):
            return moment
        day += timedelta(days=1)
    raise AssertionError(f"no open moment in {queue!r} within 60 days")
