"""The change feed's rows on PostgreSQL in one statement (`crm.change_feed.record_changes`).

The feed's rule is unchanged: sequence numbers must become visible in order, so a writer takes
the feed's transaction-scoped advisory lock before it allocates its first number and holds it to
commit. What changes is how long it holds it. Taking the lock, inserting the `change_log` rows,
stamping `change_seq` on the changed rows and the NOTIFY used to be five round trips, and every
other writer of the store waited on the lock through all of them (and through the scheduling
delays of a loaded client between them). Here they are one statement: a MATERIALIZED CTE takes
the lock, the INSERT reads from it (so its sequence numbers are drawn after the lock is held),
data-modifying CTEs stamp each table's rows from the INSERT's RETURNING, and the NOTIFY carries
the last number. Holding the lock is then that statement plus the COMMIT.

Data-modifying CTEs run exactly once and to completion whether or not the main query reads
them, and all of them see the same snapshot (they never touch the same row twice here: each
changed row is listed once and belongs to one table).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import String

from crm import schema


def record_pg(
    conn: Connection,
    changes: Sequence[tuple[str, str]],
    *,
    lock_id: int,
    channel: str,
    keys: dict[str, str],
    now: datetime,
) -> int:
    """Append `changes` (unique (table, row key) pairs, in feed order) to the feed; returns the
    last sequence number. `keys` names the column each feed table's rows are known by."""
    stamps: list[str] = []
    params: dict[str, object] = {
        "lock_id": lock_id,
        "channel": channel,
        "now": now,
        "tables": [t for t, _ in changes],
        "keys": [k for _, k in changes],
    }
    for n, table_name in enumerate(dict.fromkeys(t for t, _ in changes)):
        table = schema.metadata.tables[table_name]
        if "change_seq" not in table.c:
            continue
        key = table.c[keys[table_name]]
        key_type = key.type.compile(dialect=conn.dialect)
        sets = ["change_seq = ins.seq"]
        # What the ORM-less UPDATE of before stamped through the columns' onupdate.
        sets += [f"{c.name} = :now" for c in table.c if c.onupdate is not None]
        params[f"t{n}"] = table_name
        stamps.append(
            f", s{n} AS (UPDATE {table.name} AS x SET {', '.join(sets)} FROM ins"
            f" WHERE ins.table_name = :t{n} AND x.{key.name} = CAST(ins.row_key AS {key_type}))"
        )
    statement = text(
        "WITH feed_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock(:lock_id) AS held),"
        " ins AS (INSERT INTO change_log (table_name, row_key, changed_at)"
        " SELECT u.t, u.k, :now FROM feed_lock,"
        " unnest(:tables, :keys) WITH ORDINALITY AS u(t, k, i) ORDER BY u.i"
        " RETURNING seq, table_name, row_key)"
        + "".join(stamps)
        + " SELECT last.seq FROM (SELECT max(seq) AS seq FROM ins) AS last,"
        " LATERAL (SELECT pg_notify(:channel, CAST(last.seq AS text))) AS notified"
    ).bindparams(
        bindparam("tables", type_=ARRAY(String)),
        bindparam("keys", type_=ARRAY(String)),
    )
    return int(conn.execute(statement, params).scalar_one())
