"""What a screen reader finds in a widget tree: the focusable and interactive widgets, the name
each one has for assistive technology (as Qt's accessibility layer reports it: the accessible
name, else the button's text, else the buddy label's), and the screens of the app to walk.

The screens are built from the view models alone (no store, no SIP), so a walk takes a second.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.support.layout import settle
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.viewmodels import (
    AccountForm,
    AgentCard,
    CallbackRequestView,
    CallerCard,
    CallerPop,
    CallPhase,
    CallView,
    HistoryEntry,
    HomeView,
    PopTicket,
    SettingsForm,
    TicketRow,
)
from ui.wallboard import BoardAgent, BoardView, WallboardWindow

SCREENS = ("home", "ringing", "in call", "wrap-up", "callback", "settings", "wallboard")
INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def presented(widget: QWidget) -> QWidget:
    """What a reader presents when `widget` has the focus: a spin box rather than the line edit
    inside it (Qt gives that one no interface of its own), the tab bar a tab widget passes its
    focus to, the line edit a key-sequence editor does."""
    if widget.objectName() == "qt_spinbox_lineedit" and widget.parentWidget() is not None:
        return widget.parentWidget()
    proxy = widget.focusProxy()
    while proxy is not None and proxy.focusProxy() is not None:
        proxy = proxy.focusProxy()
    return proxy or widget


def focusable(root: QWidget) -> list[QWidget]:
    """The controls under `root` that Tab can land on now, as a reader presents them."""
    found: dict[int, QWidget] = {}
    for w in [root, *root.findChildren(QWidget)]:
        if _shown(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.isWindow():
            shown = presented(w)
            found.setdefault(id(shown), shown)
    return list(found.values())


def reader_focusable(root: QWidget) -> list[QWidget]:
    """What AT-SPI calls focusable: any focus policy, a click's too (a selectable label)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if _shown(w) and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.isWindow()
    ]


