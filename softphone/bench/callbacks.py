"""`softphone bench claims`: how many callback requests sixteen desks claim per second.

Runs in a PostgreSQL database created for the run (on the server `url` names, default the local
one at 127.0.0.1:5432 as `postgres`) and dropped afterwards, with its bench-only logins. The demo
seed is loaded, its callback requests are removed, and `requests` queued, consented requests with
distinct numbers (Italian and English, due in the past) are put into an always-open queue
`bench`; half of them already have a ticket (booked at a desk's wrap-up), half get one from the
claim (booked on the web portal), as in production.

Each of `agents` desks is a separate process logged in as its own agent role over TCP, so the
claims really race. A desk claims requests (`claim_next`) until the queue has nothing for it
twice in a row; then, once every desk is done claiming, it marks each of its requests dialling
and records the outcome "reached" through `apply_writes`.

Figures: claims_per_s is claims over the wall time of the claiming phase (all desks claiming,
each again as soon as it has a request, until the queue is empty); outcomes_per_s is the rate
of the second phase, in which each desk marks its requests dialling and records their outcomes
through the change feed. claim_ms is the latency of one claim (one statement, its own
transaction), dial_ms that of a dial mark, outcome_ms that of one batch of outcomes
(crm.sync.PUSH_BATCH, as the outbox pushes them). server_waits samples what the desks' server
backends wait on during the claiming phase (the share of samples per wait event): it shows where
the time goes, for instance on the change feed's lock ("Lock:advisory"), the WAL flush of each
commit ("IO:WALSync") or the desks themselves ("client").
"""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from softphone.bench.support import percentiles, seed_demo_store, temp_database

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from crm.callbacks import AgentSkills
    from crm.service_hours import ServiceCalendar

TARGETS = {"claims_per_s": 1000.0}
DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
BENCH_QUEUE = "bench"
PHONE_PREFIX = "+39347"  # generated callers: +39347 and seven digits
LANGUAGES = ("it", "en")
STARTUP_TIMEOUT_S = 120.0
RUN_TIMEOUT_S = 600.0
_WAIT_SAMPLE_S = 0.02


def bench_claims(
    url: str | None,
    agents: int = 16,
    requests: int = 5000,
    *,
    ticket_share: float = 1.0,
) -> dict[str, Any]:
    """Run the claim bench and return its figures (JSON-able).

    `url` names the PostgreSQL server as an administrator who may create databases and roles
    (any database on it; None: postgres@127.0.0.1:5432). The bench works in a database of its
    own, dropped afterwards with its logins, so it never touches the data of `url`'s database.
    `ticket_share` of the requests have a ticket before they are claimed (a booking gets its
    ticket when it is booked; a row written straight into the table gets one at its claim).
    """
    from sqlalchemy import text

    from crm.db import make_engine

    token = secrets.token_hex(3)
    logins = [f"bench.claims{i:02d}.{token}" for i in range(agents)]
    passwords = {login: secrets.token_urlsafe(16) for login in logins}
    admin_url = url or DEFAULT_ADMIN_URL
    with temp_database(admin_url, drop_roles=logins) as db_url:
        engine = make_engine(db_url)
        try:
            _prepare(engine, logins, passwords, requests, ticket_share)
            started = time.monotonic()
            runs, waits = _run_desks(db_url, logins, passwords)
            run_s = time.monotonic() - started
            with engine.connect() as conn:
                states = dict(
                    conn.execute(
                        text("SELECT status, count(*) FROM callback_requests GROUP BY status")
                    ).all()
                )
                attempts = int(conn.scalar(text("SELECT count(*) FROM callback_attempts")) or 0)
                tickets = int(
                    conn.scalar(
                        text(
                            "SELECT count(DISTINCT ticket_id) FROM callback_requests"
                            " WHERE ticket_id IS NOT NULL"
                        )
                    )
                    or 0
                )
        finally:
            engine.dispose()
    return _figures(runs, waits, agents, requests, ticket_share, states, attempts, tickets, run_s)


