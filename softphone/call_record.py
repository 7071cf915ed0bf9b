"""What the phone (softphone.calls) keeps of each call, and what it hands on about one: the
facts a note's draft carries, the call as the ticket store logs it, its recent-calls entry."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ui.viewmodels import CallView, RecentCall


@dataclass(frozen=True)
class FinishedCall:
    """A call that ended, as the ticket store logs it."""

    view: CallView
    e164: str
    answered: bool  # incoming: the agent took it; outgoing: the other side answered
    started_at: datetime
    duration_s: int  # talk time, 0 when it never connected
    recording_ref: str | None
    ivr: dict[str, str]
    end_code: int = 0  # the SIP status that ended the call: tells busy from no answer
    sip_call_id: str = ""  # the dialog's Call-ID, logged with the call (traces, PBX records)


@dataclass
class CallRecord:
    """A call the phone knows, from its first event until it ended."""

    view: CallView
    account_id: str
    number_e164: str  # what "call back" dials
    answered: bool = False
    rejected: bool = False
    ended_at: float | None = None
    started_wall: datetime = field(default_factory=lambda: datetime.now(UTC))
    recording_ref: str | None = None  # the last recording file of this call
    end_code: int = 0  # the SIP status that ended it (486 busy, 480 no answer, 404...)
    sip_call_id: str = ""  # the dialog's Call-ID (a supervisor's listen-in names the call by it)

    def talk_seconds(self) -> int:
        view = self.view
        if view.connected_at is None:
            return 0
        return int((self.ended_at or time.monotonic()) - view.connected_at)

    def ivr(self) -> dict[str, str]:
        """The IVR's answers, as the call's log entry keeps them (only those given)."""
        view = self.view
        given = (
            ("topic", view.topic_code),
            ("language", view.language),
            ("verified", view.verified),
        )
        return {key: value for key, value in given if value}

    def facts(self) -> dict[str, Any]:
        """What is known of the call in progress, as JSON, for a note's draft: enough to log
        the call should the app die before it ends (start, answer, Call-ID, IVR data)."""
        connected = None
        if self.view.connected_at is not None:
            since = time.monotonic() - self.view.connected_at
            connected = (datetime.now(UTC) - timedelta(seconds=since)).isoformat()
        return {
            "started_at": self.started_wall.isoformat(),
            "connected_at": connected,
            "sip_call_id": self.sip_call_id,
            "ivr": self.ivr(),
        }

    def finished(self) -> FinishedCall:
        view = self.view
        return FinishedCall(
            view=view,
            e164=view.e164,
            answered=view.connected_at is not None,
            started_at=self.started_wall,
            duration_s=max(0, self.talk_seconds()),
            recording_ref=self.recording_ref,
            ivr=self.ivr(),
            end_code=self.end_code,
            sip_call_id=self.sip_call_id,
        )

    def recent_entry(self) -> RecentCall:
        view = self.view
        if view.incoming:
            # Neither answered nor declined by the agent: the caller gave up, or it was
            # declined as busy while paused.
            kind = "incoming" if self.answered or self.rejected else "missed"
        else:
            kind = "outgoing"
        return RecentCall(
            kind=kind,
            name=view.name,
            number=self.number_e164,
            display_number=view.number,
            at=datetime.now(UTC),
            duration_s=self.talk_seconds(),
        )
