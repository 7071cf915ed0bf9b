"""The desktop's sync client: outbox up, change feed down, and reads that survive an outage.

One background thread (no Qt) owns the push/pull loop:

1. push the outbox in order, in batches, each batch one central transaction (`crm.applier`
   applies each write exactly once by its idempotency key);
2. pull the change feed since the last sequence seen and refresh the cached rows the agent needs;
3. wait for a wake-up: a new outbox entry, or the poll interval, which is also the health check
   that notices an unreachable store within seconds.

Every HEARTBEAT_S it also stamps the agent's presence (crm.presence): the store's only way to
know that a desk which never said "offline" (it crashed, or its network went) is gone.

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

The client's other jobs are next to it: which rows the feed brings into the cache
(`crm/sync_feed.py`), the reads that fall back to the cache (`crm/sync_reads.py`), contact and
ticket search (`crm/search.py`), and what a store error means (`crm/sync_errors.py`).
"""

from __future__ import annotations

import contextlib
import logging
import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from crm import applier, change_feed, presence, pruning, schema, search, sync_reads
from crm.callers import CallerTicket, contacts_with_number
from crm.change_feed import FeedEntry
from crm.limits import checked_payload
from crm.local_store import CachedRow, LocalStore, OutboxEntry
from crm.read_routing import ReadRouter
from crm.search import SearchResult
from crm.sync_errors import is_refusal, is_transaction_conflict, reason
from crm.sync_feed import first_rows, relevant_rows
from crm.sync_reads import ReadResult

log = logging.getLogger(__name__)

