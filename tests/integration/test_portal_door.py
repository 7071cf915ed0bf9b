"""What stands at the portal service's door, over HTTP on loopback with the real store on
SQLite and PostgreSQL: API keys (required, hashed, revocable, cached), request sizes, rates per
key and per client, CORS for the portals' own origins, and the work kept off the event loop.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Connection, func, select

from crm import schema
from crm.db import make_engine
from crm.portal_store import PortalStore
from softphone.cli import main
from softphone.portal.guards import Limits
from softphone.portal.server import running
from tests.support.portal_service import (
    ORIGIN,
    TUESDAY_10,
    Service,
    booking,
    central_behind_a_proxy,
    create_key,
    new_email,
    new_phone,
    portal_service,
    problem_fields,
)
from tests.support.postgres import PostgresServer
from tests.support.process import free_port


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def service(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Service]:
    yield from portal_service(request, tmp_path_factory)


def test_keys_are_required_checked_stored_hashed_and_revocable(service: Service) -> None:
    no_key = service.http.get("/v1/availability", params={"language": "it"})
    assert no_key.status_code == 401 and problem_fields(no_key) == {"X-API-Key"}
    forged = service.key[:-4] + ("AAAA" if not service.key.endswith("AAAA") else "BBBB")
    assert service.get("/v1/availability", key=forged, language="it").status_code == 401
    assert service.get("/v1/availability", key="hello", language="it").status_code == 401
    with service.central.engine.connect() as conn:
        rows = conn.execute(select(schema.portal_keys)).mappings().all()
    # "spk_<key id>_<secret>"; the secret itself may hold "_" (URL-safe base64).
    secret = service.key.split("_", 2)[2]
    assert len(secret) == 43
    assert rows and all(secret not in json.dumps(dict(r), default=str) for r in rows)
    url = service.central.url
    key = create_key(url, "short-lived")
    assert service.get("/v1/availability", key=key, language="it").status_code == 200
    assert main(["portal", "revoke-key", key.split("_")[1], "--url", url]) == 0
    assert service.get("/v1/availability", key=key, language="it").status_code == 401


def test_request_sizes_are_limited(service: Service) -> None:
    big = booking(new_phone(), message="x" * 20_000)
    response = service.post("/v1/callbacks", big)
    assert response.status_code == 413, response.text
    # Without a Content-Length (chunked): counted while it arrives.
    chunks = (json.dumps(big).encode()[i : i + 1000] for i in range(0, 21_000, 1000))
    chunked = service.http.post(
        "/v1/callbacks",
        content=chunks,
        headers={"X-API-Key": service.key, "Content-Type": "application/json"},
    )
    assert chunked.status_code == 413, chunked.text
    assert "Content-Length" not in chunked.request.headers
    file = base64.b64encode(b"\0" * (2 * 1024 * 1024 + 1)).decode()
    ticket = {
        "subject": "Big scan", "description": "see attached", "email": "big@example.org",
        "language": "it", "attachments": [{"filename": "scan.pdf", "content_base64": file}],
    }  # fmt: skip
    response = service.post("/v1/tickets", ticket)
    assert response.status_code == 413
    assert problem_fields(response) == {"attachments.0.content_base64"}


def test_rates_are_limited_per_key(service: Service) -> None:
    limits = Limits(rate_per_s=0.5, burst=3, key_cache_s=0)
    with running(service.store, limits) as live, httpx.Client(base_url=live.url) as http:
        codes = [
            http.get(
                "/v1/availability", params={"language": "it"}, headers={"X-API-Key": service.key}
            )
            for _ in range(4)
        ]
        other = http.get(
            "/v1/availability", params={"language": "it"}, headers={"X-API-Key": service.other_key}
        )
    assert [c.status_code for c in codes] == [200, 200, 200, 429]
    assert int(codes[-1].headers["Retry-After"]) >= 1
    assert other.status_code == 200  # the other portal has its own budget


def test_origins_and_attachments_are_worked_off_the_event_loop(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CORS check's store query and the attachments' base64 decoding run on a worker
    thread: a thread with no running event loop."""
    import softphone.portal.app as portal_app
    from crm import portal_keys

    on_loop: dict[str, bool] = {}

    def loop_running() -> bool:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return False
        return True

    real_origins, real_attachments = portal_keys.all_origins, portal_app._attachments

    def origins(conn: Connection) -> frozenset[str]:
        on_loop["origins"] = loop_running()
        return real_origins(conn)

    def attachments(*args: Any) -> Any:
        on_loop["attachments"] = loop_running()
        return real_attachments(*args)

    monkeypatch.setattr(portal_keys, "all_origins", origins)
    monkeypatch.setattr(portal_app, "_attachments", attachments)
    response = service.http.post(
        "/v1/tickets",
        json={
            "subject": "Scan",
            "description": "attached",
            "email": new_email("loop"),
            "language": "it",
            "attachments": [{"filename": "a.txt", "content_base64": "aGVsbG8="}],
        },
        headers={"X-API-Key": service.key, "Origin": ORIGIN},
    )
    assert response.status_code == 201, response.text
    assert on_loop == {"origins": False, "attachments": False}


