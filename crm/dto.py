"""Plain, frozen results of store queries. The store never hands out ORM instances: a DTO can
cross threads and outlive its session, an ORM row cannot."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class AgentDTO:
    id: int
    login: str
    display_name: str
    role: str
    languages: tuple[str, ...]
    extension: str | None
    sip_uri: str | None


@dataclass(frozen=True)
class TicketRowDTO:
    id: int
    number: str
    subject: str
    topic_code: str | None
    status: str
    channel: str
    language: str | None
    contact_name: str
    assignee_login: str | None
    updated_at: datetime


@dataclass(frozen=True)
class CallbackRowDTO:
    id: int
    kind: str
    status: str
    phone_e164: str
    caller_name: str
    language: str
    topic_code: str | None
    booked_at: datetime
    window_start: datetime | None
    window_end: datetime | None


@dataclass(frozen=True)
class StoreCounts:
    agents: int
    contacts: int
    tickets_open: int
    tickets_total: int
    callbacks_open: int
    canned_answers: int


@dataclass(frozen=True)
class DispositionDTO:
    """An outcome an agent picks in wrap-up; for one topic, or for every topic (None)."""

    code: str
    topic_code: str | None
    names: dict[str, str]


@dataclass(frozen=True)
class HomeSnapshot:
    """What the main window shows before any call: who I am and what is waiting."""

    agent: AgentDTO | None
    open_tickets: tuple[TicketRowDTO, ...]
    callbacks: tuple[CallbackRowDTO, ...]
    topic_names: dict[str, dict[str, str]]
    counts: StoreCounts
    dispositions: tuple[DispositionDTO, ...] = ()
    back_offices: dict[str, dict[str, str]] = field(default_factory=dict)  # code -> names


@dataclass(frozen=True)
class DemoCallerDTO:
    """A seeded caller for the demo: a number, who it is, and why they would call."""

    number: str
    display_name: str
    topic: str
    language: str
