"""The status bar: SIP registration, store connection, agent state, and keyring trouble."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QStatusBar, QToolButton, QWidget

from ui.accessibility import readable, set_name
from ui.announcer import announce
from ui.formatting import clock_duration
from ui.labels import agent_state_label, pause_reason_label, registration_failure_label
from ui.text import plain_label
from ui.viewmodels import (
    AgentState,
    RegistrationState,
    RegistrationStatus,
    StoreState,
    StoreStatus,
)


class StatusBar(QStatusBar):
    agent_state_chosen = Signal(object, str)  # AgentState, pause reason code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.registration = self._add("registrationStatus")
        self.store = self._add("storeStatus")
        self.agent_state = QToolButton()
        self.agent_state.setObjectName("agentState")
        self.agent_state.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.state_menu = QMenu(self.agent_state)
        self.agent_state.setMenu(self.state_menu)
        self.addPermanentWidget(self.agent_state)
        self._pause_reasons: list[str] = ["break", "training", "back_office", "meeting"]
        self._reason = ""
        self._wrap_up_left = 0
        self.keyring_warning = self._add("keyringWarning")
        self.keyring_warning.hide()
        self._registration_status = RegistrationStatus(RegistrationState.NO_ACCOUNT)
        self._store_status = StoreStatus(StoreState.CONNECTING)
        self._agent_state = AgentState.OFFLINE
        self._keyring_secure = True
        self._line_lost = False  # said "line lost", not yet "back"
        self._store_lost = False
        self._rebuilt_said = False
        self._unseen_said = False
        # The agent's state when the store went away: what the store still holds (a change
        # made since waits in the outbox).
        self._state_at_loss: AgentState | None = None
        self._retranslate()
        self._rebuild_state_menu()

    def _add(self, name: str) -> QLabel:
        label = plain_label()
        label.setObjectName(name)
        readable(label)  # the status bar is a region F6 reaches: its texts are read there
        self.addPermanentWidget(label)
        return label

    def set_registration(self, status: RegistrationStatus) -> None:
        before = self._registration_status.state
        self._registration_status = status
        self._retranslate()
        # Said once when the line drops after working, and once when it is back.
        if status.state is RegistrationState.REGISTERED:
            if self._line_lost:
                announce(self, self.tr("Phone line back: you can take calls."))
            self._line_lost = False
        elif (
            status.state is RegistrationState.FAILED
            and not self._line_lost
            and before in (RegistrationState.REGISTERED, RegistrationState.REGISTERING)
        ):
            self._line_lost = True
            announce(
                self, self.tr("Phone line lost: %1").replace("%1", self.registration.text()),
                urgent=True,
            )  # fmt: skip

    def set_store(self, status: StoreStatus) -> None:
        self._store_status = status
        self._retranslate()
        down = status.state in (StoreState.OFFLINE, StoreState.UNREACHABLE)
        if status.rebuilt and not self._rebuilt_said:
            self._rebuilt_said = True
            announce(self, self._rebuilt_explained())
        elif not status.rebuilt:  # another store, or another session: its own news
            self._rebuilt_said = False
        if down and not self._store_lost:
            self._store_lost = True
            self._state_at_loss = self._agent_state
            announce(
                self,
                self.tr("Ticket store offline: your work is kept and sent when it is back."),
                urgent=True,
            )
        elif status.state is StoreState.CONNECTED and self._store_lost:
            self._store_lost = False
            self._state_at_loss = None
            announce(self, self.tr("Ticket store back online."))
        if not status.unseen:
            self._unseen_said = False
        self._say_unseen()

    def _say_unseen(self) -> None:
        """Said once when the store stops believing the desk is there; again after it was
        back."""
        if self._shown_as_unseen() and not self._unseen_said:
            self._unseen_said = True
            announce(self, self._unseen_explained(), urgent=True)

    def _shown_as_unseen(self) -> bool:
        """Supervisors see this agent as not responding (an agent who was "offline" when the
        store went away is shown offline, which is what they chose)."""
        held = self._state_at_loss or self._agent_state
        return self._store_status.unseen and held is not AgentState.OFFLINE

    def _unseen_explained(self) -> str:
        return self.tr(
            "The ticket store has stopped hearing from this desk: supervisors now see you as "
            "not responding, and no callbacks come to you until it is back. Calls still ring."
        )

    def _rebuilt_explained(self) -> str:
        return self.tr(
            "This desk was away longer than the ticket store keeps its changes, so its local "
            "copy was loaded again from the store. The changes you made here are kept."
        )

    def set_agent_state(self, state: AgentState, reason: str = "", wrap_up_left: int = 0) -> None:
        self._agent_state, self._reason, self._wrap_up_left = state, reason, wrap_up_left
        self._retranslate()

    def set_pause_reasons(self, reasons: list[str]) -> None:
        self._pause_reasons = list(reasons)
        self._rebuild_state_menu()

    def state_actions(self) -> dict[str, QAction]:
        """The menu's actions by key ("available", "offline", "pause:break", ...), for tests."""
        found: dict[str, QAction] = {}
        for action in self.state_menu.actions():
            if action.menu():
                for sub in action.menu().actions():
                    found[str(sub.data())] = sub
            elif action.data():
                found[str(action.data())] = action
        return found

    def _rebuild_state_menu(self) -> None:
        self.state_menu.clear()
        available = self.state_menu.addAction(agent_state_label("available"))
        available.setData("available")
        available.triggered.connect(lambda: self.agent_state_chosen.emit(AgentState.AVAILABLE, ""))
        pause = self.state_menu.addMenu(self.tr("Pause"))
        for reason in self._pause_reasons:
            action = pause.addAction(pause_reason_label(reason))
            action.setData(f"pause:{reason}")
            action.triggered.connect(
                lambda _checked=False, r=reason: self.agent_state_chosen.emit(AgentState.PAUSED, r)
            )
        offline = self.state_menu.addAction(agent_state_label("offline"))
        offline.setData("offline")
        offline.triggered.connect(lambda: self.agent_state_chosen.emit(AgentState.OFFLINE, ""))

    def set_keyring_secure(self, secure: bool) -> None:
        self._keyring_secure = secure
        self.keyring_warning.setVisible(not secure)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._rebuild_state_menu()
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
        elif store.state is StoreState.OFFLINE:
            text = self.tr("Store: offline")
        elif store.state is StoreState.NEEDS_UPGRADE:
            text = self.tr("Store: needs an upgrade by its administrator")
        else:
            text = self.tr("Store: unreachable")
        if store.pending_changes:
            text += " · " + self.tr("%Ln change(s) waiting", "", store.pending_changes)
        if store.rejected_changes:
            text += " · " + self.tr("%Ln change(s) refused", "", store.rejected_changes)
        if store.rebuilt:
            text += " · " + self.tr("local copy rebuilt")
        if self._shown_as_unseen():
            text += " · " + self.tr("supervisors see you as not responding")
        self.store.setText(text)
        self.store.setToolTip(
            "\n".join(
                part
                for part in (
                    store.backend,
                    store.location,
                    store.detail,
                    self._rebuilt_explained() if store.rebuilt else "",
                    self._unseen_explained() if self._shown_as_unseen() else "",
                )
                if part
            )
        )
        state_text = agent_state_label(self._agent_state.value)
        if self._agent_state is AgentState.PAUSED and self._reason:
            state_text = f"{state_text}: {pause_reason_label(self._reason)}"
        elif self._agent_state is AgentState.WRAP_UP and self._wrap_up_left:
            state_text = f"{state_text} {clock_duration(self._wrap_up_left)}"
        self.agent_state.setText(state_text)
        set_name(
            self.agent_state,
            self.tr("Your state: %1").replace("%1", state_text),
            self.tr("Choose available, a pause or offline"),
        )
        self.keyring_warning.setText(self.tr("⚠ No secure keyring: passwords cannot be saved"))
        self.keyring_warning.setToolTip(
            self.tr(
                "No secure keyring service was found on this desktop. Passwords are never "
                "written to files; install or unlock a keyring (GNOME Keyring, KWallet) to "
                "save them."
            )
        )
