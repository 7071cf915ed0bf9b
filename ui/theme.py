"""Appearance for low vision: a high-contrast theme (light or dark), chosen in the settings or
following the desktop's contrast preference, and the text size (100 to 200 %).

The high-contrast themes set the palette every widget draws with and a thick focus ring on
every control, so the keyboard's position is visible from across the desk."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEMES = ("system", "standard", "contrast-light", "contrast-dark")
TEXT_SCALES = (100, 125, 150, 175, 200)

_CONTRAST = {
    # window, text, base, alternate base, button, highlight, highlighted text, link, disabled
    "contrast-light": ("#ffffff", "#000000", "#ffffff", "#f0f0f0", "#ffffff", "#0000b3",
                       "#ffffff", "#0000b3", "#4d4d4d"),
    "contrast-dark": ("#000000", "#ffffff", "#000000", "#1a1a1a", "#000000", "#ffd600",
                      "#000000", "#80d8ff", "#c0c0c0"),
}  # fmt: skip

_FOCUS_RING = """
QAbstractButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,
QComboBox:focus, QAbstractSpinBox:focus, QAbstractItemView:focus, QTabBar:focus,
QLabel:focus, QKeySequenceEdit:focus {{ border: 3px solid {ring}; }}
QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
QAbstractItemView {{ border: 1px solid {text}; }}
QAbstractButton {{ padding: 4px 8px; }}
QToolTip {{ color: {text}; background: {window}; border: 1px solid {text}; }}
"""

_original: dict[str, object] = {}
# Colours the widgets set in their own style sheets (a green call button, grey hints): in a
# high-contrast theme they give way to the theme's palette.
_COLOUR_RULE = re.compile(r"(?<![-\w])(color|background|background-color)\s*:[^;}]*;?")
_OWN_SHEET = "contrastOwnStyleSheet"


def _strip_colours(sheet: str) -> str:
    return _COLOUR_RULE.sub("", sheet)


class _SheetKeeper(QObject):
    """Takes the colours out of the style sheet of each widget as it is shown (and puts them
    back in the standard theme)."""

    def __init__(self) -> None:
        super().__init__()
        self.contrast = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            self.fix(watched)
        return False

    def fix(self, widget: QWidget) -> None:
        own = widget.property(_OWN_SHEET)
        if own is None:
            if not widget.styleSheet():
                return
            own = widget.styleSheet()
            widget.setProperty(_OWN_SHEET, own)
        wanted = _strip_colours(str(own)) if self.contrast else str(own)
        if widget.styleSheet() != wanted:
            widget.setStyleSheet(wanted)


_keeper: _SheetKeeper | None = None


def resolved(theme: str) -> str:
    """The theme to draw with: "system" becomes high contrast when the desktop asks for it
    (light or dark as the desktop is), else the standard look."""
    if theme != "system":
        return theme if theme in THEMES else "standard"
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+; older: no preference
    preference = getattr(Qt, "ContrastPreference", None)
    high = (
        accessibility is not None
        and preference is not None
        and accessibility().contrastPreference() == preference.HighContrast
    )
    if not high:
        return "standard"
    return "contrast-dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "contrast-light"


def contrast_palette(name: str) -> QPalette:
    window, text, base, alternate, button, highlight, highlighted, link, disabled = (
        QColor(c) for c in _CONTRAST[name]
    )
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, window), (roles.WindowText, text), (roles.Base, base),
        (roles.AlternateBase, alternate), (roles.Text, text), (roles.Button, button),
        (roles.ButtonText, text), (roles.BrightText, text), (roles.Highlight, highlight),
        (roles.HighlightedText, highlighted), (roles.Link, link), (roles.ToolTipBase, window),
        (roles.ToolTipText, text), (roles.PlaceholderText, disabled),
    ):  # fmt: skip
        palette.setColor(role, colour)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_appearance(app: QApplication, theme: str, text_scale: int) -> str:
    """Apply the theme and the text size to the whole application; returns the theme used."""
    if not _original:
        _original["palette"] = QPalette(app.palette())
        _original["font"] = QFont(app.font())
        _original["style_sheet"] = app.styleSheet()
    global _keeper
    name = resolved(theme)
    if _keeper is None:
        _keeper = _SheetKeeper()
        app.installEventFilter(_keeper)
    _keeper.contrast = name in _CONTRAST
    for widget in app.allWidgets():
        _keeper.fix(widget)
    if name in _CONTRAST:
        colours = _CONTRAST[name]
        app.setPalette(contrast_palette(name))
        app.setStyleSheet(
            str(_original["style_sheet"])
            + _FOCUS_RING.format(ring=colours[5], text=colours[1], window=colours[0])
        )
    else:
        app.setPalette(QPalette(_original["palette"]))  # type: ignore[arg-type]
        app.setStyleSheet(str(_original["style_sheet"]))
    font = QFont(_original["font"])  # type: ignore[arg-type]
    scale = min(max(text_scale, 100), 200) / 100
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    changed = app.property("textScale") not in (None, scale)
    app.setFont(font)
    app.setProperty("textScale", scale)
    if changed:
        # The widgets size their buttons for their labels when they retranslate: a new text
        # size asks for the same, so nothing is cut off at 200 %.
        # Posted: they run after the font change has reached every widget.
        for widget in app.allWidgets():
            QCoreApplication.postEvent(widget, QEvent(QEvent.Type.LanguageChange))
    return name


def text_scale() -> float:
    """The text size now (1.0 to 2.0), for layouts that reserve room in pixels."""
    app = QCoreApplication.instance()
    value = app.property("textScale") if app is not None else None
    return float(value) if value else 1.0