PUSH_BATCH = 100
PULL_BATCH = 2000
# How often a PostgreSQL client polls the change feed (seconds): propagation to other agents takes
# at most this plus one round trip. Measured by `softphone bench floor`.
FEED_POLL_S = 0.5
FEED_POLL_JITTER = 0.2  # each wait is FEED_POLL_S * (1 ± this), drawn per wait
HORIZON_RECHECK_S = 60.0  # after an outage this long, check the feed was not pruned past us


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
    # Offline, and its last presence stamp older than the store believes (crm.presence's
    # STALE_AFTER): supervisors see the agent as not responding, and no callback and no
    # portal "call me now" counts on them, until the desk reaches the store again.
    unseen: bool = False


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
        heartbeat_s: float = presence.HEARTBEAT_S,
        unseen_after_s: float = presence.STALE_AFTER.total_seconds(),
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
        self.heartbeat_s = heartbeat_s
        self._beaten_at = -math.inf  # time.monotonic() of the last heartbeat sent
        self.unseen_after_s = unseen_after_s
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
        if kind not in applier.HANDLERS:
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
                if is_transaction_conflict(exc):  # a deadlock or serialisation failure
                    log.info("retrying after a transaction conflict: %s", reason(exc))
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
                    log.info("reconnecting to the central store: %s", reason(exc))
                    continue
                self._set_status(state=SyncState.OFFLINE, error=reason(exc), unseen=self._unseen())
                log.info("central store unreachable: %s", reason(exc))
                self._wake.wait(backoff)
                backoff = min(backoff * 2, 3.0)
            except Exception:  # a bug must not kill the thread silently: log it and keep going
                log.exception("sync loop failed")
                self._set_status(
                    state=SyncState.OFFLINE,
                    error="internal error; see the log",
                    unseen=self._unseen(),
                )
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
            or self._beat_due()
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
                pushed_before = self._progress
                self._push(conn)
                if conn.in_transaction():
                    conn.commit()
                beat = self._beat_due(riding=self._progress != pushed_before)
                if beat or not shared_feed:
                    # The heartbeat and the feed in autocommit: one statement each, no
                    # BEGIN/ROLLBACK round trips, and the pooler's server connection is held for
                    # that statement only.
                    auto = conn.execution_options(isolation_level="AUTOCOMMIT")
                    if beat:
                        self._beat(auto)
                    if not shared_feed:
                        self._pull(auto)
        if shared_feed:
            self.reads.read(
                lambda conn: self._pull(conn.execution_options(isolation_level="AUTOCOMMIT"))
            )
        pending, rejected = self.local.counts()
        self._set_status(
            state=SyncState.CONNECTED,
            error=None,
            pending=pending,
            rejected=rejected,
            last_seq=self.local.last_seq,
            unseen=False,
        )

    def _unseen(self) -> bool:
        """Whether the store has stopped believing this desk is there: it stamped the agent's
        presence this session, but not since, for longer than the store waits for a stamp. (A
        desk that has not reached the store this session only says that the store is
        offline.)"""
        if self._beaten_at == -math.inf:
            return False
        return time.monotonic() - self._beaten_at > self.unseen_after_s

    def _beat_due(self, *, riding: bool = False) -> bool:
        """Whether to stamp the agent's presence now: once a period; after a push, from half
        a period on. Riding on a push, the stamp needs no server connection of its own: through
        PgBouncer, an agent idle for seconds has given theirs back, and a stamp on its own
        would make the server start a new one (`softphone bench floor`:
        server_sessions_opened_per_s)."""
        if self._agent_id is None:
            return False
        elapsed = time.monotonic() - self._beaten_at
        return elapsed >= (self.heartbeat_s / 2 if riding else self.heartbeat_s)

    def _beat(self, conn: Any) -> None:
        """Stamp the agent's presence (one statement in autocommit: crm.presence)."""
        assert self._agent_id is not None
        presence.beat(conn, self._agent_id)  # the store's clock: this desk's may be off
        self._beaten_at = time.monotonic()

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
                if not is_refusal(exc):
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
                self.pushed += applier.apply_writes(
                    conn,
                    [(e.key, e.kind, e.payload) for e in batch],
                    client_id=self.local.client_id,
                    actor_login=self.agent_login,
                    commit=True,  # with the feed's rows: its lock waits for no round trip
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
                if not is_refusal(exc):
                    raise
                # A dying connection can fail in ways that look like a refusal; a write is set
                # aside only if the store, asked again, is plainly there and said no.
                conn.execute(select(1))
                conn.rollback()
                log.warning("write %s (%s) rejected: %s", entry.key, entry.kind, reason(exc))
                self.local.reject(entry, reason(exc))
                ghost = {"interaction.append": "interactions", "contact.create": "contacts",
                         "ticket.create": "tickets"}.get(entry.kind)  # fmt: skip
                if ghost:  # no ghost note, contact or ticket in the cache, as if it were saved
                    self.local.drop_row(ghost, str(entry.payload.get("uid") or entry.key))
        self._set_status(rejected=self.rejected_count())

    def rejected_count(self) -> int:
        return self.local.rejected_count()

    def _prime(self, conn: Any) -> None:
        """First contact: the tables every agent keeps, and the feed position to continue from."""
        seq, rows = first_rows(conn, self._agent_id)
        self.local.put_rows(rows, last_seq=seq)
        self.local.set_state("primed", "1")
        self._primed = True
        if self._on_changes is not None:  # a first start: the panels fed from the cache fill
            self._on_changes({row.table for row in rows})

    def _pull(self, conn: Any) -> None:
        while not self._stop.is_set():
            since = self.local.last_seq
            feed = change_feed.changes_since(conn, since, PULL_BATCH)
            if not feed:
                return
            last = feed[-1].seq
            latest: dict[tuple[str, str], FeedEntry] = {}
            for entry in feed:
                latest[(entry.table, entry.key)] = entry
            rows = relevant_rows(conn, self.local, self._agent_id, latest)
            self.local.put_rows(rows, last_seq=last)
            self._progress += 1
            self._set_status(last_seq=last)
            tables = {r.table for r in rows}
            if any(entry.table == "callback_requests" for entry in feed):
                # Any change to the queue, cached here or not: a free agent's app claims the
                # new request at once, and a supervisor's queue view refreshes.
                tables.add("callback_requests")
            if self._on_changes is not None and tables:
                self._on_changes(tables)
            if len(feed) < PULL_BATCH:
                return

    # -- reads ---------------------------------------------------------------------------------

    def read_caller(self, e164: str) -> ReadResult:
        """Contacts with this number, their tickets and history: central first, else the cache
        (`crm/sync_reads.py`: a central read also caches what it read)."""
        return sync_reads.read_contacts(
            self.reads,
            self.local,
            self.backend,
            contacts_with_number(e164),
            lambda: [r for r in self.local.lookup("phone", e164) if r.table == "contacts"],
            self._read_failed,
        )

    def read_contact(self, uid: str) -> ReadResult:
        """One contact (found by search) with their tickets and history, like read_caller."""
        contacts = schema.contacts.c
        return sync_reads.read_contacts(
            self.reads,
            self.local,
            self.backend,
            select(contacts.id).where(contacts.uid == uid),
            lambda: [r for r in [self.local.row("contacts", uid)] if r is not None],
            self._read_failed,
        )

    def _read_failed(self, why: str) -> None:
        """A read found the store away: say so at once, and let the loop find out for sure."""
        self._set_status(state=SyncState.OFFLINE, error=why, unseen=self._unseen())
        self._wake.set()

    def read_ticket(self, uid: str) -> CallerTicket | None:
        """One ticket by uid (the one a callback request is on): central, else the cache."""
        return sync_reads.read_ticket(self.engine, self.local, uid)

    def read_service_hours(self) -> dict[str, Any]:
        """The queues' weekly hours: central, else as kept from the last time; {} if never."""
        return sync_reads.read_service_hours(self.engine, self.local)

    def search(self, query: str, e164: str | None = None, limit: int = 20) -> SearchResult:
        """Contacts by name, e-mail or number, tickets by number or subject: central first,
        else what the cache holds (`crm/search.py`)."""
        return search.search(self.reads, self.local, self.backend, query, e164, limit)
