"""`softphone bench sync`: how fast changes travel between agents through the central store.

Runs against a real PostgreSQL (default: the local server at 127.0.0.1:5432 as `postgres`),
in a database it creates and drops. Two agents log in as themselves, as in production.

- propagation: agent A writes a ticket change; time until it is in agent B's cache. Measured from
  A's write() call (so it includes A's push, the commit, the NOTIFY and B's fetch): an upper
  bound of "commit on one client -> visible in another's cache".
- catch-up: B is away while A makes 10,000 changes B has to hear about; time from B's restart
  until its cache holds the last of them.
- convergence: both agents write while away (their outboxes fill), then reconnect; time until
  both outboxes are empty and both caches are at the same feed position with equal rows.
- idle poll: the CPU of one round of the sync client when nothing changed (the feed polled,
  nothing pushed), on the client's own thread: polled IDLE_POLL_GAP_S apart, as a desk polls
  (caches cold again each time: what a floor of desks costs, `softphone bench floor`), and
  back to back.
- feed batch with a long shift's cache: the CPU of deciding which of a poll's changes the desk
  keeps (`crm.sync_feed.relevant_rows`: ten notes on other agents' callers) when its cache holds
  LONG_SHIFT_CACHE tickets and as many callers, as after a day of calls.
"""

from __future__ import annotations

import secrets
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from softphone.bench.support import percentiles, seed_demo_store, temp_database

TARGETS = {"propagation_p99_ms": 200.0, "catch_up_10000_s": 3.0, "convergence_s": 5.0}
IDLE_POLLS = 40
IDLE_POLL_GAP_S = 0.1
LONG_SHIFT_CACHE = 3000  # tickets, and as many callers, in the desk's cache
DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def bench_sync(
    admin_url: str = DEFAULT_ADMIN_URL, changes: int = 200, catch_up: int = 10_000
) -> dict[str, Any]:
    from sqlalchemy.engine import make_url

    logins = [f"bench.{name}.{secrets.token_hex(3)}" for name in ("a", "b")]
    with temp_database(admin_url, drop_roles=logins) as url, tempfile.TemporaryDirectory() as tmp:
        _prepare(url, logins)
        home = Path(tmp)
        ticket = _a_ticket(url)
        a, b = (_Agent(url, login, home) for login in logins)
        try:
            for agent in (a, b):
                agent.start()
                agent.client.read_caller(ticket["e164"])  # the ticket is on both agents' screens
            propagation = _propagation(a, b, ticket, changes)
            b.stop()
            _write_notes(a, ticket, catch_up, "catch-up")
            a.wait(lambda: a.client.status.pending == 0, 120)
            latest = a.latest_seq()
            b.start()
            started = time.monotonic()
            b.wait(lambda: b.local.last_seq >= latest, 60)
            catch_up_s = time.monotonic() - started
            convergence_s = _convergence(a, b, ticket)
            # A third client of agent a (a cache of its own), its rounds run here one at a time.
            (home / "idle").mkdir()
            idle = _Agent(url, logins[0], home / "idle")
            idle.start(run=False)
            try:
                idle_poll = {
                    "apart_us": _idle_poll_us(idle, IDLE_POLL_GAP_S),
                    "back_to_back_us": _idle_poll_us(idle, 0.0),
                    "gap_s": IDLE_POLL_GAP_S,
                }
            finally:
                idle.stop()
        finally:
            a.stop()
            b.stop()
    result = {
        "benchmark": "sync",
        "backend": "PostgreSQL",
        "server": make_url(admin_url).render_as_string(hide_password=True).rsplit("/", 1)[0],
        "propagation_ms": percentiles(propagation),
        "catch_up_changes": catch_up,
        "catch_up_s": round(catch_up_s, 3),
        "convergence_s": round(convergence_s, 3),
        "idle_poll_cpu": idle_poll,
        "feed_batch_cpu_us": {"cached_rows": 2 * LONG_SHIFT_CACHE, "median": _feed_batch_us()},
        "targets": TARGETS,
    }
    result["met"] = (
        result["propagation_ms"]["p99"] <= TARGETS["propagation_p99_ms"]
        and catch_up_s <= TARGETS["catch_up_10000_s"]
        and convergence_s <= TARGETS["convergence_s"]
    )
    return result


