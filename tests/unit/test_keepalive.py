"""The registrar keepalive (sip.keepalive): its parsing, and its rounds against a UDP server on
loopback that answers or keeps quiet as told; tests/integration/test_sip_interop.py probes a
real Kamailio with it."""

from __future__ import annotations

import queue
import re
import socket
import threading
from collections.abc import Callable, Iterator

import pytest

from sip import keepalive
from sip.keepalive import RegistrarWatch, is_answer, options_request, probe_target


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


class Registrar:
    """A UDP server on 127.0.0.1 that answers an OPTIONS with 200 when `answers(n)` says so for
    the n-th request it gets (counted from 1)."""

    def __init__(self, answers: Callable[[int], bool]) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.answers = answers
        self.requests: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                datagram, peer = self.sock.recvfrom(65535)
            except OSError:
                return  # closed
            self.requests.append(datagram)
            found = re.search(rb"^Call-ID: (\S+)", datagram, re.MULTILINE)
            if found and self.answers(len(self.requests)):
                self.sock.sendto(_response(found.group(1).decode()), peer)

    def close(self) -> None:
        self.sock.close()


RegistrarFor = Callable[[Callable[[int], bool]], Registrar]


@pytest.fixture
def registrar_for() -> Iterator[RegistrarFor]:
    """Registrars that answer as told, closed when the test ends."""
    made: list[Registrar] = []

    def make(answers: Callable[[int], bool]) -> Registrar:
        made.append(Registrar(answers))
        return made[-1]

    yield make
    for registrar in made:
        registrar.close()


@pytest.fixture
def fast_rounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keepalive, "RETRANSMIT_S", (0.05, 0.05, 0.05))
    monkeypatch.setattr(keepalive, "RECHECK_S", 0.05)


@pytest.fixture
def reports() -> Iterator[tuple[RegistrarWatch, queue.Queue[tuple[str, bool]]]]:
    got: queue.Queue[tuple[str, bool]] = queue.Queue()
    watch = RegistrarWatch("127.0.0.1", lambda key, answered: got.put((key, answered)))
    yield watch, got
    watch.stop()


def test_a_registrar_that_answers_is_reported_alive_each_round(
    fast_rounds: None,
    reports: tuple[RegistrarWatch, queue.Queue[tuple[str, bool]]],
    registrar_for: RegistrarFor,
) -> None:
    watch, got = reports
    registrar = registrar_for(lambda n: True)
    assert watch.watch("a", f"sip:127.0.0.1:{registrar.port}", "sip:1001@pbx", 0.05)
    assert [got.get(timeout=5) for _ in range(3)] == [("a", True)] * 3
    assert registrar.requests[0].startswith(b"OPTIONS sip:127.0.0.1:")


def test_one_unanswered_round_is_tried_again_soon_and_not_reported(
    fast_rounds: None,
    reports: tuple[RegistrarWatch, queue.Queue[tuple[str, bool]]],
    registrar_for: RegistrarFor,
) -> None:
    """A lost datagram or two is not a dead registrar: only two silent rounds in a row are."""
    watch, got = reports
    registrar = registrar_for(lambda n: n > 3)  # the first round's three sends go unanswered
    watch.watch("a", f"sip:127.0.0.1:{registrar.port}", "sip:1001@pbx", 60)
    # (the first round comes after the interval: start it now)
    with watch._changed:
        watch._watched["a"].due = 0
        watch._changed.notify_all()
    assert got.get(timeout=5) == ("a", True)
    assert len(registrar.requests) == 4  # three unanswered, then the recheck's first


def test_a_registrar_silent_for_two_rounds_is_reported_silent_then_alive_again(
    fast_rounds: None,
    reports: tuple[RegistrarWatch, queue.Queue[tuple[str, bool]]],
    registrar_for: RegistrarFor,
) -> None:
    watch, got = reports
    registrar = registrar_for(lambda n: n > 6)
    watch.watch("a", f"sip:127.0.0.1:{registrar.port}", "sip:1001@pbx", 0.05)
    assert got.get(timeout=5) == ("a", False)
    assert len(registrar.requests) == 6
    assert got.get(timeout=5) == ("a", True)


