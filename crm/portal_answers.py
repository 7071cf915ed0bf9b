"""What the portal service answers, and the answers kept for idempotent retries.

An answer is stored with its Idempotency-Key in the same transaction as the work; a retry with
the same key and the same request gets the stored answer, with another request a refusal. On
PostgreSQL a retry arriving while the first try runs waits for it on the key's row.

This module is stdlib and SQLAlchemy only (the `crm` layer).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    bindparam,
    delete,
    select,
    update,
)
from sqlalchemy.sql.dml import Insert

from crm import schema
from crm.db import write_transaction

STILL_RUNNING = "the first request is still running"
KEY_REUSED = "was used before for a different request: use a new key for a new request"


@dataclass(frozen=True)
class Problem:
    """Why a request is refused: the field it is about ("" for the whole) and what is wrong."""

    field: str
    message: str


class Refused(Exception):
    """The request cannot be done as sent: every problem found (a 422 for the service)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class Answer:
    """An answer to send back: an HTTP status and a JSON body (kept for idempotent retries)."""

    status: int
    body: dict[str, Any]
    replayed: bool = False


@dataclass(frozen=True)
class NotWritten:
    """A booking the store failed to write after other bookings of its batch were committed
    (or refused): it hears the store's `error`, as every booking of a batch that failed whole
    does, while the others get their own answers."""

    error: Exception


@dataclass(frozen=True)
class Idempotency:
    portal: str
    key: str
    fingerprint: str


def fingerprint(method: str, path: str, body: bytes) -> str:
    return hashlib.sha256(b"\0".join([method.encode(), path.encode(), body])).hexdigest()


def replay(conn: Connection, idem: Idempotency | None, now: datetime) -> Answer | None:
    """Claim the key in this transaction; the stored answer if a previous try had it."""
    if idem is None:
        return None
    table = schema.portal_idempotency
    inserted = conn.execute(
        _insert_ignore(conn, table).values(
            portal=idem.portal,
            key=idem.key,
            fingerprint=idem.fingerprint,
            created_at=now,
        ),
        execution_options={"preserve_rowcount": True},
    )
    if inserted.rowcount > 0:
        return None
    found = stored(conn, idem)
    if found is None:  # cannot happen: the key's row was there
        return Answer(409, error_body("Idempotency-Key", STILL_RUNNING))
    return found


def claim_many(
    conn: Connection, idems: Sequence[Idempotency], now: datetime
) -> dict[tuple[str, str], Answer]:
    """`replay` for many keys (each once) in one statement: the stored answers, by (portal,
    key), of the keys a previous try had; the others are claimed by this transaction. Claimed
    in key order, so two transactions claiming the same keys wait on each other, never in a
    circle."""
    if not idems:
        return {}
    table = schema.portal_idempotency
    ordered = sorted(idems, key=lambda idem: (idem.portal, idem.key))
    claimed = {
        (str(portal), str(key))
        for portal, key in conn.execute(
            # Many parameter sets: see crm/ticket_writes.insert_tickets.
            _insert_ignore(conn, table).returning(table.c.portal, table.c.key),
            [{"portal": i.portal, "key": i.key, "fingerprint": i.fingerprint, "created_at": now}
             for i in ordered],
        )
    }  # fmt: skip
    answers: dict[tuple[str, str], Answer] = {}
    for idem in ordered:
        if (idem.portal, idem.key) not in claimed:
            answers[(idem.portal, idem.key)] = stored(conn, idem) or Answer(
                409, error_body("Idempotency-Key", STILL_RUNNING)
            )
    return answers


def stored(conn: Connection, idem: Idempotency | None) -> Answer | None:
    """The answer kept for the key, without claiming it (None: the key is new)."""
    if idem is None:
        return None
    table = schema.portal_idempotency
    row = conn.execute(
        select(table.c.fingerprint, table.c.status_code, table.c.response).where(
            table.c.portal == idem.portal, table.c.key == idem.key
        )
    ).first()
    if row is None:
        return None
    if row.status_code is None:  # cannot happen: the answer commits with it
        return Answer(409, error_body("Idempotency-Key", STILL_RUNNING))
    if row.fingerprint != idem.fingerprint:
        return Answer(422, error_body("Idempotency-Key", KEY_REUSED))
    return Answer(int(row.status_code), dict(row.response or {}), replayed=True)


def remember(conn: Connection, idem: Idempotency | None, answer: Answer) -> None:
    """Store the answer with its key, in the transaction of the work it answers."""
    if idem is None:
        return
    table = schema.portal_idempotency
    conn.execute(
        update(table)
        .where(table.c.portal == idem.portal, table.c.key == idem.key)
        .values(status_code=answer.status, response=answer.body)
    )


def remember_many(conn: Connection, answered: Sequence[tuple[Idempotency, Answer]]) -> None:
    """`remember` for many keys claimed in this transaction, in one round trip: one
    statement, compiled once and cached, with a parameter set per key (psycopg sends them
    together). One UPDATE with a CASE per key costs as much CPU to build as the rest of the
    batch's writes."""
    if not answered:
        return
    table = schema.portal_idempotency
    c = table.c
    conn.execute(
        update(table)
        .where(c.portal == bindparam("which_portal"), c.key == bindparam("which_key"))
        .values(status_code=bindparam("new_status"), response=bindparam("new_response")),
        [
            {"which_portal": idem.portal, "which_key": idem.key, "new_status": answer.status,
             "new_response": answer.body}
            for idem, answer in answered
        ],
    )  # fmt: skip


def forget_answers(engine: Engine, before: datetime) -> int:
    """Drop the stored answers created before this moment; how many."""
    table = schema.portal_idempotency
    with write_transaction(engine) as conn:
        count = conn.execute(delete(table).where(table.c.created_at < before)).rowcount
        conn.commit()
    return int(count)


def error_body(name: str, message: str) -> dict[str, Any]:
    return {"problems": [{"field": name, "message": message}]}


def _insert_ignore(conn: Connection, table: Table) -> Insert:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing()
