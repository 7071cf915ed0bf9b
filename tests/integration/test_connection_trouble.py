"""`crm.db.connection_trouble`: which failures of a real store mean "away, try again shortly"
(the portal answers 503, a read falls back to the primary) and which mean a statement or the
schema is wrong (a bug: a 500 with its traceback, never hidden behind "try again")."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from crm.db import connection_trouble, make_engine
from tests.support.postgres import PostgresServer, temp_database
from tests.support.process import free_port


def failure(url: str, *statements: str, **engine_options: float) -> SQLAlchemyError:
    """What running `statements` in one transaction raised."""
    engine = make_engine(url, **engine_options)
    try:
        with engine.connect() as conn:
            for sql in statements:
                conn.execute(text(sql))
    except SQLAlchemyError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError(f"{statements!r} did not fail")


def test_sqlite_a_file_that_cannot_be_opened_is_away_a_missing_table_is_a_bug(
    tmp_path: Path,
) -> None:
    assert connection_trouble(failure(f"sqlite:///{tmp_path}", "SELECT 1"))  # a directory
    assert not connection_trouble(failure(f"sqlite:///{tmp_path}/s.sqlite3", "SELECT * FROM nope"))


def test_postgresql_away_full_or_cut_against_wrong_or_slow(pg_server: PostgresServer) -> None:
    if pg_server.host.startswith("/"):
        pytest.skip("needs a TCP server")
    with temp_database(pg_server) as name:
        url = pg_server.sqlalchemy_url(name)
        closed = url.replace(f":{pg_server.port}/", f":{free_port(udp=False)}/")
        assert connection_trouble(failure(closed, "SELECT 1", connect_timeout_s=2))
        # Its own session ended by the server (as a restart or a failover does): 57P01.
        assert connection_trouble(failure(url, "SELECT pg_terminate_backend(pg_backend_pid())"))
        assert not connection_trouble(failure(url, "SELECT * FROM no_such_table"))
        assert not connection_trouble(failure(url, "SELEC 1"))
        # 57014, cancelled for its time: the server is there.
        cancelled = failure(url, "SET LOCAL statement_timeout = 10", "SELECT pg_sleep(1)")
        assert not connection_trouble(cancelled)
        # Every pooled connection busy for longer than the pool waits: away for now.
        engine = make_engine(url, pool_size=1, max_overflow=0, pool_timeout=0.2)
        try:
            held = engine.connect()
            try:
                with pytest.raises(SQLAlchemyError) as busy:
                    engine.connect()
            finally:
                held.close()
            assert connection_trouble(busy.value)
        finally:
            engine.dispose()
