"""Engine and account configuration: plain data, validated before it reaches pjsua2."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

Transport = Literal["udp", "tcp", "tls"]
SrtpPolicy = Literal["off", "optional", "mandatory"]

# What PBXs and carriers speak: G.722 wideband first, then G.711 (A-law is Europe's PSTN
# default). The wheel's other codecs (Speex, iLBC, GSM, L16) stay disabled: PBXs rarely offer
# them, and Speex garbled audio after an attended transfer in our tests.
DEFAULT_CODECS = ("G722/16000/1", "PCMA/8000/1", "PCMU/8000/1")
_TOKEN = re.compile(r"^[A-Za-z0-9!%'*+._`~-]+$")  # an RFC 3261 header-name token


class SipConfigError(ValueError):
    pass


def is_header_name(name: str) -> bool:
    """True for a name a SIP header can have (an RFC 3261 token)."""
    return _TOKEN.fullmatch(name) is not None  # fullmatch: "$" would let a final \n through


@dataclass(frozen=True)
class TlsSettings:
    ca_file: str = ""  # a private CA to trust; "" uses the system store of the TLS library
    cert_file: str = ""  # our certificate, for a TLS listener
    key_file: str = ""
    verify_server: bool = True  # on by default: never trust an unverified PBX with personal data
    verify_client: bool = False


@dataclass(frozen=True)
class EngineConfig:
    bind_address: str = "0.0.0.0"
    udp_port: int | None = 5060  # None: no UDP transport; 0: any free port
    tcp_port: int | None = None
    tls_port: int | None = None
    tls: TlsSettings = field(default_factory=TlsSettings)
    rtp_port: int = 4000  # 0: any free port (tests)
    public_address: str = ""  # an address to advertise instead of the bound one
    null_audio: bool = False  # no sound card: the null device (servers, tests)
    microphone_wav: str = ""  # play this WAV (looped) as the microphone; tests and the demo
    ringtone_wav: str = ""
    codecs: tuple[str, ...] = DEFAULT_CODECS  # enabled, in order of preference
    user_agent: str = "ContactSoftphone"
    # Headers of an incoming INVITE copied into IncomingCall.cti: the app names them (its IVR
    # settings, softphone.ivr); none by default.
    cti_headers: tuple[str, ...] = ()
    honour_auto_answer_headers: bool = True  # Call-Info answer-after / Alert-Info auto-answer
    monitor_header: str = "X-Softphone-Monitor"  # names a supervisor's listen-in session
    quality_interval_s: float = 5.0
    poll_ms: int = 10  # libHandleEvents timeout: the engine thread's latency budget
    log_level: int = 2  # pjsip's own log level (0-6), routed to Python logging
    # The first call handle: an engine restarted after a failure goes on above the old one's, so
    # the app never sees one handle name two calls (sip.supervised).
    first_call_id: int = 1

    @classmethod
    def loopback(cls, **overrides: Any) -> EngineConfig:
        """An engine on 127.0.0.1 with any free ports and no sound card: the demo caller, the
        benchmarks and the tests, which must never touch another network or a real device."""
        settings: dict[str, Any] = {
            "bind_address": "127.0.0.1",
            "udp_port": 0,
            "rtp_port": 0,
            "null_audio": True,
        }
        settings.update(overrides)
        return cls(**settings)

    def validate(self) -> None:
        for name in self.cti_headers:
            if not is_header_name(name):
                raise SipConfigError(f"not a SIP header name: {name!r}")
        if self.udp_port is None and self.tcp_port is None and self.tls_port is None:
            raise SipConfigError("at least one transport (UDP, TCP or TLS) is needed")


@dataclass(frozen=True)
class AccountConfig:
    id: str
    username: str  # the SIP user: "1001", "giulia.rossi"
    domain: str  # "pbx.example.org" or "127.0.0.1:5060"
    # handed in by the app from the keyring; never logged (not even in a repr)
    password: str = field(default="", repr=False)
    auth_username: str = ""
    display_name: str = ""
    registrar: str = ""  # "" with register=True: sip:<domain>
    outbound_proxy: str = ""
    transport: Transport = "udp"
    srtp: SrtpPolicy = "off"
    register: bool = True
    reg_expires_s: int = 300
    auto_answer: bool = False
    retry_min_s: float = 1.0  # re-registration backoff: min, doubling up to max
    retry_max_s: float = 60.0
    # Over UDP: ask the registrar (or outbound proxy) "are you there?" this often (sip.keepalive)
    # and register again as soon as it answers after a silence; 0 turns it off.
    keepalive_s: float = 30.0

    def validate(self) -> None:
        if not re.fullmatch(r"[A-Za-z0-9_.!~*'()&=+$,;?/%-]{1,128}", self.username):
            raise SipConfigError(f"not a SIP user name: {self.username!r}")
        if not re.fullmatch(r"[A-Za-z0-9.-]{1,253}(:\d{1,5})?|\[[0-9A-Fa-f:.]+\](:\d{1,5})?",
                            self.domain):  # fmt: skip
            raise SipConfigError(f"not a SIP domain: {self.domain!r}")
        if self.srtp == "mandatory" and self.transport != "tls":
            # SDES keys in the SDP of an unencrypted signalling channel protect nothing.
            raise SipConfigError("mandatory SRTP needs the TLS transport")
        if not 10 <= self.reg_expires_s <= 86400 and self.register:
            raise SipConfigError("registration expiry must be between 10 s and a day")
        if self.keepalive_s and not 1 <= self.keepalive_s <= 3600:
            raise SipConfigError("the registrar keepalive must be off (0) or 1 s to an hour")

    @property
    def uri(self) -> str:
        return f"sip:{self.username}@{self.domain}"

    def transport_param(self) -> str:
        return "" if self.transport == "udp" else f";transport={self.transport}"
