"""Putting a canned answer into the agent's text: at the cursor of the note field in use, or in
place of a `::shortcut` typed in any note field.

`NoteFields` knows the note fields of the window and which one the agent used last (the panel's
search takes the focus away from it, so "the focused one" would always be the search). `insert`
puts the text at that field's cursor; when the text has gaps (a value no one knew), the first gap
is selected in the field, so the agent sees it and can type over it at once.

`ShortcutExpander` watches the same fields: a word like `::pin` followed by a space, Tab, Enter
or a punctuation mark is replaced by the answer it names (the application says which, filled
for the call). Unknown shortcuts are left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from ui.viewmodels import CannedPreview

TextField = QPlainTextEdit | QLineEdit
NOTE_FIELD = "noteField"  # a dynamic property: this field takes canned answers and ::shortcuts
_SHORTCUT_BEFORE_CURSOR = re.compile(r"(?:^|(?<=\s))(::[A-Za-z0-9][A-Za-z0-9_-]*)$")
_TRIGGERS = frozenset(" \t\r\n.,;:!?)")


def mark_note_field(field: TextField) -> None:
    """Declare a text field a note field: answers can be inserted into it, shortcuts expand in
    it (the application picks it up the first time it has the focus)."""
    field.setProperty(NOTE_FIELD, True)


def is_note_field(widget: object) -> bool:
    return isinstance(widget, QPlainTextEdit | QLineEdit) and bool(widget.property(NOTE_FIELD))


def utf16_offset(text: str, index: int) -> int:
    """A Python string offset as a Qt (UTF-16) position: characters beyond the BMP count twice."""
    return len(text[:index].encode("utf-16-le")) // 2


def _before(text: str, qt_position: int) -> str:
    """The text before a Qt (UTF-16) position."""
    return text.encode("utf-16-le")[: 2 * qt_position].decode("utf-16-le", errors="ignore")


def insert_at_cursor(field: TextField, text: str, gaps: Sequence[tuple[int, int, str]]) -> None:
    """Insert at the cursor (replacing a selection); select the first gap if there is one."""
    if isinstance(field, QPlainTextEdit):
        cursor = field.textCursor()
        start = cursor.selectionStart()
        cursor.insertText(text)
        if gaps:
            begin, end = utf16_offset(text, gaps[0][0]), utf16_offset(text, gaps[0][1])
            cursor.setPosition(start + begin)
            cursor.setPosition(start + end, QTextCursor.MoveMode.KeepAnchor)
        field.setTextCursor(cursor)
    else:
        start = field.selectionStart() if field.hasSelectedText() else field.cursorPosition()
        field.insert(text.replace("\n", " "))
        if gaps:
            begin, end = utf16_offset(text, gaps[0][0]), utf16_offset(text, gaps[0][1])
            field.setSelection(start + begin, end - begin)
    field.setFocus(Qt.FocusReason.OtherFocusReason)


class NoteFields(QObject):
    """The fields an answer can go into, and the one the agent typed in last: those added, and
    any marked with `mark_note_field` once it has had the focus."""

    field_found = Signal(object)  # a marked field seen for the first time

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: list[TextField] = []
        self._last: TextField | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def add(self, field: TextField) -> None:
        if field not in self._fields:
            self._fields.append(field)
            field.destroyed.connect(lambda *_: self._forget(field))

    def _forget(self, field: object) -> None:
        self._fields = [f for f in self._fields if f is not field]
        if self._last is field:
            self._last = None

    @property
    def fields(self) -> list[TextField]:
        return list(self._fields)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if is_note_field(new) and new not in self._fields:
            self.add(new)  # type: ignore[arg-type]
            self.field_found.emit(new)
        if new in self._fields:
            self._last = new  # type: ignore[assignment]

    def target(self) -> TextField | None:
        """The field to insert into: the last one used that can take text now."""
        candidates = ([self._last] if self._last is not None else []) + self._fields
        for field in candidates:
            usable = field.isVisible() and field.isEnabled() and not field.isReadOnly()
            if usable:
                return field
        return None

    def insert(self, preview: CannedPreview) -> bool:
        field = self.target()
        if field is None:
            return False
        insert_at_cursor(field, preview.text, preview.gaps)
        return True


class ShortcutExpander(QObject):
    """Expands `::shortcut` words in the fields it watches, as the agent types."""

    expanded = Signal(object)  # the CannedPreview put in place of a shortcut

    def __init__(
        self, expand: Callable[[str], CannedPreview | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._expand = expand

    def watch(self, field: TextField) -> None:
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QPlainTextEdit | QLineEdit)
            and event.text()
            and event.text() in _TRIGGERS
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            preview = self._try(watched)
            if preview is not None:
                # With a gap selected, the key would type over it: the expansion takes the key.
                # Tab always ends with the expansion (it would move the focus otherwise).
                return bool(preview.gaps) or event.key() == Qt.Key.Key_Tab
        return super().eventFilter(watched, event)

    def _try(self, field: TextField) -> CannedPreview | None:
        if isinstance(field, QPlainTextEdit):
            cursor = field.textCursor()
            if cursor.hasSelection():
                return None
            before = _before(cursor.block().text(), cursor.positionInBlock())
        else:
            if field.hasSelectedText():
                return None
            before = _before(field.text(), field.cursorPosition())
        match = _SHORTCUT_BEFORE_CURSOR.search(before)
        if match is None:
            return None
        preview = self._expand(match.group(1))
        if preview is None:
            return None
        width = len(match.group(1))  # ASCII: code points and UTF-16 units agree
        if isinstance(field, QPlainTextEdit):
            cursor = field.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, width
            )
            field.setTextCursor(cursor)
        else:
            position = field.cursorPosition()
            field.setSelection(position - width, width)
        insert_at_cursor(field, preview.text, preview.gaps)
        self.expanded.emit(preview)
        return preview
