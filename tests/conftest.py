"""Shared fixtures: an in-memory keyring, a private app home per test, stores on SQLite and on a
real PostgreSQL (found or started by tests/support/postgres.py), and a qasync loop for UI tests.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from softphone import passwords
from tests.support.demo_store import CATALOG_PATH
from tests.support.pgbouncer import PgBouncer, pgbouncer_binary, start_pgbouncer
from tests.support.postgres import PostgresServer, find_or_start_server, temp_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in memory: tests never touch the OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError(username)
        del self.secrets[(service, username)]


PG_FIXTURES = frozenset({"pg_server", "pg_url", "pgbouncer", "via"})


def _uses_postgresql(item: pytest.Item) -> bool:
    """Asks for the shared server, or is the PostgreSQL case of a test run on both backends
    (fixtures such as store_url take the server with getfixturevalue, unseen here)."""
    names = set(getattr(item, "fixturenames", ()))
    callspec = getattr(item, "callspec", None)
    on_postgresql = callspec is not None and (
        "postgresql" in callspec.params.values() or "postgresql" in callspec.id.split("-")
    )
    return bool(names & PG_FIXTURES) or on_postgresql


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's hook reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """With pytest-xdist (`make test` runs two workers), every test on the shared PostgreSQL
    server runs on one worker, one at a time: they create and drop their own databases, but
    login and group roles are server-wide and the tests give the same agents' roles different
    passwords and groups. The SIP, UI and SQLite tests share out over both workers."""
    for item in items:
        if _uses_postgresql(item):
            item.add_marker(pytest.mark.xdist_group("postgresql"))


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Fail a PostgreSQL test that pytest-xdist has not grouped (pytest 9.2 stopped its
    grouping silently, pytest-xdist#1386): it would race the other worker's on the roles."""
    grouped = item.get_closest_marker("xdist_group") is not None
    if grouped and item.config.getoption("loadgroup", False) and "@" not in item.nodeid:
        pytest.fail(
            "pytest-xdist is not grouping the PostgreSQL tests, so they would race on "
            "server-wide roles: install pytest<9.2 (make test does) or run in one process "
            "(PYTEST_WORKERS=0)",
            pytrace=False,
        )


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
    passwords.drop_held()  # a session-only password held by one test is not the next test's


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config, data, log and cache directories."""
    home = tmp_path / "home"
    monkeypatch.setenv("SOFTPHONE_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def catalog() -> dict[str, Any]:
    return dict(json.loads(CATALOG_PATH.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    with find_or_start_server() as server:
        yield server


@pytest.fixture(scope="session")
def pgbouncer(pg_server: PostgresServer) -> Iterator[PgBouncer]:
    """A real PgBouncer in transaction pooling in front of the test server, for the session."""
    if pgbouncer_binary() is None:
        pytest.skip("PgBouncer is not installed (scripts/install-system-deps.sh installs it)")
    if pg_server.host.startswith("/"):
        pytest.skip("PgBouncer needs the server on TCP")
    with start_pgbouncer(pg_server) as bouncer:
        yield bouncer


@pytest.fixture(params=["direct", "pgbouncer"])
def via(request: pytest.FixtureRequest) -> int | None:
    """Runs a store test twice: straight to the server, and through PgBouncer in transaction
    pooling (the port agents connect to; None: the server's own)."""
    if request.param == "direct":
        return None
    return int(request.getfixturevalue("pgbouncer").port)


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    with temp_database(pg_server) as name:
        yield pg_server.sqlalchemy_url(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest) -> str:
    """Runs a test once on each backend."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def async_loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """The app's qasync loop over pytest-qt's QApplication, shared by the UI tests (their
    `async def` tests run on it: tests/ui/conftest.py)."""
    import qasync

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()


@pytest.fixture
def run_async(async_loop: asyncio.AbstractEventLoop) -> Any:
    """Run a coroutine on the app's loop from a plain test (the fast service tests in
    tests/unit/ that drive the phone services on a fake engine)."""

    def run(coroutine: Coroutine[Any, Any, Any], timeout: float = 30) -> Any:
        return async_loop.run_until_complete(asyncio.wait_for(coroutine, timeout))

    return run
