"""The startup benchmark's loopback registrar (softphone/bench/registrar.py): a REGISTER is
answered 200 OK with its dialog headers echoed; anything else gets no answer."""

from __future__ import annotations

import socket

from softphone.bench.registrar import Registrar, ok_for

REGISTER = (
    b"REGISTER sip:127.0.0.1 SIP/2.0\r\n"
    b"Via: SIP/2.0/UDP 127.0.0.1:5070;rport;branch=z9hG4bKbench1\r\n"
    b"From: <sip:agent@127.0.0.1>;tag=abc\r\n"
    b"To: <sip:agent@127.0.0.1>\r\n"
    b"Call-ID: reg-1@127.0.0.1\r\n"
    b"CSeq: 7 REGISTER\r\n"
    b"Contact: <sip:agent@127.0.0.1:5070>\r\n"
    b"Expires: 300\r\n"
    b"Content-Length: 0\r\n\r\n"
)


def test_a_register_is_answered_200_ok_with_its_dialog_echoed() -> None:
    with Registrar() as registrar, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(5)
        sock.sendto(REGISTER, ("127.0.0.1", registrar.port))
        answer, _ = sock.recvfrom(65535)
        mine = sock.getsockname()[1]
    lines = answer.split(b"\r\n")
    assert lines[0] == b"SIP/2.0 200 OK"
    assert b"Call-ID: reg-1@127.0.0.1" in lines and b"CSeq: 7 REGISTER" in lines
    assert b"To: <sip:agent@127.0.0.1>;tag=bench" in lines
    assert b"Contact: <sip:agent@127.0.0.1:5070>;expires=300" in lines  # what was asked
    via = [line for line in lines if line.startswith(b"Via:")]
    assert via == [
        b"Via: SIP/2.0/UDP 127.0.0.1:5070;rport=%d;received=127.0.0.1;branch=z9hG4bKbench1" % mine
    ]
    assert registrar.answered == 1
    assert registrar.granted == [300]


def test_an_unregister_is_granted_no_time_and_an_hour_is_the_most() -> None:
    gone = ok_for(REGISTER.replace(b"Expires: 300", b"Expires: 0"))
    assert gone is not None and b"Contact: <sip:agent@127.0.0.1:5070>;expires=0" in gone
    long = ok_for(REGISTER.replace(b":5070>", b":5070>;expires=86400"))
    assert long is not None and b"Contact: <sip:agent@127.0.0.1:5070>;expires=3600" in long
    wildcard = ok_for(REGISTER.replace(b"<sip:agent@127.0.0.1:5070>", b"*"))
    assert wildcard is not None and b"Contact: *\r\n" in wildcard


def test_anything_but_a_register_gets_no_answer() -> None:
    assert ok_for(REGISTER.replace(b"REGISTER sip:", b"OPTIONS sip:", 1)) is None
    assert ok_for(b"SIP/2.0 200 OK\r\n\r\n") is None
