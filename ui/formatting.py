"""Locale-aware formatting of dates and language names for the views."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone


def _digits(value: int, width: int = 1) -> str:
    """An integer in the current locale's digits (Arabic-Indic in Arabic), zero-padded."""
    locale = QLocale()
    text = locale.toString(value)
    return text.rjust(width, locale.zeroDigit())


def clock_duration(seconds: float) -> str:
    """A running call's or a countdown's length, "04:05" or "1:04:05", in the locale's digits."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{_digits(hours)}:{_digits(minutes, 2)}:{_digits(secs, 2)}"
    return f"{_digits(minutes, 2)}:{_digits(secs, 2)}"


def local_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


# The service languages by their own names; QLocale would say "American English" for "en".
NATIVE_NAMES = {
    "it": "Italiano",
    "de": "Deutsch",
    "en": "English",
    "fr": "Français",
    "ar": "العربية",
    "pl": "Polski",
    "es": "Español",
    "ru": "Русский",
}


def language_name(code: str) -> str:
    """The language's own name ("Deutsch", "العربية"): how a caller's language reads best."""
    if not code:
        return ""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code
