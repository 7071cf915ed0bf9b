"""The desktop's local store: a durable outbox of writes, and a cache of central rows.

Two SQLite files in the user data directory (WAL), each thread with its own connection to each:

- the journal (`local-….sqlite3`) holds what exists nowhere else: the outbox of writes not yet
  applied centrally, the writes the store refused (kept for the agent), the notes being typed
  (drafts) and the client's identity. Every write the agent makes lands here first, in one local
  transaction, with an idempotency key; the sync client pushes the outbox to the central store
  in order and deletes an entry only once the central store has applied it. So a write survives
  a crash of the app, the network or the store.
- the cache (`local-….cache.sqlite3`) holds rows of the central store as JSON, keyed by table and
  row key, with the change sequence they were read at; a row is replaced only by a newer one, so
  applying the change feed twice, or out of order with a read-through, is harmless. It is a
  copy: it can be thrown away and rebuilt from the central store at any time.

They are two files so that damage to the cache, the big file rewritten all day, cannot take the
outbox with it. A file that cannot be read when the store opens (garbage, truncated, another
program's schema) is moved aside, never deleted: the cache starts empty and the sync client
rebuilds it from the central store; from a damaged journal every outbox entry, refused write and
draft that can still be read is carried over, in order, into a fresh one. `repairs` says what
was done, for the app to tell the agent. A journal of the one-file layout (version 1) is split on
first open.

Plain `sqlite3`: the cache is simple key/value-ish data and is read on the UI's start-up path.
Each thread uses its own connections (`sqlite3` connections must not cross threads).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LOCAL_SCHEMA_VERSION = 2  # 1: one file; 2: the journal and the cache apart

_JOURNAL_SCHEMA = """
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
CREATE TABLE IF NOT EXISTS drafts (
    draft_key TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    context TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_state (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

_CACHE_SCHEMA = """
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
-- put_rows replaces a row's terms by (table_name, row_key): without this, a scan per row.
CREATE INDEX IF NOT EXISTS ix_cache_index_row ON cache_index (table_name, row_key);
CREATE TABLE IF NOT EXISTS cache_state (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# The columns each file must have; what else a file holds is not looked at.
_JOURNAL_TABLES: dict[str, tuple[str, ...]] = {
    "outbox": ("seq", "key", "kind", "payload", "created_at"),
    "rejected": ("key", "kind", "payload", "created_at", "error", "rejected_at"),
    "drafts": ("draft_key", "body", "context", "updated_at"),
    "sync_state": ("name", "value"),
}
_CACHE_TABLES: dict[str, tuple[str, ...]] = {
    "cache_rows": ("table_name", "row_key", "row_id", "seq", "data", "cached_at"),
    "cache_index": ("kind", "value", "table_name", "row_key"),
    "cache_state": ("name", "value"),
}
# State that belongs to the journal: the client's identity and what the agent did (the
# announcements they marked read) outlive any cache.
_JOURNAL_STATE = frozenset({"client_id", "announcements.read"})
# Version 1 kept the cache in the journal's file, and the feed position in sync_state.
_LEGACY_CACHE_TABLES = ("cache_rows", "cache_index")


def new_key() -> str:
    return uuid.uuid4().hex


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def cache_path_of(journal: Path) -> Path:
    """The cache file that goes with a journal file: local-x.sqlite3 -> local-x.cache.sqlite3."""
    return journal.with_name(f"{journal.stem}.cache{journal.suffix or '.sqlite3'}")


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


@dataclass(frozen=True)
class Repair:
    """A local file that could not be read when the store opened, and what was done about it."""

    part: str  # "cache" (rebuilt from the central store) or "journal" (the outbox and drafts)
    problem: str  # what was wrong with the file, as SQLite or the schema check said it
    moved_to: Path  # the unreadable file, kept aside for support; never deleted
    outbox_kept: int = 0  # journal: waiting writes carried over into the new file
    rejected_kept: int = 0
    drafts_kept: int = 0
    complete: bool = True  # journal: every row could be read (False: some were lost)


@dataclass
class _Salvage:
    outbox: list[tuple[Any, ...]] = field(default_factory=list)  # (key, kind, payload, created)
    rejected: list[tuple[Any, ...]] = field(default_factory=list)
    drafts: list[tuple[Any, ...]] = field(default_factory=list)
    state: list[tuple[Any, ...]] = field(default_factory=list)
    complete: bool = True


class LocalStore:
    """Thread-safe access to the local files; one connection per file and thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cache_path = cache_path_of(path)
        self.repairs: list[Repair] = []
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        salvage = self._check_journal()
        self._check_cache()
        self._create(self.path, _JOURNAL_SCHEMA, synchronous="FULL")
        self._create(self.cache_path, _CACHE_SCHEMA, synchronous="NORMAL")
        self._split_legacy_file()
        if salvage is not None:
            self._restore(salvage)
        with self._journal_tx() as db:
            db.execute(
                "INSERT OR IGNORE INTO sync_state (name, value) VALUES ('client_id', ?)",
                (new_key(),),
            )

    # -- opening, checking, repairing ----------------------------------------------------------

    def _check_journal(self) -> _Salvage | None:
        """A journal that cannot be read: keep what can be, move the file aside."""
        problem = _unreadable(self.path, _JOURNAL_TABLES)
        if problem is None:
            return None
        # Aside first: the damaged file is read where it now lies, never written back over.
        moved = _move_aside(self.path)
        salvage = _salvage(moved)
        repair = Repair(
            "journal",
            problem,
            moved,
            outbox_kept=len(salvage.outbox),
            rejected_kept=len(salvage.rejected),
            drafts_kept=len(salvage.drafts),
            complete=salvage.complete,
        )
        self.repairs.append(repair)
        log.warning(
            "the local outbox %s could not be read (%s): moved aside to %s; carried over %d "
            "waiting writes, %d refused writes and %d drafts%s",
            self.path,
            problem,
            moved,
            repair.outbox_kept,
            repair.rejected_kept,
            repair.drafts_kept,
            "" if salvage.complete else "; some rows could not be read",
        )
        return salvage

    def _check_cache(self) -> None:
        """A cache that cannot be read is moved aside; the sync client fills a new one."""
        problem = _unreadable(self.cache_path, _CACHE_TABLES)
        if problem is None:
            return
        moved = _move_aside(self.cache_path)
        self.repairs.append(Repair("cache", problem, moved))
        log.warning(
            "the local cache %s could not be read (%s): moved aside to %s; it is rebuilt from "
            "the central store",
            self.cache_path,
            problem,
            moved,
        )

    @staticmethod
    def _create(path: Path, schema: str, *, synchronous: str) -> None:
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(f"PRAGMA synchronous={synchronous}")
            db.executescript(schema)  # idempotent DDL; executescript manages its transaction
            db.execute(f"PRAGMA user_version = {LOCAL_SCHEMA_VERSION}")

    def _split_legacy_file(self) -> None:
        """Version 1 kept the cache in the journal's file: move it to the cache file."""
        with contextlib.closing(
            sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        ) as db:
            found = {
                str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            legacy = sorted(found & set(_LEGACY_CACHE_TABLES))
            if not legacy:
                return
            db.execute("ATTACH DATABASE ? AS cache", (str(self.cache_path),))
            try:
                db.execute("BEGIN IMMEDIATE")
                for table in legacy:
                    db.execute(f"INSERT OR IGNORE INTO cache.{table} SELECT * FROM main.{table}")
                db.execute(
                    "INSERT OR IGNORE INTO cache.cache_state (name, value) "
                    "SELECT name, value FROM main.sync_state WHERE name <> 'client_id'"
                )
                db.execute("COMMIT")
            except sqlite3.DatabaseError as exc:  # the cache is a copy: rebuilt from the store
                if db.in_transaction:
                    db.execute("ROLLBACK")
                log.warning("the cache in %s was not carried over (%s)", self.path, exc)
            db.execute("DETACH DATABASE cache")
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM sync_state WHERE name <> 'client_id'")
            for table in legacy:
                db.execute(f"DROP TABLE IF EXISTS {table}")
            db.execute("COMMIT")
        log.info("split the local store %s into its journal and %s", self.path, self.cache_path)

    def _restore(self, salvage: _Salvage) -> None:
        with self._journal_tx() as db:
            db.executemany(
                "INSERT OR IGNORE INTO outbox (key, kind, payload, created_at) VALUES (?, ?, ?, ?)",
                salvage.outbox,
            )
            db.executemany(
                "INSERT OR IGNORE INTO rejected (key, kind, payload, created_at, error, "
                "rejected_at) VALUES (?, ?, ?, ?, ?, ?)",
                salvage.rejected,
            )
            db.executemany(
                "INSERT OR IGNORE INTO drafts (draft_key, body, context, updated_at) "
                "VALUES (?, ?, ?, ?)",
                salvage.drafts,
            )
            db.executemany(
                "INSERT OR IGNORE INTO sync_state (name, value) VALUES (?, ?)", salvage.state
            )

    # -- connections ---------------------------------------------------------------------------

    def _connect(self, name: str, path: Path, synchronous: str) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, name, None)
        if db is None:
            # Used only by the thread that made it; close() may close it from another, once
            # the threads are done (otherwise its three file handles stay open until the GC).
            db = sqlite3.connect(path, timeout=30.0, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(f"PRAGMA synchronous={synchronous}")
            db.execute("PRAGMA foreign_keys=ON")
            setattr(self._local, name, db)
            with self._lock:
                self._connections.append(db)
        return db

    def _journal(self) -> sqlite3.Connection:
        # FULL: a write the agent was told is saved survives a power cut, not only a crash.
        return self._connect("journal", self.path, "FULL")

    def _cache(self) -> sqlite3.Connection:
        # NORMAL: after a power cut the cache may miss its last rows; the feed brings them again.
        return self._connect("cache", self.cache_path, "NORMAL")

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> sqlite3.Connection:
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, exc_type: object, *_: object) -> None:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")

    def _journal_tx(self) -> LocalStore._Tx:
        return LocalStore._Tx(self._journal())

    def _cache_tx(self) -> LocalStore._Tx:
        return LocalStore._Tx(self._cache())

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for db in connections:
            with contextlib.suppress(sqlite3.ProgrammingError):
                db.close()
        self._local = threading.local()

    # -- identity and state --------------------------------------------------------------------

    @property
    def client_id(self) -> str:
        return self.get_state("client_id") or ""

    def _state_place(self, name: str) -> tuple[sqlite3.Connection, str]:
        if name in _JOURNAL_STATE:
            return self._journal(), "sync_state"
        return self._cache(), "cache_state"

    def get_state(self, name: str) -> str | None:
        db, table = self._state_place(name)
        row = db.execute(f"SELECT value FROM {table} WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_state(self, name: str, value: str) -> None:
        db, table = self._state_place(name)
        with LocalStore._Tx(db) as tx:
            tx.execute(
                f"INSERT INTO {table} (name, value) VALUES (?, ?) "
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
        with self._journal_tx() as db:
            db.execute(
                "INSERT OR IGNORE INTO outbox (key, kind, payload, created_at) VALUES (?, ?, ?, ?)",
                (key, kind, json.dumps(payload, separators=(",", ":")), _now_iso()),
            )
        return key

    def pending(self, limit: int = 100) -> list[OutboxEntry]:
        rows = self._journal().execute(
            "SELECT seq, key, kind, payload, created_at FROM outbox ORDER BY seq LIMIT ?",
            (limit,),
        )
        return [OutboxEntry(r[0], r[1], r[2], _loads(r[3]), r[4]) for r in rows]

    def is_pending(self, key: str) -> bool:
        """The write is still waiting in the outbox (not yet applied centrally, not rejected)."""
        row = self._journal().execute("SELECT 1 FROM outbox WHERE key = ?", (key,)).fetchone()
        return row is not None

    def pending_count(self) -> int:
        return int(self._journal().execute("SELECT count(*) FROM outbox").fetchone()[0])

    def mark_pushed(self, keys: Iterable[str]) -> None:
        with self._journal_tx() as db:
            db.executemany("DELETE FROM outbox WHERE key = ?", [(k,) for k in keys])

    def reject(self, entry: OutboxEntry, error: str) -> None:
        """Move a write the central store refused for good out of the way, keeping it."""
        with self._journal_tx() as db:
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
        return int(self._journal().execute("SELECT count(*) FROM rejected").fetchone()[0])

    def rejected(self) -> list[tuple[OutboxEntry, str]]:
        rows = self._journal().execute(
            "SELECT key, kind, payload, created_at, error FROM rejected ORDER BY rejected_at"
        )
        return [(OutboxEntry(0, k, kd, _loads(p), c), e) for k, kd, p, c, e in rows]

    # -- cache ---------------------------------------------------------------------------------

    def put_rows(self, rows: Iterable[CachedRow], *, last_seq: int | None = None) -> int:
        """Store rows (newer sequence wins) and optionally advance the feed position, atomically."""
        stored = 0
        now = _now_iso()
        with self._cache_tx() as db:
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
                    "INSERT INTO cache_state (name, value) VALUES ('last_seq', ?) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value "
                    "WHERE CAST(excluded.value AS INTEGER) > CAST(cache_state.value AS INTEGER)",
                    (str(last_seq),),
                )
        return stored

    def drop_row(self, table: str, key: str) -> None:
        with self._cache_tx() as db:
            db.execute("DELETE FROM cache_rows WHERE table_name = ? AND row_key = ?", (table, key))
            db.execute("DELETE FROM cache_index WHERE table_name = ? AND row_key = ?", (table, key))

    def cached_ids(self, table: str) -> set[int]:
        rows = self._cache().execute(
            "SELECT row_id FROM cache_rows WHERE table_name = ? AND row_id IS NOT NULL", (table,)
        )
        return {int(r[0]) for r in rows}

    def forget_cache(self) -> None:
        """Drop every cached row and the feed position (a re-sync from scratch follows); the
        journal (outbox, rejected writes, drafts) is kept."""
        with self._cache_tx() as db:
            db.execute("DELETE FROM cache_rows")
            db.execute("DELETE FROM cache_index")
            db.execute("DELETE FROM cache_state WHERE name IN ('last_seq', 'primed')")

    def cached_keys(self, table: str, keys: list[str]) -> set[str]:
        """Which of these rows the cache holds: one query per few hundred keys, no JSON parsed
        (the feed asks this for every change on the floor, so it must stay cheap)."""
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self._cache().execute(
                    f"SELECT row_key FROM cache_rows WHERE table_name = ? AND row_key IN ({marks})",
                    (table, *chunk),
                )
            )
        return found

    def row(self, table: str, key: str) -> CachedRow | None:
        found = (
            self._cache()
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
        for key, row_id, seq, data in self._cache().execute(
            "SELECT row_key, row_id, seq, data FROM cache_rows WHERE table_name = ? "
            "ORDER BY row_key",
            (table,),
        ):
            yield CachedRow(table, key, row_id, seq, _loads(data))

    def rows_where(self, table: str, field: str, value: Any) -> list[CachedRow]:
        """Cached rows whose JSON field equals value (a scan; the cache is small)."""
        out = []
        for key, row_id, seq, data in self._cache().execute(
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
            self._cache()
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
            rows = self._cache().execute(
                "SELECT row_key, seq FROM cache_rows WHERE table_name = ?", (table,)
            )
            out[table] = {str(k): int(s) for k, s in rows}
        return out

    # -- drafts (notes being typed: saved continuously, back after a crash) --------------------

    def save_draft(self, draft_key: str, body: str, context: dict[str, Any]) -> None:
        with self._journal_tx() as db:
            db.execute(
                "INSERT INTO drafts (draft_key, body, context, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (draft_key) DO UPDATE SET body = excluded.body, "
                "context = excluded.context, updated_at = excluded.updated_at",
                (draft_key, body, _dumps(context), _now_iso()),
            )

    def drafts(self) -> list[tuple[str, str, dict[str, Any]]]:
        rows = self._journal().execute(
            "SELECT draft_key, body, context FROM drafts ORDER BY updated_at"
        )
        return [(k, b, _loads(c)) for k, b, c in rows]

    def drop_draft(self, draft_key: str) -> None:
        with self._journal_tx() as db:
            db.execute("DELETE FROM drafts WHERE draft_key = ?", (draft_key,))


# -- unreadable files --------------------------------------------------------------------------


def _unreadable(path: Path, tables: dict[str, tuple[str, ...]]) -> str | None:
    """Why this file cannot be used as it is (None: it can, or it is new or empty)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
            checked = [str(r[0]) for r in db.execute("PRAGMA quick_check").fetchall()]
            if checked != ["ok"]:
                return "; ".join(checked[:3])
            found = {
                str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not found & set(tables):
                # Not ours at all (another program's file) or a fresh one nobody wrote to.
                return f"not a local store (tables: {', '.join(sorted(found))})" if found else None
            for table, columns in tables.items():
                if table not in found:
                    return f"table {table} is missing"
                have = {str(r[1]) for r in db.execute(f"PRAGMA table_info({table})")}
                missing = [c for c in columns if c not in have]
                if missing:
                    return f"table {table} has no column {', '.join(missing)}"
    except sqlite3.DatabaseError as exc:  # garbage, truncated, encrypted, a directory...
        return str(exc) or type(exc).__name__
    return None


def _read_table(db: sqlite3.Connection, table: str, columns: str) -> tuple[list[Any], bool]:
    """The rows of a table that can still be read, in rowid order; True if that is all of them.

    A damaged page stops a scan where it is: rows before it come from the forward scan, rows
    after it from a backward one."""
    rows: dict[int, tuple[Any, ...]] = {}
    for direction in ("ASC", "DESC"):
        try:
            for row in db.execute(
                f"SELECT rowid, {columns} FROM {table} ORDER BY rowid {direction}"
            ):
                rows[int(row[0])] = tuple(row[1:])
        except sqlite3.DatabaseError:
            continue
        if direction == "ASC":
            return [rows[k] for k in sorted(rows)], True
    return [rows[k] for k in sorted(rows)], False


def _salvage(path: Path) -> _Salvage:
    """Every outbox entry, refused write, draft and the client id that can be read."""
    out = _Salvage()
    try:
        db = sqlite3.connect(path, timeout=30.0, isolation_level=None)
    except sqlite3.DatabaseError:
        out.complete = False
        return out
    with contextlib.closing(db):
        outbox, whole = _read_table(db, "outbox", "key, kind, payload, created_at")
        out.complete &= whole
        for key, kind, payload, created_at in outbox:
            if _valid_json_object(payload) and isinstance(key, str) and isinstance(kind, str):
                out.outbox.append((key, kind, payload, str(created_at or _now_iso())))
            else:
                out.complete = False
        rejected, whole = _read_table(
            db, "rejected", "key, kind, payload, created_at, error, rejected_at"
        )
        out.complete &= whole
        out.rejected = [r for r in rejected if all(isinstance(v, str) for v in r)]
        drafts, whole = _read_table(db, "drafts", "draft_key, body, context, updated_at")
        out.complete &= whole
        out.drafts = [d for d in drafts if all(isinstance(v, str) for v in d)]
        state, _whole = _read_table(db, "sync_state", "name, value")
        out.state = [(n, v) for n, v in state if n in _JOURNAL_STATE and isinstance(v, str)]
    return out


def _valid_json_object(text: Any) -> bool:
    try:
        return isinstance(text, str) and isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _move_aside(path: Path) -> Path:
    """Rename an unreadable file (with its WAL and shared-memory files) out of the way."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    return target


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
