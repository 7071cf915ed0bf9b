"""INVITEs of an exact size, sent from a bare socket on loopback, and the final status the engine
answers them with: for the oversize-INVITE tests and tests/support/measure_invite_size.py."""

from __future__ import annotations

import re
import socket
import uuid

CALLER = "+390612345678"


def invite(
    port: int,
    local: int,
    transport: str,
    size: int,
    *,
    name: str = "Caller",
    late: bool = True,
    user: str = "agent",
) -> tuple[bytes, str]:
    """An INVITE of exactly `size` bytes, padded in a header just before the body (`late`: a
    cut lands in the body) or in the caller's display name (a cut lands in the head)."""
    call_id = uuid.uuid4().hex
    sdp = (
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
        "m=audio 40000 RTP/AVP 8\r\na=rtpmap:8 PCMA/8000\r\na=sendrecv\r\n"
    )

    def build(pad: int) -> str:
        shown = name + "x" * (0 if late else pad)
        extra = f"X-Pad: {'y' * pad}\r\n" if late and pad else ""
        return (
            f"INVITE sip:{user}@127.0.0.1:{port} SIP/2.0\r\n"
            f"Via: SIP/2.0/{transport} 127.0.0.1:{local};branch=z9hG4bK{call_id[:12]};rport\r\n"
            "Max-Forwards: 70\r\n"
            f'From: "{shown}" <sip:{CALLER}@127.0.0.1:{local}>;tag={call_id[:8]}\r\n'
            f"To: <sip:{user}@127.0.0.1:{port}>\r\nCall-ID: {call_id}\r\nCSeq: 1 INVITE\r\n"
            f"Contact: <sip:{CALLER}@127.0.0.1:{local};transport={transport.lower()}>\r\n"
            f"{extra}Content-Type: application/sdp\r\nContent-Length: {len(sdp)}\r\n\r\n{sdp}"
        )

    bare = len(build(0).encode())
    pad = size - bare - (len("X-Pad: \r\n") if late else 0)
    message = build(pad).encode()
    assert len(message) == size
    return message, call_id


def final_status(sock: socket.socket) -> int:
    """The first final status the engine answers with (over TCP, several may come in one read)."""
    while True:
        data = sock.recv(65535)
        finals = [int(code) for code in re.findall(rb"^SIP/2\.0 (\d{3}) ", data, re.M)]
        finals = [code for code in finals if code >= 200]
        if finals:
            return finals[0]
