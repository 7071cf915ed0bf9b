"""`softphone bench sip-fuzz`: a mutation soak of the SIP engine, printed as JSON.

An engine in this process (loopback, null audio, UDP and TCP, an account that does not answer)
receives N messages made by seeded random mutation (softphone/bench/sip_mutations.py) of the
torture corpus (tests/support/torture_corpus.py, read from the source checkout: see
load_corpus) and of a valid INVITE and OPTIONS: byte flips, truncation, repeated header lines,
huge header values, removed CRLFs, bare LFs, random Content-Length values, inserted garbage,
swapped lines.
Most go over UDP; every TCP_EVERY-th over a fresh TCP connection. What rings is rejected (486)
and the rejection ACKed, so calls never pile up.

Every WINDOW messages an OPTIONS on the same UDP socket is awaited: the engine handles input in
order, so its 200 means every earlier message has been dealt with (and keeps the engine's socket
buffer from overflowing, which would make kernel drops look like the engine's). Every
PROBE_EVERY messages a liveness check: an OPTIONS on a separate UDP socket and one on a new TCP
connection, each to be answered 200 within PROBE_TIMEOUT_S.

Messages of the shape that is known to abort pjsip (the corpus's FATAL, found by this bench)
are counted and not sent, unless `include_known_fatal`: with them the soak dies at the
first one, and measures nothing else. `trace` names a file that gets every message (index,
transport, hex) before it is sent: after an abort its last line is the culprit.

A message counts as answered when a response carries its nonce (it is in the Call-ID and the
branch; a mutation can destroy both, so `dropped` is an upper bound). RSS is VmRSS from
/proc/self/status after `warmup` messages and after `messages` more, both after a garbage
collection: the drift is over `messages`. pjsip's pools and the allocator's arenas grow through
the first few thousand messages and then stay (see `rss_kb_by_messages`), so the default
warm-up is 5,000.
"""

from __future__ import annotations

import collections
import gc
import importlib.util
import queue
import random
import secrets
import select
import socket
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import IO, Any

import softphone
from sip.config import AccountConfig, EngineConfig
from sip.engine import SipEngine
from sip.events import CallState, CallStateChanged, IncomingCall
from softphone.bench.sip_mutations import mutate
from softphone.bench.support import stdout_to_stderr

WINDOW = 10
PROBE_EVERY = 100
# One message in ten over its own TCP connection, closed at the next liveness check: about 20
# connections a second. Every connection holds a slot of pjsip's 64-slot ioqueue until 500 ms
# after it closes, and a burst of ~100 short ones aborts the process (see
# tests/integration/test_sip_torture.py), so the TCP share stays modest.
TCP_EVERY = 10
PROBE_TIMEOUT_S = 5.0
MAX_DATAGRAM = 65_000
# pjmedia's ioqueue has 64 slots and reuses a closed one only after 500 ms; every offered call
# takes two (RTP, RTCP), and running out aborts the process (a finding, pinned in
# tests/integration/test_sip_torture.py). At most this many new calls in any 0.6 s keeps the
# soak about parsing, not about that.
CALL_BURST, CALL_BURST_S = 10, 0.6
RSS_SAMPLE_EVERY = 1_000
TARGETS = {"rss_drift_kb": 2048, "liveness_failures": 0}


# -- the corpus: test data, read from the source checkout -------------------------------------

# The torture corpus is test data (tests/support/torture_corpus.py): the installed package does
# not carry it, so the bench reads it from the checkout its softphone package sits in.
CORPUS_MODULE = "tests.support.torture_corpus"
CORPUS_FILE = Path(softphone.__file__).resolve().parent.parent / "tests/support/torture_corpus.py"


class CorpusMissing(RuntimeError):
    """The bench runs from an installed package, without the checkout's tests."""


