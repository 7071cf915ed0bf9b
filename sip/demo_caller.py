"""The demo caller: a second user agent that rings the agent now and then, so a newcomer sees
calls (and screen-pops) with no PBX at all. It also plays the customers the agent calls back:
a call to it rings for a moment, is answered, and lasts until the agent hangs up.

It runs in its own process (pjsua2 allows one Endpoint per process) and is started only by the
app's demo mode. It refuses any target that is not on the loopback network, so it can never
call anywhere real. Each call comes From a seeded demo number with the IVR headers a real IVR
would add (topic, language, PIN verified), plays a voice-band tone pattern, and hangs up after
a while or when the agent does.

    python -m sip.demo_caller --target sip:agent@127.0.0.1:5070 --calls calls.json
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import json
import logging
import math
import random
import signal
import struct
import sys
import tempfile
import threading
import wave
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sip.config import AccountConfig, EngineConfig
from sip.engine import SipEngine
from sip.events import CallState, CallStateChanged, EngineStarted, IncomingCall, SipEvent

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DemoCall:
    number: str  # E.164, as seeded
    display_name: str
    topic: str
    language: str
    verified: bool


class NotLoopback(ValueError):
    pass


def loopback_host(target: str) -> str:
    """The target's host, if it is on the loopback network; raises NotLoopback otherwise."""
    rest = target.split(":", 1)[1] if ":" in target else target
    host = rest.split("@", 1)[-1].split(";", 1)[0]
    if host.startswith("[") and "]" in host:  # [IPv6]:port
        host = host[1 : host.index("]")]
    elif host.count(":") == 1:  # IPv4 or name, with a port
        host = host.rsplit(":", 1)[0]
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise NotLoopback(f"the demo caller only calls loopback addresses, not {target!r}")


def write_voice_wav(path: Path, seconds: float = 4.0, rate: int = 16000) -> None:
    """A voice-band pattern (two gliding tones with syllable-like pauses), not a test beep."""
    frames = bytearray()
    for i in range(int(seconds * rate)):
        t = i / rate
        envelope = max(0.0, math.sin(2 * math.pi * 2.2 * t)) ** 2
        value = envelope * (
            0.5 * math.sin(2 * math.pi * (300 + 60 * math.sin(2 * math.pi * 0.7 * t)) * t)
            + 0.3 * math.sin(2 * math.pi * 850 * t)
        )
        frames += struct.pack("<h", int(10000 * value))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))


# Which header carries which IVR answer: the PBX's names, as the app's settings give them
# (`--header topic=X-Topic`); "" leaves that answer out.
DEFAULT_HEADER_NAMES = {
    "topic": "X-IVR-Topic",
    "language": "X-IVR-Language",
    "verified": "X-Caller-Verified",
}


