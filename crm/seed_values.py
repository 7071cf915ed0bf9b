"""What a demo store is made of: how often each language and channel comes up, the callers'
time zones, and the makers of plausible values (e-mail local parts from names in Latin or
Cyrillic script, valid phone numbers of a country, a window inside a queue's hours).

`crm/seed.py` builds the demo store from these and the catalogue. Like it, everything here draws
from the random generator it is given, so two runs with the same seed give the same values.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from crm.models import Channel, InteractionKind

# Share of callers per language: mostly Italian, as in the seeds' national contact centre.
LANGUAGE_WEIGHTS = {
    "it": 40,
    "de": 14,
    "en": 10,
    "fr": 7,
    "ar": 8,
    "pl": 7,
    "es": 7,
    "ru": 7,
}

REGION_TIME_ZONES = {
    "IT": "Europe/Rome",
    "CH": "Europe/Zurich",
    "DE": "Europe/Berlin",
    "AT": "Europe/Vienna",
    "GB": "Europe/London",
    "IE": "Europe/Dublin",
    "US": "America/New_York",
    "FR": "Europe/Paris",
    "BE": "Europe/Brussels",
    "MA": "Africa/Casablanca",
    "TN": "Africa/Tunis",
    "EG": "Africa/Cairo",
    "PL": "Europe/Warsaw",
    "ES": "Europe/Madrid",
    "AR": "America/Argentina/Buenos_Aires",
    "RU": "Europe/Moscow",
    "UA": "Europe/Kyiv",
}

CHANNEL_WEIGHTS = {
    Channel.PHONE: 38,
    Channel.EMAIL: 22,
    Channel.WEB_FORM: 18,
    Channel.CHAT: 9,
    Channel.WHATSAPP: 8,
    Channel.SMS: 5,
}

CHANNEL_KIND = {
    Channel.PHONE: InteractionKind.CALL,
    Channel.EMAIL: InteractionKind.EMAIL,
    Channel.WEB_FORM: InteractionKind.WEB_FORM,
    Channel.CHAT: InteractionKind.CHAT,
    Channel.WHATSAPP: InteractionKind.WHATSAPP,
    Channel.SMS: InteractionKind.SMS,
}

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)

# Letters that Unicode does not decompose into a base letter plus an accent.
_LATIN_EXTRA = {"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i"}


def ascii_slug(text: str) -> str:
    """Latin and Cyrillic names to an e-mail local part; '' for scripts we do not transliterate."""
    lowered = text.lower()
    out = []
    for char in lowered:
        if char in _CYRILLIC or char in _LATIN_EXTRA:
            out.append(_CYRILLIC[char] if char in _CYRILLIC else _LATIN_EXTRA[char])
            continue
        decomposed = unicodedata.normalize("NFKD", char)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        if base.isascii() and (base.isalnum() or base in ".-"):
            out.append(base)
    return "".join(out).strip(".-")


class PhoneFactory:
    """Valid, distinct numbers in a given country, built from libphonenumber's metadata."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def make(self, region: str, kind: str) -> str:
        number_type = PhoneNumberType.MOBILE if kind == "mobile" else PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, number_type)
        if example is None:
            example = phonenumbers.example_number(region)
        assert example is not None, f"no example number for region {region}"
        national = str(example.national_number)
        keep = max(2, len(national) - 6)
        for _ in range(200):
            tail = "".join(str(self._rng.randrange(10)) for _ in range(len(national) - keep))
            candidate = phonenumbers.PhoneNumber(
                country_code=example.country_code,
                national_number=int(national[:keep] + tail),
                # Italian fixed lines keep their leading 0 after the country code (+39 06 ...).
                italian_leading_zero=example.italian_leading_zero,
                number_of_leading_zeros=example.number_of_leading_zeros,
            )
            e164 = phonenumbers.format_number(candidate, PhoneNumberFormat.E164)
            if e164 not in self._used and phonenumbers.is_valid_number(candidate):
                self._used.add(e164)
                return e164
        raise RuntimeError(f"could not make a valid {kind} number for {region}")


def weighted(rng: random.Random, weights: Mapping[Any, int]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _parse_hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def next_open_slot(
    after: datetime, hours: Iterable[tuple[int, str, str]], tz: str, rng: random.Random
) -> tuple[datetime, datetime]:
    """A one-hour window inside the queue's hours, starting after `after` (for demo bookings)."""
    zone = ZoneInfo(tz)
    local = after.astimezone(zone)
    by_day: dict[int, list[tuple[time, time]]] = {}
    for weekday, opens, closes in hours:
        by_day.setdefault(weekday, []).append((_parse_hhmm(opens), _parse_hhmm(closes)))
    for offset in range(0, 14):
        day = (local + timedelta(days=offset)).date()
        for opens, closes in sorted(by_day.get(day.weekday(), [])):
            start = datetime.combine(day, opens, zone)
            end = datetime.combine(day, closes, zone)
            if end - timedelta(hours=1) <= local:
                continue
            earliest = max(start, local.replace(second=0, microsecond=0) + timedelta(minutes=30))
            span_min = int((end - timedelta(hours=1) - earliest).total_seconds() // 60)
            if span_min < 0:
                continue
            begin = earliest + timedelta(minutes=rng.randrange(0, span_min + 1, 15))
            begin = begin.replace(minute=(begin.minute // 15) * 15)
            return begin.astimezone(UTC), (begin + timedelta(hours=1)).astimezone(UTC)
    raise ValueError("no opening hours in the next two weeks")
