"""Hostile SIP on the softphone's real ports: the RFC 4475 corpus (re-exported from
tests/support/torture_corpus.py) and a client that sends one message, learns what became of
it, and cleans up.

One exchange: a fresh UDP socket or TCP connection; the message; then, on the same socket or
connection, a plain OPTIONS (the probe). The engine handles its input in order on one thread,
so when the probe's 200 is back every answer to the message, and its IncomingCall event, has
been sent already: no waiting for silence, except on TCP when the message's framing swallows
the probe (a Content-Length that promises more octets): then TCP_SILENCE_S passes and the
connection is closed. A message that rang is rejected (486), the rejection ACKed, and the call's
end awaited; every non-2xx final answer to an INVITE is ACKed so nothing is retransmitted.
"""

from __future__ import annotations

import secrets
import select
import socket
import time
from dataclasses import dataclass, field

from sip.engine import SipEngine
from sip.supervised import SupervisedEngine
from tests.support.sip_peer import Event, EventLog
from tests.support.torture_corpus import (
    CORPUS,
    FATAL,
    MALFORMED_SDP,
    RFC4475,
    VALID_INVITE,
    Allowed,
    Response,
    TortureMessage,
    ack_for,
    address,
    by_name,
    kills_pjsip,
    options,
    parse_response,
    request_uri,
    split_stream,
)

__all__ = [
    "CORPUS",
    "FATAL",
    "MALFORMED_SDP",
    "PROBE_TIMEOUT_S",
    "RFC4475",
    "VALID_INVITE",
    "Allowed",
    "Exchange",
    "Softphone",
    "TortureClient",
    "TortureMessage",
    "address",
    "by_name",
    "cancel_for",
    "kills_pjsip",
    "options",
    "parse_response",
    "send_once",
]

PROBE_TIMEOUT_S = 5.0  # the probe's 200 on a working engine takes milliseconds
TCP_SILENCE_S = 1.0  # TCP only: how long a probe swallowed by broken framing is waited for


def send_once(template: bytes, port: int) -> None:
    """One corpus message to 127.0.0.1:`port` from a fresh UDP socket, as a stranger would send
    it: no account, no dialog, no answer awaited."""
    target = f"127.0.0.1:{port}"
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        local = f"127.0.0.1:{sock.getsockname()[1]}"
        sock.sendto(
            address(template, target, local, "udp", secrets.token_hex(6)), ("127.0.0.1", port)
        )


@dataclass
class Softphone:
    engine: SipEngine | SupervisedEngine
    events: EventLog
    ports: dict[str, int]  # "udp"/"tcp" -> the engine's port on 127.0.0.1


@dataclass
class Exchange:
    message: TortureMessage
    transport: str
    responses: list[Response] = field(default_factory=list)  # to the message itself
    cleanup: list[Response] = field(default_factory=list)  # to our rejecting what rang
    incoming: list[Event] = field(default_factory=list)  # IncomingCall events it caused
    probe_answered: bool = False  # the OPTIONS after it, on the same socket/connection
    closed_by_peer: bool = False  # TCP: the engine closed the connection

    @property
    def finals(self) -> set[int]:
        return {r.status for r in self.responses if r.status >= 200}

    @property
    def rang(self) -> bool:
        return any(180 <= r.status < 200 for r in self.responses)

    @property
    def outcome(self) -> str:
        """ "ring", the final codes ("400", "405+501"), or "drop" (no answer at all)."""
        if self.rang:
            return "ring"
        return "+".join(str(code) for code in sorted(self.finals)) or "drop"

    @property
    def permitted(self) -> bool:
        return self.message.allowed(self.transport).permits(self.finals, self.rang)


def cancel_for(invite: bytes) -> bytes:
    """The CANCEL of an INVITE as sent (RFC 3261 9.1): same Request-URI, top Via (branch),
    From, To, Call-ID and CSeq number; no body."""
    head = invite.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    start = head[0].replace(b"INVITE ", b"CANCEL ", 1)
    keep = (b"via:", b"from:", b"to:", b"call-id:", b"max-forwards:")
    lines = [line for line in head[1:] if line.lower().startswith(keep)]
    cseq = next(line for line in head if line.lower().startswith(b"cseq:")).split()[1]
    return b"\r\n".join([start, *lines, b"CSeq: " + cseq + b" CANCEL", b"Content-Length: 0"]) + (
        b"\r\n\r\n"
    )


