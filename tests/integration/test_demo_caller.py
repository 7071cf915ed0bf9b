"""The demo caller: a second user agent in its own process that rings the agent with IVR data."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from softphone.ivr import IvrHeaders
from tests.support.calls import Agent, start_agent
from tests.support.process import free_port, port_free, wait_for

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


def test_demo_caller_answers_the_agents_callbacks(agent: Agent, tmp_path: Path) -> None:
    """In the demo, callbacks are dialled to the demo caller's line: it rings, then answers."""
    calls_file = tmp_path / "calls.json"
    calls_file.write_text(json.dumps(CALLS), encoding="utf-8")
    port = free_port(tcp=False)
    # No calls of its own during this test: the first would come after an hour.
    process = demo_caller(agent.uri, calls_file, "--port", str(port), "--first-call", "3600")
    try:
        wait_until_bound(port)
        target = f"sip:+390612345678@127.0.0.1:{port}"
        call_id = agent.engine.make_call("agent", target, {}).result(5)
        agent.events.wait(
            "CallStateChanged", lambda e: e.call_id == call_id and e.state == "confirmed",
            timeout=10,
        )  # fmt: skip
        agent.engine.hangup(call_id).result(5)
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0


def wait_until_bound(port: int, timeout_s: float = 20) -> None:
    """The demo caller has bound its line once the port can no longer be bound here."""
    wait_for(
        lambda: not port_free(port, tcp=False),
        timeout_s,
        f"the demo caller to bind 127.0.0.1:{port}",
        interval=0.05,
    )
    time.sleep(0.05)  # let pjsua add the customers' account after binding


def test_demo_caller_names_its_headers_as_the_pbx_settings_say(
    tones: dict[float, str], tmp_path: Path
) -> None:
    """A PBX whose IVR sends X-Topic and X-Lang (and no verification): the demo caller rings
    with those names, so the demo shows what the agent's settings will read."""
    ivr = IvrHeaders(topic="X-Topic", language="X-Lang", verified="")
    agent = start_agent(tones, cti_headers=(*ivr.captured(), *IvrHeaders().captured()))
    calls_file = tmp_path / "calls.json"
    calls_file.write_text(json.dumps(CALLS[:1]), encoding="utf-8")
    process = demo_caller(
        agent.uri, calls_file, "--header", "topic=X-Topic", "--header", "language=X-Lang",
        "--header", "verified=",
    )  # fmt: skip
    try:
        incoming = agent.events.wait("IncomingCall", timeout=20)
        assert incoming.cti.get("X-Topic") == "pensions"
        assert incoming.cti.get("X-Lang") == "it"
        assert "X-IVR-Topic" not in incoming.cti and "X-Caller-Verified" not in incoming.cti
        assert ivr.read(incoming.cti).topic == "pensions"
        agent.engine.hangup(incoming.call_id).result(5)
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
        agent.engine.stop()