def dual_stack_resolver(monkeypatch: pytest.MonkeyPatch, names: dict[str, list[str]]) -> None:
    """Names resolve as a dual-stack host's resolver would: IPv6 addresses first, when any
    family is asked for. Only the answer is made up: the sockets and datagrams are real."""
    real = socket.getaddrinfo

    def resolve(host: str, port: int, family: int = 0, *args: object) -> list[tuple]:
        if host not in names:
            return real(host, port, family, *args)  # type: ignore[arg-type]
        found = []
        for address in names[host]:
            v6 = ":" in address
            if family in (0, socket.AF_INET6 if v6 else socket.AF_INET):
                found.append(
                    (socket.AF_INET6 if v6 else socket.AF_INET, socket.SOCK_DGRAM, 17, "",
                     (address, port, 0, 0) if v6 else (address, port))
                )  # fmt: skip
        if not found:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return found

    monkeypatch.setattr(keepalive.socket, "getaddrinfo", resolve)


def test_a_name_is_probed_in_the_transports_family(
    fast_rounds: None,
    reports: tuple[RegistrarWatch, queue.Queue[tuple[str, bool]]],
    monkeypatch: pytest.MonkeyPatch,
    registrar_for: RegistrarFor,
) -> None:
    """The engine's UDP transport is IPv4, and so is the registrar it registers with: the probe
    goes there, not to the IPv6 address the name has too."""
    watch, got = reports
    registrar = registrar_for(lambda n: True)
    dual_stack_resolver(monkeypatch, {"pbx.test": ["::1", "127.0.0.1"]})
    watch.watch("a", f"sip:pbx.test:{registrar.port}", "sip:1001@pbx", 0.05)
    assert got.get(timeout=5) == ("a", True)


def test_each_address_of_the_name_is_tried_in_turn(
    fast_rounds: None,
    reports: tuple[RegistrarWatch, queue.Queue[tuple[str, bool]]],
    monkeypatch: pytest.MonkeyPatch,
    registrar_for: RegistrarFor,
) -> None:
    watch, got = reports
    registrar = registrar_for(lambda n: True)  # on 127.0.0.1; nothing listens on 127.0.0.2
    dual_stack_resolver(monkeypatch, {"pbx.test": ["127.0.0.2", "127.0.0.1"]})
    watch.watch("a", f"sip:pbx.test:{registrar.port}", "sip:1001@pbx", 0.05)
    assert got.get(timeout=5) == ("a", True)


def test_a_probe_that_fails_unexpectedly_does_not_end_the_watch(
    fast_rounds: None,
    reports: tuple[RegistrarWatch, queue.Queue[tuple[str, bool]]],
    monkeypatch: pytest.MonkeyPatch,
    registrar_for: RegistrarFor,
) -> None:
    watch, got = reports
    registrar = registrar_for(lambda n: True)
    real = RegistrarWatch._probe_address
    failures = iter([ValueError("filedescriptor out of range in select()")])

    def flaky(self: RegistrarWatch, *args: object) -> bool:
        for exc in failures:
            raise exc
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(RegistrarWatch, "_probe_address", flaky)
    watch.watch("a", f"sip:127.0.0.1:{registrar.port}", "sip:1001@pbx", 0.05)
    assert got.get(timeout=5) == ("a", True)  # the failed round was rechecked, and answered


def test_unwatching_and_stopping_end_the_rounds(
    fast_rounds: None,
    reports: tuple[RegistrarWatch, queue.Queue[tuple[str, bool]]],
    registrar_for: RegistrarFor,
) -> None:
    watch, got = reports
    registrar = registrar_for(lambda n: True)
    watch.watch("a", f"sip:127.0.0.1:{registrar.port}", "sip:1001@pbx", 0.05)
    assert got.get(timeout=5) == ("a", True)
    watch.unwatch("a")
    while not got.empty():
        got.get()
    sent = len(registrar.requests)
    watch.stop()
    assert watch._thread is not None and not watch._thread.is_alive()
    assert len(registrar.requests) <= sent + 1  # at most the round that was under way
