"""For tests/integration/test_orca.py: the app's windows under Orca, a call ringing at once;
quits when told on stdin (or after a minute)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from softphone.paths import resources_dir
from tests.support.a11y import Screens
from ui.i18n import apply_language


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("contact-softphone")
    apply_language(app, "en", resources_dir() / "translations")
    screens = Screens()
    screens.show("ringing")
    quit_on_input = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    quit_on_input.activated.connect(app.quit)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    code = main()
    os._exit(code)  # tearing PySide down with the AT-SPI bridge on can crash
