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


def test_the_ivr_headers_are_named_by_role(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"cti_headers": {"topic": "X-Topic", "verified": ""}}))
    headers = load_settings(path).settings.cti_headers
    assert (headers.topic, headers.language, headers.verified, headers.callback) == (
        "X-Topic",
        "X-IVR-Language",
        "",
        "X-IVR-Callback",
    )
    # The engine captures these and no other; the phone reads each answer by its role.
    assert headers.captured() == ("X-Topic", "X-IVR-Language", "X-IVR-Callback")
    answers = headers.read({"X-Topic": "pensions", "X-IVR-Topic": "payments", "": "x"})
    assert (answers.topic, answers.language, answers.verified) == ("pensions", "", "")


def test_the_old_list_of_ivr_headers_still_loads_as_the_defaults_it_meant(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The list form was never read (the defaults were always used): it loads as them, and a
    name in it that gave no role is said in the log."""
    path = tmp_path / "settings.json"
    old = ["X-IVR-Topic", "X-IVR-Language", "X-Caller-Verified", "X-IVR-Callback", "X-Topic"]
    path.write_text(json.dumps({"agent_login": "anna", "cti_headers": old}))
    loaded = load_settings(path)
    assert loaded.problem is None
    assert loaded.settings == Settings(agent_login="anna")
    assert "X-Topic" in caplog.text


@pytest.mark.parametrize("name", ["X Topic", "X-Topic:", "Topic\r\nX-Evil", "X-Topic\n"])
def test_an_ivr_header_no_sip_header_can_have_is_refused(name: str) -> None:
    with pytest.raises(SettingsError) as raised:
        settings_from_dict({"cti_headers": {"language": name}})
    assert raised.value.path == "cti_headers.language"
