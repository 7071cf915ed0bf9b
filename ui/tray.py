"""The tray icon: the agent's state at a glance, missed calls, and the window a click away."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPen, QPixmap
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


TRAY_SIZES = (16, 22, 24, 32, 48, 64)


def _state_pixmap(base: QIcon, size: int, state: AgentState, missed: int) -> QPixmap:
    """The app's icon with the agent's state as a dot in the lower corner (and the missed
    calls as a badge in the upper one), drawn at each size so it stays crisp."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if base.isNull():
        painter.setBrush(QBrush(QColor(STATE_COLOURS[state])))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    else:
        painter.drawPixmap(0, 0, base.pixmap(size, size))
        dot = max(7.0, size * 0.5)
        ring = max(1.0, size / 16)
        painter.setPen(QPen(QColor("white"), ring))
        painter.setBrush(QBrush(QColor(STATE_COLOURS[state])))
        painter.drawEllipse(QRectF(size - dot - ring / 2, size - dot - ring / 2, dot, dot))
    if missed:
        badge = size * 0.45
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor("#b00020")))
        painter.drawEllipse(QRectF(0, 0, badge, badge))
        if size >= 22:
            painter.setPen(QColor("white"))
            font = painter.font()
            font.setPixelSize(max(8, int(badge * 0.75)))
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(
                QRectF(0, 0, badge, badge), Qt.AlignmentFlag.AlignCenter, str(min(missed, 9))
            )
    painter.end()
    return pixmap


def state_icon(state: AgentState, missed: int, base: QIcon | None = None) -> QIcon:
    """The tray's icon: the app's own (the window icon by default) with the state on it."""
    base = QGuiApplication.windowIcon() if base is None else base
    icon = QIcon()
    for size in TRAY_SIZES:
        icon.addPixmap(_state_pixmap(base, size, state, missed))
    return icon


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
