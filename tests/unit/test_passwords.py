from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend

from softphone import passwords
from softphone.logging_setup import configure_logging

ENV_KEYRING = "tests.support.env_keyring.EnvKeyring"
# A probe's preamble that records the keyring child processes it starts (their arguments).
COUNT_CHILDREN = (
    "import json, subprocess, sys\n"
    "from softphone import passwords\n"
    "runs = []\n"
    "real = subprocess.run\n"
    "def counted(cmd, **kw):\n"
    "    runs.append(cmd[3:])\n"
    "    return real(cmd, **kw)\n"
    "passwords.subprocess.run = counted\n"
)


def run_probe(
    probe: str, *, backend: str = ENV_KEYRING, stored: dict[str, str] | None = None
) -> Any:
    """Run `probe` in a fresh Python (keyring not loaded yet, as in the app) with this keyring
    backend (EnvKeyring holds `stored`); what its last line printed, as JSON."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND=backend)
    if stored is not None:
        env["SOFTPHONE_TEST_KEYRING"] = json.dumps(stored)
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True,
        timeout=120,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_store_and_load_through_the_keyring(memory_keyring) -> None:
    passwords.store("sip:work", "s3cret-pass")
    assert memory_keyring.secrets[(passwords.SERVICE, "sip:work")] == "s3cret-pass"
    assert passwords.load("sip:work") == "s3cret-pass"
    passwords.forget("sip:work")
    assert passwords.load("sip:work") is None
    passwords.forget("sip:work")  # forgetting twice is fine


def test_fail_backend_is_reported_and_refuses_to_store() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    status = passwords.status()
    assert status.secure is False
    assert "fail" in status.backend
    with pytest.raises(passwords.NoSecureKeyring, match="not saved"):
        passwords.store("store", "hunter22")
    assert passwords.load("store") is None


class FakePlaintextKeyring(KeyringBackend):
    """Looks like keyrings.alt's plaintext file backend, which must never be trusted."""

    priority = 1  # type: ignore[assignment]
    stored: dict[str, str] = {}  # noqa: RUF012

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop(username, None)


FakePlaintextKeyring.__module__ = "keyrings.alt.file"


def test_plaintext_backend_is_not_secure() -> None:
    keyring.set_keyring(FakePlaintextKeyring())
    assert passwords.status().secure is False
    with pytest.raises(passwords.NoSecureKeyring):
        passwords.store("store", "hunter22")
    assert FakePlaintextKeyring.stored == {}


def test_known_secrets_are_masked_in_the_log_file(tmp_path) -> None:
    log_file = tmp_path / "softphone.log"
    configure_logging(log_file)
    passwords.store("sip:work", "Tr0ub4dor&3")
    logging.getLogger("test").warning("REGISTER failed for user with password %s", "Tr0ub4dor&3")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "REGISTER failed" in text
    assert "Tr0ub4dor&3" not in text
    assert "******" in text


def test_a_store_across_the_network_is_reached_over_verified_tls_by_default() -> None:
    from crm.db import libpq_conninfo, make_engine

    remote = make_engine("postgresql://giulia.rossi@db.example.org/tickets")
    assert remote.url.query["sslmode"] == "verify-full"
    assert remote.url.query["sslrootcert"] == "system"
    assert "sslmode=verify-full" in (libpq_conninfo(remote.url) or "")
    # What the URL says wins; loopback and Unix sockets never leave the machine.
    for url, expected in [
        ("postgresql://a@db.example.org/t?sslmode=require", "require"),
        ("postgresql://a@127.0.0.1:5432/t", None),
        ("postgresql://a@localhost/t", None),
        ("postgresql://a@/t?host=/var/run/postgresql", None),
    ]:
        engine = make_engine(url)
        assert engine.url.query.get("sslmode") == expected, url
        engine.dispose()
    remote.dispose()


