"""What the portal service does in the store: bookings, their status and cancelling, with the
reference data (hours, languages, topics) they are computed from, cached for half a minute.

Bookings follow the file import's rules exactly (`validate_booking` in
`crm/booking_import/validation.py`, the same `callback.request` write, which merges a second
booking into an open request for the same number and topic). A booking gets an opaque
reference; the caller's view of it is its status and expected time, nothing else, and only the
portal that made it can read or cancel it.

The other jobs of the service live next to this one, and `PortalStore` hands them its
transaction and reference data: availability and free windows in `crm/portal_availability.py`,
web-form tickets in `crm/portal_tickets.py`, the answers and their idempotent replay in
`crm/portal_answers.py`.

This module is stdlib and SQLAlchemy only (the `crm` layer).
"""

from __future__ import annotations

import math
import secrets
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError

from crm import portal_answers, portal_tickets, schema
from crm.booking_import import ingest, validation
from crm.booking_import.formats import source_record
from crm.callback_rules import topic_queues
from crm.change_feed import record_changes
from crm.db import write_transaction
from crm.portal_answers import Answer, Idempotency, Problem, Refused
from crm.portal_availability import (
    DEFAULT_HANDLING,
    Availability,
    aware,
    expected_wait,
    handling_time,
    open_windows,
    staffing,
)
from crm.portal_tickets import Attachment
from crm.service_hours import ServiceCalendar
from crm.write_context import ApplyContext, WriteRejected

# The service hours, languages, topics and handling time change seldom: read twice a minute,
# for availability and for bookings alike (a booking is scheduled with the same calendar the
# availability answer was computed from). An edit of the hours reaches the portal's bookings
# within this time (at once after forget_cache); dialling never depends on it, because the
# claim checks the hours again with the desk's own calendar before a request is dialled.
CACHE_SECONDS = 30.0
# What a caller may see of a request's state.
CALLER_STATUS = {
    "queued": "queued",
    "assigned": "being_called",
    "dialling": "being_called",
    "done": "done",
    "expired": "expired",
    "cancelled": "cancelled",
}


@dataclass
class _Cached:
    at: float = -math.inf
    calendar: ServiceCalendar | None = None
    vocabulary: validation.Vocabulary | None = None
    topics: dict[str | None, str | None] = field(default_factory=dict)
    handling: timedelta = DEFAULT_HANDLING  # a rolling average: half a minute old is fine


def new_reference() -> str:
    """An opaque, unguessable booking reference (120 random bits, URL-safe)."""
    return secrets.token_urlsafe(15)


