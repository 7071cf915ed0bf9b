"""INVITEs larger than the engine can take (issue 20, point 2) are never lost without a word.

The bundled pjsip receives at most 4,000 bytes per message (PJSIP_MAX_PKT_LEN, fixed when the
pjsua2-python wheel was built), over UDP and TCP alike. These tests send real INVITEs from
sockets on loopback to the real engine: one just under the limit rings; one cut in its body is
refused with 513 and reported; one cut in its head (a 5,000-character display name), which
pjsip drops, is reported from pjsip's log; over TCP the same. Each report is a CallTooLarge
event the app turns into a missed call and a log line."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from sip.config import AccountConfig, EngineConfig
from sip.engine import SipEngine
from sip.events import CallTooLarge, IncomingCall
from sip.oversize import MAX_PACKET
from tests.support.kamailio import Kamailio, kamailio_available
from tests.support.large_invite import CALLER, final_status, invite
from tests.support.sip_peer import EventLog


class Lab:
    def __init__(self) -> None:
        self.events = EventLog()
        self.engine = SipEngine(EngineConfig.loopback(tcp_port=0), self.events.add)
        started = self.engine.start()
        self.ports = {kind: int(addr.rsplit(":", 1)[1]) for kind, addr in started.transports}
        self.engine.add_account(
            AccountConfig(id="a", username="agent", domain=f"127.0.0.1:{self.ports['udp']}",
                          register=False)
        ).result(5)  # fmt: skip


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    lab = Lab()
    yield lab
    lab.engine.stop()


def send(lab: Lab, transport: str, size: int, **kwargs: object) -> tuple[socket.socket, str]:
    if transport == "UDP":
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind(("127.0.0.1", 0))
    else:
        sock = socket.create_connection(("127.0.0.1", lab.ports["tcp"]), timeout=5)
    sock.settimeout(5)
    port = lab.ports[transport.lower()]
    message, call_id = invite(port, sock.getsockname()[1], transport, size, **kwargs)  # type: ignore[arg-type]
    if transport == "UDP":
        sock.sendto(message, ("127.0.0.1", port))
    else:
        sock.sendall(message)
    return sock, call_id


@pytest.mark.parametrize("transport", ["UDP", "TCP"])
def test_an_invite_of_the_largest_size_rings(lab: Lab, transport: str) -> None:
    sock, call_id = send(lab, transport, MAX_PACKET)
    with sock:
        ringing = lab.events.wait(IncomingCall, lambda e: e.sip_call_id == call_id, timeout=5)
        lab.engine.reject(ringing.call_id, 486).result(5)
        assert final_status(sock) == 486


@pytest.mark.parametrize(
    ("size", "status"),
    [
        # The cut falls on a line's end in the SDP: an offer pjsip can read, a Content-Length
        # beyond it; the engine refuses it, "Message Too Large".
        (MAX_PACKET + len("a=sendrecv\r\n"), 513),
        # The cut falls in the middle of an SDP line: pjsip refuses it itself ("Bad SDP").
        (MAX_PACKET + 100, 400),
        # The cut falls in the head, Content-Length and all: an INVITE with no offer left,
        # which would ring as if it had none; refused for its size.
        (MAX_PACKET + 400, 513),
    ],
)
def test_an_invite_cut_in_its_body_is_refused_and_reported(
    lab: Lab, size: int, status: int
) -> None:
    sock, call_id = send(lab, "UDP", size)
    local = f"127.0.0.1:{sock.getsockname()[1]}"
    with sock:
        assert final_status(sock) == status
    report = lab.events.wait(CallTooLarge, lambda e: e.sip_call_id == call_id, timeout=5)
    assert (report.caller_user, report.answered, report.limit) == (CALLER, status, MAX_PACKET)
    assert report.source == local
    assert not [e for e in lab.events.all("IncomingCall") if e.sip_call_id == call_id]


def test_a_lost_call_sent_again_is_reported_once(lab: Lab) -> None:
    """An unanswered INVITE comes again and again (retransmissions): one lost call, one report."""
    mark = lab.events.mark()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        local = f"127.0.0.1:{sock.getsockname()[1]}"
        message, _ = invite(lab.ports["udp"], sock.getsockname()[1], "UDP", 5300, late=False)
        for _attempt in range(3):
            sock.sendto(message, ("127.0.0.1", lab.ports["udp"]))
    # A call that rings after them: the engine has handled all three by the time it reports it.
    after, call_id = send(lab, "UDP", 1500)
    with after:
        ringing = lab.events.wait(IncomingCall, lambda e: e.sip_call_id == call_id, after=mark)
        lab.engine.reject(ringing.call_id, 486).result(5)
    reports = [e for e in lab.events.all("CallTooLarge")[-5:] if e.source == local]
    assert len(reports) == 1


@pytest.mark.parametrize("transport", ["UDP", "TCP"])
def test_a_5000_character_display_name_is_reported_though_pjsip_drops_it(
    lab: Lab, transport: str
) -> None:
    sock, _call_id = send(lab, transport, 5300, name="Mario Rossi ", late=False)
    local = f"127.0.0.1:{sock.getsockname()[1]}"
    with sock:
        report = lab.events.wait(CallTooLarge, lambda e: e.source == local, timeout=5)
    assert report.transport == transport and report.limit == MAX_PACKET
    assert report.display_name.startswith("Mario Rossi") or report.display_name == ""


@pytest.mark.skipif(not kamailio_available(), reason="kamailio is not installed")
def test_through_kamailio_a_call_with_a_5000_character_name_is_reported(lab: Lab) -> None:
    """The issue's path: the caller's INVITE goes to a proxy (Kamailio, registrar of the
    agent's account), which forwards it over UDP to the engine; pjsip drops it, cut in its head.
    Nothing of the caller survives the cut in pjsip's report, and no answer can be made (the
    caller's proxy times out): the engine reports a call lost from the proxy's address."""
    user, password = "1101", "proxy-pw-1101"
    with Kamailio(users={user: password}, require_invite_auth=False) as proxy:
        lab.engine.add_account(
            AccountConfig(id="proxied", username=user, password=password,
                          domain=f"127.0.0.1:{proxy.port}", keepalive_s=0)
        ).result(5)  # fmt: skip
        lab.events.wait("RegistrationChanged", lambda e: e.account_id == "proxied" and e.registered)
        mark = lab.events.mark()
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.bind(("127.0.0.1", 0))
            message, call_id = invite(
                proxy.port, sock.getsockname()[1], "UDP", 5300, name="Mario ", late=False,
                user=user,
            )  # fmt: skip
            sock.sendto(message, ("127.0.0.1", proxy.port))
            report = lab.events.wait(
                CallTooLarge, lambda e: e.source == f"127.0.0.1:{proxy.port}", after=mark
            )
        assert (report.transport, report.limit, report.answered) == ("UDP", MAX_PACKET, 0)
        assert not [e for e in lab.events.all("IncomingCall") if e.sip_call_id == call_id]
