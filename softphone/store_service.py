"""Store work off the Qt thread.

One worker thread owns the engine and runs each unit of work on its own connection; callers
on the qasync loop await the results. crm (and so SQLAlchemy) is imported on the worker the
first time it is needed, which keeps it off the start-up path of the first frame. The work is
SQLAlchemy Core: the ORM and the mapped classes are loaded only to seed an empty store.
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

    from crm.dto import DemoCallerDTO, HomeSnapshot
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


def store_url_user(url: str) -> str:
    """The user name in a store URL ("" when none, or when the URL does not parse)."""
    from urllib.parse import urlsplit

    try:
        return urlsplit(url).username or ""
    except ValueError:
        return ""


class StoreService:
    def __init__(
        self,
        url: str,
        *,
        password: str | None = None,
        username: str | None = None,
        timeout_s: float = 3.0,
    ) -> None:
        self._url = url
        self._password = password
        self._username = username  # each agent connects as themselves
        self._timeout_s = timeout_s
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._engine: Engine | None = None

    async def _run(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn)

    async def open(self, *, seed_catalog: Path | None = None, seed_now: Any = None) -> StoreInfo:
        return await self._run(lambda: self._open(seed_catalog, seed_now))

    def _open(self, seed_catalog: Path | None, seed_now: Any) -> StoreInfo:
        from sqlalchemy.exc import OperationalError, SQLAlchemyError

        from crm.db import make_engine, normalise_url
        from crm.migrate import is_up_to_date, upgrade

        url = normalise_url(self._url)
        if url.get_backend_name() == "postgresql" and not url.username and self._username:
            url = url.set(username=self._username)
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
        seeded = self._seed_if_empty(seed_catalog, seed_now) if seed_catalog else None
        return StoreInfo(backend, location, migrated, seeded)

    def _seed_if_empty(self, catalog_path: Path, now: Any) -> SeedReport | None:
        import json

        from sqlalchemy import func, select

        from crm.schema import agents

        engine = self._opened()
        with engine.connect() as conn:
            if conn.scalar(select(func.count(agents.c.id))):
                return None  # seeded before: neither the seeder nor the ORM is even imported
        from crm.db import session_factory
        from crm.seed import seed_demo

        catalog = json.loads(catalog_path.read_text(encoding="utf-8"))
        with session_factory(engine).begin() as session:
            report = seed_demo(session, catalog, now=now)
        log.info("seeded the demo store: %s", report.as_dict())
        return report

    @property
    def engine(self) -> Engine:
        """The open store's engine (thread-safe; the sync client uses its own connections)."""
        return self._opened()

    def listen_conninfo(self) -> str | None:
        """A libpq connection string for LISTEN on PostgreSQL, None on SQLite."""
        from crm.db import libpq_conninfo

        return libpq_conninfo(self._opened().url)

    def _opened(self) -> Engine:
        assert self._engine is not None, "open() the store first"
        return self._engine

    async def home(self, login: str) -> HomeSnapshot:
        def work() -> HomeSnapshot:
            from crm.queries import home_snapshot

            with self._opened().connect() as conn:
                return home_snapshot(conn, login)

        return await self._run(work)

    async def demo_callers(self, limit: int = 12) -> list[DemoCallerDTO]:
        def work() -> list[DemoCallerDTO]:
            from crm.queries import demo_callers

            with self._opened().connect() as conn:
                return demo_callers(conn, limit)

        return await self._run(work)

    def close(self) -> None:
        def dispose() -> None:
            if self._engine is not None:
                self._engine.dispose()

        self._executor.submit(dispose)
        self._executor.shutdown(wait=True, cancel_futures=True)
