"""F6 and Shift+F6 move the focus between the window's regions (the phone, the calls, the card,
the side panel, the status bar), the way desktop applications and browsers do; a screen reader
says the region's first control. A region that is hidden or has nothing to focus is skipped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def _focusable(region: QWidget) -> list[QWidget]:
    found = [region, *region.findChildren(QWidget)]
    return [
        w
        for w in found
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


class RegionCycler:
    def __init__(self, regions: Callable[[], list[QWidget]]) -> None:
        self._regions = regions  # asked each time: what is on screen changes

    def regions(self) -> list[QWidget]:
        return [r for r in self._regions() if r.isVisible() and _focusable(r)]

    def current(self) -> int:
        focus = QApplication.focusWidget()
        for index, region in enumerate(self.regions()):
            if focus is not None and (focus is region or region.isAncestorOf(focus)):
                return index
        return -1

    def move(self, step: int) -> QWidget | None:
        """Focus the next (1) or previous (-1) region's control; the control focused."""
        regions = self.regions()
        if not regions:
            return None
        here = self.current()
        index = (here + step) % len(regions) if here >= 0 else (0 if step > 0 else -1)
        region = regions[index]
        # Back where the agent left it (the side panel's search, say), else its first control.
        last = region.focusWidget()
        target = last if last is not None and last in _focusable(region) else None
        target = target or _focusable(region)[0]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target
