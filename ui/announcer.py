"""Spoken announcements: what changes on screen without the agent doing anything (a call rings,
the line drops, a callback arrives, a supervisor listens in) is said by the screen reader.

Qt 6.8 and newer carry a message to the reader in a QAccessibleAnnouncementEvent (on Linux an
AT-SPI "announcement", on Windows a UIA notification, on macOS an announcement request). Where
the event type is missing, the message goes into the window's accessible description and a
description-change event, which readers also speak. Messages are short and in the UI language:
the widgets that know what changed build them with tr().
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


class Announcer(QObject):
    """The one place announcements go through; `spoken` tells listeners (a log, the tests)
    what was said and how urgently."""

    spoken = Signal(str, bool)  # the message, urgent (assertive) or polite

    _instance: Announcer | None = None

    @classmethod
    def instance(cls) -> Announcer:
        if cls._instance is None:
            cls._instance = Announcer()
        return cls._instance

    def say(self, where: QWidget, text: str, *, urgent: bool = False) -> None:
        """Say `text` on behalf of `where` (its window is the source the reader sees)."""
        text = " ".join(text.split())
        if not text:
            return
        source = where.window() if where is not None else where
        if QAccessibleAnnouncementEvent is not None:
            event = QAccessibleAnnouncementEvent(source, text)
            event.setPoliteness(
                QAccessible.AnnouncementPoliteness.Assertive
                if urgent
                else QAccessible.AnnouncementPoliteness.Polite
            )
            QAccessible.updateAccessibility(event)
        else:  # pragma: no cover - older Qt
            source.setAccessibleDescription(text)
            change = QAccessibleEvent(source, QAccessible.Event.DescriptionChanged)
            QAccessible.updateAccessibility(change)
        self.spoken.emit(text, urgent)


def announce(where: QWidget, text: str, *, urgent: bool = False) -> None:
    Announcer.instance().say(where, text, urgent=urgent)
