"""The call-script panel: one step of the script at a time, with the input its type asks for.

The panel knows nothing of how a script branches: it is handed a `ScriptStepView` (the step's
text with its placeholders already filled, and the names that could not be filled), emits
`answered(value)` or `back_requested()`, and is handed the next view. Script text is outside
text, so it is shown as plain text only.

Keyboard: Enter is Next (Ctrl+Enter in a text answer, where Enter is a new line), Alt+Left is
Back, Alt+Y / Alt+N answer a yes/no step (the translations choose their own letters).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import readable, set_name
from ui.retranslating import Retranslating
from ui.text import plain_label
from ui.text_insert import mark_note_field

STEP_KINDS = ("say", "yes_no", "choice", "text", "number", "date", "end")


@dataclass(frozen=True)
class ScriptStepView:
    """One step as the panel shows it; `text` has its placeholders filled already."""

    script_name: str
    step_id: str
    kind: str  # one of STEP_KINDS
    text: str
    missing: tuple[str, ...] = ()  # placeholder names that had no value (a gap in `text`)
    options: tuple[str, ...] = ()
    number_min: float | None = None
    number_max: float | None = None
    previous_answer: object = None  # what was answered here before going back, to offer again
    position: int = 1  # 1-based, on the path taken so far
    can_go_back: bool = False
    required: bool = False  # a text step that needs an answer


@dataclass(frozen=True)
class ScriptAnswerView:
    """One line of the summary shown when the script is done."""

    question: str
    kind: str
    answer: object


STYLE = """
QLabel#scriptName { font-weight: 600; font-size: 11pt; }
QLabel#scriptPosition { color: #555; }
QFrame#scriptStepFrame { background: palette(base); border: 1px solid #c8ccd2;
                         border-radius: 6px; }
QFrame#scriptStepFrame[gaps="true"] { border: 2px solid #e0a100; }
QLabel#scriptStepText { font-size: 12pt; padding: 6px; }
QLabel#scriptMissing { background: #fff4ce; color: #5c3c00; border: 1px solid #e0a100;
                       border-radius: 4px; padding: 4px 8px; font-weight: 600; }
