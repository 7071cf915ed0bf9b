"""Every user-visible string is in every catalogue, translated, with matching placeholders; the
language switches at run time, and Arabic lays the window out right to left."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("it", "de", "fr", "ar", "pl", "es", "ru")
PLURAL_FORMS = {"en": 2, "it": 2, "de": 2, "fr": 2, "es": 2, "pl": 3, "ru": 3, "ar": 6}
PLACEHOLDER = re.compile(r"%L?(?:\d|n)")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def fresh_catalogue(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in the code now."""
    target = tmp_path_factory.mktemp("ts") / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py")) + sorted(
        str(p) for p in (ROOT / "softphone").glob("*.py")
    )
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(target)], check=True)
    return _messages(target)


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_catalogue_has_exactly_the_strings_of_the_code(language: str, fresh_catalogue) -> None:
    committed = _messages(TS_DIR / f"softphone_{language}.ts")
    missing = set(fresh_catalogue) - set(committed)
    stale = set(committed) - set(fresh_catalogue)
    assert not missing, f"run `make update-translations` and translate: {sorted(missing)}"
    assert not stale, f"strings no longer in the code: {sorted(stale)}"
    assert len(fresh_catalogue) > 80


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language: str) -> None:
    problems = []
    for (context, source), message in _messages(TS_DIR / f"softphone_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if message.get("numerus") == "yes":
            if len(forms) != PLURAL_FORMS[language]:
                problems.append(f"{source!r}: {len(forms)} plural forms")
        else:
            forms = [translation.text or ""]
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders differ")
    assert problems == []


def test_language_switch_at_run_time_and_arabic_right_to_left(qapp, tmp_path) -> None:
    from PySide6.QtCore import Qt

    from softphone.paths import resources_dir
    from ui.i18n import apply_language
    from ui.main_window import MainWindow

    translations = resources_dir() / "translations"
    if not (translations / "softphone_de.qm").exists():
        pytest.fail("compiled catalogues missing: run `make translations` (part of make test)")
    window = MainWindow()
    try:
        assert window.settings_action.text() == "&Settings…"
        assert apply_language(qapp, "de", translations)
        qapp.processEvents()
        assert window.settings_action.text() == "&Einstellungen…"
        assert window.dial_pad.call_button.text() == "Anrufen"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert apply_language(qapp, "ar", translations)
        qapp.processEvents()
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.isRightToLeft()
        assert window.settings_action.text() != "&Settings…"
    finally:
        apply_language(qapp, "en", translations)
        qapp.processEvents()
        window.close()
    assert window.settings_action.text() == "&Settings…"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
