"""The demo catalog's service hours as the calendar code sees them, without a store: the queues,
the holidays and the calendar built from softphone/resources/demo/catalog.json."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from crm.service_hours import QueueHours, ServiceCalendar, parse_hhmm


def queues_from_catalog(catalog: Mapping[str, Any]) -> list[QueueHours]:
    return [
        QueueHours(
            code=q["code"],
            time_zone=q["time_zone"],
            languages=tuple(q["languages"]),
            sla_minutes=int(q["sla_minutes"]),
            intervals=tuple(
                (int(h["weekday"]), parse_hhmm(h["open"]), parse_hhmm(h["close"]))
                for h in q["hours"]
            ),
        )
        for q in catalog["queues"]
    ]


def holidays_from_catalog(catalog: Mapping[str, Any]) -> list[tuple[date, str | None]]:
    return [(date.fromisoformat(h["date"]), h.get("queue")) for h in catalog["holidays"]]


def calendar_from_catalog(catalog: Mapping[str, Any]) -> ServiceCalendar:
    """The calendar the seeded store describes, from softphone/resources/demo/catalog.json."""
    return ServiceCalendar(queues_from_catalog(catalog), holidays_from_catalog(catalog))