QLabel#scriptError { color: #b00020; }
QPushButton#scriptYes, QPushButton#scriptNo { min-width: 90px; min-height: 28px; }
"""


class ScriptPanel(Retranslating, QWidget):
    answered = Signal(
        object
    )  # the step's answer: None, "yes"/"no", an option, text, number, ISO date
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptPanel")
        self.setStyleSheet(STYLE)
        self._view: ScriptStepView | None = None
        self._summary: tuple[ScriptAnswerView, ...] | None = None

        self.name_label = plain_label(wrap=True)
        self.name_label.setObjectName("scriptName")
        self.position_label = plain_label()
        self.position_label.setObjectName("scriptPosition")
        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.position_label, 0, Qt.AlignmentFlag.AlignTop)

        self.step_frame = QFrame()
        self.step_frame.setObjectName("scriptStepFrame")
        self.step_text = plain_label(wrap=True)  # script text is data: never rich text
        self.step_text.setObjectName("scriptStepText")
        frame_layout = QVBoxLayout(self.step_frame)
        frame_layout.setContentsMargins(4, 4, 4, 4)
        frame_layout.addWidget(self.step_text)
        self.missing_label = plain_label(wrap=True)
        self.missing_label.setObjectName("scriptMissing")
        self.missing_label.hide()

        self.inputs = QStackedWidget()
        self.inputs.setObjectName("scriptInputs")
        self.empty_page = QWidget()
        self.yes_button = QPushButton()
        self.yes_button.setObjectName("scriptYes")
        self.no_button = QPushButton()
        self.no_button.setObjectName("scriptNo")
        self.yes_button.clicked.connect(lambda: self._answer("yes"))
        self.no_button.clicked.connect(lambda: self._answer("no"))
        self.yes_no_page = _top_page(self.yes_button, self.no_button)
        self.choice_page = QWidget()
        self.choice_layout = QVBoxLayout(self.choice_page)
        self.choice_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_layout.addStretch(1)  # options go above it, at the top
        self.choice_group = QButtonGroup(self)
        self.choice_group.setExclusive(True)
        self.choice_buttons: list[QRadioButton] = []
        self.text_edit = QPlainTextEdit()  # plain text: an answer is never rendered as HTML
        self.text_edit.setObjectName("scriptTextAnswer")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(110)
        mark_note_field(self.text_edit)  # canned answers and ::shortcuts work here too
        self.text_page = _top_page(self.text_edit, stretch=False)
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("scriptNumberAnswer")
        self.number_edit.setClearButtonEnabled(True)
        self.number_page = _top_page(self.number_edit)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("scriptDateAnswer")
        self.date_edit.setCalendarPopup(True)
        self.date_page = _top_page(self.date_edit)
        self.summary_view = QPlainTextEdit()
        self.summary_view.setObjectName("scriptSummary")
        self.summary_view.setReadOnly(True)
        self._pages = {
            "say": self.empty_page,
            "end": self.empty_page,
            "yes_no": self.yes_no_page,
            "choice": self.choice_page,
            "text": self.text_page,
            "number": self.number_page,
            "date": self.date_page,
            "done": self.summary_view,
        }
        for page in dict.fromkeys(self._pages.values()):
            self.inputs.addWidget(page)

        self.error_label = plain_label(wrap=True)
        self.error_label.setObjectName("scriptError")
        self.error_label.hide()

        self.back_button = QPushButton()
        self.back_button.setObjectName("scriptBack")
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button = QPushButton()
        self.next_button.setObjectName("scriptNext")
        self.next_button.clicked.connect(self._on_next_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.step_frame)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.inputs)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # Enter is Next; a text answer keeps Enter for new lines (the editor claims it first)
        # and takes Ctrl+Enter instead.
        for key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Modifier.CTRL | Qt.Key.Key_Return,
            Qt.Modifier.CTRL | Qt.Key.Key_Enter,
        ):
            QShortcut(QKeySequence(key), self, self._on_enter, context)
        # Alt+Left everywhere, and the platform's Back key where it differs (Cmd+[ on macOS);
        # the same key twice would make both shortcuts ambiguous and neither would fire.
        back_keys = {QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left)}
        back_keys.update(QKeySequence.keyBindings(QKeySequence.StandardKey.Back))
        for sequence in back_keys:
            QShortcut(sequence, self, self._on_back_button_clicked, context)
        for label in (self.name_label, self.step_text, self.missing_label, self.error_label):
            readable(label)
        self._retranslate()

    # -- what the session hands over ---------------------------------------------------------

    def show_step(self, view: ScriptStepView) -> None:
        self._view = view
        self._summary = None
        self.error_label.hide()
        self.inputs.setCurrentWidget(self._pages.get(view.kind, self.empty_page))
        self._prepare_input(view)
        self.next_button.setVisible(view.kind != "yes_no")
        self.back_button.setEnabled(view.can_go_back)
        self.back_button.setVisible(True)
        self._refresh_texts()
        self._focus_input(view)

    def show_done(self, summary: Sequence[ScriptAnswerView]) -> None:
        """The script is done: show what was answered, read-only."""
        self._view = None
        self._summary = tuple(summary)
        self.error_label.hide()
        self.missing_label.hide()
        self.step_frame.setProperty("gaps", False)
        self._repolish(self.step_frame)
        self.inputs.setCurrentWidget(self.summary_view)
        self.next_button.hide()
        self.back_button.hide()
        self._refresh_texts()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    @property
    def view(self) -> ScriptStepView | None:
        return self._view

    # -- inputs --------------------------------------------------------------------------------

    def _prepare_input(self, view: ScriptStepView) -> None:
        previous = view.previous_answer
        if view.kind == "choice":
            for button in self.choice_buttons:
                self.choice_group.removeButton(button)
                button.deleteLater()
            self.choice_buttons = []
            for index, option in enumerate(view.options):
                button = QRadioButton(option)  # a radio button's text is never markup
                button.setObjectName(f"scriptOption{index}")
                self.choice_group.addButton(button, index)
                self.choice_layout.insertWidget(index, button)
                button.show()  # now, not when the event loop gets to it
                self.choice_buttons.append(button)
                button.setChecked(option == previous)
        elif view.kind == "text":
            self.text_edit.setPlainText(previous if isinstance(previous, str) else "")
        elif view.kind == "number":
            self.number_edit.setText("" if previous is None else self._locale().toString(previous))
        elif view.kind == "date":
            previous_date = (
                QDate.fromString(previous, Qt.DateFormat.ISODate)
                if isinstance(previous, str)
                else QDate()
            )
            self.date_edit.setDate(
                previous_date if previous_date.isValid() else QDate.currentDate()
            )

    def _focus_input(self, view: ScriptStepView) -> None:
        target: QWidget = self.next_button
        if view.kind == "yes_no":
            target = self.no_button if view.previous_answer == "no" else self.yes_button
        elif view.kind == "choice" and self.choice_buttons:
            checked = self.choice_group.checkedButton()
            target = checked if checked is not None else self.choice_buttons[0]
        elif view.kind == "text":
            target = self.text_edit
        elif view.kind == "number":
            target = self.number_edit
        elif view.kind == "date":
            target = self.date_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _value(self, view: ScriptStepView) -> tuple[bool, object]:
        """(ok, value) from the input; shows why when it is not ok."""
        if view.kind == "choice":
            checked = self.choice_group.checkedId()
            if checked < 0:
                self.show_error(self.tr("Choose one of the answers."))
                return False, None
            return True, view.options[checked]
        if view.kind == "text":
            text = self.text_edit.toPlainText().strip()
            if view.required and not text:
                self.show_error(self.tr("This step needs an answer."))
                return False, None
            return True, text
        if view.kind == "number":
            return self._number(view)
        if view.kind == "date":
            return True, self.date_edit.date().toString(Qt.DateFormat.ISODate)
        return True, None

    def _number(self, view: ScriptStepView) -> tuple[bool, object]:
        raw = self.number_edit.text().strip()
        number, ok = self._locale().toDouble(raw)
        if not ok:  # people type "3.5" in an Italian locale too
            try:
                number, ok = float(raw.replace(",", ".")), True
            except ValueError:
                ok = False
        low, high = view.number_min, view.number_max
        if ok and (low is None or number >= low) and (high is None or number <= high):
            return True, int(number) if float(number).is_integer() else number
        locale = self._locale()
        if low is not None and high is not None:
            message = self.tr("Enter a number from %1 to %2.").replace("%1", locale.toString(low))
            message = message.replace("%2", locale.toString(high))
        elif low is not None:
            message = self.tr("Enter a number of at least %1.").replace("%1", locale.toString(low))
        elif high is not None:
            message = self.tr("Enter a number of at most %1.").replace("%1", locale.toString(high))
        else:
            message = self.tr("Enter a number.")
        self.show_error(message)
        return False, None

    def _answer(self, value: object) -> None:
        self.error_label.hide()
        self.answered.emit(value)

    # -- slots -----------------------------------------------------------------------------------

    def _on_next_button_clicked(self) -> None:
        view = self._view
        if view is None:
            return
        ok, value = self._value(view)
        if ok:
            self._answer(value)

    def _on_back_button_clicked(self) -> None:
        if self._view is not None and self._view.can_go_back:
            self.back_requested.emit()

    def _on_enter(self) -> None:
        view = self._view
        if view is None:
            return
        if view.kind == "yes_no":  # Enter answers with the focused button, as Space does
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and focused in (
                self.yes_button,
                self.no_button,
            ):
                focused.click()
            return
        if self.next_button.isVisible() and self.next_button.isEnabled():
            self.next_button.click()

    # -- texts -----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.yes_button.setText(self.tr("&Yes"))
        self.no_button.setText(self.tr("&No"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back to the previous step (Alt+Left)"))
        self.text_edit.setPlaceholderText(self.tr("Answer (Ctrl+Enter for the next step)"))
        self.number_edit.setPlaceholderText(self.tr("A number"))
        self._refresh_texts()

    def _refresh_texts(self) -> None:
        view = self._view
        if view is None and self._summary is None:
            self.name_label.clear()
            self.position_label.clear()
            self.step_text.clear()
            self.next_button.setText(self.tr("Next"))
            return
        if view is None:
            self.position_label.clear()
            self.step_text.setText(self.tr("Script finished. The answers:"))
            set_name(self.summary_view, self.tr("The script's answers"))
            self.summary_view.setPlainText(self._summary_text())
            return
        self.name_label.setText(view.script_name)
        self.position_label.setText(
            self.tr("Step %1").replace("%1", QLocale().toString(view.position))
        )
        self.step_text.setText(view.text)
        # The answer fields are named for what they answer: the step's words.
        for field in (self.text_edit, self.number_edit, self.date_edit):
            set_name(field, self.tr("Your answer"), view.text)
        self.next_button.setText(self.tr("Finish") if view.kind == "end" else self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next step (Enter)"))
        has_gaps = bool(view.missing)
        self.step_frame.setProperty("gaps", has_gaps)
        self._repolish(self.step_frame)
        if has_gaps:
            names = ", ".join(self._placeholder_label(name) for name in view.missing)
            self.missing_label.setText(
                self.tr("⚠ Not known: %1. Ask the caller, or say it in your own words.").replace(
                    "%1", names
                )
            )
        self.missing_label.setVisible(has_gaps)

    def _summary_text(self) -> str:
        lines = []
        for item in self._summary or ():
            lines.append(f"{item.question}\n    → {self._answer_text(item)}")
        return "\n\n".join(lines)

    def _answer_text(self, item: ScriptAnswerView) -> str:
        if item.kind == "yes_no":
            return self.tr("Yes") if item.answer == "yes" else self.tr("No")
        if item.kind == "date" and isinstance(item.answer, str):
            parsed = QDate.fromString(item.answer, Qt.DateFormat.ISODate)
            if parsed.isValid():
                return self._locale().toString(parsed, QLocale.FormatType.LongFormat)
        if item.kind == "number" and isinstance(item.answer, int | float):
            return self._locale().toString(item.answer)
        if item.answer in (None, ""):
            return self.tr("(no answer)")
        return str(item.answer)

    def _placeholder_label(self, name: str) -> str:
        labels = {
            "first_name": self.tr("first name"),
            "last_name": self.tr("last name"),
            "caller_name": self.tr("caller's name"),
            "agent_name": self.tr("your name"),
            "ticket_number": self.tr("ticket number"),
            "ticket_subject": self.tr("ticket subject"),
            "service_hours": self.tr("service hours"),
            "today": self.tr("today's date"),
            "topic": self.tr("topic"),
        }
        return labels.get(name, name.replace("_", " "))

    def _locale(self) -> QLocale:
        return self.locale()

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)


def _top_page(*widgets: QWidget, stretch: bool = True) -> QWidget:
    """A page of the input stack with its widgets in a row at the top (the stack is as tall as
    its tallest page; a short input must not float in the middle of it)."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    if stretch:
        row.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return page
