"""The callback queue tab: the request assigned to the agent (with its script), how many are due
in each language and, for supervisors, the whole queue with its service level.

Agents do not pick requests: the queue assigns them to the first free agent who speaks the
language. So an agent sees only their current request and the counts; the full list is the
supervisor's.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import no_tab_stop, set_name
from ui.callback_request import CallbackRequestPanel, minutes_text
from ui.formatting import language_name, local_datetime
from ui.labels import callback_kind_label, callback_status_label
from ui.retranslating import Retranslating
from ui.table_model import RowsModel
from ui.text import plain_label
from ui.viewmodels import CallbackCounts, CallbackRow

SLA_COLUMN = 8
LATE = QBrush(QColor("#b00020"))
TIGHT = QBrush(QColor("#8a5300"))


def _due(row: CallbackRow) -> str:
    if row.due_at is not None:
        return local_datetime(row.due_at)
    if row.due_from is None:
        return callback_kind_label("now")
    return local_datetime(row.due_from)


def _sla(row: CallbackRow) -> str:
    left = row.sla_minutes_left
    if left is None:
        return ""
    if left < 0:
        # A sign as well as the red: colour is never the only signal of a missed target.
        return "⚠ " + QCoreApplication.translate("CallbackQueuePanel", "missed by %1").replace(
            "%1", minutes_text(left)
        )
    return minutes_text(left)


class _QueueModel(RowsModel):
    """The queue's rows, with the service-level cell coloured when it is missed or tight."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == int(Qt.ItemDataRole.ForegroundRole) and index.column() == SLA_COLUMN:
            row = self.row(index.row())
            left = getattr(row, "sla_minutes_left", None)
            if left is not None:
                return LATE if left < 0 else TIGHT if left < 30 else None
            return None
        return super().data(index, role)


class CallbackQueuePanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackQueue")
        self._count = 0
        self._counts: CallbackCounts | None = None
        self._supervisor = False

        self.request = CallbackRequestPanel()
        # The call script of the current request goes here (the app puts its panel in).
        self.script_host = QWidget()
        self.script_host.setObjectName("scriptHost")
        self.script_layout = QVBoxLayout(self.script_host)
        self.script_layout.setContentsMargins(0, 0, 0, 0)
        self.script_host.hide()
        self.counts = plain_label(wrap=True)
        self.counts.setObjectName("callbackCounts")
        self.summary = plain_label(wrap=True)
        self.summary.setObjectName("callbackSummary")
        self.model = _QueueModel(
            [
                _due,
                lambda r: r.caller,
                lambda r: r.number,
                lambda r: language_name(r.language),
                lambda r: r.topic,
                lambda r: callback_status_label(r.status),
                lambda r: r.agent,
                lambda r: f"{r.attempts}/{r.max_attempts}" if r.max_attempts else "",
                _sla,
            ],
            self,
            sort_keys={
                0: lambda r: (r.due_at or r.due_from or r.booked_at).timestamp(),
                SLA_COLUMN: lambda r: (
                    r.sla_minutes_left if r.sla_minutes_left is not None else float("inf")
                ),
            },
        )
        self.view = QTableView()
        self.view.setObjectName("callbackTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table (the arrows move in it): no focus trap for keyboard users.
        self.view.setTabKeyNavigation(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.request)
        top_layout.addWidget(self.script_host)
        top_layout.addWidget(self.counts)
        top_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(top)
        no_tab_stop(scroll)
        # As wide as the request needs (at 200 % text too): the panel makes way, rather than
        # cutting the skip reasons or scrolling them sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll = scroll
        top.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 2)
        self.set_supervisor(False)
        self._retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self._scroll.widget():
            bar = self._scroll.verticalScrollBar().sizeHint().width()
            self._scroll.setMinimumWidth(watched.minimumSizeHint().width() + bar)
        return super().eventFilter(watched, event)

    def set_supervisor(self, supervisor: bool) -> None:
        """Supervisors see every open request with its service level; agents their own."""
        self._supervisor = supervisor
        self.view.setVisible(supervisor)
        self._show_summary()

    def _show_summary(self) -> None:
        # An agent sees the size of the queue until the live counts per language arrive.
        self.summary.setVisible(self._supervisor or self._counts is None)

    def set_requests(self, rows: tuple[CallbackRow, ...]) -> None:
        self.model.set_rows(rows)
        self._count = len(rows)
        self.view.resizeColumnsToContents()
        self._retranslate()

    def set_counts(self, counts: CallbackCounts) -> None:
        self._counts = counts
        self._show_summary()
        self._retranslate()

    def show_script(self, panel: QWidget | None) -> None:
        """Put the request's script panel in place (None: no script for this request)."""
        while self.script_layout.count():
            item = self.script_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
        if panel is None:
            self.script_host.hide()
            return
        self.script_layout.addWidget(panel)
        panel.show()
        self.script_host.show()

    def _retranslate(self) -> None:
        self.summary.setText(self.tr("%Ln open request(s) in the queue.", "", self._count))
        counts = self._counts
        if counts is None:
            self.counts.setText(self.tr("Requests are assigned to you automatically."))
        else:
            due = [
                self.tr("%1: %2")
                .replace("%1", language_name(code))
                .replace("%2", QLocale().toString(n))
                for code, n in counts.due_by_language
                if n
            ]
            lines = [
                self.tr("Due now: %1").replace("%1", ", ".join(due))
                if due
                else self.tr("No callbacks are due now.")
            ]
            if counts.next_due_at is not None:
                lines.append(
                    self.tr("Next in your languages: %1").replace(
                        "%1", local_datetime(counts.next_due_at)
                    )
                )
            if counts.offline:
                lines.append(self.tr("The ticket store is unreachable: no new callbacks."))
            lines.append(self.tr("Requests are assigned to you automatically."))
            self.counts.setText("\n".join(lines))
        set_name(self.view, self.tr("Open callback requests"))
        self.model.set_headers(
            [
                self.tr("Due"),
                self.tr("Caller"),
                self.tr("Number"),
                self.tr("Language"),
                self.tr("Topic"),
                self.tr("Status"),
                self.tr("Agent"),
                self.tr("Tries"),
                self.tr("Service level left"),
            ]
        )
