"""The screen-pop area. Idle, it greets the agent and lists the open tickets; the caller's card
takes this place when a call rings (the CTI service fills it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import language_name, local_datetime
from ui.labels import channel_label, ticket_status_label
from ui.table_model import RowsModel
from ui.text import plain_label
from ui.viewmodels import AgentCard, TicketRow


class ScreenPopPanel(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenPop")
        self._agent: AgentCard | None = None
        self._ticket_count = 0
        self._ticket_total = 0

        self.idle_page = QWidget()
        layout = QVBoxLayout(self.idle_page)
        self.greeting = plain_label()
        self.greeting.setObjectName("greeting")
        self.waiting = plain_label(wrap=True)
        self.waiting.setObjectName("waiting")
        self.tickets_title = plain_label()
        self.tickets_title.setObjectName("panelTitle")
        self.tickets_model = RowsModel(
            [
                lambda t: t.number,
                lambda t: t.subject,
                lambda t: t.caller,
                lambda t: t.topic,
                lambda t: channel_label(t.channel),
                lambda t: ticket_status_label(t.status),
                lambda t: language_name(t.language),
                lambda t: local_datetime(t.updated_at),
            ]
        )
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.tickets_model)
        self.tickets_view = QTableView()
        self.tickets_view.setObjectName("openTickets")
        self.tickets_view.setModel(proxy)
        self.tickets_view.setSortingEnabled(True)
        self.tickets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tickets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tickets_view.setAlternatingRowColors(True)
        self.tickets_view.verticalHeader().hide()
        header = self.tickets_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.greeting)
        layout.addWidget(self.waiting)
        layout.addWidget(self.tickets_title)
        layout.addWidget(self.tickets_view, 1)
        self.addWidget(self.idle_page)
        self._retranslate()

    def set_agent(self, agent: AgentCard | None) -> None:
        self._agent = agent
        self._retranslate()

    def set_tickets(self, tickets: tuple[TicketRow, ...], total: int) -> None:
        self.tickets_model.set_rows(tickets)
        self._ticket_count = len(tickets)
        self._ticket_total = max(total, len(tickets))
        self.tickets_view.sortByColumn(7, Qt.SortOrder.DescendingOrder)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self._agent:
            self.greeting.setText(self.tr("Hello, %1").replace("%1", self._agent.display_name))
            languages = ", ".join(language_name(code) for code in self._agent.languages)
            self.waiting.setText(
                self.tr("Waiting for calls. Your languages: %1.").replace("%1", languages)
            )
        else:
            self.greeting.setText(self.tr("Hello"))
            self.waiting.setText(
                self.tr("Waiting for calls. The caller's card appears here when the phone rings.")
            )
        if self._ticket_total > self._ticket_count:
            title = (
                self.tr("Open tickets: the latest %1 of %2")
                .replace("%1", str(self._ticket_count))
                .replace("%2", str(self._ticket_total))
            )
        else:
            title = self.tr("Open tickets: %n", "", self._ticket_count)
        self.tickets_title.setText(title)
        self.tickets_model.set_headers(
            [
                self.tr("Ticket"),
                self.tr("Subject"),
                self.tr("Caller"),
                self.tr("Topic"),
                self.tr("Channel"),
                self.tr("Status"),
                self.tr("Language"),
                self.tr("Updated"),
            ]
        )
