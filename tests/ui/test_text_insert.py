"""Answers into note fields (pytest-qt): at the cursor, gaps selected, `::shortcuts` expanding in
any field marked as a note field, in a multi-line note and in a one-line answer alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from crm.placeholders import fill
from ui.text_insert import NoteFields, ShortcutExpander, insert_at_cursor, mark_note_field
from ui.viewmodels import CannedPreview

BODY = "Dear {{first_name}} {{last_name}}, your PIN 🔑 is on its way."


def expand(shortcut: str) -> CannedPreview | None:
    if shortcut != "::pin":
        return None
    filled = fill(BODY, {"first_name": "Anna"})
    gaps = tuple((g.start, g.end, g.name) for g in filled.gaps)
    return CannedPreview("pin", 1, "en", "PIN", filled.text, gaps, ("en",))


def test_insert_at_the_cursor_selects_the_first_gap(qtbot) -> None:
    note = QPlainTextEdit()
    qtbot.addWidget(note)
    note.setPlainText("Before 🙂 after")
    cursor = note.textCursor()
    cursor.setPosition(len("Before 🙂 ".encode("utf-16-le")) // 2)  # after an emoji (2 units)
    note.setTextCursor(cursor)
    preview = expand("::pin")
    assert preview is not None
    insert_at_cursor(note, preview.text, preview.gaps)
    assert note.toPlainText() == f"Before 🙂 {preview.text}after"
    assert note.textCursor().selectedText() == "[last_name?]"


def test_a_shortcut_expands_in_every_marked_field(qtbot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    note, answer, other = QPlainTextEdit(), QLineEdit(), QLineEdit()
    for widget in (note, answer, other):
        layout.addWidget(widget)
    mark_note_field(note)
    mark_note_field(answer)
    qtbot.addWidget(window)
    fields = NoteFields()
    expander = ShortcutExpander(expand)
    fields.field_found.connect(expander.watch)
    expanded = []
    expander.expanded.connect(expanded.append)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)

    # A one-line field: found when it gets the focus, then the shortcut expands on a space.
    answer.setFocus()
    qtbot.waitUntil(lambda: answer in fields.fields)
    qtbot.keyClicks(answer, "Re: ::pin")
    qtbot.keyClick(answer, Qt.Key.Key_Space)
    assert answer.text() == "Re: " + expand("::pin").text  # type: ignore[union-attr]
    assert answer.selectedText() == "[last_name?]"  # the space did not type over the gap
    assert len(expanded) == 1

    # The multi-line note: Tab expands too; an unknown shortcut stays as typed.
    note.setFocus()
    qtbot.waitUntil(lambda: fields.target() is note)
    qtbot.keyClicks(note, "::nope ::pin")
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    assert note.toPlainText().startswith("::nope Dear Anna [last_name?]")
    assert note.textCursor().selectedText() == "[last_name?]"

    # A field nobody marked is left alone.
    other.setFocus()
    qtbot.keyClicks(other, "::pin ")
    assert other.text() == "::pin "
    assert other not in fields.fields
