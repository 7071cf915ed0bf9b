"""Passwords, through the OS keyring and nowhere else.

The one place that touches `keyring`. When no secure backend exists (a server with no desktop
session gets keyring's `fail` backend; keyrings.alt would write plaintext files), this module
says so plainly: `status()` explains it for the UI, and `store()` raises instead of silently
writing a password somewhere readable. Secrets handed to this module are also masked in logs.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring is imported on first use: importing it scans every installed package's entry points
# and loads its backends (SecretService: jeepney, cryptography; about 9 MB of memory). The app
# reads passwords and the keyring's status through a short-lived child process (_in_child), so
# it never holds them at rest; storing or forgetting a password (the settings dialog) loads
# keyring here.

SERVICE = "contact-softphone"

# Backends that do not protect a secret: keyring's "fail" and "null", keyrings.alt's plaintext
# and base64 files. Matched by module, because keyrings.alt may not even be installed.
_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class NoSecureKeyring(RuntimeError):
    """No secure keyring backend: the password cannot be saved (and is not written elsewhere)."""


@dataclass(frozen=True)
class KeyringStatus:
    secure: bool
    backend: str  # for the settings dialog and the log: which backend keyring chose


def _keyring() -> Any:
    if sys.platform != "darwin" and "keyring.backends.macOS" not in sys.modules:
        # keyring's macOS backend looks for Apple's frameworks as it is imported (ctypes'
        # find_library, which runs ldconfig once per framework: 40-50 ms of a child that takes
        # about 200), and the backend is never chosen anywhere else: its import is refused.
        sys.modules["keyring.backends.macOS.api"] = None  # type: ignore[assignment]
    import keyring
    import keyring.errors

    return keyring


def _leaf_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)  # keyring's ChainerBackend
    if inner:
        return [leaf for child in inner for leaf in _leaf_backends(child)]
    return [backend]


def _is_secure(backend: KeyringBackend) -> bool:
    leaves = _leaf_backends(backend)
    return bool(leaves) and all(
        not type(leaf).__module__.startswith(_INSECURE_MODULE_PREFIXES) for leaf in leaves
    )


def status() -> KeyringStatus:
    backend = _keyring().get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    return KeyringStatus(secure=_is_secure(backend), backend=name)


def status_at_rest(timeout: float = 30.0) -> KeyringStatus:
    """status(), without loading keyring into this process when it has not loaded it already
    (`_in_child`). If the child fails, the status is read here after all."""
    if "keyring" not in sys.modules:
        answer = _in_child(["status"], timeout)
        with contextlib.suppress(KeyError, TypeError):
            if answer is not None:
                return KeyringStatus(secure=bool(answer["secure"]), backend=str(answer["backend"]))
    return status()


def _in_child(command: list[str], timeout: float | None) -> dict[str, Any] | None:
    """What a short-lived child process (`python -m softphone.passwords COMMAND`: the same
    interpreter and environment, so the same keyring backend) answers, or None when it failed.
    The keyring's modules (its backends: secretstorage, jeepney, cryptography; about 9 MB) load
    there and are given back when it exits; a password comes back over a pipe, never a file."""
    if getattr(sys, "frozen", False):
        # A bundle's executable is the app itself, not a Python that takes `-m`: read here.
        return None
    try:
        out = subprocess.run(
            [sys.executable, "-m", "softphone.passwords", *command],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
            env=_child_env(),
            stdin=subprocess.DEVNULL,
        )
        return _answer(out.stdout)
    except (OSError, subprocess.SubprocessError, ValueError, IndexError) as exc:
        logging.getLogger(__name__).warning("keyring not read apart (%s): read here", exc)
        return None


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


def _answer(stdout: str) -> dict[str, Any] | None:
    answer = json.loads(stdout.strip().splitlines()[-1])
    return answer if isinstance(answer, dict) else None


def _passwords_of(answer: dict[str, Any] | None) -> dict[str, str | None] | None:
    """The passwords a `load` child answered (user -> password or None), or None."""
    found = None if answer is None else answer.get("passwords")
    return found if isinstance(found, dict) else None


# The child prefetch() asks, started before whom to ask is known (start_reading).
_reader: subprocess.Popen[str] | None = None
_reader_lock = threading.Lock()


def start_reading() -> None:
    """Start the child that prefetch() will ask, now: loading the keyring is most of its time
    (about 0.2 s), and it loads while this process reads its settings. prefetch() then tells
    it whose passwords to read; end_reading() ends one that was never told."""
    global _reader
    if "keyring" in sys.modules or getattr(sys, "frozen", False):
        return
    with _reader_lock:
        if _reader is not None:
            return
        try:
            _reader = subprocess.Popen(
                [sys.executable, "-m", "softphone.passwords", "load", "-"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=_child_env(),
            )
        except OSError as exc:
            logging.getLogger(__name__).warning("keyring reader not started: %s", exc)


def _take_reader() -> subprocess.Popen[str] | None:
    global _reader
    with _reader_lock:
        reader, _reader = _reader, None
    return reader


def end_reading() -> None:
    """End the child start_reading() started if prefetch() never told it anything: its input
    ends, it exits, and a thread reaps it (nothing here waits for that)."""
    reader = _take_reader()
    if reader is not None:
        threading.Thread(target=_ask, args=(reader, []), name="keyring-end", daemon=True).start()


def _ask(reader: subprocess.Popen[str], users: list[str]) -> dict[str, Any] | None:
    """The started child's answer for these users (none: it just exits), or None."""
    try:
        out, _ = reader.communicate(json.dumps(users) + "\n" if users else "")
        return _answer(out) if users else None
    except (OSError, subprocess.SubprocessError, ValueError, IndexError) as exc:
        logging.getLogger(__name__).warning("keyring not read apart (%s): read here", exc)
        return None


