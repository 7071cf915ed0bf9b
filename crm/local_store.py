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
outbox with it. A file that cannot be read when the store opens is moved aside and what can be
is carried over (`crm/local_files.py`: the files' tables, their checks and repair); `repairs`
says what was done, for the app to tell the agent.

Plain `sqlite3`: the cache is simple key/value-ish data and is read on the UI's start-up path.
Each thread uses its own connections (`sqlite3` connections must not cross threads).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm import local_files
from crm.local_files import JOURNAL_STATE, Repair, cache_path_of, now_iso

SEQ_SAVE_EVERY_S = 2.0


def new_key() -> str:
    return uuid.uuid4().hex


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
    """Thread-safe access to the local files; one connection per file and thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cache_path = cache_path_of(path)
        self.repairs: list[Repair] = []
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        # The feed position, kept in memory and saved with the rows it brought, or at most
        # SEQ_SAVE_EVERY_S after a poll that brought none (see put_rows).
        self._seq: int | None = None
        self._seq_saved: int | None = None
        self._seq_saved_at = 0.0
        damaged = local_files.check_journal(self.path)
        if damaged is not None:
            self.repairs.append(damaged[0])
        cache_repair = local_files.check_cache(self.cache_path)
        if cache_repair is not None:
            self.repairs.append(cache_repair)
        local_files.create(self.path, local_files.JOURNAL_SCHEMA, synchronous="FULL")
        local_files.create(self.cache_path, local_files.CACHE_SCHEMA, synchronous="NORMAL")
        local_files.split_legacy_file(self.path, self.cache_path)
        if damaged is not None:
            with self._journal_tx() as db:
                local_files.restore(db, damaged[1])
        with self._journal_tx() as db:
            db.execute(
                "INSERT OR IGNORE INTO sync_state (name, value) VALUES ('client_id', ?)",
                (new_key(),),
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
        with contextlib.suppress(sqlite3.Error):
            self._save_seq()
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
        if name in JOURNAL_STATE:
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
        with self._lock:
            if self._seq is not None:
                return self._seq
        found = int(self.get_state("last_seq") or 0)
        with self._lock:
            if self._seq is None:
                self._seq = self._seq_saved = found
            return self._seq

    def _save_seq(self) -> None:
        with self._lock:
            seq, saved = self._seq, self._seq_saved
        if seq is None or seq == saved:
            return
        with self._cache_tx() as db:
            self._write_seq(db, seq)
        self._saved(seq)

    @staticmethod
    def _write_seq(db: sqlite3.Connection, seq: int) -> None:
        db.execute(
            "INSERT INTO cache_state (name, value) VALUES ('last_seq', ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value "
            "WHERE CAST(excluded.value AS INTEGER) > CAST(cache_state.value AS INTEGER)",
            (str(seq),),
        )

    def _saved(self, seq: int) -> None:
        with self._lock:
            self._seq = max(seq, self._seq or 0)
            self._seq_saved = max(seq, self._seq_saved or 0)
            self._seq_saved_at = time.monotonic()

    # -- outbox --------------------------------------------------------------------------------

    def enqueue(self, kind: str, payload: dict[str, Any], key: str | None = None) -> str:
        """Durably record a write; returns its idempotency key. Safe from any thread."""
        key = key or new_key()
        with self._journal_tx() as db:
            db.execute(
                "INSERT OR IGNORE INTO outbox (key, kind, payload, created_at) VALUES (?, ?, ?, ?)",
                (key, kind, json.dumps(payload, separators=(",", ":")), now_iso()),
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
                    now_iso(),
                ),
            )
            db.execute("DELETE FROM outbox WHERE key = ?", (entry.key,))

    def rejected_count(self) -> int:
        return int(self._journal().execute("SELECT count(*) FROM rejected").fetchone()[0])

    def counts(self) -> tuple[int, int]:
        """(pending, rejected) in one statement: the sync loop reports both after every round."""
        pending, rejected = (
            self._journal()
            .execute("SELECT (SELECT count(*) FROM outbox), (SELECT count(*) FROM rejected)")
            .fetchone()
        )
        return int(pending), int(rejected)

    def rejected(self) -> list[tuple[OutboxEntry, str]]:
        rows = self._journal().execute(
            "SELECT key, kind, payload, created_at, error FROM rejected ORDER BY rejected_at"
        )
        return [(OutboxEntry(0, k, kd, _loads(p), c), e) for k, kd, p, c, e in rows]

    # -- cache ---------------------------------------------------------------------------------

    def put_rows(self, rows: Iterable[CachedRow], *, last_seq: int | None = None) -> int:
        """Store rows (newer sequence wins) and optionally advance the feed position, atomically.

        A position that comes with no rows (a floor's feed is mostly other callers' changes)
        is saved at most every SEQ_SAVE_EVERY_S, not on every poll: after a crash the client
        reads those few seconds of the feed again, which changes nothing it keeps."""
        rows = list(rows)
        if not rows and last_seq is not None:
            with self._lock:
                if self._seq is not None and time.monotonic() - self._seq_saved_at < (
                    SEQ_SAVE_EVERY_S
                ):
                    self._seq = max(self._seq, last_seq)
                    return 0
        stored = 0
        now = now_iso()
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
                with self._lock:
                    seq = max(last_seq, self._seq or 0)
                self._write_seq(db, seq)
        if last_seq is not None:
            self._saved(seq)
        return stored

    def drop_row(self, table: str, key: str) -> None:
        with self._cache_tx() as db:
            db.execute("DELETE FROM cache_rows WHERE table_name = ? AND row_key = ?", (table, key))
            db.execute("DELETE FROM cache_index WHERE table_name = ? AND row_key = ?", (table, key))

    def cached_ids(self, table: str, among: Iterable[int]) -> set[int]:
        """Which of these row ids of `table` the cache holds: one indexed lookup for the ids
        asked (the feed asks for the few a poll names, whatever the size of the cache)."""
        wanted = sorted({int(i) for i in among})
        if not wanted:
            return set()
        rows = self._cache().execute(
            "SELECT row_id FROM cache_rows WHERE table_name = ? "
            "AND row_id IN (SELECT value FROM json_each(?))",
            (table, json.dumps(wanted)),
        )
        return {int(r[0]) for r in rows}

    def forget_cache(self) -> None:
        """Drop every cached row and the feed position (a re-sync from scratch follows); the
        journal (outbox, rejected writes, drafts) is kept."""
        with self._cache_tx() as db:
            db.execute("DELETE FROM cache_rows")
            db.execute("DELETE FROM cache_index")
            db.execute("DELETE FROM cache_state WHERE name IN ('last_seq', 'primed')")
        with self._lock:
            self._seq = self._seq_saved = 0

    def cached_keys(self, table: str, keys: list[str]) -> set[str]:
        """Which of these rows the cache holds: one query for all the keys (passed as one JSON
        array), no row data parsed (the feed may ask this on every poll, so it stays cheap)."""
        # One statement text whatever the number of keys, so SQLite prepares it once.
        return {
            r[0]
            for r in self._cache().execute(
                "SELECT row_key FROM cache_rows WHERE table_name = ? "
                "AND row_key IN (SELECT value FROM json_each(?))",
                (table, json.dumps(keys)),
            )
        }

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
                (draft_key, body, _dumps(context), now_iso()),
            )

    def drafts(self) -> list[tuple[str, str, dict[str, Any]]]:
        rows = self._journal().execute(
            "SELECT draft_key, body, context FROM drafts ORDER BY updated_at"
        )
        return [(k, b, _loads(c)) for k, b, c in rows]

    def drop_draft(self, draft_key: str) -> None:
        with self._journal_tx() as db:
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
