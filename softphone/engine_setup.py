"""The SIP engine's configuration, read off the settings; Qt-free, so that `softphone` can start
the engine's process (sip.host_process.prespawn) before it imports Qt and builds the window, and
the engine's start and registration overlap the app's (`softphone bench startup`).

softphone/telephony.py builds its engine from the same function: the engine started early is
adopted only when the configuration is the same.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from sip.config import AccountConfig, EngineConfig, TlsSettings
from sip.host_process import prespawn, register_early
from softphone import passwords
from softphone.ivr import IvrHeaders
from softphone.settings import SipAccountSettings

log = logging.getLogger(__name__)


def engine_config(
    accounts: list[SipAccountSettings],
    *,
    demo: bool,
    bind_address: str,
    cti_headers: tuple[str, ...],
) -> EngineConfig:
    """The engine for these (enabled) accounts; a demo engine listens on the loopback only."""
    # UDP from the start; TCP and TLS are opened by the engine when an account needs them.
    tls = next(
        (TlsSettings(ca_file=a.tls_ca_file, verify_server=a.tls_verify_server)
         for a in accounts if a.transport == "tls"),
        TlsSettings(),
    )  # fmt: skip
    return EngineConfig(
        bind_address="127.0.0.1" if demo else bind_address,
        udp_port=0,
        tls=tls,
        rtp_port=0 if demo else 4000,
        null_audio=demo or not _has_sound_devices(),
        cti_headers=cti_headers,
    )


def account_config(account: SipAccountSettings, password: str | None) -> AccountConfig:
    return AccountConfig(
        id=account.id,
        username=account.username,
        auth_username=account.auth_username,
        domain=account.domain,
        password=password or "",
        display_name=account.display_name,
        registrar=account.registrar,
        outbound_proxy=account.outbound_proxy,
        transport=account.transport,
        srtp=account.srtp,
    )


def prespawn_engine(
    accounts: list[SipAccountSettings], *, demo: bool, ivr: IvrHeaders | None
) -> None:
    """Start the engine's process for the app about to start (Telephony's defaults). Only a
    head start: if it cannot be had, the app starts its engine as it would have anyway."""
    config = engine_config(
        [a for a in accounts if a.enabled],
        demo=demo,
        bind_address="0.0.0.0",
        cti_headers=(ivr or IvrHeaders()).captured(),
    )
    try:
        prespawn(config)
    except Exception:  # a wrong setting is reported where the app starts its engine
        log.warning("the SIP engine could not be started early", exc_info=True)


def _has_sound_devices() -> bool:
    # Without a sound card pjsua2 would fail to open one; the null device keeps calls working.
    return Path("/dev/snd").exists() or sys.platform != "linux"


def register_accounts_early(accounts: list[SipAccountSettings]) -> threading.Thread | None:
    """Have the engine started by prespawn_engine() register these accounts as soon as their
    passwords are read (softphone.passwords.prefetch), on a thread of its own, before the app
    imports Qt: registration then waits for neither Qt, the window nor the store (`softphone
    bench startup`: registered_ms). The app's own addition of each account later is answered
    by this one (sip/engine_host.py). None when there is nothing to register."""
    enabled = [a for a in accounts if a.enabled]
    if not enabled:
        return None

    def register() -> None:
        try:
            read = [passwords.peek(a.keyring_user) for a in enabled]
            if all(known for known, _ in read):  # else the app reads them, and adds them then
                register_early(
                    [
                        account_config(a, password)
                        for a, (_, password) in zip(enabled, read, strict=True)
                    ]
                )
        except Exception:  # only a head start: the app adds its accounts anyway
            log.warning("the SIP accounts could not be registered early", exc_info=True)

    thread = threading.Thread(target=register, name="sip-early", daemon=True)
    thread.start()
    return thread
