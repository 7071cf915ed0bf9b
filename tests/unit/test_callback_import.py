"""Reading callback bookings from web-form exports: line numbers, and every validation rule."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from crm.booking_import.formats import (
    ImportProblem,
    SourceRecord,
    detect_format,
    parse_bookings,
    parse_csv,
    parse_json,
)
from crm.booking_import.validation import (
    Booking,
    Vocabulary,
    validate_booking,
    validate_records,
)

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
VOCABULARY = Vocabulary(
    languages=frozenset({"it", "de", "en", "fr", "ar", "pl", "es", "ru"}),
    topics=frozenset({"pensions", "payments"}),
)
GOOD: dict[str, Any] = {"phone": "+39 02 1234 5678", "language": "it", "consent": "yes"}


def check(fields: dict[str, Any], line: int = 3) -> tuple[Booking | None, list[ImportProblem]]:
    return validate_booking(SourceRecord(line, fields), VOCABULARY, now=NOW)


def problems_of(fields: dict[str, Any]) -> dict[str, str]:
    booking, problems = check(fields)
    assert booking is None and problems, f"{fields} was accepted"
    return {p.field: p.message for p in problems}


# -- parsing -------------------------------------------------------------------------------------


def test_a_json_array_gives_the_line_each_object_starts_on() -> None:
    text = (
        "[\n"
        '  {"phone": "+390212345678",\n'
        '   "language": "it",\n'
        '   "consent": true},\n'
        "\n"
        '  {"phone": "0612345678", "message": "a [bracket] and a\\nnewline",\n'
        '   "language": "de", "consent": "ja"}, {"phone": "3",\n'
        '   "language": "en"}\n'
        "]\n"
    )
    records, problems = parse_json(text)
    assert problems == []
    assert [r.line for r in records] == [2, 6, 7]
    assert records[1].fields["message"] == "a [bracket] and a\nnewline"
    assert records[0].fields["consent"] is True


def test_json_lines_and_a_bom() -> None:
    data = (
        '\ufeff{"phone": "+390212345678", "language": "it", "consent": 1}\n'
        "\n"
        '{"phone": "+390612345678", "language": "fr", "consent": "oui", "extra": 5}\n'
    ).encode()
    fmt, records, problems = parse_bookings(data, name="export.jsonl")
    assert fmt == "json" and problems == []
    assert [r.line for r in records] == [1, 3]
    assert records[1].ignored == ("extra",)


def test_broken_json_lines_are_each_reported_and_the_good_ones_still_read() -> None:
    text = '{"phone": "1", "language": "it"}\n{"phone": \n{"phone": "2"}\n{oops}\n[1]\n'
    records, problems = parse_json(text)
    assert [r.line for r in records] == [1, 3]
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (2, "not valid JSON"),
        (4, "not valid JSON"),
        (5, "expected an object with the booking's fields, got list"),
    ]


def test_a_broken_json_array_is_reported_at_its_line() -> None:
    records, problems = parse_json('[\n  {"phone": "1"},\n  {"phone": "2",}\n]')
    assert [r.line for r in records] == [2]
    assert problems[0].line == 3 and "not valid JSON" in problems[0].message
    _, problems = parse_json('[\n  {"phone": "1"}\n  {"phone": "2"}\n]')
    assert problems == [ImportProblem(3, "", "not valid JSON: expected ',' or ']' after a booking")]
    _, problems = parse_json('[{"phone": "1"}] trailing')
    assert problems[0].message == "not valid JSON: text after the array"
    assert parse_json("[]") == ([], [])
    assert parse_json("  \n") == ([], [])


def test_csv_with_semicolons_a_bom_and_a_value_over_two_lines() -> None:
    data = (
        "\ufeffPhone;Language;Topic Code;Caller-Name;Message;Consent\r\n"
        '+39 02 1234 5678;it;pensions;"Rossi; Maria";"first line\r\nsecond line";sì\r\n'
        "\r\n"
        "06 1234 5678;de;;;;ja\r\n"
    ).encode()
    fmt, records, problems = parse_bookings(data, name="export.csv")
    assert fmt == "csv" and problems == []
    assert [r.line for r in records] == [2, 5]
    first = records[0].fields
    assert first["phone"] == "+39 02 1234 5678" and first["topic"] == "pensions"
    assert first["name"] == "Rossi; Maria" and first["message"] == "first line\r\nsecond line"
    assert "topic" not in records[1].fields  # empty values count as absent


def test_csv_with_commas_and_a_row_with_the_wrong_number_of_values() -> None:
    records, problems = parse_csv("phone,language,consent\n+390212345678,it,yes\n1,2\n")
    assert [r.line for r in records] == [2]
    assert problems == [
        ImportProblem(3, "", "has 2 values but the header (line 1) names 3 columns")
    ]


def test_csv_with_a_repeated_column_is_refused() -> None:
    _, problems = parse_csv("phone;language;Phone\n1;it;2\n")
    assert problems == [ImportProblem(1, "", 'the column "phone" appears more than once')]


def test_a_file_that_is_not_utf8_is_reported_at_its_line() -> None:
    _, records, problems = parse_bookings(b"phone;name\n+390212345678;Jos\xe9\n", name="export.csv")
    assert records == [] and problems == [
        ImportProblem(2, "", "is not UTF-8 text (export the file as UTF-8)")
    ]


def test_the_format_comes_from_the_name_or_the_first_character() -> None:
    assert detect_format("x.JSON", "") == "json"
    assert detect_format("x.ndjson", "") == "json"
    assert detect_format("x.csv", "[") == "csv"
    assert detect_format("export", '  [{"a": 1}]') == "json"
    assert detect_format("export", "phone;language") == "csv"
    with pytest.raises(ValueError, match="unknown format"):
        parse_bookings(b"", "xml")


# -- validating ----------------------------------------------------------------------------------


def test_a_good_booking_is_normalised() -> None:
    booking, problems = check(
        {
            **GOOD,
            "phone": "02 1234 5678",
            "language": "DE-at",
            "topic": "Pensions",
            "name": "  Anna Bauer ",
            "consent": "Ja",
        }
    )
    assert problems == [] and booking is not None
    assert booking.phone_e164 == "+390212345678"
    assert booking.language == "de" and booking.topic_code == "pensions"
    assert booking.kind == "now" and booking.window_start is None
    assert booking.caller_name == "Anna Bauer"


@pytest.mark.parametrize(
    "phone", ["+39 02 1234 5678", "0039 02 1234 5678", "(02) 1234-5678", "+49 30 12345678"]
)
def test_phone_numbers_in_human_formats(phone: str) -> None:
    booking, problems = check({**GOOD, "phone": phone})
    assert problems == [] and booking is not None and booking.phone_e164.startswith("+")


def test_a_phone_in_another_default_region() -> None:
    booking, _ = validate_booking(
        SourceRecord(1, {**GOOD, "phone": "030 12345678"}), VOCABULARY, default_region="DE", now=NOW
    )
    assert booking is not None and booking.phone_e164 == "+493012345678"


@pytest.mark.parametrize(
    ("phone", "message"),
    [
        ("+39 12", '"+39 12" is not a valid phone number'),
        ("+39 02 1234 5678 9999 999", "is not a valid phone number"),
        ("call me", '"call me" is not a phone number'),
        (None, "is required"),
    ],
)
def test_invalid_phone_numbers(phone: str | None, message: str) -> None:
    fields = {**GOOD, "phone": phone} if phone else {k: v for k, v in GOOD.items() if k != "phone"}
    assert message in problems_of(fields)["phone"]


def test_the_message_names_line_field_and_value() -> None:
    _, problems = check({**GOOD, "phone": "+39 12"}, line=7)
    assert [str(p) for p in problems] == ['line 7, phone: "+39 12" is not a valid phone number']


def test_language_must_be_one_the_agents_speak() -> None:
    assert (
        "is not a language our agents speak" in problems_of({**GOOD, "language": "zh"})["language"]
    )
    assert problems_of({"phone": GOOD["phone"], "consent": "yes"}) == {"language": "is required"}
    wider = Vocabulary(VOCABULARY.languages | {"uk"}, VOCABULARY.topics)
    booking, _ = validate_booking(SourceRecord(1, {**GOOD, "language": "uk"}), wider, now=NOW)
    assert booking is not None and booking.language == "uk"


def test_topic_must_exist_and_is_optional() -> None:
    assert "is not a topic" in problems_of({**GOOD, "topic": "weather"})["topic"]
    booking, _ = check(GOOD)
    assert booking is not None and booking.topic_code is None


@pytest.mark.parametrize("answer", [True, 1, "1", "yes", "TRUE", "sì", "si", "ja", "oui", "x"])
def test_consent_in_many_words(answer: Any) -> None:
    booking, problems = check({**GOOD, "consent": answer})
    assert problems == [] and booking is not None


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (False, "the caller did not agree to be called back"),
        ("no", "the caller did not agree to be called back"),
        ("nein", "the caller did not agree to be called back"),
        ("maybe", '"maybe" is not a yes or a no'),
        (None, "is required: the caller must agree to be called back"),
    ],
)
def test_a_booking_without_consent_is_rejected(answer: Any, message: str) -> None:
    fields = {**GOOD, "consent": answer} if answer is not None else {**GOOD}
    if answer is None:
        del fields["consent"]
    assert problems_of(fields) == {"consent": message}


def test_a_window_with_an_offset_is_absolute() -> None:
    booking, problems = check(
        {**GOOD, "window_start": "2026-12-02T09:30+01:00", "window_end": "2026-12-02T10:30Z"}
    )
    assert problems == [] and booking is not None
    assert booking.kind == "scheduled"  # a window makes it scheduled unless told
    assert booking.window_start == datetime(2026, 12, 2, 8, 30, tzinfo=UTC)
    assert booking.window_end == datetime(2026, 12, 2, 10, 30, tzinfo=UTC)


def test_a_window_without_an_offset_is_the_callers_local_time() -> None:
    booking, problems = check(
        {
            **GOOD,
            "kind": "scheduled",
            "window_start": "2027-07-02 09:30",
            "caller_time_zone": "Europe/Rome",
        }
    )
    assert problems == [] and booking is not None
    assert booking.window_start == datetime(2027, 7, 2, 7, 30, tzinfo=UTC)  # CEST, +02:00
    assert booking.caller_time_zone == "Europe/Rome"
    problems = problems_of({**GOOD, "window_start": "2026-12-02T09:30"})
    assert "has no UTC offset" in problems["window_start"]


def test_a_bad_time_zone_is_reported_once() -> None:
    problems = problems_of(
        {**GOOD, "window_start": "2026-12-02T09:30", "caller_time_zone": "Mars/Olympus"}
    )
    assert problems == {
        "caller_time_zone": '"Mars/Olympus" is not a time zone name (e.g. Europe/Rome)'
    }


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"kind": "scheduled"}, "window_start", 'is required for a "scheduled" callback'),
        ({"kind": "later"}, "kind", "is not a kind of booking"),
        (
            {"kind": "now", "window_start": "2026-12-02T09:30Z"},
            "window_start",
            'a "now" booking takes no window_start',
        ),
        ({"window_start": "2026-12-02"}, "window_start", "is not an ISO 8601 date and time"),
        ({"window_start": "tomorrow 9am"}, "window_start", "is not an ISO 8601 date and time"),
        ({"window_start": "2026-11-29T09:00Z"}, "window_start", "is more than a day in the past"),
        (
            {"window_start": "2026-12-02T09:30Z", "window_end": "2026-12-02T09:00Z"},
            "window_end",
            "is not after window_start",
        ),
        ({"window_end": "2026-12-01T09:00Z"}, "window_end", "is in the past"),
        ({"expires_at": "2026-11-30T09:00Z"}, "expires_at", "is in the past"),
        (
            {"window_start": "2026-12-03T09:30Z", "expires_at": "2026-12-02T09:00Z"},
            "expires_at",
            "is not after window_start",
        ),
        ({"message": "x" * 4001}, "message", "is 4001 characters long, at most 4000"),
        ({"name": "x" * 256}, "name", "at most 255"),
    ],
)
def test_window_kind_and_text_rules(fields: dict[str, Any], field: str, message: str) -> None:
    problems = problems_of({**GOOD, **fields})
    assert message in problems[field], problems


def test_a_window_start_less_than_a_day_ago_is_accepted() -> None:
    booking, problems = check({**GOOD, "window_start": "2026-11-30T12:00Z"})
    assert problems == [] and booking is not None
    booking, problems = check({**GOOD, "message": "x" * 4000})
    assert problems == [] and booking is not None


def test_every_problem_of_every_row_is_reported() -> None:
    text = json.dumps(
        [
            {"phone": "+39 12", "language": "xx", "consent": "no"},
            GOOD,
            {"phone": "+390212345678", "language": "it", "consent": "yes", "kind": "soon"},
        ],
        indent=1,
    )
    records, parse_problems = parse_json(text)
    bookings, problems = validate_records(records, VOCABULARY, now=NOW)
    assert parse_problems == [] and [b.line for b in bookings] == [7]
    assert [(p.line, p.field) for p in problems] == [
        (2, "phone"),
        (2, "language"),
        (2, "consent"),
        (12, "kind"),
    ]


def test_the_payload_is_a_callback_request() -> None:
    booking, _ = check({**GOOD, "window_start": "2026-12-02T09:30+01:00", "topic": "payments"})
    assert booking is not None
    payload = booking.payload(source="web_form", uid="u-1")
    assert payload["kind"] == "scheduled" and payload["source"] == "web_form"
    assert payload["phone_e164"] == "+390212345678" and payload["topic_code"] == "payments"
    assert payload["window_start"] == "2026-12-02T08:30:00+00:00" and payload["consent"] is True
