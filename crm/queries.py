"""Read queries for the app; each takes a Session and returns DTOs from crm.dto."""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from crm.dto import (
    AgentDTO,
    CallbackRowDTO,
    CannedAnswerRowDTO,
    DemoCallerDTO,
    HomeSnapshot,
    StoreCounts,
    TicketRowDTO,
)
from crm.models import (
    OPEN_CALLBACK_STATUSES,
    Agent,
    CallbackKind,
    CallbackRequest,
    CannedAnswer,
    Contact,
    ContactPhone,
    Ticket,
    TicketStatus,
    Topic,
)

OPEN_TICKET_STATUSES = (TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.REOPENED)


def _agent_dto(agent: Agent) -> AgentDTO:
    return AgentDTO(
        id=agent.id,
        login=agent.login,
        display_name=agent.display_name,
        role=agent.role.value,
        languages=tuple(lang.language for lang in agent.languages),
        extension=agent.extension,
        sip_uri=agent.sip_uri,
    )


def agent_by_login(session: Session, login: str) -> AgentDTO | None:
    agent = session.scalar(
        select(Agent).options(selectinload(Agent.languages)).where(Agent.login == login)
    )
    return _agent_dto(agent) if agent else None


def open_tickets(session: Session, limit: int = 100) -> list[TicketRowDTO]:
    assignee = select(Agent.login).where(Agent.id == Ticket.assignee_id).scalar_subquery()
    rows = session.execute(
        select(Ticket, Contact.first_name, Contact.last_name, assignee)
        .outerjoin(Contact, Contact.id == Ticket.contact_id)
        .where(Ticket.status.in_(OPEN_TICKET_STATUSES))
        .order_by(Ticket.updated_at.desc(), Ticket.id.desc())
        .limit(limit)
    ).all()
    return [
        TicketRowDTO(
            id=t.id,
            number=t.number,
            subject=t.subject,
            topic_code=t.topic_code,
            status=t.status.value,
            channel=t.channel.value,
            language=t.language,
            contact_name=" ".join(part for part in (first, last) if part),
            assignee_login=login,
            updated_at=t.updated_at,
        )
        for t, first, last, login in rows
    ]


def open_callbacks(session: Session, limit: int = 100) -> list[CallbackRowDTO]:
    # "Call me now" first, then by when the request is due, then first booked first served.
    now_first = case((CallbackRequest.kind == CallbackKind.NOW, 0), else_=1)
    requests = session.scalars(
        select(CallbackRequest)
        .where(CallbackRequest.status.in_(OPEN_CALLBACK_STATUSES))
        .order_by(
            now_first,
            func.coalesce(CallbackRequest.window_start, CallbackRequest.booked_at),
            CallbackRequest.booked_at,
            CallbackRequest.id,
        )
        .limit(limit)
    ).all()
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
        for r in requests
    ]


def canned_answers(session: Session, limit: int = 500) -> list[CannedAnswerRowDTO]:
    answers = session.scalars(
        select(CannedAnswer)
        .where(CannedAnswer.retired.is_(False))
        .order_by(CannedAnswer.use_count.desc(), CannedAnswer.title)
        .limit(limit)
    ).all()
    return [
        CannedAnswerRowDTO(
            id=a.id,
            group_key=a.group_key,
            language=a.language,
            title=a.title,
            body=a.body,
            shortcut=a.shortcut,
            topic_code=a.topic_code,
        )
        for a in answers
    ]


def topic_names(session: Session) -> dict[str, dict[str, str]]:
    return {code: dict(names) for code, names in session.execute(select(Topic.code, Topic.names))}


def store_counts(session: Session) -> StoreCounts:
    def count(stmt: object) -> int:
        return int(session.scalar(stmt) or 0)  # type: ignore[call-overload]

    return StoreCounts(
        agents=count(select(func.count(Agent.id))),
        contacts=count(select(func.count(Contact.id))),
        tickets_open=count(
            select(func.count(Ticket.id)).where(Ticket.status.in_(OPEN_TICKET_STATUSES))
        ),
        tickets_total=count(select(func.count(Ticket.id))),
        callbacks_open=count(
            select(func.count(CallbackRequest.id)).where(
                CallbackRequest.status.in_(OPEN_CALLBACK_STATUSES)
            )
        ),
        canned_answers=count(
            select(func.count(CannedAnswer.id)).where(CannedAnswer.retired.is_(False))
        ),
    )


def home_snapshot(session: Session, login: str) -> HomeSnapshot:
    return HomeSnapshot(
        agent=agent_by_login(session, login) if login else None,
        open_tickets=tuple(open_tickets(session)),
        callbacks=tuple(open_callbacks(session)),
        canned_answers=tuple(canned_answers(session)),
        topic_names=topic_names(session),
        counts=store_counts(session),
    )


def demo_callers(session: Session, limit: int = 12) -> list[DemoCallerDTO]:
    """Contacts with an open ticket, by their most recent one: who would call a contact centre."""
    rows = session.execute(
        select(
            ContactPhone.e164,
            Contact.first_name,
            Contact.last_name,
            Ticket.topic_code,
            Contact.preferred_language,
        )
        .join(Contact, Contact.id == ContactPhone.contact_id)
        .join(Ticket, Ticket.contact_id == Contact.id)
        .where(Ticket.status.in_(OPEN_TICKET_STATUSES), ContactPhone.is_primary.is_(True))
        .order_by(Ticket.updated_at.desc(), Ticket.id.desc())
        .limit(limit * 3)
    ).all()
    callers: dict[str, DemoCallerDTO] = {}
    for number, first, last, topic, language in rows:
        if number not in callers and len(callers) < limit:
            callers[number] = DemoCallerDTO(
                number=number,
                display_name=" ".join(part for part in (first, last) if part),
                topic=topic or "",
                language=language or "it",
            )
    return list(callers.values())
