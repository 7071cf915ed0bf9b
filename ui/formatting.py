"""Locale-aware formatting of dates and language names for the views."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone


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
