"""The feed position in the local cache: kept in memory between polls, saved with the rows it
brought, and at most every few seconds when a poll brought none (a floor's feed is mostly other
callers' changes); never lost at a clean close, and only re-read after a crash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm import local_store
from crm.local_store import CachedRow, LocalStore


def saved_position(store: LocalStore) -> int:
    with sqlite3.connect(store.cache_path) as db:
        row = db.execute("SELECT value FROM cache_state WHERE name = 'last_seq'").fetchone()
    return int(row[0]) if row else 0


def test_a_position_without_rows_is_saved_at_most_every_few_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [1000.0]
    monkeypatch.setattr(local_store.time, "monotonic", lambda: clock[0])
    store = LocalStore(tmp_path / "local.sqlite3")
    store.put_rows([CachedRow("tickets", "t1", 1, 5, {"number": "CC-1"})], last_seq=5)
    assert saved_position(store) == 5  # with rows: saved with them, atomically

    for seq in (6, 7, 8):  # polls that brought nothing this desk keeps
        clock[0] += 0.5
        store.put_rows([], last_seq=seq)
    assert store.last_seq == 8  # the client goes on from here
    assert saved_position(store) == 5  # without writing the file on every poll

    clock[0] += local_store.SEQ_SAVE_EVERY_S
    store.put_rows([], last_seq=9)
    assert saved_position(store) == 9

    store.put_rows([], last_seq=10)
    store.close()  # a clean close saves what is in memory
    assert saved_position(store) == 10
    assert LocalStore(tmp_path / "local.sqlite3").last_seq == 10


def test_after_a_crash_the_position_is_the_last_one_saved_and_never_goes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The clock stands still: a stalled machine must not save the position in between.
    monkeypatch.setattr(local_store.time, "monotonic", lambda: 1000.0)
    store = LocalStore(tmp_path / "local.sqlite3")
    store.put_rows([CachedRow("tickets", "t1", 1, 5, {"number": "CC-1"})], last_seq=5)
    store.put_rows([], last_seq=7)  # only in memory: lost in a crash (no close)
    again = LocalStore(tmp_path / "local.sqlite3")
    assert again.last_seq == 5  # the feed from 5 on is read again; changes are idempotent
    again.put_rows([CachedRow("tickets", "t1", 1, 7, {"number": "CC-1"})], last_seq=4)
    assert again.last_seq == 5  # an older position never moves it back
    again.forget_cache()
    assert again.last_seq == 0 and saved_position(again) == 0


def test_cached_keys_and_counts(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "local.sqlite3")
    store.put_rows(
        [CachedRow("interactions", k, None, 1, {"body": k}) for k in ("a", "b")], last_seq=1
    )
    assert store.cached_keys("interactions", ["a", "c", "b", "d"]) == {"a", "b"}
    assert store.cached_keys("tickets", ["a"]) == set()
    assert store.cached_keys("interactions", []) == set()
    store.enqueue("interaction.append", {"body": "x"})
    store.enqueue("interaction.append", {"body": "y"})
    entry = store.pending(1)[0]
    store.reject(entry, "refused")
    assert store.counts() == (1, 1)
