"""One SIP request over UDP from a socket of its own, outside pjsip: the registrar keepalive's
OPTIONS (sip.keepalive) and the BYE for a call the engine lost (sip.dialog) use it.

`exchange` sends a request, sends it again after each wait (RFC 3261's Timer E doubling from
500 ms), and returns the first datagram that `accept` takes, or None. The socket is connected,
so only datagrams from the address the request went to are read; an ICMP "port unreachable"
only ends the wait for that send.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Callable, Sequence
from typing import Any

RETRANSMIT_S = (0.5, 1.0, 2.0)  # the waits after each send: no answer after 3.5 s is none
MAX_DATAGRAM = 65535
_STATUS = re.compile(rb"^SIP/2\.0 ([1-6]\d\d) ")
_CALL_ID = re.compile(rb"^(?:call-id|i)[ \t]*:[ \t]*(\S+)", re.IGNORECASE | re.MULTILINE)
_CSEQ = re.compile(rb"^cseq[ \t]*:[ \t]*(\d+)[ \t]+([A-Za-z]+)", re.IGNORECASE | re.MULTILINE)


def status(datagram: bytes) -> int | None:
    """The status code of a SIP response, None for anything else."""
    match = _STATUS.match(datagram)
    return None if match is None else int(match.group(1))


def _head(datagram: bytes) -> bytes:
    return datagram.split(b"\r\n\r\n", 1)[0].replace(b"\r\n", b"\n")


def call_id(datagram: bytes) -> bytes | None:
    found = _CALL_ID.search(_head(datagram))
    return None if found is None else found.group(1)


def cseq(datagram: bytes) -> tuple[int, str] | None:
    found = _CSEQ.search(_head(datagram))
    return None if found is None else (int(found.group(1)), found.group(2).decode().upper())


def local_host(sock: socket.socket) -> tuple[str, int]:
    """The socket's own address as a Via shows it: no IPv6 scope ("fe80::1%eth0")."""
    host, port = sock.getsockname()[:2]
    return host.split("%", 1)[0], port


def sending_side(bind_address: str) -> tuple[int, str]:
    """(address family, address to bind) for a socket beside a SIP transport bound to
    `bind_address`: IPv4 unless that is an IPv6 address; any local address for a wildcard."""
    family = socket.AF_INET6 if ":" in bind_address else socket.AF_INET
    return family, "" if bind_address in ("0.0.0.0", "::") else bind_address


def exchange_with(
    bind_address: str,
    host: str,
    port: int,
    request_for: Callable[[tuple[str, int]], bytes],
    accept: Callable[[bytes], bool],
) -> bytes | None:
    """`exchange` with the first address `host` has in the family of `bind_address`. Raises
    OSError (a name that does not resolve too) or UnicodeError (a name that is not one)."""
    family, bind = sending_side(bind_address)
    address = socket.getaddrinfo(host, port, family, socket.SOCK_DGRAM)[0][4]
    return exchange(family, bind, address, request_for, accept)


def exchange(
    family: int,
    bind_address: str,
    address: tuple[Any, ...],
    request_for: Callable[[tuple[str, int]], bytes],
    accept: Callable[[bytes], bool],
    *,
    waits: Sequence[float] | None = None,
    stopping: Callable[[], bool] = lambda: False,
) -> bytes | None:
    """Send `request_for(our address)` to `address` and wait for a datagram that `accept`s.
    Raises OSError when the socket cannot be made or the request cannot be sent."""
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        sock.bind((bind_address, 0))
        sock.connect(address)
        request = request_for(local_host(sock))
        for wait_s in RETRANSMIT_S if waits is None else waits:
            sock.send(request)
            deadline = time.monotonic() + wait_s
            while (left := deadline - time.monotonic()) > 0:
                if stopping():
                    return None
                sock.settimeout(min(left, 0.25))
                try:
                    datagram = sock.recv(MAX_DATAGRAM)
                except TimeoutError:
                    continue
                except OSError:  # ICMP port unreachable: nothing listens there now
                    continue  # (the error is consumed) wait out the round, send again
                if accept(datagram):
                    return datagram
    return None
