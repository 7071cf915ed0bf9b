"""The desktop's two local SQLite files: where they are, their tables, and their repair.

The journal (`local-….sqlite3`: outbox, refused writes, drafts, the client's identity) and the
cache (`local-….cache.sqlite3`: rows of the central store) are two files so that damage to the
cache, the big file rewritten all day, cannot take the outbox with it. A file that cannot be read
when the store opens (garbage, truncated, another program's schema) is moved aside, never
deleted: the cache starts empty and the sync client rebuilds it from the central store; from a
damaged journal every outbox entry, refused write and draft that can still be read is carried
over, in order, into a fresh one. A journal of the one-file layout (version 1) is split on first
open. `LocalStore` (`crm/local_store.py`) does this when it opens and then reads and writes them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LOCAL_SCHEMA_VERSION = 2  # 1: one file; 2: the journal and the cache apart

JOURNAL_SCHEMA = """
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

CACHE_SCHEMA = """
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
JOURNAL_STATE = frozenset({"client_id", "announcements.read"})
# Version 1 kept the cache in the journal's file, and the feed position in sync_state.
_LEGACY_CACHE_TABLES = ("cache_rows", "cache_index")


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def cache_path_of(journal: Path) -> Path:
    """The cache file that goes with a journal file: local-x.sqlite3 -> local-x.cache.sqlite3."""
    return journal.with_name(f"{journal.stem}.cache{journal.suffix or '.sqlite3'}")


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
class Salvage:
    outbox: list[tuple[Any, ...]] = field(default_factory=list)  # (key, kind, payload, created)
    rejected: list[tuple[Any, ...]] = field(default_factory=list)
    drafts: list[tuple[Any, ...]] = field(default_factory=list)
    state: list[tuple[Any, ...]] = field(default_factory=list)
    complete: bool = True


def check_journal(path: Path) -> tuple[Repair, Salvage] | None:
    """A journal that cannot be read: keep what can be, move the file aside. The repair done,
    and what was salvaged (for `restore`), or None when the file is fine."""
    problem = _unreadable(path, _JOURNAL_TABLES)
    if problem is None:
        return None
    # Aside first: the damaged file is read where it now lies, never written back over.
    moved = _move_aside(path)
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
    log.warning(
        "the local outbox %s could not be read (%s): moved aside to %s; carried over %d "
        "waiting writes, %d refused writes and %d drafts%s",
        path,
        problem,
        moved,
        repair.outbox_kept,
        repair.rejected_kept,
        repair.drafts_kept,
        "" if salvage.complete else "; some rows could not be read",
    )
    return repair, salvage


def check_cache(cache_path: Path) -> Repair | None:
    """A cache that cannot be read is moved aside; the sync client fills a new one."""
    problem = _unreadable(cache_path, _CACHE_TABLES)
    if problem is None:
        return None
    moved = _move_aside(cache_path)
    repair = Repair("cache", problem, moved)
    log.warning(
        "the local cache %s could not be read (%s): moved aside to %s; it is rebuilt from "
        "the central store",
        cache_path,
        problem,
        moved,
    )
    return repair


def create(path: Path, schema: str, *, synchronous: str) -> None:
    """Make the file's tables if they are not there (WAL, with this durability)."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(f"PRAGMA synchronous={synchronous}")
        db.executescript(schema)  # idempotent DDL; executescript manages its transaction
        db.execute(f"PRAGMA user_version = {LOCAL_SCHEMA_VERSION}")


def split_legacy_file(path: Path, cache_path: Path) -> None:
    """Version 1 kept the cache in the journal's file: move it to the cache file."""
    with contextlib.closing(sqlite3.connect(path, timeout=30.0, isolation_level=None)) as db:
        found = {
            str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        legacy = sorted(found & set(_LEGACY_CACHE_TABLES))
        if not legacy:
            return
        db.execute("ATTACH DATABASE ? AS cache", (str(cache_path),))
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
            log.warning("the cache in %s was not carried over (%s)", path, exc)
        db.execute("DETACH DATABASE cache")
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM sync_state WHERE name <> 'client_id'")
        for table in legacy:
            db.execute(f"DROP TABLE IF EXISTS {table}")
        db.execute("COMMIT")
    log.info("split the local store %s into its journal and %s", path, cache_path)


def restore(db: sqlite3.Connection, salvage: Salvage) -> None:
    """Carry what was salvaged into the new journal (`db`, in the caller's transaction)."""
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
        "INSERT OR IGNORE INTO drafts (draft_key, body, context, updated_at) VALUES (?, ?, ?, ?)",
        salvage.drafts,
    )
    db.executemany("INSERT OR IGNORE INTO sync_state (name, value) VALUES (?, ?)", salvage.state)


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


def _salvage(path: Path) -> Salvage:
    """Every outbox entry, refused write, draft and the client id that can be read."""
    out = Salvage()
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
                out.outbox.append((key, kind, payload, str(created_at or now_iso())))
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
        out.state = [(n, v) for n, v in state if n in JOURNAL_STATE and isinstance(v, str)]
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
