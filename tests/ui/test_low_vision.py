"""Low vision (pytest-qt, offscreen): text at 200 % cuts nothing off in any language (the
clipping check of tests/support/layout.py on every screen), the high-contrast themes draw with
their own palette and a focus ring, and the settings choose them; screenshots for docs/."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QScrollArea

from softphone.paths import resources_dir
from softphone.settings import Settings
from softphone.settings_form import apply_form
from tests.support.a11y import SCREENS, Screens, callback_view
from tests.support.layout import clipped_texts, settle
from ui.callback_request import CallbackRequestPanel
from ui.i18n import apply_language
from ui.theme import apply_appearance, resolved

pytestmark = pytest.mark.timeout(120)
TRANSLATIONS = resources_dir() / "translations"


@pytest.fixture
def appearance(qapp) -> Iterator[None]:
    base = qapp.font().pointSizeF()
    yield
    apply_appearance(qapp, "standard", 100)
    apply_language(qapp, "C", TRANSLATIONS)
    assert qapp.font().pointSizeF() == pytest.approx(base)


def settings_clipped(screens: Screens) -> list[str]:
    """The settings scroll up and down: at the size it opens with, nothing may need sideways
    scrolling, and no text in it may be wider than its room (what lies below the fold is
    not cut off: scrolling, or Tab, brings it into view)."""
    (dialog,) = [w for w in screens.show("settings") if w is screens.settings]
    settle()
    problems: list[str] = []
    for area in dialog.findChildren(QScrollArea):
        content = area.widget()
        if content is None:
            continue
        settle()
        if area.horizontalScrollBar().maximum() > 0:
            problems.append(
                f"needs sideways scrolling: {content.minimumSizeHint().width()} px wide, "
                f"the view has {area.viewport().width()}"
            )
        problems += clipped_texts(content, scrolls=True)
    return problems + clipped_texts(dialog.buttons)  # Save and Cancel, under the view


@pytest.mark.parametrize("language", ["en", "it", "de", "fr", "ar", "pl", "es", "ru"])
def test_nothing_is_cut_off_at_200_percent_text(qapp, appearance, language: str) -> None:
    base = qapp.font().pointSizeF()
    assert apply_language(qapp, language, TRANSLATIONS) or language == "en"
    apply_appearance(qapp, "standard", 200)
    assert qapp.font().pointSizeF() == pytest.approx(2 * base)
    screens = Screens()
    problems: list[str] = []
    try:
        for state in SCREENS:
            if state == "settings":
                problems += [f"settings: {p}" for p in settings_clipped(screens)]
                continue
            for root in screens.show(state):
                if root is screens.window:
                    for _ in range(2):  # as large as it asks to be, once its layouts have run
                        need = root.minimumSizeHint()
                        root.resize(max(1280, need.width()), max(800, need.height()))
                        settle()
                    for tab in range(root.side_tabs.count()):
                        root.side_tabs.setCurrentIndex(tab)
                        settle()
                        problems += [f"{state}, tab {tab}: {p}" for p in clipped_texts(root)]
                else:
                    root.adjustSize()
                    settle()
                    problems += [f"{state}: {p}" for p in clipped_texts(root)]
    finally:
        screens.close()
    assert problems == [], "\n".join(sorted(set(problems)))


def test_high_contrast_themes_light_and_dark(qapp, appearance, tmp_path: Path) -> None:
    folder = Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)
    apply_language(qapp, "en", TRANSLATIONS)
    screens = Screens()
    try:
        window = screens.window
        call = window.dial_pad.call_button
        screens.show("in call")
        assert "background" in call.styleSheet() or "#1e8e3e" in window.styleSheet()
        for theme, window_colour, text_colour in (
            ("contrast-light", "#ffffff", "#000000"),
            ("contrast-dark", "#000000", "#ffffff"),
        ):
            assert apply_appearance(qapp, theme, 100) == theme == resolved(theme)
            palette = QApplication.palette()
            assert palette.color(QPalette.ColorRole.Window).name() == window_colour
            assert palette.color(QPalette.ColorRole.WindowText).name() == text_colour
            assert "3px solid" in qapp.styleSheet()  # the focus ring
            # The widgets' own colours give way to the theme's: grey hints, the red hang-up.
            hang_up = window.call_panel.hangup_button
            assert "background" not in hang_up.styleSheet()
            assert "color:" not in window.monitor_notice.styleSheet()
            screens.show("in call")
            window.resize(1440, 860)
            settle()
            assert window.grab().save(str(folder / f"high-{theme}.png"))
        apply_appearance(qapp, "standard", 100)
        assert "background" in window.call_panel.hangup_button.styleSheet()  # back as it was
        assert "3px solid" not in qapp.styleSheet()
    finally:
        screens.close()


def test_the_settings_choose_the_theme_and_the_text_size(qapp, appearance) -> None:
    screens = Screens()
    try:
        screens.show("settings")
        dialog = screens.settings
        assert dialog is not None
        dialog.theme.setCurrentIndex(dialog.theme.findData("contrast-dark"))
        dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(175))
        form = dialog.form()
        result = apply_form(Settings(), form)
        assert result.errors == {}
        settings = result.settings
        assert (settings.theme, settings.text_scale) == ("contrast-dark", 175)
        settings.validate()
        settings.text_scale = 300
        with pytest.raises(ValueError):
            settings.validate()
    finally:
        screens.close()


def test_a_missed_service_level_is_marked_by_a_sign_not_by_colour_alone(qtbot) -> None:
    panel = CallbackRequestPanel()
    qtbot.addWidget(panel)
    panel.show_request(callback_view(), -12.0)
    assert panel.sla.text().startswith("⚠ ")
    panel.show_request(callback_view(), 42.0)
    assert "⚠" not in panel.sla.text()
