"""The central ticket store's schema, as SQLAlchemy Core tables.

One schema for both backends: PostgreSQL in production, a SQLite file as the embedded default.
So enumerations are strings with CHECK constraints (no native PostgreSQL enums, which SQLite
lacks and which are painful to alter), timestamps are UTC through `UTCDateTime`, and lists are
JSON. The Alembic migrations in `crm/migrations` create exactly this schema; a test compares
them.

Tables that later features fill (callbacks, canned answers, scripts, presence, announcements,
monitoring, audit, the change feed, applied idempotency keys) are shaped here already so that
those features add rows and queries, not a schema rebuild.

This module is Core only, so the app's start-up reads never load the ORM: `crm.models` maps
its classes onto these tables for the code that wants objects (seeding, tests).
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
    true,
)
from sqlalchemy.engine import Dialect
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


def aware(value: datetime | None) -> datetime | None:
    """A time read back from the store, in UTC: SQLite returns it without its zone."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


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


def _change_seq() -> Column[int]:
    """Rows other clients must hear about carry the change-feed sequence of their last change."""
    return Column(
        "change_seq", BigInteger, nullable=False, default=0, server_default="0", index=True
    )


def _active() -> Column[bool]:
    return Column("active", Boolean, nullable=False, default=True, server_default=true())


def _flag(name: str) -> Column[bool]:
    """A flag that is off unless set."""
    return Column(name, Boolean, nullable=False, default=False, server_default=false())


def _stamp(name: str, *, onupdate: bool = False, index: bool | None = None) -> Column[datetime]:
    """A timestamp the store stamps with the current UTC time on insert (and update)."""
    return Column(
        name,
        UTCDateTime(),
        nullable=False,
        default=utcnow,
        onupdate=utcnow if onupdate else None,
        index=index,
    )


metadata = MetaData(naming_convention=NAMING_CONVENTION)

# A foreign-key column without a type takes the type of the column it references.

agents = Table(
    "agents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("login", String(64), nullable=False, unique=True),
    Column("display_name", String(128), nullable=False),
    Column("sip_uri", String(255)),
    Column("extension", String(32), unique=True),
    Column("role", _enum(Role, "role"), nullable=False, default=Role.AGENT),
    Column("time_zone", String(64), nullable=False, default="Europe/Rome"),
    _active(),
    _stamp("created_at"),
)

# A language an agent speaks; a row each so routing is an indexed join, not a JSON scan.
agent_languages = Table(
    "agent_languages",
    metadata,
    Column("agent_id", ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True),
    Column("language", String(LANGUAGE_LENGTH), primary_key=True, index=True),
    Column("rank", Integer, nullable=False, default=0),  # 0 = the agent's first language
)

# What a caller is calling about; the IVR menu, ticket categories and script keys use it.
topics = Table(
    "topics",
    metadata,
    Column("code", String(48), primary_key=True),
    Column("names", JSON, nullable=False, default=dict),  # language -> display name
    Column("queue_code", ForeignKey("service_queues.code")),
    _active(),
)

# A line or group with its own service hours and SLA (general, foreign languages, ...).
service_queues = Table(
    "service_queues",
    metadata,
    Column("code", String(48), primary_key=True),
    Column("names", JSON, nullable=False, default=dict),
    Column("time_zone", String(64), nullable=False, default="Europe/Rome"),
    Column("languages", JSON, nullable=False, default=list),
    Column("sla_minutes", Integer, nullable=False, default=120),
)

