"""What the PBX's IVR tells about a caller, and which SIP headers carry it: the one mapping.

A PBX's IVR asks the caller a few things before the call reaches an agent and puts the answers
in headers of the INVITE. Which header carries which answer is the PBX's choice, so it is a
setting (`Settings.cti_headers`, an `IvrHeaders`): the engine is told to capture exactly
these headers (`captured()`), and the phone reads the answers from them by role (`read()`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime

from sip.config import is_header_name


@dataclass
class IvrHeaders:
    """The header each answer of the IVR comes in; "" when the PBX does not send it."""

    topic: str = "X-IVR-Topic"  # what the call is about: a topic code ("pensions")
    language: str = "X-IVR-Language"  # the language the caller chose ("it")
    verified: str = "X-Caller-Verified"  # how the caller was identified ("pin"), or "no"
    # The caller chose "call me back": "now", or an ISO 8601 time with its offset.
    callback: str = "X-IVR-Callback"

    def captured(self) -> tuple[str, ...]:
        """The header names the engine must capture, each once, in the roles' order."""
        return tuple(dict.fromkeys(name for name in self._names() if name))

    def read(self, headers: Mapping[str, str]) -> IvrAnswers:
        """The answers in an INVITE's captured headers (`IncomingCall.cti`); "" when absent."""

        def value(name: str) -> str:
            return headers.get(name, "") if name else ""

        return IvrAnswers(
            topic=value(self.topic),
            language=value(self.language),
            verified=value(self.verified),
            callback=value(self.callback),
        )

    def problem(self) -> tuple[str, str] | None:
        """(role, why) for a name no SIP header can have, else None."""
        for role, name in zip((f.name for f in fields(self)), self._names(), strict=True):
            if name and not is_header_name(name):
                return role, f"not a SIP header name: {name!r}"
        return None

    def _names(self) -> tuple[str, ...]:
        return self.topic, self.language, self.verified, self.callback


@dataclass(frozen=True)
class IvrAnswers:
    """The IVR's answers for one call, as the PBX sent them (untrusted, length-capped text)."""

    topic: str = ""
    language: str = ""
    verified: str = ""
    callback: str = ""


def ivr_callback(wish: str, now: datetime | None = None) -> tuple[bool, datetime | None]:
    """(asked, when) from the IVR's callback answer: "now" (or yes/1) asks for a callback as
    soon as possible; an ISO 8601 time with its offset asks for that time. Anything else (no
    header, garbage from the network, a time without a zone or in the past) asks for nothing."""
    value = wish.strip().lower()
    if value in ("now", "yes", "1", "true"):
        return True, None
    try:
        at = datetime.fromisoformat(wish.strip())
    except ValueError:
        return False, None
    if at.tzinfo is None or at <= (now or datetime.now(UTC)):
        return False, None
    return True, at
