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

A writer that has nothing left to do in its transaction after the feed rows (a desk's push)
sends the COMMIT in the same message (`commit=True`): the lock is then held for what the server
does, never across a round trip to the client. Before, the lock stayed held until the client had
read the statement's answer and sent its COMMIT; a desk slow to do so (far away on a VPN, or
busy: `softphone bench floor` at 500 agents, whose desks share two cores) made every other
writer of the floor queue behind it, with their server connections, and then everyone else
queued for a server connection (up to 56 sessions waiting on this lock, pools waiting 35-66 s).

Data-modifying CTEs run exactly once and to completion whether or not the main query reads
them, and all of them see the same snapshot (they never touch the same row twice here: each
changed row is listed once and belongs to one table).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, Dialect, TextClause, bindparam, text
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
    scopes: dict[str, tuple[str, ...]],
    now: datetime,
    commit: bool = False,
) -> int:
    """Append `changes` (unique (table, row key) pairs, in feed order) to the feed; returns the
    last sequence number. `keys` names the column each feed table's rows are known by; `scopes`
    the columns (contact, ticket, assigned agent) copied from each changed row into its feed row,
    joined here so they cost no round trip (a row the writer cannot see gets none).

    `commit`: the transaction commits in the same message, as its last statement (the caller's
    own commit then finds nothing to do: psycopg sends none for a connection not in a
    transaction). Not inside a savepoint, which it would end with everything around it."""
    stamps: list[str] = []
    joins: list[str] = []
    scope_exprs: dict[str, list[str]] = {}
    params: dict[str, object] = {
        "lock_id": lock_id,
        "channel": channel,
        "now": now,
        "tables": [t for t, _ in changes],
        "keys": [k for _, k in changes],
    }
    for n, table_name in enumerate(dict.fromkeys(t for t, _ in changes)):
        table = schema.metadata.tables[table_name]
        key = table.c[keys[table_name]]
        key_type = key.type.compile(dialect=conn.dialect)
        params[f"t{n}"] = table_name
        if table_name in scopes:
            joins.append(
                f" LEFT JOIN {table.name} AS j{n} ON u.t = :t{n} AND j{n}.{key.name} ="
                f" CASE WHEN u.t = :t{n} THEN CAST(u.k AS {key_type}) END"
            )
            for column in scopes[table_name]:
                scope_exprs.setdefault(column, []).append(f"j{n}.{column}")
        if "change_seq" not in table.c:
            continue
        sets = ["change_seq = ins.seq"]
        # What the ORM-less UPDATE of before stamped through the columns' onupdate.
        sets += [f"{c.name} = :now" for c in table.c if c.onupdate is not None]
        stamps.append(
            f", s{n} AS (UPDATE {table.name} AS x SET {', '.join(sets)} FROM ins"
            f" WHERE ins.table_name = :t{n} AND x.{key.name} = CAST(ins.row_key AS {key_type}))"
        )
    scope_columns = "".join(f", {column}" for column in scope_exprs)
    scope_values = "".join(
        f", COALESCE({', '.join(exprs)})" if len(exprs) > 1 else f", {exprs[0]}"
        for exprs in scope_exprs.values()
    )
    statement = text(
        "WITH feed_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock(:lock_id) AS held),"
        f" ins AS (INSERT INTO change_log (table_name, row_key, changed_at{scope_columns})"
        f" SELECT u.t, u.k, :now{scope_values} FROM feed_lock,"
        " unnest(:tables, :keys) WITH ORDINALITY AS u(t, k, i)" + "".join(joins) + " ORDER BY u.i"
        " RETURNING seq, table_name, row_key)"
        + "".join(stamps)
        + " SELECT last.seq FROM (SELECT max(seq) AS seq FROM ins) AS last,"
        " LATERAL (SELECT pg_notify(:channel, CAST(last.seq AS text))) AS notified"
    ).bindparams(
        bindparam("tables", type_=ARRAY(String)),
        bindparam("keys", type_=ARRAY(String)),
    )
    if not commit:
        return int(conn.execute(statement, params).scalar_one())
    if conn.in_nested_transaction():
        raise ValueError("the feed cannot commit inside a savepoint")
    return _execute_and_commit(conn, statement, params)


def _execute_and_commit(conn: Connection, statement: TextClause, params: dict[str, object]) -> int:
    """`statement` then COMMIT, sent together: a simple-protocol message, which takes no
    parameters, so they are bound here (psycopg's ClientCursor quotes them as the server
    would). Run through SQLAlchemy all the same, so a failure is its DBAPIError and a dropped
    connection is invalidated as for any statement."""
    from psycopg import ClientCursor

    raw = conn.connection.driver_connection
    assert raw is not None
    with ClientCursor(raw) as quoting:
        bound = quoting.mogrify(_driver_sql(statement, conn.dialect), params)
    # no_parameters: executed as it is, so a `%` in a bound value (a key) is not a placeholder
    done = conn.exec_driver_sql(f"{bound}; COMMIT", execution_options={"no_parameters": True})
    return int(done.scalar_one())


_DRIVER_SQL: dict[tuple[str, str], str] = {}  # (statement, driver) -> its driver SQL
DRIVER_SQL_KEPT = 256


def _driver_sql(statement: TextClause, dialect: Dialect) -> str:
    """The statement in the driver's own placeholders (`%(name)s`), compiled once per text (a
    text per set of tables a transaction changed): SQLAlchemy's compiled cache does not see
    statements sent as driver SQL."""
    key = (statement.text, dialect.driver)
    found = _DRIVER_SQL.get(key)
    if found is None:
        if len(_DRIVER_SQL) >= DRIVER_SQL_KEPT:
            _DRIVER_SQL.clear()
        found = _DRIVER_SQL[key] = str(statement.compile(dialect=dialect))
    return found
