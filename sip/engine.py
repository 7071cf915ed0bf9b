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
  as text (`detach`). Whichever thread drops the last reference to a Call finalises it, and a
  Call finalised after libDestroy makes pjsua assert (the process aborts).

SipEngine is built from one class per job, each in its own module: the thread, its loop and
timers (sip/engine_loop.py), accounts and transports (sip/engine_accounts.py), calls
(sip/engine_calls.py) and media: players, recorders, the conference bridge, devices,
listen-in (sip/engine_media.py). This module holds the commands (sip.engine_types.PhoneEngine)
and the library's start and shutdown.
"""

from __future__ import annotations

import gc
import logging
import time
from concurrent.futures import Future
from typing import Any

import pjsua2 as pj

from sip.config import AccountConfig, EngineConfig, SipConfigError
from sip.engine_accounts import EngineAccounts
from sip.engine_calls import DTMF_DIGITS, EngineCalls
from sip.engine_loop import LogWriter
from sip.engine_media import EngineMedia
from sip.engine_types import AudioDevice, BridgePort, Listener
from sip.events import CallState, EngineStarted, EngineStopped

# One logger for the whole engine, whichever of its modules writes.
log = logging.getLogger("sip.engine")
MAX_CALLS = 8


class _Endpoint(pj.Endpoint):
    def __init__(self, engine: SipEngine) -> None:
        super().__init__()
        self._engine = engine

    def onTransportState(self, prm: Any) -> None:  # engine thread
        self._engine._guard("transport state", self._engine._on_transport_state, prm)

    def onRejectedIncomingCall(self, prm: Any) -> None:  # engine thread
        self._engine._guard("rejected call", self._engine._on_rejected_call, prm)


class SipEngine(EngineAccounts, EngineCalls, EngineMedia):
    """Start it, send it commands, receive its events. All public methods are thread-safe.

    Its jobs: the loop on its thread (sip/engine_loop.py), accounts (sip/engine_accounts.py),
    calls (sip/engine_calls.py) and media (sip/engine_media.py). It follows
    sip.engine_types.PhoneEngine."""

    def __init__(self, config: EngineConfig, listener: Listener) -> None:
        super().__init__(config, listener)
        self._log_writer: LogWriter | None = None

    # -- commands (any thread; each returns a Future) -----------------------------------------
    # What each one does is said once, in sip.engine_types.EngineCommands.

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
        return self.submit(lambda: self._transfer(call_id, target))

    def transfer_attended(self, call_id: int, consultation_id: int) -> Future[None]:
        return self.submit(lambda: self._transfer_attended(call_id, consultation_id))

    def conference(self, call_ids: list[int]) -> Future[None]:
        return self.submit(lambda: self._conference(call_ids))

    def split(self, call_id: int) -> Future[None]:
        return self.submit(lambda: self._split(call_id))

    def start_recording(self, call_id: int, path: str, own_voice: bool = True) -> Future[None]:
        return self.submit(lambda: self._start_recording(call_id, path, own_voice))

    def stop_recording(self, call_id: int) -> Future[str | None]:
        return self.submit(lambda: self._stop_recording(call_id))

    def play_to_call(self, call_id: int, path: str, loop: bool = True) -> Future[None]:
        return self.submit(lambda: self._play_to_call(call_id, path, loop))

    def listen_in(self, leg_id: int, target_id: int, mode: str) -> Future[None]:
        return self.submit(lambda: self._listen_in(leg_id, target_id, mode))

    def record_speaker(self, path: str) -> Future[None]:
        return self.submit(lambda: self._record_speaker(path))

    def stop_speaker_recording(self) -> Future[str | None]:
        return self.submit(self._stop_speaker_recording)

    def audio_devices(self) -> Future[list[AudioDevice]]:
        return self.submit(self._audio_devices)

    def set_audio_devices(self, capture: int | None, playback: int | None) -> Future[None]:
        return self.submit(lambda: self._set_audio_devices(capture, playback))

    def play_test_tone(self, seconds: float = 2.0) -> Future[None]:
        return self.submit(lambda: self._play_test_tone(seconds))

    def set_ringtone(self, path: str) -> Future[None]:
        return self.submit(lambda: self._set_ringtone(path))

    def audio_levels(self) -> Future[tuple[int, int]]:
        return self.submit(self._audio_levels)

    def calls(self) -> Future[list[int]]:
        return self.submit(self._live_calls)

    def bridge_ports(self) -> Future[list[BridgePort]]:
        return self.submit(self._bridge_ports)

    # -- start and shutdown (engine thread) -----------------------------------------------------

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
        self._log_writer = LogWriter(self._on_pjsip_log)
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
