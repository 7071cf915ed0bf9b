"""Count the named and unnamed controls of every screen, in a language:
`QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.support.a11y_census [en|ar|...] [-v]`."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from softphone.paths import resources_dir
from tests.support.a11y import Screens, walk_all
from ui.i18n import apply_language


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([])
    language = next((a for a in argv if not a.startswith("-")), "en")
    apply_language(app, language, resources_dir() / "translations")
    screens = Screens()
    print(f"{'screen':<10} {'focusable named/all':>20} {'interactive named/all':>22}")
    for name, (count, missing) in walk_all(screens).items():
        print(
            f"{name:<10} {count.focusable_named:>9}/{count.focusable:<10}"
            f" {count.interactive_named:>10}/{count.interactive:<11}"
        )
        if "-v" in argv:
            for item in sorted(set(missing)):
                print(f"    unnamed: {item}")
    screens.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
