"""Bookings written in batches (group commit): the store's side of `PortalStore.book_many`.

Bookings that arrive at the same time are written one after the other in ONE transaction, so
the commit's flush to disk, the change feed's lock and the status queries are paid once per
batch, not once per booking. Each booking is written exactly as it would be alone: its
Idempotency-Key claimed first, the file import's `callback.request` write (which merges a second
booking into the open request for the same number and topic, `crm/callback_writes.py`), its
reference row. Two bookings for one number in a batch merge as two bookings one after the other
would: the batch keeps their order.

A booking the store refuses (a WriteRejected, a constraint) stops the batch with
`RefusedInBatch`; `PortalStore.book_many` rolls the transaction back and writes the batch again
without it, so nothing of the refused booking stays and the others commit. No savepoint per
booking: the refusals the file import's rules do not catch before the store are rare, and on
PostgreSQL a transaction with more than 64 subtransactions slows every reader's snapshot.

This module is stdlib and SQLAlchemy only (the `crm` layer).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.exc import DataError, IntegrityError

from crm import portal_answers, schema
from crm.booking_import import ingest, validation
from crm.booking_import.formats import source_record
from crm.portal_answers import Answer, Idempotency, Problem, Refused
from crm.service_hours import ServiceCalendar
from crm.write_context import ApplyContext, WriteRejected

# What one transaction takes at most: enough to pay the commit once for many bookings, few
# enough that one batch holds its rows' locks for a short while.
MAX_BATCH = 25


@dataclass(frozen=True)
class BookingIn:
    """A booking as the service received it: the portal, the body's fields, the key."""

    portal: str
    fields: Mapping[str, Any]
    idem: Idempotency | None = None


@dataclass(frozen=True)
class Written:
    """A booking written in the batch's transaction, not committed yet."""

    index: int  # in the batch as given
    portal: str
    reference: str
    request_uid: str
    created: bool  # a new request (False: merged into an open one)
    merge_key: tuple[str, str | None]  # (number, topic): one open request per key


class RefusedInBatch(Exception):
    """The store refused the booking at `index`: write the batch again without it. None: one
    booking of a wave written together, not known which: `PortalStore.book_many` halves the
    batch until the refused one is alone."""

    def __init__(self, index: int | None, refused: Refused) -> None:
        super().__init__(f"booking {index} refused: {refused}")
        self.index, self.refused = index, refused


@dataclass
class BatchWrite:
    """What `write_batch` did: answers known without a status (replays, refusals by the
    rules), the bookings written, and the duplicates answered as their first (index -> first)."""

    answers: dict[int, Answer | Refused]
    written: list[Written]
    same_key: dict[int, int]
    # index -> the caller's view of its request taken before a later booking of the batch
    # merged into that request (its answer says what it would have said alone)
    seen_before_merge: dict[int, dict[str, Any] | None] = field(default_factory=dict)
    # the languages of the scheduled bookings written: their windows' room changed
    windows_changed: set[str] = field(default_factory=set)


def new_reference() -> str:
    """An opaque, unguessable booking reference (120 random bits, URL-safe)."""
    return secrets.token_urlsafe(15)


