"""`softphone bench floor --agents N`: a whole contact-centre floor on one central store.

N simulated agents, each running the app's real store client (crm.sync.SyncClient: the same
outbox, change-feed poll, local SQLite cache and callback claim as the desktop, without Qt and
without SIP), spread over a few processes, all logging in as themselves through a real PgBouncer
in transaction pooling (started here, in front of the server `--url` names; a database and the
agents' logins are made for the run and dropped after). Optionally reads go to a hot standby
(`--read-url`, the same database name on a replica of `--url`'s server).

The shift: every agent writes a note about every WRITE_EVERY_S, pops a caller's card every
POP_EVERY_S, changes presence every PRESENCE_EVERY_S and claims (and closes) a callback every
CLAIM_EVERY_S, each with jitter. The burst: everyone signs in within SIGN_IN_S of the start, and
a storm of STORM_POPS screen-pops arrives within STORM_S in the middle of the run.

Measured (JSON): server connections (pg_stat_activity, max while running), client connections
(PgBouncer's SHOW POOLS), change propagation (a probe notes the newest change every second; the
time from its commit until each signed-in agent's cache is at or past it), pop reads, writes/s
and claims/s applied, lost and doubled writes (each note carries a unique body; all are counted
centrally once every outbox is empty), the PostgreSQL server's CPU share of the machine (its
processes' CPU time over the run), and per agent: server transactions/s and bytes/s through the
pooler.

This module prepares the run, starts the pooler and the workers, samples the server and
reports; the agents themselves run in softphone/bench/floor_worker.py.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import secrets
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm.floor_reader import READER_LOGIN
from crm.presence import HEARTBEAT_S
from softphone.bench.floor_worker import (
    CLAIM_EVERY_S,
    POP_EVERY_S,
    PRESENCE_EVERY_S,
    PROBE_WINDOW_S,
    STORM_POPS,
    STORM_S,
    WRITE_EVERY_S,
    agent_password,
    raise_file_limit,
    worker,
)
from softphone.bench.support import percentiles, seed_demo_store, temp_database

if TYPE_CHECKING:
    from sqlalchemy import Connection

DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
SIGN_IN_S = 60.0
TARGETS = {
    "server_connections_max": 100,
    "propagation_p99_ms": 1000.0,
    "pop_p99_ms": 50.0,
    "lost": 0,
    "doubled": 0,
}


def bench_floor(
    admin_url: str = DEFAULT_ADMIN_URL,
    agents: int = 50,
    duration_s: float = 300.0,
    processes: int | None = None,
    read_url: str | None = None,
    max_server_connections: int = 90,
    sign_in_s: float = SIGN_IN_S,
    shared_reader: bool = True,
    server_idle_timeout_s: int = 10,
) -> dict[str, Any]:
    from sqlalchemy.engine import make_url

    from softphone.bench.pooler import Upstream, start_pgbouncer

    # At least one worker per core: one Python process runs on one core at a time (the GIL),
    # and a single worker of a few hundred clients was the run's bottleneck, not the store.
    processes = processes or max(1, min(8, agents, max(os.cpu_count() or 1, (agents + 249) // 250)))
    raise_file_limit()  # the pooler (started from here) and the workers hold a socket per agent
    token = secrets.token_hex(3)
    logins = [f"floor{i:05d}.{token}" for i in range(agents)]
    admin = make_url(admin_url)
    with (
        temp_database(admin_url, drop_roles=[*logins, READER_LOGIN]) as db_url,
        tempfile.TemporaryDirectory(prefix="softphone-floor-") as tmp,
    ):
        numbers, tickets = _prepare(db_url, logins, token, agents, duration_s)
        upstream = Upstream(admin.host or "127.0.0.1", admin.port or 5432, admin.username or "")
        replica_db = (
            make_url(read_url).set(database=make_url(db_url).database).render_as_string(False)
            if read_url
            else None
        )
        if replica_db:
            _wait_replica_has(replica_db, logins[-1])
        # The server connections: the shared reader's pool, the agents' own (one pool per agent,
        # so one server connection per agent at a time), and the pooler's auth_query.
        reader_pool = max(4, max_server_connections // 4)
        with start_pgbouncer(
            upstream,
            pool_size=1,
            max_db_connections=max_server_connections - reader_pool - 2,
            # An idle agent's server connection is given back after this: the next write of
            # that agent makes the server start a new one (server_sessions_opened_per_s).
            server_idle_timeout_s=server_idle_timeout_s,
        ) as bouncer:
            database = str(make_url(db_url).database)
            pooled = make_url(db_url).set(host="127.0.0.1", port=bouncer.port)
            if not replica_db and shared_reader:
                bouncer.add_alias(f"{database}_reader", database, READER_LOGIN, reader_pool)
                replica_db = pooled.set(database=f"{database}_reader").render_as_string(False)
            config = {
                "url": pooled.render_as_string(False),
                "read_url": replica_db,
                "shared_reader": bool(shared_reader and not read_url),
                "probe_url": db_url,
                "token": token,
                "numbers": numbers,
                "tickets": tickets,
                "duration_s": duration_s,
                "sign_in_s": min(sign_in_s, duration_s / 3),
                "home": tmp,
                "floor_size": agents,
                "server_idle_timeout_s": server_idle_timeout_s,
            }
            return _run(db_url, bouncer, logins, config, processes, agents, duration_s)


# -- the store -----------------------------------------------------------------------------------


def _prepare(
    url: str, logins: list[str], token: str, agents: int, duration_s: float
) -> tuple[list[str], list[str]]:
    from sqlalchemy import select, text

    from crm import schema
    from crm.db import make_engine
    from crm.floor_reader import install_reader
    from softphone.bench.callbacks import (
        add_always_open_queue,
        clear_callback_requests,
        create_desk_agents,
        insert_requests,
    )

    engine = make_engine(url)
    try:
        seed_demo_store(engine, contacts=2000, tickets=4000)
        with engine.begin() as conn:
            install_reader(conn)  # the floor's shared read-only login (crm.floor_reader)
            clear_callback_requests(conn)
            conn.execute(text("DELETE FROM holidays"))
            add_always_open_queue(conn, "floor", ("it", "en"))
            create_desk_agents(
                conn,
                logins,
                {login: agent_password(login, token) for login in logins},
                ["it", "en"],
            )
            claims = int(agents * duration_s / CLAIM_EVERY_S * 2) + 50
            insert_requests(
                conn,
                claims,
                due_before=datetime.now(UTC) - timedelta(seconds=1),
                queue_code="floor",
            )
        with engine.connect() as conn:
            numbers = list(conn.scalars(select(schema.contact_phones.c.e164).limit(5000)))
            tickets = list(conn.scalars(select(schema.tickets.c.uid).limit(5000)))
            conn.execute(text("ANALYZE"))
            conn.commit()
    finally:
        engine.dispose()
    return numbers, tickets


def _wait_replica_has(replica_url: str, login: str, timeout_s: float = 120.0) -> None:
    from sqlalchemy import create_engine, text

    from crm.db import normalise_url

    engine = create_engine(normalise_url(replica_url))
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            with contextlib.suppress(Exception), engine.connect() as conn:
                if conn.scalar(text("SELECT count(*) FROM agents WHERE login = :l"), {"l": login}):
                    return
            time.sleep(0.5)
    finally:
        engine.dispose()
    raise RuntimeError("the read replica did not receive the bench's database")


# -- the run -------------------------------------------------------------------------------------


def _run(
    db_url: str,
    bouncer: Any,
    logins: list[str],
    config: dict[str, Any],
    processes: int,
    agents: int,
    duration_s: float,
) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    pipes = []
    workers = []
    for index in range(processes):
        parent_end, child_end = ctx.Pipe()
        worker_config = {**config, "logins": logins[index::processes], "index": index}
        proc = ctx.Process(target=worker, args=(child_end, worker_config), daemon=True)
        proc.start()
        pipes.append(parent_end)
        workers.append(proc)
    for pipe in pipes:
        if pipe.recv() != "ready":
            raise RuntimeError("a bench worker did not start")
    start = time.time() + 1.0
    sampler = _Sampler(db_url, bouncer)
    sampler.start()
    for pipe in pipes:
        pipe.send(start)
    results = [pipe.recv() for pipe in pipes]
    sampler.stop()
    for proc in workers:
        proc.join(30)
    return _report(db_url, config, results, sampler, agents, duration_s, processes)


class _Sampler(threading.Thread):
    """Every second: server connections, the pooler's client connections, and CPU."""

    def __init__(self, db_url: str, bouncer: Any) -> None:
        super().__init__(name="floor-sampler", daemon=True)
        self.db_url, self.bouncer = db_url, bouncer
        self.server_connections: list[int] = []
        self.client_connections: list[int] = []
        # Each second, the longest a client of the pooler was waiting for a server connection
        # (ms): in the shared reader's pool, and in the agents' own pools.
        self.pooler_waits: dict[str, list[float]] = {"reader": [], "agents": []}
        self.stopped = threading.Event()
        self.cpu_start = self.cpu_end = 0.0
        self.pooler_cpu_start = self.pooler_cpu_end = 0.0
        self.wall_start = self.wall_end = 0.0
        self.stats_start: dict[str, float] = {}
        self.stats_end: dict[str, float] = {}
        self.pooler_start: dict[str, float] = {}
        self.pooler_end: dict[str, float] = {}
        self._postmaster: int | None = None

    def run(self) -> None:
        import psycopg

        from crm.db import libpq_conninfo, normalise_url

        conninfo = libpq_conninfo(normalise_url(self.db_url)) or ""
        with psycopg.connect(conninfo, autocommit=True, application_name="floor-sampler") as pg:
            row = pg.execute("SHOW data_directory").fetchone()
            self._postmaster = _postmaster_pid(Path(str(row[0]))) if row else None
            self.wall_start, self.cpu_start = time.time(), self._cpu()
            self.pooler_cpu_start = self._pooler_cpu()
            self.stats_start, self.pooler_start = self._db_stats(pg), self._pooler_stats()
            while not self.stopped.wait(1.0):
                row = pg.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND application_name <> 'floor-sampler'"
                ).fetchone()
                self.server_connections.append(int(row[0]) if row else 0)
                with contextlib.suppress(Exception):
                    pools = [p for p in self.bouncer.show("POOLS") if p["database"] != "pgbouncer"]
                    self.client_connections.append(
                        sum(int(p["cl_active"]) + int(p["cl_waiting"]) for p in pools)
                    )
                    for kind in ("reader", "agents"):  # the longest wait for a server conn
                        mine = [
                            p
                            for p in pools
                            if str(p["database"]).endswith("_reader") == (kind == "reader")
                        ]
                        self.pooler_waits[kind].append(max(
                            (int(p["maxwait"]) * 1000 + int(p.get("maxwait_us") or 0) / 1000
                             for p in mine), default=0.0))  # fmt: skip
            self.wall_end, self.cpu_end = time.time(), self._cpu()
            self.pooler_cpu_end = self._pooler_cpu()
            self.stats_end, self.pooler_end = self._db_stats(pg), self._pooler_stats()

    def stop(self) -> None:
        self.stopped.set()
        self.join(30)

    def _pooler_cpu(self) -> float:
        """CPU seconds of the PgBouncer process (one thread: its ceiling is one core)."""
        proc = getattr(self.bouncer, "_proc", None)
        with contextlib.suppress(OSError, IndexError, ValueError, AttributeError):
            fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return 0.0

    def _cpu(self) -> float:
        """CPU seconds of the server: the postmaster, its children, and children it reaped."""
        if self._postmaster is None:
            return 0.0
        ticks = 0
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            with contextlib.suppress(OSError, IndexError, ValueError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                ppid, utime, stime = int(fields[1]), int(fields[11]), int(fields[12])
                if int(pid) == self._postmaster:
                    ticks += utime + stime + int(fields[13]) + int(fields[14])
                elif ppid == self._postmaster:
                    ticks += utime + stime
        return ticks / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _db_stats(pg: Any) -> dict[str, float]:
        # sessions: server connections opened (each a backend process started and logged in),
        # which PgBouncer does whenever an agent's pool had given its connection back.
        row = pg.execute(
            "SELECT xact_commit + xact_rollback, tup_returned, tup_fetched, sessions"
            " FROM pg_stat_database WHERE datname = current_database()"
        ).fetchone()
        return {
            "xacts": float(row[0]),
            "returned": float(row[1]),
            "fetched": float(row[2]),
            "sessions": float(row[3]),
        }

    def _pooler_stats(self) -> dict[str, float]:
        with contextlib.suppress(Exception):
            rows = [s for s in self.bouncer.show("STATS") if s["database"] != "pgbouncer"]
            return {
                "queries": float(sum(int(s["total_query_count"]) for s in rows)),
                "received": float(sum(int(s["total_received"]) for s in rows)),
                "sent": float(sum(int(s["total_sent"]) for s in rows)),
            }
        return {}


def _postmaster_pid(data_dir: Path) -> int | None:
    try:
        return int((data_dir / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _report(
    db_url: str,
    config: dict[str, Any],
    results: list[dict[str, Any]],
    sampler: _Sampler,
    agents: int,
    duration_s: float,
    processes: int,
) -> dict[str, Any]:
    from crm.db import make_engine

    engine = make_engine(db_url)
    with engine.connect() as conn:
        total, distinct, waiting = count_notes(
            conn, config["token"], [body for r in results for body in r["notes_waiting"]]
        )
    engine.dispose()
    issued = sum(r["writes_issued"] for r in results)
    wall = max(sampler.wall_end - sampler.wall_start, 1e-9)
    pops = [ms for r in results for ms in r["pop_ms"]]
    storm = [ms for r in results for ms in r["storm_ms"]]
    propagation = [ms for r in results for ms in r["propagation_ms"]]
    steady = [ms for r in results for ms in r["propagation_steady_ms"]]
    steady_s = max((r["steady_s"] for r in results), default=0.0)
    xacts = sampler.stats_end.get("xacts", 0) - sampler.stats_start.get("xacts", 0)
    sessions = sampler.stats_end.get("sessions", 0) - sampler.stats_start.get("sessions", 0)
    pooled = {k: sampler.pooler_end.get(k, 0) - sampler.pooler_start.get(k, 0)
              for k in ("queries", "received", "sent")}  # fmt: skip
    report: dict[str, Any] = {
        "benchmark": "floor",
        "agents": agents,
        "processes": processes,
        "duration_s": duration_s,
        "rates": {
            "write_every_s": WRITE_EVERY_S,
            "pop_every_s": POP_EVERY_S,
            "presence_every_s": PRESENCE_EVERY_S,
            "claim_every_s": CLAIM_EVERY_S,
            "feed_poll_s": _feed_poll_s(),
            "heartbeat_every_s": HEARTBEAT_S,  # each signed-in desk stamps its presence
            "sign_in_within_s": config["sign_in_s"],
            "storm": f"{STORM_POPS} pops in {STORM_S:g} s",
        },
        "pooler_server_idle_timeout_s": config["server_idle_timeout_s"],
        "reads_via": (
            "the pooler's shared reader (crm.floor_reader)"
            if config.get("shared_reader")
            else ("a read replica" if config.get("read_url") else "each agent's own login")
        ),
        "server_connections": {
            "max": max(sampler.server_connections, default=0),
            "mean": round(_mean(sampler.server_connections), 1),
        },
        "pooler_wait_ms": {
            kind: percentiles(waits) if len(waits) > 1 else {}
            for kind, waits in sampler.pooler_waits.items()
        },
        "client_connections": {
            "max": max(sampler.client_connections, default=0),
            "mean": round(_mean(sampler.client_connections), 1),
        },
        "propagation_ms": percentiles(propagation) if len(propagation) > 1 else {},
        "propagation_late": sum(1 for ms in propagation if ms >= PROBE_WINDOW_S * 1000),
        "propagation_steady_ms": percentiles(steady) if len(steady) > 1 else {},
        "pop_ms": percentiles(pops) if len(pops) > 1 else {},
        "storm_pop_ms": percentiles(storm) if len(storm) > 1 else {},
        "pops_per_s": round((len(pops) + len(storm)) / wall, 2),
        "pops_from_cache": sum(r["pops_from_cache"] for r in results),
        "pops_from_read_engine": sum(r["pops_from_replica"] for r in results),
        "writes_issued": issued,
        "writes_per_s": round(int(total) / wall, 2),
        "claims": sum(r["claims"] for r in results),
        "claims_per_s": round(sum(r["claims"] for r in results) / wall, 3),
        # Lost: issued, neither applied nor still waiting in an outbox. Doubled: applied twice.
        "lost": issued - int(distinct) - waiting,
        "notes_still_waiting": waiting,
        "doubled": int(total) - int(distinct),
        "rejected": sum(r["rejected"] for r in results),
        "outbox_left": sum(r["pending"] for r in results),
        "postgres_cpu_share": round(
            (sampler.cpu_end - sampler.cpu_start) / wall / (os.cpu_count() or 1), 3
        ),
        "pooler_cpu_share_of_a_core": round(
            (sampler.pooler_cpu_end - sampler.pooler_cpu_start) / wall, 3
        ),
        "per_agent": {
            "server_transactions_per_s": round(xacts / wall / agents, 3),
            "server_sessions_opened_per_s": round(sessions / wall / agents, 4),
            "pooler_queries_per_s": round(pooled["queries"] / wall / agents, 3),
            "pooler_bytes_in_per_s": round(pooled["received"] / wall / agents, 1),
            "pooler_bytes_out_per_s": round(pooled["sent"] / wall / agents, 1),
            "server_connections": round(max(sampler.server_connections, default=0) / agents, 4),
        },
        "client_cpu_s_per_agent_s": round(sum(r["cpu_s"] for r in results) / wall / agents, 5),
        "client_cpu_s_per_agent_s_steady": round(
            sum(r["steady_cpu_s"] for r in results) / steady_s / agents, 5
        )
        if steady_s > 0
        else None,
        # The worker processes' garbage collector (softphone/bench/floor_worker.py): its share
        # of their CPU, its longest full pass (every desk of a process stops meanwhile), and
        # the objects moved out of its full passes after the sign-in.
        "client_gc": {
            "share_of_cpu": round(
                sum(r["gc"]["cpu_s"] for r in results)
                / max(1e-9, sum(r["cpu_s"] for r in results)),
                3,
            ),
            "full_passes": sum(r["gc"]["full_passes"] for r in results),
            "longest_full_pass_ms": round(max(r["gc"]["longest_full_pass_ms"] for r in results)),
            "frozen_objects": sum(r["gc"]["frozen_objects"] for r in results),
            "full_passes_after_freeze": sum(r["gc"]["full_passes_after_freeze"] for r in results),
            "longest_full_pass_after_freeze_ms": round(
                max(r["gc"]["longest_full_pass_after_freeze_ms"] for r in results)
            ),
        },
        "errors": sorted({e for r in results for e in r["errors"]})[:10],
        "machine": f"{os.cpu_count()} cores, shared with other work; load {os.getloadavg()[0]:.1f}",
        "targets": TARGETS,
    }
    p99 = report["propagation_ms"].get("p99", float("inf"))
    report["met"] = (
        report["server_connections"]["max"] <= TARGETS["server_connections_max"]
        and p99 <= TARGETS["propagation_p99_ms"]
        and report["pop_ms"].get("p99", float("inf")) <= TARGETS["pop_p99_ms"]
        and report["lost"] == 0
        and report["doubled"] == 0
    )
    return report


def _feed_poll_s() -> float:
    from crm.sync import FEED_POLL_S

    return FEED_POLL_S


def count_notes(conn: Connection, token: str, waiting: list[str]) -> tuple[int, int, int]:
    """The run's notes in the store: (rows, distinct notes, notes waiting and not applied).

    `waiting` are the bodies the workers found in their outboxes; the clients go on pushing
    until halted, so a note may be both there and in the store by the time this looks: it is
    applied, and counted once (set-wise), or `lost` could go below zero."""
    from sqlalchemy import text

    total, distinct = conn.execute(
        text("SELECT count(*), count(DISTINCT body) FROM interactions WHERE body LIKE :p"),
        {"p": f"floor-{token}-%"},
    ).one()
    bodies = sorted(set(waiting))
    applied = conn.execute(
        text("SELECT count(DISTINCT body) FROM interactions WHERE body = ANY(:b)"), {"b": bodies}
    ).scalar_one()
    return int(total), int(distinct), len(bodies) - int(applied)


def _mean(values: list[int]) -> float:
    return sum(values) / len(values) if values else 0.0
