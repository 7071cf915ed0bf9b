"""The application: builds the window, wires it to the services, runs the qasync loop.

Threads: everything here runs on the Qt main thread, inside the qasync event loop. Store work
goes to StoreService's worker and comes back as awaited results; nothing here blocks.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Coroutine
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import qasync
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QTabWidget

from crm.callback_dispatch import CallbackDispatcher
from crm.callback_import import ingest_bookings
from sip.events import EngineCrashed
from softphone import APP_DISPLAY_NAME, APP_NAME, __version__, passwords
from softphone.call_record import FinishedCall
from softphone.callback_service import CallbackService
from softphone.calls import CallCenter
from softphone.canned_service import CannedService
from softphone.cti import CtiService
from softphone.managed_settings import ManagedSettings, save_user_settings
from softphone.monitoring import ListenInGuard, ListenInService
from softphone.paths import AppPaths, icon_file, resources_dir
from softphone.presenters import home_view, topic_label
from softphone.settings import UI_LANGUAGES, Settings, SettingsError
from softphone.single_instance import InstanceServer, send_to_running
from softphone.store_service import (
    SchemaMismatch,
    StoreInfo,
    StoreNeedsUpgrade,
    StoreService,
    StoreUnavailable,
    store_url_user,
)
from softphone.supervisor_service import AnnouncementService, WallboardService
from softphone.sync_service import SyncService, local_store_path
from softphone.telephony import Telephony, demo_caller_payload
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.text_insert import NoteFields
from ui.theme import apply_appearance
from ui.tray import Tray
from ui.viewmodels import (
    AccountForm,
    CallView,
    RegistrationState,
    RegistrationStatus,
    SettingsForm,
    StoreState,
    StoreStatus,
)
from ui.wallboard import WallboardWindow

if TYPE_CHECKING:
    from crm.sync import SyncStatus

log = logging.getLogger(__name__)

DEMO_AGENT_LOGIN = "giulia.rossi"
SCREENSHOT_SIZE = (1440, 860)


@dataclass(frozen=True)
class AppOptions:
    store_url: str | None = None  # --store: overrides the settings for this run
    demo: bool = False
    screenshot: Path | None = None
    bench_probe: bool = False
    bench_t0_ns: int | None = None  # CLOCK_MONOTONIC at the parent's spawn, for the probe
    sign_in: bool = False  # start on the sign-in window (softphone.desk): outside the demo
    demo_caller: bool = True  # in demo mode: start the demo caller (tests drive their own)
    dial: str | None = None  # `softphone dial X` with no instance running: dial once ready


def embedded_store_url(paths: AppPaths) -> str:
    return f"sqlite:///{paths.embedded_store}"


class AppController(QObject):
    home_shown = Signal()  # the store's data is on screen
    store_failed = Signal(str)  # the store could not be opened; the reason, for people

    def __init__(
        self,
        app: QApplication,
        options: AppOptions,
        paths: AppPaths,
        settings: Settings,
        settings_problem: str | None = None,
        managed: ManagedSettings | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.options = options
        self.paths = paths
        self.settings = settings
        self._settings_problem = settings_problem
        self.managed = managed or ManagedSettings()
        self._done = asyncio.Event()
        self._exit_code = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._first_frame_ms: float | None = None
        self._registered_ms: float | None = None
        self.store: StoreService | None = None
        self.sync: SyncService | None = None
        self.cti: CtiService | None = None
        self.callbacks: CallbackService | None = None
        self.canned: CannedService | None = None
        self.listen_guard: ListenInGuard | None = None
        self.listen: ListenInService | None = None
        self.wallboard: WallboardService | None = None
        self.wallboard_window: WallboardWindow | None = None
        self.announcements: AnnouncementService | None = None
        self._agent_name = ""
        self._supervisor = False
        self._agent_languages: tuple[str, ...] = ()
        self.telephony: Telephony | None = None
        self.calls: CallCenter | None = None
        self.instance: InstanceServer | None = None
        self.tray: Tray | None = None
        self._missed_unseen = 0
        self._pending_dial = options.dial
        self._topic_names: dict[str, dict[str, str]] = {}
        self._store_info: StoreInfo | None = None
        self._outcomes: list[tuple[str, str | None, str]] = []
        self._back_offices: list[tuple[str, str]] = []
        self.keyring_secure = True
        self.keyring_backend = ""

        self.window = MainWindow()
        self.window.set_version(__version__)
        self.window.settings_requested.connect(self._on_window_settings_requested)
        self.window.quit_requested.connect(self.quit)
        self.window.first_painted.connect(self._on_window_first_painted)
        self.window.wallboard_requested.connect(self._on_window_wallboard_requested)
        self.window.announce_requested.connect(self._on_window_announce_requested)
        app.lastWindowClosed.connect(self.quit)
        self.note_fields = NoteFields(self)

    # -- life cycle -------------------------------------------------------------------------

    @property
    def agent_login(self) -> str:
        if self.settings.agent_login:
            return self.settings.agent_login
        url_user = store_url_user(self.store_url)
        if url_user:
            return url_user  # postgresql://giulia.rossi@db.example.org/tickets
        return DEMO_AGENT_LOGIN if self.options.demo else ""

    @property
    def one_shot(self) -> bool:
        """A screenshot or a benchmark probe: no instance socket, tray or demo caller."""
        return bool(self.options.screenshot or self.options.bench_probe)

    @property
    def store_url(self) -> str:
        return self.options.store_url or self.settings.store.url or embedded_store_url(self.paths)

    async def run(self) -> int:
        if not self.one_shot:
            self.instance = InstanceServer(self.paths)
            if not self.instance.listen():
                # Another softphone runs for this user: hand it our request and leave.
                request = {"dial": self.options.dial} if self.options.dial else {}
                send_to_running(self.paths, request)
                log.info("another instance is running; handed over %s", request)
                return 0
            self.instance.dial_requested.connect(self._on_instance_dial_requested)
            self.instance.raise_requested.connect(self._on_instance_raise_requested)
            self.instance.action_requested.connect(self._on_window_shortcut_triggered)
        if self.one_shot:
            self.window.resize(*SCREENSHOT_SIZE)
        else:
            self.window.resize(1280, 800)
        self.window.show()
        if self._settings_problem:
            self.window.show_problem(
                self.tr("Settings could not be read"),
                self.tr("The app started with default settings.\n%1").replace(
                    "%1", self._settings_problem
                ),
            )
        if self.managed.problem:
            self.window.show_problem(
                self.tr("Your administrator's settings could not be read"),
                self.tr(
                    "The settings your IT department provides for this computer cannot be "
                    "used, so the app runs on your own settings and nothing is locked. Tell "
                    "your IT support.\n%1"
                ).replace("%1", self.managed.problem),
            )
            self.window.status.showMessage(
                self.tr("Administrator's settings unreadable: %1").replace(
                    "%1", self.managed.problem
                )
            )
        self.spawn(self._check_keyring())
        self._prestart_telephony()
        self.spawn(self._open_store())
        await self._done.wait()
        if self.instance is not None:
            self.instance.close()
        if self.cti is not None:
            await self.cti.flush_draft()
        if self.callbacks is not None:
            self.callbacks.stop()
        if self.canned is not None:
            self.canned.stop()
        self._stop_supervision()
        if self.telephony is not None:
            await self.telephony.stop()
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        if self.store is not None:
            self.store.close()
        return self._exit_code

    def shutdown_now(self) -> None:
        """Stop the SIP engine and the sync client at once (a test that failed mid-run)."""
        if self.callbacks is not None:
            self.callbacks.stop()
        if self.canned is not None:
            self.canned.stop()
        self._stop_supervision()
        if self.telephony is not None:
            self.telephony.shutdown_now()
            self.telephony.close()
        if self.sync is not None:
            self.sync.stop()
            self.sync = None

    def quit(self, exit_code: int = 0) -> None:
        self._exit_code = self._exit_code or exit_code
        self._done.set()

    def spawn(self, coroutine: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run a coroutine on the loop, keep it referenced, and log (never swallow) its failure."""
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _on_task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background task failed", exc_info=task.exception())
            if self.one_shot:
                self.quit(1)

    # -- store --------------------------------------------------------------------------------

    async def _open_store(self) -> None:
        """Open the store and show its data; whatever the store does (away, refusing, not
        migrated, failing half-way), the phone is started."""
        try:
            await self._open_store_and_show()
        finally:
            # The engine was prestarted; what a failed store leaves undone is wiring the phone.
            if self.calls is None and not self.one_shot:
                await self._start_telephony(self.store)  # no store is no reason for no phone

    async def _open_store_and_show(self) -> None:
        url = self.store_url
        self.window.status.set_store(StoreStatus(StoreState.CONNECTING))
        password = None
        if not url.startswith("sqlite"):
            password = await asyncio.get_running_loop().run_in_executor(
                None, passwords.load, self.settings.store.keyring_user
            )
        store = StoreService(
            url,
            password=password,
            username=self.agent_login or None,
            timeout_s=self.settings.store.connect_timeout_s,
            offline_copy=local_store_path(self.paths.data_dir, url, self.agent_login),
            read_url=self.settings.store.read_url,
        )
        catalog = resources_dir() / "demo" / "catalog.json" if self.options.demo else None
        try:
            info = await store.open(seed_catalog=catalog)
            snapshot = await store.home(self.agent_login)
        except StoreUnavailable as exc:
            store.close()
            log.error("store unavailable: %s", exc)
            if isinstance(exc, StoreNeedsUpgrade):
                self.window.status.set_store(StoreStatus(StoreState.NEEDS_UPGRADE, detail=str(exc)))
                self.window.show_problem(*self._schema_mismatch_text(exc.mismatch))
            else:
                self.window.status.set_store(StoreStatus(StoreState.UNREACHABLE, detail=str(exc)))
                self.window.show_problem(self.tr("Ticket store unreachable"), str(exc))
            self.store_failed.emit(str(exc))
            if self.one_shot:
                self.quit(1)
            return
        if self.sync is not None:
            self.sync.stop()
        if self.store is not None:
            self.store.close()
        self.store = store
        self._store_info = info
        self._topic_names = snapshot.topic_names
        if snapshot.agent is not None:
            self._agent_name = snapshot.agent.display_name
            self._supervisor = snapshot.agent.role == "supervisor"
            self._agent_languages = snapshot.agent.languages
        language = self._ui_language()
        self._outcomes = [
            (d.code, d.topic_code, d.names.get(language) or d.names.get("en") or d.code)
            for d in snapshot.dispositions
        ]
        self._back_offices = [
            (code, topic_label(snapshot.back_offices, code, language))  # same code -> names map
            for code in snapshot.back_offices
        ]
        self.window.status.set_store(
            StoreStatus(
                StoreState.OFFLINE if info.offline else StoreState.CONNECTED,
                backend=info.backend,
                location=info.location,
            )
        )
        self.sync = await SyncService.open(
            store.engine,
            local_store_path(self.paths.data_dir, url, self.agent_login),
            agent_login=self.agent_login,
            read_engine=store.read_engine(),
        )
        self.sync.status_changed.connect(self._on_sync_status)
        for title, text in self.sync.repair_notices():  # a local file was unreadable: say so
            self.window.show_problem(title, text)
        self._start_canned()
        self.sync.start()
        if self.calls is not None:
            self._start_cti()  # the store changed: the card reads from the new one
        self.window.show_home(home_view(snapshot, self._ui_language()))
        if self.calls is None:
            await self._start_telephony(store)
            _settle_heap()
        self._start_supervision()
        self.home_shown.emit()
        self._on_home_shown()

    def _schema_mismatch_text(self, mismatch: SchemaMismatch) -> tuple[str, str]:
        """The problem's title and text: what is wrong with the store, and who can fix it."""
        if mismatch.newer:
            text = self.tr(
                "The ticket store at %1 was upgraded for a newer softphone (schema version %2; "
                "this softphone knows up to %3). Install the newer softphone. Calls can still "
                "be made and taken."
            )
        else:
            text = self.tr(
                "The ticket store at %1 needs an upgrade (schema version %2; this softphone "
                "needs %3). Only its administrator may upgrade it, with `softphone db "
                "upgrade`: the softphone does not change the store as %4. Calls can still be "
                "made and taken."
            )
        text = (
            text.replace("%1", mismatch.location)
            .replace("%2", mismatch.revision or self.tr("none"))
            .replace("%3", mismatch.needed)
            .replace("%4", mismatch.user)
        )
        return self.tr("Ticket store needs an upgrade"), text

    def _start_cti(self) -> None:
        assert self.calls is not None and self.sync is not None
        if self.cti is not None:
            self.cti.deleteLater()  # its connections go with it
        self.cti = CtiService(
            self.calls,
            self.sync,
            self.window.screen_pop,
            spawn=self.spawn,
            topic_names=self._topic_names,
            language=self._ui_language(),
            outcomes=self._outcomes,
            back_offices=self._back_offices,
            search=self.window.search,
            parent=self.window,  # it drives the window's card: it goes when the window goes
        )
        self.cti.popped.connect(self._on_cti_popped)
        self.cti.cleared.connect(self._on_cti_cleared)
        self.cti.show_recovered()
        self._start_callbacks()

    def _start_canned(self) -> None:
        """The canned-answer panel on this store (a new service when the store changes)."""
        assert self.sync is not None
        if self.canned is not None:
            self.canned.stop()
            self.canned.deleteLater()  # its connections and its shortcut expander go with it
        page = self.window.screen_pop.caller_page
        self.canned = CannedService(
            self.sync,
            self.window.canned_answers,
            self.note_fields,
            spawn=self.spawn,
            agent_name=self._agent_name,
            agent_languages=self._agent_languages,
            supervisor=self._supervisor,
            topic_names=self._topic_names,
            ui_language=self._ui_language(),
            attached_ticket=lambda: page.attached_ticket,
            parent=self.window,
        )
        self.canned.watch(page.note)
        self.canned.reload()

    def _start_supervision(self) -> None:
        """Listen-in checks for everyone, announcements for everyone, and for supervisors the
        wallboard and listening in (a new set when the store changes)."""
        assert self.store is not None and self.sync is not None
        self._stop_supervision()
        for old in (self.listen_guard, self.listen, self.wallboard, self.announcements):
            if old is not None:
                old.deleteLater()
        self.listen_guard = self.listen = self.wallboard = self.announcements = None
        self.window.set_supervisor(self._supervisor)
        if self.one_shot:
            return
        store, sync = self.store, self.sync
        if self.telephony is not None and self.calls is not None and self.agent_login:
            self.listen_guard = ListenInGuard(
                self.telephony,
                self.calls,
                store,
                agent_login=self.agent_login,
                spawn=self.spawn,
                show_notice=self.settings.show_listen_in_notice,
                parent=self.window,
            )
            self.listen_guard.notice_changed.connect(self.window.show_monitoring)

        async def authors() -> dict[int, str]:
            from crm.presence import display_names

            return await store.transact(display_names)

        self.announcements = AnnouncementService(
            sync,
            self.window.announcements,
            spawn=self.spawn,
            languages=UI_LANGUAGES if self._supervisor else self._agent_languages,
            authors=authors,
            parent=self.window,
        )
        self.announcements.start()
        if not self._supervisor or self.telephony is None:
            return
        self.listen = ListenInService(
            self.telephony,
            store,
            supervisor_login=self.agent_login,
            spawn=self.spawn,
            via=self.settings.listen_in_via,
            parent=self.window,
        )
        if self.wallboard_window is None:
            self.wallboard_window = WallboardWindow()
            self.window.companions.append(self.wallboard_window)
            self.wallboard_window.announce_requested.connect(self._on_window_announce_requested)
        self.wallboard = WallboardService(
            store,
            sync,
            self.wallboard_window,
            self.listen,
            spawn=self.spawn,
            topic_label=self._topic_label,
            parent=self.window,
        )

    def _stop_supervision(self) -> None:
        for service in (self.wallboard, self.announcements):
            if service is not None:
                service.stop()

    def _on_window_wallboard_requested(self) -> None:
        if self.wallboard is not None:
            self.wallboard.open()

    def _on_window_announce_requested(self) -> None:
        if self.announcements is not None and self._supervisor:
            self.announcements.compose(UI_LANGUAGES)

    def _on_cti_popped(self, pop: Any) -> None:
        if pop.incoming and len(pop.cards) == 1:  # the ringing window says who it is
            self.window.incoming.identify(pop.call_id, pop.cards[0].name)
        if self.canned is not None:
            self.canned.set_call(pop)

    def _on_cti_cleared(self) -> None:
        if self.canned is not None:
            self.canned.set_call(None)

    def _start_callbacks(self) -> None:
        """The callback queue for this agent on this store (a new one when the store changes)."""
        assert self.calls is not None and self.sync is not None and self.cti is not None
        assert self.store is not None
        if self.callbacks is not None:
            self.callbacks.stop()
            self.callbacks.deleteLater()
            self.callbacks = None
        if not self.agent_login or self.one_shot:
            return  # a screenshot or a benchmark probe shows the home page, not a callback
        if not self.settings.take_callbacks and not self._supervisor:
            return  # an agent on inbound calls only: no queue thread, the home page's list
        sync, engine, login = self.sync, self.store.engine, self.agent_login
        window = self.window

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
                    default_region=self.settings.default_region,
                ),
            )

        self.callbacks = CallbackService(
            dispatcher,
            self.calls,
            self.cti,
            sync,
            window.callback_queue,
            spawn=self.spawn,
            topic_names=self._topic_names,
            language=self._ui_language(),
            agent_name=self._agent_name,
            preview_seconds=self.settings.callback_preview_seconds,
            dial_format=self._callback_dial_format,
            takes_requests=self.settings.take_callbacks,
            phone_ready=self._phone_ready,
            supervisor=self._supervisor,
            show_tab=window.show_callback_tab,
            parent=window,
        )
        self.callbacks.start()

    def _phone_ready(self) -> bool:
        telephony = self.telephony
        return telephony is not None and telephony.default_account() is not None

    def _callback_dial_format(self) -> str:
        """How callbacks are dialled; the demo calls its customers on the demo caller's line."""
        chosen = self.settings.callback_dial_format
        demo_line = self.telephony.demo_customers if self.telephony is not None else ""
        if chosen == "{number}" and demo_line:
            return f"sip:{{number}}@{demo_line}"
        return chosen

    def _on_sync_status(self, status: SyncStatus) -> None:
        from crm.sync import SyncState

        info = self._store_info
        state = {
            SyncState.CONNECTED: StoreState.CONNECTED,
            SyncState.OFFLINE: StoreState.OFFLINE,
        }.get(status.state, StoreState.CONNECTING)
        self.window.status.set_store(
            StoreStatus(
                state,
                backend=info.backend if info else "",
                location=info.location if info else "",
                detail=status.error or "",
                pending_changes=status.pending,
                rejected_changes=status.rejected,
            )
        )

    def _prestart_telephony(self) -> None:
        """The SIP engine starts and registers while the store opens and the window fills:
        registration waits for neither (`softphone bench startup`: registered_ms)."""
        telephony = Telephony(
            self.settings.accounts,
            demo=self.options.demo,
            agent_login=self.agent_login,
            work_dir=self.paths.cache_dir,
            ivr=self.settings.cti_headers,
        )
        telephony.registration_changed.connect(self._on_telephony_registration_changed)
        telephony.engine_crashed.connect(self._on_telephony_engine_crashed)
        telephony.engine_failed.connect(self._on_telephony_engine_failed)
        self.telephony = telephony
        telephony.prestart()

    async def _start_telephony(self, store: StoreService | None) -> None:
        if self.telephony is None:
            self._prestart_telephony()
        telephony = self.telephony
        assert telephony is not None
        self.calls = self._make_call_center(telephony)
        if self.sync is not None:
            self._start_cti()
        for status in telephony.last_statuses():  # registered before the phone was wired up
            self._on_telephony_registration_changed(status)
        callers = None
        if store and self.options.demo and self.options.demo_caller and not self.one_shot:
            callers = demo_caller_payload(await store.demo_callers())
        try:
            await telephony.start(callers)
            settings = self.settings
            await telephony.apply_sound(
                settings.audio_capture, settings.audio_playback, settings.ringtone_wav
            )
        except Exception as exc:  # the app stays useful without a phone: say so, keep going
            log.exception("the SIP engine could not start")
            self.window.show_problem(self.tr("Telephony unavailable"), str(exc))

    def _make_call_center(self, telephony: Telephony) -> CallCenter:
        login = self.agent_login

        async def publish(state: str, reason: str | None, call: dict[str, Any] | None) -> None:
            if not login:
                return
            if self.sync is None:
                return
            try:
                await self.sync.publish_presence(state, reason, call)
            except Exception as exc:  # presence is best effort; the phone keeps working
                log.warning("presence not queued: %s", exc)

        calls = CallCenter(
            telephony,
            default_region=self.settings.default_region,
            wrap_up_seconds=self.settings.wrap_up_seconds,
            paused_incoming=self.settings.paused_incoming,
            recent_file=self.paths.data_dir / "recent-calls.json",
            publish_presence=publish,
            topic_label=self._topic_label,
            ivr=self.settings.cti_headers,
        )
        window = self.window
        window.status.set_pause_reasons(self.settings.pause_reasons)
        calls.calls_changed.connect(window.show_calls)
        calls.incoming_call.connect(self._on_calls_incoming_call)
        calls.agent_state_changed.connect(window.status.set_agent_state)
        calls.problem.connect(self._on_calls_problem)
        calls.call_lost.connect(lambda text: window.status.showMessage(text, 60000))
        calls.consultation_started.connect(window.call_panel.note_consultation)
        window.dial_pad.dial_requested.connect(calls.dial)
        calls.outgoing_call.connect(window.dial_pad.note_call_placed)
        calls.call_finished.connect(self._on_calls_call_finished)
        window.incoming.answer_clicked.connect(calls.answer)
        window.incoming.reject_clicked.connect(calls.reject)
        panel = window.call_panel
        panel.hangup_clicked.connect(calls.hangup)
        panel.hold_clicked.connect(calls.toggle_hold)
        panel.mute_clicked.connect(calls.toggle_mute)
        panel.dtmf_clicked.connect(calls.send_dtmf)
        panel.transfer_clicked.connect(calls.transfer)
        panel.consult_clicked.connect(calls.consult)
        panel.complete_transfer_clicked.connect(calls.complete_transfer)
        panel.conference_clicked.connect(calls.conference)
        panel.record_clicked.connect(
            lambda call_id: calls.toggle_record(call_id, self.paths.data_dir / "recordings")
        )
        window.status.agent_state_chosen.connect(calls.set_agent_state)
        window.set_shortcuts(asdict(self.settings.shortcuts))
        window.shortcut_triggered.connect(self._on_window_shortcut_triggered)
        window.dial_pad.redial_requested.connect(calls.redial)
        window.recent_calls.set_calls(calls.recent())
        window.recent_calls.call_back_requested.connect(self._on_instance_dial_requested)
        calls.recent_changed.connect(self._on_calls_recent_changed)
        window.side_tabs.currentChanged.connect(self._on_side_tabs_current_changed)
        self._start_tray(calls)
        return calls

    def _on_calls_call_finished(self, finished: FinishedCall) -> None:
        if not finished.view.incoming:
            self.window.dial_pad.note_call_ended()

    def _start_tray(self, calls: CallCenter) -> None:
        tray = Tray(self)
        self.tray = tray
        calls.agent_state_changed.connect(lambda state, *_: tray.set_state(state))
        tray.show_window_requested.connect(self._on_instance_raise_requested)
        tray.quit_requested.connect(self.quit)
        if tray.available and not self.one_shot:
            tray.show()
            self.window.close_to_tray = True

    def _on_window_shortcut_triggered(self, name: str) -> None:
        """Keyboard and headset shortcuts act on the ringing call or the one in the panel."""
        calls = self.calls
        if calls is None:
            return
        ringing = self.window.incoming.call_id
        current = self.window.call_panel.current()
        if name == "answer" and ringing is not None:
            calls.answer(ringing)
        elif name == "toggle_call":
            if ringing is not None:
                calls.answer(ringing)
            elif current is not None:
                calls.hangup(current.call_id)
        elif name == "hang_up":
            if current is not None:
                calls.hangup(current.call_id)
            elif ringing is not None:
                calls.reject(ringing)
        elif name == "hold" and current is not None:
            calls.toggle_hold(current.call_id)
        elif name == "mute" and current is not None:
            calls.toggle_mute(current.call_id)

    def _on_calls_recent_changed(self, recent: tuple[Any, ...]) -> None:
        self.window.recent_calls.set_calls(recent)
        if recent and recent[0].kind == "missed":
            self._missed_unseen += 1
            if self.tray is not None:
                self.tray.set_missed(self._missed_unseen)

    def _on_side_tabs_current_changed(self, index: int) -> None:
        if self.window.side_tabs.widget(index) is self.window.recent_calls:
            self._missed_unseen = 0  # the agent has seen them
            if self.tray is not None:
                self.tray.set_missed(0)

    def _topic_label(self, code: str) -> str:
        names = self._topic_names.get(code, {})
        return names.get(self._ui_language()) or names.get("en") or code

    def _on_telephony_registration_changed(self, status: RegistrationStatus) -> None:
        if (
            self.options.bench_t0_ns is not None
            and status.state is RegistrationState.REGISTERED
            and self._registered_ms is None
        ):
            self._registered_ms = (time.monotonic_ns() - self.options.bench_t0_ns) / 1e6
        self.window.status.set_registration(status)
        if self.callbacks is not None:
            self.callbacks.refresh_ready()
        if status.state is RegistrationState.REGISTERED and self.calls is not None:
            self.window.dial_pad.set_can_call(True)
            self.calls.phone_ready()
            if self._pending_dial:
                number, self._pending_dial = self._pending_dial, None
                self._on_instance_dial_requested(number)

    def _on_telephony_engine_crashed(self, crash: EngineCrashed) -> None:
        if crash.restarting and not crash.calls_lost:  # nothing lost: no need to interrupt
            self.window.status.showMessage(
                self.tr(
                    "The phone engine stopped unexpectedly (%1) and was started again."
                ).replace("%1", crash.status),
                30000,
            )
            return
        if crash.restarting:
            title = self.tr("Phone engine restarted")
            text = self.tr(
                "The phone engine stopped unexpectedly (%1) and was started again. "
                "%n call(s) in progress were cut off; their notes are kept.",
                "",
                crash.calls_lost,
            )
        else:
            title = self.tr("Phone engine stopped")
            text = self.tr(
                "The phone engine stopped unexpectedly (%1) too often and was not started "
                "again. Restart the softphone. %n call(s) in progress were cut off; their notes "
                "are kept.",
                "",
                crash.calls_lost,
            )
        self.window.show_problem(title, text.replace("%1", crash.status))

    def _on_telephony_engine_failed(self, reason: str) -> None:
        """The phone engine died and no new one could be started: say so, and stop offering to
        dial (the account shows as unregistered already)."""
        self.window.dial_pad.set_can_call(False)
        self.window.show_problem(
            self.tr("Phone engine stopped"),
            self.tr(
                "The phone engine could not be started again, so calls can neither be made nor "
                "taken. Restart the softphone; if this happens again, tell your IT support.\n\n"
                "Details: %1"
            ).replace("%1", reason),
        )

    def _on_instance_dial_requested(self, number: str) -> None:
        """Click-to-dial from another program (`softphone dial`, a tel:/sip: link)."""
        self.window.dial_pad.number.setText(number)
        if self.calls is not None and self.telephony and self.telephony.default_account():
            self.calls.dial(number)
        else:
            self._pending_dial = number  # dialled as soon as the phone is registered

    def _on_instance_raise_requested(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _on_calls_incoming_call(self, call: CallView) -> None:
        self.window.show_incoming(call)
        self.window.status.showMessage(
            self.tr("Incoming call from %1").replace("%1", call.name or call.number), 15000
        )

    def _on_calls_problem(self, message: str) -> None:
        self.window.dial_pad.show_problem(message)
        self.window.status.showMessage(message, 10000)

    def _ui_language(self) -> str:
        return self.settings.ui_language or "en"

    def _on_home_shown(self) -> None:
        if self.options.screenshot:
            target = self.options.screenshot
            target.parent.mkdir(parents=True, exist_ok=True)
            self.app.processEvents()  # let the posted layout requests settle first
            image = self.window.grab()  # renders synchronously: the data above is in it
            if not image.save(str(target)):
                log.error("could not write screenshot to %s", target)
                self.quit(1)
                return
            print(f"screenshot written to {target}")
            # What an installed package's test reads back: the language the window is in.
            tabs = [
                widget.tabText(i)
                for widget in self.window.findChildren(QTabWidget)
                for i in range(widget.count())
            ]
            log.info(
                "screenshot %s: %s, tabs %s",
                target,
                "right to left" if self.window.isRightToLeft() else "left to right",
                json.dumps(tabs, ensure_ascii=False),
            )
            self.quit()
        elif self.options.bench_probe:
            self.app.processEvents()
            self.window.grab()  # the populated frame, painted
            self._report_probe()

    # -- keyring --------------------------------------------------------------------------------

    async def _check_keyring(self) -> None:
        status = await asyncio.get_running_loop().run_in_executor(None, passwords.status)
        self.keyring_secure, self.keyring_backend = status.secure, status.backend
        if not status.secure:
            log.warning(
                "no secure keyring backend (%s): passwords will not be saved", status.backend
            )
        self.window.status.set_keyring_secure(status.secure)

    # -- settings -------------------------------------------------------------------------------

    def _on_window_settings_requested(self) -> None:
        from softphone.settings_form import locked_form_fields

        telephony = self.telephony
        devices = tuple(
            (d.name, d.inputs > 0, d.outputs > 0)
            for d in (telephony.audio_devices if telephony else [])
        )
        form = SettingsForm(
            agent_login=self.settings.agent_login,
            ui_language=self.settings.ui_language,
            theme=self.settings.theme,
            text_scale=self.settings.text_scale,
            default_region=self.settings.default_region,
            store_url=self.settings.store.url,
            wrap_up_seconds=self.settings.wrap_up_seconds,
            accounts=[
                AccountForm(a.id, a.username, a.domain, a.transport) for a in self.settings.accounts
            ],
            capture_device=self.settings.audio_capture,
            playback_device=self.settings.audio_playback,
            ringtone=self.settings.ringtone_wav,
            shortcuts=asdict(self.settings.shortcuts),
            audio_devices=devices,
            keyring_secure=self.keyring_secure,
            keyring_backend=self.keyring_backend,
            locked=locked_form_fields(self.managed.is_locked),
        )
        self.settings_dialog = SettingsDialog(form, self.submit_settings, self.window)
        if telephony is not None:
            self.settings_dialog.test_tone_requested.connect(
                lambda _device: telephony.play_test_tone()
            )
        self.settings_dialog.open()

    def submit_settings(self, form: SettingsForm) -> dict[str, str]:
        """Validate and apply the dialog's form; returns {field: message} for what was refused."""
        from softphone.settings_form import apply_form

        result = apply_form(self.settings, form)
        if result.errors:
            return result.errors
        errors: dict[str, str] = {}
        for user, secret, field in result.secrets:
            try:
                passwords.store(user, secret)
            except passwords.NoSecureKeyring as exc:
                errors[field] = str(exc)
        if errors:
            return errors
        try:
            in_force = save_user_settings(result.settings, self.managed, self.paths.settings_file)
        except (OSError, SettingsError) as exc:
            return {
                "agent_login": self.tr("Settings could not be saved: %1").replace("%1", str(exc))
            }
        old = self.settings
        self.settings = in_force
        kept = {a.id for a in self.settings.accounts}
        for account in old.accounts:
            if account.id not in kept:
                passwords.forget(account.keyring_user)  # a removed account leaves no secret
        self._apply_settings(old, [user for user, _, _ in result.secrets])
        return {}

    def _apply_settings(self, old: Settings, new_secrets: list[str]) -> None:
        """Everything takes effect at once: no restart after saving settings."""
        new = self.settings
        if (old.theme, old.text_scale) != (new.theme, new.text_scale):
            apply_appearance(self.app, new.theme, new.text_scale)
        if old.ui_language != new.ui_language:
            apply_language(self.app, new.ui_language, resources_dir() / "translations")
            if self.tray is not None:
                self.tray.retranslate()
        self.window.set_shortcuts(asdict(new.shortcuts))
        if self.calls is not None:
            self.calls.default_region = new.default_region
            self.calls.wrap_up_seconds = new.wrap_up_seconds
            self.calls.paused_incoming = new.paused_incoming
        if self.telephony is not None:
            for account in new.accounts:
                if account.keyring_user in new_secrets:
                    self.telephony.password_changed(account.id)
            self.spawn(self.telephony.apply_accounts(new.accounts))
            self.spawn(
                self.telephony.apply_sound(new.audio_capture, new.audio_playback, new.ringtone_wav)
            )
        if (old.store.url, old.agent_login) != (new.store.url, new.agent_login):
            self.spawn(self._open_store())

    # -- benchmark probe --------------------------------------------------------------------------

    def _on_window_first_painted(self) -> None:
        if self.options.bench_t0_ns is not None:
            self._first_frame_ms = (time.monotonic_ns() - self.options.bench_t0_ns) / 1e6

    def _report_probe(self) -> None:
        ready_ms = (
            (time.monotonic_ns() - self.options.bench_t0_ns) / 1e6
            if self.options.bench_t0_ns is not None
            else None
        )
        self.spawn(self._report_probe_at_rest(ready_ms))

    async def _report_probe_at_rest(self, ready_ms: float | None) -> None:
        """Once registered and after a second at rest: the times and the whole tree's memory."""
        from softphone.bench_tree import process_tree_memory

        for _ in range(100):  # up to 10 s for the registration
            if self._registered_ms is not None:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)  # at rest: the start-up's transient work is over
        gc.collect()
        tree = await asyncio.get_running_loop().run_in_executor(None, process_tree_memory)
        result = {
            "first_frame_ms": self._first_frame_ms,
            "data_painted_ms": ready_ms,
            "registered_ms": self._registered_ms,
            "rss_mb": tree["processes"][0]["rss_mb"],
            "tree_rss_mb": tree["tree_rss_mb"],
            "tree_pss_mb": tree["tree_pss_mb"],
            "processes": tree["processes"],
            "tickets_shown": self.window.screen_pop.tickets_model.rowCount(),
        }
        print("BENCH " + json.dumps(result), flush=True)
        self.quit()


