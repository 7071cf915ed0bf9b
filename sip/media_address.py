"""Where an account's media goes: the local address its SIP traffic leaves from.

With the SIP transport bound to every interface (0.0.0.0), pjsip would put the machine's
default (external) interface address in the SDP, even for an account that registered over
127.0.0.1, so a peer on loopback is told to send its audio to an address it may not reach, and
the audio leaves by another interface than the signalling. The engine binds each account's RTP
to the address the system routes the account's registrar (or outbound proxy) through instead.
Only IP literals and "localhost" are looked at: resolving a name here would block the engine's
thread on DNS; a named registrar keeps pjsip's choice.
"""

from __future__ import annotations

import ipaddress
import socket

from sip.keepalive import probe_target


def media_address_towards(uri: str) -> str | None:
    """The local address the system would send from to reach this SIP URI's host (no packet is
    sent: a UDP socket is connected, then asked its address), or None for a name, a URI that
    is not one, or a host with no route."""
    text = uri.strip().strip("<>").strip()
    if text.lower().startswith("sips:"):
        text = "sip:" + text[5:]
    target = probe_target(text)
    if target is None:
        return None
    host, port = target
    if host.lower() == "localhost":
        host = "127.0.0.1"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None  # a name: not resolved on the engine thread
    family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as probe:
            probe.connect((str(address), port))
            return str(probe.getsockname()[0])
    except OSError:
        return None
