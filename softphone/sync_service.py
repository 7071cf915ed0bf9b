"""The sync client on the Qt side: status and changes as signals, writes off the Qt thread.

`crm.sync.SyncClient` runs its own thread and knows no Qt. Its callbacks arrive on that thread;
they post the news to an inbox (softphone.thread_hop) and the signals are emitted on the Qt
thread (no Qt call is ever made from a worker thread). Writes go through a one-thread executor,
because even a local SQLite commit (synchronous=FULL) does not belong on the Qt thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from softphone.thread_hop import Inbox

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from crm.callers import CallerTicket
    from crm.local_store import LocalStore
    from crm.search import SearchResult
    from crm.sync import SyncClient, SyncStatus
    from crm.sync_reads import ReadResult

log = logging.getLogger(__name__)
T = TypeVar("T")


def local_store_path(data_dir: Path, store_url: str, login: str) -> Path:
    """One cache per central store and agent, so switching either never mixes their data."""
    digest = hashlib.sha256(f"{store_url}\0{login}".encode()).hexdigest()[:16]
    return data_dir / f"local-{digest}.sqlite3"


class SyncService(QObject):
    status_changed = Signal(object)  # crm.sync.SyncStatus
    data_changed = Signal(object)  # set of table names whose cached rows changed

    def __init__(self, *, agent_login: str, parent: QObject | None = None) -> None:
        """Not ready before `open()` has opened its local store: construct it with that."""
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox")
        # Reads wait for the central store (up to its timeout); writes must never queue behind.
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-read")
        self.local: LocalStore
        self.client: SyncClient
        self._stopped = False
        self.agent_login = agent_login
        # The worker threads never touch Qt: their news reaches the Qt thread through an inbox.
        self._inbox = Inbox(self._deliver, self)

    @classmethod
    async def open(
        cls,
        engine: Engine,
        local_path: Path,
        *,
        agent_login: str,
        read_engine: Engine | None = None,
        parent: QObject | None = None,
    ) -> SyncService:
        """The service on the local store at `local_path`, which is opened (checked, repaired
        if need be, counted) on the writer's thread: SQLite does not run on the Qt thread."""
        service = cls(agent_login=agent_login, parent=parent)
        try:
            await asyncio.get_running_loop().run_in_executor(
                service._executor, service._open, engine, local_path, read_engine
            )
        except BaseException:  # the local store could not open: no threads left behind
            service._executor.shutdown(wait=False)
            service._reader.shutdown(wait=False)
            service._inbox.close()
            raise
        return service

    def _open(self, engine: Engine, local_path: Path, read_engine: Engine | None) -> None:
        from crm.local_store import LocalStore
        from crm.sync import SyncClient

        self.local = LocalStore(local_path)
        self.client = SyncClient(
            engine,
            self.local,
            agent_login=self.agent_login,
            read_engine=read_engine,
            on_status=self._status_from_thread,
            on_changes=self._changes_from_thread,
        )

    @property
    def status(self) -> SyncStatus:
        return self.client.status

    def repair_notices(self) -> list[tuple[str, str]]:
        """(title, text) for each local file that could not be read at start and was replaced:
        what the agent is told (the log has the details)."""
        notices = []
        for repair in self.local.repairs:
            if repair.part == "cache":
                title = self.tr("The local copy was rebuilt")
                text = self.tr(
                    "The local copy of the ticket store could not be read (%1). It was set aside "
                    "as %2 and is being rebuilt from the ticket store. Nothing you wrote was in it."
                )
            else:
                title = self.tr("Waiting changes were recovered")
                text = self.tr(
                    "The file of changes waiting to be sent could not be read (%1). It was set "
                    "aside as %2; what could be read was kept: %3 and %4."
                )
                text = text.replace(
                    "%3", self.tr("%n waiting change(s)", "", repair.outbox_kept)
                ).replace("%4", self.tr("%n unsaved note(s)", "", repair.drafts_kept))
                if not repair.complete:
                    text += " " + self.tr(
                        "Some of it could not be read: keep the file set aside for support."
                    )
            notices.append(
                (title, text.replace("%1", repair.problem).replace("%2", repair.moved_to.name))
            )
        return notices

    # Called on the sync client's threads (and the executors').
    def _status_from_thread(self, status: SyncStatus) -> None:
        self._post("status", status)

    def _changes_from_thread(self, tables: set[str]) -> None:
        self._post("changes", tables)

    def _post(self, kind: str, value: Any) -> None:
        self._inbox.post((kind, value))  # dropped once the inbox is closed (stop)

    def _deliver(self, news: tuple[str, Any]) -> None:  # the Qt thread
        kind, value = news
        if kind == "status":
            self.status_changed.emit(value)
        else:
            self.data_changed.emit(value)

    def start(self) -> None:
        self.client.start()

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.client.stop()
        self._reader.shutdown(wait=True)
        # Closing saves the feed position, a write to the local file: not on the Qt thread,
        # but on the writer's, after the writes queued there (the sync client has stopped).
        self._executor.submit(self.local.close)
        self._executor.shutdown(wait=True)
        self._inbox.close()

    async def write(self, kind: str, payload: dict[str, Any], key: str | None = None) -> str:
        """Durably queue a write (returns once it is on disk locally, not centrally)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self.client.write, kind, payload, key)

    async def publish_presence(
        self, state: str, reason: str | None, call: dict[str, Any] | None
    ) -> None:
        await self.write(
            "presence.set",
            {
                "login": self.agent_login,
                "state": state,
                "reason": reason,
                "current_call": call or {},
                "since": datetime.now(UTC).isoformat(),
            },
        )

    async def save_draft(self, key: str, body: str, context: dict[str, Any]) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self.local.save_draft, key, body, context)

    async def drop_draft(self, key: str) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self.local.drop_draft, key)

    async def read_contact(self, uid: str) -> ReadResult:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._reader, self.client.read_contact, uid)

    async def search(self, query: str, e164: str | None) -> SearchResult:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._reader, self.client.search, query, e164)

    async def read_ticket(self, uid: str) -> CallerTicket | None:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._reader, self.client.read_ticket, uid)

    async def read_caller(self, e164: str) -> ReadResult:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._reader, self.client.read_caller, e164)

    async def push_now(self, within_s: float) -> int:
        """Push what waits now, waiting at most `within_s` for the outbox to empty; returns how
        many writes still wait (they stay in the outbox file, for the next start)."""
        drained = asyncio.get_running_loop().create_future()

        def on_status(status: object) -> None:
            if getattr(status, "pending", 1) == 0 and not drained.done():
                drained.set_result(None)

        self.status_changed.connect(on_status)
        try:
            if await self.run_local(lambda local: local.pending_count()) == 0:
                return 0
            self.client.wake()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(drained, within_s)
        finally:
            self.status_changed.disconnect(on_status)
        return int(await self.run_local(lambda local: local.pending_count()))

    async def run_local(self, fn: Callable[[LocalStore], T]) -> T:
        """Run `fn` on the local store, on the writer's thread (a small state change)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, self.local)

    async def cached_rows(self, table: str) -> list[dict[str, Any]]:
        """The rows of a table the local cache holds (canned answers, scripts...)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._executor, lambda: [row.data for row in self.local.rows(table)]
        )

    async def service_hours(self) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._reader, self.client.read_service_hours)
