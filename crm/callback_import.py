"""Callback bookings from outside: web-form exports (JSON or CSV files) and a portal's table.

A caller books "call me now" or "call me back at/between ..." on a web portal. The bookings reach
the queue in one of two ways, both validated by the same rules and applied through the same
write (`callback.request` in `crm.callback_writes`, which merges a second booking for an open
request on the same number and topic into the first):

- `import_bookings`: a file exported from the form, all or nothing. Every problem of every row is
  reported with its line number; if there is one, nothing is imported. Otherwise all rows go in
  one transaction, each with an idempotency key made of the file's hash and the row's line, so
  importing the same file again changes nothing.
- `ingest_bookings`: the table interface. A portal inserts rows into `callback_bookings` (its
  database login may do nothing else); any agent's app takes the new rows into the queue, marks
  each `queued` (with the request it became) or `rejected` (with the reason), one savepoint per
  row so that one bad booking does not hold up the others.

File formats: a JSON array of objects, JSON Lines (one object per line), or CSV with a header row
(UTF-8 with or without a byte-order mark; comma, semicolon or tab, sniffed from the header).
Field names are case-insensitive; unknown fields are ignored (and listed in the report); empty
values count as absent.

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

This module is stdlib, SQLAlchemy and phonenumbers only (the `crm` layer).
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import io
import json
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import phonenumbers
from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.exc import DataError, IntegrityError

from crm import db, schema
from crm.applier import apply_writes
from crm.callback_rules import topic_queues as load_topic_queues
from crm.service_hours import ServiceCalendar
from crm.write_context import ApplyContext, WriteRejected

# The languages of the demo contact centre: always accepted, whoever is on the roster today.
BASE_LANGUAGES = frozenset({"it", "de", "en", "fr", "ar", "pl", "es", "ru"})
MAX_MESSAGE = 4000
MAX_NAME = 255
PAST_TOLERANCE = timedelta(days=1)
WRITE_KIND = "callback.request"
FORMATS = ("json", "csv")

# File field names (lower case) and their aliases; the table's column names are aliases too.
FIELDS = (
    "kind",
    "phone",
    "language",
    "topic",
    "window_start",
    "window_end",
    "caller_time_zone",
    "name",
    "message",
    "consent",
    "expires_at",
)
ALIASES = {"topic_code": "topic", "caller_name": "name"}

_YES = frozenset(
    {"true", "yes", "y", "1", "on", "x", "sì", "si", "sí", "ja", "j", "oui", "tak", "da", "да"}
)
_NO = frozenset({"false", "no", "n", "0", "off", "nein", "non", "nie", "нет", "net"})
_HAS_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_UID_NAMESPACE = uuid.UUID("6f3c1b1e-8d2a-5c47-9a61-0c2b7f1e4d55")
OPEN_STATUSES = tuple(s.value for s in schema.OPEN_CALLBACK_STATUSES)

ReportProblem = Callable[[str, str], None]  # report a problem: (field, message)


class ImportFileError(Exception):
    """The file cannot be read at all (missing, a directory, unreadable)."""


@dataclass(frozen=True)
class ImportProblem:
    """Why one row (or the file at that line) cannot be booked; `field` is "" for the row."""

    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}, {self.field}" if self.field else f"line {self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class SourceRecord:
    """One booking as it stands in the file: its first line and its fields by canonical name."""

    line: int
    fields: Mapping[str, Any]
    ignored: tuple[str, ...] = ()  # field names seen but not used


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


@dataclass
class ImportReport:
    rows: int = 0
    created: int = 0
    merged: int = 0
    already_imported: int = 0  # rows whose key this store applied before (the same file again)
    dry_run: bool = False
    format: str = ""
    ignored_fields: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "rows": self.rows,
            "created": self.created,
            "merged": self.merged,
            "already_imported": self.already_imported,
            "dry_run": self.dry_run,
            "format": self.format,
            "ignored_fields": self.ignored_fields,
            "problems": [
                {"line": p.line, "field": p.field, "message": p.message} for p in self.problems
            ],
        }


# -- parsing -------------------------------------------------------------------------------------


def parse_bookings(
    data: bytes, fmt: str | None = None, *, name: str = ""
) -> tuple[str, list[SourceRecord], list[ImportProblem]]:
    """Decode and parse a file's bytes: (format, records, problems). Never raises on content."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problem = ImportProblem(line, "", "is not UTF-8 text (export the file as UTF-8)")
        return fmt or "", [], [problem]
    fmt = fmt or detect_format(name, text)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use json or csv")
    records, problems = parse_json(text) if fmt == "json" else parse_csv(text)
    return fmt, records, problems


