"""`softphone bench portal`: the portal service under 200 concurrent clients.

Runs in a PostgreSQL database created for the run (on the server `url` names) and dropped
afterwards, seeded with the demo contact centre. The service runs as it does in production,
`softphone portal serve` in its own process(es) on a free loopback port; the clients are
asyncio tasks in this process, each with its own keep-alive HTTP/1.1 connection (a minimal
client: see `_Http`), each booking "call me now" for a
number of its own (with an Idempotency-Key) and, every fourth time, asking for availability.
A tenth of the bookings are sent twice with the same key, as a client that lost the answer
would: the retry must get the same reference and book nothing more.

Two phases, with the same clients:
- saturated: each client sends its next booking as soon as the last is answered. Figures:
  bookings_per_s (201 answers over the phase's wall time: the most the service sustains), and
  availability latency at that saturation, from the clients and from another process;
- at the goal's rate (`rate`, 500/s by default): the i-th booking starts at i / rate seconds,
  whatever the answers before it (an open loop, as callers arrive). Figures: the rate reached,
  how late bookings were sent, and availability latency (from the clients and from another
  process, steadily: a widget's page loads) while the service takes that load.
Then availability with 20 queries at once and with one client alone, and the check of the
store: lost bookings (answered 201 but with no request for the number, or no reference row),
doubled bookings (more than one request or reference for one number), and retries answered
with another reference. `met` judges each target against its phase: bookings/s against the
saturated phase, availability p99 against the goal's rate (None if the rate was not kept).
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from softphone.bench.support import percentiles, seed_demo_store, temp_database

if TYPE_CHECKING:
    from sqlalchemy import Engine

TARGETS = {"bookings_per_s": 500.0, "availability_p99_ms": 20.0}
DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
LANGUAGES = ("it", "de", "en", "fr", "ar", "pl", "es", "ru")
START_TIMEOUT_S = 60.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _demo_database(url: str | None) -> Iterator[tuple[str, Engine]]:
    """A new database on the PostgreSQL server `url` names (the local one by default), with the
    demo contact centre: its URL and an engine on it; dropped afterwards."""
    from crm.db import make_engine

    with temp_database(url or DEFAULT_ADMIN_URL) as db_url:
        engine = make_engine(db_url)
        try:
            seed_demo_store(engine, contacts=200, tickets=400)
            yield db_url, engine
        finally:
            engine.dispose()


def bench_portal(
    url: str | None,
    clients: int = 200,
    bookings: int = 4000,
    workers: int = 2,
    rate: float | None = TARGETS["bookings_per_s"],
) -> dict[str, Any]:
    from crm import portal_keys

    with _demo_database(url) as (db_url, engine):
        with engine.begin() as conn:
            key = portal_keys.create_key(conn, "bench")
        port = _free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "softphone",
                "portal",
                "serve",
                "--url",
                db_url,
                "--listen",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--rate",
                "1000000:1000000",
            ],
            stdout=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        # Availability asked from another process as well, on a connection of its own,
        # steadily: the service's answer time without the 200 clients' own event loop
        # (which a reply waits on when a batch's 25 answers arrive together).
        prober = subprocess.Popen(
            [sys.executable, "-c", "from softphone.bench.portal import probe; probe()",
             str(port), key],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            report = asyncio.run(
                _run(f"http://127.0.0.1:{port}", key, clients, bookings, prober, rate)
            )
        finally:
            assert prober.stdin is not None
            prober.stdin.close()  # it ends at the end of its input
            try:
                prober.wait(5)
            except subprocess.TimeoutExpired:
                prober.kill()
                prober.wait()
            server.terminate()
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        report.update(_check_store(engine, report.pop("_answers")))
    report["targets"] = TARGETS
    report["workers"] = workers
    report["met"] = _met(report)
    return report


LATE_MS = 100.0  # a paced phase whose sends fell further behind did not take the goal's load


def kept_the_rate(phase: dict[str, Any]) -> bool:
    """Whether a paced phase's bookings went out on their schedule (p99 at most LATE_MS late):
    a client sends its next booking only once answered, so a service that cannot take the rate
    makes the sends fall behind."""
    late = phase.get("sent_late_ms")
    return late is not None and bool(late["p99"] <= LATE_MS)


def _met(report: dict[str, Any]) -> dict[str, bool | None]:
    """Each target against its figure: bookings/s, the most the service sustains (the
    saturated phase); availability p99, while it takes bookings at the goal's rate (None when
    that phase was not run or its sends fell behind: `kept_the_rate`)."""
    at_goal = report.get("at_goal_rate")
    kept = at_goal is not None and kept_the_rate(at_goal)
    clean = report["lost_bookings"] == 0 and report["doubled_bookings"] == 0
    return {
        "bookings_per_s": report["saturated"]["bookings_per_s"] >= TARGETS["bookings_per_s"],
        "availability_p99_ms": (
            at_goal["availability_ms"]["p99"] <= TARGETS["availability_p99_ms"]
            if kept and at_goal["availability_ms"] is not None
            else None
        ),
        "no_lost_or_doubled": clean,
    }


WRITER_BATCH = 25  # the service's batch size (crm.portal_bookings.MAX_BATCH)


def bench_portal_writer(url: str | None, batches: int = 120) -> dict[str, Any]:
    """The booking writer alone (`PortalStore.book_many`, in this process, no HTTP): its CPU per
    batch of new "call me now" bookings with keys, the statements per batch, and how SQLAlchemy
    found each statement in its compiled cache (a statement with no cache key is compiled
    afresh every time: the CPU that crm/ticket_writes.insert_tickets explains)."""
    from collections import Counter

    from sqlalchemy import event

    from crm.portal_answers import Idempotency
    from crm.portal_bookings import BookingIn
    from crm.portal_store import PortalStore

    with _demo_database(url) as (_db_url, engine):
        store = PortalStore(engine, default_region="IT")
        cache: Counter[str] = Counter()

        def seen(
            _conn: Any, _cursor: Any, _sql: str, _params: Any, context: Any, _many: bool
        ) -> None:
            cache[str(getattr(context, "cache_hit", "none")).rpartition(".")[2]] += 1

        count = iter(range(10**9))

        def batch() -> None:
            items = []
            for i in (next(count) for _ in range(WRITER_BATCH)):
                fields = {"phone": f"+39347{i:07d}", "language": LANGUAGES[i % 8],
                          "consent": True}  # fmt: skip
                items.append(BookingIn("bench", fields, Idempotency("bench", f"w{i}", "fp")))
            answers = store.book_many(items)
            if any(getattr(a, "status", None) != 201 for a in answers):
                raise RuntimeError(f"a booking was not taken: {answers}")

        for _ in range(5):  # the reference data read, the statements cached
            batch()
        event.listen(engine, "before_cursor_execute", seen)
        cpu, wall = time.thread_time(), time.perf_counter()
        for _ in range(batches):
            batch()
        cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
        event.remove(engine, "before_cursor_execute", seen)
    return {
        "benchmark": "portal writer",
        "batches": batches,
        "batch": WRITER_BATCH,
        "cpu_ms_per_batch": round(cpu / batches * 1000, 2),
        "wall_ms_per_batch": round(wall / batches * 1000, 2),
        "statements_per_batch": round(sum(cache.values()) / batches, 2),
        "compiled_cache": dict(cache),
    }


class _Http:
    """One keep-alive HTTP/1.1 connection, as lean as a client can be: the figures are the
    service's, not a client library's (httpx spends about as much CPU per request as the
    service does, which on a two-core machine the service then lacks)."""

    def __init__(self, host: str, port: int, key: str) -> None:
        self.host, self.port, self.key = host, port, key
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def request(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
    ) -> tuple[int, Any]:
        if self._streams is None:
            self._streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._streams
        data = b"" if body is None else json.dumps(body).encode()
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}",
                 f"X-API-Key: {self.key}", f"Content-Length: {len(data)}"]  # fmt: skip
        if body is not None:
            lines.append("Content-Type: application/json")
        lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + data)
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split(" ", 2)[1])
        fields = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in head[1:])}
        if "content-length" not in fields:
            raise RuntimeError(f"an answer without Content-Length: {head[0]}")
        payload = await reader.readexactly(int(fields["content-length"]))
        if fields.get("connection", "").lower() == "close":
            writer.close()
            self._streams = None
        return status, json.loads(payload) if payload else None

    def close(self) -> None:
        if self._streams is not None:
            self._streams[1].close()
            self._streams = None


PROBE_PERIOD_S = 0.02  # the other process's availability queries: 50 a second


def probe() -> None:
    """The other process's availability queries (argv: port, key): for each "go" read on
    stdin, one every PROBE_PERIOD_S until "stop", then their percentiles as a JSON line on
    stdout; ends at the end of stdin."""
    port, key = int(sys.argv[1]), sys.argv[2]

    async def run() -> None:
        http = _Http("127.0.0.1", port, key)
        loop = asyncio.get_running_loop()
        i = 0
        while await loop.run_in_executor(None, sys.stdin.readline) == "go\n":
            stopped = loop.run_in_executor(None, sys.stdin.readline)
            samples: list[float] = []
            while not stopped.done():
                t0 = time.perf_counter()
                await http.request("GET", f"/v1/availability?language={LANGUAGES[i % 8]}")
                samples.append((time.perf_counter() - t0) * 1000)
                i += 1
                await asyncio.sleep(max(0.0, PROBE_PERIOD_S - (time.perf_counter() - t0)))
            await stopped
            print(json.dumps(percentiles(samples) if samples else None), flush=True)
        http.close()

    asyncio.run(run())


async def _probing(
    prober: subprocess.Popen[str], phase: Awaitable[dict[str, Any]]
) -> dict[str, Any]:
    """`phase`'s figures, with availability asked from the other process meanwhile."""
    assert prober.stdout is not None
    _probed(prober, "go")
    result = await phase
    _probed(prober, "stop")
    line = await asyncio.get_running_loop().run_in_executor(None, prober.stdout.readline)
    result["availability_ms_other_process"] = json.loads(line)
    return result


