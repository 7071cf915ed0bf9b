"""The local store when its files are damaged: garbage, truncated, another schema, a bad page.

The outbox and the drafts live in the journal, apart from the cache; an unreadable cache is set
aside and starts empty (the sync client rebuilds it), an unreadable journal is set aside and
every entry that can still be read is carried over, in order. Nothing is ever deleted."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from crm.local_files import cache_path_of
from crm.local_store import CachedRow, LocalStore

# The one-file layout of version 1, as installed desks have it.
V1_SCHEMA = """
CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE rejected (key TEXT PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL,
    created_at TEXT NOT NULL, error TEXT NOT NULL, rejected_at TEXT NOT NULL);
CREATE TABLE cache_rows (table_name TEXT NOT NULL, row_key TEXT NOT NULL, row_id INTEGER,
    seq INTEGER NOT NULL, data TEXT NOT NULL, cached_at TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key));
CREATE TABLE cache_index (kind TEXT NOT NULL, value TEXT NOT NULL, table_name TEXT NOT NULL,
    row_key TEXT NOT NULL, PRIMARY KEY (kind, value, table_name, row_key));
CREATE TABLE sync_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE drafts (draft_key TEXT PRIMARY KEY, body TEXT NOT NULL, context TEXT NOT NULL,
    updated_at TEXT NOT NULL);
