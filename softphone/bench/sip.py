"""`softphone bench sip`: the SIP engine's latency, CPU and memory, printed as JSON.

The engine runs as the app runs it, in its own supervised process (sip.supervised), unless
`in_process`; CPU and memory are then this process's and the engine process's together.
- invite_to_app_ms: INVITEs written by hand to a raw UDP socket in this process; the clock starts
  just before sendto() (so it includes the kernel's loopback hop, pjsip's parsing and the hop
  from the engine's process) and stops in a Qt slot on the main thread, after the same queued
  cross-thread hop the app uses. Each INVITE is then rejected (486) and the rejection ACKed, as
  a real UAC would.
- g711_call_cpu_percent: the CPU time while one PCMA call runs against an auto-answering peer
  process, as a share of one core (the idle engine measured separately).
- rss_growth_mb_100_calls: resident memory after 100 complete calls, minus after 10 warm-up
  calls.
- engine_restart_ms (its own process only): the engine's process killed, until a new one is
  running with its account and an INVITE to the same port reaches the Qt thread again.
Both ends of every call are on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import os
import queue
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import psutil
from PySide6.QtCore import QCoreApplication, QObject, Signal

from sip.answering_peer import ADDRESS_PREFIX
from sip.config import AccountConfig, EngineConfig
from sip.engine import SipEngine
from sip.engine_types import PhoneEngine
from sip.events import CallState, CallStateChanged, EngineRestarted, IncomingCall
from sip.supervised import SupervisedEngine
from softphone.bench.support import stdout_to_stderr
from softphone.ivr import IvrHeaders

INVITE_INTERVAL_S = 0.025
TARGETS = {"invite_to_app_p99_ms": 5.0, "g711_call_cpu_percent": 5.0, "rss_growth_mb": 5.0}


class _Bridge(QObject):
    """Engine thread -> Qt main thread, as softphone.telephony does it."""

    relayed = Signal(object)
    finished = Signal()  # emitted by the scenario thread; queued to the main thread

    def __init__(self, sink: queue.Queue[tuple[Any, int]]) -> None:
        super().__init__()
        self._sink = sink
        self.relayed.connect(self._on_relayed)

    def relay(self, event: Any) -> None:  # SIP engine thread
        self.relayed.emit(event)

    def _on_relayed(self, event: Any) -> None:  # Qt main thread
        self._sink.put((event, time.monotonic_ns()))


def _invite(
    target_port: int,
    local_port: int,
    call_id: str,
    branch: str,
    tag: str,
    caller: str = "+390612345678",
    topic: str = "pensions",
) -> bytes:
    sdp = (
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
        "m=audio 40000 RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\n"
        "a=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n"
    )
    head = (
        f"INVITE sip:agent@127.0.0.1:{target_port} SIP/2.0\r\n"
        f"Via: SIP/2.0/UDP 127.0.0.1:{local_port};branch={branch};rport\r\n"
        "Max-Forwards: 70\r\n"
        f'From: "Bench Caller" <sip:{caller}@127.0.0.1:{local_port}>;tag={tag}\r\n'
        f"To: <sip:agent@127.0.0.1:{target_port}>\r\n"
        f"Call-ID: {call_id}\r\nCSeq: 1 INVITE\r\n"
        f"Contact: <sip:{caller}@127.0.0.1:{local_port}>\r\n"
        f"X-IVR-Topic: {topic}\r\nX-IVR-Language: it\r\nX-Caller-Verified: pin\r\n"
        f"Content-Type: application/sdp\r\nContent-Length: {len(sdp)}\r\n\r\n"
    )
    return (head + sdp).encode()


def _ack(target_port: int, local_port: int, call_id: str, branch: str, tag: str, to: str) -> bytes:
    return (
        f"ACK sip:agent@127.0.0.1:{target_port} SIP/2.0\r\n"
        f"Via: SIP/2.0/UDP 127.0.0.1:{local_port};branch={branch};rport\r\n"
        "Max-Forwards: 70\r\n"
        f'From: "Bench Caller" <sip:+390612345678@127.0.0.1:{local_port}>;tag={tag}\r\n'
        f"To: {to}\r\nCall-ID: {call_id}\r\nCSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n"
    ).encode()


def _final_response(sock: socket.socket, call_id: str, timeout: float = 5.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        data = sock.recv(65535).decode(errors="replace")
        status = data.split(" ", 2)[1] if data.startswith("SIP/2.0 ") else ""
        if call_id in data and status.isdigit() and int(status) >= 200:
            return data
    raise TimeoutError("no final response to the bench INVITE")


def _header(message: str, name: str) -> str:
    for line in message.split("\r\n"):
        key, _, value = line.partition(":")
        if key.strip().lower() == name.lower():
            return value.strip()
    return ""


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class _Run:
    def __init__(self, engine: PhoneEngine, events: queue.Queue[tuple[Any, int]]) -> None:
        self.engine = engine
        self.events = events

    def wait(self, match: Callable[[Any], bool], timeout: float = 10) -> tuple[Any, int]:
        deadline = time.monotonic() + timeout
        while True:
            event, at = self.events.get(timeout=max(0.01, deadline - time.monotonic()))
            if match(event):
                return event, at

    def invite_latency(self, port: int, count: int) -> list[float]:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind(("127.0.0.1", 0))
        local_port = sock.getsockname()[1]
        latencies = []
        try:
            next_send = time.monotonic()
            for _ in range(count):
                # 40 INVITEs a second: pjlib reuses a closed socket slot only after 500 ms, so
                # a faster stream of short calls would exhaust its 64-slot ioqueue.
                next_send += INVITE_INTERVAL_S
                time.sleep(max(0.0, next_send - time.monotonic()))
                call_id, tag = secrets.token_hex(8), secrets.token_hex(4)
                branch = "z9hG4bK" + secrets.token_hex(8)
                sent = time.monotonic_ns()
                sock.sendto(_invite(port, local_port, call_id, branch, tag), ("127.0.0.1", port))
                event, delivered = self.wait(
                    lambda e, c=call_id: isinstance(e, IncomingCall) and e.sip_call_id == c
                )
                latencies.append((delivered - sent) / 1e6)
                self.engine.reject(event.call_id, 486).result(5)
                final = _final_response(sock, call_id)
                ack = _ack(port, local_port, call_id, branch, tag, _header(final, "To"))
                sock.sendto(ack, ("127.0.0.1", port))
                self.wait(
                    lambda e, c=event.call_id: (
                        isinstance(e, CallStateChanged)
                        and e.call_id == c
                        and e.state is CallState.DISCONNECTED
                    )
                )
        finally:
            sock.close()
        return latencies

    def restart_ms(self, engine: SupervisedEngine, port: int) -> float:
        """The engine's process killed: milliseconds until a new one has its account back and
        an INVITE to the same port reaches the app again."""
        assert engine.pid is not None
        started = time.monotonic()
        os.kill(engine.pid, signal.SIGKILL)
        self.wait(lambda e: isinstance(e, EngineRestarted), timeout=30)
        self.invite_latency(port, 1)
        return round((time.monotonic() - started) * 1000, 1)

    def paced_call(self, target: str) -> None:
        """One short call, at most 40 a second (pjlib's ioqueue reuses slots after 500 ms)."""
        started = time.monotonic()
        self.one_call(target)
        time.sleep(max(0.0, INVITE_INTERVAL_S - (time.monotonic() - started)))

    def one_call(self, target: str, hold_s: float = 0.0) -> None:
        call = self.engine.make_call("agent", target).result(5)
        event, _ = self.wait(
            lambda e: (
                isinstance(e, CallStateChanged)
                and e.call_id == call
                and e.state in (CallState.CONFIRMED, CallState.DISCONNECTED)
            )
        )
        if event.state is not CallState.CONFIRMED:
            raise RuntimeError(f"bench call failed: {event.code} {event.reason}")
        if hold_s:
            time.sleep(hold_s)  # the measured interval: a call in progress
        self.engine.hangup(call).result(5)
        self.wait(
            lambda e: (
                isinstance(e, CallStateChanged)
                and e.call_id == call
                and e.state is CallState.DISCONNECTED
            )
        )


@contextlib.contextmanager
def _answering_peer(codec: str) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "sip.answering_peer", "--codec", codec],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith(ADDRESS_PREFIX):
                yield line[len(ADDRESS_PREFIX) :].strip()
                break
        else:
            raise RuntimeError("the answering peer did not start")
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()


