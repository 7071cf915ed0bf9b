"""What ends a call from outside pjsip (sip.dialog): its dialog, built from the 2xx of either
side, and its BYE, sent to a UDP server on loopback; for an unanswered call, the CANCEL of our
INVITE or the final response to theirs; all refused when the network put control characters
in them. tests/integration/test_supervised_engine.py and test_sip_interop.py send them for real
to a pjsua2 peer and to baresip behind Kamailio."""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest

from sip import dialog as dialogs
from sip import stateless
from sip.dialog import (
    Dialog,
    Early,
    Tracker,
    bye_request,
    from_2xx,
    has_tag,
    next_hop,
    split_list,
)

RECEIVED_200 = (
    "SIP/2.0 200 OK\r\n"
    "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKabc\r\n"
    "Record-Route: <sip:10.0.0.2;lr;ftag=x>, <sip:10.0.0.3:5062;lr>\r\n"
    "Record-Route: <sip:10.0.0.4;lr>\r\n"
    "From: <sip:agent@pbx>;tag=ours\r\n"
    'To: "Maria" <sip:+390612345678@pbx>;tag=theirs\r\n'
    "Call-ID: call-1@host\r\n"
    "CSeq: 17 INVITE\r\n"
    "Contact: <sip:+390612345678@10.0.0.9:5066;ob>;expires=30\r\n"
    "Content-Length: 0\r\n\r\n"
)


def test_the_callers_2xx_gives_the_dialog_with_the_route_set_reversed() -> None:
    found = from_2xx(RECEIVED_200, sent=False, remote_target="", transport="udp")
    assert found == Dialog(
        call_id="call-1@host",
        local="<sip:agent@pbx>;tag=ours",
        remote='"Maria" <sip:+390612345678@pbx>;tag=theirs',
        target="sip:+390612345678@10.0.0.9:5066;ob",
        routes=("<sip:10.0.0.4;lr>", "<sip:10.0.0.3:5062;lr>", "<sip:10.0.0.2;lr;ftag=x>"),
        cseq=17,
        transport="udp",
    )


def test_our_own_200_gives_the_dialog_of_a_call_we_answered() -> None:
    sent = (
        RECEIVED_200.replace("From: <sip:agent@pbx>;tag=ours", "From: <sip:caller@pbx>;tag=c1")
        .replace('To: "Maria" <sip:+390612345678@pbx>;tag=theirs', "To: <sip:agent@pbx>;tag=a1")
        .replace("Contact: <sip:+390612345678@10.0.0.9:5066;ob>", "Contact: <sip:agent@10.0.0.1>")
    )
    found = from_2xx(sent, sent=True, remote_target="<sip:caller@10.0.0.8:5080>", transport="udp")
    assert found is not None
    assert (found.local, found.remote) == ("<sip:agent@pbx>;tag=a1", "<sip:caller@pbx>;tag=c1")
    assert found.target == "sip:caller@10.0.0.8:5080"  # the INVITE's Contact, not our own
    assert found.routes[0] == "<sip:10.0.0.2;lr;ftag=x>"  # as the INVITE listed them
    assert found.cseq == 0  # we have sent no request in it yet


UNFIT_IDS = ["not-invite", "provisional", "request", "no-tag", "tel-target", "nul", "escape",
             "del", "too-many-routes"]  # fmt: skip


@pytest.mark.parametrize(
    "message",
    [
        RECEIVED_200.replace("CSeq: 17 INVITE", "CSeq: 17 UPDATE"),
        RECEIVED_200.replace("SIP/2.0 200 OK", "SIP/2.0 180 Ringing"),
        RECEIVED_200.replace("SIP/2.0 200 OK", "INVITE sip:agent@pbx SIP/2.0"),
        RECEIVED_200.replace(";tag=ours", ""),  # no tag of ours: no dialog we could name
        RECEIVED_200.replace("<sip:+390612345678@10.0.0.9:5066;ob>", "<tel:+390612345678>"),
        # What the network put in a value must never make a header of its own in our BYE.
        RECEIVED_200.replace(";tag=theirs", ";tag=the\x00irs"),
        RECEIVED_200.replace("<sip:10.0.0.4;lr>", "<sip:10.0.0.4;lr\x1bX-Evil: 1>"),
        RECEIVED_200.replace("call-1@host", "call-1\x7f@host"),
        RECEIVED_200.replace("Record-Route: <sip:10.0.0.4;lr>", "Record-Route: " + "<sip:a>," * 17),
    ],
    ids=UNFIT_IDS,
)
def test_what_is_no_dialog_or_unfit_for_a_bye_gives_none(message: str) -> None:
    assert from_2xx(message, sent=False, remote_target="", transport="udp") is None


