"""The calls in progress and their controls: hold, mute, keypad, transfer, conference, record,
quality, hang up. The panel shows what it is handed and emits what the agent clicks."""

from __future__ import annotations

import time

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import set_name
from ui.dial_pad import KEYS, LETTERS, key_name
from ui.formatting import clock_duration
from ui.retranslating import Retranslating
from ui.text import keep_labels_whole, plain_label
from ui.viewmodels import CallPhase, CallView


def format_duration(seconds: float) -> str:
    return clock_duration(seconds)


class CallPanel(Retranslating, QWidget):
    hangup_clicked = Signal(int)
    hold_clicked = Signal(int)
    mute_clicked = Signal(int)
    record_clicked = Signal(int)
    dtmf_clicked = Signal(int, str)
    transfer_clicked = Signal(int, str)  # blind
    consult_clicked = Signal(int, str)  # attended, step 1: call the colleague
    complete_transfer_clicked = Signal(int, int)  # attended, step 2: (caller call, consultation)
    conference_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callPanel")
        self._calls: tuple[CallView, ...] = ()
        self._consultation: tuple[int, int] | None = None  # (caller's call, consultation call)
        layout = QVBoxLayout(self)
        self.title = plain_label()
        self.title.setObjectName("panelTitle")
        self.list = QListWidget()
        self.list.setObjectName("callList")
        self.list.setMaximumHeight(72)  # two or three calls at once is the usual most
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.caller = plain_label(wrap=True)
        self.caller.setObjectName("callCaller")
        self.details = plain_label(wrap=True)
        self.details.setObjectName("callDetails")
        self.timer_label = plain_label()
        self.timer_label.setObjectName("callTimer")
        self.quality = plain_label()
        self.quality.setObjectName("callQuality")
        header = QHBoxLayout()
        header.addWidget(self.timer_label)
        header.addStretch(1)
        header.addWidget(self.quality)

        grid = QGridLayout()
        self.hold_button = self._button("holdButton", checkable=True)
        self.mute_button = self._button("muteButton", checkable=True)
        self.record_button = self._button("recordButton", checkable=True)
        self.keypad_button = self._button("keypadButton", checkable=True)
        self.conference_button = self._button("conferenceButton")
        self.hangup_button = self._button("hangupButton")
        for index, button in enumerate(
            (self.hold_button, self.mute_button, self.record_button, self.keypad_button,
             self.conference_button, self.hangup_button)
        ):  # fmt: skip
            grid.addWidget(button, index // 3, index % 3)

        self.keypad = QWidget()
        keys = QGridLayout(self.keypad)
        self.dtmf_keys: dict[str, QPushButton] = {}
        for position, key in enumerate(KEYS):
            button = QPushButton(key)
            button.setObjectName(f"dtmf_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self._on_dtmf_key_clicked(k))
            keys.addWidget(button, position // 3, position % 3)
            self.dtmf_keys[key] = button
        self.keypad.hide()

        self.transfer_target = QLineEdit()
        self.transfer_target.setObjectName("transferTarget")
        self.transfer_target.setClearButtonEnabled(True)
        transfer = QHBoxLayout()
        self.transfer_button = self._button("transferButton")
        self.consult_button = self._button("consultButton")
        self.complete_button = self._button("completeTransferButton")
        for button in (self.transfer_button, self.consult_button, self.complete_button):
            transfer.addWidget(button)

        for widget in (self.title, self.list, self.caller, self.details):
            layout.addWidget(widget)
        layout.addLayout(header)
        layout.addLayout(grid)
        layout.addWidget(self.keypad)
        layout.addWidget(self.transfer_target)
        layout.addLayout(transfer)

        self.hold_button.clicked.connect(lambda: self._emit_for_current(self.hold_clicked))
        self.mute_button.clicked.connect(lambda: self._emit_for_current(self.mute_clicked))
        self.record_button.clicked.connect(lambda: self._emit_for_current(self.record_clicked))
        self.hangup_button.clicked.connect(lambda: self._emit_for_current(self.hangup_clicked))
        self.keypad_button.toggled.connect(self.keypad.setVisible)
        self.conference_button.clicked.connect(self.conference_clicked)
        self.transfer_button.clicked.connect(self._on_transfer_button_clicked)
        self.transfer_target.returnPressed.connect(self._on_transfer_target_return_pressed)
        self.consult_button.clicked.connect(self._on_consult_button_clicked)
        self.complete_button.clicked.connect(self._on_complete_button_clicked)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._refresh_timer)
        self._retranslate()
        self.set_calls(())

    def _button(self, name: str, *, checkable: bool = False) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setCheckable(checkable)
        return button

    # -- data in ---------------------------------------------------------------------------------

    def current(self) -> CallView | None:
        row = self.list.currentRow()
        return self._calls[row] if 0 <= row < len(self._calls) else None

    def set_calls(self, calls: tuple[CallView, ...]) -> None:
        previous = self.current()
        self._calls = tuple(calls)
        self.list.blockSignals(True)
        self.list.clear()
        for call in self._calls:
            self.list.addItem(QListWidgetItem(self._summary(call)))
        wanted = 0
        for index, call in enumerate(self._calls):
            if previous is not None and call.call_id == previous.call_id:
                wanted = index
        if self._consultation and self._consultation[1] in {c.call_id for c in self._calls}:
            wanted = [c.call_id for c in self._calls].index(self._consultation[1])
        self.list.setCurrentRow(wanted if self._calls else -1)
        self.list.blockSignals(False)
        ids = {c.call_id for c in self._calls}
        if self._consultation and not set(self._consultation) <= ids:
            self._consultation = None
        self.setVisible(bool(self._calls))
        if self._calls:
            self._ticker.start()
        else:
            self._ticker.stop()
            self.keypad_button.setChecked(False)
        self._show_current()

    def _summary(self, call: CallView) -> str:
        who = call.name or call.number
        return f"{who} · {self._phase_text(call.phase)}"

    def _show_current(self) -> None:
        call = self.current()
        enabled = call is not None and call.phase in (CallPhase.ACTIVE, CallPhase.HELD)
        for button in (
            self.hold_button,
            self.mute_button,
            self.record_button,
            self.keypad_button,
            self.transfer_button,
            self.consult_button,
        ):
            button.setEnabled(enabled)  # fmt: skip
        self.hangup_button.setEnabled(call is not None)
        talking = [c for c in self._calls if c.phase in (CallPhase.ACTIVE, CallPhase.HELD)]
        self.conference_button.setEnabled(len(talking) >= 2)
        self.complete_button.setEnabled(self._consultation is not None)
        if call is None:
            self.caller.clear()
            self.details.clear()
            self.timer_label.clear()
            self.quality.clear()
            return
        self.hold_button.setChecked(call.phase is CallPhase.HELD)
        self.mute_button.setChecked(call.muted)
        self.record_button.setChecked(call.recording)
        self.caller.setText(call.name or call.number)
        details = [call.number] if call.name else []
        details.append(self._phase_text(call.phase))
        if call.in_conference:
            details.append(self.tr("in conference"))
        if call.recording:
            details.append(self.tr("recording"))
        self.details.setText(" · ".join(details))
        self.quality.setText(self._quality_text(call.mos))
        self.quality.setVisible(bool(self.quality.text()))  # no empty text for a reader to find
        self._refresh_timer()

    def _refresh_timer(self) -> None:
        call = self.current()
        if call is None:
            return
        since = call.connected_at or call.started_at
        self.timer_label.setText(format_duration(time.monotonic() - since))

    def _phase_text(self, phase: CallPhase) -> str:
        return {
            CallPhase.RINGING: self.tr("ringing"),
            CallPhase.DIALING: self.tr("calling…"),
            CallPhase.ACTIVE: self.tr("connected"),
            CallPhase.HELD: self.tr("on hold"),
            CallPhase.ENDED: self.tr("ended"),
        }[phase]

    def _quality_text(self, mos: float | None) -> str:
        if mos is None:
            return ""
        if mos >= 4.0:
            word = self.tr("good")
        elif mos >= 3.6:
            word = self.tr("fair")
        else:
            word = self.tr("poor")
        return (
            self.tr("Quality: %1 (%2)")
            .replace("%1", word)
            .replace("%2", QLocale().toString(mos, "f", 1))
        )

    # -- clicks out ---------------------------------------------------------------------------

    def _emit_for_current(self, signal: Signal) -> None:
        call = self.current()
        if call is not None:
            signal.emit(call.call_id)  # type: ignore[attr-defined]

    def _on_list_current_row_changed(self, _row: int) -> None:
        self._show_current()

    def _on_dtmf_key_clicked(self, key: str) -> None:
        call = self.current()
        if call is not None:
            self.dtmf_clicked.emit(call.call_id, key)

    def _on_transfer_button_clicked(self) -> None:
        call, target = self.current(), self.transfer_target.text().strip()
        if call is not None and target:
            self.transfer_clicked.emit(call.call_id, target)

    def _on_transfer_target_return_pressed(self) -> None:
        """Enter in "Transfer to..." is the Transfer button, for keyboard users (Ctrl+Shift+T,
        type, Enter): the very same click, so the same checks and feedback; nothing while the
        button is off (no call to hand over)."""
        if self.transfer_button.isEnabled():
            self.transfer_button.animateClick()

    def _on_consult_button_clicked(self) -> None:
        call, target = self.current(), self.transfer_target.text().strip()
        if call is not None and target:
            self.consult_clicked.emit(call.call_id, target)

    def note_consultation(self, caller_call: int, consultation_call: int) -> None:
        """The app tells which new call is the consultation for which caller."""
        self._consultation = (caller_call, consultation_call)
        self._show_current()

    def _on_complete_button_clicked(self) -> None:
        if self._consultation is not None:
            self.complete_transfer_clicked.emit(*self._consultation)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Calls"))
        self.hold_button.setText(self.tr("Hold"))
        self.mute_button.setText(self.tr("Mute"))
        self.record_button.setText(self.tr("Record"))
        self.keypad_button.setText(self.tr("Keypad"))
        self.conference_button.setText(self.tr("Conference"))
        self.hangup_button.setText(self.tr("Hang up"))
        self.transfer_target.setPlaceholderText(self.tr("Transfer to…"))
        set_name(
            self.transfer_target,
            self.tr("Transfer to"),
            self.tr("The colleague's extension, number or SIP address"),
        )
        set_name(
            self.list, self.tr("Calls"), self.tr("Your calls in progress; the chosen one is shown")
        )
        for key, button in self.dtmf_keys.items():
            set_name(button, key_name(key), LETTERS.get(key, ""))
        set_name(self.keypad, self.tr("Keypad: send tones"))
        self.transfer_button.setText(self.tr("Transfer"))
        self.transfer_button.setToolTip(self.tr("Blind transfer: hand the caller over now"))
        self.consult_button.setText(self.tr("Consult"))
        self.consult_button.setToolTip(
            self.tr("Attended transfer: hold the caller and talk to the colleague first")
        )
        self.complete_button.setText(self.tr("Complete"))
        self.hangup_button.setStyleSheet("background: #c5221f; color: white;")
        # The phone column widens for "Konferenz" or "Консультация" rather than cut them off.
        keep_labels_whole(
            self.hold_button, self.mute_button, self.record_button, self.keypad_button,
            self.conference_button, self.hangup_button, self.transfer_button,
            self.consult_button, self.complete_button,
        )  # fmt: skip
        for index, call in enumerate(self._calls):
            self.list.item(index).setText(self._summary(call))
        self._show_current()
