"""The settings dialog. Invalid entries are refused with a message next to the field.

The dialog knows nothing about how settings are stored: it edits a SettingsForm and hands it to
`submit`, which returns {field name: error message}; an empty dict closes the dialog. Password
fields start empty and are only sent when the user typed something: a stored password is never
read back into a widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import language_name
from ui.text import plain_label
from ui.viewmodels import SettingsForm

UI_LANGUAGES = ("en", "it", "de", "fr", "ar", "pl", "es", "ru")
TRANSPORTS = ("udp", "tcp", "tls")

SubmitFn = Callable[[SettingsForm], dict[str, str]]


class SettingsDialog(QDialog):
    def __init__(self, form: SettingsForm, submit: SubmitFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._submit = submit
        self._errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)

        self.agent_box = QGroupBox()
        agent_form = QFormLayout(self.agent_box)
        self.agent_login = QLineEdit(form.agent_login)
        self.ui_language = QComboBox()
        self.ui_language.addItem("", "")
        for code in UI_LANGUAGES:
            self.ui_language.addItem(language_name(code), code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(form.ui_language)))
        self.default_region = QLineEdit(form.default_region)
        self.default_region.setMaxLength(2)
        self.wrap_up = QSpinBox()
        self.wrap_up.setRange(0, 3600)
        self.wrap_up.setValue(form.wrap_up_seconds)
        self.agent_labels = self._rows(
            agent_form,
            [
                ("agent_login", self.agent_login),
                ("ui_language", self.ui_language),
                ("default_region", self.default_region),
                ("wrap_up_seconds", self.wrap_up),
            ],
        )

        self.store_box = QGroupBox()
        store_form = QFormLayout(self.store_box)
        self.store_url = QLineEdit(form.store_url)
        self.store_password = QLineEdit()
        self.store_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.store_labels = self._rows(
            store_form, [("store_url", self.store_url), ("store_password", self.store_password)]
        )

        self.sip_box = QGroupBox()
        sip_form = QFormLayout(self.sip_box)
        self.sip_username = QLineEdit(form.sip_username)
        self.sip_domain = QLineEdit(form.sip_domain)
        self.sip_transport = QComboBox()
        for transport in TRANSPORTS:
            self.sip_transport.addItem(transport.upper(), transport)
        self.sip_transport.setCurrentIndex(max(0, self.sip_transport.findData(form.sip_transport)))
        self.sip_password = QLineEdit()
        self.sip_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sip_labels = self._rows(
            sip_form,
            [
                ("sip_username", self.sip_username),
                ("sip_domain", self.sip_domain),
                ("sip_transport", self.sip_transport),
                ("sip_password", self.sip_password),
            ],
        )

        self.keyring_note = plain_label(wrap=True)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setVisible(not form.keyring_secure)
        self._keyring_backend = form.keyring_backend

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.agent_box, self.store_box, self.sip_box, self.keyring_note):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.show_errors(form.errors)

    def _rows(self, form: QFormLayout, fields: list[tuple[str, QWidget]]) -> dict[str, QLabel]:
        labels: dict[str, QLabel] = {}
        for name, widget in fields:
            widget.setObjectName(name)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            error = plain_label(wrap=True)
            error.setObjectName(f"{name}_error")
            error.setStyleSheet("color: #b00020;")
            error.hide()
            column.addWidget(error)
            self._errors[name] = error
            label = plain_label()
            labels[name] = label
            form.addRow(label, box)
        return labels

    def form(self) -> SettingsForm:
        return SettingsForm(
            agent_login=self.agent_login.text().strip(),
            ui_language=self.ui_language.currentData() or "",
            default_region=self.default_region.text().strip().upper(),
            store_url=self.store_url.text().strip(),
            sip_username=self.sip_username.text().strip(),
            sip_domain=self.sip_domain.text().strip(),
            sip_transport=self.sip_transport.currentData(),
            wrap_up_seconds=self.wrap_up.value(),
            store_password=self.store_password.text() or None,
            sip_password=self.sip_password.text() or None,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self._errors.items():
            message = errors.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))

    def error_text(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def _on_buttons_accepted(self) -> None:
        errors = self._submit(self.form())
        self.show_errors(errors)
        if not errors:
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.agent_box.setTitle(self.tr("Agent"))
        self.store_box.setTitle(self.tr("Ticket store"))
        self.sip_box.setTitle(self.tr("SIP account"))
        self.ui_language.setItemText(0, self.tr("System language"))
        texts = {
            "agent_login": self.tr("Login"),
            "ui_language": self.tr("Language"),
            "default_region": self.tr("Default country (e.g. IT)"),
            "wrap_up_seconds": self.tr("Wrap-up time (seconds)"),
            "store_url": self.tr("Store URL (empty: embedded)"),
            "store_password": self.tr("Store password"),
            "sip_username": self.tr("User"),
            "sip_domain": self.tr("Domain"),
            "sip_transport": self.tr("Transport"),
            "sip_password": self.tr("SIP password"),
        }
        for labels in (self.agent_labels, self.store_labels, self.sip_labels):
            for name, label in labels.items():
                label.setText(texts[name])
        unchanged = self.tr("Leave empty to keep the saved password")
        self.store_password.setPlaceholderText(unchanged)
        self.sip_password.setPlaceholderText(unchanged)
        self.keyring_note.setText(
            self.tr(
                "No secure keyring is available (%1). Passwords cannot be saved and are never "
                "written to files: install or unlock a keyring service to save them."
            ).replace("%1", self._keyring_backend)
        )
