"""A source record into a valid booking, or every problem it has; the rules of each field.

    kind              "now" or "scheduled"; default "now", or "scheduled" when window_start is given
    phone             any human format ("+39 02 1234 5678", "02 1234 5678", "0039..."); numbers
                      without a country code are read in the default region (IT unless told);
                      normalised to E.164; invalid or impossible numbers are rejected
    language          required; a language the store's agents speak (or one of it de en fr ar pl
                      es ru); "de-AT" is read as "de"
    topic             optional (alias topic_code); an active topic code of the store
    window_start      ISO 8601 date and time; required for "scheduled". With an offset
                      ("2026-12-01T09:30+01:00", "...Z") it is absolute; without one it is the
                      caller's local time in caller_time_zone, which must then be given.
                      More than a day in the past is rejected.
    window_end        ISO 8601 as window_start; after window_start; not in the past
    caller_time_zone  an IANA time zone name ("Europe/Rome"), optional unless a time has no offset
    name              the caller's name (alias caller_name), at most 255 characters
    message           at most 4000 characters
    consent           required and true: the caller agreed to be called (GDPR). Yes: true, yes,
                      y, 1, on, x, sì/si, ja, oui, tak, da/да; no: false, no, n, 0, off, nein,
                      non, nie, нет. A booking without consent is rejected.
    expires_at        optional ISO 8601 (as window_start): nobody calls after it; in the future,
                      after window_start

The field parsers (`parse_phone`, `parse_language`, ...) are shared with the portal's API
(`crm/portal_store.py`), so a booking made there follows the same rules.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import phonenumbers
from sqlalchemy import Connection, select

from crm import schema
from crm.booking_import.formats import ImportProblem, SourceRecord

# The languages of the demo contact centre: always accepted, whoever is on the roster today.
BASE_LANGUAGES = frozenset({"it", "de", "en", "fr", "ar", "pl", "es", "ru"})
MAX_MESSAGE = 4000
MAX_NAME = 255
PAST_TOLERANCE = timedelta(days=1)

_YES = frozenset(
    {"true", "yes", "y", "1", "on", "x", "sì", "si", "sí", "ja", "j", "oui", "tak", "da", "да"}
)
_NO = frozenset({"false", "no", "n", "0", "off", "nein", "non", "nie", "нет", "net"})
_HAS_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")

ReportProblem = Callable[[str, str], None]  # report a problem: (field, message)


@dataclass(frozen=True)
class Vocabulary:
    """What the store accepts: the languages its agents speak and its active topics."""

    languages: frozenset[str]
    topics: frozenset[str]


@dataclass(frozen=True)
class Booking:
    """A validated booking, ready to become a `callback.request` write."""

    line: int
    kind: str
    phone_e164: str
    language: str
    topic_code: str | None = None
    window_start: datetime | None = None
    window_end: datetime | None = None
    caller_time_zone: str | None = None
    caller_name: str = ""
    message: str = ""
    expires_at: datetime | None = None

    def payload(self, *, source: str, uid: str) -> dict[str, Any]:
        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "uid": uid,
            "kind": self.kind,
            "source": source,
            "phone_e164": self.phone_e164,
            "language": self.language,
            "topic_code": self.topic_code,
            "window_start": iso(self.window_start),
            "window_end": iso(self.window_end),
            "caller_time_zone": self.caller_time_zone,
            "caller_name": self.caller_name,
            "message": self.message,
            "consent": True,
            "expires_at": iso(self.expires_at),
        }


def load_vocabulary(conn: Connection) -> Vocabulary:
    """The languages the store's agents speak (plus the base eight) and its active topics."""
    spoken = conn.scalars(select(schema.agent_languages.c.language).distinct()).all()
    topics = conn.scalars(select(schema.topics.c.code).where(schema.topics.c.active)).all()
    return Vocabulary(
        languages=BASE_LANGUAGES | {str(lang).lower() for lang in spoken},
        topics=frozenset(str(t) for t in topics),
    )


def check_region(region: str) -> str:
    region = region.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"unknown phone region {region!r}: use a two-letter country code (IT)")
    return region


def validate_booking(
    record: SourceRecord,
    vocabulary: Vocabulary,
    *,
    default_region: str = "IT",
    now: datetime | None = None,
) -> tuple[Booking | None, list[ImportProblem]]:
    """The booking, or None and every problem the record has (not just the first)."""
    now = now or datetime.now(UTC)
    line, f = record.line, record.fields
    problems: list[ImportProblem] = []

    def problem(name: str, message: str) -> None:
        problems.append(ImportProblem(line, name, message))

    if "kind" not in f:
        kind = "scheduled" if "window_start" in f else "now"
    else:
        kind = str(f["kind"]).strip().lower()
        if kind not in ("now", "scheduled"):
            problem(
                "kind", f'{shown(f["kind"])} is not a kind of booking: use "now" or "scheduled"'
            )
    phone = parse_phone(f.get("phone"), default_region, problem)
    language = parse_language(f.get("language"), vocabulary, problem)
    topic = parse_topic(f.get("topic"), vocabulary, problem)
    zone_name, zone = _zone(f.get("caller_time_zone"), problem)
    # A bad zone name is reported once, not again for each time without an offset.
    quiet = zone is None and "caller_time_zone" in f
    start = _time(f.get("window_start"), "window_start", zone, problem, quiet)
    end = _time(f.get("window_end"), "window_end", zone, problem, quiet)
    name = parse_text(f.get("name"), "name", MAX_NAME, problem)
    message = parse_text(f.get("message"), "message", MAX_MESSAGE, problem)
    _consent(f.get("consent"), problem)
    expires = _time(f.get("expires_at"), "expires_at", zone, problem, quiet)

    if kind == "scheduled" and "window_start" not in f:
        problem("window_start", 'is required for a "scheduled" callback')
    if kind == "now" and "window_start" in f:
        problem("window_start", 'a "now" booking takes no window_start: use kind "scheduled"')
    if start is not None and start < now - PAST_TOLERANCE:
        problem("window_start", f"{shown(f['window_start'])} is more than a day in the past")
    if end is not None:
        if start is not None and end <= start:
            problem("window_end", f"{shown(f['window_end'])} is not after window_start")
        elif end < now:
            problem("window_end", f"{shown(f['window_end'])} is in the past")
    if expires is not None:
        if expires < now:
            problem("expires_at", f"{shown(f['expires_at'])} is in the past")
        elif start is not None and expires <= start:
            problem("expires_at", f"{shown(f['expires_at'])} is not after window_start")
    if problems or phone is None or language is None:
        return None, problems
    return (
        Booking(
            line=line,
            kind=kind,
            phone_e164=phone,
            language=language,
            topic_code=topic,
            window_start=start,
            window_end=end,
            caller_time_zone=zone_name,
            caller_name=name,
            message=message,
            expires_at=expires,
        ),
        [],
    )


