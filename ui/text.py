"""Helpers that keep outside text inert: a display name or a ticket subject is data, not markup."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget


def keep_labels_whole(*buttons: QAbstractButton) -> None:
    """A button keeps room for its whole label in every language: its layout makes way
    (another column shrinks, or the window cannot be made that narrow) instead of cutting the
    label off. Call again after a retranslation."""
    for button in buttons:
        button.ensurePolished()  # its style sheet's font (bold, larger) is the one that counts
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 16)


def keep_placeholder_whole(field: QLineEdit) -> None:
    """A field as wide as its placeholder (the hint of what to type), at any text size."""
    field.ensurePolished()
    needed = field.fontMetrics().horizontalAdvance(field.placeholderText()) + 12
    field.setMinimumWidth(needed + (24 if field.isClearButtonEnabled() else 0))


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


class LimitedPlainTextEdit(QPlainTextEdit):
    """A plain-text editor that holds at most `limit` characters (0: no limit). An edit that
    would take it past the limit is refused whole, never cut short: a paste or a drop is measured
    before it goes in (a huge one never reaches the layout), anything else (a keystroke, an
    inserted answer) is taken back. `refused` gives the length the edit would have made, and 0
    once an edit within the limit follows."""

    refused = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = 0
        self._last_good = ""
        self._refused = 0
        self._taking_back = False
        self._edit_at = 0  # where the last edit happened, in the document's positions
        self.document().contentsChange.connect(self._on_document_contents_change)
        self.textChanged.connect(self._on_text_changed)  # first, before any other slot

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.limit and source.hasText():
            selected = len(self.textCursor().selectedText())
            after = len(self.toPlainText()) - selected + len(source.text())
            if after > self.limit:
                self._refuse(after)
                return
        super().insertFromMimeData(source)

    def _on_text_changed(self) -> None:
        text = self.toPlainText()
        if not self.limit or len(text) <= self.limit:
            self._last_good = text
            if self._refused and not self._taking_back:
                self._refused = 0
                self.refused.emit(0)
            return
        self._taking_back = True
        try:
            # Back to the text before the edit, exactly (undo would take back more: the editor
            # merges typing and pastes into one undo step), the cursor where the edit was.
            scrolled = self.verticalScrollBar().value()
            self.setPlainText(self._last_good)
            cursor = self.textCursor()
            cursor.setPosition(min(self._edit_at, self.document().characterCount() - 1))
            self.setTextCursor(cursor)
            self.verticalScrollBar().setValue(scrolled)
        finally:
            self._taking_back = False
        self._refuse(len(text))

    def _on_document_contents_change(self, position: int, _removed: int, _added: int) -> None:
        self._edit_at = position

    def _refuse(self, length: int) -> None:
        self._refused = length
        self.refused.emit(length)
