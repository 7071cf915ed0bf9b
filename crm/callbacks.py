"""The callback queue's rules: when a request is due, who gets it, what happens after a try.

Assignment is a claim, not a choice: the app of an agent who is free asks for the next request
in a language the agent speaks, and the store hands out each request to one agent only. On
PostgreSQL the candidates are read `FOR UPDATE SKIP LOCKED`, so sixteen agents claiming at the
same moment each lock a different row instead of queueing behind one; on SQLite the caller runs
the claim in an immediate write transaction (`claim_transaction`), which serialises claims.

A claim carries a lease: the agent's app renews it while the request is on screen or being
dialled; if the app dies, the lease runs out and the next claim takes the request back. A
request lost while it was being dialled counts as an attempt, so a caller whose phone rang is not
called again and again by a crashing desk.

Due order is chronological: `next_attempt_at` is the moment a request falls due (the booking
time for "call me now", the start of the window for "call me back at", the retry time after a
failed try), always moved forward into the service hours of its queue and the caller's own day;
ties go to the first booked. A candidate found outside the hours at claim time (the queue closed
while nobody was free) is moved to the next opening, not dialled.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, insert, or_, select, update

from crm import schema
from crm.changes import HANDLERS, ApplyContext, record_changes
from crm.service_hours import ServiceCalendar

OPEN = ("queued", "assigned", "dialling")
HELD = ("assigned", "dialling")


@dataclass(frozen=True)
class CallbackPolicy:
    """How the queue retries; one policy per deployment (the defaults are the seeds' practice)."""

    lease: timedelta = timedelta(seconds=90)
    # The wait before the next try, by outcome; outcomes not listed here end the request.
    retry_after: Mapping[str, timedelta] = field(
        default_factory=lambda: {
            "busy": timedelta(minutes=15),
            "no_answer": timedelta(hours=1),
            "skipped": timedelta(minutes=0),
        }
    )
    # Outcomes after which nobody calls again. "Wrong number" closes too: the number is invalid.
    final: frozenset[str] = frozenset({"reached", "resolved", "wrong_number"})
    # Outcomes that are not a try at reaching the caller and do not use up an attempt.
    free: frozenset[str] = frozenset({"skipped", "call_back_later"})
    # A skipping agent is not offered the same request again for this long.
    skip_cooldown: timedelta = timedelta(minutes=30)
    # A request nobody reached expires this long after it first fell due (unless it says).
    expiry: timedelta = timedelta(days=5)
    default_max_attempts: int = 3


DEFAULT_POLICY = CallbackPolicy()


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
    """A transaction that may claim: SQLite takes the write lock at BEGIN (an immediate
    transaction), so two claimers cannot both read a request as free; PostgreSQL relies on the
    row locks of the claim's SELECT ... FOR UPDATE SKIP LOCKED."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
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


def topic_queues(conn: Connection) -> dict[str | None, str | None]:
    topics = schema.topics
    return {code: queue for code, queue in conn.execute(select(topics.c.code, topics.c.queue_code))}


def schedule(
    calendar: ServiceCalendar,
    queue: str,
    earliest: datetime,
    caller_tz: str | None,
    expires_at: datetime | None,
) -> datetime | None:
    """The first moment at or after `earliest` when the request may be dialled; None when that
    is past its expiry (or beyond the calendar's horizon)."""
    due = calendar.next_open(queue, earliest, caller_tz)
    if due is None or (expires_at is not None and due >= expires_at):
        return None
    return due


def claim_next(
    conn: Connection,
    login: str,
    calendar: ServiceCalendar,
    *,
    now: datetime | None = None,
    policy: CallbackPolicy = DEFAULT_POLICY,
    skills: AgentSkills | None = None,
    scan: int = 8,
) -> ClaimedRequest | None:
    """Assign the next due request in the agent's languages to them, inside the caller's
    transaction (see `claim_transaction`); None when nothing is due for them."""
    now = now or utcnow()
    skills = skills or agent_skills(conn, login)
    if skills is None or not skills.languages:
        return None
    requests, attempts = schema.callback_requests, schema.callback_attempts
    c = requests.c
    skipped_by_me = (
        select(attempts.c.id)
        .where(
            attempts.c.request_id == c.id,
            attempts.c.agent_id == skills.agent_id,
            attempts.c.outcome == "skipped",
            attempts.c.started_at > now - policy.skip_cooldown,
        )
        .exists()
    )
    candidates = (
        select(requests)
        .where(
            c.language.in_(skills.languages),
            c.consent,
            or_(
                and_(c.status == "queued", c.next_attempt_at <= now),
                and_(c.status.in_(HELD), c.lease_expires_at < now),
            ),
            ~skipped_by_me,
        )
        .order_by(c.next_attempt_at, c.booked_at, c.id)
        .limit(scan)
        .with_for_update(skip_locked=True, of=requests)
    )
    queues: dict[str | None, str | None] | None = None
    changed: list[tuple[str, str]] = []
    claimed: ClaimedRequest | None = None
    for row in conn.execute(candidates).mappings().all():
        if queues is None:
            queues = topic_queues(conn)
        values: dict[str, Any] = {"updated_at": now}
        tries = int(row["attempts"])
        if row["status"] == "dialling":  # the agent's app died while dialling: that was a try
            tries += 1
            conn.execute(
                insert(attempts).values(
                    request_id=row["id"],
                    agent_id=row["assigned_agent_id"],
                    started_at=now,
                    ended_at=now,
                    skip_reason="lease expired while dialling",
                )
            )
            values["attempts"] = tries
        if row["status"] != "queued":
            values.update(status="queued", assigned_agent_id=None, lease_expires_at=None)
        expires = _aware(row["expires_at"])
        queue = _request_queue(calendar, row, queues)
        caller_tz = row["caller_time_zone"]
        if tries >= int(row["max_attempts"]) or (expires is not None and expires <= now):
            values.update(status="expired", next_attempt_at=None)
        elif not calendar.is_open(queue, now, caller_tz):
            due = schedule(calendar, queue, now, caller_tz, expires)
            if due is None:
                values.update(status="expired", next_attempt_at=None)
            else:
                values.update(next_attempt_at=due)
        elif claimed is None:
            values.update(
                status="assigned",
                assigned_agent_id=skills.agent_id,
                lease_expires_at=now + policy.lease,
                queue_code=queue,
            )
            ticket_uid, ticket_number, ticket_subject, contact_uid = _ensure_ticket(
                conn, row, login, changed
            )
            claimed = _claimed(row, values, ticket_uid, ticket_number, ticket_subject, contact_uid)
        else:
            if len(values) == 1:
                continue  # a second due request: the next claim takes it
        conn.execute(update(requests).where(c.id == row["id"]).values(**values))
        changed.append(("callback_requests", str(row["uid"])))
    record_changes(conn, changed)
    return claimed


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
        due_at=_aware(row["next_attempt_at"]) or utcnow(),
        window_start=_aware(merged["window_start"]),
        window_end=_aware(merged["window_end"]),
        sla_due_at=_aware(merged["sla_due_at"]),
        lease_expires_at=merged["lease_expires_at"],
    )


def _ensure_ticket(
    conn: Connection, row: Mapping[str, Any], login: str, changed: list[tuple[str, str]]
) -> tuple[str | None, str | None, str | None, str | None]:
    """The request's ticket and caller, made or found at claim time: the script's answers, the
    call and the outcome all land on that ticket."""
    contacts, phones, tickets = schema.contacts, schema.contact_phones, schema.tickets
    requests = schema.callback_requests
    contact_id = row["contact_id"]
    if contact_id is None:
        owners = conn.scalars(
            select(phones.c.contact_id).where(phones.c.e164 == row["phone_e164"]).limit(2)
        ).all()
        if len(owners) == 1:  # a shared line stays unassigned: the agent picks on the card
            contact_id = owners[0]
    ticket_id = row["ticket_id"]
    if ticket_id is None:
        # Derived from the request: a claim retried after a lost commit finds the same ticket.
        uid = uuid.uuid5(uuid.NAMESPACE_URL, f"callback-ticket:{row['uid']}").hex
        existing = conn.scalar(select(tickets.c.id).where(tickets.c.uid == uid))
        if existing is None:
            contact_uid = (
                None
                if contact_id is None
                else conn.scalar(select(contacts.c.uid).where(contacts.c.id == contact_id))
            )
            ctx = ApplyContext(conn, client_id="callback-claim", actor_login=login)
            HANDLERS["ticket.create"](
                ctx,
                uid,
                {
                    "uid": uid,
                    "subject": _ticket_subject(row),
                    "topic_code": row["topic_code"],
                    "language": row["language"],
                    "channel": "web_form" if row["source"] == "web_form" else "phone",
                    "contact_uid": contact_uid,
                    "created_at": utcnow().isoformat(),
                },
            )
            changed.extend(ctx._changes)
            existing = conn.scalar(select(tickets.c.id).where(tickets.c.uid == uid))
        ticket_id = existing
    if ticket_id != row["ticket_id"] or contact_id != row["contact_id"]:
        conn.execute(
            update(requests)
            .where(requests.c.id == row["id"])
            .values(ticket_id=ticket_id, contact_id=contact_id)
        )
    ticket = conn.execute(
        select(tickets.c.uid, tickets.c.number, tickets.c.subject).where(tickets.c.id == ticket_id)
    ).first()
    contact_uid = (
        None
        if contact_id is None
        else conn.scalar(select(contacts.c.uid).where(contacts.c.id == contact_id))
    )
    if ticket is None:
        return None, None, None, contact_uid
    return ticket[0], ticket[1], ticket[2], contact_uid


def _ticket_subject(row: Mapping[str, Any]) -> str:
    first_line = str(row["message"] or "").strip().splitlines()
    about = first_line[0][:200] if first_line else str(row["topic_code"] or "")
    return f"Callback request: {about}" if about else "Callback request"


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
    agent_id = conn.scalar(select(schema.agents.c.id).where(schema.agents.c.login == login))
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
    agent_id = conn.scalar(select(schema.agents.c.id).where(schema.agents.c.login == login))
    done = conn.scalar(
        update(schema.callback_requests)
        .where(c.uid == uid, c.assigned_agent_id == agent_id, c.status == "assigned")
        .values(status="dialling", lease_expires_at=now + policy.lease, updated_at=now)
        .returning(c.uid)
    )
    if done is not None:
        record_changes(conn, [("callback_requests", uid)])
    return done is not None


def release(conn: Connection, login: str, uid: str, *, now: datetime | None = None) -> bool:
    """Give a request back unused (the agent paused before it was dialled)."""
    now = now or utcnow()
    c = schema.callback_requests.c
    agent_id = conn.scalar(select(schema.agents.c.id).where(schema.agents.c.login == login))
    done = conn.scalar(
        update(schema.callback_requests)
        .where(c.uid == uid, c.assigned_agent_id == agent_id, c.status == "assigned")
        .values(status="queued", assigned_agent_id=None, lease_expires_at=None, updated_at=now)
        .returning(c.uid)
    )
    if done is not None:
        record_changes(conn, [("callback_requests", uid)])
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
