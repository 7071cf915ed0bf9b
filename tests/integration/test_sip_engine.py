"""The SIP engine in real calls on loopback: our engine in the test process (the agent) and
peers running the same engine in their own processes. Every party's microphone is a WAV of its
own tone (caller 440 Hz, agent 700 Hz, third party 1000 Hz); recordings of what each party
receives tell who hears whom."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
import weakref
from pathlib import Path

import pytest

from sip.config import AccountConfig, EngineConfig, SipConfigError
from sip.engine import SipEngine
from sip.engine_types import EngineNotRunning, SipCommandError
from tests.support.calls import (
    AGENT_HZ,
    CALLER_HZ,
    LISTEN_S,
    THIRD_HZ,
    Agent,
    answer_and_connect,
    call_agent,
    heard_by_agent,
    heard_by_peer,
    peer_uri,
    start_agent,
    wait_active,
)
from tests.support.sip_peer import EventLog, SipPeer


def test_incoming_call_carries_caller_and_cti_data(agent: Agent, caller: SipPeer) -> None:
    caller_call, incoming = call_agent(
        caller,
        agent,
        {
            "X-IVR-Topic": "pensions",
            "X-IVR-Language": "de",
            "X-Caller-Verified": "pin",
            "P-Asserted-Identity": '"INPS IVR" <sip:+390612345678@ivr.example.org>',
            "Diversion": "<sip:803164@pbx.example.org>;reason=unconditional",
            "X-Not-Configured": "ignored",
        },
    )
    assert incoming.caller_user == "+390612345678"
    assert incoming.remote_uri.startswith("sip:+390612345678@")
    assert incoming.cti == {
        "X-IVR-Topic": "pensions",
        "X-IVR-Language": "de",
        "X-Caller-Verified": "pin",
    }
    assert incoming.asserted_identity == "sip:+390612345678@ivr.example.org"
    assert incoming.diversion == "sip:803164@pbx.example.org"
    assert incoming.auto_answer is False and incoming.waiting is False
    assert incoming.sip_call_id
    # The caller hears ringing (180) until the agent answers.
    caller.events.wait("CallStateChanged", lambda e: e.call_id == caller_call and e.code == 180)
    agent.engine.reject(incoming.call_id, 486).result(5)
    ended = caller.events.wait(
        "CallStateChanged", lambda e: e.call_id == caller_call and e.state == "disconnected"
    )
    assert ended.code == 486


def test_audio_flows_both_ways(agent: Agent, caller: SipPeer, tmp_path: Path) -> None:
    caller_call, incoming = call_agent(caller, agent)
    answer_and_connect(agent, caller, caller_call, incoming.call_id)
    assert heard_by_agent(agent, incoming.call_id, tmp_path / "agent.wav") == {CALLER_HZ}
    assert heard_by_peer(caller, caller_call, tmp_path / "caller.wav") == {AGENT_HZ}
    quality = agent.events.wait("CallQualityMeasured", lambda e: e.call_id == incoming.call_id)
    assert quality.codec and 3.5 <= quality.mos <= 4.5 and quality.loss_percent == 0
    agent.engine.hangup(incoming.call_id).result(5)
    ended = caller.events.wait(
        "CallStateChanged", lambda e: e.call_id == caller_call and e.state == "disconnected"
    )
    assert ended.connected_duration_s > LISTEN_S


def test_hold_silences_and_resume_restores(agent: Agent, caller: SipPeer, tmp_path: Path):
    caller_call, incoming = call_agent(caller, agent)
    answer_and_connect(agent, caller, caller_call, incoming.call_id)
    agent.engine.hold(incoming.call_id).result(5)
    agent.events.wait(
        "CallMediaChanged", lambda e: e.call_id == incoming.call_id and e.state == "local_hold"
    )
    caller.events.wait(
        "CallMediaChanged", lambda e: e.call_id == caller_call and e.state == "remote_hold"
    )
    assert heard_by_peer(caller, caller_call, tmp_path / "held.wav") == set()
    mark = agent.events.mark()
    agent.engine.resume(incoming.call_id).result(5)
    wait_active(agent.events, incoming.call_id, after=mark)
    assert heard_by_peer(caller, caller_call, tmp_path / "resumed.wav") == {AGENT_HZ}
    assert heard_by_agent(agent, incoming.call_id, tmp_path / "agent.wav") == {CALLER_HZ}


def test_mute_silences_only_the_agent(agent: Agent, caller: SipPeer, tmp_path: Path) -> None:
    caller_call, incoming = call_agent(caller, agent)
    answer_and_connect(agent, caller, caller_call, incoming.call_id)
    agent.engine.set_mute(incoming.call_id, True).result(5)
    assert heard_by_peer(caller, caller_call, tmp_path / "muted.wav") == set()
    assert heard_by_agent(agent, incoming.call_id, tmp_path / "agent.wav") == {CALLER_HZ}
    agent.engine.set_mute(incoming.call_id, False).result(5)
    assert heard_by_peer(caller, caller_call, tmp_path / "unmuted.wav") == {AGENT_HZ}


@pytest.mark.parametrize("method", ["rfc4733", "info"])
def test_dtmf_digits_arrive_in_order(agent: Agent, caller: SipPeer, method: str) -> None:
    caller_call, incoming = call_agent(caller, agent)
    answer_and_connect(agent, caller, caller_call, incoming.call_id)
    agent.engine.send_dtmf(incoming.call_id, "1234#*0", method).result(5)
    caller.events.wait("DtmfReceived", lambda e: e.digit == "0", timeout=10)
    received = [e for e in caller.events.all("DtmfReceived") if e.call_id == caller_call]
    assert "".join(e.digit for e in received) == "1234#*0"
    assert {e.method for e in received} == {method}
    with pytest.raises(SipConfigError):
        agent.engine.send_dtmf(incoming.call_id, "12<script>", method)


def test_blind_transfer_joins_caller_and_target(
    agent: Agent, caller: SipPeer, third: SipPeer, tmp_path: Path
) -> None:
    caller_call, incoming = call_agent(caller, agent)
    answer_and_connect(agent, caller, caller_call, incoming.call_id)
    agent.engine.transfer(incoming.call_id, peer_uri(third, "2001")).result(5)
    at_third = third.events.wait("IncomingCall")
    third.command("answer", call_id=at_third.call_id)
    done = agent.events.wait("TransferProgressed", lambda e: e.final, timeout=15)
    assert 200 <= done.code < 300
    agent.events.wait(
        "CallStateChanged", lambda e: e.call_id == incoming.call_id and e.state == "disconnected"
    )
    # The caller's new call (made by its engine on the REFER) is up with the third party.
    new_call = caller.events.wait(
        "CallStateChanged", lambda e: e.call_id != caller_call and e.state == "confirmed"
    )
    wait_active(third.events, at_third.call_id)
    assert heard_by_peer(third, at_third.call_id, tmp_path / "third.wav") == {CALLER_HZ}
    assert heard_by_peer(caller, new_call.call_id, tmp_path / "caller.wav") == {THIRD_HZ}


def test_attended_transfer_after_consultation(
    agent: Agent, caller: SipPeer, third: SipPeer, tmp_path: Path
) -> None:
    caller_call, incoming = call_agent(caller, agent)
    answer_and_connect(agent, caller, caller_call, incoming.call_id)
    agent.engine.hold(incoming.call_id).result(5)
    consult = agent.engine.make_call("agent", peer_uri(third, "2001")).result(5)
    at_third = third.events.wait("IncomingCall")
    third.command("answer", call_id=at_third.call_id)
    wait_active(agent.events, consult)
    assert heard_by_agent(agent, consult, tmp_path / "consult.wav") == {THIRD_HZ}
    agent.engine.transfer_attended(incoming.call_id, consult).result(5)
    replaced = third.events.wait("CallReplaced", timeout=15)
    assert replaced.old_call_id == at_third.call_id
    for call_id in (incoming.call_id, consult):
        agent.events.wait(
            "CallStateChanged",
            lambda e, c=call_id: e.call_id == c and e.state == "disconnected",
            timeout=15,
        )
    new_call = caller.events.wait(
        "CallStateChanged", lambda e: e.call_id != caller_call and e.state == "confirmed"
    )
    wait_active(third.events, replaced.new_call_id)
    assert heard_by_peer(third, replaced.new_call_id, tmp_path / "third.wav") == {CALLER_HZ}
    assert heard_by_peer(caller, new_call.call_id, tmp_path / "caller.wav") == {THIRD_HZ}


def test_three_way_conference(agent: Agent, caller: SipPeer, third: SipPeer, tmp_path: Path):
    caller_call, incoming = call_agent(caller, agent)
    answer_and_connect(agent, caller, caller_call, incoming.call_id)
    second = agent.engine.make_call("agent", peer_uri(third, "2001")).result(5)
    at_third = third.events.wait("IncomingCall")
    third.command("answer", call_id=at_third.call_id)
    wait_active(agent.events, second)
    agent.engine.conference([incoming.call_id, second]).result(5)
    assert heard_by_peer(caller, caller_call, tmp_path / "c.wav") == {AGENT_HZ, THIRD_HZ}
    assert heard_by_peer(third, at_third.call_id, tmp_path / "t.wav") == {AGENT_HZ, CALLER_HZ}
    assert heard_by_agent(agent, incoming.call_id, tmp_path / "a1.wav") == {CALLER_HZ}
    assert heard_by_agent(agent, second, tmp_path / "a2.wav") == {THIRD_HZ}
    agent.engine.split(second).result(5)
    assert heard_by_peer(caller, caller_call, tmp_path / "c2.wav") == {AGENT_HZ}


def test_call_waiting_hold_the_first_take_the_second(
    agent: Agent, caller: SipPeer, third: SipPeer, tmp_path: Path
) -> None:
    caller_call, first = call_agent(caller, agent)
    answer_and_connect(agent, caller, caller_call, first.call_id)
    mark = agent.events.mark()
    third_call = third.command("make_call", account_id="me", target=agent.uri, headers={})
    second = agent.events.wait("IncomingCall", after=mark)
    assert second.waiting is True
    agent.engine.hold(first.call_id).result(5)
    answer_and_connect(agent, third, third_call, second.call_id)
    assert heard_by_agent(agent, second.call_id, tmp_path / "second.wav") == {THIRD_HZ}
    assert heard_by_peer(caller, caller_call, tmp_path / "first_held.wav") == set()
    agent.engine.hold(second.call_id).result(5)  # swap back
    mark = agent.events.mark()
    agent.engine.resume(first.call_id).result(5)
    wait_active(agent.events, first.call_id, after=mark)
    assert heard_by_agent(agent, first.call_id, tmp_path / "first.wav") == {CALLER_HZ}


def test_auto_answer_when_the_header_asks(agent: Agent, caller: SipPeer) -> None:
    caller_call, incoming = call_agent(caller, agent, {"Call-Info": "<sip:x>;answer-after=0"})
    assert incoming.auto_answer is True
    caller.events.wait(
        "CallStateChanged", lambda e: e.call_id == caller_call and e.state == "confirmed"
    )


def test_auto_answer_by_account_setting(tones, caller: SipPeer) -> None:
    events = EventLog()
    engine = SipEngine(
        EngineConfig.loopback(),
        events.add,
    )
    address = engine.start().transports[0][1]
    try:
        engine.add_account(
            AccountConfig(
                id="a", username="agent", domain=address, register=False, auto_answer=True
            )
        ).result(5)
        caller_call = caller.command("make_call", account_id="me",
                                     target=f"sip:agent@{address}", headers={})  # fmt: skip
        assert events.wait("IncomingCall").auto_answer is True
        caller.events.wait(
            "CallStateChanged", lambda e: e.call_id == caller_call and e.state == "confirmed"
        )
    finally:
        engine.stop()


def test_reject_as_declined(agent: Agent, caller: SipPeer) -> None:
    caller_call, incoming = call_agent(caller, agent)
    agent.engine.reject(incoming.call_id, 603).result(5)
    ended = caller.events.wait(
        "CallStateChanged", lambda e: e.call_id == caller_call and e.state == "disconnected"
    )
    assert ended.code == 603
    with pytest.raises(SipConfigError):
        agent.engine.reject(incoming.call_id, 200)


def test_audio_devices_list_and_null_device(agent: Agent) -> None:
    devices = agent.engine.audio_devices().result(5)
    assert all(d.name for d in devices)
    agent.engine.set_audio_devices(None, None).result(5)  # the null device: headless use
    mic, speaker = agent.engine.audio_levels().result(5)
    assert 0 <= mic <= 255 and 0 <= speaker <= 255


def test_shutdown_in_the_middle_of_a_call(tones, caller: SipPeer) -> None:
    agent = start_agent(tones)
    caller_call, incoming = call_agent(caller, agent)
    answer_and_connect(agent, caller, caller_call, incoming.call_id)
    started = time.monotonic()
    agent.engine.stop()
    assert time.monotonic() - started < 5
    assert agent.events.wait("EngineStopped")
    caller.events.wait(
        "CallStateChanged", lambda e: e.call_id == caller_call and e.state == "disconnected"
    )
    with pytest.raises(EngineNotRunning):
        agent.engine.hangup(incoming.call_id).result(1)


def test_registrar_gone_fails_cleanly_retries_and_does_not_hold_up_shutdown() -> None:
    events = EventLog()
    engine = SipEngine(
        EngineConfig.loopback(udp_port=None, tcp_port=0),
        events.add,
    )
    engine.start()
    # Nothing listens on port 9 (discard): the TCP connection to the registrar is refused.
    engine.add_account(
        AccountConfig(
            id="a",
            username="1001",
            domain="127.0.0.1:9",
            password="pw",
            transport="tcp",
            reg_expires_s=60,
            retry_min_s=0.2,
        )
    ).result(5)
    first = events.wait("RegistrationChanged", timeout=10)
    assert first.registered is False and first.failure == "transport"
    assert first.retry_in_s is not None and 0 < first.retry_in_s < 1
    second = events.wait("RegistrationChanged", lambda e: e is not first, timeout=10)
    assert second.retry_in_s > first.retry_in_s  # the backoff grows
    started = time.monotonic()
    engine.stop()
    assert time.monotonic() - started < 3


def _engine_call(agent: Agent, call_id: int) -> weakref.ref:
    """A weak reference to the engine's pjsua2 Call object (support for the tests below)."""
    return weakref.ref(agent.engine.submit(lambda: agent.engine._calls[call_id].call).result(5))


