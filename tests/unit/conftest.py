"""Fixtures of the fast unit tests: the demo catalog's service-hours calendar."""

from __future__ import annotations

from typing import Any

import pytest

from crm.service_hours import ServiceCalendar
from tests.support.service_hours import calendar_from_catalog


@pytest.fixture(scope="module")
def cal(catalog: dict[str, Any]) -> ServiceCalendar:
    """The calendar the demo store is seeded with (softphone/resources/demo/catalog.json)."""
    return calendar_from_catalog(catalog)
