"""The callback queue's claims and views: who gets the next due request, the leases, the counts.

The queue's rules (open statuses, retries, scheduling) are in `crm.callback_rules`; bookings
and the outcome of a try are outbox writes (`crm.callback_writes`).

Assignment is a claim, not a choice: the app of an agent who is free asks for the next request
in a language the agent speaks, and the store hands out each request to one agent only. On
PostgreSQL the claim is one UPDATE of the first due row that no other claim has locked
(`FOR UPDATE SKIP LOCKED`), so sixteen agents claiming at the same moment each take a different
row instead of queueing behind one; on SQLite the caller runs the claim in an immediate write
transaction (`claim_transaction`), which serialises claims.

A claim carries a lease: the agent's app renews it while the request is on screen or being
dialled. If the app dies, the lease runs out and `return_lapsed` (run by a claim, so by every
free desk) puts the request back. A request lost while it was being dialled counts as an
attempt, so a caller whose phone rang is not called again and again by a crashing desk. The
phone dials only after `mark_dialling` has durably recorded that the request is still this
agent's, which is also why a claim may commit without waiting for the disk.

Due order is chronological: `next_attempt_at` is the moment a request falls due (the booking
time for "call me now", the start of the window for "call me back at", the retry time after a
failed try), always moved forward into the service hours of its queue and the caller's own day;
ties go to the first booked. A candidate found outside the hours at claim time (the queue closed
while nobody was free) is moved to the next opening, not dialled.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    func,
    insert,
    literal_column,
    or_,
    select,
    update,
)

from crm import schema
from crm.callback_rules import DEFAULT_POLICY, HELD, OPEN, CallbackPolicy, schedule, topic_queues
from crm.callback_writes import callback_ticket
from crm.change_feed import record_changes
from crm.db import write_transaction
from crm.service_hours import ServiceCalendar
from crm.write_context import ApplyContext


@dataclass(frozen=True)
class ClaimedRequest:
    """A request assigned to this agent, with what the screen-pop and the script need."""

    uid: str
    kind: str
    status: str
    phone_e164: str
    language: str
    topic_code: str | None
    queue_code: str | None
    caller_name: str
    caller_time_zone: str | None
    message: str
    contact_uid: str | None
    ticket_uid: str | None
    ticket_number: str | None
    ticket_subject: str | None
    attempts: int
    max_attempts: int
    last_outcome: str | None
    booked_at: datetime
    due_at: datetime
    window_start: datetime | None
    window_end: datetime | None
    sla_due_at: datetime | None
    lease_expires_at: datetime


@dataclass(frozen=True)
class QueueEntry:
    """One open request as the supervisor's queue view shows it."""

    uid: str
    kind: str
    status: str
    phone_e164: str
    caller_name: str
    language: str
    topic_code: str | None
    queue_code: str | None
    agent_login: str | None
    attempts: int
    max_attempts: int
    last_outcome: str | None
    booked_at: datetime
    due_at: datetime | None
    sla_due_at: datetime | None
    sla_minutes_left: float | None  # open-hours minutes to the target; negative: breached


@dataclass(frozen=True)
class QueueCounts:
    """What an agent's queue view shows: requests due now per language, and the next due."""

    due_by_language: dict[str, int]
    next_due_at: datetime | None  # the earliest queued request in the agent's languages
    next_lease_end: datetime | None = None  # a colleague's lease that may run out first


def utcnow() -> datetime:
    return datetime.now(UTC)


@contextmanager
def claim_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that may claim, committed when the block ends without an error: SQLite
    takes the write lock at BEGIN, so two claimers cannot both read a request as free;
    PostgreSQL relies on the row locks of the claim's SELECT ... FOR UPDATE SKIP LOCKED."""
    with write_transaction(engine) as conn:
        yield conn
        conn.commit()


@dataclass(frozen=True)
class AgentSkills:
    agent_id: int
    languages: tuple[str, ...]


