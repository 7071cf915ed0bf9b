"""Booking files into source records: a JSON array, JSON Lines, or CSV with a header row.

UTF-8 with or without a byte-order mark; CSV's delimiter (comma, semicolon or tab) is sniffed
from the header. Field names are case-insensitive; unknown fields are ignored (and kept on the
record, for the report); empty values count as absent. Each record carries the line its booking
starts on, so every problem can name it. What the fields must hold is `validation`'s job.
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMATS = ("json", "csv")

# File field names (lower case) and their aliases; the table's column names are aliases too.
FIELDS = (
    "kind",
    "phone",
    "language",
    "topic",
    "window_start",
    "window_end",
    "caller_time_zone",
    "name",
    "message",
    "consent",
    "expires_at",
)
ALIASES = {"topic_code": "topic", "caller_name": "name"}


@dataclass(frozen=True)
class ImportProblem:
    """Why one row (or the file at that line) cannot be booked; `field` is "" for the row."""

    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}, {self.field}" if self.field else f"line {self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class SourceRecord:
    """One booking as it stands in the file: its first line and its fields by canonical name."""

    line: int
    fields: Mapping[str, Any]
    ignored: tuple[str, ...] = ()  # field names seen but not used


def parse_bookings(
    data: bytes, fmt: str | None = None, *, name: str = ""
) -> tuple[str, list[SourceRecord], list[ImportProblem]]:
    """Decode and parse a file's bytes: (format, records, problems). Never raises on content."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problem = ImportProblem(line, "", "is not UTF-8 text (export the file as UTF-8)")
        return fmt or "", [], [problem]
    fmt = fmt or detect_format(name, text)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use json or csv")
    records, problems = parse_json(text) if fmt == "json" else parse_csv(text)
    return fmt, records, problems


def detect_format(name: str, text: str) -> str:
    """By the file name's extension, else by the first character (JSON starts with [ or {)."""
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".jsonl", ".ndjson"):
        return "json"
    if suffix in (".csv", ".tsv"):
        return "csv"
    return "json" if text.lstrip()[:1] in ("[", "{") else "csv"


class _Lines:
    """Line numbers of character offsets, by binary search over the newlines."""

    def __init__(self, text: str) -> None:
        self._newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def of(self, offset: int) -> int:
        return bisect.bisect_left(self._newlines, offset) + 1


_JSON_SPACE = " \t\r\n"


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in _JSON_SPACE:
        i += 1
    return i


def parse_json(text: str) -> tuple[list[SourceRecord], list[ImportProblem]]:
    """A JSON array of objects, or JSON Lines; each record with the line its object starts on.

    An array is parsed element by element with `raw_decode`, so the line each object starts on
    is known exactly; a syntax error ends it (nothing after it can be trusted). JSON Lines are
    one object per line, so a broken line is reported and the next ones are still read.
    """
    decoder = json.JSONDecoder()
    lines = _Lines(text)
    records: list[SourceRecord] = []
    problems: list[ImportProblem] = []

    def add(value: Any, line: int) -> None:
        if isinstance(value, dict):
            records.append(source_record(line, value.items()))
        else:
            kind = type(value).__name__.replace("dict", "object").replace("str", "text")
            problems.append(
                ImportProblem(line, "", f"expected an object with the booking's fields, got {kind}")
            )

    i = _skip_space(text, 0)
    if i < len(text) and text[i] == "[":
        i = _skip_space(text, i + 1)
        if i < len(text) and text[i] == "]":
            i = _skip_space(text, i + 1)
        else:
            while True:
                try:
                    value, end = decoder.raw_decode(text, i)
                except json.JSONDecodeError as exc:
                    problems.append(ImportProblem(exc.lineno, "", f"not valid JSON: {exc.msg}"))
                    return records, problems
                add(value, lines.of(i))
                i = _skip_space(text, end)
                if i < len(text) and text[i] == ",":
                    i = _skip_space(text, i + 1)
                    continue
                if i < len(text) and text[i] == "]":
                    i = _skip_space(text, i + 1)
                    break
                where = lines.of(i)
                problems.append(
                    ImportProblem(where, "", "not valid JSON: expected ',' or ']' after a booking")
                )
                return records, problems
        if i < len(text):
            problems.append(ImportProblem(lines.of(i), "", "not valid JSON: text after the array"))
        return records, problems
    for number, line_text in enumerate(text.split("\n"), start=1):
        if not line_text.strip():
            continue
        try:
            value = json.loads(line_text)
        except json.JSONDecodeError as exc:
            problems.append(ImportProblem(number, "", f"not valid JSON: {exc.msg}"))
            continue
        add(value, number)
    return records, problems


def parse_csv(text: str) -> tuple[list[SourceRecord], list[ImportProblem]]:
    """CSV with a header row; the delimiter (comma, semicolon or tab) is read off the header.

    Each record carries the line it starts on: a quoted value may span lines.
    """
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[SourceRecord] = []
    problems: list[ImportProblem] = []
    header: list[str] | None = None
    header_line = 1
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(ImportProblem(start, "", f"not valid CSV: {exc}"))
            break
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header, header_line = [_canonical(cell) for cell in row], start
            seen: set[str] = set()
            for name in header:
                if name and name in seen:
                    problems.append(
                        ImportProblem(start, "", f'the column "{name}" appears more than once')
                    )
                seen.add(name)
            continue
        if len(row) != len(header):
            problems.append(
                ImportProblem(
                    start,
                    "",
                    f"has {len(row)} values but the header (line {header_line}) names "
                    f"{len(header)} columns",
                )
            )
            continue
        records.append(source_record(start, zip(header, row, strict=True)))
    return records, problems


def _canonical(name: object) -> str:
    key = re.sub(r"[\s\-]+", "_", str(name).strip().lower())
    return ALIASES.get(key, key)


def source_record(line: int, items: Iterable[tuple[Any, Any]]) -> SourceRecord:
    fields: dict[str, Any] = {}
    ignored: list[str] = []
    for raw_name, value in items:
        name = _canonical(raw_name)
        if not name:
            continue
        if name not in FIELDS:
            ignored.append(str(raw_name))
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        fields[name] = value
    return SourceRecord(line, fields, tuple(ignored))
