"""What ends a call from outside pjsip: its dialog once established, before that its INVITE.

When the engine's process dies (sip.supervised), its calls die with it, but the far end does not
know: the caller hears silence until they give up. The engine reports each call's dialog as it
is established (sip.events.CallDialog, from the 2xx to the INVITE, and the CSeq of each request
it sends in the dialog afterwards); the supervisor keeps them, and when the process dies it sends
each call's BYE itself (RFC 3261 15.1.1, with a Reason header, RFC 3326) from a socket of its
own. Over UDP only: a TCP or TLS call's connection died with the process.

A call not answered yet has no dialog to end; what ends it is kept instead (`Early`): for a call
we make, our INVITE, to CANCEL it (RFC 3261 9.1: the same Via, so the far end matches it to its
INVITE); for a call ringing here, the last provisional response we sent, which carries what a
final response to the caller's INVITE needs (their Vias, tags, Call-ID, CSeq): a 500 then tells
the caller, or the queue that offered the call, at once that this phone will not answer.

Everything here comes from the network (the other side's tags, Contact and Record-Route), so a
dialog is only built from values without control characters and of bounded length: nothing in
them can start a header of its own in the BYE.
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass, replace

from sip import sipmsg, stateless
from sip.keepalive import probe_target

log = logging.getLogger(__name__)

MAX_FIELD = 2048
MAX_ROUTES = 16
CSEQ_MARGIN = 100  # above the last CSeq seen sent: requests in flight when the process died
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TAG = re.compile(r";\s*tag\s*=\s*[^;,\s]+", re.IGNORECASE)
_NOT_UDP = re.compile(r";\s*transport\s*=\s*(?!udp\b)", re.IGNORECASE)


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


def has_tag(value: str) -> bool:
    """A From/To value with a tag parameter: after the URI's ">" in a name-addr, so that a
    display name ("q;tag=z" <sip:x>) or the URI's own parameters do not count."""
    if "<" in value:
        value = value.rsplit(">", 1)[1] if ">" in value else ""
    return _TAG.search(value) is not None


def _cseq(hdrs: list[tuple[str, str]]) -> tuple[int, str] | None:
    """(number, method) of the CSeq, None when it is not a sane one (at most 10 digits)."""
    number, _, method = sipmsg.header(hdrs, "CSeq").partition(" ")
    if not number.isdigit() or len(number) > 10 or not method.strip():
        return None
    return int(number), method.strip().upper()


def _target(hdrs: list[tuple[str, str]]) -> str | None:
    """The URI of a message's Contact, fit to be a remote target."""
    uri = _clean(sipmsg.name_addr(sipmsg.header(hdrs, "Contact"))[1])
    return uri if uri and uri.lower().startswith(("sip:", "sips:")) else None


