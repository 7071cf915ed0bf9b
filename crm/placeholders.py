"""Placeholders in texts read to or sent to a caller: call-script steps and canned answers.

`{{name}}` is replaced by a value the app knows about the call; `{{name|fallback}}` falls back to
the given text when the value is missing. A placeholder with neither a value nor a fallback is
never silently dropped: it becomes a visible gap marker (`[name?]`), and `fill` says where each
gap is, so a window can highlight it and an agent never sends a half-filled text unknowingly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

PLACEHOLDERS = (
    "first_name",
    "last_name",
    "caller_name",
    "agent_name",
    "ticket_number",
    "ticket_subject",
    "service_hours",
    "today",
    "topic",
)
# {{name}} or {{name|fallback text}}; the fallback may not contain "}}".
PATTERN = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True)
class Gap:
    start: int  # offsets in the filled text, in Python characters (code points)
    end: int
    name: str


@dataclass(frozen=True)
class FilledText:
    text: str
    missing: tuple[str, ...]  # placeholder names with no value and no fallback, in text order
    gaps: tuple[Gap, ...] = ()  # where their markers stand in `text`


def gap_marker(name: str) -> str:
    """What stands in the text where a value is not known, so the agent sees the gap."""
    return f"[{name}?]"


def placeholders_in(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(1) for m in PATTERN.finditer(text)))


def unknown_placeholders(text: str) -> list[str]:
    """Names used in `text` that no caller context ever fills (a typo in an edited text)."""
    return sorted({m.group(1) for m in PATTERN.finditer(text)} - set(PLACEHOLDERS))


def fill(text: str, values: Mapping[str, object]) -> FilledText:
    """Replace {{name}} and {{name|fallback}}; a value of None or blank text counts as missing."""
    missing: list[str] = []
    gaps: list[Gap] = []
    parts: list[str] = []
    length = 0
    last = 0
    for match in PATTERN.finditer(text):
        literal = text[last : match.start()]
        parts.append(literal)
        length += len(literal)
        last = match.end()
        name, fallback = match.group(1), match.group(2)
        value = values.get(name)
        if value is not None and str(value).strip():
            piece = str(value)
        elif fallback is not None:
            piece = fallback.strip()
        else:
            piece = gap_marker(name)
            gaps.append(Gap(length, length + len(piece), name))
            if name not in missing:
                missing.append(name)
        parts.append(piece)
        length += len(piece)
    parts.append(text[last:])
    return FilledText("".join(parts), tuple(missing), tuple(gaps))
