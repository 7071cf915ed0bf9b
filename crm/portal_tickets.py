"""Web-form tickets: a portal's contact form becomes a ticket (channel web_form) with the form
as its first interaction, linked to the contact found by e-mail or phone, or a new one.

The fields follow the booking rules where they share a name (`crm/booking_import/validation.py`).
This module is stdlib and SQLAlchemy only (the `crm` layer).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import DataError, IntegrityError

from crm import schema
from crm.applier import apply_writes
from crm.booking_import import ingest, validation
from crm.portal_answers import Answer, Problem, Refused
from crm.write_context import WriteRejected

MAX_SUBJECT = 255
MAX_DESCRIPTION = 8000
_EMAIL = re.compile(
    r"^[^@\s<>()\[\],;:\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,63}$"
)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


def create_ticket(
    conn: Connection,
    portal: str,
    fields: Mapping[str, Any],
    attachments: Sequence[Attachment],
    *,
    vocabulary: validation.Vocabulary,
    default_region: str,
    clock: Callable[[], datetime],
) -> Answer:
    """Validate the form and write its ticket in the caller's transaction (the caller commits).
    Raises Refused with every problem of the form."""
    problems: list[Problem] = []

    def problem(name: str, message: str) -> None:
        problems.append(Problem(name, message))

    lang = validation.parse_language(fields.get("language"), vocabulary, problem)
    topic = validation.parse_topic(fields.get("topic"), vocabulary, problem)
    subject = validation.parse_text(fields.get("subject"), "subject", MAX_SUBJECT, problem)
    description = validation.parse_text(
        fields.get("description"), "description", MAX_DESCRIPTION, problem
    )
    name = validation.parse_text(fields.get("name"), "name", 255, problem)
    if not subject and not any(p.field == "subject" for p in problems):
        problem("subject", "is required")
    if not description and not any(p.field == "description" for p in problems):
        problem("description", "is required")
    email = _email(fields.get("email"), problem)
    phone = None
    if fields.get("phone") not in (None, ""):
        phone = validation.parse_phone(fields.get("phone"), default_region, problem)
    if email is None and phone is None and not any(p.field in ("email", "phone") for p in problems):
        problem("email", "an e-mail address or a phone number is required")
    if problems or lang is None:
        raise Refused(problems)
    contact_uid, new_contact = _contact(conn, email, phone, lang, name)
    ticket_uid = uuid.uuid4().hex  # 32: the number column holds it at first
    writes: list[tuple[str, str, Mapping[str, Any]]] = []
    if new_contact is not None:
        writes.append((new_contact["uid"], "contact.create", new_contact))
    now = clock()
    writes.append(
        (
            ticket_uid,
            "ticket.create",
            {
                "uid": ticket_uid,
                "subject": subject,
                "topic_code": topic,
                "channel": "web_form",
                "language": lang,
                "contact_uid": contact_uid,
                "created_at": now.isoformat(),
            },
        )
    )
    note_uid = str(uuid.uuid4())
    writes.append(
        (
            note_uid,
            "interaction.append",
            {
                "uid": note_uid,
                "ticket_uid": ticket_uid,
                "kind": "web_form",
                "direction": "inbound",
                "occurred_at": now.isoformat(),
                "subject": subject,
                "body": description,
                "phone_e164": phone,
            },
        )
    )
    try:
        apply_writes(conn, writes, client_id=f"portal:{portal}"[:64], actor_login="")
    except (WriteRejected, IntegrityError, DataError) as exc:
        raise Refused([Problem("", ingest.refusal_reason(exc))]) from exc
    t = schema.tickets.c
    ticket_id, number = conn.execute(select(t.id, t.number).where(t.uid == ticket_uid)).one()
    for item in attachments:
        conn.execute(
            insert(schema.ticket_attachments).values(
                ticket_id=ticket_id,
                filename=item.filename[:255],
                content_type=item.content_type[:127],
                size=len(item.data),
                data=item.data,
                created_at=now,
            )
        )
    return Answer(
        201,
        {
            "ticket_number": str(number),
            "attachments": len(attachments),
        },
    )


def _contact(
    conn: Connection, email: str | None, phone: str | None, language: str, name: str
) -> tuple[str, dict[str, Any] | None]:
    """(uid of the contact, the contact.create payload when it is a new one)."""
    c, ph = schema.contacts.c, schema.contact_phones.c
    if email is not None:
        found = conn.scalar(
            select(c.uid).where(func.lower(c.email) == email.lower()).order_by(c.id).limit(1)
        )
        if found is not None:
            return str(found), None
    if phone is not None:
        owners = conn.scalars(
            select(c.uid)
            .select_from(schema.contacts.join(schema.contact_phones, ph.contact_id == c.id))
            .where(ph.e164 == phone)
            .distinct()
            .limit(2)
        ).all()
        if len(owners) == 1:  # a shared line is not one person: make a new contact
            return str(owners[0]), None
    first, _, last = name.partition(" ")
    uid = str(uuid.uuid4())
    return uid, {
        "uid": uid,
        "first_name": first,
        "last_name": last,
        "email": email,
        "preferred_language": language,
        "phones": [{"e164": phone, "label": "web"}] if phone else [],
        "notes": "Created from a web form",
    }


def _email(value: Any, problem: Callable[[str, str], None]) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if len(text) > 254 or not _EMAIL.fullmatch(text):
        problem("email", f"{validation.shown(text)} is not an e-mail address")
        return None
    return text
