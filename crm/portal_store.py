"""What the portal service does in the store: bookings, their status, cancelling, availability,
web-form tickets, and the answers kept for idempotent retries.

Bookings follow the file import's rules exactly (`validate_booking` in
`crm/booking_import/validation.py`, the same `callback.request` write, which merges a second
booking into an open request for the same number and topic). A booking gets an opaque
reference; the caller's view of it is its status and expected time, nothing else, and only the
portal that made it can read or cancel it.

Availability is computed from the same service hours (`crm.service_hours`) that schedule the
queue, the agents' presence, and the callback history:

- "call me now" can be honoured when the queue that serves the language (and topic) is open
  and at least one agent who speaks the language is signed in and not paused;
- the expected wait is the requests in that language already due, shared among those agents,
  times the average handling time of recent callback attempts;
- a window (30 minutes, inside the hours) has room for the agents rostered for the language
  (every active agent who speaks it) times the window over the average handling time, less the
  requests already booked to start in it.

Idempotency: an answer is stored with its key in the same transaction as the work; a retry
with the same key and the same request gets the stored answer, with another request a refusal.
On PostgreSQL a retry arriving while the first try runs waits for it on the key's row.

This module is stdlib and SQLAlchemy only (the `crm` layer).
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, case, delete, func, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError

from crm import schema
from crm.booking_import import ingest, validation
from crm.booking_import.formats import source_record
from crm.callbacks import topic_queues
from crm.changes import ApplyContext, WriteRejected, apply_writes, record_changes
from crm.db import write_transaction
from crm.service_hours import ServiceCalendar

SLOT = timedelta(minutes=30)
WINDOW_HORIZON = timedelta(days=7)
MAX_WINDOWS = 8
DEFAULT_HANDLING = timedelta(minutes=6)
HANDLING_SAMPLE = 200  # recent attempts the average handling time is taken from
SIGNED_IN = ("available", "on_call", "wrap_up")  # signed in and not paused
# The service hours, languages, topics and handling time change seldom: read twice a minute,
# for availability and for bookings alike (a booking is scheduled with the same calendar the
# availability answer was computed from). An edit of the hours reaches the portal's bookings
# within this time (at once after forget_cache); dialling never depends on it, because the
# claim checks the hours again with the desk's own calendar before a request is dialled.
CACHE_SECONDS = 30.0
MAX_SUBJECT = 255
MAX_DESCRIPTION = 8000
_EMAIL = re.compile(
    r"^[^@\s<>()\[\],;:\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,63}$"
)

# What a caller may see of a request's state.
CALLER_STATUS = {
    "queued": "queued",
    "assigned": "being_called",
    "dialling": "being_called",
    "done": "done",
    "expired": "expired",
    "cancelled": "cancelled",
}


@dataclass(frozen=True)
class Problem:
    """Why a request is refused: the field it is about ("" for the whole) and what is wrong."""

    field: str
    message: str


class Refused(Exception):
    """The request cannot be done as sent: every problem found (a 422 for the service)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class Answer:
    """An answer to send back: an HTTP status and a JSON body (kept for idempotent retries)."""

    status: int
    body: dict[str, Any]
    replayed: bool = False


@dataclass(frozen=True)
class Idempotency:
    portal: str
    key: str
    fingerprint: str


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime
    room: int


@dataclass(frozen=True)
class Availability:
    language: str
    topic: str | None
    queue: str | None
    open_now: bool
    agents_signed_in: int
    agents_free: int
    call_now: bool
    queue_length: int
    handling_s: int
    expected_wait_s: int | None
    open_until: datetime | None
    next_open: datetime | None
    windows: tuple[Window, ...]


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass
class _Cached:
    at: float = -math.inf
    calendar: ServiceCalendar | None = None
    vocabulary: validation.Vocabulary | None = None
    topics: dict[str | None, str | None] = field(default_factory=dict)
    handling: timedelta = DEFAULT_HANDLING  # a rolling average: half a minute old is fine


