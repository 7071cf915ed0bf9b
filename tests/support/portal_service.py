"""The portal service over HTTP on loopback (uvicorn on a thread) with a real store, for the
portal's API tests: a service per backend, its keys made by the real `softphone portal
create-key` command, and the little helpers every booking test uses."""

from __future__ import annotations

import contextlib
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import URL, select

from crm import schema
from crm.portal_store import PortalStore
from softphone.cli import main
from softphone.portal.guards import Limits
from softphone.portal.server import running
from tests.support.postgres import PostgresServer, temp_database
from tests.support.sync_lab import Central, central_store
from tests.support.tcp_proxy import TcpProxy, tcp_proxy

ROME = ZoneInfo("Europe/Rome")
ORIGIN = "https://www.example.org"
# A Tuesday morning: every demo queue is open (the service's clock; bookings use the real one).
TUESDAY_10 = datetime(2026, 12, 15, 10, 0, tzinfo=ROME).astimezone(UTC)
_numbers = itertools.count(1)


def new_phone() -> str:
    """A number no other test of the session books (the service is shared per module)."""
    return f"+39 02 5{next(_numbers):07d}"


def new_email(name: str) -> str:
    """An address no other test of the session uses."""
    return f"{name}{next(_numbers)}@example.org"


@dataclass
class Service:
    central: Central
    store: PortalStore
    http: httpx.Client
    key: str
    other_key: str
    clock: list[datetime]

    def post(self, path: str, body: Any, **headers: str) -> httpx.Response:
        return self.http.post(path, json=body, headers={"X-API-Key": self.key, **headers})

    def get(self, path: str, key: str | None = None, **params: str) -> httpx.Response:
        return self.http.get(path, params=params, headers={"X-API-Key": key or self.key})

    def request_of(self, phone_e164: str) -> dict[str, Any]:
        r = schema.callback_requests.c
        with self.central.engine.connect() as conn:
            rows = conn.execute(
                select(schema.callback_requests).where(r.phone_e164 == phone_e164)
            ).mappings()
            (row,) = rows.all()
            return dict(row)


def create_key(url: str, portal: str, *origins: str) -> str:
    """A new API key, made as IT makes one: `softphone portal create-key`."""
    out = io.StringIO()
    args = ["portal", "create-key", portal, "--url", url]
    for origin in origins:
        args += ["--origin", origin]
    with contextlib.redirect_stdout(out):
        assert main(args) == 0
    return out.getvalue().strip()


@contextlib.contextmanager
def backend_central(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Central]:
    """The central store of a fixture parametrized "sqlite"/"postgresql" (request.param): a
    seeded SQLite file, or a database of its own on the tests' PostgreSQL, dropped after."""
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('portal') / 'store.sqlite3'}"
        else:
            server: PostgresServer = request.getfixturevalue("pg_server")
            url = server.sqlalchemy_url(stack.enter_context(temp_database(server)))
        yield stack.enter_context(central_store(url, []))


def portal_service(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Service]:
    """The body of a module-scoped fixture parametrized "sqlite"/"postgresql": a seeded store,
    two portals' keys (one allowed from ORIGIN) and the service running on a free port."""
    with contextlib.ExitStack() as stack:
        central = stack.enter_context(backend_central(request, tmp_path_factory))
        url = central.url
        clock = [TUESDAY_10]
        store = PortalStore(central.engine, clock=lambda: clock[0])
        key = create_key(url, "www", ORIGIN)
        other = create_key(url, "other-portal")
        limits = Limits(rate_per_s=10_000, burst=10_000, key_cache_s=0)
        live = stack.enter_context(running(store, limits))
        http = stack.enter_context(httpx.Client(base_url=live.url, timeout=30))
        yield Service(central, store, http, key, other, clock)


def booking(phone: str, **fields: Any) -> dict[str, Any]:
    return {"phone": phone, "language": "it", "consent": True, **fields}


def problem_fields(response: httpx.Response) -> set[str]:
    return {p["field"] for p in response.json()["problems"]}


@contextlib.contextmanager
def central_behind_a_proxy(server: PostgresServer) -> Iterator[tuple[Central, TcpProxy, URL]]:
    """A seeded store of its own on the tests' PostgreSQL and a loopback proxy to it that the
    test can cut (the store "away"): the store, the proxy, and the store's URL through it."""
    if server.host.startswith("/"):
        pytest.skip("the proxy needs a TCP server")
    with (
        temp_database(server) as name,
        central_store(server.sqlalchemy_url(name), []) as central,
        tcp_proxy((server.host, server.port)) as proxy,
    ):
        yield central, proxy, central.engine.url.set(host=proxy.host, port=proxy.port)
