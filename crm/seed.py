"""Realistic demo data for a store, from the catalogue in softphone/resources/demo/catalog.json.

The catalogue is derived from the public contact-centre texts in shared/seeds: the topics of a
social-security contact centre (pensions, benefits, payments, digital services, portal access),
its service hours (Mon-Fri 8-20, Sat 8-14; foreign languages Mon-Fri 9-14; a portal with split
Thursday hours), the eight service languages and the channels tickets arrive by.

Everything is generated from a seeded random generator, relative to `now`, so the demo always
looks current and two runs with the same seed give the same store.

This module writes the store, one step per part of it; the weights, time zones and makers of
values (names, numbers, windows) it draws from are in `crm/seed_values.py`.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm.models import (
    Agent,
    AgentLanguage,
    AgentPresence,
    Announcement,
    BackOffice,
    CallbackKind,
    CallbackOutcome,
    CallbackRequest,
    CallbackSource,
    CallbackStatus,
    CallScript,
    CannedAnswer,
    Channel,
    Contact,
    ContactPhone,
    Direction,
    DispositionCode,
    Holiday,
    Interaction,
    InteractionKind,
    PresenceState,
    Role,
    ServiceHours,
    ServiceQueue,
    Ticket,
    TicketStatus,
    Topic,
)
from crm.seed_values import (
    CHANNEL_KIND,
    CHANNEL_WEIGHTS,
    LANGUAGE_WEIGHTS,
    REGION_TIME_ZONES,
    PhoneFactory,
    ascii_slug,
    next_open_slot,
    weighted,
)

DEMO_TICKET_PREFIX = "CC"


class AlreadySeeded(RuntimeError):
    """The store already holds agents: seeding again would mix two demo worlds."""


@dataclass(frozen=True)
class SeedReport:
    agents: int
    contacts: int
    phones: int
    shared_numbers: int
    tickets: int
    interactions: int
    callbacks: int
    canned_answers: int
    scripts: int

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def seed_demo(
    session: Session,
    catalog: Mapping[str, Any],
    *,
    seed: int = 2026,
    now: datetime | None = None,
    contacts: int = 240,
    tickets: int = 640,
) -> SeedReport:
    """Fill an empty, migrated store with a demo contact centre; the caller commits."""
    if session.scalar(select(func.count(Agent.id))):
        raise AlreadySeeded("the store already has agents; seed only a new, empty store")
    rng = random.Random(seed)
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    phones = PhoneFactory(rng)

    queues = _seed_reference_data(session, catalog)
    agents = _seed_agents(session, catalog, now, rng)
    people = _seed_contacts(session, catalog, contacts, phones, now, rng)
    ticket_count, interaction_count = _seed_tickets(
        session, catalog, people, agents, tickets, now, rng
    )
    callbacks = _seed_callbacks(session, catalog, people, queues, phones, now, rng)
    answers = _seed_canned_answers(session, catalog, agents)
    scripts = _seed_scripts(session, catalog, agents)
    _seed_announcements(session, agents, now)
    session.flush()

    return SeedReport(
        agents=len(agents),
        contacts=len(people),
        phones=sum(len(c.phones) for c in people),
        shared_numbers=_count_shared_numbers(session),
        tickets=ticket_count,
        interactions=interaction_count,
        callbacks=callbacks,
        canned_answers=answers,
        scripts=scripts,
    )


def _seed_reference_data(
    session: Session, catalog: Mapping[str, Any]
) -> dict[str, tuple[ServiceQueue, list[tuple[int, str, str]]]]:
    queues: dict[str, tuple[ServiceQueue, list[tuple[int, str, str]]]] = {}
    for q in catalog["queues"]:
        queue = ServiceQueue(
            code=q["code"],
            names=q["names"],
            time_zone=q["time_zone"],
            languages=list(q["languages"]),
            sla_minutes=int(q["sla_minutes"]),
        )
        session.add(queue)
        queues[q["code"]] = (
            queue,
            [(int(h["weekday"]), h["open"], h["close"]) for h in q["hours"]],
        )
    # No ORM relationship orders these inserts, so the queues go in first, explicitly.
    session.flush()
    for code, (_queue, hours) in queues.items():
        for weekday, opens, closes in hours:
            session.add(ServiceHours(queue_code=code, weekday=weekday, opens=opens, closes=closes))
    for t in catalog["topics"]:
        session.add(Topic(code=t["code"], names=t["names"], queue_code=t.get("queue")))
    for h in catalog["holidays"]:
        session.add(Holiday(day=date.fromisoformat(h["date"]), names=h["name"]))
    session.flush()
    for d in catalog["dispositions"]:
        session.add(DispositionCode(code=d["code"], topic_code=d.get("topic"), names=d["names"]))
    for b in catalog.get("back_offices", ()):
        session.add(BackOffice(code=b["code"], names=b["names"], email=b.get("email")))
    return queues


def _seed_agents(
    session: Session, catalog: Mapping[str, Any], now: datetime, rng: random.Random
) -> list[Agent]:
    agents = []
    states = [
        PresenceState.AVAILABLE,
        PresenceState.ON_CALL,
        PresenceState.ON_CALL,
        PresenceState.WRAP_UP,
        PresenceState.PAUSED,
        PresenceState.AVAILABLE,
    ]
    pause_reasons = [p["code"] for p in catalog["pause_reasons"]]
    for index, a in enumerate(catalog["agents"]):
        agent = Agent(
            login=a["login"],
            display_name=a["display_name"],
            extension=a.get("extension"),
            role=Role(a["role"]),
            languages=[
                AgentLanguage(language=lang, rank=rank) for rank, lang in enumerate(a["languages"])
            ],
        )
        session.add(agent)
        agents.append(agent)
        # The first agent is the demo login: offline until the app signs in.
        state = PresenceState.OFFLINE if index == 0 else states[index % len(states)]
        session.flush()
        session.add(
            AgentPresence(
                agent_id=agent.id,
                state=state,
                reason=rng.choice(pause_reasons) if state == PresenceState.PAUSED else None,
                since=now - timedelta(seconds=rng.randrange(20, 1800)),
                heartbeat_at=now,
            )
        )
    return agents


def _seed_contacts(
    session: Session,
    catalog: Mapping[str, Any],
    count: int,
    phones: PhoneFactory,
    now: datetime,
    rng: random.Random,
) -> list[Contact]:
    people = catalog["people"]
    notes_by_lang = catalog["agent_notes"]
    contacts: list[Contact] = []
    for index in range(count):
        lang = weighted(rng, LANGUAGE_WEIGHTS)
        names = people[lang]
        first = rng.choice(names[rng.choice(("female", "male"))])
        last = rng.choice(names["last"])
        region = rng.choice(names["regions"])
        contact = Contact(
            first_name=first,
            last_name=last,
            preferred_language=lang,
            time_zone=REGION_TIME_ZONES.get(region, "Europe/Rome"),
            created_at=now - timedelta(days=rng.randrange(30, 1500)),
            notes=rng.choice(notes_by_lang[lang]) if rng.random() < 0.15 else "",
        )
        local = ascii_slug(first) and f"{ascii_slug(first)}.{ascii_slug(last)}"
        if rng.random() < 0.8:
            local = local or f"utente{index + 1000}"
            contact.email = f"{local}@{rng.choice(names['email_domains'])}"
        contact.phones.append(
            ContactPhone(e164=phones.make(region, "mobile"), label="mobile", is_primary=True)
        )
        if rng.random() < 0.35:
            contact.phones.append(ContactPhone(e164=phones.make(region, "fixed"), label="home"))
        if rng.random() < 0.08:
            other = rng.choice(names["regions"])
            contact.phones.append(ContactPhone(e164=phones.make(other, "mobile"), label="work"))
        contact.updated_at = contact.created_at
        session.add(contact)
        contacts.append(contact)

    # Families sharing a landline: the screen-pop must offer a chooser for these numbers.
    for first, second in zip(contacts[0:16:2], contacts[1:16:2], strict=True):
        home = next((p for p in first.phones if p.label == "home"), None)
        if home is None:
            home = ContactPhone(e164=phones.make("IT", "fixed"), label="home")
            first.phones.append(home)
        second.last_name = first.last_name
        second.preferred_language = first.preferred_language
        if all(p.e164 != home.e164 for p in second.phones):
            second.phones.append(ContactPhone(e164=home.e164, label="home"))
    session.flush()
    return contacts


def _seed_tickets(
    session: Session,
    catalog: Mapping[str, Any],
    contacts: list[Contact],
    agents: list[Agent],
    count: int,
    now: datetime,
    rng: random.Random,
) -> tuple[int, int]:
    subjects = catalog["subjects"]
    notes = catalog["agent_notes"]
    topics = [t["code"] for t in catalog["topics"]]
    dispositions = [d["code"] for d in catalog["dispositions"]]
    offices = [b["code"] for b in catalog.get("back_offices", ())]
    workers = [a for a in agents if a.role != Role.SUPERVISOR]
    # A few callers with several open tickets, some on the same topic (the duplicate warning).
    busy_callers = contacts[16:26]
    ticket_number = 0
    interactions = 0

    def add_ticket(contact: Contact, status: TicketStatus, topic: str, age_days: float) -> None:
        nonlocal ticket_number, interactions
        ticket_number += 1
        lang = contact.preferred_language or "it"
        item = rng.choice(subjects[topic][lang])
        channel = weighted(rng, CHANNEL_WEIGHTS)
        created = now - timedelta(days=age_days, minutes=rng.randrange(0, 600))
        speakers = [a for a in workers if lang in {al.language for al in a.languages}]
        assignee = rng.choice(speakers or workers)
        ticket = Ticket(
            number=f"{DEMO_TICKET_PREFIX}-{created.year}-{ticket_number:06d}",
            subject=item["subject"],
            topic_code=topic,
            status=status,
            channel=channel,
            language=lang,
            contact_id=contact.id,
            assignee_id=assignee.id if status != TicketStatus.OPEN or rng.random() < 0.6 else None,
            # Every third pending ticket waits on a back office (no draw: the data stays the same).
            back_office_code=offices[ticket_number % len(offices)]
            if offices and status == TicketStatus.PENDING and ticket_number % 3 == 0
            else None,
            created_at=created,
        )
        session.add(ticket)
        session.flush()
        primary = contact.phones[0].e164 if contact.phones else None
        first = Interaction(
            ticket_id=ticket.id,
            contact_id=contact.id,
            kind=CHANNEL_KIND[channel],
            direction=Direction.INBOUND,
            occurred_at=created,
            subject=item["subject"],
            body=item["body"],
            phone_e164=primary
            if channel in (Channel.PHONE, Channel.SMS, Channel.WHATSAPP)
            else None,
            duration_s=rng.randrange(60, 900) if channel == Channel.PHONE else None,
            author_id=assignee.id if channel == Channel.PHONE else None,
            disposition_code=rng.choice(dispositions) if channel == Channel.PHONE else None,
        )
        session.add(first)
        interactions += 1
        moment = created
        for _ in range(rng.randrange(0, 4)):
            moment += timedelta(hours=rng.randrange(1, 72))
            if moment >= now:
                break
            kind = rng.choice((InteractionKind.NOTE, InteractionKind.CALL, InteractionKind.EMAIL))
            session.add(
                Interaction(
                    ticket_id=ticket.id,
                    contact_id=contact.id,
                    kind=kind,
                    direction={
                        InteractionKind.NOTE: Direction.INTERNAL,
                        InteractionKind.CALL: rng.choice((Direction.INBOUND, Direction.OUTBOUND)),
                        InteractionKind.EMAIL: Direction.OUTBOUND,
                    }[kind],
                    occurred_at=moment,
                    author_id=assignee.id,
                    body=rng.choice(notes[lang]),
                    duration_s=rng.randrange(45, 1200) if kind == InteractionKind.CALL else None,
                    phone_e164=primary if kind == InteractionKind.CALL else None,
                    disposition_code=rng.choice(dispositions)
                    if kind == InteractionKind.CALL
                    else None,
                )
            )
            interactions += 1
        ticket.updated_at = min(moment, now)
        if status == TicketStatus.CLOSED:
            ticket.closed_at = ticket.updated_at

    for contact in busy_callers:
        topic = rng.choice(topics)
        add_ticket(contact, TicketStatus.OPEN, topic, rng.uniform(0.2, 6))
        add_ticket(contact, TicketStatus.PENDING, rng.choice(topics), rng.uniform(3, 20))
        if rng.random() < 0.5:
            add_ticket(contact, TicketStatus.REOPENED, rng.choice(topics), rng.uniform(10, 60))
        add_ticket(contact, TicketStatus.CLOSED, topic, rng.uniform(60, 300))

    statuses = {
        TicketStatus.CLOSED: 55,
        TicketStatus.OPEN: 22,
        TicketStatus.PENDING: 15,
        TicketStatus.REOPENED: 8,
    }
    while ticket_number < count:
        contact = rng.choice(contacts)
        status = weighted(rng, statuses)
        age = rng.uniform(0.05, 30) if status != TicketStatus.CLOSED else rng.uniform(5, 420)
        add_ticket(contact, status, rng.choice(topics), age)
    return ticket_number, interactions


def _seed_callbacks(
    session: Session,
    catalog: Mapping[str, Any],
    contacts: list[Contact],
    queues: Mapping[str, tuple[ServiceQueue, list[tuple[int, str, str]]]],
    phones: PhoneFactory,
    now: datetime,
    rng: random.Random,
) -> int:
    topics = [t["code"] for t in catalog["topics"]]
    people = catalog["people"]
    messages = catalog["subjects"]
    count = 0
    used: set[tuple[str, str]] = set()
    for index in range(26):
        known = index % 3 != 2
        contact = rng.choice(contacts) if known else None
        lang = contact.preferred_language if contact else weighted(rng, LANGUAGE_WEIGHTS)
        lang = lang or "it"
        topic = rng.choice(topics)
        if contact and contact.phones:
            number = contact.phones[0].e164
            name = f"{contact.first_name} {contact.last_name}"
        else:
            number = phones.make(rng.choice(people[lang]["regions"]), "mobile")
            gender = rng.choice(("female", "male"))
            name = f"{rng.choice(people[lang][gender])} {rng.choice(people[lang]['last'])}"
        if (number, topic) in used:
            continue
        used.add((number, topic))
        queue_code = "general" if lang in queues["general"][0].languages else "foreign_languages"
        queue, hours = queues[queue_code]
        kind = CallbackKind.NOW if index % 4 == 0 else CallbackKind.SCHEDULED
        booked = now - timedelta(minutes=rng.randrange(3, 240))
        start, end = (None, None)
        if kind == CallbackKind.SCHEDULED:
            start, end = next_open_slot(
                now + timedelta(hours=rng.randrange(0, 60)), hours, queue.time_zone, rng
            )
        session.add(
            CallbackRequest(
                kind=kind,
                source=CallbackSource.WEB_FORM,
                phone_e164=number,
                contact_id=contact.id if contact else None,
                queue_code=queue_code,
                topic_code=topic,
                language=lang,
                caller_name=name,
                message=rng.choice(messages[topic][lang])["body"],
                consent=True,
                window_start=start,
                window_end=end,
                next_attempt_at=start or booked,
                expires_at=(end or booked) + timedelta(days=3),
                booked_at=booked,
                status=CallbackStatus.QUEUED,
                attempts=1 if index % 7 == 3 else 0,
                last_outcome=CallbackOutcome.NO_ANSWER if index % 7 == 3 else None,
            )
        )
        count += 1
    return count


def _seed_canned_answers(session: Session, catalog: Mapping[str, Any], agents: list[Agent]) -> int:
    supervisor = next(a for a in agents if a.role == Role.SUPERVISOR)
    count = 0
    for answer in catalog["canned_answers"]:
        for lang, text in answer["translations"].items():
            session.add(
                CannedAnswer(
                    group_key=answer["key"],
                    language=lang,
                    topic_code=answer.get("topic"),
                    title=text["title"],
                    body=text["body"],
                    shortcut=answer.get("shortcut"),
                    tags=list(answer.get("tags", [])),
                    updated_by_id=supervisor.id,
                    use_count=(count * 37) % 23,
                )
            )
            count += 1
    return count


def _seed_scripts(session: Session, catalog: Mapping[str, Any], agents: list[Agent]) -> int:
    supervisor = next(a for a in agents if a.role == Role.SUPERVISOR)
    count = 0
    for script in catalog["call_scripts"]:
        for lang, body in script["translations"].items():
            session.add(
                CallScript(
                    key=script["key"],
                    topic_code=script.get("topic"),
                    language=lang,
                    name=script["name"].get(lang) or script["name"].get("en") or script["key"],
                    steps=list(body["steps"]),
                    created_by_id=supervisor.id,
                )
            )
            count += 1
    return count


def _seed_announcements(session: Session, agents: list[Agent], now: datetime) -> None:
    supervisor = next(a for a in agents if a.role == Role.SUPERVISOR)
    session.add_all(
        [
            Announcement(
                author_id=supervisor.id,
                body="Pension payments for next month are released on the first banking day; "
                "callers asking before then can be reassured.",
                created_at=now - timedelta(hours=2),
                expires_at=now + timedelta(days=5),
            ),
            Announcement(
                author_id=supervisor.id,
                language="de",
                body="Ab Montag beantwortet das Team Südtirol auch die Rückrufe auf Deutsch "
                "am Samstagvormittag.",
                created_at=now - timedelta(hours=20),
                expires_at=now + timedelta(days=2),
            ),
        ]
    )


def _count_shared_numbers(session: Session) -> int:
    shared = (
        select(ContactPhone.e164)
        .group_by(ContactPhone.e164)
        .having(func.count(func.distinct(ContactPhone.contact_id)) > 1)
        .subquery()
    )
    return int(session.scalar(select(func.count()).select_from(shared)) or 0)
