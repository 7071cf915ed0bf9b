"""One list of the engine's commands (sip.engine_types.EngineCommands): the in-process engine,
the supervised proxy, the engine's process and the tests' fake all follow it, and every command
crosses the process boundary (sip/supervised.py -> sip/engine_host.py) as the app sent it."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from sip.config import AccountConfig, EngineConfig
from sip.engine_types import COMMANDS, EngineCommands, PhoneEngine
from sip.events import SipEvent
from sip.supervised import SupervisedEngine
from tests.support.echo_engine_host import EchoEngine
from tests.support.fake_engine import FakeEngine

# A value for each parameter of the commands, unlike any default, to see it arrive.
SAMPLES: dict[str, Any] = {
    "config": AccountConfig(id="acc", username="1001", domain="127.0.0.1:5060"),
    "account_id": "acc",
    "target": "sip:2002@127.0.0.1",
    "headers": {"X-Monitor": "token"},
    "call_id": 7,
    "code": 603,
    "muted": True,
    "digits": "12#",
    "method": "info",
    "consultation_id": 8,
    "call_ids": [7, 8],
    "path": "/tmp/call.wav",
    "own_voice": False,
    "loop": False,
    "leg_id": 9,
    "target_id": 7,
    "mode": "whisper",
    "capture": 1,
    "playback": None,
    "seconds": 0.5,
}


def _parameters(command: str) -> list[str]:
    signature = inspect.signature(getattr(EngineCommands, command))
    return [name for name in signature.parameters if name != "self"]


class EchoSupervisedEngine(SupervisedEngine):
    HOST_MODULE = "tests.support.echo_engine_host"


@pytest.fixture
def proxy() -> Iterator[SupervisedEngine]:
    events: list[SipEvent] = []
    engine = EchoSupervisedEngine(EngineConfig.loopback(), events.append)
    engine.start(timeout=30)
    yield engine
    engine.stop()


def test_the_command_list_is_the_protocols() -> None:
    assert len(COMMANDS) == 29
    assert {"add_account", "make_call", "answer", "hangup", "hold", "bridge_ports"} <= COMMANDS
    assert not {"start", "stop", "running", "config"} & COMMANDS  # life cycle, not commands


def test_every_command_round_trips_through_the_proxy_and_the_engines_process(
    proxy: SupervisedEngine,
) -> None:
    for command in sorted(COMMANDS):
        names = _parameters(command)
        args = [SAMPLES[name] for name in names]
        echoed = getattr(proxy, command)(*args).result(10)
        assert echoed == (command, dict(zip(names, args, strict=True))), command


def test_defaults_are_the_protocols_on_both_sides(proxy: SupervisedEngine) -> None:
    assert proxy.answer(7).result(10) == ("answer", {"call_id": 7, "code": 200})
    assert proxy.make_call("acc", "2002").result(10) == (
        "make_call", {"account_id": "acc", "target": "2002", "headers": None},
    )  # fmt: skip
    assert proxy.play_test_tone().result(10) == ("play_test_tone", {"seconds": 2.0})


def test_a_wrong_call_fails_at_once_in_the_callers_thread(proxy: SupervisedEngine) -> None:
    with pytest.raises(TypeError):
        proxy.hangup()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        proxy.hold(7, 8)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        proxy.listen_in(9, 7, tone="whisper")  # type: ignore[call-arg]


@pytest.mark.parametrize("implementation", ["SipEngine", "SupervisedEngine", "FakeEngine", "Echo"])
def test_each_engine_has_every_command_with_the_protocols_signature(implementation: str) -> None:
    if implementation == "SipEngine":
        from sip.engine import SipEngine  # loads pjsua2: only here

        cls: type = SipEngine
    else:
        cls = {"SupervisedEngine": SupervisedEngine, "FakeEngine": FakeEngine}.get(
            implementation, EchoEngine
        )
    for name in [*sorted(COMMANDS), "start", "stop"]:
        declared = inspect.signature(getattr(PhoneEngine, name))
        assert inspect.signature(getattr(cls, name)) == declared, f"{implementation}.{name}"
    assert isinstance(inspect.getattr_static(cls, "running"), property)


def test_the_fake_and_the_proxy_are_phone_engines() -> None:
    config = EngineConfig.loopback()
    engines: list[PhoneEngine] = [
        FakeEngine(config, lambda event: None),
        SupervisedEngine(config, lambda event: None),
    ]
    for engine in engines:
        assert isinstance(engine, PhoneEngine)
