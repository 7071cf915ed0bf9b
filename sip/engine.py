"""The SIP engine: one thread owns pjsua2 for its whole life.

Threading (see shared/ARCHITECTURE.md and shared/SIP_LAB.md):
- The engine thread creates the Endpoint with threadCnt=0 and mainThreadOnly=True, so every
  pjsua2 callback runs on it. It loops libHandleEvents(poll_ms), drains the command queue and
  runs its timers. No other thread ever calls pjsua2.
- Commands from the app (any thread) are queued and return concurrent.futures.Future.
- Callbacks only copy data into frozen events (sip.events) and hand them to the listener, which
  runs on the engine thread and must return quickly (the app's bridge re-posts to its thread).
- Every Call, Account, player and recorder stays referenced here until pjsua2 is done with it;
  shutdown hangs up, pumps events, drops every reference, collects garbage, then destroys the
  library, all on this thread (anything still referenced at libDestroy aborts the process).
- No pjsua2 object leaves this thread, not even inside an exception: a failed command's error
  reaches the caller's thread without the engine's traceback, and logged failures carry theirs
  as text (`_detach`). Whichever thread drops the last reference to a Call finalises it, and a
  Call finalised after libDestroy makes pjsua assert (the process aborts).
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import itertools
import logging
import queue
import random
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pjsua2 as pj

from sip import oversize, sipmsg
from sip.config import AccountConfig, EngineConfig, SipConfigError
from sip.dialog import Tracker
from sip.engine_types import (
    AudioDevice,
    BridgePort,
    EngineNotRunning,
    Listener,
    SipCommandError,
)
from sip.events import (
    CallDialog,
    CallDirection,
    CallMediaChanged,
    CallQualityMeasured,
    CallReplaced,
    CallState,
    CallStateChanged,
    CallTooLarge,
    DtmfReceived,
    EngineError,
    EngineStarted,
    EngineStopped,
    IncomingCall,
    MediaState,
    RecordingStopped,
    RegistrationChanged,
    RegistrationFailure,
    SipEvent,
    TransferProgressed,
)
from sip.keepalive import RegistrarWatch
from sip.media_address import media_address_towards
from sip.quality import estimate_mos

log = logging.getLogger(__name__)
T = TypeVar("T")

LISTEN_MODES = ("monitor", "whisper", "barge")
TRANSPORT_LOSS_RETRY_S = 0.2  # a connection that dropped: register again this soon

_CALL_STATES = {
    pj.PJSIP_INV_STATE_CALLING: CallState.CALLING,
    pj.PJSIP_INV_STATE_INCOMING: CallState.INCOMING,
    pj.PJSIP_INV_STATE_EARLY: CallState.EARLY,
    pj.PJSIP_INV_STATE_CONNECTING: CallState.CONNECTING,
    pj.PJSIP_INV_STATE_CONFIRMED: CallState.CONFIRMED,
    pj.PJSIP_INV_STATE_DISCONNECTED: CallState.DISCONNECTED,
}
_TRANSPORT_TYPES = {
    "udp": pj.PJSIP_TRANSPORT_UDP,
    "tcp": pj.PJSIP_TRANSPORT_TCP,
    "tls": pj.PJSIP_TRANSPORT_TLS,
}
_SRTP = {
    "off": pj.PJMEDIA_SRTP_DISABLED,
    "optional": pj.PJMEDIA_SRTP_OPTIONAL,
    "mandatory": pj.PJMEDIA_SRTP_MANDATORY,
}
DTMF_DIGITS = frozenset("0123456789*#ABCDabcd")
MAX_CALLS = 8
# pjmedia_stream_dtmf_event_flags (pjmedia/stream.h); the binding does not export them.
_DTMF_IS_UPDATE, _DTMF_IS_END = 1, 2


UNREGISTER_WAIT_S = 3.0  # removing an account waits this long at most for the registrar


@dataclass
class _CallRecord:
    handle: int
    call: _Call
    account_id: str
    direction: CallDirection
    remote_uri: str = ""
    state: CallState = CallState.CALLING
    muted: bool = False
    media_state: MediaState = MediaState.NONE
    conference: int | None = None
    recorder: Any = None
    recording_path: str | None = None
    record_own_voice: bool = True
    players: list[Any] = field(default_factory=list)
    connected_at: float | None = None
    silent: bool = False  # a listen-in request: it never rings
    sip_call_id: str = ""
    listen_target: int | None = None  # a listen-in leg: the call it listens to
    listen_mode: str = ""  # "monitor", "whisper" or "barge"
    ends: Tracker | None = None  # what ends it from outside pjsip (sip.dialog)


class _LogWriter(pj.LogWriter):
    """pjsip's own log, into Python logging (engine thread). Each entry is also shown to
    `on_entry` (raw), which looks for what pjsip drops without another sign (sip.oversize)."""

    def __init__(self, on_entry: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self._on_entry = on_entry

    def write(self, entry: Any) -> None:
        level = {1: logging.ERROR, 2: logging.WARNING, 3: logging.INFO}.get(
            entry.level, logging.DEBUG
        )
        if self._on_entry is not None and entry.level <= 2:
            try:
                self._on_entry(str(entry.msg))
            except Exception:  # a log line must never take the engine down
                logging.getLogger(__name__).exception("pjsip log hook failed")
        # pjsip quotes what arrived from the network: undecodable bytes and control characters
        # are made printable, and a line is capped, before any log handler sees it.
        text = str(entry.msg).rstrip().encode("utf-8", "backslashreplace").decode("utf-8")
        text = "".join(
            ch if ch.isprintable() or ch in "\n\t" else f"\\x{ord(ch):02x}" for ch in text
        )
        logging.getLogger("pjsip").log(level, "%s", text[:2000])


class _Endpoint(pj.Endpoint):
    def __init__(self, engine: SipEngine) -> None:
        super().__init__()
        self._engine = engine

    def onTransportState(self, prm: Any) -> None:  # engine thread
        self._engine._guard("transport state", self._engine._on_transport_state, prm)

    def onRejectedIncomingCall(self, prm: Any) -> None:  # engine thread
        self._engine._guard("rejected call", self._engine._on_rejected_call, prm)


class _Account(pj.Account):
    def __init__(self, engine: SipEngine, config: AccountConfig) -> None:
        super().__init__()
        self.engine = engine
        self.config = config
        self.backoff_s = config.retry_min_s
        self.retry_timer: object | None = None
        self.registered = False
        self.registrar_silent = False  # its registrar did not answer the last keepalive

    def onRegState(self, prm: Any) -> None:  # engine thread
        self.engine._guard("onRegState", self.engine._on_reg_state, self, prm)

    def onIncomingCall(self, prm: Any) -> None:  # engine thread
        self.engine._guard("onIncomingCall", self.engine._on_incoming_call, self, prm)


class _Call(pj.Call):
    def __init__(self, engine: SipEngine, account: _Account, call_id: int | None = None) -> None:
        if call_id is None:
            super().__init__(account)
        else:
            super().__init__(account, call_id)
        self.engine = engine
        self.account = account
        self.handle = 0

    def onCallState(self, prm: Any) -> None:  # engine thread
        self.engine._guard("onCallState", self.engine._on_call_state, self, prm)

    def onCallMediaState(self, prm: Any) -> None:  # engine thread
        self.engine._guard("onCallMediaState", self.engine._on_call_media_state, self)

    def onDtmfEvent(self, prm: Any) -> None:  # engine thread
        self.engine._guard("onDtmfEvent", self.engine._on_dtmf, self, prm)

    def onCallTransferRequest(self, prm: Any) -> None:  # engine thread
        self.engine._guard("onCallTransferRequest", self.engine._on_transfer_request, self, prm)

    def onCallTransferStatus(self, prm: Any) -> None:  # engine thread
        self.engine._guard("onCallTransferStatus", self.engine._on_transfer_status, self, prm)

    def onCallReplaced(self, prm: Any) -> None:  # engine thread
        self.engine._guard("onCallReplaced", self.engine._on_call_replaced, self, prm)

    def onCallTsxState(self, prm: Any) -> None:  # engine thread
        self.engine._guard("onCallTsxState", self.engine._on_call_tsx, self, prm.e)


class SipEngine:
    """Start it, send it commands, receive its events. All public methods are thread-safe."""

    def __init__(self, config: EngineConfig, listener: Listener) -> None:
        config.validate()
        self.config = config
        self._listener = listener
        self._commands: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._started: Future[EngineStarted] = Future()
        self._stop_requested = threading.Event()
        self._running = False
        # Engine-thread state below: touched only on the engine thread.
        self._ep: Any = None
        self._log_writer: _LogWriter | None = None
        self._too_large = oversize.Reported()  # calls lost for their size, reported once
        self._transports: dict[str, int] = {}
        self._accounts: dict[str, _Account] = {}
        self._registrar_watch: RegistrarWatch | None = None
        self._calls: dict[int, _CallRecord] = {}
        self._dead_calls: list[_CallRecord] = []
        self._handles = itertools.count(config.first_call_id)
        self._conferences = itertools.count(1)
        self._timers: list[tuple[float, int, Callable[[], None]]] = []
        self._timer_seq = itertools.count()
        self._cancelled_timers: set[int] = set()
        self._mic: Any = None
        self._speaker: Any = None
        self._tone_sources: dict[str, Any] = {}
        self._ringing = False
        self._ringing_back = False
        self._ringtone_wav = config.ringtone_wav
        self._speaker_tap: Any = None
        self._speaker_tap_path: str | None = None

    # -- life cycle (any thread) ----------------------------------------------------------------

    def start(self, timeout: float = 15) -> EngineStarted:
        if self._thread is not None:
            raise RuntimeError("the engine was already started")
        self._thread = threading.Thread(target=self._run, name="sip-engine", daemon=True)
        self._thread.start()
        return self._started.result(timeout)

    def stop(self, timeout: float = 15) -> None:
        """Hang up, unregister (briefly), destroy the library. Safe to call twice."""
        self._stop_requested.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.error("the SIP engine did not stop within %.0f s", timeout)

    @property
    def running(self) -> bool:
        return self._running

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Run `fn` on the engine thread; its result or exception arrives in the future."""
        future: Future[T] = Future()
        if not self._running or self._stop_requested.is_set():
            future.set_exception(EngineNotRunning("the SIP engine is not running"))
            return future
        self._commands.put((fn, future))
        return future

    # -- commands (any thread; each returns a Future) -----------------------------------------

    def add_account(self, config: AccountConfig) -> Future[None]:
        config.validate()
        return self.submit(lambda: self._add_account(config))

    def remove_account(self, account_id: str) -> Future[None]:
        return self.submit(lambda: self._remove_account(account_id))

    def reregister(self, account_id: str) -> Future[None]:
        return self.submit(lambda: self._account(account_id).setRegistration(True))

    def account_uri(self, account_id: str) -> Future[str]:
        return self.submit(lambda: self._local_uri(self._account(account_id)))

    def make_call(
        self, account_id: str, target: str, headers: dict[str, str] | None = None
    ) -> Future[int]:
        return self.submit(lambda: self._make_call(account_id, target, headers or {}))

    def answer(self, call_id: int, code: int = 200) -> Future[None]:
        return self.submit(lambda: self._answer(call_id, code))

    def reject(self, call_id: int, code: int = 486) -> Future[None]:
        if code not in (486, 603, 480, 404, 488, 403, 503):
            raise SipConfigError(f"not a rejection code: {code}")
        return self.submit(lambda: self._hangup(call_id, code))

    def hangup(self, call_id: int) -> Future[None]:
        return self.submit(lambda: self._hangup(call_id, 0))

    def hold(self, call_id: int) -> Future[None]:
        return self.submit(lambda: self._hold(call_id))

    def resume(self, call_id: int) -> Future[None]:
        return self.submit(lambda: self._resume(call_id))

    def set_mute(self, call_id: int, muted: bool) -> Future[None]:
        return self.submit(lambda: self._set_mute(call_id, muted))

    def send_dtmf(self, call_id: int, digits: str, method: str = "rfc4733") -> Future[None]:
        if not digits or set(digits) - DTMF_DIGITS:
            raise SipConfigError(f"not DTMF digits: {digits!r}")
        if method not in ("rfc4733", "info"):
            raise SipConfigError(f"unknown DTMF method {method!r}")
        return self.submit(lambda: self._send_dtmf(call_id, digits, method))

    def transfer(self, call_id: int, target: str) -> Future[None]:
        """Blind transfer: REFER the remote party to `target`."""
        return self.submit(lambda: self._transfer(call_id, target))

    def transfer_attended(self, call_id: int, consultation_id: int) -> Future[None]:
        """Attended transfer: REFER with Replaces, joining call's party to the consulted one."""
        return self.submit(lambda: self._transfer_attended(call_id, consultation_id))

    def conference(self, call_ids: list[int]) -> Future[None]:
        """Join calls in the local bridge: every party hears every other party and us."""
        return self.submit(lambda: self._conference(call_ids))

    def split(self, call_id: int) -> Future[None]:
        return self.submit(lambda: self._split(call_id))

    def start_recording(self, call_id: int, path: str, own_voice: bool = True) -> Future[None]:
        return self.submit(lambda: self._start_recording(call_id, path, own_voice))

    def stop_recording(self, call_id: int) -> Future[str | None]:
        return self.submit(lambda: self._stop_recording(call_id))

    def play_to_call(self, call_id: int, path: str, loop: bool = True) -> Future[None]:
        """Play a WAV into a call (an announcement, or a test's stand-in for a voice)."""
        return self.submit(lambda: self._play_to_call(call_id, path, loop))

    def listen_in(self, leg_id: int, target_id: int, mode: str) -> Future[None]:
        """Route a supervisor's call (`leg_id`) into the agent's call `target_id`, or switch its
        mode: "monitor" (the supervisor hears caller and agent, nobody hears the supervisor),
        "whisper" (the agent hears the supervisor too, the caller does not) or "barge" (all
        three talk). The app verifies the session in the store before it asks for this."""
        return self.submit(lambda: self._listen_in(leg_id, target_id, mode))

    def record_speaker(self, path: str) -> Future[None]:
        """Record what this phone's speaker plays from calls (what the agent hears)."""
        return self.submit(lambda: self._record_speaker(path))

    def stop_speaker_recording(self) -> Future[str | None]:
        return self.submit(self._stop_speaker_recording)

    def audio_devices(self) -> Future[list[AudioDevice]]:
        return self.submit(self._audio_devices)

    def set_audio_devices(self, capture: int | None, playback: int | None) -> Future[None]:
        """Select devices by index; None for both selects the null device."""
        return self.submit(lambda: self._set_audio_devices(capture, playback))

    def play_test_tone(self, seconds: float = 2.0) -> Future[None]:
        """A 440 Hz tone on the speaker: "can I hear the selected device?"."""
        return self.submit(lambda: self._play_test_tone(seconds))

    def set_ringtone(self, path: str) -> Future[None]:
        """A WAV to ring with ("" for the built-in pattern); takes effect at the next call."""
        return self.submit(lambda: self._set_ringtone(path))

    def audio_levels(self) -> Future[tuple[int, int]]:
        """(microphone level, speaker level), 0-255, as the conference bridge sees them."""
        return self.submit(self._audio_levels)

    def calls(self) -> Future[list[int]]:
        """The calls not ended (one that has just ended is dropped on the loop's next turn)."""
        return self.submit(self._live_calls)

    def _live_calls(self) -> list[int]:
        return sorted(h for h, c in self._calls.items() if c.state is not CallState.DISCONNECTED)

    def bridge_ports(self) -> Future[list[BridgePort]]:
        """The conference bridge as it is wired now: (port, name, listening ports). Support."""
        return self.submit(self._bridge_ports)

    # -- the engine thread ----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            info = self._init_library()
        except BaseException as exc:  # report start-up failure to start(), then clean up
            failure, text = _portable(exc)  # its frames held the Endpoint and the audio ports
            log.error("SIP engine failed to start\n%s", text)
            self._started.set_exception(failure)
            self._release_objects()
            gc.collect()
            self._destroy_library()
            return
        self._running = True
        self._started.set_result(info)
        self._emit(info)
        try:
            while not self._stop_requested.is_set():
                self._ep.libHandleEvents(self.config.poll_ms)
                self._drain_commands()
                self._run_timers()
                self._reap_calls()
        except BaseException as exc:
            log.error("SIP engine loop failed\n%s", _detach(exc))
            self._emit(EngineError("engine loop", str(exc)))
        finally:
            self._running = False
            self._shutdown()

    def _init_library(self) -> EngineStarted:
        cfg = self.config
        ep = _Endpoint(self)
        self._ep = ep
        ep.libCreate()
        ep_cfg = pj.EpConfig()
        ep_cfg.uaConfig.threadCnt = 0
        ep_cfg.uaConfig.mainThreadOnly = True
        ep_cfg.uaConfig.userAgent = cfg.user_agent
        # An agent needs a handful of calls at once (call waiting, consultation, conference).
        # Beyond this pjsua answers 486 before creating media. Each call holds two sockets of
        # pjlib's 64-slot select ioqueue, and closed slots are only reused after 500 ms: a
        # burst of short calls can exhaust it (see the hostile-input notes).
        ep_cfg.uaConfig.maxCalls = MAX_CALLS
        self._log_writer = _LogWriter(self._on_pjsip_log)
        ep_cfg.logConfig.writer = self._log_writer
        ep_cfg.logConfig.level = cfg.log_level
        # pjsua hands the writer only what passes the console level: the same as `level`.
        ep_cfg.logConfig.consoleLevel = cfg.log_level
        ep_cfg.logConfig.decor = 0
        ep_cfg.medConfig.noVad = True
        ep_cfg.medConfig.clockRate = 16000
        ep.libInit(ep_cfg)

        ports = {"udp": cfg.udp_port, "tcp": cfg.tcp_port, "tls": cfg.tls_port}
        transports = []
        for kind, port in ports.items():
            if port is not None:
                transports.append((kind, self._create_transport(kind, port)))
        ep.libStart()

        adm = ep.audDevManager()
        if cfg.null_audio:
            adm.setNullDev()
        self._speaker = adm.getPlaybackDevMedia()
        if cfg.microphone_wav:
            self._mic = pj.AudioMediaPlayer()
            self._mic.createPlayer(cfg.microphone_wav, 0)  # 0: loop
        else:
            self._mic = adm.getCaptureDevMedia()
        wanted = {codec: 255 - rank for rank, codec in enumerate(cfg.codecs)}
        available = {c.codecId for c in ep.codecEnum2()}
        if not wanted.keys() & available:
            raise SipConfigError(f"none of the codecs {cfg.codecs} is available")
        for codec_id in available:
            ep.codecSetPriority(codec_id, wanted.get(codec_id, 0))
        codecs = tuple(
            c.codecId for c in sorted(ep.codecEnum2(), key=lambda c: -c.priority) if c.priority
        )
        self._schedule(cfg.quality_interval_s, self._measure_quality_periodically)
        return EngineStarted(cfg.user_agent, tuple(transports), codecs)

    def _create_transport(self, kind: str, port: int) -> str:
        cfg = self.config
        tc = pj.TransportConfig()
        tc.port = port
        tc.boundAddress = cfg.bind_address
        if cfg.public_address:
            tc.publicAddress = cfg.public_address
        if kind == "tls":
            tc.tlsConfig.CaListFile = cfg.tls.ca_file
            tc.tlsConfig.certFile = cfg.tls.cert_file
            tc.tlsConfig.privKeyFile = cfg.tls.key_file
            tc.tlsConfig.verifyServer = cfg.tls.verify_server
            tc.tlsConfig.verifyClient = cfg.tls.verify_client
            tc.tlsConfig.method = pj.PJSIP_TLSV1_2_METHOD
        tid = self._ep.transportCreate(_TRANSPORT_TYPES[kind], tc)
        self._transports[kind] = tid
        return str(self._ep.transportGetInfo(tid).localName)

    def _drain_commands(self) -> None:
        while True:
            try:
                fn, future = self._commands.get_nowait()
            except queue.Empty:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn()
            except BaseException as exc:
                failure, text = _portable(exc)
                log.debug("SIP engine command failed\n%s", text)
                future.set_exception(failure)
            else:
                future.set_result(result)

    def _schedule(self, delay_s: float, fn: Callable[[], None]) -> int:
        seq = next(self._timer_seq)
        heapq.heappush(self._timers, (time.monotonic() + delay_s, seq, fn))
        return seq

    def _cancel(self, timer: object | None) -> None:
        if isinstance(timer, int):
            self._cancelled_timers.add(timer)

    def _run_timers(self) -> None:
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now:
            _, seq, fn = heapq.heappop(self._timers)
            if seq in self._cancelled_timers:
                self._cancelled_timers.discard(seq)
                continue
            self._guard("timer", fn)

    def _guard(self, where: str, fn: Callable[..., None], *args: Any) -> None:
        """Callbacks must never raise into pjsua2 (a C++ director exception aborts)."""
        try:
            fn(*args)
        except Exception as exc:
            # The log keeps the traceback as text: a record holding the frames holds the call.
            log.error("SIP engine: %s failed\n%s", where, _detach(exc))
            self._emit(EngineError(where, str(exc)))

    def _on_pjsip_log(self, text: str) -> None:  # engine thread
        """A request pjsip dropped for its size: a call the agent must hear of (sip.oversize)."""
        dropped = oversize.dropped_request(text)
        if dropped is None or not self._too_large.first(dropped.sip_call_id, dropped.source):
            return
        log.warning("a %s request from %s over %s was larger than %d bytes and was lost "
                    "(caller %r, Call-ID %r)", dropped.method or "SIP", dropped.source,
                    dropped.transport, oversize.MAX_PACKET, dropped.caller_user,
                    dropped.sip_call_id)  # fmt: skip
        if dropped.method not in ("INVITE", ""):
            return  # not a call
        self._emit(
            CallTooLarge(
                dropped.transport, dropped.source, oversize.MAX_PACKET, dropped.caller_user,
                dropped.display_name, dropped.sip_call_id,
            )
        )  # fmt: skip

    def _emit(self, event: SipEvent) -> None:
        try:
            self._listener(event)
        except Exception as exc:
            log.error("SIP event listener failed on %s\n%s", type(event).__name__, _detach(exc))

    # -- accounts -------------------------------------------------------------------------------

    def _account(self, account_id: str) -> _Account:
        try:
            return self._accounts[account_id]
        except KeyError:
            raise SipCommandError(f"no account {account_id!r}") from None

    def _add_account(self, config: AccountConfig) -> None:
        if config.id in self._accounts:
            raise SipCommandError(f"account {config.id!r} exists")
        if config.transport not in self._transports:
            # Created when first needed: a TLS context (and its CA store) costs memory that
            # an agent on UDP or TCP never uses.
            try:
                self._create_transport(config.transport, 0)
            except pj.Error as exc:
                raise SipCommandError(
                    f"cannot open a {config.transport.upper()} transport: {exc.info()}"
                ) from None
        acfg = pj.AccountConfig()
        identity = f"sip:{config.username}@{config.domain}"
        if config.display_name:
            quoted = config.display_name.replace("\\", "\\\\").replace('"', '\\"')
            acfg.idUri = f'"{quoted}" <{identity}>'
        else:
            acfg.idUri = identity
        reg = acfg.regConfig
        reg.registrarUri = (
            (config.registrar or f"sip:{config.domain}") + config.transport_param()
            if config.register
            else ""
        )
        reg.registerOnAdd = config.register
        reg.timeoutSec = config.reg_expires_s
        reg.retryIntervalSec = 0  # the engine retries itself, with backoff
        reg.unregWaitMsec = 1000  # never let a dead registrar hold up shutdown for long
        if config.password:
            acfg.sipConfig.authCreds.append(
                pj.AuthCredInfo(
                    "digest", "*", config.auth_username or config.username, 0, config.password
                )
            )
        if config.outbound_proxy:
            acfg.sipConfig.proxies.append(config.outbound_proxy + config.transport_param())
        acfg.sipConfig.transportId = self._transports[config.transport]
        if self.config.bind_address not in ("0.0.0.0", "::"):
            # A fixed local address (loopback tests, a pinned interface): nothing to rewrite.
            acfg.natConfig.contactRewriteUse = 0
            acfg.natConfig.viaRewriteUse = 0
            acfg.natConfig.sdpNatRewriteUse = 0
        med = acfg.mediaConfig
        med.transportConfig.boundAddress = self.config.bind_address
        if self.config.bind_address in ("0.0.0.0", "::"):
            # The audio where the signalling is: RTP bound (and offered in the SDP) on the
            # interface that reaches the registrar, e.g. 127.0.0.1 (sip/media_address.py).
            towards = config.outbound_proxy or config.registrar or f"sip:{config.domain}"
            local = media_address_towards(towards)
            if local is not None:
                med.transportConfig.boundAddress = local
        med.transportConfig.port = self.config.rtp_port
        med.srtpUse = _SRTP[config.srtp]
        med.srtpSecureSignaling = 1 if config.srtp == "mandatory" else 0
        account = _Account(self, config)
        account.create(acfg, True)
        self._accounts[config.id] = account
        if config.register and config.transport == "udp" and config.keepalive_s:
            if self._registrar_watch is None:
                self._registrar_watch = RegistrarWatch(
                    self.config.bind_address, self._on_registrar_probe_done
                )
            target = config.outbound_proxy or config.registrar or f"sip:{config.domain}"
            if not self._registrar_watch.watch(config.id, target, identity, config.keepalive_s):
                log.info("account %s: no keepalive for %r", config.id, target)

    def _remove_account(self, account_id: str) -> None:
        account = self._account(account_id)
        for record in list(self._calls.values()):
            if record.account_id == account_id:
                self._hangup(record.handle, 0)
        self._cancel(account.retry_timer)
        if self._registrar_watch is not None:
            self._registrar_watch.unwatch(account_id)
        if account.config.register:
            self._unregister(account_id, account)
        account.shutdown()
        del self._accounts[account_id]

    def _unregister(self, account_id: str, account: _Account) -> None:
        """Take the binding off the registrar before the account goes: deleting an account
        whose REGISTER (a refresh, an auth round) is still under way can leave the binding
        there, and calls would keep arriving for a removed account. Bounded: a registrar that
        does not answer delays the removal by at most UNREGISTER_WAIT_S."""
        deadline = time.monotonic() + UNREGISTER_WAIT_S
        while True:
            try:
                account.setRegistration(False)
                break
            except pj.Error as exc:  # busy with a REGISTER: let that finish, then try again
                if time.monotonic() >= deadline:
                    log.info("unregister of %s: %s", account_id, exc.info())
                    return
                self._ep.libHandleEvents(20)
        while account.registered and time.monotonic() < deadline:
            self._ep.libHandleEvents(10)

    def _local_uri(self, account: _Account) -> str:
        tid = self._transports[account.config.transport]
        host = self._ep.transportGetInfo(tid).localName
        return f"sip:{account.config.username}@{host}{account.config.transport_param()}"

    def _on_reg_state(self, account: _Account, prm: Any) -> None:
        info = account.getInfo()
        code = int(prm.code)
        registered = bool(info.regIsActive) and 200 <= code < 300
        account.registered = registered
        reason = sipmsg.display_text(str(prm.reason))
        failure = RegistrationFailure.NONE if registered else _classify_failure(code, reason)
        retry_in: float | None = None
        unregistering = account.config.register and info.regExpiresSec == 0 and 200 <= code < 300
        if registered:
            account.backoff_s = account.config.retry_min_s
        elif not unregistering and not self._stop_requested.is_set():
            retry_in = account.backoff_s * random.uniform(0.8, 1.2)
            account.backoff_s = min(account.backoff_s * 2, account.config.retry_max_s)
            self._cancel(account.retry_timer)
            account.retry_timer = self._schedule(retry_in, lambda: self._retry_register(account))
        self._emit(
            RegistrationChanged(
                account_id=account.config.id,
                registered=registered,
                code=code,
                reason=reason,
                failure=failure,
                expires_s=int(info.regExpiresSec) if registered else 0,
                retry_in_s=retry_in,
            )
        )

    def _on_transport_state(self, prm: Any) -> None:
        """A TCP or TLS connection dropped (the registrar or proxy went away): register again at
        once, so a lost registration is seen now, not at the next refresh minutes later (pjsip's
        own re-register on transport loss is off: retryIntervalSec = 0, the engine retries)."""
        if int(prm.state) != pj.PJSIP_TP_STATE_DISCONNECTED or self._stop_requested.is_set():
            return
        for account in self._accounts.values():
            if account.config.register and account.config.transport in ("tcp", "tls"):
                self._cancel(account.retry_timer)
                account.retry_timer = self._schedule(
                    TRANSPORT_LOSS_RETRY_S, lambda a=account: self._retry_register(a)
                )

    def _on_registrar_probe_done(self, account_id: str, answered: bool) -> None:  # watch thread
        future = self.submit(lambda: self._on_registrar_probe(account_id, answered))
        future.add_done_callback(lambda done: done.exception())  # stopping: nothing to do

    def _on_registrar_probe(self, account_id: str, answered: bool) -> None:
        """A keepalive round ended (sip.keepalive). A registrar that falls silent while the
        account is registered: say at once that calls may not reach the agent. One that answers
        again after a silence may have restarted with no bindings: register now."""
        account = self._accounts.get(account_id)
        if account is None or self._stop_requested.is_set():
            return
        if answered:
            if account.registrar_silent:
                account.registrar_silent = False
                log.warning("the registrar of %s answers again: registering now", account_id)
                self._cancel(account.retry_timer)
                account.retry_timer = None
                try:
                    account.setRegistration(True)
                except pj.Error as exc:  # a REGISTER is already under way: it will do
                    log.info("re-registration of %s: %s", account_id, exc.info())
            return
        if account.registrar_silent:
            return
        account.registrar_silent = True
        if account.registered:
            log.warning("the registrar of %s does not answer", account_id)
            self._emit(
                RegistrationChanged(
                    account_id=account_id,
                    registered=False,
                    code=408,
                    reason="the registrar does not answer",
                    failure=RegistrationFailure.TIMEOUT,
                    retry_in_s=account.config.keepalive_s,
                )
            )

    def _retry_register(self, account: _Account) -> None:
        if self._accounts.get(account.config.id) is account:
            account.setRegistration(True)

    # -- calls ----------------------------------------------------------------------------------

    def _record(self, call_id: int) -> _CallRecord:
        try:
            return self._calls[call_id]
        except KeyError:
            raise SipCommandError(f"no call {call_id}") from None

    def _track(self, call: _Call, account: _Account, direction: CallDirection) -> _CallRecord:
        record = _CallRecord(
            handle=next(self._handles), call=call, account_id=account.config.id, direction=direction
        )
        record.ends = Tracker(direction is CallDirection.OUTGOING, account.config.transport)
        call.handle = record.handle
        self._calls[record.handle] = record
        return record

    def _target_uri(self, account: _Account, target: str) -> str:
        target = target.strip()
        if target.lower().startswith(("sip:", "sips:")):
            return target
        if target.lower().startswith("tel:"):
            target = target[4:]
        user = "".join(ch for ch in target if ch.isdigit() or ch in "+*#")
        if not user:
            raise SipCommandError(f"nothing to dial in {target!r}")
        return f"sip:{user}@{account.config.domain}{account.config.transport_param()}"

    def _make_call(self, account_id: str, target: str, headers: dict[str, str]) -> int:
        account = self._account(account_id)
        uri = self._target_uri(account, target)
        call = _Call(self, account)
        record = self._track(call, account, CallDirection.OUTGOING)
        record.remote_uri = uri
        prm = pj.CallOpParam(True)
        for name, value in headers.items():
            header = pj.SipHeader()
            header.hName, header.hValue = name, value
            prm.txOption.headers.append(header)
        try:
            call.makeCall(uri, prm)
        except pj.Error as exc:
            del self._calls[record.handle]
            raise SipCommandError(f"cannot call {uri}: {exc.info()}") from None
        with contextlib.suppress(pj.Error):
            record.sip_call_id = sipmsg.display_text(str(call.getInfo().callIdString), 255)
        return record.handle

    def _on_incoming_call(self, account: _Account, prm: Any) -> None:
        received_ns = time.monotonic_ns()
        call = _Call(self, account, prm.callId)
        waiting = any(
            r.state is not CallState.DISCONNECTED and not r.silent for r in self._calls.values()
        )
        record = self._track(call, account, CallDirection.INCOMING)
        record.state = CallState.INCOMING
        message = sipmsg.to_text(prm.rdata.wholeMsg)
        hdrs = sipmsg.headers(message)
        monitor_token = sipmsg.display_text(
            sipmsg.header(hdrs, self.config.monitor_header) if self.config.monitor_header else "",
            128,
        )
        record.silent = bool(monitor_token)
        record.sip_call_id = sipmsg.display_text(sipmsg.header(hdrs, "Call-ID"), 255)
        if record.ends is not None:  # the remote target once answered (sip.dialog)
            record.ends.invite_contact = sipmsg.header(hdrs, "Contact")
        broken = sipmsg.malformed(message, hdrs)
        code = 400
        if oversize.cut_short(message, hdrs):
            # Cut at pjsip's receive limit (its body or even its head lost): never rung as a
            # mangled call; a call lost for its size, said as such.
            code, broken = 513, "Message Too Large"
            self._report_too_large(message, prm.rdata, code)
        if broken:  # never a call (or a screen-pop) from a message pjsip let through
            record.silent = True
            log.info("INVITE refused: %d %s", code, broken)
            # Refused on the loop's next turn: ending a call inside its own incoming callback
            # makes pjsip free the request it is still reading (an assertion, the process ends).
            self._schedule(0, lambda: self._refuse(record.handle, broken, code))
            return
        display, uri = sipmsg.name_addr(sipmsg.header(hdrs, "From"))
        record.remote_uri = uri
        cti = {}
        for name in self.config.cti_headers:
            value = sipmsg.header(hdrs, name)
            if value:
                cti[name] = sipmsg.display_text(value)
        auto = not monitor_token and (
            account.config.auto_answer
            or (self.config.honour_auto_answer_headers and sipmsg.wants_auto_answer(hdrs))
        )
        _, pai_uri = sipmsg.name_addr(sipmsg.header(hdrs, "P-Asserted-Identity"))
        event = IncomingCall(
            call_id=record.handle,
            account_id=account.config.id,
            remote_uri=sipmsg.display_text(uri, 512),
            display_name=display,
            caller_user=sipmsg.uri_user(uri),
            asserted_identity=sipmsg.display_text(pai_uri, 512),
            diversion=sipmsg.display_text(sipmsg.name_addr(sipmsg.header(hdrs, "Diversion"))[1]),
            cti=cti,
            sip_call_id=record.sip_call_id,
            auto_answer=auto,
            waiting=waiting and not monitor_token,
            received_ns=received_ns,
            monitor_token=monitor_token,
        )
        answer = pj.CallOpParam()
        answer.statusCode = 200 if auto else (100 if monitor_token else 180)
        call.answer(answer)
        self._update_tones()
        self._emit(event)

    def _report_too_large(self, message: str, rdata: Any, code: int) -> None:
        """An INVITE cut at pjsip's receive limit: a call lost for its size (sip.oversize)."""
        info = str(getattr(rdata, "info", "")).upper()
        transport = next((kind for kind in ("TLS", "TCP") if kind in info), "UDP")
        cut = oversize.request_facts(transport, str(getattr(rdata, "srcAddress", "")), message)
        if not self._too_large.first(cut.sip_call_id, cut.source):
            return  # a retransmission of one already reported
        log.warning("an INVITE from %s (caller %r, Call-ID %r) was cut at %d bytes: refused "
                    "with %d", cut.source, cut.caller_user, cut.sip_call_id, oversize.MAX_PACKET,
                    code)  # fmt: skip
        self._emit(
            CallTooLarge(
                cut.transport, cut.source, oversize.MAX_PACKET, cut.caller_user,
                cut.display_name, cut.sip_call_id, answered=code,
            )
        )  # fmt: skip

    def _on_rejected_call(self, prm: Any) -> None:
        """pjsua refused an INVITE before it became a call (its SDP unreadable, ...): if it
        was cut at the receive limit, that is a call lost for its size."""
        message = sipmsg.to_text(prm.rdata.wholeMsg)
        if oversize.cut_short(message, sipmsg.headers(message)):
            self._report_too_large(message, prm.rdata, int(prm.statusCode))

    def _refuse(self, call_id: int, reason: str, code: int = 400) -> None:
        record = self._calls.get(call_id)
        if record is None or record.state is CallState.DISCONNECTED:
            return
        refusal = pj.CallOpParam()
        refusal.statusCode = code
        refusal.reason = reason
        with contextlib.suppress(pj.Error):
            record.call.hangup(refusal)

    def _answer(self, call_id: int, code: int) -> None:
        record = self._record(call_id)
        prm = pj.CallOpParam()
        prm.statusCode = code
        record.call.answer(prm)
        self._update_tones()

    def _hangup(self, call_id: int, code: int) -> None:
        record = self._record(call_id)
        prm = pj.CallOpParam()
        if code:
            prm.statusCode = code
        try:
            record.call.hangup(prm)
        except pj.Error as exc:
            raise SipCommandError(f"cannot hang up call {call_id}: {exc.info()}") from None

    def _hold(self, call_id: int) -> None:
        self._record(call_id).call.setHold(pj.CallOpParam(True))

    def _resume(self, call_id: int) -> None:
        prm = pj.CallOpParam(True)
        prm.opt.flag = pj.PJSUA_CALL_UNHOLD
        self._record(call_id).call.reinvite(prm)

    def _set_mute(self, call_id: int, muted: bool) -> None:
        record = self._record(call_id)
        record.muted = muted
        self._wire(record)
        self._emit_media(record)

    def _send_dtmf(self, call_id: int, digits: str, method: str) -> None:
        prm = pj.CallSendDtmfParam()
        prm.digits = digits
        prm.method = (
            pj.PJSUA_DTMF_METHOD_RFC2833 if method == "rfc4733" else pj.PJSUA_DTMF_METHOD_SIP_INFO
        )
        self._record(call_id).call.sendDtmf(prm)

    def _transfer(self, call_id: int, target: str) -> None:
        record = self._record(call_id)
        uri = self._target_uri(self._accounts[record.account_id], target)
        record.call.xfer(uri, pj.CallOpParam(True))

    def _transfer_attended(self, call_id: int, consultation_id: int) -> None:
        record = self._record(call_id)
        consultation = self._record(consultation_id)
        record.call.xferReplaces(consultation.call, pj.CallOpParam(True))

    def _conference(self, call_ids: list[int]) -> None:
        records = [self._record(handle) for handle in call_ids]
        if len(records) < 2:
            raise SipCommandError("a conference needs at least two calls")
        group = next(self._conferences)
        for record in records:
            record.conference = group
        for record in records:
            self._wire(record)
            self._emit_media(record)

    def _split(self, call_id: int) -> None:
        record = self._record(call_id)
        group, record.conference = record.conference, None
        for other in self._calls.values():
            if other.conference == group and other is not record:
                self._disconnect(record, other)
        members = [r for r in self._calls.values() if r.conference == group]
        if len(members) == 1:
            members[0].conference = None
        for affected in [record, *members]:
            self._wire(affected)
            self._emit_media(affected)

    def _start_recording(self, call_id: int, path: str, own_voice: bool) -> None:
        record = self._record(call_id)
        if record.recorder is not None:
            raise SipCommandError(f"call {call_id} is already being recorded")
        recorder = pj.AudioMediaRecorder()
        recorder.createRecorder(path)
        record.recorder, record.recording_path, record.record_own_voice = (
            recorder,
            path,
            own_voice,
        )
        self._wire(record)
        self._emit_media(record)

    def _stop_recording(self, call_id: int) -> str | None:
        record = self._record(call_id)
        return self._detach_recorder(record)

    def _detach_recorder(self, record: _CallRecord) -> str | None:
        recorder, path = record.recorder, record.recording_path
        if recorder is None:
            return None
        audio = self._audio_media(record)
        for source in (audio, self._mic, *record.players):
            if source is not None:
                with contextlib.suppress(pj.Error):
                    source.stopTransmit(recorder)
        record.recorder = record.recording_path = None
        del recorder  # the WAV header is finalised when the recorder is destroyed
        gc.collect()
        if path:
            self._wait_wav_complete(path)
        self._emit(RecordingStopped(record.handle, path or ""))
        self._emit_media(record)
        return path

    def _wait_wav_complete(self, path: str, timeout_s: float = 1.0) -> None:
        """pjmedia removes a bridge port on its clock thread, so the recorder's file is closed
        (its RIFF size written) a tick or two after the recorder is destroyed. Callers are
        promised a complete file when stop_recording returns."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                with open(path, "rb") as handle:
                    header = handle.read(8)
                    size = handle.seek(0, 2)
                if header[:4] == b"RIFF" and int.from_bytes(header[4:8], "little") == size - 8:
                    return
            except OSError:
                pass
            self._ep.libHandleEvents(5)
        log.warning("recording %s was not finalised within %.1f s", path, timeout_s)

    def _play_to_call(self, call_id: int, path: str, loop: bool) -> None:
        record = self._record(call_id)
        player = pj.AudioMediaPlayer()
        player.createPlayer(path, 0 if loop else pj.PJMEDIA_FILE_NO_LOOP)
        record.players.append(player)
        self._wire(record)

    # -- media wiring ---------------------------------------------------------------------------

    def _audio_media(self, record: _CallRecord) -> Any:
        try:
            info = record.call.getInfo()  # keep the info: its media vector must outlive the loop
        except pj.Error:
            return None
        for index, media in enumerate(info.media):
            if media.type == pj.PJMEDIA_TYPE_AUDIO and media.status in (
                pj.PJSUA_CALL_MEDIA_ACTIVE,
                pj.PJSUA_CALL_MEDIA_REMOTE_HOLD,
            ):
                try:
                    return record.call.getAudioMedia(index)
                except pj.Error:
                    return None
        return None

    def _wire(self, record: _CallRecord) -> None:
        """Make the bridge connections this call should have now (idempotent)."""
        if record.listen_target is not None:
            self._wire_listen(record)
            return
        audio = self._audio_media(record)
        if audio is None:
            return
        for sink in self._speaker_sinks():
            audio.startTransmit(sink)
        sources = [*record.players]
        if record.muted:
            self._mic.stopTransmit(audio)
        else:
            sources.append(self._mic)
        for source in sources:
            source.startTransmit(audio)
        if record.recorder is not None:
            audio.startTransmit(record.recorder)
            if record.record_own_voice:
                for source in sources:
                    source.startTransmit(record.recorder)
        if record.conference is not None:
            for other in self._calls.values():
                if other is record or other.conference != record.conference:
                    continue
                other_audio = self._audio_media(other)
                if other_audio is not None:
                    audio.startTransmit(other_audio)
                    other_audio.startTransmit(audio)
        for leg in self._calls.values():
            if leg.listen_target == record.handle:
                self._wire_listen(leg)

    def _speaker_sinks(self) -> list[Any]:
        return [self._speaker] if self._speaker_tap is None else [self._speaker, self._speaker_tap]

    def _listen_in(self, leg_id: int, target_id: int, mode: str) -> None:
        if mode not in LISTEN_MODES:
            raise SipCommandError(f"unknown listen-in mode {mode!r}")
        leg, target = self._record(leg_id), self._record(target_id)
        if leg is target or target.listen_target is not None:
            raise SipCommandError("a listen-in needs an agent's call to listen to")
        if target.state is CallState.DISCONNECTED:
            raise SipCommandError(f"call {target_id} has ended")
        leg.listen_target, leg.listen_mode = target.handle, mode
        self._wire_listen(leg)
        self._emit_media(leg)

    def _wire_listen(self, leg: _CallRecord) -> None:
        """A supervisor's leg: it always hears the caller and the agent's microphone; the agent
        hears it in whisper and barge; the caller only in barge. Connections a mode does not
        have are taken down, so switching modes mid-session is this same call."""
        target = self._calls.get(leg.listen_target) if leg.listen_target is not None else None
        leg_audio = self._audio_media(leg)
        if leg_audio is None or target is None:
            return
        target_audio = self._audio_media(target)
        mode = leg.listen_mode
        if target_audio is not None:
            target_audio.startTransmit(leg_audio)
        if target.muted:
            self._mic.stopTransmit(leg_audio)
        else:
            self._mic.startTransmit(leg_audio)
        for sink in self._speaker_sinks():
            if mode in ("whisper", "barge"):
                leg_audio.startTransmit(sink)
            else:
                leg_audio.stopTransmit(sink)
        for port in (target_audio, target.recorder):
            if port is None:
                continue
            if mode == "barge":
                leg_audio.startTransmit(port)
            else:
                leg_audio.stopTransmit(port)

    def _record_speaker(self, path: str) -> None:
        if self._speaker_tap is not None:
            raise SipCommandError("the speaker is already being recorded")
        tap = pj.AudioMediaRecorder()
        tap.createRecorder(path)
        self._speaker_tap, self._speaker_tap_path = tap, path
        for record in list(self._calls.values()):
            self._wire(record)

    def _stop_speaker_recording(self) -> str | None:
        tap, path = self._speaker_tap, self._speaker_tap_path
        if tap is None:
            return None
        for record in list(self._calls.values()):
            audio = self._audio_media(record)
            if audio is not None:
                with contextlib.suppress(pj.Error):
                    audio.stopTransmit(tap)
        self._speaker_tap = self._speaker_tap_path = None
        del tap
        gc.collect()
        if path:
            self._wait_wav_complete(path)
        return path

    def _disconnect(self, a: _CallRecord, b: _CallRecord) -> None:
        audio_a, audio_b = self._audio_media(a), self._audio_media(b)
        if audio_a is not None and audio_b is not None:
            audio_a.stopTransmit(audio_b)
            audio_b.stopTransmit(audio_a)

    def _on_call_media_state(self, call: _Call) -> None:
        record = self._calls.get(call.handle)
        if record is None:
            return
        info = call.getInfo()
        state = MediaState.NONE
        for media in info.media:
            if media.type != pj.PJMEDIA_TYPE_AUDIO:
                continue
            state = {
                pj.PJSUA_CALL_MEDIA_ACTIVE: MediaState.ACTIVE,
                pj.PJSUA_CALL_MEDIA_LOCAL_HOLD: MediaState.LOCAL_HOLD,
                pj.PJSUA_CALL_MEDIA_REMOTE_HOLD: MediaState.REMOTE_HOLD,
                pj.PJSUA_CALL_MEDIA_ERROR: MediaState.ERROR,
            }.get(media.status, MediaState.NONE)
            break
        record.media_state = state
        self._update_tones()
        self._wire(record)
        self._emit_media(record)

    def _emit_media(self, record: _CallRecord) -> None:
        self._emit(
            CallMediaChanged(
                call_id=record.handle,
                state=record.media_state,
                muted=record.muted,
                in_conference=record.conference is not None,
                recording=record.recording_path,
            )
        )

    # -- call state -----------------------------------------------------------------------------

    def _on_call_state(self, call: _Call, prm: Any) -> None:
        record = self._calls.get(call.handle)
        if record is None:
            return
        try:  # the state below must be reported whatever the message held
            self._on_call_tsx(call, prm.e)
        except Exception:
            log.exception("call %s: its last message was not understood", record.handle)
        info = call.getInfo()
        state = _CALL_STATES.get(info.state, CallState.CALLING)
        record.state = state
        if state is CallState.CONFIRMED and record.connected_at is None:
            record.connected_at = time.monotonic()
        duration = time.monotonic() - record.connected_at if record.connected_at else 0.0
        if state is CallState.DISCONNECTED:
            self._detach_recorder(record)
            record.players.clear()
            self._dead_calls.append(record)
            for leg in self._calls.values():  # a listen-in ends with the call it listens to
                if leg.listen_target == record.handle and leg.state is not CallState.DISCONNECTED:
                    with contextlib.suppress(pj.Error):
                        leg.call.hangup(pj.CallOpParam())
        if not record.remote_uri:
            record.remote_uri = sipmsg.name_addr(str(info.remoteUri))[1]
        self._update_tones()
        self._emit(
            CallStateChanged(
                call_id=record.handle,
                state=state,
                direction=record.direction,
                code=int(info.lastStatusCode),
                reason=sipmsg.display_text(str(info.lastReason)),
                remote_uri=sipmsg.display_text(record.remote_uri, 512),
                connected_duration_s=round(duration, 3),
                sip_call_id=record.sip_call_id,
            )
        )

    def _on_call_tsx(self, call: _Call, event: Any) -> None:
        """A message of one of the call's transactions went out or came in (`event`, a
        pj.SipEvent; also the one behind each call state, so that the dialog is reported before
        the state it brings): keep what hanging the call up from outside pjsip needs
        (sip.dialog) and report it when it changes."""
        record = self._calls.get(call.handle)
        if record is None or int(event.type) != pj.PJSIP_EVENT_TSX_STATE:
            return
        source = event.body.tsxState.src
        kind = int(event.body.tsxState.type)
        if kind == pj.PJSIP_EVENT_TX_MSG:
            message, sent = sipmsg.to_text(source.tdata.wholeMsg), True
        elif kind == pj.PJSIP_EVENT_RX_MSG:
            message, sent = sipmsg.to_text(source.rdata.wholeMsg), False
        else:
            return
        if record.ends is not None and record.ends.saw(message, sent=sent):
            self._emit(CallDialog(record.handle, record.ends.dialog, record.ends.early))

    def _reap_calls(self) -> None:
        """Drop disconnected calls outside their own callbacks (deleting inside them crashes)."""
        while self._dead_calls:
            record = self._dead_calls.pop()
            if self._calls.get(record.handle) is record:
                del self._calls[record.handle]

    def _on_dtmf(self, call: _Call, prm: Any) -> None:
        method = "info" if prm.method == pj.PJSUA_DTMF_METHOD_SIP_INFO else "rfc4733"
        # RFC 4733 reports a digit's start, its updates and its end: a digit counts once. An
        # INFO carries a whole digit and comes flagged as its end.
        if method == "rfc4733" and int(prm.flags) & (_DTMF_IS_UPDATE | _DTMF_IS_END):
            return
        self._emit(DtmfReceived(call.handle, sipmsg.display_text(str(prm.digit), 4), method))

    def _on_transfer_request(self, call: _Call, prm: Any) -> None:
        # We are being transferred: pjsua will place the new call; give it a tracked object.
        record = self._calls.get(call.handle)
        account = call.account
        new_call = _Call(self, account)
        new_record = self._track(new_call, account, CallDirection.OUTGOING)
        new_record.remote_uri = sipmsg.name_addr(str(prm.dstUri))[1] or str(prm.dstUri)
        if record is not None:
            new_record.muted = record.muted
            new_record.players = list(record.players)
        prm.newCall = new_call

    def _on_transfer_status(self, call: _Call, prm: Any) -> None:
        final = bool(prm.finalNotify)
        self._emit(TransferProgressed(call.handle, int(prm.statusCode), str(prm.reason), final))
        if final and 200 <= int(prm.statusCode) < 300:
            record = self._calls.get(call.handle)
            if record is not None and record.state is not CallState.DISCONNECTED:
                self._hangup(record.handle, 0)

    def _on_call_replaced(self, call: _Call, prm: Any) -> None:
        # An attended transfer replaced `call` with a new incoming call from another party.
        old = self._calls.get(call.handle)
        account = call.account
        new_call = _Call(self, account, prm.newCallId)
        new_record = self._track(new_call, account, CallDirection.INCOMING)
        if old is not None:
            new_record.muted, new_record.players = old.muted, list(old.players)
            new_record.conference = old.conference
        prm.newCall = new_call
        self._emit(CallReplaced(call.handle, new_record.handle))

    # -- ringtone and ring-back -------------------------------------------------------------

    def _update_tones(self) -> None:
        """Ringtone while an incoming call rings; ring-back while an outgoing one rings without
        early media (with early media the far end's own announcement is heard instead)."""
        ring = any(
            r.direction is CallDirection.INCOMING
            and not r.silent
            and r.state in (CallState.INCOMING, CallState.EARLY)  # EARLY: our 180 went out
            for r in self._calls.values()
        )
        ringback = any(
            r.direction is CallDirection.OUTGOING
            and r.state is CallState.EARLY
            and r.media_state is MediaState.NONE
            for r in self._calls.values()
        )
        if ring != self._ringing:
            self._ringing = ring
            self._switch_tone("ringtone", ring)
        if ringback != self._ringing_back:
            self._ringing_back = ringback
            self._switch_tone("ringback", ringback)

    def _switch_tone(self, kind: str, on: bool) -> None:
        source = self._tone_sources.get(kind)
        if source is None and on:
            source = self._make_tone_source(kind)
            self._tone_sources[kind] = source
        if source is None:
            return
        if on:
            source.startTransmit(self._speaker)
        else:
            source.stopTransmit(self._speaker)

    def _play_test_tone(self, seconds: float) -> None:
        self._switch_tone("test", True)
        self._schedule(seconds, lambda: self._switch_tone("test", False))

    def _set_ringtone(self, path: str) -> None:
        if self._ringing:
            self._switch_tone("ringtone", False)
        self._ringtone_wav = path
        self._tone_sources.pop("ringtone", None)  # rebuilt from the new file when it rings
        if self._ringing:
            self._switch_tone("ringtone", True)

    def _make_tone_source(self, kind: str) -> Any:
        if kind == "ringtone" and self._ringtone_wav:
            player = pj.AudioMediaPlayer()
            player.createPlayer(self._ringtone_wav, 0)
            return player
        generator = pj.ToneGenerator()
        generator.createToneGenerator()
        tone = pj.ToneDesc()
        if kind == "ringtone":
            tone.freq1, tone.freq2, tone.on_msec, tone.off_msec = 440, 480, 1000, 3000
        elif kind == "test":
            tone.freq1, tone.freq2, tone.on_msec, tone.off_msec = 440, 0, 1000, 0
        else:  # the European ring-back tone (ETSI TR 101 041): 425 Hz, 1 s on, 4 s off
            tone.freq1, tone.freq2, tone.on_msec, tone.off_msec = 425, 0, 1000, 4000
        tones = pj.ToneDescVector()
        tones.append(tone)
        generator.play(tones, True)
        return generator

    # -- quality and devices --------------------------------------------------------------------

    def _measure_quality_periodically(self) -> None:
        for record in list(self._calls.values()):
            if record.state is CallState.CONFIRMED and record.media_state is MediaState.ACTIVE:
                event = self._quality(record)
                if event is not None:
                    self._emit(event)
        self._schedule(self.config.quality_interval_s, self._measure_quality_periodically)

    def _quality(self, record: _CallRecord) -> CallQualityMeasured | None:
        info = record.call.getInfo()
        for index, media in enumerate(info.media):
            if media.type != pj.PJMEDIA_TYPE_AUDIO or media.status != pj.PJSUA_CALL_MEDIA_ACTIVE:
                continue
            stat = record.call.getStreamStat(index)
            stream = record.call.getStreamInfo(index)
            rx = stat.rtcp.rxStat
            received = int(rx.pkt) + int(rx.loss)
            loss = 100.0 * int(rx.loss) / received if received else 0.0
            jitter_ms = rx.jitterUsec.mean / 1000.0 if rx.jitterUsec.n else 0.0
            rtt_ms = stat.rtcp.rttUsec.mean / 1000.0 if stat.rtcp.rttUsec.n else None
            return CallQualityMeasured(
                call_id=record.handle,
                codec=str(stream.codecName),
                jitter_ms=round(jitter_ms, 2),
                loss_percent=round(loss, 2),
                rtt_ms=round(rtt_ms, 2) if rtt_ms is not None else None,
                mos=estimate_mos(jitter_ms, loss, rtt_ms),
            )
        return None

    def _audio_devices(self) -> list[AudioDevice]:
        devices = []
        for index, info in enumerate(self._ep.audDevManager().enumDev2()):
            devices.append(
                AudioDevice(
                    index=index,
                    name=str(info.name),
                    driver=str(info.driver),
                    inputs=int(info.inputCount),
                    outputs=int(info.outputCount),
                )
            )
        return devices

    def _set_audio_devices(self, capture: int | None, playback: int | None) -> None:
        adm = self._ep.audDevManager()
        if capture is None and playback is None:
            adm.setNullDev()
        else:
            if capture is not None:
                adm.setCaptureDev(capture)
            if playback is not None:
                adm.setPlaybackDev(playback)

    def _bridge_ports(self) -> list[BridgePort]:
        ports = []
        for port in self._ep.mediaEnumPorts2():
            info = port.getPortInfo()
            ports.append((int(info.portId), str(info.name), tuple(int(p) for p in info.listeners)))
        return ports

    def _audio_levels(self) -> tuple[int, int]:
        return int(self._mic.getTxLevel()), int(self._speaker.getRxLevel())

    # -- shutdown -------------------------------------------------------------------------------

    def _shutdown(self) -> None:
        # Each step is its own function so that no frame still holding a Call, a player or a
        # recorder (even a leftover loop variable) is alive when libDestroy runs.
        if self._registrar_watch is not None:
            self._registrar_watch.stop()
        try:
            self._hang_up_everything()
            self._fail_pending_commands()
        except Exception:
            log.exception("SIP engine shutdown: hanging up failed")
        finally:
            # No automatic collection in another thread while the objects go and the library is
            # destroyed: a pjsua2 proxy finalised there, concurrently, crashes the process.
            collecting = gc.isenabled()
            gc.disable()
            try:
                self._release_objects()
                gc.collect()
                self._destroy_library()
            finally:
                if collecting:
                    gc.enable()
            self._emit(EngineStopped())

    def _hang_up_everything(self) -> None:
        for handle in list(self._calls):
            try:
                if self._calls[handle].state is not CallState.DISCONNECTED:
                    self._calls[handle].call.hangup(pj.CallOpParam())
            except pj.Error:
                pass
        for account in self._accounts.values():
            self._cancel(account.retry_timer)
            if account.registered:
                try:
                    account.setRegistration(False)
                except pj.Error:
                    account.registered = False
        # Wait for the BYEs and un-REGISTERs to be answered, but not for a registrar that is
        # gone: the library is then destroyed without further network waits.
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline and (
            any(r.state is not CallState.DISCONNECTED for r in self._calls.values())
            or any(a.registered for a in self._accounts.values())
        ):
            self._ep.libHandleEvents(10)

    def _fail_pending_commands(self) -> None:
        """Fail the commands still queued rather than leave their callers waiting forever."""
        while True:
            try:
                _, future = self._commands.get_nowait()
            except queue.Empty:
                return
            future.set_exception(EngineNotRunning("the SIP engine stopped"))

    def _release_objects(self) -> None:
        self._calls.clear()
        self._dead_calls.clear()
        for account_id in list(self._accounts):
            try:
                self._accounts[account_id].shutdown()
            except Exception:
                log.exception("account shutdown failed")
        self._accounts.clear()
        self._timers.clear()
        self._tone_sources.clear()
        self._speaker_tap = None
        self._mic = self._speaker = None

    def _destroy_library(self) -> None:
        """Only after every pjsua2 object is released (a live one aborts the process)."""
        if self._ep is not None:
            try:
                self._ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
            except Exception:
                log.exception("libDestroy failed")
            self._ep = None
        self._log_writer = None


def _portable(exc: BaseException) -> tuple[BaseException, str]:
    """An exception just caught on the engine thread, made safe to hand to another thread (see
    `_detach`), and its traceback as text. A pjsua2 error becomes a SipCommandError."""
    text = _detach(exc)
    if isinstance(exc, pj.Error):
        return SipCommandError(str(exc.info()).strip()), text
    return exc, text


def _detach(exc: BaseException) -> str:
    """Let go of the engine's objects held by an exception just caught, before it is stored,
    logged or handed over; returns its traceback as text, for the log.

    A traceback keeps its frames, each finished frame keeps its caller's (f_back), and their
    locals hold calls, accounts and audio ports: whichever thread dropped the exception last
    would finalise them, maybe after libDestroy, and pjsua asserts (the process aborts). So the
    exception and those chained to it lose their tracebacks here, on the engine thread."""
    text = "".join(traceback.format_exception(exc)).rstrip()
    pending: list[BaseException | None] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending += [current.__cause__, current.__context__]
    return text


def _classify_failure(code: int, reason: str) -> RegistrationFailure:
    lowered = reason.lower()
    if code in (401, 407):
        return RegistrationFailure.AUTH
    if code == 403:
        return RegistrationFailure.FORBIDDEN
    if code == 404:
        return RegistrationFailure.NOT_FOUND
    if code == 408:
        return RegistrationFailure.TIMEOUT
    if "resolve" in lowered or "dns" in lowered or "host not found" in lowered:
        return RegistrationFailure.DNS
    if code in (502, 503) or "connection" in lowered or "ssl" in lowered or "tls" in lowered:
        return RegistrationFailure.TRANSPORT
    return RegistrationFailure.OTHER