def test_record_route_entries_split_on_commas_outside_brackets_and_quotes() -> None:
    assert split_list('<sip:a;lr>, "x, y" <sip:b,c>,<sip:d>') == [
        "<sip:a;lr>",
        '"x, y" <sip:b,c>',
        "<sip:d>",
    ]


def test_a_tag_counts_only_as_a_parameter_of_the_header_not_of_its_name_or_uri() -> None:
    assert has_tag("<sip:agent@pbx>;tag=a1") and has_tag("sip:agent@pbx;tag=a1")
    assert not has_tag('"q;tag=z" <sip:agent@pbx>')
    assert not has_tag("<sip:agent@pbx;tag=inside>")


def test_escaped_quotes_in_a_display_name_do_not_split_a_route() -> None:
    assert split_list('"a\\", b" <sip:p1;lr>, <sip:p2;lr>') == [
        '"a\\", b" <sip:p1;lr>',
        "<sip:p2;lr>",
    ]


def _dialog(**change: object) -> Dialog:
    found = from_2xx(RECEIVED_200, sent=False, remote_target="", transport="udp")
    assert found is not None
    return replace(found, **change)  # type: ignore[arg-type]


def test_the_bye_is_loose_routed_with_the_dialogs_identifiers_and_a_reason() -> None:
    request = bye_request(_dialog(), ("127.0.0.1", 4000), 117, "br", 'engine "died"\r\nX: 1')
    lines = request.decode().split("\r\n")
    assert lines[0] == "BYE sip:+390612345678@10.0.0.9:5066;ob SIP/2.0"
    assert lines[1] == "Via: SIP/2.0/UDP 127.0.0.1:4000;rport;branch=z9hG4bKbr"
    assert [line for line in lines if line.startswith("Route:")] == [
        "Route: <sip:10.0.0.4;lr>",
        "Route: <sip:10.0.0.3:5062;lr>",
        "Route: <sip:10.0.0.2;lr;ftag=x>",
    ]
    assert "From: <sip:agent@pbx>;tag=ours" in lines
    assert 'To: "Maria" <sip:+390612345678@pbx>;tag=theirs' in lines
    assert "Call-ID: call-1@host" in lines and "CSeq: 117 BYE" in lines
    assert 'Reason: SIP;cause=500;text="engine diedX: 1"' in lines  # nothing breaks out
    assert request.endswith(b"Content-Length: 0\r\n\r\n")


def test_the_bye_goes_to_the_first_route_or_the_target_and_only_over_udp() -> None:
    assert next_hop(_dialog()) == ("10.0.0.4", 5060)
    assert next_hop(_dialog(routes=())) == ("10.0.0.9", 5066)
    assert next_hop(_dialog(transport="tcp")) is None  # its connection died with the engine
    assert next_hop(_dialog(routes=("<sip:10.0.0.4;transport=tcp;lr>",))) is None
    assert next_hop(_dialog(routes=("<sip:10.0.0.4;transport=udp;lr>",))) == ("10.0.0.4", 5060)
    assert next_hop(_dialog(routes=(), target="sips:x@10.0.0.9")) is None


class Phone:
    """The far end, on 127.0.0.1: answers a BYE with 200, except the first `drop` of them."""

    def __init__(self, drop: int = 0) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.drop = drop
        self.requests: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                datagram, peer = self.sock.recvfrom(65535)
            except OSError:
                return
            self.requests.append(datagram)
            if len(self.requests) <= self.drop:
                continue
            head = datagram.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
            echoed = [h for h in head if re.match(rb"(Via|From|To|Call-ID|CSeq):", h)]
            self.sock.sendto(b"\r\n".join([b"SIP/2.0 200 OK", *echoed, b"", b""]), peer)


@pytest.fixture
def phone() -> Iterator[Phone]:
    far_end = Phone(drop=1)
    yield far_end
    far_end.sock.close()


def test_hanging_up_sends_the_bye_again_until_it_is_answered(
    phone: Phone, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stateless, "RETRANSMIT_S", (0.1, 0.2, 0.4))
    lost = _dialog(routes=(), target=f"sip:+390612345678@127.0.0.1:{phone.port}", cseq=17)
    assert dialogs.hang_up(lost, "127.0.0.1", "the phone engine failed") == 200
    assert len(phone.requests) == 2  # the first went unanswered
    assert phone.requests[0] == phone.requests[1]  # a retransmission: the same request
    assert stateless.cseq(phone.requests[0]) == (17 + dialogs.CSEQ_MARGIN, "BYE")


def test_a_far_end_that_is_gone_is_no_answer_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stateless, "RETRANSMIT_S", (0.05, 0.05))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    lost = _dialog(routes=(), target=f"sip:x@127.0.0.1:{port}")
    assert dialogs.hang_up(lost, "127.0.0.1", "the phone engine failed") is None