def _figures(
    runs: list[dict[str, Any]],
    waits: Counter[str],
    agents: int,
    requests: int,
    ticket_share: float,
    states: dict[str, int],
    attempts: int,
    tickets: int,
    run_s: float,
) -> dict[str, Any]:
    claimed = [uid for run in runs for uid in run["uids"]]
    claim_ms = [ms for run in runs for ms in run["claim_ms"]]
    first = min((run["first"] for run in runs if run["first"] is not None), default=0.0)
    last = max((run["last"] for run in runs if run["last"] is not None), default=0.0)
    wall_s = max(last - first, 1e-9)
    outcomes_s = max(
        max((run["outcomes_last"] for run in runs), default=0.0)
        - min((run["outcomes_first"] for run in runs), default=0.0),
        1e-9,
    )
    samples = sum(waits.values()) or 1
    result: dict[str, Any] = {
        "benchmark": "callback claims",
        "backend": "PostgreSQL",
        "agents": agents,
        "requests": requests,
        "requests_with_ticket_before_claim": round(requests * ticket_share),
        "claims": len(claimed),
        "duplicates": len(claimed) - len(set(claimed)),
        "wall_s": round(wall_s, 3),
        "claims_per_s": round(len(claimed) / wall_s, 1),
        "outcomes_per_s": round(len(claimed) / outcomes_s, 1),
        "claim_ms": _percentiles(claim_ms),
        "dial_ms": _percentiles([ms for run in runs for ms in run["dial_ms"]]),
        "outcome_ms": _percentiles([ms for run in runs for ms in run["outcome_ms"]]),
        # The desks' summed time in claim transactions over the wall time: how many desks
        # were claiming at any moment, on average.
        "claim_concurrency": round(sum(claim_ms) / 1000 / wall_s, 2),
        "claims_by_desk": sorted(len(run["uids"]) for run in runs),
        "statuses_after": states,
        "attempts_logged": attempts,
        "tickets_linked": tickets,
        "server_waits": {event: round(count / samples, 3) for event, count in waits.most_common(8)},
        "run_s": round(run_s, 3),
        "target_claims_per_s": TARGETS["claims_per_s"],
    }
    result["met"] = (
        result["claims_per_s"] >= TARGETS["claims_per_s"]
        and result["duplicates"] == 0
        and len(claimed) == requests
    )
    return result


def _percentiles(samples: list[float]) -> dict[str, float]:
    return percentiles(samples) if len(samples) > 1 else {}


# -- the store -----------------------------------------------------------------------------------


def _prepare(
    engine: Engine,
    logins: Sequence[str],
    passwords: dict[str, str],
    requests: int,
    ticket_share: float,
) -> None:
    from sqlalchemy import text

    seed_demo_store(engine)
    with engine.begin() as conn:
        clear_callback_requests(conn)
        # Always open: no holiday closes the bench's queue on the day it runs.
        conn.execute(text("DELETE FROM holidays"))
        add_always_open_queue(conn, BENCH_QUEUE, LANGUAGES)
        create_desk_agents(conn, logins, passwords, LANGUAGES)
        insert_requests(
            conn,
            requests,
            due_before=datetime.now(UTC) - timedelta(seconds=1),
            queue_code=BENCH_QUEUE,
            ticket_share=ticket_share,
        )
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()


def clear_callback_requests(conn: Connection) -> None:
    """Remove every callback request (and what points at one) from the database."""
    from sqlalchemy import text

    conn.execute(
        text("UPDATE script_runs SET callback_request_id = NULL WHERE callback_request_id > 0")
    )
    conn.execute(text("DELETE FROM callback_attempts"))
    conn.execute(text("DELETE FROM callback_requests"))


