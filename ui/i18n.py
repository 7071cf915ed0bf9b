"""Loading translations at run time: Qt's own strings and ours, and right-to-left for Arabic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})

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


def apply_language(app: QApplication, language: str, translations_dir: Path) -> bool:
    """Switch the UI language now; widgets retranslate on QEvent.LanguageChange.

    Returns False when our catalogue for the language is missing (the UI stays in English).
    English is the source language and needs no catalogue.
    """
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    language = language or system_language()
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
