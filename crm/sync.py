"""The desktop's sync client: outbox up, change feed down, and reads that survive an outage.

One background thread (no Qt) owns the push/pull loop:

1. push the outbox in order, in batches, each batch one central transaction (`crm.changes`
   applies each write exactly once by its idempotency key);
2. pull the change feed since the last sequence seen and refresh the cached rows the agent needs;
3. wait for a wake-up: a new outbox entry, or the poll interval, which is also the health check
   that notices an unreachable store within seconds.

The change feed is polled, not LISTENed to, on PostgreSQL too. A floor's store is reached through
PgBouncer in transaction pooling, where LISTEN does not work (the notification goes to whichever
client holds the server connection at that moment), and a LISTEN connection per agent outside the
pooler is one server connection per agent: a stock server (`max_connections = 100`) is full at
about 90 agents. The poll is one statement in autocommit, an index range scan of `change_log`'s
primary key (`seq > last seen`) that returns nothing when nothing changed; measured with
`softphone bench floor` (see the README's "A whole floor on one store") it costs the server about
as much as the pooler round trip itself, so it is polled every FEED_POLL_S (with jitter, so a
floor that signed in together does not poll in step).

Any connection error marks the client offline and retries with a capped backoff; nothing is lost
because an outbox entry is deleted only after the transaction that applied it committed, and a
retry of a write whose commit was applied but not acknowledged is a no-op centrally.

A write the store refuses for good (unknown ticket, a permission the agent does not have) is not
retried forever and not dropped: it moves to the local `rejected` list the window shows.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, or_, select, text
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
    StatementError,
)

from crm import changes, pruning, schema
from crm.callers import (
    CallerRecords,
    CallerTicket,
    contacts_with_number,
    history_filter,
    numbers_of,
)
from crm.limits import checked_payload
from crm.local_store import CachedRow, LocalStore, OutboxEntry
from crm.read_routing import ReadRouter

log = logging.getLogger(__name__)

PUSH_BATCH = 100
READ_TIMEOUT_MS = 2000  # a screen-pop read that takes longer is served from the cache
PULL_BATCH = 2000
# How often a PostgreSQL client polls the change feed (seconds): propagation to other agents takes
# at most this plus one round trip. Measured by `softphone bench floor`.
FEED_POLL_S = 0.5
FEED_POLL_JITTER = 0.2  # each wait is FEED_POLL_S * (1 ± this), drawn per wait
HORIZON_RECHECK_S = 60.0  # after an outage this long, check the feed was not pruned past us
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


class SyncState:
    CONNECTING = "connecting"
    CONNECTED = "connected"
    OFFLINE = "offline"


@dataclass(frozen=True)
class SyncStatus:
    state: str = SyncState.CONNECTING
    pending: int = 0  # outbox entries not yet applied centrally
    rejected: int = 0  # writes the store refused for good
    last_seq: int = 0
    error: str | None = None  # why offline, for people (never a password: URLs are masked)
    resyncs: int = 0  # times the cache was rebuilt: away longer than the change log keeps


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contact" or "ticket"
    uid: str
    title: str  # a name, or "CC-2026-000042 · subject"
    detail: str  # e-mail / number, or the ticket's status
    contact_uid: str  # whose card to open


@dataclass(frozen=True)
class SearchResult:
    source: str  # "central" or "cache"
    hits: list[SearchHit]


@dataclass(frozen=True)
class ReadResult:
    source: str  # "central" or "cache"
    records: CallerRecords  # the contacts found, their tickets and history


class SyncClient:
    def __init__(
        self,
        engine: Engine,
        local: LocalStore,
        *,
        agent_login: str,
        poll_interval_s: float | None = None,
        read_engine: Engine | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
        on_changes: Callable[[set[str]], None] | None = None,
    ) -> None:
        self.engine = engine
        # Screen-pop, search and history reads go to the read replica when there is one and it
        # has this agent's own writes; writes, claims and the feed stay on the primary.
        self.reads = ReadRouter(engine, read_engine)
        self.local = local
        self.agent_login = agent_login
        self.backend = engine.dialect.name
        # Both backends poll the feed (see the module's docstring for why not LISTEN).
        self.poll_interval_s = poll_interval_s or FEED_POLL_S
        self._on_status = on_status
        self._on_changes = on_changes
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._status = SyncStatus(pending=local.pending_count(), last_seq=local.last_seq)
        self._status_lock = threading.Lock()
        self._agent_id: int | None = None
        self._identified = not agent_login  # the agent's id is read once, as the agent
        self._primed = local.get_state("primed") == "1"
        self._horizon_checked = False  # at start, and after a long outage: pruned past us?
        self._offline_since: float | None = None  # when the current run of failures began
        self.pushed = 0  # writes this client applied centrally (new ones, not retries)
        # Push batches committed and feed pages taken: a round cut after some of these reached a
        # store that is there, so the loop reconnects at once instead of backing off (_run).
        self._progress = 0
        self._batch = PUSH_BATCH

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
        self._thread.start()

    def halt(self) -> None:
        """Tell the sync thread to stop, without waiting for it (stop() waits)."""
        self._stop.set()
        self._wake.set()

    def stop(self, timeout_s: float = 10.0) -> None:
        self.halt()
        if self._thread is not None:
            self._thread.join(timeout_s)

    def wake(self) -> None:
        self._wake.set()

    @property
    def status(self) -> SyncStatus:
        with self._status_lock:
            return self._status

    def _set_status(self, **changes_: Any) -> None:
        # Under the lock, so listeners see the states in the order they happened even when
        # the writer's thread and the sync thread both report (the Qt side only queues them).
        with self._status_lock:
            new = replace(self._status, **changes_)
            if new == self._status:
                return
            self._status = new
            if self._on_status is not None:
                self._on_status(new)

    # -- writes (any thread) -------------------------------------------------------------------

    def write(self, kind: str, payload: dict[str, Any], key: str | None = None) -> str:
        """Durably queue a write and wake the pusher; returns the idempotency key.

        Raises crm.limits.TextTooLong (and queues nothing) for a text over the limit."""
        if kind not in changes.HANDLERS:
            raise ValueError(f"unknown write kind {kind!r}")
        payload = checked_payload(payload)
        key = self.local.enqueue(kind, payload, key)
        if kind == "interaction.append":
            self._cache_provisional_interaction(key, payload)
        elif kind in ("contact.create", "ticket.create"):
            # Kept from now on: the feed refreshes a cached row, so the store's version (with
            # its id and ticket number) replaces this one as soon as it is in.
            table = "contacts" if kind == "contact.create" else "tickets"
            data = {**payload, "uid": str(payload.get("uid") or key), "provisional": True}
            contact = self.local.row("contacts", str(payload.get("contact_uid") or ""))
            if table == "tickets" and contact is not None:
                data["contact_id"] = contact.row_id  # found with the caller when offline
            self.local.put_rows([CachedRow(table, data["uid"], None, 0, data)])
        self._set_status(pending=self.local.pending_count())
        self._wake.set()
        return key

    def _cache_provisional_interaction(self, key: str, payload: dict[str, Any]) -> None:
        """Show a note in the cached history at once; the central row replaces it (seq > 0)."""
        ticket = self.local.row("tickets", str(payload.get("ticket_uid") or ""))
        contact = self.local.row("contacts", str(payload.get("contact_uid") or ""))
        data = {
            **payload,
            "uid": str(payload.get("uid") or key),
            "ticket_id": ticket.row_id if ticket else None,
            "contact_id": contact.row_id
            if contact
            else (ticket.data.get("contact_id") if ticket else None),
            "author_login": payload.get("author_login") or self.agent_login,
            "provisional": True,
        }
        self.local.put_rows([CachedRow("interactions", data["uid"], None, 0, data)])

    # -- the loop ------------------------------------------------------------------------------

    def _run(self) -> None:
        backoff = 0.25
        failed_once = False
        while not self._stop.is_set():
            progress_before = self._progress
            try:
                self.sync_once()
                backoff, failed_once = 0.25, False
                self._offline_since = None
                jitter = random.uniform(1 - FEED_POLL_JITTER, 1 + FEED_POLL_JITTER)
                self._wake.wait(self.poll_interval_s * jitter)
            except DBAPIError as exc:
                if _is_transaction_conflict(exc):  # a deadlock or serialisation failure
                    log.info("retrying after a transaction conflict: %s", _reason(exc))
                    continue  # the store is fine: retry at once, without saying "offline"
                if self._progress != progress_before:
                    # Cut mid-round after batches committed or feed pages came in: the store is
                    # there and this was one killed connection, not an outage. Reconnect at once
                    # and start the backoff afresh. Without this, a round that must drain a long
                    # outbox and then pull the feed on one connection never completes when
                    # connections are cut every second or so, and the client stays at the longest
                    # backoff, pushing one small batch every 3 s (the LISTEN thread's wake-ups
                    # used to hide this by cutting the backoff short on every reconnect).
                    backoff, failed_once = 0.25, False
                    self._offline_since = None
                if self._offline_since is None:
                    self._offline_since = time.monotonic()
                if not failed_once:
                    # The first failure after a good round is often one dropped connection (a
                    # restarted pooler, a failover): reconnect at once before saying "offline".
                    failed_once = True
                    log.info("reconnecting to the central store: %s", _reason(exc))
                    continue
                self._set_status(state=SyncState.OFFLINE, error=_reason(exc))
                log.info("central store unreachable: %s", _reason(exc))
                self._wake.wait(backoff)
                backoff = min(backoff * 2, 3.0)
            except Exception:  # a bug must not kill the thread silently: log it and keep going
                log.exception("sync loop failed")
                self._set_status(state=SyncState.OFFLINE, error="internal error; see the log")
                self._wake.wait(3.0)
            self._wake.clear()

    def sync_once(self) -> None:
        """One push and pull round; raises on connection trouble.

        With a read engine (store.read_url: a replica, or the pooler's shared reader, see
        crm.floor_reader) an idle round opens no connection as the agent: the feed and the rows
        it names are read there, and the agent's own login is used to write, claim, and once
        per connection to check where the feed stands."""
        # Away long enough that the log may have been pruned past us (a short drop cannot: the
        # log keeps days): look again. Not after every dropped connection, which would add a
        # round trip to each reconnect on a flaky link. The outage lasts from the first failure
        # until a round completes or gets something through (_run clears it then).
        if (
            self._offline_since is not None
            and time.monotonic() - self._offline_since > HORIZON_RECHECK_S
        ):
            self._horizon_checked = False
        shared_feed = self.reads.has_replica
        if (
            not shared_feed
            or not self._identified
            or not self._primed
            or not self._horizon_checked
            or self.local.pending_count()
        ):
            with self.engine.connect() as conn:
                if not self._identified:
                    self._agent_id = conn.scalar(
                        select(schema.agents.c.id).where(schema.agents.c.login == self.agent_login)
                    )
                    self._identified = True
                if self._primed and not self._horizon_checked:
                    self._check_horizon(conn)
                if not self._primed:
                    self._prime(conn)
                self._push(conn)
                if conn.in_transaction():
                    conn.commit()
                if not shared_feed:
                    # The feed in autocommit: one statement per poll, no BEGIN/ROLLBACK round
                    # trips, and the pooler's server connection is held for that statement only.
                    self._pull(conn.execution_options(isolation_level="AUTOCOMMIT"))
        if shared_feed:
            self.reads.read(
                lambda conn: self._pull(conn.execution_options(isolation_level="AUTOCOMMIT"))
            )
        self._set_status(
            state=SyncState.CONNECTED,
            error=None,
            pending=self.local.pending_count(),
            rejected=self.rejected_count(),
            last_seq=self.local.last_seq,
        )

    def _check_horizon(self, conn: Any) -> None:
        """A client away longer than the change log keeps (crm.pruning) cannot catch up by the
        feed: it drops its cache and primes again, and says so."""
        since = self.local.last_seq
        oldest = pruning.oldest_seq(conn)
        if conn.in_transaction():
            conn.commit()
        self._horizon_checked = True
        if oldest > since + 1:
            log.warning(
                "away longer than the store keeps its change log (at %s, oldest kept %s): "
                "re-syncing from scratch; the outbox is kept",
                since,
                oldest,
            )
            self.local.forget_cache()
            self._primed = False
            self._set_status(resyncs=self.status.resyncs + 1, last_seq=0)

    def _set_aside_too_old(self, batch: list[OutboxEntry]) -> list[OutboxEntry]:
        """Entries older than the store keeps idempotency keys are not pushed: the store could
        not tell a retry of one already applied from a new write. They go to the rejected list."""
        horizon = datetime.now(UTC) - pruning.KEYS_KEEP
        fresh = []
        for entry in batch:
            try:
                created = datetime.fromisoformat(entry.created_at)
            except ValueError:
                created = datetime.now(UTC)
            if created.tzinfo is None:
                created = created.replace(tzinfo=UTC)
            if created < horizon:
                log.warning("write %s (%s) is older than the store keeps its keys", entry.key,
                            entry.kind)  # fmt: skip
                self.local.reject(
                    entry, "older than the store keeps write keys: not sent, to avoid a double"
                )
            else:
                fresh.append(entry)
        if len(fresh) < len(batch):
            self._set_status(rejected=self.rejected_count())
        return fresh

    def _push(self, conn: Any) -> None:
        while not self._stop.is_set():
            batch = self.local.pending(self._batch)
            if not batch:
                return
            batch = self._set_aside_too_old(batch)
            if not batch:
                continue
            try:
                self._apply(conn, batch)
            except Exception as exc:
                if not _is_refusal(exc):
                    # A flaky link: smaller transactions get through where big ones are cut.
                    self._batch = max(1, self._batch // 4)
                    raise
                self._isolate(conn, batch)
            else:
                self._batch = min(PUSH_BATCH, self._batch * 2)
            self._set_status(pending=self.local.pending_count())

    def _apply(self, conn: Any, batch: list[OutboxEntry]) -> None:
        if conn.in_transaction():
            conn.commit()  # end the reads' implicit transaction: each batch is its own
        try:
            with conn.begin():
                self.pushed += changes.apply_writes(
                    conn,
                    [(e.key, e.kind, e.payload) for e in batch],
                    client_id=self.local.client_id,
                    actor_login=self.agent_login,
                )
        except BaseException:
            with contextlib.suppress(SQLAlchemyError):
                conn.rollback()
            raise
        self.local.mark_pushed(e.key for e in batch)
        self._progress += 1
        self.reads.note_write(conn)  # the replica must reach this before it answers for us

    def _isolate(self, conn: Any, batch: list[OutboxEntry]) -> None:
        """A batch failed for a reason other than the connection: apply one by one, in order."""
        for entry in batch:
            try:
                self._apply(conn, [entry])
            except Exception as exc:
                if not _is_refusal(exc):
                    raise
                # A dying connection can fail in ways that look like a refusal; a write is set
                # aside only if the store, asked again, is plainly there and said no.
                conn.execute(select(1))
                conn.rollback()
                log.warning("write %s (%s) rejected: %s", entry.key, entry.kind, _reason(exc))
                self.local.reject(entry, _reason(exc))
                ghost = {"interaction.append": "interactions", "contact.create": "contacts",
                         "ticket.create": "tickets"}.get(entry.kind)  # fmt: skip
                if ghost:  # no ghost note, contact or ticket in the cache, as if it were saved
                    self.local.drop_row(ghost, str(entry.payload.get("uid") or entry.key))
        self._set_status(rejected=self.rejected_count())

    def rejected_count(self) -> int:
        return self.local.rejected_count()

    def _prime(self, conn: Any) -> None:
        """First contact: the tables every agent keeps, and the feed position to continue from."""
        seq = changes.latest_seq(conn)
        rows: list[CachedRow] = []
        for table_name in ALWAYS_CACHED:
            key_col = changes.FEED_KEYS[table_name]
            table = schema.metadata.tables[table_name]
            for row in conn.execute(select(table)).mappings():
                data = changes.plain(row)
                rows.append(CachedRow(table_name, str(data[key_col]), data.get("id"), seq, data))
        rows.extend(self._my_callbacks(conn, seq))
        self.local.put_rows(rows, last_seq=seq)
        self.local.set_state("primed", "1")
        self._primed = True
        if self._on_changes is not None:  # a first start: the panels fed from the cache fill
            self._on_changes({row.table for row in rows})

    def _my_callbacks(self, conn: Any, seq: int) -> list[CachedRow]:
        if self._agent_id is None:
            return []
        table = schema.callback_requests
        return [
            CachedRow("callback_requests", row["uid"], row["id"], seq, changes.plain(row))
            for row in conn.execute(
                select(table).where(table.c.assigned_agent_id == self._agent_id)
            ).mappings()
        ]

    def _pull(self, conn: Any) -> None:
        while not self._stop.is_set():
            since = self.local.last_seq
            feed = changes.changes_since(conn, since, PULL_BATCH)
            if not feed:
                return
            last = feed[-1][0]
            latest: dict[tuple[str, str], int] = {}
            for seq, table, key in feed:
                latest[(table, key)] = seq
            rows = self._relevant_rows(conn, latest)
            self.local.put_rows(rows, last_seq=last)
            self._progress += 1
            self._set_status(last_seq=last)
            tables = {r.table for r in rows}
            if any(table == "callback_requests" for _seq, table, _key in feed):
                # Any change to the queue, cached here or not: a free agent's app claims the
                # new request at once, and a supervisor's queue view refreshes.
                tables.add("callback_requests")
            if self._on_changes is not None and tables:
                self._on_changes(tables)
            if len(feed) < PULL_BATCH:
                return

    def _relevant_rows(self, conn: Any, latest: dict[tuple[str, str], int]) -> list[CachedRow]:
        """The changed rows this agent keeps: always-kept tables, their own callbacks, rows
        already in the cache, and children (tickets, notes) of cached parents."""
        by_table: dict[str, list[str]] = {}
        for table, key in latest:
            by_table.setdefault(table, []).append(key)
        out: list[CachedRow] = []
        batch_ids: dict[str, set[int]] = {}  # parents taken in this batch count as cached
        order = sorted(by_table, key=lambda t: FETCH_ORDER.index(t) if t in FETCH_ORDER else -1)
        for table in order:
            keys = by_table[table]
            cached_keys = self.local.cached_keys(table, keys)
            if table in ALWAYS_CACHED or table in CACHED_WITH_PARENT:
                wanted = keys  # children: decided below, once the rows name their parent
            elif table == "callback_requests":
                wanted = keys
            else:
                wanted = sorted(cached_keys)
            if not wanted:
                continue
            fetched = changes.fetch_rows(conn, table, wanted)
            parents = {
                parent: self.local.cached_ids(parent) | batch_ids.get(parent, set())
                for parent, _ in CACHED_WITH_PARENT.get(table, ())
            }
            for key, data in fetched.items():
                if table == "callback_requests" and data.get("assigned_agent_id") != self._agent_id:
                    continue
                if (
                    table in CACHED_WITH_PARENT
                    and key not in cached_keys
                    and not any(
                        data.get(column) in parents[parent]
                        for parent, column in CACHED_WITH_PARENT[table]
                    )
                ):
                    continue
                out.append(CachedRow(table, key, data.get("id"), latest[(table, key)], data))
                if data.get("id") is not None:
                    batch_ids.setdefault(table, set()).add(int(data["id"]))
        return out

    # -- reads ---------------------------------------------------------------------------------

    def read_caller(self, e164: str) -> ReadResult:
        """Contacts with this number, their tickets and history: central first, else the cache.

        A central read also caches what it read, so the same caller pops offline next time and
        the feed keeps those rows fresh from then on. If the feed moved on while the read ran,
        it may have skipped a change of these rows (they were not cached yet): read again.
        """
        return self._read_contacts(
            contacts_with_number(e164),
            lambda: [r for r in self.local.lookup("phone", e164) if r.table == "contacts"],
        )

    def read_contact(self, uid: str) -> ReadResult:
        """One contact (found by search) with their tickets and history, like read_caller."""
        contacts = schema.contacts.c
        return self._read_contacts(
            select(contacts.id).where(contacts.uid == uid),
            lambda: [r for r in [self.local.row("contacts", uid)] if r is not None],
        )

    def read_ticket(self, uid: str) -> CallerTicket | None:
        """One ticket by uid (the one a callback request is on): central, else the cache."""
        try:
            with self.engine.connect() as conn:
                if self.backend == "postgresql":
                    conn.execute(text(f"SET LOCAL statement_timeout = {READ_TIMEOUT_MS}"))
                found = changes.fetch_rows(conn, "tickets", [uid]).get(uid)
        except DBAPIError as exc:
            if not _is_connection_error(exc) and not _is_timeout(exc):
                raise
            row = self.local.row("tickets", uid)
            found = row.data if row is not None else None
        return CallerTicket.from_row(found) if found is not None else None

    def read_service_hours(self) -> dict[str, Any]:
        """The queues' weekly hours (for answers that quote them): central, kept locally for
        the next time the store is away; {} if it never was reachable."""
        from crm.canned_store import service_hours_summary

        try:
            with self.engine.connect() as conn:
                if self.backend == "postgresql":
                    conn.execute(text(f"SET LOCAL statement_timeout = {READ_TIMEOUT_MS}"))
                summary = service_hours_summary(conn)
        except DBAPIError as exc:
            if not _is_connection_error(exc) and not _is_timeout(exc):
                raise
            kept = self.local.get_state("service_hours")
            return dict(json.loads(kept)) if kept else {}
        self.local.set_state("service_hours", json.dumps(summary))
        return summary

    def _read_contacts(self, ids_query: Any, cached: Callable[[], list[CachedRow]]) -> ReadResult:
        for _attempt in range(3):
            feed_before = self.local.last_seq

            def work(conn: Any) -> tuple[int, dict[str, list[dict[str, Any]]]]:
                if self.backend == "postgresql":
                    conn.execute(text(f"SET LOCAL statement_timeout = {READ_TIMEOUT_MS}"))
                latest = changes.latest_seq(conn)
                return latest, self._contacts_central(conn, list(conn.scalars(ids_query)))

            try:
                latest, rows = self.reads.read(work)
            except DBAPIError as exc:
                if not _is_connection_error(exc) and not _is_timeout(exc):
                    raise
                self._set_status(state=SyncState.OFFLINE, error=_reason(exc))
                self._wake.set()
                cached_rows = self._contacts_cached([r.data for r in cached()])
                return ReadResult("cache", CallerRecords.from_rows(cached_rows))
            self.local.put_rows(
                CachedRow(
                    table,
                    str(d[changes.FEED_KEYS[table]]),
                    d.get("id"),
                    # A row's own change_seq can be no later than the feed when it was read.
                    min(int(d.get("change_seq") or 0), latest),
                    d,
                )
                for table, items in rows.items()
                for d in items
            )
            if self.local.last_seq == feed_before:
                break
        return ReadResult("central", CallerRecords.from_rows(rows))

    def _contacts_central(
        self, conn: Any, contact_ids: list[int]
    ) -> dict[str, list[dict[str, Any]]]:
        tickets, interactions = schema.tickets, schema.interactions
        uids = list(
            conn.scalars(select(schema.contacts.c.uid).where(schema.contacts.c.id.in_(contact_ids)))
        )
        contacts = list(changes.fetch_rows(conn, "contacts", uids).values())
        ticket_rows = [
            changes.plain(r)
            for r in conn.execute(
                select(tickets).where(tickets.c.contact_id.in_(contact_ids))
            ).mappings()
        ]
        history = [
            changes.plain(r)
            for r in conn.execute(
                select(interactions).where(
                    history_filter(contact_ids, [n for c in contacts for n in numbers_of(c)])
                )
            ).mappings()
        ]
        return {"contacts": contacts, "tickets": ticket_rows, "interactions": history}

    def _contacts_cached(self, contacts: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
        tickets: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        for contact in contacts:
            contact_id = contact.get("id")
            if contact_id is None:
                continue
            tickets += [r.data for r in self.local.rows_where("tickets", "contact_id", contact_id)]
            history += [
                r.data for r in self.local.rows_where("interactions", "contact_id", contact_id)
            ]
        seen = {h.get("uid") for h in history}
        for number in {n for contact in contacts for n in numbers_of(contact)}:
            history += [  # unlinked calls from their numbers, as the store reads them
                r.data
                for r in self.local.rows_where("interactions", "phone_e164", number)
                if r.data.get("contact_id") is None and r.data.get("uid") not in seen
            ]
        return {"contacts": contacts, "tickets": tickets, "interactions": history}

    def search(self, query: str, e164: str | None = None, limit: int = 20) -> SearchResult:
        """Contacts by name, e-mail or number, tickets by number or subject: the central store
        first (with the read time limit), else what the cache holds."""

        def work(conn: Any) -> list[SearchHit]:
            if self.backend == "postgresql":
                conn.execute(text(f"SET LOCAL statement_timeout = {READ_TIMEOUT_MS}"))
            return search_central(conn, query, e164, limit)

        try:
            hits = self.reads.read(work)
        except DBAPIError as exc:
            if not _is_connection_error(exc) and not _is_timeout(exc):
                raise
            return SearchResult("cache", search_cached(self.local, query, e164, limit))
        return SearchResult("central", hits)


def _is_refusal(exc: BaseException) -> bool:
    """The store refused this write as it is: retrying cannot help (unlike any other error)."""
    if isinstance(exc, IntegrityError | DataError | ProgrammingError | changes.WriteRejected):
        return True
    if isinstance(exc, DBAPIError):
        return False  # connection trouble, a read-only standby, a conflict...: retry later
    # A payload the handlers cannot read, or a value a column type refuses before the server.
    return isinstance(exc, StatementError | KeyError | TypeError | ValueError)


def _is_transaction_conflict(exc: DBAPIError) -> bool:
    return str(getattr(exc.orig, "sqlstate", "") or "").startswith("40")


def _is_timeout(exc: DBAPIError) -> bool:
    return str(getattr(exc.orig, "sqlstate", "") or "") == "57014"  # query_canceled


def _is_connection_error(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


# A query longer than the longest field a search looks in (an e-mail address) matches nothing.
MAX_QUERY_CHARS = 320


def search_words(query: str) -> str:
    """The text to look for: trimmed, without NUL (no stored text can hold one); "" when there is
    nothing to look for, or when it is too long to match any field."""
    words = query.replace("\x00", "").strip()
    return "" if len(words) > MAX_QUERY_CHARS else words


def like_prefix(text: str) -> str:
    """A LIKE pattern for "starts with text": the text's own %, _ and \\ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_central(conn: Any, query: str, e164: str | None, limit: int) -> list[SearchHit]:
    contacts, phones, tickets = schema.contacts.c, schema.contact_phones.c, schema.tickets.c
    words = search_words(query)
    if not words:
        return []
    pattern = like_prefix(words.lower())
    conditions = [
        func.lower(contacts.last_name).like(pattern, escape="\\"),
        func.lower(contacts.first_name).like(pattern, escape="\\"),
        func.lower(contacts.email) == words.lower(),
    ]
    if " " in words:  # "Giulia Rossi" and "Rossi Giulia"
        first, _, last = words.lower().partition(" ")
        conditions.append(
            (func.lower(contacts.first_name) == first)
            & func.lower(contacts.last_name).like(like_prefix(last), escape="\\")
        )
        conditions.append(
            (func.lower(contacts.last_name) == first)
            & func.lower(contacts.first_name).like(like_prefix(last), escape="\\")
        )
    if e164:
        conditions.append(contacts.id.in_(select(phones.contact_id).where(phones.e164 == e164)))
    hits = [
        SearchHit(
            "contact",
            row.uid,
            " ".join(p for p in (row.first_name, row.last_name) if p),
            row.email or "",
            row.uid,
        )
        for row in conn.execute(
            select(contacts.uid, contacts.first_name, contacts.last_name, contacts.email)
            .where(or_(*conditions))
            .order_by(contacts.last_name, contacts.first_name)
            .limit(limit)
        )
    ]
    owner = schema.contacts.alias("owner")
    ticket_match = or_(
        tickets.number == words.upper(),
        func.lower(tickets.subject).like("%" + pattern, escape="\\"),
    )
    for row in conn.execute(
        select(tickets.uid, tickets.number, tickets.subject, tickets.status, owner.c.uid)
        .join(owner, owner.c.id == tickets.contact_id)
        .where(ticket_match)
        .order_by(tickets.updated_at.desc())
        .limit(limit)
    ):
        hits.append(SearchHit("ticket", row[0], f"{row[1]} · {row[2]}", str(row[3]), row[4]))
    return hits


def search_cached(local: LocalStore, query: str, e164: str | None, limit: int) -> list[SearchHit]:
    words = search_words(query).lower()
    if not words:
        return []
    hits: list[SearchHit] = []
    by_id: dict[Any, str] = {}
    for row in local.rows("contacts"):
        data = row.data
        by_id[data.get("id")] = row.key
        name = " ".join(p for p in (data.get("first_name"), data.get("last_name")) if p)
        numbers = {str(p.get("e164")) for p in data.get("phones") or () if isinstance(p, dict)}
        if (
            words in name.lower()
            or words == str(data.get("email") or "").lower()
            or (e164 and e164 in numbers)
        ):
            hits.append(SearchHit("contact", row.key, name, str(data.get("email") or ""), row.key))
    for row in local.rows("tickets"):
        data = row.data
        if (
            words.upper() == str(data.get("number") or "")
            or words in str(data.get("subject") or "").lower()
        ):
            owner = by_id.get(data.get("contact_id"), "")
            title = f"{data.get('number') or ''} · {data.get('subject') or ''}"
            hits.append(SearchHit("ticket", row.key, title, str(data.get("status") or ""), owner))
    return hits[: limit * 2]
