"""Follow-ups booked at wrap-up: a callback for the caller, a ticket forwarded to a back office.

Applied as an agent logged in as themselves (on PostgreSQL the grants and policies apply)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select

from crm import applier, schema, write_context
from crm.service_hours import ServiceCalendar
from tests.support.moments import future_open_moment
from tests.support.sync_lab import Central, central_store

AGENT = "giulia.rossi"


@pytest.fixture
def central(store_url: str) -> Iterator[Central]:
    with central_store(store_url, [AGENT]) as central:
        yield central


@pytest.fixture
def agent_engine(central: Central) -> Iterator[Engine]:
    with central.connected_as(AGENT) as engine:
        yield engine


def apply(engine: Engine, kind: str, payload: dict[str, Any], key: str) -> None:
    with engine.begin() as conn:
        applier.apply_writes(conn, [(key, kind, payload)], client_id="c1", actor_login=AGENT)


def requests_for(central: Central, phone: str) -> list[Any]:
    table = schema.callback_requests
    with central.engine.connect() as conn:
        return list(
            conn.execute(select(table).where(table.c.phone_e164 == phone).order_by(table.c.id))
            .mappings()
            .all()
        )


def test_a_callback_booked_at_wrap_up_and_a_second_booking_merges(
    central: Central, agent_engine: Engine
) -> None:
    ticket = central.ticket(0)
    phone = "+390212345678"
    with central.engine.connect() as conn:
        calendar = ServiceCalendar.load(conn)
    # In the future and open on this day and the next, whatever day the test runs.
    at = future_open_moment(calendar, also_open_days_after=(1,))
    booking = {
        "kind": "scheduled",
        "source": "agent",
        "phone_e164": phone,
        "language": "it",
        "topic_code": "pensions",
        "ticket_uid": ticket["uid"],
        "window_start": at.isoformat(),
        "window_end": (at + timedelta(hours=1)).isoformat(),
        "message": "Wants the statement explained",
    }
    apply(agent_engine, "callback.request", booking, "k-book-1")
    (request,) = requests_for(central, phone)
    assert request["status"] == "queued" and request["source"] == "agent"
    assert request["window_start"] == at and request["next_attempt_at"] == at
    assert request["ticket_id"] == ticket["id"] and request["language"] == "it"

    # The caller books again on the portal for the same topic: one request, the new time.
    later = at + timedelta(days=1)
    apply(
        agent_engine,
        "callback.request",
        {**booking, "source": "web_form", "window_start": later.isoformat(),
         "window_end": None, "message": "Only after 9", "ticket_uid": None},
        "k-book-2",
    )  # fmt: skip
    (merged,) = requests_for(central, phone)
    assert merged["id"] == request["id"] and merged["next_attempt_at"] == later
    assert merged["message"] == "Wants the statement explained\nOnly after 9"
    assert merged["ticket_id"] == ticket["id"]  # kept from the first booking

    # Another topic is another request.
    apply(agent_engine, "callback.request", {**booking, "topic_code": "payments"}, "k-book-3")
    assert len(requests_for(central, phone)) == 2


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"phone_e164": "0212345678"}, "not an E.164 number"),
        ({"phone_e164": "+39<script>"}, "not an E.164 number"),
        ({"window_start": None}, "needs the time to call"),
        ({"window_end": "2026-12-01T08:00:00+00:00"}, "ends before it starts"),
        ({"kind": "sometime"}, "not a callback kind"),
        ({"window_start": "2026-12-01T09:30:00"}, "must carry a time zone"),
    ],
)
def test_an_invalid_callback_booking_is_refused_with_the_reason(
    central: Central, agent_engine: Engine, change: dict[str, Any], reason: str
) -> None:
    booking = {
        "kind": "scheduled",
        "phone_e164": "+390212345679",
        "language": "it",
        "window_start": "2026-12-01T09:30:00+00:00",
        **change,
    }
    with pytest.raises(write_context.WriteRejected, match=reason):
        apply(agent_engine, "callback.request", booking, "k-bad")
    assert requests_for(central, "+390212345679") == []


def test_a_ticket_forwarded_to_a_back_office_keeps_the_change_in_its_history(
    central: Central, agent_engine: Engine
) -> None:
    ticket = central.ticket(0)
    now = datetime.now(UTC)
    apply(
        agent_engine,
        "ticket.update",
        {
            "ticket_uid": ticket["uid"],
            "fields": {"back_office": "payments", "status": "pending"},
            "changed_at": now.isoformat(),
        },
        "k-forward",
    )
    tickets, history = schema.tickets, schema.ticket_field_changes
    with central.engine.connect() as conn:
        row = conn.execute(
            select(tickets.c.back_office_code, tickets.c.status).where(tickets.c.id == ticket["id"])
        ).one()
        changed = conn.execute(
            select(history.c.field, history.c.new_value).where(
                history.c.ticket_id == ticket["id"], history.c.field == "back_office"
            )
        ).all()
    assert tuple(row) == ("payments", "pending")
    assert [tuple(c) for c in changed] == [("back_office", "payments")]

    with pytest.raises(write_context.WriteRejected, match="unknown back office"):
        apply(
            agent_engine,
            "ticket.update",
            {
                "ticket_uid": ticket["uid"],
                "fields": {"back_office": "nowhere"},
                "changed_at": now.isoformat(),
            },
            "k-forward-bad",
        )
