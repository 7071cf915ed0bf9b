"""The sign-in window: an agent at whichever desk is free signs in with their own login.

It knows nothing about stores or keyrings: it hands what was typed to whoever listens
(`submitted`) and shows the answer (`refuse`, `set_busy`). Passwords are never pre-filled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.retranslating import Retranslating
from ui.text import plain_label


class SignInWindow(Retranslating, QWidget):
    # login, store password, SIP password ("" when it is the same), remember on this computer
    submitted = Signal(str, str, str, bool)
    closed = Signal()
    refused = Signal(str)  # the reason shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInWindow")
        self.title = plain_label(wrap=True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.login = QLineEdit()
        self.login.setObjectName("signInLogin")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sip_password = QLineEdit()
        self.sip_password.setObjectName("signInSipPassword")
        self.sip_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.remember.setObjectName("signInRemember")
        self.message = plain_label(wrap=True)
        self.message.setObjectName("signInMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        for field in (self.login, self.password, self.sip_password):
            field.returnPressed.connect(self._on_sign_in_button_clicked)

        self.login_label = QLabel()
        self.password_label = QLabel()
        self.sip_password_label = QLabel()
        for label, field in (
            (self.login_label, self.login),
            (self.password_label, self.password),
            (self.sip_password_label, self.sip_password),
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(field)
        rows = QFormLayout()
        rows.addRow(self.login_label, self.login)
        rows.addRow(self.password_label, self.password)
        rows.addRow(self.sip_password_label, self.sip_password)
        rows.addRow(self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(rows)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._retranslate()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.login, self.password, self.sip_password, self.remember):
            widget.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        if busy:
            self._show_message(self.tr("Signing in…"), error=False)

    def refuse(self, reason: str) -> None:
        """Signing in failed: say why, keep the login, clear the passwords."""
        self.set_busy(False)
        self.password.clear()
        self.sip_password.clear()
        self._show_message(reason, error=True)
        self.password.setFocus()
        self.refused.emit(reason)

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def _on_sign_in_button_clicked(self) -> None:
        login = self.login.text().strip()
        if not login:
            self._show_message(self.tr("Enter your login."), error=True)
            self.login.setFocus()
            return
        self.submitted.emit(
            login, self.password.text(), self.sip_password.text(), self.remember.isChecked()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.title.setText(self.tr("Sign in to the softphone"))
        self.login_label.setText(self.tr("&Login"))
        self.password_label.setText(self.tr("&Password"))
        self.sip_password_label.setText(self.tr("&SIP password (if different)"))
        self.remember.setText(self.tr("&Remember on this computer"))
        self.sign_in_button.setText(self.tr("Sign &in"))
        for widget, name in (
            (self.login, self.tr("Login")),
            (self.password, self.tr("Password")),
            (self.sip_password, self.tr("SIP password, if different")),
            (self.remember, self.tr("Remember on this computer")),
            (self.sign_in_button, self.tr("Sign in")),
        ):
            widget.setAccessibleName(name)
        self.remember.setAccessibleDescription(
            self.tr("Keeps your passwords in this computer's keyring, nowhere else")
        )