def detect_format(name: str, text: str) -> str:
    """By the file name's extension, else by the first character (JSON starts with [ or {)."""
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".jsonl", ".ndjson"):
        return "json"
    if suffix in (".csv", ".tsv"):
        return "csv"
    return "json" if text.lstrip()[:1] in ("[", "{") else "csv"


class _Lines:
    """Line numbers of character offsets, by binary search over the newlines."""

    def __init__(self, text: str) -> None:
        self._newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def of(self, offset: int) -> int:
        return bisect.bisect_left(self._newlines, offset) + 1


_JSON_SPACE = " \t\r\n"


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in _JSON_SPACE:
        i += 1
    return i


def parse_json(text: str) -> tuple[list[SourceRecord], list[ImportProblem]]:
    """A JSON array of objects, or JSON Lines; each record with the line its object starts on.

    An array is parsed element by element with `raw_decode`, so the line each object starts on
    is known exactly; a syntax error ends it (nothing after it can be trusted). JSON Lines are
    one object per line, so a broken line is reported and the next ones are still read.
    """
    decoder = json.JSONDecoder()
    lines = _Lines(text)
    records: list[SourceRecord] = []
    problems: list[ImportProblem] = []

    def add(value: Any, line: int) -> None:
        if isinstance(value, dict):
            records.append(source_record(line, value.items()))
        else:
            kind = type(value).__name__.replace("dict", "object").replace("str", "text")
            problems.append(
                ImportProblem(line, "", f"expected an object with the booking's fields, got {kind}")
            )

    i = _skip_space(text, 0)
    if i < len(text) and text[i] == "[":
        i = _skip_space(text, i + 1)
        if i < len(text) and text[i] == "]":
            i = _skip_space(text, i + 1)
        else:
            while True:
                try:
                    value, end = decoder.raw_decode(text, i)
                except json.JSONDecodeError as exc:
                    problems.append(ImportProblem(exc.lineno, "", f"not valid JSON: {exc.msg}"))
                    return records, problems
                add(value, lines.of(i))
                i = _skip_space(text, end)
                if i < len(text) and text[i] == ",":
                    i = _skip_space(text, i + 1)
                    continue
                if i < len(text) and text[i] == "]":
                    i = _skip_space(text, i + 1)
                    break
                where = lines.of(i)
                problems.append(
                    ImportProblem(where, "", "not valid JSON: expected ',' or ']' after a booking")
                )
                return records, problems
        if i < len(text):
            problems.append(ImportProblem(lines.of(i), "", "not valid JSON: text after the array"))
        return records, problems
    for number, line_text in enumerate(text.split("\n"), start=1):
        if not line_text.strip():
            continue
        try:
            value = json.loads(line_text)
        except json.JSONDecodeError as exc:
            problems.append(ImportProblem(number, "", f"not valid JSON: {exc.msg}"))
            continue
        add(value, number)
    return records, problems


def parse_csv(text: str) -> tuple[list[SourceRecord], list[ImportProblem]]:
    """CSV with a header row; the delimiter (comma, semicolon or tab) is read off the header.

    Each record carries the line it starts on: a quoted value may span lines.
    """
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[SourceRecord] = []
    problems: list[ImportProblem] = []
    header: list[str] | None = None
    header_line = 1
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(ImportProblem(start, "", f"not valid CSV: {exc}"))
            break
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header, header_line = [_canonical(cell) for cell in row], start
            seen: set[str] = set()
            for name in header:
                if name and name in seen:
                    problems.append(
                        ImportProblem(start, "", f'the column "{name}" appears more than once')
                    )
                seen.add(name)
            continue
        if len(row) != len(header):
            problems.append(
                ImportProblem(
                    start,
                    "",
                    f"has {len(row)} values but the header (line {header_line}) names "
                    f"{len(header)} columns",
                )
            )
            continue
        records.append(source_record(start, zip(header, row, strict=True)))
    return records, problems


def _canonical(name: object) -> str:
    key = re.sub(r"[\s\-]+", "_", str(name).strip().lower())
    return ALIASES.get(key, key)


def source_record(line: int, items: Iterable[tuple[Any, Any]]) -> SourceRecord:
    fields: dict[str, Any] = {}
    ignored: list[str] = []
    for raw_name, value in items:
        name = _canonical(raw_name)
        if not name:
            continue
        if name not in FIELDS:
            ignored.append(str(raw_name))
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        fields[name] = value
    return SourceRecord(line, fields, tuple(ignored))


