"""The wallboard and the announcements, on the Qt thread.

`WallboardService` reads the floor's figures from the central store (crm.wallboard) whenever
the change feed brings news, and at least every few seconds for what the feed does not carry;
between reads it moves the clocks on itself, once a second. `AnnouncementService` shows the
unexpired announcements for the agent's languages from the local cache (so offline too), keeps
which were read, and queues reads and broadcasts through the outbox.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer

from softphone.monitoring import ListenInService
from softphone.store_service import StoreService
from softphone.sync_service import SyncService
from ui.announcements import (
    AnnouncementBar,
    AnnouncementComposer,
    AnnouncementItem,
    AnnouncementList,
)
from ui.formatting import local_datetime
from ui.wallboard import BoardAgent, BoardView, WallboardWindow

log = logging.getLogger(__name__)

Spawn = Callable[[Coroutine[Any, Any, None]], Any]
REFRESH_MS = 250  # feed news comes in bursts: read once per burst
POLL_MS = 10_000  # what the feed does not carry (other agents' calls, the queue's clock)
READ_STATE = "announcements.read"


def board_view(
    board: Any, now: datetime, topic_label: Callable[[str], str], stale: bool
) -> BoardView:
    """The store's wallboard (crm.wallboard.Wallboard) as the window shows it at `now`."""
    agents = []
    for agent in board.agents:
        # A desk that stopped stamping its presence: its last state (and call) is history.
        lost = not agent.responding
        call = agent.current_call if agent.state == "on_call" and not lost else {}
        started = _parse(call.get("started"))
        since = agent.heartbeat_at if lost else agent.since
        agents.append(
            BoardAgent(
                login=agent.login,
                name=agent.name,
                state="not_responding" if lost else agent.state,
                reason=agent.reason or "",
                seconds_in_state=None
                if since is None
                else max(0, int((now - since).total_seconds())),
                caller=str(call.get("caller") or call.get("number") or ""),
                call_seconds=None
                if started is None
                else max(0, int((now - started).total_seconds())),
                topic=str(call.get("topic") or topic_label(str(call.get("topic_code") or ""))),
                languages=agent.languages,
            )
        )
    oldest = board.oldest_due_at
    return BoardView(
        agents=tuple(agents),
        due_by_language=dict(board.due_by_language),
        oldest_wait_s=None if oldest is None else max(0, int((now - oldest).total_seconds())),
        sla_percent=board.sla_percent,
        sla_total=board.sla_total,
        handled=board.handled_today,
        abandoned=board.abandoned_today,
        updated=local_datetime(board.read_at),
        stale=stale,
    )


