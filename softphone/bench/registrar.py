"""A SIP registrar on loopback for `softphone bench startup`: it answers every REGISTER with
200 OK at once (no challenge), so the benchmark times a real REGISTER and its answer, the
engine's network path included, not the demo's local account alone.

A thread with one UDP socket; stdlib only. Not a registrar for anything but the benchmark: it
keeps no bindings and checks nothing.
"""

from __future__ import annotations

import re
import socket
import threading

_HEADER = re.compile(rb"^(via|v|from|f|to|t|call-id|i|cseq|contact|m)[ \t]*:", re.IGNORECASE)


def ok_for(request: bytes) -> bytes | None:
    """The 200 OK for a REGISTER (None for anything else): its Via, From, To (with a tag),
    Call-ID, CSeq and Contact echoed, the binding granted for an hour."""
    head = request.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    if not head or not head[0].startswith(b"REGISTER "):
        return None
    echoed: list[bytes] = []
    for line in head[1:]:
        match = _HEADER.match(line)
        if match is None:
            continue
        name = match.group(1).lower()
        if name in (b"to", b"t") and b";tag=" not in line:
            line += b";tag=bench"
        if name in (b"contact", b"m") and b"expires=" not in line.lower():
            line += b";expires=3600"
        echoed.append(line)
    return b"\r\n".join(
        [b"SIP/2.0 200 OK", *echoed, b"Expires: 3600", b"Content-Length: 0", b"", b""]
    )


class Registrar:
    """`with Registrar() as r:` answers REGISTERs on 127.0.0.1:`r.port` until the block ends."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port = int(self._sock.getsockname()[1])
        self.answered = 0
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
            except TimeoutError:
                continue
            except OSError:
                return
            answer = ok_for(request)
            if answer is not None:
                self._sock.sendto(answer, peer)
                self.answered += 1
