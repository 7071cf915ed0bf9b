"""The demo caller: a second user agent in its own process that rings the agent with IVR data."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.support.calls import Agent

ROOT = Path(__file__).resolve().parents[2]
CALLS = [
    {"number": "+390612345678", "display_name": "Maria Bianchi", "topic": "pensions",
     "language": "it", "verified": True},
    {"number": "+4930123456", "display_name": "", "topic": "payments", "language": "de",
     "verified": False},
]  # fmt: skip


def demo_caller(target: str, calls_file: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sip.demo_caller", "--target", target, "--calls",
         str(calls_file), "--first-call", "0.2", "--interval", "0.5", "1", *extra],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def test_demo_caller_rings_with_ivr_data_and_stops_cleanly(agent: Agent, tmp_path: Path):
    calls_file = tmp_path / "calls.json"
    calls_file.write_text(json.dumps(CALLS), encoding="utf-8")
    process = demo_caller(agent.uri, calls_file)
    try:
        incoming = agent.events.wait("IncomingCall", timeout=20)
        numbers = {c["number"]: c for c in CALLS}
        assert incoming.caller_user in numbers
        seeded = numbers[incoming.caller_user]
        assert incoming.display_name == seeded["display_name"]
        assert incoming.cti["X-IVR-Topic"] == seeded["topic"]
        assert incoming.cti["X-IVR-Language"] == seeded["language"]
        assert incoming.cti["X-Caller-Verified"] == ("pin" if seeded["verified"] else "no")
        agent.engine.answer(incoming.call_id).result(5)
        agent.events.wait(
            "CallStateChanged", lambda e: e.call_id == incoming.call_id and e.state == "confirmed"
        )
        agent.engine.hangup(incoming.call_id).result(5)
        # It keeps calling now and then: the next call comes by itself.
        agent.events.wait("IncomingCall", lambda e: e.call_id != incoming.call_id, timeout=20)
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0


def test_demo_caller_refuses_anything_but_loopback(tmp_path: Path) -> None:
    calls_file = tmp_path / "calls.json"
    calls_file.write_text(json.dumps(CALLS), encoding="utf-8")
    process = demo_caller("sip:agent@192.0.2.10:5060", calls_file)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 2
    assert "only calls loopback addresses" in stderr