def test_bad_keys_never_evict_a_good_one_and_a_burst_of_them_gets_429(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm import portal_keys

    lookups: list[str] = []
    real_verify = portal_keys.verify_key

    def verify(conn: Connection, key: str) -> Any:
        lookups.append(key)
        return real_verify(conn, key)

    monkeypatch.setattr(portal_keys, "verify_key", verify)
    limits = Limits(key_cache_s=300, failed_key_burst=5, failed_keys_per_s=0.001)
    with running(service.store, limits) as live, httpx.Client(base_url=live.url) as http:
        good = {"X-API-Key": service.key}
        assert http.get("/v1/topics", headers=good).status_code == 200
        # Many bad keys checked (straight on the key cache: over HTTP the address's limit
        # below stops them first), more than any cache bound.
        keys = live.server.config.app.state.keys
        for i in range(10_050):
            assert keys.verify(f"bad-key-{i}") is None
        lookups.clear()
        assert http.get("/v1/topics", headers=good).status_code == 200
        assert lookups == []  # the good key still answered from the cache
        # A burst of bad keys from one address: the first few are checked, then 429.
        codes = [
            http.get("/v1/topics", headers={"X-API-Key": f"guess-{i}"}).status_code
            for i in range(8)
        ]
        assert codes == [401] * 5 + [429] * 3
        assert len(lookups) == 5  # refused without a lookup
        assert http.get("/v1/topics", headers=good).status_code == 200  # a known key still goes


def test_cors_allows_only_the_portals_origins(service: Service) -> None:
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "x"}
    ok = service.http.options("/v1/callbacks", headers={"Origin": ORIGIN, **preflight})
    assert ok.status_code == 204 and ok.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "X-API-Key" in ok.headers["Access-Control-Allow-Headers"]
    evil = service.http.options(
        "/v1/callbacks", headers={"Origin": "https://evil.example", **preflight}
    )
    assert evil.status_code == 403 and "Access-Control-Allow-Origin" not in evil.headers
    headers = {"X-API-Key": service.key}
    allowed = service.http.get(
        "/v1/availability", params={"language": "it"}, headers={**headers, "Origin": ORIGIN}
    )
    assert allowed.status_code == 200
    assert allowed.headers["Access-Control-Allow-Origin"] == ORIGIN
    refused = service.http.get(
        "/v1/availability",
        params={"language": "it"},
        headers={**headers, "Origin": "https://evil.example"},
    )
    assert refused.status_code == 403 and "Access-Control-Allow-Origin" not in refused.headers
    # A key of a portal without that origin cannot be used from the first portal's pages.
    other = service.http.get(
        "/v1/availability",
        params={"language": "it"},
        headers={"X-API-Key": service.other_key, "Origin": ORIGIN},
    )
    assert other.status_code == 403


# -- a store that cannot be reached ----------------------------------------------------------------


