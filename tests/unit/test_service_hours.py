"""The service-hours calendar: callbacks are dialled only inside the queue's hours, never on a
holiday, never at night for the caller, and the SLA counts only open minutes.

Built from the demo catalog's real queues and holidays (no database); the store round trip is in
tests/integration/test_service_hours_store.py; the checks against an independent, naive
wall-clock oracle (hypothesis) are in tests/unit/test_service_hours_oracle.py.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from crm.service_hours import CALLER_HOURS, QueueHours, ServiceCalendar, parse_hhmm
from tests.support.service_hours import (
    holidays_from_catalog,
    queues_from_catalog,
)

ROME = ZoneInfo("Europe/Rome")
NEW_YORK = ZoneInfo("America/New_York")
US = timedelta(microseconds=1)


def rome(*args: int) -> datetime:
    return datetime(*args, tzinfo=ROME)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def single(code: str, intervals: list[tuple[int, str, str]], zone: str = "Europe/Rome") -> Any:
    """A one-queue calendar with hand-made hours, for the shapes the seed lacks."""
    queue = QueueHours(
        code=code,
        time_zone=zone,
        languages=("it",),
        sla_minutes=60,
        intervals=tuple((d, parse_hhmm(o), parse_hhmm(c)) for d, o, c in intervals),
    )
    return ServiceCalendar([queue], [])


# -- the seed's hours ---------------------------------------------------------------------------

# 2026-11-16 is a Monday, well away from DST changes and holidays.
GENERAL_CASES = [
    (rome(2026, 11, 16, 7, 59, 59), False),
    (rome(2026, 11, 16, 8, 0), True),
    (rome(2026, 11, 18, 13, 0), True),
    (rome(2026, 11, 20, 19, 59, 59), True),
    (rome(2026, 11, 20, 20, 0), False),
    (rome(2026, 11, 21, 8, 0), True),  # Saturday
    (rome(2026, 11, 21, 13, 59), True),
    (rome(2026, 11, 21, 14, 0), False),
    (rome(2026, 11, 22, 10, 0), False),  # Sunday
]


@pytest.mark.parametrize(("at", "expected"), GENERAL_CASES)
def test_general_is_open_mon_fri_8_20_and_saturday_8_14(
    cal: ServiceCalendar, at: datetime, expected: bool
) -> None:
    assert cal.is_open("general", at) is expected


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (rome(2026, 11, 16, 8, 59), False),
        (rome(2026, 11, 16, 9, 0), True),
        (rome(2026, 11, 20, 13, 59, 59), True),
        (rome(2026, 11, 20, 14, 0), False),
        (rome(2026, 11, 21, 10, 0), False),  # Saturday
        (rome(2026, 11, 22, 10, 0), False),  # Sunday
    ],
)
def test_foreign_languages_is_open_mon_fri_9_14(
    cal: ServiceCalendar, at: datetime, expected: bool
) -> None:
    assert cal.is_open("foreign_languages", at) is expected


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (rome(2026, 11, 19, 8, 29, 59), False),  # Thursday
        (rome(2026, 11, 19, 8, 30), True),
        (rome(2026, 11, 19, 9, 0), True),
        (rome(2026, 11, 19, 12, 29, 59), True),
        (rome(2026, 11, 19, 12, 30), False),
        (rome(2026, 11, 19, 13, 0), False),
        (rome(2026, 11, 19, 14, 30) - US, False),
        (rome(2026, 11, 19, 14, 30), True),
        (rome(2026, 11, 19, 17, 30) - US, True),
        (rome(2026, 11, 19, 17, 30), False),
        (rome(2026, 11, 20, 8, 30), False),  # Friday: 09-12
        (rome(2026, 11, 20, 12, 0), False),
        (rome(2026, 11, 22, 11, 0), True),  # Sunday too
    ],
)
def test_portal_split_thursday(cal: ServiceCalendar, at: datetime, expected: bool) -> None:
    assert cal.is_open("portal", at) is expected


def test_portal_reopens_exactly_at_half_past_two_on_thursday(cal: ServiceCalendar) -> None:
    assert cal.open_until("portal", rome(2026, 11, 19, 9, 0)) == rome(2026, 11, 19, 12, 30)
    assert cal.open_until("portal", rome(2026, 11, 19, 13, 0)) is None
    assert cal.next_open("portal", rome(2026, 11, 19, 12, 30)) == rome(2026, 11, 19, 14, 30)
    assert cal.next_open("portal", rome(2026, 11, 19, 17, 30)) == rome(2026, 11, 20, 9, 0)


def test_results_are_utc(cal: ServiceCalendar) -> None:
    opened = cal.next_open("general", rome(2026, 11, 22, 10, 0))
    assert opened is not None and opened.tzinfo is UTC
    assert opened == utc(2026, 11, 23, 7, 0)


# -- holidays -----------------------------------------------------------------------------------


def test_christmas_is_closed_all_day_and_christmas_eve_open(cal: ServiceCalendar) -> None:
    for code in ("general", "foreign_languages", "portal"):
        for hour in range(24):
            assert not cal.is_open(code, rome(2026, 12, 25, hour, 0)), (code, hour)
    assert cal.is_open("general", rome(2026, 12, 24, 8, 0))
    assert cal.is_open("general", rome(2026, 12, 24, 19, 59))
    assert cal.is_open("portal", rome(2026, 12, 24, 10, 0))


def test_next_open_skips_christmas_santo_stefano_and_sunday(cal: ServiceCalendar) -> None:
    eve_closing = rome(2026, 12, 24, 20, 0)
    assert cal.next_open("general", eve_closing) == rome(2026, 12, 28, 8, 0)
    # The portal works on Sundays, so its first day after the two holidays is the 27th.
    assert cal.next_open("portal", eve_closing) == rome(2026, 12, 27, 9, 0)
    assert cal.open_minutes_between("general", eve_closing, rome(2026, 12, 28, 8, 0)) == 0


def test_holidays_are_local_dates_of_the_queue(cal: ServiceCalendar) -> None:
    # 23:30 UTC on 24 December is already Christmas in Rome.
    assert cal.next_open("portal", utc(2026, 12, 24, 23, 30)) == rome(2026, 12, 27, 9, 0)


def test_a_holiday_of_one_queue_leaves_the_others_open(catalog: dict[str, Any]) -> None:
    holidays = [*holidays_from_catalog(catalog), (date(2026, 11, 19), "portal")]
    cal = ServiceCalendar(queues_from_catalog(catalog), holidays)
    assert not cal.is_open("portal", rome(2026, 11, 19, 9, 0))
    assert cal.is_open("general", rome(2026, 11, 19, 9, 0))
    assert cal.next_open("portal", rome(2026, 11, 19, 9, 0)) == rome(2026, 11, 20, 9, 0)


# -- the caller's own time zone -----------------------------------------------------------------


def test_a_new_york_caller_is_not_called_at_3_am(cal: ServiceCalendar) -> None:
    at = rome(2026, 11, 17, 9, 0)  # a Tuesday; both zones on standard time, six hours apart
    assert at.astimezone(NEW_YORK).hour == 3
    assert cal.is_open("general", at)
    assert not cal.is_open("general", at, "America/New_York")
    first = cal.next_open("general", at, "America/New_York")
    assert first == rome(2026, 11, 17, 14, 0) == datetime(2026, 11, 17, 8, 0, tzinfo=NEW_YORK)
    assert cal.open_until("general", first, "America/New_York") == rome(2026, 11, 17, 20, 0)


def test_the_caller_rule_follows_the_caller_dst_not_rome(cal: ServiceCalendar) -> None:
    # Between the US (8 March) and the EU (29 March) change the gap is five hours.
    at = rome(2026, 3, 17, 9, 0)
    first = cal.next_open("general", at, "America/New_York")
    assert first == rome(2026, 3, 17, 13, 0) == datetime(2026, 3, 17, 8, 0, tzinfo=NEW_YORK)
    assert first == utc(2026, 3, 17, 12, 0)


def test_the_caller_rule_in_far_zones(cal: ServiceCalendar) -> None:
    # Saturday 14:00 Rome is closed for the queue; Monday 08:00 Rome is Monday 18:00 in Sydney.
    assert cal.next_open("general", rome(2026, 11, 21, 14, 0), "Australia/Sydney") == rome(
        2026, 11, 23, 8, 0
    )
    # Saturday 13:00 Rome is Saturday 21:00 in Tokyo: too late there; 08:00 Rome is 16:00.
    assert not cal.is_open("general", rome(2026, 11, 21, 13, 0), "Asia/Tokyo")
    assert cal.is_open("general", rome(2026, 11, 21, 8, 0), "Asia/Tokyo")
    assert cal.open_until("general", rome(2026, 11, 21, 8, 0), "Asia/Tokyo") == rome(
        2026, 11, 21, 12, 0
    )


def test_the_caller_rule_keeps_sunday_free(cal: ServiceCalendar) -> None:
    # The portal works on Sundays, but a caller is not called on their own Sunday.
    sunday = rome(2026, 11, 22, 10, 0)
    assert cal.is_open("portal", sunday)
    assert not cal.is_open("portal", sunday, "Europe/Rome")
    assert cal.next_open("portal", sunday, "Europe/Rome") == rome(2026, 11, 23, 9, 0)
    # Saturday in London is a working day for the rule: 09:00 Rome is 08:00 there.
    assert cal.is_open("portal", rome(2026, 11, 21, 9, 0), "Europe/London")
    assert not cal.is_open("portal", rome(2026, 11, 21, 8, 59), "Europe/London")


def test_caller_hours_are_overridable() -> None:
    strict = ServiceCalendar(
        [QueueHours("q", "Europe/Rome", ("it",), 60, ((0, time(8), time(20)),))],
        [],
        caller_hours=[(0, time(10), time(12))],
    )
    assert not strict.is_open("q", rome(2026, 11, 16, 9, 0), "Europe/Rome")
    assert strict.next_open("q", rome(2026, 11, 16, 9, 0), "Europe/Rome") == rome(
        2026, 11, 16, 10, 0
    )
    assert tuple((d, time(8), time(20)) for d in range(6)) == CALLER_HOURS


# -- DST ----------------------------------------------------------------------------------------


def test_twelve_local_hours_on_both_dst_sundays() -> None:
    cal = single("daily", [(d, "08:00", "20:00") for d in range(7)])
    for sunday in (date(2026, 3, 29), date(2026, 10, 25), date(2027, 3, 28), date(2027, 10, 31)):
        start = datetime.combine(sunday, time(), ROME)
        assert cal.open_minutes_between("daily", start, start + timedelta(days=1)) == 720
        assert cal.next_open("daily", start) == datetime.combine(sunday, time(8), ROME)
        assert cal.open_until("daily", datetime.combine(sunday, time(8), ROME)) == (
            datetime.combine(sunday, time(20), ROME)
        )


def test_portal_on_the_dst_sundays(cal: ServiceCalendar) -> None:
    assert cal.next_open("portal", utc(2026, 3, 29, 0, 0)) == utc(2026, 3, 29, 7, 0)  # CEST
    assert cal.next_open("portal", utc(2026, 10, 25, 0, 0)) == utc(2026, 10, 25, 8, 0)  # CET
    assert cal.open_minutes_between("portal", utc(2026, 3, 29), utc(2026, 3, 30)) == 180
    assert cal.open_minutes_between("portal", utc(2026, 10, 25), utc(2026, 10, 26)) == 180


def test_an_interval_across_the_change_counts_real_time() -> None:
    cal = single("night", [(6, "01:00", "04:00")])  # Sunday night shift
    # Spring: 01:00 CET is 00:00 UTC, 04:00 CEST is 02:00 UTC: two real hours.
    assert cal.open_minutes_between("night", utc(2026, 3, 28), utc(2026, 3, 30)) == 120
    assert cal.open_until("night", utc(2026, 3, 29, 0, 30)) == utc(2026, 3, 29, 2, 0)
    # Autumn: 01:00 CEST is 23:00 UTC, 04:00 CET is 03:00 UTC: four real hours, one stretch.
    assert cal.open_minutes_between("night", utc(2026, 10, 24), utc(2026, 10, 26)) == 240
    assert cal.next_open("night", utc(2026, 10, 24, 12, 0)) == utc(2026, 10, 24, 23, 0)
    assert cal.open_until("night", utc(2026, 10, 24, 23, 0)) == utc(2026, 10, 25, 3, 0)


def test_an_interval_inside_the_spring_gap_never_opens() -> None:
    cal = single("gap", [(6, "02:00", "03:00")])
    # 2026-03-29 has no 02:xx in Rome: the next Sunday's 02:00 CEST is the first opening.
    assert cal.next_open("gap", utc(2026, 3, 28, 12, 0)) == rome(2026, 4, 5, 2, 0)
    assert cal.open_minutes_between("gap", utc(2026, 3, 29), utc(2026, 3, 30)) == 0


def test_an_interval_touching_the_spring_gap_is_shortened() -> None:
    cal = single("edge", [(6, "02:30", "03:30"), (0, "01:30", "02:30")])
    # Sunday 2026-03-29: 02:30 does not exist; open from the jump (03:00 CEST) to 03:30 CEST.
    assert cal.next_open("edge", utc(2026, 3, 28, 12, 0)) == utc(2026, 3, 29, 1, 0)
    assert cal.open_until("edge", utc(2026, 3, 29, 1, 0)) == utc(2026, 3, 29, 1, 30)
    assert not cal.is_open("edge", utc(2026, 3, 29, 1, 0) - US)
    # A Monday interval in wall time is unaffected on a normal day.
    assert cal.open_minutes_between("edge", rome(2026, 3, 30), rome(2026, 3, 31)) == 60


def test_an_interval_in_the_autumn_fold_is_open_on_both_passes() -> None:
    cal = single("fold", [(6, "02:00", "02:30")])
    # 2026-10-25: 02:00-02:30 CEST is 00:00-00:30 UTC, 02:00-02:30 CET is 01:00-01:30 UTC.
    day = (utc(2026, 10, 24, 12, 0), utc(2026, 10, 25, 12, 0))
    assert cal.open_minutes_between("fold", *day) == 60
    assert cal.next_open("fold", day[0]) == utc(2026, 10, 25, 0, 0)
    assert cal.open_until("fold", utc(2026, 10, 25, 0, 10)) == utc(2026, 10, 25, 0, 30)
    assert not cal.is_open("fold", utc(2026, 10, 25, 0, 45))
    assert cal.next_open("fold", utc(2026, 10, 25, 0, 30)) == utc(2026, 10, 25, 1, 0)


def test_the_general_week_around_the_spring_change(cal: ServiceCalendar) -> None:
    assert cal.next_open("general", utc(2026, 3, 27, 0, 0)) == utc(2026, 3, 27, 7, 0)  # CET
    assert cal.next_open("general", utc(2026, 3, 28, 14, 0)) == utc(2026, 3, 30, 6, 0)  # CEST
    # Saturday 13:00 CET + 120 minutes: one hour on Saturday, one on Monday (CEST).
    assert cal.add_open_minutes("general", rome(2026, 3, 28, 13, 0), 120) == rome(2026, 3, 30, 9, 0)


# -- stretches, adjacency -----------------------------------------------------------------------


def test_adjacent_intervals_are_one_stretch() -> None:
    cal = single("split", [(0, "12:00", "14:00"), (0, "08:00", "12:00"), (0, "16:00", "18:00")])
    monday = date(2026, 11, 16)
    assert cal.open_until("split", datetime.combine(monday, time(9), ROME)) == datetime.combine(
        monday, time(14), ROME
    )
    assert cal.is_open("split", datetime.combine(monday, time(12), ROME))
    assert cal.next_open("split", datetime.combine(monday, time(14), ROME)) == datetime.combine(
        monday, time(16), ROME
    )


def test_a_day_open_to_midnight_joins_the_next_day() -> None:
    cal = single("late", [(0, "20:00", "24:00"), (1, "00:00", "02:00")])
    monday_night = rome(2026, 11, 16, 21, 0)
    assert cal.open_until("late", monday_night) == rome(2026, 11, 17, 2, 0)
    assert cal.is_open("late", rome(2026, 11, 17, 0, 0))
    assert cal.open_minutes_between("late", rome(2026, 11, 16), rome(2026, 11, 18)) == 360


def test_open_until_reports_the_horizon_for_an_always_open_queue() -> None:
    cal = single("always", [(d, "00:00", "24:00") for d in range(7)])
    at = utc(2026, 11, 16, 10, 0)
    assert cal.open_until("always", at, horizon_days=3) == at + timedelta(days=3)
    assert cal.open_until("always", at, horizon_days=60) == at + timedelta(days=60)


def test_open_until_general_is_the_closing(cal: ServiceCalendar) -> None:
    assert cal.open_until("general", rome(2026, 11, 20, 10, 0)) == rome(2026, 11, 20, 20, 0)
    assert cal.open_until("general", rome(2026, 11, 20, 20, 0)) is None


# -- SLA ----------------------------------------------------------------------------------------


def test_sla_from_friday_evening_is_due_saturday_morning(cal: ServiceCalendar) -> None:
    assert cal.queue("general").sla_minutes == 120
    assert cal.add_open_minutes("general", rome(2026, 11, 20, 19, 0), 120) == rome(
        2026, 11, 21, 9, 0
    )


def test_sla_from_saturday_afternoon_is_due_monday(cal: ServiceCalendar) -> None:
    assert cal.add_open_minutes("general", rome(2026, 11, 21, 13, 30), 120) == rome(
        2026, 11, 23, 9, 30
    )


def test_sla_starts_counting_at_the_next_opening(cal: ServiceCalendar) -> None:
    sunday = rome(2026, 11, 22, 15, 0)
    assert cal.add_open_minutes("general", sunday, 0) == rome(2026, 11, 23, 8, 0)
    assert cal.add_open_minutes("general", sunday, 30) == rome(2026, 11, 23, 8, 30)
    # Foreign languages, 240 minutes: Friday 12:00 has two hours left, then Monday 09-11.
    assert cal.add_open_minutes("foreign_languages", rome(2026, 11, 20, 12, 0), 240) == rome(
        2026, 11, 23, 11, 0
    )


def test_sla_used_up_at_a_closing_is_due_at_the_closing(cal: ServiceCalendar) -> None:
    assert cal.add_open_minutes("general", rome(2026, 11, 20, 18, 0), 120) == rome(
        2026, 11, 20, 20, 0
    )


def test_sla_ignores_the_caller_and_skips_holidays(cal: ServiceCalendar) -> None:
    assert cal.add_open_minutes("general", rome(2026, 12, 24, 19, 0), 120) == rome(
        2026, 12, 28, 9, 0
    )


def test_sla_beyond_the_horizon_is_none(cal: ServiceCalendar) -> None:
    at = rome(2026, 11, 16, 8, 0)
    assert cal.add_open_minutes("general", at, 60 * 24 * 30) is None
    assert cal.add_open_minutes("general", at, 60 * 12, horizon_days=1) == rome(2026, 11, 16, 20)
    assert cal.add_open_minutes("general", at, 60 * 13, horizon_days=1) is None


def test_open_minutes_between(cal: ServiceCalendar) -> None:
    # Friday 19:00 to Monday 09:00: 60 + 360 + 60.
    assert cal.open_minutes_between("general", rome(2026, 11, 20, 19), rome(2026, 11, 23, 9)) == 480
    week = (rome(2026, 11, 16), rome(2026, 11, 23))
    assert cal.open_minutes_between("general", *week) == 5 * 720 + 360
    assert cal.open_minutes_between("foreign_languages", *week) == 5 * 300
    assert cal.open_minutes_between("portal", *week) == 6 * 180 + 240 + 180
    assert cal.open_minutes_between("general", week[1], week[0]) == 0
    assert cal.open_minutes_between("general", week[0], week[0]) == 0
    assert (
        cal.open_minutes_between("general", rome(2026, 11, 16, 8), rome(2026, 11, 16, 8, 0, 30))
        == 0.5
    )


# -- routing ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("topic_queue", "language", "expected"),
    [
        ("general", "it", "general"),
        ("general", "de", "general"),
        ("general", "ar", "foreign_languages"),
        ("portal", "en", "foreign_languages"),  # portal speaks it/de only
        ("portal", "DE", "portal"),
        ("general", "en-GB", "general"),
        (None, "it", "general"),  # general and portal both list it first: lower code wins
        (None, "de", "general"),
        (None, "en", "foreign_languages"),  # it lists English first
        (None, "zz", None),
        ("general", "zz", "general"),
        ("retired_queue", "fr", "foreign_languages"),
        ("retired_queue", "zz", "retired_queue"),
    ],
)
def test_queue_for(
    cal: ServiceCalendar, topic_queue: str | None, language: str, expected: str | None
) -> None:
    assert cal.queue_for(topic_queue, language) == expected


def test_queue_for_does_not_depend_on_row_order(catalog: dict[str, Any]) -> None:
    queues = queues_from_catalog(catalog)
    forward = ServiceCalendar(queues, [])
    backward = ServiceCalendar(reversed(queues), [])
    for language in ("it", "de", "en", "fr", "ar", "pl", "es", "ru", "xx"):
        for topic in (None, "general", "portal", "foreign_languages"):
            assert forward.queue_for(topic, language) == backward.queue_for(topic, language)


# -- errors -------------------------------------------------------------------------------------


def test_naive_datetimes_are_refused(cal: ServiceCalendar) -> None:
    naive = datetime(2026, 11, 16, 9, 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        cal.is_open("general", naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        cal.next_open("general", naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        cal.open_until("general", naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        cal.add_open_minutes("general", naive, 10)
    with pytest.raises(ValueError, match="timezone-aware"):
        cal.open_minutes_between("general", utc(2026, 1, 1), naive)


def test_unknown_queue_and_zone_are_refused(cal: ServiceCalendar) -> None:
    at = utc(2026, 11, 16, 9, 0)
    with pytest.raises(ValueError, match="unknown service queue"):
        cal.is_open("nope", at)
    with pytest.raises(ValueError, match="unknown service queue"):
        cal.next_open("nope", at)
    with pytest.raises(ValueError, match="unknown service queue"):
        cal.queue("nope")
    for zone in ("Mars/Olympus_Mons", "", "../etc/passwd", "Europe"):
        with pytest.raises(ValueError, match="unknown time zone"):
            cal.is_open("general", at, zone)
    with pytest.raises(ValueError, match="unknown time zone"):
        single("q", [(0, "08:00", "09:00")], zone="Nowhere/Town")


@pytest.mark.parametrize(
    "interval", [(0, "10:00", "09:00"), (0, "09:00", "09:00"), (7, "08:00", "09:00")]
)
def test_bad_intervals_are_refused(interval: tuple[int, str, str]) -> None:
    with pytest.raises(ValueError):
        single("q", [interval])


def test_bad_arguments_are_refused(cal: ServiceCalendar) -> None:
    at = utc(2026, 11, 16, 9, 0)
    with pytest.raises(ValueError):
        cal.add_open_minutes("general", at, -1)
    with pytest.raises(ValueError):
        cal.add_open_minutes("general", at, float("nan"))
    with pytest.raises(ValueError):
        cal.next_open("general", at, horizon_days=0)


def test_any_aware_zone_is_accepted(cal: ServiceCalendar) -> None:
    ny = datetime(2026, 11, 17, 3, 0, tzinfo=NEW_YORK)
    assert cal.next_open("general", ny, "America/New_York") == utc(2026, 11, 17, 13, 0)
