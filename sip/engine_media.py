"""The SIP engine's media: the conference bridge's wiring of each call (microphone, speaker,
players, recorders, conferences, a supervisor's listen-in), ringtone and ring-back, call
quality, sound devices (engine thread).

Part of sip.engine.SipEngine (see sip/engine_loop.py for the threading rules). `_wire` makes
the connections a call should have now and may be called again at any time; a recorder's WAV
is complete when stop_recording returns.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import time
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

from sip.config import EngineConfig
from sip.engine_calls import CallRecord, EngineCall
from sip.engine_loop import EngineLoop
from sip.engine_types import AudioDevice, BridgePort, Listener, SipCommandError
from sip.events import (
    CallDirection,
    CallMediaChanged,
    CallQualityMeasured,
    CallState,
    MediaState,
    RecordingStopped,
)
from sip.quality import estimate_mos

# One logger for the whole engine, whichever of its modules writes.
log = logging.getLogger("sip.engine")

LISTEN_MODES = ("monitor", "whisper", "barge")


class EngineMedia(EngineLoop):
    """Media of the calls and of the phone. Engine thread only."""

    def __init__(self, config: EngineConfig, listener: Listener) -> None:
        super().__init__(config, listener)
        self._conferences = itertools.count(1)
        self._mic: Any = None  # what calls hear from us: the capture device, or a WAV player
        self._speaker: Any = None
        self._tone_sources: dict[str, Any] = {}
        self._ringing = False
        self._ringing_back = False
        self._ringtone_wav = config.ringtone_wav
        self._speaker_tap: Any = None
        self._speaker_tap_path: str | None = None

    if TYPE_CHECKING:  # the calls' job (sip/engine_calls.py)
        _calls: dict[int, CallRecord]

        def _record(self, call_id: int) -> CallRecord: ...

    # -- a call's media -------------------------------------------------------------------------

    def _set_mute(self, call_id: int, muted: bool) -> None:
        record = self._record(call_id)
        record.muted = muted
        self._wire(record)
        self._emit_media(record)

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

    def _detach_recorder(self, record: CallRecord) -> str | None:
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

    def _on_call_media_state(self, call: EngineCall) -> None:
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

    def _emit_media(self, record: CallRecord) -> None:
        self._emit(
            CallMediaChanged(
                call_id=record.handle,
                state=record.media_state,
                muted=record.muted,
                in_conference=record.conference is not None,
                recording=record.recording_path,
            )
        )

    # -- wiring ---------------------------------------------------------------------------------

    def _audio_media(self, record: CallRecord) -> Any:
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

    def _wire(self, record: CallRecord) -> None:
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

    def _disconnect(self, a: CallRecord, b: CallRecord) -> None:
        audio_a, audio_b = self._audio_media(a), self._audio_media(b)
        if audio_a is not None and audio_b is not None:
            audio_a.stopTransmit(audio_b)
            audio_b.stopTransmit(audio_a)

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

    def _wire_listen(self, leg: CallRecord) -> None:
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

    def _quality(self, record: CallRecord) -> CallQualityMeasured | None:
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
