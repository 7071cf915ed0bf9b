"""The central store's side of sync: apply outbox writes exactly once, keep the change feed.

Exactly once: each write carries an idempotency key; applying it first inserts the key into
`applied_writes` (primary key) in the same transaction as the write itself. A retry after a lost
acknowledgement finds the key and does nothing. Nothing relies on "the client will not retry".

The change feed: every changed row gets a `change_log` row with a monotonic `seq`, and rows that
carry `change_seq` get the same number. Sequence numbers must become visible in order, or a
client that has seen 7 would never look for a 6 committed later; so on PostgreSQL the writer takes
a transaction-scoped advisory lock just before allocating its first number and holds it to commit
(SQLite serialises writers anyway). The lock is taken after the write's own work, so only the
tail of each transaction is serialised: on PostgreSQL the lock, the feed rows, their stamps and the
NOTIFY are one statement (`crm.feed_pg`), so the lock is held for that statement and the commit.
A NOTIFY in the same transaction wakes the other clients at commit; they then catch up by
`seq`, which is also what they do after a reconnect, because a notification sent while a client
was away is not replayed.

Conflicts: ticket fields are last-writer-wins per field by the writer's clock, and every incoming
value, winning or not, is kept in `ticket_field_changes`, so both sides of a concurrent edit stay
visible in the ticket's history. Notes and other interactions are append-only.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, Table, case, func, insert, select, text, update

from crm import schema
from crm.callers import sole_owner

NOTIFY_CHANNEL = "softphone_changes"
_FEED_LOCK_ID = 0x50F7_C4A6  # pg_advisory_xact_lock key of the change feed

# Tables in the feed and the column clients know a row by.
FEED_KEYS: dict[str, str] = {
    "contacts": "uid",
    "tickets": "uid",
    "interactions": "uid",
    "callback_requests": "uid",
    "ticket_field_changes": "id",
    "canned_answers": "id",
    "call_scripts": "id",
    "agent_presence": "agent_id",
    "announcements": "id",
}

TICKET_FIELDS = (
    "subject",
    "topic_code",
    "status",
    "language",
    "assignee",
    "contact",
    "back_office",
)


class WriteRejected(ValueError):
    """The write can never be applied as it is (unknown ticket, bad value...)."""


@dataclass
class ApplyContext:
    conn: Connection
    client_id: str
    actor_login: str
    _agent_ids: dict[str, int | None] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)  # "table:uid" -> id, this transaction
    touched_tickets: set[int] = field(default_factory=set)
    _changes: list[tuple[str, str]] = field(default_factory=list)
    _calendar: Any = None
    _topic_queues: dict[str | None, str | None] | None = None
    # False: apply_writes leaves the feed rows to the caller, who records them (record_feed)
    # as the last work before commit, so the feed's lock is held for the shortest time.
    feed_now: bool = True
    _recorded: int = 0  # how many of _changes are in the feed already

    @classmethod
    def prepared(
        cls,
        conn: Connection,
        client_id: str,
        actor_login: str,
        *,
        calendar: Any = None,
        topic_queues: dict[str | None, str | None] | None = None,
        feed_now: bool = True,
    ) -> ApplyContext:
        """A context given the service-hours calendar and the topics' queues its caller already
        holds (None: read from the store when a write needs them)."""
        return cls(
            conn,
            client_id,
            actor_login,
            _calendar=calendar,
            _topic_queues=topic_queues,
            feed_now=feed_now,
        )

    def calendar(self) -> Any:
        """The service-hours calendar, read once per batch (callback writes need it)."""
        if self._calendar is None:
            from crm.service_hours import ServiceCalendar

            self._calendar = ServiceCalendar.load(self.conn)
        return self._calendar

    def queue_of(self, topic: str | None, language: str) -> str | None:
        if self._topic_queues is None:
            topics = schema.topics
            self._topic_queues = dict(
                self.conn.execute(select(topics.c.code, topics.c.queue_code)).all()
            )
        topic_queue = self._topic_queues.get(topic)
        if not self.calendar().codes:
            return topic_queue
        return self.calendar().queue_for(topic_queue, language)

    def agent_id(self, login: str | None) -> int | None:
        if not login:
            return None
        if login not in self._agent_ids:
            self._agent_ids[login] = self.conn.scalar(
                select(schema.agents.c.id).where(schema.agents.c.login == login)
            )
        return self._agent_ids[login]

    def changed(self, table: str, key: object) -> None:
        self._changes.append((table, str(key)))

    def record_feed(self) -> int | None:
        """Record the feed rows of the writes applied so far (see `feed_now`)."""
        changes, self._recorded = self._changes[self._recorded :], len(self._changes)
        return record_changes(self.conn, changes)

    def changed_keys(self, table: str) -> list[str]:
        """The keys of the rows of `table` the writes applied so far changed, in order."""
        return [key for name, key in self._changes if name == table]


# -- applying writes -----------------------------------------------------------------------------


def claim_key(conn: Connection, key: str, client_id: str) -> bool:
    """Record the key; False when a previous attempt already applied this write."""
    stmt = _dialect_insert(conn, schema.applied_writes).on_conflict_do_nothing()
    # SQLAlchemy reports -1 as an INSERT's rowcount on psycopg unless asked to keep it, and -1
    # would make every retry look new (a write applied twice). Not RETURNING: agents may insert
    # keys but not read them.
    result = conn.execute(
        stmt.values(idempotency_key=key, client_id=client_id, applied_at=_now()),
        execution_options={"preserve_rowcount": True},
    )
    if result.rowcount < 0:
        raise RuntimeError("the database driver did not report whether the write was new")
    return result.rowcount > 0


def apply_writes(
    conn: Connection,
    writes: Iterable[tuple[str, str, Mapping[str, Any]]],
    *,
    client_id: str,
    actor_login: str,
    context: ApplyContext | None = None,
) -> int:
    """Apply (key, kind, payload) writes in order inside the caller's transaction.

    Returns how many were new. Raises WriteRejected (or IntegrityError) for a write that cannot
    be applied; the caller rolls back and isolates it. A caller may pass its own `context` (on
    the same connection): to hand it a service-hours calendar and topic map it already holds, or
    to read afterwards which rows the writes changed.
    """
    ctx = context or ApplyContext(conn, client_id, actor_login)
    if ctx.conn is not conn:
        raise ValueError("the apply context is on another connection")
    applied = 0
    for key, kind, payload in writes:
        handler = HANDLERS.get(kind)
        if handler is None:
            raise WriteRejected(f"unknown write kind {kind!r}")
        if not claim_key(conn, key, client_id):
            continue
        handler(ctx, key, payload)
        applied += 1
    if ctx.touched_tickets:  # a new note or call makes the ticket "updated", once per batch
        tickets = schema.tickets
        conn.execute(
            update(tickets)
            .where(tickets.c.id.in_(sorted(ctx.touched_tickets)))
            .values(updated_at=_now())
        )
        for uid in conn.scalars(
            select(tickets.c.uid).where(tickets.c.id.in_(sorted(ctx.touched_tickets)))
        ):
            ctx.changed("tickets", uid)
    if ctx.feed_now:
        ctx.record_feed()
    return applied


def record_changes(conn: Connection, changes: list[tuple[str, str]]) -> int | None:
    """Append the feed rows for this transaction; returns the last sequence number used."""
    if not changes:
        return None
    now = _now()
    unique = list(dict.fromkeys(changes))  # once per row, in first-change order
    if conn.dialect.name == "postgresql":  # lock, rows, stamps and NOTIFY in one round trip
        from crm.feed_pg import record_pg

        return record_pg(
            conn, unique, lock_id=_FEED_LOCK_ID, channel=NOTIFY_CHANNEL, keys=FEED_KEYS, now=now
        )
    log = schema.change_log
    seqs = (
        conn.execute(
            insert(log).returning(log.c.seq, sort_by_parameter_order=True),
            [{"table_name": t, "row_key": k, "changed_at": now} for t, k in unique],
        )
        .scalars()
        .all()
    )
    by_table: dict[str, dict[Any, int]] = {}
    for (table_name, row_key), seq in zip(unique, seqs, strict=True):
        table = schema.metadata.tables[table_name]
        if "change_seq" in table.c:
            by_table.setdefault(table_name, {})[_typed_key(table, table_name, row_key)] = seq
    for table_name, seq_by_key in by_table.items():
        # One statement per table, not executemany: psycopg runs executemany in pipeline mode,
        # and a connection killed mid-pipeline is left in a state that is unsafe to reuse.
        table = schema.metadata.tables[table_name]
        key_col = table.c[FEED_KEYS[table_name]]
        conn.execute(
            update(table)
            .where(key_col.in_(list(seq_by_key)))
            .values(change_seq=case(seq_by_key, value=key_col))
        )
    return int(seqs[-1])


def _typed_key(table: Table, table_name: str, row_key: str) -> Any:
    column = table.c[FEED_KEYS[table_name]]
    return int(row_key) if column.type.python_type is int else row_key


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _when(value: Any) -> datetime:
    if isinstance(value, datetime):
        stamp = value
    else:
        try:
            stamp = datetime.fromisoformat(str(value))
        except ValueError as exc:
            raise WriteRejected(f"not a timestamp: {value!r}") from exc
    if stamp.tzinfo is None:
        raise WriteRejected("timestamps in writes must carry a time zone")
    return stamp.astimezone(UTC)


def _id_by_uid(ctx: ApplyContext, table: Table, uid: str | None, what: str) -> int | None:
    if not uid:
        return None
    cache_key = f"{table.name}:{uid}"
    if cache_key not in ctx.ids:
        found = ctx.conn.scalar(select(table.c.id).where(table.c.uid == uid))
        if found is None:
            raise WriteRejected(f"unknown {what} {uid!r}")
        ctx.ids[cache_key] = int(found)
    return ctx.ids[cache_key]


def _locked(ctx: ApplyContext, table: Table, uid: Any, what: str) -> Mapping[str, Any]:
    """The row by uid, locked to this transaction: concurrent writes to it are decided one
    after the other (on SQLite the write transaction already serialises them)."""
    row = ctx.conn.execute(select(table).where(table.c.uid == uid).with_for_update())
    found = row.mappings().first()
    if found is None:
        raise WriteRejected(f"unknown {what} {uid!r}")
    return found


def _interaction_append(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    uid = str(p.get("uid") or key)
    ticket_id = _id_by_uid(ctx, schema.tickets, p.get("ticket_uid"), "ticket")
    contact_id = _id_by_uid(ctx, schema.contacts, p.get("contact_uid"), "contact")
    if contact_id is None and ticket_id is not None:  # the ticket's caller: in their history
        contact_id = ctx.conn.scalar(
            select(schema.tickets.c.contact_id).where(schema.tickets.c.id == ticket_id)
        )
    if contact_id is None:  # logged while the caller was not known here: the store knows
        contact_id = sole_owner(ctx.conn, p.get("phone_e164"))
    ctx.conn.execute(
        insert(schema.interactions).values(
            uid=uid,
            ticket_id=ticket_id,
            contact_id=contact_id,
            kind=p["kind"],
            direction=p.get("direction", "internal"),
            occurred_at=_when(p["occurred_at"]),
            duration_s=p.get("duration_s"),
            disposition_code=p.get("disposition_code"),
            author_id=ctx.agent_id(ctx.actor_login),  # who pushes is who wrote: no forging
            subject=p.get("subject"),
            body=str(p.get("body") or ""),
            phone_e164=p.get("phone_e164"),
            sip_call_id=p.get("sip_call_id"),
            recording_ref=p.get("recording_ref"),
            ivr_data=dict(p.get("ivr_data") or {}),
        )
    )
    ctx.changed("interactions", uid)
    if ticket_id is not None:
        ctx.touched_tickets.add(ticket_id)


def _ticket_create(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    _insert_ticket(ctx, str(p.get("uid") or key), p)


def _insert_ticket(ctx: ApplyContext, uid: str, p: Mapping[str, Any]) -> int:
    tickets = schema.tickets
    created = _when(p.get("created_at") or _now())
    ticket_id = ctx.conn.scalar(
        insert(tickets)
        .values(
            uid=uid,
            number=uid,  # replaced below, once the id is known
            subject=str(p["subject"])[:255],
            topic_code=p.get("topic_code"),
            status="open",
            channel=p.get("channel", "phone"),
            language=p.get("language"),
            contact_id=_id_by_uid(ctx, schema.contacts, p.get("contact_uid"), "contact"),
            assignee_id=ctx.agent_id(p.get("assignee_login") or ctx.actor_login),
            created_at=created,
            updated_at=created,
        )
        .returning(tickets.c.id)
    )
    ctx.conn.execute(
        update(tickets)
        .where(tickets.c.id == ticket_id)
        .values(number=f"CC-{created.year}-{ticket_id:06d}")
    )
    ctx.changed("tickets", uid)
    return int(ticket_id)


def _ticket_update(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    tickets, history = schema.tickets, schema.ticket_field_changes
    ticket = _locked(ctx, tickets, p.get("ticket_uid"), "ticket")
    # A writer's clock running ahead must not make its edits unbeatable: clamp to the store's.
    changed_at = min(_when(p["changed_at"]), _now())
    author = ctx.agent_id(ctx.actor_login)
    values: dict[str, Any] = {}
    fields = dict(p.get("fields") or {})
    unknown = set(fields) - set(TICKET_FIELDS)
    if unknown:
        raise WriteRejected(f"ticket fields that cannot be edited: {sorted(unknown)}")
    for name, new in fields.items():
        column, stored = _ticket_column(ctx, name, new)
        latest = ctx.conn.scalar(
            select(func.max(history.c.changed_at)).where(
                history.c.ticket_id == ticket["id"], history.c.field == name
            )
        )
        wins = latest is None or changed_at >= _aware(latest)
        old = ticket[column]
        history_id = ctx.conn.scalar(
            insert(history)
            .values(
                ticket_id=ticket["id"],
                field=name,
                old_value=None if old is None else str(old),
                new_value=None if new is None else str(new),
                agent_id=author,
                changed_at=changed_at,
                applied_at=_now(),
                idempotency_key=f"{key}:{name}"[:64],
            )
            .returning(history.c.id)
        )
        ctx.changed("ticket_field_changes", history_id)
        if wins:
            values[column] = stored
    if values:
        if values.get("status") == "closed":
            values["closed_at"] = changed_at
        elif "status" in values:
            values["closed_at"] = None
        values["updated_at"] = _now()
        ctx.conn.execute(update(tickets).where(tickets.c.id == ticket["id"]).values(**values))
    ctx.changed("tickets", ticket["uid"])


def _ticket_column(ctx: ApplyContext, name: str, value: Any) -> tuple[str, Any]:
    if name == "assignee":
        agent = ctx.agent_id(value)
        if value and agent is None:
            raise WriteRejected(f"unknown agent {value!r}")
        return "assignee_id", agent
    if name == "contact":
        return "contact_id", _id_by_uid(ctx, schema.contacts, value, "contact")
    if name == "topic_code":
        return "topic_code", value or None
    if name == "back_office":  # forwarded to a back-office team (None: back with the front line)
        if value and not ctx.conn.scalar(
            select(schema.back_offices.c.active).where(schema.back_offices.c.code == value)
        ):
            raise WriteRejected(f"unknown back office {value!r}")
        return "back_office_code", value or None
    if name == "status" and value not in ("open", "pending", "closed", "reopened"):
        raise WriteRejected(f"not a ticket status: {value!r}")
    return name, value


def _contact_create(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    uid = str(p.get("uid") or key)
    for phone in p.get("phones") or ():
        number = str(phone.get("e164") or "") if isinstance(phone, Mapping) else ""
        if not _E164.fullmatch(number):  # letters, 40 digits, "+", nothing: not a number to call
            raise WriteRejected(f"not an E.164 number: {number[:32]!r}")
    contact_id = ctx.conn.scalar(
        insert(schema.contacts)
        .values(
            uid=uid,
            first_name=str(p.get("first_name") or "")[:128],
            last_name=str(p.get("last_name") or "")[:128],
            preferred_language=p.get("preferred_language"),
            email=p.get("email"),
            notes=str(p.get("notes") or ""),
            created_at=_now(),
            updated_at=_now(),
        )
        .returning(schema.contacts.c.id)
    )
    for i, phone in enumerate(p.get("phones") or ()):
        ctx.conn.execute(
            insert(schema.contact_phones).values(
                contact_id=contact_id,
                e164=str(phone["e164"]),
                label=str(phone.get("label") or "mobile"),
                is_primary=i == 0,
            )
        )
    ctx.changed("contacts", uid)


def _presence_set(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    presence = schema.agent_presence
    agent = ctx.agent_id(p.get("login") or ctx.actor_login)
    if agent is None:
        raise WriteRejected(f"unknown agent {p.get('login')!r}")
    since = _when(p["since"])
    current = ctx.conn.execute(select(presence.c.since).where(presence.c.agent_id == agent)).first()
    values = {
        "state": p["state"],
        "reason": p.get("reason"),
        "since": since,
        "heartbeat_at": _now(),
        "current_call": dict(p.get("current_call") or {}),
    }
    if current is None:
        ctx.conn.execute(insert(presence).values(agent_id=agent, **values))
    else:
        if since < _aware(current[0]):
            return  # an older state arriving late (it waited in an outbox): keep the newer one
        ctx.conn.execute(update(presence).where(presence.c.agent_id == agent).values(**values))
    ctx.changed("agent_presence", agent)


def _callback_outcome(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    """An attempt to call back: logged on the request and its ticket, and the request moves on
    by the queue's rules (done, queued again for the next opening, or expired)."""
    from crm import callbacks  # the queue's rules (that module builds on this one)

    policy = callbacks.DEFAULT_POLICY
    requests, attempts = schema.callback_requests, schema.callback_attempts
    request = _locked(ctx, requests, p.get("request_uid"), "callback request")
    outcome = str(p.get("outcome"))
    if outcome not in {o.value for o in schema.CallbackOutcome}:
        raise WriteRejected(f"not a callback outcome: {outcome!r}")
    agent = ctx.agent_id(ctx.actor_login)
    now = _now()
    ctx.conn.execute(
        insert(attempts).values(
            request_id=request["id"],
            agent_id=agent,
            started_at=_when(p["started_at"]),
            ended_at=_when(p["ended_at"]) if p.get("ended_at") else None,
            outcome=outcome,
            skip_reason=(str(p["skip_reason"])[:255] if p.get("skip_reason") else None),
            sip_call_id=p.get("sip_call_id"),
            idempotency_key=key[:64],
        )
    )
    tries = int(request["attempts"]) + (0 if outcome in policy.free else 1)
    values: dict[str, Any] = {"attempts": tries, "last_outcome": outcome, "updated_at": now}
    status = str(request["status"])
    taken_over = status in callbacks.HELD and request["assigned_agent_id"] not in (None, agent)
    if status not in callbacks.OPEN or taken_over:
        pass  # closed meanwhile, or another agent holds it now: the try is logged, no more
    elif outcome in policy.final:
        values.update(status="done", next_attempt_at=None, lease_expires_at=None)
    elif tries >= int(request["max_attempts"]):
        values.update(status="expired", next_attempt_at=None, lease_expires_at=None)
    else:
        if outcome == "call_back_later":
            if not p.get("next_attempt_at"):
                raise WriteRejected("'call back later' needs the time to call back")
            earliest = max(_when(p["next_attempt_at"]), now)
        else:
            earliest = now + policy.retry_after.get(outcome, timedelta(0))
        queue = request["queue_code"] or ctx.queue_of(request["topic_code"], request["language"])
        expires = request["expires_at"]
        due: datetime | None = earliest
        if queue is not None and queue in ctx.calendar().codes:
            due = callbacks.schedule(
                ctx.calendar(),
                queue,
                earliest,
                request["caller_time_zone"],
                None if expires is None else _aware(expires),
            )
        values.update(
            status="queued" if due is not None else "expired",
            next_attempt_at=due,
            assigned_agent_id=None,
            lease_expires_at=None,
        )
    ctx.conn.execute(update(requests).where(requests.c.id == request["id"]).values(**values))
    ctx.changed("callback_requests", request["uid"])
    if request["ticket_id"] is not None:  # the ticket's history shows every try
        uid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"callback-outcome:{key}"))
        ctx.conn.execute(
            insert(schema.interactions).values(
                uid=uid,
                ticket_id=request["ticket_id"],
                contact_id=request["contact_id"],
                kind="note",
                direction="outbound",
                occurred_at=now,
                disposition_code=f"callback:{outcome}"[:48],
                author_id=agent,
                subject=f"Callback attempt {tries} of {request['max_attempts']}: {outcome}",
                body=str(p.get("skip_reason") or p.get("note") or "")[:4000],
                phone_e164=request["phone_e164"],
                sip_call_id=p.get("sip_call_id"),
                ivr_data={},
            )
        )
        ctx.changed("interactions", uid)
        ctx.touched_tickets.add(int(request["ticket_id"]))


