"""What the benchmarks share: a PostgreSQL database made for one run, the app as a bench drives
it, a watch on a widget's paints, and percentiles."""

from __future__ import annotations

import contextlib
import os
import secrets
import statistics
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QWidget
    from qasync import QEventLoop
    from sqlalchemy import Engine

    from softphone.app import AppController
    from softphone.settings import Settings


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


def seed_demo_store(engine: Engine, *, contacts: int = 240, tickets: int = 640) -> None:
    """The store `engine` is on brought to the current schema and seeded with the demo
    contact centre (the catalogue the app's demo uses), with `contacts` callers and `tickets`
    tickets generated."""
    import json

    from sqlalchemy.orm import Session

    from crm.migrate import upgrade
    from crm.seed import seed_demo
    from softphone.paths import resources_dir

    upgrade(engine)
    catalog = json.loads((resources_dir() / "demo" / "catalog.json").read_text(encoding="utf-8"))
    with Session(engine) as session, session.begin():
        seed_demo(session, catalog, contacts=contacts, tickets=tickets)


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
    """p50, p99 and max of the samples, and how many there were. One sample is its own p50 and
    p99 (a short run, `softphone bench callbacks --pops 3`, can have one in a group); none is
    an error: there is nothing to report."""
    ordered = sorted(samples)
    if not ordered:
        raise ValueError("no samples")
    p99 = (
        statistics.quantiles(ordered, n=100, method="inclusive")[98]
        if len(ordered) > 1
        else ordered[0]
    )
    return {
        "p50": round(statistics.median(ordered), 2),
        "p99": round(p99, 2),
        "max": round(ordered[-1], 2),
        "samples": len(ordered),
    }


def bench_app(
    store_url: str | None, settings: Settings
) -> tuple[QApplication, QEventLoop, AppController]:
    """The demo app without its demo caller (the bench places its own calls) on `store_url`
    (None: the demo store), its qasync loop set as the running one."""
    import asyncio

    import qasync

    from softphone.app import AppController, AppOptions, create_application
    from softphone.paths import app_paths

    app = create_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    options = AppOptions(demo=True, demo_caller=False, store_url=store_url)
    return app, loop, AppController(app, options, app_paths().ensure(), settings)


def watch_paints(widget: QWidget, painted: dict[str, int]) -> QObject:
    """Once `painted` holds "armed", the next paint of `widget` puts its monotonic ns at
    "at". Keep the returned filter referenced while watching."""
    import time

    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "armed" in painted:
                painted.setdefault("at", time.monotonic_ns())
            return False

    watch = PaintWatch()
    widget.installEventFilter(watch)
    return watch