def add_always_open_queue(conn: Connection, code: str, languages: Sequence[str]) -> None:
    """A queue open round the clock, every day of the year. A holiday of no queue closes every
    queue (the demo's Italian holidays do: 8 December, Christmas...), this one too: each such
    holiday becomes a holiday of every other queue instead, so theirs are as before."""
    from sqlalchemy import delete, insert, select

    from crm import schema

    h = schema.holidays.c
    everyone = conn.execute(select(h.day, h.names).where(h.queue_code.is_(None))).all()
    others = conn.scalars(select(schema.service_queues.c.code)).all()
    if everyone:
        conn.execute(delete(schema.holidays).where(h.queue_code.is_(None)))
        if others:
            conn.execute(
                insert(schema.holidays),
                [
                    {"day": day, "queue_code": queue, "names": names}
                    for day, names in everyone
                    for queue in others
                ],
            )

    conn.execute(
        insert(schema.service_queues).values(
            code=code,
            names={"en": f"Bench queue {code}"},
            time_zone="UTC",
            languages=list(languages),
            sla_minutes=120,
        )
    )
    conn.execute(
        insert(schema.service_hours),
        [
            {"queue_code": code, "weekday": day, "opens": "00:00", "closes": "24:00"}
            for day in range(7)
        ],
    )


def create_desk_agents(
    conn: Connection, logins: Sequence[str], passwords: dict[str, str], languages: Sequence[str]
) -> None:
    """Agents in the store, each with their own PostgreSQL login (server-wide: drop them after)."""
    from crm import rbac

    for login in logins:
        rbac.create_agent(
            conn,
            login,
            display_name=login,
            role="agent",
            languages=list(languages),
            password=passwords[login],
        )


def desk_ready(engine: Engine, login: str) -> tuple[ServiceCalendar, AgentSkills | None] | None:
    """A desk process's start: it reads the calendar and the agent's skills, prints "ready" and
    waits for "go" on stdin; None when the parent says anything else."""
    from crm.callbacks import agent_skills
    from crm.service_hours import ServiceCalendar

    with engine.connect() as conn:
        calendar = ServiceCalendar.load(conn)
        skills = agent_skills(conn, login)
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return None
    return calendar, skills


def push_outcomes(engine: Engine, login: str, uids: Sequence[str], client_id: str) -> list[float]:
    """The outcome "reached" of each request in `uids`, applied in batches as a desk's outbox
    pushes them (crm.sync.PUSH_BATCH); the ms each batch took."""
    from crm.applier import apply_writes
    from crm.sync import PUSH_BATCH

    batch_ms: list[float] = []
    for start in range(0, len(uids), PUSH_BATCH):
        started = time.time()
        stamp = datetime.now(UTC).isoformat()
        writes = [
            (str(uuid.uuid4()), "callback.outcome",
             {"request_uid": uid, "outcome": "reached", "started_at": stamp, "ended_at": stamp})
            for uid in uids[start : start + PUSH_BATCH]
        ]  # fmt: skip
        with engine.begin() as conn:
            apply_writes(conn, writes, client_id=client_id[:64], actor_login=login)
        batch_ms.append((time.time() - started) * 1000)
    return batch_ms


