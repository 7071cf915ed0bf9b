"""What the app side of the SIP engine needs without loading pjsua2: the engine's errors and
its sound-device record. The app talks to the engine in another process (sip/supervised.py),
so its own process never imports pjsua2 (about 8 MB of memory it would hold for nothing)."""

from __future__ import annotations

from dataclasses import dataclass


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
