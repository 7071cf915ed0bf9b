"""A read-only table model over a tuple of frozen rows; columns are (header, cell) pairs.

Painting asks the model for half a dozen roles of every visible cell, each a call into Python:
the cells' text is computed once when the rows arrive, and `data` only looks it up. The model
sorts itself (a view with sorting enabled calls `sort`), so no proxy doubles those calls, and a
column can sort by a key of its own: dates by the moment, not by their localised text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_SHOWN = frozenset({_DISPLAY, int(Qt.ItemDataRole.ToolTipRole)})


class RowsModel(QAbstractTableModel):
    def __init__(
        self,
        cells: Sequence[Callable[[Any], str]],
        parent: Any = None,
        *,
        sort_keys: Mapping[int, Callable[[Any], Any]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._cells = list(cells)
        self._sort_keys = dict(sort_keys or {})
        self._headers = [""] * len(self._cells)
        self._rows: tuple[Any, ...] = ()
        self._text: list[tuple[str, ...]] = []
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._text = [tuple(cell(row) for cell in self._cells) for row in self._rows]
        if self._order is not None:
            self._sort_in_place(*self._order)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # DisplayRole text is drawn as plain text by the item delegate: no markup runs.
        if role in _SHOWN:
            return self._text[index.row()][index.column()] if index.isValid() else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._headers[section] if section < len(self._headers) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._cells):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = self._sort_in_place(column, order)
        where = {old: new for new, old in enumerate(moved)}
        self.changePersistentIndexList(
            before, [self.index(where[i.row()], i.column()) for i in before]
        )
        self.layoutChanged.emit()

    def _sort_in_place(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Reorder rows and text (stable); returns the old position of each new row."""
        key = self._sort_keys.get(column)
        if key is not None:
            keys = [key(row) for row in self._rows]
            positions = sorted(range(len(self._rows)), key=lambda i: _none_first(keys[i]))
        else:
            text = self._text
            positions = sorted(range(len(self._rows)), key=lambda i: text[i][column].casefold())
        if order == Qt.SortOrder.DescendingOrder:
            positions.reverse()
        self._rows = tuple(self._rows[i] for i in positions)
        self._text = [self._text[i] for i in positions]
        return positions


def _none_first(value: Any) -> tuple[bool, Any]:
    return (value is not None, value)
