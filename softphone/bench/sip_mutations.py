"""The fuzz bench's mutator (`softphone bench sip-fuzz`): seeded random damage to a SIP message.

Each mutation returns new bytes; the random.Random it is given is its only source of
randomness, so a seed replays a soak message for message.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable


def _flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] ^= rng.randint(1, 255)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _header_lines(data: bytes) -> list[int]:
    """Start offsets of the header lines (not the start line, not the body)."""
    head_end = data.find(b"\r\n\r\n")
    head_end = len(data) if head_end < 0 else head_end
    starts, index = [], data.find(b"\r\n")
    while 0 <= index < head_end:
        starts.append(index + 2)
        index = data.find(b"\r\n", index + 2)
    return starts


def _pick_line(data: bytes, rng: random.Random) -> tuple[int, int] | None:
    starts = _header_lines(data)
    if not starts:
        return None
    start = rng.choice(starts)
    end = data.find(b"\r\n", start)
    return start, (len(data) if end < 0 else end)


def _duplicate_header(data: bytes, rng: random.Random) -> bytes:
    picked = _pick_line(data, rng)
    if picked is None:
        return data
    start, end = picked
    line = data[start:end] + b"\r\n"
    return data[:start] + line * rng.randint(1, 40) + data[start:]


def _huge_header(data: bytes, rng: random.Random) -> bytes:
    picked = _pick_line(data, rng)
    if picked is None:
        return data
    _, end = picked
    filler = rng.choice([b"A", b";x=", b",", b"%00", b"\xff", b" "]) * rng.randint(256, 8192)
    return data[:end] + filler + data[end:]


def _remove_crlf(data: bytes, rng: random.Random) -> bytes:
    spots = [m.start() for m in re.finditer(b"\r\n", data)]
    for spot in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 3))), reverse=True):
        data = data[:spot] + data[spot + 2 :]
    return data


def _bare_lf(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"\r\n", b"\n") if rng.random() < 0.5 else data.replace(b"\r\n", b"\r")


_CONTENT_LENGTH = re.compile(rb"(?im)^((?:content-length|l)[ \t]*:[ \t]*)[^\r\n]*")


def _random_content_length(data: bytes, rng: random.Random) -> bytes:
    value = rng.choice(
        [b"-1", b"0", b"1", b"%d" % rng.randint(0, 100_000), b"99999999999999999999", b"x", b""]
    )
    # A function, not a template: re caches every distinct replacement template it compiles.
    replaced, count = _CONTENT_LENGTH.subn(lambda m: m.group(1) + value, data, count=1)
    if count:
        return replaced
    return data.replace(b"\r\n\r\n", b"\r\nContent-Length: " + value + b"\r\n\r\n", 1)


def _insert_garbage(data: bytes, rng: random.Random) -> bytes:
    spot = rng.randrange(len(data) + 1)
    return data[:spot] + rng.randbytes(rng.randint(1, 64)) + data[spot:]


def _swap_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\r\n")
    if len(lines) > 2:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return b"\r\n".join(lines)


MUTATIONS: tuple[Callable[[bytes, random.Random], bytes], ...] = (
    _flip_bytes,
    _truncate,
    _duplicate_header,
    _huge_header,
    _remove_crlf,
    _bare_lf,
    _random_content_length,
    _insert_garbage,
    _swap_lines,
)


def mutate(message: bytes, rng: random.Random) -> bytes:
    """One to three mutations; about one message in twenty is left as it is."""
    if rng.random() < 0.05:
        return message
    for _ in range(rng.randint(1, 3)):
        message = rng.choice(MUTATIONS)(message, rng)
    return message