SENT_180 = (
    "SIP/2.0 180 Ringing\r\n"
    "Via: SIP/2.0/UDP 10.0.0.2;rport=5070;received=192.0.2.7;branch=z9hG4bKp1\r\n"
    "Via: SIP/2.0/UDP 10.0.0.9:5066;branch=z9hG4bKu1\r\n"
    "Record-Route: <sip:10.0.0.2;lr>\r\n"
    'From: "Maria" <sip:+390612345678@pbx>;tag=theirs\r\n'
    "To: <sip:agent@pbx>;tag=ours\r\n"
    "Call-ID: call-2@host\r\n"
    "CSeq: 5 INVITE\r\n"
    "Contact: <sip:agent@10.0.0.1:5060>\r\n"
    "Allow: INVITE, ACK, BYE, CANCEL\r\n"
    "Content-Length: 0\r\n\r\n"
)
SENT_INVITE = (
    "INVITE sip:+390612345678@pbx SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 10.0.0.1:5060;rport;branch=z9hG4bKi1\r\n"
    "Max-Forwards: 70\r\n"
    "Route: <sip:10.0.0.2:5070;lr>\r\n"
    "From: <sip:agent@pbx>;tag=ours\r\n"
    "To: <sip:+390612345678@pbx>\r\n"
    "Call-ID: call-3@host\r\n"
    "CSeq: 9 INVITE\r\n"
    "Content-Type: application/sdp\r\n"
    "Content-Length: 4\r\n\r\nv=0\r\n"
)


def test_a_call_ringing_here_is_refused_to_where_its_invite_came_from() -> None:
    early = dialogs.early_from(SENT_180, sent=True, outgoing=False)
    assert early is not None and not early.outgoing
    built = dialogs.final_response(early, 500, "the phone engine failed")
    assert built is not None
    message, hop = built
    assert hop == ("192.0.2.7", 5070)  # the top Via's received and rport (RFC 3261 18.2.2)
    lines = message.decode().split("\r\n")
    assert lines[0] == "SIP/2.0 500 the phone engine failed"
    assert lines[1:7] == [
        "Via: SIP/2.0/UDP 10.0.0.2;rport=5070;received=192.0.2.7;branch=z9hG4bKp1",
        "Via: SIP/2.0/UDP 10.0.0.9:5066;branch=z9hG4bKu1",
        "Record-Route: <sip:10.0.0.2;lr>",
        'From: "Maria" <sip:+390612345678@pbx>;tag=theirs',
        "To: <sip:agent@pbx>;tag=ours",  # the same tag as the 180: the same early dialog
        "Call-ID: call-2@host",
    ]
    assert "CSeq: 5 INVITE" in lines and not any(x.startswith("Contact") for x in lines)
    # A 100 Trying has no To tag yet: the final response gets one.
    trying = SENT_180.replace("180 Ringing", "100 Trying").replace(";tag=ours", "")
    built = dialogs.final_response(Early(False, trying.split("\r\n\r\n")[0]), 500, "x")
    assert built is not None and re.search(rb"To: <sip:agent@pbx>;tag=\w+", built[0])


def test_a_call_we_make_that_still_rings_is_cancelled_with_its_invites_via() -> None:
    early = dialogs.early_from(SENT_INVITE, sent=True, outgoing=True)
    assert early is not None and "v=0" not in early.head  # the head only
    built = dialogs.cancel_request(early)
    assert built is not None
    message, hop = built
    assert hop == ("10.0.0.2", 5070)  # the first Route
    assert message.decode().split("\r\n") == [
        "CANCEL sip:+390612345678@pbx SIP/2.0",
        "Via: SIP/2.0/UDP 10.0.0.1:5060;rport;branch=z9hG4bKi1",  # matches the INVITE's
        "Max-Forwards: 70",
        "Route: <sip:10.0.0.2:5070;lr>",
        "From: <sip:agent@pbx>;tag=ours",
        "To: <sip:+390612345678@pbx>",
        "Call-ID: call-3@host",
        "CSeq: 9 CANCEL",
        "Content-Length: 0",
        "",
        "",
    ]


@pytest.mark.parametrize(
    ("message", "outgoing"),
    [
        (SENT_180.replace("CSeq: 5 INVITE", "CSeq: 5 UPDATE"), False),
        (SENT_180.replace("180 Ringing", "200 OK"), False),  # answered: a dialog, not early
        (SENT_INVITE.replace("INVITE sip:", "OPTIONS sip:", 1), True),
        (SENT_180.replace(";tag=theirs", ";tag=the\x00irs"), False),
    ],
    ids=["not-invite", "final", "not-an-invite", "control-character"],
)
def test_what_cannot_end_an_unanswered_call_is_not_kept(message: str, outgoing: bool) -> None:
    assert dialogs.early_from(message, sent=True, outgoing=outgoing) is None
    assert dialogs.early_from(SENT_180, sent=False, outgoing=False) is None  # theirs, not ours


