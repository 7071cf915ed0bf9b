"""Call scripts without a store: validation, placeholders, and walking the seed scripts."""

from __future__ import annotations

import copy
from datetime import date, datetime
from typing import Any

import pytest

from crm.call_scripts import (
    AnswerError,
    ScriptError,
    ScriptWalk,
    check_answer,
    validate_steps,
)
from crm.placeholders import Gap, fill

END = {"id": "end", "type": "end", "text": "Goodbye."}


def seed_steps(catalog: dict[str, Any], key: str, language: str) -> list[dict[str, Any]]:
    (script,) = [s for s in catalog["call_scripts"] if s["key"] == key]
    return copy.deepcopy(script["translations"][language]["steps"])


# -- validation ----------------------------------------------------------------------------------


def test_every_seed_script_in_every_language_is_valid(catalog: dict[str, Any]) -> None:
    count = 0
    for script in catalog["call_scripts"]:
        for language, body in script["translations"].items():
            checked = validate_steps(body["steps"])
            assert checked == body["steps"], (script["key"], language)
            assert checked is not body["steps"]  # a copy: the caller's list is not shared
            count += 1
    assert count >= 9


def one(**step: Any) -> list[dict[str, Any]]:
    """A script of one step "a" (whose fields are given) and an end step."""
    return [{"id": "a", **step}, END]


CHOICE = {"type": "choice", "text": "Which?"}
YES_NO = {"type": "yes_no", "text": "Ok?"}
LOOP = [
    {"id": "a", "type": "yes_no", "text": "Ok?", "next": {"yes": "end", "no": "b"}},
    {"id": "b", "type": "say", "text": "Loop", "next": {"*": "c"}},
    {"id": "c", "type": "say", "text": "Loop", "next": {"*": "b"}},
    END,
]


@pytest.mark.parametrize(
    ("steps", "message", "index", "step_id"),
    [
        ([], "at least one step", None, None),
        ("greet", "must be a list", None, None),
        (one(type="shout", text="Hi"), r"steps\[0\] \(id 'a'\): unknown type 'shout'", 0, "a"),
        ([{"type": "say", "text": "Hi"}, END], r"steps\[0\]: the step has no id", 0, None),
        ([{"id": "a", "type": "say", "text": "Hi"}, *one(type="say", text="Ho")],
         r"steps\[1\] \(id 'a'\): duplicate id: steps\[0\]", 1, "a"),
        (one(type="say", text="  "), r"steps\[0\] \(id 'a'\): the step has no text", 0, "a"),
        (one(**CHOICE), "needs a list of options", 0, "a"),
        (one(**CHOICE, options=["x", "x"]), "repeat", 0, "a"),
        (one(**YES_NO, options=["x"]), "only choice steps have options", 0, "a"),
        (one(**YES_NO, next={"yes": "nowhere"}),
         r"next\['yes'\] names the step 'nowhere', which does not exist", 0, "a"),
        (one(**YES_NO, next={"maybe": "end"}),
         "answer 'maybe', which cannot be given; use 'yes', 'no', '\\*'", 0, "a"),
        (one(**CHOICE, options=["x", "y"], next={"z": "end"}), "answer 'z'", 0, "a"),
        (one(type="text", text="Note", next={"anything": "end"}), "use '\\*'", 0, "a"),
        (one(type="number", text="How many?", min=5, max=1), "min 5 is greater than max 1", 0, "a"),
        (one(type="number", text="How many?", min="1"), "min must be a number", 0, "a"),
        (one(type="text", text="How many?", max=3), "only number steps have min/max", 0, "a"),
        (one(type="say", text="Hi {{frist_name}}"),
         r"unknown placeholder\(s\) \{\{frist_name\}\}", 0, "a"),
        (one(type="say", text="Hi", optoins=[]), r"unknown field\(s\) optoins", 0, "a"),
        ([{"id": "a", "type": "say", "text": "Hi"}], "no end step can be reached", None, None),
        (one(**YES_NO, next={"*": "a"}), "no end step can be reached", None, None),
        (LOOP, r"steps\[1\] \(id 'b'\): the walk loops from here and never reaches an end", 1, "b"),
        ([{"id": "a", "type": "say", "text": "Hi"}, {**END, "next": {"*": "a"}}],
         "an end step ends the script", 1, "end"),
    ],
)  # fmt: skip
def test_invalid_scripts_are_refused_naming_the_step(
    steps: Any, message: str, index: int | None, step_id: str | None
) -> None:
    with pytest.raises(ScriptError, match=message) as caught:
        validate_steps(steps)
    assert (caught.value.index, caught.value.step_id) == (index, step_id)


