"""The SIP engine's accounts: transports, registration with backoff, keepalives (engine thread).

Part of sip.engine.SipEngine (see sip/engine_loop.py for the threading rules). An account
registers again by itself after a failure (with backoff), at once when its TCP or TLS
connection drops, and when its registrar answers keepalives again after a silence.
"""

from __future__ import annotations

import logging
import random
import time
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

from sip import sipmsg
from sip.config import AccountConfig, EngineConfig
from sip.engine_loop import EngineLoop
from sip.engine_types import Listener, SipCommandError
from sip.events import RegistrationChanged, RegistrationFailure
from sip.keepalive import RegistrarWatch
from sip.media_address import media_address_towards

# One logger for the whole engine, whichever of its modules writes.
log = logging.getLogger("sip.engine")

TRANSPORT_LOSS_RETRY_S = 0.2  # a connection that dropped: register again this soon
UNREGISTER_WAIT_S = 3.0  # removing an account waits this long at most for the registrar
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


class EngineAccount(pj.Account):
    """A pjsua2 account: its callbacks, on the engine thread, go to the engine's jobs."""

    def __init__(self, engine: EngineAccounts, config: AccountConfig) -> None:
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


class EngineAccounts(EngineLoop):
    """Accounts and transports. Engine thread only, except `_on_registrar_probe_done`."""

    def __init__(self, config: EngineConfig, listener: Listener) -> None:
        super().__init__(config, listener)
        self._transports: dict[str, int] = {}  # transport kind -> pjsua2 transport id
        self._accounts: dict[str, EngineAccount] = {}
        self._registrar_watch: RegistrarWatch | None = None

    if TYPE_CHECKING:  # the calls' job (sip/engine_calls.py)

        def _hangup(self, call_id: int, code: int) -> None: ...

        def _on_incoming_call(self, account: EngineAccount, prm: Any) -> None: ...

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

    def _account(self, account_id: str) -> EngineAccount:
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
        account = EngineAccount(self, config)
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

    def _unregister(self, account_id: str, account: EngineAccount) -> None:
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

    def _local_uri(self, account: EngineAccount) -> str:
        tid = self._transports[account.config.transport]
        host = self._ep.transportGetInfo(tid).localName
        return f"sip:{account.config.username}@{host}{account.config.transport_param()}"

    def _on_reg_state(self, account: EngineAccount, prm: Any) -> None:
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
                at_ns=time.monotonic_ns(),
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
                    at_ns=time.monotonic_ns(),
                )
            )

    def _retry_register(self, account: EngineAccount) -> None:
        if self._accounts.get(account.config.id) is account:
            account.setRegistration(True)


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
