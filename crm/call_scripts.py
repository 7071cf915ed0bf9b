"""Call scripts: what an agent says and asks on a call, step by step, and where the answers go.

A script is a list of steps, each `{"id", "type", "text", "options"?, "next"?, ...}`. `next`
maps an answer (or "*" for any answer) to the id of the step that follows; an answer that
`next` does not name goes to the following step in the list. The walk ends on an `end` step or
when it runs past the last step.

This module checks and walks a script in plain Python, without a store; the published versions
and the answers saved on a ticket are in `crm.script_store`.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import partial
from typing import Any

from crm.placeholders import PLACEHOLDERS, unknown_placeholders

STEP_TYPES = ("say", "yes_no", "choice", "text", "number", "date", "end")
YES, NO = "yes", "no"
ANY_ANSWER = "*"

# The fields a step may have.
_STEP_KEYS = {"id", "type", "text", "options", "next", "min", "max", "required"}


class ScriptError(ValueError):
    """A script that cannot be used as it is; the message names the step (index and id)."""

    def __init__(self, message: str, *, index: int | None = None, step_id: str | None = None):
        super().__init__(message)
        self.index = index
        self.step_id = step_id


class AnswerError(ValueError):
    """An answer that does not fit the current step (not yes/no, not an option, out of range)."""


# -- validation ----------------------------------------------------------------------------------


def _where(index: int, step: Mapping[str, Any] | None) -> str:
    step_id = step.get("id") if isinstance(step, Mapping) else None
    return f"steps[{index}]" + (f" (id {step_id!r})" if isinstance(step_id, str) else "")


def _step_error(index: int, raw: object, problem: str) -> ScriptError:
    mapping = raw if isinstance(raw, Mapping) else None
    step_id = mapping.get("id") if mapping is not None else None
    return ScriptError(
        f"{_where(index, mapping)}: {problem}",
        index=index,
        step_id=step_id if isinstance(step_id, str) else None,
    )


def possible_answers(step: Mapping[str, Any]) -> tuple[str, ...]:
    """The answers `next` may name for this step besides "*" (which stands for any answer):
    yes/no, a choice's options; a free answer (text, number, date) can only be "*"."""
    kind = step.get("type")
    if kind == "yes_no":
        return (YES, NO)
    if kind == "choice":
        return tuple(step.get("options") or ())
    return ()


def validate_steps(steps: object) -> list[dict[str, Any]]:
    """Check a script's steps and return a deep copy of them; raise ScriptError on the first
    problem, naming the step by its index in the list and its id."""
    if not isinstance(steps, Sequence) or isinstance(steps, str | bytes):
        raise ScriptError("a script's steps must be a list")
    if not steps:
        raise ScriptError("a script needs at least one step")
    checked: list[dict[str, Any]] = []
    index_of: dict[str, int] = {}
    for index, raw in enumerate(steps):
        fail = partial(_step_error, index, raw)
        if not isinstance(raw, Mapping):
            raise fail("a step must be an object")
        step = copy.deepcopy(dict(raw))
        step_id = step.get("id")
        if not isinstance(step_id, str) or not step_id.strip():
            raise fail("the step has no id")
        if step_id in index_of:
            raise fail(f"duplicate id: steps[{index_of[step_id]}] has the same id")
        index_of[step_id] = index
        kind = step.get("type")
        if kind not in STEP_TYPES:
            raise fail(f"unknown type {kind!r}; use one of {', '.join(STEP_TYPES)}")
        unknown = sorted(set(step) - _STEP_KEYS)
        if unknown:
            raise fail(f"unknown field(s) {', '.join(unknown)}")
        text = step.get("text")
        if not isinstance(text, str) or not text.strip():
            raise fail("the step has no text")
        names = unknown_placeholders(text)
        if names:
            raise fail(
                f"unknown placeholder(s) {', '.join('{{' + n + '}}' for n in names)}; "
                f"known: {', '.join(PLACEHOLDERS)}"
            )
        if "options" in step and kind != "choice":
            raise fail(f"only choice steps have options, this is a {kind} step")
        if kind == "choice":
            options = step.get("options")
            if not isinstance(options, list) or not options:
                raise fail("a choice step needs a list of options")
            for option in options:
                if not isinstance(option, str) or not option.strip():
                    raise fail(f"option {option!r} is not a text")
            if len(set(options)) != len(options):
                raise fail("the options repeat themselves")
        if ("min" in step or "max" in step) and kind != "number":
            raise fail(f"only number steps have min/max, this is a {kind} step")
        if kind == "number":
            for bound in ("min", "max"):
                value = step.get(bound)
                if value is not None and not _is_number(value):
                    raise fail(f"{bound} must be a number, not {value!r}")
            low, high = step.get("min"), step.get("max")
            if low is not None and high is not None and low > high:
                raise fail(f"min {low} is greater than max {high}")
        if "required" in step and (kind != "text" or not isinstance(step["required"], bool)):
            raise fail("'required' is a true/false flag of text steps")
        nxt = step.get("next")
        if nxt is not None:
            if kind == "end":
                raise fail("an end step ends the script; it has no next")
            if not isinstance(nxt, Mapping) or not nxt:
                raise fail("next must be an object of answer -> step id")
            allowed = possible_answers(step)
            for answer, target in nxt.items():
                if answer != ANY_ANSWER and answer not in allowed:
                    expected = ", ".join(repr(a) for a in (*allowed, ANY_ANSWER))
                    raise fail(
                        f"next names the answer {answer!r}, which cannot be given; use {expected}"
                    )
                if not isinstance(target, str):
                    raise fail(f"next[{answer!r}] must be a step id")
            step["next"] = dict(nxt)
        checked.append(step)
    for index, step in enumerate(checked):
        for answer, target in step.get("next", {}).items():
            if target not in index_of:
                raise _step_error(
                    index, step, f"next[{answer!r}] names the step {target!r}, which does not exist"
                )
    _check_ends(checked)
    return checked


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )


