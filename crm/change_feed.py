"""The change feed: every row a write changes gets a `change_log` row, clients catch up by `seq`.

Every changed row gets a `change_log` row with a monotonic `seq`, and rows that carry
`change_seq` get the same number. Sequence numbers must become visible in order, or a client
that has seen 7 would never look for a 6 committed later; so on PostgreSQL the writer takes a
transaction-scoped advisory lock just before allocating its first number and holds it to commit
(SQLite serialises writers anyway). The lock is taken after the write's own work, so only the
tail of each transaction is serialised: on PostgreSQL the lock, the feed rows, their stamps and
the NOTIFY are one statement (`crm.feed_pg`), so the lock is held for that statement and the
commit. A NOTIFY in the same transaction wakes the other clients at commit; they then catch up
by `seq`, which is also what they do after a reconnect, because a notification sent while a
client was away is not replayed.

This module knows only the schema: the write context (`crm.write_context`) and the queue's
claims record their changes here, and `crm.sync` reads them back.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import (
    Connection,
    Select,
    Table,
    bindparam,
    case,
    cast,
    func,
    insert,
    select,
    update,
)

from crm import schema
from crm.feed_pg import record_pg

NOTIFY_CHANNEL = "softphone_changes"
_FEED_LOCK_ID = 0x50F7_C4A6  # pg_advisory_xact_lock key of the change feed

# Tables in the feed and the column clients know a row by.
FEED_KEYS: dict[str, str] = {
    "contacts": "uid",
    "tickets": "uid",
    "interactions": "uid",
    "callback_requests": "uid",
    "ticket_field_changes": "id",
    "canned_answers": "id",
    "call_scripts": "id",
    "agent_presence": "agent_id",
    "announcements": "id",
}


# Whose a changed row is, recorded with the change in `change_log`'s columns of the same names:
# a client skips the rows of callers it does not keep without reading them (crm.sync_feed).
FEED_SCOPES: dict[str, tuple[str, ...]] = {
    "interactions": ("contact_id", "ticket_id"),
    "tickets": ("contact_id",),
    "ticket_field_changes": ("ticket_id",),
    "callback_requests": ("assigned_agent_id",),
}
SCOPE_COLUMNS = ("contact_id", "ticket_id", "assigned_agent_id")


def record_changes(
    conn: Connection, changes: list[tuple[str, str]], *, commit: bool = False
) -> int | None:
    """Append the feed rows for this transaction; returns the last sequence number used.

    `commit`: this is the transaction's last statement, and on PostgreSQL the COMMIT goes with
    it (`crm.feed_pg`: the feed's lock is then never held across a round trip to the client);
    elsewhere the caller commits as usual."""
    if not changes:
        return None
    now = schema.utcnow()
    unique = list(dict.fromkeys(changes))  # once per row, in first-change order
    if conn.dialect.name == "postgresql":  # lock, rows, stamps and NOTIFY in one round trip
        return record_pg(
            conn,
            unique,
            lock_id=_FEED_LOCK_ID,
            channel=NOTIFY_CHANNEL,
            keys=FEED_KEYS,
            scopes=FEED_SCOPES,
            now=now,
            commit=commit,
        )
    log = schema.change_log
    scopes = _scopes(conn, unique)
    seqs = (
        conn.execute(
            insert(log).returning(log.c.seq, sort_by_parameter_order=True),
            [
                {"table_name": t, "row_key": k, "changed_at": now, **scopes.get((t, k), _NO_SCOPE)}
                for t, k in unique
            ],
        )
        .scalars()
        .all()
    )
    by_table: dict[str, dict[Any, int]] = {}
    for (table_name, row_key), seq in zip(unique, seqs, strict=True):
        table = schema.metadata.tables[table_name]
        if "change_seq" in table.c:
            by_table.setdefault(table_name, {})[_typed_key(table, table_name, row_key)] = seq
    for table_name, seq_by_key in by_table.items():
        # One statement per table, not executemany: psycopg runs executemany in pipeline mode,
        # and a connection killed mid-pipeline is left in a state that is unsafe to reuse.
        table = schema.metadata.tables[table_name]
        key_col = table.c[FEED_KEYS[table_name]]
        conn.execute(
            update(table)
            .where(key_col.in_(list(seq_by_key)))
            .values(change_seq=case(seq_by_key, value=key_col))
        )
    return int(seqs[-1])


_NO_SCOPE = dict.fromkeys(SCOPE_COLUMNS)


def _scopes(
    conn: Connection, changes: list[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """The changed rows' scope columns, read in this transaction (SQLite; PostgreSQL joins them
    in `crm.feed_pg`'s one statement)."""
    keys_by_table: dict[str, list[str]] = {}
    for table_name, row_key in changes:
        if table_name in FEED_SCOPES:
            keys_by_table.setdefault(table_name, []).append(row_key)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for table_name, keys in keys_by_table.items():
        table = schema.metadata.tables[table_name]
        key_col = table.c[FEED_KEYS[table_name]]
        columns = [table.c[c] for c in FEED_SCOPES[table_name]]
        wanted = [_typed_key(table, table_name, k) for k in keys]
        for row in conn.execute(select(key_col, *columns).where(key_col.in_(wanted))):
            out[(table_name, str(row[0]))] = {
                **_NO_SCOPE,
                **dict(zip(FEED_SCOPES[table_name], row[1:], strict=True)),
            }
    return out


def _typed_key(table: Table, table_name: str, row_key: str) -> Any:
    column = table.c[FEED_KEYS[table_name]]
    return int(row_key) if column.type.python_type is int else row_key


# -- reading the feed ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedRow:
    table: str
    key: str
    row_id: int | None
    seq: int
    data: dict[str, Any]


def latest_seq(conn: Connection) -> int:
    return int(conn.scalar(select(func.coalesce(func.max(schema.change_log.c.seq), 0))) or 0)


class FeedEntry(NamedTuple):
    """One change: its position, the row's table and key, and whose the row is (FEED_SCOPES;
    None where the change was recorded without, or the row has none)."""

    seq: int
    table: str
    key: str
    contact_id: int | None = None
    ticket_id: int | None = None
    assigned_agent_id: int | None = None
    row: dict[str, Any] | None = None  # the row itself, for tables the feed carries (INLINE)


# Rows the feed carries with their change: presence, which every desk keeps and a floor changes
# several times a second (each one a second query on every desk's next poll otherwise).
INLINE = "agent_presence"

_log = schema.change_log
_inline = schema.metadata.tables[INLINE]
_INLINE_KEY = _inline.c[FEED_KEYS[INLINE]]
# Built once: the poll runs every half second on every desk of a floor, and building and
# caching-keying a fresh statement cost more client time than the round trip.
_CHANGES_SINCE = (
    select(
        _log.c.seq,
        _log.c.table_name,
        _log.c.row_key,
        *(_log.c[c] for c in SCOPE_COLUMNS),
        *(c.label(f"inline_{c.name}") for c in _inline.c),
    )
    .select_from(
        _log.outerjoin(
            _inline,
            # CASE: the cast applies to this table's keys only (others are not integers).
            case((_log.c.table_name == INLINE, cast(_log.c.row_key, _INLINE_KEY.type)))
            == _INLINE_KEY,
        )
    )
    .where(_log.c.seq > bindparam("since"))
    .order_by(_log.c.seq)
    .limit(bindparam("limit"))
)
_INLINE_AT = 3 + len(SCOPE_COLUMNS)


def changes_since(conn: Connection, seq: int, limit: int = 2000) -> list[FeedEntry]:
    out = []
    names = [c.name for c in _inline.c]
    for row in conn.execute(_CHANGES_SINCE, {"since": seq, "limit": limit}):
        table = str(row[1])
        inline = None
        if table == INLINE and row[_INLINE_AT] is not None:
            inline = plain(dict(zip(names, row[_INLINE_AT:], strict=True)))
        out.append(FeedEntry(int(row[0]), table, str(row[2]), *row[3:_INLINE_AT], row=inline))
    return out


@functools.cache
def _fetch_statement(table_name: str) -> Select[Any]:
    table = schema.metadata.tables[table_name]
    return select(table).where(
        table.c[FEED_KEYS[table_name]].in_(bindparam("keys", expanding=True))
    )


def fetch_rows(conn: Connection, table_name: str, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Current rows by feed key, as plain JSON-able dicts (contacts with their phones)."""
    table = schema.metadata.tables[table_name]
    key_col = table.c[FEED_KEYS[table_name]]
    wanted = [_typed_key(table, table_name, k) for k in keys]
    out: dict[str, dict[str, Any]] = {}
    statement = _fetch_statement(table_name)
    for chunk_start in range(0, len(wanted), 500):
        chunk = wanted[chunk_start : chunk_start + 500]
        for row in conn.execute(statement, {"keys": chunk}).mappings():
            out[str(row[key_col.name])] = plain(row)
    if table_name == "contacts" and out:
        by_id = {d["id"]: d for d in out.values()}
        for d in by_id.values():
            d["phones"] = []
        phones = schema.contact_phones
        for row in conn.execute(
            select(phones).where(phones.c.contact_id.in_(list(by_id))).order_by(phones.c.id)
        ).mappings():
            by_id[row["contact_id"]]["phones"].append(
                {"e164": row["e164"], "label": row["label"], "is_primary": row["is_primary"]}
            )
    return out


def plain(row: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in row.items():
        if isinstance(value, datetime):  # SQLite gives times back without their zone: UTC
            value = (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        out[str(name)] = value
    return out
