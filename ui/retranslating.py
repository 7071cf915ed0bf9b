"""`Retranslating`: a widget whose texts are set again whenever the language changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Widget = QWidget
else:
    _Widget = object  # a plain mixin at run time: the Qt class comes after it in the bases


class Retranslating(_Widget):
    """Put first in a widget's bases, before its Qt class; the widget's `_retranslate` then runs
    on every LanguageChange (a new translator installed, or `ui/theme.py` re-posting one after a
    font change)."""

    def _retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
