"""Store work off the Qt thread.

One worker thread owns the engine and runs each unit of work in its own session; callers on
the qasync loop await the results. crm (and so SQLAlchemy) is imported on the worker the first
time it is needed, which keeps it off the start-up path of the first frame.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from crm.dto import HomeSnapshot
    from crm.seed import SeedReport

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class StoreInfo:
    backend: str  # "SQLite" or "PostgreSQL"
    location: str  # a file name or host:port/db, never with a password
    migrated: bool  # True when this start applied migrations
    seeded: SeedReport | None


class StoreUnavailable(RuntimeError):
    """The store could not be reached or opened; the message says why, for people."""


class StoreService:
    def __init__(self, url: str, *, password: str | None = None, timeout_s: float = 3.0) -> None:
        self._url = url
        self._password = password
        self._timeout_s = timeout_s
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    async def _run(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn)

    async def open(self, *, seed_catalog: Path | None = None, seed_now: Any = None) -> StoreInfo:
        return await self._run(lambda: self._open(seed_catalog, seed_now))

    def _open(self, seed_catalog: Path | None, seed_now: Any) -> StoreInfo:
        from sqlalchemy.exc import OperationalError, SQLAlchemyError

        from crm.db import make_engine, normalise_url, session_factory
        from crm.migrate import is_up_to_date, upgrade

        url = normalise_url(self._url)
        backend = "SQLite" if url.get_backend_name() == "sqlite" else "PostgreSQL"
        location = (
            Path(url.database or "").name
            if backend == "SQLite"
            else f"{url.host}:{url.port or 5432}/{url.database}"
        )
        try:
            engine = make_engine(url, password=self._password, connect_timeout_s=self._timeout_s)
            migrated = not is_up_to_date(engine)
            if migrated:
                log.info("migrating the %s store at %s", backend, location)
                upgrade(engine)
        except OperationalError as exc:
            raise StoreUnavailable(f"{backend} store at {location}: {exc.orig}") from exc
        except SQLAlchemyError as exc:
            raise StoreUnavailable(f"{backend} store at {location}: {exc}") from exc
        self._engine = engine
        self._sessions = session_factory(engine)
        seeded = self._seed_if_empty(seed_catalog, seed_now) if seed_catalog else None
        return StoreInfo(backend, location, migrated, seeded)

    def _seed_if_empty(self, catalog_path: Path, now: Any) -> SeedReport | None:
        import json

        from sqlalchemy import func, select

        from crm.models import Agent

        assert self._sessions is not None
        with self._sessions.begin() as session:
            if session.scalar(select(func.count(Agent.id))):
                return None  # seeded before: the seeder is not even imported
            from crm.seed import seed_demo

            catalog = json.loads(catalog_path.read_text(encoding="utf-8"))
            report = seed_demo(session, catalog, now=now)
        log.info("seeded the demo store: %s", report.as_dict())
        return report

    async def home(self, login: str) -> HomeSnapshot:
        def work() -> HomeSnapshot:
            from crm.queries import home_snapshot

            assert self._sessions is not None, "open() the store first"
            with self._sessions() as session:
                return home_snapshot(session, login)

        return await self._run(work)

    async def demo_callers(self, limit: int = 12) -> list[Any]:
        def work() -> list[Any]:
            from crm.queries import demo_callers

            assert self._sessions is not None, "open() the store first"
            with self._sessions() as session:
                return list(demo_callers(session, limit))

        return await self._run(work)

    async def set_presence(
        self, login: str, state: str, reason: str | None, call: dict[str, Any] | None
    ) -> None:
        def work() -> None:
            from crm.presence import set_presence

            assert self._sessions is not None, "open() the store first"
            with self._sessions.begin() as session:
                set_presence(session, login, state, reason=reason, current_call=call)

        await self._run(work)

    def close(self) -> None:
        def dispose() -> None:
            if self._engine is not None:
                self._engine.dispose()

        self._executor.submit(dispose)
        self._executor.shutdown(wait=True, cancel_futures=True)
