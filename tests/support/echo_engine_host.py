"""`python -m tests.support.echo_engine_host FD`: the engine's process (sip/engine_host.py)
serving an engine without pjsua2 whose every command answers with its name and the arguments
it received (defaults filled in), so that a test sees each command cross the process boundary
as the app sent it (tests/unit/test_engine_protocol.py)."""

from __future__ import annotations

import inspect
import sys
from concurrent.futures import Future
from typing import Any

from sip import engine_host
from sip.config import EngineConfig
from sip.engine_types import EngineCommands, Listener, forwards_commands
from sip.events import EngineStarted, EngineStopped

Echo = tuple[str, dict[str, Any]]


@forwards_commands("_echo")
class EchoEngine:
    def __init__(self, config: EngineConfig, listener: Listener) -> None:
        self.config = config
        self._listener = listener
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self, timeout: float = 15) -> EngineStarted:
        self._running = True
        return EngineStarted("echo", (("udp", "127.0.0.1:5060"),), ())

    def stop(self, timeout: float = 15) -> None:
        if self._running:
            self._running = False
            self._listener(EngineStopped())

    def _echo(self, command: str, *args: Any, **kwargs: Any) -> Future[Echo]:
        bound = inspect.signature(getattr(EngineCommands, command)).bind(self, *args, **kwargs)
        bound.apply_defaults()
        arguments = {k: v for k, v in bound.arguments.items() if k != "self"}
        future: Future[Echo] = Future()
        future.set_result((command, arguments))
        return future


if __name__ == "__main__":
    sys.exit(engine_host.main(engine_factory=EchoEngine))
