"""Settings an IT department provisions for every desk, and the keys the agent may not change.

The system-wide file has the same schema as the agent's settings.json, plus `"locked"`: a list
of dotted keys ("store.url", "ui_language", "sip_account_template", "shortcuts.answer"...).
The layers, from weakest to strongest:

    the app's defaults  <  the system file  <  the agent's own file  <  the system's locked keys

so the system file gives defaults the agent may change, and locked keys nobody at the desk can.
Where the file is:

- SOFTPHONE_SYSTEM_SETTINGS, when set: that file (a deployment tool, a test);
- with SOFTPHONE_HOME (portable use, tests): $SOFTPHONE_HOME/system/settings.json;
- else platformdirs' site config directories, the first that holds contact-softphone/settings.json:
  on Linux the XDG system config directories ($XDG_CONFIG_DIRS, by default
  /etc/xdg/contact-softphone/settings.json), on Windows C:\\ProgramData\\contact-softphone,
  on macOS /Library/Application Support/contact-softphone.

A system file that cannot be used (not JSON, a wrong value, a locked key that does not exist) is
never ignored in silence: the problem is logged and shown to the agent, and the app runs on the
agent's own settings until IT fixes it.

A SIP account template (`sip_account_template`) gives every agent their account from their
login: "{login}" in its user, authentication user and display name is replaced by the agent's
login. It applies when the agent has no account of their own, or always when "accounts" is
locked.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import logging
import os
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from softphone import APP_NAME
from softphone.settings import (
    LoadResult,
    Settings,
    SettingsError,
    SipAccountSettings,
    load_settings,
    settings_from_dict,
    settings_to_dict,
    upgrade_settings_data,
    write_json_atomically,
)

log = logging.getLogger(__name__)

ENV_FILE = "SOFTPHONE_SYSTEM_SETTINGS"
LOCKED_KEY = "locked"
LOGIN_PLACEHOLDER = "{login}"


def system_settings_candidates() -> list[Path]:
    """Where a system settings file may be, strongest first."""
    override = os.environ.get(ENV_FILE)
    if override:
        return [Path(override).expanduser()]
    home = os.environ.get("SOFTPHONE_HOME")
    if home:
        return [Path(home).expanduser() / "system" / "settings.json"]
    directories = platformdirs.site_config_dir(APP_NAME, multipath=True).split(os.pathsep)
    return [Path(directory) / "settings.json" for directory in directories if directory]


def _is_key(path: str) -> bool:
    """A dotted path through the settings dataclasses ("store.url"), or a whole section."""
    owner: Any = Settings
    for part in path.split("."):
        if not (dataclasses.is_dataclass(owner) and isinstance(owner, type)):
            return False
        hints = typing.get_type_hints(owner)
        if part not in hints:
            return False
        hint = hints[part]
        options = [h for h in typing.get_args(hint) if h is not type(None)]
        owner = options[0] if options and dataclasses.is_dataclass(options[0]) else hint
    return True


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` on top of `base`, objects merged key by key, everything else replaced."""
    merged = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _get(data: dict[str, Any], path: str) -> tuple[bool, Any]:
    node: Any = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return False, None
        node = node[part]
    return True, node


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node = data
    for part in parents:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[last] = copy.deepcopy(value)


def _drop(data: dict[str, Any], path: str) -> None:
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node.get(part) if isinstance(node, dict) else None
    if isinstance(node, dict):
        node.pop(last, None)


