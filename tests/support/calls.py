"""Call helpers shared by the SIP tests: parties with their own tones, and who-hears-whom checks.

Every party's microphone is a WAV of its own tone (caller 440 Hz, agent 700 Hz, third party
1000 Hz); recordings of what each party receives tell who hears whom.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from sip.config import AccountConfig, EngineConfig
from sip.engine import SipEngine
from sip.supervised import SupervisedEngine
from softphone.ivr import IvrHeaders
from tests.support.audio import read_wav, tone_present, write_tone
from tests.support.sip_peer import EventLog, SipPeer

CALLER_HZ, AGENT_HZ, THIRD_HZ = 440.0, 700.0, 1000.0
ALL_TONES = (CALLER_HZ, AGENT_HZ, THIRD_HZ)
LISTEN_S = 1.2  # seconds of audio captured per check: real time has to pass for real audio


@dataclass
class Agent:
    engine: SipEngine | SupervisedEngine
    events: EventLog
    address: str
    uri: str


def start_agent(tones: dict[float, str], *, supervised: bool = False, **overrides: object) -> Agent:
    """The agent's engine: in this process, or (`supervised`) in a child as the app runs it,
    capturing the IVR's headers the app's default settings name."""
    events = EventLog()
    settings: dict[str, object] = {
        "microphone_wav": tones[AGENT_HZ],
        "quality_interval_s": 0.5,
        "cti_headers": IvrHeaders().captured(),
    }
    config = EngineConfig.loopback(**{**settings, **overrides})
    engine = (SupervisedEngine if supervised else SipEngine)(config, events.add)
    info = engine.start()
    address = info.transports[0][1]
    engine.add_account(
        AccountConfig(id="agent", username="agent", domain=address, register=False)
    ).result(5)
    return Agent(engine, events, address, f"sip:agent@{address}")


def kill_engine(engine: SipEngine | SupervisedEngine) -> int:
    """SIGKILL the engine's process, as an abort in pjsip ends it; returns its pid."""
    assert isinstance(engine, SupervisedEngine) and engine.pid is not None
    pid = engine.pid
    os.kill(pid, signal.SIGKILL)
    return pid


def make_peer(tones: dict[float, str], freq: float, name: str, user: str) -> SipPeer:
    peer = SipPeer(microphone_wav=tones[freq], name=name).__enter__()
    peer.command(
        "add_account",
        config={"id": "me", "username": user, "domain": peer.address, "register": False},
    )
    return peer


def peer_uri(peer: SipPeer, user: str) -> str:
    return f"sip:{user}@{peer.address}"


def call_agent(caller: SipPeer, agent: Agent, headers: dict[str, str] | None = None):
    """The caller rings the agent; returns (caller's call id, the agent's IncomingCall)."""
    mark = agent.events.mark()
    caller_call = caller.command("make_call", account_id="me", target=agent.uri,
                                 headers=headers or {})  # fmt: skip
    incoming = agent.events.wait("IncomingCall", after=mark)
    return caller_call, incoming


def answer_and_connect(agent: Agent, caller: SipPeer, caller_call: int, agent_call: int) -> None:
    agent.engine.answer(agent_call).result(5)
    wait_active(agent.events, agent_call)
    wait_active(caller.events, caller_call)


def wait_active(events: EventLog, call_id: int, after: int | None = None) -> None:
    events.wait(
        "CallMediaChanged", lambda e: e.call_id == call_id and e.state == "active", after=after
    )


def heard_by_agent(agent: Agent, call_id: int, path: Path) -> set[float]:
    agent.engine.start_recording(call_id, str(path), own_voice=False).result(5)
    time.sleep(LISTEN_S)
    agent.engine.stop_recording(call_id).result(5)
    return tones_in(path)


def heard_by_peer(peer: SipPeer, call_id: int, path: Path) -> set[float]:
    peer.command("start_recording", call_id=call_id, path=str(path), own_voice=False)
    time.sleep(LISTEN_S)
    peer.command("stop_recording", call_id=call_id)
    return tones_in(path)


def tones_in(path: Path) -> set[float]:
    samples, rate = read_wav(str(path))
    settled = samples[int(rate * 0.3) :]  # skip the jitter buffer's first fill
    return {f for f in ALL_TONES if tone_present(settled, rate, f, threshold_ratio=10.0)}


def make_tone_files(folder: Path) -> dict[float, str]:
    paths = {}
    for freq in ALL_TONES:
        path = folder / f"tone_{int(freq)}.wav"
        write_tone(str(path), freq, 3.0, rate=16000)
        paths[freq] = str(path)
    return paths
