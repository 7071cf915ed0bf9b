"""The settings dialog. Invalid entries are refused with a message next to the field.

The dialog knows nothing about how settings are stored: it edits a SettingsForm and hands it to
`submit`, which returns {field name: error message}; an empty dict closes the dialog. Password
fields start empty and are only sent when the user typed something: a stored password is never
read back into a widget.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import buddy, first_focusable, install_interfaces, no_tab_stop
from ui.formatting import language_name
from ui.retranslating import Retranslating
from ui.text import plain_label
from ui.theme import TEXT_SCALES, THEMES
from ui.viewmodels import AccountForm, SettingsForm

UI_LANGUAGES = ("en", "it", "de", "fr", "ar", "pl", "es", "ru")
TRANSPORTS = ("udp", "tcp", "tls")
SHORTCUT_NAMES = (
    "answer",
    "hang_up",
    "hold",
    "mute",
    "transfer",
    "focus_dial",
    "canned_answers",
)
ACCOUNT_FIELDS = ("sip_username", "sip_domain", "sip_transport", "sip_password")

SubmitFn = Callable[[SettingsForm], dict[str, str]]


class SettingsDialog(Retranslating, QDialog):
    test_tone_requested = Signal(str)  # the playback device to try ("" for the default)

    def __init__(self, form: SettingsForm, submit: SubmitFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._submit = submit
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}  # what each label names, for screen readers
        self._accounts = [replace(a) for a in form.accounts]
        self._shown_account = -1
        self._keyring_backend = form.keyring_backend
        self._locked = form.locked
        self._lock_notes: dict[str, QLabel] = {}

        content = QWidget()
        layout = QVBoxLayout(content)
        self.agent_box = self._agent_box(form)
        self.store_box = self._store_box(form)
        self.sip_box = self._sip_box()
        self.audio_box = self._audio_box(form)
        self.shortcuts_box = self._shortcuts_box(form)
        self.appearance_box = self._appearance_box(form)
        self.keyring_note = plain_label(wrap=True)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setVisible(not form.keyring_secure)
        for widget in (
            self.agent_box,
            self.appearance_box,
            self.store_box,
            self.sip_box,
            self.audio_box,
            self.shortcuts_box,
            self.keyring_note,
        ):
            layout.addWidget(widget)  # fmt: skip
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        no_tab_stop(scroll)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        self._load_account_list(0)
        self._apply_locks()
        self._retranslate()
        self.show_errors(form.errors)
        for combo in self.findChildren(QComboBox):  # as wide as its longest (translated) item
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fit(scroll)

    def _fit(self, scroll: QScrollArea) -> None:
        """Open as wide as the content asks (large text, long translations), so it scrolls
        up and down only; never wider than the screen."""
        content = scroll.widget()
        bar = scroll.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        wanted = (content.sizeHint().width() + bar + 2 * scroll.frameWidth()
                  + margins.left() + margins.right())  # fmt: skip
        screen = self.screen()
        room = screen.availableGeometry().width() if screen is not None else wanted
        self.resize(max(620, min(wanted, room)), 720)

    # -- sections -----------------------------------------------------------------------------

    def _agent_box(self, form: SettingsForm) -> QGroupBox:
        box = QGroupBox()
        rows = QFormLayout(box)
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
        for name, widget in (
            ("agent_login", self.agent_login),
            ("ui_language", self.ui_language),
            ("default_region", self.default_region),
            ("wrap_up_seconds", self.wrap_up),
        ):
            self._row(rows, name, widget)  # fmt: skip
        return box

    def _appearance_box(self, form: SettingsForm) -> QGroupBox:
        """Low vision: high contrast and larger text, applied on Save."""
        box = QGroupBox()
        rows = QFormLayout(box)
        self.theme = QComboBox()
        for code in THEMES:
            self.theme.addItem(code, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(form.theme)))
        self.text_scale = QComboBox()
        for percent in TEXT_SCALES:
            self.text_scale.addItem(f"{percent} %", percent)
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(form.text_scale)))
        self._row(rows, "theme", self.theme)
        self._row(rows, "text_scale", self.text_scale)
        return box

    def _store_box(self, form: SettingsForm) -> QGroupBox:
        box = QGroupBox()
        rows = QFormLayout(box)
        self.store_url = QLineEdit(form.store_url)
        self.store_password = QLineEdit()
        self.store_password.setEchoMode(QLineEdit.EchoMode.Password)
        self._row(rows, "store_url", self.store_url)
        self._row(rows, "store_password", self.store_password)
        self.store_password_hint = self._hint(self.store_password)
        return box

    def _sip_box(self) -> QGroupBox:
        box = QGroupBox()
        column = QVBoxLayout(box)
        picker = QHBoxLayout()
        self.account_list = QComboBox()
        self.account_list.setObjectName("accountList")
        self.account_list.currentIndexChanged.connect(self._on_account_list_changed)
        self.add_account_button = QPushButton()
        self.add_account_button.setObjectName("addAccountButton")
        self.add_account_button.clicked.connect(self._on_add_account_clicked)
        self.remove_account_button = QPushButton()
        self.remove_account_button.setObjectName("removeAccountButton")
        self.remove_account_button.clicked.connect(self._on_remove_account_clicked)
        picker.addWidget(self.account_list, 1)
        picker.addWidget(self.add_account_button)
        picker.addWidget(self.remove_account_button)
        column.addLayout(picker)
        rows = QFormLayout()
        self.sip_username = QLineEdit()
        self.sip_domain = QLineEdit()
        self.sip_transport = QComboBox()
        for transport in TRANSPORTS:
            self.sip_transport.addItem(transport.upper(), transport)
        self.sip_password = QLineEdit()
        self.sip_password.setEchoMode(QLineEdit.EchoMode.Password)
        for name, widget in (
            ("sip_username", self.sip_username),
            ("sip_domain", self.sip_domain),
            ("sip_transport", self.sip_transport),
            ("sip_password", self.sip_password),
        ):
            self._row(rows, name, widget)  # fmt: skip
        self.sip_password_hint = self._hint(self.sip_password)
        column.addLayout(rows)
        return box

    def _audio_box(self, form: SettingsForm) -> QGroupBox:
        box = QGroupBox()
        rows = QFormLayout(box)
        self.capture_device = QComboBox()
        self.playback_device = QComboBox()
        for combo, wanted, index in (
            (self.capture_device, form.capture_device, 1),
            (self.playback_device, form.playback_device, 2),
        ):
            combo.addItem("", "")
            for device in form.audio_devices:
                if device[index]:
                    combo.addItem(device[0], device[0])
            if wanted and combo.findData(wanted) < 0:
                combo.addItem(wanted, wanted)  # configured but not plugged in now
            combo.setCurrentIndex(max(0, combo.findData(wanted)))  # fmt: skip
        self.test_tone_button = QPushButton()
        self.test_tone_button.setObjectName("testToneButton")
        self.test_tone_button.clicked.connect(
            lambda: self.test_tone_requested.emit(self.playback_device.currentData() or "")
        )
        playback = QWidget()
        line = QVBoxLayout(playback)  # the device's name gets the whole width (large text)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.playback_device)
        line.addWidget(self.test_tone_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.ringtone = QLineEdit(form.ringtone)
        self.browse_ringtone = QPushButton()
        self.browse_ringtone.clicked.connect(self._on_browse_ringtone_clicked)
        ring = QWidget()
        ring_line = QHBoxLayout(ring)
        ring_line.setContentsMargins(0, 0, 0, 0)
        ring_line.addWidget(self.ringtone, 1)
        ring_line.addWidget(self.browse_ringtone)
        self._row(rows, "capture_device", self.capture_device)
        self._row(rows, "playback_device", playback)
        self._row(rows, "ringtone", ring)
        self.ringtone.setObjectName("ringtone")
        return box

    def _shortcuts_box(self, form: SettingsForm) -> QGroupBox:
        box = QGroupBox()
        grid = QGridLayout(box)
        install_interfaces()  # a reader calls the key editors hotkey fields
        self.shortcut_edits: dict[str, QKeySequenceEdit] = {}
        for row, name in enumerate(SHORTCUT_NAMES):
            edit = QKeySequenceEdit(QKeySequence(form.shortcuts.get(name, "")))
            edit.setMaximumSequenceLength(1)
            edit.setClearButtonEnabled(True)
            label = plain_label()
            error = self._error_label(f"shortcut_{name}")
            edit.setObjectName(f"shortcut_{name}")
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(error, row, 2)
            grid.addWidget(self._lock_note(f"shortcut_{name}"), row, 3)
            self._labels[f"shortcut_{name}"] = label
            self._fields[f"shortcut_{name}"] = edit
            self.shortcut_edits[name] = edit
        return box

    def _error_label(self, name: str) -> QLabel:
        error = plain_label(wrap=True)
        error.setObjectName(f"{name}_error")
        error.setStyleSheet("color: #b00020;")
        error.hide()
        self._errors[name] = error
        return error

    def _hint(self, field: QWidget) -> QLabel:
        """A wrapped line under a field (not a placeholder, which large text cuts off and
        which goes away as the agent types); readers get it as the field's description."""
        hint = plain_label(wrap=True)
        hint.setObjectName(f"{field.objectName()}Hint")
        box = field.parentWidget()
        layout = box.layout() if box is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, hint)
        return hint

    def _row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        if not widget.objectName():
            widget.setObjectName(name)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(self._error_label(name))
        column.addWidget(self._lock_note(name))
        label = plain_label()
        self._labels[name] = label
        self._fields[name] = first_focusable(widget)
        form.addRow(label, box)

    def _lock_note(self, name: str) -> QLabel:
        note = plain_label(wrap=True)
        note.setObjectName(f"{name}_locked")
        note.setEnabled(False)  # greyed, like the field it explains
        note.hide()
        self._lock_notes[name] = note
        return note

    def is_locked(self, name: str) -> bool:
        """A field the administrator set: greyed, and what it shows is what applies."""
        if name in ("sip_username", "sip_domain", "sip_transport"):
            return "accounts" in self._locked
        return name in self._locked

    def _locked_widgets(self) -> dict[str, QWidget]:
        widgets: dict[str, QWidget] = {
            "agent_login": self.agent_login,
            "ui_language": self.ui_language,
            "default_region": self.default_region,
            "wrap_up_seconds": self.wrap_up,
            "store_url": self.store_url,
            "sip_username": self.sip_username,
            "sip_domain": self.sip_domain,
            "sip_transport": self.sip_transport,
            "capture_device": self.capture_device,
            "playback_device": self.playback_device,
            "ringtone": self.ringtone,
        }
        for name, edit in self.shortcut_edits.items():
            widgets[f"shortcut_{name}"] = edit
        return widgets

    def _apply_locks(self) -> None:
        for name, widget in self._locked_widgets().items():
            locked = self.is_locked(name)
            if locked:
                widget.setEnabled(False)
            self._lock_notes[name].setVisible(locked)
        if self.is_locked("ringtone"):
            self.browse_ringtone.setEnabled(False)
        if "accounts" in self._locked:
            self.add_account_button.setEnabled(False)
            self.remove_account_button.setEnabled(False)

    # -- accounts --------------------------------------------------------------------------------

    def _load_account_list(self, select: int) -> None:
        self.account_list.blockSignals(True)
        self.account_list.clear()
        for account in self._accounts:
            self.account_list.addItem(self._account_title(account))
        self.account_list.blockSignals(False)
        self._shown_account = -1
        if self._accounts:
            self.account_list.setCurrentIndex(min(select, len(self._accounts) - 1))
            self._show_account(self.account_list.currentIndex())
        else:
            self._show_account(-1)

    def _account_title(self, account: AccountForm) -> str:
        if account.username or account.domain:
            return f"{account.username}@{account.domain}"
        return self.tr("New account")

    def _store_shown_account(self) -> None:
        if 0 <= self._shown_account < len(self._accounts):
            account = self._accounts[self._shown_account]
            account.username = self.sip_username.text().strip()
            account.domain = self.sip_domain.text().strip()
            account.transport = self.sip_transport.currentData()
            if self.sip_password.text():
                account.password = self.sip_password.text()

    def _show_account(self, index: int) -> None:
        self._shown_account = index
        has = 0 <= index < len(self._accounts)
        for name, widget in (
            ("sip_username", self.sip_username),
            ("sip_domain", self.sip_domain),
            ("sip_transport", self.sip_transport),
            ("sip_password", self.sip_password),
            ("accounts", self.remove_account_button),
        ):
            widget.setEnabled(has and not self.is_locked(name))  # fmt: skip
        account = self._accounts[index] if has else AccountForm(id="")
        self.sip_username.setText(account.username)
        self.sip_domain.setText(account.domain)
        self.sip_transport.setCurrentIndex(max(0, self.sip_transport.findData(account.transport)))
        self.sip_password.clear()

    def _on_account_list_changed(self, index: int) -> None:
        self._store_shown_account()
        self._show_account(index)

    def _on_add_account_clicked(self) -> None:
        self._store_shown_account()
        taken = {a.id for a in self._accounts}
        number = len(self._accounts) + 1
        while f"account{number}" in taken:
            number += 1
        self._accounts.append(AccountForm(id="default" if not taken else f"account{number}"))
        self._load_account_list(len(self._accounts) - 1)
        self.sip_username.setFocus()

    def _on_remove_account_clicked(self) -> None:
        index = self.account_list.currentIndex()
        if 0 <= index < len(self._accounts):
            del self._accounts[index]
            self._load_account_list(max(0, index - 1))

    # -- the form --------------------------------------------------------------------------------

    def form(self) -> SettingsForm:
        self._store_shown_account()
        return SettingsForm(
            agent_login=self.agent_login.text().strip(),
            ui_language=self.ui_language.currentData() or "",
            default_region=self.default_region.text().strip().upper(),
            store_url=self.store_url.text().strip(),
            wrap_up_seconds=self.wrap_up.value(),
            theme=str(self.theme.currentData() or "system"),
            text_scale=int(self.text_scale.currentData() or 100),
            accounts=[replace(a) for a in self._accounts],
            capture_device=self.capture_device.currentData() or "",
            playback_device=self.playback_device.currentData() or "",
            ringtone=self.ringtone.text().strip(),
            shortcuts={
                name: edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
                for name, edit in self.shortcut_edits.items()
            },
            store_password=self.store_password.text() or None,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        account_errors: dict[int, dict[str, str]] = {}
        for key, message in errors.items():
            match = re.fullmatch(r"account:(\d+):(\w+)", key)
            if match:
                account_errors.setdefault(int(match[1]), {})[match[2]] = message
        if account_errors:
            first = min(account_errors)
            if first != self.account_list.currentIndex():
                self.account_list.setCurrentIndex(first)
        shown = account_errors.get(self.account_list.currentIndex(), {})
        for name, label in self._errors.items():
            message = shown.get(name, "") if name in ACCOUNT_FIELDS else errors.get(name, "")
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

    def _on_browse_ringtone_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a ringtone"), self.ringtone.text(), self.tr("WAV sound (*.wav)")
        )
        if path:
            self.ringtone.setText(path)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.agent_box.setTitle(self.tr("Agent"))
        self.store_box.setTitle(self.tr("Ticket store"))
        self.sip_box.setTitle(self.tr("SIP accounts"))
        self.audio_box.setTitle(self.tr("Sound"))
        self.shortcuts_box.setTitle(self.tr("Keyboard shortcuts"))
        self.appearance_box.setTitle(self.tr("Appearance"))
        themes = {
            "system": self.tr("As the desktop is set"),
            "standard": self.tr("Standard"),
            "contrast-light": self.tr("High contrast, light"),
            "contrast-dark": self.tr("High contrast, dark"),
        }
        for index, code in enumerate(THEMES):
            self.theme.setItemText(index, themes[code])
        for index, percent in enumerate(TEXT_SCALES):
            self.text_scale.setItemText(
                index, self.tr("%1 %").replace("%1", self.locale().toString(percent))
            )
        self.ui_language.setItemText(0, self.tr("System language"))
        self.capture_device.setItemText(0, self.tr("System default"))
        self.playback_device.setItemText(0, self.tr("System default"))
        self.add_account_button.setText(self.tr("Add"))
        self.remove_account_button.setText(self.tr("Remove"))
        self.test_tone_button.setText(self.tr("Test tone"))
        self.browse_ringtone.setText(self.tr("Choose…"))
        self.ringtone.setPlaceholderText(self.tr("Built-in ring"))
        texts = {
            "agent_login": self.tr("Login"),
            "theme": self.tr("Contrast"),
            "text_scale": self.tr("Text size"),
            "ui_language": self.tr("Language"),
            "default_region": self.tr("Default country (e.g. IT)"),
            "wrap_up_seconds": self.tr("Wrap-up time (seconds)"),
            "store_url": self.tr("Store URL (empty: embedded)"),
            "store_password": self.tr("Store password"),
            "sip_username": self.tr("User"),
            "sip_domain": self.tr("Domain"),
            "sip_transport": self.tr("Transport"),
            "sip_password": self.tr("SIP password"),
            "capture_device": self.tr("Microphone"),
            "playback_device": self.tr("Speaker"),
            "ringtone": self.tr("Ringtone"),
            "shortcut_answer": self.tr("Answer"),
            "shortcut_hang_up": self.tr("Hang up"),
            "shortcut_hold": self.tr("Hold"),
            "shortcut_mute": self.tr("Mute"),
            "shortcut_transfer": self.tr("Transfer"),
            "shortcut_focus_dial": self.tr("Dial field"),
            "shortcut_canned_answers": self.tr("Canned answers"),
        }
        for name, label in self._labels.items():
            label.setText(texts[name])
            if name in self._fields:
                buddy(label, self._fields[name])
        for edit in self.shortcut_edits.values():
            for part in (edit, *edit.findChildren(QLineEdit)):
                part.setAccessibleDescription(self.tr("Keyboard shortcut: press the keys"))
        self.account_list.setAccessibleName(self.tr("SIP account"))
        self.add_account_button.setAccessibleName(self.tr("Add a SIP account"))
        self.remove_account_button.setAccessibleName(self.tr("Remove the SIP account"))
        for index, account in enumerate(self._accounts):
            self.account_list.setItemText(index, self._account_title(account))
        by_admin = self.tr("Set by your administrator")
        widgets = self._locked_widgets()
        for name, note in self._lock_notes.items():
            note.setText(by_admin)
            note.setAccessibleName(by_admin)
            widget = widgets.get(name)
            if widget is not None and self.is_locked(name):
                widget.setToolTip(by_admin)
                widget.setAccessibleDescription(by_admin)
        unchanged = self.tr("Leave empty to keep the saved password")
        for field, hint in ((self.store_password, self.store_password_hint),
                            (self.sip_password, self.sip_password_hint)):  # fmt: skip
            hint.setText(unchanged)
            field.setAccessibleDescription(unchanged)
        self.keyring_note.setText(
            self.tr(
                "No secure keyring is available (%1). Passwords cannot be saved and are never "
                "written to files: install or unlock a keyring service to save them."
            ).replace("%1", self._keyring_backend)
        )