def fingerprint(method: str, path: str, body: bytes) -> str:
    return hashlib.sha256(b"\0".join([method.encode(), path.encode(), body])).hexdigest()


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
            handling=self._handling(conn),
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

    # -- idempotency ---------------------------------------------------------------------------

    def _replay(self, conn: Connection, idem: Idempotency | None) -> Answer | None:
        """Claim the key in this transaction; the stored answer if a previous try had it."""
        if idem is None:
            return None
        table = schema.portal_idempotency
        inserted = conn.execute(
            _insert_ignore(conn, table).values(
                portal=idem.portal,
                key=idem.key,
                fingerprint=idem.fingerprint,
                created_at=self.now(),
            ),
            execution_options={"preserve_rowcount": True},
        )
        if inserted.rowcount > 0:
            return None
        row = conn.execute(
            select(table.c.fingerprint, table.c.status_code, table.c.response).where(
                table.c.portal == idem.portal, table.c.key == idem.key
            )
        ).first()
        if row is None or row.status_code is None:  # cannot happen: the answer commits with it
            return Answer(409, _error("Idempotency-Key", "the first request is still running"))
        if row.fingerprint != idem.fingerprint:
            return Answer(
                422,
                _error(
                    "Idempotency-Key",
                    "was used before for a different request: use a new key for a new request",
                ),
            )
        return Answer(int(row.status_code), dict(row.response or {}), replayed=True)

    @staticmethod
    def _remember(conn: Connection, idem: Idempotency | None, answer: Answer) -> None:
        if idem is None:
            return
        table = schema.portal_idempotency
        conn.execute(
            update(table)
            .where(table.c.portal == idem.portal, table.c.key == idem.key)
            .values(status_code=answer.status, response=answer.body)
        )

    def forget_answers(self, older_than: timedelta = timedelta(days=1)) -> int:
        """Drop stored answers older than this (a retry after a day is a new request)."""
        table = schema.portal_idempotency
        with write_transaction(self.engine) as conn:
            count = conn.execute(
                delete(table).where(table.c.created_at < self.now() - older_than)
            ).rowcount
            conn.commit()
        return int(count)

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
            replay = self._replay(conn, idem)
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
            self._remember(conn, idem, answer)
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
            due = _aware(row.next_attempt_at) or self.now()
            expected = max(due, self.now())
            if row.kind == "now":
                wait = self._expected_wait(conn, ref_data, str(row.language), row.topic_code)
                if wait is not None:
                    expected = max(expected, self.now() + timedelta(seconds=wait))
        return {
            "reference": reference,
            "status": status,
            "kind": str(row.kind),
            "expected_at": _iso(expected),
            "window_start": _iso(_aware(row.window_start)),
            "window_end": _iso(_aware(row.window_end)),
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

    def _handling(self, conn: Connection) -> timedelta:
        a = schema.callback_attempts.c
        rows = conn.execute(
            select(a.started_at, a.ended_at)
            .where(a.ended_at.is_not(None), a.outcome.in_(("reached", "resolved")))
            .order_by(a.id.desc())
            .limit(HANDLING_SAMPLE)
        ).all()
        spans = [
            (_aware(end) - _aware(start)).total_seconds()  # type: ignore[operator]
            for start, end in rows
            if start is not None and end is not None and end > start
        ]
        if not spans:
            return DEFAULT_HANDLING
        return timedelta(seconds=max(60.0, sum(spans) / len(spans)))

    def _staffing(self, conn: Connection, language: str) -> tuple[int, int, int, int]:
        """(rostered, signed in and not paused, free) agents who speak the language, and the
        requests in it already due: one round trip."""
        ag, al, p = schema.agents.c, schema.agent_languages.c, schema.agent_presence.c
        r = schema.callback_requests.c
        due = (
            select(func.count(r.id))
            .where(r.status == "queued", r.language == language, r.next_attempt_at <= self.now())
            .scalar_subquery()
        )
        row = conn.execute(
            select(
                func.count(func.distinct(ag.id)),
                func.count(func.distinct(case((p.state.in_(SIGNED_IN), ag.id)))),
                func.count(func.distinct(case((p.state == "available", ag.id)))),
                due,
            )
            .select_from(
                schema.agents.join(schema.agent_languages, al.agent_id == ag.id).outerjoin(
                    schema.agent_presence, p.agent_id == ag.id
                )
            )
            .where(ag.active, al.language == language)
        ).one()
        rostered, signed_in, free, length = (int(n or 0) for n in row)
        return rostered, signed_in, free, length

    def _expected_wait(
        self, conn: Connection, ref_data: _Cached, language: str, topic: str | None
    ) -> int | None:
        _, signed_in, _, length = self._staffing(conn, language)
        if not signed_in:
            return None
        return round(length * ref_data.handling.total_seconds() / signed_in)

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
            rostered, signed_in, free, length = self._staffing(conn, lang)
            handling = ref_data.handling
            wait = round(length * handling.total_seconds() / signed_in) if signed_in else None
            windows = self._windows(conn, calendar if known else None, queue, lang, rostered,
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

    def _windows(
        self,
        conn: Connection,
        calendar: ServiceCalendar | None,
        queue: str | None,
        language: str,
        rostered: int,
        handling: timedelta,
        now: datetime,
    ) -> tuple[Window, ...]:
        if rostered == 0:
            return ()
        capacity = math.floor(rostered * (SLOT / handling))
        horizon = now + WINDOW_HORIZON
        r = schema.callback_requests.c
        booked: dict[datetime, int] = {}
        for start in conn.scalars(
            select(r.window_start).where(
                r.status.in_(ingest.OPEN_STATUSES),
                r.kind == "scheduled",
                r.language == language,
                r.window_start >= now - SLOT,
                r.window_start < horizon,
            )
        ):
            slot = _slot_of(_aware(start))  # type: ignore[arg-type]
            booked[slot] = booked.get(slot, 0) + 1
        windows: list[Window] = []
        at = _slot_of(now) + SLOT  # the next whole slot: one starting now is already running
        while at < horizon and len(windows) < MAX_WINDOWS:
            if calendar is not None and queue is not None:
                opened = calendar.next_open(queue, at, horizon_days=8)
                if opened is None or opened >= horizon:
                    break
                if opened > at:
                    at = _slot_of(opened) + (SLOT if _slot_of(opened) < opened else timedelta())
                    continue
                until = calendar.open_until(queue, at, horizon_days=8)
                if until is None or until < at + SLOT:
                    at += SLOT
                    continue
            room = capacity - booked.get(at, 0)
            if room > 0:
                windows.append(Window(at, at + SLOT, room))
            at += SLOT
        return tuple(windows)

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
            replay = self._replay(conn, idem)
            if replay is not None:
                return replay
            ref_data = self._reference(conn)
            assert ref_data.vocabulary is not None
            problems: list[Problem] = []

            def problem(name: str, message: str) -> None:
                problems.append(Problem(name, message))

            lang = validation.parse_language(fields.get("language"), ref_data.vocabulary, problem)
            topic = validation.parse_topic(fields.get("topic"), ref_data.vocabulary, problem)
            subject = validation.parse_text(fields.get("subject"), "subject", MAX_SUBJECT, problem)
            description = validation.parse_text(
                fields.get("description"), "description", MAX_DESCRIPTION, problem
            )
            name = validation.parse_text(fields.get("name"), "name", 255, problem)
            if not subject and not any(p.field == "subject" for p in problems):
                problem("subject", "is required")
            if not description and not any(p.field == "description" for p in problems):
                problem("description", "is required")
            email = _email(fields.get("email"), problem)
            phone = None
            if fields.get("phone") not in (None, ""):
                phone = validation.parse_phone(fields.get("phone"), self.default_region, problem)
            if (
                email is None
                and phone is None
                and not any(p.field in ("email", "phone") for p in problems)
            ):
                problem("email", "an e-mail address or a phone number is required")
            if problems or lang is None:
                raise Refused(problems)
            contact_uid, new_contact = self._contact(conn, email, phone, lang, name)
            ticket_uid = uuid.uuid4().hex  # 32: the number column holds it at first
            writes: list[tuple[str, str, Mapping[str, Any]]] = []
            if new_contact is not None:
                writes.append((new_contact["uid"], "contact.create", new_contact))
            now = self.now()
            writes.append(
                (
                    ticket_uid,
                    "ticket.create",
                    {
                        "uid": ticket_uid,
                        "subject": subject,
                        "topic_code": topic,
                        "channel": "web_form",
                        "language": lang,
                        "contact_uid": contact_uid,
                        "created_at": now.isoformat(),
                    },
                )
            )
            note_uid = str(uuid.uuid4())
            writes.append(
                (
                    note_uid,
                    "interaction.append",
                    {
                        "uid": note_uid,
                        "ticket_uid": ticket_uid,
                        "kind": "web_form",
                        "direction": "inbound",
                        "occurred_at": now.isoformat(),
                        "subject": subject,
                        "body": description,
                        "phone_e164": phone,
                    },
                )
            )
            try:
                apply_writes(conn, writes, client_id=f"portal:{portal}"[:64], actor_login="")
            except (WriteRejected, IntegrityError, DataError) as exc:
                raise Refused([Problem("", ingest.refusal_reason(exc))]) from exc
            t = schema.tickets.c
            ticket_id, number = conn.execute(
                select(t.id, t.number).where(t.uid == ticket_uid)
            ).one()
            for item in attachments:
                conn.execute(
                    insert(schema.ticket_attachments).values(
                        ticket_id=ticket_id,
                        filename=item.filename[:255],
                        content_type=item.content_type[:127],
                        size=len(item.data),
                        data=item.data,
                        created_at=now,
                    )
                )
            answer = Answer(
                201,
                {
                    "ticket_number": str(number),
                    "attachments": len(attachments),
                },
            )
            self._remember(conn, idem, answer)
            conn.commit()
        return answer

    @staticmethod
    def _contact(
        conn: Connection, email: str | None, phone: str | None, language: str, name: str
    ) -> tuple[str, dict[str, Any] | None]:
        """(uid of the contact, the contact.create payload when it is a new one)."""
        c, ph = schema.contacts.c, schema.contact_phones.c
        if email is not None:
            found = conn.scalar(
                select(c.uid).where(func.lower(c.email) == email.lower()).order_by(c.id).limit(1)
            )
            if found is not None:
                return str(found), None
        if phone is not None:
            owners = conn.scalars(
                select(c.uid)
                .select_from(schema.contacts.join(schema.contact_phones, ph.contact_id == c.id))
                .where(ph.e164 == phone)
                .distinct()
                .limit(2)
            ).all()
            if len(owners) == 1:  # a shared line is not one person: make a new contact
                return str(owners[0]), None
        first, _, last = name.partition(" ")
        uid = str(uuid.uuid4())
        return uid, {
            "uid": uid,
            "first_name": first,
            "last_name": last,
            "email": email,
            "preferred_language": language,
            "phones": [{"e164": phone, "label": "web"}] if phone else [],
            "notes": "Created from a web form",
        }


def _email(value: Any, problem: Callable[[str, str], None]) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if len(text) > 254 or not _EMAIL.fullmatch(text):
        problem("email", f"{validation.shown(text)} is not an e-mail address")
        return None
    return text


def _error(name: str, message: str) -> dict[str, Any]:
    return {"problems": [{"field": name, "message": message}]}


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _slot_of(at: datetime) -> datetime:
    at = at.astimezone(UTC)
    return at.replace(minute=at.minute - at.minute % 30, second=0, microsecond=0)


def _insert_ignore(conn: Connection, table: Any) -> Any:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing()
