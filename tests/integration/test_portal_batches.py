"""Group commit of the portal's bookings (crm/portal_bookings.py, softphone/portal/batching.py)
on SQLite and PostgreSQL: a batch answers each booking as it would be answered alone, a booking
the store refuses leaves no trace and the others commit, one number twice in a batch merges as
two bookings in a row would, and a failure of the store is every waiting booking's answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from crm import callback_writes, schema
from crm.applier import apply_new_callback_requests
from crm.db import write_transaction
from crm.portal_answers import Answer, Idempotency, Refused, fingerprint
from crm.portal_bookings import BookingIn
from crm.portal_store import AVAILABILITY_SECONDS, PortalStore
from crm.write_context import ApplyContext, WriteRejected
from softphone.portal.batching import BookingQueue
from tests.support.portal_service import TUESDAY_10, backend_central, booking, new_phone


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PortalStore]:
    with backend_central(request, tmp_path_factory) as central:
        yield PortalStore(central.engine, clock=lambda: TUESDAY_10)


def e164(phone: str) -> str:
    return phone.replace(" ", "")


def key(name: str, fields: Mapping[str, Any]) -> Idempotency:
    body = json.dumps(fields, sort_keys=True).encode()
    return Idempotency("www", f"{name}-{new_phone()}", fingerprint("POST", "/v1/callbacks", body))


def requests_of(store: PortalStore, phone: str) -> list[dict[str, Any]]:
    r = schema.callback_requests
    with store.engine.connect() as conn:
        rows = conn.execute(select(r).where(r.c.phone_e164 == e164(phone)).order_by(r.c.id))
        return [dict(row) for row in rows.mappings()]


def count(store: PortalStore, table: Any, *where: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table).where(*where)) or 0)


@contextlib.contextmanager
def store_fails_at(phone: str, error: Callable[[], Exception | None]) -> Iterator[None]:
    """The `callback.request` writes that include this number fail (when `error` gives one)
    after they have written their rows (one at a time or many together)."""
    original = callback_writes.request_callbacks

    def failing(
        ctx: ApplyContext, writes: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> list[tuple[str, bool]]:
        outcomes = original(ctx, writes)
        mine = any(p.get("phone_e164") == e164(phone) for _, p in writes)
        if mine and (failure := error()) is not None:
            raise failure
        return outcomes

    callback_writes.request_callbacks = failing  # type: ignore[assignment]
    try:
        yield
    finally:
        callback_writes.request_callbacks = original  # type: ignore[assignment]


def book_together(queue: BookingQueue, phones: Sequence[str]) -> list[Answer | BaseException]:
    """A "call me now" for each number through the queue at once: each one's answer, or what
    its request raised."""

    async def book_all() -> list[Answer | BaseException]:
        return await asyncio.gather(
            *(queue.book(BookingIn("www", booking(phone))) for phone in phones),
            return_exceptions=True,
        )

    return asyncio.run(book_all())


def connection_lost() -> OperationalError:
    return OperationalError("INSERT ...", None, Exception("server closed the connection"))


def test_a_booking_the_store_refuses_leaves_no_trace_and_the_others_commit(
    store: PortalStore,
) -> None:
    good, bad, later = new_phone(), new_phone(), new_phone()
    items = [
        BookingIn("www", booking(good), key("good", booking(good))),
        BookingIn("www", booking(bad), key("bad", booking(bad))),
        BookingIn("www", booking("not a number")),  # refused by the import's rules
        BookingIn("www", booking(later, message="hello"), key("later", booking(later))),
    ]
    with store_fails_at(bad, lambda: WriteRejected("refused by the store")):
        outcomes = store.book_many(items)
    assert isinstance(outcomes[1], Refused) and "refused by the store" in str(outcomes[1])
    assert isinstance(outcomes[2], Refused)
    assert {p.field for p in outcomes[2].problems} == {"phone"}
    for i in (0, 3):
        answer = outcomes[i]
        assert isinstance(answer, Answer) and answer.status == 201 and not answer.replayed
    assert len(requests_of(store, good)) == 1 and requests_of(store, later)[0]["message"] == "hello"
    assert requests_of(store, bad) == []  # its request and ticket were rolled back with it
    i = schema.portal_idempotency.c
    assert count(store, schema.portal_idempotency, i.key == items[1].idem.key) == 0  # type: ignore[union-attr]
    # Its key was not used up: the client's retry is booked.
    (retry,) = store.book_many([items[1]])
    assert isinstance(retry, Answer) and retry.status == 201 and len(requests_of(store, bad)) == 1


def test_a_refusal_among_many_is_found_by_halving_not_one_by_one(
    store: PortalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store refuses one of 16 bookings written together without saying which: the
    batch is halved until the refused one is alone (a handful of transactions, not 17), and
    the 15 others are booked."""
    phones = [new_phone() for _ in range(16)]
    bad = phones[11]
    tries: list[int] = []
    original = store._book_batch

    def counted(items: Sequence[BookingIn], indices: Sequence[int]) -> Any:
        tries.append(len(indices))
        return original(items, indices)

    monkeypatch.setattr(store, "_book_batch", counted)
    with store_fails_at(bad, lambda: WriteRejected("refused by the store")):
        outcomes = store.book_many([BookingIn("www", booking(phone)) for phone in phones])
    assert isinstance(outcomes[11], Refused) and "refused by the store" in str(outcomes[11])
    assert all(isinstance(o, Answer) and o.status == 201 for i, o in enumerate(outcomes) if i != 11)
    assert requests_of(store, bad) == [] and all(len(requests_of(store, p)) == 1
                                                 for p in phones if p != bad)  # fmt: skip
    assert len(tries) <= 10, tries  # 16, 8, 8, 4, 2, 2, 1, 1, 4 (17 one by one)


