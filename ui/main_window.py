"""The main window shell: dial pad, screen-pop area, callback queue, canned answers, status bar.

It only displays what it is handed and emits what the agent asks for; the application layer
(softphone) decides what happens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import set_name
from ui.announcements import AnnouncementBar
from ui.announcer import announce
from ui.call_panel import CallPanel
from ui.callback_queue import CallbackQueuePanel
from ui.canned_answers import CannedAnswersPanel
from ui.dial_pad import DialPad
from ui.incoming_call import IncomingCallWindow
from ui.recent_calls import RecentCallsPanel
from ui.regions import RegionCycler
from ui.retranslating import Retranslating
from ui.screen_pop import ScreenPopPanel
from ui.search_dialog import SearchDialog
from ui.shortcuts_help import ShortcutsDialog, key_text
from ui.status_bar import StatusBar
from ui.text import plain_label
from ui.theme import text_scale
from ui.viewmodels import CallPhase, CallView, HomeView

STYLE = """
QLabel#panelTitle { font-weight: 600; font-size: 11pt; padding: 4px 0; }
QLabel#greeting { font-size: 16pt; font-weight: 600; padding-top: 6px; }
QLabel#waiting { color: #555; padding-bottom: 8px; }
QLabel#hint { color: #8a5300; }
QPushButton#callButton { background: #1e8e3e; color: white; font-weight: 600; border-radius: 4px; }
QPushButton#callButton:disabled { background: #9bbfa5; }
QLabel#keyringWarning { color: #b00020; font-weight: 600; }
QStatusBar QLabel { padding: 0 8px; }
QTabWidget#sideTabs QTabBar::tab { padding: 5px 9px; }
"""


# Headset and keyboard telephony keys, where the platform delivers them to the application.
HEADSET_ANSWER = (Qt.Key.Key_Call,)
HEADSET_HANG_UP = (Qt.Key.Key_Hangup,)
HEADSET_TOGGLE = (Qt.Key.Key_ToggleCallHangup, Qt.Key.Key_MediaTogglePlayPause)


class MainWindow(Retranslating, QMainWindow):
    settings_requested = Signal()
    quit_requested = Signal()
    sign_out_requested = Signal()
    first_painted = Signal()
    wallboard_requested = Signal()
    announce_requested = Signal()
    shortcut_triggered = Signal(str)  # answer, hang_up, hold, mute, transfer, toggle_call

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setStyleSheet(STYLE)
        self._painted = False

        self.dial_pad = DialPad()
        self.call_panel = CallPanel()
        phone = QWidget()
        phone.setObjectName("phoneColumn")
        phone_layout = QVBoxLayout(phone)
        phone_layout.setContentsMargins(0, 0, 0, 0)
        phone_layout.addWidget(self.dial_pad)
        phone_layout.addWidget(self.call_panel)
        phone_layout.addStretch(1)
        # No fixed minimum: the column is as wide as its buttons' labels need, in every language.
        self.phone_column = phone  # as wide as three call buttons with long labels (_retranslate)
        # Its own top-level window: it must come up even when this one is minimised.
        self.incoming = IncomingCallWindow()
        self.screen_pop = ScreenPopPanel()
        self.callback_queue = CallbackQueuePanel()
        self.canned_answers = CannedAnswersPanel()
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.recent_calls = RecentCallsPanel()
        self.side_tabs.installEventFilter(self)
        self.side_tabs.addTab(self.callback_queue, "")
        self.side_tabs.addTab(self.canned_answers, "")
        self.side_tabs.addTab(self.recent_calls, "")
        self.close_to_tray = False  # set by the app when a system tray exists
        self.companions: list[QWidget] = []  # other top-level windows that close with this one

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        splitter.addWidget(phone)
        splitter.addWidget(self.screen_pop)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([260, 700, 440])
        self.announcements = AnnouncementBar()
        # A supervisor listening in on this agent's call: said plainly, for as long as it lasts.
        self.monitor_notice = plain_label(wrap=True)
        self.monitor_notice.setObjectName("monitorNotice")
        self.monitor_notice.setStyleSheet(
            "#monitorNotice { background: #ffebee; color: #b71c1c; font-weight: 600; "
            "border-radius: 6px; padding: 6px; }"
        )
        self.monitor_notice.setVisible(False)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.monitor_notice)
        central_layout.addWidget(self.announcements)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.status = StatusBar()
        self.setStatusBar(self.status)

        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.settings_requested)
        # Shown only when an agent signed in at this desk (not in the demo).
        self.sign_out_action = QAction(self)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.setVisible(False)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit_requested)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addAction(self.quit_action)
        self.wallboard_action = QAction(self)
        self.wallboard_action.setObjectName("wallboardAction")
        self.wallboard_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.wallboard_action.triggered.connect(self.wallboard_requested)
        self.announce_action = QAction(self)
        self.announce_action.setObjectName("announceAction")
        self.announce_action.triggered.connect(self.announce_requested)
        self.supervisor_menu = self.menuBar().addMenu("")
        self.supervisor_menu.addAction(self.wallboard_action)
        self.supervisor_menu.addAction(self.announce_action)
        self.supervisor_menu.menuAction().setVisible(False)
        self.wallboard_action.setEnabled(False)
        self.help_menu = self.menuBar().addMenu("")
        self.keys_action = QAction(self)
        self.keys_action.setObjectName("keyboardShortcutsAction")
        self.keys_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.keys_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.keys_action)
        self.help_menu.addAction(self.about_action)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        # F6 / Shift+F6: the window's regions; F7 / Shift+F7: the sections of the caller's card.
        self.region_cycler = RegionCycler(self._regions)
        for key, handler in (
            ("F6", lambda: self.region_cycler.move(1)),
            ("Shift+F6", lambda: self.region_cycler.move(-1)),
            ("F7", lambda: self._on_card_section(1)),
            ("Shift+F7", lambda: self._on_card_section(-1)),
        ):
            action = QAction(self)
            action.setObjectName(f"key_{key}")
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            self.addAction(action)
        self._version = ""
        self.shortcut_actions: dict[str, QAction] = {}
        self.search = SearchDialog(self)
        self.screen_pop.caller_page.search_requested.connect(self.search.start)
        for name in (
            "answer",
            "hang_up",
            "hold",
            "mute",
            "transfer",
            "focus_dial",
            "toggle_call",
            "search",
            "canned_answers",
        ):
            action = QAction(self)
            action.setObjectName(f"shortcut_{name}")
            # Application-wide: they work from the incoming-call window too.
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _checked=False, n=name: self._on_shortcut(n))
            self.addAction(action)
            self.incoming.addAction(action)
            self.shortcut_actions[name] = action
        self.set_shortcuts({})
        self._retranslate()
        # Once in the window, with its style sheet (a bold call button), each part sizes its
        # buttons for their labels again.
        for widget in self.findChildren(QWidget):
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))

    def set_supervisor(self, supervisor: bool) -> None:
        """Supervisor tools in the menu only for supervisors (the store enforces it too)."""
        self.supervisor_menu.menuAction().setVisible(supervisor)
        self.wallboard_action.setEnabled(supervisor)
        self.announce_action.setEnabled(supervisor)

    def show_monitoring(self, supervisor: str, mode: str) -> None:
        if not mode:
            if self.monitor_notice.isVisibleTo(self):
                announce(self, self.tr("Nobody is listening to this call any more."))
            self.monitor_notice.setVisible(False)
            return
        text = {
            "monitor": self.tr("%1 is listening to this call."),
            "whisper": self.tr("%1 is listening to this call and can speak to you; the caller "
                               "cannot hear them."),
            "barge": self.tr("%1 has joined this call: you and the caller hear them."),
        }.get(mode, self.tr("%1 is listening to this call."))  # fmt: skip
        said = text.replace("%1", supervisor or self.tr("A supervisor"))
        if said != self.monitor_notice.text() or not self.monitor_notice.isVisibleTo(self):
            announce(self, said, urgent=True)  # the agent must know, at once
        self.monitor_notice.setText(said)
        self.monitor_notice.setVisible(True)

    def _regions(self) -> list[QWidget]:
        return [
            self.announcements, self.dial_pad, self.call_panel, self.screen_pop,
            self.side_tabs, self.status,
        ]  # fmt: skip

    def _on_card_section(self, step: int) -> None:
        if self.screen_pop.currentWidget() is self.screen_pop.caller_page:
            self.screen_pop.caller_page.next_section(step)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every key of the window with what it does, for Help > Keyboard shortcuts."""
        configured = {
            "answer": self.tr("Answer the ringing call"),
            "hang_up": self.tr("Hang up"),
            "hold": self.tr("Hold or resume the call"),
            "mute": self.tr("Mute or unmute the microphone"),
            "transfer": self.tr("Go to the transfer field"),
            "focus_dial": self.tr("Go to the number field"),
            "toggle_call": self.tr("Answer, or hang up"),
            "search": self.tr("Search contacts and tickets"),
            "canned_answers": self.tr("Search the canned answers"),
        }
        rows = [
            (key_text("F6", "Shift+F6"), self.tr("Next or previous region of the window")),
            (key_text("F7", "Shift+F7"), self.tr("Next or previous section of the caller's card")),
            (self.tr("Tab, Shift+Tab"), self.tr("Next or previous control")),
            (key_text("Ctrl+Tab"), self.tr("Next tab of the side panel")),
        ]
        for name, action in self.shortcut_actions.items():
            keys = key_text(*action.shortcuts())
            if keys:
                rows.append((keys, configured[name]))
        rows += [
            (key_text("Esc"), self.tr("Reject the ringing call (incoming-call window)")),
            (self.tr("Enter"), self.tr("Insert the chosen canned answer; next step of a script")),
            (key_text("Alt+Left", "Alt+Right"), self.tr("Language of the canned answer")),
            (key_text("Alt+Left"), self.tr("Previous step of a script")),
            (key_text(*self.wallboard_action.shortcuts()), self.tr("Wallboard (supervisors)")),
            (key_text("F11"), self.tr("Wallboard full screen")),
            (key_text(*self.settings_action.shortcuts()), self.tr("Settings")),
            (key_text(*self.keys_action.shortcuts()), self.tr("This list")),
            (key_text(*self.quit_action.shortcuts()), self.tr("Quit")),
        ]
        return [(keys, what) for keys, what in rows if keys]

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self.shortcut_rows(), self)
        self.shortcuts_dialog.open()
        self.shortcuts_dialog.table.setFocus()

    def set_version(self, version: str) -> None:
        self._version = version

    def show_home(self, home: HomeView) -> None:
        self.screen_pop.set_agent(home.agent)
        self.screen_pop.set_tickets(home.tickets, home.open_ticket_total)
        self.callback_queue.set_requests(home.callbacks)
        self._retranslate()

    def set_shortcuts(self, keys: dict[str, str]) -> None:
        """Bind the configurable shortcuts; the headset's call keys are always bound too."""
        extra = {
            "answer": HEADSET_ANSWER,
            "hang_up": HEADSET_HANG_UP,
            "toggle_call": HEADSET_TOGGLE,
        }
        for name, action in self.shortcut_actions.items():
            sequences = [QKeySequence(keys[name])] if keys.get(name) else []
            sequences += [QKeySequence(key) for key in extra.get(name, ())]
            action.setShortcuts(sequences)

    def _on_shortcut(self, name: str) -> None:
        if name == "focus_dial":
            self.showNormal()
            self.activateWindow()
            self.dial_pad.number.setFocus()
            self.dial_pad.number.selectAll()
        elif name == "transfer":
            self.call_panel.transfer_target.setFocus()
        elif name == "search":
            self.search.start()
        elif name == "canned_answers":
            self.showNormal()
            self.activateWindow()
            self.side_tabs.setCurrentWidget(self.canned_answers)
            self.canned_answers.focus_search()
        else:
            self.shortcut_triggered.emit(name)

    def show_calls(self, calls: tuple[CallView, ...]) -> None:
        self.call_panel.set_calls(calls)
        ringing = {c.call_id for c in calls if c.phase is CallPhase.RINGING}
        if self.incoming.call_id is not None and self.incoming.call_id not in ringing:
            self.incoming.close_call(self.incoming.call_id)
            self.status.clearMessage()  # "Incoming call from ..." is over

    def show_callback_tab(self) -> None:
        """A callback request arrived: its tab in front, wide enough for the request's script."""
        self.side_tabs.setCurrentWidget(self.callback_queue)
        sizes = self.splitter.sizes()
        wanted = 460
        if len(sizes) == 3 and sizes[2] < wanted:
            give = min(wanted - sizes[2], max(0, sizes[1] - 480))
            self.splitter.setSizes([sizes[0], sizes[1] - give, sizes[2] + give])

    def show_incoming(self, call: CallView) -> None:
        self.incoming.show_call(call)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_to_tray:
            # Agents close windows out of habit: the phone keeps running in the tray.
            event.ignore()
            self.hide()
            return
        self.incoming.close()
        for window in self.companions:  # the wallboard: it goes with the phone
            window.close()
        super().closeEvent(event)

    def show_problem(self, title: str, message: str) -> None:
        """A problem the agent must know about (unreadable settings, unreachable store...)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("problemBox")
        box.open()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contact Softphone"))
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.supervisor_menu.setTitle(self.tr("Su&pervisor"))
        self.wallboard_action.setText(self.tr("&Wallboard"))
        self.announce_action.setText(self.tr("&Broadcast an announcement…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.about_action.setText(self.tr("&About"))
        self.keys_action.setText(self.tr("&Keyboard shortcuts"))
        self.side_tabs.setTabText(0, self.tr("Callback queue"))
        self.side_tabs.setTabText(1, self.tr("Canned answers"))
        self.side_tabs.setTabText(2, self.tr("Recent calls"))
        for part in (self.side_tabs, self.side_tabs.tabBar()):
            set_name(part, self.tr("Side panel"), self.tr("Ctrl+Tab shows the next tab"))
        self.phone_column.setMaximumWidth(round(440 * text_scale()))
        # Every tab's title in view, in every language: no scroll arrows hiding one of them.
        self._fit_side_tabs()

    def _fit_side_tabs(self) -> None:
        # The tab titles, or what the current page needs (a callback request at 200 % text),
        # whichever is wider: a fixed minimum would hide the page's own.
        tabs = self.side_tabs
        tabs.setMinimumWidth(
            max(tabs.tabBar().sizeHint().width() + 4, tabs.minimumSizeHint().width())
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.side_tabs:
            self._fit_side_tabs()
        return super().eventFilter(watched, event)

    def _on_about_triggered(self) -> None:
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("About Contact Softphone"))
        box.setText(
            self.tr("Contact Softphone %1\nA softphone for contact-centre agents.").replace(
                "%1", self._version
            )
        )
        box.open()
