"""Validating what the agent typed in the settings dialog, field by field.

Messages are for people and translatable. A store URL that carries a password is refused: the
password belongs in its own field, which goes to the keyring, never into the settings file.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

import phonenumbers
from PySide6.QtCore import QCoreApplication

from softphone.settings import Settings, SettingsError, SipAccountSettings
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
    settings.wrap_up_seconds = form.wrap_up_seconds

    url_error = store_url_error(form.store_url)
    if url_error:
        errors["store_url"] = url_error
    settings.store.url = form.store_url

    secrets: list[tuple[str, str, str]] = []
    if form.store_password:
        secrets.append((settings.store.keyring_user, form.store_password, "store_password"))

    if form.sip_username or form.sip_domain or form.sip_password:
        if not SIP_USER_RE.match(form.sip_username):
            errors["sip_username"] = QCoreApplication.translate(
                "SettingsForm", "Enter the SIP user (the part before @)."
            )
        if not HOST_RE.match(form.sip_domain):
            errors["sip_domain"] = QCoreApplication.translate(
                "SettingsForm", "Enter a domain or host name, e.g. pbx.example.org."
            )
        account = settings.accounts[0] if settings.accounts else SipAccountSettings()
        account.username = form.sip_username
        account.domain = form.sip_domain
        if form.sip_transport in ("udp", "tcp", "tls"):
            account.transport = form.sip_transport  # type: ignore[assignment]
        if not settings.accounts:
            settings.accounts.append(account)
        if form.sip_password:
            secrets.append((account.keyring_user, form.sip_password, "sip_password"))
    if not errors:
        try:
            settings.validate()
        except SettingsError as exc:
            errors[exc.path.split(".")[0]] = str(exc)
    return FormResult(settings, errors, secrets if not errors else [])
