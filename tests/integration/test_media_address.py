"""Media where the signalling is (issue 20, point 6): an engine on every interface (as the app
runs outside the demo) whose account talks to a registrar on 127.0.0.1 offers its audio on
127.0.0.1 too, not on the machine's external interface. The far end is a UDP socket that reads
the INVITE's SDP as it arrives."""

from __future__ import annotations

import socket

import pytest

from sip.config import AccountConfig, EngineConfig
from sip.engine import SipEngine
from sip.media_address import media_address_towards
from tests.support.sip_peer import EventLog


def external_address() -> str | None:
    """The address this machine would send from to a documentation-range host (no packet
    goes out), None without such a route."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 5060))
            return str(probe.getsockname()[0])
    except OSError:
        return None


def busy_for(request: bytes) -> bytes:
    """A 486 for a request, with its dialog headers, so the engine ends the call at once."""
    head = request.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    kept = [h for h in head[1:] if h.split(b":", 1)[0].strip().lower()
            in (b"via", b"from", b"to", b"call-id", b"cseq")]  # fmt: skip
    return b"\r\n".join([b"SIP/2.0 486 Busy Here", *kept, b"Content-Length: 0", b"", b""])


def test_media_address_follows_the_route_to_the_target() -> None:
    assert media_address_towards("sip:127.0.0.1:5070") == "127.0.0.1"
    assert media_address_towards("<sip:pbx@localhost;transport=tcp>") == "127.0.0.1"
    assert media_address_towards("sips:[::1]:5061") in ("::1", None)  # None: no IPv6 here
    assert media_address_towards("sip:pbx.example.org") is None  # a name: not resolved here
    assert media_address_towards("not a uri") is None


def test_an_engine_on_every_interface_offers_media_on_the_accounts_interface() -> None:
    external = external_address()
    if external is None or external.startswith("127."):
        pytest.skip("this machine has no interface besides loopback to tell apart")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as far_end:
        far_end.bind(("127.0.0.1", 0))
        far_end.settimeout(10)
        port = far_end.getsockname()[1]
        engine = SipEngine(EngineConfig.loopback(bind_address="0.0.0.0"), EventLog().add)
        engine.start()
        try:
            engine.add_account(
                AccountConfig(id="a", username="agent", domain=f"127.0.0.1:{port}",
                              register=False)
            ).result(5)  # fmt: skip
            engine.make_call("a", f"sip:customer@127.0.0.1:{port}").result(5)
            invite, sender = far_end.recvfrom(65535)
            far_end.sendto(busy_for(invite), sender)  # the call ends at once
        finally:
            engine.stop()
    assert invite.startswith(b"INVITE ")
    sdp = invite.split(b"\r\n\r\n", 1)[1].decode()
    connection = [line for line in sdp.splitlines() if line.startswith("c=")]
    assert connection == ["c=IN IP4 127.0.0.1"], sdp
    assert external not in sdp