def split_list(value: str) -> list[str]:
    """The entries of a comma-separated header value (Record-Route), commas inside <> or
    quotes not counted."""
    entries, current, depth, quoted, escaped = [], [], 0, False, False
    for char in value:
        if escaped:  # a quoted-pair (RFC 3261 25.1): the next character is taken as it is
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
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
    `sent`: it is our 200 OK (we answered; the remote target is `remote_target`, the Contact of
    the caller's INVITE); else the 2xx we received to our INVITE (the remote target is its
    Contact, and its Record-Route lists the route set backwards)."""
    if not message.startswith("SIP/2.0 2"):
        return None
    hdrs = sipmsg.headers(message)
    cseq_found = _cseq(hdrs)
    if cseq_found is None or cseq_found[1] != "INVITE":
        return None
    routes = [r for name, v in hdrs if name.lower() == "record-route" for r in split_list(v)]
    from_value, to_value = sipmsg.header(hdrs, "From"), sipmsg.header(hdrs, "To")
    if sent:
        local, remote, target, cseq = to_value, from_value, remote_target, 0
    else:
        local, remote = from_value, to_value
        target = sipmsg.header(hdrs, "Contact")
        routes.reverse()
        cseq = cseq_found[0]
    _, target_uri = sipmsg.name_addr(target)
    fields = [_clean(v) for v in (sipmsg.header(hdrs, "Call-ID"), local, remote, target_uri)]
    route_set = [_clean(route) for route in routes]
    if None in fields or None in route_set or len(route_set) > MAX_ROUTES:
        return None
    call_id, local, remote, target_uri = (f for f in fields if f is not None)
    if not has_tag(local) or not target_uri.lower().startswith(("sip:", "sips:")):
        return None
    routes_ok = tuple(route for route in route_set if route is not None)
    return Dialog(call_id, local, remote, target_uri, routes_ok, cseq, transport)


@dataclass(frozen=True)
class Early:
    """A call not answered yet: `head` is our INVITE (`outgoing`) or the last provisional
    response we sent to theirs, without its body."""

    outgoing: bool
    head: str


def early_from(message: str, *, sent: bool, outgoing: bool) -> Early | None:
    """What ends the call while it is unanswered, if `message` is it: for a call we make, the
    INVITE we sent; for one we are offered, a provisional response we sent to the INVITE."""
    if not sent or len(message) > 64 * 1024:
        return None
    head = message.split("\r\n\r\n", 1)[0]
    if outgoing and not head.startswith("INVITE "):
        return None
    if not outgoing:
        method = sipmsg.header(sipmsg.headers(head), "CSeq").partition(" ")[2]
        if not head.startswith("SIP/2.0 1") or method.strip().upper() != "INVITE":
            return None
    if any(_CONTROL.search(line.replace("\t", " ")) for line in head.split("\r\n")):
        return None
    return Early(outgoing, head)


def _top_via(hdrs: list[tuple[str, str]]) -> str:
    vias = [entry for name, v in hdrs if name.lower() == "via" for entry in split_list(v)]
    return vias[0] if vias else ""


def _via_is_udp(via: str) -> bool:
    return via.upper().startswith("SIP/2.0/UDP ")


_KEEP_IN_RESPONSE = ("via", "record-route", "from", "to", "call-id", "cseq")


def final_response(early: Early, code: int, reason: str) -> tuple[bytes, tuple[str, int]] | None:
    """The final response to the caller's INVITE, from the provisional one we sent, and where it
    goes (RFC 3261 18.2.2: the top Via's "received" and "rport", over UDP)."""
    if early.outgoing:
        return None
    hdrs = sipmsg.headers(early.head)
    via = _top_via(hdrs)
    if not _via_is_udp(via):
        return None
    sent_by = via[len("SIP/2.0/UDP ") :].split(";", 1)[0].strip()
    target = probe_target(sent_by)
    if target is None:
        return None
    params: dict[str, str] = {}
    for part in via.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        params[name.strip().lower()] = value.strip()
    host = params.get("received") or target[0]
    rport = params.get("rport", "")
    port = int(rport) if rport.isdigit() and 0 < int(rport) < 65536 else target[1]
    lines = [f"SIP/2.0 {code} {_CONTROL.sub('', reason)[:200]}"]
    for line in early.head.split("\r\n")[1:]:  # as sent, never cut or dropped by a parser
        name, _, value = line.partition(":")
        name = name.strip()
        canonical = sipmsg.COMPACT.get(name.lower(), name) if len(name) == 1 else name
        if canonical.lower() not in _KEEP_IN_RESPONSE:
            continue
        if canonical.lower() == "to" and not has_tag(value):
            line = f"{line};tag={secrets.token_hex(8)}"  # a final response names its dialog
        lines.append(line)
    lines.append("Content-Length: 0")
    return ("\r\n".join(lines) + "\r\n\r\n").encode(), (host.strip("[]"), port)


def cancel_request(early: Early) -> tuple[bytes, tuple[str, int]] | None:
    """The CANCEL of our INVITE (RFC 3261 9.1: its Request-URI, top Via, Route, From, To,
    Call-ID and CSeq number), and where it goes: the first Route, else the Request-URI."""
    if not early.outgoing:
        return None
    request_line = early.head.split("\r\n", 1)[0]
    parts = request_line.split(" ")
    if len(parts) != 3:
        return None
    uri = parts[1]
    hdrs = sipmsg.headers(early.head)
    via = _top_via(hdrs)
    number = sipmsg.header(hdrs, "CSeq").partition(" ")[0]
    if not _via_is_udp(via) or not number.isdigit():
        return None
    routes = [r for name, v in hdrs if name.lower() == "route" for r in split_list(v)]
    _, first = sipmsg.name_addr(routes[0]) if routes else ("", uri)
    hop = _udp_hop(first)
    if hop is None:
        return None
    lines = [
        f"CANCEL {uri} SIP/2.0",
        f"Via: {via}",
        "Max-Forwards: 70",
        *(f"Route: {route}" for route in routes),
        f"From: {sipmsg.header(hdrs, 'From')}",
        f"To: {sipmsg.header(hdrs, 'To')}",
        f"Call-ID: {sipmsg.header(hdrs, 'Call-ID')}",
        f"CSeq: {number} CANCEL",
        "Content-Length: 0",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode(), hop


def end_early(early: Early, bind_address: str, reason: str) -> bool:
    """CANCEL our unanswered INVITE, or answer theirs with a 500; False if it could not be
    sent. What answers it goes to the SIP port the INVITE used (the new engine's now, which
    drops it), so nothing is waited for: it is sent three times over 3.5 s, as a transaction
    would."""
    built = cancel_request(early) if early.outgoing else final_response(early, 500, reason)
    if built is None:
        log.info("an unanswered call lost with the engine: not over UDP, nothing sent")
        return False
    message, hop = built
    try:
        stateless.exchange_with(bind_address, *hop, lambda _local: message, lambda _: False)
    except (OSError, UnicodeError) as exc:
        log.warning("an unanswered call lost with the engine: not ended: %s", exc)
        return False
    return True


@dataclass
class Tracker:
    """One call's messages as the engine sends and receives them (`saw`), turned into what
    ends the call from outside pjsip: `early` while it is unanswered, then `dialog`.

    Outgoing: our INVITE (again after an authentication challenge) is kept, and becomes `early`
    once a provisional response has come (RFC 3261 9.1: no CANCEL before one); the 2xx makes the
    dialog. Incoming: each provisional response we send is `early`; our 2xx makes the dialog,
    with the caller's Contact from their INVITE (`invite_contact`) as the remote target. Any
    final response ends `early`, even when no dialog could be made of it. Afterwards the remote
    target follows a target refresh (their re-INVITE or UPDATE, or the 2xx to ours), and the
    CSeq the requests we send."""

    outgoing: bool
    transport: str
    invite_contact: str = ""
    dialog: Dialog | None = None
    early: Early | None = None
    _invite: Early | None = None
    _sent_cseq: int = 0

    def saw(self, message: str, *, sent: bool) -> bool:
        """A message of the call went out (`sent`) or came in; True when `dialog` or `early`
        changed."""
        before = (self.dialog, self.early)
        head = message.split("\r\n\r\n", 1)[0]
        hdrs = sipmsg.headers(head)
        cseq = _cseq(hdrs)
        if cseq is None:
            return False
        code = stateless.status(head.encode("utf-8", "replace"))
        number, method = cseq
        if sent and code is None:
            self._sent_cseq = max(self._sent_cseq, number)
        if self.dialog is None:
            self._before_answer(message, sent, code, method)
        elif not sent and method in ("INVITE", "UPDATE") and (code is None or 200 <= code < 300):
            target = _target(hdrs)
            if target is not None:
                self.dialog = replace(self.dialog, target=target)
        if self.dialog is not None:
            self.dialog = replace(self.dialog, cseq=max(self.dialog.cseq, self._sent_cseq))
        return (self.dialog, self.early) != before

    def _before_answer(self, message: str, sent: bool, code: int | None, method: str) -> None:
        if method != "INVITE":
            return
        if self.outgoing:
            if sent and code is None:
                self._invite = early_from(message, sent=True, outgoing=True)
                self.early = None  # until it is answered provisionally
            elif not sent and code is not None and code < 200:
                self.early = self._invite
            elif not sent and code is not None:
                self.early = None
                self.dialog = from_2xx(message, sent=False, remote_target="",
                                       transport=self.transport)  # fmt: skip
        elif sent and code is not None:
            if code < 200:
                self.early = early_from(message, sent=True, outgoing=False) or self.early
            else:
                self.early = None
                self.dialog = from_2xx(message, sent=True, remote_target=self.invite_contact,
                                       transport=self.transport)  # fmt: skip


def next_hop(dialog: Dialog) -> tuple[str, int] | None:
    """Where the BYE goes: the first route, else the remote target; None if not over UDP."""
    if dialog.transport != "udp":
        return None
    first = dialog.routes[0] if dialog.routes else dialog.target
    return _udp_hop(sipmsg.name_addr(first)[1])


def _udp_hop(uri: str) -> tuple[str, int] | None:
    """(host, port) of a sip: URI reached over UDP (no other transport parameter), else None."""
    return None if _NOT_UDP.search(uri) else probe_target(uri)


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

    try:
        answer = stateless.exchange_with(
            bind_address,
            *hop,
            lambda local: bye_request(dialog, local, number, secrets.token_hex(8), reason),
            final_to_bye,
        )
    except (OSError, UnicodeError) as exc:
        log.warning("call %s: the BYE could not be sent: %s", dialog.call_id, exc)
        return None
    return None if answer is None else stateless.status(answer)
