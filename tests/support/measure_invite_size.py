"""The largest INVITE that rings, measured on the real engine (issue 20, point 2).

    .venv/bin/python -m tests.support.measure_invite_size            # straight to the engine
    .venv/bin/python -m tests.support.measure_invite_size --kamailio # through a Kamailio proxy

Sends INVITEs of a chosen size from a socket on loopback (over UDP, then over TCP), padded in a
header just before the body, and bisects for the largest that reaches the engine as a ringing
call; prints JSON. Through Kamailio the engine registers with it over that transport and the
INVITE is sent to Kamailio for the registered user (the proxy adds its Via and Record-Route).
"""

from __future__ import annotations

import argparse
import json
import socket
from collections.abc import Callable

from sip.config import AccountConfig, EngineConfig
from sip.engine import SipEngine
from tests.support.kamailio import Kamailio
from tests.support.large_invite import invite
from tests.support.sip_peer import EventLog

USERS = {"UDP": "1001", "TCP": "1002"}
PASSWORD = "measure-pw"


def largest(rings: Callable[[int], bool], low: int = 1000, high: int = 70_000) -> int:
    assert rings(low), f"even {low} bytes do not ring"
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if rings(middle) else (low, middle)
    return low


def measure(through_kamailio: bool) -> dict[str, int]:
    events = EventLog()
    engine = SipEngine(EngineConfig.loopback(tcp_port=0), events.add)
    started = engine.start()
    ports = {kind: int(address.rsplit(":", 1)[1]) for kind, address in started.transports}
    proxy = (
        Kamailio(users=dict.fromkeys(USERS.values(), PASSWORD), require_invite_auth=False)
        if through_kamailio
        else None
    )
    results: dict[str, int] = {}
    try:
        if proxy is not None:
            proxy.start()
        for transport in ("UDP", "TCP"):
            account, user = f"a-{transport.lower()}", USERS[transport]
            if proxy is not None:
                engine.add_account(
                    AccountConfig(id=account, username=user, password=PASSWORD,
                                  domain=f"127.0.0.1:{proxy.port}",
                                  transport=transport.lower(), keepalive_s=0)  # type: ignore[arg-type]
                ).result(5)  # fmt: skip
                events.wait("RegistrationChanged", lambda e, a=account: e.account_id == a
                            and e.registered, timeout=10)  # fmt: skip
                target_port = proxy.port
            else:
                engine.add_account(
                    AccountConfig(id=account, username=user,
                                  domain=f"127.0.0.1:{ports[transport.lower()]}", register=False)
                ).result(5)  # fmt: skip
                target_port = ports[transport.lower()]

            def rings(
                size: int, transport: str = transport, port: int = target_port, user: str = user
            ) -> bool:
                if transport == "UDP":
                    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                    sock.bind(("127.0.0.1", 0))
                else:
                    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                with sock:
                    local = sock.getsockname()[1]
                    message, call_id = invite(port, local, transport, size, user=user)
                    if transport == "UDP":
                        sock.sendto(message, ("127.0.0.1", port))
                    else:
                        sock.sendall(message)
                    try:
                        ringing = events.wait(
                            "IncomingCall", lambda e: e.sip_call_id == call_id, timeout=2
                        )
                    except TimeoutError:
                        return False
                    engine.reject(ringing.call_id, 486).result(5)
                    return True

            results[transport.lower()] = largest(rings, high=65_000)
    finally:
        engine.stop()
        if proxy is not None:
            proxy.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kamailio", action="store_true", help="through a Kamailio proxy")
    args = parser.parse_args()
    result = measure(args.kamailio)
    print(json.dumps({"through": "kamailio" if args.kamailio else "engine", **result}))


if __name__ == "__main__":
    main()
