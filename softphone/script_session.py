"""One agent following one call script on one call: the walk (crm) drives the panel (ui).

The walk decides where the script goes; the panel shows a step and hands back the answer. This
is the only piece that knows both, so it turns the walk's steps into `ScriptStepView`s (with
the placeholders filled from what the app knows about the call) and the panel's answers into
moves of the walk. Runs on the Qt main thread; it touches no store (saving the answers is a
`script_run.save` write through the outbox, built by `save_payload`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, Signal

from crm.call_scripts import AnswerError, ScriptWalk
from crm.placeholders import fill
from crm.script_store import ScriptDTO
from ui.script_panel import ScriptAnswerView, ScriptPanel, ScriptStepView


class ScriptSession(QObject):
    finished = Signal(dict)  # step id -> answer, the path actually taken

    def __init__(
        self,
        script: ScriptDTO,
        values: Mapping[str, object] | None = None,
        panel: ScriptPanel | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.script = script
        self.walk = ScriptWalk(list(script.steps))
        self.values: dict[str, object] = {
            "today": QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat),
            **(values or {}),
        }
        self.panel = panel if panel is not None else ScriptPanel()
        self.done = False  # the agent closed the script with Finish
        self.panel.answered.connect(self._on_panel_answered)
        self.panel.back_requested.connect(self._on_panel_back_requested)
        self._show_current()

    @property
    def script_id(self) -> int:
        """The exact version followed: the saved answers point at it."""
        return self.script.id

    def answers(self) -> dict[str, Any]:
        return self.walk.answers

    def save_payload(
        self, *, ticket_uid: str | None = None, callback_request_uid: str | None = None
    ) -> dict[str, Any]:
        """The payload of the `script_run.save` write for these answers."""
        return {
            "uid": str(uuid.uuid4()),
            "script_id": self.script_id,
            "answers": self.answers(),
            "ticket_uid": ticket_uid,
            "callback_request_uid": callback_request_uid,
        }

    def step_view(self) -> ScriptStepView | None:
        """What the panel shows for the current step; None once the walk ran past its end."""
        step = self.walk.current
        if step is None:
            return None
        filled = fill(step["text"], self.values)
        return ScriptStepView(
            script_name=self.script.name,
            step_id=step["id"],
            kind=step["type"],
            text=filled.text,
            missing=filled.missing,
            options=tuple(step.get("options", ())),
            number_min=step.get("min"),
            number_max=step.get("max"),
            previous_answer=self.walk.previous_answer(step["id"]),
            position=self.walk.position,
            can_go_back=self.walk.can_go_back,
            required=bool(step.get("required", False)),
        )

    def summary(self) -> list[ScriptAnswerView]:
        """The questions answered on the path taken (not what was only said), with answers."""
        steps = {step["id"]: step for step in self.walk.steps}
        result = []
        for step_id, answer in self.answers().items():
            step = steps[step_id]
            if step["type"] in ("say", "end"):
                continue
            question = fill(step["text"], self.values).text
            result.append(ScriptAnswerView(_shorten(question), step["type"], answer))
        return result

    def _show_current(self) -> None:
        view = self.step_view()
        if view is None:
            self._finish()
        else:
            self.panel.show_step(view)

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        self.panel.show_done(self.summary())
        self.finished.emit(self.answers())

    def _on_panel_answered(self, value: object) -> None:
        if self.done:
            return
        current = self.walk.current
        if current is not None and current["type"] == "end":
            self._finish()  # the agent has said the closing words
            return
        try:
            self.walk.answer(value)
        except AnswerError as exc:  # the panel checks first; this is the walk's last word
            self.panel.show_error(str(exc))
            return
        self._show_current()

    def _on_panel_back_requested(self) -> None:
        if self.done:
            return
        self.walk.back()
        self._show_current()


def _shorten(text: str, limit: int = 120) -> str:
    """A question's first line, cut to fit the summary."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