def write_batch(
    conn: Connection,
    items: Sequence[BookingIn],
    indices: Sequence[int],
    *,
    vocabulary: validation.Vocabulary,
    calendar: ServiceCalendar | None,
    topic_queues: dict[str | None, str | None],
    default_region: str,
    now: datetime,
    ctx: ApplyContext,
    statuses: Callable[[Sequence[Written]], list[dict[str, Any] | None]],
) -> BatchWrite:
    """Write the bookings `indices` of `items` in the caller's transaction (not committed).
    `statuses` gives the caller's view of written bookings (in their order) as they are now."""
    done = BatchWrite({}, [], {})
    checked: list[tuple[int, validation.Booking]] = []
    for i in indices:
        booking, problems = validation.validate_booking(
            source_record(1, items[i].fields.items()),
            vocabulary,
            default_region=default_region,
            now=now,
        )
        if booking is None:
            refused = Refused([Problem(p.field, p.message) for p in problems])
            # A retry of an answered request gets its answer even with a body now refused.
            done.answers[i] = portal_answers.stored(conn, items[i].idem) or refused
        else:
            checked.append((i, booking))
    # By number (a stable sort: one number's bookings keep their order), so two batches that
    # book the same numbers lock their rows in the same order; the keys are claimed before
    # any of them, in key order (`claim_many`).
    checked.sort(key=lambda pair: pair[1].phone_e164)
    # The keys first, all in one statement (a retry's answer comes from there); the same key
    # twice in this batch is answered as its first use.
    claimed: dict[tuple[str, str], int] = {}
    for i, _ in checked:
        idem = items[i].idem
        if idem is not None:
            first = claimed.setdefault((idem.portal, idem.key), i)
            if first != i:
                done.same_key[i] = first
    keys = [idem for i in claimed.values() if (idem := items[i].idem) is not None]
    replays = portal_answers.claim_many(conn, keys, now)
    fresh: list[tuple[int, validation.Booking]] = []
    for i, booking in checked:
        idem = items[i].idem
        if i in done.same_key:
            continue
        replay = None if idem is None else replays.get((idem.portal, idem.key))
        if replay is not None:
            done.answers[i] = replay
        else:
            fresh.append((i, booking))
    # In waves, each a few statements (`ingest.apply_new_bookings`): the first booking of each
    # number and topic, then the second ones (which merge into the first's request, as a
    # booking one commit later would), and so on.
    while fresh:
        wave: dict[tuple[str, str | None], tuple[int, validation.Booking]] = {}
        later: list[tuple[int, validation.Booking]] = []
        for i, booking in fresh:
            if wave.setdefault((booking.phone_e164, booking.topic_code), (i, booking))[0] != i:
                later.append((i, booking))
        _note_before_merge(done, wave.keys(), statuses)
        references = [new_reference() for _ in wave]
        try:
            outcomes = ingest.apply_new_bookings(
                conn,
                [
                    (booking, f"portal:{ref}", f"portal:{items[i].portal}"[:64])
                    for (i, booking), ref in zip(wave.values(), references, strict=True)
                ],
                schema.CallbackSource.WEB_FORM.value,
                context=ctx,
            )
        except (WriteRejected, IntegrityError, DataError) as exc:
            index = next(iter(wave.values()))[0] if len(wave) == 1 else None
            raise RefusedInBatch(index, Refused([Problem("", ingest.refusal_reason(exc))])) from exc
        for (merge_key, (i, booking)), ref, (uid, created) in zip(
            wave.items(), references, outcomes, strict=True
        ):
            if booking.kind == "scheduled":
                done.windows_changed.add(booking.language)
            done.written.append(Written(i, items[i].portal, ref, uid, created, merge_key))
        fresh = later
    if done.written:  # the references, in one statement
        conn.execute(
            insert(schema.portal_bookings),  # see crm/ticket_writes.insert_tickets
            [{"ref": w.reference, "portal": w.portal, "request_uid": w.request_uid,
              "created_at": now}
             for w in done.written],
        )  # fmt: skip
    return done


def answer_same_key(
    items: Sequence[BookingIn], same_key: Mapping[int, int], answers: dict[int, Answer | Refused]
) -> None:
    """Answer a key's second use in a batch as a retry after the first's commit would be."""
    for i, first in same_key.items():
        idem, earlier = items[i].idem, items[first].idem
        assert idem is not None and earlier is not None
        answer = answers[first]
        if idem.fingerprint != earlier.fingerprint:
            answers[i] = Answer(
                422, portal_answers.error_body("Idempotency-Key", portal_answers.KEY_REUSED)
            )
        elif isinstance(answer, Refused):
            answers[i] = answer  # nothing was kept: the retry is refused the same way
        else:
            answers[i] = Answer(answer.status, answer.body, replayed=True)


def _note_before_merge(
    done: BatchWrite,
    keys: Collection[tuple[str, str | None]],
    statuses: Callable[[Sequence[Written]], list[dict[str, Any] | None]],
) -> None:
    """Before bookings for these numbers and topics merge into requests written earlier in the
    batch: keep what those earlier bookings' answers say now, as they would alone."""
    merging = [w for w in done.written if w.merge_key in keys]
    if not merging:
        return
    since = done.written[done.written.index(merging[0]) :]
    for w, status in zip(since, statuses(since), strict=True):
        if w.merge_key in keys and w.index not in done.seen_before_merge:
            done.seen_before_merge[w.index] = status