class PortalStore:
    """The portal service's way into the store; safe to share between threads (each call uses
    its own connection; the cache is replaced whole, under a lock)."""

    def __init__(
        self,
        engine: Engine,
        *,
        default_region: str = "IT",
        clock: Callable[[], datetime] | None = None,
        read_engine: Engine | None = None,
    ) -> None:
        self.engine = engine
        # Reads (availability, status, topics) on connections of their own when given, so a
        # caller asking "can I be called now?" never waits behind a queue of bookings.
        self.read_engine = read_engine or engine
        self.default_region = validation.check_region(default_region)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._cache = _Cached()
        self._lock = threading.Lock()
        self.cache_seconds = CACHE_SECONDS

    def now(self) -> datetime:
        return self._clock()

    # -- reference data ------------------------------------------------------------------------

    def _reference(self, conn: Connection) -> _Cached:
        cached = self._cache
        if time.monotonic() - cached.at < self.cache_seconds:
            return cached
        fresh = _Cached(
            at=time.monotonic(),
            calendar=ServiceCalendar.load(conn),
            vocabulary=validation.load_vocabulary(conn),
            topics=topic_queues(conn),
            handling=handling_time(conn),
        )
        with self._lock:
            self._cache = fresh
        return fresh

    def forget_cache(self) -> None:
        """Read the hours, languages and topics again at the next request."""
        with self._lock:
            self._cache = _Cached()

    def _queue(self, ref: _Cached, topic: str | None, language: str) -> str | None:
        topic_queue = ref.topics.get(topic)
        assert ref.calendar is not None
        if not ref.calendar.codes:
            return topic_queue
        return ref.calendar.queue_for(topic_queue, language)

    def forget_answers(self, older_than: timedelta = timedelta(days=1)) -> int:
        """Drop stored answers older than this (a retry after a day is a new request)."""
        return portal_answers.forget_answers(self.engine, self.now() - older_than)

    # -- callbacks -----------------------------------------------------------------------------

    def book(
        self, portal: str, fields: Mapping[str, Any], idem: Idempotency | None = None
    ) -> Answer:
        """Book "call me now" or "call me back" with the file import's rules. Raises Refused
        with every problem of the booking; a retry with the same Idempotency-Key is answered
        from the store."""
        now = self.now()
        record = source_record(1, fields.items())
        with write_transaction(self.engine) as conn:
            replay = portal_answers.replay(conn, idem, self.now())
            if replay is not None:
                return replay
            ref_data = self._reference(conn)
            assert ref_data.vocabulary is not None
            booking, problems = validation.validate_booking(
                record, ref_data.vocabulary, default_region=self.default_region, now=now
            )
            if booking is None:
                raise Refused([Problem(p.field, p.message) for p in problems])
            reference = new_reference()
            client_id = f"portal:{portal}"[:64]
            # The change feed's rows go in last, just before commit: its lock (which orders
            # every writer's commit) is then held for the fewest round trips.
            ctx = ApplyContext.prepared(
                conn,
                client_id,
                "",
                calendar=ref_data.calendar,
                topic_queues=ref_data.topics,
                feed_now=False,
            )
            try:
                outcome = ingest.apply_booking(
                    conn,
                    booking,
                    f"portal:{reference}",
                    schema.CallbackSource.WEB_FORM.value,
                    client_id,
                    None,
                    context=ctx,
                )
            except (WriteRejected, IntegrityError, DataError) as exc:
                raise Refused([Problem("", ingest.refusal_reason(exc))]) from exc
            if outcome is None or outcome[0] is None:  # a fresh random key: cannot be applied
                raise RuntimeError("the booking's write was not applied")
            uid, _created = outcome
            conn.execute(
                insert(schema.portal_bookings).values(
                    ref=reference, portal=portal, request_uid=uid, created_at=now
                )
            )
            status = self._status(conn, portal, reference, ref_data)
            assert status is not None
            # Whether the booking joined an open request is not said: that would tell anyone
            # holding the public widget key that a number has an open request.
            answer = Answer(201, {**status, "merged": False})
            portal_answers.remember(conn, idem, answer)
            ctx.record_feed()
            conn.commit()
        return answer

    def status(self, portal: str, reference: str) -> dict[str, Any] | None:
        """The caller's view of a booking; None when this portal has no booking by that ref."""
        with self.read_engine.connect() as conn:
            return self._status(conn, portal, reference, self._reference(conn))

    def _status(
        self, conn: Connection, portal: str, reference: str, ref_data: _Cached
    ) -> dict[str, Any] | None:
        b, r = schema.portal_bookings.c, schema.callback_requests.c
        row = conn.execute(
            select(
                r.status,
                r.kind,
                r.language,
                r.topic_code,
                r.queue_code,
                r.next_attempt_at,
                r.window_start,
                r.window_end,
                r.expires_at,
            )
            .select_from(
                schema.portal_bookings.join(schema.callback_requests, r.uid == b.request_uid)
            )
            .where(b.ref == reference, b.portal == portal)
        ).first()
        if row is None:
            return None
        status = CALLER_STATUS.get(str(row.status), "expired")
        expected: datetime | None = None
        if status == "queued":
            due = aware(row.next_attempt_at) or self.now()
            expected = max(due, self.now())
            if row.kind == "now":
                wait = expected_wait(conn, ref_data.handling, str(row.language), self.now())
                if wait is not None:
                    expected = max(expected, self.now() + timedelta(seconds=wait))
        return {
            "reference": reference,
            "status": status,
            "kind": str(row.kind),
            "expected_at": _iso(expected),
            "window_start": _iso(aware(row.window_start)),
            "window_end": _iso(aware(row.window_end)),
        }

    def cancel(self, portal: str, reference: str) -> dict[str, Any] | None:
        """The caller cancels: a queued request is cancelled; one being called or finished is
        left as it is (its status says which). None when this portal has no such booking.

        Only a request this booking created, and no other booking (of any portal) is linked to,
        is cancelled. A booking that merged into someone else's request (an agent's, the file
        import's, another booking's) is only unlinked: the answer says "cancelled" for this
        reference, the shared request stays, and the reference is unknown from then on."""
        b, r = schema.portal_bookings.c, schema.callback_requests.c
        with write_transaction(self.engine) as conn:
            uid = conn.scalar(select(b.request_uid).where(b.ref == reference, b.portal == portal))
            if uid is None:
                return None
            others = conn.scalar(
                select(func.count()).where(b.request_uid == uid, b.ref != reference)
            )
            if uid != ingest.request_uid(f"portal:{reference}") or others:
                status = self._status(conn, portal, reference, self._reference(conn))
                assert status is not None
                conn.execute(delete(schema.portal_bookings).where(b.ref == reference))
                conn.commit()
                return {**status, "status": "cancelled", "expected_at": None, "cancelled": True}
            cancelled = conn.execute(
                update(schema.callback_requests)
                .where(r.uid == uid, r.status == "queued")
                .values(status="cancelled", updated_at=self.now(), lease_expires_at=None)
            ).rowcount
            if cancelled:
                record_changes(conn, [("callback_requests", str(uid))])
            status = self._status(conn, portal, reference, self._reference(conn))
            conn.commit()
        assert status is not None
        return {**status, "cancelled": bool(cancelled)}

    # -- availability --------------------------------------------------------------------------

    def _check_language_topic(
        self, ref_data: _Cached, language: str | None, topic: str | None
    ) -> tuple[str, str | None]:
        assert ref_data.vocabulary is not None
        problems: list[Problem] = []

        def problem(name: str, message: str) -> None:
            problems.append(Problem(name, message))

        lang = validation.parse_language(language, ref_data.vocabulary, problem)
        code = validation.parse_topic(topic or None, ref_data.vocabulary, problem)
        if problems or lang is None:
            raise Refused(problems)
        return lang, code

    def availability(self, language: str | None, topic: str | None) -> Availability:
        now = self.now()
        with self.read_engine.connect() as conn:
            ref_data = self._reference(conn)
            lang, code = self._check_language_topic(ref_data, language, topic)
            calendar = ref_data.calendar
            assert calendar is not None
            queue = self._queue(ref_data, code, lang)
            known = queue is not None and queue in calendar.codes
            open_now = calendar.is_open(queue, now) if known else True  # type: ignore[arg-type]
            rostered, signed_in, free, length = staffing(conn, lang, self.now())
            handling = ref_data.handling
            wait = round(length * handling.total_seconds() / signed_in) if signed_in else None
            windows = open_windows(conn, calendar if known else None, queue, lang, rostered,
                                   handling, now)  # fmt: skip
            until = calendar.open_until(queue, now) if known and open_now else None  # type: ignore[arg-type]
            next_open = (
                calendar.next_open(queue, now)  # type: ignore[arg-type]
                if known and not open_now
                else None
            )
        return Availability(
            language=lang,
            topic=code,
            queue=queue,
            open_now=open_now,
            agents_signed_in=signed_in,
            agents_free=free,
            call_now=open_now and signed_in > 0,
            queue_length=length,
            handling_s=round(handling.total_seconds()),
            expected_wait_s=wait,
            open_until=until,
            next_open=next_open,
            windows=windows,
        )

    def topics(self, language: str | None) -> list[dict[str, str]]:
        """The active topics, named in the language (else Italian, else the code)."""
        t = schema.topics.c
        with self.read_engine.connect() as conn:
            rows = conn.execute(select(t.code, t.names).where(t.active).order_by(t.code)).all()
        lang = (language or "it").lower().split("-", 1)[0]
        return [
            {"code": str(code), "name": str((names or {}).get(lang) or (names or {}).get("it")
                                            or code)}
            for code, names in rows
        ]  # fmt: skip

    # -- web-form tickets ----------------------------------------------------------------------

    def create_ticket(
        self,
        portal: str,
        fields: Mapping[str, Any],
        attachments: Sequence[Attachment] = (),
        idem: Idempotency | None = None,
    ) -> Answer:
        """A web-form request becomes a ticket (channel web_form) with the form as its first
        interaction, linked to the contact found by e-mail or phone, or a new one."""
        with write_transaction(self.engine) as conn:
            replay = portal_answers.replay(conn, idem, self.now())
            if replay is not None:
                return replay
            ref_data = self._reference(conn)
            assert ref_data.vocabulary is not None
            answer = portal_tickets.create_ticket(
                conn,
                portal,
                fields,
                attachments,
                vocabulary=ref_data.vocabulary,
                default_region=self.default_region,
                clock=self.now,
            )
            portal_answers.remember(conn, idem, answer)
            conn.commit()
        return answer


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat().replace("+00:00", "Z")
