"""Reads that survive an outage: a caller's card, a contact, a ticket, the service hours.

Each asks the central store first (the read replica when there is one that has the agent's own
writes, with a time limit on PostgreSQL) and falls back to the desk's local cache when the store
is away or too slow. A central read of a caller also caches what it read, so the same caller pops
offline next time and the change feed keeps those rows fresh from then on.

This module is stdlib and SQLAlchemy only (the `crm` layer).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Select, select, text
from sqlalchemy.exc import DBAPIError

from crm import change_feed, schema
from crm.callers import CallerRecords, CallerTicket, history_filter, numbers_of
from crm.local_store import CachedRow, LocalStore
from crm.read_routing import ReadRouter
from crm.sync_errors import is_connection_error, is_timeout, reason

READ_TIMEOUT_MS = 2000  # a screen-pop read that takes longer is served from the cache

Rows = dict[str, list[dict[str, Any]]]  # table -> rows


@dataclass(frozen=True)
class ReadResult:
    source: str  # "central" or "cache"
    records: CallerRecords  # the contacts found, their tickets and history


def limit_read_time(conn: Connection, backend: str) -> None:
    """On PostgreSQL, cut a read that takes longer than READ_TIMEOUT_MS (the cache answers)."""
    if backend == "postgresql":
        conn.execute(text(f"SET LOCAL statement_timeout = {READ_TIMEOUT_MS}"))


def read_contacts(
    reads: ReadRouter,
    local: LocalStore,
    backend: str,
    ids_query: Select[tuple[int]],
    cached: Callable[[], list[CachedRow]],
    on_offline: Callable[[str], None],
) -> ReadResult:
    """The contacts `ids_query` finds, their tickets and history: central (and then cached),
    else from the cache after telling `on_offline` why.

    If the feed moved on while the read ran, it may have skipped a change of these rows (they
    were not cached yet): read again."""
    for _attempt in range(3):
        feed_before = local.last_seq

        def work(conn: Connection) -> tuple[int, Rows]:
            limit_read_time(conn, backend)
            latest = change_feed.latest_seq(conn)
            return latest, contacts_central(conn, list(conn.scalars(ids_query)))

        try:
            latest, rows = reads.read(work)
        except DBAPIError as exc:
            if not is_connection_error(exc) and not is_timeout(exc):
                raise
            on_offline(reason(exc))
            cached_rows = contacts_cached(local, [r.data for r in cached()])
            return ReadResult("cache", CallerRecords.from_rows(cached_rows))
        local.put_rows(
            CachedRow(
                table,
                str(d[change_feed.FEED_KEYS[table]]),
                d.get("id"),
                # A row's own change_seq can be no later than the feed when it was read.
                min(int(d.get("change_seq") or 0), latest),
                d,
            )
            for table, items in rows.items()
            for d in items
        )
        if local.last_seq == feed_before:
            break
    return ReadResult("central", CallerRecords.from_rows(rows))


def contacts_central(conn: Connection, contact_ids: list[int]) -> Rows:
    tickets, interactions = schema.tickets, schema.interactions
    uids = list(
        conn.scalars(select(schema.contacts.c.uid).where(schema.contacts.c.id.in_(contact_ids)))
    )
    contacts = list(change_feed.fetch_rows(conn, "contacts", uids).values())
    ticket_rows = [
        change_feed.plain(r)
        for r in conn.execute(
            select(tickets).where(tickets.c.contact_id.in_(contact_ids))
        ).mappings()
    ]
    history = [
        change_feed.plain(r)
        for r in conn.execute(
            select(interactions).where(
                history_filter(contact_ids, [n for c in contacts for n in numbers_of(c)])
            )
        ).mappings()
    ]
    return {"contacts": contacts, "tickets": ticket_rows, "interactions": history}


def contacts_cached(local: LocalStore, contacts: list[dict[str, Any]]) -> Rows:
    tickets: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    for contact in contacts:
        contact_id = contact.get("id")
        if contact_id is None:
            continue
        tickets += [r.data for r in local.rows_where("tickets", "contact_id", contact_id)]
        history += [r.data for r in local.rows_where("interactions", "contact_id", contact_id)]
    seen = {h.get("uid") for h in history}
    for number in {n for contact in contacts for n in numbers_of(contact)}:
        history += [  # unlinked calls from their numbers, as the store reads them
            r.data
            for r in local.rows_where("interactions", "phone_e164", number)
            if r.data.get("contact_id") is None and r.data.get("uid") not in seen
        ]
    return {"contacts": contacts, "tickets": tickets, "interactions": history}


def read_ticket(engine: Engine, local: LocalStore, uid: str) -> CallerTicket | None:
    """One ticket by uid (the one a callback request is on): central, else the cache."""
    try:
        with engine.connect() as conn:
            limit_read_time(conn, engine.dialect.name)
            found = change_feed.fetch_rows(conn, "tickets", [uid]).get(uid)
    except DBAPIError as exc:
        if not is_connection_error(exc) and not is_timeout(exc):
            raise
        row = local.row("tickets", uid)
        found = row.data if row is not None else None
    return CallerTicket.from_row(found) if found is not None else None


def read_service_hours(engine: Engine, local: LocalStore) -> dict[str, Any]:
    """The queues' weekly hours (for answers that quote them): central, kept locally for
    the next time the store is away; {} if it never was reachable."""
    from crm.canned_store import service_hours_summary

    try:
        with engine.connect() as conn:
            limit_read_time(conn, engine.dialect.name)
            summary = service_hours_summary(conn)
    except DBAPIError as exc:
        if not is_connection_error(exc) and not is_timeout(exc):
            raise
        kept = local.get_state("service_hours")
        return dict(json.loads(kept)) if kept else {}
    local.set_state("service_hours", json.dumps(summary))
    return summary
