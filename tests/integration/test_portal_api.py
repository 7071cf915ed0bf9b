"""The portal service over HTTP on loopback (uvicorn on a thread), with the real store on SQLite
and PostgreSQL: the import's rules, merge, status, cancel, idempotent retries, web-form tickets
and availability. What stands at the door (keys, limits, CORS) is in test_portal_door.py.

One seeded store and one running service per backend (module scope); each test books with its
own phone numbers so the tests do not see each other's requests.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import psycopg
import pytest
from sqlalchemy import event, func, select, update

from crm import schema
from crm.portal_store import AVAILABILITY_SECONDS
from crm.presence import STALE_AFTER
from softphone.portal.app import create_app, openapi_json
from tests.support.feed_probe import feed_lock_free
from tests.support.portal_service import (
    ROME,
    TUESDAY_10,
    Service,
    booking,
    new_phone,
    portal_service,
    problem_fields,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "portal-openapi.json"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def service(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Service]:
    yield from portal_service(request, tmp_path_factory)


# -- bookings --------------------------------------------------------------------------------------


def test_a_booking_is_queued_with_its_reference_and_expected_time(service: Service) -> None:
    phone = new_phone()
    response = service.post("/v1/callbacks", booking(phone, topic="pensions", message="March"))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "queued" and body["kind"] == "now" and body["merged"] is False
    assert len(body["reference"]) >= 20 and body["expected_at"] is not None
    row = service.request_of("+39025" + phone[-7:])
    assert row["source"] == "web_form" and row["status"] == "queued" and row["consent"]
    assert row["topic_code"] == "pensions" and row["message"] == "March"
    assert row["ticket_id"] is not None  # a web booking becomes a ticket, as the import's do


def test_a_scheduled_booking_reads_local_times_in_the_callers_zone(service: Service) -> None:
    phone = new_phone()
    local = (
        (TUESDAY_10 + timedelta(days=3))
        .astimezone(ROME)
        .replace(hour=10, minute=30, second=0, microsecond=0, tzinfo=None)
    )
    response = service.post(
        "/v1/callbacks",
        booking(
            phone,
            language="de-AT",
            window_start=local.isoformat(),
            window_end=(local + timedelta(hours=1)).isoformat(),
            caller_time_zone="Europe/Rome",
        ),
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["kind"] == "scheduled"
    start = local.replace(tzinfo=ROME)
    assert datetime.fromisoformat(body["window_start"]) == start
    row = service.request_of("+39025" + phone[-7:])
    assert row["language"] == "de" and row["window_start"] == start
    assert row["caller_time_zone"] == "Europe/Rome"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"consent": False}, "consent"),
        ({"phone": "12"}, "phone"),
        ({"phone": "+39 02 1234 567 890 123"}, "phone"),
        ({"language": "xx"}, "language"),
        ({"topic": "astrology"}, "topic"),
        ({"kind": "scheduled"}, "window_start"),
        ({"window_start": "2026-12-20T10:00"}, "window_start"),  # no offset, no zone
        ({"window_start": "tomorrow"}, "window_start"),
        ({"window_start": "2026-12-20T10:00", "caller_time_zone": "Mars/Base"}, "caller_time_zone"),
        ({"window_start": "2030-01-02T10:00Z", "window_end": "2030-01-02T09:00Z"}, "window_end"),
        ({"window_start": "2020-01-02T10:00Z"}, "window_start"),
        ({"expires_at": "2020-01-01T00:00Z"}, "expires_at"),
        ({"color": "blue"}, "color"),
        ({"kind": "later"}, "kind"),
        ({"consent": None}, "consent"),
    ],
)
def test_every_rule_of_the_import_refuses_with_the_field(
    service: Service, fields: dict[str, Any], field: str
) -> None:
    body = {**booking(new_phone()), **fields}
    if fields.get("consent", True) is None:
        del body["consent"]
    response = service.post("/v1/callbacks", body)
    assert response.status_code == 422, response.text
    assert field in problem_fields(response)
    with service.central.engine.connect() as conn:
        phones = conn.scalars(select(schema.callback_requests.c.phone_e164)).all()
    assert not any(p.endswith(body["phone"][-7:]) for p in phones if len(body["phone"]) > 8)


def test_a_second_booking_for_the_same_number_and_topic_merges(service: Service) -> None:
    phone = new_phone()
    first = service.post("/v1/callbacks", booking(phone, topic="payments", message="IBAN"))
    second = service.post("/v1/callbacks", booking(phone, topic="payments", message="urgent"))
    assert first.status_code == second.status_code == 201
    assert second.json()["merged"] is False  # a booking never says it joined an open request
    assert first.json()["reference"] != second.json()["reference"]
    row = service.request_of("+39025" + phone[-7:])  # one request, both messages
    assert row["message"] == "IBAN\nurgent"
    other_topic = service.post("/v1/callbacks", booking(phone, topic="pensions"))
    assert other_topic.status_code == 201
    r = schema.callback_requests.c
    with service.central.engine.connect() as conn:  # the other topic made a request of its own
        assert conn.scalar(select(func.count()).where(r.phone_e164 == "+39025" + phone[-7:])) == 2


def test_status_and_cancel_are_the_portals_own(service: Service) -> None:
    phone = new_phone()
    ref = service.post("/v1/callbacks", booking(phone)).json()["reference"]
    assert service.get(f"/v1/callbacks/{ref}").json()["status"] == "queued"
    # Another portal neither sees nor cancels it.
    assert service.get(f"/v1/callbacks/{ref}", key=service.other_key).status_code == 404
    refused = service.http.delete(f"/v1/callbacks/{ref}", headers={"X-API-Key": service.other_key})
    assert refused.status_code == 404
    assert service.get("/v1/callbacks/no-such-ref").status_code == 404
    cancelled = service.http.delete(f"/v1/callbacks/{ref}", headers={"X-API-Key": service.key})
    assert cancelled.status_code == 200
    assert cancelled.json()["cancelled"] is True and cancelled.json()["status"] == "cancelled"
    assert service.request_of("+39025" + phone[-7:])["status"] == "cancelled"
    again = service.http.delete(f"/v1/callbacks/{ref}", headers={"X-API-Key": service.key})
    assert again.json()["cancelled"] is False
    # The status says nothing more than the caller's view: no number, no agent, no message.
    assert set(again.json()) == {
        "reference", "status", "kind", "expected_at", "window_start", "window_end",
        "merged", "cancelled",
    }  # fmt: skip


def test_a_cancel_holds_the_feed_s_lock_for_no_round_trip(service: Service) -> None:
    """The cancel's COMMIT goes with its change-feed row (crm/feed_pg.py): when the service's
    own commit is about to be sent, the lock every writer of the floor queues on is free and
    the change is visible."""
    if service.central.engine.dialect.name != "postgresql":
        pytest.skip("the embedded store has no feed lock")
    ref = service.post("/v1/callbacks", booking(new_phone())).json()["reference"]
    url = service.central.engine.url.set(drivername="postgresql")
    probes: list[tuple[bool, str]] = []  # (the lock was free, the request's status seen)
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as other:

        def before_commit(_conn: object) -> None:
            free = feed_lock_free(other)
            seen = other.execute(
                "SELECT r.status FROM callback_requests r JOIN portal_bookings b "
                "ON b.request_uid = r.uid WHERE b.ref = %s",
                (ref,),
            ).fetchone()
            probes.append((free, str(seen[0]) if seen else ""))

        event.listen(service.central.engine, "commit", before_commit)
        try:
            cancelled = service.http.delete(
                f"/v1/callbacks/{ref}", headers={"X-API-Key": service.key}
            )
        finally:
            event.remove(service.central.engine, "commit", before_commit)
    assert cancelled.status_code == 200 and cancelled.json()["cancelled"] is True
    assert "cancelled" in {status for _, status in probes}, probes
    assert all(free for free, _ in probes), probes


def test_a_booking_cannot_cancel_or_reveal_a_request_it_merged_into(service: Service) -> None:
    """Someone holding the public widget key books a victim's number: the answer does not say
    it joined an open request, and cancelling that reference only unlinks it."""
    phone = new_phone()
    e164 = "+39025" + phone[-7:]
    victim = service.post("/v1/callbacks", booking(phone, topic="payments", message="IBAN"))
    attacker = service.post("/v1/callbacks", booking(phone, topic="payments"))
    other_portal = service.http.post(
        "/v1/callbacks",
        json=booking(phone, topic="payments"),
        headers={"X-API-Key": service.other_key},
    )
    assert victim.status_code == attacker.status_code == other_portal.status_code == 201
    assert attacker.json()["merged"] is False and other_portal.json()["merged"] is False
    for answer in (attacker, other_portal):
        ref = answer.json()["reference"]
        key = service.key if answer is attacker else service.other_key
        cancelled = service.http.delete(f"/v1/callbacks/{ref}", headers={"X-API-Key": key})
        assert cancelled.status_code == 200, cancelled.text
        assert cancelled.json()["status"] == "cancelled" and cancelled.json()["cancelled"] is True
        assert service.request_of(e164)["status"] == "queued"  # the victim's request stays
        assert service.get(f"/v1/callbacks/{ref}", key=key).status_code == 404  # unlinked
    # The booking that created the request, now alone on it, cancels it.
    ref = victim.json()["reference"]
    cancelled = service.http.delete(f"/v1/callbacks/{ref}", headers={"X-API-Key": service.key})
    assert cancelled.json()["cancelled"] is True
    assert service.request_of(e164)["status"] == "cancelled"


def test_a_request_made_by_an_agent_is_not_cancelled_by_a_portal(service: Service) -> None:
    phone = new_phone()
    e164 = "+39025" + phone[-7:]
    ref = service.post("/v1/callbacks", booking(phone)).json()["reference"]
    r = schema.callback_requests
    with service.central.engine.begin() as conn:  # as if an agent's booking had made it
        conn.execute(update(r).where(r.c.phone_e164 == e164).values(uid="agent-made-request"))
        b = schema.portal_bookings
        conn.execute(update(b).where(b.c.ref == ref).values(request_uid="agent-made-request"))
    cancelled = service.http.delete(f"/v1/callbacks/{ref}", headers={"X-API-Key": service.key})
    assert cancelled.json()["cancelled"] is True
    assert service.request_of(e164)["status"] == "queued"


def test_a_request_being_called_is_not_cancelled(service: Service) -> None:
    phone = new_phone()
    ref = service.post("/v1/callbacks", booking(phone)).json()["reference"]
    r = schema.callback_requests
    with service.central.engine.begin() as conn:
        conn.execute(
            update(r).where(r.c.phone_e164 == "+39025" + phone[-7:]).values(status="dialling")
        )
    assert service.get(f"/v1/callbacks/{ref}").json()["status"] == "being_called"
    answer = service.http.delete(f"/v1/callbacks/{ref}", headers={"X-API-Key": service.key})
    assert answer.json()["cancelled"] is False and answer.json()["status"] == "being_called"
    with service.central.engine.begin() as conn:
        conn.execute(update(r).where(r.c.phone_e164 == "+39025" + phone[-7:]).values(status="done"))
    assert service.get(f"/v1/callbacks/{ref}").json()["status"] == "done"


def test_a_retry_with_the_same_idempotency_key_books_once(service: Service) -> None:
    phone = new_phone()
    body = booking(phone, topic="benefits")
    answers: list[httpx.Response] = []

    def send() -> None:
        answers.append(
            service.post("/v1/callbacks", body, **{"Idempotency-Key": f"k-{phone[-7:]}"})
        )

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {a.status_code for a in answers} == {201}, [a.text for a in answers]
    assert len({a.json()["reference"] for a in answers}) == 1
    assert sum(a.headers.get("Idempotent-Replayed") == "true" for a in answers) == 5
    with service.central.engine.connect() as conn:
        bookings = conn.scalar(
            select(func.count())
            .select_from(schema.portal_bookings)
            .where(schema.portal_bookings.c.ref == answers[0].json()["reference"])
        )
        count = conn.scalar(
            select(func.count())
            .select_from(schema.portal_bookings)
            .join(
                schema.callback_requests,
                schema.callback_requests.c.uid == schema.portal_bookings.c.request_uid,
            )
            .where(schema.callback_requests.c.phone_e164 == "+39025" + phone[-7:])
        )
    assert bookings == 1 and count == 1
    changed = service.post(
        "/v1/callbacks", booking(phone, topic="pensions"), **{"Idempotency-Key": f"k-{phone[-7:]}"}
    )
    assert changed.status_code == 422 and problem_fields(changed) == {"Idempotency-Key"}


# -- tickets ---------------------------------------------------------------------------------------


def test_a_web_form_becomes_a_ticket_on_the_contacts_card(service: Service) -> None:
    c = schema.contacts.c
    with service.central.engine.begin() as conn:
        contact_id, email = conn.execute(
            select(c.id, c.email).where(c.email.is_not(None)).order_by(c.id).limit(1)
        ).one()
    note = b"%PDF-1.4 a scan"
    response = service.post(
        "/v1/tickets",
        {
            "topic": "certificates",
            "subject": "Certificate missing",
            "description": "I asked for the CU in March.",
            "email": email.upper(),
            "language": "it",
            "attachments": [
                {
                    "filename": "request.pdf",
                    "content_type": "application/pdf",
                    "content_base64": base64.b64encode(note).decode(),
                }
            ],
        },
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert set(body) == {"ticket_number", "attachments"}  # nothing about who is a customer
    assert body["attachments"] == 1
    t, i, a = schema.tickets.c, schema.interactions.c, schema.ticket_attachments.c
    with service.central.engine.connect() as conn:
        ticket = conn.execute(select(schema.tickets).where(t.number == body["ticket_number"]))
        ticket = ticket.mappings().one()
        assert ticket["contact_id"] == contact_id and ticket["channel"] == "web_form"
        assert ticket["topic_code"] == "certificates" and ticket["status"] == "open"
        form = conn.execute(
            select(i.kind, i.direction, i.body, i.contact_id).where(i.ticket_id == ticket["id"])
        ).one()
        assert tuple(form) == ("web_form", "inbound", "I asked for the CU in March.", contact_id)
        assert conn.scalar(select(a.data).where(a.ticket_id == ticket["id"])) == note


def test_a_web_form_from_someone_new_makes_a_contact(service: Service) -> None:
    phone = new_phone()
    response = service.post(
        "/v1/tickets",
        {
            "subject": "Login", "description": "Cannot log in", "phone": phone,
            "email": f"new{phone[-7:]}@example.org", "language": "fr", "name": "Anne Martin",
        },
    )  # fmt: skip
    assert response.status_code == 201, response.text
    c, p, t = schema.contacts.c, schema.contact_phones.c, schema.tickets.c
    with service.central.engine.connect() as conn:
        contact_id, *contact = conn.execute(
            select(c.id, c.first_name, c.last_name, c.preferred_language)
            .join(schema.contact_phones, p.contact_id == c.id)
            .where(p.e164 == "+39025" + phone[-7:])
        ).one()
    assert tuple(contact) == ("Anne", "Martin", "fr")
    again = service.post(
        "/v1/tickets",
        {"subject": "Still", "description": "Still cannot", "phone": phone, "language": "fr"},
    )
    assert again.status_code == 201
    with service.central.engine.connect() as conn:  # found by the phone this time
        linked = conn.scalar(select(t.contact_id).where(t.number == again.json()["ticket_number"]))
        owners = conn.scalar(
            select(func.count())
            .select_from(schema.contact_phones)
            .where(p.e164 == "+39025" + phone[-7:])
        )
    assert linked == contact_id and owners == 1


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"email": None, "phone": None}, "email"),
        ({"phone": "000"}, "phone"),
        ({"language": "tlh"}, "language"),
        ({"topic": "astrology"}, "topic"),
        ({"subject": ""}, "subject"),
        ({"description": "  "}, "description"),
    ],
)
def test_a_web_form_is_refused_with_the_field(
    service: Service, fields: dict[str, Any], field: str
) -> None:
    form = {"subject": "S", "description": "D", "email": "a@example.org", "language": "it"}
    form.update(fields)
    response = service.post("/v1/tickets", {k: v for k, v in form.items() if v is not None})
    assert response.status_code == 422, response.text
    assert field in problem_fields(response)


# -- availability ----------------------------------------------------------------------------------


def set_presence(service: Service, state: str, *logins: str) -> None:
    """The agents' desks publish `state`, stamped alive at the service's clock."""
    ag, p = schema.agents.c, schema.agent_presence
    beat = service.clock[0]
    with service.central.engine.begin() as conn:
        ids = conn.scalars(select(ag.id).where(ag.login.in_(logins)) if logins else select(ag.id))
        for agent_id in ids.all():
            changed = conn.execute(
                update(p).where(p.c.agent_id == agent_id).values(state=state, heartbeat_at=beat)
            ).rowcount
            if not changed:
                conn.execute(
                    p.insert().values(
                        agent_id=agent_id,
                        state=state,
                        since=datetime.now(UTC),
                        heartbeat_at=beat,
                        current_call={},
                    )
                )


def polish_once(service: Service, shows: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """The Polish availability once it `shows` a change of the agents' presence: an answer is
    kept for `availability_seconds`, so the change shows within about that (the last answer
    after three times that)."""
    deadline = time.monotonic() + 3 * service.store.availability_seconds + 1
    while True:
        body: dict[str, Any] = service.get("/v1/availability", language="pl").json()
        if shows(body) or time.monotonic() > deadline:
            return body
        time.sleep(0.05)


def test_call_now_follows_the_agents_and_the_hours(service: Service) -> None:
    set_presence(service, "offline")
    service.clock[0] = TUESDAY_10
    try:
        closed = service.get("/v1/availability", language="pl").json()
        assert closed["open_now"] is True and closed["call_now"] is False
        assert closed["agents_available"] == 0 and closed["expected_wait_s"] is None
        set_presence(service, "available", "katarzyna.nowak")  # the one who speaks Polish
        offered = polish_once(service, lambda body: body["call_now"])
        assert offered["call_now"] is True and offered["agents_available"] == 1
        assert offered["expected_wait_s"] is not None
        assert datetime.fromisoformat(offered["open_until"]) == TUESDAY_10.replace(
            hour=13
        )  # 14:00 in Rome
        set_presence(service, "paused", "katarzyna.nowak")
        assert polish_once(service, lambda body: not body["call_now"])["call_now"] is False
        set_presence(service, "on_call", "katarzyna.nowak")  # signed in, busy: still offered
        assert polish_once(service, lambda body: body["call_now"])["call_now"] is True
        # Her desk crashes: it says nothing, it only stops stamping its presence.
        service.clock[0] = TUESDAY_10 + STALE_AFTER + timedelta(seconds=1)
        gone = polish_once(service, lambda body: not body["call_now"])
        assert gone["call_now"] is False and gone["agents_available"] == 0
        set_presence(service, "on_call", "katarzyna.nowak")  # back: stamped at the new time
        assert polish_once(service, lambda body: body["call_now"])["call_now"] is True
        service.clock[0] = TUESDAY_10 + timedelta(hours=5)  # 15:00 in Rome: hours over
        after = service.get("/v1/availability", language="pl").json()
        assert after["open_now"] is False and after["call_now"] is False
        assert datetime.fromisoformat(after["next_open"]) == TUESDAY_10 + timedelta(hours=23)
        windows = after["windows"]
        assert windows and all(
            9 <= datetime.fromisoformat(w["start"]).astimezone(ROME).hour < 14 for w in windows
        )
    finally:
        service.clock[0] = TUESDAY_10
        set_presence(service, "offline")


def test_booked_requests_use_up_a_windows_room(service: Service) -> None:
    service.clock[0] = datetime.now(UTC)
    try:
        first = service.get("/v1/availability", language="ru").json()["windows"][0]
        start = datetime.fromisoformat(first["start"])
        for _ in range(first["room"]):
            response = service.post(
                "/v1/callbacks",
                booking(new_phone(), language="ru", window_start=start.isoformat()),
            )
            assert response.status_code == 201, response.text
        after = service.get("/v1/availability", language="ru").json()["windows"]
        assert after and all(datetime.fromisoformat(w["start"]) != start for w in after)
    finally:
        service.clock[0] = TUESDAY_10


def test_availability_is_read_once_a_second_not_per_request(service: Service) -> None:
    """Many callers asking at once get the answer read less than a second ago: the store is
    asked again only once that answer is older (here the staffing query is counted)."""
    staffing: list[float] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "agent_presence" in statement:
            staffing.append(time.monotonic())

    event.listen(service.central.engine, "before_cursor_execute", count)
    try:
        first = service.get("/v1/availability", language="fr").json()
        started, read = time.monotonic(), len(staffing)
        answers = [service.get("/v1/availability", language="fr").json() for _ in range(20)]
        elapsed = time.monotonic() - started
    finally:
        event.remove(service.central.engine, "before_cursor_execute", count)
    assert read >= 1 and all(answer == first for answer in answers)
    assert len(staffing) - read <= 1 + int(elapsed / service.store.availability_seconds)


def test_an_older_availability_is_served_while_one_caller_reads_it_again(
    service: Service,
) -> None:
    store = service.store
    store.availability_seconds = 0.5
    try:
        first = store.availability("en", None)
        time.sleep(0.55)
        assert store.recent_availability("en", None) == (first, True)  # this caller reads again
        assert store.recent_availability("en", None) == (first, False)  # the others meanwhile
        fresh = store.availability("en", None)
        assert store.recent_availability("en", None) == (fresh, False)
        time.sleep(3 * store.availability_seconds)  # too old to serve: read before answering
        assert store.recent_availability("en", None) == (None, True)
    finally:
        store.availability_seconds = AVAILABILITY_SECONDS


def test_availability_refuses_unknown_languages_and_topics(service: Service) -> None:
    assert problem_fields(service.get("/v1/availability", language="xx")) == {"language"}
    bad = service.get("/v1/availability", language="it", topic="astrology")
    assert bad.status_code == 422 and problem_fields(bad) == {"topic"}
    missing = service.http.get("/v1/availability", headers={"X-API-Key": service.key})
    assert missing.status_code == 422 and problem_fields(missing) == {"language"}


# -- the OpenAPI document --------------------------------------------------------------------------


def test_the_openapi_document_in_docs_is_the_one_served(service: Service) -> None:
    served = service.http.get("/openapi.json").json()
    assert json.loads(DOCS.read_text(encoding="utf-8")) == served
    assert DOCS.read_text(encoding="utf-8") == openapi_json(create_app(service.store))


def test_many_bookings_on_one_connection(service: Service) -> None:
    """psycopg prepares a statement on its sixth run on a connection, and PostgreSQL plans it
    generically after five more; the booking's ON CONFLICT
    must still find the partial unique index then (it did not with a bound predicate)."""
    from crm.applier import apply_writes

    with service.central.engine.connect() as conn:
        for n in range(15):
            phone = "+39025" + new_phone()[-7:]
            payload = {"kind": "now", "source": "web_form", "phone_e164": phone, "language": "it"}
            assert apply_writes(
                conn, [(f"one-conn-{phone}-{n}", "callback.request", payload)],
                client_id="test", actor_login="",
            ) == 1  # fmt: skip
        conn.commit()


def test_softphone_portal_serve_answers_on_its_port(service: Service) -> None:
    """The command as deployed: its own process (uvicorn with the app factory), its key checks."""
    import socket
    import subprocess
    import sys
    import time

    if not service.central.url.startswith("sqlite"):
        pytest.skip("the command is the same on both backends: run once")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "softphone", "portal", "serve", "--url", service.central.url,
         "--listen", f"127.0.0.1:{port}"],
        stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5) as http:
            while True:
                try:
                    answer = http.get("/v1/topics", headers={"X-API-Key": service.key})
                    break
                except httpx.TransportError:
                    assert process.poll() is None, process.stderr.read().decode()  # type: ignore[union-attr]
                    assert time.monotonic() < deadline, "the service did not start"
                    time.sleep(0.1)
            assert answer.status_code == 200 and "pensions" in {t["code"] for t in answer.json()}
            assert http.get("/v1/topics").status_code == 401
    finally:
        process.terminate()
        process.wait(15)


def test_bookings_follow_changed_service_hours_once_the_cache_is_read_again(
    service: Service,
) -> None:
    """Bookings are scheduled with the store's cached calendar (read again after CACHE_SECONDS
    or forget_cache), not one read per booking: an edit of the hours reaches them then."""
    h, q = schema.service_hours, schema.service_queues.c
    engine = service.central.engine
    with engine.connect() as conn:
        saved = [dict(row) for row in conn.execute(select(h)).mappings()]
        zones = dict(conn.execute(select(q.code, q.time_zone)).all())
    day = (datetime.now(UTC).weekday() + 2) % 7  # every queue opens 03:00-04:00 that day only

    def booked_hour(store_cache_was_read: bool) -> int:
        if store_cache_was_read:
            service.store.forget_cache()
        phone = new_phone()
        answer = service.post("/v1/callbacks", {"phone": phone, "language": "de", "consent": True})
        assert answer.status_code == 201, answer.text
        row = service.request_of(f"+39025{phone[-7:]}")
        due = row["next_attempt_at"]
        due = due if due.tzinfo else due.replace(tzinfo=UTC)
        return int(due.astimezone(ZoneInfo(zones[row["queue_code"]])).hour)

    service.store.forget_cache()
    before = booked_hour(False)
    try:
        with engine.begin() as conn:
            conn.execute(h.delete())
            conn.execute(
                h.insert(),
                [{"queue_code": code, "weekday": day, "opens": "03:00", "closes": "04:00"}
                 for code in zones],
            )  # fmt: skip
        assert booked_hour(False) == before != 3  # the cached calendar, for CACHE_SECONDS
        assert booked_hour(True) == 3  # read again: the new hours
    finally:
        with engine.begin() as conn:
            conn.execute(h.delete())
            conn.execute(h.insert(), saved)
        service.store.forget_cache()
