"""How much text a write may carry: the one limit on notes and every other free text.

A call note is a few lines; 100,000 characters (about 100 kB of plain text, 40 printed pages) is
far beyond any note an agent types, and far below what makes the outbox, the change feed or the
caller's card slow. A longer text is refused whole, with the reason; it is never cut short.

U+0000 (NUL) is the one character dropped: PostgreSQL cannot store it in text or JSON, it shows as
nothing, and both backends must hold the same text.
"""

from __future__ import annotations

from typing import Any

MAX_TEXT_CHARS = 100_000


class TextTooLong(ValueError):
    """A text in a write is longer than MAX_TEXT_CHARS; nothing of the write was queued."""

    def __init__(self, where: str, length: int, limit: int = MAX_TEXT_CHARS) -> None:
        super().__init__(
            f"{where} is {length:,} characters long; a note or other text may have at most "
            f"{limit:,}. Nothing was saved: shorten it and save it again."
        )
        self.where = where
        self.length = length
        self.limit = limit


def checked_payload(payload: dict[str, Any], limit: int = MAX_TEXT_CHARS) -> dict[str, Any]:
    """The payload as it may be written: NUL characters removed, every text within the limit.

    Raises TextTooLong naming the first text over the limit (e.g. "body")."""
    return {_checked_key(k): _checked(v, str(k), limit) for k, v in payload.items()}


def _checked_key(key: Any) -> Any:
    return key.replace("\x00", "") if isinstance(key, str) else key


def _checked(value: Any, where: str, limit: int) -> Any:
    if isinstance(value, str):
        if len(value) > limit:
            raise TextTooLong(where, len(value), limit)
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {_checked_key(k): _checked(v, f"{where}.{k}", limit) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_checked(v, f"{where}[{i}]", limit) for i, v in enumerate(value)]
    return value
