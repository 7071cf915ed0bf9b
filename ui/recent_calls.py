"""Recent calls: incoming, outgoing and missed, searchable; double-click or Enter calls back."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import set_name
from ui.call_panel import format_duration
from ui.formatting import local_datetime
from ui.retranslating import Retranslating
from ui.table_model import RowsModel
from ui.viewmodels import RecentCall


class _RecentFilter(QSortFilterProxyModel):
    """Text matches any column; a number-like query matches the digits of the number, so
    "0612" finds "+39 06 1234 5678" however the number was typed or shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, query: str) -> None:
        self._query = query.strip().lower()
        self.invalidate()  # invalidateFilter() is deprecated in Qt 6.10+

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._query:
            return True
        entry: RecentCall = self.sourceModel().row(source_row)  # type: ignore[attr-defined]
        digits = "".join(ch for ch in self._query if ch.isdigit())
        if digits and all(ch.isdigit() or ch in " +-()/." for ch in self._query):
            number_digits = "".join(ch for ch in entry.number if ch.isdigit())
            return digits in number_digits
        haystack = f"{entry.name} {entry.display_number} {entry.number}".lower()
        return self._query in haystack


class _CallBackView(QTableView):
    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class RecentCallsPanel(Retranslating, QWidget):
    call_back_requested = Signal(str)  # the number or SIP address to dial

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentCalls")
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("recentSearch")
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel(
            [
                lambda r: self._kind_text(r.kind),
                lambda r: r.name,
                lambda r: r.display_number,
                lambda r: local_datetime(r.at),
                lambda r: format_duration(r.duration_s) if r.duration_s else "",
            ]
        )
        self.proxy = _RecentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_query)
        self.view = _CallBackView()
        self.view.setObjectName("recentTable")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table (the arrows move in it): no focus trap for keyboard users.
        self.view.setTabKeyNavigation(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.activated_row.connect(self._on_view_double_clicked)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        self._retranslate()

    def set_calls(self, calls: tuple[RecentCall, ...]) -> None:
        self.model.set_rows(calls)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            entry: RecentCall = self.model.row(self.proxy.mapToSource(index).row())
            if entry.number:
                self.call_back_requested.emit(entry.number)

    def _kind_text(self, kind: str) -> str:
        return {
            "incoming": self.tr("Incoming"),
            "outgoing": self.tr("Outgoing"),
            "missed": self.tr("Missed"),
        }.get(kind, kind)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search calls by name or number"))
        set_name(self.search, self.tr("Search recent calls"))
        set_name(self.view, self.tr("Recent calls"), self.tr("Enter calls the chosen number back"))
        self.model.set_headers(
            [self.tr("Call"), self.tr("Name"), self.tr("Number"), self.tr("When"),
             self.tr("Duration")]
        )  # fmt: skip