# One opening interval on one weekday (0 = Monday), local time of the queue.
service_hours = Table(
    "service_hours",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "queue_code",
        ForeignKey("service_queues.code", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("weekday", Integer, nullable=False),
    Column("opens", String(5), nullable=False),  # "HH:MM", sortable as text
    Column("closes", String(5), nullable=False),
    CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
    CheckConstraint("opens < closes", name="opens_before_closes"),
)

holidays = Table(
    "holidays",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("day", Date, nullable=False, index=True),
    Column("queue_code", ForeignKey("service_queues.code")),  # None: every queue
    Column("names", JSON, nullable=False, default=dict),
    UniqueConstraint("day", "queue_code"),
)

disposition_codes = Table(
    "disposition_codes",
    metadata,
    Column("code", String(48), primary_key=True),
    Column("topic_code", ForeignKey("topics.code")),  # None: every topic
    Column("names", JSON, nullable=False, default=dict),
    _active(),
)

# A back-office team a call's ticket can be forwarded to (second level, a territorial office,
# payments...), with the mailbox it works from.
back_offices = Table(
    "back_offices",
    metadata,
    Column("code", String(48), primary_key=True),
    Column("names", JSON, nullable=False, default=dict),  # language -> display name
    Column("email", String(255)),
    _active(),
)

contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(36), nullable=False, unique=True, default=new_uid),
    Column("first_name", String(128), nullable=False, default=""),
    Column("last_name", String(128), nullable=False, default="", index=True),
    Column("preferred_language", String(LANGUAGE_LENGTH)),
    Column("email", String(320), index=True),
    Column("notes", Text, nullable=False, default=""),
    Column("time_zone", String(64)),
    _stamp("created_at"),
    _stamp("updated_at", onupdate=True),
    _change_seq(),
)

# A contact's number, normalised to E.164; not unique, because families share a line.
contact_phones = Table(
    "contact_phones",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False),
    Column("e164", String(E164_LENGTH), nullable=False, index=True),  # the screen-pop probe
    Column("label", String(32), nullable=False, default="mobile"),
    _flag("is_primary"),
    UniqueConstraint("contact_id", "e164"),
)

tickets = Table(
    "tickets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(36), nullable=False, unique=True, default=new_uid),
    Column("number", String(32), nullable=False, unique=True),  # shown: "CC-2026-000042"
    Column("subject", String(255), nullable=False),
    Column("topic_code", ForeignKey("topics.code"), index=True),
    Column(
        "status",
        _enum(TicketStatus, "ticket_status"),
        nullable=False,
        default=TicketStatus.OPEN,
        index=True,
    ),
    Column("channel", _enum(Channel, "channel"), nullable=False),
    Column("language", String(LANGUAGE_LENGTH)),
    Column("contact_id", ForeignKey("contacts.id")),
    Column("assignee_id", ForeignKey("agents.id"), index=True),
    _stamp("created_at"),
    _stamp("updated_at", onupdate=True),
    Column("closed_at", UTCDateTime()),
    _change_seq(),
    Column("back_office_code", ForeignKey("back_offices.code"), index=True),  # forwarded to
    Index("ix_tickets_contact_status", "contact_id", "status"),
)

# Every change of a ticket field, so both sides of a concurrent edit stay visible.
ticket_field_changes = Table(
    "ticket_field_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ticket_id", ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("field", String(48), nullable=False),
    Column("old_value", Text),
    Column("new_value", Text),
    Column("agent_id", ForeignKey("agents.id")),
    _stamp("changed_at"),  # the writer's clock
    _stamp("applied_at"),  # the store's clock
    Column("idempotency_key", String(64), unique=True),
)

# Something that happened with a contact: a call, an e-mail, a note... Append-only.
interactions = Table(
    "interactions",
    metadata,
    Column("id", Integer, primary_key=True),
    # Doubles as the idempotency key of the write that created it (exactly-once sync).
    Column("uid", String(36), nullable=False, unique=True, default=new_uid),
    Column("ticket_id", ForeignKey("tickets.id")),
    Column("contact_id", ForeignKey("contacts.id")),
    Column("kind", _enum(InteractionKind, "interaction_kind"), nullable=False),
    Column("direction", _enum(Direction, "direction"), nullable=False),
    _stamp("occurred_at"),
    Column("duration_s", Integer),
    Column("disposition_code", String(48)),
    Column("author_id", ForeignKey("agents.id")),
    Column("subject", String(255)),
    Column("body", Text, nullable=False, default=""),
    Column("phone_e164", String(E164_LENGTH)),
    Column("sip_call_id", String(255)),
    Column("recording_ref", String(512)),
    Column("ivr_data", JSON, nullable=False, default=dict),
    _change_seq(),
    Index("ix_interactions_ticket_time", "ticket_id", "occurred_at"),
    Index("ix_interactions_contact_time", "contact_id", "occurred_at"),
    # Calls linked to no contact (a shared line's), found by number for the sharers' history.
    Index(
        "ix_interactions_unlinked_phone",
        "phone_e164",
        sqlite_where=text("contact_id IS NULL"),
        postgresql_where=text("contact_id IS NULL"),
    ),
    CheckConstraint("duration_s IS NULL OR duration_s >= 0", name="duration_not_negative"),
)