def _successors(steps: list[dict[str, Any]], index: int) -> list[int | None]:
    """Where the walk can go from steps[index]; None is "past the last step"."""
    step = steps[index]
    if step["type"] == "end":
        return []
    ids = {s["id"]: i for i, s in enumerate(steps)}
    nxt: dict[str, str] = step.get("next", {})
    targets: list[int | None] = [ids[t] for t in nxt.values()]
    answers = possible_answers(step)
    covered = ANY_ANSWER in nxt or (bool(answers) and all(a in nxt for a in answers))
    if not covered:  # some answer falls through to the following step
        targets.append(index + 1 if index + 1 < len(steps) else None)
    return targets


def _check_ends(steps: list[dict[str, Any]]) -> None:
    """Every step the walk can reach must be able to finish, and some end step must be reachable
    (a script that only ever runs off its last step has most likely lost its end)."""
    reachable: list[int] = []
    seen = {0}
    todo = [0]
    while todo:
        i = todo.pop()
        reachable.append(i)
        for j in _successors(steps, i):
            if j is not None and j not in seen:
                seen.add(j)
                todo.append(j)
    if not any(steps[i]["type"] == "end" for i in reachable):
        raise ScriptError("no end step can be reached from the first step")
    finishing: set[int] = {i for i in reachable if steps[i]["type"] == "end"}
    finishing |= {i for i in reachable if None in _successors(steps, i)}
    changed = True
    while changed:
        changed = False
        for i in reachable:
            if i not in finishing and any(j in finishing for j in _successors(steps, i)):
                finishing.add(i)
                changed = True
    for i in sorted(reachable):
        if i not in finishing:
            raise _step_error(i, steps[i], "the walk loops from here and never reaches an end")


# -- walking a script ----------------------------------------------------------------------------