def load_corpus() -> ModuleType:
    loaded = sys.modules.get(CORPUS_MODULE)  # the tests' own copy, when they run the bench
    if loaded is not None:
        return loaded
    if not CORPUS_FILE.is_file():
        raise CorpusMissing(
            "this benchmark mutates the SIP torture corpus, which is test data kept in the "
            "source checkout (tests/support/torture_corpus.py), not in the installed package. "
            f"Run it from a checkout (pip install -e .); there is no {CORPUS_FILE}."
        )
    spec = importlib.util.spec_from_file_location(CORPUS_MODULE, CORPUS_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[CORPUS_MODULE] = module  # its dataclasses look their module up as they are made
    spec.loader.exec_module(module)
    return module


def seeds(corpus: ModuleType) -> tuple[bytes, ...]:
    """What the mutations start from: every corpus message and well-formed requests."""
    return (
        *(m.template for m in corpus.CORPUS),
        *(corpus.VALID_INVITE,) * 20,  # well-formed seeds: mutations of what a PBX really sends
        *(corpus.VALID_OPTIONS,) * 10,
    )


def vm_rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


# -- the soak --------------------------------------------------------------------------------


class _Soak:
    def __init__(
        self,
        engine: SipEngine,
        corpus: ModuleType,
        events: queue.SimpleQueue[Any],
        ports: dict[str, int],
        include_known_fatal: bool = False,
        trace: IO[bytes] | None = None,
    ) -> None:
        self.engine = engine
        self.corpus = corpus
        self.include_known_fatal = include_known_fatal
        self.trace = trace
        self.index = 0
        self.known_fatal_skipped = 0
        self.rss_samples: dict[int, int] = {}  # messages sent so far -> VmRSS kB
        self.events = events
        self.ports = ports
        self.udp = self._udp_socket()
        self.local = f"127.0.0.1:{self.udp.getsockname()[1]}"
        self.tcp: dict[socket.socket, bytearray] = {}
        self.classes: collections.Counter[str] = collections.Counter()
        self.pending: dict[bytes, bytes] = {}  # nonce -> Request-URI, until judged
        self.answered: set[bytes] = set()  # nonces of pending messages something came back for
        self.dropped = self.unattributed = self.calls_rung = 0
        self.liveness_failures = self.probes = self.tcp_messages = 0
        self.live_calls: set[int] = set()
        self.recent_calls: collections.deque[float] = collections.deque()
        self._seen: collections.OrderedDict[int, None] = collections.OrderedDict()
        self._waiting_for: bytes | None = None

    @staticmethod
    def _udp_socket() -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
        sock.bind(("127.0.0.1", 0))
        sock.setblocking(False)
        return sock

    def close(self) -> None:
        self._close_tcp()
        self.udp.close()

    # sending

    def send(self, seed: bytes, rng: random.Random, over_tcp: bool) -> None:
        self.index += 1
        while self._call_burst():
            self.pump(0.05)
        nonce = secrets.token_hex(6)
        transport = "tcp" if over_tcp else "udp"
        conn = (
            socket.create_connection(("127.0.0.1", self.ports["tcp"]), timeout=5)
            if over_tcp
            else None
        )
        local = f"127.0.0.1:{conn.getsockname()[1]}" if conn else self.local
        target = f"127.0.0.1:{self.ports[transport]}"
        data = mutate(self.corpus.address(seed, target, local, transport, nonce), rng)
        if not over_tcp:
            data = data[:MAX_DATAGRAM]
        if self.corpus.kills_pjsip(data) and not self.include_known_fatal:
            self.known_fatal_skipped += 1
            if conn:
                conn.close()
            return
        if self.trace is not None:
            self.trace.write(b"%d %s %s\n" % (self.index, transport.encode(), data.hex().encode()))
            self.trace.flush()
        if conn is None:
            self.udp.sendto(data, ("127.0.0.1", self.ports["udp"]))
        else:
            try:
                conn.sendall(data)
            except OSError:  # the engine may close on garbage: that is its right
                conn.close()
            else:
                conn.setblocking(False)
                self.tcp[conn] = bytearray()
            self.tcp_messages += 1
        self.pending[nonce.encode()] = self.corpus.request_uri(data).encode()
        self.pump(0)

    def _call_burst(self) -> bool:
        now = time.monotonic()
        while self.recent_calls and now - self.recent_calls[0] > CALL_BURST_S:
            self.recent_calls.popleft()
        return len(self.recent_calls) >= CALL_BURST

    # receiving

    def pump(self, timeout: float) -> None:
        """Read whatever has arrived (waiting at most `timeout` for the first of it), answer
        calls and final responses, count."""
        self._engine_events()
        readable, _, _ = select.select([self.udp, *self.tcp], [], [], timeout)
        for sock in readable:
            if sock is self.udp:
                while True:
                    try:
                        self._response(self.udp.recv(70_000), None)
                    except BlockingIOError:
                        break
            else:
                self._read_tcp(sock)
        self._engine_events()

    def _read_tcp(self, conn: socket.socket) -> None:
        try:
            data = conn.recv(70_000)
        except BlockingIOError:
            return
        except ConnectionError:
            data = b""
        if not data:
            self.tcp.pop(conn, None)
            conn.close()
            return
        buffer = self.tcp[conn]
        buffer += data
        messages, rest = self.corpus.split_stream(bytes(buffer))
        self.tcp[conn] = bytearray(rest)
        for message in messages:
            self._response(message, conn)

    def _response(self, data: bytes, conn: socket.socket | None) -> None:
        key = hash(data)  # a retransmission is the same octets: count it once
        if key in self._seen:
            return
        self._seen[key] = None
        if len(self._seen) > 4096:
            self._seen.popitem(last=False)
        response = self.corpus.parse_response(data)
        # The nonce is in the Call-ID and the branch, if the mutations left either whole.
        nonce = next((n for n in self.pending if n in data), None)
        if nonce is not None and nonce == self._waiting_for:
            self._waiting_for = None  # the barrier's own answer: not counted
            return
        if response is None:
            self.classes["not a response"] += 1
            return
        self.classes[f"{response.status // 100}xx"] += 1
        if nonce is None:
            self.unattributed += 1
        else:
            self.answered.add(nonce)
        uri = self.pending.get(nonce, b"") if nonce else b""
        method = response.header("CSeq").rpartition(" ")[2]
        if response.status >= 300 and method == "INVITE":
            target = f"127.0.0.1:{self.ports['tcp' if conn else 'udp']}"
            ack = self.corpus.ack_for(
                response, uri.decode("utf-8", "replace") or f"sip:agent@{target}"
            )
            try:
                if conn is None:
                    self.udp.sendto(ack, ("127.0.0.1", self.ports["udp"]))
                else:
                    conn.sendall(ack)
            except OSError:
                pass

    def _engine_events(self) -> None:
        while True:
            try:
                event = self.events.get_nowait()
            except queue.Empty:
                return
            if isinstance(event, IncomingCall):
                self.calls_rung += 1
                self.live_calls.add(event.call_id)
                self.recent_calls.append(time.monotonic())
                self.engine.reject(event.call_id, 486)  # its future: the call ending says more
            elif isinstance(event, CallStateChanged) and event.state is CallState.DISCONNECTED:
                if event.call_id not in self.live_calls:
                    # A call the engine refused (400) without ringing: it held media sockets
                    # all the same, so it counts towards the burst limit too.
                    self.recent_calls.append(time.monotonic())
                self.live_calls.discard(event.call_id)

    # synchronising and checking

    def barrier(self, judge: bool) -> bool:
        """An OPTIONS on the main UDP socket, awaited: everything before it has been handled.
        Then the messages still unanswered count as dropped (when `judge`)."""
        nonce = secrets.token_hex(6)
        self.pending[nonce.encode()] = b""
        self._waiting_for = nonce.encode()
        target = f"127.0.0.1:{self.ports['udp']}"
        self.udp.sendto(
            self.corpus.address(self.corpus.options(nonce), target, self.local, "udp", nonce),
            ("127.0.0.1", self.ports["udp"]),
        )
        deadline = time.monotonic() + PROBE_TIMEOUT_S
        while self._waiting_for is not None and time.monotonic() < deadline:
            self.pump(deadline - time.monotonic())
        answered = self._waiting_for is None
        self._waiting_for = None
        self.pending.pop(nonce.encode(), None)
        if judge:
            self.dropped += len(self.pending.keys() - self.answered)
            self.pending.clear()
            self.answered.clear()
        return answered

    def liveness(self) -> None:
        """An OPTIONS on a new UDP socket and one on a new TCP connection, answered 200."""
        self.probes += 1
        ok = self.engine.running and self.barrier(judge=True)
        for transport in ("udp", "tcp"):
            ok = ok and _probe(self.corpus, transport, self.ports[transport])
        if not ok:
            self.liveness_failures += 1
        self.settle_calls()
        self._close_tcp()

    def settle_calls(self, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while self.live_calls and time.monotonic() < deadline:
            self.pump(0.02)

    def _close_tcp(self) -> None:
        for conn in list(self.tcp):
            self._read_tcp(conn)
            conn.close()
        self.tcp.clear()


def _probe(corpus: ModuleType, transport: str, port: int) -> bool:
    kind = socket.SOCK_DGRAM if transport == "udp" else socket.SOCK_STREAM
    with socket.socket(socket.AF_INET, kind) as sock:
        sock.settimeout(PROBE_TIMEOUT_S)
        try:
            if transport == "udp":
                sock.bind(("127.0.0.1", 0))
            else:
                sock.connect(("127.0.0.1", port))
            local = f"127.0.0.1:{sock.getsockname()[1]}"
            nonce = secrets.token_hex(6)
            data = corpus.address(
                corpus.options(nonce), f"127.0.0.1:{port}", local, transport, nonce
            )
            if transport == "udp":
                sock.sendto(data, ("127.0.0.1", port))
            else:
                sock.sendall(data)
            buffer, deadline = b"", time.monotonic() + PROBE_TIMEOUT_S
            while time.monotonic() < deadline:
                chunk = sock.recv(70_000)
                if not chunk:
                    return False
                buffer = chunk if transport == "udp" else buffer + chunk
                messages, buffer = corpus.split_stream(buffer)
                for message in messages:
                    response = corpus.parse_response(message)
                    if response and nonce in response.header("Call-ID"):
                        return response.status == 200
        except OSError:
            return False
    return False


def bench_sip_fuzz(
    messages: int = 10_000,
    seed: int = 4475,
    warmup: int = 5_000,
    tcp_every: int = TCP_EVERY,
    include_known_fatal: bool = False,
    trace: Path | None = None,
) -> dict[str, Any]:
    corpus = load_corpus()
    rng = random.Random(seed)
    trace_file = trace.open("ab") if trace is not None else None
    events: queue.SimpleQueue[Any] = queue.SimpleQueue()
    started = time.monotonic()
    with stdout_to_stderr():
        engine = SipEngine(
            EngineConfig.loopback(
                tcp_port=0, quality_interval_s=3600, log_level=1, honour_auto_answer_headers=False
            ),
            events.put,
        )
        addresses = dict(engine.start().transports)
        try:
            engine.add_account(
                AccountConfig(id="agent", username="agent", domain=addresses["udp"], register=False)
            ).result(5)
            ports = {kind: int(address.rsplit(":", 1)[1]) for kind, address in addresses.items()}
            soak = _Soak(engine, corpus, events, ports, include_known_fatal, trace_file)
            try:
                rss_start = _run(soak, rng, seeds(corpus), warmup + messages, warmup, tcp_every)
                soak.liveness()
                soak.settle_calls()
                gc.collect()
                rss_end = vm_rss_kb()
                calls_left = len(engine.calls().result(5))
                alive = engine.running
            finally:
                soak.close()
        finally:
            engine.stop()
            if trace_file is not None:
                trace_file.close()
    if rss_start is None:  # fewer messages than the warm-up: measure from the start
        rss_start = rss_end
    result: dict[str, Any] = {
        "benchmark": "sip-fuzz",
        "messages": warmup + messages,
        "measured_messages": messages,
        "seed": seed,
        "tcp_messages": soak.tcp_messages,
        "known_fatal_skipped": soak.known_fatal_skipped,
        "responses_by_class": dict(sorted(soak.classes.items())),
        "dropped": soak.dropped,
        "unattributed_responses": soak.unattributed,
        "calls_rung": soak.calls_rung,
        "calls_left": calls_left,
        "liveness_checks": soak.probes,
        "liveness_failures": soak.liveness_failures,
        "engine_alive": alive,
        "warmup_messages": warmup,
        "rss_start_kb": rss_start,
        "rss_end_kb": rss_end,
        "rss_drift_kb": rss_end - rss_start,
        "rss_kb_by_messages": soak.rss_samples,
        "seconds": round(time.monotonic() - started, 1),
        "targets": TARGETS,
    }
    result["met"] = (
        alive
        and result["rss_drift_kb"] <= TARGETS["rss_drift_kb"]
        and soak.liveness_failures <= TARGETS["liveness_failures"]
    )
    return result


def _run(
    soak: _Soak,
    rng: random.Random,
    seeds: tuple[bytes, ...],
    messages: int,
    warmup: int,
    tcp_every: int,
) -> int | None:
    rss_start: int | None = None
    for index in range(1, messages + 1):
        seed = rng.choice(seeds)
        over_tcp = tcp_every > 0 and index % tcp_every == 0
        soak.send(seed, rng, over_tcp)
        if index % PROBE_EVERY == 0:
            soak.liveness()
        elif index % WINDOW == 0:
            soak.barrier(judge=False)
        if index == warmup or index % RSS_SAMPLE_EVERY == 0:
            soak.settle_calls()
            gc.collect()
            rss = vm_rss_kb()
            soak.rss_samples[index] = rss
            if index == warmup:
                rss_start = rss
    return rss_start
