"""The callback queue's writes: a caller books a callback (`callback.request`), an agent logs a
try (`callback.outcome`); the request then moves on by the queue's rules (`crm.callback_rules`).

The queue needs the service hours and the topics' queues to schedule a request; they are read
once per batch into the write context (or handed over by a caller that holds them already).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import insert, select, text, update

from crm import schema
from crm.callback_rules import DEFAULT_POLICY, HELD, OPEN, schedule, topic_queues
from crm.schema import utcnow
from crm.service_hours import ServiceCalendar
from crm.ticket_writes import insert_ticket
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


def request_callback(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    """A caller asked to be called back (at wrap-up, from the IVR, on the web portal).

    One open request per number and topic: a second booking merges into the open one (the
    latest wish for the time wins, messages are kept) instead of queueing the caller twice.
    """
    requests = schema.callback_requests
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
        "updated_at": utcnow(),
        **_schedule_booking(ctx, topic, language, start, end, caller_tz, p.get("expires_at")),
    }
    contact_id = id_by_uid(ctx, schema.contacts, p.get("contact_uid"), "contact")
    ticket_id = id_by_uid(ctx, schema.tickets, p.get("ticket_uid"), "ticket")
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
        insert_stmt = dialect_insert(ctx.conn, requests).values(
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
            booked_at=utcnow(),
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
    ticket_id = insert_ticket(
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


HANDLERS: dict[str, Handler] = {
    "callback.request": request_callback,
    "callback.outcome": log_outcome,
}
