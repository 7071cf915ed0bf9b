"""The read-only rows model: its own sorting, by a column's key where its text would mislead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ui.table_model import RowsModel


@dataclass(frozen=True)
class Row:
    name: str
    at: datetime


def _model() -> RowsModel:
    # Day/month text, as many locales write it: sorting the text would put 2 Feb after 10 Jan.
    return RowsModel(
        [lambda r: r.name, lambda r: r.at.strftime("%d/%m/%Y")],
        sort_keys={1: lambda r: r.at},
    )


ROWS = [
    Row("bianchi", datetime(2026, 1, 10, tzinfo=UTC)),
    Row("Rossi", datetime(2026, 2, 2, tzinfo=UTC)),
    Row("conti", datetime(2025, 12, 31, tzinfo=UTC)),
]


def _names(model: RowsModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_view_sorts_dates_by_the_moment_and_text_without_case(qapp) -> None:
    model = _model()
    model.set_rows(ROWS)
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _names(model) == ["Rossi", "bianchi", "conti"]
    assert [model.row(i).name for i in range(3)] == ["Rossi", "bianchi", "conti"]
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ["bianchi", "conti", "Rossi"]


def test_new_rows_keep_the_order_and_a_selection_follows_its_row(qapp) -> None:
    model = _model()
    model.set_rows(ROWS)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ["conti", "bianchi", "Rossi"]
    held = QPersistentModelIndex(model.index(0, 0))  # what a view's selection holds
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert held.row() == 2 and held.data() == "conti"
    model.set_rows([*ROWS, Row("esposito", datetime(2026, 3, 1, tzinfo=UTC))])
    assert _names(model) == ["esposito", "Rossi", "bianchi", "conti"]
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "01/03/2026"
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is None