def test_useful_shapes_are_accepted() -> None:
    steps = [
        {"id": "a", "type": "yes_no", "text": "Ok?", "next": {"no": "end"}},  # yes falls through
        {"id": "n", "type": "number", "text": "How many?", "min": 0},
        {"id": "t", "type": "text", "text": "Note", "required": True},
        {"id": "end", "type": "end", "text": "Bye {{first_name|}}"},
        {"id": "orphan", "type": "say", "text": "Never reached is not an error"},
    ]
    assert validate_steps(steps) == steps


# -- placeholders --------------------------------------------------------------------------------


def test_fill_replaces_known_values_and_uses_fallbacks() -> None:
    filled = fill(
        "Hello {{first_name}}, this is {{ agent_name }} about {{ticket_number}} "
        "({{topic|your request}}).",
        {"first_name": "Anna", "agent_name": "Giulia", "ticket_number": 20260042, "topic": ""},
    )
    assert filled.text == "Hello Anna, this is Giulia about 20260042 (your request)."
    assert filled.missing == ()


def test_a_missing_value_leaves_a_visible_gap_and_is_listed_once() -> None:
    filled = fill(
        "Am I speaking to {{first_name}} {{last_name}}? Yes, {{first_name}}. {{caller_name|Sir}}",
        {"last_name": "Bianchi", "first_name": None},
    )
    assert filled.text == "Am I speaking to [first_name?] Bianchi? Yes, [first_name?]. Sir"
    assert filled.missing == ("first_name",)
    # Where each gap stands, for the windows that highlight it.
    assert filled.gaps == (Gap(17, 30, "first_name"), Gap(45, 58, "first_name"))
    assert {filled.text[g.start : g.end] for g in filled.gaps} == {"[first_name?]"}


def test_fill_leaves_other_braces_and_markup_alone() -> None:
    filled = fill("{not a placeholder} <b>{{first_name}}</b>", {"first_name": "<i>x</i>"})
    assert (
        filled.text == "{not a placeholder} <b><i>x</i></b>"
    )  # text stays text, the UI shows it plain


# -- walking the seed scripts --------------------------------------------------------------------

# Per script, ways through it: the yes/no answers and the chosen option's position by step id,
# and the path expected. The step ids and the options' order are the same in every language.
PLANS: dict[str, list[tuple[dict[str, Any], list[str]]]] = {
    "pension_payment_callback": [
        ({"pin_verified": "yes", "payment_issue": 0, "iban_matches": "no"},
         ["greet", "pin_verified", "payment_issue", "iban_matches", "iban_info", "notes", "end"]),
        ({"pin_verified": "yes", "payment_issue": 2},
         ["greet", "pin_verified", "payment_issue", "notes", "end"]),
        ({"pin_verified": "no"},
         ["greet", "pin_verified", "unverified_callback", "end_unverified"]),
    ],
    "portal_access_spid": [
        ({"credential_type": 0, "browser_check": "yes"},
         ["greet", "credential_type", "error_message", "browser_check", "escalate", "end"]),
        ({"credential_type": 1, "cie_pin": "no"},
         ["greet", "credential_type", "cie_pin", "cie_pin_info", "end_retry"]),
        ({"credential_type": 1, "cie_pin": "yes", "browser_check": "no"},
         ["greet", "credential_type", "cie_pin", "error_message", "browser_check", "end_retry"]),
    ],
    "iban_change_benefits": [
        ({"identity_verified": "yes", "account_holder": "yes", "benefit_type": 2},
         ["greet", "identity_verified", "account_holder", "benefit_type", "new_iban",
          "online_procedure", "end"]),
        ({"identity_verified": "yes", "account_holder": "no"},
         ["greet", "identity_verified", "account_holder", "not_holder", "end_forwarded"]),
        ({"identity_verified": "no"}, ["greet", "identity_verified", "online_procedure", "end"]),
    ],
}  # fmt: skip