def test_one_number_twice_in_a_batch_merges_as_two_bookings_in_a_row(store: PortalStore) -> None:
    in_batch, in_a_row = new_phone(), new_phone()
    first = {"message": "first", "name": "Anna"}
    second = {"message": "second", "kind": "scheduled", "window_start": "2026-12-16T10:00:00+01:00"}
    batch = store.book_many(
        [
            BookingIn("www", booking(in_batch, **first)),
            BookingIn("www", booking(in_batch, **second)),
        ]
    )
    row_a = [
        store.book("www", booking(in_a_row, **first)),
        store.book("www", booking(in_a_row, **second)),
    ]

    def shape(phone: str, answers: list[Any]) -> dict[str, Any]:
        (request,) = requests_of(store, phone)
        b = schema.portal_bookings.c
        return {
            "request": {k: request[k] for k in ("status", "kind", "message", "caller_name",
                                                "language", "queue_code", "window_start",
                                                "window_end", "next_attempt_at")},
            "has_ticket": request["ticket_id"] is not None,
            "references": count(store, schema.portal_bookings,
                                b.request_uid == request["uid"]),
            "answers": [{k: v for k, v in a.body.items() if k != "reference"} for a in answers],
        }  # fmt: skip

    assert shape(in_batch, batch) == shape(in_a_row, row_a)
    assert shape(in_batch, batch)["request"]["message"] == "first\nsecond"


def test_the_same_key_twice_in_a_batch_books_once(store: PortalStore) -> None:
    phone = new_phone()
    idem = key("twice", booking(phone))
    other = Idempotency(idem.portal, idem.key, fingerprint("POST", "/v1/callbacks", b"{}"))
    first, again, reused = store.book_many(
        [BookingIn("www", booking(phone), idem), BookingIn("www", booking(phone), idem),
         BookingIn("www", booking(new_phone()), other)]
    )  # fmt: skip
    assert isinstance(first, Answer) and isinstance(again, Answer) and isinstance(reused, Answer)
    assert again.replayed and again.body == first.body and len(requests_of(store, phone)) == 1
    assert reused.status == 422
    (later,) = store.book_many([BookingIn("www", booking(phone), idem)])
    assert isinstance(later, Answer) and later.replayed and later.body == first.body


def test_a_call_me_now_counts_only_the_requests_before_it_in_its_batch(
    store: PortalStore,
) -> None:
    with store.engine.begin() as conn:
        ag, p = schema.agents.c, schema.agent_presence
        agent_id = conn.scalar(select(ag.id).where(ag.login == "katarzyna.nowak"))
        conn.execute(p.delete().where(p.c.agent_id == agent_id))
        conn.execute(
            p.insert().values(agent_id=agent_id, state="available", since=TUESDAY_10,
                              heartbeat_at=TUESDAY_10, current_call={})
        )  # fmt: skip
    try:
        answers = store.book_many(
            [BookingIn("www", booking(new_phone(), language="pl")) for _ in range(3)]
        )
    finally:
        with store.engine.begin() as conn:
            conn.execute(p.delete().where(p.c.agent_id == agent_id))
    times = [datetime.fromisoformat(a.body["expected_at"]) for a in answers]  # type: ignore[union-attr]
    assert times[0] < times[1] < times[2]  # the one agent calls them one after the other


