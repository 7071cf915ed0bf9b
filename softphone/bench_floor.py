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
"""

from __future__ import annotations

import contextlib
import heapq
import json
import multiprocessing
import os
import random
import secrets
import tempfile
import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from crm.floor_reader import READER_LOGIN
from softphone.bench_support import percentiles, temp_database

DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
WRITE_EVERY_S = 30.0
POP_EVERY_S = 150.0
PRESENCE_EVERY_S = 240.0
CLAIM_EVERY_S = 300.0
SIGN_IN_S = 60.0
STORM_POPS = 200
STORM_S = 10.0
DRAIN_S = 180.0  # after the shift, how long the outboxes get to empty
PROBE_EVERY_S = 1.0
PROBE_WINDOW_S = 10.0  # a change not in an agent's cache after this counts as this late
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
) -> dict[str, Any]:
    from sqlalchemy.engine import make_url

    from softphone.bench_pooler import Upstream, start_pgbouncer

    processes = processes or max(1, min(8, (agents + 249) // 250))
    _raise_file_limit()  # the pooler (started from here) and the workers hold a socket per agent
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
            server_idle_timeout_s=10,
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
            }
            return _run(db_url, bouncer, logins, config, processes, agents, duration_s)


# -- the store -----------------------------------------------------------------------------------


def _password(login: str, token: str) -> str:
    return f"floor-{token}-{login[::-1]}"  # bench-only logins, dropped after the run


def _prepare(
    url: str, logins: list[str], token: str, agents: int, duration_s: float
) -> tuple[list[str], list[str]]:
    from sqlalchemy import select, text
    from sqlalchemy.orm import Session

    from crm import schema
    from crm.db import make_engine
    from crm.floor_reader import install_reader
    from crm.migrate import upgrade
    from crm.seed import seed_demo
    from softphone.bench_callbacks import (
        add_always_open_queue,
        clear_callback_requests,
        create_desk_agents,
        insert_requests,
    )
    from softphone.paths import resources_dir

    engine = make_engine(url)
    try:
        upgrade(engine)
        catalog = json.loads(
            (resources_dir() / "demo" / "catalog.json").read_text(encoding="utf-8")
        )
        with Session(engine) as session, session.begin():
            seed_demo(session, catalog, contacts=2000, tickets=4000)
        with engine.begin() as conn:
            install_reader(conn)  # the floor's shared read-only login (crm.floor_reader)
            clear_callback_requests(conn)
            conn.execute(text("DELETE FROM holidays"))
            add_always_open_queue(conn, "floor", ("it", "en"))
            create_desk_agents(
                conn, logins, {login: _password(login, token) for login in logins}, ["it", "en"]
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
        proc = ctx.Process(target=_worker, args=(child_end, worker_config), daemon=True)
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
        row = pg.execute(
            "SELECT xact_commit + xact_rollback, tup_returned, tup_fetched FROM pg_stat_database"
            " WHERE datname = current_database()"
        ).fetchone()
        return {"xacts": float(row[0]), "returned": float(row[1]), "fetched": float(row[2])}

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
    from sqlalchemy import text

    from crm.db import make_engine

    engine = make_engine(db_url)
    with engine.connect() as conn:
        total, distinct = conn.execute(
            text("SELECT count(*), count(DISTINCT body) FROM interactions WHERE body LIKE :p"),
            {"p": f"floor-{config['token']}-%"},
        ).one()
    engine.dispose()
    issued = sum(r["writes_issued"] for r in results)
    wall = max(sampler.wall_end - sampler.wall_start, 1e-9)
    pops = [ms for r in results for ms in r["pop_ms"]]
    storm = [ms for r in results for ms in r["storm_ms"]]
    propagation = [ms for r in results for ms in r["propagation_ms"]]
    xacts = sampler.stats_end.get("xacts", 0) - sampler.stats_start.get("xacts", 0)
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
            "sign_in_within_s": config["sign_in_s"],
            "storm": f"{STORM_POPS} pops in {STORM_S:g} s",
        },
        "reads_via": (
            "the pooler's shared reader (crm.floor_reader)"
            if config.get("shared_reader")
            else ("a read replica" if config.get("read_url") else "each agent's own login")
        ),
        "server_connections": {
            "max": max(sampler.server_connections, default=0),
            "mean": round(_mean(sampler.server_connections), 1),
        },
        "client_connections": {
            "max": max(sampler.client_connections, default=0),
            "mean": round(_mean(sampler.client_connections), 1),
        },
        "propagation_ms": percentiles(propagation) if len(propagation) > 1 else {},
        "propagation_late": sum(1 for ms in propagation if ms >= PROBE_WINDOW_S * 1000),
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
        "lost": issued - int(distinct) - sum(r["notes_waiting"] for r in results),
        "notes_still_waiting": sum(r["notes_waiting"] for r in results),
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
            "pooler_queries_per_s": round(pooled["queries"] / wall / agents, 3),
            "pooler_bytes_in_per_s": round(pooled["received"] / wall / agents, 1),
            "pooler_bytes_out_per_s": round(pooled["sent"] / wall / agents, 1),
            "server_connections": round(max(sampler.server_connections, default=0) / agents, 4),
        },
        "client_cpu_s_per_agent_s": round(sum(r["cpu_s"] for r in results) / wall / agents, 5),
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


def _mean(values: list[int]) -> float:
    return sum(values) / len(values) if values else 0.0


# -- one worker process: a share of the floor ----------------------------------------------------


class _Agent:
    def __init__(self, login: str, config: dict[str, Any], probes: _Probes) -> None:
        self.login = login
        self.config = config
        self.probes = probes
        self.history: deque[tuple[int, float]] = deque(maxlen=64)  # (feed position, wall time)
        self.first_seq: int | None = None
        self.client: Any = None
        self.engine: Any = None
        self.read_engine: Any = None
        self.local: Any = None
        self.writes = 0
        self.calendar: Any = None

    def sign_in(self) -> None:
        from sqlalchemy.engine import make_url

        from crm.db import make_engine
        from crm.local_store import LocalStore
        from crm.sync import SyncClient

        password = _password(self.login, self.config["token"])
        url = make_url(self.config["url"]).set(username=self.login, password=password)
        self.engine = make_engine(url, connect_timeout_s=10)
        if self.config.get("read_url"):
            read = make_url(self.config["read_url"]).set(username=self.login, password=password)
            # No pre-ping: a dropped connection makes the read go to the primary (read_routing).
            self.read_engine = make_engine(read, connect_timeout_s=10, pool_pre_ping=False)
        self.local = LocalStore(Path(self.config["home"]) / f"{self.login}.sqlite3")
        self.client = SyncClient(
            self.engine,
            self.local,
            agent_login=self.login,
            read_engine=self.read_engine,
            on_status=self._on_status,
        )
        self.client.start()

    def _on_status(self, status: Any) -> None:  # on the agent's sync thread
        if not self.history or self.history[-1][0] != status.last_seq:
            if self.first_seq is None and status.state == "connected":
                self.first_seq = status.last_seq
            self.history.append((status.last_seq, time.time()))

    def seen_at(self, seq: int) -> float | None:
        for position, at in list(self.history):
            if position >= seq:
                return at
        return None

    def write_note(self) -> None:
        tickets = self.config["tickets"]
        self.writes += 1
        self.client.write(
            "interaction.append",
            {
                "ticket_uid": tickets[hash(self.login) % len(tickets)],
                "kind": "note",
                "direction": "internal",
                "occurred_at": datetime.now(UTC).isoformat(),
                "body": f"floor-{self.config['token']}-{self.login}-{self.writes}",
            },
        )

    def presence(self) -> None:
        self.client.write(
            "presence.set",
            {
                "login": self.login,
                "state": random.choice(["available", "paused", "wrap_up"]),
                "since": datetime.now(UTC).isoformat(),
            },
        )

    def pop(self) -> tuple[float, str, str]:
        number = random.choice(self.config["numbers"])
        started = time.perf_counter()
        result = self.client.read_caller(number)
        return (time.perf_counter() - started) * 1000, result.source, self.client.reads.last_source

    def claim(self) -> bool:
        from crm.callbacks import claim_next, claim_transaction
        from crm.service_hours import ServiceCalendar

        if self.calendar is None:
            with self.engine.connect() as conn:
                self.calendar = ServiceCalendar.load(conn)
        with claim_transaction(self.engine) as conn:
            claimed = claim_next(conn, self.login, self.calendar)
        if claimed is None:
            return False
        stamp = datetime.now(UTC).isoformat()
        self.client.write(  # closed through the outbox, as the desk does
            "callback.outcome",
            {"request_uid": claimed.uid, "outcome": "reached", "started_at": stamp,
             "ended_at": stamp},
        )  # fmt: skip
        return True

    def stop(self) -> None:
        if self.client is not None:
            self.client.stop()
            self.engine.dispose()
            if self.read_engine is not None:
                self.read_engine.dispose()
            self.local.close()


class _Probes(threading.Thread):
    """Every second, the newest change and its commit time; PROBE_WINDOW_S later, when each agent
    signed in before it had it in their cache."""

    def __init__(self, url: str, agents: list[_Agent]) -> None:
        super().__init__(name="floor-probes", daemon=True)
        self.url, self.agents = url, agents
        self.samples: list[float] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        import psycopg

        from crm.db import libpq_conninfo, normalise_url

        conninfo = libpq_conninfo(normalise_url(self.url)) or ""
        pending: deque[tuple[int, float, float]] = deque()  # (seq, commit wall time, probed at)
        last = 0
        with psycopg.connect(conninfo, autocommit=True, application_name="floor-sampler") as pg:
            while not self.stopped.wait(PROBE_EVERY_S):
                row = pg.execute(
                    "SELECT seq, extract(epoch FROM changed_at) FROM change_log"
                    " ORDER BY seq DESC LIMIT 1"
                ).fetchone()
                if row and int(row[0]) > last:
                    last = int(row[0])
                    pending.append((last, float(row[1]), time.time()))
                while pending and time.time() - pending[0][2] >= PROBE_WINDOW_S:
                    self._settle(*pending.popleft())
        for probe in pending:  # the agents still run: give each its whole window
            time.sleep(max(0.0, probe[2] + PROBE_WINDOW_S - time.time()))
            self._settle(*probe)

    def _settle(self, seq: int, committed: float, _probed: float) -> None:
        for agent in self.agents:
            if agent.first_seq is None or agent.first_seq >= seq:
                continue  # signed in after this change: it came with the first sync
            seen = agent.seen_at(seq)
            late = seen is None
            self.samples.append(PROBE_WINDOW_S * 1000 if late else (seen - committed) * 1000)


def _worker(pipe: Any, config: dict[str, Any]) -> None:
    import logging

    logging.basicConfig(level=logging.WARNING)
    _raise_file_limit()
    random.seed(config["index"])
    probes = _Probes(config["probe_url"], [])
    agents = [_Agent(login, config, probes) for login in config["logins"]]
    probes.agents = agents
    pipe.send("ready")
    start = float(pipe.recv())
    cpu_before = time.process_time()
    duration, sign_in = float(config["duration_s"]), float(config["sign_in_s"])
    shares = max(1, len(config.get("logins", ())))
    storm_share = round(STORM_POPS * shares / max(1, _floor_size(config)))
    queue: list[tuple[float, int, int, str]] = []
    order = 0

    def at(when: float, index: int, action: str) -> None:
        nonlocal order
        order += 1
        heapq.heappush(queue, (when, order, index, action))

    for index in range(len(agents)):
        at(start + random.uniform(0, sign_in), index, "sign_in")
    storm_at = start + sign_in + (duration - sign_in) / 2
    for k in range(storm_share if agents else 0):  # this worker's share of the storm
        at(storm_at + random.uniform(0, STORM_S), k % len(agents), "storm")
    errors: set[str] = set()
    pop_ms: list[float] = []
    storm_ms: list[float] = []
    counts = {"claims": 0, "cache": 0, "replica": 0}
    lock = threading.Lock()

    def run_pop(agent: _Agent, storm: bool) -> None:
        try:
            ms, source, where = agent.pop()
        except Exception as exc:  # a failed read is a finding, not a crash of the bench
            errors.add(f"pop: {type(exc).__name__}: {str(exc)[:120]}")
            return
        with lock:
            (storm_ms if storm else pop_ms).append(ms)
            counts["cache"] += source == "cache"
            counts["replica"] += where == "replica"

    def run_claim(agent: _Agent) -> None:
        try:
            if agent.claim():
                with lock:
                    counts["claims"] += 1
        except Exception as exc:
            errors.add(f"claim: {type(exc).__name__}: {str(exc)[:120]}")

    probes.start()
    end = start + duration
    with ThreadPoolExecutor(max_workers=16, thread_name_prefix="floor-io") as pool:
        while queue:
            when, _, index, action = heapq.heappop(queue)
            if when >= end:
                continue
            delay = when - time.time()
            if delay > 0:
                time.sleep(delay)
            agent = agents[index]
            try:
                if action == "sign_in":
                    agent.sign_in()
                    at(time.time() + random.uniform(0, WRITE_EVERY_S), index, "write")
                    at(time.time() + random.uniform(0, POP_EVERY_S), index, "pop")
                    at(time.time() + random.uniform(0, PRESENCE_EVERY_S), index, "presence")
                    at(time.time() + random.uniform(0, CLAIM_EVERY_S), index, "claim")
                elif action == "write":
                    agent.write_note()
                    at(when + random.uniform(0.5, 1.5) * WRITE_EVERY_S, index, "write")
                elif action == "presence":
                    agent.presence()
                    at(when + random.uniform(0.5, 1.5) * PRESENCE_EVERY_S, index, "presence")
                elif action == "pop":
                    pool.submit(run_pop, agent, False)
                    at(when + random.uniform(0.5, 1.5) * POP_EVERY_S, index, "pop")
                elif action == "storm":
                    if agent.client is not None:
                        pool.submit(run_pop, agent, True)
                elif action == "claim":
                    pool.submit(run_claim, agent)
                    at(when + random.uniform(0.5, 1.5) * CLAIM_EVERY_S, index, "claim")
            except Exception as exc:
                errors.add(f"{action}: {type(exc).__name__}: {str(exc)[:120]}")
    # The shift is over: every outbox must empty (nothing lost), then the caches settle.
    deadline = time.time() + DRAIN_S
    while time.time() < deadline and any(
        a.client is not None and a.local.pending_count() for a in agents
    ):
        time.sleep(0.5)
    probes.stopped.set()
    probes.join(PROBE_WINDOW_S + 30)
    result = {
        "writes_issued": sum(a.writes for a in agents),
        "pending": sum(a.local.pending_count() for a in agents if a.client is not None),
        # Notes still in the (durable) outboxes when the drain window ended: not lost, late.
        "notes_waiting": sum(
            1
            for a in agents
            if a.client is not None
            for e in a.local.pending(1_000_000)
            if e.kind == "interaction.append"
        ),
        "rejected": sum(a.local.rejected_count() for a in agents if a.client is not None),
        "pop_ms": pop_ms,
        "storm_ms": storm_ms,
        "propagation_ms": probes.samples,
        "claims": counts["claims"],
        "pops_from_cache": counts["cache"],
        "pops_from_replica": counts["replica"],
        "errors": sorted(errors),
        "cpu_s": time.process_time() - cpu_before,
    }
    pipe.send(result)
    for agent in agents:  # all told at once, then each joined: not one after another
        if agent.client is not None:
            agent.client.halt()
    for agent in agents:
        agent.stop()


def _raise_file_limit() -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def _floor_size(config: dict[str, Any]) -> int:
    return int(config.get("floor_size") or len(config.get("logins", ())) or 1)
