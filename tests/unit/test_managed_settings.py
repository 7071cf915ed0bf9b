"""Managed settings: the system file IT provisions, its locked keys, the SIP account template,
and a broken system file reported, never ignored."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from softphone.managed_settings import (
    ManagedSettings,
    load_layered,
    load_managed,
    save_user_settings,
    system_settings_candidates,
)
from softphone.settings import Settings, load_settings
from softphone.settings_form import locked_form_fields

PROVISIONED = {
    "store": {"url": "postgresql://db.example.org/tickets"},
    "sip_account_template": {
        "username": "{login}",
        "display_name": "{login}",
        "domain": "pbx.example.org",
        "transport": "tls",
        "outbound_proxy": "sip:edge.example.org;lr",
        "tls_ca_file": "/etc/ssl/certs/pbx-ca.pem",
        "srtp": "mandatory",
    },
    "ui_language": "de",
    "listen_in_via": "asterisk",
    "callback_preview_seconds": 20,
    "wrap_up_seconds": 45,
    "locked": ["store.url", "sip_account_template", "accounts", "listen_in_via", "ui_language"],
}


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def system_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "etc" / "contact-softphone" / "settings.json"
    monkeypatch.setenv("SOFTPHONE_SYSTEM_SETTINGS", str(path))
    return path


def test_locked_keys_win_over_the_agents_file_and_unlocked_ones_do_not(
    system_file: Path, tmp_path: Path
) -> None:
    write(system_file, PROVISIONED)
    user = write(
        tmp_path / "user" / "settings.json",
        {
            "agent_login": "giulia.rossi",
            "store": {"url": "sqlite:////tmp/mine.sqlite3"},  # locked: not taken
            "ui_language": "it",  # locked
            "listen_in_via": "client",  # locked
            "accounts": [{"id": "mine", "username": "me", "domain": "evil.example.com"}],
            "wrap_up_seconds": 10,  # not locked: the agent's choice
        },
    )
    loaded = load_layered(user)
    settings = loaded.settings
    assert loaded.managed.problem is None and loaded.problem is None
    assert settings.store.url == "postgresql://db.example.org/tickets"
    assert settings.ui_language == "de"
    assert settings.listen_in_via == "asterisk"
    assert settings.wrap_up_seconds == 10
    assert settings.callback_preview_seconds == 20  # the system's default, not locked
    (account,) = settings.accounts  # "accounts" locked: the template's, not the agent's own
    assert (account.username, account.display_name, account.domain) == (
        "giulia.rossi",
        "giulia.rossi",
        "pbx.example.org",
    )
    assert (account.transport, account.srtp, account.outbound_proxy, account.tls_ca_file) == (
        "tls",
        "mandatory",
        "sip:edge.example.org;lr",
        "/etc/ssl/certs/pbx-ca.pem",
    )


def test_the_template_gives_each_agent_their_account(system_file: Path, tmp_path: Path) -> None:
    write(system_file, {**PROVISIONED, "locked": []})
    user = tmp_path / "settings.json"
    assert load_layered(user, login="marco.bianchi").settings.accounts[0].username == (
        "marco.bianchi"
    )
    # Unlocked, an agent's own account is theirs to keep.
    write(user, {"accounts": [{"id": "own", "username": "42", "domain": "pbx.example.org"}]})
    assert [a.id for a in load_layered(user, login="marco.bianchi").settings.accounts] == ["own"]


def test_saving_writes_only_the_agents_changes_and_never_a_locked_key(
    system_file: Path, tmp_path: Path
) -> None:
    write(system_file, PROVISIONED)
    user = tmp_path / "settings.json"
    loaded = load_layered(user, login="giulia.rossi")
    edited = loaded.settings
    edited.store.url = "sqlite:////tmp/elsewhere.sqlite3"  # as if a dialog let it through
    edited.ui_language = "fr"
    edited.wrap_up_seconds = 60
    in_force = save_user_settings(edited, loaded.managed, user)
    assert in_force.store.url == "postgresql://db.example.org/tickets"
    assert in_force.ui_language == "de"
    assert in_force.wrap_up_seconds == 60
    saved = json.loads(user.read_text(encoding="utf-8"))
    assert "ui_language" not in saved and "url" not in saved.get("store", {})
    assert "accounts" not in saved and "listen_in_via" not in saved
    assert saved["wrap_up_seconds"] == 60
    assert load_settings(user).problem is None  # still a valid settings file on its own
    again = load_layered(user, login="giulia.rossi").settings
    assert (again.ui_language, again.wrap_up_seconds) == ("de", 60)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"store": {"url": "postgresql://db', "line 1"),  # cut short
        ({"wrap_up_seconds": "forty"}, "wrap_up_seconds"),
        ({"ui_language": "de", "locked": ["ui_langauge"]}, "no such setting: ui_langauge"),
        ({"locked": "ui_language"}, "locked"),
        ([1, 2], "expected a JSON object"),
    ],
)
def test_a_broken_system_file_is_reported_and_locks_nothing(
    system_file: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, content, reason
) -> None:
    write(system_file, content)
    user = write(tmp_path / "settings.json", {"ui_language": "it"})
    with caplog.at_level(logging.ERROR, logger="softphone.managed_settings"):
        loaded = load_layered(user)
    assert loaded.managed.problem is not None
    assert str(system_file) in loaded.managed.problem and reason in loaded.managed.problem
    assert loaded.managed.locked == frozenset()
    assert loaded.settings.ui_language == "it"  # the agent's own settings, not nothing
    assert any(str(system_file) in record.getMessage() for record in caplog.records)
    assert system_file.exists()  # IT's file is theirs: never moved or rewritten by the app


def test_where_the_system_file_is_looked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOFTPHONE_SYSTEM_SETTINGS", raising=False)
    monkeypatch.setenv("SOFTPHONE_HOME", str(tmp_path / "home"))
    assert system_settings_candidates() == [tmp_path / "home" / "system" / "settings.json"]
    monkeypatch.delenv("SOFTPHONE_HOME")
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'a'}:{tmp_path / 'b'}")
    assert system_settings_candidates() == [
        tmp_path / "a" / "contact-softphone" / "settings.json",
        tmp_path / "b" / "contact-softphone" / "settings.json",
    ]
    write(tmp_path / "b" / "contact-softphone" / "settings.json", {"wrap_up_seconds": 5})
    managed = load_managed()
    assert managed.path == tmp_path / "b" / "contact-softphone" / "settings.json"
    assert managed.effective({}).wrap_up_seconds == 5


def test_locks_name_the_dialogs_fields() -> None:
    managed = ManagedSettings(locked=frozenset({"store", "sip_account_template", "shortcuts"}))
    fields = locked_form_fields(managed.is_locked)
    assert {"store_url", "accounts", "shortcut_answer", "shortcut_hang_up"} <= fields
    assert "ui_language" not in fields and "store_password" not in fields
    assert Settings().store.url == ""  # the defaults are untouched by any of this


def test_a_pbx_of_the_floor_names_its_ivr_headers_in_the_system_file(
    system_file: Path, tmp_path: Path
) -> None:
    """IT sets the header a PBX sends; an agent's old file with the list form does not undo it
    (the list never gave a header a role)."""
    write(system_file, {"cti_headers": {"topic": "X-Topic"}, "locked": ["cti_headers.language"]})
    user = write(
        tmp_path / "user" / "settings.json",
        {"cti_headers": ["X-IVR-Topic", "X-IVR-Language", "X-Caller-Verified"]},
    )
    loaded = load_layered(user)
    assert loaded.managed.problem is None and loaded.problem is None
    headers = loaded.settings.cti_headers
    assert (headers.topic, headers.language) == ("X-Topic", "X-IVR-Language")
    assert headers.captured()[0] == "X-Topic"
