"""The app as the operating system ends it: the real `softphone --demo` process, offscreen, with a
desk's SIP account registered at a registrar on loopback (softphone/bench/registrar.py).

- SIGTERM (a desktop session ending) and SIGHUP stop it as Quit does: it unregisters (the
  registrar grants expiry 0 last), sets the agent offline in the store, its SIP engine and the
  demo's caller end with it, and it exits 0 (softphone/stop_signals.py). Before, it died on
  the spot, stayed registered, and left the agent "available".
- Killed outright, it cannot do any of that; the demo's caller then sees the end of its input
  pipe and stops by itself (sip/demo_caller.py), as the engine's process already did.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from softphone.bench.registrar import Registrar
from tests.support.process import wait_for

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

START_S = 60.0


def _children(app: psutil.Process) -> dict[str, psutil.Process]:
    found = {}
    for child in app.children(recursive=True):
        try:
            cmdline = " ".join(child.cmdline())
        except psutil.NoSuchProcess:
            continue
        for role in ("sip.engine_host", "sip.demo_caller"):
            if role in cmdline:
                found[role] = child
    return found


def _gone(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.fixture
def registrar() -> Iterator[Registrar]:
    with Registrar() as running:
        yield running


@pytest.fixture
def running_app(
    tmp_path: Path, registrar: Registrar
) -> Iterator[tuple[subprocess.Popen[bytes], dict[str, psutil.Process], Path]]:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    account = {"id": "desk", "username": "agent", "domain": "127.0.0.1",
               "registrar": f"sip:127.0.0.1:{registrar.port}", "transport": "udp"}  # fmt: skip
    (home / "config" / "settings.json").write_text(json.dumps({"accounts": [account]}))
    env = dict(os.environ, SOFTPHONE_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "softphone", "--demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    app = psutil.Process(proc.pid)
    try:
        wait_for(lambda: any(registrar.granted), START_S, "the desk's account registered")
        wait_for(lambda: len(_children(app)) == 2, START_S, "the engine and the demo caller")
        yield proc, _children(app), home / "logs" / "softphone.log"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_stop_signal_unregisters_and_ends_the_app_and_its_processes(
    running_app: tuple[subprocess.Popen[bytes], dict[str, psutil.Process], Path],
    registrar: Registrar,
    signum: signal.Signals,
) -> None:
    proc, children, log_file = running_app
    proc.send_signal(signum)
    assert proc.wait(30) == 0
    assert registrar.granted[-1] == 0  # the binding removed: no call forked to a gone desk
    for role, child in children.items():
        wait_for(lambda child=child: _gone(child), 10, f"{role} gone")
    assert f"{signum.name} received: stopping as Quit does" in log_file.read_text()
    # and the demo agent is offline in the store: the wallboard and the portal's "call me now"
    # no longer count them
    store = sqlite3.connect(log_file.parents[1] / "data" / "central.sqlite3")
    try:
        (state,) = store.execute(
            "SELECT state FROM agent_presence JOIN agents ON agents.id = agent_id"
            " WHERE login = 'giulia.rossi'"
        ).fetchone()
    finally:
        store.close()
    assert state == "offline"


def test_the_demo_caller_goes_when_the_app_is_killed(
    running_app: tuple[subprocess.Popen[bytes], dict[str, psutil.Process], Path],
) -> None:
    proc, children, _ = running_app
    proc.kill()
    proc.wait(10)
    for role, child in children.items():
        wait_for(lambda child=child: _gone(child), 15, f"{role} gone")
