"""A supervisor writes or rewrites a canned answer, or one of its translations.

The dialog only collects the fields; the application checks them with the store's own rules
(`check` returns the reason a save would be refused, or "") before the write goes out, so the
supervisor reads the reason here and loses nothing they typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.accessibility import buddy_form, set_name
from ui.text import plain_label


@dataclass
class CannedAnswerForm:
    group_key: str = ""  # empty: a new answer (the application makes the key)
    language: str = ""
    title: str = ""
    body: str = ""
    shortcut: str = ""
    tags: list[str] = field(default_factory=list)
    topic_code: str = ""


class CannedAnswerEditor(QDialog):
    def __init__(
        self,
        form: CannedAnswerForm,
        *,
        languages: list[tuple[str, str]],
        topics: list[tuple[str, str]],
        check: Callable[[CannedAnswerForm], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cannedEditor")
        self.resize(620, 520)
        self._form = form
        self._check = check
        self.setWindowTitle(
            self.tr("Edit canned answer") if form.group_key else self.tr("New canned answer")
        )
        layout = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("cannedEditLanguage")
        for code, label in languages:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(form.language)))
        self.topic = QComboBox()
        self.topic.setObjectName("cannedEditTopic")
        self.topic.addItem(self.tr("(none)"), "")
        for code, label in topics:
            self.topic.addItem(label, code)
        self.topic.setCurrentIndex(max(0, self.topic.findData(form.topic_code)))
        self.title = QLineEdit(form.title)
        self.title.setObjectName("cannedEditTitle")
        self.title.setMaxLength(255)
        self.shortcut = QLineEdit(form.shortcut)
        self.shortcut.setObjectName("cannedEditShortcut")
        self.shortcut.setPlaceholderText("::pin")
        self.tags = QLineEdit(", ".join(form.tags))
        self.tags.setObjectName("cannedEditTags")
        self.body = QPlainTextEdit(form.body)
        self.body.setTabChangesFocus(True)  # Tab leaves the field: no trap for the keyboard
        self.body.setObjectName("cannedEditBody")
        hint = plain_label(
            self.tr(
                "Placeholders: {{first_name}}, {{last_name}}, {{agent_name}}, {{ticket_number}}, "
                "{{ticket_subject}}, {{service_hours}}, {{today}}, {{topic}}; a fallback after a "
                "bar: {{first_name|Sir or Madam}}."
            ),
            wrap=True,
        )
        self.error = plain_label(wrap=True)
        self.error.setObjectName("cannedEditError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(plain_label(self.tr("Language")), self.language)
        layout.addRow(plain_label(self.tr("Topic")), self.topic)
        layout.addRow(plain_label(self.tr("Title")), self.title)
        layout.addRow(plain_label(self.tr("Shortcut")), self.shortcut)
        layout.addRow(plain_label(self.tr("Tags (comma-separated)")), self.tags)
        layout.addRow(plain_label(self.tr("Text")), self.body)
        layout.addRow(hint)
        layout.addRow(self.error)
        layout.addRow(self.buttons)
        buddy_form(layout)
        set_name(self.shortcut, self.tr("Shortcut"), self.tr("Two colons and a word, e.g. ::pin"))

    def form(self) -> CannedAnswerForm:
        return CannedAnswerForm(
            group_key=self._form.group_key,
            language=str(self.language.currentData() or ""),
            title=self.title.text().strip(),
            body=self.body.toPlainText(),
            shortcut=self.shortcut.text().strip(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            topic_code=str(self.topic.currentData() or ""),
        )

    def _on_save(self) -> None:
        problem = self._check(self.form())
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()