def agent_skills(conn: Connection, login: str) -> AgentSkills | None:
    agents, langs = schema.agents, schema.agent_languages
    agent_id = conn.scalar(select(agents.c.id).where(agents.c.login == login, agents.c.active))
    if agent_id is None:
        return None
    spoken = conn.scalars(
        select(langs.c.language).where(langs.c.agent_id == agent_id).order_by(langs.c.rank)
    ).all()
    return AgentSkills(int(agent_id), tuple(spoken))


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _request_queue(calendar: ServiceCalendar, row: Mapping[str, Any], topic_queues: dict) -> str:
    if row.get("queue_code"):
        return str(row["queue_code"])
    queue = calendar.queue_for(topic_queues.get(row.get("topic_code")), str(row["language"]))
    if queue is None:
        raise ValueError(f"no service queue serves language {row['language']!r}")
    return queue


def return_lapsed(
    conn: Connection,
    *,
    now: datetime | None = None,
    policy: CallbackPolicy = DEFAULT_POLICY,
    commit: bool = False,
) -> int:
    """Give back what nobody will call: requests whose holder's lease ran out (their app died)
    return to the queue, a lost dial counting as a try; queued requests past their expiry close.
    Run now and then by every desk (cheap: the lease index finds the few held rows); returns
    how many requests changed. `commit`: the feed's rows end the caller's transaction
    (`crm.change_feed.record_changes`)."""
    changed = _lapsed(conn, now or utcnow(), policy)
    record_changes(conn, changed, commit=commit)  # durable changes: the queue views hear of them
    return len(changed)


def _lapsed(conn: Connection, now: datetime, policy: CallbackPolicy) -> list[tuple[str, str]]:
    """`return_lapsed`'s work, its feed rows left to the caller."""
    requests, attempts = schema.callback_requests, schema.callback_attempts
    c = requests.c
    lapsed = conn.execute(
        select(c.id, c.uid, c.status, c.attempts, c.max_attempts, c.assigned_agent_id)
        .where(c.lease_expires_at < now, c.status.in_(HELD))
        .with_for_update(skip_locked=True)
    ).all()
    changed = []
    for row in lapsed:
        tries = int(row.attempts)
        if row.status == "dialling":  # the agent's app died while dialling: that was a try
            tries += 1
            conn.execute(
                insert(attempts).values(
                    request_id=row.id,
                    agent_id=row.assigned_agent_id,
                    started_at=now,
                    ended_at=now,
                    skip_reason="lease expired while dialling",
                )
            )
        spent = tries >= int(row.max_attempts)
        conn.execute(
            update(requests)
            .where(c.id == row.id)
            .values(
                status="expired" if spent else "queued",
                next_attempt_at=None if spent else now,
                attempts=tries,
                assigned_agent_id=None,
                lease_expires_at=None,
                updated_at=now,
            )
        )
        changed.append(("callback_requests", str(row.uid)))
    for uid in conn.scalars(
        update(requests)
        .where(c.status == "queued", c.next_attempt_at <= now, c.expires_at <= now)
        .values(status="expired", next_attempt_at=None, updated_at=now)
        .returning(c.uid)
    ):
        changed.append(("callback_requests", str(uid)))
    return changed


def claim_next(
    conn: Connection,
    login: str,
    calendar: ServiceCalendar,
    *,
    now: datetime | None = None,
    policy: CallbackPolicy = DEFAULT_POLICY,
    skills: AgentSkills | None = None,
    sweep: bool = True,
    tries: int = 8,
    commit: bool = False,
) -> ClaimedRequest | None:
    """Assign the next due request in the agent's languages to them, inside the caller's
    transaction (see `claim_transaction`); None when nothing is due for them. `commit`: the
    claim is the transaction's last work: on PostgreSQL, when the sweep or a new ticket made
    change-feed rows, the COMMIT goes with them (the feed's lock waits for no round trip to
    this desk). The caller commits all the same (then a no-op; without feed rows, the commit).

    One statement takes the request: an UPDATE of the first due row that no other claim has
    locked (`FOR UPDATE SKIP LOCKED` on PostgreSQL), so concurrent desks never wait for each
    other. The hours are then checked in Python (the calendar has no SQL form): a request found
    outside them goes back with the next opening as its due time, and the next one is taken.
    A claim is not in the change feed: it is a passing state that only this desk needs (a
    supervisor's view re-reads the queue); `sweep` first gives back lapsed leases."""
    now = now or utcnow()
    skills = skills or agent_skills(conn, login)
    if skills is None or not skills.languages:
        return None
    changes = _lapsed(conn, now, policy) if sweep else []
    claimed = _claim(conn, login, calendar, now, policy, skills, tries, changes)
    record_changes(conn, changes, commit=commit)  # last: the feed's lock is held the least
    return claimed


