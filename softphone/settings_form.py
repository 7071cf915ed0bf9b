"""Validating what the agent typed in the settings dialog, field by field.

Messages are for people and translatable. A store URL that carries a password is refused: the
password belongs in its own field, which goes to the keyring, never into the settings file.
"""

from __future__ import annotations

import copy
import dataclasses
import re
import wave
from collections.abc import Callable
from dataclasses import dataclass, field

import phonenumbers
from PySide6.QtCore import QCoreApplication

from softphone.settings import Settings, SettingsError, Shortcuts, SipAccountSettings
from ui.viewmodels import SettingsForm

HOST_RE = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}(:\d{1,5})?$")
SIP_USER_RE = re.compile(r"^[A-Za-z0-9_.!~*'()&=+$,;?/%-]{1,128}$")  # RFC 3261 user part
LOGIN_RE = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")


@dataclass
class FormResult:
    settings: Settings
    errors: dict[str, str] = field(default_factory=dict)
    # (keyring user, secret, form field) for each password the user typed
    secrets: list[tuple[str, str, str]] = field(default_factory=list)


def store_url_error(url: str) -> str | None:
    if not url:
        return None
    from crm.db import StoreUrlError, normalise_url

    try:
        parsed = normalise_url(url)
    except StoreUrlError:
        return QCoreApplication.translate(
            "SettingsForm", "Not a store URL: use postgresql://user@host/database or sqlite:///path"
        )
    if parsed.password:
        return QCoreApplication.translate(
            "SettingsForm", "Remove the password from the URL and type it in the password field."
        )
    if parsed.get_backend_name() == "postgresql" and not (parsed.host and parsed.database):
        return QCoreApplication.translate(
            "SettingsForm", "A PostgreSQL URL needs a host and a database name."
        )
    return None


def ringtone_error(path: str) -> str | None:
    if not path:
        return None
    try:
        with wave.open(path, "rb") as sound:
            if sound.getnframes() == 0:
                raise wave.Error("empty")
    except (OSError, EOFError, wave.Error):
        return QCoreApplication.translate("SettingsForm", "Not a WAV sound file: %1").replace(
            "%1", path
        )
    return None


def shortcut_errors(shortcuts: dict[str, str]) -> dict[str, str]:
    """Two actions on one key would make one of them unreachable: refuse the second."""
    errors: dict[str, str] = {}
    seen: dict[str, str] = {}
    for name, keys in shortcuts.items():
        if not keys:
            continue
        if keys in seen:
            errors[f"shortcut_{name}"] = QCoreApplication.translate(
                "SettingsForm", "Already used by another action."
            )
        seen.setdefault(keys, name)
    return errors


# Settings keys (as locked in the system settings file) -> the dialog's fields they lock.
LOCKABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "agent_login": ("agent_login",),
    "ui_language": ("ui_language",),
    "default_region": ("default_region",),
    "wrap_up_seconds": ("wrap_up_seconds",),
    "store.url": ("store_url",),
    "accounts": ("accounts",),
    "sip_account_template": ("accounts",),
    "audio_capture": ("capture_device",),
    "audio_playback": ("playback_device",),
    "ringtone_wav": ("ringtone",),
}


def locked_form_fields(is_locked: Callable[[str], bool]) -> frozenset[str]:
    """The dialog's fields to grey out, given the system file's locks."""
    names = {name for key, fields in LOCKABLE_FIELDS.items() if is_locked(key) for name in fields}
    names.update(
        f"shortcut_{shortcut.name}"
        for shortcut in dataclasses.fields(Shortcuts)
        if is_locked(f"shortcuts.{shortcut.name}")
    )
    return frozenset(names)


def apply_form(current: Settings, form: SettingsForm) -> FormResult:
    settings = copy.deepcopy(current)
    errors: dict[str, str] = {}

    if form.agent_login and not LOGIN_RE.match(form.agent_login):
        errors["agent_login"] = QCoreApplication.translate(
            "SettingsForm", "Letters, digits and . _ @ - only."
        )
    settings.agent_login = form.agent_login

    if form.default_region not in phonenumbers.SUPPORTED_REGIONS:
        errors["default_region"] = QCoreApplication.translate(
            "SettingsForm", "Unknown country code: use two letters such as IT or DE."
        )
    settings.default_region = form.default_region
    settings.ui_language = form.ui_language
    settings.theme = form.theme
    settings.text_scale = form.text_scale
    settings.wrap_up_seconds = form.wrap_up_seconds

    url_error = store_url_error(form.store_url)
    if url_error:
        errors["store_url"] = url_error
    settings.store.url = form.store_url

    secrets: list[tuple[str, str, str]] = []
    if form.store_password:
        secrets.append((settings.store.keyring_user, form.store_password, "store_password"))

    previous = {a.id: a for a in current.accounts}
    accounts: list[SipAccountSettings] = []
    for index, entry in enumerate(form.accounts):
        prefix = f"account:{index}:"
        if not SIP_USER_RE.match(entry.username):
            errors[prefix + "sip_username"] = QCoreApplication.translate(
                "SettingsForm", "Enter the SIP user (the part before @)."
            )
        if not HOST_RE.match(entry.domain):
            errors[prefix + "sip_domain"] = QCoreApplication.translate(
                "SettingsForm", "Enter a domain or host name, e.g. pbx.example.org."
            )
        account = copy.deepcopy(previous.get(entry.id)) or SipAccountSettings(id=entry.id)
        account.username, account.domain = entry.username, entry.domain
        if entry.transport in ("udp", "tcp", "tls"):
            account.transport = entry.transport  # type: ignore[assignment]
        accounts.append(account)
        if entry.password:
            secrets.append((account.keyring_user, entry.password, prefix + "sip_password"))
    settings.accounts = accounts

    settings.audio_capture = form.capture_device
    settings.audio_playback = form.playback_device
    ring_error = ringtone_error(form.ringtone)
    if ring_error:
        errors["ringtone"] = ring_error
    settings.ringtone_wav = form.ringtone

    errors.update(shortcut_errors(form.shortcuts))
    for name, keys in form.shortcuts.items():
        if hasattr(settings.shortcuts, name):
            setattr(settings.shortcuts, name, keys)

    if not errors:
        try:
            settings.validate()
        except SettingsError as exc:
            errors[exc.path.split(".")[0]] = str(exc)
    return FormResult(settings, errors, secrets if not errors else [])
