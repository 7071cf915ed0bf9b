"""The callback queue's writes: a caller books a callback (`callback.request`), an agent logs a
try (`callback.outcome`); the request then moves on by the queue's rules (`crm.callback_rules`).

The queue needs the service hours and the topics' queues to schedule a request; they are read
once per batch into the write context (or handed over by a caller that holds them already).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, bindparam, insert, or_, select, text, update

from crm import schema
from crm.callback_rules import DEFAULT_POLICY, HELD, OPEN, schedule, topic_queues
from crm.schema import utcnow
from crm.service_hours import ServiceCalendar
from crm.ticket_writes import insert_tickets
from crm.write_context import (
    E164,
    ApplyContext,
    Handler,
    WriteRejected,
    aware,
    dialect_insert,
    id_by_uid,
    locked,
    when,
)


def service_calendar(ctx: ApplyContext) -> ServiceCalendar:
    """The service-hours calendar, read once per batch."""
    if ctx.calendar is None:
        ctx.calendar = ServiceCalendar.load(ctx.conn)
    return ctx.calendar


def queue_of(ctx: ApplyContext, topic: str | None, language: str) -> str | None:
    """The queue that serves a request on `topic` in `language` (None: no queue)."""
    if ctx.topic_queues is None:
        ctx.topic_queues = topic_queues(ctx.conn)
    topic_queue = ctx.topic_queues.get(topic)
    if not service_calendar(ctx).codes:
        return topic_queue
    return service_calendar(ctx).queue_for(topic_queue, language)


def log_outcome(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    """An attempt to call back: logged on the request and its ticket, and the request moves on
    by the queue's rules (done, queued again for the next opening, or expired)."""
    policy = DEFAULT_POLICY
    requests, attempts = schema.callback_requests, schema.callback_attempts
    request = locked(ctx, requests, p.get("request_uid"), "callback request")
    outcome = str(p.get("outcome"))
    if outcome not in {o.value for o in schema.CallbackOutcome}:
        raise WriteRejected(f"not a callback outcome: {outcome!r}")
    agent = ctx.agent_id(ctx.actor_login)
    now = utcnow()
    ctx.conn.execute(
        insert(attempts).values(
            request_id=request["id"],
            agent_id=agent,
            started_at=when(p["started_at"]),
            ended_at=when(p["ended_at"]) if p.get("ended_at") else None,
            outcome=outcome,
            skip_reason=(str(p["skip_reason"])[:255] if p.get("skip_reason") else None),
            sip_call_id=p.get("sip_call_id"),
            idempotency_key=key[:64],
        )
    )
    tries = int(request["attempts"]) + (0 if outcome in policy.free else 1)
    values: dict[str, Any] = {"attempts": tries, "last_outcome": outcome, "updated_at": now}
    status = str(request["status"])
    taken_over = status in HELD and request["assigned_agent_id"] not in (None, agent)
    if status not in OPEN or taken_over:
        pass  # closed meanwhile, or another agent holds it now: the try is logged, no more
    elif outcome in policy.final:
        values.update(status="done", next_attempt_at=None, lease_expires_at=None)
    elif tries >= int(request["max_attempts"]):
        values.update(status="expired", next_attempt_at=None, lease_expires_at=None)
    else:
        if outcome == "call_back_later":
            if not p.get("next_attempt_at"):
                raise WriteRejected("'call back later' needs the time to call back")
            earliest = max(when(p["next_attempt_at"]), now)
        else:
            earliest = now + policy.retry_after.get(outcome, timedelta(0))
        queue = request["queue_code"] or queue_of(ctx, request["topic_code"], request["language"])
        expires = request["expires_at"]
        due: datetime | None = earliest
        if queue is not None and queue in service_calendar(ctx).codes:
            due = schedule(
                service_calendar(ctx),
                queue,
                earliest,
                request["caller_time_zone"],
                None if expires is None else aware(expires),
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


# The open statuses as literal SQL, word for word the predicate of the partial unique index
# on (number, topic): bound parameters could not be matched to it once psycopg prepares a
# statement (its 6th run on a connection), so lookups would scan and ON CONFLICT be refused.
_OPEN = text("status IN ('queued', 'assigned', 'dialling')")
assert {s.value for s in schema.OPEN_CALLBACK_STATUSES} == {"queued", "assigned", "dialling"}


@dataclass
class _Wish:
    """A checked `callback.request`: what its request is given, new or merged."""

    key: str
    p: Mapping[str, Any]
    phone: str
    topic: str | None
    message: str
    caller_tz: str | None
    values: dict[str, Any]  # set on a new request and on the open one it merges into
    contact_id: int | None
    ticket_id: int | None

    @property
    def merge_key(self) -> tuple[str, str | None]:
        return self.phone, self.topic


def request_callback(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    """A caller asked to be called back (at wrap-up, from the IVR, on the web portal).

    One open request per number and topic: a second booking merges into the open one (the
    latest wish for the time wins, messages are kept) instead of queueing the caller twice.
    """
    request_callbacks(ctx, [(key, p)])


def request_callbacks(
    ctx: ApplyContext, writes: Sequence[tuple[str, Mapping[str, Any]]]
) -> list[tuple[str, bool]]:
    """`request_callback` for many writes (keys already claimed), in order, set-based: the open
    requests of all their numbers are locked in one statement, the new requests, their tickets
    and the links between them written in one statement each, however many writes there are.
    The second write for a number and topic merges into the first's request exactly as it
    would one write later. Returns, per write, (the uid of its request, whether it is new).
    Raises WriteRejected for the first write that cannot be applied (the caller rolls back)."""
    wishes = [_checked_wish(ctx, key, p) for key, p in writes]
    outcomes: dict[int, tuple[str, bool]] = {}
    pending = list(range(len(wishes)))
    while pending:  # in waves: one write per number and topic in each, keeping their order
        wave: dict[tuple[str, str | None], int] = {}
        later: list[int] = []
        for i in pending:
            if wave.setdefault(wishes[i].merge_key, i) != i:
                later.append(i)
        outcomes.update(_request_wave(ctx, {i: wishes[i] for i in wave.values()}))
        pending = later
    for i in range(len(wishes)):
        ctx.changed("callback_requests", outcomes[i][0])
    return [outcomes[i] for i in range(len(wishes))]


def _checked_wish(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> _Wish:
    phone = str(p.get("phone_e164") or "")
    if not E164.fullmatch(phone):  # fullmatch: "$" alone lets a final newline through
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
    start = when(p["window_start"]) if p.get("window_start") else None
    end = when(p["window_end"]) if p.get("window_end") else None
    if kind == "scheduled" and start is None:
        raise WriteRejected("a scheduled callback needs the time to call")
    if start is not None and end is not None and end <= start:
        raise WriteRejected("the callback window ends before it starts")
    topic = p.get("topic_code") or None
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
        "updated_at": utcnow(),
        **_schedule_booking(ctx, topic, language, start, end, caller_tz, p.get("expires_at")),
    }
    return _Wish(
        key=key,
        p=p,
        phone=phone,
        topic=topic,
        message=str(p.get("message") or "")[:4000],
        caller_tz=caller_tz,
        values=values,
        contact_id=id_by_uid(ctx, schema.contacts, p.get("contact_uid"), "contact"),
        ticket_id=id_by_uid(ctx, schema.tickets, p.get("ticket_uid"), "ticket"),
    )


def _open_requests(
    ctx: ApplyContext, keys: Collection[tuple[str, str | None]]
) -> dict[tuple[str, str | None], Mapping[str, Any]]:
    """The open request of each (number, topic), locked to this transaction; only those rows
    (the number's requests on other topics stay free for the agents' claims)."""
    requests = schema.callback_requests
    c = requests.c
    which = or_(
        *(
            and_(c.phone_e164 == phone, c.topic_code.is_(None) if topic is None
                 else c.topic_code == topic)
            for phone, topic in sorted(keys, key=_merge_order)
        )
    )  # fmt: skip
    rows = ctx.conn.execute(
        select(requests)
        .where(which)
        .where(_OPEN)  # as the partial unique index says it: its probes serve the lookup
        .order_by(c.id)
        .with_for_update()
    ).mappings()
    found: dict[tuple[str, str | None], Mapping[str, Any]] = {}
    for row in rows:  # the oldest, should a number have two without a topic
        found.setdefault((row["phone_e164"], row["topic_code"]), row)
    return found


def _merge_order(key: tuple[str, str | None]) -> tuple[str, str]:
    """(number, topic) in one order for every writer, so that two batches that insert the
    same new requests take their rows in the same order and never wait on each other in a
    circle."""
    return key[0], key[1] or ""


def _request_wave(ctx: ApplyContext, wave: Mapping[int, _Wish]) -> dict[int, tuple[str, bool]]:
    """Apply writes for distinct numbers and topics: the new requests in one statement, the
    merges one by one."""
    requests = schema.callback_requests
    outcomes: dict[int, tuple[str, bool]] = {}
    existing = _open_requests(ctx, [w.merge_key for w in wave.values()])
    new = {i: w for i, w in wave.items() if w.merge_key not in existing}
    inserted: dict[tuple[str, str | None], str] = {}
    if new:
        now = utcnow()
        rows = [
            {
                "uid": str(w.p.get("uid") or "") or _uid_of(w.key),
                "source": str(w.p.get("source") or "agent"),
                "status": "queued",
                "phone_e164": w.phone,
                "contact_id": w.contact_id,
                "ticket_id": w.ticket_id,
                "topic_code": w.topic,
                "language": str(w.p.get("language")),
                "caller_name": str(w.p.get("caller_name") or "")[:255],
                "message": w.message,
                "consent": bool(w.p.get("consent", True)),
                "caller_time_zone": w.caller_tz,
                "booked_at": now,
                **w.values,
            }
            for w in sorted(new.values(), key=lambda w: _merge_order(w.merge_key))
        ]
        inserted = {
            (row.phone_e164, row.topic_code): row.uid
            for row in ctx.conn.execute(
                dialect_insert(ctx.conn, requests)
                .on_conflict_do_nothing(
                    index_elements=["phone_e164", "topic_code"],
                    # The predicate as literal SQL: bound parameters cannot be matched to the
                    # partial index once psycopg prepares the statement (its 6th run on a
                    # connection), and PostgreSQL then refuses the ON CONFLICT.
                    index_where=_OPEN,
                )
                .returning(requests.c.uid, requests.c.phone_e164, requests.c.topic_code),
                rows,  # many parameter sets: see ticket_writes.insert_tickets
            )
        }
        # A web form becomes a ticket: the call and answers land there.
        unticketed = [w for w in new.values() if w.merge_key in inserted and w.ticket_id is None]
        links = callback_tickets(
            ctx,
            [
                {"uid": inserted[w.merge_key], "phone_e164": w.phone, "contact_id": w.contact_id,
                 "message": w.message, "topic_code": w.topic, "language": w.p.get("language"),
                 "source": w.p.get("source")}
                for w in unticketed
            ],
        )  # fmt: skip
        if links:
            ctx.conn.execute(
                update(requests)
                .where(requests.c.uid == bindparam("request_uid"))
                .values(ticket_id=bindparam("new_ticket"), contact_id=bindparam("new_contact")),
                [
                    {"request_uid": inserted[w.merge_key], "new_ticket": ticket,
                     "new_contact": contact}
                    for w, (ticket, contact) in zip(unticketed, links, strict=True)
                ],
            )  # fmt: skip
        for i, w in new.items():
            if w.merge_key in inserted:
                outcomes[i] = inserted[w.merge_key], True
    for i, w in wave.items():
        if i in outcomes:
            continue
        found = existing.get(w.merge_key)
        if found is None:  # booked by another transaction since the lock was asked
            found = _open_requests(ctx, [w.merge_key]).get(w.merge_key)
            if found is None:
                raise WriteRejected("the open callback request for this number could not be found")
        outcomes[i] = _merge(ctx, w, found), False
    return outcomes


def _uid_of(key: str) -> str:
    return key if len(key) <= 36 else str(uuid.uuid5(uuid.NAMESPACE_URL, f"callback:{key}"))


def _merge(ctx: ApplyContext, wish: _Wish, existing: Mapping[str, Any]) -> str:
    """Merge a write into the open request for its number and topic; the request's uid."""
    values = dict(wish.values)
    if wish.message and wish.message not in existing["message"]:
        values["message"] = f"{existing['message']}\n{wish.message}".strip()[:4000]
    values["contact_id"] = existing["contact_id"] or wish.contact_id
    values["ticket_id"] = existing["ticket_id"] or wish.ticket_id
    if existing["status"] != "queued":  # being dialled now: the new time applies if it fails
        for name in ("next_attempt_at", "sla_due_at", "queue_code"):
            values.pop(name)
    values["caller_time_zone"] = wish.caller_tz or existing["caller_time_zone"]
    requests = schema.callback_requests
    ctx.conn.execute(update(requests).where(requests.c.id == existing["id"]).values(**values))
    return str(existing["uid"])


def _schedule_booking(
    ctx: ApplyContext,
    topic: str | None,
    language: str,
    start: datetime | None,
    end: datetime | None,
    caller_tz: str | None,
    expires_at: Any,
) -> dict[str, Any]:
    """Queue, first due moment (inside the hours), SLA deadline and expiry of a booking."""
    now = utcnow()
    earliest = max(start, now) if start is not None else now
    expires = (
        when(expires_at) if expires_at else max(end or earliest, earliest) + DEFAULT_POLICY.expiry
    )
    queue = queue_of(ctx, topic, language)
    calendar = service_calendar(ctx)
    due: datetime | None = earliest
    sla: datetime | None = None
    if queue is not None and queue in calendar.codes:
        due = schedule(calendar, queue, earliest, caller_tz, expires) or earliest
        sla = calendar.add_open_minutes(queue, due, calendar.queue(queue).sla_minutes)
    return {"queue_code": queue, "next_attempt_at": due, "sla_due_at": sla, "expires_at": expires}


def callback_ticket(ctx: ApplyContext, request: Mapping[str, Any]) -> tuple[int, int | None]:
    """(ticket id, contact id) for a callback request without a ticket: see callback_tickets."""
    (link,) = callback_tickets(ctx, [request])
    return link


def callback_tickets(
    ctx: ApplyContext, requests: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int | None]]:
    """(ticket id, contact id) for each callback request without a ticket: the caller is the
    one contact with that number (a shared line stays open: the agent picks on the card), and
    the ticket's uid derives from the request's, so a retried write finds the ticket it made.
    A statement each for the numbers' owners, the tickets there already, the new ones."""
    if not requests:
        return []
    phones, tickets, contacts = schema.contact_phones.c, schema.tickets.c, schema.contacts.c
    conn = ctx.conn
    unknown = sorted({str(r["phone_e164"]) for r in requests if r.get("contact_id") is None})
    owners: dict[str, set[int]] = {}
    if unknown:
        for contact_id, e164 in conn.execute(
            select(phones.contact_id, phones.e164).where(phones.e164.in_(unknown))
        ):
            owners.setdefault(str(e164), set()).add(int(contact_id))
    contact_ids: list[int | None] = []
    for r in requests:
        mine = owners.get(str(r["phone_e164"]), set())
        contact_ids.append(
            r["contact_id"] if r.get("contact_id") is not None
            else (next(iter(mine)) if len(mine) == 1 else None)
        )  # fmt: skip
    uids = [uuid.uuid5(uuid.NAMESPACE_URL, f"callback-ticket:{r['uid']}").hex for r in requests]
    found = {
        str(uid): int(ticket_id)
        for ticket_id, uid in conn.execute(
            select(tickets.id, tickets.uid).where(tickets.uid.in_(uids))
        )
    }
    wanted = sorted({c for c in contact_ids if c is not None})
    contact_uids: dict[int, str] = {}
    if wanted:
        for contact_id, contact_uid in conn.execute(
            select(contacts.id, contacts.uid).where(contacts.id.in_(wanted))
        ):
            contact_uids[int(contact_id)] = str(contact_uid)
            ctx.ids[f"contacts:{contact_uid}"] = int(contact_id)  # insert_tickets reads it
    new: list[tuple[str, Mapping[str, Any]]] = []
    for r, uid, contact_id in zip(requests, uids, contact_ids, strict=True):
        if uid in found or uid in {u for u, _ in new}:
            continue
        message = str(r.get("message") or "").strip().splitlines()
        about = message[0][:200] if message else str(r.get("topic_code") or "")
        new.append(
            (
                uid,
                {
                    "subject": f"Callback request: {about}" if about else "Callback request",
                    "topic_code": r.get("topic_code"),
                    "language": r.get("language"),
                    "channel": "web_form" if r.get("source") == "web_form" else "phone",
                    "contact_uid": None if contact_id is None else contact_uids.get(contact_id),
                },
            )
        )
    found.update(zip([uid for uid, _ in new], insert_tickets(ctx, new), strict=True))
    return [(found[uid], contact_id) for uid, contact_id in zip(uids, contact_ids, strict=True)]


HANDLERS: dict[str, Handler] = {
    "callback.request": request_callback,
    "callback.outcome": log_outcome,
}
