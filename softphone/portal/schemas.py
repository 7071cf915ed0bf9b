"""The portal API's request and response bodies (pydantic models): what the OpenAPI document
in docs/portal-openapi.json describes, and what FastAPI validates before a handler runs."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Problem(BaseModel):
    field: str = Field(description="the field the problem is about; empty for the whole request")
    message: str


class Problems(BaseModel):
    problems: list[Problem]


_STRICT = ConfigDict(extra="forbid")
# Limits that the routes' parameters and softphone/portal/hot_paths.py share.
LANGUAGE_MAX, TOPIC_MAX = 16, 48
IDEMPOTENCY_KEY_MAX, IDEMPOTENCY_KEY_PATTERN = 128, r"^[\x21-\x7e]+$"


class CallbackIn(BaseModel):
    """A booking, with the rules of the web-form file import."""

    model_config = _STRICT
    kind: Literal["now", "scheduled"] | None = Field(
        None, description='"now" (default) or "scheduled" (default when window_start is given)'
    )
    phone: str = Field(max_length=64, description="any usual format; without a country code, IT")
    language: str = Field(
        max_length=LANGUAGE_MAX, description="it de en fr ar pl es ru, or any spoken"
    )
    topic: str | None = Field(None, max_length=TOPIC_MAX, description="an active topic code")
    window_start: str | None = Field(
        None, max_length=64, description="ISO 8601; without an offset, local in caller_time_zone"
    )
    window_end: str | None = Field(None, max_length=64)
    caller_time_zone: str | None = Field(None, max_length=64, description="IANA, Europe/Rome")
    name: str | None = Field(None, max_length=255)
    message: str | None = Field(None, max_length=4000)
    consent: bool = Field(description="the caller agreed to be called: must be true")
    expires_at: str | None = Field(None, max_length=64)


CallerStatus = Literal["queued", "being_called", "done", "expired", "cancelled"]


class CallbackOut(BaseModel):
    reference: str
    status: CallerStatus
    kind: Literal["now", "scheduled"]
    expected_at: datetime | None = Field(description="when the call is expected (UTC)")
    window_start: datetime | None
    window_end: datetime | None
    merged: bool | None = Field(
        None,
        description="on booking: always false (whether the booking joined an open request "
        "for the same number and topic is not revealed)",
    )
    cancelled: bool | None = Field(None, description="on cancelling: whether this cancelled it")


class WindowOut(BaseModel):
    start: datetime
    end: datetime
    room: int


class AvailabilityOut(BaseModel):
    language: str
    topic: str | None
    call_now: bool = Field(description='whether "call me now" can be honoured now')
    open_now: bool
    agents_available: int = Field(description="agents who speak it, signed in and not paused")
    expected_wait_s: int | None
    open_until: datetime | None
    next_open: datetime | None
    windows: list[WindowOut] = Field(description="next bookable windows with room left")


class TopicOut(BaseModel):
    code: str
    name: str


class AttachmentIn(BaseModel):
    model_config = _STRICT
    filename: str = Field(min_length=1, max_length=255)
    content_type: str = Field(
        "application/octet-stream", max_length=127, pattern=r"^[\w.+-]+/[\w.+-]+$"
    )
    content_base64: str = Field(max_length=3 * 1024 * 1024, description="the file, base64")


class TicketIn(BaseModel):
    model_config = _STRICT
    topic: str | None = Field(None, max_length=TOPIC_MAX)
    subject: str = Field(max_length=255)
    description: str = Field(max_length=8000)
    email: str | None = Field(None, max_length=254)
    phone: str | None = Field(None, max_length=64)
    language: str = Field(max_length=LANGUAGE_MAX)
    name: str | None = Field(None, max_length=255)
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=5)


class TicketOut(BaseModel):
    # Not whether the contact was known: that would tell a portal who is a customer.
    ticket_number: str
    attachments: int