def test_unanswered_calls_over_tcp_get_nothing() -> None:
    over_tcp = SENT_INVITE.replace("SIP/2.0/UDP", "SIP/2.0/TCP").split("\r\n\r\n")[0]
    assert dialogs.cancel_request(Early(True, over_tcp)) is None
    tcp_180 = SENT_180.replace("SIP/2.0/UDP 10.0.0.2", "SIP/2.0/TCP 10.0.0.2")
    assert dialogs.final_response(Early(False, tcp_180), 500, "x") is None


def _provisional(code: str) -> str:
    return RECEIVED_200.replace("SIP/2.0 200 OK", f"SIP/2.0 {code}").replace("CSeq: 17", "CSeq: 9")


def test_a_call_we_make_is_cancellable_once_it_rings_then_has_its_dialog() -> None:
    ends = Tracker(outgoing=True, transport="udp")
    invite = SENT_INVITE.replace("call-3@host", "call-1@host")
    assert not ends.saw(invite, sent=True) and ends.early is None  # no CANCEL before a 1xx
    assert ends.saw(_provisional("180 Ringing"), sent=False)
    assert ends.early == Early(True, invite.split("\r\n\r\n")[0])
    answered = RECEIVED_200.replace("CSeq: 17", "CSeq: 9")
    assert ends.saw(answered, sent=False)
    assert ends.early is None and ends.dialog is not None and ends.dialog.cseq == 9
    # Requests we send move the CSeq on; their re-INVITE with a new Contact moves the target.
    assert ends.saw("INFO sip:x SIP/2.0\r\nCSeq: 10 INFO\r\n\r\n", sent=True)
    assert ends.dialog.cseq == 10
    reinvite = (
        "INVITE sip:agent@10.0.0.1 SIP/2.0\r\nCSeq: 300 INVITE\r\n"
        "Contact: <sip:sbc@10.9.9.9>\r\n\r\n"
    )
    assert ends.saw(reinvite, sent=False)
    assert ends.dialog.target == "sip:sbc@10.9.9.9" and ends.dialog.cseq == 10
    # A CSeq of 5,000 digits (Python refuses to make an int of it) is not understood, quietly.
    assert not ends.saw("INFO sip:x SIP/2.0\r\nCSeq: " + "9" * 5000 + " INFO\r\n\r\n", sent=True)


def test_an_authentication_challenge_starts_the_outgoing_call_again() -> None:
    ends = Tracker(outgoing=True, transport="udp")
    ends.saw(SENT_INVITE, sent=True)
    ends.saw(_provisional("100 Trying"), sent=False)
    assert ends.early is not None and "CSeq: 9 INVITE" in ends.early.head
    ends.saw(_provisional("407 Proxy Authentication Required"), sent=False)
    assert ends.early is None and ends.dialog is None
    ends.saw(SENT_INVITE.replace("CSeq: 9", "CSeq: 10"), sent=True)
    ends.saw(_provisional("180 Ringing").replace("CSeq: 9", "CSeq: 10"), sent=False)
    assert ends.early is not None and "CSeq: 10 INVITE" in ends.early.head  # the INVITE to cancel


def test_a_call_we_answer_has_the_callers_contact_as_its_target() -> None:
    ends = Tracker(outgoing=False, transport="udp", invite_contact="<sip:caller@10.0.0.8:5080>")
    assert ends.saw(SENT_180.replace("180 Ringing", "100 Trying"), sent=True)
    assert ends.saw(SENT_180, sent=True) and ends.early == Early(
        False, SENT_180.split("\r\n\r\n")[0]
    )
    ours = SENT_180.replace("180 Ringing", "200 OK")
    assert ends.saw(ours, sent=True)
    assert ends.early is None and ends.dialog is not None
    assert ends.dialog.target == "sip:caller@10.0.0.8:5080"
    assert ends.dialog.local == "<sip:agent@pbx>;tag=ours"


def test_an_answered_call_whose_2xx_makes_no_dialog_keeps_nothing_unanswered() -> None:
    """Neither a CANCEL nor a 500 can end an answered call: better nothing than those."""
    ends = Tracker(outgoing=True, transport="udp")
    ends.saw(SENT_INVITE, sent=True)
    ends.saw(_provisional("180 Ringing"), sent=False)
    no_contact = RECEIVED_200.replace(
        "Contact: <sip:+390612345678@10.0.0.9:5066;ob>;expires=30\r\n", ""
    )
    assert ends.saw(no_contact.replace("CSeq: 17", "CSeq: 9"), sent=False)
    assert ends.early is None and ends.dialog is None
