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

Run by an operator or a timer: `softphone db prune` (as the store's owner).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, func, select

from crm import schema

FEED_KEEP = timedelta(days=7)
KEYS_KEEP = timedelta(days=30)


@dataclass(frozen=True)
class PruneReport:
    change_log_deleted: int
    applied_writes_deleted: int
    oldest_seq_kept: int


def prune(
    conn: Connection,
    *,
    now: datetime | None = None,
    feed_keep: timedelta = FEED_KEEP,
    keys_keep: timedelta = KEYS_KEEP,
) -> PruneReport:
    """Delete change-log rows older than `feed_keep` (never the newest) and idempotency keys
    older than `keys_keep`, in the caller's transaction."""
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
    return PruneReport(int(deleted_log or 0), int(deleted_keys or 0), oldest)


def oldest_seq(conn: Connection) -> int:
    return int(conn.scalar(select(func.coalesce(func.min(schema.change_log.c.seq), 0))) or 0)
