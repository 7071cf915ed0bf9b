"""What the app side of the SIP engine needs without loading pjsua2: the engine's commands (the
`PhoneEngine` protocol), its errors and its sound-device record. The app talks to the engine in
another process (sip/supervised.py), so its own process never imports pjsua2 (about 8 MB of
memory it would hold for nothing).

`EngineCommands` is the one list of the engine's commands: the in-process engine
(sip/engine.py) implements them, the supervised proxy (sip/supervised.py) forwards them to its
child process and the child (sip/engine_host.py) dispatches them, both by `COMMANDS`, which is
read off the protocol. Every command may be called from any thread and returns a Future that
completes on the engine's thread (or on the proxy's reader thread)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, runtime_checkable

from sip.config import AccountConfig, EngineConfig
from sip.events import EngineStarted, SipEvent

# Receives every event of the engine, on the engine's own thread: it must return quickly.
Listener = Callable[[SipEvent], None]


class EngineNotRunning(RuntimeError):
    pass


class SipCommandError(RuntimeError):
    """A command could not be carried out (unknown call, wrong state, pjsua2 refused)."""


@dataclass(frozen=True)
class AudioDevice:
    index: int
    name: str
    driver: str
    inputs: int
    outputs: int


# (bridge port, its name, the ports listening to it): the conference bridge's wiring.
BridgePort = tuple[int, str, tuple[int, ...]]


@runtime_checkable
class EngineCommands(Protocol):
    """The engine's commands. Each returns at once; its outcome (or SipCommandError,
    EngineNotRunning...) arrives in the Future."""

    # -- accounts
    def add_account(self, config: AccountConfig) -> Future[None]: ...

    def remove_account(self, account_id: str) -> Future[None]: ...

    def reregister(self, account_id: str) -> Future[None]: ...

    def account_uri(self, account_id: str) -> Future[str]: ...

    # -- calls
    def make_call(
        self, account_id: str, target: str, headers: dict[str, str] | None = None
    ) -> Future[int]: ...

    def answer(self, call_id: int, code: int = 200) -> Future[None]: ...

    def reject(self, call_id: int, code: int = 486) -> Future[None]: ...

    def hangup(self, call_id: int) -> Future[None]: ...

    def hold(self, call_id: int) -> Future[None]: ...

    def resume(self, call_id: int) -> Future[None]: ...

    def set_mute(self, call_id: int, muted: bool) -> Future[None]: ...

    def send_dtmf(self, call_id: int, digits: str, method: str = "rfc4733") -> Future[None]: ...

    def transfer(self, call_id: int, target: str) -> Future[None]:
        """Blind transfer: REFER the remote party to `target`."""

    def transfer_attended(self, call_id: int, consultation_id: int) -> Future[None]:
        """Attended transfer: REFER with Replaces, joining call's party to the consulted one."""

    def calls(self) -> Future[list[int]]:
        """The calls not ended (one that has just ended is dropped on the loop's next turn)."""

    # -- media
    def conference(self, call_ids: list[int]) -> Future[None]:
        """Join calls in the local bridge: every party hears every other party and us."""

    def split(self, call_id: int) -> Future[None]: ...

    def start_recording(self, call_id: int, path: str, own_voice: bool = True) -> Future[None]: ...

    def stop_recording(self, call_id: int) -> Future[str | None]: ...

    def play_to_call(self, call_id: int, path: str, loop: bool = True) -> Future[None]:
        """Play a WAV into a call (an announcement, or a test's stand-in for a voice)."""

    def listen_in(self, leg_id: int, target_id: int, mode: str) -> Future[None]:
        """Route a supervisor's call (`leg_id`) into the agent's call `target_id`, or switch its
        mode: "monitor" (the supervisor hears caller and agent, nobody hears the supervisor),
        "whisper" (the agent hears the supervisor too, the caller does not) or "barge" (all
        three talk). The app verifies the session in the store before it asks for this."""

    def record_speaker(self, path: str) -> Future[None]:
        """Record what this phone's speaker plays from calls (what the agent hears)."""

    def stop_speaker_recording(self) -> Future[str | None]: ...

    def audio_devices(self) -> Future[list[AudioDevice]]: ...

    def set_audio_devices(self, capture: int | None, playback: int | None) -> Future[None]:
        """Select devices by index; None for both selects the null device."""

    def play_test_tone(self, seconds: float = 2.0) -> Future[None]:
        """A 440 Hz tone on the speaker: "can I hear the selected device?"."""

    def set_ringtone(self, path: str) -> Future[None]:
        """A WAV to ring with ("" for the built-in pattern); takes effect at the next call."""

    def audio_levels(self) -> Future[tuple[int, int]]:
        """(microphone level, speaker level), 0-255, as the conference bridge sees them."""

    def bridge_ports(self) -> Future[list[BridgePort]]:
        """The conference bridge as it is wired now: (port, name, listening ports). Support."""


@runtime_checkable
class PhoneEngine(EngineCommands, Protocol):
    """An engine the app can own: the commands, its configuration and its life cycle. Built
    with an EngineConfig and a Listener (see `EngineFactory`)."""

    config: EngineConfig

    @property
    def running(self) -> bool: ...

    def start(self, timeout: float = 15) -> EngineStarted: ...

    def stop(self, timeout: float = 15) -> None: ...


EngineFactory = Callable[[EngineConfig, Listener], PhoneEngine]

# The names of the commands: what the proxy may send and the engine's process will run.
COMMANDS: frozenset[str] = frozenset(
    name for name, member in vars(EngineCommands).items()
    if callable(member) and not name.startswith("_")
)  # fmt: skip

_Class = TypeVar("_Class", bound=type)


def forwards_commands(send: str) -> Callable[[_Class], _Class]:
    """A class decorator: every command of EngineCommands the class does not define itself
    becomes a method that checks its arguments against the protocol's signature (a wrong call
    raises TypeError at once, as a method's would) and returns `self.<send>(command, *args,
    **kwargs)`, the Future of the command sent on."""

    def forwarder(command: str) -> Callable[..., Future[Any]]:
        declared = getattr(EngineCommands, command)
        signature = inspect.signature(declared)

        def forward(self: Any, *args: Any, **kwargs: Any) -> Future[Any]:
            signature.bind(self, *args, **kwargs)
            result: Future[Any] = getattr(self, send)(command, *args, **kwargs)
            return result

        forward.__name__ = command
        forward.__doc__ = declared.__doc__
        forward.__signature__ = signature  # type: ignore[attr-defined]
        return forward

    def decorate(cls: _Class) -> _Class:
        for command in sorted(COMMANDS - vars(cls).keys()):
            method = forwarder(command)
            method.__qualname__ = f"{cls.__qualname__}.{command}"
            setattr(cls, command, method)
        return cls

    return decorate
