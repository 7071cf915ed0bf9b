"""The incoming-call notification: its own top-level window that comes to the front even when
the main window is minimised or behind another application."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.announcer import announce
from ui.formatting import language_name
from ui.retranslating import Retranslating
from ui.text import plain_label
from ui.viewmodels import CallView

# A call from a number with no display name: the screen-pop names the caller a moment later (a
# store look-up). The announcement waits this long for that name, then speaks without it.
NAME_WAIT_MS = 1500


class IncomingCallWindow(Retranslating, QWidget):
    answer_clicked = Signal(int)
    reject_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        # A separate window (not a child dialog), so minimising the main window leaves it up.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("incomingCall")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        self._call: CallView | None = None
        self._identified: tuple[int, str] | None = None  # (call id, name) from the screen-pop
        self._spoken = False
        self._sip_named = False
        self._name_wait = QTimer(self)
        self._name_wait.setSingleShot(True)
        self._name_wait.setInterval(NAME_WAIT_MS)
        self._name_wait.timeout.connect(self._announce)
        self.setMinimumWidth(360)  # a notification an agent must not miss
        layout = QVBoxLayout(self)
        self.title = plain_label()
        self.title.setObjectName("incomingTitle")
        self.caller = plain_label(wrap=True)
        self.caller.setObjectName("incomingCaller")
        self.number = plain_label()
        self.number.setObjectName("incomingNumber")
        self.ivr = plain_label(wrap=True)
        self.ivr.setObjectName("incomingIvr")
        self.waiting = plain_label(wrap=True)
        self.waiting.setObjectName("incomingWaiting")
        for label in (self.title, self.caller, self.number, self.ivr, self.waiting):
            layout.addWidget(label)
        buttons = QHBoxLayout()
        self.answer_button = QPushButton()
        self.answer_button.setObjectName("answerButton")
        self.answer_button.setDefault(True)
        self.reject_button = QPushButton()
        self.reject_button.setObjectName("rejectButton")
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.reject_button)
        layout.addLayout(buttons)
        self.answer_button.clicked.connect(self._on_answer_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._on_reject_button_clicked)
        self.setStyleSheet(
            "QLabel#incomingCaller { font-size: 15pt; font-weight: 600; }"
            "QLabel#incomingWaiting { color: #8a5300; font-weight: 600; }"
            "QPushButton#answerButton { background: #1e8e3e; color: white; padding: 8px; }"
            "QPushButton#rejectButton { background: #c5221f; color: white; padding: 8px; }"
        )
        self._retranslate()

    @property
    def call_id(self) -> int | None:
        return self._call.call_id if self._call else None

    def show_call(self, call: CallView) -> None:
        if not call.name and self._identified and self._identified[0] == call.call_id:
            call = replace(call, name=self._identified[1])
        self._call = call
        self._sip_named = bool(call.name)  # the caller's own display name stays
        self._spoken = False
        self._retranslate()
        if call.name:
            self._announce()
        else:  # who calls is worth a moment's wait: the screen-pop is looking them up
            self._name_wait.start()
        self.adjustSize()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)  # the taskbar flashes where the platform supports it

    def identify(self, call_id: int, name: str) -> None:
        """The screen-pop found who calls: the window, its title and the announcement name
        them (said again, assertively, if the look-up came after the wait)."""
        self._identified = (call_id, name)
        call = self._call
        if call is None or call.call_id != call_id or not name or self._sip_named:
            return
        if call.name == name:
            return
        self._call = replace(call, name=name)
        self._retranslate()
        self._spoken = False
        self._announce()

    def _announce(self) -> None:
        self._name_wait.stop()
        if self._call is not None and not self._spoken:
            self._spoken = True
            announce(self, self.spoken_text(self._call), urgent=True)

    def spoken_text(self, call: CallView) -> str:
        """Who is calling, in which language, about what, verified or not: one short text."""
        parts = [self.tr("Incoming call from %1.").replace("%1", self.caller.text())]
        if call.name and call.number:
            parts.append(call.number + ".")
        if call.language:
            parts.append(self.tr("Language: %1.").replace("%1", language_name(call.language)))
        if call.topic:
            parts.append(self.tr("Topic: %1.").replace("%1", call.topic))
        if call.verified:
            verified = call.verified.lower() in ("pin", "yes", "true", "1", "verified")
            parts.append(self.tr("PIN verified.") if verified else self.tr("Not verified."))
        if call.waiting:
            parts.append(self.tr("Call waiting."))
        return " ".join(parts)

    def close_call(self, call_id: int) -> None:
        if self._call is not None and self._call.call_id == call_id:
            self._call = None
            self._name_wait.stop()
            self.hide()

    def _on_answer_button_clicked(self) -> None:
        if self._call is not None:
            self.answer_clicked.emit(self._call.call_id)

    def _on_reject_button_clicked(self) -> None:
        if self._call is not None:
            self.reject_clicked.emit(self._call.call_id)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Incoming call"))
        self.title.setText(self.tr("Incoming call"))
        self.answer_button.setText(self.tr("Answer"))
        self.reject_button.setText(self.tr("Reject"))
        call = self._call
        if call is None:
            return
        self.caller.setText(call.name or self.tr("Unknown caller"))
        # Readers without announcements (Orca before 46) say the window's title and the focused
        # button's description when the window comes up: who calls, and the IVR's findings.
        self.setWindowTitle(self.tr("Incoming call: %1").replace("%1", self.caller.text()))
        self.answer_button.setAccessibleDescription(self.spoken_text(call))
        self.number.setText(call.number)
        parts = []
        if call.topic:
            parts.append(self.tr("Topic: %1").replace("%1", call.topic))
        if call.language:
            parts.append(self.tr("Language: %1").replace("%1", language_name(call.language)))
        if call.verified:
            verified = call.verified.lower() in ("pin", "yes", "true", "1", "verified")
            parts.append(self.tr("Identity verified") if verified else self.tr("Not verified"))
        self.ivr.setText(" · ".join(parts))
        self.ivr.setVisible(bool(parts))
        self.waiting.setText(self.tr("Call waiting: answering puts your current call on hold."))
        self.waiting.setVisible(call.waiting)
