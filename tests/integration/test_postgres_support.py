"""Tests for tests/support/postgres.py against a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.support import postgres as pg
from tests.support.postgres import (
    PostgresServer,
    find_or_start_server,
    start_throwaway_cluster,
    temp_database,
)
from tests.support.process import free_port

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    with find_or_start_server() as found:
        yield found


def _database_exists(server: PostgresServer, name: str) -> bool:
    with psycopg.connect(server.admin_conninfo) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_database WHERE datname = %s", (name,)
        ).fetchone()
    assert row is not None
    return row[0] == 1


def test_temp_database_is_usable_and_dropped(server: PostgresServer) -> None:
    with temp_database(server) as name:
        assert name.startswith("softphone_test_")
        assert _database_exists(server, name)
        with psycopg.connect(server.conninfo(name)) as conn:
            conn.execute("CREATE TABLE calls (id serial PRIMARY KEY, number text NOT NULL)")
            conn.execute("INSERT INTO calls (number) VALUES (%s)", ("+4930123456",))
            conn.commit()
            assert conn.execute("SELECT current_database()").fetchone() == (name,)
            assert conn.execute("SELECT number FROM calls").fetchall() == [("+4930123456",)]
    assert not _database_exists(server, name)


def test_temp_database_dropped_despite_error_and_open_session(server: PostgresServer) -> None:
    """An exception in the body and a leaked connection must not leave the db behind."""
    leaked: psycopg.Connection | None = None
    with pytest.raises(ZeroDivisionError), temp_database(server, prefix="Odd-Name") as name:
        leaked = psycopg.connect(server.conninfo(name))  # needs proper identifier quoting
        _ = 1 / 0
    assert not _database_exists(server, name)
    assert leaked is not None
    with pytest.raises(psycopg.OperationalError):
        leaked.execute("SELECT 1")
    leaked.close()


def test_temp_database_names_are_unique(server: PostgresServer) -> None:
    with temp_database(server) as first, temp_database(server) as second:
        assert first != second


def test_temp_database_rejects_overlong_prefix(server: PostgresServer) -> None:
    with pytest.raises(ValueError, match="too long"), temp_database(server, prefix="x" * 60):
        pass


def test_sqlalchemy_url_works(server: PostgresServer) -> None:
    sqlalchemy = pytest.importorskip("sqlalchemy")
    with temp_database(server) as name:
        url = server.sqlalchemy_url(name)
        assert url.startswith("postgresql+psycopg://")
        engine = sqlalchemy.create_engine(url)
        try:
            with engine.connect() as conn:
                assert conn.execute(sqlalchemy.text("SELECT current_database()")).scalar() == name
        finally:
            engine.dispose()


def test_sqlalchemy_url_format() -> None:
    server = PostgresServer(admin_conninfo="", host="127.0.0.1", port=5432, user="postgres")
    assert server.sqlalchemy_url("db") == "postgresql+psycopg://postgres@127.0.0.1:5432/db"


def test_env_var_takes_precedence(server: PostgresServer, monkeypatch) -> None:
    url = f"postgresql://{server.user}@{server.host}:{server.port}/postgres"
    monkeypatch.setenv(pg.ENV_VAR, url)
    with find_or_start_server() as chosen:
        assert (chosen.host, chosen.port, chosen.user) == (server.host, server.port, server.user)
        assert chosen.data_dir is None


def test_unreachable_env_var_is_an_error(monkeypatch) -> None:
    monkeypatch.setenv(pg.ENV_VAR, "postgresql://postgres@127.0.0.1:1/postgres")
    with pytest.raises(RuntimeError, match=pg.ENV_VAR), find_or_start_server():
        pass


def test_missing_binaries_error_says_what_to_install(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="apt-get install postgresql"):
        pg.find_postgres_bindir(str(tmp_path / "nothing" / "*" / "bin"))


def test_throwaway_cluster_starts_serves_and_is_removed() -> None:
    try:
        pg.find_postgres_bindir()
    except RuntimeError as exc:
        pytest.skip(f"cannot test the throwaway cluster here: {exc}")

    with start_throwaway_cluster() as server:
        data_dir = server.data_dir
        assert data_dir is not None and (data_dir / "PG_VERSION").is_file()
        assert server.port != 5432
        with psycopg.connect(server.admin_conninfo) as conn:
            assert conn.execute("SHOW port").fetchone() == (str(server.port),)
            assert conn.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
            assert conn.execute("SHOW fsync").fetchone() == ("off",)
            sockets = conn.execute("SHOW unix_socket_directories").fetchone()
            assert sockets == (str(data_dir.parent),)
            assert conn.execute("SELECT 40 + 2").fetchone() == (42,)
        with temp_database(server) as name, psycopg.connect(server.conninfo(name)) as conn:
            conn.execute("CREATE TABLE t (x int)")
        admin_conninfo = server.admin_conninfo

    assert not data_dir.exists()
    assert not data_dir.parent.exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(admin_conninfo, connect_timeout=2)


def test_throwaway_cluster_cleaned_up_when_body_raises() -> None:
    try:
        pg.find_postgres_bindir()
    except RuntimeError as exc:
        pytest.skip(f"cannot test the throwaway cluster here: {exc}")

    data_dir: Path | None = None
    with pytest.raises(KeyError), start_throwaway_cluster() as server:
        data_dir = server.data_dir
        raise KeyError("boom")
    assert data_dir is not None
    assert not data_dir.parent.exists()


def test_falls_back_to_throwaway_cluster_without_local_server(monkeypatch) -> None:
    try:
        pg.find_postgres_bindir()
    except RuntimeError as exc:
        pytest.skip(f"cannot test the throwaway cluster here: {exc}")

    monkeypatch.delenv(pg.ENV_VAR, raising=False)
    monkeypatch.setattr(pg, "DEFAULT_PORT", free_port(udp=False))  # nothing listens there
    with find_or_start_server() as server:
        assert server.data_dir is not None
        with temp_database(server) as name, psycopg.connect(server.conninfo(name)) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    assert not server.data_dir.exists()