def _released(ref: weakref.ref) -> bool:
    """The engine thread dropped the call when it was reaped, by reference count alone: this
    thread collects nothing (a collection here would finalise it on the wrong thread)."""
    deadline = time.monotonic() + 5
    while ref() is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    return ref() is None


def test_a_failed_command_hands_no_pjsua2_object_to_the_callers_thread(
    agent: Agent, caller: SipPeer
) -> None:
    call_id = agent.engine.make_call("agent", peer_uri(caller, "+390612345678")).result(5)
    caller.events.wait("IncomingCall")
    call = _engine_call(agent, call_id)
    # Answering our own outgoing call is refused by pjsua2, deep inside the engine thread.
    with pytest.raises(SipCommandError) as failed:
        agent.engine.answer(call_id, 200).result(5)
    assert str(failed.value)  # pjsua2's reason comes along
    agent.engine.hangup(call_id).result(5)
    # The error is still held here, and the engine has let go of the call all the same.
    assert failed.value is not None and _released(call)


def test_a_failing_callback_logs_without_keeping_the_call(
    agent: Agent, caller: SipPeer, caplog: pytest.LogCaptureFixture, monkeypatch
) -> None:
    def broken_handler(call: object, prm: object) -> None:
        raise ValueError("a bug in a handler")

    monkeypatch.setattr(agent.engine, "_on_dtmf", broken_handler)
    caller_call, incoming = call_agent(caller, agent)
    answer_and_connect(agent, caller, caller_call, incoming.call_id)
    call = _engine_call(agent, incoming.call_id)
    with caplog.at_level(logging.ERROR, logger="sip.engine"):
        caller.command("send_dtmf", call_id=caller_call, digits="5", method="info")
        error = agent.events.wait("EngineError", lambda e: e.where == "onDtmfEvent")
    assert error.message == "a bug in a handler"
    logged = [r.getMessage() for r in caplog.records if "onDtmfEvent failed" in r.getMessage()]
    assert logged and "broken_handler" in logged[0]  # the traceback, as text
    agent.engine.hangup(incoming.call_id).result(5)
    assert _released(call)