def test_an_unreachable_store_is_answered_503_and_the_retry_books_once(
    pg_server: PostgresServer, caplog: pytest.LogCaptureFixture
) -> None:
    """The store goes away (its link cut, as a network or a server going down): every route
    answers 503 with Retry-After and the problem in the API's shape, not a 500; the answers
    to the portal's browser origin keep their CORS headers; a key the service has not seen
    yet is not called bad. Back, the same booking with its Idempotency-Key books once."""
    with central_behind_a_proxy(pg_server) as (central, proxy, through):
        key = create_key(central.url, "www", ORIGIN)
        other = create_key(central.url, "other-portal")
        store = PortalStore(make_engine(through), clock=lambda: TUESDAY_10)
        limits = Limits(rate_per_s=10_000, burst=10_000, key_cache_s=300)
        with (
            running(store, limits) as live,
            httpx.Client(base_url=live.url, timeout=30) as http,
        ):
            headers = {"X-API-Key": key, "Origin": ORIGIN}
            first = http.post("/v1/callbacks", json=booking(new_phone()), headers=headers)
            assert first.status_code == 201, first.text  # the key and origins are now known
            ref = first.json()["reference"]
            phone = new_phone()
            retried = {**headers, "Idempotency-Key": "retry-after-outage"}

            proxy.cut()
            caplog.set_level(logging.WARNING, logger="softphone.portal.guards")
            answers = {
                "booking": http.post("/v1/callbacks", json=booking(phone), headers=retried),
                "booking by the route": http.post(  # a content type the hot path leaves
                    "/v1/callbacks",
                    content=json.dumps(booking(new_phone())),
                    headers={**headers, "Content-Type": "application/json; charset=utf-8"},
                ),
                "status": http.get(f"/v1/callbacks/{ref}", headers=headers),
                "availability": http.get(
                    "/v1/availability", params={"language": "de"}, headers=headers
                ),
                "ticket": http.post(
                    "/v1/tickets",
                    json={
                        "subject": "Pension",
                        "description": "When is it paid?",
                        "email": new_email("rosa"),
                        "language": "it",
                    },
                    headers=headers,
                ),
                "a key not seen yet": http.get(
                    "/v1/availability", params={"language": "de"}, headers={"X-API-Key": other}
                ),
            }
            for what, answer in answers.items():
                assert answer.status_code == 503, (what, answer.status_code, answer.text)
                assert answer.headers["Retry-After"] == "30", what
                (problem,) = answer.json()["problems"]
                assert problem["field"] == "" and "try again" in problem["message"], what
                if what != "a key not seen yet":
                    assert answer.headers["Access-Control-Allow-Origin"] == ORIGIN, what
            logged = [r for r in caplog.records if "cannot be reached" in r.getMessage()]
            assert len(logged) == 1, [r.getMessage() for r in caplog.records]
            # A service started while the store is away knows no origin yet: still a 503
            # (without CORS headers: the browser then says the service cannot be reached).
            cold_store = PortalStore(make_engine(through), clock=lambda: TUESDAY_10)
            with (
                running(cold_store, limits) as cold,
                httpx.Client(base_url=cold.url, timeout=30) as fresh,
            ):
                answer = fresh.get("/v1/availability", params={"language": "it"}, headers=headers)
            cold_store.engine.dispose()
            assert answer.status_code == 503, answer.text
            assert "Access-Control-Allow-Origin" not in answer.headers

            proxy.restore()
            statuses = []
            for _ in range(3):  # as the portal retries after Retry-After
                again = http.post("/v1/callbacks", json=booking(phone), headers=retried)
                statuses.append(again.status_code)
                if again.status_code != 503:
                    break
            assert statuses[-1] == 201 and set(statuses[:-1]) <= {503}, statuses
        r = schema.callback_requests.c
        with central.engine.connect() as conn:
            count = conn.scalar(
                select(func.count())
                .select_from(schema.callback_requests)
                .where(r.phone_e164 == phone.replace(" ", ""))
            )
        assert count == 1
        store.engine.dispose()


def test_while_the_store_is_away_the_origins_are_read_again_only_every_few_seconds(
    pg_server: PostgresServer,
) -> None:
    """Each try may wait for a connection timeout on a thread: not one per request."""
    from sqlalchemy import event

    from softphone.portal.guards import KeyCache

    url = pg_server.sqlalchemy_url("postgres").replace(
        f":{pg_server.port}/", f":{free_port(udp=False)}/"
    )
    if url == pg_server.sqlalchemy_url("postgres"):
        pytest.skip("the test server is on a unix socket")
    store = PortalStore(make_engine(url, connect_timeout_s=1))
    tries: list[int] = []
    event.listen(store.engine, "do_connect", lambda *_args: tries.append(1))
    try:
        keys = KeyCache(store, Limits(key_cache_s=30))
        assert keys.origins() == frozenset() and keys.origins() == frozenset()
        assert len(tries) == 1
    finally:
        store.engine.dispose()