# -- validating ----------------------------------------------------------------------------------


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


# -- applying ------------------------------------------------------------------------------------


def request_uid(key: str) -> str:
    """The uid a booking's request gets if it creates one: derived from its key, so stable."""
    return str(uuid.uuid5(_UID_NAMESPACE, key))


def import_key(digest: str, line: int) -> str:
    return f"import:{digest[:32]}:{line}"


def import_bookings(
    engine: Engine,
    path: str | Path,
    *,
    actor_login: str | None,
    client_id: str,
    default_region: str = "IT",
    dry_run: bool = False,
    source: str = "import",
    fmt: str | None = None,
    now: datetime | None = None,
) -> ImportReport:
    """Import a web-form export: every row, or (if any row is invalid) none.

    Raises ImportFileError when the file cannot be read and ValueError for a bad format,
    region or source; everything wrong inside the file is in the report's problems. A dry run
    applies the rows and rolls back, so its counts (and the store's refusals) are the real ones.
    """
    default_region = check_region(default_region)
    if source not in {s.value for s in schema.CallbackSource}:
        raise ValueError(f"unknown callback source {source!r}")
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    fmt, records, problems = parse_bookings(data, fmt, name=path.name)
    report = ImportReport(rows=len(records), dry_run=dry_run, format=fmt)
    report.ignored_fields = sorted({name for r in records for name in r.ignored})
    digest = hashlib.sha256(data).hexdigest()
    with db.write_transaction(engine) as conn:
        vocabulary = load_vocabulary(conn)
        bookings, invalid = validate_records(
            records, vocabulary, default_region=default_region, now=now
        )
        report.problems = sorted([*problems, *invalid], key=lambda p: p.line)
        if report.problems:
            return report
        # Read once for the whole file, in its transaction (not once per row).
        calendar, queues = ServiceCalendar.load(conn), load_topic_queues(conn)
        for booking in bookings:
            key = import_key(digest, booking.line)
            try:
                outcome = apply_booking(
                    conn,
                    booking,
                    key,
                    source,
                    client_id,
                    actor_login,
                    calendar=calendar,
                    topic_queues=queues,
                )
            except (WriteRejected, IntegrityError, DataError) as exc:
                conn.rollback()
                report.created = report.merged = report.already_imported = 0
                report.problems = [
                    ImportProblem(booking.line, "", f"the store refused it: {refusal_reason(exc)}")
                ]
                return report
            if outcome is None:
                report.already_imported += 1
            elif outcome[1]:
                report.created += 1
            else:
                report.merged += 1
        if not dry_run:
            conn.commit()
    return report


def apply_booking(
    conn: Connection,
    booking: Booking,
    key: str,
    source: str,
    client_id: str,
    actor_login: str | None,
    *,
    calendar: ServiceCalendar | None = None,
    topic_queues: dict[str | None, str | None] | None = None,
    context: ApplyContext | None = None,
) -> tuple[str | None, bool] | None:
    """Apply one booking: None if its key was applied before, else (the uid of the request it
    is now part of, whether that request is new).

    `calendar` and `topic_queues` are the service hours and the topics' queues the booking is
    scheduled with (read from the store in this transaction when not given). A caller may pass
    its own `context` instead (`ApplyContext.prepared`), e.g. one that leaves the change feed to
    the end of its transaction."""
    uid = request_uid(key)
    payload = booking.payload(source=source, uid=uid)
    ctx = context or ApplyContext.prepared(
        conn, client_id, actor_login or "", calendar=calendar, topic_queues=topic_queues
    )
    applied = apply_writes(
        conn,
        [(key, WRITE_KIND, payload)],
        client_id=client_id,
        actor_login=actor_login or "",
        context=ctx,
    )
    if not applied:
        return None
    # The request the write created or merged into is the one row of that table it changed.
    changed = ctx.changed_keys("callback_requests")
    current = changed[-1] if changed else None
    return current, current == uid


def _open_request_uid(conn: Connection, phone: str, topic: str | None) -> str | None:
    requests = schema.callback_requests
    topic_match = (
        requests.c.topic_code.is_(None) if topic is None else requests.c.topic_code == topic
    )
    return conn.scalar(
        select(requests.c.uid)
        .where(requests.c.phone_e164 == phone, topic_match, requests.c.status.in_(OPEN_STATUSES))
        .limit(1)
    )