@pytest.mark.parametrize(
    ("backend", "secure"),
    [("keyring.backends.fail.Keyring", False), ("tests.conftest.MemoryKeyring", True)],
)
def test_status_at_rest_is_read_by_a_child_process(backend: str, secure: bool) -> None:
    """An app that has not loaded keyring reads its status from a child process (the keyring's
    modules stay out of the app's memory), which finds the backend this environment chooses."""
    probe = (
        "import json, sys\n"
        "from softphone import passwords\n"
        "found = passwords.status_at_rest()\n"
        "print(json.dumps([found.secure, found.backend, 'keyring' in sys.modules]))\n"
    )
    found_secure, found_backend, loaded_here = run_probe(probe, backend=backend)
    assert found_backend == backend and found_secure is secure
    assert loaded_here is False


def test_a_password_is_read_by_a_child_process_and_masked_here() -> None:
    """The app reads a password through a child process (keyring stays out of its memory); the
    password comes back, and this process masks it in its log all the same."""
    probe = (
        "import json, logging, sys\n"
        "from softphone import passwords\n"
        "found = passwords.load('sip:work'), passwords.load('sip:nobody')\n"
        "record = logging.LogRecord('t', logging.WARNING, '', 0, 'pw %s', (found[0],), None)\n"
        "passwords.SecretMaskingFilter().filter(record)\n"
        "print(json.dumps([*found, record.getMessage(), 'keyring' in sys.modules]))\n"
    )
    found, nobody, logged, loaded_here = run_probe(probe, stored={"sip:work": "Tr0ub4dor&3"})
    assert (found, nobody) == ("Tr0ub4dor&3", None)
    assert logged == "pw ******"
    assert loaded_here is False


def test_a_frozen_bundle_reads_the_keyring_itself() -> None:
    """A bundle's executable is the app, not a Python that runs `-m`: it must not start itself
    again to read a password, but read it in its own process."""
    probe = (
        "import json, sys\n"
        "sys.frozen = True\n"
        "from softphone import passwords\n"
        "found = passwords.load('sip:work')\n"
        "print(json.dumps([found, 'keyring' in sys.modules]))\n"
    )
    found, loaded_here = run_probe(probe, stored={"sip:work": "Tr0ub4dor&3"})
    assert found == "Tr0ub4dor&3" and loaded_here is True


def test_passwords_read_ahead_at_start_come_from_one_child_each_taken_once() -> None:
    """The app reads its accounts' and store's passwords ahead, as it starts (softphone.cli):
    one child process for all of them; each load() takes its own once, a later load() reads
    afresh, and a password typed for the session wins over the one read ahead."""
    probe = COUNT_CHILDREN + (
        "passwords.prefetch(['sip:work', 'store', 'sip:nobody', 'sip:typed'])\n"
        "passwords.hold('sip:typed', 'typed-now')\n"
        "found = [passwords.load(u) for u in ('store', 'sip:work', 'sip:nobody', 'sip:typed')]\n"
        "before_again = len(runs)\n"
        "again = passwords.load('store')\n"
        "print(json.dumps([found, before_again, runs, again, 'keyring' in sys.modules]))\n"
    )
    stored = {"sip:work": "Tr0ub4dor&3", "store": "s3cret-db"}
    found, before_again, runs, again, loaded_here = run_probe(probe, stored=stored)
    assert found == ["s3cret-db", "Tr0ub4dor&3", None, "typed-now"]
    assert before_again == 1  # one child for all four
    assert runs[0] == ["load", "sip:nobody", "sip:typed", "sip:work", "store"]
    assert again == "s3cret-db" and runs[1:] == [["load", "store"]]  # read afresh
    assert loaded_here is False


def test_a_start_reads_ahead_the_enabled_accounts_and_a_server_stores_passwords() -> None:
    from softphone.cli import passwords_needed
    from softphone.settings import Settings, SipAccountSettings, StoreSettings

    accounts = [
        SipAccountSettings(id="work", username="1001", domain="pbx.example.org"),
        SipAccountSettings(id="old", username="1002", domain="pbx.example.org", enabled=False),
    ]
    on_server = Settings(
        accounts=accounts, store=StoreSettings(url="postgresql://pooler.example.org/tickets")
    )
    assert passwords_needed(on_server) == ["sip:work", "store"]
    embedded = Settings(accounts=accounts, store=StoreSettings(url="sqlite:///x.sqlite3"))
    assert passwords_needed(embedded) == ["sip:work"]
    assert passwords_needed(Settings()) == []