def _probed(prober: subprocess.Popen[str], word: str) -> None:
    assert prober.stdin is not None
    prober.stdin.write(word + "\n")
    prober.stdin.flush()


async def _wait_until_up(host: str, port: int, key: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        probe = _Http(host, port, key)
        try:
            if (await probe.request("GET", "/openapi.json"))[0] == 200:
                return
        except OSError:
            pass
        finally:
            probe.close()
        if time.monotonic() > deadline:
            raise RuntimeError("the portal service did not start")
        await asyncio.sleep(0.1)


async def _run(
    base: str,
    key: str,
    clients: int,
    bookings: int,
    prober: subprocess.Popen[str],
    rate: float | None,
) -> dict[str, Any]:
    host, _, port_text = base.removeprefix("http://").rpartition(":")
    port = int(port_text)
    await _wait_until_up(host, port, key)
    answers: dict[str, str] = {}  # phone -> reference
    connections = [_Http(host, port, key) for _ in range(clients)]
    # As fast as the clients go (each sends its next booking when the last is answered): the
    # most the service sustains, and what a query waits behind at that saturation.
    saturated = await _probing(prober, _phase(connections, bookings, None, answers, phase=0))
    report: dict[str, Any] = {"clients": clients, "saturated": saturated}
    if rate is not None:
        # The same clients at the goal's rate, bookings started on a schedule (an open
        # loop: a slow answer does not slow the arrivals): what a query waits while the
        # service takes that load with its CPU to spare, as a floor's portal runs.
        report["at_goal_rate"] = await _probing(
            prober, _phase(connections, bookings, rate, answers, phase=1)
        )
    # Availability alone, one query per client at once, after the bookings.
    quiet: list[float] = []

    async def ask(http: _Http) -> None:
        t0 = time.perf_counter()
        await http.request("GET", "/v1/availability?language=it")
        quiet.append((time.perf_counter() - t0) * 1000)

    for _ in range(5):
        await asyncio.gather(*(ask(connections[c]) for c in range(max(1, clients // 10))))
    # And one client alone, one query after the other: the service's own latency.
    alone: list[float] = []
    for i in range(100):
        t0 = time.perf_counter()
        await connections[0].request("GET", f"/v1/availability?language={LANGUAGES[i % 8]}")
        alone.append((time.perf_counter() - t0) * 1000)
    for http in connections:
        http.close()
    report.update(
        bookings=len(answers),
        availability_ms_quiet=percentiles(quiet),
        availability_ms_one_client=percentiles(alone),
        _answers=answers,
    )
    return report


async def _phase(
    connections: list[_Http],
    bookings: int,
    rate: float | None,
    answers: dict[str, str],
    phase: int,
) -> dict[str, Any]:
    """`bookings` "call me now" bookings from the clients, each with its own number, a tenth
    retried with the same key, and an availability query after every fourth: as fast as the
    clients go (`rate` None) or the i-th started at i / `rate` seconds."""
    token = secrets.token_hex(2)
    counter = iter(range(bookings))
    retries_mismatched = 0
    refused: dict[int, int] = {}
    availability_ms: list[float] = []
    booking_ms: list[float] = []
    late_ms: list[float] = []  # how long after its scheduled time each booking was sent
    taken = 0
    started = time.perf_counter()

    async def client(n: int, http: _Http) -> None:
        nonlocal retries_mismatched, taken
        done = 0
        for i in counter:
            if rate is not None:
                due = started + i / rate
                if (wait := due - time.perf_counter()) > 0:
                    await asyncio.sleep(wait)
                late_ms.append(max(0.0, time.perf_counter() - due) * 1000)
            phone = f"+39347{phase * 5_000_000 + i:07d}"  # a number of its own
            body = {"phone": phone, "language": LANGUAGES[i % 8], "consent": True}
            idem = {"Idempotency-Key": f"bench-{token}-{phase}-{i}"}
            t0 = time.perf_counter()
            status, answer = await http.request("POST", "/v1/callbacks", body, idem)
            booking_ms.append((time.perf_counter() - t0) * 1000)
            if status != 201:
                refused[status] = refused.get(status, 0) + 1
                continue
            ref = answer["reference"]
            answers[phone] = ref
            taken += 1
            if i % 10 == 0:  # the answer was "lost": the client retries with the same key
                again, repeated = await http.request("POST", "/v1/callbacks", body, idem)
                if again != 201 or repeated["reference"] != ref:
                    retries_mismatched += 1
            done += 1
            if done % 4 == 0:
                t0 = time.perf_counter()
                status, _ = await http.request(
                    "GET", f"/v1/availability?language={LANGUAGES[i % 8]}"
                )
                availability_ms.append((time.perf_counter() - t0) * 1000)
                if status != 200:
                    refused[status] = refused.get(status, 0) + 1

    await asyncio.gather(*(client(n, http) for n, http in enumerate(connections)))
    wall = time.perf_counter() - started
    result: dict[str, Any] = {
        "bookings": taken,
        "seconds": round(wall, 2),
        "bookings_per_s": round(taken / wall, 1),
        "booking_ms": percentiles(booking_ms) if booking_ms else None,
        "availability_ms": percentiles(availability_ms) if availability_ms else None,
        "refused": {str(k): v for k, v in sorted(refused.items())},
        "retries_with_another_reference": retries_mismatched,
    }
    if rate is not None:
        result["rate_asked"] = rate
        result["sent_late_ms"] = percentiles(late_ms) if late_ms else None
    return result


def _check_store(engine: Any, answers: dict[str, str]) -> dict[str, Any]:
    from sqlalchemy import func, select

    from crm import schema

    r, b = schema.callback_requests.c, schema.portal_bookings.c
    with engine.connect() as conn:
        requests = dict(
            conn.execute(
                select(r.phone_e164, func.count())
                .where(r.source == "web_form", r.phone_e164.like("+39347%"))
                .group_by(r.phone_e164)
            ).all()
        )
        refs = dict(conn.execute(select(b.ref, b.request_uid).where(b.portal == "bench")).all())
    lost = sum(1 for phone, ref in answers.items() if phone not in requests or ref not in refs)
    doubled = sum(1 for count in requests.values() if count > 1) + max(0, len(refs) - len(answers))
    return {"lost_bookings": lost, "doubled_bookings": doubled}
