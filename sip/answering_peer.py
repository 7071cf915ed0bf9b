"""An auto-answering user agent in its own process, for benchmarks and diagnostics.

It binds to a loopback address, answers every call, plays a voice-band pattern, prints its SIP
address on stdout (after ADDRESS_PREFIX), and runs until stdin closes or SIGTERM.

    python -m sip.answering_peer --codec PCMA/8000/1
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import threading
from pathlib import Path

from sip.config import DEFAULT_CODECS, AccountConfig, EngineConfig
from sip.demo_caller import write_voice_wav
from sip.engine import SipEngine

ADDRESS_PREFIX = "ANSWERING-PEER "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--codec", action="append", help="enabled codec, in order (repeatable)")
    args = parser.parse_args(argv)
    stop = threading.Event()
    with tempfile.TemporaryDirectory(prefix="softphone-answering-peer-") as tmp:
        voice = Path(tmp) / "voice.wav"
        write_voice_wav(voice)
        engine = SipEngine(
            EngineConfig.loopback(
                microphone_wav=str(voice),
                codecs=tuple(args.codec or DEFAULT_CODECS),
                user_agent="ContactSoftphone-AnsweringPeer",
            ),
            lambda event: None,
        )
        address = engine.start().transports[0][1]
        engine.add_account(
            AccountConfig(
                id="peer", username="peer", domain=address, register=False, auto_answer=True
            )
        ).result(5)
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        # pjlib prints its own start-up line on stdout before any log setting applies: mark ours.
        print(f"{ADDRESS_PREFIX}sip:peer@{address}", flush=True)
        threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
        stop.wait()
        engine.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