class _Channel:
    """One UDP socket or TCP connection to the engine, yielding whole responses."""

    def __init__(self, transport: str, port: int) -> None:
        self.transport = transport
        self.remote = ("127.0.0.1", port)
        if transport == "udp":
            self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            self.sock.bind(("127.0.0.1", 0))
        else:
            self.sock = socket.create_connection(self.remote, timeout=5)
        self.local = f"127.0.0.1:{self.sock.getsockname()[1]}"
        self.target = f"127.0.0.1:{port}"
        self.eof = False
        self._buffer = b""
        self._ready: list[bytes] = []

    def send(self, data: bytes) -> None:
        if self.transport == "udp":
            self.sock.sendto(data, self.remote)
        else:
            self.sock.sendall(data)

    def receive(self, timeout: float) -> Response | None:
        """The next response (other messages are skipped), or None at the timeout or EOF."""
        deadline = time.monotonic() + timeout
        while True:
            while self._ready:
                response = parse_response(self._ready.pop(0))
                if response is not None:
                    return response
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.eof:
                return None
            readable, _, _ = select.select([self.sock], [], [], remaining)
            if not readable:
                return None
            try:
                data = self.sock.recv(70_000)
            except ConnectionError:
                data = b""
            if self.transport == "udp":
                self._ready.append(data)
                continue
            if not data:
                self.eof = True
                continue
            messages, self._buffer = split_stream(self._buffer + data)
            self._ready.extend(messages)

    def close(self) -> None:
        self.sock.close()


class TortureClient:
    """Sends corpus messages to a running engine and reports what became of each."""

    def __init__(self, phone: Softphone) -> None:
        self.phone = phone
        self._control = {kind: _Channel(kind, port) for kind, port in phone.ports.items()}

    def close(self) -> None:
        for channel in self._control.values():
            channel.close()

    def alive(self, transport: str) -> bool:
        """The engine thread runs and answers an OPTIONS on a long-lived socket/connection."""
        if not self.phone.engine.running:
            return False
        if self._control[transport].eof:  # pjsip closes a TCP connection idle for 33 s
            self._control[transport].close()
            self._control[transport] = _Channel(transport, self.phone.ports[transport])
        return self._probe(self._control[transport], PROBE_TIMEOUT_S)

    def exchange(self, message: TortureMessage, transport: str) -> Exchange:
        channel = _Channel(transport, self.phone.ports[transport])
        result = Exchange(message, transport)
        nonce = secrets.token_hex(6)
        data = address(message.template, channel.target, channel.local, transport, nonce)
        mark = self.phone.events.mark()
        try:
            channel.send(data)
            probe_nonce = secrets.token_hex(6)
            channel.send(
                address(options(probe_nonce), channel.target, channel.local, transport, probe_nonce)
            )
            timeout = PROBE_TIMEOUT_S if transport == "udp" else TCP_SILENCE_S
            while True:
                response = channel.receive(timeout)
                if response is None:
                    break
                if probe_nonce in response.header("Call-ID"):
                    result.probe_answered = True
                    break
                result.responses.append(response)
                self._ack_if_final(channel, response, data)
            result.closed_by_peer = channel.eof
            # A command's answer comes after every event the engine emitted before it, also
            # across the engine's own process (sip.supervised): then the events are all here.
            self.phone.engine.calls().result(5)
            result.incoming = self._incoming(nonce, mark)
            self._hang_up(channel, result, data)
        finally:
            channel.close()
        return result

    def _incoming(self, nonce: str, mark: int) -> list[Event]:
        return [
            e
            for e in self.phone.events.all()[mark:]
            if e.kind == "IncomingCall" and nonce in e.sip_call_id
        ]

    def _hang_up(self, channel: _Channel, result: Exchange, sent: bytes) -> None:
        """Reject what rang and wait for each call's end: nothing is left ringing."""
        for call in result.incoming:
            mark = self.phone.events.mark()
            self.phone.engine.reject(call.call_id, 486).result(5)
            if result.probe_answered:  # the channel still works: take the 486 and ACK it
                while (response := channel.receive(PROBE_TIMEOUT_S)) is not None:
                    result.cleanup.append(response)
                    self._ack_if_final(channel, response, sent)
                    if response.status == 486:
                        break
            self.phone.events.wait(
                "CallStateChanged",
                lambda e, c=call.call_id: e.call_id == c and e.state == "disconnected",
                after=mark,
            )

    @staticmethod
    def _ack_if_final(channel: _Channel, response: Response, sent: bytes) -> None:
        method = response.header("CSeq").rpartition(" ")[2]
        if response.status >= 300 and method == "INVITE":
            channel.send(ack_for(response, request_uri(sent) or "sip:agent@" + channel.target))

    @staticmethod
    def _probe(channel: _Channel, timeout: float) -> bool:
        nonce = secrets.token_hex(6)
        channel.send(
            address(options(nonce), channel.target, channel.local, channel.transport, nonce)
        )
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            response = channel.receive(remaining)
            if response is None:
                return False
            if nonce in response.header("Call-ID"):
                return response.status == 200
        return False
