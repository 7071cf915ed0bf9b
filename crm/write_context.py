"""What every outbox write is applied with: one transaction's context and the checks all share.

The handlers of each domain (`crm.ticket_writes`, `crm.presence`, `crm.callback_writes`,
`crm.script_store`, `crm.canned_store`, `crm.announcements`) take an `ApplyContext` and the
write's key and payload; `crm.applier` merges their handlers and applies writes exactly once.

This module builds on the schema and the change feed only, never on a domain or the applier
(the import contract in pyproject.toml keeps it so): every domain may import it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects.postgresql import Insert as PgInsert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from crm import schema
from crm.change_feed import record_changes

if TYPE_CHECKING:  # only the type: the callback writes load the calendar (crm.callback_writes)
    from crm.service_hours import ServiceCalendar

# A number a write may store: "+", a non-zero digit, 6 to 15 digits in all.
E164 = re.compile(r"^\+[1-9][0-9]{5,14}$")


class WriteRejected(ValueError):
    """The write can never be applied as it is (unknown ticket, bad value...)."""


@dataclass
class ApplyContext:
    conn: Connection
    client_id: str
    actor_login: str
    _agent_ids: dict[str, int | None] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)  # "table:uid" -> id, this transaction
    touched_tickets: set[int] = field(default_factory=set)
    _changes: list[tuple[str, str]] = field(default_factory=list)
    # The service hours and the topics' queues, read once per batch by the callback writes
    # (None: not read yet); a caller that holds them already hands them over (`prepared`).
    calendar: ServiceCalendar | None = None
    topic_queues: dict[str | None, str | None] | None = None
    # False: apply_writes leaves the feed rows to the caller, who records them (record_feed)
    # as the last work before commit, so the feed's lock is held for the shortest time.
    feed_now: bool = True
    _recorded: int = 0  # how many of _changes are in the feed already

    @classmethod
    def prepared(
        cls,
        conn: Connection,
        client_id: str,
        actor_login: str,
        *,
        calendar: ServiceCalendar | None = None,
        topic_queues: dict[str | None, str | None] | None = None,
        feed_now: bool = True,
    ) -> ApplyContext:
        """A context given the service-hours calendar and the topics' queues its caller already
        holds (None: read from the store when a write needs them)."""
        return cls(
            conn,
            client_id,
            actor_login,
            calendar=calendar,
            topic_queues=topic_queues,
            feed_now=feed_now,
        )

    def agent_id(self, login: str | None) -> int | None:
        if not login:
            return None
        if login not in self._agent_ids:
            self._agent_ids[login] = self.conn.scalar(
                select(schema.agents.c.id).where(schema.agents.c.login == login)
            )
        return self._agent_ids[login]

    def changed(self, table: str, key: object) -> None:
        self._changes.append((table, str(key)))

    def record_feed(self, *, commit: bool = False) -> int | None:
        """Record the feed rows of the writes applied so far (see `feed_now`); `commit`: and
        end the transaction with them (`crm.change_feed.record_changes`)."""
        return record_changes(self.conn, self.unrecorded(), commit=commit)

    def unrecorded(self) -> list[tuple[str, str]]:
        """The feed rows of the writes applied so far and not yet recorded, handed to a caller
        that records them with its own (and so are no longer this context's to record)."""
        changes, self._recorded = self._changes[self._recorded :], len(self._changes)
        return changes

    def changed_keys(self, table: str) -> list[str]:
        """The keys of the rows of `table` the writes applied so far changed, in order."""
        return [key for name, key in self._changes if name == table]


# What a domain exports: write kind -> the function that applies a write of that kind.
Handler = Callable[[ApplyContext, str, Mapping[str, Any]], None]


def aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def when(value: Any) -> datetime:
    """A write's timestamp in UTC; WriteRejected unless it is one and carries its zone."""
    if isinstance(value, datetime):
        stamp = value
    else:
        try:
            stamp = datetime.fromisoformat(str(value))
        except ValueError as exc:
            raise WriteRejected(f"not a timestamp: {value!r}") from exc
    if stamp.tzinfo is None:
        raise WriteRejected("timestamps in writes must carry a time zone")
    return stamp.astimezone(UTC)


def id_by_uid(ctx: ApplyContext, table: Table, uid: str | None, what: str) -> int | None:
    """The id of the row a write names by uid (None: it names none); WriteRejected if unknown."""
    if not uid:
        return None
    cache_key = f"{table.name}:{uid}"
    if cache_key not in ctx.ids:
        found = ctx.conn.scalar(select(table.c.id).where(table.c.uid == uid))
        if found is None:
            raise WriteRejected(f"unknown {what} {uid!r}")
        ctx.ids[cache_key] = int(found)
    return ctx.ids[cache_key]


def locked(ctx: ApplyContext, table: Table, uid: Any, what: str) -> Mapping[str, Any]:
    """The row by uid, locked to this transaction: concurrent writes to it are decided one
    after the other (on SQLite the write transaction already serialises them)."""
    row = ctx.conn.execute(select(table).where(table.c.uid == uid).with_for_update())
    found = row.mappings().first()
    if found is None:
        raise WriteRejected(f"unknown {what} {uid!r}")
    return found


def dialect_insert(conn: Connection, table: Table) -> PgInsert | SqliteInsert:
    """An INSERT that can say ON CONFLICT DO NOTHING on this connection's database."""
    if conn.dialect.name == "postgresql":
        return pg_insert(table)
    return sqlite_insert(table)
