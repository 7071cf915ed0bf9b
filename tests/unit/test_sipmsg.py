"""Reading SIP headers from the network: correct on good input, harmless on hostile input."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from sip import sipmsg
from sip.quality import estimate_mos

INVITE = (
    "INVITE sip:agent@127.0.0.1 SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1\r\n"
    'f: "Rossi, \\"Mario\\"" <sip:+390612345678@pbx.example.org>;tag=abc\r\n'
    "t: <sip:agent@127.0.0.1>\r\n"
    "i: 1234@pbx\r\n"
    "X-IVR-Topic: pensions\r\n"
    "X-IVR-Language:\r\n de\r\n"
    "P-Asserted-Identity: <tel:+390612345678>\r\n"
    "Content-Length: 0\r\n\r\n"
    "X-Not-A-Header: in the body\r\n"
)


def test_headers_compact_forms_folding_and_body_excluded() -> None:
    headers = sipmsg.headers(INVITE)
    assert sipmsg.header(headers, "Call-ID") == "1234@pbx"
    assert sipmsg.header(headers, "x-ivr-language") == "de"
    assert sipmsg.header(headers, "X-Not-A-Header") == ""
    display, uri = sipmsg.name_addr(sipmsg.header(headers, "From"))
    assert display == 'Rossi, "Mario"'
    assert uri == "sip:+390612345678@pbx.example.org"
    assert sipmsg.uri_user(uri) == "+390612345678"
    _, pai = sipmsg.name_addr(sipmsg.header(headers, "P-Asserted-Identity"))
    assert sipmsg.uri_user(pai) == "+390612345678"


def test_name_addr_forms() -> None:
    assert sipmsg.name_addr("Mario Rossi <sip:1001@pbx>") == ("Mario Rossi", "sip:1001@pbx")
    assert sipmsg.name_addr("sip:1001@pbx;tag=x") == ("", "sip:1001@pbx")
    assert sipmsg.name_addr('"unterminated <sip:x@y>') == ("unterminated <sip:x@y>", "")
    assert sipmsg.uri_user("mailto:x@y") == ""


def test_hostile_display_text_is_defused() -> None:
    hostile = "Mario\u202eotsiR\x00\x07<b>x</b>" + "A" * 10_000
    text = sipmsg.display_text(hostile)
    assert "\u202e" not in text and "\x00" not in text and "\x07" not in text
    assert text.startswith("MariootsiR<b>x</b>")  # markup stays literal: the UI shows it plain
    assert len(text) == sipmsg.MAX_DISPLAY and text.endswith("…")


def test_invalid_utf8_from_the_binding_is_replaced_not_raised() -> None:
    raw = b"From: \xff\xfe<sip:x@y>".decode("utf-8", "surrogateescape")
    assert "\ufffd" in sipmsg.to_text(raw)
    assert sipmsg.to_text(b"\xc3\x28") == "\ufffd("


def test_auto_answer_headers() -> None:
    assert sipmsg.wants_auto_answer([("Call-Info", "<sip:pbx>;answer-after=0")])
    assert sipmsg.wants_auto_answer([("Alert-Info", "<http://x>;info=alert-autoanswer")])
    assert not sipmsg.wants_auto_answer([("Call-Info", "<sip:pbx>;answer-after=10")])
    assert not sipmsg.wants_auto_answer([("X-Other", "answer-after=0")])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_any_input_parses_without_error_into_safe_text(message: str) -> None:
    headers = sipmsg.headers(message)
    assert len(headers) <= sipmsg.MAX_HEADERS
    for name, value in headers:
        assert len(value) <= sipmsg.MAX_VALUE
        display, uri = sipmsg.name_addr(value)
        for text in (display, sipmsg.uri_user(uri), sipmsg.display_text(value)):
            assert len(text) <= sipmsg.MAX_DISPLAY
            assert not any(unicodedata.category(c) in ("Cc", "Cs") and c != " " for c in text), (
                repr(text)
            )
            assert not set(text) & {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e"}
        assert isinstance(name, str)


def test_mos_estimate_orders_calls_sensibly() -> None:
    perfect = estimate_mos(0.0, 0.0, 10.0)
    assert 4.3 <= perfect <= 4.5
    assert estimate_mos(30.0, 1.0, 150.0) < perfect
    assert estimate_mos(80.0, 10.0, 600.0) < 3.0
    assert estimate_mos(1000.0, 100.0, 5000.0) == 1.0
