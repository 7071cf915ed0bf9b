"""Service hours of the callback queues: when a queue may dial, and how long its SLA clock runs.

A callback request must never be dialled outside its queue's service hours, nor at night in the
caller's own time zone, and its SLA only counts the minutes the queue is actually staffed. Every
one of those questions is answered here, from one definition, so that "may we dial now?", "when
next?" and "how long is left?" can never disagree with each other:

    a queue is open at instant t  <=>  the wall-clock time of t in the queue's zone lies in one
    of that weekday's intervals [opens, closes), and the local date of t is not a holiday of the
    queue (a holiday with no queue closes every queue).

The definition is applied literally on DST days. Wall times in the spring-forward gap never
happen, so an interval inside the gap is empty and one touching it is shortened; wall times in the
autumn fold happen twice, so an interval covering them is open on both passes (a 08:00-20:00 day
stays twelve local hours on both change-over Sundays). Nothing here steps minute by minute: each
local date of each queue is turned once into exact UTC spans (microsecond boundaries), cached, and
all the operations walk those spans, so `next_open` costs O(days scanned) and the claim loop can
call it thousands of times per second.

The caller's rule (`CALLER_HOURS`, Mon-Sat 08:00-20:00 in the caller's zone) is the same kind of
weekly calendar without holidays; when a caller zone is given, the open spans are the intersection
of the queue's and the caller's. The SLA (`add_open_minutes`, `open_minutes_between`) counts queue
hours only: the queue's staffing, not the caller's night, is what the SLA promises.

Pure stdlib (`zoneinfo`) plus one Core read in `ServiceCalendar.load`; datetimes in must be
timezone-aware (naive ones raise ValueError, because guessing their zone is exactly the bug this
module exists to prevent) and datetimes out are UTC.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, select

from crm import schema

__all__ = ["CALLER_HOURS", "QueueHours", "ServiceCalendar", "parse_hhmm"]

Interval = tuple[int, time, time]
"""(weekday 0 = Monday, opens, closes) in some zone's wall time; closes 00:00 means 24:00."""

Span = tuple[datetime, datetime]
"""A half-open UTC span [start, end)."""

CALLER_HOURS: tuple[Interval, ...] = tuple((day, time(8), time(20)) for day in range(6))
"""Nobody is called at night in their own zone: Monday to Saturday, 08:00-20:00 caller-local."""

_T = TypeVar("_T", datetime, timedelta)

_DAY = timedelta(days=1)
# Offsets are sampled this often to find a DST change inside a span, then bisected to 1 us.
_PROBE = timedelta(minutes=30)
_RESOLUTION = timedelta(microseconds=1)
# Lazy scans look this far ahead first, doubling up to the cap: most answers are within two days.
_FIRST_CHUNK = timedelta(days=2)
_MAX_CHUNK = timedelta(days=16)
# Per schedule; a day is a few spans, so this bounds the cache at a few MB in the worst case.
_MAX_CACHED_DAYS = 20_000


@dataclass(frozen=True)
class QueueHours:
    """One queue as the store holds it: its zone, languages, SLA and weekly opening intervals.

    `intervals` are (weekday, opens, closes) in the queue's local wall time, several per weekday
    allowed (a split day). A `closes` of 00:00 means midnight at the end of the day (stored as
    "24:00"), so a day can be open to its very end; an overnight stretch is two rows.
    """

    code: str
    time_zone: str
    languages: tuple[str, ...]
    sla_minutes: int
    intervals: tuple[Interval, ...]


