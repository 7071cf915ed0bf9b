"""The tray icon: the agent's state at a glance, missed calls, and the window a click away."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ui.labels import agent_state_label
from ui.viewmodels import AgentState

STATE_COLOURS = {
    AgentState.AVAILABLE: "#1e8e3e",
    AgentState.ON_CALL: "#c5221f",
    AgentState.WRAP_UP: "#e37400",
    AgentState.PAUSED: "#f9ab00",
    AgentState.OFFLINE: "#80868b",
}


def state_icon(state: AgentState, missed: int) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QBrush(QColor(STATE_COLOURS[state])))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 28, 28)
    if missed:
        painter.setBrush(QBrush(QColor("#b00020")))
        painter.drawEllipse(18, 0, 14, 14)
        painter.setPen(QColor("white"))
        font = painter.font()
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(18, 0, 14, 14, Qt.AlignmentFlag.AlignCenter, str(min(missed, 9)))
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    show_window_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.show_action = self.menu.addAction("")
        self.show_action.triggered.connect(self.show_window_requested)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction("")
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self._state = AgentState.OFFLINE
        self._missed = 0
        self._retranslate()

    @property
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        if self.available:
            self.icon.show()

    def set_state(self, state: AgentState) -> None:
        self._state = state
        self._retranslate()

    def set_missed(self, missed: int) -> None:
        self._missed = missed
        self._retranslate()

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window_requested.emit()

    def retranslate(self) -> None:
        """QObjects get no LanguageChange event: the app calls this after a language switch."""
        self._retranslate()

    def _retranslate(self) -> None:
        self.show_action.setText(self.tr("Show the softphone"))
        self.quit_action.setText(self.tr("Quit"))
        tip = agent_state_label(self._state.value)
        if self._missed:
            tip += " · " + self.tr("%Ln missed call(s)", "", self._missed)
        self.icon.setToolTip(tip)
        self.icon.setIcon(state_icon(self._state, self._missed))