def create_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)  # the desktop entry's name: its icon and its dock entry
    app.setWindowIcon(QIcon(str(icon_file())))
    app.setQuitOnLastWindowClosed(False)  # the controller decides when to stop the loop
    return app


class NoDisplayError(RuntimeError):
    """Linux with no X11 or Wayland display: Qt would abort with a core dump instead."""


def check_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> None:
    if not sys.platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        raise NoDisplayError(
            "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start the softphone "
            "from a desktop session, run it under `xvfb-run -a`, or take a screenshot "
            "instead with `softphone --demo --screenshot demo.png`."
        )


def run(
    options: AppOptions,
    paths: AppPaths,
    settings: Settings,
    problem: str | None,
    managed: ManagedSettings | None = None,
) -> int:
    if options.screenshot or options.bench_probe:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    check_display()
    app = create_application()
    found = apply_language(app, settings.ui_language, resources_dir() / "translations")
    apply_appearance(app, settings.theme, settings.text_scale)
    log.info(
        "user interface in %s (catalogue %s, %s)",
        settings.ui_language or "the system language",
        "loaded" if found else "missing",
        "right to left" if app.isRightToLeft() else "left to right",
    )
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    if options.sign_in and not (options.demo or options.screenshot or options.bench_probe):
        from softphone.desk import run_desk

        with loop:
            return loop.run_until_complete(
                run_desk(app, options, paths, managed or ManagedSettings())
            )
    controller = AppController(app, options, paths, settings, problem, managed)
    with loop:
        return loop.run_until_complete(controller.run())


def _settle_heap() -> None:
    """Once the app is up: collect, then move everything built so far (Qt wrappers, modules,
    the store's metadata, the window) out of the garbage collector's sight. It lives as long as
    the app, and a full collection that scans it all pauses every thread for about 80 ms, five
    frames, in the middle of a screen-pop; afterwards a full collection scans only what came
    later (`softphone bench screenpop` reports the pauses)."""
    gc.collect()
    gc.freeze()