# A "call me now / call me back" booking, with its claim lease and retry state.
callback_requests = Table(
    "callback_requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(36), nullable=False, unique=True, default=new_uid),
    Column("kind", _enum(CallbackKind, "callback_kind"), nullable=False),
    Column(
        "status",
        _enum(CallbackStatus, "callback_status"),
        nullable=False,
        default=CallbackStatus.QUEUED,
    ),
    Column("source", _enum(CallbackSource, "callback_source"), nullable=False),
    Column("phone_e164", String(E164_LENGTH), nullable=False),
    Column("contact_id", ForeignKey("contacts.id")),
    Column("ticket_id", ForeignKey("tickets.id")),
    Column("queue_code", ForeignKey("service_queues.code")),
    Column("topic_code", ForeignKey("topics.code")),
    Column("language", String(LANGUAGE_LENGTH), nullable=False),
    Column("caller_name", String(255), nullable=False, default=""),
    Column("message", Text, nullable=False, default=""),
    _flag("consent"),
    Column("caller_time_zone", String(64)),
    Column("window_start", UTCDateTime()),  # None with kind "now": as soon as possible
    Column("window_end", UTCDateTime()),
    Column("next_attempt_at", UTCDateTime()),
    Column("expires_at", UTCDateTime()),
    Column("attempts", Integer, nullable=False, default=0),
    Column("max_attempts", Integer, nullable=False, default=3),
    Column("assigned_agent_id", ForeignKey("agents.id")),
    Column("lease_expires_at", UTCDateTime()),
    Column("last_outcome", _enum(CallbackOutcome, "callback_outcome")),
    _stamp("booked_at"),
    _stamp("updated_at", onupdate=True),
    _change_seq(),
    # The service-level target: the moment by which the caller should have been called, counted
    # in the queue's opening hours from when the request became due.
    Column("sla_due_at", UTCDateTime()),
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
    # The claim walks the waiting requests in due order and stops at the first free one in the
    # agent's languages; held, done and expired requests are not in the index, so not in its way.
    Index(
        "ix_callback_requests_claim_order",
        "next_attempt_at",
        "booked_at",
        "id",
        sqlite_where=text("status = 'queued'"),
        postgresql_where=text("status = 'queued'"),
    ),
    # Held requests whose lease ran out (a desk died): few rows, found without a scan.
    Index("ix_callback_requests_lease", "lease_expires_at"),
    CheckConstraint("attempts >= 0", name="attempts_not_negative"),
)

# The table a web portal writes bookings into (the documented SQL interface; see the README).
# Rows are raw as the form sent them; the next client to look turns each into a queued request
# (merged with an open one for the same number and topic) or marks it rejected with the reason.
callback_bookings = Table(
    "callback_bookings",
    metadata,
    Column("id", Integer, primary_key=True),
    # Server defaults: a portal's plain INSERT names only what the caller typed.
    Column("received_at", UTCDateTime(), nullable=False, default=utcnow, server_default=func.now()),
    Column("kind", String(16), nullable=False, default="now", server_default="now"),
    Column("phone", String(64), nullable=False),  # as typed; normalised on the way in
    Column("language", String(LANGUAGE_LENGTH), nullable=False),
    Column("topic_code", String(48)),
    Column("window_start", UTCDateTime()),
    Column("window_end", UTCDateTime()),
    Column("caller_time_zone", String(64)),
    Column("caller_name", String(255), nullable=False, default="", server_default=text("''")),
    Column("message", Text, nullable=False, default="", server_default=text("''")),
    _flag("consent"),
    Column("status", String(16), nullable=False, default="new", server_default="new"),
    Column("processed_at", UTCDateTime()),
    Column("request_uid", String(36)),
    Column("error", Text),
    Index("ix_callback_bookings_status_id", "status", "id"),
    CheckConstraint("status IN ('new', 'queued', 'rejected')", name="status_known"),
)

