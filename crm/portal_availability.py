"""When the contact centre can call a portal's caller back: staffing, waits and free windows.

Computed from the same service hours (`crm.service_hours`) that schedule the queue, the agents'
presence, and the callback history:

- "call me now" can be honoured when the queue that serves the language (and topic) is open
  and at least one agent who speaks the language is signed in and not paused, at a desk that is
  still there (its heartbeat is recent: crm.presence);
- the expected wait is the requests in that language already due, shared among those agents,
  times the average handling time of recent callback attempts;
- a window (30 minutes, inside the hours) has room for the agents rostered for the language
  (every active agent who speaks it) times the window over the average handling time, less the
  requests already booked to start in it.

This module is stdlib and SQLAlchemy only (the `crm` layer).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Select,
    String,
    bindparam,
    case,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.sql.functions import FunctionElement

from crm import presence, schema
from crm.booking_import.ingest import OPEN_STATUSES
from crm.service_hours import ServiceCalendar

SLOT = timedelta(minutes=30)
WINDOW_HORIZON = timedelta(days=7)
MAX_WINDOWS = 8
DEFAULT_HANDLING = timedelta(minutes=6)
HANDLING_SAMPLE = 200  # recent attempts the average handling time is taken from
SIGNED_IN = ("available", "on_call", "wrap_up")  # signed in and not paused


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime
    room: int


@dataclass(frozen=True)
class Availability:
    language: str
    topic: str | None
    queue: str | None
    open_now: bool
    agents_signed_in: int
    agents_free: int
    call_now: bool
    queue_length: int
    handling_s: int
    expected_wait_s: int | None
    open_until: datetime | None
    next_open: datetime | None
    windows: tuple[Window, ...]


def handling_time(conn: Connection) -> timedelta:
    """The average handling time of recent callback attempts (at least a minute)."""
    a = schema.callback_attempts.c
    rows = conn.execute(
        select(a.started_at, a.ended_at)
        .where(a.ended_at.is_not(None), a.outcome.in_(("reached", "resolved")))
        .order_by(a.id.desc())
        .limit(HANDLING_SAMPLE)
    ).all()
    spans = [
        (aware(end) - aware(start)).total_seconds()  # type: ignore[operator]
        for start, end in rows
        if start is not None and end is not None and end > start
    ]
    if not spans:
        return DEFAULT_HANDLING
    return timedelta(seconds=max(60.0, sum(spans) / len(spans)))


def staffing(
    conn: Connection,
    language: str,
    now: datetime,
    presence_now: datetime | ColumnElement[datetime] | None = None,
) -> tuple[int, int, int, int]:
    """(rostered, signed in and not paused, free) agents who speak the language, and the
    requests in it already due: one round trip. Presence is judged at `presence_now` (the
    store's clock: `func.now()`), else at `now`."""
    return staffing_many(conn, [language], now, presence_now)[language]


def staffing_many(
    conn: Connection,
    languages: Collection[str],
    now: datetime,
    presence_now: datetime | ColumnElement[datetime] | None = None,
) -> dict[str, tuple[int, int, int, int]]:
    """`staffing` of each language, all in one round trip."""
    wanted = tuple(sorted(set(languages)))
    if not wanted:
        return {}
    alive_at = now if presence_now is None else presence_now
    params: dict[str, datetime] = {"now": now}
    if isinstance(alive_at, datetime):
        store_clock = False
        params["alive_since"] = alive_at - presence.STALE_AFTER
    elif _is_store_now(alive_at):
        store_clock = True
    else:
        raise ValueError("presence is judged at a time or at the store's now()")
    return {
        str(row[0]): (int(row[1] or 0), int(row[2] or 0), int(row[3] or 0), int(row[4] or 0))
        for row in conn.execute(_staffing_query(wanted, store_clock), params)
    }


def _is_store_now(clock: ColumnElement[datetime]) -> bool:
    return isinstance(clock, FunctionElement) and clock.name == "now"


@lru_cache(maxsize=64)
def _staffing_query(
    languages: tuple[str, ...], store_clock: bool
) -> Select[tuple[str, int, int, int, int]] | CompoundSelect:
    """`staffing_many`'s statement for these languages, built once: `now` and (unless presence
    is judged by the store's `now()`) `alive_since` are bound when it runs. Building it afresh
    took about a quarter of the CPU of a batch of portal bookings (`softphone bench portal
    --writer`), which ask it for each batch."""
    ag, al, p = schema.agents.c, schema.agent_languages.c, schema.agent_presence.c
    r = schema.callback_requests.c
    now = bindparam("now", type_=r.next_attempt_at.type)
    since: ColumnElement[datetime] = (
        func.now() - presence.STALE_AFTER
        if store_clock
        else bindparam("alive_since", type_=p.heartbeat_at.type)
    )

    def one(language: str) -> Select[tuple[str, int, int, int, int]]:
        due = (
            select(func.count(r.id))
            .where(r.status == "queued", r.language == language, r.next_attempt_at <= now)
            .scalar_subquery()
        )
        return (
            select(
                literal(language, String()),
                func.count(func.distinct(ag.id)),
                func.count(
                    func.distinct(case((presence.signed_in_since(SIGNED_IN, since), ag.id)))
                ),
                func.count(
                    func.distinct(case((presence.signed_in_since(("available",), since), ag.id)))
                ),
                due,
            )
            .select_from(
                schema.agents.join(schema.agent_languages, al.agent_id == ag.id).outerjoin(
                    schema.agent_presence, p.agent_id == ag.id
                )
            )
            .where(ag.active, al.language == language)
        )

    return (
        one(languages[0]) if len(languages) == 1 else union_all(*(one(lang) for lang in languages))
    )


def expected_wait(
    conn: Connection, handling: timedelta, language: str, now: datetime
) -> int | None:
    """Seconds until a "call me now" in this language is dialled; None with nobody signed in."""
    _, signed_in, _, length = staffing(conn, language, now)
    if not signed_in:
        return None
    return round(length * handling.total_seconds() / signed_in)


def open_windows(
    conn: Connection,
    calendar: ServiceCalendar | None,
    queue: str | None,
    language: str,
    rostered: int,
    handling: timedelta,
    now: datetime,
) -> tuple[Window, ...]:
    """The next windows with room for a scheduled callback, inside the queue's hours."""
    if rostered == 0:
        return ()
    capacity = math.floor(rostered * (SLOT / handling))
    horizon = now + WINDOW_HORIZON
    r = schema.callback_requests.c
    booked: dict[datetime, int] = {}
    for start in conn.scalars(
        select(r.window_start).where(
            r.status.in_(OPEN_STATUSES),
            r.kind == "scheduled",
            r.language == language,
            r.window_start >= now - SLOT,
            r.window_start < horizon,
        )
    ):
        slot = slot_of(aware(start))  # type: ignore[arg-type]
        booked[slot] = booked.get(slot, 0) + 1
    windows: list[Window] = []
    at = slot_of(now) + SLOT  # the next whole slot: one starting now is already running
    while at < horizon and len(windows) < MAX_WINDOWS:
        if calendar is not None and queue is not None:
            opened = calendar.next_open(queue, at, horizon_days=8)
            if opened is None or opened >= horizon:
                break
            if opened > at:
                at = slot_of(opened) + (SLOT if slot_of(opened) < opened else timedelta())
                continue
            until = calendar.open_until(queue, at, horizon_days=8)
            if until is None or until < at + SLOT:
                at += SLOT
                continue
        room = capacity - booked.get(at, 0)
        if room > 0:
            windows.append(Window(at, at + SLOT, room))
        at += SLOT
    return tuple(windows)


def aware(value: datetime | None) -> datetime | None:
    """A stored time as UTC-aware (SQLite gives it back without its zone)."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def slot_of(at: datetime) -> datetime:
    at = at.astimezone(UTC)
    return at.replace(minute=at.minute - at.minute % 30, second=0, microsecond=0)
