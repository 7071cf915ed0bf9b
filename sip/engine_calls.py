"""The SIP engine's calls: dialling, incoming calls, their states and dialogs (engine thread).

Part of sip.engine.SipEngine (see sip/engine_loop.py for the threading rules). Every call gets
a handle of the engine's own (unique for the engine's life, not pjsua's slot index) and a
CallRecord that keeps its pjsua2 Call referenced until DISCONNECTED has been handled; the
record is dropped on the loop's next turn (`_reap_calls`), never inside the call's callback.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

from sip import oversize, sipmsg
from sip.config import EngineConfig
from sip.dialog import Tracker
from sip.engine_accounts import EngineAccount
from sip.engine_loop import EngineLoop
from sip.engine_types import Listener, SipCommandError
from sip.events import (
    CallDialog,
    CallDirection,
    CallReplaced,
    CallState,
    CallStateChanged,
    CallTooLarge,
    DtmfReceived,
    IncomingCall,
    MediaState,
    TransferProgressed,
)

# One logger for the whole engine, whichever of its modules writes.
log = logging.getLogger("sip.engine")

_CALL_STATES = {
    pj.PJSIP_INV_STATE_CALLING: CallState.CALLING,
    pj.PJSIP_INV_STATE_INCOMING: CallState.INCOMING,
    pj.PJSIP_INV_STATE_EARLY: CallState.EARLY,
    pj.PJSIP_INV_STATE_CONNECTING: CallState.CONNECTING,
    pj.PJSIP_INV_STATE_CONFIRMED: CallState.CONFIRMED,
    pj.PJSIP_INV_STATE_DISCONNECTED: CallState.DISCONNECTED,
}
DTMF_DIGITS = frozenset("0123456789*#ABCDabcd")
# pjmedia_stream_dtmf_event_flags (pjmedia/stream.h); the binding does not export them.
_DTMF_IS_UPDATE, _DTMF_IS_END = 1, 2


@dataclass
class CallRecord:
    """A call as the engine keeps it (engine thread): its pjsua2 Call stays referenced here
    until its DISCONNECTED has been handled."""

    handle: int
    call: EngineCall
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


class EngineCall(pj.Call):
    """A pjsua2 call: its callbacks, on the engine thread, go to the engine's jobs."""

    def __init__(
        self, engine: EngineCalls, account: EngineAccount, call_id: int | None = None
    ) -> None:
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


class EngineCalls(EngineLoop):
    """The calls. Engine thread only."""

    def __init__(self, config: EngineConfig, listener: Listener) -> None:
        super().__init__(config, listener)
        self._calls: dict[int, CallRecord] = {}
        self._dead_calls: list[CallRecord] = []  # disconnected, dropped on the loop's next turn
        self._handles = itertools.count(config.first_call_id)
        self._too_large = oversize.Reported()  # calls lost for their size, reported once

    if TYPE_CHECKING:  # the accounts' job (sip/engine_accounts.py) and the media's
        _accounts: dict[str, EngineAccount]

        def _account(self, account_id: str) -> EngineAccount: ...

        def _update_tones(self) -> None: ...

        def _detach_recorder(self, record: CallRecord) -> str | None: ...

        def _on_call_media_state(self, call: EngineCall) -> None: ...

    def _live_calls(self) -> list[int]:
        return sorted(h for h, c in self._calls.items() if c.state is not CallState.DISCONNECTED)

    def _record(self, call_id: int) -> CallRecord:
        try:
            return self._calls[call_id]
        except KeyError:
            raise SipCommandError(f"no call {call_id}") from None

    def _track(
        self, call: EngineCall, account: EngineAccount, direction: CallDirection
    ) -> CallRecord:
        record = CallRecord(
            handle=next(self._handles), call=call, account_id=account.config.id, direction=direction
        )
        record.ends = Tracker(direction is CallDirection.OUTGOING, account.config.transport)
        call.handle = record.handle
        self._calls[record.handle] = record
        return record

    def _target_uri(self, account: EngineAccount, target: str) -> str:
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
        call = EngineCall(self, account)
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

    def _on_incoming_call(self, account: EngineAccount, prm: Any) -> None:
        received_ns = time.monotonic_ns()
        call = EngineCall(self, account, prm.callId)
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

    def _on_call_state(self, call: EngineCall, prm: Any) -> None:
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

    def _on_call_tsx(self, call: EngineCall, event: Any) -> None:
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

    def _on_dtmf(self, call: EngineCall, prm: Any) -> None:
        method = "info" if prm.method == pj.PJSUA_DTMF_METHOD_SIP_INFO else "rfc4733"
        # RFC 4733 reports a digit's start, its updates and its end: a digit counts once. An
        # INFO carries a whole digit and comes flagged as its end.
        if method == "rfc4733" and int(prm.flags) & (_DTMF_IS_UPDATE | _DTMF_IS_END):
            return
        self._emit(DtmfReceived(call.handle, sipmsg.display_text(str(prm.digit), 4), method))

    def _on_transfer_request(self, call: EngineCall, prm: Any) -> None:
        # We are being transferred: pjsua will place the new call; give it a tracked object.
        record = self._calls.get(call.handle)
        account = call.account
        new_call = EngineCall(self, account)
        new_record = self._track(new_call, account, CallDirection.OUTGOING)
        new_record.remote_uri = sipmsg.name_addr(str(prm.dstUri))[1] or str(prm.dstUri)
        if record is not None:
            new_record.muted = record.muted
            new_record.players = list(record.players)
        prm.newCall = new_call

    def _on_transfer_status(self, call: EngineCall, prm: Any) -> None:
        final = bool(prm.finalNotify)
        self._emit(TransferProgressed(call.handle, int(prm.statusCode), str(prm.reason), final))
        if final and 200 <= int(prm.statusCode) < 300:
            record = self._calls.get(call.handle)
            if record is not None and record.state is not CallState.DISCONNECTED:
                self._hangup(record.handle, 0)

    def _on_call_replaced(self, call: EngineCall, prm: Any) -> None:
        # An attended transfer replaced `call` with a new incoming call from another party.
        old = self._calls.get(call.handle)
        account = call.account
        new_call = EngineCall(self, account, prm.newCallId)
        new_record = self._track(new_call, account, CallDirection.INCOMING)
        if old is not None:
            new_record.muted, new_record.players = old.muted, list(old.players)
            new_record.conference = old.conference
        prm.newCall = new_call
        self._emit(CallReplaced(call.handle, new_record.handle))