def answer_for(step: dict[str, Any], plan: dict[str, Any]) -> Any:
    kind = step["type"]
    if kind == "yes_no":
        return plan[step["id"]]
    if kind == "choice":
        return step["options"][plan[step["id"]]]
    if kind == "text":
        return f"  note for {step['id']}  "
    if kind == "date":
        return "2026-12-01"
    if kind == "number":
        return 3
    return None


def walk(steps: list[dict[str, Any]], plan: dict[str, Any]) -> ScriptWalk:
    script = ScriptWalk(steps)
    for _ in range(len(steps) + 1):
        if script.finished:
            break
        step = script.current
        assert step is not None
        script.answer(answer_for(step, plan))
    return script


@pytest.mark.parametrize("language", ["it", "en", "de"])
@pytest.mark.parametrize("key", sorted(PLANS))
def test_each_seed_script_walks_through_each_branch(
    catalog: dict[str, Any], key: str, language: str
) -> None:
    steps = seed_steps(catalog, key, language)
    by_id = {s["id"]: s for s in steps}
    for plan, path in PLANS[key]:
        script = walk(steps, plan)
        assert script.finished
        assert script.path == tuple(path), plan
        assert list(script.answers) == path  # only the steps on the path taken, in order
        assert script.current is not None and script.current["type"] == "end"
        for step_id, answer in script.answers.items():
            expected = answer_for(by_id[step_id], plan)
            if isinstance(expected, str):
                expected = expected.strip()  # free text is kept trimmed
            assert answer == expected, step_id


def test_back_forgets_the_answers_after_the_step_it_returns_to(catalog: dict[str, Any]) -> None:
    script = ScriptWalk(seed_steps(catalog, "pension_payment_callback", "en"))
    assert not script.can_go_back
    assert script.back()["id"] == "greet"  # nothing before the first step: stays
    script.answer(None)
    script.answer("yes")
    issue = script.current
    assert issue is not None and issue["id"] == "payment_issue"
    script.answer("Payment not received")
    script.answer("no")
    assert script.path[-1] == "iban_info" and script.position == 5

    assert script.back()["id"] == "iban_matches"
    assert script.answers == {
        "greet": None,
        "pin_verified": "yes",
        "payment_issue": "Payment not received",
    }
    assert script.previous_answer("iban_matches") == "no"  # offered again, not counted

    # Back twice more and take the other branch: the first branch leaves no trace.
    script.back()
    script.back()
    assert script.current["id"] == "pin_verified"
    script.answer("no")
    script.answer("2026-12-01")
    assert script.finished
    assert script.answers == {
        "greet": None,
        "pin_verified": "no",
        "unverified_callback": "2026-12-01",
        "end_unverified": None,
    }
    assert script.path == ("greet", "pin_verified", "unverified_callback", "end_unverified")

    # Back from the end step too.
    assert script.back()["id"] == "unverified_callback"
    assert not script.finished and "end_unverified" not in script.answers


def test_end_and_say_steps_take_no_answer(catalog: dict[str, Any]) -> None:
    script = ScriptWalk(seed_steps(catalog, "iban_change_benefits", "en"))
    with pytest.raises(AnswerError, match="say step takes no answer"):
        script.answer("hello")
    script.answer(None)
    script.answer("no")
    script.answer(None)
    assert script.finished and script.current["id"] == "end"
    assert script.answer(None)["id"] == "end"  # acknowledging the closing words: stays
    with pytest.raises(AnswerError, match="end step takes no answer"):
        script.answer("yes")


