"""Finding text a layout cuts off: a label, button or tab whose text is wider than its room."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)


def settle() -> None:
    """Deliver now what the last change queued (the language change, the layout requests it
    causes, and theirs), instead of waiting some milliseconds and hoping they ran meanwhile."""
    for _ in range(5):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0  # on screen now, with its window


def clipped_texts(root: QWidget, scrolls: bool = False) -> list[str]:
    """Every visible single-line label, button, group title, tab, combo box item or field
    placeholder under `root` whose text does not fit: "objectName: text (needs N px, has M)".
    `scrolls`: root is a scroll area's content, where what lies out of view is not cut off
    (scrolling shows it) but a text wider than its own room still is."""
    found: list[str] = []

    def check(widget: QWidget, text: str, needed: int, room: int) -> None:
        name = widget.objectName() or type(widget).__name__
        if text and needed > room:
            found.append(f"{name}: {text!r} (needs {needed} px, has {room})")
        # A widget wide enough but pushed past the edge of what holds it is cut off too.
        shown = widget.visibleRegion().boundingRect().width()
        if text and not scrolls and shown < min(needed, widget.width()):
            found.append(f"{name}: {text!r} (shows {shown} px of {widget.width()})")

    for label in root.findChildren(QLabel):
        if _visible(label) and not label.wordWrap() and label.pixmap().isNull():
            for line in label.text().splitlines() or [""]:
                needed = label.fontMetrics().horizontalAdvance(line)
                check(label, line, needed, label.contentsRect().width())
    for button in root.findChildren(QAbstractButton):
        if _visible(button) and button.text():
            metrics = button.fontMetrics()
            for line in button.text().replace("&&", "\0").replace("&", "").splitlines():
                # The style's frame and margins take about 12 px of a push button's width.
                needed = metrics.horizontalAdvance(line.replace("\0", "&")) + 12
                check(button, line, needed, button.width())
    for box in root.findChildren(QGroupBox):
        if _visible(box) and box.title():
            needed = box.fontMetrics().horizontalAdvance(box.title()) + 16
            check(box, box.title(), needed, box.width())
    for tabs in root.findChildren(QTabWidget):
        if _visible(tabs):
            bar = tabs.tabBar()
            for i in range(bar.count()):
                rect = bar.tabRect(i)
                needed = bar.fontMetrics().horizontalAdvance(bar.tabText(i))
                # The bar elides or scrolls what is wider than the widget itself.
                check(tabs, bar.tabText(i), needed, rect.width())
                check(tabs, bar.tabText(i), rect.right(), tabs.width())
    for combo in root.findChildren(QComboBox):
        if _visible(combo) and combo.currentText():
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 30
            check(combo, combo.currentText(), needed, combo.width())
    for field in root.findChildren(QLineEdit):
        if _visible(field) and field.placeholderText() and not field.text():
            needed = field.fontMetrics().horizontalAdvance(field.placeholderText()) + 8
            check(field, field.placeholderText(), needed, field.width())
    return found
