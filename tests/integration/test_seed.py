"""The demo seed gives a realistic contact centre, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from sqlalchemy import func, select

from crm.db import make_engine, session_factory
from crm.migrate import upgrade
from crm.models import (
    Agent,
    AgentLanguage,
    CallbackKind,
    CallbackRequest,
    Channel,
    Contact,
    ContactPhone,
    Role,
    ServiceHours,
    Ticket,
    TicketStatus,
)
from crm.queries import home_snapshot
from crm.seed import AlreadySeeded, seed_demo
from crm.seed_values import ascii_slug
from tests.support.postgres import temp_database

pytestmark = pytest.mark.postgres

LANGUAGES = {"it", "de", "en", "fr", "ar", "pl", "es", "ru"}
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)  # a Friday morning


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def seeded(request: pytest.FixtureRequest, tmp_path_factory, catalog: dict):
    """Seeded once per backend for the whole module; the tests only read."""
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('seed') / 'store.sqlite3'}"
        else:
            server = request.getfixturevalue("pg_server")
            url = server.sqlalchemy_url(stack.enter_context(temp_database(server)))
        engine = make_engine(url)
        stack.callback(engine.dispose)
        upgrade(engine)
        sessions = session_factory(engine)
        with sessions.begin() as session:
            report = seed_demo(session, catalog, now=NOW)
        yield sessions, report


def test_seed_counts_and_languages(seeded) -> None:
    sessions, report = seeded
    assert report.agents == 12 and report.contacts == 240 and report.tickets == 640
    assert report.canned_answers == 64  # 8 answers x 8 languages
    with sessions() as session:
        contact_languages = set(session.scalars(select(Contact.preferred_language).distinct()))
        agent_languages = set(session.scalars(select(AgentLanguage.language).distinct()))
        roles = set(session.scalars(select(Agent.role).distinct()))
    assert contact_languages == LANGUAGES
    assert agent_languages == LANGUAGES
    assert roles == {Role.AGENT, Role.SPECIALIST, Role.SUPERVISOR}


def test_numbers_are_valid_e164_in_several_countries(seeded) -> None:
    sessions, _ = seeded
    with sessions() as session:
        numbers = list(session.scalars(select(ContactPhone.e164)))
    regions = set()
    for number in numbers:
        parsed = phonenumbers.parse(number)
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == number
        regions.add(phonenumbers.region_code_for_number(parsed))
    assert len(regions) >= 10


def test_some_numbers_are_shared_by_two_contacts(seeded) -> None:
    sessions, report = seeded
    assert report.shared_numbers >= 5
    with sessions() as session:
        shared = session.execute(
            select(ContactPhone.e164, func.count(ContactPhone.contact_id))
            .group_by(ContactPhone.e164)
            .having(func.count(ContactPhone.contact_id) > 1)
        ).all()
    assert len(shared) == report.shared_numbers


def test_tickets_from_every_channel_open_and_closed(seeded) -> None:
    sessions, _ = seeded
    with sessions() as session:
        channels = set(session.scalars(select(Ticket.channel).distinct()))
        statuses = set(session.scalars(select(Ticket.status).distinct()))
        several_open = session.scalar(
            select(func.count()).select_from(
                select(Ticket.contact_id)
                .where(Ticket.status != TicketStatus.CLOSED)
                .group_by(Ticket.contact_id)
                .having(func.count() >= 2)
                .subquery()
            )
        )
        numbers = list(session.scalars(select(Ticket.number)))
    assert channels == set(Channel)
    assert statuses == set(TicketStatus)
    assert several_open >= 8
    assert len(numbers) == len(set(numbers))


def test_service_hours_come_from_the_seeds(seeded) -> None:
    sessions, _ = seeded
    with sessions() as session:
        rows = session.execute(
            select(ServiceHours.queue_code, ServiceHours.weekday, ServiceHours.opens,
                   ServiceHours.closes)
        ).all()  # fmt: skip
    hours: dict[str, set[tuple[int, str, str]]] = {}
    for queue, weekday, opens, closes in rows:
        hours.setdefault(queue, set()).add((weekday, opens, closes))
    assert hours["general"] == {(d, "08:00", "20:00") for d in range(5)} | {(5, "08:00", "14:00")}
    assert hours["foreign_languages"] == {(d, "09:00", "14:00") for d in range(5)}
    assert {(3, "08:30", "12:30"), (3, "14:30", "17:30")} <= hours["portal"]
    assert not any(w == 3 and o == "09:00" for w, o, _ in hours["portal"])


def test_scheduled_callbacks_fall_inside_their_queue_hours(seeded) -> None:
    sessions, report = seeded
    assert report.callbacks >= 20
    with sessions() as session:
        hours = session.execute(
            select(ServiceHours.queue_code, ServiceHours.weekday, ServiceHours.opens,
                   ServiceHours.closes)
        ).all()  # fmt: skip
        requests = list(session.scalars(select(CallbackRequest)))
    kinds = {r.kind for r in requests}
    assert kinds == {CallbackKind.NOW, CallbackKind.SCHEDULED}
    for request in requests:
        if request.kind is CallbackKind.NOW:
            continue
        start = request.window_start.astimezone(ZoneInfo("Europe/Rome"))
        end = request.window_end.astimezone(ZoneInfo("Europe/Rome"))
        assert start > NOW
        inside = [
            (o, c)
            for q, w, o, c in hours
            if q == request.queue_code
            and w == start.weekday()
            and o <= start.strftime("%H:%M")
            and end.strftime("%H:%M") <= c
        ]
        assert inside, f"{request.queue_code} window {start}-{end} outside service hours"


def test_seeding_twice_is_refused(seeded, catalog) -> None:
    sessions, _ = seeded
    with pytest.raises(AlreadySeeded), sessions.begin() as session:
        seed_demo(session, catalog, now=NOW)


def test_home_snapshot_of_the_demo_agent(seeded) -> None:
    sessions, report = seeded
    with sessions() as session:
        home = home_snapshot(session.connection(), "giulia.rossi")
    assert home.agent is not None and home.agent.languages == ("it", "de", "en")
    assert home.counts.tickets_total == report.tickets
    assert 0 < len(home.open_tickets) <= home.counts.tickets_open
    updated = [t.updated_at for t in home.open_tickets]
    assert updated == sorted(updated, reverse=True)
    assert {t.status for t in home.open_tickets} <= {"open", "pending", "reopened"}
    assert [c.kind for c in home.callbacks[:3]] == ["now"] * 3
    assert home.counts.canned_answers == report.canned_answers  # the panel reads the cache


def test_seed_is_deterministic(sqlite_url: str, tmp_path, catalog) -> None:
    def numbers(url: str) -> list[str]:
        engine = make_engine(url)
        upgrade(engine)
        with session_factory(engine).begin() as session:
            seed_demo(session, catalog, now=NOW, contacts=30, tickets=60)
        with session_factory(engine)() as session:
            result = list(session.scalars(select(ContactPhone.e164).order_by(ContactPhone.id)))
        engine.dispose()
        return result

    assert numbers(sqlite_url) == numbers(f"sqlite:///{tmp_path / 'again.sqlite3'}")


@pytest.mark.parametrize(
    ("name", "slug"),
    [("Łukasz", "lukasz"), ("Jürgen", "jurgen"), ("Грищенко", "grishchenko"), ("محمد", "")],
)
def test_ascii_slug_for_email_addresses(name: str, slug: str) -> None:
    assert ascii_slug(name) == slug
