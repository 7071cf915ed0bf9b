"""Who a number belongs to: one rule for the screen-pop and for the store applying a write.

A number is a contact's when it is among their phones (`contact_phones`, stored in E.164). A
number several contacts share (a family line) belongs to each of them: the screen-pop offers
a chooser, and a call from it that no one was chosen for stays unlinked, shown in every sharer's
history by its number. A call logged while the caller could not be looked up (the store was
away and the caller not cached) names only the number; the store links it when it applies the
write, if the number is one contact's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, and_, or_, select

from crm import schema


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


def numbers_of(contact: dict[str, Any]) -> list[str]:
    """A cached contact row's numbers (rows carry their phones, see changes.fetch_rows)."""
    return [str(p["e164"]) for p in contact.get("phones") or () if p.get("e164")]
