"""The app's settings: one typed object, stored as JSON in the user config directory.

There is deliberately no field for a password anywhere in here: secrets go through
`softphone.passwords` to the OS keyring. A settings file that cannot be read is moved aside
(never silently overwritten) and the app starts on defaults, saying so.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import tempfile
import types
import typing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from softphone.ivr import IvrHeaders

log = logging.getLogger(__name__)

T = typing.TypeVar("T")

SETTINGS_VERSION = 1

Transport = Literal["udp", "tcp", "tls"]
SrtpPolicy = Literal["off", "optional", "mandatory"]
PausedCallPolicy = Literal["busy", "ring"]

UI_LANGUAGES = ("en", "it", "de", "fr", "ar", "pl", "es", "ru")
PSEUDO_LANGUAGE = "pseudo"  # for developers: stretched, accented strings (ui.i18n.pseudo)


class SettingsError(ValueError):
    """A settings value has the wrong type or an impossible value; `path` names the field."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


@dataclass
class SipAccountSettings:
    id: str = "default"  # stable key; the keyring entry is named after it
    display_name: str = ""
    username: str = ""
    auth_username: str = ""  # when the digest user differs from the SIP user
    domain: str = ""
    registrar: str = ""  # empty: sip:<domain>
    outbound_proxy: str = ""
    transport: Transport = "udp"
    srtp: SrtpPolicy = "off"
    tls_verify_server: bool = True  # on by default: an agent's calls are personal data
    tls_ca_file: str = ""  # a private CA to trust, for PBXs with in-house certificates
    enabled: bool = True

    @property
    def keyring_user(self) -> str:
        return f"sip:{self.id}"


@dataclass
class StoreSettings:
    url: str = ""  # empty: the embedded SQLite store in the user data directory
    connect_timeout_s: float = 3.0
    # Optional PostgreSQL hot standby for the reads that dominate a floor (screen-pop, search,
    # history); same login and password as `url`. Empty: every read goes to `url`.
    read_url: str = ""

    @property
    def keyring_user(self) -> str:
        return "store"


@dataclass
class Shortcuts:
    answer: str = "Ctrl+Shift+A"
    hang_up: str = "Ctrl+Shift+H"
    hold: str = "Ctrl+Shift+O"
    mute: str = "Ctrl+Shift+M"
    transfer: str = "Ctrl+Shift+T"
    focus_dial: str = "Ctrl+L"
    search: str = "Ctrl+K"
    canned_answers: str = "Ctrl+J"


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    agent_login: str = ""
    ui_language: str = ""  # empty: follow the system locale
    default_region: str = "IT"  # for numbers typed without a country code
    store: StoreSettings = field(default_factory=StoreSettings)
    accounts: list[SipAccountSettings] = field(default_factory=list)
    # Provisioned by IT (softphone.managed_settings): every agent's SIP account, "{login}" in
    # its user names replaced by the agent's login.
    sip_account_template: SipAccountSettings | None = None
    wrap_up_seconds: int = 30
    # The agent takes callback requests from the queue when free (off: inbound calls only).
    take_callbacks: bool = True
    # A callback request's preview before the phone dials it by itself; 0: the agent dials.
    callback_preview_seconds: int = 15
    # How a callback's number is dialled; {number} is its E.164 form. A PBX may want a prefix
    # ("9{number}") or a trunk ("sip:{number}@trunk.example.org").
    callback_dial_format: str = "{number}"
    pause_reasons: list[str] = field(
        default_factory=lambda: ["break", "training", "back_office", "meeting"]
    )
    paused_incoming: PausedCallPolicy = "busy"
    # Which header of an incoming call carries each of the IVR's answers (softphone.ivr): a
    # PBX that sends "X-Topic" is set up with {"topic": "X-Topic"}. Read when the app starts.
    cti_headers: IvrHeaders = field(default_factory=IvrHeaders)
    shortcuts: Shortcuts = field(default_factory=Shortcuts)
    audio_capture: str = ""  # a device name; "" for the system's default
    audio_playback: str = ""
    ringtone_wav: str = ""  # "" for the built-in ring
    # Agents see when a supervisor listens in (German and Italian rules require transparency).
    show_listen_in_notice: bool = True
    # How supervisors listen in: "client" (any PBX: this app calls the agent's app) or a PBX
    # that does it itself with feature codes: "asterisk" (ChanSpy) or "freeswitch" (eavesdrop).
    listen_in_via: str = "client"
    # Low vision: "system" follows the desktop's contrast preference; "standard",
    # "contrast-light" or "contrast-dark" choose. The text size in percent (100 to 200).
    theme: str = "system"
    text_scale: int = 100

    def validate(self) -> None:
        """Refuse values that would misbehave later; raises SettingsError naming the field."""
        if self.ui_language and self.ui_language not in (*UI_LANGUAGES, PSEUDO_LANGUAGE):
            raise SettingsError("ui_language", f"unsupported language {self.ui_language!r}")
        if not re.fullmatch(r"[A-Z]{2}", self.default_region):
            raise SettingsError("default_region", "expected a two-letter country code, e.g. IT")
        if not 0 <= self.wrap_up_seconds <= 3600:
            raise SettingsError("wrap_up_seconds", "expected 0 to 3600 seconds")
        if not 0 <= self.callback_preview_seconds <= 600:
            raise SettingsError("callback_preview_seconds", "expected 0 to 600 seconds")
        if self.callback_dial_format.count("{number}") != 1 or re.search(
            r"\{(?!number\})", self.callback_dial_format
        ):
            raise SettingsError("callback_dial_format", "expected {number} once, e.g. 0{number}")
        if self.theme not in ("system", "standard", "contrast-light", "contrast-dark"):
            raise SettingsError(
                "theme", "expected system, standard, contrast-light or contrast-dark"
            )
        if not 100 <= self.text_scale <= 200:
            raise SettingsError("text_scale", "expected 100 to 200 (percent)")
        if self.listen_in_via not in ("client", "asterisk", "freeswitch"):
            raise SettingsError("listen_in_via", "expected client, asterisk or freeswitch")
        ivr_problem = self.cti_headers.problem()
        if ivr_problem is not None:
            raise SettingsError(f"cti_headers.{ivr_problem[0]}", ivr_problem[1])
        if not 0.5 <= self.store.connect_timeout_s <= 60:
            raise SettingsError("store.connect_timeout_s", "expected 0.5 to 60 seconds")
        ids = [account.id for account in self.accounts]
        if len(ids) != len(set(ids)):
            raise SettingsError("accounts", "two accounts share an id")
        for index, account in enumerate(self.accounts):
            if not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", account.id):
                raise SettingsError(f"accounts[{index}].id", "letters, digits, . _ - only")