def test_a_store_failure_mid_batch_commits_nothing_and_every_booking_hears_it(
    store: PortalStore,
) -> None:
    phones = [new_phone() for _ in range(5)]
    queue = BookingQueue(store, max_batch=10, writers=1)
    lost = connection_lost()
    with store_fails_at(phones[2], lambda: lost):
        outcomes = book_together(queue, phones)
    assert all(isinstance(o, OperationalError) for o in outcomes), outcomes
    assert all(requests_of(store, phone) == [] for phone in phones)  # the first two too
    # The same bookings once the store is back: written together, each answered.
    outcomes = book_together(queue, phones)
    assert all(isinstance(o, Answer) and o.status == 201 for o in outcomes), outcomes
    assert queue.batches == 1 and all(len(requests_of(store, phone)) == 1 for phone in phones)


def test_a_store_failure_after_part_of_a_batch_was_written_keeps_that_part_s_answers(
    store: PortalStore,
) -> None:
    """A refusal had the batch written in parts, and the store fails in a later part: the
    bookings already committed are answered 201 (they were made: a 503 would send the caller
    to book again), the refused one 422, and only the rest hear the failure."""
    phones = [new_phone() for _ in range(16)]
    queue = BookingQueue(store, max_batch=16, writers=1)
    lost = connection_lost()
    with (
        store_fails_at(phones[3], lambda: WriteRejected("refused by the store")),
        store_fails_at(phones[12], lambda: lost),  # checked after the refusal, in one batch
    ):
        outcomes = book_together(queue, phones)
    written = [i for i, phone in enumerate(phones) if requests_of(store, phone)]
    assert written and max(written) < 12 and 3 not in written, written
    for i, outcome in enumerate(outcomes):
        if i in written:
            assert isinstance(outcome, Answer) and outcome.status == 201, (i, outcome)
        elif i == 3:
            assert isinstance(outcome, Refused), outcome
        else:
            assert outcome is lost, (i, outcome)


def test_only_a_scheduled_booking_drops_the_availability_kept(store: PortalStore) -> None:
    """A "call me now" changes the queue (shown within `availability_seconds`); a scheduled
    booking takes room in a window, shown at once by the process that booked it."""
    store.availability_seconds = 60.0  # no answer gets old during the test
    try:
        kept = store.availability("de", None)
        store.book_many([BookingIn("www", booking(new_phone(), language="de"))])
        assert store.recent_availability("de", None) == (kept, False)
        window = (kept.windows[0].start if kept.windows else TUESDAY_10).isoformat()
        store.book_many([BookingIn("www", booking(new_phone(), language="de",
                                                  window_start=window))])  # fmt: skip
        assert store.recent_availability("de", None) == (None, True)
    finally:
        store.availability_seconds = AVAILABILITY_SECONDS


def test_a_batch_ended_by_a_deadlock_is_written_again(store: PortalStore) -> None:
    """PostgreSQL ends one of two transactions that wait on each other (40P01): the batch it
    ended is written again, whole, and every booking is answered once."""
    phones = [new_phone() for _ in range(3)]
    deadlock = type("DeadlockDetected", (Exception,), {"sqlstate": "40P01"})
    tries: list[int] = []

    def ended_once() -> Exception | None:
        tries.append(1)
        if len(tries) > 1:
            return None
        return OperationalError("UPDATE ...", None, deadlock("deadlock detected"))

    with store_fails_at(phones[1], ended_once):
        outcomes = store.book_many([BookingIn("www", booking(phone)) for phone in phones])
    assert len(tries) == 2
    assert all(isinstance(o, Answer) and o.status == 201 for o in outcomes), outcomes
    assert all(len(requests_of(store, phone)) == 1 for phone in phones)