def _diff(values: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """What in `values` differs from `base` (objects compared key by key)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            inner = _diff(value, base[key])
            if inner:
                out[key] = inner
        elif key not in base or base[key] != value:
            out[key] = value
    return out


def account_from_template(template: SipAccountSettings, login: str) -> SipAccountSettings:
    """The agent's SIP account: the template with {login} replaced by their login."""
    return dataclasses.replace(
        template,
        id=template.id or "default",
        username=template.username.replace(LOGIN_PLACEHOLDER, login),
        auth_username=template.auth_username.replace(LOGIN_PLACEHOLDER, login),
        display_name=template.display_name.replace(LOGIN_PLACEHOLDER, login),
    )


@dataclass(frozen=True)
class ManagedSettings:
    """The system file as read: its values, its locked keys, or why it could not be used."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    problem: str | None = None

    def is_locked(self, key: str) -> bool:
        """True for a locked key and for anything inside a locked section."""
        return any(key == lock or key.startswith(lock + ".") for lock in self.locked)

    def base(self) -> dict[str, Any]:
        """The defaults with the system file on top: what the agent's file changes."""
        return _merge(settings_to_dict(Settings()), self.values)

    def effective(self, user: dict[str, Any]) -> Settings:
        """The settings in force: defaults, system file, the agent's file, locked keys."""
        merged = _merge(self.base(), user)
        for key in self.locked:
            present, value = _get(self.values, key)
            if present:
                _set(merged, key, value)
            else:  # locked at the default: the agent's value does not count
                _set(merged, key, _get(settings_to_dict(Settings()), key)[1])
        settings = settings_from_dict(merged)
        return self._with_template(settings)

    def enforce(self, settings: Settings) -> Settings:
        """`settings` (e.g. from the settings dialog) with the locked keys put back."""
        return self.effective(settings_to_dict(settings))

    def user_layer(self, settings: Settings) -> dict[str, Any]:
        """What the agent's file must hold to give `settings`: the differences from the
        system's values, never a locked key."""
        data = settings_to_dict(settings)
        template = settings.sip_account_template
        if (
            template is not None
            and settings.agent_login
            and data.get("accounts")
            == [dataclasses.asdict(account_from_template(template, settings.agent_login))]
        ):
            data["accounts"] = []  # the template's account is derived, not the agent's own
        layer = _diff(data, self.base())
        for key in self.locked:
            _drop(layer, key)
        return layer

    def _with_template(self, settings: Settings) -> Settings:
        template = settings.sip_account_template
        if template is None or not settings.agent_login:
            return settings
        if settings.accounts and not self.is_locked("accounts"):
            return settings
        settings.accounts = [account_from_template(template, settings.agent_login)]
        return settings


def load_managed(candidates: list[Path] | None = None) -> ManagedSettings:
    """Read the first system settings file that exists; a broken one is reported, not used."""
    for path in system_settings_candidates() if candidates is None else candidates:
        if not path.exists():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise SettingsError("(file)", "expected a JSON object")
            data = upgrade_settings_data(data)  # before merging: an old form is not a value
            locked = data.pop(LOCKED_KEY, [])
            if not isinstance(locked, list) or not all(isinstance(k, str) for k in locked):
                raise SettingsError(LOCKED_KEY, "expected a list of setting names")
            unknown = [key for key in locked if not _is_key(key)]
            if unknown:
                raise SettingsError(LOCKED_KEY, f"no such setting: {', '.join(unknown)}")
            settings_from_dict(_merge(settings_to_dict(Settings()), data))  # validates
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, SettingsError) as exc:
            log.error("system settings file %s cannot be used (%s): nothing is locked", path, exc)
            return ManagedSettings(path=path, problem=f"{path}: {exc}")
        log.info("system settings from %s; locked: %s", path, ", ".join(sorted(locked)) or "-")
        return ManagedSettings(path=path, values=data, locked=frozenset(locked))
    return ManagedSettings()


@dataclass(frozen=True)
class LayeredLoad:
    settings: Settings
    managed: ManagedSettings
    problem: str | None = None  # the agent's own file could not be used


def load_layered(
    user_file: Path, managed: ManagedSettings | None = None, login: str | None = None
) -> LayeredLoad:
    """The settings in force on this desk: the system file, the agent's file, the locks;
    `login` signs in as another agent for this run (their account from the template)."""
    managed = load_managed() if managed is None else managed
    own: LoadResult = load_settings(user_file)  # validates; sets a broken file aside
    user: dict[str, Any] = {}
    if own.problem is None and user_file.exists():
        user = upgrade_settings_data(json.loads(user_file.read_text(encoding="utf-8")))
    if login:
        own.settings.agent_login = login
        user["agent_login"] = login
    try:
        settings = managed.effective(user)
    except SettingsError as exc:  # valid apart, not together: say so, run on the agent's own
        log.error("system and own settings do not combine (%s): using the agent's own", exc)
        problem = f"{managed.path}: {exc}"
        return LayeredLoad(
            own.settings, dataclasses.replace(managed, problem=problem, locked=frozenset())
        )
    return LayeredLoad(settings, managed, own.problem)


def save_user_settings(settings: Settings, managed: ManagedSettings, path: Path) -> Settings:
    """Write the agent's layer atomically; returns the settings in force afterwards."""
    settings.validate()
    in_force = managed.enforce(settings)
    write_json_atomically(managed.user_layer(settings), path)
    return in_force