class ScriptWalk:
    """One agent's way through a script on one call.

    `answer(value)` records the current step's answer and moves on: by the step's `next`, else
    to the following step in the list. Say and end steps are answered with None. The walk is
    `finished` once it stands on an end step (whose answer is None) or has run past the last
    step; `back()` undoes the last move and forgets the answers given after the step it
    returns to, while remembering them to offer again (`previous_answer`).
    """

    def __init__(self, steps: object) -> None:
        self._steps = validate_steps(steps)
        self._index = {s["id"]: i for i, s in enumerate(self._steps)}
        self._trail: list[tuple[str, Any]] = []  # (step id, answer) of the steps left behind
        self._current: int | None = 0  # None: ran past the last step
        self._remembered: dict[str, Any] = {}  # last answer given per step, for going back

    @property
    def steps(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self._steps)

    @property
    def current(self) -> dict[str, Any] | None:
        """The step to show now; None once the walk ran past the last step."""
        return None if self._current is None else copy.deepcopy(self._steps[self._current])

    @property
    def position(self) -> int:
        """1-based number of the current step on the path taken (the steps shown so far)."""
        return len(self._trail) + (1 if self._current is not None else 0)

    @property
    def path(self) -> tuple[str, ...]:
        ids = [step_id for step_id, _ in self._trail]
        if self._current is not None:
            ids.append(self._steps[self._current]["id"])
        return tuple(ids)

    @property
    def answers(self) -> dict[str, Any]:
        """Step id -> answer for the steps on the path actually taken, in path order."""
        result = dict(self._trail)
        if self._current is not None and self._steps[self._current]["type"] == "end":
            result[self._steps[self._current]["id"]] = None
        return result

    @property
    def finished(self) -> bool:
        return self._current is None or self._steps[self._current]["type"] == "end"

    @property
    def can_go_back(self) -> bool:
        return bool(self._trail)

    def previous_answer(self, step_id: str) -> Any:
        """The answer last given at this step on this call, if the agent came back to it."""
        return self._remembered.get(step_id)

    def answer(self, value: Any = None) -> dict[str, Any] | None:
        """Answer the current step and move on; returns the new current step (None when the walk
        ran past the last step). Raises AnswerError for an answer the step does not take."""
        if self._current is None:
            raise AnswerError("the script is finished")
        step = self._steps[self._current]
        checked = check_answer(step, value)
        if step["type"] == "end":
            return self.current  # acknowledging the closing words; nothing follows
        self._trail.append((step["id"], checked))
        self._remembered[step["id"]] = checked
        self._current = self._next_index(self._current, checked)
        return self.current

    def back(self) -> dict[str, Any] | None:
        """Return to the previous step on the path; its answer and all later ones are forgotten."""
        if not self._trail:
            return self.current
        step_id, _ = self._trail.pop()
        self._current = self._index[step_id]
        return self.current

    def _next_index(self, index: int, answer: Any) -> int | None:
        step = self._steps[index]
        nxt: dict[str, str] = step.get("next", {})
        key = answer if isinstance(answer, str) and step["type"] in ("yes_no", "choice") else None
        target = nxt.get(key) if key is not None else None
        if target is None:
            target = nxt.get(ANY_ANSWER)
        if target is not None:
            return self._index[target]
        return index + 1 if index + 1 < len(self._steps) else None


def check_answer(step: Mapping[str, Any], value: Any) -> Any:
    """The answer as stored (JSON-ready) if it fits the step; else AnswerError."""
    kind = step["type"]
    if kind in ("say", "end"):
        if value is not None:
            raise AnswerError(f"a {kind} step takes no answer")
        return None
    if kind == "yes_no":
        if value is True or value == YES:
            return YES
        if value is False or value == NO:
            return NO
        raise AnswerError(f"answer yes or no, not {value!r}")
    if kind == "choice":
        if value not in step["options"]:
            raise AnswerError(f"{value!r} is not one of the options")
        return value
    if kind == "text":
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise AnswerError("a text step takes text")
        value = value.strip()
        if step.get("required") and not value:
            raise AnswerError("this step needs an answer")
        return value
    if kind == "number":
        return _check_number(step, value)
    if kind == "date":
        return _check_date(value)
    raise AnswerError(f"unknown step type {kind!r}")  # validate_steps keeps this unreachable


def _check_number(step: Mapping[str, Any], value: Any) -> int | float:
    number: float
    if isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            raise AnswerError(f"{value!r} is not a number") from None
    elif _is_number(value):
        number = float(value)
    else:
        raise AnswerError(f"{value!r} is not a number")
    if not math.isfinite(number):
        raise AnswerError(f"{value!r} is not a number")
    low, high = step.get("min"), step.get("max")
    if low is not None and number < low:
        raise AnswerError(f"{_plain(number)} is less than the minimum {low}")
    if high is not None and number > high:
        raise AnswerError(f"{_plain(number)} is more than the maximum {high}")
    return _plain(number)


def _plain(number: float) -> int | float:
    return int(number) if number.is_integer() else number


def _check_date(value: Any) -> str:
    if isinstance(value, datetime):
        raise AnswerError("a date step takes a date, not a date and time")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise AnswerError(f"{value!r} is not a date (YYYY-MM-DD)")
