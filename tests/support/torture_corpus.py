"""Hostile SIP for tests and the fuzz bench: the RFC 4475 torture messages and malformed SDP.

Pure data and functions on bytes: no sockets, no pjsua2, no Qt. Used by
tests/integration/test_sip_torture.py (through tests/support/torture.py) and by
`softphone bench sip-fuzz` (softphone/bench/sip_fuzz.py), which reads this file from the source
checkout: it is test data, and the installed package does not carry it.

The RFC 4475 ("SIP Torture Test Messages") messages are written out from the RFC's text, each
under its RFC name with its section and whether the RFC calls it valid (a parser must accept it)
or invalid. Line endings are the RFC's: CRLF everywhere, with the folded lines, odd spacing,
control characters and binary parts the RFC has. Only the addresses are rewritten, so that
everything goes to the softphone under test on loopback and the answers come back to the test:

- the Request-URI's host becomes {{TARGET}} (127.0.0.1:<the engine's port>);
- the top Via's sent-by becomes {{LOCAL}} (the sender's own 127.0.0.1:<port>) with `;rport`, and
  its transport {{TRANSPORT}} (UDP or TCP, whichever carries the message); further Via values
  are the RFC's (a UAS answers the top one only);
- a nonce {{NONCE}} is appended to the Call-ID and the branch, so that the same message can be
  sent twice (UDP, then TCP) without looking like a retransmission, and answers can be told apart;
- in SDP bodies 192.0.2.N (TEST-NET-1) becomes 127.0.0.N: the same length, so the RFC's
  Content-Length values stay right (they are kept as the RFC has them, wrong ones included).

Host names (example.com, ...) in From/To/Contact/Route are the RFC's: a UAS that rings and is
then rejected never sends anything to them.

`Allowed` is what the RFC lets a UAS (this softphone) do with each message, per transport, with
the reason in a comment next to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CRLF = b"\r\n"
TARGET = b"{{TARGET}}"
LOCAL = b"{{LOCAL}}"
TRANSPORT = b"{{TRANSPORT}}"
NONCE = b"{{NONCE}}"


@dataclass(frozen=True)
class Allowed:
    """What a UAS may do with a message: final response codes, ringing (a 180 and a call
    offered to the app), dropping it silently. A 100 Trying alone decides nothing."""

    finals: frozenset[int] = frozenset()
    ring: bool = False
    drop: bool = False

    def permits(self, finals: set[int], rang: bool) -> bool:
        if rang and not self.ring:
            return False
        if not finals and not rang:
            return self.drop
        return finals <= self.finals


def allow(*finals: int, ring: bool = False, drop: bool = False) -> Allowed:
    return Allowed(frozenset(finals), ring, drop)


@dataclass(frozen=True)
class TortureMessage:
    name: str  # RFC 4475's name for it ("wsinv"), or ours for the SDP cases ("sdp-no-version")
    section: str  # "3.1.1.1"; "sdp" for our malformed-SDP INVITEs
    title: str
    valid: bool  # the RFC: a parser must accept it (True), or it is malformed (False)
    template: bytes
    udp: Allowed
    tcp: Allowed | None = None  # None: as over UDP
    request: bool = True
    udp_ok: bool = True  # False: too big for a datagram, TCP only
    notes: str = ""

    def allowed(self, transport: str) -> Allowed:
        return self.tcp if transport == "tcp" and self.tcp is not None else self.udp


def address(template: bytes, target: str, local: str, transport: str, nonce: str) -> bytes:
    """A message ready to send: the placeholders replaced (see the module's docstring)."""
    return (
        template.replace(TARGET, target.encode())
        .replace(LOCAL, local.encode())
        .replace(TRANSPORT, transport.upper().encode())
        .replace(NONCE, nonce.encode())
    )


# -- building blocks ---------------------------------------------------------------------------


def _msg(*head: bytes, body: bytes = b"") -> bytes:
    """Header lines (a folded line is its own element, starting with whitespace), the empty
    line, the body."""
    return CRLF.join(head) + CRLF + CRLF + body


def _lines(*lines: bytes) -> bytes:
    return CRLF.join(lines) + CRLF


def _sdp(origin: bytes, connection: bytes | None = None, timing: bytes = b"0 0") -> bytes:
    """The SDP body the RFC's INVITEs carry (audio 0/12 and a video stream)."""
    return _lines(
        b"v=0",
        b"o=mhandley 29739 7272939 IN IP4 " + origin,
        b"s=-",
        b"c=IN IP4 " + (connection or origin),
        b"t=" + timing,
        b"m=audio 49217 RTP/AVP 0 12",
        b"m=video 3227 RTP/AVP 31",
        b"a=rtpmap:31 LPC",
    )


def _via(params: bytes = b"") -> bytes:
    """The top Via, pointing back at the sender."""
    return b"Via: SIP/2.0/" + TRANSPORT + b" " + LOCAL + b";rport" + params


# What a UA answers for methods it does not implement as a UAS (REGISTER: it is no registrar):
# RFC 3261 8.2.1 allows 405 (known, not allowed here) and 501 (not implemented).
NOT_HERE = (405, 501)
# A valid INVITE: it rings (180 and a call for the app) or is refused for what it asks: 488/415
# (media), 420 (extensions), 480/486 (busy: pjsua's call limit), 404 (no such user).
INVITE_OK = (404, 415, 420, 480, 486, 488)
# Malformed SDP in a well-formed INVITE: refused (400, 488, 415, 606) or, when the stack can make
# sense of it, offered like any call (then rejected by the test); never a crash.
SDP_REFUSED = (400, 415, 488, 606)


# -- 3.1.1 valid messages ----------------------------------------------------------------------

_VALID: list[TortureMessage] = [
    TortureMessage(
        "wsinv",
        "3.1.1.1",
        "A Short Tortuous INVITE",
        True,
        _msg(
            b"INVITE sip:vivekg@" + TARGET + b";unknownparam SIP/2.0",
            b"TO :",
            b" sip:vivekg@chair-dnrc.example.com ;   tag    = 1918181833n",
            b'from   : "J Rosenberg \\\\\\""       <sip:jdrosen@example.com>',
            b"  ;",
            b"  tag = 98asjd8",
            b"MaX-fOrWaRdS: 0068",
            b"Call-ID: wsinv.ndaksdj" + NONCE + b"@192.0.2.1",
            b"Content-Length   : 150",
            b"cseq: 0009",
            b"  INVITE",
            b"Via  : SIP  /   2.0",
            b" /" + TRANSPORT,
            b"    " + LOCAL + b";rport;branch=390skdjuw" + NONCE,
            b"s :",
            b"NewFangledHeader:   newfangled value",
            b" continued newfangled value",
            b"UnknownHeaderWithUnusualValue: ;;,,;;,;",
            b"Content-Type: application/sdp",
            b"Route:",
            b" <sip:services.example.com;lr;unknownwith=value;unknown-no-value>",
            b"v:  SIP  / 2.0  / TCP     spindle.example.com   ;",
            b"  branch  =   z9hG4bK9ikj8  ,",
            b" SIP  /    2.0   / UDP  192.168.255.111   ; branch=",
            b" z9hG4bK30239",
            b'm:"Quoted string \\"\\"" <sip:jdrosen@example.com> ; newparam =',
            b"      newvalue ;",
            b"  secondparam ; q = 0.33",
            body=_sdp(b"127.0.0.3", b"127.0.0.4"),
        ),
        # Well formed; but the To carries a tag: a mid-dialog request for a dialog this UA does
        # not have, which RFC 3261 12.2.2 answers 481 (pjsip's own torture test expects 481).
        allow(481, *INVITE_OK, ring=True),
    ),
    TortureMessage(
        "intmeth",
        "3.1.1.2",
        "Wide Range of Valid Characters",
        True,
        _msg(
            b"!interesting-Method0123456789_*+`.%indeed'~ "
            b"sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*"
            b":&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@" + TARGET + b" SIP/2.0",
            _via(b";branch=z9hG4bK-.!%66*_+`'~" + NONCE),
            b'To: "BEL:\\\x07 NUL:\\\x00 DEL:\\\x7f" '
            b"<sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*@example.com>",
            b"From: token1~` token2'+_ token3*%!.- <sip:mundane@example.com>"
            b";fromParam''~+*_!.-%=\""
            b"\xd1\x80\xd0\xb0\xd0\xb1\xd0\xbe\xd1\x82\xd0\xb0\xd1\x8e\xd1\x89\xd0\xb8\xd0\xb9"
            b"\";tag=_token~1'+`*%!-.",
            b"Call-ID: intmeth.word%ZK-!.*_+'" + NONCE + b'@word`~)(><:\\/"][?}{',
            b"CSeq: 139122385 !interesting-Method0123456789_*+`.%indeed'~",
            b"Max-Forwards: 255",
            b"extensionHeader-!.%*+_`'~:\xef\xbb\xbf\xe5\xa4\xa7\xe5\x81\x9c\xe9\x9b\xbb",
            b"Content-Length: 0",
        ),
        # An unknown (extension) method: a UAS that does not implement it answers 405 or 501.
        allow(*NOT_HERE),
    ),
    TortureMessage(
        "esc01",
        "3.1.1.3",
        "Valid Use of the % Escaping Mechanism",
        True,
        _msg(
            b"INVITE sip:sips%3Auser%40example.com@" + TARGET + b" SIP/2.0",
            b"To: sip:%75se%72@example.com",
            b"From: <sip:I%20have%20spaces@example.net>;tag=938",
            b"Max-Forwards: 87",
            b"i: esc01.239409asdfakjkn23onasd0-3234" + NONCE,
            b"CSeq: 234234 INVITE",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"C: application/sdp",
            b"Contact:",
            b"  <sip:cal%6Cer@host5.example.net;%6C%72;n%61me=v%61lue%25%34%31>",
            b"Content-Length: 150",
            body=_sdp(b"127.0.0.1"),
        ),
        # A plain INVITE with escapes: it rings (or is refused for what it offers).
        allow(*INVITE_OK, ring=True),
    ),
    TortureMessage(
        "escnull",
        "3.1.1.4",
        "Escaped Nulls in URIs",
        True,
        _msg(
            b"REGISTER sip:" + TARGET + b" SIP/2.0",
            b"To: sip:null-%00-null@example.com",
            b"From: sip:null-%00-null@example.com;tag=839923423",
            b"Max-Forwards: 70",
            b"Call-ID: escnull.39203ndfvkjdasfkq3w4otrq0adsfdfnavd" + NONCE,
            b"CSeq: 14398234 REGISTER",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Contact: <sip:%00@host5.example.com>",
            b"Contact: <sip:%00%00@host5.example.com>",
            b"L:0",
        ),
        # Well formed (%00 is an escaped NUL, fine in a user part); this UA is no registrar.
        allow(*NOT_HERE),
    ),
    TortureMessage(
        "esc02",
        "3.1.1.5",
        "Use of % When It Is Not an Escape",
        True,
        _msg(
            b"RE%47IST%45R sip:" + TARGET + b" SIP/2.0",
            b'To: "%Z%45" <sip:resource@example.com>',
            b'From: "%Z%45" <sip:resource@example.com>;tag=f232jadfj23',
            b"Call-ID: esc02.asdfnqwo34rq23i34jrjasdcnl23nrlknsdf" + NONCE,
            _via(b";branch=z9hG4bK209%fzsnel234" + NONCE),
            b"CSeq: 29344 RE%47IST%45R",
            b"Max-Forwards: 70",
            b"Contact: <sip:alias1@host1.example.com>",
            b"C%6Fntact: <sip:alias2@host2.example.com>",
            b"Contact: <sip:alias3@host3.example.com>",
            b"l: 0",
        ),
        # The method is the unknown token RE%47IST%45R (not REGISTER): 405 or 501.
        allow(*NOT_HERE),
    ),
    TortureMessage(
        "lwsdisp",
        "3.1.1.6",
        "No LWS between Display Name and <",
        True,
        _msg(
            b"OPTIONS sip:user@" + TARGET + b" SIP/2.0",
            b"To: sip:user@example.com",
            b"From: caller<sip:caller@example.com>;tag=323",
            b"Max-Forwards: 70",
            b"Call-ID: lwsdisp.1234abcd" + NONCE + b"@funky.example.com",
            b"CSeq: 60 OPTIONS",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"l: 0",
        ),
        allow(200),  # a well-formed OPTIONS: a UA answers 200 with its capabilities
    ),
]


def _longreq() -> bytes:
    vias = [
        b"v: SIP/2.0/TCP sip32.example.com",
        b"V: SIP/2.0/TCP sip31.example.com",
        b"Via: SIP/2.0/TCP sip30.example.com",
        b"ViA: SIP/2.0/TCP sip29.example.com",
        b"VIa: SIP/2.0/TCP sip28.example.com",
        b"VIA: SIP/2.0/TCP sip27.example.com",
        b"via: SIP/2.0/TCP sip26.example.com",
        b"viA: SIP/2.0/TCP sip25.example.com",
        b"vIa: SIP/2.0/TCP sip24.example.com",
        b"vIA: SIP/2.0/TCP sip23.example.com",
        b"V :  SIP/2.0/TCP sip22.example.com",
        b"v :  SIP/2.0/TCP sip21.example.com",
        b"V  : SIP/2.0/TCP sip20.example.com",
        b"v  : SIP/2.0/TCP sip19.example.com",
        b"Via : SIP/2.0/TCP sip18.example.com",
        b"Via  : SIP/2.0/TCP sip17.example.com",
        *(b"Via: SIP/2.0/TCP sip%d.example.com" % n for n in range(16, 0, -1)),
        b"Via: SIP/2.0/TCP host.example.com;received=192.0.2.5;"
        b"branch=very" + b"long" * 50 + b"branchvalue",
    ]
    return _msg(
        b"INVITE sip:user@" + TARGET + b" SIP/2.0",
        b'To: "I have a user name of ' + b"extreme" * 10 + b' proportion"'
        b"<sip:user@example.com:6000;unknownparam1=very" + b"long" * 20 + b"value;"
        b"longparam"
        + b"name" * 25
        + b"=shortvalue;very"
        + b"long" * 25
        + b"ParameterNameWithNoValue>",
        b"F: sip:" + b"amazinglylongcallername" * 5 + b"@example.net;tag=12" + b"982" * 50 + b"424"
        b";unknownheaderparam" + b"name" * 20 + b"=unknowheaderparam" + b"value" * 15 + b""
        b";unknownValueless" + b"paramname" * 10,
        b"Call-ID: longreq.one" + b"really" * 20 + b"longcallid" + NONCE,
        b"CSeq: 3882340 INVITE",
        b"Unknown-"
        + b"Long" * 20
        + b"-Name: unknown-"
        + b"long" * 20
        + b"-value; unknown-"
        + b"long" * 20
        + b"-parameter-name = unknown-"
        + b"long" * 20
        + b"-parameter-value",
        # The RFC's top Via is "SIP/2.0/TCP sip33.example.com" (no branch): ours, no branch.
        b"Via: SIP/2.0/" + TRANSPORT + b" " + LOCAL + b";rport",
        *vias,
        b"Max-Forwards: 70",
        b"Contact: <sip:" + b"amazinglylongcallername" * 5 + b"@host5.example.net>",
        b"Content-Type: application/sdp",
        b"l: 150",
        body=_sdp(b"127.0.0.1"),
    )


def _dblreq() -> bytes:
    register = _msg(
        b"REGISTER sip:" + TARGET + b" SIP/2.0",
        b"To: sip:j.user@example.com",
        b"From: sip:j.user@example.com;tag=43251j3j324",
        b"Max-Forwards: 8",
        b"I: dblreq.0ha0isndaksdj99sdfafnl3lk233412" + NONCE,
        b"Contact: sip:j.user@host.example.com",
        b"CSeq: 8 REGISTER",
        _via(b";branch=z9hG4bKkdjuw23492" + NONCE),
        b"Content-Length: 0",
    )
    invite = _msg(
        b"INVITE sip:joe@" + TARGET + b" SIP/2.0",
        b"t: sip:joe@example.com",
        b"From: sip:caller@example.net;tag=141334",
        b"Max-Forwards: 8",
        b"Call-ID: dblreq.0ha0isnda977644900765" + NONCE + b"@192.0.2.15",
        b"CSeq: 8 INVITE",
        _via(b";branch=z9hG4bKkdjuw380234" + NONCE),
        b"Content-Type: application/sdp",
        b"Content-Length: 150",
        body=_lines(
            b"v=0",
            b"o=mhandley 29739 7272939 IN IP4 127.0.0.15",
            b"s=-",
            b"c=IN IP4 127.0.0.15",
            b"t=0 0",
            b"m=audio 49217 RTP/AVP 0 12",
            b"m =video 3227 RTP/AVP 31",
            b"a=rtpmap:31 LPC",
        ),
    )
    return register + CRLF + invite


def _mpart01() -> bytes:
    # The second part is binary: a 342-octet DER PKCS#7 signature with NULs in it, the RFC's
    # octets. The RFC's Content-Length (553) is the body exactly.
    signature = bytes.fromhex(
        "3082015206092a864886f70d010702a08201433082013f020101310930070605"
        "2b0e03021a300b06092a864886f70d010701318201203082011c020101307c30"
        "70310b3009060355040613025553311330110603550408130a43616c69666f72"
        "6e69613111300f0603550407130853616e204a6f7365310e300c060355040a13"
        "05736970697431293027060355040b1320536970697420546573742043657274"
        "6966696361746520417574686f7269747902080195007102330113300706052b"
        "0e03021a300d06092a864886f70d01010105000481808ef466f948f0522dd2e5"
        "978e9d95aae9f2fe15a06659716292e8da2aa8d8350a68ceffae3cbd2bff1675"
        "ddd5648e593dd64728f26220f7e941749e330d9a15edabdb93d10c42102e7b72"
        "89d29cc0c9ae2efbc7c0cff9172f3b027e4fc027e1546de4b6aa3abb3e66cccb"
        "5dd6c64b8383149cb8e6ff182d944fe57b65bc99d005"
    )
    body = (
        _lines(
            b"--7a9cbec02ceef655",
            b"Content-Type: text/plain",
            b"Content-Transfer-Encoding: binary",
            b"",
            b"Hello",
            b"--7a9cbec02ceef655",
            b"Content-Type: application/octet-stream",
            b"Content-Transfer-Encoding: binary",
            b"",
        )
        + signature
        + _lines(b"", b"--7a9cbec02ceef655--")
    )
    return _msg(
        b"MESSAGE sip:kumiko@" + TARGET + b" SIP/2.0",
        _via(b";branch=z9hG4bK-d87543-4dade06d0bdb11ee-1--d87543-" + NONCE),
        b"Max-Forwards: 70",
        b"Route: <sip:127.0.0.1:5080>",
        b"Identity: r5mwreLuyDRYBi/0TiPwEsY3rEVsk/G2WxhgTV1PF7hHuLIK0YWVKZhKv9Mj8UeXqkMVbnVq37CD+"
        b"813gvYjcBUaZngQmXc9WNZSDNGCzA+fWl9MEUHWIZo1CeJebdY/XlgKeTa0Olvq0rt70Q5jiSfbqMJmQFteei"
        b"vUhkMWYUA=",
        b"Contact: <sip:fluffy@127.0.0.1:5070>",
        b"To: <sip:kumiko@example.org>",
        b"From: <sip:fluffy@example.com>;tag=2fb0dcc9",
        b"Call-ID: 3d9485ad0c49859b" + NONCE + b"@Zmx1ZmZ5LW1hYy0xNi5sb2NhbA..",
        b"CSeq: 1 MESSAGE",
        b"Content-Transfer-Encoding: binary",
        b"Content-Type: multipart/mixed;boundary=7a9cbec02ceef655",
        b"Date: Sat, 15 Oct 2005 04:44:56 GMT",
        b"User-Agent: SIPimp.org/0.2.5 (curses)",
        b"Content-Length: 553",
        body=body,
    )


_VALID += [
    TortureMessage(
        "longreq",
        "3.1.1.7",
        "Long Values in Header Fields",
        True,
        _longreq(),
        allow(*INVITE_OK, ring=True),  # long values, 34 Vias: still a plain INVITE
    ),
    TortureMessage(
        "dblreq",
        "3.1.1.8",
        "Extra Trailing Octets in a UDP Datagram",
        True,
        _dblreq(),
        # UDP: the REGISTER is answered (no registrar: 405/501) and the INVITE-looking octets
        # after its (empty) body are noise that must be ignored (RFC 3261 18.3): no ringing.
        allow(*NOT_HERE),
        # TCP: a stream has no "rest of the datagram"; the octets are the next message. Its SDP
        # is off by a few octets (Content-Length 150) and the test's OPTIONS follows, so
        # anything may happen to it except a crash; the REGISTER is still answered.
        tcp=allow(*NOT_HERE, 400, 481, *INVITE_OK, ring=True),
        notes="the RFC's point is UDP framing; over TCP the second request is a real one",
    ),
    TortureMessage(
        "semiuri",
        "3.1.1.9",
        "Semicolon-Separated Parameters in URI User Part",
        True,
        _msg(
            b"OPTIONS sip:user;par=u%40example.net@" + TARGET + b" SIP/2.0",
            b"To: sip:j_user@example.com",
            b"From: sip:caller@example.org;tag=33242",
            b"Max-Forwards: 3",
            b"Call-ID: semiuri.0ha0isndaksdj" + NONCE,
            b"CSeq: 8 OPTIONS",
            b"Accept: application/sdp, application/pkcs7-mime,",
            b"        multipart/mixed, multipart/signed,",
            b"        message/sip, message/sipfrag",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"l: 0",
        ),
        allow(200, 404),  # an OPTIONS: 200 (404 if the UA insisted on the odd user part)
    ),
    TortureMessage(
        "transports",
        "3.1.1.10",
        "Varied and Unknown Transport Types",
        True,
        _msg(
            b"OPTIONS sip:user@" + TARGET + b" SIP/2.0",
            b"To: sip:user@example.com",
            b"From: <sip:caller@example.com>;tag=323",
            b"Max-Forwards: 70",
            b"Call-ID:  transports.kijh4akdnaqjkwendsasfdj" + NONCE,
            b"Accept: application/sdp",
            b"CSeq: 60 OPTIONS",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Via: SIP/2.0/SCTP t2.example.com;branch=z9hG4bKklasjdhf",
            b"Via: SIP/2.0/TLS t3.example.com;branch=z9hG4bK2980unddj",
            b"Via: SIP/2.0/UNKNOWN t4.example.com;branch=z9hG4bKasd0f3en",
            b"Via: SIP/2.0/TCP t5.example.com;branch=z9hG4bK0a9idfnee",
            b"l: 0",
        ),
        allow(200),  # only the top Via is the UAS's business
    ),
    TortureMessage(
        "mpart01",
        "3.1.1.11",
        "Multipart MIME Message",
        True,
        _mpart01(),
        # "Parsers must accept this message as well formed, even if the application above the
        # parser does not support multipart/signed": a MESSAGE answered 200 (taken) or 415
        # (a type the app does not take), or 405/501 if the UA does no instant messaging.
        allow(200, 202, 415, 488, *NOT_HERE),
        notes="the binary part is the RFC's 342-octet DER object; Content-Length the RFC's 553",
    ),
    TortureMessage(
        "unreason",
        "3.1.1.12",
        "Unusual Reason Phrase",
        True,
        _msg(
            b"SIP/2.0 200 = 2**3 * 5**2 "
            b"\xd0\xbd\xd0\xbe \xd1\x81\xd1\x82\xd0\xbe \xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f"
            b"\xd0\xbd\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe \xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f"
            b"\xd1\x82\xd1\x8c - \xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd0\xb5",
            b"Via: SIP/2.0/" + TRANSPORT + b" " + LOCAL + b";branch=z9hG4bK1324923" + NONCE,
            b"Call-ID: unreason.1234ksdfak3j2erwedfsASdf" + NONCE,
            b"CSeq: 35 INVITE",
            b"From: sip:user@example.com;tag=11141343",
            b"To: sip:user@example.edu;tag=2229",
            b"Content-Length: 154",
            b"Content-Type: application/sdp",
            b"Contact: <sip:user@host198.example.com>",
            body=_sdp(b"127.0.0.198"),
        ),
        # A well-formed response matching no transaction of ours: a stray, dropped silently
        # (a response is never answered).
        allow(drop=True),
        request=False,
    ),
    TortureMessage(
        "noreason",
        "3.1.1.13",
        "Empty Reason Phrase",
        True,
        _msg(
            b"SIP/2.0 100 ",
            b"Via: SIP/2.0/" + TRANSPORT + b" " + LOCAL + b";branch=z9hG4bK2398ndaoe" + NONCE,
            b"Call-ID: noreason.asndj203insdf99223ndf" + NONCE,
            b"CSeq: 35 INVITE",
            b"From: <sip:user@example.com>;tag=39ansfi3",
            b"To: <sip:user@example.edu>;tag=902jndnke3",
            b"Content-Length: 0",
            b"Contact: <sip:user@host105.example.com>",
        ),
        allow(drop=True),  # a stray response
        request=False,
    ),
]

# -- 3.1.2 invalid messages --------------------------------------------------------------------

_INVALID: list[TortureMessage] = [
    TortureMessage(
        "badinv01",
        "3.1.2.1",
        "Extraneous Header Field Separators",
        False,
        _msg(
            b"INVITE sip:user@" + TARGET + b" SIP/2.0",
            b"To: sip:j.user@example.com",
            b"From: sip:caller@example.net;tag=134161461246",
            b"Max-Forwards: 7",
            b"Call-ID: badinv01.0ha0isndaksdjasdf3234nas" + NONCE,
            b"CSeq: 8 INVITE",
            b"Via: SIP/2.0/" + TRANSPORT + b" " + LOCAL + b";;,;,,",
            b'Contact: "Joe" <sip:joe@example.org>;;;;',
            b"Content-Length: 152",
            b"Content-Type: application/sdp",
            body=_sdp(b"127.0.0.15"),
        ),
        # "should respond with a 400 Bad Request"; with a Via this broken, not being able to
        # answer at all (dropping it) is the other honest outcome.
        allow(400, drop=True),
    ),
    TortureMessage(
        "clerr",
        "3.1.2.2",
        "Content Length Larger Than Message",
        False,
        _msg(
            b"INVITE sip:user@" + TARGET + b" SIP/2.0",
            b"Max-Forwards: 80",
            b"To: sip:j.user@example.com",
            b"From: sip:caller@example.net;tag=93942939o2",
            b"Contact: <sip:caller@hungry.example.net>",
            b"Call-ID: clerr.0ha0isndaksdjweiafasdk3" + NONCE,
            b"CSeq: 8 INVITE",
            _via(b";branch=z9hG4bK-39234-23523" + NONCE),
            b"Content-Type: application/sdp",
            b"Content-Length: 9999",
            body=_sdp(b"127.0.0.155"),
        ),
        # UDP: "should respond with a 400 Bad Request" (dropping is the lesser evil).
        allow(400, drop=True),
        # TCP: "not much the receiving party could do but wait for the next packet (or time
        # out)": nothing comes back, or a 400 if it gives up on the connection.
        tcp=allow(400, drop=True),
    ),
    TortureMessage(
        "ncl",
        "3.1.2.3",
        "Negative Content-Length",
        False,
        _msg(
            b"INVITE sip:user@" + TARGET + b" SIP/2.0",
            b"Max-Forwards: 254",
            b"To: sip:j.user@example.com",
            b"From: sip:caller@example.net;tag=32394234",
            b"Call-ID: ncl.0ha0isndaksdj2193423r542w35" + NONCE,
            b"CSeq: 0 INVITE",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Contact: <sip:caller@example53.example.net>",
            b"Content-Type: application/sdp",
            b"Content-Length: -999",
            body=_sdp(b"127.0.0.53"),
        ),
        # "should respond with an error ... the remainder of the datagram can simply be
        # discarded"; over TCP "the framing error is not recoverable, and the connection should
        # be closed". Never a ringing call.
        allow(400, drop=True),
    ),
    TortureMessage(
        "scalar02",
        "3.1.2.4",
        "Request Scalar Fields with Overlarge Values",
        False,
        _msg(
            b"REGISTER sip:" + TARGET + b" SIP/2.0",
            _via(b";branch=z9hG4bK342sdfoi3" + NONCE),
            b"To: <sip:user@example.com>",
            b"From: <sip:user@example.com>;tag=239232jh3",
            b"CSeq: 36893488147419103232 REGISTER",
            b"Call-ID: scalar02.23o0pd9vanlq3wnrlnewofjas9ui32" + NONCE,
            b"Max-Forwards: 300",
            b"Expires: 1" + b"0" * 100,
            b"Contact: <sip:user@host129.example.com>",
            b"  ;expires=280297596632815",
            b"Content-Length: 0",
        ),
        # "should respond with a 400 Bad Request due to the CSeq error". A UA that is no
        # registrar may instead refuse the method before looking at the values (405/501).
        allow(400, *NOT_HERE, drop=True),
    ),
    TortureMessage(
        "scalarlg",
        "3.1.2.5",
        "Response Scalar Fields with Overlarge Values",
        False,
        _msg(
            b"SIP/2.0 503 Service Unavailable",
            b"Via: SIP/2.0/"
            + TRANSPORT
            + b" "
            + LOCAL
            + b";branch=z9hG4bKzzxdiwo34sw"
            + NONCE
            + b";received=192.0.2.129",
            b"To: <sip:user@example.com>",
            b"From: <sip:other@example.net>;tag=2easdjfejw",
            b"CSeq: 9292394834772304023312 OPTIONS",
            b"Call-ID: scalarlg.noase0of0234hn2qofoaf0232aewf2394r" + NONCE,
            b"Retry-After: 949302838503028349304023988",
            b'Warning: 1812 overture "In Progress"',
            b"Content-Length: 0",
        ),
        allow(drop=True),  # "An element receiving this response will simply discard it."
        request=False,
    ),
    TortureMessage(
        "quotbal",
        "3.1.2.6",
        "Unterminated Quoted String in Display Name",
        False,
        _msg(
            b"INVITE sip:user@" + TARGET + b" SIP/2.0",
            b'To: "Mr. J. User <sip:j.user@example.com>',
            b"From: sip:caller@example.net;tag=93334",
            b"Max-Forwards: 10",
            b"Call-ID: quotbal.aksdj" + NONCE,
            b"Contact: <sip:caller@host59.example.net>",
            b"CSeq: 8 INVITE",
            _via(b";branch=z9hG4bKkdjuw39234" + NONCE),
            b"Content-Type: application/sdp",
            b"Content-Length: 152",
            body=_sdp(b"127.0.0.15"),
        ),
        # "should return a 400 Bad Request error. An element could attempt to infer a
        # terminating quote and accept the message": lenient ringing is allowed too.
        allow(400, *INVITE_OK, ring=True, drop=True),
    ),
    TortureMessage(
        "ltgtruri",
        "3.1.2.7",
        "<> Enclosing Request-URI",
        False,
        _msg(
            b"INVITE <sip:user@" + TARGET + b"> SIP/2.0",
            b"To: sip:user@example.com",
            b"From: sip:caller@example.net;tag=39291",
            b"Max-Forwards: 23",
            b"Call-ID: ltgtruri.1" + NONCE + b"@192.0.2.5",
            b"CSeq: 1 INVITE",
            _via(),  # the RFC's Via has no branch
            b"Contact: <sip:caller@host5.example.net>",
            b"Content-Type: application/sdp",
            b"Content-Length: 159",
            body=_sdp(b"127.0.0.5", timing=b"3149328700 0"),
        ),
        # "reasonable always to reject ... with a 400 Bad Request. Elements attempting to be
        # liberal ... may choose to ignore the brackets."
        allow(400, *INVITE_OK, ring=True, drop=True),
    ),
    TortureMessage(
        "lwsruri",
        "3.1.2.8",
        "Malformed SIP Request-URI (embedded LWS)",
        False,
        _msg(
            b"INVITE sip:user@" + TARGET + b"; lr SIP/2.0",
            b"To: sip:user@example.com;tag=3xfe-9921883-z9f",
            b"From: sip:caller@example.net;tag=231413434",
            b"Max-Forwards: 5",
            b"Call-ID: lwsruri.asdfasdoeoi2323-asdfwrn23-asd834rk423" + NONCE,
            b"CSeq: 2130706432 INVITE",
            _via(b";branch=z9hG4bKkdjuw2395" + NONCE),
            b"Contact: <sip:caller@host1.example.net>",
            b"Content-Type: application/sdp",
            b"Content-Length: 159",
            body=_sdp(b"127.0.0.1", timing=b"3149328700 0"),
        ),
        # "should respond with a 400 Bad Request. An element could attempt to ignore the
        # embedded LWS": then it is a mid-dialog INVITE (To tag) for no dialog, 481.
        allow(400, 481, drop=True),
    ),
    TortureMessage(
        "lwsstart",
        "3.1.2.9",
        "Multiple SP Separating Request-Line Elements",
        False,
        _msg(
            b"INVITE  sip:user@" + TARGET + b"  SIP/2.0",
            b"Max-Forwards: 8",
            b"To: sip:user@example.com",
            b"From: sip:caller@example.net;tag=8814",
            b"Call-ID: lwsstart.dfknq234oi243099adsdfnawe3" + NONCE + b"@example.com",
            b"CSeq: 1893884 INVITE",
            _via(b";branch=z9hG4bKkdjuw3923" + NONCE),
            b"Contact: <sip:caller@host1.example.net>",
            b"Content-Type: application/sdp",
            b"Content-Length: 150",
            body=_sdp(b"127.0.0.1"),
        ),
        # "acceptable to reject this request as malformed. An element that is liberal in what
        # it accepts may ignore these extra SP characters".
        allow(400, *INVITE_OK, ring=True, drop=True),
    ),
    TortureMessage(
        "trws",
        "3.1.2.10",
        "SP Characters at End of Request-Line",
        False,
        _msg(
            b"OPTIONS sip:remote-target@" + TARGET + b" SIP/2.0  ",
            _via(b";branch=z9hG4bK299342093" + NONCE),
            b"To: <sip:remote-target@example.com>",
            b"From: <sip:local-resource@example.com>;tag=329429089",
            b"Call-ID: trws.oicu34958239neffasdhr2345r" + NONCE,
            b"Accept: application/sdp",
            b"CSeq: 238923 OPTIONS",
            b"Max-Forwards: 70",
            b"Content-Length: 0",
        ),
        # "acceptable to reject this request as malformed ... may ignore these extra SP".
        allow(400, 200, drop=True),
    ),
    TortureMessage(
        "escruri",
        "3.1.2.11",
        "Escaped Headers in SIP Request-URI",
        False,
        _msg(
            b"INVITE sip:user@" + TARGET + b"?Route=%3Csip:example.com%3E SIP/2.0",
            b"To: sip:user@example.com",
            b"From: sip:caller@example.net;tag=341518",
            b"Max-Forwards: 7",
            b"Contact: <sip:caller@host39923.example.net>",
            b"Call-ID: escruri.23940-asdfhj-aje3br-234q098w-fawerh2q-h4n5" + NONCE,
            b"CSeq: 149209342 INVITE",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Content-Type: application/sdp",
            b"Content-Length: 150",
            body=_sdp(b"127.0.0.1"),
        ),
        # "acceptable ... to reject this request with a 400 Bad Request. An element could
        # choose to be liberal in what it accepts and ignore the escaped headers."
        allow(400, *INVITE_OK, ring=True, drop=True),
    ),
    TortureMessage(
        "baddate",
        "3.1.2.12",
        "Invalid Time Zone in Date Header Field",
        False,
        _msg(
            b"INVITE sip:user@" + TARGET + b" SIP/2.0",
            b"To: sip:user@example.com",
            b"From: sip:caller@example.net;tag=2234923",
            b"Max-Forwards: 70",
            b"Call-ID: baddate.239423mnsadf3j23lj42--sedfnm234" + NONCE,
            b"CSeq: 1392934 INVITE",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Date: Fri, 01 Jan 2010 16:00:00 EST",
            b"Contact: <sip:caller@host5.example.net>",
            b"Content-Type: application/sdp",
            b"Content-Length: 150",
            body=_sdp(b"127.0.0.5"),
        ),
        # "An element receiving this request could choose to reject it with a 400 Bad Request,
        # or it could treat the Date header field as if it were absent" (and process it).
        allow(400, *INVITE_OK, ring=True, drop=True),
    ),
    TortureMessage(
        "regbadct",
        "3.1.2.13",
        "Failure to Enclose name-addr URI in <>",
        False,
        _msg(
            b"REGISTER sip:" + TARGET + b" SIP/2.0",
            b"To: sip:user@example.com",
            b"From: sip:user@example.com;tag=998332",
            b"Max-Forwards: 70",
            b"Call-ID: regbadct.k345asrl3fdbv" + NONCE + b"@10.0.0.1",
            b"CSeq: 1 REGISTER",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Contact: sip:user@example.com?Route=%3Csip:sip.example.com%3E",
            b"l: 0",
        ),
        # "reasonable ... to respond with a 400 Bad Request. An element choosing to be liberal
        # ... could infer the angle brackets": then the REGISTER meets a UA that is no
        # registrar (405/501).
        allow(400, *NOT_HERE, drop=True),
    ),
    TortureMessage(
        "badaspec",
        "3.1.2.14",
        "Spaces within addr-spec",
        False,
        _msg(
            b"OPTIONS sip:user@" + TARGET + b" SIP/2.0",
            _via(b";branch=z9hG4bKkdju43234" + NONCE),
            b"Max-Forwards: 70",
            b'From: "Bell, Alexander" <sip:a.g.bell@example.com>;tag=433423',
            b'To: "Watson, Thomas" < sip:t.watson@example.org >',
            b"Call-ID: badaspec.sdf0234n2nds0a099u23h3hnnw009cdkne3" + NONCE,
            b"Accept: application/sdp",
            b"CSeq: 3923239 OPTIONS",
            b"l: 0",
        ),
        # "Parsers receiving this request must not break. It is reasonable to reject this
        # request with a 400 Bad Request response. Elements attempting to be liberal may ignore
        # the spaces."
        allow(400, 200, drop=True),
    ),
    TortureMessage(
        "baddn",
        "3.1.2.15",
        "Non-token Characters in Display Name",
        False,
        _msg(
            b"OPTIONS sip:t.watson@" + TARGET + b" SIP/2.0",
            b"Via:     SIP/2.0/" + TRANSPORT + b" " + LOCAL + b";rport;branch=z9hG4bKkdjuw" + NONCE,
            b"Max-Forwards:      70",
            b"From:    Bell, Alexander <sip:a.g.bell@example.com>;tag=43",
            b"To:      Watson, Thomas <sip:t.watson@example.org>",
            b"Call-ID: baddn.31415" + NONCE + b"@c.example.com",
            b"Accept: application/sdp",
            b"CSeq:    3923239 OPTIONS",
            b"l: 0",
        ),
        # "reasonable always to reject this kind of error with a 400 Bad Request response. An
        # element may attempt to be liberal in what it receives and infer the missing quotes."
        allow(400, 200, drop=True),
    ),
    TortureMessage(
        "badvers",
        "3.1.2.16",
        "Unknown Protocol Version",
        False,
        _msg(
            b"OPTIONS sip:t.watson@" + TARGET + b" SIP/7.0",
            b"Via:     SIP/7.0/" + TRANSPORT + b" " + LOCAL + b";rport;branch=z9hG4bKkdjuw" + NONCE,
            b"Max-Forwards:     70",
            b"From:    A. Bell <sip:a.g.bell@example.com>;tag=qweoiqpe",
            b"To:      T. Watson <sip:t.watson@example.org>",
            b"Call-ID: badvers.31417" + NONCE + b"@c.example.com",
            b"CSeq:    1 OPTIONS",
            b"l: 0",
        ),
        # "should respond to the request with a 505 Version Not Supported error"; a parser that
        # cannot read SIP/7.0 at all rejects it (400) or cannot answer a SIP/7.0 Via (drop).
        allow(505, 400, drop=True),
    ),
    TortureMessage(
        "mismatch01",
        "3.1.2.17",
        "Start Line and CSeq Method Mismatch",
        False,
        _msg(
            b"OPTIONS sip:user@" + TARGET + b" SIP/2.0",
            b"To: sip:j.user@example.com",
            b"From: sip:caller@example.net;tag=34525",
            b"Max-Forwards: 6",
            b"Call-ID: mismatch01.dj0234sxdfl3" + NONCE,
            b"CSeq: 8 INVITE",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"l: 0",
        ),
        allow(400, drop=True),  # "Any element receiving this request will respond with a 400"
    ),
    TortureMessage(
        "mismatch02",
        "3.1.2.18",
        "Unknown Method with CSeq Method Mismatch",
        False,
        _msg(
            b"NEWMETHOD sip:user@" + TARGET + b" SIP/2.0",
            b"To: sip:j.user@example.com",
            b"From: sip:caller@example.net;tag=34525",
            b"Max-Forwards: 6",
            b"Call-ID: mismatch02.dj0234sxdfl3" + NONCE,
            b"CSeq: 8 INVITE",
            b"Contact: <sip:caller@host.example.net>",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Content-Type: application/sdp",
            b"l: 138",
            body=_lines(
                b"v=0",
                b"o=mhandley 29739 7272939 IN IP4 127.0.0.1",
                b"c=IN IP4 127.0.0.1",
                b"m=audio 49217 RTP/AVP 0 12",
                b"m=video 3227 RTP/AVP 31",
                b"a=rtpmap:31 LPC",
            ),
        ),
        # "should respond with a 501 Not Implemented. A 400 Bad Request is also acceptable";
        # 405 is the UA's form of "not here". Never treated as the INVITE its CSeq claims.
        allow(501, 400, 405, drop=True),
    ),
    TortureMessage(
        "bigcode",
        "3.1.2.19",
        "Overlarge Response Code",
        False,
        _msg(
            b"SIP/2.0 4294967301 better not break the receiver",
            b"Via: SIP/2.0/" + TRANSPORT + b" " + LOCAL + b";branch=z9hG4bK2398ndaoe" + NONCE,
            b"Call-ID: bigcode.asdof3uj203asdnf3429uasdhfas3ehjasdfas9i" + NONCE,
            b"CSeq: 353494 INVITE",
            b"From: <sip:user@example.com>;tag=39ansfi3",
            b"To: <sip:user@example.edu>;tag=902jndnke3",
            b"Content-Length: 0",
            b"Contact: <sip:user@host105.example.com>",
        ),
        allow(drop=True),  # "An element receiving this response should simply drop it."
        request=False,
    ),
]

# -- 3.2 transaction layer, 3.3 application layer, 3.4 backward compatibility -------------

_SEMANTIC: list[TortureMessage] = [
    TortureMessage(
        "badbranch",
        "3.2.1",
        "Missing Transaction Identifier",
        False,
        _msg(
            b"OPTIONS sip:user@" + TARGET + b" SIP/2.0",
            b"To: sip:user@example.com",
            b"From: sip:caller@example.org;tag=33242",
            b"Max-Forwards: 3",
            _via(b";branch=z9hG4bK"),  # the point: the magic cookie and no identifier
            b"Accept: application/sdp",
            b"Call-ID: badbranch.sadonfo23i420jv0as0derf3j3n" + NONCE,
            b"CSeq: 8 OPTIONS",
            b"l: 0",
        ),
        # "could reject the request with a 400 Response ... or it could fall back to the RFC
        # 2543-style transaction identifier" (and answer the OPTIONS).
        allow(400, 200, drop=True),
    ),
    TortureMessage(
        "insuf",
        "3.3.1",
        "Missing Required Header Fields",
        False,
        _msg(
            b"INVITE sip:user@" + TARGET + b" SIP/2.0",
            b"CSeq: 193942 INVITE",
            _via(b";branch=z9hG4bKkdj.insuf" + NONCE),
            b"Content-Type: application/sdp",
            b"l: 152",
            body=_sdp(b"127.0.0.95"),
        ),
        # No Call-ID, From or To: "must not break ... Ideally, it will respond with a 400";
        # a stack that cannot build a response without them drops it. Never rings.
        allow(400, drop=True),
    ),
    TortureMessage(
        "unkscm",
        "3.3.2",
        "Request-URI with Unknown Scheme",
        True,
        _msg(
            b"OPTIONS nobodyKnowsThisScheme:totallyopaquecontent SIP/2.0",
            b"To: sip:user@example.com",
            b"From: sip:caller@example.net;tag=384",
            b"Max-Forwards: 3",
            b"Call-ID: unkscm.nasdfasser0q239nwsdfasdkl34" + NONCE,
            b"CSeq: 3923423 OPTIONS",
            _via(b";branch=z9hG4bKkdjuw39234" + NONCE),
            b"Content-Length: 0",
        ),
        # "A parser must accept this as a well-formed SIP request. An element receiving this
        # request will reject it with a 416 Unsupported URI Scheme response."
        allow(416),
    ),
    TortureMessage(
        "novelsc",
        "3.3.3",
        "Request-URI with Known but Atypical Scheme",
        True,
        _msg(
            b"OPTIONS soap.beep://" + TARGET + b" SIP/2.0",
            b"To: sip:user@example.com",
            b"From: sip:caller@example.net;tag=384",
            b"Max-Forwards: 3",
            b"Call-ID: novelsc.asdfasser0q239nwsdfasdkl34" + NONCE,
            b"CSeq: 3923423 OPTIONS",
            _via(b";branch=z9hG4bKkdjuw39234" + NONCE),
            b"Content-Length: 0",
        ),
        # "appropriate to treat it as unknown and return a 416 ... If the element might accept
        # some URIs with this scheme, then a 404 Not Found".
        allow(416, 404),
    ),
    TortureMessage(
        "unksm2",
        "3.3.4",
        "Unknown URI Schemes in Header Fields",
        True,
        _msg(
            b"REGISTER sip:" + TARGET + b" SIP/2.0",
            b"To: isbn:2983792873",
            b"From: <http://www.example.com>;tag=3234233",
            b"Call-ID: unksm2.daksdj" + NONCE + b"@hyphenated-host.example.com",
            b"CSeq: 234902 REGISTER",
            b"Max-Forwards: 70",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Contact: <name:John_Smith>",
            b"l: 0",
        ),
        # "Parsers must not fail ... A registrar would reject this request with a 400"; this UA
        # is no registrar (405/501).
        allow(400, *NOT_HERE),
    ),
    TortureMessage(
        "bext01",
        "3.3.5",
        "Proxy-Require and Require",
        True,
        _msg(
            b"OPTIONS sip:user@" + TARGET + b" SIP/2.0",
            b"To: sip:j_user@example.com",
            b"From: sip:caller@example.net;tag=242etr",
            b"Max-Forwards: 6",
            b"Call-ID: bext01.0ha0isndaksdj" + NONCE,
            b"Require: nothingSupportsThis, nothingSupportsThisEither",
            b"Proxy-Require: noProxiesSupportThis, norDoAnyProxiesSupportThis",
            b"CSeq: 8 OPTIONS",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Content-Length: 0",
        ),
        # A UAS must answer 420 Bad Extension for a Require it does not support (RFC 3261
        # 8.2.2.3). A 200 here would be a UA ignoring Require: not allowed.
        allow(420),
    ),
    TortureMessage(
        "invut",
        "3.3.6",
        "Unknown Content-Type",
        True,
        _msg(
            b"INVITE sip:user@" + TARGET + b" SIP/2.0",
            b"Contact: <sip:caller@host5.example.net>",
            b"To: sip:j.user@example.com",
            b"From: sip:caller@example.net;tag=8392034",
            b"Max-Forwards: 70",
            b"Call-ID: invut.0ha0isndaksdjadsfij34n23d" + NONCE,
            b"CSeq: 235448 INVITE",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Content-Type: application/unknownformat",
            b"Content-Length: 40",
            body=_lines(b"<audio>", b' <pcmu port="443"/>', b"</audio>"),
        ),
        # "An endpoint receiving this request would reject it with a 415 Unsupported Media
        # Type error"; 488 (no acceptable session description) says the same thing.
        allow(415, 488),
    ),
    TortureMessage(
        "regaut01",
        "3.3.7",
        "Unknown Authorization Scheme",
        True,
        _msg(
            b"REGISTER sip:" + TARGET + b" SIP/2.0",
            b"To: sip:j.user@example.com",
            b"From: sip:j.user@example.com;tag=87321hj23128",
            b"Max-Forwards: 8",
            b"Call-ID: regaut01.0ha0isndaksdj" + NONCE,
            b"CSeq: 9338 REGISTER",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Authorization: NoOneKnowsThisScheme opaque-data=here",
            b"Content-Length:0",
        ),
        # "Endpoints choosing not to act as registrars will simply reject the request. A 405
        # Method Not Allowed is appropriate."
        allow(*NOT_HERE),
    ),
    TortureMessage(
        "multi01",
        "3.3.8",
        "Multiple Values in Single Value Required Fields",
        False,
        _msg(
            b"INVITE sip:user@" + TARGET + b" SIP/2.0",
            b"Contact: <sip:caller@host25.example.net>",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Max-Forwards: 70",
            b"CSeq: 5 INVITE",
            b"Call-ID: multi01.98asdh" + NONCE + b"@192.0.2.1",
            b"CSeq: 59 INVITE",
            b"Call-ID: multi01.98asdh" + NONCE + b"@192.0.2.2",
            b"From: sip:caller@example.com;tag=3413415",
            b"To: sip:user@example.com",
            b"To: sip:other@example.net",
            b"From: sip:caller@example.net;tag=2923420123",
            b"Content-Type: application/sdp",
            b"l: 154",
            b"Contact: <sip:caller@host36.example.net>",
            b"Max-Forwards: 5",
            body=_sdp(b"127.0.0.25") + CRLF,
        ),
        # "must not break. An element receiving this request would respond with a 400".
        allow(400, drop=True),
    ),
    TortureMessage(
        "mcl01",
        "3.3.9",
        "Multiple Content-Length Values",
        False,
        _msg(
            b"OPTIONS sip:user@" + TARGET + b" SIP/2.0",
            _via(b";branch=z9hG4bK293423" + NONCE),
            b"To: sip:user@example.com",
            b"From: sip:other@example.net;tag=3923942",
            b"Call-ID: mcl01.fhn2323orihawfdoa3o4r52o3irsdf" + NONCE,
            b"CSeq: 15932 OPTIONS",
            b"Content-Length: 13",
            b"Max-Forwards: 60",
            b"Content-Length: 5",
            b"Content-Type: text/plain",
            body=_lines(b"There's no way to know how many octets are supposed to be here.", b""),
        ),
        # "should respond with an error ... over UDP ... the remainder of the datagram can
        # simply be discarded. If a request like this arrives over TCP, the framing error is not
        # recoverable, and the connection should be closed." Never a 200.
        allow(400, drop=True),
    ),
    TortureMessage(
        "bcast",
        "3.3.10",
        "200 OK Response with Broadcast Via Header Field Value",
        True,
        _msg(
            b"SIP/2.0 200 OK",
            b"Via: SIP/2.0/" + TRANSPORT + b" " + LOCAL + b";branch=z9hG4bK1324923" + NONCE,
            b"Via: SIP/2.0/UDP 255.255.255.255;branch=z9hG4bK1saber23",
            b"Call-ID: bcast.0384840201234ksdfak3j2erwedfsASdf" + NONCE,
            b"CSeq: 35 INVITE",
            b"From: sip:user@example.com;tag=11141343",
            b"To: sip:user@example.edu;tag=2229",
            b"Content-Length: 154",
            b"Content-Type: application/sdp",
            b"Contact: <sip:user@host28.example.com>",
            body=_sdp(b"127.0.0.198"),
        ),
        # "an endpoint receiving this message should simply discard it" (and must not ACK it
        # towards, or send anything to, the broadcast address).
        allow(drop=True),
        request=False,
    ),
    TortureMessage(
        "zeromf",
        "3.3.11",
        "Max-Forwards of Zero",
        True,
        _msg(
            b"OPTIONS sip:user@" + TARGET + b" SIP/2.0",
            b"To: sip:user@example.com",
            b"From: sip:caller@example.net;tag=3ghsd41",
            b"Call-ID: zeromf.jfasdlfnm2o2l43r5u0asdfas" + NONCE,
            b"CSeq: 39234321 OPTIONS",
            _via(b";branch=z9hG4bKkdjuw2349i" + NONCE),
            b"Max-Forwards: 0",
            b"Content-Length: 0",
        ),
        # Max-Forwards 0 stops forwarding, not the target: a UAS "should process the request"
        # (200); 483 Too Many Hops is what an element that would forward it says.
        allow(200, 483),
    ),
    TortureMessage(
        "cparam01",
        "3.3.12",
        "REGISTER with a Contact Header Parameter",
        True,
        _msg(
            b"REGISTER sip:" + TARGET + b" SIP/2.0",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Max-Forwards: 70",
            b"From: sip:watson@example.com;tag=DkfVgjkrtMwaerKKpe",
            b"To: sip:watson@example.com",
            b"Call-ID: cparam01.70710" + NONCE + b"@saturn.example.com",
            b"CSeq: 2 REGISTER",
            b"Contact: sip:+19725552222@gw1.example.net;unknownparam",
            b"l: 0",
        ),
        allow(*NOT_HERE),  # well formed; "This REGISTER should succeed" at a registrar
    ),
    TortureMessage(
        "cparam02",
        "3.3.13",
        "REGISTER with a url-parameter",
        True,
        _msg(
            b"REGISTER sip:" + TARGET + b" SIP/2.0",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Max-Forwards: 70",
            b"From: sip:watson@example.com;tag=838293",
            b"To: sip:watson@example.com",
            b"Call-ID: cparam02.70710" + NONCE + b"@saturn.example.com",
            b"CSeq: 3 REGISTER",
            b"Contact: <sip:+19725552222@gw1.example.net;unknownparam>",
            b"l: 0",
        ),
        allow(*NOT_HERE),
    ),
    TortureMessage(
        "regescrt",
        "3.3.14",
        "REGISTER with a URL Escaped Header",
        True,
        _msg(
            b"REGISTER sip:" + TARGET + b" SIP/2.0",
            b"To: sip:user@example.com",
            b"From: sip:user@example.com;tag=8",
            b"Max-Forwards: 70",
            b"Call-ID: regescrt.k345asrl3fdbv" + NONCE + b"@192.0.2.1",
            b"CSeq: 14398234 REGISTER",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"M: <sip:user@example.com?Route=%3Csip:sip.example.com%3E>",
            b"L:0",
        ),
        allow(*NOT_HERE),
    ),
    TortureMessage(
        "sdp01",
        "3.3.15",
        "Unacceptable Accept Offering",
        True,
        _msg(
            b"INVITE sip:user@" + TARGET + b" SIP/2.0",
            b"To: sip:j_user@example.com",
            b"Contact: <sip:caller@host15.example.net>",
            b"From: sip:caller@example.net;tag=234",
            b"Max-Forwards: 5",
            b"Call-ID: sdp01.ndaksdj9342dasdd" + NONCE,
            b"Accept: text/nobodyKnowsThis",
            b"CSeq: 8 INVITE",
            _via(b";branch=z9hG4bKkdjuw" + NONCE),
            b"Content-Length: 150",
            b"Content-Type: application/sdp",
            body=_sdp(b"127.0.0.5"),
        ),
        # The RFC expects a 406 Not Acceptable (no answer body it may send). Ringing is also
        # within RFC 3261 (a 180 needs no body; the test never lets it reach a 200 with SDP),
        # as are the generic INVITE refusals.
        allow(406, *INVITE_OK, ring=True),
    ),
    TortureMessage(
        "inv2543",
        "3.4.1",
        "INVITE with RFC 2543 Syntax",
        True,
        _msg(
            b"INVITE sip:UserB@" + TARGET + b" SIP/2.0",
            b"Via: SIP/2.0/" + TRANSPORT + b" " + LOCAL + b";rport",  # no branch, as the RFC
            b"From: <sip:+13035551111@ift.client.example.net;user=phone>",
            b"Record-Route: <sip:UserB@example.com;maddr=ss1.example.com>",
            b"To: sip:+16505552222@ss1.example.net;user=phone",
            b"Call-ID: inv2543.1717" + NONCE + b"@ift.client.example.com",
            b"CSeq: 56 INVITE",
            b"Content-Type: application/sdp",
            body=_lines(
                b"v=0",
                b"o=mhandley 29739 7272939 IN IP4 127.0.0.5",
                b"s=-",
                b"c=IN IP4 127.0.0.5",
                b"t=0 0",
                b"m=audio 49217 RTP/AVP 0",
            ),
        ),
        # UDP: "should be accepted by RFC 3261 elements that want to maintain backwards
        # compatibility" (no branch, no From tag, no Content-Length, no Max-Forwards). It is a
        # "should" for those who want it: ringing, or a 400 from a strict RFC 3261 stack.
        allow(400, *INVITE_OK, ring=True),
        # TCP: no Content-Length on a stream is a framing error (RFC 3261 18.3: MUST): the
        # stack cannot know where the message ends.
        tcp=allow(400, *INVITE_OK, ring=True, drop=True),
    ),
]


# -- malformed SDP in otherwise valid INVITEs --------------------------------------------------

_SDP_HEAD = (
    b"v=0",
    b"o=- 1 1 IN IP4 127.0.0.1",
    b"s=-",
    b"c=IN IP4 127.0.0.1",
    b"t=0 0",
)
_AUDIO = (b"m=audio 40000 RTP/AVP 8 0", b"a=rtpmap:8 PCMA/8000", b"a=rtpmap:0 PCMU/8000")


def sdp_invite(
    body: bytes,
    *,
    content_length: int | None = None,
    content_type: bytes = b"application/sdp",
    user: bytes = b"+390612345678",
    tag: bytes = b"sdp1",
) -> bytes:
    """A well-formed INVITE carrying `body`; `content_length` overrides the true length."""
    length = len(body) if content_length is None else content_length
    return _msg(
        b"INVITE sip:agent@" + TARGET + b" SIP/2.0",
        _via(b";branch=z9hG4bK" + NONCE),
        b"Max-Forwards: 70",
        b'From: "Torture" <sip:' + user + b"@" + LOCAL + b">;tag=" + tag,
        b"To: <sip:agent@" + TARGET + b">",
        b"Call-ID: " + NONCE + b"@torture.invalid",
        b"CSeq: 1 INVITE",
        b"Contact: <sip:" + user + b"@" + LOCAL + b">",
        b"Content-Type: " + content_type,
        b"Content-Length: %d" % length,
        body=body,
    )


def _garbage(size: int, seed: int) -> bytes:
    """Deterministic binary noise (a linear congruential sequence: no `random` state)."""
    out, state = bytearray(), seed
    for _ in range(size):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(state >> 16 & 0xFF)
    return bytes(out)


def _big_sdp(size: int) -> bytes:
    lines = [*_SDP_HEAD, *_AUDIO]
    filler = b"a=x-filler:" + b"0123456789abcdef" * 4
    while sum(len(line) + 2 for line in lines) < size:
        lines.append(filler)
    return _lines(*lines)


def _sdp_case(
    name: str,
    title: str,
    body: bytes,
    allowed: Allowed | None = None,
    tcp: Allowed | None = None,
    udp_ok: bool = True,
    **invite: object,
) -> TortureMessage:
    return TortureMessage(
        name,
        "sdp",
        title,
        False,
        sdp_invite(body, **invite),  # type: ignore[arg-type]
        allowed or allow(*SDP_REFUSED, ring=True),
        tcp=tcp,
        udp_ok=udp_ok,
    )


_REFUSED = allow(*SDP_REFUSED)  # cases no stack can turn into a call
_FORMATS_2000 = b" ".join(b"%d" % (96 + n % 32) for n in range(2000))

_SDP_CASES: list[TortureMessage] = [
    _sdp_case("sdp-no-version", "SDP without v=", _lines(*_SDP_HEAD[1:], *_AUDIO)),
    _sdp_case(
        "sdp-bad-c-address",
        "c= with an address that is none",
        _lines(*_SDP_HEAD[:3], b"c=IN IP4 999.300.1.-1", b"t=0 0", *_AUDIO),
    ),
    _sdp_case(
        "sdp-c-hostname",
        "c= with an unresolvable host name",
        _lines(*_SDP_HEAD[:3], b"c=IN IP4 no-such-host.invalid", b"t=0 0", *_AUDIO),
    ),
    _sdp_case(
        "sdp-port-70000",
        "m= port above 65535",
        _lines(*_SDP_HEAD, b"m=audio 70000 RTP/AVP 8", b"a=rtpmap:8 PCMA/8000"),
    ),
    _sdp_case(
        "sdp-port-negative",
        "m= port -1",
        _lines(*_SDP_HEAD, b"m=audio -1 RTP/AVP 8", b"a=rtpmap:8 PCMA/8000"),
    ),
    _sdp_case("sdp-no-media", "no m= line at all", _lines(*_SDP_HEAD), _REFUSED),
    _sdp_case(
        "sdp-m-no-formats",
        "m= with no formats",
        _lines(*_SDP_HEAD, b"m=audio 40000 RTP/AVP"),
        _REFUSED,
    ),
    _sdp_case(
        "sdp-2000-formats",
        "m= with 2,000 payload types (an 8 KB INVITE)",
        _lines(*_SDP_HEAD, b"m=audio 40000 RTP/AVP 8 " + _FORMATS_2000, b"a=rtpmap:8 PCMA/8000"),
        # TCP: bigger than the stack's receive buffer (pjsip: PJSIP_MAX_PKT_LEN) may be
        # discarded unanswered; a datagram that size is cut to the buffer and refused.
        tcp=allow(*SDP_REFUSED, 413, 513, ring=True, drop=True),
    ),
    _sdp_case(
        "sdp-unknown-codecs",
        "only codecs nobody has",
        _lines(
            *_SDP_HEAD,
            b"m=audio 40000 RTP/AVP 96 97",
            b"a=rtpmap:96 X-NOPE/8000",
            b"a=rtpmap:97 X-NEVER/16000/2",
        ),
        _REFUSED,
    ),
    _sdp_case(
        "sdp-rtpmap-garbage",
        "a=rtpmap lines that are garbage",
        _lines(
            *_SDP_HEAD,
            b"m=audio 40000 RTP/AVP 8 96",
            b"a=rtpmap:8",
            b"a=rtpmap:96 /////",
            b"a=rtpmap:abc PCMA/notanumber/x",
            b"a=rtpmap:",
            b"a=fmtp:96 " + b"=" * 300,
        ),
    ),
    _sdp_case(
        "sdp-cl-short",
        "Content-Length shorter than the body",
        _lines(*_SDP_HEAD, *_AUDIO),
        content_length=40,
    ),
    _sdp_case(
        "sdp-cl-long",
        "Content-Length longer than the body",
        _lines(*_SDP_HEAD, *_AUDIO),
        allow(*SDP_REFUSED, drop=True),  # UDP: 400 (or dropped); never a call from half a body
        tcp=allow(*SDP_REFUSED, drop=True),  # TCP: the stack waits for octets that never come
        content_length=400,
    ),
    _sdp_case("sdp-binary", "binary garbage as the body", _garbage(600, 4475), _REFUSED),
    _sdp_case(
        "sdp-64k",
        "a 64 KB SDP (TCP only: too big for a datagram)",
        _big_sdp(64 * 1024),
        # Bigger than any sane SIP packet buffer: refused, or the connection dropped.
        allow(*SDP_REFUSED, 413, 513, drop=True, ring=True),
        udp_ok=False,
    ),
    _sdp_case(
        "sdp-unknown-media-only",
        "several m= lines, all of unknown media",
        _lines(
            *_SDP_HEAD,
            b"m=hologram 40000 RTP/AVP 96",
            b"a=rtpmap:96 HOLO/90000",
            b"m=smell 40002 UDP/XYZ 1",
            b"m=x-unknown 40004 TCP/WHATEVER *",
        ),
        _REFUSED,
    ),
    _sdp_case(
        "sdp-ipv6-connection",
        "c=IN IP6 on an IPv4-only engine",
        _lines(*_SDP_HEAD[:3], b"c=IN IP6 2001:db8::1", b"t=0 0", b"m=audio 40000 RTP/AVP 8"),
    ),
    _sdp_case("sdp-no-origin", "no o= line", _lines(_SDP_HEAD[0], *_SDP_HEAD[2:], *_AUDIO)),
    _sdp_case("sdp-no-connection", "no c= anywhere", _lines(*_SDP_HEAD[:3], b"t=0 0", *_AUDIO)),
    _sdp_case(
        "sdp-version-9",
        "v=9 (an SDP version nobody speaks)",
        _lines(b"v=9", *_SDP_HEAD[1:], *_AUDIO),
    ),
    _sdp_case(
        "sdp-bad-proto",
        "m= with an unknown transport protocol",
        _lines(*_SDP_HEAD, b"m=audio 40000 RTP/XYZZY 8", b"a=rtpmap:8 PCMA/8000"),
        _REFUSED,
    ),
    _sdp_case(
        "sdp-all-ports-zero",
        "every stream disabled (port 0)",
        _lines(*_SDP_HEAD, b"m=audio 0 RTP/AVP 8", b"m=audio 0 RTP/AVP 0"),
        _REFUSED,
    ),
    _sdp_case(
        "sdp-nul-bytes",
        "NUL and control bytes inside SDP lines",
        _lines(
            *_SDP_HEAD,
            b"m=audio 40000 RTP/AVP 8\x00 0",
            b"a=rtpmap:8 PC\x00MA/8000",
            b"a=\x01\x02\x03\x1b[31m",
        ),
    ),
    _sdp_case(
        "sdp-huge-line",
        "a 3,000-octet attribute",
        _lines(*_SDP_HEAD, *_AUDIO, b"a=x-long:" + b"A" * 3000),
    ),
    _sdp_case(
        "sdp-bare-lf",
        "SDP with bare LF line ends",
        b"\n".join([*_SDP_HEAD, *_AUDIO]) + b"\n",
    ),
    _sdp_case(
        "sdp-wrong-type",
        "a valid SDP labelled text/html",
        _lines(*_SDP_HEAD, *_AUDIO),
        allow(415, 488, 400, ring=True),  # no SDP offer: refused, or a late-offer call
        content_type=b"text/html",
    ),
]


RFC4475: tuple[TortureMessage, ...] = (*_VALID, *_INVALID, *_SEMANTIC)
MALFORMED_SDP: tuple[TortureMessage, ...] = tuple(_SDP_CASES)
CORPUS: tuple[TortureMessage, ...] = (*RFC4475, *MALFORMED_SDP)

# Found by `softphone bench sip-fuzz` (seed 4475, message 2914: a mutated sdp-all-ports-zero)
# and minimised. pjsip 2.15.1 accepts a remote disabled stream without c= (pjproject #1625),
# answers it with a copy of the offer's media (#964), then finds its own answer invalid and
# asserts (sdp_neg.c create_answer: status==PJ_SUCCESS): the process aborts inside pjsua, before
# the app hears of the call. One datagram, no credentials. Not in CORPUS: never send these to an
# engine in a process you need (tests send them to a peer process).
FATAL: tuple[TortureMessage, ...] = (
    _sdp_case(
        "sdp-disabled-stream-no-c",
        "a live stream with c=, a disabled one (port 0) without, no session-level c=",
        _lines(
            b"v=0",
            b"o=- 1 1 IN IP4 127.0.0.1",
            b"s=-",
            b"t=0 0",
            b"m=audio 40000 RTP/AVP 0",
            b"c=IN IP4 127.0.0.1",
            b"m=audio 0 RTP/AVP 8",
        ),
        # RFC 4566 wants a c= per stream or for the session, so 400/488 is right; pjsip's
        # leniency (#1625) would also make ringing acceptable. An abort is neither.
        allow(*SDP_REFUSED, ring=True),
    ),
)


def kills_pjsip(message: bytes) -> bool:
    """Does the message carry SDP of the FATAL shape? (No session-level c=, every live stream
    with its own c=, at least one c= in some stream, and a disabled stream without one.) The
    test errs towards yes: the fuzz bench uses it to step around the known crash."""
    split = re.search(rb"\r?\n\r?\n", message)
    if split is None:
        return False
    session_c, media = False, []  # media: [port, has c=]
    for line in re.split(rb"\r\n|\n|\r", message[split.end() :]):
        if line.startswith(b"m="):
            fields = line[2:].split(b" ")
            digits = re.match(rb"\d+", fields[1]) if len(fields) > 1 else None
            media.append([int(digits.group()) if digits else -1, False])
        elif line.startswith(b"c="):
            if media:
                media[-1][1] = True
            else:
                session_c = True
    return (
        not session_c
        and any(has_c for _, has_c in media)
        and all(has_c for port, has_c in media if port != 0)
        and any(port == 0 and not has_c for port, has_c in media)
    )


def by_name(name: str) -> TortureMessage:
    return next(m for m in CORPUS if m.name == name)


# -- well-formed messages: the liveness probe and seeds for mutation ----------------------------


def options(nonce: str) -> bytes:
    """A plain OPTIONS (template): the liveness probe."""
    return _msg(
        b"OPTIONS sip:agent@" + TARGET + b" SIP/2.0",
        _via(b";branch=z9hG4bK" + NONCE),
        b"Max-Forwards: 70",
        b"From: <sip:probe@" + LOCAL + b">;tag=probe",
        b"To: <sip:agent@" + TARGET + b">",
        b"Call-ID: probe-" + NONCE + b"@torture.invalid",
        b"CSeq: 1 OPTIONS",
        b"Accept: application/sdp",
        b"Content-Length: 0",
    ).replace(NONCE, nonce.encode())


VALID_INVITE = sdp_invite(_lines(*_SDP_HEAD, *_AUDIO, b"a=sendrecv"))
VALID_OPTIONS = _msg(
    b"OPTIONS sip:agent@" + TARGET + b" SIP/2.0",
    _via(b";branch=z9hG4bK" + NONCE),
    b"Max-Forwards: 70",
    b"From: <sip:caller@" + LOCAL + b">;tag=o1",
    b"To: <sip:agent@" + TARGET + b">",
    b"Call-ID: " + NONCE + b"@torture.invalid",
    b"CSeq: 1 OPTIONS",
    b"Content-Length: 0",
)


# -- reading what comes back ---------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    status: int
    raw: bytes
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    def header(self, name: str) -> str:
        wanted = {name.lower(), _COMPACT_OF.get(name.lower(), name.lower())}
        return next((v for k, v in self.headers if k.lower() in wanted), "")


_COMPACT_OF = {"call-id": "i", "from": "f", "to": "t", "via": "v", "cseq": "cseq"}
_CONTENT_LENGTH = re.compile(rb"^(?:content-length|l)[ \t]*:[ \t]*(\d+)", re.I | re.M)


def parse_response(data: bytes) -> Response | None:
    """A response's status and headers (unfolded), or None for anything else."""
    head = data.split(b"\r\n\r\n", 1)[0]
    lines = head.split(b"\r\n")
    parts = lines[0].split(b" ", 2)
    if len(parts) < 2 or parts[0] != b"SIP/2.0" or not parts[1].isdigit():
        return None
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        text = line.decode("utf-8", "replace")
        if text[:1] in (" ", "\t") and headers:
            name, value = headers[-1]
            headers[-1] = (name, f"{value} {text.strip()}")
            continue
        name, sep, value = text.partition(":")
        if sep:
            headers.append((name.strip(), value.strip()))
    return Response(int(parts[1]), data, tuple(headers))


def split_stream(buffer: bytes) -> tuple[list[bytes], bytes]:
    """Complete messages at the front of a stream buffer (framed by Content-Length, as RFC 3261
    18.3 requires on streams) and what is left over. Keep-alive CRLFs are skipped."""
    messages = []
    while True:
        buffer = buffer.lstrip(b"\r\n")
        end = buffer.find(b"\r\n\r\n")
        if end < 0:
            return messages, buffer
        match = _CONTENT_LENGTH.search(buffer[:end])
        length = int(match.group(1)) if match else 0
        total = end + 4 + length
        if len(buffer) < total:
            return messages, buffer
        messages.append(buffer[:total])
        buffer = buffer[total:]


def ack_for(response: Response, request_uri: str) -> bytes:
    """The ACK of a non-2xx final response to our INVITE: same transaction (the response's top
    Via, which is ours), the To with the UAS's tag (RFC 3261 17.1.1.3)."""
    via = response.header("Via").split(",", 1)[0]
    cseq = response.header("CSeq").split(" ", 1)[0]
    return _msg(
        f"ACK {request_uri} SIP/2.0".encode(),
        f"Via: {via}".encode(),
        b"Max-Forwards: 70",
        f"From: {response.header('From')}".encode(),
        f"To: {response.header('To')}".encode(),
        f"Call-ID: {response.header('Call-ID')}".encode(),
        f"CSeq: {cseq} ACK".encode(),
        b"Content-Length: 0",
    )


def request_uri(message: bytes) -> str:
    """The Request-URI of a request as sent ("" if the start line has none)."""
    parts = message.split(b"\r\n", 1)[0].split(b" ")
    return parts[1].decode("utf-8", "replace") if len(parts) >= 3 else ""