def test_an_agents_remembered_passwords_come_from_one_child() -> None:
    """Signing in with the passwords remembered at this desk (softphone.desk): the store's and
    the SIP account's are read by one child process, not one each."""
    probe = COUNT_CHILDREN + (
        "from softphone import desk\n"
        "both = desk.remembered_passwords('anna', True)\n"
        "store_only = desk.remembered_passwords('anna', False)\n"
        "print(json.dumps([both, store_only, runs]))\n"
    )
    stored = {"desk:anna:store": "s3cret-db", "desk:anna:sip": "Tr0ub4dor&3"}
    both, store_only, runs = run_probe(probe, stored=stored)
    assert both == ["s3cret-db", "Tr0ub4dor&3"] and store_only == ["s3cret-db", ""]
    assert runs == [["load", "desk:anna:sip", "desk:anna:store"], ["load", "desk:anna:store"]]


def test_a_reader_started_before_the_settings_answers_the_read_ahead_and_no_other_child() -> None:
    """The app starts the keyring's child before it has read its settings (softphone.cli), and
    tells it whose passwords to read once it has: that child answers, no other is started;
    the same accounts' early registration sees them without taking them (peek)."""
    probe = COUNT_CHILDREN + (
        "passwords.start_reading()\n"
        "reader = passwords._reader\n"
        "passwords.prefetch(['sip:work', 'store'])\n"
        "seen = passwords.peek('sip:work')\n"
        "found = [passwords.load('sip:work'), passwords.load('store')]\n"
        "print(json.dumps([seen, found, runs, reader.args[3:], reader.wait(30),"
        " 'keyring' in sys.modules]))\n"
    )
    stored = {"sip:work": "Tr0ub4dor&3", "store": "s3cret-db"}
    seen, found, runs, reader_args, exit_code, loaded_here = run_probe(probe, stored=stored)
    assert seen == [True, "Tr0ub4dor&3"]
    assert found == ["Tr0ub4dor&3", "s3cret-db"]
    assert runs == [] and reader_args == ["load", "-"] and exit_code == 0
    assert loaded_here is False


def test_a_reader_never_asked_ends_and_an_account_not_read_ahead_is_not_peeked() -> None:
    probe = (
        "import json\n"
        "from softphone import passwords\n"
        "passwords.start_reading()\n"
        "reader = passwords._reader\n"
        "passwords.prefetch([])  # nothing to read: the reader is let go\n"
        "print(json.dumps([reader.wait(30), passwords._reader is None,"
        " passwords.peek('sip:work')]))\n"
    )
    exit_code, let_go, peeked = run_probe(probe, stored={"sip:work": "Tr0ub4dor&3"})
    assert exit_code == 0 and let_go is True
    assert peeked == [False, None]  # not read ahead: early registration leaves it to the app


@pytest.mark.skipif(sys.platform == "darwin", reason="the macOS backend is keyring's own there")
def test_loading_the_keyring_starts_no_process_off_macos() -> None:
    """keyring's macOS backend looks for Apple's frameworks as it is imported, one ldconfig run
    each (40-50 ms of the keyring child's 200): off macOS its import is refused, and keyring
    still chooses among the same backends."""
    probe = (
        "import json, subprocess\n"
        "started = []\n"
        "real = subprocess.Popen.__init__\n"
        "def counted(self, args, *a, **kw):\n"
        "    started.append(list(args) if not isinstance(args, str) else [args])\n"
        "    real(self, args, *a, **kw)\n"
        "subprocess.Popen.__init__ = counted\n"
        "from softphone import passwords\n"
        "keyring = passwords._keyring()\n"
        "import keyring.backend\n"
        "viable = sorted(type(k).__module__ for k in keyring.backend.get_all_keyring())\n"
        "print(json.dumps([started, passwords.status().backend, viable]))\n"
    )
    started, backend, viable = run_probe(probe)
    assert started == []
    assert backend == ENV_KEYRING
    assert "keyring.backends.macOS" not in viable
