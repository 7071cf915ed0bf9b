"""Listening in, in the agent's conference bridge, with three real pjsua2 parties on loopback:
the caller plays 440 Hz, the agent's microphone 700 Hz, the supervisor 1000 Hz. Recordings at
each far end (and of the agent's speaker) show who hears whom in each mode, switched mid-session
on the same call."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sip.engine_types import SipCommandError
from tests.support.calls import (
    AGENT_HZ,
    CALLER_HZ,
    LISTEN_S,
    THIRD_HZ,
    Agent,
    answer_and_connect,
    call_agent,
    tones_in,
    wait_active,
)
from tests.support.sip_peer import SipPeer

SUPERVISOR_HZ = THIRD_HZ


def _listen_everywhere(
    agent: Agent,
    caller: SipPeer,
    caller_call: int,
    supervisor: SipPeer,
    supervisor_call: int,
    folder: Path,
    name: str,
) -> dict[str, set[float]]:
    """What the caller, the agent (their speaker) and the supervisor hear, recorded at once."""
    paths = {who: folder / f"{name}-{who}.wav" for who in ("caller", "agent", "supervisor")}
    caller.command(
        "start_recording", call_id=caller_call, path=str(paths["caller"]), own_voice=False
    )
    supervisor.command(
        "start_recording", call_id=supervisor_call, path=str(paths["supervisor"]), own_voice=False
    )
    agent.engine.record_speaker(str(paths["agent"])).result(5)
    time.sleep(LISTEN_S)  # real audio needs real time to pass
    caller.command("stop_recording", call_id=caller_call)
    supervisor.command("stop_recording", call_id=supervisor_call)
    agent.engine.stop_speaker_recording().result(5)
    return {who: tones_in(path) for who, path in paths.items()}


def test_monitor_whisper_and_barge_switched_on_one_session(
    agent: Agent, caller: SipPeer, third: SipPeer, tmp_path: Path
) -> None:
    supervisor = third
    caller_call, incoming = call_agent(caller, agent)
    answer_and_connect(agent, caller, caller_call, incoming.call_id)

    mark = agent.events.mark()
    supervisor_call = supervisor.command(
        "make_call",
        account_id="me",
        target=agent.uri,
        headers={"X-Softphone-Monitor": "session-token-1"},
    )
    request = agent.events.wait("IncomingCall", after=mark)
    assert request.monitor_token == "session-token-1"
    assert request.auto_answer is False and request.waiting is False
    # Not answered and not ringing until the app has verified the session: only 100 Trying.
    assert not supervisor.events.all("CallStateChanged") or all(
        e.code != 180 for e in supervisor.events.all("CallStateChanged")
    )
    leg = request.call_id
    # Routed before it is answered (as the app does): no frame flows the wrong way.
    agent.engine.listen_in(leg, incoming.call_id, "monitor").result(5)
    agent.engine.answer(leg).result(5)
    wait_active(supervisor.events, supervisor_call)
    wait_active(agent.events, leg)

    heard = _listen_everywhere(
        agent, caller, caller_call, supervisor, supervisor_call, tmp_path, "monitor"
    )
    assert heard == {
        "supervisor": {CALLER_HZ, AGENT_HZ},
        "caller": {AGENT_HZ},
        "agent": {CALLER_HZ},
    }

    agent.engine.listen_in(leg, incoming.call_id, "whisper").result(5)
    heard = _listen_everywhere(
        agent, caller, caller_call, supervisor, supervisor_call, tmp_path, "whisper"
    )
    assert heard == {
        "supervisor": {CALLER_HZ, AGENT_HZ},
        "caller": {AGENT_HZ},
        "agent": {CALLER_HZ, SUPERVISOR_HZ},
    }

    agent.engine.listen_in(leg, incoming.call_id, "barge").result(5)
    heard = _listen_everywhere(
        agent, caller, caller_call, supervisor, supervisor_call, tmp_path, "barge"
    )
    assert heard == {
        "supervisor": {CALLER_HZ, AGENT_HZ},
        "caller": {AGENT_HZ, SUPERVISOR_HZ},
        "agent": {CALLER_HZ, SUPERVISOR_HZ},
    }

    # Back to silent: the supervisor is taken out of both the caller's and the agent's ears.
    agent.engine.listen_in(leg, incoming.call_id, "monitor").result(5)
    heard = _listen_everywhere(
        agent, caller, caller_call, supervisor, supervisor_call, tmp_path, "monitor2"
    )
    assert SUPERVISOR_HZ not in heard["caller"] | heard["agent"]
    assert heard["supervisor"] == {CALLER_HZ, AGENT_HZ}

    with pytest.raises(SipCommandError):
        agent.engine.listen_in(leg, incoming.call_id, "shout").result(5)

    # The caller hangs up: the listen-in ends with the call it listened to.
    caller.command("hangup", call_id=caller_call)
    supervisor.events.wait(
        "CallStateChanged", lambda e: e.call_id == supervisor_call and e.state == "disconnected"
    )
