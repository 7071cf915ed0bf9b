"""Helpers that keep outside text inert: a display name or a ticket subject is data, not markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def keep_labels_whole(*buttons: QAbstractButton) -> None:
    """A button keeps room for its whole label in every language: its layout makes way
    (another column shrinks, or the window cannot be made that narrow) instead of cutting the
    label off. Call again after a retranslation."""
    for button in buttons:
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 16)


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    label.setText(text)
    return label