def _parse(value: object) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class WallboardService(QObject):
    def __init__(
        self,
        store: StoreService,
        sync: SyncService,
        window: WallboardWindow,
        listen: ListenInService,
        *,
        spawn: Spawn,
        topic_label: Callable[[str], str],
        time_zone: str = "Europe/Rome",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._sync, self.window, self.listen = store, sync, window, listen
        self._spawn = spawn
        self._topic_label = topic_label
        self._time_zone = time_zone
        self._board: Any = None
        self._stale = False
        self._reading = False
        self._again = False
        self.reads = 0
        self._soon = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._soon.timeout.connect(self.refresh)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show)
        sync.data_changed.connect(self._on_sync_data_changed)
        window.listen_requested.connect(listen.start)
        window.mode_requested.connect(listen.switch)
        window.stop_requested.connect(listen.stop)
        listen.changed.connect(window.set_listening)
        listen.problem.connect(window.show_problem)

    def open(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self._poll.start()
        self._tick.start()
        self.refresh()

    def stop(self) -> None:
        self._poll.stop()
        self._tick.stop()
        self._soon.stop()

    def _on_sync_data_changed(self, tables: set[str]) -> None:
        if self.window.isVisible():
            self._soon.start()

    def refresh(self) -> None:
        if self._reading:
            self._again = True
            return
        self._reading = True
        self._spawn(self._read())

    async def _read(self) -> None:
        from crm import wallboard

        try:
            self._board = await self._store.transact(
                lambda conn: wallboard.read(conn, time_zone=self._time_zone)
            )
            self._stale = False
            self.reads += 1
        except Exception as exc:  # the store is away: keep the last figures, say they are old
            log.warning("wallboard not read: %s", exc)
            self._stale = True
        finally:
            self._reading = False
        self._show()
        if self._again:
            self._again = False
            self.refresh()

    def _show(self) -> None:
        if self._board is None:
            return
        self.window.set_board(
            board_view(self._board, datetime.now(UTC), self._topic_label, self._stale)
        )


class AnnouncementService(QObject):
    def __init__(
        self,
        sync: SyncService,
        bar: AnnouncementBar,
        *,
        spawn: Spawn,
        languages: tuple[str, ...],
        authors: Callable[[], Coroutine[Any, Any, dict[int, str]]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync, self.bar, self._spawn = sync, bar, spawn
        self._languages = languages
        self._authors_source = authors
        self._authors: dict[int, str] = {}
        self._read: set[int] = set()
        self._items: tuple[AnnouncementItem, ...] = ()
        self.list_dialog: AnnouncementList | None = None
        self._expiry = QTimer(self, interval=60_000)
        self._expiry.timeout.connect(self.reload)
        sync.data_changed.connect(self._on_sync_data_changed)
        bar.mark_read.connect(self.mark_read)
        bar.show_all.connect(self.show_all)

    def start(self) -> None:
        self._expiry.start()
        self._spawn(self._start())

    async def _start(self) -> None:
        # Which were read is kept in the local store: read off the Qt thread, before the list.
        raw = await self._sync.run_local(lambda local: local.get_state(READ_STATE))
        try:
            stored = {int(i) for i in json.loads(raw)} if raw else set()
        except (ValueError, TypeError):
            stored = set()
        self._read |= stored  # with any the agent marked while it was being read
        await self._load_authors()

    def stop(self) -> None:
        self._expiry.stop()

    async def _load_authors(self) -> None:
        if self._authors_source is not None:
            try:
                self._authors = await self._authors_source()
            except Exception as exc:  # names are a nicety; the messages show without them
                log.info("announcement authors not read: %s", exc)
        await self._reload()

    def _on_sync_data_changed(self, tables: set[str]) -> None:
        if "announcements" in tables:
            self.reload()

    def reload(self) -> None:
        self._spawn(self._reload())

    async def _reload(self) -> None:
        from crm import announcements

        rows = await self._sync.cached_rows("announcements")
        current = announcements.visible(rows, self._languages, authors=self._authors)
        self._items = tuple(
            AnnouncementItem(
                id=a.id,
                author=a.author,
                language=a.language or "",
                body=a.body,
                at=local_datetime(a.created_at),
                read=a.id in self._read,
            )
            for a in current
        )
        self.bar.set_items(self._items)
        if self.list_dialog is not None:
            self.list_dialog.set_items(self._items)

    def mark_read(self, announcement_id: int) -> None:
        self._read.add(announcement_id)
        self._spawn(self._mark_read(announcement_id))

    async def _mark_read(self, announcement_id: int) -> None:
        await self._sync.write(
            "announcement.read",
            {"announcement_id": announcement_id, "read_at": datetime.now(UTC).isoformat()},
            f"read:{self._sync.agent_login}:{announcement_id}",
        )
        ids = json.dumps(sorted(self._read))
        await self._sync.run_local(lambda local: local.set_state(READ_STATE, ids))
        await self._reload()

    def show_all(self) -> None:
        if self.list_dialog is None:
            self.list_dialog = AnnouncementList(self._items, self.bar.window())
            self.list_dialog.mark_read.connect(self.mark_read)
        self.list_dialog.set_items(self._items)
        self.list_dialog.show()
        self.list_dialog.raise_()

    def compose(self, languages: tuple[str, ...]) -> AnnouncementComposer:
        """The supervisor's compose dialog; its accepted text is broadcast."""
        dialog = AnnouncementComposer(languages, datetime.now(), self.bar.window())
        dialog.accepted.connect(lambda: self.broadcast(dialog.payload()))
        dialog.open()
        return dialog

    def broadcast(self, payload: dict[str, Any]) -> None:
        self._spawn(self._broadcast(payload))

    async def _broadcast(self, payload: dict[str, Any]) -> None:
        from crm import announcements

        announcements.check(payload)  # the dialog checked it too: this cannot reach the store bad
        await self._sync.write("announcement.post", payload)
