"""Where a read goes: the read replica when it can answer for this agent, else the primary.

A floor's reads (screen-pop, search, history, the wallboard) dominate its writes, so they may go
to a PostgreSQL hot standby (`store.read_url`). Writes and callback claims always go to the
primary. Two things send a read back to the primary:

- read-your-writes: after each push this agent remembers the primary's WAL position
  (`pg_current_wal_insert_lsn()`, read after the commit, so at or past its commit record). A read
  first asks the replica whether it has replayed that far (`pg_last_wal_replay_lsn()`); if not
  (lag, or replay paused) the agent would not see their own note there, so the primary answers.
- a replica that is gone (connection refused, cut mid-read): the read is retried on the primary
  at once, and the replica is left alone for RETRY_REPLICA_S. That is not an outage for the agent,
  so nothing here reports one: the status bar stays as it is.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from crm.db import connection_trouble

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRY_REPLICA_S = 10.0
_BEYOND_ANY_LSN = "FFFFFFFF/FFFFFFFF"
_STANDBY = "softphone.standby"  # in a pooled connection's info: whether its server is a standby


class ReadRouter:
    def __init__(self, primary: Engine, replica: Engine | None = None) -> None:
        self.primary = primary
        self.replica = replica if primary.dialect.name == "postgresql" else None
        self._lock = threading.Lock()
        self._my_lsn: str | None = None  # the primary's WAL position after this agent's last write
        self._confirmed_lsn: str | None = None  # the last of those the replica was seen to have
        self._replica_down_until = 0.0
        # The read engine turned out to be the primary itself, behind another login or pooler
        # alias (crm.floor_reader's shared reader): it sees every write, so no positions.
        self._reads_on_primary = False
        self.last_source = "primary"  # where the last read went: "replica" or "primary"
        self.replica_reads = 0
        self.primary_reads = 0

    @property
    def has_replica(self) -> bool:
        return self.replica is not None

    def note_write(self, conn: Connection) -> None:
        """After a commit on the primary (any thread): remember how far the replica must be."""
        if self.replica is None or self._reads_on_primary:
            return
        with self._lock:  # until the position is known, only the primary answers for us
            self._my_lsn = _BEYOND_ANY_LSN
        # The insert position, not pg_current_wal_lsn() (the write position): with
        # synchronous_commit off the commit record may still be in the WAL buffers, before it.
        lsn = conn.scalar(text("SELECT pg_current_wal_insert_lsn()::text"))
        if conn.in_transaction():
            conn.commit()
        with self._lock:
            self._my_lsn = str(lsn)

    def read(self, work: Callable[[Connection], T]) -> T:
        """Run `work` on a connection that sees this agent's own writes; the replica's when it
        can. Errors from the primary are the caller's to handle (they mean the store is away)."""
        if self.replica is not None and time.monotonic() >= self._replica_down_until:
            try:
                with self.replica.connect() as conn:
                    if self._caught_up(conn):
                        result = work(conn)
                        self.last_source = "replica"
                        self.replica_reads += 1
                        return result
            except DBAPIError as exc:
                sqlstate = str(getattr(exc.orig, "sqlstate", "") or "")
                if connection_trouble(exc):
                    self._replica_down_until = time.monotonic() + RETRY_REPLICA_S
                    log.info("read replica unreachable, reading from the primary: %s", exc.orig)
                elif sqlstate.startswith("40") or sqlstate == "57014":
                    # Cancelled by a conflict with recovery, or slow: the primary answers.
                    log.info("read replica could not answer, reading from the primary: %s", exc)
                else:
                    raise
        try:
            with self.primary.connect() as conn:
                result = work(conn)
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            # A pooled connection that died since its last use (a restarted pooler): the pool
            # is renewed by now, so one more try tells a dropped connection from an outage.
            log.info("reconnecting for a read: %s", exc.orig)
            with self.primary.connect() as conn:
                result = work(conn)
        self.last_source = "primary"
        self.primary_reads += 1
        return result

    def _caught_up(self, conn: Connection) -> bool:
        with self._lock:
            mine, on_primary = self._my_lsn, self._reads_on_primary
        if on_primary:
            # Writes are not followed by their positions: fine while the read endpoint leads to
            # the primary. Each new read connection is asked once whether it still does (the
            # endpoint may move: a failover, a pooler pointed elsewhere).
            standby = conn.info.get(_STANDBY)
            if standby is None:
                standby = bool(conn.scalar(text("SELECT pg_is_in_recovery()")))
                if conn.in_transaction():
                    conn.commit()
                conn.info[_STANDBY] = standby
            if not standby:
                return True
            with self._lock:  # the writes made meanwhile have no position: the primary
                self._reads_on_primary = False  # answers until the next write's is known
                self._my_lsn = mine = _BEYOND_ANY_LSN
        if mine is None or mine == self._confirmed_lsn:
            return True  # nothing written since the replica last showed it had our writes
        replayed, standby = conn.execute(
            text(
                "SELECT coalesce(pg_last_wal_replay_lsn() >= CAST(:lsn AS pg_lsn), true),"
                " pg_is_in_recovery()"
            ),
            {"lsn": mine},
        ).one()
        if conn.in_transaction():
            conn.commit()
        conn.info[_STANDBY] = bool(standby)
        if not standby:
            self._reads_on_primary = True  # not a replica: nothing to wait for (see above)
        if replayed:
            with self._lock:
                if self._my_lsn == mine:
                    self._confirmed_lsn = mine
        return bool(replayed)
