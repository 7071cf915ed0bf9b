"""Help > Keyboard shortcuts: every key the agent can use, in a table a screen reader reads
row by row (the keys, then what they do)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import set_name
from ui.text import plain_label


def key_text(*sequences: QKeySequence | str) -> str:
    """Keys as the platform writes them ("Ctrl+Shift+W"), several joined by " / "."""
    shown = []
    for sequence in sequences:
        key = QKeySequence(sequence) if isinstance(sequence, str) else sequence
        text = key.toString(QKeySequence.SequenceFormat.NativeText)
        if text:
            shown.append(text)
    return " / ".join(shown)


class ShortcutsDialog(QDialog):
    """The shortcuts: (keys, what they do) rows handed in by the main window."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro = plain_label(
            self.tr(
                "Everything works from the keyboard. F6 moves between the window's regions; "
                "Tab moves between the controls of a region."
            ),
            wrap=True,
        )
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (keys, action) in enumerate(rows):
            for column, text in enumerate((keys, action)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        if rows:
            self.table.setCurrentCell(0, 0)
        set_name(self.table, self.tr("Keyboard shortcuts"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 520)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
