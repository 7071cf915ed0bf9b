"""The hostile-SIP corpus and the fuzz bench's mutator, without an engine."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from softphone.bench.sip_mutations import MUTATIONS, mutate
from tests.support import torture_corpus as tc


def _addressed(message: tc.TortureMessage, transport: str = "udp") -> bytes:
    return tc.address(message.template, "127.0.0.1:5070", "127.0.0.1:40001", transport, "n0nce")


def test_every_placeholder_is_replaced_and_requests_go_to_the_target() -> None:
    for message in (*tc.CORPUS, *tc.FATAL):
        data = _addressed(message, "tcp")
        assert b"{{" not in data, message.name
        if message.request and message.name != "unkscm":  # an opaque URI has no host
            assert b"127.0.0.1:5070" in data.split(b"\r\n", 1)[0], message.name
        if message.request and message.name not in ("insuf", "badbranch"):
            assert b"n0nce" in data, message.name  # answers can be told apart


def test_the_rfc_content_lengths_are_kept_and_right_where_the_rfc_is_right() -> None:
    # Bodies were rewritten 192.0.2.N -> 127.0.0.N (same length): the RFC's values still fit.
    wrong_on_purpose = {"clerr", "ncl", "mcl01", "dblreq", "inv2543"}
    for message in tc.RFC4475:
        if message.name in wrong_on_purpose or not message.request:
            continue
        head, _, body = _addressed(message).partition(b"\r\n\r\n")
        lengths = [
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().replace(b" ", b"").startswith((b"content-length:", b"l:"))
        ]
        assert lengths == [len(body)], message.name
    assert b"Content-Length: 553" in tc.by_name("mpart01").template  # the RFC's, exactly


def test_line_endings_are_the_rfcs() -> None:
    for message in tc.RFC4475:
        # No bare LF anywhere in the head: every line ends CRLF as in the RFC.
        head = message.template.split(b"\r\n\r\n", 1)[0]
        assert b"\n" not in head.replace(b"\r\n", b""), message.name
    assert tc.by_name("trws").template.split(b"\r\n", 1)[0].endswith(b"SIP/2.0  ")


def test_split_stream_frames_by_content_length() -> None:
    one = b"SIP/2.0 200 OK\r\nCall-ID: a\r\nContent-Length: 4\r\n\r\nbody"
    two = b"SIP/2.0 486 Busy\r\ni: b\r\nl: 0\r\n\r\n"
    partial = b"SIP/2.0 180 Ringing\r\nContent-Length: 10\r\n\r\nabc"
    messages, rest = tc.split_stream(b"\r\n" + one + two + partial)
    assert messages == [one, two]
    assert rest == partial


def test_parse_response_unfolds_and_knows_compact_names() -> None:
    response = tc.parse_response(
        b"SIP/2.0 486 Busy Here\r\nv: SIP/2.0/UDP 127.0.0.1:4;branch=z9hG4bKx\r\n"
        b"f: <sip:a@b>;tag=1\r\nt: <sip:c@d>\r\n ;tag=2\r\ni: id1\r\nCSeq: 7 INVITE\r\n\r\n"
    )
    assert response is not None and response.status == 486
    assert response.header("Call-ID") == "id1"
    assert response.header("To") == "<sip:c@d> ;tag=2"
    ack = tc.ack_for(response, "sip:agent@127.0.0.1:5070")
    assert ack.startswith(b"ACK sip:agent@127.0.0.1:5070 SIP/2.0\r\n")
    assert b"CSeq: 7 ACK\r\n" in ack and b"branch=z9hG4bKx" in ack and b";tag=2" in ack
    assert tc.parse_response(b"INVITE sip:x SIP/2.0\r\n\r\n") is None


def test_the_known_fatal_shape_is_recognised_and_no_corpus_message_has_it() -> None:
    """The fuzz bench steps around FATAL with kills_pjsip(); the torture test sends the corpus
    to an engine in its own process, so no corpus message may have the shape."""
    assert tc.FATAL and all(tc.kills_pjsip(m.template) for m in tc.FATAL)
    assert not any(tc.kills_pjsip(_addressed(m)) for m in tc.CORPUS)
    well_formed = tc.by_name("sdp-all-ports-zero").template  # session c=: harmless
    assert not tc.kills_pjsip(well_formed)


def test_mutation_is_reproducible_from_the_seed() -> None:
    seeds = [m.template for m in tc.CORPUS[:10]]
    first = [mutate(s, random.Random(7)) for s in seeds]
    again = [mutate(s, random.Random(7)) for s in seeds]
    assert first == again
    assert any(a != s for a, s in zip(first, seeds, strict=True))


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.__name__)
def test_every_mutation_copes_with_any_input(mutation: object) -> None:
    rng = random.Random(1)
    for data in (b"", b"x", b"\r\n\r\n", tc.VALID_INVITE, tc.by_name("longreq").template):
        out = mutation(data, rng)  # type: ignore[operator]
        assert isinstance(out, bytes)


def test_the_fuzz_bench_reads_the_checkouts_corpus() -> None:
    from softphone.bench import sip_fuzz

    assert Path(tc.__file__).resolve() == sip_fuzz.CORPUS_FILE
    assert sip_fuzz.load_corpus() is tc  # the tests' own, not a second copy
    assert len(sip_fuzz.seeds(tc)) == len(tc.CORPUS) + 30


def test_without_the_corpus_the_fuzz_bench_says_so_and_sends_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As from an installed package, which has no tests/ (tests/packaging checks the wheel)."""
    from softphone.bench import commands, sip_fuzz
    from softphone.cli import build_parser

    monkeypatch.setattr(sip_fuzz, "CORPUS_FILE", tmp_path / "tests/support/torture_corpus.py")
    monkeypatch.delitem(sys.modules, sip_fuzz.CORPUS_MODULE)
    args = build_parser().parse_args(["bench", "sip-fuzz", "--messages", "1", "--warmup", "0"])
    assert commands.run(args) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert "tests/support/torture_corpus.py" in out.err and "checkout" in out.err
