"""The canned-answer panel: find a reusable answer and read it before using it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import language_name
from ui.table_model import RowsModel
from ui.viewmodels import CannedAnswerRow


class CannedAnswersPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cannedAnswers")
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("cannedSearch")
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel(
            [lambda a: a.title, lambda a: language_name(a.language), lambda a: a.shortcut]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setObjectName("cannedTable")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        self.preview = QPlainTextEdit()  # plain text: answer bodies are never rendered as HTML
        self.preview.setObjectName("cannedPreview")
        self.preview.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.preview)
        splitter.setSizes([300, 160])
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        self._retranslate()

    def set_answers(self, answers: tuple[CannedAnswerRow, ...]) -> None:
        self.model.set_rows(answers)
        if answers:
            self.view.selectRow(0)

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.preview.clear()
            return
        answer: CannedAnswerRow = self.model.row(self.proxy.mapToSource(current).row())
        self.preview.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if answer.language == "ar"
            else Qt.LayoutDirection.LeftToRight
        )
        self.preview.setPlainText(answer.body)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search answers"))
        self.model.set_headers([self.tr("Answer"), self.tr("Language"), self.tr("Shortcut")])
