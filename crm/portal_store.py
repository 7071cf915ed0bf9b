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
import threading
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, delete, func, select, update
from sqlalchemy.exc import OperationalError

from crm import portal_answers, portal_bookings, portal_tickets, presence, schema
from crm.booking_import import ingest, validation
from crm.callback_rules import topic_queues
from crm.change_feed import record_changes
from crm.db import write_transaction
from crm.portal_answers import Answer, Idempotency, NotWritten, Problem, Refused
from crm.portal_availability import (
    DEFAULT_HANDLING,
    Availability,
    aware,
    handling_time,
    open_windows,
    staffing,
    staffing_many,
)
from crm.portal_bookings import BookingIn, RefusedInBatch
from crm.portal_tickets import Attachment
from crm.service_hours import ServiceCalendar
from crm.write_context import ApplyContext

# The service hours, languages, topics and handling time change seldom: read twice a minute,
# for availability and for bookings alike (a booking is scheduled with the same calendar the
# availability answer was computed from). An edit of the hours reaches the portal's bookings
# within this time (at once after forget_cache); dialling never depends on it, because the
# claim checks the hours again with the desk's own calendar before a request is dialled.
CACHE_SECONDS = 30.0
# An availability answer is computed at most this often per language and topic (per process):
# the agents' presence and the queue's length ("call me now", the expected wait) show within
# this time, without a query per request; a window's room taken by a booking of this process
# shows at once (of another process's, within this time).
AVAILABILITY_SECONDS = 1.0
# An older answer, up to this many times that, is still served while one caller reads it again
# (off the request's path); older still, the caller waits for a fresh one.
STALE_FACTOR = 3
# A batch refused this often by the store is written one booking at a time from then on; one
# ended by a deadlock is written again this often.
MAX_REDOS = 3
MAX_RETRIES = 3
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
        self._clock_given = clock is not None  # a test's: presence is judged by it too
        self._cache = _Cached()
        self._lock = threading.Lock()
        self.cache_seconds = CACHE_SECONDS
        # (language, topic) -> (monotonic time it was read, the clock's time, the answer)
        self._available: dict[tuple[str, str | None], tuple[float, datetime, Availability]] = {}
        self.availability_seconds = AVAILABILITY_SECONDS
        self._forgotten = 0  # how often the answers were dropped: one read before is not kept
        self._available_lock = threading.Lock()  # the answers are kept and dropped by threads
        self._reading: dict[tuple[str, str | None], float] = {}  # key -> when one read it again

    def now(self) -> datetime:
        return self._clock()

    def _presence_now(self, conn: Connection) -> datetime | ColumnElement[datetime]:
        """When the agents' presence is judged: at the store's time on PostgreSQL (in the
        query: `now()`), the clock the desks' heartbeats are stamped with (crm.presence), so
        that this server's clock running minutes ahead does not take every agent for gone; a
        given clock (a test's) stands."""
        return self.now() if self._clock_given else presence.store_now(conn)

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
        """Read the hours, languages, topics and availability again at the next request."""
        with self._lock:
            self._cache = _Cached()
            self._forget_availability()

    def _forget_availability(self, languages: Collection[str] | None = None) -> None:
        """Drop the availability answers kept (only those of `languages` when given)."""
        with self._available_lock:
            self._forgotten += 1
            self._available = (
                {}
                if languages is None
                else {k: v for k, v in self._available.items() if k[0] not in languages}
            )

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
        (outcome,) = self.book_many([BookingIn(portal, fields, idem)])
        if isinstance(outcome, Refused):
            raise outcome
        if isinstance(outcome, NotWritten):
            raise outcome.error
        return outcome

    def book_many(self, items: Sequence[BookingIn]) -> list[Answer | Refused | NotWritten]:
        """Book each of `items` as `book` would, in one transaction (crm/portal_bookings.py):
        an answer or a refusal per item, in their order. A failure of the store itself (lost
        connection...) raises when nothing of the batch was committed or refused; after a
        refusal had the batch written in parts, the parts already committed keep their
        answers and the rest are NotWritten with the failure."""
        outcomes: dict[int, Answer | Refused | NotWritten] = {}
        failure: Exception | None = None
        pending = list(range(len(items)))
        refusals = retries = 0
        size = len(items)  # how many to write together
        while pending:
            # After a few refusals by the store, the rest one by one: each refusal costs the
            # batch's work again.
            batch = pending[:size] if refusals < MAX_REDOS else pending[:1]
            try:
                outcomes.update(self._book_batch(items, batch))
            except RefusedInBatch as exc:
                if exc.index is None:  # one of several written together: halve until alone
                    size = max(1, len(batch) // 2)
                    continue
                outcomes[exc.index] = exc.refused
                pending.remove(exc.index)
                refusals += 1
                size = len(items)
                continue
            except OperationalError as exc:
                # Two batches that lock the same rows in another order (a retry of one key in
                # two processes): PostgreSQL ends one of them, which is written again.
                if _retryable(exc) and retries < MAX_RETRIES:
                    retries += 1
                    continue
                if not outcomes:
                    raise
                failure = exc
            except Exception as exc:
                if not outcomes:
                    raise
                failure = exc
            if failure is not None:  # parts written or refused before: they keep their answers
                outcomes.update((i, NotWritten(failure)) for i in pending)
                break
            pending = [i for i in pending if i not in outcomes]
        return [outcomes[i] for i in range(len(items))]

    def _book_batch(
        self, items: Sequence[BookingIn], indices: Sequence[int]
    ) -> dict[int, Answer | Refused]:
        now = self.now()
        with write_transaction(self.engine) as conn:
            ref_data = self._reference(conn)
            assert ref_data.vocabulary is not None
            # The change feed's rows go in last, with the commit: its lock (which orders every
            # writer's commit) is then held for no round trip (crm/feed_pg.py).
            ctx = ApplyContext.prepared(
                conn,
                "portal",
                "",
                calendar=ref_data.calendar,
                topic_queues=ref_data.topics,
                feed_now=False,
            )
            done = portal_bookings.write_batch(
                conn,
                items,
                indices,
                vocabulary=ref_data.vocabulary,
                calendar=ref_data.calendar,
                topic_queues=ref_data.topics,
                default_region=self.default_region,
                now=now,
                ctx=ctx,
                statuses=lambda written: self._statuses(
                    conn,
                    [(w.portal, w.reference) for w in written],
                    ref_data,
                    created={w.reference for w in written if w.created},
                    requests={w.reference: w.request_uid for w in written},
                ),
            )
            answers = done.answers
            statuses = self._statuses(
                conn,
                [(w.portal, w.reference) for w in done.written],
                ref_data,
                created={w.reference for w in done.written if w.created},
            )
            for w, status in zip(done.written, statuses, strict=True):
                status = done.seen_before_merge.get(w.index, status)
                assert status is not None
                # Whether the booking joined an open request is not said: that would tell
                # anyone holding the public widget key that a number has an open request.
                answers[w.index] = Answer(201, {**status, "merged": False})
            portal_answers.remember_many(
                conn,
                [
                    (idem, answers[w.index])
                    for w in done.written
                    if (idem := items[w.index].idem) is not None
                ],
            )
            portal_bookings.answer_same_key(items, done.same_key, answers)
            ctx.record_feed(commit=True)  # the COMMIT with it: the lock waits for no round trip
            conn.commit()  # (nothing left to commit on PostgreSQL; SQLite commits here)
        if done.windows_changed:  # this process shows the room its bookings took at once
            self._forget_availability(done.windows_changed)
        return answers

    def status(self, portal: str, reference: str) -> dict[str, Any] | None:
        """The caller's view of a booking; None when this portal has no booking by that ref."""
        with self.read_engine.connect() as conn:
            return self._status(conn, portal, reference, self._reference(conn))

    def _status(
        self, conn: Connection, portal: str, reference: str, ref_data: _Cached
    ) -> dict[str, Any] | None:
        return self._statuses(conn, [(portal, reference)], ref_data)[0]

    def _statuses(
        self,
        conn: Connection,
        bookings: Sequence[tuple[str, str]],
        ref_data: _Cached,
        created: Collection[str] = (),
        requests: Mapping[str, str] | None = None,
    ) -> list[dict[str, Any] | None]:
        """The caller's view of each (portal, reference), in one query (and one per language
        for the waits). `created`: the references of `bookings`, in the order they were
        written in this transaction, that queued a new request: a "call me now" counts only
        the requests due before it, as if each booking had committed on its own. `requests`:
        reference -> request uid, to read them before their reference rows are written."""
        if not bookings:
            return []
        b, r = schema.portal_bookings.c, schema.callback_requests.c
        columns = (r.status, r.kind, r.language, r.next_attempt_at, r.window_start, r.window_end)
        if requests is not None:  # bookings whose reference rows are not written yet
            by_uid = {
                row.uid: row
                for row in conn.execute(
                    select(r.uid, *columns).where(r.uid.in_(set(requests.values())))
                )
            }
            rows = {(p, ref): by_uid.get(requests[ref]) for p, ref in bookings}
        else:
            rows = {
                (row.portal, row.ref): row
                for row in conn.execute(
                    select(b.portal, b.ref, *columns)
                    .select_from(
                        schema.portal_bookings.join(
                            schema.callback_requests, r.uid == b.request_uid
                        )
                    )
                    .where(b.ref.in_([ref for _, ref in bookings]))
                )
            }
        now = self.now()
        behind: dict[str, int] = {}  # reference -> due requests of its batch queued after it
        later: dict[str, int] = {}
        for portal, reference in reversed(bookings):
            row = rows.get((portal, reference))
            if row is None:
                continue
            behind[reference] = later.get(str(row.language), 0)
            due = aware(row.next_attempt_at)
            if reference in created and row.status == "queued" and due is not None and due <= now:
                later[str(row.language)] = later.get(str(row.language), 0) + 1
        staffed: dict[str, tuple[int, int]] = {}  # language -> (signed in, requests due)
        now_languages = {
            str(row.language) for row in rows.values() if row is not None and row.kind == "now"
        }
        found: list[dict[str, Any] | None] = []
        for portal, reference in bookings:
            row = rows.get((portal, reference))
            if row is None:
                found.append(None)
                continue
            status = CALLER_STATUS.get(str(row.status), "expired")
            expected: datetime | None = None
            if status == "queued":
                due = aware(row.next_attempt_at) or now
                expected = max(due, now)
                language = str(row.language)
                if row.kind == "now":
                    if language not in staffed:  # every language of the batch at once
                        staffed.update(
                            (lang, (signed_in, length))
                            for lang, (_, signed_in, _, length) in staffing_many(
                                conn, now_languages, now, self._presence_now(conn)
                            ).items()
                        )
                    signed_in, length = staffed[language]
                    ahead = max(0, length - behind.get(reference, 0))
                    if signed_in:
                        wait = ahead * ref_data.handling.total_seconds() / signed_in
                        expected = max(expected, now + timedelta(seconds=round(wait)))
            found.append(
                {
                    "reference": reference,
                    "status": status,
                    "kind": str(row.kind),
                    "expected_at": _iso(expected),
                    "window_start": _iso(aware(row.window_start)),
                    "window_end": _iso(aware(row.window_end)),
                }
            )
        return found

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
            status = self._status(conn, portal, reference, self._reference(conn))
            if cancelled:  # last, with the COMMIT: the feed's lock waits for no round trip
                record_changes(conn, [("callback_requests", str(uid))], commit=True)
            conn.commit()  # (nothing left to commit on PostgreSQL after the feed's)
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

    def recent_availability(
        self, language: str | None, topic: str | None
    ) -> tuple[Availability | None, bool]:
        """(the answer kept, whether the caller should read it again now with `availability`),
        without touching the store. The answer is less than `availability_seconds` old (by the
        clock too), or up to `STALE_FACTOR` times that while the one caller told to read it
        again does so; (None, True) when there is none. Raises Refused for an unknown language
        or topic, as `availability` does."""
        ref_data = self._cache
        if time.monotonic() - ref_data.at >= self.cache_seconds:
            return None, True
        key = self._check_language_topic(ref_data, language, topic)
        found = self._available.get(key)
        if found is None:
            return None, True
        read_at, now, answer = found
        if abs((self.now() - now).total_seconds()) >= self.availability_seconds:
            return None, True
        age = time.monotonic() - read_at
        if age < self.availability_seconds:
            return answer, False
        if age >= STALE_FACTOR * self.availability_seconds:
            return None, True
        with self._available_lock:
            if self._reading.get(key, -math.inf) > read_at:  # another caller reads it again
                return answer, False
            self._reading[key] = time.monotonic()
        return answer, True

    def availability(self, language: str | None, topic: str | None) -> Availability:
        """Whether "call me now" can be honoured, the wait and the next windows, as the store
        has them now (kept for `recent_availability`)."""
        read_at, now, generation = time.monotonic(), self.now(), self._forgotten
        with self.read_engine.connect() as conn:
            ref_data = self._reference(conn)
            lang, code = self._check_language_topic(ref_data, language, topic)
            calendar = ref_data.calendar
            assert calendar is not None
            queue = self._queue(ref_data, code, lang)
            known = queue is not None and queue in calendar.codes
            open_now = calendar.is_open(queue, now) if known else True  # type: ignore[arg-type]
            rostered, signed_in, free, length = staffing(
                conn, lang, self.now(), self._presence_now(conn)
            )
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
        answer = Availability(
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
        with self._available_lock:
            if generation == self._forgotten:  # else a booking or an edit came meanwhile
                self._available[(lang, code)] = (read_at, now, answer)
        return answer

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


def _retryable(exc: OperationalError) -> bool:
    """A deadlock or a serialization failure: the transaction may simply be run again."""
    return getattr(exc.orig, "sqlstate", None) in ("40P01", "40001")
