"""A SIP registrar on loopback for `softphone bench startup`: it answers every REGISTER with
200 OK at once (no challenge), so the benchmark times a real REGISTER and its answer, the
engine's network path included, not the demo's local account alone.

A thread with one UDP socket; stdlib only. Not a registrar for anything but the benchmark: it
keeps no bindings and checks nothing beyond what its answer must echo (RFC 3261 10.3: the
dialog headers, the Contact with the expiry granted, at most an hour; RFC 3581: rport).
"""

from __future__ import annotations

import re
import socket
import threading

MAX_EXPIRES_S = 3600
_HEADER = re.compile(rb"^(via|v|from|f|to|t|call-id|i|cseq|contact|m)[ \t]*:", re.IGNORECASE)
_EXPIRES = re.compile(rb"^expires[ \t]*:[ \t]*(\d+)", re.IGNORECASE)
_CONTACT_EXPIRES = re.compile(rb";[ \t]*expires[ \t]*=[ \t]*(\d+)", re.IGNORECASE)
_GRANTED = re.compile(rb";expires=(\d+)")
_RPORT = re.compile(rb";rport(?=[;, \t]|$)")


def ok_for(request: bytes, peer: tuple[str, int] = ("127.0.0.1", 5060)) -> bytes | None:
    """The 200 OK for a REGISTER (None for anything else): its Via (with rport and received
    filled in for `peer`), From, To (with a tag), Call-ID and CSeq echoed, and each Contact
    with the expiry granted (what was asked, at most an hour; 0 removes the binding)."""
    head = request.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    if not head or not head[0].startswith(b"REGISTER "):
        return None
    asked = MAX_EXPIRES_S
    for line in head[1:]:
        if (found := _EXPIRES.match(line)) is not None:
            asked = int(found.group(1))
    echoed: list[bytes] = []
    first_via = True
    for line in head[1:]:
        match = _HEADER.match(line)
        if match is None:
            continue
        name = match.group(1).lower()
        if name in (b"via", b"v") and first_via:
            first_via = False
            host, port = peer
            line = _RPORT.sub(f";rport={port};received={host}".encode(), line, count=1)
        elif name in (b"to", b"t") and b";tag=" not in line:
            line += b";tag=bench"
        elif name in (b"contact", b"m") and not line.split(b":", 1)[1].strip().startswith(b"*"):
            own = _CONTACT_EXPIRES.search(line)
            granted = min(int(own.group(1)) if own else asked, MAX_EXPIRES_S)
            line = _CONTACT_EXPIRES.sub(b"", line) + b";expires=" + str(granted).encode()
        echoed.append(line)
    return b"\r\n".join([b"SIP/2.0 200 OK", *echoed, b"Content-Length: 0", b"", b""])


class Registrar:
    """`with Registrar() as r:` answers REGISTERs on 127.0.0.1:`r.port` until the block ends;
    `answered` counts them, and `granted` lists the expiry each answer granted, in order (0: a
    binding removed, as a user agent does when it stops)."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port = int(self._sock.getsockname()[1])
        self.answered = 0
        self.granted: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="bench-registrar", daemon=True)

    def __enter__(self) -> Registrar:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                request, peer = self._sock.recvfrom(65535)
                answer = ok_for(request, peer)
                if answer is not None:
                    self._sock.sendto(answer, peer)
                    self.answered += 1
                    self.granted.extend(int(e) for e in _GRANTED.findall(answer))
            except OSError:  # a timeout, or an ICMP error for an earlier answer: go on
                continue
