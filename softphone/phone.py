"""The phone of the app: the SIP engine's service (softphone/telephony.py), the call centre on it
(softphone/calls.py), the tray, and their wiring to the window's call controls.

The engine is prestarted as the app starts, before the store opens, so that registering waits
for neither the store nor the window (`softphone bench startup`: registered_ms); the call
centre is built and wired to the window once the store has opened, or failed to.

Threads: the Qt main thread, inside the qasync loop; the engine's events reach it through
Telephony's inbox. Translated text keeps the AppController context it had in the catalogues.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from softphone.call_record import FinishedCall
from softphone.calls import CallCenter
from softphone.settings import Settings
from softphone.telephony import Telephony, demo_caller_payload
from ui.tray import Tray
from ui.viewmodels import CallView, RecentCall, RegistrationState, RegistrationStatus

if TYPE_CHECKING:
    from softphone.app import AppController
    from softphone.store_service import StoreService

log = logging.getLogger(__name__)


class Phone(QObject):
    """Telephony (from the start), the call centre and the tray (once wired), what the agent
    asked to dial before the phone was ready, and the count of missed calls not yet seen."""

    def __init__(self, app: AppController) -> None:
        super().__init__(app)
        self._app = app
        self.telephony: Telephony | None = None
        self.calls: CallCenter | None = None
        self.tray: Tray | None = None
        self._missed_unseen = 0
        self._pending_dial = app.options.dial

    # -- life cycle -------------------------------------------------------------------------

    def prestart(self) -> None:
        """The SIP engine starts and registers while the store opens and the window fills:
        registration waits for neither (`softphone bench startup`: registered_ms)."""
        app = self._app
        telephony = Telephony(
            app.settings.accounts,
            demo=app.options.demo,
            agent_login=app.agent_login,
            work_dir=app.paths.cache_dir,
            ivr=app.settings.cti_headers,
        )
        telephony.registration_changed.connect(self._on_telephony_registration_changed)
        telephony.engine_crashed.connect(app.show_engine_crash)
        telephony.engine_failed.connect(app.show_engine_failure)
        self.telephony = telephony
        telephony.hold_call_events()  # a call that rings before start() wires the calls waits
        telephony.prestart()

    async def start(self, store: StoreService | None) -> None:
        """Wire the call centre to the window and finish starting the engine (the demo caller
        rings from the store's demo callers)."""
        app = self._app
        if self.telephony is None:
            self.prestart()
        telephony = self.telephony
        assert telephony is not None
        try:
            self.calls = self._make_call_center(telephony)
            if app.session is not None:
                app.session.start_cti()
            for status in telephony.last_statuses():  # registered before the phone was wired
                self._on_telephony_registration_changed(status)
        finally:
            # The agent is available now: the calls that rang before ring now (and if the
            # wiring failed, the events are not kept for ever).
            telephony.release_call_events()
        callers = None
        if store and app.options.demo and app.options.demo_caller and not app.one_shot:
            callers = demo_caller_payload(await store.demo_callers())
        try:
            await telephony.start(callers)
            settings = app.settings
            await telephony.apply_sound(
                settings.audio_capture, settings.audio_playback, settings.ringtone_wav
            )
        except Exception as exc:  # the app stays useful without a phone: say so, keep going
            log.exception("the SIP engine could not start")
            app.window.show_problem(
                QCoreApplication.translate("AppController", "Telephony unavailable"), str(exc)
            )

    async def stop(self) -> None:
        """The app is closing: calls end, the engine and the demo caller stop (off the loop)."""
        if self.calls is not None:
            self.calls.stop()
        if self.telephony is not None:
            await self.telephony.stop()

    def stop_now(self) -> None:
        """The same, at once and blocking (no event loop may run any more)."""
        if self.calls is not None:
            self.calls.stop()
        if self.telephony is not None:
            self.telephony.shutdown_now()
            self.telephony.close()

    def apply_settings(self, new: Settings, new_secrets: list[str]) -> None:
        """Saved settings take effect on the calls and the engine at once."""
        if self.calls is not None:
            self.calls.default_region = new.default_region
            self.calls.wrap_up_seconds = new.wrap_up_seconds
            self.calls.paused_incoming = new.paused_incoming
        if self.telephony is not None:
            for account in new.accounts:
                if account.keyring_user in new_secrets:
                    self.telephony.password_changed(account.id)
            self._app.spawn(self.telephony.apply_accounts(new.accounts))
            self._app.spawn(
                self.telephony.apply_sound(new.audio_capture, new.audio_playback, new.ringtone_wav)
            )

    # -- what the store's services ask of the phone -------------------------------------------

    def ready(self) -> bool:
        telephony = self.telephony
        return telephony is not None and telephony.default_account() is not None

    def callback_dial_format(self) -> str:
        """How callbacks are dialled; the demo calls its customers on the demo caller's line."""
        chosen = self._app.settings.callback_dial_format
        demo_line = self.telephony.demo_customers if self.telephony is not None else ""
        if chosen == "{number}" and demo_line:
            return f"sip:{{number}}@{demo_line}"
        return chosen

    def dial(self, number: str) -> None:
        """Click-to-dial from another program (`softphone dial`, a tel:/sip: link)."""
        self._app.window.dial_pad.number.setText(number)
        if self.calls is not None and self.telephony and self.telephony.default_account():
            self.calls.dial(number)
        else:
            self._pending_dial = number  # dialled as soon as the phone is registered

    def act(self, name: str) -> None:
        """Keyboard and headset shortcuts act on the ringing call or the one in the panel."""
        calls = self.calls
        if calls is None:
            return
        window = self._app.window
        ringing = window.incoming.call_id
        current = window.call_panel.current()
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

    # -- wiring -----------------------------------------------------------------------------------

    def _make_call_center(self, telephony: Telephony) -> CallCenter:
        app = self._app
        login = app.agent_login

        async def publish(state: str, reason: str | None, call: dict[str, Any] | None) -> None:
            if not login:
                return
            session = app.session
            if session is None:
                return
            try:
                await session.sync.publish_presence(state, reason, call)
            except Exception as exc:  # presence is best effort; the phone keeps working
                log.warning("presence not queued: %s", exc)

        settings = app.settings
        calls = CallCenter(
            telephony,
            default_region=settings.default_region,
            wrap_up_seconds=settings.wrap_up_seconds,
            paused_incoming=settings.paused_incoming,
            recent_file=app.paths.data_dir / "recent-calls.json",
            publish_presence=publish,
            topic_label=app.topic_label,
            ivr=settings.cti_headers,
        )
        window = app.window
        window.status.set_pause_reasons(settings.pause_reasons)
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
            lambda call_id: calls.toggle_record(call_id, app.paths.data_dir / "recordings")
        )
        window.status.agent_state_chosen.connect(calls.set_agent_state)
        window.set_shortcuts(asdict(settings.shortcuts))
        window.shortcut_triggered.connect(self.act)
        window.dial_pad.redial_requested.connect(calls.redial)
        window.recent_calls.set_calls(calls.recent())
        window.recent_calls.call_back_requested.connect(self.dial)
        calls.recent_changed.connect(self._on_calls_recent_changed)
        window.side_tabs.currentChanged.connect(self._on_side_tabs_current_changed)
        self._start_tray(calls)
        return calls

    def _start_tray(self, calls: CallCenter) -> None:
        app = self._app
        tray = Tray(app)
        self.tray = tray
        calls.agent_state_changed.connect(lambda state, *_: tray.set_state(state))
        tray.show_window_requested.connect(app.raise_window)
        tray.quit_requested.connect(app.quit)
        if tray.available and not app.one_shot:
            tray.show()
            app.window.close_to_tray = True

    # -- slots --------------------------------------------------------------------------------

    def _on_calls_call_finished(self, finished: FinishedCall) -> None:
        if not finished.view.incoming:
            self._app.window.dial_pad.note_call_ended()

    def _on_calls_recent_changed(self, recent: tuple[RecentCall, ...]) -> None:
        self._app.window.recent_calls.set_calls(recent)
        if recent and recent[0].kind == "missed":
            self._missed_unseen += 1
            if self.tray is not None:
                self.tray.set_missed(self._missed_unseen)

    def _on_side_tabs_current_changed(self, index: int) -> None:
        window = self._app.window
        if window.side_tabs.widget(index) is window.recent_calls:
            self._missed_unseen = 0  # the agent has seen them
            if self.tray is not None:
                self.tray.set_missed(0)

    def _on_telephony_registration_changed(self, status: RegistrationStatus) -> None:
        app = self._app
        if getattr(app, "window", None) is None:
            return  # the window is still being built: start() shows the latest status
        if status.state is RegistrationState.REGISTERED:
            app.startup_times.registered(
                None if self.telephony is None else self.telephony.registered_at_ns
            )
        app.window.status.set_registration(status)
        if app.session is not None and app.session.callbacks is not None:
            app.session.callbacks.refresh_ready()
        if status.state is RegistrationState.REGISTERED and self.calls is not None:
            app.window.dial_pad.set_can_call(True)
            self.calls.phone_ready()
            if self._pending_dial:
                number, self._pending_dial = self._pending_dial, None
                self.dial(number)

    def _on_calls_incoming_call(self, call: CallView) -> None:
        window = self._app.window
        window.show_incoming(call)
        window.status.showMessage(
            QCoreApplication.translate("AppController", "Incoming call from %1").replace(
                "%1", call.name or call.number
            ),
            15000,
        )

    def _on_calls_problem(self, message: str) -> None:
        self._app.window.dial_pad.show_problem(message)
        self._app.window.status.showMessage(message, 10000)
