"""The registrar keepalive's parsing (sip.keepalive); the probe itself is tested against a real
Kamailio in tests/integration/test_sip_interop.py."""

from __future__ import annotations

import pytest

from sip.keepalive import is_answer, options_request, probe_target


@pytest.mark.parametrize(
    ("uri", "target"),
    [
        ("sip:pbx.example.org", ("pbx.example.org", 5060)),
        ("sip:pbx.example.org:5080;lr", ("pbx.example.org", 5080)),
        ("<sip:10.0.0.5;transport=udp>", ("10.0.0.5", 5060)),
        ("sip:agent@127.0.0.1:5070", ("127.0.0.1", 5070)),
        ("sip:[2001:db8::1]:5062", ("2001:db8::1", 5062)),
        ("pbx.example.org", ("pbx.example.org", 5060)),
        ("sips:pbx.example.org", None),
        ("sip:pbx.example.org:99999", None),
        ("sip:pbx example.org", None),
        ("sip:pbx.example.org\r\nX-Evil: 1", None),
        ("", None),
    ],
)
def test_probe_target(uri: str, target: tuple[str, int] | None) -> None:
    assert probe_target(uri) == target


def _response(call_id: str, status: str = "200 Keepalive") -> bytes:
    return (
        f"SIP/2.0 {status}\r\nVia: SIP/2.0/UDP 127.0.0.1:4000;branch=z9hG4bKx\r\n"
        f"Call-ID: {call_id}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
    ).encode()


def test_only_a_response_with_the_probes_call_id_counts() -> None:
    assert is_answer(_response("abc123"), "abc123")
    assert is_answer(_response("abc123", "404 Not Here"), "abc123")  # alive, if unhelpful
    assert is_answer(_response("abc123").replace(b"Call-ID:", b"i:"), "abc123")  # compact form
    assert not is_answer(_response("other"), "abc123")
    assert not is_answer(_response("abc1234"), "abc123")
    assert not is_answer(b"OPTIONS sip:x SIP/2.0\r\nCall-ID: abc123\r\n\r\n", "abc123")
    assert not is_answer(b"SIP/2.0 999 Nonsense\r\nCall-ID: abc123\r\n\r\n", "abc123")
    assert not is_answer(b"\xff\xfe" * 100, "abc123")
    # A Call-ID in the body is not the message's.
    body = b"SIP/2.0 200 OK\r\nCall-ID: other\r\n\r\nCall-ID: abc123\r\n"
    assert not is_answer(body, "abc123")


def test_the_request_is_a_well_formed_options_without_a_user_part() -> None:
    request = options_request(
        "2001:db8::1", 5060, "sip:1001@pbx", ("::1", 4000), "cid", "br", "tg"
    ).decode()
    lines = request.split("\r\n")
    assert lines[0] == "OPTIONS sip:[2001:db8::1]:5060 SIP/2.0"
    assert "Via: SIP/2.0/UDP [::1]:4000;branch=z9hG4bKbr;rport" in lines
    assert "Call-ID: cid" in lines and "CSeq: 1 OPTIONS" in lines
    assert request.endswith("Content-Length: 0\r\n\r\n")