def _cpu_seconds(processes: list[psutil.Process]) -> float:
    return float(sum(t.user + t.system for t in (p.cpu_times() for p in processes)))


def _rss(processes: list[psutil.Process]) -> int:
    return sum(p.memory_info().rss for p in processes)


def bench_sip(
    invites: int = 300, calls: int = 100, cpu_seconds: float = 10.0, in_process: bool = False
) -> dict[str, Any]:
    app = QCoreApplication.instance() or QCoreApplication([])
    events: queue.Queue[tuple[Any, int]] = queue.Queue()
    bridge = _Bridge(events)
    codec = "PCMA/8000/1"
    engine = (SipEngine if in_process else SupervisedEngine)(
        EngineConfig.loopback(
            codecs=(codec,),
            quality_interval_s=60,
            log_level=1,
            cti_headers=IvrHeaders().captured(),  # the app's: its INVITEs carry IVR data
        ),
        bridge.relay,
    )
    with stdout_to_stderr():  # pjlib's first lines go to stdout; ours is for the JSON
        port = int(engine.start().transports[0][1].rsplit(":", 1)[1])
    engine.add_account(
        AccountConfig(id="agent", username="agent", domain=f"127.0.0.1:{port}", register=False)
    ).result(5)
    run = _Run(engine, events)
    me = [psutil.Process(os.getpid())]
    if isinstance(engine, SupervisedEngine) and engine.pid is not None:
        me.append(psutil.Process(engine.pid))
    result: dict[str, Any] = {
        "benchmark": "sip",
        "codec": codec,
        "engine": "in this process" if in_process else "its own process",
    }
    failure: list[BaseException] = []

    def scenario() -> None:
        try:
            latencies = run.invite_latency(port, invites)
            result["invite_to_app_ms"] = {
                "count": len(latencies),
                "p50": round(statistics.median(latencies), 3),
                "p99": round(_percentile(latencies, 0.99), 3),
                "max": round(max(latencies), 3),
            }
            with _answering_peer(codec) as target:
                idle_start, idle_t0 = _cpu_seconds(me), time.monotonic()
                time.sleep(cpu_seconds / 2)  # the idle engine: its polling loop alone
                idle = (_cpu_seconds(me) - idle_start) / (time.monotonic() - idle_t0)
                busy_start, busy_t0 = _cpu_seconds(me), time.monotonic()
                run.one_call(target, hold_s=cpu_seconds)
                busy = (_cpu_seconds(me) - busy_start) / (time.monotonic() - busy_t0)
                result["g711_call_cpu_percent"] = round(100 * busy, 2)
                result["idle_engine_cpu_percent"] = round(100 * idle, 2)
                for _ in range(10):
                    run.paced_call(target)
                before = _rss(me)
                started = time.monotonic()
                for _ in range(calls):
                    run.paced_call(target)
                result["calls"] = calls
                result["seconds_for_calls"] = round(time.monotonic() - started, 2)
                result["rss_growth_mb"] = round((_rss(me) - before) / 2**20, 2)
                result["rss_mb_after"] = round(_rss(me) / 2**20, 1)
            if isinstance(engine, SupervisedEngine):
                result["engine_restart_ms"] = run.restart_ms(engine, port)
        except BaseException as exc:  # reported after the Qt loop ends
            failure.append(exc)
        finally:
            bridge.finished.emit()

    bridge.finished.connect(app.quit)
    worker = threading.Thread(target=scenario, name="bench-sip")
    worker.start()
    app.exec()
    worker.join()
    engine.stop()
    if failure:
        raise failure[0]
    result["targets"] = TARGETS
    result["met"] = (
        result["invite_to_app_ms"]["p99"] <= TARGETS["invite_to_app_p99_ms"]
        and result["g711_call_cpu_percent"] <= TARGETS["g711_call_cpu_percent"]
        and result["rss_growth_mb"] <= TARGETS["rss_growth_mb"]
    )
    return result