def _claim(
    conn: Connection,
    login: str,
    calendar: ServiceCalendar,
    now: datetime,
    policy: CallbackPolicy,
    skills: AgentSkills,
    tries: int,
    changes: list[tuple[str, str]],
) -> ClaimedRequest | None:
    """`claim_next`'s claim; the feed rows of the tickets it made are added to `changes` (a
    request found out of hours is put back, or expired, without one: it was never seen taken,
    and the queue's views re-read the queue)."""
    queues: dict[str | None, str | None] | None = None
    for _ in range(tries):
        row = _take_one(conn, skills, now, policy)
        if row is None:
            return None
        queue = row["queue_code"]
        if not queue:
            queues = queues if queues is not None else topic_queues(conn)
            queue = _request_queue(calendar, row, queues)
        tz, expires = row["caller_time_zone"], _aware(row["expires_at"])
        if calendar.is_open(queue, now, tz):
            if row["ticket_id"] is not None and "ticket_uid_" in row:
                ticket = (row["ticket_uid_"], row["ticket_number_"], row["ticket_subject_"],
                          row["contact_uid_"])  # fmt: skip
            else:
                ticket = _ensure_ticket(conn, row, login, changes)
            return _claimed(row, {"queue_code": queue}, *ticket)
        due = schedule(calendar, queue, now, tz, expires)
        c = schema.callback_requests.c
        conn.execute(
            update(schema.callback_requests)
            .where(c.id == row["id"])
            .values(
                status="queued" if due is not None else "expired",
                next_attempt_at=due,
                assigned_agent_id=None,
                lease_expires_at=None,
                queue_code=queue,
                updated_at=now,
            )
        )
    return None


def _take_one(
    conn: Connection, skills: AgentSkills, now: datetime, policy: CallbackPolicy
) -> Mapping[str, Any] | None:
    statement = _claim_statement(conn.dialect.name, skills.agent_id, skills.languages)
    params = {
        "now": now,
        "lease_until": now + policy.lease,
        "skipped_since": now - policy.skip_cooldown,
    }
    return conn.execute(statement, params).mappings().first()