def interactive(root: QWidget) -> list[QWidget]:
    """Focusable widgets and every control a pointer could use (a button Tab skips too)."""
    focus = focusable(root)
    seen = {id(w) for w in focus}
    extra = [
        presented(w)
        for w in root.findChildren(QWidget)
        if _shown(w)
        and isinstance(w, INTERACTIVE)
        and not isinstance(w, QHeaderView)  # read as the table's column headers
    ]
    out = list(focus)
    for w in extra:
        if id(w) not in seen:
            seen.add(id(w))
            out.append(w)
    return out


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def accessible_role(widget: QWidget) -> QAccessible.Role | None:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.role() if face is not None else None


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets under `root` with no accessible name: what a reader says as
    "button" or "edit" and nothing else."""
    return [describe(w) for w in interactive(root) if not accessible_name(w)]


@dataclass(frozen=True)
class Census:
    focusable: int
    focusable_named: int
    interactive: int
    interactive_named: int


def census(roots: list[QWidget]) -> Census:
    focus = [w for r in roots for w in focusable(r)]
    acts = [w for r in roots for w in interactive(r)]
    return Census(
        len(focus),
        sum(1 for w in focus if accessible_name(w)),
        len(acts),
        sum(1 for w in acts if accessible_name(w)),
    )


# -- the screens -------------------------------------------------------------------------------


def call_view(phase: CallPhase) -> CallView:
    now = time.monotonic()
    return CallView(
        call_id=7, incoming=True, phase=phase, name="Maria Rossi", number="+39 06 1234 5678",
        started_at=now - 75, connected_at=None if phase is CallPhase.RINGING else now - 65,
        topic="Pensioni", language="it", verified="pin", e164="+390612345678",
    )  # fmt: skip


def caller_pop() -> CallerPop:
    ticket = PopTicket(
        uid="t1", number="CC-2026-000042", subject="Estratto conto contributivo",
        topic="Pensioni", status="open", channel="phone",
        updated_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
    )  # fmt: skip
    history = HistoryEntry(
        kind="call", direction="inbound", at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        summary="Asked about the statement", body="Asked about the statement",
        ticket_number="CC-2026-000042",
    )  # fmt: skip
    card = CallerCard(
        uid="c1", name="Maria Rossi", language="it", email="maria.rossi@example.org",
        notes="", numbers=("+39 06 1234 5678",), tickets=(ticket,), history=(history,),
        duplicate=ticket, first_name="Maria", last_name="Rossi",
    )  # fmt: skip
    return CallerPop(
        call_id=7, incoming=True, number="+39 06 1234 5678", ivr_topic="Pensioni",
        ivr_language="it", verified="pin", cards=(card,),
    )  # fmt: skip


def home_view() -> HomeView:
    agent = AgentCard("Giulia Rossi", "giulia", "agent", ("it", "en"), "1001")
    ticket = TicketRow(
        "CC-2026-000042", "Estratto conto", "Maria Rossi", "Pensioni", "phone", "open", "it",
        datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
    )  # fmt: skip
    return HomeView(agent=agent, tickets=(ticket,), open_ticket_total=1)


def callback_view() -> CallbackRequestView:
    return CallbackRequestView(
        uid="r1", kind="now", caller="Hans Müller", number="+39 0471 123456", language="de",
        topic="Pensioni", message="Bitte zurückrufen", window_start=None, window_end=None,
        attempts=0, max_attempts=3, last_outcome="", ticket_number="CC-2026-000043",
        sla_due_at=None,
    )  # fmt: skip


def settings_form() -> SettingsForm:
    return SettingsForm(
        agent_login="giulia", ui_language="en",
        accounts=[AccountForm("demo", "1001", "127.0.0.1", "udp")],
        audio_devices=(("Default", True, True),),
    )  # fmt: skip


def board_view() -> BoardView:
    return BoardView(
        agents=(BoardAgent("a", "Katarzyna Nowak", "paused", "back_office", 560,
                           languages=("pl", "it")),
                BoardAgent("b", "Fatima Benali", "on_call", "", 75, "Maria Rossi", 70,
                           "Pensions", ("ar", "it", "fr"))),
        due_by_language={"de": 3, "ar": 1}, oldest_wait_s=754, sla_percent=92.0,
        sla_total=25, handled=184, abandoned=7, updated="02/12/2026 14:37",
    )  # fmt: skip


class Screens:
    """The app's windows, put in each state an agent meets; `show(name)` returns the
    top-level windows a screen reader would walk in that state."""

    def __init__(self) -> None:
        self.window = MainWindow()
        self.window.resize(1280, 800)
        self.window.show_home(home_view())
        self.window.dial_pad.set_can_call(True)
        self.settings: SettingsDialog | None = None
        self.board: WallboardWindow | None = None

    def windows(self) -> list[QWidget]:
        return [w for w in (self.window, self.window.incoming, self.settings, self.board) if w]

    def close(self) -> None:
        for window in self.windows():
            window.close()
            window.deleteLater()
        settle()
        # Gone now, not at some later turn of an event loop: a test that restyles the whole
        # application afterwards must not pay for these windows.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def show(self, name: str) -> list[QWidget]:
        window = self.window
        window.show()
        for other in (self.settings, self.board):
            if other is not None:
                other.hide()
        page = window.screen_pop.caller_page
        if name == "home":
            window.show_calls(())
            window.screen_pop.show_idle()
            shown: list[QWidget] = [window]
        elif name == "ringing":
            call = call_view(CallPhase.RINGING)
            window.show_calls((call,))
            window.show_incoming(call)
            window.screen_pop.show_caller(caller_pop(), "")
            shown = [window.incoming, window]
        elif name == "in call":
            window.show_calls((call_view(CallPhase.ACTIVE),))
            window.screen_pop.show_caller(caller_pop(), "")
            shown = [window]
        elif name == "wrap-up":
            window.show_calls(())
            window.screen_pop.show_caller(caller_pop(), "Asked for the statement.")
            page.show_wrap_up([("resolved", "Resolved"), ("info", "Information given")])
            shown = [window]
        elif name == "callback":
            window.show_calls(())
            window.screen_pop.show_idle()
            window.show_callback_tab()
            request = window.callback_queue.request
            request.show_request(callback_view(), 42.0)
            request.set_countdown(12, 20)
            shown = [window]
        elif name == "settings":
            if self.settings is None:
                self.settings = SettingsDialog(settings_form(), lambda _form: {}, window)
            self.settings.show()
            shown = [self.settings]
        elif name == "wallboard":
            if self.board is None:
                self.board = WallboardWindow()
                self.board.set_board(board_view())
                self.board.resize(1280, 800)
            self.board.show()
            shown = [self.board]
        else:
            raise ValueError(name)
        settle()
        if name != "ringing":
            window.incoming.hide()
        settle()
        return shown


def walk_all(screens: Screens) -> dict[str, tuple[Census, list[str]]]:
    """Each screen's census and its unnamed widgets."""
    result: dict[str, tuple[Census, list[str]]] = {}
    for name in SCREENS:
        roots = screens.show(name)
        result[name] = (census(roots), [u for r in roots for u in unnamed(r)])
    QApplication.processEvents()
    return result
