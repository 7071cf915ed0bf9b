"""Small, dependency-free audio helpers for checking what a SIP peer heard (stdlib only).

* :func:`write_tone` / :func:`read_wav` - 16-bit PCM WAV files (``read_wav`` mixes down to mono
  floats in ``[-1.0, 1.0]``).
* :func:`goertzel_power` - the power of one frequency (Goertzel algorithm, O(n) per frequency),
  optionally averaged over short blocks.
* :func:`dominant_frequency` - which of a few candidate frequencies is strongest.
* :func:`tone_present` - does a frequency stand out clearly above the rest of the band (see its
  docstring for the exact criterion).
* :func:`rms` and :func:`segments` - loudness, and fixed-length windows (e.g. to check that a held
  call is silent between two timestamps).
"""

from __future__ import annotations

import array
import math
import os
import sys
import wave
from collections.abc import Sequence

__all__ = [
    "dominant_frequency",
    "goertzel_power",
    "read_wav",
    "rms",
    "segments",
    "tone_present",
    "write_tone",
]

SUPPORTED_RATES = (8000, 16000, 48000)
_FULL_SCALE = 32768.0


def write_tone(
    path: str | os.PathLike[str],
    freq_hz: float,
    seconds: float,
    rate: int = 8000,
    channels: int = 1,
    amplitude: float = 0.5,
) -> None:
    """Write a sine tone as a 16-bit PCM WAV (the same sample in every channel).

    ``amplitude`` is relative to full scale (0..1); ``freq_hz`` 0 writes silence.
    """
    if rate not in SUPPORTED_RATES:
        raise ValueError(f"rate must be one of {SUPPORTED_RATES}, not {rate}")
    if channels < 1:
        raise ValueError("channels must be >= 1")
    if not 0.0 <= amplitude <= 1.0:
        raise ValueError("amplitude must be within 0..1")
    frames = round(seconds * rate)
    peak = amplitude * 32767.0
    step = 2.0 * math.pi * freq_hz / rate
    data = array.array("h")
    for n in range(frames):
        value = round(peak * math.sin(step * n))
        data.extend([value] * channels)
    if sys.byteorder != "little":
        data.byteswap()
    with wave.open(os.fspath(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(data.tobytes())


def read_wav(path: str | os.PathLike[str]) -> tuple[list[float], int]:
    """Read a 16-bit PCM WAV; return ``(mono samples in [-1, 1], sample rate)``.

    Several channels are mixed down by averaging each frame.
    """
    with wave.open(os.fspath(path), "rb") as wav:
        width = wav.getsampwidth()
        channels = wav.getnchannels()
        rate = wav.getframerate()
        raw = wav.readframes(wav.getnframes())
    if width != 2:
        raise ValueError(f"only 16-bit PCM WAV is supported (sample width {width} bytes)")
    data = array.array("h")
    data.frombytes(raw[: len(raw) - len(raw) % 2])
    if sys.byteorder != "little":
        data.byteswap()
    if channels == 1:
        return [s / _FULL_SCALE for s in data], rate
    usable = len(data) - len(data) % channels
    scale = _FULL_SCALE * channels
    mono = [sum(data[i : i + channels]) / scale for i in range(0, usable, channels)]
    return mono, rate


def goertzel_power(
    samples: Sequence[float], rate: int, freq: float, block_seconds: float | None = None
) -> float:
    """Power of the ``freq`` component, in mean-square units.

    A sine of amplitude ``A`` at exactly ``freq`` gives ``A**2 / 2`` - its share of
    ``rms(samples) ** 2``. With ``block_seconds`` the signal is cut into blocks of that length and
    the block powers are averaged (the last, partial block is dropped unless it is the only one):
    shorter blocks mean a wider analysis bandwidth (``1 / block_seconds`` Hz), which tolerates small
    frequency errors and phase jumps (lost packets) at the cost of frequency resolution.
    """
    n_total = len(samples)
    if n_total == 0:
        return 0.0
    size = n_total if block_seconds is None else max(8, round(block_seconds * rate))
    starts = list(range(0, n_total - size + 1, size)) or [0]
    coeff = 2.0 * math.cos(2.0 * math.pi * freq / rate)
    total = 0.0
    for first in starts:
        block = samples[first : first + size]
        s_prev = 0.0
        s_prev2 = 0.0
        for x in block:
            s = x + coeff * s_prev - s_prev2
            s_prev2 = s_prev
            s_prev = s
        power = s_prev2 * s_prev2 + s_prev * s_prev - coeff * s_prev * s_prev2
        total += 2.0 * max(power, 0.0) / (len(block) ** 2)
    return total / len(starts)


def dominant_frequency(
    samples: Sequence[float],
    rate: int,
    candidates: Sequence[float],
    block_seconds: float = 0.1,
) -> float:
    """The candidate frequency with the largest (block-averaged) Goertzel power."""
    if not candidates:
        raise ValueError("no candidate frequencies")
    return max(candidates, key=lambda f: goertzel_power(samples, rate, f, block_seconds))


ANALYSIS_BLOCK_S = 0.02
"""Block length of :func:`tone_present`: 20 ms, i.e. 50 Hz wide frequency cells."""


def tone_present(
    samples: Sequence[float],
    rate: int,
    freq: float,
    threshold_ratio: float = 10.0,
    min_rms: float = 0.005,
) -> bool:
    """Whether ``freq`` stands out clearly above the band average.

    Criterion: the signal is analysed in 20 ms blocks, so the band 0..rate/2 consists of
    ``rate / 100`` frequency cells 50 Hz wide (80 cells for 8 kHz audio). The *band average* is the
    signal's total (DC-free) power divided by that number of cells - exact by Parseval's theorem,
    so every component counts wherever it lies. ``freq`` is present when its block-averaged
    Goertzel power is at least ``threshold_ratio`` times that average, and the signal is not
    (near) silence: ``rms >= min_rms`` (full scale = 1.0).

    In other words ``freq`` must carry at least ``threshold_ratio / cells`` of the total power:
    12.5 % for 8 kHz audio at the default ratio 10 (6.25 % at 16 kHz, 2.1 % at 48 kHz). A pure tone
    scores ``cells`` (80 at 8 kHz); white noise scores about 1; in a 2:1 (amplitude) mix of two
    tones both are present; a tone 28 dB below another one is not.
    """
    n = len(samples)
    if n == 0 or rms(samples) < min_rms:
        return False
    mean = math.fsum(samples) / n
    ac_power = max(math.fsum((x - mean) ** 2 for x in samples) / n, 0.0)
    block = max(8, round(ANALYSIS_BLOCK_S * rate))
    cells = block / 2.0
    band_average = ac_power / cells
    if band_average <= 0.0:
        return False
    target = goertzel_power(samples, rate, freq, ANALYSIS_BLOCK_S)
    return target >= threshold_ratio * band_average


def rms(samples: Sequence[float]) -> float:
    """Root mean square (full scale = 1.0); 0.0 for no samples."""
    if len(samples) == 0:
        return 0.0
    return math.sqrt(math.fsum(x * x for x in samples) / len(samples))


def segments(samples: Sequence[float], rate: int, seconds: float) -> list[list[float]]:
    """Cut ``samples`` into consecutive windows of ``seconds`` (the last one may be shorter)."""
    size = max(1, round(seconds * rate))
    return [list(samples[i : i + size]) for i in range(0, len(samples), size)]
