"""A second (third...) softphone for tests: our SipEngine in its own process.

pjsua2 allows one Endpoint per process, and a far end in another process is the honest test
anyway. The parent drives the child with JSON lines on stdin; the child answers each command
and streams every engine event on stdout. `EventLog` is the shared bookkeeping for events, also
used for the engine inside the test process.

    with SipPeer(microphone_wav=tone_440) as peer:
        peer.command("add_account", config={...})
        call_id = peer.command("make_call", account_id="a", target="sip:agent@127.0.0.1:5062")
        peer.events.wait(IncomingCall)   # or CallStateChanged with a predicate
"""

from __future__ import annotations

import dataclasses
import enum
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.support import process

ROOT = Path(__file__).resolve().parents[2]


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


class Event(dict):
    """An event as seen by the test: its type name and its fields (enums as their values)."""

    @property
    def kind(self) -> str:
        return str(self["kind"])

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class EventLog:
    """Events in arrival order; tests wait for the next matching one (a condition, no sleeps)."""

    def __init__(self) -> None:
        self._events: list[Event] = []
        self._cursor: dict[str, int] = {}
        self._cond = threading.Condition()

    def add(self, event: Any) -> None:
        record = (
            event
            if isinstance(event, Event)
            else Event(kind=type(event).__name__, **_jsonable(event))
        )
        with self._cond:
            self._events.append(record)
            self._cond.notify_all()

    def all(self, kind: str | None = None) -> list[Event]:
        with self._cond:
            return [e for e in self._events if kind is None or e.kind == kind]

    def wait(
        self,
        kind: str | type,
        where: Callable[[Event], bool] = lambda e: True,
        timeout: float = 10,
        after: int | None = None,
    ) -> Event:
        """The first event of `kind` matching `where` (from position `after`, default 0)."""
        name = kind if isinstance(kind, str) else kind.__name__
        deadline = time.monotonic() + timeout
        start = after or 0
        with self._cond:
            while True:
                for event in self._events[start:]:
                    if event.kind == name and where(event):
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [e.kind for e in self._events[-15:]]
                    raise TimeoutError(f"no {name} within {timeout} s; last events: {seen}")
                self._cond.wait(remaining)

    def mark(self) -> int:
        with self._cond:
            return len(self._events)


class SipPeer:
    def __init__(self, *, microphone_wav: str = "", name: str = "peer", **engine: Any) -> None:
        self.name = name
        self.engine_config = {
            "bind_address": "127.0.0.1",
            "udp_port": 0,
            "rtp_port": 0,
            "null_audio": True,
            "microphone_wav": microphone_wav,
            "quality_interval_s": 0.5,
            **engine,
        }
        self.events = EventLog()
        self._proc: subprocess.Popen[str] | None = None
        self._replies: dict[int, dict[str, Any]] = {}
        self._cond = threading.Condition()
        self._ids = 0
        self.started: dict[str, Any] = {}

    def __enter__(self) -> SipPeer:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self._proc = process.start(
            [sys.executable, "-m", "tests.support.sip_peer"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=ROOT,
        )
        threading.Thread(target=self._read, name=f"{self.name}-reader", daemon=True).start()
        self.started = self.command("start", config=self.engine_config, timeout=20)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def address(self) -> str:
        """host:port of the first transport."""
        return str(self.started["transports"][0][1])

    def close(self, timeout: float = 15) -> None:
        if self._proc is None:
            return
        try:
            if self._proc.poll() is None:
                self.command("stop", timeout=timeout)
        except (TimeoutError, BrokenPipeError, RuntimeError):
            pass
        finally:
            process.wait_or_kill(self._proc, timeout)
            self._proc = None

    def wait_exit(self, timeout: float) -> int | None:
        """The child's exit status (negative: the signal that killed it), waiting up to
        `timeout` for it to end; None while it runs."""
        if self._proc is None or not process.wait_exit(self._proc, timeout):
            return None
        return self._proc.wait()

    def kill(self) -> None:
        if self._proc is not None:
            process.kill(self._proc)
            self._proc = None

    def command(self, name: str, timeout: float = 10, **args: Any) -> Any:
        assert self._proc is not None and self._proc.stdin is not None
        with self._cond:
            self._ids += 1
            ident = self._ids
        self._proc.stdin.write(json.dumps({"id": ident, "cmd": name, "args": args}) + "\n")
        self._proc.stdin.flush()
        deadline = time.monotonic() + timeout
        with self._cond:
            while ident not in self._replies:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (self._proc.poll() is not None and ident not in self._replies):
                    raise TimeoutError(f"{self.name}: no reply to {name}")
                self._cond.wait(min(remaining, 0.5))
            reply = self._replies.pop(ident)
        if "error" in reply:
            raise RuntimeError(f"{self.name}: {name} failed: {reply['error']}")
        return reply.get("result")

    def _read(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        for line in self._proc.stdout:
            try:
                message = json.loads(line)
            except json.JSONDecodeError:
                continue
            if "event" in message:
                self.events.add(Event(kind=message["event"], **message["data"]))
            else:
                with self._cond:
                    self._replies[int(message["id"])] = message
                    self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()


def _serve() -> None:
    """The child: a SipEngine driven by JSON lines (runs in its own process)."""
    from sip.config import AccountConfig, EngineConfig, TlsSettings
    from sip.engine import SipEngine

    out_lock = threading.Lock()

    def send(message: dict[str, Any]) -> None:
        with out_lock:
            sys.stdout.write(json.dumps(message) + "\n")
            sys.stdout.flush()

    def on_event(event: Any) -> None:
        send({"event": type(event).__name__, "data": _jsonable(event)})

    engine: SipEngine | None = None
    for line in sys.stdin:
        request = json.loads(line)
        ident, name, args = request["id"], request["cmd"], request["args"]
        try:
            if name == "start":
                config = dict(args["config"])
                if "tls" in config:
                    config["tls"] = TlsSettings(**config["tls"])
                for key in ("cti_headers", "codecs"):
                    if key in config:
                        config[key] = tuple(config[key])
                engine = SipEngine(EngineConfig(**config), on_event)
                result: Any = _jsonable(engine.start())
            elif name == "stop":
                assert engine is not None
                engine.stop()
                send({"id": ident, "result": None})
                break
            elif name == "add_account":
                assert engine is not None
                result = engine.add_account(AccountConfig(**args["config"])).result(10)
            else:
                assert engine is not None
                result = _jsonable(getattr(engine, name)(**args).result(10))
            send({"id": ident, "result": result})
        except Exception as exc:
            send({"id": ident, "error": f"{type(exc).__name__}: {exc}"})


if __name__ == "__main__":
    _serve()
