"""The desktop's local store: a durable outbox of writes and a cache of central rows.

One SQLite file in the user data directory (WAL). Every write the agent makes lands here first,
in one local transaction, with an idempotency key; the sync client pushes the outbox to the
central store in order and deletes an entry only once the central store has applied it. So a
write survives a crash of the app, the network or the store.

The cache holds rows of the central store as JSON, keyed by table and row key, with the change
sequence they were read at; a row is replaced only by a newer one, so applying the change feed
twice, or out of order with a read-through, is harmless.

Plain `sqlite3`: the cache is simple key/value-ish data and is read on the UI's start-up path.
Each thread uses its own connection (`sqlite3` connections must not cross threads).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

LOCAL_SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rejected (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    error TEXT NOT NULL,
    rejected_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cache_rows (
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    row_id INTEGER,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL,
    cached_at TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key)
);
CREATE INDEX IF NOT EXISTS ix_cache_rows_id ON cache_rows (table_name, row_id);
CREATE TABLE IF NOT EXISTS cache_index (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    PRIMARY KEY (kind, value, table_name, row_key)
);
CREATE TABLE IF NOT EXISTS sync_state (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS drafts (
    draft_key TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    context TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""


def new_key() -> str:
    return uuid.uuid4().hex


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    key: str
    kind: str
    payload: dict[str, Any]
    created_at: str


@dataclass(frozen=True)
class CachedRow:
    table: str
    key: str
    row_id: int | None
    seq: int
    data: dict[str, Any]


class LocalStore:
    """Thread-safe access to the local SQLite file; one connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._db().executescript(_SCHEMA)  # idempotent DDL; executescript manages its transaction
        with self._tx() as db:
            db.execute(
                "INSERT OR IGNORE INTO sync_state (name, value) VALUES ('client_id', ?)",
                (new_key(),),
            )

    # -- connections ---------------------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            # FULL: a write the agent was told is saved survives a power cut, not only a crash.
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            self._local.db = db
            with self._lock:
                self._connections.append(db)
        return db

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> sqlite3.Connection:
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, exc_type: object, *_: object) -> None:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")

    def _tx(self) -> LocalStore._Tx:
        return LocalStore._Tx(self._db())

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for db in connections:
            # A connection made by another thread cannot be closed here; the GC closes it.
            with contextlib.suppress(sqlite3.ProgrammingError):
                db.close()
        self._local = threading.local()

    # -- identity and state --------------------------------------------------------------------

    @property
    def client_id(self) -> str:
        return self.get_state("client_id") or ""

    def get_state(self, name: str) -> str | None:
        row = self._db().execute("SELECT value FROM sync_state WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_state(self, name: str, value: str) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO sync_state (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (name, value),
            )

    @property
    def last_seq(self) -> int:
        return int(self.get_state("last_seq") or 0)

    # -- outbox --------------------------------------------------------------------------------

    def enqueue(self, kind: str, payload: dict[str, Any], key: str | None = None) -> str:
        """Durably record a write; returns its idempotency key. Safe from any thread."""
        key = key or new_key()
        with self._tx() as db:
            db.execute(
                "INSERT OR IGNORE INTO outbox (key, kind, payload, created_at) VALUES (?, ?, ?, ?)",
                (key, kind, json.dumps(payload, separators=(",", ":")), _now_iso()),
            )
        return key

    def pending(self, limit: int = 100) -> list[OutboxEntry]:
        rows = self._db().execute(
            "SELECT seq, key, kind, payload, created_at FROM outbox ORDER BY seq LIMIT ?",
            (limit,),
        )
        return [OutboxEntry(r[0], r[1], r[2], _loads(r[3]), r[4]) for r in rows]

    def is_pending(self, key: str) -> bool:
        """The write is still waiting in the outbox (not yet applied centrally, not rejected)."""
        row = self._db().execute("SELECT 1 FROM outbox WHERE key = ?", (key,)).fetchone()
        return row is not None

    def pending_count(self) -> int:
        return int(self._db().execute("SELECT count(*) FROM outbox").fetchone()[0])

    def mark_pushed(self, keys: Iterable[str]) -> None:
        with self._tx() as db:
            db.executemany("DELETE FROM outbox WHERE key = ?", [(k,) for k in keys])

    def reject(self, entry: OutboxEntry, error: str) -> None:
        """Move a write the central store refused for good out of the way, keeping it."""
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO rejected (key, kind, payload, created_at, error, "
                "rejected_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    entry.key,
                    entry.kind,
                    _dumps(entry.payload),
                    entry.created_at,
                    error[:500],
                    _now_iso(),
                ),
            )
            db.execute("DELETE FROM outbox WHERE key = ?", (entry.key,))

    def rejected_count(self) -> int:
        return int(self._db().execute("SELECT count(*) FROM rejected").fetchone()[0])

    def rejected(self) -> list[tuple[OutboxEntry, str]]:
        rows = self._db().execute(
            "SELECT key, kind, payload, created_at, error FROM rejected ORDER BY rejected_at"
        )
        return [(OutboxEntry(0, k, kd, _loads(p), c), e) for k, kd, p, c, e in rows]

    # -- cache ---------------------------------------------------------------------------------

    def put_rows(self, rows: Iterable[CachedRow], *, last_seq: int | None = None) -> int:
        """Store rows (newer sequence wins) and optionally advance the feed position, atomically."""
        stored = 0
        now = _now_iso()
        with self._tx() as db:
            for row in rows:
                cur = db.execute(
                    "INSERT INTO cache_rows (table_name, row_key, row_id, seq, data, cached_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (table_name, row_key) DO UPDATE SET "
                    "row_id = excluded.row_id, seq = excluded.seq, data = excluded.data, "
                    "cached_at = excluded.cached_at WHERE excluded.seq >= cache_rows.seq",
                    (row.table, row.key, row.row_id, row.seq, _dumps(row.data), now),
                )
                stored += cur.rowcount
                if not cur.rowcount:
                    continue  # an older version: neither the row nor its search terms change
                db.execute(
                    "DELETE FROM cache_index WHERE table_name = ? AND row_key = ?",
                    (row.table, row.key),
                )
                for kind, value in _index_terms(row):
                    db.execute(
                        "INSERT OR IGNORE INTO cache_index (kind, value, table_name, row_key) "
                        "VALUES (?, ?, ?, ?)",
                        (kind, value, row.table, row.key),
                    )
            if last_seq is not None:
                db.execute(
                    "INSERT INTO sync_state (name, value) VALUES ('last_seq', ?) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value "
                    "WHERE CAST(excluded.value AS INTEGER) > CAST(sync_state.value AS INTEGER)",
                    (str(last_seq),),
                )
        return stored

    def drop_row(self, table: str, key: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM cache_rows WHERE table_name = ? AND row_key = ?", (table, key))
            db.execute("DELETE FROM cache_index WHERE table_name = ? AND row_key = ?", (table, key))

    def cached_ids(self, table: str) -> set[int]:
        rows = self._db().execute(
            "SELECT row_id FROM cache_rows WHERE table_name = ? AND row_id IS NOT NULL", (table,)
        )
        return {int(r[0]) for r in rows}

    def row(self, table: str, key: str) -> CachedRow | None:
        found = (
            self._db()
            .execute(
                "SELECT row_id, seq, data FROM cache_rows WHERE table_name = ? AND row_key = ?",
                (table, key),
            )
            .fetchone()
        )
        return (
            None if found is None else CachedRow(table, key, found[0], found[1], _loads(found[2]))
        )

    def rows(self, table: str) -> Iterator[CachedRow]:
        for key, row_id, seq, data in self._db().execute(
            "SELECT row_key, row_id, seq, data FROM cache_rows WHERE table_name = ? "
            "ORDER BY row_key",
            (table,),
        ):
            yield CachedRow(table, key, row_id, seq, _loads(data))

    def rows_where(self, table: str, field: str, value: Any) -> list[CachedRow]:
        """Cached rows whose JSON field equals value (a scan; the cache is small)."""
        out = []
        for key, row_id, seq, data in self._db().execute(
            "SELECT row_key, row_id, seq, data FROM cache_rows "
            "WHERE table_name = ? AND json_extract(data, '$.' || ?) = ?",
            (table, field, value),
        ):
            out.append(CachedRow(table, key, row_id, seq, _loads(data)))
        return out

    def lookup(self, kind: str, value: str) -> list[CachedRow]:
        """Rows indexed under a search term, e.g. ("phone", "+390612345678")."""
        out = []
        for table, key in (
            self._db()
            .execute(
                "SELECT table_name, row_key FROM cache_index WHERE kind = ? AND value = ? "
                "ORDER BY table_name, row_key",
                (kind, value),
            )
            .fetchall()
        ):
            row = self.row(table, key)
            if row is not None:
                out.append(row)
        return out

    def fingerprint(self, tables: Iterable[str]) -> dict[str, dict[str, int]]:
        """table -> {row key: seq}; two converged caches have equal fingerprints."""
        out: dict[str, dict[str, int]] = {}
        for table in tables:
            rows = self._db().execute(
                "SELECT row_key, seq FROM cache_rows WHERE table_name = ?", (table,)
            )
            out[table] = {str(k): int(s) for k, s in rows}
        return out

    # -- drafts (notes being typed: saved continuously, back after a crash) --------------------

    def save_draft(self, draft_key: str, body: str, context: dict[str, Any]) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO drafts (draft_key, body, context, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (draft_key) DO UPDATE SET body = excluded.body, "
                "context = excluded.context, updated_at = excluded.updated_at",
                (draft_key, body, _dumps(context), _now_iso()),
            )

    def drafts(self) -> list[tuple[str, str, dict[str, Any]]]:
        rows = self._db().execute("SELECT draft_key, body, context FROM drafts ORDER BY updated_at")
        return [(k, b, _loads(c)) for k, b, c in rows]

    def drop_draft(self, draft_key: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM drafts WHERE draft_key = ?", (draft_key,))


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=str)


def _loads(text: str) -> dict[str, Any]:
    value = json.loads(text)
    return value if isinstance(value, dict) else {}


def _index_terms(row: CachedRow) -> Iterator[tuple[str, str]]:
    """Search terms the offline screen-pop and search need."""
    data = row.data
    if row.table == "contacts":
        for phone in data.get("phones") or ():
            if isinstance(phone, dict) and phone.get("e164"):
                yield "phone", str(phone["e164"])
        if data.get("email"):
            yield "email", str(data["email"]).lower()
    elif row.table == "tickets" and data.get("number"):
        yield "ticket_number", str(data["number"])