@functools.lru_cache(maxsize=256)
def _claim_statement(dialect: str, agent_id: int, languages: tuple[str, ...]) -> Any:
    """The claim, built once per desk: building this statement costs more than running it (the
    moments are bound parameters)."""
    requests, attempts = schema.callback_requests, schema.callback_attempts
    c = requests.c
    now = bindparam("now", type_=schema.UTCDateTime())
    candidate = requests.alias("candidate")
    k = candidate.c
    skipped_by_me = (
        select(attempts.c.id)
        .where(
            attempts.c.request_id == k.id,
            attempts.c.agent_id == agent_id,
            attempts.c.outcome == "skipped",
            attempts.c.started_at > bindparam("skipped_since", type_=schema.UTCDateTime()),
        )
        .exists()
    )
    first_due = (
        select(k.id)
        .where(
            # Written out, not bound: the planner must see it to use the partial index.
            k.status == literal_column("'queued'"),
            k.next_attempt_at <= now,
            k.consent,
            k.language.in_(languages),
            or_(k.expires_at.is_(None), k.expires_at > now),
            ~skipped_by_me,
        )
        .order_by(k.next_attempt_at, k.booked_at, k.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    take = (
        update(requests)
        .where(c.id == first_due)
        .values(
            status="assigned",
            assigned_agent_id=agent_id,
            lease_expires_at=bindparam("lease_until", type_=schema.UTCDateTime()),
            updated_at=now,
        )
        .returning(*requests.c)
    )
    if dialect != "postgresql":  # SQLite has no UPDATE inside a WITH
        return take
    # One round trip on PostgreSQL: the request taken, with its ticket and caller.
    taken = take.cte("taken")
    t, contacts = schema.tickets, schema.contacts
    return select(
        taken,
        t.c.uid.label("ticket_uid_"),
        t.c.number.label("ticket_number_"),
        t.c.subject.label("ticket_subject_"),
        contacts.c.uid.label("contact_uid_"),
        # The claim's commit need not wait for the disk: a claim lost in a server crash leaves
        # the request queued, and the desk then fails to mark it dialling, so it never dials
        # it (mark_dialling commits durably). Claims stop queueing behind WAL flushes.
        func.set_config("synchronous_commit", "off", True).label("async_commit_"),
    ).select_from(
        taken.outerjoin(t, t.c.id == taken.c.ticket_id).outerjoin(
            contacts, contacts.c.id == taken.c.contact_id
        )
    )


def _claimed(
    row: Mapping[str, Any],
    values: Mapping[str, Any],
    ticket_uid: str | None,
    ticket_number: str | None,
    ticket_subject: str | None,
    contact_uid: str | None,
) -> ClaimedRequest:
    merged = {**row, **values}
    return ClaimedRequest(
        uid=str(merged["uid"]),
        kind=str(merged["kind"]),
        status=str(merged["status"]),
        phone_e164=str(merged["phone_e164"]),
        language=str(merged["language"]),
        topic_code=merged["topic_code"],
        queue_code=merged["queue_code"],
        caller_name=str(merged["caller_name"] or ""),
        caller_time_zone=merged["caller_time_zone"],
        message=str(merged["message"] or ""),
        contact_uid=contact_uid,
        ticket_uid=ticket_uid,
        ticket_number=ticket_number,
        ticket_subject=ticket_subject,
        attempts=int(merged["attempts"]),
        max_attempts=int(merged["max_attempts"]),
        last_outcome=None if merged["last_outcome"] is None else str(merged["last_outcome"]),
        booked_at=_aware(merged["booked_at"]) or utcnow(),
        due_at=_aware(merged["next_attempt_at"]) or utcnow(),
        window_start=_aware(merged["window_start"]),
        window_end=_aware(merged["window_end"]),
        sla_due_at=_aware(merged["sla_due_at"]),
        lease_expires_at=_aware(merged["lease_expires_at"]) or utcnow(),
    )


def _ensure_ticket(
    conn: Connection, row: Mapping[str, Any], login: str, changes: list[tuple[str, str]]
) -> tuple[str | None, str | None, str | None, str | None]:
    """(ticket uid, number, subject, contact uid) of the request: the script's answers, the
    call and the outcome land on that ticket. Bookings get theirs when they are booked; a row
    written into the table by other means gets one now (its feed rows are added to
    `changes`)."""
    ticket_id, contact_id = row["ticket_id"], row["contact_id"]
    ctx: ApplyContext | None = None
    if ticket_id is None:
        ctx = ApplyContext(conn, client_id="callback-claim", actor_login=login)
        ticket_id, contact_id = callback_ticket(ctx, row)
        requests = schema.callback_requests
        conn.execute(
            update(requests)
            .where(requests.c.id == row["id"])
            .values(ticket_id=ticket_id, contact_id=contact_id)
        )
    t, contacts = schema.tickets.c, schema.contacts.c
    contact_uid = select(contacts.uid).where(contacts.id == contact_id).scalar_subquery()
    found = conn.execute(
        select(t.uid, t.number, t.subject, contact_uid).where(t.id == ticket_id)
    ).first()
    if ctx is not None:
        changes.extend(ctx.unrecorded())
    if found is None:
        return None, None, None, None
    return found[0], found[1], found[2], found[3]


def _agent_id(login: str) -> Any:
    """The agent's id, as a subquery of the statement that needs it (one round trip)."""
    agents = schema.agents.c
    return select(agents.id).where(agents.login == login).scalar_subquery()


def renew(
    conn: Connection,
    login: str,
    uids: list[str],
    *,
    now: datetime | None = None,
    policy: CallbackPolicy = DEFAULT_POLICY,
) -> set[str]:
    """Extend this agent's leases; returns the uids still held (a lost one was taken back)."""
    if not uids:
        return set()
    now = now or utcnow()
    c = schema.callback_requests.c
    agent_id = _agent_id(login)
    held = conn.scalars(
        update(schema.callback_requests)
        .where(c.uid.in_(uids), c.assigned_agent_id == agent_id, c.status.in_(HELD))
        .values(lease_expires_at=now + policy.lease)
        .returning(c.uid)
    ).all()
    return {str(uid) for uid in held}


def mark_dialling(
    conn: Connection,
    login: str,
    uid: str,
    *,
    now: datetime | None = None,
    policy: CallbackPolicy = DEFAULT_POLICY,
) -> bool:
    """The agent's phone dials the request now; False if it is no longer theirs (never dial)."""
    now = now or utcnow()
    c = schema.callback_requests.c
    agent_id = _agent_id(login)
    done = conn.scalar(
        update(schema.callback_requests)
        .where(c.uid == uid, c.assigned_agent_id == agent_id, c.status == "assigned")
        .values(status="dialling", lease_expires_at=now + policy.lease, updated_at=now)
        .returning(c.uid)
    )
    return done is not None  # not in the feed: a passing state, like the claim


def release(
    conn: Connection, login: str, uid: str, *, now: datetime | None = None, commit: bool = False
) -> bool:
    """Give a request back unused (the agent paused before it was dialled). `commit`: this is
    the transaction's last work, and on PostgreSQL its feed row goes with the COMMIT
    (`crm.change_feed.record_changes`); the caller commits all the same."""
    now = now or utcnow()
    c = schema.callback_requests.c
    agent_id = _agent_id(login)
    done = conn.scalar(
        update(schema.callback_requests)
        .where(c.uid == uid, c.assigned_agent_id == agent_id, c.status == "assigned")
        .values(status="queued", assigned_agent_id=None, lease_expires_at=None, updated_at=now)
        .returning(c.uid)
    )
    if done is not None:
        record_changes(conn, [("callback_requests", uid)], commit=commit)
    return done is not None


def sla_minutes_left(
    calendar: ServiceCalendar, queue: str | None, due: datetime | None, now: datetime
) -> float | None:
    """Opening-hours minutes until the service-level target; negative once it was missed."""
    if queue is None or due is None or queue not in calendar.codes:
        return None
    if due >= now:
        return calendar.open_minutes_between(queue, now, due)
    return -calendar.open_minutes_between(queue, due, now)


def queue_counts(
    conn: Connection, languages: tuple[str, ...], *, now: datetime | None = None
) -> QueueCounts:
    now = now or utcnow()
    c = schema.callback_requests.c
    due = dict(
        conn.execute(
            select(c.language, func.count(c.id))
            .where(c.status == "queued", c.next_attempt_at <= now, c.consent)
            .group_by(c.language)
        ).all()
    )
    next_due = conn.scalar(
        select(func.min(c.next_attempt_at)).where(
            c.status == "queued", c.language.in_(languages), c.consent
        )
    )
    held_expiry = conn.scalar(
        select(func.min(c.lease_expires_at)).where(c.status.in_(HELD), c.language.in_(languages))
    )
    return QueueCounts(
        due_by_language={str(k): int(v) for k, v in due.items()},
        next_due_at=_aware(next_due),
        next_lease_end=_aware(held_expiry),
    )


def queue_entries(
    conn: Connection,
    calendar: ServiceCalendar,
    *,
    now: datetime | None = None,
    limit: int = 500,
) -> list[QueueEntry]:
    """Every open request, due order, with its SLA state (the supervisor's view)."""
    now = now or utcnow()
    r, a = schema.callback_requests.c, schema.agents.c
    rows = conn.execute(
        select(
            schema.callback_requests,
            a.login.label("agent_login"),
        )
        .select_from(
            schema.callback_requests.outerjoin(
                schema.agents, schema.agents.c.id == r.assigned_agent_id
            )
        )
        .where(r.status.in_(OPEN))
        .order_by(r.next_attempt_at, r.booked_at, r.id)
        .limit(limit)
    ).mappings()
    out = []
    for row in rows:
        sla = _aware(row["sla_due_at"])
        queue = row["queue_code"]
        out.append(
            QueueEntry(
                uid=str(row["uid"]),
                kind=str(row["kind"]),
                status=str(row["status"]),
                phone_e164=str(row["phone_e164"]),
                caller_name=str(row["caller_name"] or ""),
                language=str(row["language"]),
                topic_code=row["topic_code"],
                queue_code=queue,
                agent_login=row["agent_login"],
                attempts=int(row["attempts"]),
                max_attempts=int(row["max_attempts"]),
                last_outcome=None if row["last_outcome"] is None else str(row["last_outcome"]),
                booked_at=_aware(row["booked_at"]) or now,
                due_at=_aware(row["next_attempt_at"]),
                sla_due_at=sla,
                sla_minutes_left=sla_minutes_left(calendar, queue, sla, now),
            )
        )
    return out
