"""Managed settings in the running app (pytest-qt, offscreen, the demo store): locked keys are
greyed with "Set by your administrator" and cannot be changed from the dialog; a broken system
file is put in front of the agent."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from softphone.app import AppController, AppOptions
from softphone.managed_settings import load_layered
from softphone.paths import app_paths
from tests.support.app_driver import click_save, open_settings, running, type_into

BY_ADMIN = "Set by your administrator"


def provision(data: object) -> Path:
    """The system file where the app looks for it under SOFTPHONE_HOME (the test's home)."""
    path = Path(app_paths().config_dir).parent / "system" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def controller_for(qapp, settings_file: Path) -> AppController:
    loaded = load_layered(settings_file)
    loaded.settings.take_callbacks = False
    return AppController(
        qapp,
        AppOptions(demo=True, demo_caller=False),
        app_paths().ensure(),
        loaded.settings,
        loaded.problem,
        loaded.managed,
    )


def lock_note(dialog, name: str) -> QLabel:
    note = dialog.findChild(QLabel, f"{name}_locked")
    assert isinstance(note, QLabel)
    return note


async def test_a_locked_key_cannot_be_changed_from_the_dialog(qapp, async_loop, qtbot) -> None:
    provision(
        {
            "ui_language": "en",
            "wrap_up_seconds": 40,
            "sip_account_template": {"username": "{login}", "domain": "pbx.example.org"},
            "locked": ["ui_language", "store.url", "accounts", "shortcuts.answer"],
        }
    )
    settings_file = app_paths().settings_file
    controller = controller_for(qapp, settings_file)

    try:
        async with running(controller, timeout=60, phone=False):
            dialog = open_settings(controller)
            for name, widget in (
                ("ui_language", dialog.ui_language),
                ("store_url", dialog.store_url),
                ("shortcut_answer", dialog.shortcut_edits["answer"]),
            ):
                assert not widget.isEnabled(), name
                assert lock_note(dialog, name).isVisible() and lock_note(dialog, name).text() == (
                    BY_ADMIN
                )
                assert widget.accessibleDescription() == BY_ADMIN
            assert not dialog.add_account_button.isEnabled()
            assert not dialog.remove_account_button.isEnabled()
            # Unlocked fields stay the agent's, with no note.
            assert dialog.wrap_up.isEnabled() and dialog.wrap_up.value() == 40
            assert not lock_note(dialog, "wrap_up_seconds").isVisible()
            assert dialog.shortcut_edits["hang_up"].isEnabled()
            # Typing into a greyed field changes nothing; the unlocked one takes the change.
            qtbot.keyClicks(dialog.store_url, "postgresql://elsewhere.example.org/tickets")
            assert dialog.store_url.text() == ""
            type_into(qtbot, dialog.default_region, "DE")
            click_save(qtbot, dialog)
            assert not dialog.isVisible()
    finally:
        controller.shutdown_now()
        controller.window.close()
    assert controller.settings.default_region == "DE"
    assert controller.settings.ui_language == "en" and controller.settings.store.url == ""
    saved = json.loads(settings_file.read_text(encoding="utf-8"))
    assert saved["default_region"] == "DE"
    assert "ui_language" not in saved and "accounts" not in saved
    # A hand-edited user file cannot get round the lock either.
    settings_file.write_text(json.dumps({**saved, "ui_language": "ar"}), encoding="utf-8")
    assert load_layered(settings_file).settings.ui_language == "en"


async def test_a_broken_system_file_is_shown_to_the_agent(qapp, async_loop, qtbot) -> None:
    system_file = provision('{"locked": ["ui_language"], "ui_language": ')
    controller = controller_for(qapp, app_paths().settings_file)

    try:
        async with running(controller, timeout=60, phone=False):
            boxes = [
                box
                for box in controller.window.findChildren(QMessageBox, "problemBox")
                if box.isVisible()
            ]
            assert any(
                box.windowTitle() == "Your administrator's settings could not be read"
                and str(system_file) in box.text()
                and box.textFormat() == Qt.TextFormat.PlainText
                for box in boxes
            ), [box.text() for box in boxes]
            assert str(system_file) in controller.window.status.currentMessage()
            for box in boxes:
                box.close()
    finally:
        controller.shutdown_now()
        controller.window.close()
    assert controller.managed.problem and controller.managed.locked == frozenset()
