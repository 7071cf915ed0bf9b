"""`softphone bench portal`: the portal service under 200 concurrent clients.

Runs in a PostgreSQL database created for the run (on the server `url` names) and dropped
afterwards, seeded with the demo contact centre. The service runs as it does in production,
`softphone portal serve` in its own process(es) on a free loopback port; the clients are
asyncio tasks in this process, each with its own connection, each booking "call me now" for a
number of its own (with an Idempotency-Key) and, every fourth time, asking for availability.
A tenth of the bookings are sent twice with the same key, as a client that lost the answer
would: the retry must get the same reference and book nothing more.

Figures: bookings_per_s (201 answers over the wall time of the run), availability latency
percentiles under that load, then with 20 queries at once and with one client alone, and the
check of the store afterwards: lost bookings (answered 201 but with no request for the number,
or no reference row), doubled bookings (more than one request or reference for one number),
and retries answered with another reference.
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
from typing import Any

from softphone.bench_support import percentiles, temp_database
from softphone.paths import resources_dir

TARGETS = {"bookings_per_s": 500.0, "availability_p99_ms": 20.0}
DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
LANGUAGES = ("it", "de", "en", "fr", "ar", "pl", "es", "ru")
START_TIMEOUT_S = 60.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bench_portal(
    url: str | None, clients: int = 200, bookings: int = 4000, workers: int = 2
) -> dict[str, Any]:
    from sqlalchemy.orm import Session

    from crm import portal_keys
    from crm.db import make_engine
    from crm.migrate import upgrade
    from crm.seed import seed_demo

    admin_url = url or DEFAULT_ADMIN_URL
    with temp_database(admin_url) as db_url:
        engine = make_engine(db_url)
        try:
            upgrade(engine)
            catalog = json.loads((resources_dir() / "demo" / "catalog.json").read_text("utf-8"))
            with Session(engine) as session, session.begin():
                seed_demo(session, catalog, contacts=200, tickets=400)
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
            try:
                report = asyncio.run(_run(f"http://127.0.0.1:{port}", key, clients, bookings))
            finally:
                server.terminate()
                try:
                    server.wait(15)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
            report.update(_check_store(engine, report.pop("_answers")))
        finally:
            engine.dispose()
    report["targets"] = TARGETS
    report["workers"] = workers
    return report


async def _run(base: str, key: str, clients: int, bookings: int) -> dict[str, Any]:
    import httpx

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    headers = {"X-API-Key": key}
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                if (await http.get("/openapi.json")).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the portal service did not start")
            await asyncio.sleep(0.1)
        token = secrets.token_hex(2)
        counter = iter(range(bookings))
        answers: dict[str, str] = {}  # phone -> reference
        retries_mismatched = 0
        refused: dict[int, int] = {}
        availability_ms: list[float] = []
        booking_ms: list[float] = []

        async def client(n: int) -> None:
            nonlocal retries_mismatched
            done = 0
            for i in counter:
                phone = f"+39347{(n * 100_000 + i) % 10_000_000:07d}"
                body = {"phone": phone, "language": LANGUAGES[i % 8], "consent": True}
                idem = {**headers, "Idempotency-Key": f"bench-{token}-{i}"}
                started = time.perf_counter()
                response = await http.post("/v1/callbacks", json=body, headers=idem)
                booking_ms.append((time.perf_counter() - started) * 1000)
                if response.status_code != 201:
                    refused[response.status_code] = refused.get(response.status_code, 0) + 1
                    continue
                ref = response.json()["reference"]
                answers[phone] = ref
                if i % 10 == 0:  # the answer was "lost": the client retries with the same key
                    again = await http.post("/v1/callbacks", json=body, headers=idem)
                    if again.status_code != 201 or again.json()["reference"] != ref:
                        retries_mismatched += 1
                done += 1
                if done % 4 == 0:
                    started = time.perf_counter()
                    answer = await http.get(
                        "/v1/availability",
                        params={"language": LANGUAGES[i % 8]},
                        headers=headers,
                    )
                    availability_ms.append((time.perf_counter() - started) * 1000)
                    if answer.status_code != 200:
                        refused[answer.status_code] = refused.get(answer.status_code, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(client(n) for n in range(clients)))
        wall = time.perf_counter() - started
        # Availability alone, one query per client at once, after the bookings.
        quiet: list[float] = []

        async def ask() -> None:
            t0 = time.perf_counter()
            await http.get("/v1/availability", params={"language": "it"}, headers=headers)
            quiet.append((time.perf_counter() - t0) * 1000)

        for _ in range(5):
            await asyncio.gather(*(ask() for _ in range(clients // 10)))
        # And one client alone, one query after the other: the service's own latency.
        alone: list[float] = []
        for i in range(100):
            t0 = time.perf_counter()
            await http.get(
                "/v1/availability", params={"language": LANGUAGES[i % 8]}, headers=headers
            )
            alone.append((time.perf_counter() - t0) * 1000)
    return {
        "clients": clients,
        "bookings": len(answers),
        "seconds": round(wall, 2),
        "bookings_per_s": round(len(answers) / wall, 1),
        "booking_ms": percentiles(booking_ms) if booking_ms else None,
        "availability_ms_under_load": percentiles(availability_ms) if availability_ms else None,
        "availability_ms_quiet": percentiles(quiet) if quiet else None,
        "availability_ms_one_client": percentiles(alone),
        "refused": {str(k): v for k, v in sorted(refused.items())},
        "retries_with_another_reference": retries_mismatched,
        "_answers": answers,
    }


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