def _zone(name: str, what: str) -> ZoneInfo:
    """The zone, or a ValueError naming what it was for (ZoneInfo's own errors are KeyErrors)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError, TypeError) as error:
        raise ValueError(f"unknown time zone for {what}: {name!r}") from error


def _to_utc(value: datetime, what: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime, got naive {value!r}")
    return value.astimezone(UTC)


def _language_key(language: str) -> str:
    """The primary subtag, lower case: queues serve languages, not regions ("en-GB" is "en")."""
    return language.strip().replace("_", "-").split("-", 1)[0].lower()


def parse_hhmm(text: str) -> time:
    """A stored "HH:MM" as a time; "24:00" (end of day) becomes 00:00, as `QueueHours` expects."""
    if text.strip() == "24:00":
        return time(0)
    return time.fromisoformat(text.strip())


def _since_midnight(value: time) -> timedelta:
    return timedelta(
        hours=value.hour, minutes=value.minute, seconds=value.second, microseconds=value.microsecond
    )


def _week_table(
    intervals: Iterable[Interval], what: str
) -> tuple[tuple[tuple[timedelta, timedelta], ...], ...]:
    """Per weekday, the sorted, merged intervals as offsets from local midnight.

    Merging here is what makes adjacent rows (08:00-12:00 and 12:00-14:00) one stretch.
    """
    days: list[list[tuple[timedelta, timedelta]]] = [[] for _ in range(7)]
    for weekday, opens, closes in intervals:
        if not 0 <= weekday <= 6:
            raise ValueError(f"{what}: weekday must be 0 (Monday) to 6, got {weekday}")
        if opens.tzinfo is not None or closes.tzinfo is not None:
            raise ValueError(f"{what}: opening hours are wall times, without a time zone")
        start = _since_midnight(opens)
        end = _DAY if closes == time(0) else _since_midnight(closes)
        if start >= end:
            raise ValueError(
                f"{what}: interval {opens:%H:%M}-{closes:%H:%M} on weekday {weekday} is empty or "
                "overnight; split an overnight stretch into two days"
            )
        days[weekday].append((start, end))
    return tuple(tuple(_merge(sorted(day))) for day in days)


def _merge(spans: Iterable[tuple[_T, _T]]) -> list[tuple[_T, _T]]:
    """Sorted spans with overlapping or touching ones joined."""
    merged: list[tuple[_T, _T]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _intersect(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    """The intersection of two sorted, merged span lists (two pointers, linear)."""
    result: list[Span] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if start < end:
            result.append((start, end))
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return result


def _utc(naive: datetime) -> datetime:
    return naive.replace(tzinfo=UTC)


def _offset_segments(
    zone: ZoneInfo, lo: datetime, hi: datetime
) -> list[tuple[datetime, datetime, timedelta]]:
    """[lo, hi) cut where the zone's UTC offset changes, each piece with its offset.

    zoneinfo does not expose its transitions, so they are found by probing every half hour and
    bisecting to the microsecond. Only spans that touch a DST change come here, so the cost is
    paid a few times a year per queue, and then cached.
    """

    def offset(at: datetime) -> timedelta:
        value = at.astimezone(zone).utcoffset()
        assert value is not None  # a ZoneInfo always has an offset for an aware datetime
        return value

    segments: list[tuple[datetime, datetime, timedelta]] = []
    start, current = lo, offset(lo)
    previous = lo
    while previous < hi:
        probe = min(previous + _PROBE, hi)
        if offset(probe) != current:
            before, after = previous, probe
            while after - before > _RESOLUTION:
                middle = before + (after - before) / 2
                if offset(middle) == current:
                    before = middle
                else:
                    after = middle
            segments.append((start, after, current))
            start, current = after, offset(after)
        previous = probe
    segments.append((start, hi, current))
    return segments


def _wall_to_utc(zone: ZoneInfo, opens: datetime, closes: datetime) -> list[Span]:
    """The UTC instants whose wall time in `zone` lies in [opens, closes) (naive wall times).

    Usually one span. Across a DST change the offset differs between the ends (or a fold/gap at an
    end gives two offsets for one wall time), and the instants are found segment by segment: a
    gap yields nothing, a fold yields both passes.
    """
    offsets = {
        wall.replace(tzinfo=zone, fold=fold).utcoffset()
        for wall in (opens, closes)
        for fold in (0, 1)
    }
    if len(offsets) == 1:
        (offset,) = offsets
        assert offset is not None
        return [(_utc(opens - offset), _utc(closes - offset))]
    known = [offset for offset in offsets if offset is not None]
    lo, hi = _utc(opens - max(known)), _utc(closes - min(known))
    spans: list[Span] = []
    for segment_start, segment_end, offset in _offset_segments(zone, lo, hi):
        start = max(segment_start, _utc(opens - offset))
        end = min(segment_end, _utc(closes - offset))
        if start < end:
            spans.append((start, end))
    return _merge(sorted(spans))


class _WeeklySchedule:
    """Weekly wall-clock intervals in one zone, minus closed local dates, as cached UTC spans.

    Shared by threads without a lock on purpose: a race can only compute one day twice, with the
    same result, and dict reads and writes are atomic.
    """

    __slots__ = ("_cache", "_closed", "_week", "zone")

    def __init__(
        self,
        zone: ZoneInfo,
        week: tuple[tuple[tuple[timedelta, timedelta], ...], ...],
        closed: frozenset[date],
    ) -> None:
        self.zone = zone
        self._week = week
        self._closed = closed
        self._cache: dict[date, tuple[Span, ...]] = {}

    def day_spans(self, day: date) -> tuple[Span, ...]:
        """The open UTC spans of one local date, sorted and merged."""
        spans = self._cache.get(day)
        if spans is None:
            spans = self._compute_day(day)
            if len(self._cache) >= _MAX_CACHED_DAYS:
                self._cache.clear()
            self._cache[day] = spans
        return spans

    def _compute_day(self, day: date) -> tuple[Span, ...]:
        if day in self._closed:
            return ()
        midnight = datetime.combine(day, time())
        spans: list[Span] = []
        for start, end in self._week[day.weekday()]:
            spans.extend(_wall_to_utc(self.zone, midnight + start, midnight + end))
        return tuple(_merge(sorted(spans)))

    def _days_around(self, lo: datetime, hi: datetime) -> Iterator[date]:
        # One day of slack each side: around a DST change at local midnight, an instant's local
        # date is not monotonic in UTC.
        day = lo.astimezone(self.zone).date() - _DAY
        last = hi.astimezone(self.zone).date() + _DAY
        while day <= last:
            yield day
            day += _DAY

    def contains(self, at: datetime) -> bool:
        return any(
            start <= at < end
            for day in self._days_around(at, at)
            for start, end in self.day_spans(day)
        )

    def spans(self, lo: datetime, hi: datetime) -> list[Span]:
        """Open spans clipped to [lo, hi), sorted and merged across midnights."""
        if hi <= lo:
            return []
        clipped = [
            (max(start, lo), min(end, hi))
            for day in self._days_around(lo, hi)
            for start, end in self.day_spans(day)
            if end > lo and start < hi
        ]
        clipped.sort()
        return _merge(clipped)


def _chunks(start: datetime, limit: datetime) -> Iterator[Span]:
    """[start, limit) as consecutive windows of growing size, for scans that usually stop early."""
    size = _FIRST_CHUNK
    while start < limit:
        end = min(start + size, limit)
        yield start, end
        start = end
        size = min(size * 2, _MAX_CHUNK)


class ServiceCalendar:
    """The service hours of every queue, with holidays and the caller's own-time-zone rule.

    Built once (from the store with `load`, or from plain data) and then only read: safe to share
    between threads. Every method taking a datetime wants an aware one and returns UTC.
    """

    def __init__(
        self,
        queues: Iterable[QueueHours],
        holidays: Iterable[tuple[date, str | None]],
        caller_hours: Iterable[Interval] = CALLER_HOURS,
    ) -> None:
        self._queues: dict[str, QueueHours] = {}
        for queue in queues:
            if queue.code in self._queues:
                raise ValueError(f"queue {queue.code!r} is listed twice")
            self._queues[queue.code] = queue
        every_queue: set[date] = set()
        per_queue: dict[str, set[date]] = {}
        for day, code in holidays:
            if code is None:
                every_queue.add(day)
            else:
                per_queue.setdefault(code, set()).add(day)
        self._schedules = {
            code: _WeeklySchedule(
                _zone(queue.time_zone, f"queue {code!r}"),
                _week_table(queue.intervals, f"queue {code!r}"),
                frozenset(every_queue | per_queue.get(code, set())),
            )
            for code, queue in self._queues.items()
        }
        self._caller_week = _week_table(caller_hours, "caller hours")
        self._callers: dict[str, _WeeklySchedule] = {}
        # Routing by language: a queue lists its languages in order of preference, so the queue
        # naming the language earliest serves it best; ties go to the lower code (deterministic
        # whatever order the rows came in).
        self._served = {
            code: {_language_key(lang) for lang in queue.languages}
            for code, queue in self._queues.items()
        }
        ranked: dict[str, list[tuple[int, str]]] = {}
        for code, queue in self._queues.items():
            seen: set[str] = set()
            for rank, lang in enumerate(queue.languages):
                key = _language_key(lang)
                if key not in seen:
                    seen.add(key)
                    ranked.setdefault(key, []).append((rank, code))
        self._by_language = {key: min(choices)[1] for key, choices in ranked.items()}

    @classmethod
    def load(
        cls, conn: Connection, caller_hours: Iterable[Interval] = CALLER_HOURS
    ) -> ServiceCalendar:
        """The calendar as the store holds it now (three small Core selects, no ORM)."""
        q, h, d = schema.service_queues.c, schema.service_hours.c, schema.holidays.c
        intervals: dict[str, list[Interval]] = {}
        for row in conn.execute(
            select(h.queue_code, h.weekday, h.opens, h.closes).order_by(
                h.queue_code, h.weekday, h.opens
            )
        ):
            intervals.setdefault(row.queue_code, []).append(
                (int(row.weekday), parse_hhmm(row.opens), parse_hhmm(row.closes))
            )
        queues = [
            QueueHours(
                code=row.code,
                time_zone=row.time_zone,
                languages=tuple(row.languages or ()),
                sla_minutes=int(row.sla_minutes),
                intervals=tuple(intervals.get(row.code, ())),
            )
            for row in conn.execute(
                select(q.code, q.time_zone, q.languages, q.sla_minutes).order_by(q.code)
            )
        ]
        holidays = [(row.day, row.queue_code) for row in conn.execute(select(d.day, d.queue_code))]
        return cls(queues, holidays, caller_hours)

    # -- lookups -------------------------------------------------------------------------------

    @property
    def codes(self) -> tuple[str, ...]:
        """The queue codes, sorted."""
        return tuple(sorted(self._queues))

    def queue(self, code: str) -> QueueHours:
        """The queue's data (its SLA, its zone); ValueError for an unknown code."""
        try:
            return self._queues[code]
        except KeyError:
            raise ValueError(f"unknown service queue {code!r}") from None

    def queue_for(self, topic_queue: str | None, language: str) -> str | None:
        """The queue that should call back a request on `topic_queue` in `language`.

        The topic's own queue when it serves the language; otherwise the queue that lists the
        language earliest among its languages (ties: the lowest code), so an English caller on a
        topic whose queue speaks only Italian and German goes to the foreign-language service;
        otherwise, when nobody speaks it, the topic's queue anyway (an agent there can still call).
        Languages match on their primary subtag, case-insensitively ("en-GB" is "en").
        """
        key = _language_key(language)
        if topic_queue in self._served and key in self._served[topic_queue]:
            return topic_queue
        return self._by_language.get(key, topic_queue)

    def _schedule(self, queue: str) -> _WeeklySchedule:
        try:
            return self._schedules[queue]
        except KeyError:
            raise ValueError(f"unknown service queue {queue!r}") from None

    def _caller(self, caller_tz: str | None) -> _WeeklySchedule | None:
        if caller_tz is None:
            return None
        schedule = self._callers.get(caller_tz)
        if schedule is None:
            schedule = _WeeklySchedule(
                _zone(caller_tz, "the caller"), self._caller_week, frozenset()
            )
            self._callers[caller_tz] = schedule
        return schedule

    @staticmethod
    def _open_spans(
        queue: _WeeklySchedule, caller: _WeeklySchedule | None, lo: datetime, hi: datetime
    ) -> list[Span]:
        spans = queue.spans(lo, hi)
        if caller is None or not spans:
            return spans
        return _intersect(spans, caller.spans(lo, hi))

    @staticmethod
    def _limit(start: datetime, horizon_days: int) -> datetime:
        if horizon_days <= 0:
            raise ValueError(f"horizon_days must be positive, got {horizon_days}")
        return start + timedelta(days=horizon_days)

    # -- questions -----------------------------------------------------------------------------

    def is_open(self, queue: str, at: datetime, caller_tz: str | None = None) -> bool:
        """Whether the queue may call at `at`: inside its hours, not a holiday, and (with a caller
        zone) inside `caller_hours` in the caller's zone. ValueError for an unknown queue or zone.
        """
        moment = _to_utc(at, "at")
        schedule, caller = self._schedule(queue), self._caller(caller_tz)
        return schedule.contains(moment) and (caller is None or caller.contains(moment))

    def next_open(
        self,
        queue: str,
        after: datetime,
        caller_tz: str | None = None,
        horizon_days: int = 60,
    ) -> datetime | None:
        """The earliest instant >= `after` at which `is_open` holds (`after` itself when open),
        exact to the microsecond; None when nothing opens within `horizon_days` of `after`.
        """
        start = _to_utc(after, "after")
        schedule, caller = self._schedule(queue), self._caller(caller_tz)
        for lo, hi in _chunks(start, self._limit(start, horizon_days)):
            spans = self._open_spans(schedule, caller, lo, hi)
            if spans:
                return spans[0][0]
        return None

    def open_until(
        self,
        queue: str,
        at: datetime,
        caller_tz: str | None = None,
        horizon_days: int = 60,
    ) -> datetime | None:
        """When the open stretch around `at` ends (the first closed instant), None if closed now.

        Adjacent intervals, and a day open to 24:00 followed by one open from 00:00, are one
        stretch. A stretch still open `horizon_days` ahead is reported as ending there.
        """
        start = _to_utc(at, "at")
        schedule, caller = self._schedule(queue), self._caller(caller_tz)
        end = start
        for lo, hi in _chunks(start, self._limit(start, horizon_days)):
            spans = self._open_spans(schedule, caller, lo, hi)
            if not spans or spans[0][0] != lo:
                break
            end = spans[0][1]
            if end < hi:
                break
        return None if end == start else end

    def add_open_minutes(
        self, queue: str, start: datetime, minutes: float, horizon_days: int = 60
    ) -> datetime | None:
        """The SLA deadline: the earliest instant by which `minutes` of the queue's open time have
        passed since `start` (counting from the next opening when closed at `start`).

        Queue hours only, no caller rule: the SLA measures the queue's staffed time. A budget
        used up exactly at a closing returns that closing instant. None when the budget is not
        used up within `horizon_days`.
        """
        if not (math.isfinite(minutes) and minutes >= 0):
            raise ValueError(f"minutes must be a finite, non-negative number, got {minutes}")
        begin = _to_utc(start, "start")
        schedule = self._schedule(queue)
        remaining = timedelta(minutes=minutes)
        for lo, hi in _chunks(begin, self._limit(begin, horizon_days)):
            for span_start, span_end in schedule.spans(lo, hi):
                length = span_end - span_start
                if remaining <= length:
                    return span_start + remaining
                remaining -= length
        return None

    def open_minutes_between(self, queue: str, start: datetime, end: datetime) -> float:
        """Open queue minutes in [start, end), 0 when end <= start: the SLA's "time left" and
        "time used" are this between now and the deadline, or the request and now.
        """
        lo, hi = _to_utc(start, "start"), _to_utc(end, "end")
        schedule = self._schedule(queue)
        total = sum(
            (span_end - span_start for span_start, span_end in schedule.spans(lo, hi)),
            timedelta(),
        )
        return total / timedelta(minutes=1)
