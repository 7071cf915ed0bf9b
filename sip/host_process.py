"""The SIP engine's child process as sip/supervised.py runs it: launching one (`python -m
sip.engine_host FD`, told to start at once), ending one, and the one `softphone` starts early
(`prespawn`), before it imports Qt, for the first SupervisedEngine with the same configuration
to adopt, which may register its accounts before then (`register_early`).
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import socket
import subprocess
import sys
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sip.config import AccountConfig, EngineConfig

if TYPE_CHECKING:
    from sip.events import EngineStarted

ROOT = Path(__file__).resolve().parents[1]
HOST_MODULE = "sip.engine_host"
# How long a prespawned process that registered early is given to unregister when discarded
# (the engine waits at most 1 s for each registrar: sip/engine_accounts.py).
UNREGISTER_WAIT_S = 3.0
STDERR_LINES = 20  # kept of what a child wrote to stderr: an assertion is one or two lines


@dataclass
class Child:
    proc: subprocess.Popen[bytes]
    conn: Connection
    started: Future[EngineStarted] = field(default_factory=Future)
    stderr: collections.deque[str] = field(
        default_factory=lambda: collections.deque(maxlen=STDERR_LINES)
    )
    send_lock: threading.Lock = field(default_factory=threading.Lock)
    reader: threading.Thread | None = None
    stderr_reader: threading.Thread | None = None
    gone: bool = False  # reaped (set under the supervisor's lock)
    config: EngineConfig | None = None  # what it was told to start with
    registers_early: bool = False  # told to add accounts before any engine adopted it

    def send(self, message: tuple[Any, ...]) -> None:
        with self.send_lock:
            self.conn.send(message)


def launch(config: EngineConfig, host_module: str) -> Child:
    """A new engine process, already told to start (it answers "started" when it has)."""
    mine, theirs = socket.socketpair()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", host_module, str(theirs.fileno())],
            pass_fds=(theirs.fileno(),),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
    finally:
        theirs.close()
    child = Child(proc, Connection(mine.detach()), config=config)
    with contextlib.suppress(OSError):  # a child that has died says how once it is read
        child.send(("start", config, logging.getLogger("sip").getEffectiveLevel()))
    return child


# The engine process started by prespawn(), until the first SupervisedEngine adopts it.
_prespawned: Child | None = None
_prespawned_lock = threading.Lock()


def prespawn(config: EngineConfig) -> int:
    """Start the engine's process now, before the app has imported Qt or built its window, so
    that its start (Python, pjsua2, the library) overlaps the app's own (`softphone bench
    startup`). The first SupervisedEngine started with the same configuration adopts it (its
    messages wait in the socket pair until then); discard_prespawned() ends one never adopted.
    Returns the process's id."""
    global _prespawned
    config.validate()
    child = launch(config, HOST_MODULE)
    with _prespawned_lock:
        previous, _prespawned = _prespawned, child
    if previous is not None:
        _let_go(previous)
    return child.proc.pid


def register_early(accounts: list[AccountConfig]) -> bool:
    """Have the process prespawn() started add these accounts now, so that they register while
    the app still imports Qt and builds its window (its answers wait in the socket pair until
    an engine adopts it; sip/engine_host.py answers that engine's own add_account of the same
    account with this addition). False when there is no such process to tell."""
    with _prespawned_lock:
        child = _prespawned
        if child is None or not accounts:
            return False
        child.registers_early = True
    try:
        child.send(("early", list(accounts)))
    except (OSError, ValueError):
        return False
    return True


def discard_prespawned() -> None:
    """End the engine process prespawn() started if no engine adopted it (the app handed its
    request to a running instance, or stopped before starting its phone). One that registered
    early is stopped the usual way, so that it unregisters: a registrar would otherwise fork
    the agent's calls to its address until the registration expired."""
    global _prespawned
    with _prespawned_lock:
        child, _prespawned = _prespawned, None
    if child is not None:
        _let_go(child)


def _let_go(child: Child) -> None:
    """End a process no engine adopted; one that registered early stops the usual way first."""
    if child.registers_early:
        with contextlib.suppress(OSError, ValueError):
            child.send(("stop",))
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.proc.wait(UNREGISTER_WAIT_S)
    end(child)


def take_prespawned(config: EngineConfig, host_module: str) -> Child | None:
    global _prespawned
    with _prespawned_lock:
        child, _prespawned = _prespawned, None
    if child is None:
        return None
    if (
        host_module != HOST_MODULE  # a test's own host
        or child.config != config
        or child.proc.poll() is not None
    ):
        _let_go(child)  # started for other settings, or dead: a new one is started instead
        return None
    return child


def end(child: Child) -> None:
    child.proc.kill()
    child.conn.close()
    child.proc.wait()
    if child.proc.stderr is not None:
        child.proc.stderr.close()
