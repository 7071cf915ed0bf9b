"""Claiming callback requests on the real PostgreSQL, as agents who log in as themselves.

- Sixteen desks, each its own process and its own agent login, claim 5,000 requests at once:
  every request is dialled exactly once, by one agent, and ends done with one attempt logged.
- A desk killed with SIGKILL while holding a request: the request stays leased until the lease
  runs out, then the next claim takes it back (and a lost dial counts as an attempt).
- SKIP LOCKED: a claim in progress does not make another agent's claim wait for its rows.

Claims pass an explicit `now` inside the seeded queues' opening hours, so the tests neither
depend on the wall clock nor sleep: a lease is judged by the `now` each claim is given.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Connection, Engine, event, text

from crm.callback_rules import CallbackPolicy
from crm.callbacks import (
    ClaimedRequest,
    claim_next,
    claim_transaction,
    mark_dialling,
    release,
)
from crm.db import make_engine
from crm.service_hours import ServiceCalendar
from softphone.bench.callbacks import (
    clear_callback_requests,
    create_desk_agents,
    desk_ready,
    insert_requests,
    push_outcomes,
)
from tests.support.feed_probe import feed_lock_free
from tests.support.sync_lab import Central, make_central, password_of

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(300)]

ROOT = Path(__file__).resolve().parents[2]
# Tuesday 10:00 in Rome: the seeded "general" queue (it, de, en) and "foreign_languages" are open.
T = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
# 5,000 by default; SOFTPHONE_CLAIMS_TEST_REQUESTS=1000 makes a quicker run of the same race.
REQUESTS = int(os.environ.get("SOFTPHONE_CLAIMS_TEST_REQUESTS", "5000"))
DESKS = 16
LEASE = timedelta(seconds=30)
READY_TIMEOUT_S = 60.0


@dataclass
class Lab:
    central: Central
    logins: list[str]

    def engine_of(self, login: str, port: int | None = None) -> Engine:
        return make_engine(self.central.agent_url(login, port))


@pytest.fixture
def lab(pg_url: str) -> Iterator[Lab]:
    """The demo store without its callback requests, plus desk agents with their own logins.

    Logins are server-wide roles: the names are unique to this run and dropped afterwards.
    """
    central = make_central(pg_url, [])
    token = secrets.token_hex(3)
    logins = [f"claims{i:02d}.{token}" for i in range(DESKS)]
    logins += [f"claims.fr{i}.{token}" for i in range(2)]
    try:
        with central.engine.begin() as conn:
            clear_callback_requests(conn)
            create_desk_agents(
                conn, logins[:DESKS], {login: password_of(login) for login in logins}, ["it", "en"]
            )
            create_desk_agents(
                conn, logins[DESKS:], {login: password_of(login) for login in logins}, ["fr"]
            )
        yield Lab(central, logins)
    finally:
        central.engine.dispose()
        with central.engine.connect() as conn:
            for login in logins:
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
            conn.commit()
        central.engine.dispose()


# -- the desks, each in its own process ----------------------------------------------------------


def _spawn(function: str, url: str, *args: str) -> subprocess.Popen[str]:
    """This module's `function` in a new Python process, with `args` as its argv; the agent's
    URL (it holds the password) goes in on stdin, not on the command line."""
    code = f"import sys; from tests.integration.test_callback_claims_pg import {function}; "
    code += f"{function}(sys.argv[1:])"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None
    proc.stdin.write(url + "\n")
    proc.stdin.flush()
    return proc


def desk(argv: list[str]) -> None:
    """A desk: claims (one statement, as the app's dispatcher runs it), marks dialling, prints
    the uid (only then would the phone dial); until the queue has nothing for it twice in a
    row. Starts on "go" from stdin; then, on "outcomes", records "reached" for each."""
    login, now = argv[0], datetime.fromisoformat(argv[1])
    engine = make_engine(sys.stdin.readline().strip())
    started = desk_ready(engine, login)
    if started is None:
        return
    calendar, skills = started
    dialled: list[str] = []
    misses = 0
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        while misses < 2:
            claimed = claim_next(conn, login, calendar, now=now, skills=skills, sweep=False)
            if claimed is None:
                misses += 1
                continue
            misses = 0
            if not mark_dialling(conn, login, claimed.uid, now=now):
                continue  # no longer ours: the phone must not dial it
            print(claimed.uid, flush=True)
            dialled.append(claimed.uid)
    print("claimed", flush=True)
    if sys.stdin.readline().strip() != "outcomes":
        return
    push_outcomes(engine, login, dialled, client_id=f"desk-{login}")
    engine.dispose()


def holder(argv: list[str]) -> None:
    """A desk that claims one request (and, if told, marks it dialling), prints its uid and
    then hangs until it is killed."""
    login, now, dial = argv[0], datetime.fromisoformat(argv[1]), argv[2] == "dial"
    policy = CallbackPolicy(lease=LEASE)
    engine = make_engine(sys.stdin.readline().strip())
    with engine.connect() as conn:
        calendar = ServiceCalendar.load(conn)
    with claim_transaction(engine) as conn:
        claimed = claim_next(conn, login, calendar, now=now, policy=policy)
    if claimed is None:
        print("none", flush=True)
        return
    if dial:
        with engine.begin() as conn:
            if not mark_dialling(conn, login, claimed.uid, now=now, policy=policy):
                print("lost", flush=True)
                return
    print(claimed.uid, flush=True)
    sys.stdin.readline()  # the test kills us before it ever writes a line


def _readline(proc: subprocess.Popen[str], timeout_s: float = READY_TIMEOUT_S) -> str:
    assert proc.stdout is not None
    timer = threading.Timer(timeout_s, proc.kill)  # a hung desk fails the test, not the run
    timer.start()
    try:
        return proc.stdout.readline().strip()
    finally:
        timer.cancel()


# -- 16 desks, 5,000 requests --------------------------------------------------------------------


@pytest.mark.timeout(600)
def test_sixteen_desks_dial_each_of_5000_requests_exactly_once(lab: Lab) -> None:
    admin = lab.central.engine
    desks = lab.logins[:DESKS]
    with admin.begin() as conn:
        insert_requests(conn, REQUESTS, due_before=T - timedelta(seconds=1), queue_code="general")
        conn.execute(text("ANALYZE callback_requests"))
    procs = [_spawn("desk", lab.central.agent_url(login), login, T.isoformat()) for login in desks]
    try:
        for proc in procs:  # all connected and loaded: then they start together
            assert _readline(proc) == "ready"
        started = time.monotonic()
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        outputs: dict[str, list[str]] = {}
        for login, proc in zip(desks, procs, strict=True):
            outputs[login] = []
            while (line := _readline(proc, 300)) != "claimed":
                assert line, f"desk {login} stopped while claiming"
                outputs[login].append(line)
        elapsed = time.monotonic() - started
        for proc in procs:  # the race is over: now the outcomes, through the change feed
            assert proc.stdin is not None
            proc.stdin.write("outcomes\n")
            proc.stdin.close()
        for login, proc in zip(desks, procs, strict=True):
            assert proc.wait(timeout=600) == 0, f"desk {login} failed"
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    dialled = [uid for uids in outputs.values() for uid in uids]
    by_desk = {uid: login for login, uids in outputs.items() for uid in uids}
    print(f"{len(dialled)} requests dialled by {DESKS} desks in {elapsed:.1f} s")
    assert len(dialled) == REQUESTS
    duplicates = [uid for uid, n in Counter(dialled).items() if n > 1]
    assert duplicates == []
    assert all(outputs.values()), "every desk took part in the race"

    with admin.connect() as conn:
        agent_ids = dict(conn.execute(text("SELECT login, id FROM agents")).all())
        rows = conn.execute(
            text(
                """
                SELECT r.uid, r.status, r.attempts, r.assigned_agent_id, r.ticket_id,
                       count(a.id) AS logged, min(a.agent_id) AS by_agent,
                       max(a.agent_id) AS by_agent_too, min(a.outcome) AS outcome
                FROM callback_requests r LEFT JOIN callback_attempts a ON a.request_id = r.id
                GROUP BY r.id
                """
            )
        ).all()
    assert len(rows) == REQUESTS
    assert {row.uid for row in rows} == set(dialled)
    for row in rows:
        agent = agent_ids[by_desk[row.uid]]
        assert (row.status, row.attempts, row.logged, row.outcome) == ("done", 1, 1, "reached")
        assert row.assigned_agent_id == row.by_agent == row.by_agent_too == agent, row
    tickets = [row.ticket_id for row in rows]
    assert None not in tickets
    assert len(set(tickets)) == REQUESTS, "each request has a ticket of its own"


# -- a desk killed while it holds a request ------------------------------------------------------


@pytest.mark.parametrize("dialled", [False, True], ids=["assigned", "dialling"])
def test_a_killed_desks_request_comes_back_when_its_lease_runs_out(lab: Lab, dialled: bool) -> None:
    killed, other = lab.logins[DESKS:]
    admin = lab.central.engine
    with admin.begin() as conn:
        # The only French request due; Italian ones are due too, but neither agent speaks it.
        insert_requests(
            conn, 1, due_before=T - timedelta(minutes=5), queue_code="foreign_languages",
            languages=["fr"], phone_prefix="+33612",
        )  # fmt: skip
        insert_requests(conn, 3, due_before=T - timedelta(minutes=5), queue_code="general")
    proc = _spawn(
        "holder", lab.central.agent_url(killed), killed, T.isoformat(), "dial" if dialled else "-"
    )
    try:
        uid = _readline(proc)
        assert uid not in ("", "none", "lost")
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    policy = CallbackPolicy(lease=LEASE)
    engine = lab.engine_of(other)
    try:
        with engine.connect() as conn:
            calendar = ServiceCalendar.load(conn)
        with claim_transaction(engine) as conn:  # still leased to the dead desk
            assert claim_next(conn, other, calendar, now=T + timedelta(seconds=1)) is None
        with claim_transaction(engine) as conn:  # a moment before the lease ends
            assert claim_next(conn, other, calendar, now=T + LEASE - timedelta(seconds=1)) is None
        back = T + LEASE + timedelta(seconds=1)
        with claim_transaction(engine) as conn:
            again = claim_next(conn, other, calendar, now=back, policy=policy)
        assert again is not None and again.uid == uid
        assert again.status == "assigned"
        assert again.attempts == (1 if dialled else 0)
        assert again.lease_expires_at == back + LEASE
    finally:
        engine.dispose()

    with admin.connect() as conn:
        request = conn.execute(
            text(
                "SELECT id, status, attempts, assigned_agent_id FROM callback_requests"
                " WHERE uid = :uid"
            ),
            {"uid": uid},
        ).one()
        logged = conn.execute(
            text(
                "SELECT a.agent_id, g.login, a.skip_reason, a.outcome, a.started_at"
                " FROM callback_attempts a JOIN agents g ON g.id = a.agent_id"
                " WHERE a.request_id = :id"
            ),
            {"id": request.id},
        ).all()
        other_id = conn.scalar(text("SELECT id FROM agents WHERE login = :l"), {"l": other})
    assert (request.status, request.attempts, request.assigned_agent_id) == (
        "assigned",
        1 if dialled else 0,
        other_id,
    )
    if dialled:  # the phone may have rung: that was a try, by the desk that died
        assert [(row.login, row.skip_reason, row.outcome) for row in logged] == [
            (killed, "lease expired while dialling", None)
        ]
        assert logged[0].started_at == back
    else:
        assert logged == []


# -- SKIP LOCKED ---------------------------------------------------------------------------------


@contextlib.contextmanager
def _two_desks(lab: Lab, via: int | None) -> Iterator[tuple[str, str, Connection, Connection]]:
    """Agents A and B, each on their own connection, with 20 requests due in the general
    queue."""
    a, b = lab.logins[0], lab.logins[1]
    with lab.central.engine.begin() as conn:
        insert_requests(conn, 20, due_before=T - timedelta(minutes=5), queue_code="general")
    engine_a, engine_b = lab.engine_of(a, via), lab.engine_of(b, via)
    try:
        with engine_a.connect() as conn_a, engine_b.connect() as conn_b:
            yield a, b, conn_a, conn_b
    finally:
        engine_a.dispose()
        engine_b.dispose()


def _claim_without_waiting(
    conn: Connection, login: str, calendar: ServiceCalendar
) -> ClaimedRequest | None:
    """`login`'s claim_next at T, committed; it must not have waited for another claim's rows
    (a 2 s statement_timeout turns any wait into a failure)."""
    # LOCAL: through the pooler a session SET would outlive this transaction
    conn.exec_driver_sql("SET LOCAL statement_timeout = 2000")
    started = time.monotonic()
    claimed = claim_next(conn, login, calendar, now=T)
    waited = time.monotonic() - started
    conn.commit()
    assert waited < 2.0
    return claimed


def test_a_claim_in_progress_does_not_make_another_agent_wait_for_its_rows(
    lab: Lab, via: int | None
) -> None:
    """Agent A is inside a claim (its candidate rows locked, the transaction open); agent B
    claims meanwhile and gets another request at once. B's statement_timeout turns any wait
    on A's rows into a failure instead of a slow pass."""
    with _two_desks(lab, via) as (_a, b, conn_a, conn_b):
        calendar = ServiceCalendar.load(conn_b)
        conn_b.commit()
        # A's claim as far as its SELECT ... FOR UPDATE SKIP LOCKED: what every claim holds
        # while it decides (claim_next's own query, run to the point of locking).
        locked_by_a = conn_a.execute(
            text(
                "SELECT uid FROM callback_requests WHERE status = 'queued'"
                " AND next_attempt_at <= :now ORDER BY next_attempt_at, booked_at, id"
                " LIMIT 8 FOR UPDATE SKIP LOCKED"
            ),
            {"now": T},
        ).scalars().all()  # fmt: skip
        assert len(locked_by_a) == 8
        claimed = _claim_without_waiting(conn_b, b, calendar)
        assert claimed is not None
        assert claimed.uid not in locked_by_a
        conn_a.rollback()


def test_an_uncommitted_claim_does_not_hold_back_another_agents_claim(
    lab: Lab, via: int | None
) -> None:
    """A's real claim_next, left uncommitted: B's claim skips A's row and returns at once with
    another request. Claims write no change-feed row, so they never queue behind the feed's
    lock; B's statement_timeout turns any wait into a failure."""
    with _two_desks(lab, via) as (a, b, conn_a, conn_b):
        calendar = ServiceCalendar.load(conn_a)
        conn_a.commit()
        mine = claim_next(conn_a, a, calendar, now=T)  # its transaction stays open
        assert mine is not None
        theirs = _claim_without_waiting(conn_b, b, calendar)
        assert theirs is not None and theirs.uid != mine.uid
        conn_a.commit()


# -- the change feed's lock ----------------------------------------------------------------------


def test_a_sweeping_claim_and_a_release_hold_the_feed_s_lock_for_no_round_trip(lab: Lab) -> None:
    """A claim that gives a lapsed lease back or makes a ticket, and a request given back, go
    into the change feed; their COMMIT goes with the feed's rows (crm/feed_pg.py), so by the
    time the desk's own commit would be sent the lock every writer queues on is free and the
    change is visible. Before, the lock was held until then, however slow the desk was."""
    holder, sweeper = lab.logins[DESKS:]
    with lab.central.engine.begin() as conn:  # one French request, without a ticket yet
        insert_requests(
            conn, 1, due_before=T - timedelta(minutes=5), queue_code="foreign_languages",
            languages=["fr"], phone_prefix="+33613", ticket_share=0.0,
        )  # fmt: skip
    probes: list[tuple[str, bool, int]] = []  # (step, the lock was free, feed rows of the uid)
    step = ["claim"]
    uid = [""]
    policy = CallbackPolicy(lease=LEASE)
    engines = {login: lab.engine_of(login) for login in (holder, sweeper)}
    with psycopg.connect(lab.central.conninfo(lab.logins[0]), autocommit=True) as other:

        def before_commit(_conn: object) -> None:  # a desk's commit, about to be sent
            free = feed_lock_free(other)
            rows = other.execute(
                "SELECT count(*) FROM change_log WHERE table_name = 'callback_requests' "
                "AND row_key = %s",
                (uid[0],),
            ).fetchone()
            probes.append((step[0], free, int(rows[0]) if rows else 0))

        try:
            for engine in engines.values():
                event.listen(engine, "commit", before_commit)
            with engines[holder].connect() as conn:
                calendar = ServiceCalendar.load(conn)
            with claim_transaction(engines[holder]) as conn:  # the claim makes its ticket
                claimed = claim_next(conn, holder, calendar, now=T, policy=policy, commit=True)
                assert claimed is not None and claimed.ticket_uid
                uid[0] = claimed.uid
            step[0] = "release"
            with claim_transaction(engines[holder]) as conn:
                assert release(conn, holder, uid[0], commit=True)
            with claim_transaction(engines[holder]) as conn:
                again = claim_next(conn, holder, calendar, now=T, policy=policy, commit=True)
                assert again is not None and again.uid == uid[0]
            step[0] = "sweep"  # the holder's desk dies: the next claim after its lease sweeps
            with claim_transaction(engines[sweeper]) as conn:
                back = T + LEASE + timedelta(seconds=1)
                taken = claim_next(conn, sweeper, calendar, now=back, policy=policy, commit=True)
                assert taken is not None and taken.uid == uid[0]
        finally:
            for engine in engines.values():
                event.remove(engine, "commit", before_commit)
                engine.dispose()
    # The request's rows in the feed, as seen before each commit: none at the claim (a claim
    # is a passing state; its ticket's rows are the tickets'), then the release's, then (after
    # the re-claim) the sweep's: each visible before the desk's own commit was sent.
    assert [step for step, _, _ in probes] == ["claim", "release", "release", "sweep"], probes
    assert probes[1][2] == 1 and probes[3][2] == 2, probes
    assert all(free for _, free, _ in probes), probes
