"""The status bar: SIP registration, store connection, agent state, and keyring trouble."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ui.labels import agent_state_label, registration_failure_label
from ui.text import plain_label
from ui.viewmodels import (
    AgentState,
    RegistrationState,
    RegistrationStatus,
    StoreState,
    StoreStatus,
)


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.registration = self._add("registrationStatus")
        self.store = self._add("storeStatus")
        self.agent_state = self._add("agentState")
        self.keyring_warning = self._add("keyringWarning")
        self.keyring_warning.hide()
        self._registration_status = RegistrationStatus(RegistrationState.NO_ACCOUNT)
        self._store_status = StoreStatus(StoreState.CONNECTING)
        self._agent_state = AgentState.OFFLINE
        self._keyring_secure = True
        self._retranslate()

    def _add(self, name: str) -> QLabel:
        label = plain_label()
        label.setObjectName(name)
        self.addPermanentWidget(label)
        return label

    def set_registration(self, status: RegistrationStatus) -> None:
        self._registration_status = status
        self._retranslate()

    def set_store(self, status: StoreStatus) -> None:
        self._store_status = status
        self._retranslate()

    def set_agent_state(self, state: AgentState) -> None:
        self._agent_state = state
        self._retranslate()

    def set_keyring_secure(self, secure: bool) -> None:
        self._keyring_secure = secure
        self.keyring_warning.setVisible(not secure)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        reg = self._registration_status
        texts = {
            RegistrationState.NO_ACCOUNT: self.tr("SIP: no account"),
            RegistrationState.REGISTERING: self.tr("SIP: registering %1…"),
            RegistrationState.REGISTERED: self.tr("SIP: registered as %1"),
            RegistrationState.FAILED: self.tr("SIP: %1 not registered: %2"),
        }
        reason = registration_failure_label(reg.failure) if reg.failure else reg.detail
        self.registration.setText(texts[reg.state].replace("%1", reg.account).replace("%2", reason))
        self.registration.setToolTip(reg.detail)
        store = self._store_status
        if store.state is StoreState.CONNECTING:
            text = self.tr("Store: connecting…")
        elif store.state is StoreState.CONNECTED:
            text = self.tr("Store: connected (%1)").replace("%1", store.backend)
        else:
            text = self.tr("Store: unreachable")
        if store.pending_changes:
            text += " · " + self.tr("%n change(s) waiting", "", store.pending_changes)
        self.store.setText(text)
        self.store.setToolTip(
            "\n".join(part for part in (store.backend, store.location, store.detail) if part)
        )
        self.agent_state.setText(agent_state_label(self._agent_state.value))
        self.keyring_warning.setText(self.tr("⚠ No secure keyring: passwords cannot be saved"))
        self.keyring_warning.setToolTip(
            self.tr(
                "No secure keyring service was found on this desktop. Passwords are never "
                "written to files; install or unlock a keyring (GNOME Keyring, KWallet) to "
                "save them."
            )
        )
