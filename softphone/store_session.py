"""An opened ticket store and the services that live on it, made together and stopped together.

A StoreSession holds the store (softphone/store_service.py), its sync client
(softphone/sync_service.py), what the home snapshot said about the agent and the store (topics,
outcomes, back offices), and the services on them: canned answers, the caller card (CTI) with
the callback queue once the phone is wired, and the supervision services (announcements for
everyone; the wallboard and listening in for supervisors). When the settings name another store
the app opens a new session and retires the old one.

Threads: the Qt main thread, inside the qasync loop; store work runs on the store's and the sync
client's workers. Translated text keeps the AppController context it had in the catalogues.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from crm.booking_import.ingest import ingest_bookings
from crm.callback_dispatch import CallbackDispatcher
from crm.presence import HEARTBEAT_S
from softphone import passwords
from softphone.callback_service import CallbackService
from softphone.canned_service import CannedService
from softphone.cti import CtiService
from softphone.monitoring import ListenInGuard, ListenInService
from softphone.paths import resources_dir
from softphone.presenters import topic_label
from softphone.settings import UI_LANGUAGES
from softphone.store_service import SchemaMismatch, StoreInfo, StoreService, StoreUnavailable
from softphone.supervisor_service import AnnouncementService, WallboardService
from softphone.sync_service import SyncService, local_store_path
from ui.viewmodels import CallerPop, StoreState, StoreStatus

if TYPE_CHECKING:
    from crm.dto import HomeSnapshot
    from crm.sync import SyncStatus
    from softphone.app import AppController


@dataclass(frozen=True)
class AgentProfile:
    """Who the store says the agent is."""

    name: str = ""
    supervisor: bool = False
    languages: tuple[str, ...] = ()


async def open_store(app: AppController) -> tuple[StoreService, StoreInfo, HomeSnapshot]:
    """Open the store the settings name (migrating and seeding the demo's) and read the agent's
    home page; raises StoreUnavailable (softphone/store_service.py), the store closed again."""
    url = app.store_url
    password = None
    if not url.startswith("sqlite"):
        password = await asyncio.get_running_loop().run_in_executor(
            None, passwords.load, app.settings.store.keyring_user
        )
    store = StoreService(
        url,
        password=password,
        username=app.agent_login or None,
        timeout_s=app.settings.store.connect_timeout_s,
        offline_copy=local_store_path(app.paths.data_dir, url, app.agent_login),
        read_url=app.settings.store.read_url,
    )
    catalog = resources_dir() / "demo" / "catalog.json" if app.options.demo else None
    try:
        info = await store.open(seed_catalog=catalog)
        snapshot = await store.home(app.agent_login)
    except StoreUnavailable:
        store.close()
        raise
    return store, info, snapshot


async def open_sync(app: AppController, store: StoreService) -> SyncService:
    """The sync client on the agent's local cache of this store, opened on its own thread."""
    return await SyncService.open(
        store.engine,
        local_store_path(app.paths.data_dir, app.store_url, app.agent_login),
        agent_login=app.agent_login,
        read_engine=store.read_engine(),
    )


def schema_mismatch_text(mismatch: SchemaMismatch) -> tuple[str, str]:
    """The problem's title and text: what is wrong with the store, and who can fix it."""
    if mismatch.newer:
        text = QCoreApplication.translate(
            "AppController",
            "The ticket store at %1 was upgraded for a newer softphone (schema version %2; "
            "this softphone knows up to %3). Install the newer softphone. Calls can still "
            "be made and taken.",
        )
    else:
        text = QCoreApplication.translate(
            "AppController",
            "The ticket store at %1 needs an upgrade (schema version %2; this softphone "
            "needs %3). Only its administrator may upgrade it, with `softphone db "
            "upgrade`: the softphone does not change the store as %4. Calls can still be "
            "made and taken.",
        )
    text = (
        text.replace("%1", mismatch.location)
        .replace("%2", mismatch.revision or QCoreApplication.translate("AppController", "none"))
        .replace("%3", mismatch.needed)
        .replace("%4", mismatch.user)
    )
    return QCoreApplication.translate("AppController", "Ticket store needs an upgrade"), text


class StoreSession(QObject):
    """One opened store, its sync client, and the services on them."""

    def __init__(
        self,
        app: AppController,
        store: StoreService,
        info: StoreInfo,
        snapshot: HomeSnapshot,
        sync: SyncService,
        previous: StoreSession | None = None,
    ) -> None:
        super().__init__()  # no parent: a retired session goes with its last reference
        self._app = app
        self.store = store
        self.info = info
        self.topic_names = snapshot.topic_names
        if snapshot.agent is not None:
            agent = snapshot.agent
            self.agent = AgentProfile(
                agent.display_name, agent.role == "supervisor", agent.languages
            )
        else:  # the store does not know the agent: what the previous store said stands
            self.agent = previous.agent if previous is not None else AgentProfile()
        language = app.ui_language()
        self.outcomes = [
            (d.code, d.topic_code, d.names.get(language) or d.names.get("en") or d.code)
            for d in snapshot.dispositions
        ]
        self.back_offices = [
            (code, topic_label(snapshot.back_offices, code, language))  # same code -> names map
            for code in snapshot.back_offices
        ]
        self.sync = sync  # opened on its own thread (open_sync): no SQLite on the Qt thread
        self.canned: CannedService | None = None
        self.cti: CtiService | None = None
        self.callbacks: CallbackService | None = None
        self.listen_guard: ListenInGuard | None = None
        self.listen: ListenInService | None = None
        self.wallboard: WallboardService | None = None
        self.announcements: AnnouncementService | None = None
        self._closed = False

    # -- starting -------------------------------------------------------------------------------

    def start(self) -> None:
        """The sync client and the canned answers; the card and the callbacks follow once the
        phone is wired (start_cti), supervision once the home page shows."""
        window = self._app.window
        self.sync.status_changed.connect(self._on_sync_status)
        for title, text in self.sync.repair_notices():  # a local file was unreadable: say so
            window.show_problem(title, text)
        self._start_canned()
        self.sync.start()
        if self._app.options.demo:
            self._keep_demo_colleagues()

    def _keep_demo_colleagues(self) -> None:
        """The demo's colleagues have no desks to stamp their presence: stamp it for them now
        and every heartbeat, or the wallboard and the portal would see them all gone."""
        app = self._app

        async def stamp_them() -> None:
            await self.store.keep_demo_colleagues(app.agent_login)

        def stamp() -> None:
            if not self._closed:
                app.spawn(stamp_them())

        self._colleagues_timer = QTimer(self)
        self._colleagues_timer.setInterval(int(HEARTBEAT_S * 1000))
        self._colleagues_timer.timeout.connect(stamp)
        self._colleagues_timer.start()
        stamp()

    def _start_canned(self) -> None:
        app = self._app
        page = app.window.screen_pop.caller_page
        self.canned = CannedService(
            self.sync,
            app.window.canned_answers,
            app.note_fields,
            spawn=app.spawn,
            agent_name=self.agent.name,
            agent_languages=self.agent.languages,
            supervisor=self.agent.supervisor,
            topic_names=self.topic_names,
            ui_language=app.ui_language(),
            attached_ticket=lambda: page.attached_ticket,
            parent=app.window,
        )
        self.canned.watch(page.note)
        self.canned.reload()

    def start_cti(self) -> None:
        """The caller card on this store's data, and the callback queue (the phone is wired)."""
        app = self._app
        calls = app.phone.calls
        assert calls is not None
        if self.cti is not None:
            self.cti.deleteLater()  # its connections go with it
        self.cti = CtiService(
            calls,
            self.sync,
            app.window.screen_pop,
            spawn=app.spawn,
            topic_names=self.topic_names,
            language=app.ui_language(),
            outcomes=self.outcomes,
            back_offices=self.back_offices,
            search=app.window.search,
            parent=app.window,  # it drives the window's card: it goes when the window goes
        )
        self.cti.popped.connect(self._on_cti_popped)
        self.cti.cleared.connect(self._on_cti_cleared)
        self.cti.show_recovered()
        self._start_callbacks()

    def _start_callbacks(self) -> None:
        """The callback queue for this agent on this store."""
        app = self._app
        calls = app.phone.calls
        assert calls is not None and self.cti is not None
        if self.callbacks is not None:
            self.callbacks.stop()
            self.callbacks.deleteLater()
            self.callbacks = None
        if not app.agent_login or app.one_shot:
            return  # a screenshot or a benchmark probe shows the home page, not a callback
        settings = app.settings
        if not settings.take_callbacks and not self.agent.supervisor:
            return  # an agent on inbound calls only: no queue thread, the home page's list
        sync, engine, login = self.sync, self.store.engine, app.agent_login
        window = app.window

        def dispatcher(on_event: Callable[[object], None]) -> CallbackDispatcher:
            return CallbackDispatcher(
                engine,
                login,
                on_event=on_event,
                is_pending=sync.local.is_pending,
                ingest=lambda conn: ingest_bookings(
                    conn,
                    client_id=sync.local.client_id,
                    actor_login=login,
                    default_region=app.settings.default_region,
                ),
            )

        self.callbacks = CallbackService(
            dispatcher,
            calls,
            self.cti,
            sync,
            window.callback_queue,
            spawn=app.spawn,
            topic_names=self.topic_names,
            language=app.ui_language(),
            agent_name=self.agent.name,
            preview_seconds=settings.callback_preview_seconds,
            dial_format=app.phone.callback_dial_format,
            takes_requests=settings.take_callbacks,
            phone_ready=app.phone.ready,
            supervisor=self.agent.supervisor,
            show_tab=window.show_callback_tab,
            parent=window,
        )
        self.callbacks.start()

    def start_supervision(self) -> None:
        """Listen-in checks for everyone, announcements for everyone, and for supervisors the
        wallboard and listening in."""
        app = self._app
        window = app.window
        window.set_supervisor(self.agent.supervisor)
        if app.one_shot:
            return
        store, sync = self.store, self.sync
        telephony, calls = app.phone.telephony, app.phone.calls
        if telephony is not None and calls is not None and app.agent_login:
            self.listen_guard = ListenInGuard(
                telephony,
                calls,
                store,
                agent_login=app.agent_login,
                spawn=app.spawn,
                show_notice=app.settings.show_listen_in_notice,
                parent=window,
            )
            self.listen_guard.notice_changed.connect(window.show_monitoring)

        async def authors() -> dict[int, str]:
            from crm.presence import display_names

            return await store.transact(display_names)

        self.announcements = AnnouncementService(
            sync,
            window.announcements,
            spawn=app.spawn,
            languages=UI_LANGUAGES if self.agent.supervisor else self.agent.languages,
            authors=authors,
            parent=window,
        )
        self.announcements.start()
        if not self.agent.supervisor or telephony is None:
            return
        self.listen = ListenInService(
            telephony,
            store,
            supervisor_login=app.agent_login,
            spawn=app.spawn,
            via=app.settings.listen_in_via,
            parent=window,
        )
        self.wallboard = WallboardService(
            store,
            sync,
            app.wallboard_window_for_supervisor(),
            self.listen,
            spawn=app.spawn,
            topic_label=app.topic_label,
            parent=window,
        )

    # -- stopping -------------------------------------------------------------------------------

    async def stop_services(self) -> None:
        """The note being typed is kept as a draft; no service reads or claims any more. The
        sync client stays up (the calls that end as the phone stops still publish)."""
        if self.cti is not None:
            await self.cti.flush_draft()  # saved off the Qt thread
        self.stop_services_now()

    def stop_services_now(self) -> None:
        """stop_services without a loop to save the draft on: the note stays as last saved
        (the draft is saved a moment after each keystroke)."""
        if self.callbacks is not None:
            self.callbacks.stop()
        if self.canned is not None:
            self.canned.stop()
        for service in (self.wallboard, self.announcements):
            if service is not None:
                service.stop()

    def close(self) -> None:
        """The sync client and the store (once: the app's stop and a test's teardown both may)."""
        if self._closed:
            return
        self._closed = True
        self.sync.stop()
        self.store.close()

    async def retire(self) -> None:
        """Another store replaces this one: everything stops, and the services go with their
        connections to the window."""
        await self.stop_services()
        for service in (
            self.canned,
            self.cti,
            self.callbacks,
            self.listen_guard,
            self.listen,
            self.wallboard,
            self.announcements,
        ):
            if service is not None:
                service.deleteLater()
        self.close()

    # -- slots --------------------------------------------------------------------------------

    def _on_cti_popped(self, pop: CallerPop) -> None:
        if pop.incoming and len(pop.cards) == 1:  # the ringing window says who it is
            self._app.window.incoming.identify(pop.call_id, pop.cards[0].name)
        if self.canned is not None:
            self.canned.set_call(pop)

    def _on_cti_cleared(self) -> None:
        if self.canned is not None:
            self.canned.set_call(None)

    def _on_sync_status(self, status: SyncStatus) -> None:
        from crm.sync import SyncState

        info = self.info
        state = {
            SyncState.CONNECTED: StoreState.CONNECTED,
            SyncState.OFFLINE: StoreState.OFFLINE,
        }.get(status.state, StoreState.CONNECTING)
        self._app.window.status.set_store(
            StoreStatus(
                state,
                backend=info.backend,
                location=info.location,
                detail=status.error or "",
                pending_changes=status.pending,
                rejected_changes=status.rejected,
                rebuilt=status.resyncs > 0,
                unseen=status.unseen,
            )
        )
