"""Housekeeping a floor needs: the change log and the idempotency keys do not grow forever.

What is kept, and why:

- `change_log`: FEED_KEEP of history. A client that synced within that time finds every change
  since its position; one that was away longer finds its position older than the oldest row kept
  (`oldest > its position + 1`) and re-syncs from scratch: its cache is dropped and primed again
  (its outbox is kept and still pushed), and it says so (crm.sync logs it and counts it in
  SyncStatus.resyncs). The newest row is always kept, so the feed's position never goes back.
  Sequence numbers of rolled-back transactions leave gaps; a gap right after a long-away
  client's position can only make it re-sync once more than needed, never miss a change.
- `applied_writes` (idempotency keys): KEYS_KEEP, longer than FEED_KEEP. A key is needed until
  its client has heard that the write was applied; a client does not push an outbox entry older
  than KEYS_KEEP (crm.sync sets it aside as rejected, with the reason) because its key may be
  gone and the store could no longer tell a retry from a new write.
- `agent_presence`: a desk that crashed never said "offline"; the wallboard shows its agent as
  not responding from three missed heartbeats on (crm.presence). After GONE_AFTER with no
  heartbeat the agent is set "offline" (since their last heartbeat), so yesterday's crashed
  desk does not stay on the board as a red line; the change goes into the feed like any other.

Run by an operator or a timer: `softphone db prune` (as the store's owner).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, func, select, update

from crm import schema
from crm.change_feed import record_changes

FEED_KEEP = timedelta(days=7)
KEYS_KEEP = timedelta(days=30)
GONE_AFTER = timedelta(hours=12)  # no heartbeat for this long: the agent is offline


@dataclass(frozen=True)
class PruneReport:
    change_log_deleted: int
    applied_writes_deleted: int
    oldest_seq_kept: int
    presences_ended: int = 0


def prune(
    conn: Connection,
    *,
    now: datetime | None = None,
    feed_keep: timedelta = FEED_KEEP,
    keys_keep: timedelta = KEYS_KEEP,
    gone_after: timedelta = GONE_AFTER,
) -> PruneReport:
    """Delete change-log rows older than `feed_keep` (never the newest) and idempotency keys
    older than `keys_keep`, then set offline the agents whose desks have been silent for
    `gone_after`, in the caller's transaction. That last: its feed rows take the feed's lock,
    which every writer of the floor queues on, and it is then held for no delete."""
    now = now or datetime.now(UTC)
    log, keys = schema.change_log, schema.applied_writes
    newest = conn.scalar(select(func.max(log.c.seq)))
    deleted_log = 0
    if newest is not None:
        deleted_log = conn.execute(
            delete(log).where(log.c.changed_at < now - feed_keep).where(log.c.seq < newest)
        ).rowcount
    deleted_keys = conn.execute(delete(keys).where(keys.c.applied_at < now - keys_keep)).rowcount
    oldest = int(conn.scalar(select(func.coalesce(func.min(log.c.seq), 0))) or 0)
    ended = end_silent_presences(conn, now - gone_after)
    return PruneReport(int(deleted_log or 0), int(deleted_keys or 0), oldest, ended)


def end_silent_presences(conn: Connection, silent_since: datetime) -> int:
    """Agents still "signed in" whose last heartbeat is older than `silent_since` become
    offline as of that heartbeat; returns how many."""
    p = schema.agent_presence.c
    silent = (
        conn.execute(
            update(schema.agent_presence)
            .where(p.state != "offline", p.heartbeat_at < silent_since)
            .values(state="offline", reason=None, since=p.heartbeat_at, current_call={})
            .returning(p.agent_id)
        )
        .scalars()
        .all()
    )
    record_changes(conn, [("agent_presence", str(agent_id)) for agent_id in silent])
    return len(silent)


def oldest_seq(conn: Connection) -> int:
    return int(conn.scalar(select(func.coalesce(func.min(schema.change_log.c.seq), 0))) or 0)
