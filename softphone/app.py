"""The application: builds the window, wires it to the services, runs the qasync loop.

The controller (AppController) holds the window and the loop's life; its jobs live beside it:
the phone in softphone/phone.py, the open store and the services on it in
softphone/store_session.py, the settings dialog and applying saved settings in
softphone/settings_flow.py.

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
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import qasync
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QTabWidget

from sip.events import EngineCrashed
from softphone import APP_DISPLAY_NAME, APP_NAME, __version__
from softphone.managed_settings import ManagedSettings
from softphone.paths import AppPaths, icon_file, resources_dir
from softphone.phone import Phone
from softphone.presenters import home_view
from softphone.settings import UI_LANGUAGES, Settings
from softphone.settings_flow import SettingsFlow
from softphone.single_instance import InstanceServer, send_to_running
from softphone.stop_signals import StopSignals
from softphone.store_service import StoreNeedsUpgrade, StoreUnavailable, store_url_user
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.text_insert import NoteFields
from ui.theme import apply_appearance
from ui.viewmodels import StoreState, StoreStatus
from ui.wallboard import WallboardWindow

if TYPE_CHECKING:
    from softphone.store_session import StoreSession

log = logging.getLogger(__name__)

DEMO_AGENT_LOGIN = "giulia.rossi"
SCREENSHOT_SIZE = (1440, 860)
PUSH_AT_STOP_S = 3.0  # how long a stop waits for the outbox (the agent offline) to go out
EXECUTOR_THREADS = 4  # the event loop's default executor's, started as they are needed


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


@dataclass
class StartupTimes:
    """`softphone bench startup`'s milestones in ms from the parent's spawn (`t0_ns`,
    CLOCK_MONOTONIC, shared by both processes); nothing is timed outside the benchmark."""

    t0_ns: int | None
    first_frame_ms: float | None = None
    registered_ms: float | None = None  # as the engine saw it (Telephony.registered_at_ns)
    registration_shown_ms: float | None = None  # when the window said so

    def now_ms(self, at_ns: int | None = None) -> float | None:
        if self.t0_ns is None:
            return None
        return ((time.monotonic_ns() if at_ns is None else at_ns) - self.t0_ns) / 1e6

    def first_frame(self) -> None:
        self.first_frame_ms = self.now_ms()

    def registered(self, at_ns: int | None) -> None:
        """Shown as registered now; the engine registered at `at_ns` (None: now)."""
        if self.registration_shown_ms is None:
            self.registration_shown_ms = self.now_ms()
            self.registered_ms = self.now_ms(at_ns)


class AppController(QObject):
    """The app's controller: the window, the loop's life, the single-instance socket; its jobs
    are the phone (self.phone), the open store and its services (self.session, None until a
    store has opened) and the settings flow (self.settings_flow)."""

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
        self.offline_published = False  # the agent's "offline" is written (at stop or sign-out)
        self._tasks: set[asyncio.Task[Any]] = set()
        self.startup_times = StartupTimes(options.bench_t0_ns)
        self.instance: InstanceServer | None = None
        self.session: StoreSession | None = None
        self.wallboard_window: WallboardWindow | None = None  # made for the first supervisor
        self._keyring_checked = False
        self._keyring_check: asyncio.Task[None] | None = None  # its child process, while it runs

        # Another instance for this user is found before anything starts: it gets our request
        # (in run()). Otherwise the SIP engine starts and registers now, on a thread of its
        # own, while this thread builds the window (`softphone bench startup`: registered_ms).
        self._handing_over = False
        self.phone = Phone(self)
        if not self.one_shot:
            self.instance = InstanceServer(self.paths)
            self._handing_over = not self.instance.listen()
            if not self._handing_over:  # connected before any request can be delivered
                self.instance.dial_requested.connect(self.phone.dial)
                self.instance.raise_requested.connect(self.raise_window)
                self.instance.action_requested.connect(self.phone.act)
        if not self._handing_over:
            self.phone.prestart()
        try:
            self.window = MainWindow()
            self.window.set_version(__version__)
            self.settings_flow = SettingsFlow(self)
            self.window.settings_requested.connect(self.settings_flow.open_dialog)
            self.window.quit_requested.connect(self.quit)
            self.window.first_painted.connect(self._on_window_first_painted)
            self.window.wallboard_requested.connect(self._on_window_wallboard_requested)
            self.window.announce_requested.connect(self._on_window_announce_requested)
            app.lastWindowClosed.connect(self.quit)
            self.note_fields = NoteFields(self)
        except BaseException:  # nothing owns the engine or the socket if this fails
            self.phone.stop_now()
            self._close_instance()
            raise

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
        if self._handing_over:
            # Another softphone runs for this user: hand it our request and leave.
            request = {"dial": self.options.dial} if self.options.dial else {}
            send_to_running(self.paths, request)
            log.info("another instance is running; handed over %s", request)
            return 0
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
        self.spawn(self.open_store())
        stop_signals = StopSignals.current()
        if stop_signals is not None:  # the session ending, a `kill`: as Quit (run() installs it)
            stop_signals.requested.connect(self._on_stop_signal)
        try:
            await self._done.wait()
        finally:
            if stop_signals is not None:
                stop_signals.requested.disconnect(self._on_stop_signal)
        self._close_instance()
        if self.session is not None:
            await self.session.stop_services()
        await self.phone.stop()
        await self._go_offline()
        self._stop_after_phone()
        return self._exit_code

    async def _go_offline(self) -> None:
        """The app stops (Quit, the session ending): the agent is offline from now on, on the
        wallboard and for the portal's "call me now", which would otherwise count them as
        available until they next started the app. After the phone stopped, so that no state
        its calls' end published comes after it; pushed within PUSH_AT_STOP_S, else it waits
        in the outbox for the next start. Sign-out has published it already."""
        if self.session is None or self.one_shot or self.offline_published:
            return
        try:
            left = await self.publish_offline(PUSH_AT_STOP_S)
        except Exception:  # stop all the same: what waits stays in the outbox file
            log.exception("could not publish the agent offline at stop")
            return
        if left:
            log.info("stopping with %d writes waiting for the next start", left)

    async def publish_offline(self, within_s: float) -> int:
        """Write the agent's "offline" and push what waits, within `within_s`: how many writes
        still wait (kept in the outbox file). At a stop and at sign-out."""
        assert self.session is not None
        await self.session.sync.publish_presence("offline", None, None)
        self.offline_published = True
        return await self.session.sync.push_now(within_s)

    def shutdown_now(self) -> None:
        """Stop at once, blocking (a test that failed mid-run, with no loop running): the same
        stop as at the end of run(), the phone stopped without the loop and the note being typed
        left as last saved. Safe after run()."""
        self._close_instance()
        if self.session is not None:
            self.session.stop_services_now()
        self.phone.stop_now()
        self._stop_after_phone()

    # The stop, in run() and shutdown_now(): the services stop, then the phone (its calls end
    # and still publish through the sync client), then the sync client and the store close.

    def _close_instance(self) -> None:
        if self.instance is not None:
            self.instance.close()

    def _stop_after_phone(self) -> None:
        if self.session is not None:
            self.session.close()

    def _on_stop_signal(self, signum: int) -> None:
        self.quit()  # asked to stop, not failing: exit code 0

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

    def raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def ui_language(self) -> str:
        return self.settings.ui_language or "en"

    def topic_label(self, code: str) -> str:
        names = self.session.topic_names.get(code, {}) if self.session is not None else {}
        return names.get(self.ui_language()) or names.get("en") or code

    def show_engine_crash(self, crash: EngineCrashed) -> None:
        """The phone engine's process died (softphone/phone.py connects this)."""
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

    def show_engine_failure(self, reason: str) -> None:
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

    # -- store --------------------------------------------------------------------------------

    async def open_store(self) -> None:
        """Open the store and show its data; whatever the store does (away, refusing, not
        migrated, failing half-way), the phone is started."""
        try:
            await self._open_store_and_show()
        finally:
            # The engine was prestarted; what a failed store leaves undone is wiring the phone.
            if self.phone.calls is None and not self.one_shot:
                # no store is no reason for no phone
                await self.phone.start(self.session.store if self.session else None)
            if not self._keyring_checked:  # once, when the start's work is done: read by a
                # child process, which then competes with none of it (passwords.status_at_rest)
                self._keyring_checked = True
                self._keyring_check = self.spawn(self.settings_flow.check_keyring())

    async def _open_store_and_show(self) -> None:
        self.window.status.set_store(StoreStatus(StoreState.CONNECTING))
        # The store's modules (SQLAlchemy, the schema, the services on the store: some 0.4 s)
        # load off the Qt thread, so the window paints meanwhile (`softphone bench startup`).
        await asyncio.get_running_loop().run_in_executor(None, _import_store_session)
        from softphone.store_session import (
            StoreSession,
            open_store,
            open_sync,
            schema_mismatch_text,
        )

        try:
            store, info, snapshot = await open_store(self)
        except StoreUnavailable as exc:
            log.error("store unavailable: %s", exc)
            if isinstance(exc, StoreNeedsUpgrade):
                self.window.status.set_store(StoreStatus(StoreState.NEEDS_UPGRADE, detail=str(exc)))
                self.window.show_problem(*schema_mismatch_text(exc.mismatch))
            else:
                self.window.status.set_store(StoreStatus(StoreState.UNREACHABLE, detail=str(exc)))
                self.window.show_problem(self.tr("Ticket store unreachable"), str(exc))
            self.store_failed.emit(str(exc))
            if self.one_shot:
                self.quit(1)
            return
        try:  # the new sync client first: the old services serve calls until the swap
            sync = await open_sync(self, store)
        except BaseException:
            store.close()
            raise
        previous = self.session
        if previous is not None:
            await previous.retire()
        # No await from here to start_cti: no call event meets a half-switched app.
        session = StoreSession(self, store, info, snapshot, sync, previous)
        self.session = session
        self.window.status.set_store(
            StoreStatus(
                StoreState.OFFLINE if info.offline else StoreState.CONNECTED,
                backend=info.backend,
                location=info.location,
            )
        )
        session.start()
        if self.phone.calls is not None:
            session.start_cti()  # the store changed: the card reads from the new one
        self.window.show_home(home_view(snapshot, self.ui_language()))
        if self.phone.calls is None:
            await self.phone.start(store)
            _settle_heap()
        session.start_supervision()
        self.home_shown.emit()
        self._on_home_shown()

    def wallboard_window_for_supervisor(self) -> WallboardWindow:
        """The wallboard's window: one for the app's life, whichever store it shows."""
        if self.wallboard_window is None:
            self.wallboard_window = WallboardWindow()
            self.window.companions.append(self.wallboard_window)
            self.wallboard_window.announce_requested.connect(self._on_window_announce_requested)
        return self.wallboard_window

    def _on_window_wallboard_requested(self) -> None:
        if self.session is not None and self.session.wallboard is not None:
            self.session.wallboard.open()

    def _on_window_announce_requested(self) -> None:
        session = self.session
        if session is not None and session.announcements is not None and session.agent.supervisor:
            session.announcements.compose(UI_LANGUAGES)

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
            self.spawn(self._report_probe_at_rest(self.startup_times.now_ms()))

    # -- benchmark probe --------------------------------------------------------------------------

    def _on_window_first_painted(self) -> None:
        self.startup_times.first_frame()

    async def _report_probe_at_rest(self, ready_ms: float | None) -> None:
        """Once registered and after a second at rest: the times and the whole tree's memory."""
        from softphone.bench.process_tree import process_tree_memory

        times = self.startup_times
        telephony = self.phone.telephony
        accounts = sum(1 for a in self.settings.accounts if a.enabled) + int(self.options.demo)
        for _ in range(100):  # up to 10 s for the registrations, every account's
            registered = {} if telephony is None else dict(telephony.first_registered_ns)
            if times.registered_ms is not None and len(registered) >= accounts:
                break
            await asyncio.sleep(0.1)
        for _ in range(100):  # and the keyring's child process gone (up to 10 s): at rest
            if self._keyring_check is not None and self._keyring_check.done():
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)  # at rest: the start-up's transient work is over
        gc.collect()
        tree = await asyncio.get_running_loop().run_in_executor(None, process_tree_memory)
        result = {
            "first_frame_ms": times.first_frame_ms,
            "data_painted_ms": ready_ms,
            "registered_ms": times.registered_ms,
            "registration_shown_ms": times.registration_shown_ms,
            "registered_ms_by_account": {
                account: times.now_ms(at_ns)
                for account, at_ns in dict(
                    telephony.first_registered_ns if telephony else {}
                ).items()
            },
            "rss_mb": tree["processes"][0]["rss_mb"],
            "tree_rss_mb": tree["tree_rss_mb"],
            "tree_pss_mb": tree["tree_pss_mb"],
            "tree_private_dirty_mb": tree["tree_private_dirty_mb"],
            "processes": tree["processes"],
            "tickets_shown": self.window.screen_pop.tickets_model.rowCount(),
            "at_rest": _held_at_rest(),
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
    # qasync's own default executor starts ten threads at its first use and keeps them all; the
    # app's blocking calls (the keyring, adding a SIP account, the canned answers' index) come a
    # few at a time, and a pool that starts its threads as they are needed holds one or two.
    loop.set_default_executor(
        ThreadPoolExecutor(max_workers=EXECUTOR_THREADS, thread_name_prefix="executor")
    )
    asyncio.set_event_loop(loop)
    stop_signals = StopSignals(app)  # SIGTERM and the like stop the app as Quit does
    try:
        if options.sign_in and not (options.demo or options.screenshot or options.bench_probe):
            from softphone.desk import run_desk

            with loop:
                return loop.run_until_complete(
                    run_desk(app, options, paths, managed or ManagedSettings())
                )
        controller = AppController(app, options, paths, settings, problem, managed)
        with loop:
            return loop.run_until_complete(controller.run())
    finally:
        stop_signals.close()


def _import_store_session() -> None:
    import softphone.store_session  # noqa: F401  (imported for its effect: loaded)


# Modules the app keeps out of its process at rest (their memory is the tree_pss_mb target's):
# the keyring and its backends, read by a child process (softphone.passwords.status_at_rest).
NOT_HELD_AT_REST = ("keyring", "secretstorage", "jeepney", "cryptography")


def _held_at_rest() -> dict[str, Any]:
    """For the probe: which of NOT_HELD_AT_REST the app has loaded after all, and how many
    source files `linecache` holds (PySide6's import hook kept every one: softphone.pyside_hook)."""
    import linecache

    return {
        "modules": sorted(m for m in NOT_HELD_AT_REST if m in sys.modules),
        "sources_cached": sum(1 for name in linecache.cache if not name.startswith("<")),
    }


def _settle_heap() -> None:
    """Once the app is up: collect, then move everything built so far (Qt wrappers, modules,
    the store's metadata, the window) out of the garbage collector's sight. It lives as long as
    the app, and a full collection that scans it all pauses every thread for about 80 ms, five
    frames, in the middle of a screen-pop; afterwards a full collection scans only what came
    later (`softphone bench screenpop` reports the pauses)."""
    gc.collect()
    gc.freeze()
