"""Is the registrar still there? An OPTIONS "ping" to each UDP registrar, from a socket of its own.

Over UDP nothing tells a phone that its registrar has gone: pjsip learns it at the next REGISTER
refresh, minutes later, and a registrar that restarted in between (its location table empty)
sends the agent no calls until then, while the phone shows "registered". TCP and TLS accounts
do not need this: a dropped connection is seen at once (SipEngine._on_transport_state).

`RegistrarWatch` runs one thread that, for each watched account, sends an OPTIONS without a
user part (answered by registrars and proxies, e.g. Kamailio's "200 Keepalive"; any response
counts, even a 404 or 405: the server is alive) every `interval_s`, retransmitted after 0.5, 1
and 2 s. A round that nothing answers is tried again after RECHECK_S; only when that fails too
(one lost datagram is not a dead registrar) is the account reported silent. Every round that
is answered is reported. Only a response on the watch's socket with the probe's Call-ID and a
SIP status line counts: stray or forged datagrams from elsewhere are ignored. The registrar's
name is resolved in the address family of the engine's UDP transport (IPv4 unless it is bound
to an IPv6 address), and each address it has is tried in turn. Name resolution and the waits
happen on this thread, never on the SIP engine's.
"""

from __future__ import annotations

import logging
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sip import stateless

log = logging.getLogger(__name__)

RETRANSMIT_S = stateless.RETRANSMIT_S  # waits after each send: unanswered after 3.5 s is none
RECHECK_S = 2.0  # after an unanswered round, the next comes this soon (or at the interval)
MISSES = 2  # unanswered rounds in a row before the registrar is reported silent
_HOST_PORT = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?\Z")

Report = Callable[[str, bool], None]  # (account id, answered)


@dataclass
class _Watched:
    key: str
    host: str
    port: int
    from_uri: str
    interval_s: float
    due: float
    misses: int = 0


def probe_target(uri: str) -> tuple[str, int] | None:
    """(host, port) to probe for a registrar or proxy URI ("sip:pbx.example.org:5080;lr",
    "<sip:10.0.0.5>", "pbx.example.org"), or None when it is not one."""
    text = uri.strip().strip("<>").strip()
    lowered = text.lower()
    if lowered.startswith("sips:"):
        return None  # TLS: not a UDP registrar
    if lowered.startswith("sip:"):
        text = text[4:]
    text = text.split(";", 1)[0].split("?", 1)[0]
    if "@" in text:
        text = text.rsplit("@", 1)[1]
    match = _HOST_PORT.match(text)
    if match is None:
        return None
    host, port = match.group(1).strip("[]"), int(match.group(2) or 5060)
    return (host, port) if 0 < port < 65536 else None


def options_request(host: str, port: int, from_uri: str, local: tuple[str, int], call_id: str,
                    branch: str, tag: str) -> bytes:  # fmt: skip
    shown_host = f"[{host}]" if ":" in host else host
    shown_local = f"[{local[0]}]" if ":" in local[0] else local[0]
    return (
        f"OPTIONS sip:{shown_host}:{port} SIP/2.0\r\n"
        f"Via: SIP/2.0/UDP {shown_local}:{local[1]};branch=z9hG4bK{branch};rport\r\n"
        "Max-Forwards: 70\r\n"
        f"From: <{from_uri}>;tag={tag}\r\n"
        f"To: <sip:{shown_host}:{port}>\r\n"
        f"Call-ID: {call_id}\r\n"
        "CSeq: 1 OPTIONS\r\n"
        "Accept: application/sdp\r\n"
        "Content-Length: 0\r\n\r\n"
    ).encode()


def is_answer(datagram: bytes, call_id: str) -> bool:
    """A SIP response to the probe with this Call-ID (provisional or final, any code)."""
    return stateless.status(datagram) is not None and stateless.call_id(datagram) == call_id.encode(
        "ascii"
    )


class RegistrarWatch:
    def __init__(self, bind_address: str, report: Report) -> None:
        self._family, self._bind_address = stateless.sending_side(bind_address)
        self._report = report
        self._watched: dict[str, _Watched] = {}
        self._changed = threading.Condition()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def watch(self, key: str, uri: str, from_uri: str, interval_s: float) -> bool:
        """Start pinging the registrar or proxy at `uri` for account `key`; False if `uri`
        names no UDP server. The first probe goes after one interval (the REGISTER that the
        account sends first says whether the server is there now)."""
        target = probe_target(uri)
        if target is None:
            return False
        with self._changed:
            self._watched[key] = _Watched(
                key, target[0], target[1], from_uri, interval_s, time.monotonic() + interval_s
            )
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="sip-registrar-watch", daemon=True
                )
                self._thread.start()
            self._changed.notify_all()
        return True

    def unwatch(self, key: str) -> None:
        with self._changed:
            self._watched.pop(key, None)
            self._changed.notify_all()

    def stop(self, timeout: float = 5.0) -> None:
        with self._changed:
            self._stopping = True
            self._watched.clear()
            self._changed.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def _run(self) -> None:  # the watch thread
        while True:
            with self._changed:
                while not self._stopping:
                    now = time.monotonic()
                    due = [w for w in self._watched.values() if w.due <= now]
                    if due:
                        break
                    wait = min((w.due - now for w in self._watched.values()), default=None)
                    self._changed.wait(wait)
                if self._stopping:
                    return
                watched = due[0]
            try:
                answered = self._probe(watched)
            except Exception:  # the thread must go on: the next round may do better
                log.exception("registrar watch: probing %s failed", watched.host)
                answered = False
            with self._changed:
                if self._watched.get(watched.key) is not watched or self._stopping:
                    continue  # unwatched (the account went) while the probe was out
                watched.misses = 0 if answered else watched.misses + 1
                recheck = 0 < watched.misses < MISSES
                pause = min(RECHECK_S, watched.interval_s) if recheck else watched.interval_s
                watched.due = time.monotonic() + pause
            if recheck:
                continue
            try:
                self._report(watched.key, answered)
            except Exception:
                log.exception("registrar watch: reporting failed")

    def _probe(self, watched: _Watched) -> bool:
        """One round: True if any of the registrar's addresses answers."""
        try:
            infos = socket.getaddrinfo(
                watched.host, watched.port, self._family, socket.SOCK_DGRAM, socket.IPPROTO_UDP
            )
        except (OSError, UnicodeError) as exc:
            log.info("registrar %s does not resolve: %s", watched.host, exc)
            return False
        addresses = list(dict.fromkeys(info[4] for info in infos))
        return any(self._probe_address(watched, address) for address in addresses)

    def _probe_address(self, watched: _Watched, address: tuple[Any, ...]) -> bool:
        call_id = secrets.token_hex(12)
        branch, tag = secrets.token_hex(8), secrets.token_hex(4)
        try:
            answer = stateless.exchange(
                self._family,
                self._bind_address,
                address,  # connected: only datagrams from the server's address are read
                lambda local: options_request(
                    watched.host, watched.port, watched.from_uri, local, call_id, branch, tag
                ),
                lambda datagram: is_answer(datagram, call_id),
                waits=RETRANSMIT_S,
                stopping=lambda: self._stopping,
            )
        except OSError as exc:
            log.info("registrar %s (%s) unreachable: %s", watched.host, address[0], exc)
            return False
        return answer is not None
