"""The screen-pop area. Idle, it greets the agent and lists the open tickets; the caller's card
takes this place when a call rings (the CTI service fills it)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import buddy, readable, set_name
from ui.caller_card import CallerCardPage
from ui.formatting import language_name, local_datetime
from ui.labels import channel_label, ticket_status_label
from ui.retranslating import Retranslating
from ui.table_model import RowsModel
from ui.text import plain_label
from ui.viewmodels import AgentCard, CallerPop, TicketRow


class ScreenPopPanel(Retranslating, QStackedWidget):
    recovered_kept = Signal(str)  # the recovered note's text, to save in the caller's history

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
            ],
            self,
            sort_keys={7: lambda t: t.updated_at},  # by the moment, not its localised text
        )
        self.tickets_view = QTableView()
        self.tickets_view.setObjectName("openTickets")
        self.tickets_view.setModel(self.tickets_model)
        self.tickets_view.setSortingEnabled(True)
        self.tickets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table (the arrows move in it): no focus trap for keyboard users.
        self.tickets_view.setTabKeyNavigation(False)
        self.tickets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tickets_view.setAlternatingRowColors(True)
        self.tickets_view.verticalHeader().hide()
        header = self.tickets_view.horizontalHeader()
        # Sized once per new data, not on every layout: ResizeToContents asks every cell for its
        # text each time the page is shown, which stalled the Qt thread after every call.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A note a crash interrupted: shown until the agent saves it.
        self.recovered = QFrame()
        self.recovered.setObjectName("recoveredNote")
        self.recovered.setFrameShape(QFrame.Shape.StyledPanel)
        self.recovered_title = plain_label(wrap=True)
        self.recovered_text = QPlainTextEdit()
        self.recovered_text.setObjectName("recoveredText")
        self.recovered_save = QPushButton()
        self.recovered_save.setObjectName("keepRecovered")
        self.recovered_save.clicked.connect(
            lambda: self.recovered_kept.emit(self.recovered_text.toPlainText())
        )
        box = QVBoxLayout(self.recovered)
        box.addWidget(self.recovered_title)
        box.addWidget(self.recovered_text)
        box.addWidget(self.recovered_save)
        self.recovered.hide()
        self._recovered_from = ""
        layout.addWidget(self.greeting)
        layout.addWidget(self.recovered)
        layout.addWidget(self.waiting)
        layout.addWidget(self.tickets_title)
        layout.addWidget(self.tickets_view, 1)
        self.addWidget(self.idle_page)
        self.caller_page = CallerCardPage()
        self.addWidget(self.caller_page)
        readable(self.waiting)
        readable(self.recovered_title)
        self._retranslate()

    def show_caller(self, pop: CallerPop, note: str = "") -> None:
        """The caller's card replaces the idle page while the call lasts."""
        self.caller_page.show_pop(pop, note)
        self.setCurrentWidget(self.caller_page)

    def show_idle(self) -> None:
        self.setCurrentWidget(self.idle_page)

    def show_recovered(self, body: str, number: str) -> None:
        self._recovered_from = number
        self.recovered_text.setPlainText(body)
        self.recovered.show()
        self._retranslate()

    def hide_recovered(self) -> None:
        self.recovered.hide()

    def set_agent(self, agent: AgentCard | None) -> None:
        self._agent = agent
        self._retranslate()

    def set_tickets(self, tickets: tuple[TicketRow, ...], total: int) -> None:
        self.tickets_model.set_rows(tickets)
        self._ticket_count = len(tickets)
        self._ticket_total = max(total, len(tickets))
        self.tickets_view.sortByColumn(7, Qt.SortOrder.DescendingOrder)
        self.tickets_view.resizeColumnsToContents()
        self._retranslate()

    def _retranslate(self) -> None:
        self.recovered_title.setText(
            self.tr("A note from a call that was interrupted (%1) was recovered:").replace(
                "%1", self._recovered_from or self.tr("unknown number")
            )
        )
        self.recovered_save.setText(self.tr("Save it to the caller's history"))
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
                .replace("%1", QLocale().toString(self._ticket_count))
                .replace("%2", QLocale().toString(self._ticket_total))
            )
        else:
            title = self.tr("Open tickets: %Ln", "", self._ticket_count)
        self.tickets_title.setText(title)
        buddy(self.tickets_title, self.tickets_view)
        set_name(self.recovered_text, self.tr("Recovered note"))
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
