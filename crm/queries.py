"""Read queries for the app; each takes a Connection and returns DTOs from crm.dto.

They are SQLAlchemy Core over `crm.schema`, never the ORM: these reads are on the app's
start-up path, where loading the ORM and the mapped classes would cost memory for nothing.
"""

from __future__ import annotations

from sqlalchemy import Connection, case, func, select

from crm import schema
from crm.dto import (
    AgentDTO,
    CallbackRowDTO,
    DemoCallerDTO,
    DispositionDTO,
    HomeSnapshot,
    StoreCounts,
    TicketRowDTO,
)
from crm.schema import OPEN_CALLBACK_STATUSES, CallbackKind, TicketStatus

OPEN_TICKET_STATUSES = (TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.REOPENED)


def _full_name(first: str, last: str) -> str:
    return " ".join(part for part in (first, last) if part)


def agent_by_login(conn: Connection, login: str) -> AgentDTO | None:
    agent, language = schema.agents.c, schema.agent_languages.c
    row = conn.execute(
        select(
            agent.id, agent.login, agent.display_name, agent.role, agent.extension, agent.sip_uri
        ).where(agent.login == login)
    ).first()
    if row is None:
        return None
    languages = conn.scalars(
        select(language.language).where(language.agent_id == row.id).order_by(language.rank)
    )
    return AgentDTO(
        id=row.id,
        login=row.login,
        display_name=row.display_name,
        role=row.role.value,
        languages=tuple(languages),
        extension=row.extension,
        sip_uri=row.sip_uri,
    )


def open_tickets(conn: Connection, limit: int = 100) -> list[TicketRowDTO]:
    ticket, contact, agent = schema.tickets.c, schema.contacts.c, schema.agents.c
    assignee = select(agent.login).where(agent.id == ticket.assignee_id).scalar_subquery()
    rows = conn.execute(
        select(
            ticket.id,
            ticket.number,
            ticket.subject,
            ticket.topic_code,
            ticket.status,
            ticket.channel,
            ticket.language,
            ticket.updated_at,
            contact.first_name,
            contact.last_name,
            assignee.label("assignee_login"),
        )
        .outerjoin(schema.contacts, contact.id == ticket.contact_id)
        .where(ticket.status.in_(OPEN_TICKET_STATUSES))
        .order_by(ticket.updated_at.desc(), ticket.id.desc())
        .limit(limit)
    )
    return [
        TicketRowDTO(
            id=r.id,
            number=r.number,
            subject=r.subject,
            topic_code=r.topic_code,
            status=r.status.value,
            channel=r.channel.value,
            language=r.language,
            contact_name=_full_name(r.first_name, r.last_name),
            assignee_login=r.assignee_login,
            updated_at=r.updated_at,
        )
        for r in rows
    ]


def open_callbacks(conn: Connection, limit: int = 100) -> list[CallbackRowDTO]:
    request = schema.callback_requests.c
    # "Call me now" first, then by when the request is due, then first booked first served.
    now_first = case((request.kind == CallbackKind.NOW, 0), else_=1)
    rows = conn.execute(
        select(
            request.id,
            request.kind,
            request.status,
            request.phone_e164,
            request.caller_name,
            request.language,
            request.topic_code,
            request.booked_at,
            request.window_start,
            request.window_end,
        )
        .where(request.status.in_(OPEN_CALLBACK_STATUSES))
        .order_by(
            now_first,
            func.coalesce(request.window_start, request.booked_at),
            request.booked_at,
            request.id,
        )
        .limit(limit)
    )
    return [
        CallbackRowDTO(
            id=r.id,
            kind=r.kind.value,
            status=r.status.value,
            phone_e164=r.phone_e164,
            caller_name=r.caller_name,
            language=r.language,
            topic_code=r.topic_code,
            booked_at=r.booked_at,
            window_start=r.window_start,
            window_end=r.window_end,
        )
        for r in rows
    ]


def topic_names(conn: Connection) -> dict[str, dict[str, str]]:
    topic = schema.topics.c
    return {code: dict(names) for code, names in conn.execute(select(topic.code, topic.names))}


def dispositions(conn: Connection) -> list[DispositionDTO]:
    code = schema.disposition_codes.c
    rows = conn.execute(
        select(code.code, code.topic_code, code.names).where(code.active).order_by(code.code)
    )
    return [DispositionDTO(c, t, dict(n or {})) for c, t, n in rows]


def back_offices(conn: Connection) -> dict[str, dict[str, str]]:
    office = schema.back_offices.c
    rows = conn.execute(
        select(office.code, office.names).where(office.active).order_by(office.code)
    )
    return {code: dict(names or {}) for code, names in rows}


def store_counts(conn: Connection) -> StoreCounts:
    ticket, request, answer = schema.tickets.c, schema.callback_requests.c, schema.canned_answers.c

    def count(stmt: object) -> int:
        return int(conn.scalar(stmt) or 0)  # type: ignore[call-overload]

    return StoreCounts(
        agents=count(select(func.count(schema.agents.c.id))),
        contacts=count(select(func.count(schema.contacts.c.id))),
        tickets_open=count(
            select(func.count(ticket.id)).where(ticket.status.in_(OPEN_TICKET_STATUSES))
        ),
        tickets_total=count(select(func.count(ticket.id))),
        callbacks_open=count(
            select(func.count(request.id)).where(request.status.in_(OPEN_CALLBACK_STATUSES))
        ),
        canned_answers=count(select(func.count(answer.id)).where(answer.retired.is_(False))),
    )


def home_snapshot(conn: Connection, login: str) -> HomeSnapshot:
    return HomeSnapshot(
        agent=agent_by_login(conn, login) if login else None,
        open_tickets=tuple(open_tickets(conn)),
        callbacks=tuple(open_callbacks(conn)),
        topic_names=topic_names(conn),
        counts=store_counts(conn),
        dispositions=tuple(dispositions(conn)),
        back_offices=back_offices(conn),
    )


def demo_callers(conn: Connection, limit: int = 12) -> list[DemoCallerDTO]:
    """Contacts with an open ticket, by their most recent one: who would call a contact centre."""
    phone, contact, ticket = schema.contact_phones.c, schema.contacts.c, schema.tickets.c
    rows = conn.execute(
        select(
            phone.e164,
            contact.first_name,
            contact.last_name,
            ticket.topic_code,
            contact.preferred_language,
        )
        .join(schema.contacts, contact.id == phone.contact_id)
        .join(schema.tickets, ticket.contact_id == contact.id)
        .where(ticket.status.in_(OPEN_TICKET_STATUSES), phone.is_primary.is_(True))
        .order_by(ticket.updated_at.desc(), ticket.id.desc())
        .limit(limit * 3)
    ).all()
    callers: dict[str, DemoCallerDTO] = {}
    for number, first, last, topic, language in rows:
        if number not in callers and len(callers) < limit:
            callers[number] = DemoCallerDTO(
                number=number,
                display_name=_full_name(first, last),
                topic=topic or "",
                language=language or "it",
            )
    return list(callers.values())
