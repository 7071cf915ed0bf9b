"""The desk's connection pool on a real PostgreSQL: a connection that sat idle is checked before
use and replaced if it died; one used a moment ago is not pinged (every feed poll would pay a
round trip through the pooler for it), and if it died anyway its statement fails, the pool is
renewed and the next try works (crm.sync's loop and crm.read_routing retry)."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from crm import db
from crm.db import libpq_conninfo, make_engine

pytestmark = pytest.mark.timeout(60)


def _terminate(url: str, pid: int) -> None:
    with psycopg.connect(libpq_conninfo(make_url(url)) or "", autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        while admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone():
            admin.execute("SELECT pg_sleep(0.05)")


def test_an_idle_connection_is_pinged_and_replaced_a_busy_one_is_not_pinged(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(pg_url)
    pings: list[str] = []
    real_ping = engine.dialect.do_ping

    def counted_ping(dbapi: object) -> bool:
        pings.append("ping")
        return real_ping(dbapi)  # type: ignore[arg-type]

    monkeypatch.setattr(engine.dialect, "do_ping", counted_ping)
    backend_pid = "SELECT pg_backend_pid()"
    with engine.connect() as conn:
        first = conn.scalar(text(backend_pid))
    for _ in range(5):  # polls every half second: the connection is never idle long
        with engine.connect() as conn:
            assert conn.scalar(text(backend_pid)) == first
    assert pings == []

    # The server drops it while it idles (a restarted pooler, a failover): checked, replaced.
    _terminate(pg_url, int(first))
    monkeypatch.setattr(db, "PING_IF_IDLE_S", 0.0)
    with engine.connect() as conn:
        second = conn.scalar(text(backend_pid))
    assert pings and second != first

    # Dropped right after use: not pinged, so the statement fails, and the next try works.
    monkeypatch.setattr(db, "PING_IF_IDLE_S", 3600.0)
    pings.clear()
    _terminate(pg_url, int(second))
    with pytest.raises(OperationalError), engine.connect() as conn:
        conn.scalar(text(backend_pid))
    with engine.connect() as conn:
        assert conn.scalar(text(backend_pid)) not in (first, second)
    assert pings == []
    engine.dispose()


def test_a_many_row_statement_is_parsed_once_not_on_every_batch(pg_url: str) -> None:
    """psycopg keeps a statement's parsed placeholders only up to 50 parameters unless told
    otherwise (crm.db); a batch's multi-row insert has hundreds, and its text repeats."""
    from psycopg import _queries

    rows = 120  # parameters: as in a batch of 25 bookings' requests
    values = ", ".join(f"(%(v{i})s::int)" for i in range(rows))
    statement = f"SELECT sum(x) FROM (VALUES {values}) AS t(x)"
    params = {f"v{i}": i for i in range(rows)}
    engine = make_engine(pg_url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(statement, params)  # parsed, and kept
            before = _queries._query2pg.cache_info().hits
            for _ in range(3):
                assert conn.exec_driver_sql(statement, params).scalar() == sum(range(rows))
            assert _queries._query2pg.cache_info().hits - before == 3
    finally:
        engine.dispose()
