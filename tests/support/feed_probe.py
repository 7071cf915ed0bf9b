"""Whether the change feed's lock is free, asked from another session (crm/feed_pg.py: a write
that commits with its feed rows holds it for no round trip to its client)."""

from __future__ import annotations

import psycopg

from crm import change_feed


def feed_lock_free(other: psycopg.Connection) -> bool:
    """On an autocommit connection: the transaction lock is taken and given back at once."""
    row = other.execute(
        "SELECT pg_try_advisory_xact_lock(%s)", (change_feed._FEED_LOCK_ID,)
    ).fetchone()
    return bool(row and row[0])