callback_attempts = Table(
    "callback_attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "request_id",
        ForeignKey("callback_requests.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("agent_id", ForeignKey("agents.id")),
    _stamp("started_at"),
    Column("ended_at", UTCDateTime()),
    Column("outcome", _enum(CallbackOutcome, "callback_outcome")),
    Column("skip_reason", String(255)),
    Column("sip_call_id", String(255)),
    Column("idempotency_key", String(64), unique=True),
)

# A reusable answer in one language; `group_key` links the translations of one answer.
canned_answers = Table(
    "canned_answers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("group_key", String(64), nullable=False, index=True),
    Column("language", String(LANGUAGE_LENGTH), nullable=False, index=True),
    Column("topic_code", ForeignKey("topics.code")),
    Column("title", String(255), nullable=False),
    Column("body", Text, nullable=False),
    Column("shortcut", String(32), index=True),
    Column("tags", JSON, nullable=False, default=list),
    Column("version", Integer, nullable=False, default=1),
    _flag("retired"),
    Column("use_count", Integer, nullable=False, default=0),
    Column("updated_by_id", ForeignKey("agents.id")),
    # Set by the edits themselves (crm.canned_store), not on every UPDATE: an agent counting a
    # use, or the feed stamping its sequence, changes no wording.
    _stamp("updated_at"),
    _change_seq(),
    UniqueConstraint("group_key", "language"),
)

# Earlier wordings of an answer, kept when a supervisor edits it.
canned_answer_versions = Table(
    "canned_answer_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("answer_id", ForeignKey("canned_answers.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("title", String(255), nullable=False),
    Column("body", Text, nullable=False),
    Column("edited_by_id", ForeignKey("agents.id")),
    _stamp("edited_at"),
    UniqueConstraint("answer_id", "version"),
)

# One immutable version of a call script; editing adds a version, calls keep theirs.
call_scripts = Table(
    "call_scripts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), nullable=False),
    Column("topic_code", ForeignKey("topics.code"), index=True),
    Column("language", String(LANGUAGE_LENGTH), nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Column("name", String(255), nullable=False),
    Column("steps", JSON, nullable=False, default=list),
    _active(),
    Column("created_by_id", ForeignKey("agents.id")),
    _stamp("created_at"),
    _change_seq(),
    UniqueConstraint("key", "language", "version"),
)

# The answers given while following a script on a call; lands on the ticket.
script_runs = Table(
    "script_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(36), nullable=False, unique=True, default=new_uid),
    Column("script_id", ForeignKey("call_scripts.id"), nullable=False),
    Column("ticket_id", ForeignKey("tickets.id"), index=True),
    Column("interaction_id", ForeignKey("interactions.id")),
    Column("callback_request_id", ForeignKey("callback_requests.id")),
    Column("agent_id", ForeignKey("agents.id")),
    Column("answers", JSON, nullable=False, default=dict),
    _stamp("created_at"),
)

# What an agent is doing now; the wallboard and the callback queue read it.
agent_presence = Table(
    "agent_presence",
    metadata,
    Column("agent_id", ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "state",
        _enum(PresenceState, "presence_state"),
        nullable=False,
        default=PresenceState.OFFLINE,
        index=True,
    ),
    Column("reason", String(48)),  # pause reason code
    _stamp("since"),
    _stamp("heartbeat_at"),
    Column("current_call", JSON, nullable=False, default=dict),  # caller, topic, started
    _change_seq(),
)

announcements = Table(
    "announcements",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("author_id", ForeignKey("agents.id"), nullable=False),
    Column("language", String(LANGUAGE_LENGTH)),  # None: everyone
    Column("body", Text, nullable=False),
    _stamp("created_at"),
    Column("expires_at", UTCDateTime()),
    _change_seq(),
)

announcement_reads = Table(
    "announcement_reads",
    metadata,
    Column("announcement_id", ForeignKey("announcements.id", ondelete="CASCADE"), primary_key=True),
    Column("agent_id", ForeignKey("agents.id"), primary_key=True),
    _stamp("read_at"),
)

# A supervisor's listen-in on an agent's call; the agent's app verifies it before audio.
monitor_sessions = Table(
    "monitor_sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token", String(64), nullable=False, unique=True, default=new_uid),
    Column("supervisor_id", ForeignKey("agents.id"), nullable=False),
    Column("agent_id", ForeignKey("agents.id"), nullable=False, index=True),
    Column("sip_call_id", String(255)),
    Column("mode", _enum(MonitorMode, "monitor_mode"), nullable=False),
    _stamp("created_at"),
    Column("started_at", UTCDateTime()),
    Column("ended_at", UTCDateTime()),
)

# Append-only record of sensitive actions (listen-in, role grants, script edits).
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    _stamp("at", index=True),
    Column("actor_id", ForeignKey("agents.id")),
    Column("action", String(64), nullable=False),
    Column("target_agent_id", ForeignKey("agents.id")),
    Column("subject", String(255)),
    Column("detail", JSON, nullable=False, default=dict),
    # Agents write their own entries but may not read any back, so no RETURNING of the key.
    implicit_returning=False,
)

