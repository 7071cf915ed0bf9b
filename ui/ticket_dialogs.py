"""Small dialogs of the caller's card: a ticket from the call, a contact for a new number."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ui.accessibility import buddy_form
from ui.text import plain_label


def _combo(items: list[tuple[str, str]], current: str, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for code, label in items:
        combo.addItem(label, code)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    return combo


class _FormDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.error = plain_label(wrap=True)
        self.error.setObjectName("formError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self) -> None:
        buddy_form(self.form)
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        self.error.hide()

    def _problem(self) -> str:
        return ""

    def _check(self) -> None:
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


class NewTicketDialog(_FormDialog):
    """Topic and language come prefilled from what the IVR learned."""

    def __init__(
        self,
        topics: list[tuple[str, str]],
        languages: list[tuple[str, str]],
        topic: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New ticket from this call"))
        self.subject = QLineEdit()
        self.subject.setObjectName("ticketSubject")
        self.subject.setMaxLength(255)
        self.topic = _combo(topics, topic, "ticketTopic")
        self.language = _combo(languages, language, "ticketLanguage")
        self.form.addRow(QLabel(self.tr("Subject")), self.subject)
        self.form.addRow(QLabel(self.tr("Topic")), self.topic)
        self.form.addRow(QLabel(self.tr("Language")), self.language)
        self._finish_layout()

    def _problem(self) -> str:
        return (
            "" if self.subject.text().strip() else self.tr("Say in a few words what it is about.")
        )

    def values(self) -> tuple[str, str, str]:
        return (
            self.subject.text().strip(),
            str(self.topic.currentData() or ""),
            str(self.language.currentData() or ""),
        )


class NewContactDialog(_FormDialog):
    def __init__(
        self, languages: list[tuple[str, str]], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New contact"))
        self.first_name = QLineEdit()
        self.first_name.setObjectName("firstName")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("lastName")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.language = _combo(languages, language, "contactLanguage")
        for name, edit in ((self.tr("First name"), self.first_name),
                           (self.tr("Last name"), self.last_name),
                           (self.tr("E-mail"), self.email)):  # fmt: skip
            edit.setMaxLength(128 if edit is not self.email else 320)
            self.form.addRow(QLabel(name), edit)
        self.form.addRow(QLabel(self.tr("Language")), self.language)
        self._finish_layout()

    def _problem(self) -> str:
        if not self.last_name.text().strip():
            return self.tr("A last name is needed.")
        email = self.email.text().strip()
        if email and ("@" not in email or " " in email):
            return self.tr("That is not an e-mail address.")
        return ""

    def values(self) -> tuple[str, str, str, str]:
        return (
            self.first_name.text().strip(),
            self.last_name.text().strip(),
            str(self.language.currentData() or ""),
            self.email.text().strip(),
        )
