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
from tests.ui.test_main_window import _open_settings, _save, _type, start, stop

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


def test_a_locked_key_cannot_be_changed_from_the_dialog(qapp, run_async, qtbot) -> None:
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

    async def scenario() -> None:
        task = await start(controller)
        dialog = _open_settings(controller)
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
        _type(qtbot, dialog.default_region, "DE")
        _save(qtbot, dialog)
        assert not dialog.isVisible()
        await stop(controller, task)

    try:
        run_async(scenario(), timeout=60)
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


def test_a_broken_system_file_is_shown_to_the_agent(qapp, run_async, qtbot) -> None:
    system_file = provision('{"locked": ["ui_language"], "ui_language": ')
    controller = controller_for(qapp, app_paths().settings_file)

    async def scenario() -> None:
        task = await start(controller)
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
        await stop(controller, task)

    try:
        run_async(scenario(), timeout=60)
    finally:
        controller.shutdown_now()
        controller.window.close()
    assert controller.managed.problem and controller.managed.locked == frozenset()
