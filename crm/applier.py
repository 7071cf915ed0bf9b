"""The central store's side of sync: apply outbox writes exactly once.

Exactly once: each write carries an idempotency key; applying it first inserts the key into
`applied_writes` (primary key) in the same transaction as the write itself. A retry after a lost
acknowledgement finds the key and does nothing. Nothing relies on "the client will not retry".

Each domain exports the handlers of its write kinds (`HANDLERS`); they are merged here, by name,
and two domains claiming the same kind stop the import. The domains build on the write context
(`crm.write_context`) and never import this module; the rows a batch changed go into the change
feed (`crm.change_feed`) as the batch's last work.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from crm import (
    announcements,
    callback_writes,
    canned_store,
    presence,
    schema,
    script_store,
    ticket_writes,
)
from crm.write_context import ApplyContext, Handler, WriteRejected, dialect_insert


def merge_handlers(*domains: Mapping[str, Handler]) -> dict[str, Handler]:
    """One table of write kind -> handler; ValueError when two domains handle the same kind."""
    merged: dict[str, Handler] = {}
    for handlers in domains:
        for kind, handler in handlers.items():
            if kind in merged:
                raise ValueError(
                    f"the write kind {kind!r} has two handlers: {merged[kind].__module__}."
                    f"{merged[kind].__qualname__} and {handler.__module__}.{handler.__qualname__}"
                )
            merged[kind] = handler
    return merged


HANDLERS: dict[str, Handler] = merge_handlers(
    ticket_writes.HANDLERS,
    presence.HANDLERS,
    callback_writes.HANDLERS,
    script_store.HANDLERS,
    canned_store.HANDLERS,
    announcements.HANDLERS,
)


def claim_key(conn: Connection, key: str, client_id: str) -> bool:
    """Record the key; False when a previous attempt already applied this write."""
    stmt = dialect_insert(conn, schema.applied_writes).on_conflict_do_nothing()
    # SQLAlchemy reports -1 as an INSERT's rowcount on psycopg unless asked to keep it, and -1
    # would make every retry look new (a write applied twice). Not RETURNING: agents may insert
    # keys but not read them.
    result = conn.execute(
        stmt.values(idempotency_key=key, client_id=client_id, applied_at=schema.utcnow()),
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
    commit: bool = False,
) -> int:
    """Apply (key, kind, payload) writes in order inside the caller's transaction.

    `commit`: the caller has nothing else to do in the transaction, so on PostgreSQL its COMMIT
    is sent with the feed's rows (`crm.feed_pg`); the caller's own commit then does nothing.

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
    ticket_writes.touch_tickets(ctx)
    if ctx.feed_now:
        ctx.record_feed(commit=commit)
    return applied


def apply_new_callback_requests(
    conn: Connection,
    writes: Sequence[tuple[str, str, Mapping[str, Any]]],
    *,
    actor_login: str,
    context: ApplyContext,
) -> list[tuple[str, bool]]:
    """Apply `callback.request` writes (key, client id, payload) whose keys are new to the
    store (a portal booking's, made of a fresh random reference) set-based, in a handful of
    statements however many they are (`callback_writes.request_callbacks`): per write, the uid
    of its request and whether it is new. A key applied before is not a retry here but a
    broken promise: RuntimeError."""
    if context.conn is not conn:
        raise ValueError("the apply context is on another connection")
    if not writes:
        return []
    stmt = dialect_insert(conn, schema.applied_writes).on_conflict_do_nothing()
    now = schema.utcnow()
    result = conn.execute(
        stmt,  # many parameter sets: see ticket_writes.insert_tickets
        [{"idempotency_key": key, "client_id": client_id, "applied_at": now}
         for key, client_id, _ in writes],
        execution_options={"preserve_rowcount": True},
    )  # fmt: skip
    if result.rowcount != len(writes):
        raise RuntimeError("a new callback request's key was applied before")
    outcomes = callback_writes.request_callbacks(context, [(key, p) for key, _, p in writes])
    ticket_writes.touch_tickets(context)
    if context.feed_now:
        context.record_feed()
    return outcomes