def validate_records(
    records: Sequence[SourceRecord],
    vocabulary: Vocabulary,
    *,
    default_region: str = "IT",
    now: datetime | None = None,
) -> tuple[list[Booking], list[ImportProblem]]:
    bookings: list[Booking] = []
    problems: list[ImportProblem] = []
    for record in records:
        booking, found = validate_booking(
            record, vocabulary, default_region=default_region, now=now
        )
        problems.extend(found)
        if booking is not None:
            bookings.append(booking)
    return bookings, problems


def shown(value: object, limit: int = 40) -> str:
    """A value quoted for a message: escaped (no control characters), cut when long."""
    text = value.isoformat() if isinstance(value, datetime) else str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return json.dumps(text, ensure_ascii=False)


def parse_phone(value: Any, region: str, problem: ReportProblem) -> str | None:
    if value is None:
        problem("phone", "is required")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        problem("phone", f"{shown(value)} is not a phone number")
        return None
    raw = str(value).strip()
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        problem("phone", f"{shown(raw)} is not a phone number")
        return None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        problem("phone", f"{shown(raw)} is not a valid phone number")
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def parse_language(value: Any, vocabulary: Vocabulary, problem: ReportProblem) -> str | None:
    if value is None:
        problem("language", "is required")
        return None
    tag = str(value).strip().lower().replace("_", "-")
    if tag in vocabulary.languages:
        return tag
    primary = tag.split("-", 1)[0]
    if primary in vocabulary.languages:
        return primary
    known = ", ".join(sorted(vocabulary.languages))
    problem("language", f"{shown(value)} is not a language our agents speak ({known})")
    return None


def parse_topic(value: Any, vocabulary: Vocabulary, problem: ReportProblem) -> str | None:
    if value is None:
        return None
    code = str(value).strip().lower()
    if code in vocabulary.topics:
        return code
    known = sorted(vocabulary.topics)
    listed = ", ".join(known[:12]) + (", ..." if len(known) > 12 else "")
    problem("topic", f"{shown(value)} is not a topic of this contact centre ({listed})")
    return None


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def _zone(value: Any, problem: ReportProblem) -> tuple[str | None, ZoneInfo | None]:
    if value is None:
        return None, None
    name = str(value).strip()
    names = _zone_names()
    try:
        if len(name) > 64 or (names and name not in names):
            raise ZoneInfoNotFoundError(name)
        return name, ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        problem("caller_time_zone", f"{shown(value)} is not a time zone name (e.g. Europe/Rome)")
        return None, None


def _time(
    value: Any, name: str, zone: ZoneInfo | None, problem: ReportProblem, quiet: bool = False
) -> datetime | None:
    """An absolute moment: with an offset as given; without one, local in the caller's zone
    (None, reported unless `quiet`, when there is no zone to read it in)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        stamp = value
    else:
        text = str(value).strip()
        try:
            if not _HAS_TIME.match(text):
                raise ValueError(text)
            stamp = datetime.fromisoformat(text)
        except ValueError:
            problem(
                name,
                f"{shown(value)} is not an ISO 8601 date and time (e.g. 2026-12-01T09:30+01:00)",
            )
            return None
    if stamp.tzinfo is None:
        if zone is None:
            if quiet:
                return None
            problem(
                name,
                f"{shown(value)} has no UTC offset: add one (+01:00) or give caller_time_zone",
            )
            return None
        stamp = stamp.replace(tzinfo=zone)
    return stamp.astimezone(UTC)


def parse_text(value: Any, name: str, limit: int, problem: ReportProblem) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        problem(name, "must be text")
        return ""
    text = str(value).strip()
    if len(text) > limit:
        problem(name, f"is {len(text)} characters long, at most {limit} are allowed")
        return ""
    return text


def _consent(value: Any, problem: ReportProblem) -> None:
    if value is None:
        problem("consent", "is required: the caller must agree to be called back")
        return
    if isinstance(value, bool):
        answer: bool | None = value
    else:
        word = str(value).strip().lower()
        answer = True if word in _YES else False if word in _NO else None
    if answer is None:
        problem("consent", f"{shown(value)} is not a yes or a no")
    elif not answer:
        problem("consent", "the caller did not agree to be called back")
