"""The callback queue: "call me now / call me back" requests waiting for an agent."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import language_name, local_datetime
from ui.labels import callback_kind_label
from ui.table_model import RowsModel
from ui.text import plain_label
from ui.viewmodels import CallbackRow


def _due(row: CallbackRow) -> str:
    if row.due_from is None:
        return callback_kind_label("now")
    return local_datetime(row.due_from)


class CallbackQueuePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackQueue")
        self._count = 0
        layout = QVBoxLayout(self)
        self.summary = plain_label(wrap=True)
        self.model = RowsModel(
            [
                _due,
                lambda r: r.caller,
                lambda r: r.number,
                lambda r: language_name(r.language),
                lambda r: r.topic,
            ]
        )
        self.view = QTableView()
        self.view.setObjectName("callbackTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self._retranslate()

    def set_requests(self, rows: tuple[CallbackRow, ...]) -> None:
        self.model.set_rows(rows)
        self._count = len(rows)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.summary.setText(
            self.tr("%n request(s) waiting. They are assigned automatically.", "", self._count)
        )
        self.model.set_headers(
            [
                self.tr("Due"),
                self.tr("Caller"),
                self.tr("Number"),
                self.tr("Language"),
                self.tr("Topic"),
            ]
        )
