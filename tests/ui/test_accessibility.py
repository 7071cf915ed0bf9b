"""What a screen reader finds on every screen (pytest-qt, offscreen): every control has a name
that fits its role, in English and in Arabic, and Tab reaches every control with no trap."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from softphone.paths import resources_dir
from tests.support.a11y import (
    SCREENS,
    Screens,
    accessible_name,
    accessible_role,
    describe,
    focusable,
    interactive,
    presented,
    reader_focusable,
)
from tests.support.layout import settle
from ui.i18n import apply_language

pytestmark = pytest.mark.timeout(120)
TRANSLATIONS = resources_dir() / "translations"
Role = QAccessible.Role
# A role a reader can present and operate; "client" (a bare QWidget) or "none" cannot be.
ROLES = {
    Role.Button, Role.CheckBox, Role.RadioButton, Role.PushButton, Role.ButtonMenu,
    Role.ButtonDropDown, Role.ComboBox, Role.EditableText, Role.SpinBox, Role.Table,
    Role.Tree, Role.List, Role.PageTabList, Role.ProgressBar, Role.StaticText, Role.Graphic,
    Role.Chart, Role.Slider, Role.ScrollBar, Role.Dial, Role.HotkeyField, Role.Document,
    Role.Grouping, Role.Pane, Role.Clock, Role.Link,
}  # fmt: skip


@pytest.fixture
def screens(qapp) -> Iterator[Screens]:
    made = Screens()
    yield made
    made.close()
    apply_language(qapp, "C", TRANSLATIONS)


def _problems(roots: list[QWidget]) -> list[str]:
    found: list[str] = []
    for root in roots:
        for widget in interactive(root):
            label = describe(widget)
            name = accessible_name(widget)
            role = accessible_role(widget)
            if not name:
                found.append(f"{label}: no name")
            elif "\n" in name and isinstance(widget, QAbstractButton):
                found.append(f"{label}: a name of several lines ({name!r})")
            if role not in ROLES:
                found.append(f"{label}: role {role}")
        # A reader's "focusable" includes what a click can focus (a selectable label): named too.
        for widget in reader_focusable(root):
            if not accessible_name(widget):
                found.append(f"{describe(widget)}: focusable by a click, no name")
    return found


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_control_on_every_screen_has_a_name(qapp, screens: Screens, language: str) -> None:
    assert apply_language(qapp, language, TRANSLATIONS) or language == "en"
    settle()
    names: dict[str, str] = {}
    problems: list[str] = []
    for screen in SCREENS:
        roots = screens.show(screen)
        problems += [f"{screen}: {p}" for p in _problems(roots)]
        for root in roots:
            for widget in interactive(root):
                names[describe(widget)] = accessible_name(widget)
    assert problems == [], "\n".join(problems)
    # The names are spoken in the UI's language, keypad symbols included.
    window = screens.window
    star = window.dial_pad.keys["*"]
    assert accessible_name(star) == ("star" if language == "en" else "نجمة")
    assert star.accessibleDescription() == ""
    assert accessible_name(window.dial_pad.keys["2"]) == "2"
    assert window.dial_pad.keys["2"].accessibleDescription() == "ABC"
    note = window.screen_pop.caller_page.note
    assert accessible_name(note) == ("Call note" if language == "en" else "ملاحظة المكالمة")
    if language == "ar":
        assert accessible_name(window.dial_pad.number) != "Number to call"


def _tab_walk(window: QWidget, qtbot, steps: int) -> list[QWidget]:
    """Press Tab `steps` times from the window's first control; the widgets that had focus."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    first = focusable(window)[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(steps):
        focus = QApplication.focusWidget()
        assert focus is not None
        seen.append(presented(focus))
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        settle()
    return seen


@pytest.mark.parametrize("screen", SCREENS)
def test_tab_reaches_every_control_without_a_trap(qapp, qtbot, screens: Screens, screen) -> None:
    for window in screens.show(screen):
        if window is screens.window.incoming or window.isHidden():
            continue  # the incoming-call window is walked on its own below
        controls = focusable(window)
        seen = _tab_walk(window, qtbot, 2 * len(controls) + 2)
        missed = [describe(w) for w in controls if w not in seen]
        assert missed == [], f"{screen}: Tab never reaches {missed}"
    if screen == "ringing":
        incoming = screens.window.incoming
        seen = _tab_walk(incoming, qtbot, 6)
        assert {incoming.answer_button, incoming.reject_button} <= set(seen)


def test_f6_cycles_the_regions_and_f7_the_cards_sections(qapp, qtbot, screens: Screens) -> None:
    window = screens.window
    screens.show("in call")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    regions = [window.dial_pad, window.call_panel, window.screen_pop, window.side_tabs,
               window.status]  # fmt: skip
    window.dial_pad.number.setFocus()
    visited = []
    for _ in range(len(regions)):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F6)
        focus = QApplication.focusWidget()
        visited.append(next(r for r in regions if r.isAncestorOf(focus)))
    assert visited == [*regions[1:], regions[0]]  # round and back to the start
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.status.isAncestorOf(QApplication.focusWidget())

    page = window.screen_pop.caller_page
    spoken = []
    for _ in range(len(page.sections())):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F7)
        spoken.append(accessible_name(QApplication.focusWidget()))
    assert spoken[0] == "Maria Rossi"  # the caller's name first, then what the IVR said
    assert spoken[1].startswith("IVR: Topic: Pensioni")
    assert spoken[-3:] == ["Tickets", "History", "Call note"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.history


def test_help_lists_the_keyboard_shortcuts(qapp, qtbot, screens: Screens) -> None:
    window = screens.window
    window.set_shortcuts({"answer": "Ctrl+Shift+A", "search": "Ctrl+K"})
    screens.show("home")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    assert rows["Ctrl+Shift+A / Call"] == "Answer the ringing call"  # the headset's key too
    assert rows["Ctrl+K"] == "Search contacts and tickets"
    assert rows["F6 / Shift+F6"] == "Next or previous region of the window"
    assert accessible_name(dialog.table) == "Keyboard shortcuts"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table, timeout=5000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_decorative_captions_are_out_of_the_accessibility_tree(qapp, screens: Screens) -> None:
    """A wallboard tile's caption is in its value's spoken name ("Available: 4"): the reader
    gets one object per tile, not the figure and then its caption again."""
    (board,) = screens.show("wallboard")
    tiles = list(board.tiles.values())
    assert len(tiles) >= 8
    for tile in tiles:
        tile_interface = QAccessible.queryAccessibleInterface(tile)
        assert tile_interface is not None
        children = [tile_interface.child(i) for i in range(tile_interface.childCount())]
        names = [c.text(QAccessible.Text.Name) for c in children if c is not None]
        assert names == [f"{tile.caption.text()}: {tile.value.text()}"], names
        assert tile.caption.isVisible() and tile.caption.text()  # still there for the eye
        assert tile.caption.focusPolicy() == Qt.FocusPolicy.NoFocus
