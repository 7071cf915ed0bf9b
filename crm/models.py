"""ORM classes over the store's tables, for the code that wants objects: seeding and tests.

The tables themselves live in `crm.schema` (SQLAlchemy Core); each class maps one of them with
`__table__`, so there is one schema and `Base.metadata` is `crm.schema.metadata`. The `Mapped`
annotations below only type the attributes. The app's start-up path reads through Core and
never imports this module, which keeps the ORM out of its memory.

The enumerations and helpers are defined in `crm.schema` and re-exported here.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from crm import schema
from crm.schema import (
    E164_LENGTH,
    LANGUAGE_LENGTH,
    NAMING_CONVENTION,
    OPEN_CALLBACK_STATUSES,
    CallbackKind,
    CallbackOutcome,
    CallbackSource,
    CallbackStatus,
    Channel,
    Direction,
    InteractionKind,
    MonitorMode,
    PresenceState,
    Role,
    TicketStatus,
    UTCDateTime,
    new_uid,
    utcnow,
)

__all__ = [
    "E164_LENGTH",
    "LANGUAGE_LENGTH",
    "NAMING_CONVENTION",
    "OPEN_CALLBACK_STATUSES",
    "Agent",
    "AgentLanguage",
    "AgentPresence",
    "Announcement",
    "AnnouncementRead",
    "AppliedWrite",
    "AuditEntry",
    "Base",
    "CallScript",
    "CallbackAttempt",
    "CallbackKind",
    "CallbackOutcome",
    "CallbackRequest",
    "CallbackSource",
    "CallbackStatus",
    "CannedAnswer",
    "CannedAnswerVersion",
    "ChangeLogEntry",
    "Channel",
    "Contact",
    "ContactPhone",
    "Direction",
    "DispositionCode",
    "Holiday",
    "Interaction",
    "InteractionKind",
    "MonitorMode",
    "MonitorSession",
    "PresenceState",
    "Role",
    "ScriptRun",
    "ServiceHours",
    "ServiceQueue",
    "Ticket",
    "TicketFieldChange",
    "TicketStatus",
    "Topic",
    "UTCDateTime",
    "new_uid",
    "utcnow",
]


class Base(DeclarativeBase):
    metadata = schema.metadata


class Agent(Base):
    __table__ = schema.agents

    id: Mapped[int]
    login: Mapped[str]
    display_name: Mapped[str]
    sip_uri: Mapped[str | None]
    extension: Mapped[str | None]
    role: Mapped[Role]
    time_zone: Mapped[str]
    active: Mapped[bool]
    created_at: Mapped[datetime]

    languages: Mapped[list[AgentLanguage]] = relationship(
        back_populates="agent", cascade="all, delete-orphan", order_by="AgentLanguage.rank"
    )


class AgentLanguage(Base):
    __table__ = schema.agent_languages

    agent_id: Mapped[int]
    language: Mapped[str]
    rank: Mapped[int]

    agent: Mapped[Agent] = relationship(back_populates="languages")


class Topic(Base):
    __table__ = schema.topics

    code: Mapped[str]
    names: Mapped[dict[str, Any]]
    queue_code: Mapped[str | None]
    active: Mapped[bool]


class ServiceQueue(Base):
    __table__ = schema.service_queues

    code: Mapped[str]
    names: Mapped[dict[str, Any]]
    time_zone: Mapped[str]
    languages: Mapped[list[str]]
    sla_minutes: Mapped[int]


class ServiceHours(Base):
    __table__ = schema.service_hours

    id: Mapped[int]
    queue_code: Mapped[str]
    weekday: Mapped[int]
    opens: Mapped[str]
    closes: Mapped[str]


class Holiday(Base):
    __table__ = schema.holidays

    id: Mapped[int]
    day: Mapped[date]
    queue_code: Mapped[str | None]
    names: Mapped[dict[str, Any]]


class BackOffice(Base):
    __table__ = schema.back_offices

    code: Mapped[str]
    names: Mapped[dict[str, Any]]
    email: Mapped[str | None]
    active: Mapped[bool]


class DispositionCode(Base):
    __table__ = schema.disposition_codes

    code: Mapped[str]
    topic_code: Mapped[str | None]
    names: Mapped[dict[str, Any]]
    active: Mapped[bool]


class Contact(Base):
    __table__ = schema.contacts

    id: Mapped[int]
    uid: Mapped[str]
    first_name: Mapped[str]
    last_name: Mapped[str]
    preferred_language: Mapped[str | None]
    email: Mapped[str | None]
    notes: Mapped[str]
    time_zone: Mapped[str | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    change_seq: Mapped[int]

    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )


class ContactPhone(Base):
    __table__ = schema.contact_phones

    id: Mapped[int]
    contact_id: Mapped[int]
    e164: Mapped[str]
    label: Mapped[str]
    is_primary: Mapped[bool]

    contact: Mapped[Contact] = relationship(back_populates="phones")


class Ticket(Base):
    __table__ = schema.tickets

    id: Mapped[int]
    uid: Mapped[str]
    number: Mapped[str]
    subject: Mapped[str]
    topic_code: Mapped[str | None]
    status: Mapped[TicketStatus]
    channel: Mapped[Channel]
    language: Mapped[str | None]
    contact_id: Mapped[int | None]
    assignee_id: Mapped[int | None]
    back_office_code: Mapped[str | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    change_seq: Mapped[int]

    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="ticket", order_by="Interaction.occurred_at"
    )


class TicketFieldChange(Base):
    __table__ = schema.ticket_field_changes

    id: Mapped[int]
    ticket_id: Mapped[int]
    field: Mapped[str]
    old_value: Mapped[str | None]
    new_value: Mapped[str | None]
    agent_id: Mapped[int | None]
    changed_at: Mapped[datetime]
    applied_at: Mapped[datetime]
    idempotency_key: Mapped[str | None]


class Interaction(Base):
    __table__ = schema.interactions

    id: Mapped[int]
    uid: Mapped[str]
    ticket_id: Mapped[int | None]
    contact_id: Mapped[int | None]
    kind: Mapped[InteractionKind]
    direction: Mapped[Direction]
    occurred_at: Mapped[datetime]
    duration_s: Mapped[int | None]
    disposition_code: Mapped[str | None]
    author_id: Mapped[int | None]
    subject: Mapped[str | None]
    body: Mapped[str]
    phone_e164: Mapped[str | None]
    sip_call_id: Mapped[str | None]
    recording_ref: Mapped[str | None]
    ivr_data: Mapped[dict[str, Any]]
    change_seq: Mapped[int]

    ticket: Mapped[Ticket | None] = relationship(back_populates="interactions")


class CallbackRequest(Base):
    __table__ = schema.callback_requests

    id: Mapped[int]
    uid: Mapped[str]
    kind: Mapped[CallbackKind]
    status: Mapped[CallbackStatus]
    source: Mapped[CallbackSource]
    phone_e164: Mapped[str]
    contact_id: Mapped[int | None]
    ticket_id: Mapped[int | None]
    queue_code: Mapped[str | None]
    topic_code: Mapped[str | None]
    language: Mapped[str]
    caller_name: Mapped[str]
    message: Mapped[str]
    consent: Mapped[bool]
    caller_time_zone: Mapped[str | None]
    window_start: Mapped[datetime | None]
    window_end: Mapped[datetime | None]
    next_attempt_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]
    attempts: Mapped[int]
    max_attempts: Mapped[int]
    assigned_agent_id: Mapped[int | None]
    lease_expires_at: Mapped[datetime | None]
    last_outcome: Mapped[CallbackOutcome | None]
    booked_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    change_seq: Mapped[int]
    sla_due_at: Mapped[datetime | None]


class CallbackAttempt(Base):
    __table__ = schema.callback_attempts

    id: Mapped[int]
    request_id: Mapped[int]
    agent_id: Mapped[int | None]
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    outcome: Mapped[CallbackOutcome | None]
    skip_reason: Mapped[str | None]
    sip_call_id: Mapped[str | None]
    idempotency_key: Mapped[str | None]


class CannedAnswer(Base):
    __table__ = schema.canned_answers

    id: Mapped[int]
    group_key: Mapped[str]
    language: Mapped[str]
    topic_code: Mapped[str | None]
    title: Mapped[str]
    body: Mapped[str]
    shortcut: Mapped[str | None]
    tags: Mapped[list[str]]
    version: Mapped[int]
    retired: Mapped[bool]
    use_count: Mapped[int]
    updated_by_id: Mapped[int | None]
    updated_at: Mapped[datetime]
    change_seq: Mapped[int]


class CannedAnswerVersion(Base):
    __table__ = schema.canned_answer_versions

    id: Mapped[int]
    answer_id: Mapped[int]
    version: Mapped[int]
    title: Mapped[str]
    body: Mapped[str]
    edited_by_id: Mapped[int | None]
    edited_at: Mapped[datetime]


class CallScript(Base):
    __table__ = schema.call_scripts

    id: Mapped[int]
    key: Mapped[str]
    topic_code: Mapped[str | None]
    language: Mapped[str]
    version: Mapped[int]
    name: Mapped[str]
    steps: Mapped[list[dict[str, Any]]]
    active: Mapped[bool]
    created_by_id: Mapped[int | None]
    created_at: Mapped[datetime]
    change_seq: Mapped[int]


class ScriptRun(Base):
    __table__ = schema.script_runs

    id: Mapped[int]
    uid: Mapped[str]
    script_id: Mapped[int]
    ticket_id: Mapped[int | None]
    interaction_id: Mapped[int | None]
    callback_request_id: Mapped[int | None]
    agent_id: Mapped[int | None]
    answers: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]


class AgentPresence(Base):
    __table__ = schema.agent_presence

    agent_id: Mapped[int]
    state: Mapped[PresenceState]
    reason: Mapped[str | None]
    since: Mapped[datetime]
    heartbeat_at: Mapped[datetime]
    current_call: Mapped[dict[str, Any]]
    change_seq: Mapped[int]


class Announcement(Base):
    __table__ = schema.announcements

    id: Mapped[int]
    author_id: Mapped[int]
    language: Mapped[str | None]
    body: Mapped[str]
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    change_seq: Mapped[int]


class AnnouncementRead(Base):
    __table__ = schema.announcement_reads

    announcement_id: Mapped[int]
    agent_id: Mapped[int]
    read_at: Mapped[datetime]


class MonitorSession(Base):
    __table__ = schema.monitor_sessions

    id: Mapped[int]
    token: Mapped[str]
    supervisor_id: Mapped[int]
    agent_id: Mapped[int]
    sip_call_id: Mapped[str | None]
    mode: Mapped[MonitorMode]
    created_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]


class AuditEntry(Base):
    __table__ = schema.audit_log

    id: Mapped[int]
    at: Mapped[datetime]
    actor_id: Mapped[int | None]
    action: Mapped[str]
    target_agent_id: Mapped[int | None]
    subject: Mapped[str | None]
    detail: Mapped[dict[str, Any]]


class ChangeLogEntry(Base):
    __table__ = schema.change_log

    seq: Mapped[int]
    table_name: Mapped[str]
    row_key: Mapped[str]
    changed_at: Mapped[datetime]


class AppliedWrite(Base):
    __table__ = schema.applied_writes

    idempotency_key: Mapped[str]
    client_id: Mapped[str]
    applied_at: Mapped[datetime]