"""


def filled(path: Path, notes: int = 20, body: str = "note") -> tuple[list[str], str]:
    """A local store with waiting notes, a draft, cached rows and a feed position."""
    local = LocalStore(path)
    keys = [local.enqueue("interaction.append", {"body": f"{body} {i}"}) for i in range(notes)]
    local.save_draft("draft-1", "typed during the call", {"number": "+390612345678"})
    local.put_rows(
        [CachedRow("contacts", "c1", 1, 7, {"phones": [{"e164": "+390612345678"}]})], last_seq=7
    )
    local.set_state("primed", "1")
    client_id = local.client_id
    local.close()
    return keys, client_id


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(20_000))


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def other_schema(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE cache_rows (x TEXT)")  # ours by name, not by its columns


def other_program(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        db.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "garbage": garbage,
    "truncated": truncated,
    "header only": header_only,
    "wrong schema": other_schema,
    "another program's file": other_program,
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_an_unreadable_cache_is_set_aside_and_the_outbox_is_untouched(
    tmp_path: Path, damage: str
) -> None:
    journal = tmp_path / "local.sqlite3"
    keys, client_id = filled(journal)
    cache = cache_path_of(journal)
    before = cache.read_bytes()
    DAMAGE[damage](cache)
    damaged = cache.read_bytes()
    assert damaged != before

    local = LocalStore(journal)
    try:
        (repair,) = local.repairs
        assert repair.part == "cache" and repair.problem
        assert repair.moved_to.read_bytes() == damaged  # kept aside as it was, never deleted
        # Every waiting write, the draft and the client's identity are there, in order.
        assert [e.key for e in local.pending()] == keys
        assert local.drafts()[0][1] == "typed during the call"
        assert local.client_id == client_id
        # The cache starts empty, so the sync client primes and rebuilds it from the store.
        assert list(local.rows("contacts")) == [] and local.last_seq == 0
        assert local.get_state("primed") is None
        local.put_rows([CachedRow("tickets", "t1", 2, 9, {"number": "CC-1"})], last_seq=9)
        assert local.lookup("ticket_number", "CC-1")[0].key == "t1"
    finally:
        local.close()
    again = LocalStore(journal)  # the new cache is a good one
    try:
        assert again.repairs == [] and again.last_seq == 9
    finally:
        again.close()


@pytest.mark.parametrize("damage", ["garbage", "header only", "another program's file"])
def test_a_journal_nothing_can_be_read_from_is_set_aside_and_the_app_goes_on(
    tmp_path: Path, damage: str
) -> None:
    journal = tmp_path / "local.sqlite3"
    filled(journal)
    DAMAGE[damage](journal)
    damaged = journal.read_bytes()
    local = LocalStore(journal)
    try:
        (repair,) = local.repairs
        assert repair.part == "journal"
        assert (repair.outbox_kept, repair.drafts_kept, repair.complete) == (0, 0, False)
        assert repair.moved_to.read_bytes() == damaged
        assert local.pending_count() == 0 and local.client_id  # a working, empty journal
        local.enqueue("presence.set", {"state": "available"})
        assert local.pending_count() == 1
        assert local.last_seq == 7  # the cache was fine: it stays
    finally:
        local.close()


def test_a_journal_with_a_bad_page_keeps_every_entry_that_can_be_read_in_order(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "local.sqlite3"
    # About a kilobyte each: the outbox spans many pages, and one bad page loses only its own.
    keys, client_id = filled(journal, notes=400, body="x" * 1000)
    page = 4096
    pages = journal.stat().st_size // page
    with open(journal, "r+b") as f:
        f.seek(page * (pages // 2))
        f.write(os.urandom(page))

    local = LocalStore(journal)
    try:
        (repair,) = local.repairs
        assert repair.part == "journal" and not repair.complete
        kept = [e.key for e in local.pending(1000)]
        assert repair.outbox_kept == len(kept)
        assert 380 <= len(kept) < 400  # what was on the bad page, and only that, is lost
        assert kept == [k for k in keys if k in set(kept)]  # in their original order
        assert local.pending()[0].payload["body"].startswith("x" * 1000)
        assert repair.drafts_kept == 1 and local.drafts()[0][1] == "typed during the call"
        assert local.client_id == client_id
    finally:
        local.close()


def test_a_journal_with_another_schema_is_set_aside_keeping_what_it_holds(tmp_path: Path) -> None:
    journal = tmp_path / "local.sqlite3"
    with sqlite3.connect(journal) as db:  # an outbox without its kind column
        db.execute("CREATE TABLE outbox (seq INTEGER PRIMARY KEY, key TEXT, payload TEXT)")
        db.execute("CREATE TABLE drafts (draft_key TEXT PRIMARY KEY, body TEXT, context TEXT,"
                   " updated_at TEXT)")  # fmt: skip
        db.execute("INSERT INTO drafts VALUES ('d', 'a note', '{}', '2026-01-01T00:00:00+00:00')")
    local = LocalStore(journal)
    try:
        (repair,) = local.repairs
        assert "outbox" in repair.problem or "missing" in repair.problem
        assert repair.drafts_kept == 1 and local.drafts()[0][1] == "a note"
        assert local.pending_count() == 0
    finally:
        local.close()


def test_a_healthy_store_and_an_empty_file_need_no_repair(tmp_path: Path) -> None:
    journal = tmp_path / "local.sqlite3"
    keys, _ = filled(journal)
    local = LocalStore(journal)
    try:
        assert local.repairs == [] and [e.key for e in local.pending()] == keys
        assert local.last_seq == 7 and local.get_state("primed") == "1"
    finally:
        local.close()
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    cache_path_of(empty).write_bytes(b"")
    local = LocalStore(empty)
    try:
        assert local.repairs == [] and local.pending_count() == 0
    finally:
        local.close()


def test_the_one_file_layout_of_version_1_is_split_keeping_everything(tmp_path: Path) -> None:
    journal = tmp_path / "local.sqlite3"
    with sqlite3.connect(journal) as db:
        db.executescript(V1_SCHEMA)
        db.executemany(
            "INSERT INTO outbox (key, kind, payload, created_at) VALUES (?, 'interaction.append',"
            " ?, '2026-01-01T00:00:00+00:00')",
            [(f"k{i}", f'{{"body": "old {i}"}}') for i in range(3)],
        )
        db.execute(
            "INSERT INTO cache_rows VALUES ('contacts', 'c1', 1, 5, '{\"first_name\": \"Ada\"}',"
            " '2026-01-01')"
        )
        db.execute("INSERT INTO cache_index VALUES ('phone', '+390612345678', 'contacts', 'c1')")
        db.executemany(
            "INSERT INTO sync_state VALUES (?, ?)",
            [("client_id", "the-client"), ("last_seq", "5"), ("primed", "1")],
        )
        db.execute("INSERT INTO drafts VALUES ('d', 'a note', '{}', '2026-01-01T00:00:00+00:00')")
    local = LocalStore(journal)
    try:
        assert local.repairs == []
        assert [e.key for e in local.pending()] == ["k0", "k1", "k2"]
        assert local.client_id == "the-client" and local.drafts()[0][1] == "a note"
        assert local.last_seq == 5 and local.get_state("primed") == "1"
        assert local.lookup("phone", "+390612345678")[0].data == {"first_name": "Ada"}
    finally:
        local.close()
    with sqlite3.connect(journal) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "cache_rows" not in tables and "outbox" in tables
