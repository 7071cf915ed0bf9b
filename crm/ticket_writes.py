"""The writes of tickets and contacts: notes and calls on a ticket, new tickets, field edits,
new contacts.

Conflicts: ticket fields are last-writer-wins per field by the writer's clock, and every incoming
value, winning or not, is kept in `ticket_field_changes`, so both sides of a concurrent edit stay
visible in the ticket's history. Notes and other interactions are append-only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update

from crm import schema
from crm.callers import sole_owner
from crm.schema import utcnow
from crm.write_context import (
    E164,
    ApplyContext,
    Handler,
    WriteRejected,
    aware,
    id_by_uid,
    locked,
    when,
)

TICKET_FIELDS = (
    "subject",
    "topic_code",
    "status",
    "language",
    "assignee",
    "contact",
    "back_office",
)


def interaction_append(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    uid = str(p.get("uid") or key)
    ticket_id = id_by_uid(ctx, schema.tickets, p.get("ticket_uid"), "ticket")
    contact_id = id_by_uid(ctx, schema.contacts, p.get("contact_uid"), "contact")
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
            occurred_at=when(p["occurred_at"]),
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


def ticket_create(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    insert_ticket(ctx, str(p.get("uid") or key), p)


def insert_ticket(ctx: ApplyContext, uid: str, p: Mapping[str, Any]) -> int:
    """A new ticket with the given uid (a callback booking's too, `crm.callback_writes`)."""
    (ticket_id,) = insert_tickets(ctx, [(uid, p)])
    return ticket_id


def insert_tickets(ctx: ApplyContext, new: Sequence[tuple[str, Mapping[str, Any]]]) -> list[int]:
    """`insert_ticket` for many (uid, payload): their ids, in order. Two statements however
    many: the rows, then their numbers (which need the ids)."""
    if not new:
        return []
    tickets = schema.tickets
    rows = []
    for uid, p in new:
        created = when(p.get("created_at") or utcnow())
        rows.append(
            {
                "uid": uid,
                "number": uid,  # replaced below, once the id is known
                "subject": str(p["subject"])[:255],
                "topic_code": p.get("topic_code"),
                "status": "open",
                "channel": p.get("channel", "phone"),
                "language": p.get("language"),
                "contact_id": id_by_uid(ctx, schema.contacts, p.get("contact_uid"), "contact"),
                "assignee_id": ctx.agent_id(p.get("assignee_login") or ctx.actor_login),
                "created_at": created,
                "updated_at": created,
            }
        )
    ids = {
        str(uid): int(ticket_id)
        for ticket_id, uid in ctx.conn.execute(
            # Many parameter sets, not one statement with many VALUES: SQLAlchemy compiles
            # the statement once and caches it (its "insertmanyvalues" then sends the rows in
            # one round trip), where a `.values(rows)` has no cache key and is compiled afresh
            # for every batch (`softphone bench portal --writer`: with five such statements a
            # batch of 25 bookings took 57-63 ms of CPU, 32-33 without).
            insert(tickets).returning(tickets.c.id, tickets.c.uid),
            rows,
        )
    }
    ctx.conn.execute(
        update(tickets).where(tickets.c.id == bindparam("ticket_id")).values(number=bindparam("n")),
        [
            {"ticket_id": ids[row["uid"]],
             "n": f"CC-{row['created_at'].year}-{ids[row['uid']]:06d}"}
            for row in rows
        ],
    )  # fmt: skip
    for uid, _ in new:
        ctx.changed("tickets", uid)
    return [ids[uid] for uid, _ in new]


def ticket_update(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    tickets, history = schema.tickets, schema.ticket_field_changes
    ticket = locked(ctx, tickets, p.get("ticket_uid"), "ticket")
    # A writer's clock running ahead must not make its edits unbeatable: clamp to the store's.
    changed_at = min(when(p["changed_at"]), utcnow())
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
        wins = latest is None or changed_at >= aware(latest)
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
                applied_at=utcnow(),
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
        values["updated_at"] = utcnow()
        ctx.conn.execute(update(tickets).where(tickets.c.id == ticket["id"]).values(**values))
    ctx.changed("tickets", ticket["uid"])


def _ticket_column(ctx: ApplyContext, name: str, value: Any) -> tuple[str, Any]:
    if name == "assignee":
        agent = ctx.agent_id(value)
        if value and agent is None:
            raise WriteRejected(f"unknown agent {value!r}")
        return "assignee_id", agent
    if name == "contact":
        return "contact_id", id_by_uid(ctx, schema.contacts, value, "contact")
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


def contact_create(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    uid = str(p.get("uid") or key)
    for phone in p.get("phones") or ():
        number = str(phone.get("e164") or "") if isinstance(phone, Mapping) else ""
        if not E164.fullmatch(number):  # letters, 40 digits, "+", nothing: not a number to call
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
            created_at=utcnow(),
            updated_at=utcnow(),
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


def touch_tickets(ctx: ApplyContext) -> None:
    """A new note or call makes its ticket "updated": once per batch, after all its writes."""
    if not ctx.touched_tickets:
        return
    tickets = schema.tickets
    ctx.conn.execute(
        update(tickets)
        .where(tickets.c.id.in_(sorted(ctx.touched_tickets)))
        .values(updated_at=utcnow())
    )
    for uid in ctx.conn.scalars(
        select(tickets.c.uid).where(tickets.c.id.in_(sorted(ctx.touched_tickets)))
    ):
        ctx.changed("tickets", uid)


HANDLERS: dict[str, Handler] = {
    "interaction.append": interaction_append,
    "ticket.create": ticket_create,
    "ticket.update": ticket_update,
    "contact.create": contact_create,
}