def insert_requests(
    conn: Connection,
    count: int,
    *,
    due_before: datetime,
    queue_code: str,
    ticket_share: float = 0.5,
    languages: Sequence[str] = LANGUAGES,
    phone_prefix: str = PHONE_PREFIX,
) -> None:
    """`count` queued, consented requests with distinct numbers, due one second apart up to
    `due_before`, languages taken in turn; `ticket_share` of them (spread evenly) already have a
    ticket of their own, the others get one when claimed. Set-based SQL (PostgreSQL)."""
    from sqlalchemy import bindparam, text
    from sqlalchemy.dialects.postgresql import ARRAY
    from sqlalchemy.types import String

    topics = list(conn.scalars(text("SELECT code FROM topics ORDER BY code")))
    params = {
        "count": count,
        "share": ticket_share,
        "due": due_before,
        "queue": queue_code,
        "prefix": phone_prefix,
        "topics": topics,
        "languages": list(languages),
    }
    arrays = [
        bindparam("topics", type_=ARRAY(String)),
        bindparam("languages", type_=ARRAY(String)),
    ]
    # Row i: language and topic in turn; has a ticket when floor(i * share) steps up at i.
    rows = """
        SELECT i,
               (:languages)[1 + (i / 2) % cardinality(:languages)] AS language,
               (:topics)[1 + i % cardinality(:topics)] AS topic,
               floor(i * CAST(:share AS float8)) > floor((i - 1) * CAST(:share AS float8))
                   AS ticketed,
               CAST(:due AS timestamptz) - (:count - i) * interval '1 second' AS due_at
        FROM generate_series(1, :count) AS i
    """
    conn.execute(
        text(
            f"""
            INSERT INTO tickets (uid, number, subject, topic_code, status, channel, language,
                                 created_at, updated_at, change_seq)
            SELECT 'cb-ticket-' || :prefix || lpad(i::text, 7, '0'),
                   'CB' || :prefix || lpad(i::text, 7, '0'),
                   'Callback request ' || i, topic, 'open', 'phone', language,
                   due_at, due_at, 0
            FROM ({rows}) AS r WHERE ticketed
            """
        ).bindparams(*arrays),
        params,
    )
    conn.execute(
        text(
            f"""
            INSERT INTO callback_requests (
                uid, kind, status, source, phone_e164, ticket_id, queue_code, topic_code,
                language, caller_name, message, consent, caller_time_zone, next_attempt_at,
                expires_at, attempts, max_attempts, booked_at, updated_at, change_seq,
                sla_due_at)
            SELECT gen_random_uuid()::text, 'now', 'queued',
                   CASE WHEN t.id IS NULL THEN 'web_form' ELSE 'agent' END,
                   :prefix || lpad(r.i::text, 7, '0'), t.id, :queue, r.topic, r.language,
                   'Bench caller ' || r.i, 'Please call me back (request ' || r.i || ')', true,
                   NULL, r.due_at, r.due_at + interval '5 days', 0, 3, r.due_at, r.due_at, 0,
                   r.due_at + interval '2 hours'
            FROM ({rows}) AS r
            LEFT JOIN tickets t ON t.uid = 'cb-ticket-' || :prefix || lpad(r.i::text, 7, '0')
            ORDER BY r.i
            """
        ).bindparams(*arrays),
        params,
    )


# -- the desks -----------------------------------------------------------------------------------


