"""The door's hot paths (softphone/portal/hot_paths.py), over HTTP on loopback with the real
store on SQLite and PostgreSQL: the requests they answer get the same bytes the FastAPI routes
send, retries are recognised across the two paths, the rate per key counts each request once,
and everything in doubt still goes to the routes.

The API's other tests run with `key_cache_s=0` (every key checked in the store), so there every
request takes the routes; here the keys are cached as in production and the service's
`hot_served` counter tells which path answered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from softphone.portal.guards import Limits
from softphone.portal.server import running
from tests.support.portal_service import (
    ORIGIN,
    Service,
    booking,
    new_phone,
    portal_service,
    problem_fields,
)

JSON = {"Content-Type": "application/json"}
# A content type the hot path leaves to the route (FastAPI reads it as JSON all the same).
JSON_UTF8 = {"Content-Type": "application/json; charset=utf-8"}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def service(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Service]:
    yield from portal_service(request, tmp_path_factory)


@contextmanager
def cached_keys(
    service: Service, limits: Limits | None = None
) -> Iterator[tuple[httpx.Client, Counter[str]]]:
    """Another service on the same store, its keys cached as in production: a client on it
    and the count of requests its hot paths answered."""
    limits = limits or Limits(rate_per_s=10_000, burst=10_000)
    with running(service.store, limits) as live, httpx.Client(base_url=live.url) as http:
        http.headers["X-API-Key"] = service.key
        assert http.get("/v1/topics").status_code == 200  # the key verified, then cached
        yield http, live.server.config.app.state.hot_served


def _post(http: httpx.Client, body: object, **headers: str) -> httpx.Response:
    return http.post("/v1/callbacks", content=httpx.Request("POST", "/", json=body).content,
                     headers=headers)  # fmt: skip


def _same(a: httpx.Response, b: httpx.Response) -> None:
    assert a.status_code == b.status_code, (a.text, b.text)
    assert a.content == b.content
    for name in ("content-type", "idempotent-replayed", "access-control-allow-origin"):
        assert a.headers.get(name) == b.headers.get(name), name


def test_availability_is_the_routes_answer_byte_for_byte(service: Service) -> None:
    with cached_keys(service) as (http, served):
        for params in ({"language": "de"}, {"language": "it", "topic": "benefits"}):
            routed = http.get("/v1/availability", params={**params, "via": "route"})
            assert served["/v1/availability"] == 0  # an unknown parameter: left to the route
            hot = http.get("/v1/availability", params=params)
            assert served["/v1/availability"] == 1
            _same(hot, routed)
            assert hot.json()["language"] == params["language"]
            served.clear()
        # No answer kept yet for French: the route reads one (and keeps it).
        http.get("/v1/availability", params={"language": "fr"})
        assert served["/v1/availability"] == 0
        # From a portal's own origin the CORS headers are there, as on the route.
        cors = http.get("/v1/availability", params={"language": "fr"}, headers={"Origin": ORIGIN})
        assert served["/v1/availability"] == 1
        assert cors.headers["access-control-allow-origin"] == ORIGIN
        # From an origin the key does not allow: refused by the route, not served.
        other = http.get(
            "/v1/availability",
            params={"language": "fr"},
            headers={"Origin": "https://evil.example"},
        )
        assert other.status_code == 403 and served["/v1/availability"] == 1
        # Refusals are the route's: an unknown language, a parameter too long, a bad key.
        assert problem_fields(http.get("/v1/availability", params={"language": "xx"})) == {
            "language"
        }
        long = http.get("/v1/availability", params={"language": "it", "topic": "t" * 49})
        assert long.status_code == 422 and problem_fields(long) == {"topic"}
        bad = http.get(
            "/v1/availability", params={"language": "it"}, headers={"X-API-Key": "spk_x_y"}
        )
        assert bad.status_code == 401
        assert served["/v1/availability"] == 1


def test_a_booking_and_its_retries_are_the_same_on_either_path(service: Service) -> None:
    with cached_keys(service) as (http, served):
        # Booked by the route, retried on the hot path: the first answer, replayed.
        phone = new_phone()
        body = booking(phone, topic="benefits")
        first = _post(http, body, **JSON_UTF8, **{"Idempotency-Key": f"a-{phone[-7:]}"})
        assert first.status_code == 201 and served["/v1/callbacks"] == 0
        retry = _post(http, body, **JSON, **{"Idempotency-Key": f"a-{phone[-7:]}"})
        assert served["/v1/callbacks"] == 1
        assert retry.headers["idempotent-replayed"] == "true"
        assert retry.json() == first.json()
        # Booked on the hot path, retried by the route.
        phone = new_phone()
        body = booking(phone, language="de")
        hot = _post(http, body, **JSON, **{"Idempotency-Key": f"b-{phone[-7:]}"})
        assert hot.status_code == 201 and served["/v1/callbacks"] == 2
        again = _post(http, body, **JSON_UTF8, **{"Idempotency-Key": f"b-{phone[-7:]}"})
        assert served["/v1/callbacks"] == 2
        assert again.headers["idempotent-replayed"] == "true" and again.json() == hot.json()
        assert service.request_of("+39025" + phone[-7:])["language"] == "de"
        # The same key with another body: refused, on either path, as the route refuses it.
        changed = booking(phone, language="fr")
        refused_hot = _post(http, changed, **JSON, **{"Idempotency-Key": f"b-{phone[-7:]}"})
        refused_route = _post(http, changed, **JSON_UTF8, **{"Idempotency-Key": f"b-{phone[-7:]}"})
        _same(refused_hot, refused_route)
        assert problem_fields(refused_hot) == {"Idempotency-Key"}


def test_refusals_of_a_valid_body_are_the_routes_and_invalid_bodies_go_to_it(
    service: Service,
) -> None:
    with cached_keys(service) as (http, served):
        # The model accepts it, the store's rules refuse it: answered on the hot path.
        no_consent = booking(new_phone(), consent=False, window_start="yesterday")
        hot, routed = _post(http, no_consent, **JSON), _post(http, no_consent, **JSON_UTF8)
        assert served["/v1/callbacks"] == 1
        _same(hot, routed)
        assert hot.status_code == 422 and {"consent", "window_start"} <= problem_fields(hot)
        # What the model refuses (a field it does not know, not JSON at all, a bad key header)
        # is the route's to refuse, with its own words.
        for request in (
            _post(http, {**booking(new_phone()), "colour": "red"}, **JSON),
            http.post("/v1/callbacks", content=b"{not json", headers=JSON),
            _post(http, booking(new_phone()), **JSON, **{"Idempotency-Key": "a key"}),
        ):
            assert request.status_code in (400, 422), request.text
        assert served["/v1/callbacks"] == 1


def test_the_rate_per_key_counts_each_request_once(service: Service) -> None:
    limits = Limits(rate_per_s=0.01, burst=4)
    with cached_keys(service, limits) as (http, served):  # the key's check took a token
        service.store.availability("it", None)  # an answer kept: each request can be served
        statuses = [
            http.get("/v1/availability", params={"language": "it"}).status_code for _ in range(5)
        ]
        assert statuses == [200, 200, 200, 429, 429]
        assert served["/v1/availability"] == 3
        refused = http.get("/v1/availability", params={"language": "it"})
        assert refused.headers["retry-after"] and problem_fields(refused) == {""}
