"""Search from anywhere (Ctrl+K): contacts by name, e-mail or number; tickets by number or text."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.accessibility import readable, set_name
from ui.retranslating import Retranslating
from ui.text import plain_label
from ui.viewmodels import SearchRow

SEARCH_DELAY_MS = 250  # after the last keystroke


class SearchDialog(Retranslating, QDialog):
    query_changed = Signal(str)  # the text to look for (debounced)
    contact_chosen = Signal(str)  # contact uid whose card to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.resize(560, 420)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.status = plain_label(wrap=True)
        self.status.setObjectName("searchStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.field.text().strip()))
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self._open)
        self._from_cache = False
        self._count = -1
        self.shown_query = ""  # the query whose results are on screen
        readable(self.status)
        self._retranslate()

    def start(self) -> None:
        """Open (or bring back) the search with the field ready for typing."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    def set_results(self, query: str, rows: list[SearchRow], from_cache: bool) -> None:
        if query != self.field.text().strip():
            return  # an answer to an older query: the agent typed on
        self.shown_query = query
        self.results.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.title}\n{row.detail}" if row.detail else row.title)
            item.setData(Qt.ItemDataRole.UserRole, row.contact_uid)
            if not row.contact_uid:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)  # a ticket of nobody
            self.results.addItem(item)
        self._from_cache, self._count = from_cache, len(rows)
        self._retranslate()

    def _open_first(self) -> None:
        if self.results.count():
            self._open(self.results.item(0))

    def _open(self, item: QListWidgetItem) -> None:
        uid = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if uid:
            self.contact_chosen.emit(uid)
            self.hide()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        set_name(
            self.field,
            self.tr("Search"),
            self.tr("Name, phone number, e-mail, ticket number or words of a subject"),
        )
        set_name(self.results, self.tr("Results"), self.tr("Enter opens the contact's card"))
        self.field.setPlaceholderText(
            self.tr("Name, phone number, e-mail, ticket number or words of a subject")
        )
        if self._count < 0:
            text = ""
        elif self._count == 0:
            text = self.tr("Nothing found.")
        else:
            text = self.tr("%Ln result(s)", "", self._count)
        if self._from_cache and self._count >= 0:
            text += " " + self.tr("(the ticket store is unreachable: the local copy was searched)")
        self.status.setText(text.strip())
