"""The dial field and keypad (the call controls behind it come with the SIP engine)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import set_name
from ui.retranslating import Retranslating
from ui.text import keep_labels_whole, keep_placeholder_whole, plain_label

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")
LETTERS = {
    "2": "ABC",
    "3": "DEF",
    "4": "GHI",
    "5": "JKL",
    "6": "MNO",
    "7": "PQRS",
    "8": "TUV",
    "9": "WXYZ",
    "0": "+",
}


def key_name(key: str) -> str:
    """What a reader says for a keypad key: the digit, or the symbol's name."""
    if key == "*":
        return QCoreApplication.translate("DialPad", "star")
    if key == "#":
        return QCoreApplication.translate("DialPad", "hash")
    return key


class DialPad(Retranslating, QWidget):
    dial_requested = Signal(str)  # the text as typed; the app normalises it
    redial_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialPad")
        layout = QVBoxLayout(self)
        self.title = plain_label()
        self.title.setObjectName("panelTitle")
        self.number = QLineEdit()
        self.number.setObjectName("dialField")
        self.number.setClearButtonEnabled(True)
        self._dialled: str | None = None  # the field's text when the last call went out
        self.number.returnPressed.connect(self._on_call_clicked)
        self.number.textEdited.connect(lambda _text: self.show_problem(""))
        self.error = plain_label(wrap=True)
        self.error.setObjectName("dialError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.number)
        layout.addWidget(self.error)

        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for position, key in enumerate(KEYS):
            button = QPushButton(f"{key}\n{LETTERS.get(key, '')}".rstrip())
            button.setObjectName(f"key_{key}")
            button.setMinimumHeight(46)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, k=key: self._on_key_clicked(k))
            grid.addWidget(button, position // 3, position % 3)
            self.keys[key] = button
        layout.addLayout(grid)

        self.call_button = QPushButton()
        self.call_button.setObjectName("callButton")
        self.call_button.setMinimumHeight(40)
        self.call_button.clicked.connect(self._on_call_clicked)
        self.redial_button = QPushButton()
        self.redial_button.setObjectName("redialButton")
        self.redial_button.clicked.connect(self.redial_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button, 3)
        buttons.addWidget(self.redial_button, 1)
        layout.addLayout(buttons)
        self.hint = plain_label(wrap=True)
        self.hint.setObjectName("hint")
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.set_can_call(False)
        self._retranslate()

    def set_can_call(self, can_call: bool) -> None:
        self._can_call = can_call
        self.call_button.setEnabled(can_call)
        self.redial_button.setEnabled(can_call)
        self.hint.setVisible(not can_call)

    def show_problem(self, message: str) -> None:
        """Why the last number could not be dialled, next to the field."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def note_call_placed(self, _call: object = None) -> None:
        """A call went out: what the field holds now is what was dialled."""
        self._dialled = self.number.text()

    def note_call_ended(self) -> None:
        """A call the agent placed is over: the field is cleared for the next number (redial
        and the recent calls keep this one), unless the agent has typed another meanwhile."""
        if self._dialled is not None and self.number.text() == self._dialled:
            self.number.clear()
            self.show_problem("")
        self._dialled = None

    def _on_key_clicked(self, key: str) -> None:
        self.number.insert(key)
        self.number.setFocus()

    def _on_call_clicked(self) -> None:
        text = self.number.text().strip()
        if text and self._can_call:
            self.dial_requested.emit(text)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Phone"))
        self.number.setPlaceholderText(self.tr("Number or SIP address"))
        set_name(self.number, self.tr("Number to call"), self.tr("A phone number or a SIP address"))
        for key, button in self.keys.items():
            set_name(button, key_name(key), LETTERS.get(key, ""))
        self.call_button.setText(self.tr("Call"))
        self.redial_button.setText(self.tr("Redial"))
        self.redial_button.setToolTip(self.tr("Call the last number again"))
        keep_labels_whole(self.call_button, self.redial_button)
        keep_placeholder_whole(self.number)
        self.hint.setText(self.tr("No SIP account is set up yet: add one in Settings to call."))