_LATE_ERROR = """
from sip.config import AccountConfig, EngineConfig
from sip.engine import SipEngine
from tests.support.sip_peer import EventLog, SipPeer

events = EventLog()
engine = SipEngine(EngineConfig.loopback(), events.add)
address = engine.start().transports[0][1]
agent = AccountConfig(id="a", username="agent", domain=address, register=False)
engine.add_account(agent).result(5)
with SipPeer(name="far") as peer:
    peer.command("add_account", config={"id": "me", "username": "bob", "domain": peer.address,
                                        "register": False})
    call = engine.make_call("a", f"sip:bob@{peer.address}").result(5)
    peer.events.wait("IncomingCall")
    try:
        engine.answer(call, 200).result(5)
    except Exception as exc:
        kept = exc
    engine.hangup(call).result(5)
    events.wait("CallStateChanged", lambda e: e.call_id == call and e.state == "disconnected")
    engine.stop()
    del kept  # the last reference to the failed command's error goes, on this thread
print("survived", flush=True)
"""


def test_a_failed_commands_error_outlives_the_engine_safely() -> None:
    # The process that holds the error past libDestroy must not abort when it lets go of it.
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _LATE_ERROR],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("survived")


def _tone_to_speaker(ports: list) -> bool:
    return any("tonegen" in str(name) and 0 in listeners for _, name, listeners in ports)


def _until(condition, timeout: float = 2.0) -> bool:
    """pjmedia applies bridge (dis)connections on its next clock tick: wait for the state."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_ringtone_while_it_rings_and_ringback_for_the_caller(agent: Agent, caller: SipPeer):
    agent_ports = lambda: agent.engine.bridge_ports().result(5)  # noqa: E731
    caller_ports = lambda: caller.command("bridge_ports")  # noqa: E731
    assert not _tone_to_speaker(agent_ports())
    caller_call, incoming = call_agent(caller, agent)
    caller.events.wait("CallStateChanged", lambda e: e.call_id == caller_call and e.code == 180)
    assert _until(lambda: _tone_to_speaker(agent_ports()))  # the agent's ringtone
    assert _until(lambda: _tone_to_speaker(caller_ports()))  # the caller's ring-back
    answer_and_connect(agent, caller, caller_call, incoming.call_id)
    assert _until(lambda: not _tone_to_speaker(agent_ports()))
    assert _until(lambda: not _tone_to_speaker(caller_ports()))
