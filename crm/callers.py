"""Who a number belongs to: one rule for the screen-pop and for the store applying a write.

A number is a contact's when it is among their phones (`contact_phones`, stored in E.164). A
number several contacts share (a family line) belongs to each of them: the screen-pop offers
a chooser, and a call from it that no one was chosen for stays unlinked, shown in every sharer's
history by its number. A call logged while the caller could not be looked up (the store was
away and the caller not cached) names only the number; the store links it when it applies the
write, if the number is one contact's.

What the screen-pop lookup finds (`crm.sync.SyncClient.read_caller`) comes back as typed,
frozen records (`CallerRecords`), whether it was read centrally or from the local cache: the
rows' JSON form (ISO times, nullable text) is read here once, not by everyone who shows them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Select, and_, or_, select

from crm import schema

Row = Mapping[str, Any]  # a row as the store's reads and the local cache hold it (plain JSON)


@dataclass(frozen=True)
class CallerContact:
    id: int | None  # the central id (tickets and history name their contact by it)
    uid: str
    first_name: str
    last_name: str
    preferred_language: str  # "" when not known
    email: str
    notes: str
    phones: tuple[str, ...]  # E.164 numbers, in the store's order

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @classmethod
    def from_row(cls, row: Row) -> CallerContact:
        return cls(
            id=_id(row.get("id")),
            uid=str(row["uid"]),
            first_name=_text(row.get("first_name")),
            last_name=_text(row.get("last_name")),
            preferred_language=_text(row.get("preferred_language")),
            email=_text(row.get("email")),
            notes=_text(row.get("notes")),
            phones=tuple(numbers_of(row)),
        )


@dataclass(frozen=True)
class CallerTicket:
    id: int | None
    uid: str
    number: str  # "CC-2026-000042"
    subject: str
    topic_code: str  # "" when none
    status: str
    channel: str
    updated_at: datetime | None
    back_office: str  # the back office it was forwarded to, "" when none
    contact_id: int | None

    @classmethod
    def from_row(cls, row: Row) -> CallerTicket:
        return cls(
            id=_id(row.get("id")),
            uid=str(row["uid"]),
            number=_text(row.get("number")),
            subject=_text(row.get("subject")),
            topic_code=_text(row.get("topic_code")),
            status=_text(row.get("status")),
            channel=_text(row.get("channel")),
            updated_at=_when(row.get("updated_at")),
            back_office=_text(row.get("back_office_code")),
            contact_id=_id(row.get("contact_id")),
        )


@dataclass(frozen=True)
class CallerInteraction:
    uid: str
    kind: str
    direction: str
    occurred_at: datetime | None
    subject: str
    body: str
    contact_id: int | None  # None: a call no contact was chosen for (see the module's text)
    ticket_id: int | None
    phone_e164: str

    @classmethod
    def from_row(cls, row: Row) -> CallerInteraction:
        return cls(
            uid=_text(row.get("uid")),
            kind=_text(row.get("kind")),
            direction=_text(row.get("direction")),
            occurred_at=_when(row.get("occurred_at")),
            subject=_text(row.get("subject")),
            body=_text(row.get("body")),
            contact_id=_id(row.get("contact_id")),
            ticket_id=_id(row.get("ticket_id")),
            phone_e164=_text(row.get("phone_e164")),
        )


@dataclass(frozen=True)
class CallerRecords:
    """The contacts a lookup found, with their tickets and their history."""

    contacts: tuple[CallerContact, ...] = ()
    tickets: tuple[CallerTicket, ...] = ()
    interactions: tuple[CallerInteraction, ...] = ()

    @classmethod
    def from_rows(cls, rows: Mapping[str, Iterable[Row]]) -> CallerRecords:
        """From the rows by table ("contacts", "tickets", "interactions")."""
        return cls(
            contacts=tuple(CallerContact.from_row(r) for r in rows.get("contacts", ())),
            tickets=tuple(CallerTicket.from_row(r) for r in rows.get("tickets", ())),
            interactions=tuple(CallerInteraction.from_row(r) for r in rows.get("interactions", ())),
        )


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _id(value: Any) -> int | None:
    return None if value is None else int(value)


def _when(value: Any) -> datetime | None:
    """A stored time (ISO text in rows, a datetime from a driver) as an aware datetime."""
    if isinstance(value, datetime):
        moment = value
    elif not value:
        return None
    else:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def contacts_with_number(e164: str) -> Select[tuple[int]]:
    """The ids of the contacts who have this number: the screen-pop's lookup (one index probe)."""
    phones = schema.contact_phones.c
    return select(phones.contact_id).where(phones.e164 == e164)


def sole_owner(conn: Connection, e164: str | None) -> int | None:
    """The one contact with this number; None when nobody has it or several share it."""
    if not e164:
        return None
    owners = list(conn.scalars(contacts_with_number(e164).distinct().limit(2)))
    return int(owners[0]) if len(owners) == 1 else None


def history_filter(contact_ids: Iterable[int], numbers: Iterable[str]) -> Any:
    """Interactions in these contacts' history: theirs, and the unlinked ones made from one of
    their numbers (a shared line's calls, or calls from before the number was theirs). The
    numbers are given as values, so each is one probe of the unlinked calls' partial index."""
    interactions = schema.interactions.c
    return or_(
        interactions.contact_id.in_(list(contact_ids)),
        and_(interactions.contact_id.is_(None), interactions.phone_e164.in_(sorted(set(numbers)))),
    )


def numbers_of(contact: Row) -> list[str]:
    """A cached contact row's numbers (rows carry their phones, see change_feed.fetch_rows)."""
    return [str(p["e164"]) for p in contact.get("phones") or () if p.get("e164")]
