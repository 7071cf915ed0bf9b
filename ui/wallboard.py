"""The supervisors' wallboard: its own window, to put on a large screen (F11: full screen).

Tiles with the floor's figures in large type, a bar chart of the callbacks due per language and
one of the agents' states, and the agents' table (state and time in it, the current call's
caller, duration and topic, languages). From the table a supervisor listens in on an agent's
call in one of three modes and switches between them during the session. Every text that came
from the network or the store is shown as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import decorative, readable, set_name
from ui.formatting import clock_duration, language_name
from ui.labels import agent_state_label, pause_reason_label
from ui.retranslating import Retranslating
from ui.text import plain_label

STATE_COLOURS = {
    "available": "#2e7d32",
    "on_call": "#1565c0",
    "wrap_up": "#6a1b9a",
    "paused": "#ef6c00",
    "offline": "#757575",
    "not_responding": "#b71c1c",
}
STATES = ("available", "on_call", "wrap_up", "paused", "offline", "not_responding")
MODES = ("monitor", "whisper", "barge")


@dataclass(frozen=True)
class BoardAgent:
    login: str
    name: str
    state: str  # available, on_call, wrap_up, paused, offline, or not_responding (a lost desk)
    reason: str = ""  # a pause reason code
    seconds_in_state: int | None = None
    caller: str = ""
    call_seconds: int | None = None
    topic: str = ""
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class BoardView:
    agents: tuple[BoardAgent, ...] = ()
    due_by_language: dict[str, int] = field(default_factory=dict)
    oldest_wait_s: int | None = None
    sla_percent: float | None = None
    sla_total: int = 0
    handled: int = 0
    abandoned: int = 0
    updated: str = ""  # when it was read, for people
    stale: bool = False  # the store did not answer the last read


class BarChart(QWidget):
    """Horizontal bars with their labels and values; drawn, so it scales with the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int, QColor]] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(self, bars: list[tuple[str, int, str]]) -> None:
        self._bars = [(label, value, QColor(colour)) for label, value, colour in bars]
        self.setAccessibleDescription(", ".join(f"{label}: {value}" for label, value, _ in bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return [(label, value) for label, value, _ in self._bars]

    def sizeHint(self) -> QSize:
        return QSize(320, max(120, 34 * len(self._bars) + 12))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show"))
            return
        metrics = painter.fontMetrics()
        label_w = max(metrics.horizontalAdvance(label) for label, _, _ in self._bars) + 12
        value_w = metrics.horizontalAdvance("0000") + 8
        row_h = min(40.0, (self.height() - 8) / len(self._bars))
        top = max(v for _, v, _ in self._bars) or 1
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        span = max(10.0, self.width() - label_w - value_w - 8)
        for i, (label, value, colour) in enumerate(self._bars):
            y = 4 + i * row_h
            length = span * value / top
            if rtl:
                label_rect = QRectF(self.width() - label_w, y, label_w - 6, row_h)
                bar = QRectF(
                    self.width() - label_w - length, y + row_h * 0.18, length, row_h * 0.64
                )
                value_rect = QRectF(bar.left() - value_w, y, value_w - 4, row_h)
                align_label = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                align_value = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            else:
                label_rect = QRectF(0, y, label_w - 6, row_h)
                bar = QRectF(label_w, y + row_h * 0.18, length, row_h * 0.64)
                value_rect = QRectF(bar.right() + 4, y, value_w, row_h)
                align_label = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                align_value = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.setPen(self.palette().windowText().color())
            painter.drawText(label_rect, align_label, label)
            painter.fillRect(bar, colour)
            painter.drawText(value_rect, align_value, self.locale().toString(value))


class _Tile(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallboardTile")
        self.value = plain_label("–")
        self.value.setObjectName("tileValue")
        # The caption is in the value's spoken name ("Available: 4"): readers skip it.
        self.caption = decorative(plain_label(wrap=True))
        self.caption.setProperty("tileCaption", True)
        for label in (self.value, self.caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        readable(self.value)  # Tab reads the figures: "Available: 4"

    def refresh_name(self) -> None:
        set_name(self.value, f"{self.caption.text()}: {self.value.text()}")


STYLE = """
#wallboardTile { border: 1px solid #c5cae9; border-radius: 8px; background: #f5f7ff; }
#tileValue { font-size: 34pt; font-weight: 600; }
QLabel[tileCaption="true"] { font-size: 12pt; color: #37474f; }
#listenBar { background: #fff3e0; border-radius: 6px; }
#staleNotice { color: #b71c1c; font-weight: 600; }
"""


class WallboardWindow(Retranslating, QWidget):
    listen_requested = Signal(str, str)  # agent login, mode
    mode_requested = Signal(str)  # a new mode for the running listen-in
    stop_requested = Signal()
    announce_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("wallboard")
        self.setStyleSheet(STYLE)
        self._view = BoardView()
        self._listening = ("", "")

        self.tiles = {name: _Tile() for name in (
            "available", "on_call", "wrap_up", "paused", "due", "oldest", "sla", "handled",
            "abandoned",
        )}  # fmt: skip
        tiles = QGridLayout()
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, i // 5, i % 5)

        self.due_chart = BarChart()
        self.due_chart.setObjectName("dueChart")
        self.state_chart = BarChart()
        self.state_chart.setObjectName("stateChart")
        self.due_title, self.state_title = plain_label(), plain_label()
        charts = QGridLayout()
        charts.addWidget(self.due_title, 0, 0)
        charts.addWidget(self.state_title, 0, 1)
        charts.addWidget(self.due_chart, 1, 0)
        charts.addWidget(self.state_chart, 1, 1)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("agentsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table (the arrows move in it): no focus trap for keyboard users.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        big = QFont(self.table.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.table.setFont(big)

        self.listen_buttons = {mode: QPushButton() for mode in MODES}
        for mode, button in self.listen_buttons.items():
            button.setObjectName(f"listen_{mode}")
            button.clicked.connect(lambda _checked=False, m=mode: self._on_mode_clicked(m))
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("listenStop")
        self.stop_button.clicked.connect(self.stop_requested)
        self.announce_button = QPushButton()
        self.announce_button.setObjectName("announce")
        self.announce_button.clicked.connect(self.announce_requested)
        self.listen_status = plain_label()
        self.listen_status.setObjectName("listenStatus")
        self.problem = plain_label(wrap=True)
        self.problem.setObjectName("staleNotice")
        self.updated = plain_label()
        bar = QFrame()
        bar.setObjectName("listenBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.addWidget(self.listen_status, 1)
        for button in self.listen_buttons.values():
            bar_layout.addWidget(button)
        bar_layout.addWidget(self.stop_button)
        bar_layout.addSpacing(16)
        bar_layout.addWidget(self.announce_button)

        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addLayout(charts, 1)
        layout.addWidget(self.table, 2)
        layout.addWidget(bar)
        footer = QHBoxLayout()
        footer.addWidget(self.problem, 1)
        footer.addWidget(self.updated)
        layout.addLayout(footer)

        for label in (self.listen_status, self.problem, self.updated):
            readable(label)
        full = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        full.activated.connect(self._toggle_full_screen)
        self._retranslate()
        self._update_buttons()

    # -- what the service shows ---------------------------------------------------------------

    def set_board(self, view: BoardView) -> None:
        self._view = view
        selected = self.selected_login()
        locale = self.locale()
        counts = {state: sum(1 for a in view.agents if a.state == state) for state in STATES}
        for state in ("available", "on_call", "wrap_up", "paused"):
            self.tiles[state].value.setText(locale.toString(counts[state]))
        self.tiles["due"].value.setText(locale.toString(sum(view.due_by_language.values())))
        self.tiles["oldest"].value.setText(
            "–" if view.oldest_wait_s is None else clock_duration(view.oldest_wait_s)
        )
        self.tiles["sla"].value.setText(
            "–" if view.sla_percent is None else f"{locale.toString(round(view.sla_percent))} %"
        )
        self.tiles["handled"].value.setText(locale.toString(view.handled))
        self.tiles["abandoned"].value.setText(locale.toString(view.abandoned))
        self.due_chart.set_bars(
            [
                (language_name(lang), n, "#1565c0")
                for lang, n in sorted(view.due_by_language.items())
            ]
        )
        self.state_chart.set_bars(
            [(agent_state_label(s), counts[s], STATE_COLOURS[s]) for s in STATES if counts[s]]
        )
        self.table.setRowCount(len(view.agents))
        for row, agent in enumerate(view.agents):
            state = agent_state_label(agent.state)
            if agent.state == "paused" and agent.reason:
                state = f"{state}: {pause_reason_label(agent.reason)}"
            cells = [
                agent.name,
                state,
                "" if agent.seconds_in_state is None else clock_duration(agent.seconds_in_state),
                agent.caller,
                "" if agent.call_seconds is None else clock_duration(agent.call_seconds),
                agent.topic,
                ", ".join(language_name(lang) for lang in agent.languages),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, agent.login)
                if column == 1:
                    item.setForeground(QColor(STATE_COLOURS.get(agent.state, "#000000")))
                self.table.setItem(row, column, item)
            if agent.login == selected:
                self.table.selectRow(row)
        for tile in self.tiles.values():
            tile.refresh_name()
        self.problem.setText(
            self.tr("The ticket store did not answer: these figures may be out of date.")
            if view.stale
            else ""
        )
        self.problem.setVisible(view.stale)
        self.updated.setText(
            self.tr("Updated %1").replace("%1", view.updated) if view.updated else ""
        )
        self._update_buttons()

    def set_listening(self, login: str, mode: str) -> None:
        self._listening = (login, mode)
        self._update_buttons()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def selected_login(self) -> str:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else ""

    def _row_of(self, login: str) -> int | None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == login:
                return row
        return None

    def select_agent(self, login: str) -> None:
        row = self._row_of(login)
        if row is not None:
            self.table.selectRow(row)

    def agent_row(self, login: str) -> list[str]:
        row = self._row_of(login)
        if row is None:
            return []
        return [
            (cell.text() if (cell := self.table.item(row, c)) else "")
            for c in range(self.table.columnCount())
        ]

    # -- the supervisor's clicks ----------------------------------------------------------------

    def _on_mode_clicked(self, mode: str) -> None:
        login, current = self._listening
        if login and current:
            if mode != current:
                self.mode_requested.emit(mode)
            return
        selected = self.selected_login()
        if selected:
            self.listen_requested.emit(selected, mode)

    def _update_buttons(self) -> None:
        login, mode = self._listening
        on_call = {a.login for a in self._view.agents if a.state == "on_call"}
        can_start = self.selected_login() in on_call
        for name, button in self.listen_buttons.items():
            button.setEnabled(bool(login) or can_start)
            button.setCheckable(True)
            button.setChecked(bool(login) and name == mode)
        self.stop_button.setEnabled(bool(login))
        names = {a.login: a.name for a in self._view.agents}
        if login:
            self.listen_status.setText(
                self.tr("Listening to %1: %2")
                .replace("%1", names.get(login, login))
                .replace("%2", self._mode_label(mode))
            )
        else:
            self.listen_status.setText(self.tr("Select an agent on a call to listen in."))

    def _mode_label(self, mode: str) -> str:
        return {
            "monitor": self.tr("silent monitor"),
            "whisper": self.tr("whisper to the agent"),
            "barge": self.tr("barge in"),
        }.get(mode, mode)

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Wallboard"))
        captions = {
            "available": self.tr("Available"),
            "on_call": self.tr("On call"),
            "wrap_up": self.tr("Wrap-up"),
            "paused": self.tr("Paused"),
            "due": self.tr("Callbacks due"),
            "oldest": self.tr("Oldest waiting"),
            "sla": self.tr("Callbacks on time today"),
            "handled": self.tr("Calls handled today"),
            "abandoned": self.tr("Calls abandoned today"),
        }
        for key, caption in captions.items():
            self.tiles[key].caption.setText(caption)
        self.due_title.setText(self.tr("Callbacks due by language"))
        self.state_title.setText(self.tr("Agents by state"))
        set_name(self.due_chart, self.due_title.text())
        set_name(self.state_chart, self.state_title.text())
        set_name(self.table, self.tr("Agents"), self.tr("Choose an agent, then a way to listen in"))
        for tile in self.tiles.values():
            tile.refresh_name()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Agent"),
                self.tr("State"),
                self.tr("For"),
                self.tr("Caller"),
                self.tr("Call"),
                self.tr("Topic"),
                self.tr("Languages"),
            ]
        )
        self.listen_buttons["monitor"].setText(self.tr("Monitor"))
        self.listen_buttons["whisper"].setText(self.tr("Whisper"))
        self.listen_buttons["barge"].setText(self.tr("Barge in"))
        self.stop_button.setText(self.tr("Stop listening"))
        self.announce_button.setText(self.tr("Announce…"))
        self._update_buttons()