def _run_desks(
    url: str, logins: Sequence[str], passwords: dict[str, str]
) -> tuple[list[dict[str, Any]], Counter[str]]:
    """Start one process per desk, let them all go at once, collect what each claimed."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    procs: list[subprocess.Popen[str]] = []
    try:
        for login in logins:
            agent_url = parsed.set(username=login, password=passwords[login])
            proc = subprocess.Popen(
                [sys.executable, "-c", "from softphone.bench.callbacks import _desk; _desk()"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            procs.append(proc)
            assert proc.stdin is not None
            config = {"url": agent_url.render_as_string(hide_password=False), "login": login}
            proc.stdin.write(json.dumps(config) + "\n")
            proc.stdin.flush()
        for proc in procs:  # every desk connected and loaded before any claims
            assert proc.stdout is not None
            line = _readline(proc, STARTUP_TIMEOUT_S)
            if line.strip() != "ready":
                raise RuntimeError(f"a bench desk failed to start (said {line!r})")
        waits: Counter[str] = Counter()
        stop = threading.Event()
        sampler = threading.Thread(
            target=_sample_waits, args=(url, list(logins), waits, stop), daemon=True
        )
        sampler.start()
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:  # the claiming phase ends when every desk found the queue empty
            if _readline(proc, RUN_TIMEOUT_S).strip() != "claimed":
                raise RuntimeError("a bench desk failed while claiming")
        stop.set()
        sampler.join()
        for proc in procs:  # then the outcomes, all desks at once
            assert proc.stdin is not None
            proc.stdin.write("outcomes\n")
            proc.stdin.close()
        runs = []
        for proc in procs:
            assert proc.stdout is not None
            out = proc.stdout.read()
            if proc.wait(timeout=RUN_TIMEOUT_S) != 0:
                raise RuntimeError(f"a bench desk failed (exit code {proc.returncode})")
            runs.append(json.loads(out.strip().splitlines()[-1]))
        return runs, waits
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def _readline(proc: subprocess.Popen[str], timeout_s: float) -> str:
    """A line from the desk, or an error after `timeout_s` (the desk is killed)."""
    assert proc.stdout is not None
    timer = threading.Timer(timeout_s, proc.kill)
    timer.start()
    try:
        return proc.stdout.readline()
    finally:
        timer.cancel()


def _sample_waits(url: str, logins: list[str], waits: Counter[str], stop: threading.Event) -> None:
    """Count what the desks' backends are doing, every few ms, until told to stop."""
    from sqlalchemy import bindparam, text
    from sqlalchemy.dialects.postgresql import ARRAY
    from sqlalchemy.types import String

    from crm.db import make_engine

    engine = make_engine(url)
    query = text(
        "SELECT state, wait_event_type, wait_event FROM pg_stat_activity"
        " WHERE usename = ANY(:logins) AND pid <> pg_backend_pid()"
    ).bindparams(bindparam("logins", type_=ARRAY(String)))
    try:
        with engine.connect() as conn:
            while not stop.wait(_WAIT_SAMPLE_S):
                for state, kind, event in conn.execute(query, {"logins": logins}):
                    if state == "active":
                        waits[f"{kind}:{event}" if kind else "CPU"] += 1
                    else:  # idle (in transaction): the desk's own Python or the network
                        waits[f"client ({state})"] += 1
                conn.rollback()
    finally:
        engine.dispose()


def _desk() -> None:
    """One desk, in its own process: the config on stdin, "go", then claims until done.

    stdout carries "ready" and, at the end, one JSON line of what this desk did.
    """
    from crm.callbacks import claim_next, mark_dialling, return_lapsed
    from crm.db import make_engine

    config = json.loads(sys.stdin.readline())
    login = str(config["login"])
    engine = make_engine(config["url"])
    started = desk_ready(engine, login)
    if started is None:
        return
    calendar, skills = started
    uids: list[str] = []
    claim_ms: list[float] = []
    dial_ms: list[float] = []
    with engine.begin() as conn:  # a desk gives back lapsed leases now and then, not per claim
        return_lapsed(conn)
    # The claiming phase: what the queue hands out per second, each desk claiming again as
    # soon as it has a request. A busy desk keeps its connection.
    first = time.time()
    misses = 0
    claimed_uids: list[str] = []
    # On PostgreSQL the claim is one statement: in autocommit it is its own transaction, one
    # round trip (as the app's dispatcher runs it).
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        while misses < 2:
            started = time.time()
            claimed = claim_next(conn, login, calendar, skills=skills, sweep=False)
            if claimed is None:
                misses += 1
                continue
            misses = 0
            claim_ms.append((time.time() - started) * 1000)
            claimed_uids.append(claimed.uid)
    last = time.time()
    print("claimed", flush=True)
    if sys.stdin.readline().strip() != "outcomes":
        return
    # The outcomes, once every request is out: they go through the change feed, as the
    # outbox pushes them.
    outcomes_first = time.time()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for uid in claimed_uids:
            started = time.time()
            dialling = mark_dialling(conn, login, uid)
            dial_ms.append((time.time() - started) * 1000)
            if dialling:  # no longer ours: never dial it
                uids.append(uid)
    outcome_ms = push_outcomes(engine, login, uids, client_id=f"bench-{login}")
    outcomes_last = time.time()
    engine.dispose()
    result = {
        "login": login,
        "uids": uids,
        "claim_ms": claim_ms,
        "dial_ms": dial_ms,
        "outcome_ms": outcome_ms,
        "first": first,
        "last": last,
        "outcomes_first": outcomes_first,
        "outcomes_last": outcomes_last,
    }
    print(json.dumps(result), flush=True)
