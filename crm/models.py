"""The central ticket store's schema (SQLAlchemy 2 declarative models).

One schema for both backends: PostgreSQL in production, a SQLite file as the embedded default.
So enumerations are strings with CHECK constraints (no native PostgreSQL enums, which SQLite
lacks and which are painful to alter), timestamps are UTC through `UTCDateTime`, and lists are
JSON. The Alembic migrations in `crm/migrations` create exactly this schema; a test compares
them.

Tables that later features fill (callbacks, canned answers, scripts, presence, announcements,
monitoring, audit, the change feed, applied idempotency keys) are shaped here already so that
those features add rows and queries, not a schema rebuild.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

# Deterministic constraint names: Alembic needs them to alter constraints later, and SQLite's
# batch mode can only drop a constraint it can name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

LANGUAGE_LENGTH = 8  # BCP 47 primary tags are 2-3 letters; room for "pt-BR" style tags.
E164_LENGTH = 16  # "+" and at most 15 digits (ITU-T E.164).


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uid() -> str:
    """A client-side identity, so a row created offline keeps its identity when it syncs."""
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both backends.

    SQLite stores no offset, so naive values read back are UTC by construction; aware values
    are converted to UTC on the way in; naive values are refused, because guessing a zone for
    a service-hours calendar is how callbacks get dialled at 3 a.m.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; attach a time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Role(enum.StrEnum):
    AGENT = "agent"
    SPECIALIST = "specialist"
    SUPERVISOR = "supervisor"


class TicketStatus(enum.StrEnum):
    OPEN = "open"
    PENDING = "pending"
    CLOSED = "closed"
    REOPENED = "reopened"


class Channel(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    WEB_FORM = "web_form"
    CHAT = "chat"
    WHATSAPP = "whatsapp"
    SMS = "sms"


class InteractionKind(enum.StrEnum):
    CALL = "call"
    NOTE = "note"
    EMAIL = "email"
    WEB_FORM = "web_form"
    CHAT = "chat"
    SMS = "sms"
    WHATSAPP = "whatsapp"


class Direction(enum.StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL = "internal"


class CallbackKind(enum.StrEnum):
    NOW = "now"
    SCHEDULED = "scheduled"


class CallbackStatus(enum.StrEnum):
    QUEUED = "queued"
    ASSIGNED = "assigned"
    DIALLING = "dialling"
    DONE = "done"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


# The states in which a request still counts as "open" for the one-per-number-and-topic rule.
OPEN_CALLBACK_STATUSES = (CallbackStatus.QUEUED, CallbackStatus.ASSIGNED, CallbackStatus.DIALLING)


class CallbackSource(enum.StrEnum):
    WEB_FORM = "web_form"
    AGENT = "agent"
    IVR = "ivr"
    IMPORT = "import"


class CallbackOutcome(enum.StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    WRONG_NUMBER = "wrong_number"
    CALL_BACK_LATER = "call_back_later"
    RESOLVED = "resolved"
    SKIPPED = "skipped"


class PresenceState(enum.StrEnum):
    AVAILABLE = "available"
    ON_CALL = "on_call"
    WRAP_UP = "wrap_up"
    PAUSED = "paused"
    OFFLINE = "offline"


class MonitorMode(enum.StrEnum):
    MONITOR = "monitor"
    WHISPER = "whisper"
    BARGE = "barge"


def _enum(cls: type[enum.StrEnum], name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in cls) + 4,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy's documented class-level mapping
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class ChangeTracked:
    """Rows other clients must hear about carry the change-feed sequence of their last change."""

    change_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0", index=True)


class Agent(Base):
    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    sip_uri: Mapped[str | None] = mapped_column(String(255))
    extension: Mapped[str | None] = mapped_column(String(32), unique=True)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"), default=Role.AGENT)
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Rome")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    languages: Mapped[list[AgentLanguage]] = relationship(
        back_populates="agent", cascade="all, delete-orphan", order_by="AgentLanguage.rank"
    )


class AgentLanguage(Base):
    """A language an agent speaks; a row each so routing is an indexed join, not a JSON scan."""

    __tablename__ = "agent_languages"

    agent_id: Mapped[int] = mapped_column(
        ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(LANGUAGE_LENGTH), primary_key=True, index=True)
    rank: Mapped[int] = mapped_column(Integer, default=0)  # 0 = the agent's first language

    agent: Mapped[Agent] = relationship(back_populates="languages")


class Topic(Base):
    """What a caller is calling about; the IVR menu, ticket categories and script keys use it."""

    __tablename__ = "topics"

    code: Mapped[str] = mapped_column(String(48), primary_key=True)
    names: Mapped[dict[str, Any]] = mapped_column(default=dict)  # language -> display name
    queue_code: Mapped[str | None] = mapped_column(ForeignKey("service_queues.code"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class ServiceQueue(Base):
    """A line or group with its own service hours and SLA (general, foreign languages, ...)."""

    __tablename__ = "service_queues"

    code: Mapped[str] = mapped_column(String(48), primary_key=True)
    names: Mapped[dict[str, Any]] = mapped_column(default=dict)
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Rome")
    languages: Mapped[list[str]] = mapped_column(default=list)
    sla_minutes: Mapped[int] = mapped_column(Integer, default=120)


class ServiceHours(Base):
    """One opening interval on one weekday (0 = Monday), local time of the queue."""

    __tablename__ = "service_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("opens < closes", name="opens_before_closes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    queue_code: Mapped[str] = mapped_column(
        ForeignKey("service_queues.code", ondelete="CASCADE"), index=True
    )
    weekday: Mapped[int] = mapped_column(Integer)
    opens: Mapped[str] = mapped_column(String(5))  # "HH:MM", sortable as text
    closes: Mapped[str] = mapped_column(String(5))


class Holiday(Base):
    __tablename__ = "holidays"
    __table_args__ = (UniqueConstraint("day", "queue_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    queue_code: Mapped[str | None] = mapped_column(ForeignKey("service_queues.code"))  # None: all
    names: Mapped[dict[str, Any]] = mapped_column(default=dict)


class DispositionCode(Base):
    __tablename__ = "disposition_codes"

    code: Mapped[str] = mapped_column(String(48), primary_key=True)
    topic_code: Mapped[str | None] = mapped_column(ForeignKey("topics.code"))  # None: every topic
    names: Mapped[dict[str, Any]] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class Contact(ChangeTracked, Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    first_name: Mapped[str] = mapped_column(String(128), default="")
    last_name: Mapped[str] = mapped_column(String(128), default="", index=True)
    preferred_language: Mapped[str | None] = mapped_column(String(LANGUAGE_LENGTH))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    time_zone: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )


class ContactPhone(Base):
    """A contact's number, normalised to E.164; not unique, because families share a line."""

    __tablename__ = "contact_phones"
    __table_args__ = (UniqueConstraint("contact_id", "e164"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    e164: Mapped[str] = mapped_column(String(E164_LENGTH), index=True)  # the screen-pop probe
    label: Mapped[str] = mapped_column(String(32), default="mobile")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    contact: Mapped[Contact] = relationship(back_populates="phones")


class Ticket(ChangeTracked, Base):
    __tablename__ = "tickets"
    __table_args__ = (Index("ix_tickets_contact_status", "contact_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    number: Mapped[str] = mapped_column(
        String(32), unique=True
    )  # shown to people: "CC-2026-000042"
    subject: Mapped[str] = mapped_column(String(255))
    topic_code: Mapped[str | None] = mapped_column(ForeignKey("topics.code"), index=True)
    status: Mapped[TicketStatus] = mapped_column(
        _enum(TicketStatus, "ticket_status"), default=TicketStatus.OPEN, index=True
    )
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "channel"))
    language: Mapped[str | None] = mapped_column(String(LANGUAGE_LENGTH))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    closed_at: Mapped[datetime | None]

    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="ticket", order_by="Interaction.occurred_at"
    )


