"""Valid bookings into the callback queue, idempotently, reporting what happened.

- `import_bookings`: a web-form export file, all rows or (if any is invalid) none, in one
  transaction; each row's idempotency key is the file's hash and its line, so importing the same
  file again changes nothing.
- `ingest_bookings`: the new rows of the portal's `callback_bookings` table, each in its own
  savepoint, marked `queued` or `rejected` (with the reason).

Both apply a booking as a `callback.request` write (`crm.callback_writes`), which merges a
second booking for an open request on the same number and topic into the first.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.exc import DataError, IntegrityError

from crm import db, schema
from crm.applier import apply_new_callback_requests, apply_writes
from crm.booking_import.formats import ImportProblem, SourceRecord, parse_bookings, source_record
from crm.booking_import.validation import (
    Booking,
    check_region,
    load_vocabulary,
    validate_booking,
    validate_records,
)
from crm.callback_rules import topic_queues as load_topic_queues
from crm.service_hours import ServiceCalendar
from crm.write_context import ApplyContext, WriteRejected

WRITE_KIND = "callback.request"
_UID_NAMESPACE = uuid.UUID("6f3c1b1e-8d2a-5c47-9a61-0c2b7f1e4d55")
OPEN_STATUSES = tuple(s.value for s in schema.OPEN_CALLBACK_STATUSES)


class ImportFileError(Exception):
    """The file cannot be read at all (missing, a directory, unreadable)."""


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


def apply_new_bookings(
    conn: Connection,
    bookings: Sequence[tuple[Booking, str, str]],
    source: str,
    *,
    context: ApplyContext,
) -> list[tuple[str, bool]]:
    """Apply (booking, key, client id) whose keys are new to the store, set-based: per booking, the
    uid of the request it is now part of and whether that request is new. The portal's batches
    (`crm/portal_bookings.py`) are written so; each booking as `apply_booking` would."""
    return apply_new_callback_requests(
        conn,
        [
            (key, client_id, booking.payload(source=source, uid=request_uid(key)))
            for booking, key, client_id in bookings
        ],
        actor_login=context.actor_login,
        context=context,
    )


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
