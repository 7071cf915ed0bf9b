"""The SIP engine's configuration, read off the settings; Qt-free, so that `softphone` can start
the engine's process (sip.host_process.prespawn) before it imports Qt and builds the window, and
the engine's start and registration overlap the app's (`softphone bench startup`).

softphone/telephony.py builds its engine from the same function: the engine started early is
adopted only when the configuration is the same.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from sip.config import EngineConfig, TlsSettings
from sip.host_process import prespawn
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