def test_a_walk_that_runs_past_the_last_step_is_finished() -> None:
    script = ScriptWalk(
        [
            {"id": "q", "type": "yes_no", "text": "Ok?", "next": {"no": "end", "yes": "after"}},
            END,
            {"id": "after", "type": "say", "text": "Only after a yes"},
        ]
    )
    script.answer("yes")
    assert script.current is not None and script.current["id"] == "after"
    script.answer(None)
    assert script.finished and script.current is None
    assert script.answers == {"q": "yes", "after": None}
    with pytest.raises(AnswerError, match="finished"):
        script.answer(None)
    assert script.back()["id"] == "after"


def test_a_wrong_answer_leaves_the_walk_where_it_was(catalog: dict[str, Any]) -> None:
    script = ScriptWalk(seed_steps(catalog, "portal_access_spid", "de"))
    script.answer(None)
    with pytest.raises(AnswerError, match="not one of the options"):
        script.answer("Passport")
    with pytest.raises(AnswerError, match="yes or no"):
        ScriptWalk([{"id": "q", "type": "yes_no", "text": "Ok?"}, END]).answer("maybe")
    assert script.current["id"] == "credential_type" and script.path == ("greet", "credential_type")


# -- answers by type -----------------------------------------------------------------------------

NUMBER = {"id": "n", "type": "number", "text": "How many months?", "min": 1, "max": 12}
DATE = {"id": "d", "type": "date", "text": "When?"}


@pytest.mark.parametrize(
    ("value", "stored"),
    [(1, 1), (12, 12), (3.5, 3.5), ("7", 7), (" 2,5 ", 2.5), ("4.0", 4)],
)
def test_a_number_within_its_bounds_is_taken(value: Any, stored: Any) -> None:
    assert check_answer(NUMBER, value) == stored


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (0, "less than the minimum 1"),
        ("13", "more than the maximum 12"),
        ("abc", "not a number"),
        ("", "not a number"),
        (None, "not a number"),
        (True, "not a number"),
        (float("nan"), "not a number"),
        ("inf", "not a number"),
    ],
)
def test_a_number_outside_its_bounds_or_not_a_number_is_refused(value: Any, reason: str) -> None:
    with pytest.raises(AnswerError, match=reason):
        check_answer(NUMBER, value)


def test_a_number_step_without_bounds_takes_any_number() -> None:
    assert check_answer({"id": "n", "type": "number", "text": "?"}, "-1e3") == -1000


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("2026-12-01", "2026-12-01"),
        (date(2027, 2, 28), "2027-02-28"),
        (" 2028-02-29 ", "2028-02-29"),
    ],
)
def test_a_date_is_taken_as_an_iso_date(value: Any, stored: str) -> None:
    assert check_answer(DATE, value) == stored


@pytest.mark.parametrize(
    "value", ["2026-02-30", "01/12/2026", "2026-12-1", "tomorrow", None, datetime(2026, 12, 1, 9)]
)
def test_anything_else_is_not_a_date(value: Any) -> None:
    with pytest.raises(AnswerError, match="date"):
        check_answer(DATE, value)


def test_free_text_may_be_empty_unless_required() -> None:
    free = {"id": "t", "type": "text", "text": "Anything else?"}
    assert check_answer(free, None) == ""
    assert check_answer(free, "  ok \n") == "ok"
    with pytest.raises(AnswerError, match="needs an answer"):
        check_answer({**free, "required": True}, "   ")
    with pytest.raises(AnswerError, match="takes text"):
        check_answer(free, 42)


def test_yes_no_takes_booleans_too() -> None:
    step = {"id": "q", "type": "yes_no", "text": "Ok?"}
    assert (check_answer(step, True), check_answer(step, False)) == ("yes", "no")