def _drop_ahead(user: str) -> None:
    with _ahead_lock:
        _ahead.pop(user, None)


def store(user: str, password: str) -> None:
    _drop_ahead(user)  # read ahead before this: no longer the password
    keyring = _keyring()
    backend = keyring.get_keyring()
    if not _is_secure(backend):
        raise NoSecureKeyring(
            "No secure keyring is available on this desktop, so the password was not saved. "
            "Install and unlock a keyring service (GNOME Keyring, KWallet or the macOS/Windows "
            "credential store) and enter it again."
        )
    register_secret(password)
    try:
        backend.set_password(SERVICE, user, password)
    except keyring.errors.KeyringError as exc:
        raise NoSecureKeyring(f"The keyring refused the password: {exc}") from exc


# Passwords typed at sign-in for this session only ("remember on this computer" unticked): in
# this process's memory until sign-out, never in a file or the keyring.
_held: dict[str, str] = {}


def hold(user: str, password: str) -> None:
    """Use this password for `user` until `drop_held()` (the end of the agent's session)."""
    _drop_ahead(user)
    register_secret(password)
    _held[user] = password


def drop_held() -> None:
    _held.clear()


# Read ahead as the app starts (prefetch): user -> the child's answer, each taken once.
_ahead: dict[str, Future[dict[str, str | None] | None]] = {}
_ahead_lock = threading.Lock()


def prefetch(users: Iterable[str]) -> None:
    """Start reading these passwords now, all in one child process, on a thread of its own;
    the first load() of each then takes what it read (waiting for it if need be). The app
    calls this before Qt is imported, so the SIP account's password is there when the engine
    registers, instead of a child process started then (about 0.17 s here, each)."""
    if "keyring" in sys.modules or getattr(sys, "frozen", False):
        return  # read here anyway: nothing to gain
    with _ahead_lock:
        wanted = sorted({u for u in users if u and u not in _held and u not in _ahead})
        if not wanted:
            end_reading()
            return
        future: Future[dict[str, str | None] | None] = Future()
        for user in wanted:
            _ahead[user] = future

    reader = _take_reader()

    def read() -> None:
        # No time limit: the keyring may ask to be unlocked.
        answer = _ask(reader, wanted) if reader is not None else None
        if answer is None:
            answer = _in_child(["load", *wanted], None)
        future.set_result(_passwords_of(answer))

    threading.Thread(target=read, name="keyring-prefetch", daemon=True).start()


def peek(user: str) -> tuple[bool, str | None]:
    """What prefetch() read for `user`, waiting for it, without taking it (the first load()
    still does): (True, the password or None) once read; (False, None) when it was not read
    ahead, or could not be."""
    if user in _held:
        return True, _held[user]
    with _ahead_lock:
        ahead = _ahead.get(user)
    if ahead is None:
        return False, None
    found = ahead.result()
    if found is None or user not in found:
        return False, None
    return True, _accepted(found[user])


def load(user: str) -> str | None:
    if user in _held:
        return _held[user]
    with _ahead_lock:
        ahead = _ahead.pop(user, None)
    if ahead is not None:
        found = ahead.result()
        if found is not None and user in found:
            return _accepted(found[user])
    if "keyring" not in sys.modules:  # read apart: keyring stays out of this process
        found = _passwords_of(_in_child(["load", user], None))  # no time limit: may unlock
        if found is not None and user in found:
            return _accepted(found[user])
    return _load_here(user)


def _accepted(password: object) -> str | None:
    if not isinstance(password, str) or not password:
        return None
    register_secret(password)
    return password


def _load_here(user: str) -> str | None:
    keyring = _keyring()
    backend = keyring.get_keyring()
    if not _is_secure(backend):
        return None
    try:
        password = backend.get_password(SERVICE, user)
    except keyring.errors.KeyringError:
        logging.getLogger(__name__).warning("keyring could not be read for %s", user)
        return None
    if password:
        register_secret(password)
    return password


def forget(user: str) -> None:
    _drop_ahead(user)
    keyring = _keyring()
    with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing stored: fine
        keyring.get_keyring().delete_password(SERVICE, user)


_known_secrets: set[str] = set()


def register_secret(secret: str) -> None:
    """Mask this value in every log record from now on (a last line of defence)."""
    if len(secret) >= 4:
        _known_secrets.add(secret)


class SecretMaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if _known_secrets:
            message = record.getMessage()
            masked = message
            for secret in _known_secrets:
                masked = masked.replace(secret, "******")
            if masked != message:
                record.msg, record.args = masked, None
        return True


if __name__ == "__main__":  # the child: `status`, `load USER [USER ...]`, or `load -`
    if sys.argv[1:] == ["load", "-"]:  # start_reading()'s: the keyring first, then whom
        _keyring().get_keyring()
        line = sys.stdin.readline()
        asked = json.loads(line) if line.strip() else []
        if asked:
            users = [str(user) for user in asked]
            print(json.dumps({"passwords": {user: _load_here(user) for user in users}}))
    elif sys.argv[1:2] == ["load"] and len(sys.argv) >= 3:
        print(json.dumps({"passwords": {user: _load_here(user) for user in sys.argv[2:]}}))
    else:
        found = status()
        print(json.dumps({"secure": found.secure, "backend": found.backend}))
