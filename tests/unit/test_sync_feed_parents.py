"""Which of a poll's changes a desk keeps, with a cache as a long shift leaves it.

A note or a ticket is kept when its parent (the caller, the ticket) is in the desk's cache. The
desk asks its cache about the parents the poll's entries name, not for every id it holds: a
cache grows all day with each caller opened, and the feed is polled twice a second.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from crm.change_feed import FeedEntry
from crm.local_store import CachedRow, LocalStore
from crm.sync_feed import relevant_rows

CACHED_TICKETS = 3000


class CountingStore(LocalStore):
    """The real local store, noting how many ids each parent lookup asked about."""

    asked: list[int]

    def cached_ids(self, table: str, among: Iterable[int]) -> set[int]:
        ids = list(among)
        self.asked.append(len(ids))
        return super().cached_ids(table, ids)


def _store(tmp_path: Path) -> CountingStore:
    local = CountingStore(tmp_path / "desk.sqlite3")
    local.asked = []
    local.put_rows(
        [
            CachedRow("tickets", f"t-{i}", i, 1, {"id": i, "uid": f"t-{i}", "contact_id": i})
            for i in range(1, CACHED_TICKETS + 1)
        ],
        last_seq=1,
    )
    return local


def test_the_cache_answers_for_the_ids_asked_only(tmp_path: Path) -> None:
    local = _store(tmp_path)
    try:
        assert local.cached_ids("tickets", [5, CACHED_TICKETS, CACHED_TICKETS + 7]) == {
            5,
            CACHED_TICKETS,
        }
        assert local.cached_ids("tickets", []) == set()
        assert local.cached_ids("contacts", [5]) == set()  # another table's ids are not these
    finally:
        local.close()


def test_other_callers_notes_are_skipped_asking_about_their_parents_only(tmp_path: Path) -> None:
    local = _store(tmp_path)
    try:
        # Notes on tickets this desk never opened (ids past the cache): skipped unread, so the
        # store's connection is never used.
        latest = {
            ("interactions", f"n-{n}"): FeedEntry(
                10 + n, "interactions", f"n-{n}", contact_id=90_000 + n, ticket_id=80_000 + n
            )
            for n in range(5)
        }
        assert relevant_rows(None, local, 7, latest) == []  # type: ignore[arg-type]
        # One lookup per parent table, of the five ids the entries name, not of the 3,000 held.
        assert local.asked == [5, 5], local.asked
    finally:
        local.close()
