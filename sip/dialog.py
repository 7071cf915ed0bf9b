"""Enough of an established call's SIP dialog to hang it up from outside pjsip.

When the engine's process dies (sip.supervised), its calls die with it, but the far end does not
know: the caller hears silence until they give up. The engine reports each call's dialog as it
is established (sip.events.CallDialog, from the 2xx to the INVITE, and the CSeq of each request
it sends in the dialog afterwards); the supervisor keeps them, and when the process dies it sends
each call's BYE itself (RFC 3261 15.1.1, with a Reason header, RFC 3326) from a socket of its
own. Over UDP only: a TCP or TLS call's connection died with the process.

Everything here comes from the network (the other side's tags, Contact and Record-Route), so a
dialog is only built from values without control characters and of bounded length: nothing in
them can start a header of its own in the BYE.
"""

from __future__ import annotations

import logging
import re
import secrets
import socket
from dataclasses import dataclass

from sip import sipmsg, stateless
from sip.keepalive import probe_target

log = logging.getLogger(__name__)

MAX_FIELD = 2048
MAX_ROUTES = 16
CSEQ_MARGIN = 100  # above the last CSeq seen sent: requests in flight when the process died
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TAG = re.compile(r";\s*tag\s*=\s*[^;,\s]+", re.IGNORECASE)


@dataclass(frozen=True)
class Dialog:
    call_id: str
    local: str  # our From in the dialog's requests: "<sip:agent@pbx>;tag=..."
    remote: str  # their To: "<sip:+390612345678@pbx>;tag=..."
    target: str  # the remote target URI: their Contact
    routes: tuple[str, ...] = ()  # the route set, in the order a request lists it
    cseq: int = 0  # the highest CSeq we have sent in the dialog; 0: none yet
    transport: str = "udp"


def _clean(value: str) -> str | None:
    value = value.strip()
    if not value or len(value) > MAX_FIELD or _CONTROL.search(value):
        return None
    return value


def split_list(value: str) -> list[str]:
    """The entries of a comma-separated header value (Record-Route), commas inside <> or
    quotes not counted."""
    entries, current, depth, quoted = [], [], 0, False
    for char in value:
        if char == '"':
            quoted = not quoted
        elif not quoted and char == "<":
            depth += 1
        elif not quoted and char == ">":
            depth = max(0, depth - 1)
        if char == "," and depth == 0 and not quoted:
            entries.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    entries.append("".join(current).strip())
    return [entry for entry in entries if entry]


def from_2xx(message: str, *, sent: bool, remote_target: str, transport: str) -> Dialog | None:
    """The dialog a 2xx to an INVITE establishes, or None if `message` is not one or is unfit.
    `sent`: it is our 200 OK (we answered; the remote target is the INVITE's Contact, which
    pjsua reports as the call's remote contact); else the 2xx we received to our INVITE (the
    remote target is its Contact, and its Record-Route lists the route set backwards)."""
    if not message.startswith("SIP/2.0 2"):
        return None
    hdrs = sipmsg.headers(message)
    number, _, method = sipmsg.header(hdrs, "CSeq").partition(" ")
    if method.strip().upper() != "INVITE" or not number.isdigit():
        return None
    routes = [r for name, v in hdrs if name.lower() == "record-route" for r in split_list(v)]
    from_value, to_value = sipmsg.header(hdrs, "From"), sipmsg.header(hdrs, "To")
    if sent:
        local, remote, target, cseq = to_value, from_value, remote_target, 0
    else:
        local, remote = from_value, to_value
        target = sipmsg.header(hdrs, "Contact")
        routes.reverse()
        cseq = int(number)
    _, target_uri = sipmsg.name_addr(target)
    fields = [_clean(v) for v in (sipmsg.header(hdrs, "Call-ID"), local, remote, target_uri)]
    route_set = [_clean(route) for route in routes]
    if None in fields or None in route_set or len(route_set) > MAX_ROUTES:
        return None
    call_id, local, remote, target_uri = (f for f in fields if f is not None)
    if not _TAG.search(local) or not target_uri.lower().startswith(("sip:", "sips:")):
        return None
    routes_ok = tuple(route for route in route_set if route is not None)
    return Dialog(call_id, local, remote, target_uri, routes_ok, cseq, transport)


def sent_cseq(message: str) -> int | None:
    """The CSeq number of a request we sent (None for a response or no CSeq)."""
    if message.startswith("SIP/2.0"):
        return None
    number = sipmsg.header(sipmsg.headers(message), "CSeq").partition(" ")[0]
    return int(number) if number.isdigit() and len(number) < 11 else None


def next_hop(dialog: Dialog) -> tuple[str, int] | None:
    """Where the BYE goes: the first route, else the remote target; None if not over UDP."""
    if dialog.transport != "udp":
        return None
    first = dialog.routes[0] if dialog.routes else dialog.target
    _, uri = sipmsg.name_addr(first)
    if re.search(r";\s*transport\s*=\s*(?!udp\b)", uri, re.IGNORECASE):
        return None
    return probe_target(uri)


def bye_request(dialog: Dialog, local: tuple[str, int], number: int, branch: str,
                reason: str) -> bytes:  # fmt: skip
    """The BYE, loose-routed (RFC 3261 12.2.1.1): to the remote target, the route set in Route
    headers. `reason` becomes the Reason header's text (quotes and backslashes dropped)."""
    shown = f"[{local[0]}]" if ":" in local[0] else local[0]
    text = re.sub(r'["\\\x00-\x1f\x7f]', "", reason)[:200]
    lines = [
        f"BYE {dialog.target} SIP/2.0",
        f"Via: SIP/2.0/UDP {shown}:{local[1]};rport;branch=z9hG4bK{branch}",
        "Max-Forwards: 70",
        *(f"Route: {route}" for route in dialog.routes),
        f"From: {dialog.local}",
        f"To: {dialog.remote}",
        f"Call-ID: {dialog.call_id}",
        f"CSeq: {number} BYE",
        f'Reason: SIP;cause=500;text="{text}"',
        "Content-Length: 0",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def hang_up(dialog: Dialog, bind_address: str, reason: str) -> int | None:
    """Send the dialog's BYE and return the status of the final response (None: no answer,
    or it could not be sent over UDP)."""
    hop = next_hop(dialog)
    if hop is None:
        log.info("call %s: not over UDP, no BYE can be sent for it", dialog.call_id)
        return None
    family = socket.AF_INET6 if ":" in bind_address else socket.AF_INET
    number = dialog.cseq + CSEQ_MARGIN if dialog.cseq else 1 + secrets.randbelow(2**30)
    wanted_call_id = dialog.call_id.encode("utf-8", "replace")

    def final_to_bye(datagram: bytes) -> bool:
        code = stateless.status(datagram)
        return (
            code is not None
            and code >= 200
            and stateless.call_id(datagram) == wanted_call_id
            and stateless.cseq(datagram) == (number, "BYE")
        )

    bind = "" if bind_address in ("0.0.0.0", "::") else bind_address
    try:
        address = socket.getaddrinfo(hop[0], hop[1], family, socket.SOCK_DGRAM)[0][4]
        answer = stateless.exchange(
            family,
            bind,
            address,
            lambda local: bye_request(dialog, local, number, secrets.token_hex(8), reason),
            final_to_bye,
        )
    except (OSError, UnicodeError) as exc:
        log.warning("call %s: the BYE could not be sent: %s", dialog.call_id, exc)
        return None
    return None if answer is None else stateless.status(answer)
