"""What the agent types or pastes to call, made dialable: E.164, an extension, or a SIP URI."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import phonenumbers
from PySide6.QtCore import QCoreApplication

from sip.sipmsg import uri_user
from softphone.presenters import display_number

_PASTE_MARKS = frozenset("\u200b\u200e\u200f\u061c\u202a\u202c\u2066\u2068\u2069\ufeff")
SHORT_EXTENSION_DIGITS = 6  # "2001", "803164": internal extensions and service numbers


class NotDialable(ValueError):
    """What the agent typed is not a number or SIP address; the message is for people."""


@dataclass(frozen=True)
class Dialable:
    target: str  # what the engine dials: E.164, an extension, or a sip: URI
    display: str  # how to show it


def normalise_number(text: str, default_region: str) -> Dialable:
    """A number typed or pasted in any format -> E.164 (shown internationally), an internal
    extension, or a SIP URI. Letters-only input and impossible numbers are refused."""
    raw = text.strip()
    if not raw:
        raise NotDialable(QCoreApplication.translate("Calls", "Enter a number to call."))
    lowered = raw.lower()
    if lowered.startswith(("sip:", "sips:")):
        return Dialable(raw, raw)
    if lowered.startswith("tel:"):
        raw = raw[4:].split(";", 1)[0]
    elif "@" in raw:
        return Dialable(f"sip:{raw}", raw)
    # Invisible marks that come along when a number is copied from a web page or a mail (LRM,
    # left-to-right embedding, isolates, zero-width space) are dropped. Letters, control
    # characters and the marks that reverse text (U+202E...) are not a number's: refused.
    raw = "".join(ch for ch in raw if ch not in _PASTE_MARKS)
    if any(ch.isalpha() or unicodedata.category(ch)[0] == "C" for ch in raw):
        # "06 ABCD" would dial extension 06, "+39 06 FLOWERS" a vanity number nobody meant,
        # "06\x001234" extension 061234: a number with letters or control characters is refused.
        raise NotDialable(
            QCoreApplication.translate("Calls", "Not a phone number: %1").replace("%1", text)
        )
    digits = "".join(ch for ch in raw if ch.isdigit())
    if raw.lstrip().startswith("00"):  # international prefix used in Europe
        raw = "+" + raw.lstrip()[2:]
    if digits and len(digits) <= SHORT_EXTENSION_DIGITS and not raw.startswith("+"):
        return Dialable(digits, digits)
    try:
        parsed = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_possible_number(parsed):
        raise NotDialable(
            QCoreApplication.translate("Calls", "Not a phone number: %1").replace("%1", text)
        )
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return Dialable(e164, display_number(e164))


def e164_of(target: str) -> str:
    """The phone number a dialled target names: "+39..." or "sip:+39...@pbx"; else ""."""
    number = target if target.startswith("+") else uri_user(target)
    return number if number.startswith("+") and number[1:].isdigit() else ""
