"""What the engine tells the app: frozen, past-tense dataclasses, safe to pass between threads.

They are built on the engine thread from copies of pjsua2 data (never references to it) and
handed to the listener, which must return quickly and must not call pjsua2.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from sip.dialog import Dialog, Early


class RegistrationFailure(enum.Enum):
    NONE = "none"
    AUTH = "auth"  # 401/407: the registrar did not accept the credentials
    FORBIDDEN = "forbidden"  # 403
    NOT_FOUND = "not_found"  # 404: unknown user or domain
    TIMEOUT = "timeout"  # 408 or no answer at all
    DNS = "dns"  # the registrar's name did not resolve
    TRANSPORT = "transport"  # connection refused, TLS handshake or certificate failure
    OTHER = "other"


class CallDirection(enum.Enum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class CallState(enum.Enum):
    CALLING = "calling"
    INCOMING = "incoming"
    EARLY = "early"  # ringing / session progress
    CONNECTING = "connecting"
    CONFIRMED = "confirmed"
    DISCONNECTED = "disconnected"


class MediaState(enum.Enum):
    NONE = "none"
    ACTIVE = "active"
    LOCAL_HOLD = "local_hold"
    REMOTE_HOLD = "remote_hold"
    ERROR = "error"


@dataclass(frozen=True)
class EngineStarted:
    user_agent: str
    transports: tuple[tuple[str, str], ...]  # (type, "host:port")
    codecs: tuple[str, ...]


@dataclass(frozen=True)
class EngineStopped:
    reason: str = ""


@dataclass(frozen=True)
class RegistrationChanged:
    account_id: str
    registered: bool
    code: int
    reason: str
    failure: RegistrationFailure
    expires_s: int = 0
    retry_in_s: float | None = None  # when the engine will try again by itself
    # When the engine saw it (time.monotonic_ns() in the engine's process: CLOCK_MONOTONIC is
    # the machine's, so the app compares it with its own); 0 when not from the engine itself.
    at_ns: int = 0


@dataclass(frozen=True)
class IncomingCall:
    """An INVITE arrived. The caller-supplied text fields are untrusted, already length-capped."""

    call_id: int  # the engine's handle, unique for the engine's life (not pjsua's slot index)
    account_id: str
    remote_uri: str
    display_name: str
    caller_user: str  # the user part of the From URI ("+390612345678", "1001")
    asserted_identity: str  # P-Asserted-Identity, "" when absent
    diversion: str  # Diversion, "" when absent
    cti: dict[str, str] = field(default_factory=dict)  # the configured CTI headers present
    sip_call_id: str = ""
    auto_answer: bool = False  # the engine answered it at once (a setting or a header asked)
    waiting: bool = False  # another call was already up: call waiting
    received_ns: int = 0  # time.monotonic_ns() when the engine got the INVITE
    # A supervisor's listen-in request names its session here (EngineConfig.monitor_header).
    # The engine neither rings for it nor answers it: the app verifies the session first.
    monitor_token: str = ""


@dataclass(frozen=True)
class CallStateChanged:
    call_id: int
    state: CallState
    direction: CallDirection
    code: int
    reason: str
    remote_uri: str
    connected_duration_s: float = 0.0
    sip_call_id: str = ""  # the dialog's Call-ID: how the store names this call


@dataclass(frozen=True)
class CallMediaChanged:
    call_id: int
    state: MediaState
    muted: bool
    in_conference: bool
    recording: str | None  # the WAV path while recording


@dataclass(frozen=True)
class DtmfReceived:
    call_id: int
    digit: str
    method: str  # "rfc4733" or "info"


@dataclass(frozen=True)
class TransferProgressed:
    call_id: int
    code: int
    reason: str
    final: bool


@dataclass(frozen=True)
class CallReplaced:
    """An attended transfer replaced one of our calls by a new one (the same remote party)."""

    old_call_id: int
    new_call_id: int


@dataclass(frozen=True)
class CallDialog:
    """What the supervisor needs to end the call at the far end if the engine's process dies
    (sip.dialog): the dialog once established (and each time its CSeq moves on), before that
    what ends it unanswered. The app's listener never gets it from a supervised engine."""

    call_id: int
    dialog: Dialog | None
    early: Early | None = None


@dataclass(frozen=True)
class CallQualityMeasured:
    call_id: int
    codec: str
    jitter_ms: float
    loss_percent: float
    rtt_ms: float | None
    mos: float


@dataclass(frozen=True)
class RecordingStopped:
    call_id: int
    path: str


@dataclass(frozen=True)
class EngineError:
    """A command or callback failed; the engine keeps running."""

    where: str
    message: str


@dataclass(frozen=True)
class EngineCrashed:
    """The engine's process died under the app (pjsip aborted on something it was sent, or it
    was killed). Its calls are gone: each got a CallStateChanged to DISCONNECTED just before
    this. With `restarting` the supervisor is starting a new one with the same accounts."""

    status: str  # "SIGABRT", "exit status 1"
    detail: str  # the last lines the process wrote to stderr (pjsip's assertion), for the log
    calls_lost: int
    restarting: bool


@dataclass(frozen=True)
class EngineRestarted:
    """A new engine process took over after EngineCrashed; its accounts are registering."""

    restarts: int  # restarts so far in this app's life
    transports: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class EngineGaveUp:
    """The supervisor will not start the engine again (it failed too often, or a new process
    could not start): no phone until the app is restarted. Not an engine's own EngineStopped,
    which a stop as asked sends too."""

    reason: str


@dataclass(frozen=True)
class CallTooLarge:
    """A call was lost or refused because its INVITE was larger than the engine can receive
    (sip.oversize): the caller got no answer, or 513. Fields from the caller are untrusted and
    "" when the cut came before them."""

    transport: str  # "UDP", "TCP" or "TLS"
    source: str  # host:port the request came from
    limit: int  # the largest message the engine takes, in bytes
    caller_user: str
    display_name: str
    sip_call_id: str
    answered: int = 0  # the status the caller got (513), 0 when none could be sent


SipEvent = (
    EngineStarted
    | EngineStopped
    | EngineCrashed
    | EngineRestarted
    | EngineGaveUp
    | RegistrationChanged
    | IncomingCall
    | CallStateChanged
    | CallMediaChanged
    | DtmfReceived
    | TransferProgressed
    | CallReplaced
    | CallTooLarge
    | CallDialog
    | CallQualityMeasured
    | RecordingStopped
    | EngineError
)
