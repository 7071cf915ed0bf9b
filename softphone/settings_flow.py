"""The settings flow of the app: the settings dialog, saving what it submits (passwords to the
keyring, the user's file under the administrator's locks), and applying the saved settings at
once: appearance, language, shortcuts, the phone, and another store when its address or the
agent's login changed. Also whether passwords can be kept (the keyring's status), which the
dialog shows.

Threads: the Qt main thread; the keyring's status is read in the default executor (by a child
process, softphone.passwords.status_at_rest, unless keyring is loaded in the app already).
Translated text keeps the AppController context it had in the catalogues.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from softphone import passwords
from softphone.managed_settings import save_user_settings
from softphone.paths import resources_dir
from softphone.settings import Settings, SettingsError
from ui.i18n import apply_language
from ui.settings_dialog import SettingsDialog
from ui.theme import apply_appearance
from ui.viewmodels import AccountForm, SettingsForm

if TYPE_CHECKING:
    from softphone.app import AppController

log = logging.getLogger(__name__)


class SettingsFlow:
    """The dialog (while one is open) and the keyring's status."""

    def __init__(self, app: AppController) -> None:
        self._app = app
        self.dialog: SettingsDialog | None = None
        self.keyring_secure = True
        self.keyring_backend = ""

    async def check_keyring(self) -> None:
        status = await asyncio.get_running_loop().run_in_executor(None, passwords.status_at_rest)
        self.keyring_secure, self.keyring_backend = status.secure, status.backend
        if not status.secure:
            log.warning(
                "no secure keyring backend (%s): passwords will not be saved", status.backend
            )
        self._app.window.status.set_keyring_secure(status.secure)

    def open_dialog(self) -> None:
        from softphone.settings_form import locked_form_fields

        app = self._app
        settings = app.settings
        telephony = app.phone.telephony
        devices = tuple(
            (d.name, d.inputs > 0, d.outputs > 0)
            for d in (telephony.audio_devices if telephony else [])
        )
        form = SettingsForm(
            agent_login=settings.agent_login,
            ui_language=settings.ui_language,
            theme=settings.theme,
            text_scale=settings.text_scale,
            default_region=settings.default_region,
            store_url=settings.store.url,
            wrap_up_seconds=settings.wrap_up_seconds,
            accounts=[
                AccountForm(a.id, a.username, a.domain, a.transport) for a in settings.accounts
            ],
            capture_device=settings.audio_capture,
            playback_device=settings.audio_playback,
            ringtone=settings.ringtone_wav,
            shortcuts=asdict(settings.shortcuts),
            audio_devices=devices,
            keyring_secure=self.keyring_secure,
            keyring_backend=self.keyring_backend,
            locked=locked_form_fields(app.managed.is_locked),
        )
        self.dialog = SettingsDialog(form, self.submit, app.window)
        if telephony is not None:
            self.dialog.test_tone_requested.connect(lambda _device: telephony.play_test_tone())
        self.dialog.open()

    def submit(self, form: SettingsForm) -> dict[str, str]:
        """Validate and apply the dialog's form; returns {field: message} for what was refused."""
        from softphone.settings_form import apply_form

        app = self._app
        result = apply_form(app.settings, form)
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
            in_force = save_user_settings(result.settings, app.managed, app.paths.settings_file)
        except (OSError, SettingsError) as exc:
            return {
                "agent_login": QCoreApplication.translate(
                    "AppController", "Settings could not be saved: %1"
                ).replace("%1", str(exc))
            }
        old = app.settings
        app.settings = in_force
        kept = {a.id for a in in_force.accounts}
        for account in old.accounts:
            if account.id not in kept:
                passwords.forget(account.keyring_user)  # a removed account leaves no secret
        self._apply(old, [user for user, _, _ in result.secrets])
        return {}

    def _apply(self, old: Settings, new_secrets: list[str]) -> None:
        """Everything takes effect at once: no restart after saving settings."""
        app = self._app
        new = app.settings
        if (old.theme, old.text_scale) != (new.theme, new.text_scale):
            apply_appearance(app.app, new.theme, new.text_scale)
        if old.ui_language != new.ui_language:
            apply_language(app.app, new.ui_language, resources_dir() / "translations")
            if app.phone.tray is not None:
                app.phone.tray.retranslate()
        app.window.set_shortcuts(asdict(new.shortcuts))
        app.phone.apply_settings(new, new_secrets)
        if (old.store.url, old.agent_login) != (new.store.url, new.agent_login):
            app.spawn(app.open_store())