# The change feed: one row per changed row, in commit order; clients catch up by `seq`.
change_log = Table(
    "change_log",
    metadata,
    Column(
        "seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("table_name", String(48), nullable=False),
    Column("row_key", String(64), nullable=False),
    _stamp("changed_at"),
    # Whose the changed row is, copied from it when the change is recorded (crm.change_feed's
    # FEED_SCOPES): a client learns from the feed alone that a note on a caller it never
    # opened is not for its cache, instead of fetching every changed row on the floor to see.
    Column("contact_id", Integer),
    Column("ticket_id", Integer),
    Column("assigned_agent_id", Integer),
)

# Idempotency keys of outbox writes already applied: the unique key makes it exactly once.
applied_writes = Table(
    "applied_writes",
    metadata,
    Column("idempotency_key", String(64), primary_key=True),
    Column("client_id", String(64), nullable=False, index=True),
    _stamp("applied_at"),
)


# -- the portal service (softphone portal serve) ----------------------------------------------

# A web portal's API key: only a SHA-256 of the secret is kept (the secret is 256 random bits,
# so a fast hash is enough); `key_id` is the public part of the key, looked up by index.
portal_keys = Table(
    "portal_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("portal", String(64), nullable=False, index=True),
    Column("key_id", String(16), nullable=False, unique=True),
    Column("key_hash", String(64), nullable=False),
    Column("origins", JSON, nullable=False, default=list),  # CORS: the portal's web origins
    _stamp("created_at"),
    Column("revoked_at", UTCDateTime()),
)

# A booking made through the portal service: the opaque reference the caller holds, and the
# request it is part of (a second booking for an open request points at the same request).
portal_bookings = Table(
    "portal_bookings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ref", String(32), nullable=False, unique=True),
    Column("portal", String(64), nullable=False),
    Column("request_uid", String(36), nullable=False, index=True),
    _stamp("created_at"),
)

# The answers to requests sent with an Idempotency-Key, per portal, so a retry gets the answer
# of the first try instead of doing the work again.
portal_idempotency = Table(
    "portal_idempotency",
    metadata,
    Column("portal", String(64), primary_key=True),
    Column("key", String(128), primary_key=True),
    Column("fingerprint", String(64), nullable=False),  # SHA-256 of method, path and body
    Column("status_code", Integer),  # None while the first try is still running
    Column("response", JSON),
    _stamp("created_at", index=True),
)

# Files a caller attached to a web-form ticket (small: the service limits their size).
ticket_attachments = Table(
    "ticket_attachments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ticket_id", ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("filename", String(255), nullable=False),
    Column("content_type", String(127), nullable=False),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    _stamp("created_at"),
)
