"""A call whose INVITE is too large for the engine reaches the agent as a missed call with the
caller's number, a status line and a log line (issue 20, point 2), in the real app (demo
mode: its engine in its own process, as it always runs). The INVITE comes from a UDP socket on
loopback."""

from __future__ import annotations

import logging
import socket

import pytest

from sip.oversize import MAX_PACKET
from softphone.app import AppController
from tests.support.app_driver import running
from tests.support.large_invite import CALLER, final_status, invite
from tests.support.qt_async import until

pytestmark = pytest.mark.timeout(90)


async def test_a_call_too_large_to_take_is_a_missed_call_the_agent_sees(
    app: AppController, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="softphone.calls")

    async with running(app, timeout=60):
        assert app.phone.telephony is not None and app.phone.calls is not None
        port = int(app.phone.telephony.local_uri.rsplit(":", 1)[1])
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.bind(("127.0.0.1", 0))
            sock.settimeout(10)
            size = MAX_PACKET + len("a=sendrecv\r\n")  # cut at the limit, on a line's end
            message, call_id = invite(port, sock.getsockname()[1], "UDP", size)
            sock.sendto(message, ("127.0.0.1", port))
            assert final_status(sock) == 513  # the caller is told, not left to time out
        await until(lambda: bool(app.phone.calls.recent()), 10)
        (missed,) = app.phone.calls.recent()
        assert (missed.kind, missed.number) == ("missed", CALLER)
        assert "could not be taken" in app.window.status.currentMessage()
        assert not app.window.incoming.isVisible()  # it never rang
        assert any(call_id in r.getMessage() for r in caplog.records)
