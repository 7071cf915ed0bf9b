"""Property-based fuzzing of the portal API from its own OpenAPI document (schemathesis), against
the real service on loopback with the real store (SQLite): no 5xx, and every refusal a 4xx with
a JSON list of problems that names the field when a field is at fault.

Bounded: a few dozen examples per operation, so the whole run stays near half a minute.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from crm.portal_store import PortalStore
from softphone.portal.guards import Limits
from softphone.portal.server import running
from tests.support.portal_service import create_key
from tests.support.sync_lab import make_central

EXAMPLES = 30


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'store.sqlite3'}"
    central = make_central(url, [])
    key = create_key(url, "fuzz")
    limits = Limits(rate_per_s=100_000, burst=100_000)
    try:
        with running(PortalStore(central.engine), limits) as service:
            yield service.url, key
    finally:
        central.engine.dispose()


@pytest.fixture(scope="module")
def api_schema(live: tuple[str, str]) -> Any:
    return schemathesis.openapi.from_url(f"{live[0]}/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_server_error_and_every_refusal_names_its_field(
    case: Any, live: tuple[str, str]
) -> None:
    response = case.call(base_url=live[0], headers={"X-API-Key": live[1]})
    assert response.status_code < 500, (case.method, case.path, response.text[:500])
    if response.status_code >= 400:
        body = response.json()
        problems = body["problems"]
        assert problems and all(p["message"] for p in problems), body
        if response.status_code == 422:
            assert any(p["field"] for p in problems), body
