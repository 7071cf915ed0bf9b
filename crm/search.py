"""Finding contacts and tickets: by name, e-mail or number, tickets by number or subject.

`search_central` asks the store, `search_cached` looks through the desk's local cache when the
store is away; `search` tries the first and falls back to the second (`crm/sync.py` offers it to
the app as `SyncClient.search`).

This module is stdlib and SQLAlchemy only (the `crm` layer).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, or_, select
from sqlalchemy.exc import DBAPIError

from crm import schema
from crm.local_store import LocalStore
from crm.read_routing import ReadRouter
from crm.sync_errors import is_connection_error, is_timeout
from crm.sync_reads import limit_read_time


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contact" or "ticket"
    uid: str
    title: str  # a name, or "CC-2026-000042 · subject"
    detail: str  # e-mail / number, or the ticket's status
    contact_uid: str  # whose card to open


@dataclass(frozen=True)
class SearchResult:
    source: str  # "central" or "cache"
    hits: list[SearchHit]


def search(
    reads: ReadRouter,
    local: LocalStore,
    backend: str,
    query: str,
    e164: str | None = None,
    limit: int = 20,
) -> SearchResult:
    """Contacts by name, e-mail or number, tickets by number or subject: the central store
    first (with the read time limit), else what the cache holds."""

    def work(conn: Connection) -> list[SearchHit]:
        limit_read_time(conn, backend)
        return search_central(conn, query, e164, limit)

    try:
        hits = reads.read(work)
    except DBAPIError as exc:
        if not is_connection_error(exc) and not is_timeout(exc):
            raise
        return SearchResult("cache", search_cached(local, query, e164, limit))
    return SearchResult("central", hits)


# A query longer than the longest field a search looks in (an e-mail address) matches nothing.
MAX_QUERY_CHARS = 320


def search_words(query: str) -> str:
    """The text to look for: trimmed, without NUL (no stored text can hold one); "" when there is
    nothing to look for, or when it is too long to match any field."""
    words = query.replace("\x00", "").strip()
    return "" if len(words) > MAX_QUERY_CHARS else words


def like_prefix(text: str) -> str:
    """A LIKE pattern for "starts with text": the text's own %, _ and \\ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_central(conn: Any, query: str, e164: str | None, limit: int) -> list[SearchHit]:
    contacts, phones, tickets = schema.contacts.c, schema.contact_phones.c, schema.tickets.c
    words = search_words(query)
    if not words:
        return []
    pattern = like_prefix(words.lower())
    conditions = [
        func.lower(contacts.last_name).like(pattern, escape="\\"),
        func.lower(contacts.first_name).like(pattern, escape="\\"),
        func.lower(contacts.email) == words.lower(),
    ]
    if " " in words:  # "Giulia Rossi" and "Rossi Giulia"
        first, _, last = words.lower().partition(" ")
        conditions.append(
            (func.lower(contacts.first_name) == first)
            & func.lower(contacts.last_name).like(like_prefix(last), escape="\\")
        )
        conditions.append(
            (func.lower(contacts.last_name) == first)
            & func.lower(contacts.first_name).like(like_prefix(last), escape="\\")
        )
    if e164:
        conditions.append(contacts.id.in_(select(phones.contact_id).where(phones.e164 == e164)))
    hits = [
        SearchHit(
            "contact",
            row.uid,
            " ".join(p for p in (row.first_name, row.last_name) if p),
            row.email or "",
            row.uid,
        )
        for row in conn.execute(
            select(contacts.uid, contacts.first_name, contacts.last_name, contacts.email)
            .where(or_(*conditions))
            .order_by(contacts.last_name, contacts.first_name)
            .limit(limit)
        )
    ]
    owner = schema.contacts.alias("owner")
    ticket_match = or_(
        tickets.number == words.upper(),
        func.lower(tickets.subject).like("%" + pattern, escape="\\"),
    )
    for row in conn.execute(
        select(tickets.uid, tickets.number, tickets.subject, tickets.status, owner.c.uid)
        .join(owner, owner.c.id == tickets.contact_id)
        .where(ticket_match)
        .order_by(tickets.updated_at.desc())
        .limit(limit)
    ):
        hits.append(SearchHit("ticket", row[0], f"{row[1]} · {row[2]}", str(row[3]), row[4]))
    return hits


def search_cached(local: LocalStore, query: str, e164: str | None, limit: int) -> list[SearchHit]:
    words = search_words(query).lower()
    if not words:
        return []
    hits: list[SearchHit] = []
    by_id: dict[Any, str] = {}
    for row in local.rows("contacts"):
        data = row.data
        by_id[data.get("id")] = row.key
        name = " ".join(p for p in (data.get("first_name"), data.get("last_name")) if p)
        numbers = {str(p.get("e164")) for p in data.get("phones") or () if isinstance(p, dict)}
        if (
            words in name.lower()
            or words == str(data.get("email") or "").lower()
            or (e164 and e164 in numbers)
        ):
            hits.append(SearchHit("contact", row.key, name, str(data.get("email") or ""), row.key))
    for row in local.rows("tickets"):
        data = row.data
        if (
            words.upper() == str(data.get("number") or "")
            or words in str(data.get("subject") or "").lower()
        ):
            owner = by_id.get(data.get("contact_id"), "")
            title = f"{data.get('number') or ''} · {data.get('subject') or ''}"
            hits.append(SearchHit("ticket", row.key, title, str(data.get("status") or ""), owner))
    return hits[: limit * 2]