class DemoCaller:
    def __init__(
        self,
        target: str,
        calls: list[DemoCall],
        *,
        first_call_s: float = 3.0,
        interval_s: tuple[float, float] = (25.0, 45.0),
        ring_s: float = 40.0,
        talk_s: float = 60.0,
        seed: int | None = None,
        port: int = 0,
        answer_after_s: float = 2.5,
        header_names: Mapping[str, str] | None = None,
    ) -> None:
        loopback_host(target)
        self.header_names = {**DEFAULT_HEADER_NAMES, **(header_names or {})}
        if not calls:
            raise ValueError("the demo caller needs at least one demo number")
        self.target = target
        self.calls = calls
        self.first_call_s = first_call_s
        self.interval_s = interval_s
        self.ring_s = ring_s
        self.talk_s = talk_s
        self._rng = random.Random(seed)
        self._stop = threading.Event()
        self._call_ended = threading.Event()
        self._current: int | None = None
        self._answered = threading.Event()
        self._engine: SipEngine | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="softphone-demo-caller-")
        self.port = port
        self.answer_after_s = answer_after_s
        self._timers: list[threading.Timer] = []

    def _on_event(self, event: SipEvent) -> None:  # engine thread: just note what happened
        if isinstance(event, IncomingCall):
            # A callback to a demo customer: let it ring, then pick up (from a timer thread,
            # which only queues the command: the engine thread must never wait on itself).
            engine = self._engine
            if engine is not None and not self._stop.is_set():
                timer = threading.Timer(self.answer_after_s, engine.answer, (event.call_id,))
                timer.daemon = True
                self._timers.append(timer)
                timer.start()
            return
        if isinstance(event, CallStateChanged) and event.call_id == self._current:
            if event.state is CallState.CONFIRMED:
                self._answered.set()
            elif event.state is CallState.DISCONNECTED:
                self._call_ended.set()

    def stop(self) -> None:
        """Any thread (a signal handler): wake every wait; run() then hangs up and leaves."""
        self._stop.set()
        self._answered.set()
        self._call_ended.set()

    def run(self) -> None:
        voice = Path(self._tmp.name) / "voice.wav"
        write_voice_wav(voice)
        engine = SipEngine(
            EngineConfig.loopback(
                bind_address=loopback_host(self.target),
                udp_port=self.port,
                microphone_wav=str(voice),
                user_agent="ContactSoftphone-DemoCaller",
            ),
            self._on_event,
        )
        self._engine = engine
        started: EngineStarted = engine.start()
        address = started.transports[0][1]
        # The customers' line: calls to any number here reach this account.
        engine.add_account(
            AccountConfig(id="customers", username="customers", domain=address, register=False)
        ).result(5)
        accounts: set[str] = set()
        try:
            delay = self.first_call_s
            order = list(self.calls)
            self._rng.shuffle(order)
            index = 0
            while not self._stop.wait(delay):
                call = order[index % len(order)]
                index += 1
                account_id = call.number
                if account_id not in accounts:
                    engine.add_account(
                        AccountConfig(
                            id=account_id,
                            username=call.number,
                            domain=address,
                            display_name=call.display_name,
                            register=False,
                        )
                    ).result(5)
                    accounts.add(account_id)
                self._place(engine, call)
                delay = self._rng.uniform(*self.interval_s)
        finally:
            for timer in self._timers:
                timer.cancel()
            engine.stop()
            self._tmp.cleanup()

    def _place(self, engine: SipEngine, call: DemoCall) -> None:
        self._answered.clear()
        self._call_ended.clear()
        if self._stop.is_set():  # after the clear: a stop() racing with it still wins
            return
        answers = {
            "topic": call.topic,
            "language": call.language,
            "verified": "pin" if call.verified else "no",
        }
        names = self.header_names
        headers = {names[role]: value for role, value in answers.items() if names.get(role)}
        try:
            self._current = engine.make_call(call.number, self.target, headers).result(5)
        except Exception as exc:
            log.warning("demo call to %s failed: %s", self.target, exc)
            return
        log.info("demo call from %s (%s, %s)", call.number, call.topic, call.language)
        if not self._answered.wait(self.ring_s) and not self._call_ended.is_set():
            engine.hangup(self._current).result(5)  # nobody answered: the caller gives up
        elif self._answered.is_set():
            self._call_ended.wait(self.talk_s)
            if not self._call_ended.is_set():
                engine.hangup(self._current).result(5)
        self._call_ended.wait(5)


def load_calls(path: Path) -> list[DemoCall]:
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return [DemoCall(**item) for item in data]


def _stop_at_end_of_input(caller: DemoCaller) -> None:
    """Read standard input to its end (the app's end of the pipe closed: it is gone), then stop."""
    with contextlib.suppress(OSError, ValueError):
        while sys.stdin.buffer.read(4096):
            pass
    log.info("the app is gone: stopping")
    caller.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", required=True, help="the agent's SIP URI (loopback only)")
    parser.add_argument("--calls", required=True, type=Path, help="JSON list of demo calls")
    parser.add_argument("--first-call", type=float, default=3.0, help="seconds before the first")
    parser.add_argument("--interval", type=float, nargs=2, default=(25.0, 45.0))
    parser.add_argument("--port", type=int, default=0, help="UDP port of the customers' line")
    parser.add_argument(
        "--until-stdin-closes",
        action="store_true",
        help="stop when standard input ends: started by the app with a pipe it never writes, "
        "so that it goes with the app however the app ends (killed, crashed)",
    )
    parser.add_argument(
        "--header",
        action="append",
        default=[],
        metavar="ROLE=NAME",
        help="the header an IVR answer goes in (topic, language, verified); NAME empty: none",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="demo-caller: %(message)s")
    try:
        names = dict(item.partition("=")[::2] for item in args.header)
        unknown = set(names) - set(DEFAULT_HEADER_NAMES)
        if unknown:
            parser.error(f"unknown IVR answer: {', '.join(sorted(unknown))}")
        caller = DemoCaller(
            args.target,
            load_calls(args.calls),
            first_call_s=args.first_call,
            interval_s=tuple(args.interval),
            port=args.port,
            header_names=names,
        )
    except (NotLoopback, ValueError, OSError) as exc:
        parser.error(str(exc))
    signal.signal(signal.SIGTERM, lambda *_: caller.stop())
    signal.signal(signal.SIGINT, lambda *_: caller.stop())
    if args.until_stdin_closes:
        threading.Thread(
            target=_stop_at_end_of_input, args=(caller,), name="stdin-watch", daemon=True
        ).start()
    caller.run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
