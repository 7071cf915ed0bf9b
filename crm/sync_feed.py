"""Which rows of the central store a desk keeps in its cache, read at first contact and then
from the change feed.

Every agent keeps the always-cached tables (canned answers, call scripts, presence,
announcements) and the callback requests assigned to them; beyond that, the rows already in the
cache (a caller they opened), and the children (tickets, notes) of cached parents. `SyncClient`
in `crm/sync.py` runs the loop that pulls the feed; this module decides what it takes.

This module is stdlib and SQLAlchemy only (the `crm` layer).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select

from crm import change_feed, schema
from crm.change_feed import FeedEntry
from crm.local_store import CachedRow, LocalStore

# Tables whose rows every agent keeps, whether or not they have opened them.
ALWAYS_CACHED = frozenset({"canned_answers", "call_scripts", "agent_presence", "announcements"})
# Child rows cached when their parent is: table -> ((parent table, foreign key column), ...).
CACHED_WITH_PARENT = {
    "tickets": (("contacts", "contact_id"),),  # a new ticket of a caller already on file
    "interactions": (("tickets", "ticket_id"), ("contacts", "contact_id")),
    "ticket_field_changes": (("tickets", "ticket_id"),),
}
# Parents before children, so a child of a parent fetched in the same batch is recognised.
FETCH_ORDER = ("contacts", "tickets", "interactions", "ticket_field_changes")


def first_rows(conn: Connection, agent_id: int | None) -> tuple[int, list[CachedRow]]:
    """First contact: the feed position to continue from, and the rows every agent keeps."""
    seq = change_feed.latest_seq(conn)
    rows: list[CachedRow] = []
    for table_name in ALWAYS_CACHED:
        key_col = change_feed.FEED_KEYS[table_name]
        table = schema.metadata.tables[table_name]
        for row in conn.execute(select(table)).mappings():
            data = change_feed.plain(row)
            rows.append(CachedRow(table_name, str(data[key_col]), data.get("id"), seq, data))
    rows.extend(my_callbacks(conn, agent_id, seq))
    return seq, rows


def my_callbacks(conn: Connection, agent_id: int | None, seq: int) -> list[CachedRow]:
    if agent_id is None:
        return []
    table = schema.callback_requests
    return [
        CachedRow("callback_requests", row["uid"], row["id"], seq, change_feed.plain(row))
        for row in conn.execute(
            select(table).where(table.c.assigned_agent_id == agent_id)
        ).mappings()
    ]


def relevant_rows(
    conn: Connection,
    local: LocalStore,
    agent_id: int | None,
    latest: dict[tuple[str, str], FeedEntry],
) -> list[CachedRow]:
    """The changed rows this agent keeps: always-kept tables, their own callbacks, rows
    already in the cache, and children (tickets, notes) of cached parents.

    Most of a floor's changes are notes on other agents' callers. The feed entry says whose
    a row is (`change_feed.FEED_SCOPES`), so those are skipped without being read; a row whose
    entry says nothing (recorded before the feed had scopes, an unlinked call) is read and
    decided on its contents, as all rows once were."""
    by_table: dict[str, list[str]] = {}
    for table, key in latest:
        by_table.setdefault(table, []).append(key)
    out: list[CachedRow] = []
    parents = _CachedParents(local)
    order = sorted(by_table, key=lambda t: FETCH_ORDER.index(t) if t in FETCH_ORDER else -1)
    for table in order:
        keys = by_table[table]
        # Which of these the cache holds: needed for all but the always-kept tables and the
        # queue (most polls on a floor bring presence changes only).
        cached_keys = (
            set()
            if table in ALWAYS_CACHED or table == "callback_requests"
            else local.cached_keys(table, keys)
        )
        for parent, column in CACHED_WITH_PARENT.get(table, ()):  # the parents the entries name
            parents.look_up(parent, (getattr(latest[(table, k)], column) for k in keys))
        if table in ALWAYS_CACHED:
            wanted = []
            for key in keys:  # rows the feed carries are taken as they came
                entry = latest[(table, key)]
                if entry.row is None:
                    wanted.append(key)
                else:
                    out.append(CachedRow(table, key, entry.row.get("id"), entry.seq, entry.row))
        elif table in CACHED_WITH_PARENT:
            wanted = [
                k
                for k in keys
                if k in cached_keys or _may_have_cached_parent(latest[(table, k)], parents)
            ]
        elif table == "callback_requests":
            wanted = [k for k in keys if latest[(table, k)].assigned_agent_id in (None, agent_id)]
        else:
            wanted = sorted(cached_keys)
        if not wanted:
            continue
        fetched = change_feed.fetch_rows(conn, table, wanted)
        for parent, column in CACHED_WITH_PARENT.get(table, ()):  # the parents the rows name
            parents.look_up(parent, (data.get(column) for data in fetched.values()))
        for key, data in fetched.items():
            if table == "callback_requests" and data.get("assigned_agent_id") != agent_id:
                continue
            if (
                table in CACHED_WITH_PARENT
                and key not in cached_keys
                and not any(
                    parents.holds(parent, data.get(column))
                    for parent, column in CACHED_WITH_PARENT[table]
                )
            ):
                continue
            out.append(CachedRow(table, key, data.get("id"), latest[(table, key)].seq, data))
            if data.get("id") is not None:
                parents.taken(table, int(data["id"]))
    return out


class _CachedParents:
    """Which parent rows (contacts, tickets) count as cached for one batch: those the cache
    holds, asked for the ids the batch names only (a desk's cache grows all day with every
    caller opened; reading all its ids on every poll cost in proportion), and those taken in
    this batch."""

    def __init__(self, local: LocalStore) -> None:
        self._local = local
        self._known: dict[str, dict[int, bool]] = {}

    def look_up(self, table: str, ids: Iterable[object]) -> None:
        known = self._known.setdefault(table, {})
        asked = {int(i) for i in ids if isinstance(i, int) and i not in known}
        if asked:
            held = self._local.cached_ids(table, asked)
            known.update((i, i in held) for i in asked)

    def taken(self, table: str, row_id: int) -> None:
        self._known.setdefault(table, {})[row_id] = True

    def holds(self, table: str, row_id: object) -> bool:
        if not isinstance(row_id, int):
            return False
        known = self._known.setdefault(table, {})
        if row_id not in known:
            self.look_up(table, [row_id])
        return known[row_id]


def _may_have_cached_parent(entry: FeedEntry, parents: _CachedParents) -> bool:
    """Whether a child row's feed entry names a cached parent, or names none (then only its
    contents can tell)."""
    named = False
    for parent, column in CACHED_WITH_PARENT[entry.table]:
        value = getattr(entry, column)
        if value is not None:
            named = True
            if parents.holds(parent, value):
                return True
    return not named
