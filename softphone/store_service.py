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
    from sqlalchemy import Connection, Engine

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
    offline: bool = False  # unreachable: the app starts from its local copy and syncs later


class StoreUnavailable(RuntimeError):
    """The store could not be reached or opened; the message says why, for people."""


@dataclass(frozen=True)
class SchemaMismatch:
    """A store this app may not use as it is, and may not migrate as the connected user."""

    location: str
    user: str  # who the app connected as
    revision: str | None  # the store's schema version (None: it has no schema yet)
    needed: str  # the version this app needs
    newer: bool  # the store was migrated by a newer app than this one


class StoreNeedsUpgrade(StoreUnavailable):
    """The store's schema is not the one this app needs, and the connected user is not its
    owner: only an administrator may migrate it (the app never tries as an agent)."""

    def __init__(self, mismatch: SchemaMismatch) -> None:
        self.mismatch = mismatch
        m = mismatch
        if m.newer:
            why = f"is at schema version {m.revision}, newer than this softphone ({m.needed})"
        else:
            why = f"is at schema version {m.revision or 'none'}; this softphone needs {m.needed}"
        super().__init__(f"PostgreSQL store at {m.location} {why}; {m.user} may not migrate it")


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
        offline_copy: Path | None = None,
        read_url: str = "",
    ) -> None:
        self._url = url
        self._read_url = read_url
        self._password = password
        self._username = username  # each agent connects as themselves
        self._timeout_s = timeout_s
        # The home page as last read, next to the local store (offline_copy is its path): a
        # central PostgreSQL store that is down when the app starts is then no reason to stop.
        self._home_file = offline_copy.with_suffix(".home.json") if offline_copy else None
        self._offline = False
        self._keeps_copy = False  # only a PostgreSQL store can be away; a SQLite file cannot
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._engine: Engine | None = None

    async def _run(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn)

    async def open(self, *, seed_catalog: Path | None = None, seed_now: Any = None) -> StoreInfo:
        return await self._run(lambda: self._open(seed_catalog, seed_now))

    def _open(self, seed_catalog: Path | None, seed_now: Any) -> StoreInfo:
        from sqlalchemy.exc import OperationalError, SQLAlchemyError

        from crm.db import make_engine, normalise_url

        url = normalise_url(self._url)
        if url.get_backend_name() == "postgresql" and not url.username and self._username:
            url = url.set(username=self._username)
        backend = "SQLite" if url.get_backend_name() == "sqlite" else "PostgreSQL"
        self._keeps_copy = backend == "PostgreSQL"
        location = (
            Path(url.database or "").name
            if backend == "SQLite"
            else f"{url.host}:{url.port or 5432}/{url.database}"
        )
        try:
            engine = make_engine(url, password=self._password, connect_timeout_s=self._timeout_s)
            migrated = self._migrate_if_allowed(engine, backend, location)
        except OperationalError as exc:
            if backend == "PostgreSQL" and self._saved_home() is not None:
                # Reached before: work from the local copy; the sync client connects when it can.
                log.warning("%s store at %s unreachable (%s): starting offline", backend,
                            location, exc.orig)  # fmt: skip
                self._engine, self._offline = engine, True
                return StoreInfo(backend, location, False, None, offline=True)
            raise StoreUnavailable(f"{backend} store at {location}: {exc.orig}") from exc
        except SQLAlchemyError as exc:
            raise StoreUnavailable(f"{backend} store at {location}: {exc}") from exc
        self._engine = engine
        seeded = self._seed_if_empty(seed_catalog, seed_now) if seed_catalog else None
        return StoreInfo(backend, location, migrated, seeded)

    @staticmethod
    def _migrate_if_allowed(engine: Engine, backend: str, location: str) -> bool:
        """Migrate the store if it needs it and the connected user owns its schema (True when
        it was migrated). An agent's login never migrates: a store behind (or ahead of) this
        app raises StoreNeedsUpgrade, which says so, and a version the login may not read
        (a store from before agents were granted it) is taken as current, with a warning."""
        from crm.migrate import check_schema, head_revision, is_known_revision, upgrade

        check = check_schema(engine)
        if check.up_to_date:
            return False
        if check.may_migrate:
            log.info("migrating the %s store at %s", backend, location)
            upgrade(engine)
            return True
        if not check.readable:
            log.warning("%s may not read the schema version of the store at %s; using it as "
                        "it is (its administrator should run `softphone db upgrade`)",
                        check.user, location)  # fmt: skip
            return False
        mismatch = SchemaMismatch(
            location,
            check.user,
            check.revision,
            head_revision(),
            newer=check.revision is not None and not is_known_revision(check.revision),
        )
        log.error("not migrating the store as %s: %s", check.user, mismatch)
        raise StoreNeedsUpgrade(mismatch)

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

    def read_engine(self) -> Engine | None:
        """An engine on the read replica (`store.read_url`), logged in like the primary's; None
        without one. Made lazily; connecting happens at the first read (on a worker thread)."""
        if not self._read_url or self._opened().dialect.name != "postgresql":
            return None
        from crm.db import make_engine, normalise_url

        url = normalise_url(self._read_url)
        if not url.username:
            url = url.set(username=self._opened().url.username)
        return make_engine(url, password=self._password, connect_timeout_s=self._timeout_s)

    def _opened(self) -> Engine:
        assert self._engine is not None, "open() the store first"
        return self._engine

    async def home(self, login: str) -> HomeSnapshot:
        """The home page's data: from the store (and kept locally), else as last read."""

        def work() -> HomeSnapshot:
            from sqlalchemy.exc import OperationalError, SQLAlchemyError

            from crm.queries import home_snapshot

            if not self._offline:
                try:
                    with self._opened().connect() as conn:
                        snapshot = home_snapshot(conn, login)
                except OperationalError as exc:
                    if self._saved_home(login) is None:
                        raise StoreUnavailable(f"the store went away: {exc.orig}") from exc
                    self._offline = True
                except SQLAlchemyError as exc:  # refused (a grant missing, ...): said, not fatal
                    raise StoreUnavailable(f"the store refused to answer: {exc}") from exc
                else:
                    self._save_home(login, snapshot)
                    return snapshot
            saved = self._saved_home(login)
            if saved is None:
                raise StoreUnavailable("the store is unreachable and no local copy exists")
            return saved

        return await self._run(work)

    def _saved_home(self, login: str | None = None) -> HomeSnapshot | None:
        """The home page as the store last gave it (None: never read, or unreadable)."""
        import json

        if self._home_file is None or not self._home_file.exists():
            return None
        try:
            saved = json.loads(self._home_file.read_text(encoding="utf-8"))
            if login is not None and saved.get("login") != login:
                return None
            return _snapshot_from_json(saved["home"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("the local copy of the home page %s is unreadable: %s", self._home_file,
                        exc)  # fmt: skip
            return None

    def _save_home(self, login: str, snapshot: HomeSnapshot) -> None:
        import dataclasses
        import json
        import os
        import tempfile

        if self._home_file is None or not self._keeps_copy:
            return
        text = json.dumps(
            {"login": login, "home": dataclasses.asdict(snapshot)},
            ensure_ascii=False,
            default=lambda value: value.isoformat(),  # the DTOs' only non-JSON type: datetime
        )
        try:
            self._home_file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self._home_file.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(tmp, self._home_file)
        except OSError as exc:  # the app works without it; only an offline start needs it
            log.warning("could not keep a local copy of the home page: %s", exc)

    async def transact(self, fn: Callable[[Connection], T]) -> T:
        """Run `fn` in one central transaction, committed before this returns (listen-in
        sessions and their audit rows: they must be in the store before any audio flows)."""

        def work() -> T:
            with self._opened().begin() as conn:
                return fn(conn)

        return await self._run(work)

    async def keep_demo_colleagues(self, login: str) -> int:
        """Stamp the demo's seeded colleagues as at their desks (crm.presence.beat_colleagues)."""

        def work() -> int:
            from sqlalchemy.exc import SQLAlchemyError

            from crm.presence import beat_colleagues

            try:
                with self._opened().begin() as conn:
                    return beat_colleagues(conn, login)
            except SQLAlchemyError as exc:  # the next beat tries again
                log.info("could not stamp the demo's colleagues: %s", exc)
                return 0

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


def _snapshot_from_json(data: dict[str, Any]) -> HomeSnapshot:
    """A HomeSnapshot from its saved JSON (dataclasses.asdict with ISO datetimes)."""
    from datetime import datetime

    from crm.dto import (
        AgentDTO,
        CallbackRowDTO,
        DispositionDTO,
        HomeSnapshot,
        StoreCounts,
        TicketRowDTO,
    )

    def when(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    agent = data.get("agent")
    return HomeSnapshot(
        agent=AgentDTO(**{**agent, "languages": tuple(agent["languages"])}) if agent else None,
        open_tickets=tuple(
            TicketRowDTO(**{**t, "updated_at": when(t["updated_at"])}) for t in data["open_tickets"]
        ),
        callbacks=tuple(
            CallbackRowDTO(
                **{
                    **c,
                    "booked_at": when(c["booked_at"]),
                    "window_start": when(c["window_start"]),
                    "window_end": when(c["window_end"]),
                }
            )
            for c in data["callbacks"]
        ),
        topic_names=dict(data["topic_names"]),
        counts=StoreCounts(**data["counts"]),
        dispositions=tuple(DispositionDTO(**d) for d in data.get("dispositions", ())),
        back_offices=dict(data.get("back_offices", {})),
    )