def _convert(value: Any, hint: Any, path: str) -> Any:
    origin = get_origin(hint)
    if origin is Literal:
        if value not in get_args(hint):
            raise SettingsError(path, f"expected one of {get_args(hint)}, got {value!r}")
        return value
    if origin in (types.UnionType, typing.Union):
        for option in get_args(hint):
            if option is type(None) and value is None:
                return None
        non_none = [option for option in get_args(hint) if option is not type(None)]
        return _convert(value, non_none[0], path)
    if origin is list:
        if not isinstance(value, list):
            raise SettingsError(path, f"expected a list, got {type(value).__name__}")
        (item_hint,) = get_args(hint)
        return [_convert(item, item_hint, f"{path}[{i}]") for i, item in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise SettingsError(path, f"expected an object, got {type(value).__name__}")
        _, value_hint = get_args(hint)
        return {str(k): _convert(v, value_hint, f"{path}.{k}") for k, v in value.items()}
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise SettingsError(path, f"expected an object, got {type(value).__name__}")
        return _from_dict(typing.cast(type, hint), value, path)
    if hint is bool:
        if not isinstance(value, bool):
            raise SettingsError(path, f"expected true or false, got {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingsError(path, f"expected a whole number, got {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SettingsError(path, f"expected a number, got {value!r}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise SettingsError(path, f"expected text, got {value!r}")
        return value
    raise SettingsError(path, f"unsupported settings type {hint!r}")


def _from_dict(cls: type[T], data: dict[str, Any], path: str = "") -> T:
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    names = {f.name for f in dataclasses.fields(typing.cast(Any, cls))}
    for key, value in data.items():
        if key not in names:
            # A newer version's key, or a typo: keep going, but leave a trace.
            log.warning("ignoring unknown settings key %s%s", path and path + ".", key)
            continue
        kwargs[key] = _convert(value, hints[key], f"{path}.{key}" if path else key)
    return cls(**kwargs)


def upgrade_settings_data(data: dict[str, Any]) -> dict[str, Any]:
    """A settings object as an older app wrote it, in today's form (a copy when changed).

    `cti_headers` was a list of header names, which nothing read: the IVR headers were always
    the defaults. A list is dropped, so the defaults (or the system file's) stay in force, as
    they were; names in it that are not the defaults had no role, and the log says so."""
    old = data.get("cti_headers")
    if not isinstance(old, list):
        return data
    unused = [name for name in old if name not in IvrHeaders().captured()]
    if unused:
        log.warning(
            "cti_headers %s ignored: the list form gives a header no role; name each, e.g. "
            '{"topic": "X-Topic"}',
            unused,
        )
    return {key: value for key, value in data.items() if key != "cti_headers"}


def settings_from_dict(data: dict[str, Any]) -> Settings:
    settings = _from_dict(Settings, upgrade_settings_data(data))
    settings.validate()
    return settings


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    return dataclasses.asdict(settings)


@dataclass(frozen=True)
class LoadResult:
    settings: Settings
    problem: str | None = None  # shown to the user when the file could not be used


def load_settings(path: Path) -> LoadResult:
    if not path.exists():
        return LoadResult(Settings())
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise SettingsError("(file)", "expected a JSON object")
        return LoadResult(settings_from_dict(data))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, SettingsError) as exc:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = path.with_name(f"{path.name}.unreadable-{stamp}")
        try:
            path.replace(kept)
        except OSError:
            kept = path
        log.error("settings file %s unusable (%s); kept as %s, using defaults", path, exc, kept)
        return LoadResult(Settings(), problem=f"{exc} (the file was kept as {kept.name})")


def save_settings(settings: Settings, path: Path) -> None:
    """Validate, then write atomically: a crash mid-save leaves the old file, never half a file."""
    settings.validate()
    write_json_atomically(settings_to_dict(settings), path)


def write_json_atomically(data: dict[str, Any], path: Path) -> None:
    """A settings file written whole or not at all (a temporary file, fsync, rename)."""
    payload = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
