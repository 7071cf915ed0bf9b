"""The whole window in another language at run time (pytest-qt, offscreen): Arabic mirrors it,
the pseudo-locale's longer strings fit, dates follow the locale; screenshots for docs/."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from softphone.app import AppController
from softphone.paths import resources_dir
from tests.support.app_driver import running
from tests.support.layout import clipped_texts, settle
from ui.callback_request import minutes_text
from ui.formatting import clock_duration
from ui.i18n import PSEUDO, apply_language
from ui.viewmodels import CallerCard, CallerPop, CallPhase, CallView, HistoryEntry, PopTicket

pytestmark = pytest.mark.timeout(120)
TRANSLATIONS = resources_dir() / "translations"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)


def _in_call(app: AppController) -> None:
    """The views of a call, laid out as the agent sees them: the call panel and the card."""
    now = time.monotonic()
    view = CallView(
        call_id=7, incoming=True, phase=CallPhase.ACTIVE, name="Maria Rossi",
        number="+39 06 1234 5678", started_at=now - 75, connected_at=now - 65,
        topic="pensions", language="it", verified="pin", e164="+390612345678",
    )  # fmt: skip
    ticket = PopTicket(
        uid="t1", number="CC-2026-000042", subject="Estratto conto contributivo",
        topic="Pensioni", status="open", channel="phone",
        updated_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
    )  # fmt: skip
    history = HistoryEntry(
        kind="call", direction="inbound", at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        summary="Asked about the statement", body="Asked about the statement", ticket_number="",
    )  # fmt: skip
    card = CallerCard(
        uid="c1", name="Maria Rossi", language="it", email="maria.rossi@example.org",
        notes="", numbers=("+39 06 1234 5678",), tickets=(ticket,), history=(history,),
        duplicate=ticket, first_name="Maria", last_name="Rossi",
    )  # fmt: skip
    pop = CallerPop(
        call_id=7, incoming=True, number="+39 06 1234 5678", ivr_topic="Pensioni",
        ivr_language="it", verified="pin", cards=(card,),
    )  # fmt: skip
    app.window.show_calls((view,))
    app.window.screen_pop.show_caller(pop, "")


def _views(app: AppController) -> list[tuple[str, int | None]]:
    """The main views an agent works in: each side tab, at home and in a call."""
    return [(f"tab {index}", index) for index in range(app.window.side_tabs.count())]


async def test_switching_to_arabic_at_run_time_mirrors_the_window(
    app: AppController, qtbot, folder: Path
) -> None:
    window = app.window
    window.resize(1440, 860)

    async with running(app):
        dial = window.dial_pad
        left_to_right = dial.mapTo(window, dial.rect().topLeft()).x()
        try:
            assert apply_language(app.app, "ar", TRANSLATIONS)
            assert window.isRightToLeft()
            assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft

            # The phone column moves from the left edge to the right edge once the
            # layouts have run again (later on a loaded machine: wait for it).
            def moved() -> int:
                return dial.mapTo(window, dial.rect().topLeft()).x()

            qtbot.waitUntil(lambda: moved() > window.width() / 2, timeout=5000)
            right_to_left = moved()
            assert left_to_right < window.width() / 4 < window.width() / 2 < right_to_left
            assert window.side_tabs.tabText(1) == "الردود الجاهزة"
            assert dial.call_button.text() != "Call"
            # Dates, numbers and durations follow the locale.
            assert QLocale().language() == QLocale.Language.Arabic
            assert clock_duration(65) == "٠١:٠٥"  # Arabic-Indic digits
            assert minutes_text(125) == "٢ س ٠٥ د"
            # Counts in sentences too: "26 open requests" in Arabic-Indic digits.
            assert "٢٦" in window.callback_queue.summary.text()
            assert QLocale().toString(QDate(2026, 12, 2), QLocale.FormatType.LongFormat) != (
                QLocale(QLocale.Language.English).toString(
                    QDate(2026, 12, 2), QLocale.FormatType.LongFormat
                )
            )
            assert window.grab().save(str(folder / "main-window-ar.png"))
            assert apply_language(app.app, "de", TRANSLATIONS)
            settle()
            assert not window.isRightToLeft()
            assert dial.call_button.text() == "Anrufen"
            assert clock_duration(65) == "01:05" and minutes_text(125) == "2 Std. 05 Min."
            assert window.side_tabs.tabText(1) == "Textbausteine"
            assert window.grab().save(str(folder / "main-window-de.png"))
        finally:
            apply_language(app.app, "C", TRANSLATIONS)


@pytest.mark.parametrize("language", [PSEUDO, "it", "de", "fr", "ar", "pl", "es", "ru"])
async def test_longer_strings_are_not_clipped_in_the_main_views(
    app: AppController, qtbot, language: str, tmp_path: Path
) -> None:
    folder = Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)
    window = app.window
    window.resize(1280, 800)  # the window's size on a first start

    async with running(app):
        try:
            assert apply_language(app.app, language, TRANSLATIONS)
            settle()
            if language == PSEUDO:
                assert window.side_tabs.tabText(1).startswith("[Çàññéd")
            problems: list[str] = []
            for moment in ("home", "in a call"):
                if moment == "in a call":
                    _in_call(app)
                    settle()
                needed = window.minimumSizeHint().width()
                if language != PSEUDO:  # real translations fit the smallest screen we support
                    assert needed <= 1280, f"{moment}: the window needs {needed} px"
                window.resize(max(1280, needed), 800)
                for name, tab in _views(app):
                    window.side_tabs.setCurrentIndex(tab)
                    settle()
                    problems += [f"{moment}, {name}: {p}" for p in clipped_texts(window)]
            assert problems == [], "\n".join(sorted(set(problems)))
            if language == PSEUDO:
                assert window.grab().save(str(folder / "main-window-pseudo.png"))
            window.show_calls(())
        finally:
            apply_language(app.app, "C", TRANSLATIONS)


async def test_choosing_a_language_in_the_settings_applies_at_once(
    app: AppController, qtbot
) -> None:
    window = app.window

    def choose(code: str) -> None:
        window.settings_action.trigger()
        dialog = app.settings_flow.dialog
        dialog.ui_language.setCurrentIndex(dialog.ui_language.findData(code))
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        assert not dialog.isVisible()

    async with running(app):
        try:
            choose("de")
            settle()
            assert window.dial_pad.call_button.text() == "Anrufen"  # no restart
            assert app.settings.ui_language == "de"
            choose("ar")
            settle()
            assert window.isRightToLeft()
            assert window.side_tabs.tabText(1) == "الردود الجاهزة"
            choose("it")
            settle()
            assert not window.isRightToLeft()
            assert window.side_tabs.tabText(1) == "Risposte predefinite"
        finally:
            apply_language(app.app, "C", TRANSLATIONS)