class TicketFieldChange(Base):
    """Every change of a ticket field, so both sides of a concurrent edit stay visible."""

    __tablename__ = "ticket_field_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(48))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)  # the writer's clock
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)  # the store's clock
    idempotency_key: Mapped[str | None] = mapped_column(String(64), unique=True)


class Interaction(ChangeTracked, Base):
    """Something that happened with a contact: a call, an e-mail, a note... Append-only."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_ticket_time", "ticket_id", "occurred_at"),
        Index("ix_interactions_contact_time", "contact_id", "occurred_at"),
        CheckConstraint("duration_s IS NULL OR duration_s >= 0", name="duration_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Doubles as the idempotency key of the write that created it (exactly-once sync).
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    kind: Mapped[InteractionKind] = mapped_column(_enum(InteractionKind, "interaction_kind"))
    direction: Mapped[Direction] = mapped_column(_enum(Direction, "direction"))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    duration_s: Mapped[int | None] = mapped_column(Integer)
    disposition_code: Mapped[str | None] = mapped_column(String(48))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    subject: Mapped[str | None] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text, default="")
    phone_e164: Mapped[str | None] = mapped_column(String(E164_LENGTH))
    sip_call_id: Mapped[str | None] = mapped_column(String(255))
    recording_ref: Mapped[str | None] = mapped_column(String(512))
    ivr_data: Mapped[dict[str, Any]] = mapped_column(default=dict)

    ticket: Mapped[Ticket | None] = relationship(back_populates="interactions")


class CallbackRequest(ChangeTracked, Base):
    """A "call me now / call me back" booking, with its claim lease and retry state."""

    __tablename__ = "callback_requests"
    __table_args__ = (
        # One open request per number and topic: a second booking merges into the first.
        Index(
            "uq_callback_requests_open_number_topic",
            "phone_e164",
            "topic_code",
            unique=True,
            sqlite_where=text("status IN ('queued', 'assigned', 'dialling')"),
            postgresql_where=text("status IN ('queued', 'assigned', 'dialling')"),
        ),
        Index("ix_callback_requests_due", "status", "language", "next_attempt_at"),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    kind: Mapped[CallbackKind] = mapped_column(_enum(CallbackKind, "callback_kind"))
    status: Mapped[CallbackStatus] = mapped_column(
        _enum(CallbackStatus, "callback_status"), default=CallbackStatus.QUEUED
    )
    source: Mapped[CallbackSource] = mapped_column(_enum(CallbackSource, "callback_source"))
    phone_e164: Mapped[str] = mapped_column(String(E164_LENGTH))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    queue_code: Mapped[str | None] = mapped_column(ForeignKey("service_queues.code"))
    topic_code: Mapped[str | None] = mapped_column(ForeignKey("topics.code"))
    language: Mapped[str] = mapped_column(String(LANGUAGE_LENGTH))
    caller_name: Mapped[str] = mapped_column(String(255), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    caller_time_zone: Mapped[str | None] = mapped_column(String(64))
    window_start: Mapped[datetime | None]  # None with kind "now": as soon as possible
    window_end: Mapped[datetime | None]
    next_attempt_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=3)
    assigned_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    lease_expires_at: Mapped[datetime | None]
    last_outcome: Mapped[CallbackOutcome | None] = mapped_column(
        _enum(CallbackOutcome, "callback_outcome")
    )
    booked_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CallbackAttempt(Base):
    __tablename__ = "callback_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("callback_requests.id", ondelete="CASCADE"), index=True
    )
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    outcome: Mapped[CallbackOutcome | None] = mapped_column(
        _enum(CallbackOutcome, "callback_outcome")
    )
    skip_reason: Mapped[str | None] = mapped_column(String(255))
    sip_call_id: Mapped[str | None] = mapped_column(String(255))
    idempotency_key: Mapped[str | None] = mapped_column(String(64), unique=True)


class CannedAnswer(ChangeTracked, Base):
    """A reusable answer in one language; `group_key` links the translations of one answer."""

    __tablename__ = "canned_answers"
    __table_args__ = (UniqueConstraint("group_key", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_key: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str] = mapped_column(String(LANGUAGE_LENGTH), index=True)
    topic_code: Mapped[str | None] = mapped_column(ForeignKey("topics.code"))
    title: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    shortcut: Mapped[str | None] = mapped_column(String(32), index=True)
    tags: Mapped[list[str]] = mapped_column(default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    use_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CannedAnswerVersion(Base):
    """Earlier wordings of an answer, kept when a supervisor edits it."""

    __tablename__ = "canned_answer_versions"
    __table_args__ = (UniqueConstraint("answer_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("canned_answers.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    edited_at: Mapped[datetime] = mapped_column(default=utcnow)


class CallScript(ChangeTracked, Base):
    """One immutable version of a call script; editing adds a version, calls keep theirs."""

    __tablename__ = "call_scripts"
    __table_args__ = (UniqueConstraint("key", "language", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64))
    topic_code: Mapped[str | None] = mapped_column(ForeignKey("topics.code"), index=True)
    language: Mapped[str] = mapped_column(String(LANGUAGE_LENGTH))
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(255))
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ScriptRun(Base):
    """The answers given while following a script on a call; lands on the ticket."""

    __tablename__ = "script_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    script_id: Mapped[int] = mapped_column(ForeignKey("call_scripts.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id"))
    callback_request_id: Mapped[int | None] = mapped_column(ForeignKey("callback_requests.id"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AgentPresence(ChangeTracked, Base):
    """What an agent is doing now; the wallboard and the callback queue read it."""

    __tablename__ = "agent_presence"

    agent_id: Mapped[int] = mapped_column(
        ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[PresenceState] = mapped_column(
        _enum(PresenceState, "presence_state"), default=PresenceState.OFFLINE, index=True
    )
    reason: Mapped[str | None] = mapped_column(String(48))  # pause reason code
    since: Mapped[datetime] = mapped_column(default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow)
    current_call: Mapped[dict[str, Any]] = mapped_column(default=dict)  # caller, topic, started


class Announcement(ChangeTracked, Base):
    __tablename__ = "announcements"

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    language: Mapped[str | None] = mapped_column(String(LANGUAGE_LENGTH))  # None: everyone
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None]


class AnnouncementRead(Base):
    __tablename__ = "announcement_reads"

    announcement_id: Mapped[int] = mapped_column(
        ForeignKey("announcements.id", ondelete="CASCADE"), primary_key=True
    )
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(default=utcnow)


class MonitorSession(Base):
    """A supervisor's listen-in on an agent's call; the agent's app verifies it before audio."""

    __tablename__ = "monitor_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), index=True)
    sip_call_id: Mapped[str | None] = mapped_column(String(255))
    mode: Mapped[MonitorMode] = mapped_column(_enum(MonitorMode, "monitor_mode"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Append-only record of sensitive actions (listen-in, role grants, script edits)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    action: Mapped[str] = mapped_column(String(64))
    target_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    subject: Mapped[str | None] = mapped_column(String(255))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ChangeLogEntry(Base):
    """The change feed: one row per changed row, in commit order; clients catch up by `seq`."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    table_name: Mapped[str] = mapped_column(String(48))
    row_key: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class AppliedWrite(Base):
    """Idempotency keys of outbox writes already applied: the unique key makes it exactly once."""

    __tablename__ = "applied_writes"

    idempotency_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64), index=True)
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)
