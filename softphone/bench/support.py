"""What the benchmarks share: a PostgreSQL database made for one run, and percentiles."""

from __future__ import annotations

import contextlib
import os
import secrets
import statistics
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def temp_database(admin_url: str, drop_roles: list[str] | None = None) -> Iterator[str]:
    """A new database on the server `admin_url` names; dropped afterwards with `drop_roles`
    (server-wide logins the run created)."""
    from sqlalchemy import create_engine, text

    from crm.db import normalise_url

    admin = normalise_url(admin_url)
    name = f"softphone_bench_{secrets.token_hex(4)}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in drop_roles or ():
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        engine.dispose()


@contextlib.contextmanager
def run_store(backend: str, admin_url: str, tmp: Path) -> Iterator[str]:
    """The central store of one run: a new PostgreSQL database, or a SQLite file in `tmp`."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp / 'central.sqlite3'}"
        return
    with temp_database(admin_url) as url:
        yield url


@contextlib.contextmanager
def stdout_to_stderr() -> Iterator[None]:
    """pjlib writes its log to stdout; a bench's stdout carries only its JSON."""
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    cuts = statistics.quantiles(ordered, n=100, method="inclusive")
    return {
        "p50": round(statistics.median(ordered), 2),
        "p99": round(cuts[98], 2),
        "max": round(ordered[-1], 2),
        "samples": len(ordered),
    }