def refusal_reason(exc: Exception) -> str:
    if isinstance(exc, WriteRejected):
        return str(exc)
    orig = getattr(exc, "orig", None)
    return str(orig or exc).strip().splitlines()[0][:300]


# -- the portal's table --------------------------------------------------------------------------


def _booking_record(row: Mapping[str, Any]) -> SourceRecord:
    fields = {
        "kind": row["kind"],
        "phone": row["phone"],
        "language": row["language"],
        "topic": row["topic_code"],
        "window_start": row["window_start"],
        "window_end": row["window_end"],
        "caller_time_zone": row["caller_time_zone"],
        "name": row["caller_name"],
        "message": row["message"],
        "consent": bool(row["consent"]),
    }
    return source_record(int(row["id"]), fields.items())


def booking_key(booking_id: int, received_at: datetime | None) -> str:
    """The idempotency key of a portal booking. With its arrival time: SQLite may give the id
    of a deleted last row to a new booking, which must not count as applied already."""
    stamp = received_at.isoformat() if received_at is not None else ""
    return f"booking:{booking_id}:{stamp}"[:64]


def ingest_bookings(
    conn: Connection,
    *,
    client_id: str,
    actor_login: str | None,
    default_region: str = "IT",
    limit: int = 200,
    now: datetime | None = None,
) -> tuple[int, int]:
    """Take up to `limit` new portal bookings into the queue, in the caller's transaction.

    Returns (queued, rejected). Rows are taken in id order, locked `FOR UPDATE SKIP LOCKED` on
    PostgreSQL, so several agents' apps can run this at once without taking a row twice; on
    SQLite the transaction takes the write lock at its start, which serialises the runs. Each
    row is applied in its own savepoint: a booking the store refuses is marked rejected with the
    reason and the others still go in. The caller commits.
    """
    default_region = check_region(default_region)
    bookings = schema.callback_bookings
    waiting = select(bookings.c.id).where(bookings.c.status == "new").limit(1)
    if conn.dialect.name == "sqlite" and conn.scalar(waiting) is None:
        return 0, 0  # the usual case: no write lock just to look
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        if raw is not None and not getattr(raw, "in_transaction", True):
            # pysqlite begins a transaction only before its first write; a SAVEPOINT outside
            # one would start (and its RELEASE commit) a transaction of its own.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    rows = (
        conn.execute(
            select(bookings)
            .where(bookings.c.status == "new")
            .order_by(bookings.c.id)
            .limit(limit)
            .with_for_update(skip_locked=True)  # not rendered on SQLite
        )
        .mappings()
        .all()
    )
    if not rows:
        return 0, 0
    vocabulary = load_vocabulary(conn)
    calendar, queues = ServiceCalendar.load(conn), load_topic_queues(conn)
    queued = rejected = 0
    for row in rows:
        stamp = now or datetime.now(UTC)
        booking, problems = validate_booking(
            _booking_record(row), vocabulary, default_region=default_region, now=stamp
        )
        values: dict[str, Any] = {"processed_at": datetime.now(UTC)}
        if booking is None:
            values.update(status="rejected", error=_error_text(problems))
        else:
            key = booking_key(int(row["id"]), row["received_at"])
            try:
                with conn.begin_nested():
                    outcome = apply_booking(
                        conn,
                        booking,
                        key,
                        "web_form",
                        client_id,
                        actor_login,
                        calendar=calendar,
                        topic_queues=queues,
                    )
            except (WriteRejected, IntegrityError, DataError) as exc:
                values.update(
                    status="rejected", error=f"the store refused it: {refusal_reason(exc)}"
                )
            else:
                if outcome is None:
                    # Taken in once already (its status was set back to "new" by hand): point
                    # at the request it became, if that is still there.
                    uid = request_uid(key)
                    requests = schema.callback_requests
                    found = conn.scalar(select(requests.c.uid).where(requests.c.uid == uid))
                    current = found or _open_request_uid(
                        conn, booking.phone_e164, booking.topic_code
                    )
                else:
                    current = outcome[0]
                values.update(status="queued", request_uid=current, error=None)
        conn.execute(update(bookings).where(bookings.c.id == row["id"]).values(**values))
        if values["status"] == "queued":
            queued += 1
        else:
            rejected += 1
    return queued, rejected


def _error_text(problems: Sequence[ImportProblem]) -> str:
    return "; ".join(f"{p.field}: {p.message}" if p.field else p.message for p in problems)
