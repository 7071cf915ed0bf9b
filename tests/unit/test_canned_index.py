"""The canned-answer search: fuzzy as you type, ranked by match, language and use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm.canned import CannedAnswer, CannedIndex, fold
from crm.placeholders import fill

CATALOG = Path(__file__).resolve().parents[2] / "softphone" / "resources" / "demo" / "catalog.json"


@pytest.fixture(scope="module")
def seeded() -> list[CannedAnswer]:
    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))
    answers, n = [], 0
    for group in catalog["canned_answers"]:
        for language, text in group["translations"].items():
            n += 1
            answers.append(
                CannedAnswer(
                    id=n, group_key=group["key"], language=language, title=text["title"],
                    body=text["body"], topic_code=group["topic"], shortcut=group["shortcut"],
                    tags=tuple(group["tags"]), use_count=n % 7,
                )
            )  # fmt: skip
    return answers


def keys(hits) -> list[str]:
    return [h.group.key for h in hits]


def test_folding_ignores_case_accents_and_arabic_vowel_marks() -> None:
    assert fold("Qualità ÉTÉ Straße") == "qualita ete strasse"
    assert fold("الرَّمْز") == "الرمز"  # with and without harakat
    assert fold("Ёлка й") == "елка и"


def test_each_keystroke_narrows_to_the_answer(seeded) -> None:
    index = CannedIndex(seeded, ["it"])
    typed = "iban"
    assert "iban_change" in keys(index.search(typed[:1]))
    assert keys(index.search(typed))[0] == "iban_change"
    hit = index.search(typed)[0]
    assert hit.answer.language == "it" and hit.tier == 0  # in a heading, in the caller's language


def test_typos_still_find_it_but_rank_below_exact_matches(seeded) -> None:
    index = CannedIndex(seeded, ["en"])
    assert keys(index.search("ibna"))[:1] == ["iban_change"]  # two letters swapped
    assert keys(index.search("pensoin"))[:1] == ["pension_payment_dates"]
    assert index.search("pensoin")[0].tier > index.search("pension")[0].tier


def test_bodies_tags_and_shortcuts_are_searched_in_every_language(seeded) -> None:
    index = CannedIndex(seeded, ["de"])
    # "SPID" is in bodies, "verification" is a tag, Russian and Arabic words find their answers.
    assert "telephone_pin_howto" in keys(index.search("spid"))
    assert keys(index.search("verification"))[0] == "telephone_pin_howto"
    assert keys(index.search("телефонный"))[0] == "telephone_pin_howto"
    assert keys(index.search("الرمز"))[0] == "telephone_pin_howto"
    # Found by a Russian word, shown in the caller's language.
    assert index.search("телефонный")[0].answer.language == "de"
    assert keys(index.search("::pi")) == ["telephone_pin_howto"]
    assert keys(index.search("::iban")) == ["iban_change"]


def test_several_words_must_all_match_before_partial_matches(seeded) -> None:
    index = CannedIndex(seeded, ["en"])
    both = index.search("telephone pin")
    assert keys(both)[0] == "telephone_pin_howto" and both[0].tier == 0
    partial = index.search("iban zzzzqqq")
    assert keys(partial)[0] == "iban_change" and partial[0].tier == 4


def test_the_callers_language_comes_first_then_use(seeded) -> None:
    extra = [
        CannedAnswer(900, "only_polish", "pl", "Tylko po polsku", "Treść", use_count=10_000),
        CannedAnswer(901, "often_used", "it", "Usata spesso", "Testo", use_count=5_000),
    ]
    index = CannedIndex([*seeded, *extra], ["it", "en"])
    listed = keys(index.search(""))
    assert listed[0] == "often_used"  # has Italian, most used
    assert listed.index("only_polish") == len(listed) - 1  # no Italian, no English: last
    index.set_languages(["pl"])
    assert keys(index.search(""))[0] == "only_polish"


def test_retired_answers_are_not_offered(seeded) -> None:
    retired = [
        CannedAnswer(a.id, a.group_key, a.language, a.title, a.body, retired=True)
        for a in seeded
        if a.group_key == "iban_change"
    ]
    others = [a for a in seeded if a.group_key != "iban_change"]
    index = CannedIndex([*others, *retired], ["it"])
    assert "iban_change" not in keys(index.search("iban"))
    assert index.by_shortcut("::iban") is None


def test_the_translations_of_one_answer_switch_in_preference_order(seeded) -> None:
    index = CannedIndex(seeded, ["ar", "it"])
    group = index.group("telephone_pin_howto")
    assert group is not None
    assert group.languages(index.preferred)[:2] == ["ar", "it"]
    assert sorted(group.languages()) == ["ar", "de", "en", "es", "fr", "it", "pl", "ru"]
    assert group.in_language(["xx", "fr"]).language == "fr"


def test_an_answer_with_a_missing_value_shows_where_the_gaps_are(seeded) -> None:
    (pin_it,) = [a for a in seeded if a.group_key == "telephone_pin_howto" and a.language == "it"]
    filled = fill(pin_it.body, {"first_name": "Maria", "agent_name": "Giulia Rossi"})
    assert filled.missing == ("last_name", "service_hours")
    assert [filled.text[g.start : g.end] for g in filled.gaps] == [
        "[last_name?]",
        "[service_hours?]",
    ]
    assert filled.text.startswith("Gentile Maria [last_name?],")


def test_a_category_lists_its_own_answers_only(seeded) -> None:
    index = CannedIndex(seeded, ["it"])
    assert "payments" in index.topics()
    listed = index.search("", topic="payments")
    assert listed and {h.group.topic_code for h in listed} == {"payments"}
    assert keys(index.search("iban", topic="pensions")) == []  # IBAN is a payments answer
    assert keys(index.search("::iban", topic="pensions")) == ["iban_change"]  # typed: found
