from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from softphone.settings import (
    Settings,
    SettingsError,
    SipAccountSettings,
    load_settings,
    save_settings,
    settings_from_dict,
    settings_to_dict,
)


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    settings = Settings(agent_login="giulia.rossi", ui_language="de", default_region="DE")
    settings.accounts.append(
        SipAccountSettings(id="work", username="1001", domain="pbx.example.org", transport="tls")
    )
    settings.store.url = "postgresql://giulia@db.example.org/tickets"
    path = tmp_path / "settings.json"
    save_settings(settings, path)
    loaded = load_settings(path)
    assert loaded.problem is None
    assert loaded.settings == settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "nope.json")
    assert loaded.settings == Settings()
    assert loaded.problem is None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"wrap_up_seconds": "thirty"}, "wrap_up_seconds"),
        ({"wrap_up_seconds": True}, "wrap_up_seconds"),
        ({"accounts": [{"transport": "carrier-pigeon"}]}, "accounts[0].transport"),
        ({"store": {"connect_timeout_s": "fast"}}, "store.connect_timeout_s"),
        ({"default_region": "Italy"}, "default_region"),
        ({"ui_language": "xx"}, "ui_language"),
        ({"accounts": [{"id": "a"}, {"id": "a"}]}, "accounts"),
    ],
)
def test_invalid_values_name_the_field(data: dict, field: str) -> None:
    with pytest.raises(SettingsError) as excinfo:
        settings_from_dict(data)
    assert excinfo.value.path == field


def test_unreadable_file_is_kept_aside_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"agent_login": "giulia", ', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.problem and "unreadable" in loaded.problem
    kept = list(tmp_path.glob("settings.json.unreadable-*"))
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8") == '{"agent_login": "giulia", '


def test_unknown_keys_are_ignored_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"agent_login": "marco", "from_the_future": 1}), encoding="utf-8")
    assert load_settings(path).settings.agent_login == "marco"


def test_save_refuses_invalid_settings_and_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(agent_login="first"), path)
    bad = Settings(agent_login="second", default_region="nowhere")
    with pytest.raises(SettingsError):
        save_settings(bad, path)
    assert load_settings(path).settings.agent_login == "first"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def _all_field_names(cls: type) -> set[str]:
    names = set()
    for field in dataclasses.fields(cls):
        names.add(field.name)
        inner = field.type if isinstance(field.type, type) else None
        if inner and dataclasses.is_dataclass(inner):
            names |= _all_field_names(inner)
    return names


def test_settings_have_no_place_for_a_password() -> None:
    names = _all_field_names(Settings) | _all_field_names(SipAccountSettings)
    assert not [n for n in names if "password" in n or "secret" in n]
    assert "password" not in json.dumps(settings_to_dict(Settings()))
