"""Requests too large for pjsip, which it would otherwise lose without a word.

The pjsua2-python wheel is built with pjsip's default PJSIP_MAX_PKT_LEN of 4,000 bytes, a
compile-time limit on every message it receives, over UDP and over TCP alike (measured with
tests/integration/test_large_invite.py). An INVITE over it (a 5,000-character display name, a
long SDP behind a chain of proxies) is cut at 4,000 bytes:

- cut in its head so that pjsip cannot parse it, pjsip drops it and says so in its log
  ("Dropping 4000 bytes packet from UDP <source>", only that line; over TCP "Rx buffer
  overflow", with the part it has): nobody can answer it, the caller's side times out;
- cut so that it still parses, it reaches pjsua: with an unreadable offer pjsua refuses it
  ("400 Bad SDP", Endpoint.onRejectedIncomingCall), otherwise the engine sees a message that
  fills the buffer and does not end where its Content-Length says, and answers "513 Message
  Too Large" (RFC 3261 21.5.11) instead of ringing a mangled call.

Every time, the engine reports the call it could not take (sip.events.CallTooLarge) with what
is known (the caller and Call-ID when the cut left them, else only where it came from), so
the agent and the log know.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from sip import sipmsg

MAX_PACKET = 4000  # PJSIP_MAX_PKT_LEN of the bundled pjsip (pjsip/include/pjsip/sip_config.h)

# "Dropping 4000 bytes packet from UDP 127.0.0.1:5060 : <why>:\n<the packet>\n-- end of packet."
_DROPPED = re.compile(r"\ADropping (\d+) bytes packet from (\w+) (\S+?) ?: [^\n]*\n(.*)\Z", re.S)
# "Error processing packet from 127.0.0.1:48674: Rx buffer overflow (PJSIP_ERXOVERFLOW)  ...:\n..."
_OVERFLOW = re.compile(
    r"\AError processing packet from (\S+): Rx buffer overflow[^\n]*\n(.*)\Z", re.S
)


@dataclass(frozen=True)
class Dropped:
    """A request pjsip could not take whole: what its first 4,000 bytes tell."""

    transport: str  # "UDP", "TCP" or "TLS"
    source: str  # host:port it came from
    method: str  # "INVITE", ... ("" when the request line itself was not readable)
    display_name: str
    caller_user: str  # the From URI's user ("" when the cut came before it)
    sip_call_id: str


def dropped_request(log_text: str) -> Dropped | None:
    """The request a pjsip log entry says was lost for its size, else None (other errors,
    such as a malformed message that was small enough, are not this module's business)."""
    match = _DROPPED.match(log_text)
    if match is not None:
        size, transport, source, packet = match.groups()
        if int(size) < MAX_PACKET:
            return None
        return request_facts(transport, source, packet)
    match = _OVERFLOW.match(log_text)
    if match is not None:
        source, packet = match.groups()
        return request_facts("TCP", source, packet)
    return None


def request_facts(transport: str, source: str, packet: str) -> Dropped:
    """What can be read of a cut request: method, caller, Call-ID (each "" if cut off)."""
    packet = packet.removesuffix("-- end of packet.").rstrip("\n")
    first = packet.split("\n", 1)[0].strip()
    method = first.split(" ", 1)[0] if first.endswith("SIP/2.0") else ""
    complete = packet.rsplit("\n", 1)[0] if "\n" in packet else ""  # the last line may be cut
    hdrs = sipmsg.headers(complete.replace("\r\n", "\n"))
    display, uri = sipmsg.name_addr(sipmsg.header(hdrs, "From"))
    return Dropped(
        transport=transport.upper(),
        source=sipmsg.display_text(source, 64),
        method=sipmsg.display_text(method, 32),
        display_name=display,
        caller_user=sipmsg.uri_user(uri),
        sip_call_id=sipmsg.display_text(sipmsg.header(hdrs, "Call-ID"), 255),
    )


def cut_short(message: str, all_headers: list[tuple[str, str]]) -> bool:
    """A message that filled pjsip's whole receive buffer and does not end where its own
    Content-Length says (or has none left: the cut fell in its head) was cut there."""
    if len(message.encode("utf-8", "surrogateescape")) < MAX_PACKET:
        return False
    length = sipmsg.header(all_headers, "Content-Length").strip()
    parts = message.split("\r\n\r\n", 1)
    body = parts[1].encode("utf-8", "surrogateescape") if len(parts) == 2 else b""
    return not (length.isdigit() and int(length) == len(body))


RETRANSMISSIONS_S = 32.0  # an INVITE's retransmissions stop by then (RFC 3261 timer B, 64*T1)


@dataclass
class Reported:
    """One report per lost call, not one per retransmission: a caller (or proxy) sends an
    unanswered INVITE again for 32 s. Keyed by Call-ID; when the cut left none, by where it came
    from (so calls from one proxy within those seconds are counted once)."""

    seen: dict[str, float] = field(default_factory=dict)

    def first(self, sip_call_id: str, source: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        for key, at in list(self.seen.items()):
            if now - at > RETRANSMISSIONS_S:
                del self.seen[key]
        key = f"call {sip_call_id}" if sip_call_id else f"from {source}"
        if key in self.seen:
            return False
        self.seen[key] = now
        return True