def _feed_batch_us() -> float:
    """The median CPU of relevant_rows() on ten other agents' notes, with a long shift's cache."""
    from crm.change_feed import FeedEntry
    from crm.local_store import CachedRow, LocalStore
    from crm.sync_feed import relevant_rows

    with tempfile.TemporaryDirectory() as tmp:
        local = LocalStore(Path(tmp) / "desk.sqlite3")
        try:
            ids = range(1, LONG_SHIFT_CACHE + 1)
            local.put_rows(
                [CachedRow("contacts", f"c-{i}", i, 1, {"id": i}) for i in ids]
                + [CachedRow("tickets", f"t-{i}", i, 1, {"id": i, "contact_id": i}) for i in ids],
                last_seq=1,
            )
            beyond = LONG_SHIFT_CACHE * 10  # callers and tickets this desk never opened
            latest = {
                ("interactions", f"n-{n}"): FeedEntry(
                    2 + n, "interactions", f"n-{n}", contact_id=beyond + n, ticket_id=beyond + n
                )
                for n in range(10)
            }
            spent = []
            for _ in range(IDLE_POLLS):
                started = time.thread_time()
                relevant_rows(None, local, None, latest)  # type: ignore[arg-type]  # no fetch
                spent.append((time.thread_time() - started) * 1e6)
        finally:
            local.close()
    return round(sorted(spent)[len(spent) // 2])


def _idle_poll_us(agent: _Agent, gap_s: float) -> float:
    """The median CPU of one idle sync_once() (this thread's time), rounds `gap_s` apart."""
    for _ in range(3):  # primed, and anything left taken: the rounds below find nothing
        agent.client.sync_once()
    spent = []
    for _ in range(IDLE_POLLS):
        if gap_s:
            time.sleep(gap_s)  # the interval between a desk's polls, not a wait for a state
        started = time.thread_time()
        agent.client.sync_once()
        spent.append((time.thread_time() - started) * 1e6)
    return round(sorted(spent)[len(spent) // 2])


def _propagation(a: _Agent, b: _Agent, ticket: dict[str, Any], n: int) -> list[float]:
    samples = []
    for i in range(n):
        subject = f"bench subject {i}"
        started = time.monotonic()
        a.client.write(
            "ticket.update",
            {
                "ticket_uid": ticket["uid"],
                "fields": {"subject": subject},
                "changed_at": datetime.now(UTC).isoformat(),
            },
        )

        def arrived(subject: str = subject) -> bool:
            row = b.local.row("tickets", ticket["uid"])
            return row is not None and row.data.get("subject") == subject

        b.wait(arrived, 10)
        samples.append((time.monotonic() - started) * 1000)
    return samples


def _convergence(a: _Agent, b: _Agent, ticket: dict[str, Any]) -> float:
    a.stop()
    b.stop()
    for agent in (a, b):
        _write_notes(agent, ticket, 500, f"away-{agent.login}")
    a.start()
    b.start()
    started = time.monotonic()

    def converged() -> bool:
        if a.client.status.pending or b.client.status.pending:
            return False
        latest = a.latest_seq()
        if a.local.last_seq < latest or b.local.last_seq < latest:
            return False
        tables = ["tickets", "interactions"]
        return a.local.fingerprint(tables) == b.local.fingerprint(tables)

    a.wait(converged, 60)
    return time.monotonic() - started


def _write_notes(agent: _Agent, ticket: dict[str, Any], n: int, prefix: str) -> None:
    for i in range(n):
        agent.client.write(
            "interaction.append",
            {
                "ticket_uid": ticket["uid"],
                "kind": "note",
                "direction": "internal",
                "occurred_at": datetime.now(UTC).isoformat(),
                "body": f"{prefix} {i}",
            },
        )


class _Agent:
    def __init__(self, url: str, login: str, home: Path) -> None:
        from crm.local_store import LocalStore

        self.url, self.login = url, login
        self.local = LocalStore(home / f"{login}.sqlite3")
        self._changed = threading.Event()
        self.client: Any = None
        self._engine: Any = None

    def start(self, run: bool = True) -> None:
        """The agent's sync client, its thread started (`run`) or left to be driven by hand."""
        from sqlalchemy.engine import make_url

        from crm.db import make_engine
        from crm.sync import SyncClient

        agent_url = make_url(self.url).set(username=self.login, password=_password(self.login))
        self._engine = make_engine(agent_url)
        self.client = SyncClient(
            self._engine,
            self.local,
            agent_login=self.login,
            on_status=lambda _s: self._changed.set(),
            on_changes=lambda _t: self._changed.set(),
        )
        if run:
            self.client.start()

    def stop(self) -> None:
        if self.client is not None:
            self.client.stop()
            self._engine.dispose()

    def latest_seq(self) -> int:
        from crm.change_feed import latest_seq

        with self._engine.connect() as conn:
            return latest_seq(conn)

    def wait(self, predicate: Callable[[], bool], timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"bench: {self.login} did not get there in {timeout_s} s")
            self._changed.wait(0.002)
            self._changed.clear()


_PASSWORDS: dict[str, str] = {}


def _password(login: str) -> str:
    return _PASSWORDS.setdefault(login, secrets.token_urlsafe(16))


def _prepare(url: str, logins: list[str]) -> None:
    from crm.db import make_engine
    from softphone.bench.callbacks import create_desk_agents

    engine = make_engine(url)
    seed_demo_store(engine)
    # Logins are server-wide: bench-only names (dropped afterwards), so no real agent's role
    # or password is touched.
    with engine.begin() as conn:
        passwords = {login: _password(login) for login in logins}
        create_desk_agents(conn, logins, passwords, ["it", "en"])
    engine.dispose()


def _a_ticket(url: str) -> dict[str, Any]:
    from sqlalchemy import select

    from crm import schema
    from crm.db import make_engine

    engine = make_engine(url)
    with engine.connect() as conn:
        row = conn.execute(
            select(schema.tickets.c.uid, schema.contact_phones.c.e164)
            .join(
                schema.contact_phones,
                schema.contact_phones.c.contact_id == schema.tickets.c.contact_id,
            )
            .order_by(schema.tickets.c.id)
            .limit(1)
        ).one()
    engine.dispose()
    return {"uid": row[0], "e164": row[1]}
