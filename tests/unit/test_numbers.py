"""Numbers typed or pasted in any format, normalised for dialling and shown internationally."""

from __future__ import annotations

import pytest

from softphone.dialling import NotDialable, normalise_number


@pytest.mark.parametrize(
    ("typed", "region", "target", "shown"),
    [
        ("06 1234 5678", "IT", "+390612345678", "+39 06 1234 5678"),
        ("(06) 1234-5678", "IT", "+390612345678", "+39 06 1234 5678"),
        ("0039 06 12345678", "DE", "+390612345678", "+39 06 1234 5678"),
        ("+49 30 1234567", "IT", "+49301234567", "+49 30 1234567"),
        ("030 1234567", "DE", "+49301234567", "+49 30 1234567"),
        ("tel:+33-1-23-45-67-89", "IT", "+33123456789", "+33 1 23 45 67 89"),
        ("2001", "IT", "2001", "2001"),
        ("803 164", "IT", "803164", "803164"),
        ("sip:2001@pbx.example.org", "IT", "sip:2001@pbx.example.org", "sip:2001@pbx.example.org"),
        ("giulia@pbx.example.org", "IT", "sip:giulia@pbx.example.org", "giulia@pbx.example.org"),
        # Copied from a web page: the invisible direction marks around it are not in the way.
        ("\u202a+39 06 1234 5678\u202c", "IT", "+390612345678", "+39 06 1234 5678"),
        ("\u200e06\u200e 1234 5678", "IT", "+390612345678", "+39 06 1234 5678"),
    ],
)
def test_numbers_in_any_format(typed: str, region: str, target: str, shown: str) -> None:
    result = normalise_number(typed, region)
    assert (result.target, result.display) == (target, shown)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "hello",
        "+39",
        "12345678901234567890",
        "+",
        "++",
        "tel:+",
        "1" * 40,
        "+" + "1" * 40,
        # Letters are refused, not read as a vanity number or dropped: each of these used to
        # dial something (+39063569377, extension 06, +39061234567, extension 1800).
        "+39 06 FLOWERS",
        "06 ABCD EFGH",
        "+39 06 1234 567A",
        "1-800-FLOWERS",
        # Control characters: "06\x001234" used to dial extension 061234.
        "06\x001234",
        "+39\x000612345678",
        "\u202e+390612345678",
        "'; DROP TABLE contacts; --",
        "%",
        "x" * 100_000,
    ],
)
def test_not_dialable_gets_a_message(typed: str) -> None:
    with pytest.raises(NotDialable) as excinfo:
        normalise_number(typed, "IT")
    assert str(excinfo.value)
    assert str(excinfo.value) in ("Enter a number to call.", f"Not a phone number: {typed}")
