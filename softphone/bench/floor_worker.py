"""One worker process of `softphone bench floor` (softphone/bench/floor.py): a share of the
floor's agents, each the app's real store client (crm.sync.SyncClient without Qt and SIP),
playing the shift on a schedule: sign in, write notes, change presence, pop cards, claim
callbacks; and a probe thread measuring how late each agent's cache has the newest change.
What it measured goes back to the parent through its pipe.

A worker hosts a hundred desks or more, where a desk's app hosts one: the garbage collector's
full passes walk all of their objects at once and stop every desk of the process meanwhile
(at 200 agents in 2 processes, 495 to 718 ms each, 3.3 to 5.7 s in all against 30 s of CPU).
So once everyone has signed in, the worker moves what the sign-ins built out of those passes
(`gc.freeze()`), as a desk's own process has only its own to walk; the report gives the
collector's time and its longest full pass (`client_gc`).
"""

from __future__ import annotations

import gc
import heapq
import random
import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# The shift each agent plays, with jitter (the parent reports these rates).
WRITE_EVERY_S = 30.0
POP_EVERY_S = 150.0
PRESENCE_EVERY_S = 240.0
CLAIM_EVERY_S = 300.0
STORM_POPS = 200
STORM_S = 10.0
DRAIN_S = 180.0  # after the shift, how long the outboxes get to empty
PROBE_EVERY_S = 1.0
PROBE_WINDOW_S = 10.0  # a change not in an agent's cache after this counts as this late
SETTLE_S = 10.0  # after a burst, this long before the steady state counts again
FREEZE_AFTER_SIGN_IN_S = 1.0  # then what the sign-ins built leaves the collector's full passes


def agent_password(login: str, token: str) -> str:
    return f"floor-{token}-{login[::-1]}"  # bench-only logins, dropped after the run


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

        password = agent_password(self.login, self.config["token"])
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
            claimed = claim_next(conn, self.login, self.calendar, commit=True)
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
        self.steady: list[float] = []  # the samples of changes made outside the bursts
        self.quiet: list[tuple[float, float]] = []  # wall-time windows without a burst
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
            ms = PROBE_WINDOW_S * 1000 if late else (seen - committed) * 1000
            self.samples.append(ms)
            if any(begin <= committed < end for begin, end in self.quiet):
                self.steady.append(ms)


def worker(pipe: Any, config: dict[str, Any]) -> None:
    import logging

    logging.basicConfig(level=logging.WARNING)
    collections = _Collections()
    gc.callbacks.append(collections.timed)
    raise_file_limit()
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
    # Outside the bursts (sign-in, the storm, with SETTLE_S after each): the floor's steady
    # state, reported apart so the bursts' share of the percentiles shows.
    probes.quiet = [
        (start + sign_in + SETTLE_S, storm_at),
        (storm_at + STORM_S + SETTLE_S, start + duration),
    ]
    cpu_marks: dict[str, float] = {}
    at(start + sign_in + FREEZE_AFTER_SIGN_IN_S, -1, "freeze")  # after the sign-ins before it
    at(start + sign_in + SETTLE_S, -1, "cpu_from")
    at(start + duration - 0.5, -1, "cpu_to")
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
            if index < 0:
                if action == "freeze":
                    gc.freeze()
                    collections.frozen = gc.get_freeze_count()
                    continue
                cpu_marks[action] = time.process_time()
                cpu_marks[action + "_at"] = time.time()
                continue
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
    # Both marks, in order, or nothing: a shift shorter than the sign-in and its settling has
    # no steady state (0 here; the parent reports None then).
    steady_cpu_s = steady_s = 0.0
    if {"cpu_from", "cpu_to"} <= cpu_marks.keys():
        steady_s = max(0.0, cpu_marks["cpu_to_at"] - cpu_marks["cpu_from_at"])
        steady_cpu_s = cpu_marks["cpu_to"] - cpu_marks["cpu_from"] if steady_s else 0.0
    result = {
        "writes_issued": sum(a.writes for a in agents),
        "pending": sum(a.local.pending_count() for a in agents if a.client is not None),
        # Notes still in the (durable) outboxes when the drain window ended: not lost, late.
        # Their bodies, since the clients go on pushing until halted: the parent counts as
        # waiting only those the store does not have by the time it looks.
        "notes_waiting": [
            str(e.payload.get("body", ""))
            for a in agents
            if a.client is not None
            for e in a.local.pending(1_000_000)
            if e.kind == "interaction.append"
        ],
        "rejected": sum(a.local.rejected_count() for a in agents if a.client is not None),
        "pop_ms": pop_ms,
        "storm_ms": storm_ms,
        "propagation_ms": probes.samples,
        "propagation_steady_ms": probes.steady,
        # The client's CPU between the end of the sign-in burst and the end of the shift (the
        # storm included): what a desk costs once everyone is in.
        "steady_cpu_s": steady_cpu_s,
        "steady_s": steady_s,
        "claims": counts["claims"],
        "pops_from_cache": counts["cache"],
        "pops_from_replica": counts["replica"],
        "errors": sorted(errors),
        "cpu_s": time.process_time() - cpu_before,
        "gc": collections.report(),
    }
    pipe.send(result)
    for agent in agents:  # all told at once, then each joined: not one after another
        if agent.client is not None:
            agent.client.halt()
    for agent in agents:
        agent.stop()


class _Collections:
    """The garbage collector's passes in this process, timed (a `gc.callbacks` entry)."""

    def __init__(self) -> None:
        self.cpu_s = 0.0  # on the thread that collected (a loaded machine stretches wall time)
        self.full_passes = 0
        self.longest_full_s = 0.0  # wall time: how long the process's desks were stopped
        self.frozen = 0  # objects moved out of the passes (0: not yet)
        self.full_passes_frozen = 0  # the same two, counted once the sign-ins were frozen
        self.longest_full_frozen_s = 0.0
        self._started = (0.0, 0.0)

    def timed(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = (time.perf_counter(), time.thread_time())
            return
        self.cpu_s += time.thread_time() - self._started[1]
        if info["generation"] == 2:
            self.full_passes += 1
            took = time.perf_counter() - self._started[0]
            self.longest_full_s = max(self.longest_full_s, took)
            if self.frozen:
                self.full_passes_frozen += 1
                self.longest_full_frozen_s = max(self.longest_full_frozen_s, took)

    def report(self) -> dict[str, float]:
        return {
            "cpu_s": self.cpu_s,
            "full_passes": self.full_passes,
            "longest_full_pass_ms": self.longest_full_s * 1000,
            "frozen_objects": self.frozen,
            "full_passes_after_freeze": self.full_passes_frozen,
            "longest_full_pass_after_freeze_ms": self.longest_full_frozen_s * 1000,
        }


def raise_file_limit() -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def _floor_size(config: dict[str, Any]) -> int:
    return int(config.get("floor_size") or len(config.get("logins", ())) or 1)
