"""Loading translations at run time: Qt's own strings and ours, and right-to-left for Arabic."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
PSEUDO = "pseudo"  # a developer's locale: every string accented and a third longer

_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's UI language; the C/POSIX locale of a bare server counts as English."""
    code = QLocale.system().name().split("_")[0]
    return "en" if code in ("C", "") else code


def locale_for(language: str) -> QLocale:
    # English agents here work in Europe: day-month-year dates and a 24-hour clock.
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(language)


_ACCENTED = str.maketrans(
    "aceinosuyzACEINOSUYZ",
    "àçéîñöšüýžÀÇÉÎÑÖŠÜÝŽ",
)
# What must stay as it is: Qt's %1/%n, a mnemonic's &, {{placeholders}}, keys like Ctrl+K.
_KEEP = re.compile(r"%\d|%n|&(?=\w)|\{\{[^}]*\}\}|\b(?:Ctrl|Alt|Shift|Enter|Esc)\b[+\w←→/]*")


def pseudo(text: str) -> str:
    """The pseudo-locale's form of a string: accented, a third longer, in brackets, so a layout
    that clips, a string left untranslated or built by concatenation shows at a glance."""
    if not text:
        return text
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTED))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    body = "".join(out)
    padding = "~" * max(1, len(text) // 3)
    return f"[{body}{padding}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo form of the source text."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)  # Qt puts the number in for %n afterwards

    def isEmpty(self) -> bool:
        return False


def apply_language(app: QApplication, language: str, translations_dir: Path) -> bool:
    """Switch the UI language now; widgets retranslate on QEvent.LanguageChange.

    Returns False when our catalogue for the language is missing (the UI stays in English).
    English is the source language and needs no catalogue.
    """
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    language = language or system_language()
    if language == PSEUDO:
        QLocale.setDefault(locale_for("en"))
        translator = PseudoTranslator(app)
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return True
    QLocale.setDefault(locale_for(language))
    found = language == "en"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"qtbase_{language}", qt_dir), (f"softphone_{language}", None)):
        translator = QTranslator(app)
        folder = directory if directory else str(translations_dir)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            found = found or name.startswith("softphone_")
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RTL_LANGUAGES
        else Qt.LayoutDirection.LeftToRight
    )
    return found