def test_a_store_answering_too_few_bookings_fails_them_rather_than_hang(
    store: PortalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never expected of the store; but then every booking of the batch hears an error, and no
    request waits for ever."""
    queue = BookingQueue(store, max_batch=10, writers=1)
    monkeypatch.setattr(store, "book_many", lambda items: [])

    async def book_two() -> list[Answer | BaseException]:
        bookings = (queue.book(BookingIn("www", booking(new_phone()))) for _ in range(2))
        return await asyncio.wait_for(asyncio.gather(*bookings, return_exceptions=True), 10)

    outcomes = asyncio.run(book_two())
    assert all(isinstance(o, RuntimeError) for o in outcomes), outcomes


def test_when_the_service_stops_every_queued_booking_is_cancelled(
    store: PortalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer is stopped while it writes one booking and two more wait: all three requests
    end (cancelled), none is left waiting."""
    queue = BookingQueue(store, max_batch=1, writers=1)
    writing, release = threading.Event(), threading.Event()

    def slow_book_many(items: list[BookingIn]) -> list[Answer | Refused]:
        writing.set()
        release.wait(10)
        return [Answer(201, {}, False) for _ in items]

    monkeypatch.setattr(store, "book_many", slow_book_many)

    async def stop_while_writing() -> list[BaseException | Answer]:
        requests = [
            asyncio.ensure_future(queue.book(BookingIn("www", booking(new_phone()))))
            for _ in range(3)
        ]
        assert await asyncio.to_thread(writing.wait, 10)
        for writer in list(queue._tasks):
            writer.cancel()
        try:
            return await asyncio.wait_for(asyncio.gather(*requests, return_exceptions=True), 10)
        finally:
            release.set()

    outcomes = asyncio.run(stop_while_writing())
    assert all(isinstance(o, asyncio.CancelledError) for o in outcomes), outcomes


def test_a_batch_is_written_in_statements_that_do_not_grow_with_it(store: PortalStore) -> None:
    """Set-based (crm/callback_writes.request_callbacks): 15 bookings take as many round trips
    as 5. PostgreSQL only: the embedded store writes its change log a row at a time, in-process."""
    if store.engine.dialect.name != "postgresql":
        pytest.skip("the embedded store has no round trips to count")
    store.book_many([BookingIn("www", booking(new_phone()))])  # the reference data is read
    statements: list[str] = []

    def counted(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    def book(n: int) -> int:
        statements.clear()
        event.listen(store.engine, "before_cursor_execute", counted)
        try:
            outcomes = store.book_many(
                [BookingIn("www", booking(new_phone(), language=lang))
                 for lang in ["it", "de", "ar", "pl", "es"] * (n // 5)]
            )  # fmt: skip
        finally:
            event.remove(store.engine, "before_cursor_execute", counted)
        assert all(isinstance(o, Answer) and o.status == 201 for o in outcomes), outcomes
        return len(statements)

    assert book(15) == book(5) <= 16


def test_a_batch_links_each_caller_its_ticket_as_one_booking_would(store: PortalStore) -> None:
    """In one batch: a number one contact owns (request and ticket are theirs), a number two
    contacts share (left for the agent to pick), a new number, and one of them twice."""
    sole, shared = e164(new_phone()), e164(new_phone())
    with store.engine.begin() as conn:
        c = schema.contacts.c
        owner, *two = conn.scalars(select(c.id).order_by(c.id).limit(3)).all()
        conn.execute(schema.contact_phones.insert().values(contact_id=owner, e164=sole))
        for contact_id in two:
            conn.execute(schema.contact_phones.insert().values(contact_id=contact_id, e164=shared))
    fresh = e164(new_phone())
    outcomes = store.book_many(
        [BookingIn("www", booking(sole, message="line one")),
         BookingIn("www", booking(shared)),
         BookingIn("www", booking(fresh)),
         BookingIn("www", booking(sole, message="line two"))]
    )  # fmt: skip
    assert all(isinstance(o, Answer) and o.status == 201 for o in outcomes), outcomes
    t = schema.tickets.c
    seen: dict[str, tuple[int | None, int | None, str]] = {}
    with store.engine.connect() as conn:
        for phone in (sole, shared, fresh):
            (request,) = requests_of(store, phone)
            ticket = conn.execute(
                select(t.contact_id, t.number, t.channel).where(t.id == request["ticket_id"])
            ).one()
            assert ticket.channel == "web_form"
            assert re.fullmatch(r"CC-\d{4}-\d{6,}", ticket.number), ticket.number
            seen[phone] = request["contact_id"], ticket.contact_id, request["message"]
    assert seen[sole] == (owner, owner, "line one\nline two")
    assert seen[shared][:2] == (None, None) and seen[fresh][:2] == (None, None)
    refs = {o.body["reference"] for o in outcomes if isinstance(o, Answer)}
    assert len(refs) == 4  # one reference per booking, two of them on one request


def test_writes_for_one_number_in_one_call_merge_in_their_order(store: PortalStore) -> None:
    """`request_callbacks` given the same number twice (and another between): the second
    merges into the first's request, as the next write would."""
    a, b = e164(new_phone()), e164(new_phone())

    def wish(phone: str, message: str) -> dict[str, Any]:
        return {"phone_e164": phone, "kind": "now", "source": "web_form", "language": "it",
                "message": message}  # fmt: skip

    with write_transaction(store.engine) as conn:
        ctx = ApplyContext(conn, "test", "")
        outcomes = callback_writes.request_callbacks(
            ctx,
            [(f"k-{a}-1", wish(a, "one")), (f"k-{b}", wish(b, "")), (f"k-{a}-2", wish(a, "two"))],
        )
        ctx.record_feed()
        conn.commit()
    assert [created for _, created in outcomes] == [True, True, False]
    assert outcomes[2][0] == outcomes[0][0] != outcomes[1][0]
    (request,) = requests_of(store, a)
    assert request["uid"] == outcomes[0][0] and request["message"] == "one\ntwo"


def test_a_batch_whose_key_was_applied_before_is_refused_whole(store: PortalStore) -> None:
    """Keys of the set-based path are fresh by construction; one applied before is a broken
    promise, refused before anything is written (the count of keys the store took is what
    says so: the driver's row count of a many-row insert must be the sum)."""
    phones = [e164(new_phone()) for _ in range(3)]
    writes = [
        (f"fresh-{p}", "portal", {"phone_e164": p, "language": "it", "kind": "now",
                                  "source": "web_form", "consent": True})
        for p in phones
    ]  # fmt: skip

    def apply(batch: Sequence[tuple[str, str, Mapping[str, Any]]]) -> list[tuple[str, bool]]:
        with write_transaction(store.engine) as conn:
            ctx = ApplyContext.prepared(conn, "portal", "")
            outcomes = apply_new_callback_requests(conn, batch, actor_login="", context=ctx)
            conn.commit()
            return outcomes

    assert [new for _, new in apply(writes[:2])] == [True, True]
    with pytest.raises(RuntimeError, match="applied before"):
        apply(writes[1:])  # the second key again, with a fresh third
    assert [len(requests_of(store, p)) for p in phones] == [1, 1, 0]


def test_the_writers_statements_are_compiled_once_not_per_batch(pg_server: Any) -> None:
    """`softphone bench portal --writer`: every statement of a batch is found in SQLAlchemy's
    compiled cache. A many-row insert written as `.values(rows)` has no cache key: it is
    compiled afresh for each batch, which cost a third of the writer's CPU. The last, the feed's
    rows with the COMMIT, goes as driver SQL (crm/feed_pg.py), compiled once per text there."""
    from softphone.bench.portal import bench_portal_writer

    report = bench_portal_writer(pg_server.sqlalchemy_url("postgres"), batches=3)
    assert report["compiled_cache"] == {"CACHE_HIT": 3 * 13, "NO_CACHE_KEY": 3}, report
    assert report["statements_per_batch"] == 14


def test_the_portal_bench_measures_availability_at_the_goal_rate_too(pg_server: Any) -> None:
    """`softphone bench portal`: a saturated phase (clients as fast as they go) and a phase at
    the goal's rate, whose bookings start on a schedule; targets judged per phase; nothing lost
    or doubled across both."""
    from softphone.bench.portal import bench_portal, kept_the_rate

    report = bench_portal(
        pg_server.sqlalchemy_url("postgres"), clients=8, bookings=120, workers=1, rate=60.0
    )
    saturated, paced = report["saturated"], report["at_goal_rate"]
    assert saturated["bookings"] == paced["bookings"] == 120, report
    assert report["bookings"] == 240 and report["lost_bookings"] == report["doubled_bookings"] == 0
    # 120 bookings at 60/s take two seconds at least: the schedule held them back.
    assert paced["seconds"] >= 119 / 60 and paced["bookings_per_s"] <= 61, paced
    assert paced["rate_asked"] == 60.0 and paced["sent_late_ms"]["samples"] == 120
    assert saturated["availability_ms"]["samples"] > 0 and paced["availability_ms"]["samples"] > 0
    # The other process asks in both phases, and the second phase's queries are its own.
    assert saturated["availability_ms_other_process"]["samples"] > 0
    assert paced["availability_ms_other_process"]["samples"] >= 1.9 / 0.02 * 0.5
    assert report["met"]["no_lost_or_doubled"] is True
    assert report["met"]["bookings_per_s"] == (saturated["bookings_per_s"] >= 500)
    # Availability is judged on the paced phase, and only when its sends kept the schedule.
    kept = paced["sent_late_ms"]["p99"] <= 100
    assert kept_the_rate(paced) is kept
    assert not kept_the_rate({**paced, "sent_late_ms": {**paced["sent_late_ms"], "p99": 101.0}})
    assert report["met"]["availability_p99_ms"] == (
        (paced["availability_ms"]["p99"] <= 20) if kept else None
    )