_E164 = re.compile(r"^\+[1-9][0-9]{5,14}$")


def _callback_request(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    """A caller asked to be called back (at wrap-up, from the IVR, on the web portal).

    One open request per number and topic: a second booking merges into the open one (the
    latest wish for the time wins, messages are kept) instead of queueing the caller twice.
    """
    requests = schema.callback_requests
    phone = str(p.get("phone_e164") or "")
    if not _E164.fullmatch(phone):  # fullmatch: "$" alone lets a final newline through
        raise WriteRejected(f"not an E.164 number: {phone[:32]!r}")
    kind = str(p.get("kind") or "scheduled")
    if kind not in {k.value for k in schema.CallbackKind}:
        raise WriteRejected(f"not a callback kind: {kind!r}")
    source = str(p.get("source") or "agent")
    if source not in {s.value for s in schema.CallbackSource}:
        raise WriteRejected(f"not a callback source: {source!r}")
    language = str(p.get("language") or "")
    if not 2 <= len(language) <= schema.LANGUAGE_LENGTH:
        raise WriteRejected(f"not a language: {language!r}")
    start = _when(p["window_start"]) if p.get("window_start") else None
    end = _when(p["window_end"]) if p.get("window_end") else None
    if kind == "scheduled" and start is None:
        raise WriteRejected("a scheduled callback needs the time to call")
    if start is not None and end is not None and end <= start:
        raise WriteRejected("the callback window ends before it starts")
    topic = p.get("topic_code") or None
    message = str(p.get("message") or "")[:4000]
    caller_tz = p.get("caller_time_zone") or None
    if caller_tz is not None:
        try:
            ZoneInfo(str(caller_tz))
        except (ValueError, ZoneInfoNotFoundError):
            raise WriteRejected(f"not a time zone: {str(caller_tz)[:64]!r}") from None
    values: dict[str, Any] = {
        "kind": kind,
        "window_start": start,
        "window_end": end,
        "updated_at": _now(),
        **_callback_schedule(ctx, topic, language, start, end, caller_tz, p.get("expires_at")),
    }
    contact_id = _id_by_uid(ctx, schema.contacts, p.get("contact_uid"), "contact")
    ticket_id = _id_by_uid(ctx, schema.tickets, p.get("ticket_uid"), "ticket")
    open_statuses = requests.c.status.in_([s.value for s in schema.OPEN_CALLBACK_STATUSES])
    open_request = (
        select(requests)
        .where(requests.c.phone_e164 == phone)
        .where(requests.c.topic_code.is_(None) if topic is None else requests.c.topic_code == topic)
        .where(open_statuses)
        .with_for_update()
    )
    existing = ctx.conn.execute(open_request).mappings().first()
    if existing is None:
        uid = str(p.get("uid") or "") or (
            key if len(key) <= 36 else str(uuid.uuid5(uuid.NAMESPACE_URL, f"callback:{key}"))
        )
        insert_stmt = _dialect_insert(ctx.conn, requests).values(
            uid=uid,
            source=source,
            status="queued",
            phone_e164=phone,
            contact_id=contact_id,
            ticket_id=ticket_id,
            topic_code=topic,
            language=language,
            caller_name=str(p.get("caller_name") or "")[:255],
            message=message,
            consent=bool(p.get("consent", True)),
            caller_time_zone=caller_tz,
            booked_at=_now(),
            **values,
        )
        uid = ctx.conn.scalar(
            insert_stmt.on_conflict_do_nothing(
                index_elements=["phone_e164", "topic_code"],
                # The predicate as literal SQL: bound parameters cannot be matched to the
                # partial index once psycopg prepares the statement (its 6th run on a
                # connection), and PostgreSQL then refuses the ON CONFLICT.
                index_where=text("status IN ('queued', 'assigned', 'dialling')"),
            ).returning(requests.c.uid)
        )
        if uid is not None:
            if ticket_id is None:  # a web form becomes a ticket: the call and answers land there
                ticket_id, contact_id = callback_ticket(
                    ctx,
                    {"uid": uid, "phone_e164": phone, "contact_id": contact_id,
                     "message": message, "topic_code": topic, "language": language,
                     "source": source},
                )  # fmt: skip
                ctx.conn.execute(
                    update(requests)
                    .where(requests.c.uid == uid)
                    .values(ticket_id=ticket_id, contact_id=contact_id)
                )
            ctx.changed("callback_requests", uid)
            return
        existing = ctx.conn.execute(open_request).mappings().first()  # booked at the same time
        if existing is None:
            raise WriteRejected("the open callback request for this number could not be found")
    if message and message not in existing["message"]:
        values["message"] = f"{existing['message']}\n{message}".strip()[:4000]
    values["contact_id"] = existing["contact_id"] or contact_id
    values["ticket_id"] = existing["ticket_id"] or ticket_id
    if existing["status"] != "queued":  # being dialled now: the new time applies if it fails
        for name in ("next_attempt_at", "sla_due_at", "queue_code"):
            values.pop(name)
    values["caller_time_zone"] = caller_tz or existing["caller_time_zone"]
    ctx.conn.execute(update(requests).where(requests.c.id == existing["id"]).values(**values))
    ctx.changed("callback_requests", existing["uid"])


def _callback_schedule(
    ctx: ApplyContext,
    topic: str | None,
    language: str,
    start: datetime | None,
    end: datetime | None,
    caller_tz: str | None,
    expires_at: Any,
) -> dict[str, Any]:
    """Queue, first due moment (inside the hours), SLA deadline and expiry of a booking."""
    from crm import callbacks

    now = _now()
    earliest = max(start, now) if start is not None else now
    expires = (
        _when(expires_at)
        if expires_at
        else max(end or earliest, earliest) + callbacks.DEFAULT_POLICY.expiry
    )
    queue = ctx.queue_of(topic, language)
    calendar = ctx.calendar()
    due: datetime | None = earliest
    sla: datetime | None = None
    if queue is not None and queue in calendar.codes:
        due = callbacks.schedule(calendar, queue, earliest, caller_tz, expires) or earliest
        sla = calendar.add_open_minutes(queue, due, calendar.queue(queue).sla_minutes)
    return {"queue_code": queue, "next_attempt_at": due, "sla_due_at": sla, "expires_at": expires}


def callback_ticket(ctx: ApplyContext, request: Mapping[str, Any]) -> tuple[int, int | None]:
    """(ticket id, contact id) for a callback request without a ticket: the caller is the one
    contact with that number (a shared line stays open: the agent picks on the card), and the
    ticket's uid derives from the request's, so a retried write finds the ticket it made."""
    contact_id = request.get("contact_id")
    if contact_id is None:
        phones = schema.contact_phones.c
        owners = ctx.conn.scalars(
            select(phones.contact_id).where(phones.e164 == request["phone_e164"]).limit(2)
        ).all()
        contact_id = owners[0] if len(owners) == 1 else None
    uid = uuid.uuid5(uuid.NAMESPACE_URL, f"callback-ticket:{request['uid']}").hex
    tickets, contacts = schema.tickets, schema.contacts
    found = ctx.conn.scalar(select(tickets.c.id).where(tickets.c.uid == uid))
    if found is not None:
        return int(found), contact_id
    message = str(request.get("message") or "").strip().splitlines()
    about = message[0][:200] if message else str(request.get("topic_code") or "")
    contact_uid = (
        None
        if contact_id is None
        else ctx.conn.scalar(select(contacts.c.uid).where(contacts.c.id == contact_id))
    )
    ticket_id = _insert_ticket(
        ctx,
        uid,
        {
            "subject": f"Callback request: {about}" if about else "Callback request",
            "topic_code": request.get("topic_code"),
            "language": request.get("language"),
            "channel": "web_form" if request.get("source") == "web_form" else "phone",
            "contact_uid": contact_uid,
        },
    )
    return ticket_id, contact_id


def _dialect_insert(conn: Connection, table: Table) -> Any:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def _script_run_save(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    """The answers given while following a call script; they land on the ticket."""
    script_id = ctx.conn.scalar(
        select(schema.call_scripts.c.id).where(schema.call_scripts.c.id == p.get("script_id"))
    )
    if script_id is None:
        raise WriteRejected(f"unknown call script {p.get('script_id')!r}")
    answers = p.get("answers")
    if not isinstance(answers, dict):
        raise WriteRejected("script answers must be an object of step -> answer")
    ctx.conn.execute(
        insert(schema.script_runs).values(
            uid=str(p.get("uid") or key),
            script_id=script_id,
            ticket_id=_id_by_uid(ctx, schema.tickets, p.get("ticket_uid"), "ticket"),
            callback_request_id=_id_by_uid(
                ctx, schema.callback_requests, p.get("callback_request_uid"), "callback request"
            ),
            agent_id=ctx.agent_id(ctx.actor_login),
            answers=answers,
            created_at=_now(),
        )
    )
    if p.get("ticket_uid"):
        ctx.changed("tickets", p["ticket_uid"])  # the ticket's page shows its script answers


def _canned_save(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    from crm import canned_store  # builds on this module

    canned_store.save(ctx, key, p)


def _canned_retire(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    from crm import canned_store

    canned_store.retire(ctx, key, p)


def _canned_use(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    from crm import canned_store

    canned_store.count_use(ctx, key, p)


def _announcement_post(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    from crm import announcements

    announcements.post(ctx, key, p)


def _announcement_read(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    from crm import announcements

    announcements.mark_read(ctx, key, p)


Handler = Callable[[ApplyContext, str, Mapping[str, Any]], None]

HANDLERS: dict[str, Handler] = {
    "interaction.append": _interaction_append,
    "ticket.create": _ticket_create,
    "ticket.update": _ticket_update,
    "contact.create": _contact_create,
    "presence.set": _presence_set,
    "callback.outcome": _callback_outcome,
    "callback.request": _callback_request,
    "script_run.save": _script_run_save,
    "canned.save": _canned_save,
    "canned.retire": _canned_retire,
    "canned.use": _canned_use,
    "announcement.post": _announcement_post,
    "announcement.read": _announcement_read,
}


# -- reading the feed ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedRow:
    table: str
    key: str
    row_id: int | None
    seq: int
    data: dict[str, Any]


def latest_seq(conn: Connection) -> int:
    return int(conn.scalar(select(func.coalesce(func.max(schema.change_log.c.seq), 0))) or 0)


def changes_since(conn: Connection, seq: int, limit: int = 2000) -> list[tuple[int, str, str]]:
    log = schema.change_log
    rows = conn.execute(
        select(log.c.seq, log.c.table_name, log.c.row_key)
        .where(log.c.seq > seq)
        .order_by(log.c.seq)
        .limit(limit)
    )
    return [(int(s), str(t), str(k)) for s, t, k in rows]


def fetch_rows(conn: Connection, table_name: str, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Current rows by feed key, as plain JSON-able dicts (contacts with their phones)."""
    table = schema.metadata.tables[table_name]
    key_col = table.c[FEED_KEYS[table_name]]
    wanted = [_typed_key(table, table_name, k) for k in keys]
    out: dict[str, dict[str, Any]] = {}
    for chunk_start in range(0, len(wanted), 500):
        chunk = wanted[chunk_start : chunk_start + 500]
        for row in conn.execute(select(table).where(key_col.in_(chunk))).mappings():
            out[str(row[key_col.name])] = plain(row)
    if table_name == "contacts" and out:
        by_id = {d["id"]: d for d in out.values()}
        for d in by_id.values():
            d["phones"] = []
        phones = schema.contact_phones
        for row in conn.execute(
            select(phones).where(phones.c.contact_id.in_(list(by_id))).order_by(phones.c.id)
        ).mappings():
            by_id[row["contact_id"]]["phones"].append(
                {"e164": row["e164"], "label": row["label"], "is_primary": row["is_primary"]}
            )
    return out


def plain(row: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in row.items():
        if isinstance(value, datetime):
            value = _aware(value).isoformat()
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        out[str(name)] = value
    return out
