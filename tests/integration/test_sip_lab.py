"""Self-tests of the SIP lab harness: real Kamailio, baresip and linphonec on 127.0.0.1.

These prove the helpers in ``tests/support`` (kamailio.py, baresip.py, linphone.py, audio.py)
against each other, with the audio that crossed each call checked by frequency. They do not touch
the project's own SIP engine.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.audio import (
    dominant_frequency,
    goertzel_power,
    read_wav,
    rms,
    segments,
    tone_present,
    write_tone,
)
from tests.support.baresip import Baresip, baresip_available
from tests.support.kamailio import Kamailio, kamailio_available
from tests.support.linphone import Linphonec, linphonec_available

USERS = {"1001": "pw1", "2001": "pw2", "3001": "pw3", "4001": "pw4"}
CANDIDATES = [440.0, 700.0, 1000.0]

needs_kamailio_baresip = pytest.mark.skipif(
    not (kamailio_available() and baresip_available()),
    reason="kamailio and baresip are not installed",
)


@pytest.fixture
def kamailio() -> Iterator[Kamailio]:
    with Kamailio(users=USERS) as k:
        yield k


def _assert_heard(path: Path, expected: float, others: list[float]) -> None:
    samples, rate = read_wav(path)
    assert len(samples) >= rate, f"{path.name}: only {len(samples) / rate:.2f} s of audio"
    assert dominant_frequency(samples, rate, [expected, *others]) == expected
    assert tone_present(samples, rate, expected), f"{expected} Hz not clearly present"
    for other in others:
        assert not tone_present(samples, rate, other), f"{other} Hz unexpectedly present"


# ----------------------------------------------------------------------------- audio helpers


def test_audio_helpers_on_synthetic_signals(tmp_path: Path) -> None:
    # write_tone/read_wav round trip, mono 8 kHz
    mono = tmp_path / "1000.wav"
    write_tone(mono, 1000, 1.0, rate=8000)
    samples, rate = read_wav(mono)
    assert rate == 8000
    assert len(samples) == 8000
    assert rms(samples) == pytest.approx(0.5 / math.sqrt(2), rel=0.01)
    assert dominant_frequency(samples, rate, [440, 1000]) == 1000
    assert tone_present(samples, rate, 1000)
    assert not tone_present(samples, rate, 440)

    # stereo 48 kHz is mixed down to mono
    stereo = tmp_path / "440-stereo.wav"
    write_tone(stereo, 440, 0.5, rate=48000, channels=2, amplitude=0.25)
    samples, rate = read_wav(stereo)
    assert (rate, len(samples)) == (48000, 24000)
    assert dominant_frequency(samples, rate, [440, 1000]) == 440
    assert tone_present(samples, rate, 440)

    # a 440 + 1000 Hz mix: both present, the louder one dominates
    rate = 16000
    mix = [
        0.4 * math.sin(2 * math.pi * 440 * n / rate) + 0.2 * math.sin(2 * math.pi * 1000 * n / rate)
        for n in range(rate)
    ]
    assert dominant_frequency(mix, rate, [440, 1000, 700]) == 440
    assert tone_present(mix, rate, 440)
    assert tone_present(mix, rate, 1000)
    assert not tone_present(mix, rate, 700)
    assert goertzel_power(mix, rate, 440) > 3 * goertzel_power(mix, rate, 1000)

    # a weak tone under a much louder one is not "clearly present"
    masked = [
        0.5 * math.sin(2 * math.pi * 440 * n / 8000)
        + 0.02 * math.sin(2 * math.pi * 1000 * n / 8000)
        for n in range(8000)
    ]
    assert not tone_present(masked, 8000, 1000)

    # silence and noise
    silence = tmp_path / "silence.wav"
    write_tone(silence, 0, 0.5, rate=8000)
    quiet, rate = read_wav(silence)
    assert rms(quiet) == 0.0
    assert not tone_present(quiet, rate, 440)
    rng = random.Random(7)
    noise = [rng.uniform(-0.3, 0.3) for _ in range(8000)]
    assert not tone_present(noise, 8000, 440)
    assert not tone_present(noise, 8000, 1000)

    # windows: 1 s of tone + 0.5 s of silence, cut into 0.25 s pieces
    tone, _ = read_wav(mono)
    windows = segments(tone + quiet, 8000, 0.25)
    assert [len(w) for w in windows] == [2000] * 6
    assert [rms(w) > 0.1 for w in windows] == [True] * 4 + [False] * 2

    with pytest.raises(ValueError):
        write_tone(tmp_path / "bad.wav", 440, 0.1, rate=44100)


# ----------------------------------------------------------------------------- registration


@needs_kamailio_baresip
def test_registration_needs_the_right_password(kamailio: Kamailio) -> None:
    with (
        Baresip(user="2001", password="pw2", registrar=kamailio, name="good") as good,
        Baresip(user="1001", password="wrong", registrar=kamailio, name="bad") as bad,
        Baresip(user="9999", password="x", registrar=kamailio, name="unknown") as unknown,
    ):
        good.wait_registered(5)
        contacts = kamailio.wait_registered("2001", 5)
        assert contacts and contacts[0].startswith("sip:2001")
        assert f":{good.sip_port}" in contacts[0]

        reason = bad.wait_register_failed(5)
        assert reason.startswith("403"), reason
        assert bad.registration_status() == "ERR"
        assert kamailio.contacts("1001") == []
        kamailio.wait_log(r"SIPLAB REGISTER wrong-password 1001")

        assert unknown.wait_register_failed(5).startswith("404")
    # baresip unregisters on quit (REGISTER with expires=0)
    kamailio.wait_log(r"SIPLAB REGISTER ok 2001 contact=<[^>]*>;expires=0")
    assert kamailio.contacts("2001") == []


# ----------------------------------------------------------------------------- calls


@needs_kamailio_baresip
def test_call_through_kamailio_with_digest_auth_and_audio(kamailio: Kamailio) -> None:
    with (
        Baresip(user="1001", password="pw1", registrar=kamailio, tone_hz=440, name="A") as a,
        Baresip(user="2001", password="pw2", registrar=kamailio, tone_hz=1000, name="B") as b,
    ):
        a.wait_registered(5)
        b.wait_registered(5)

        a.dial(kamailio.uri("2001"))
        assert b.wait_call_established(10)["direction"] == "incoming"
        assert a.wait_call_established(10)["peeruri"] == kamailio.uri("2001")
        # talk for ~2 s: wait until both sides have actually received 2 s of audio
        a.wait_received_audio(2.0, timeout=8)
        b.wait_received_audio(2.0, timeout=8)
        a.hangup()
        a.wait_call_closed(5)
        b.wait_call_closed(5)

        # the INVITE was digest-authenticated by the proxy, the BYE loose-routed through it
        kamailio.wait_log(r"SIPLAB AUTH ok INVITE from=sip:1001@")
        kamailio.wait_log(r"SIPLAB in-dialog BYE")

        _assert_heard(a.wait_received_wav(), 1000.0, [440.0])
        _assert_heard(b.wait_received_wav(), 440.0, [1000.0])


@needs_kamailio_baresip
def test_cancel_unregistered_callee_and_unauthenticated_caller(kamailio: Kamailio) -> None:
    with (
        Baresip(user="1001", password="pw1", registrar=kamailio, name="A") as a,
        Baresip(user="2001", password="pw2", registrar=kamailio, auto_answer=False, name="C") as c,
        Baresip(user="1001", registrar=None, name="anon") as anon,
    ):
        a.wait_registered(5)
        c.wait_registered(5)

        # CANCEL travels through the proxy to the ringing callee
        a.dial(kamailio.uri("2001"))
        c.wait_incoming(5)
        a.hangup()
        a.wait_call_closed(5)
        c.wait_call_closed(5)

        # a known but unregistered user: 404 from lookup("location")
        a.dial(kamailio.uri("4001"))
        assert "404" in a.wait_call_closed(5)["param"]

        # a caller claiming a local identity is challenged (407); baresip without a password
        # answers the challenge with empty credentials, which the proxy refuses (403)
        anon.dial(kamailio.uri("2001"))
        reason = anon.wait_call_closed(5)["param"]
        assert reason.startswith(("403", "407")), reason
        kamailio.wait_log(
            rf"SIPLAB AUTH wrong-password INVITE from=sip:1001@127.0.0.1:{anon.sip_port}"
        )
        with pytest.raises(TimeoutError):
            c.wait_incoming(0)  # the refused INVITE never reached C


@needs_kamailio_baresip
def test_invites_flow_without_auth_when_disabled() -> None:
    with (
        Kamailio(users=USERS, require_invite_auth=False) as k,
        Baresip(user="2001", password="pw2", registrar=k, tone_hz=1000, name="B") as b,
        Baresip(user="7777", registrar=None, tone_hz=440, name="anon") as anon,
    ):
        b.wait_registered(5)
        anon.dial(k.uri("2001"))
        b.wait_call_established(5)
        anon.wait_call_established(5)
        anon.hangup()
        b.wait_call_closed(5)
        assert "SIPLAB AUTH ok" not in k.log_text()


# ----------------------------------------------------------------------------- restart


@needs_kamailio_baresip
def test_registrar_restart_on_same_port_and_baresip_reregisters(kamailio: Kamailio) -> None:
    port = kamailio.port
    with Baresip(user="2001", password="pw2", registrar=kamailio, regint=2, name="B") as b:
        b.wait_registered(5)
        kamailio.wait_registered("2001", 5)

        kamailio.stop()
        assert not kamailio.running
        # baresip's refresh REGISTER goes unanswered while the registrar is gone
        request = kamailio.wait_request_while_down("REGISTER", timeout=8)
        assert "sip:2001@127.0.0.1" in request
        b.drop_events()

        kamailio.start()
        assert kamailio.port == port
        # a retransmission/refresh reaches the new instance (whose usrloc started empty)
        b.wait_reregistered(10)
        second_run = kamailio.log_text().index("===== start #2")
        kamailio.wait_log(r"SIPLAB REGISTER ok 2001", start=second_run)
        assert kamailio.wait_registered("2001", 5)


# ----------------------------------------------------------------------------- linphonec


@needs_kamailio_baresip
@pytest.mark.skipif(not linphonec_available(), reason="linphonec is not installed")
def test_baresip_calls_linphonec_through_kamailio_with_audio(
    kamailio: Kamailio, tmp_path: Path
) -> None:
    tone = tmp_path / "700.wav"
    write_tone(tone, 700, 15.0, rate=8000)
    with Linphonec(auto_answer=True, play_file=tone) as lp:
        lp.register("3001", "pw3", kamailio)
        assert kamailio.contacts("3001")
        with Baresip(user="1001", password="pw1", registrar=kamailio, tone_hz=440) as b:
            b.wait_registered(5)
            b.dial(kamailio.uri("3001"))
            lp.wait_incoming(5)
            b.wait_call_established(10)
            assert lp.wait_established(5).startswith("sip:1001@")
            b.wait_received_audio(2.0, timeout=8)
            lp.terminate()
            lp.wait_call_ended(5)
            b.wait_call_closed(5)

            _assert_heard(b.wait_received_wav(), 700.0, [440.0, 1000.0])
            _assert_heard(lp.wait_recording(), 440.0, [700.0, 1000.0])

            # and the other way round: linphonec dials, baresip auto-answers, baresip hangs up
            b.drop_events()
            lp.call(kamailio.uri("1001"))
            assert lp.wait_established(10).startswith("sip:1001@")
            b.wait_call_established(5)
            b.wait_received_audio(0.5, timeout=5)
            b.hangup()
            lp.wait_call_ended(5)
        kamailio.wait_log(r"SIPLAB AUTH ok INVITE from=sip:3001@")
