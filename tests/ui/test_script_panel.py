"""Following a call script on the panel like an agent does: clicking, typing, going back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from crm.script_store import ScriptDTO
from softphone.script_session import ScriptSession
from ui.script_panel import ScriptPanel

VALUES = {"agent_name": "Giulia Rossi", "ticket_number": "2026-000123"}  # no first_name


def seed_script(catalog: dict[str, Any], key: str, language: str) -> ScriptDTO:
    (script,) = [s for s in catalog["call_scripts"] if s["key"] == key]
    return ScriptDTO(
        id=7,
        key=key,
        topic_code=script["topic"],
        language=language,
        version=1,
        name=script["name"][language],
        steps=tuple(script["translations"][language]["steps"]),
        active=True,
        created_by_login="paola.moretti",
        created_at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
    )


@pytest.fixture
def open_session(qtbot: Any) -> Iterator[Any]:
    made: list[ScriptSession] = []

    def open_(script: ScriptDTO, values: dict[str, object] | None = None) -> ScriptSession:
        session = ScriptSession(script, dict(VALUES if values is None else values))
        qtbot.addWidget(session.panel)
        session.panel.resize(520, 420)
        session.panel.show()
        qtbot.waitExposed(session.panel)
        session.panel.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is session.panel)
        made.append(session)
        return session

    yield open_


def click(qtbot: Any, button: Any) -> None:
    qtbot.waitUntil(lambda: button.isVisible() and not button.rect().isEmpty(), timeout=2000)
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot: Any, panel: ScriptPanel, index: int) -> None:
    """Click an option where a person does: on its text, not in the empty row beside it."""
    button = panel.choice_buttons[index]
    qtbot.waitUntil(lambda: button.isVisible() and not button.rect().isEmpty(), timeout=2000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(12, button.height() // 2))
    assert button.isChecked()


def test_walking_a_script_by_clicking_with_a_branch_and_back(
    qtbot: Any, catalog: dict[str, Any], open_session: Any
) -> None:
    session = open_session(seed_script(catalog, "pension_payment_callback", "en"))
    panel: ScriptPanel = session.panel
    assert session.script_id == 7
    assert panel.name_label.text() == "Callback: delayed pension payment"
    assert panel.position_label.text() == "Step 1"
    assert "this is Giulia Rossi from the Contact Centre" in panel.step_text.text()
    assert "request 2026-000123" in panel.step_text.text()
    assert not panel.back_button.isEnabled()

    click(qtbot, panel.next_button)  # greeting said
    assert panel.view is not None and panel.view.step_id == "pin_verified"
    assert not panel.next_button.isVisible()  # yes/no answer directly
    click(qtbot, panel.yes_button)
    assert panel.view.step_id == "payment_issue"
    assert [b.text() for b in panel.choice_buttons] == [
        "Payment not received",
        "Amount different from usual",
        "Payment suspended",
    ]
    click(qtbot, panel.next_button)  # nothing chosen yet: says so, stays
    assert panel.error_label.isVisible() and panel.view.step_id == "payment_issue"
    choose(qtbot, panel, 0)
    click(qtbot, panel.next_button)
    assert panel.view.step_id == "iban_matches" and panel.position_label.text() == "Step 4"
    click(qtbot, panel.no_button)
    assert panel.view.step_id == "iban_info"

    # The caller corrects themselves: back to the IBAN question, and the other branch.
    click(qtbot, panel.back_button)
    assert panel.view.step_id == "iban_matches" and panel.view.previous_answer == "no"
    assert "iban_matches" not in session.answers()
    click(qtbot, panel.yes_button)
    assert panel.view.step_id == "notes"
    qtbot.keyClicks(panel.text_edit, "Paid on the 3rd, <b>amount</b> as usual")
    click(qtbot, panel.next_button)
    assert panel.view.kind == "end" and panel.next_button.text() == "Finish"

    with qtbot.waitSignal(session.finished, timeout=2000) as finished:
        click(qtbot, panel.next_button)
    assert finished.args[0] == {
        "greet": None,
        "pin_verified": "yes",
        "payment_issue": "Payment not received",
        "iban_matches": "yes",
        "notes": "Paid on the 3rd, <b>amount</b> as usual",
        "end": None,
    }
    assert session.answers() == finished.args[0] and session.done
    summary = panel.summary_view.toPlainText()
    assert "Payment not received" in summary and "<b>amount</b>" in summary
    assert "iban_info" not in summary and not panel.back_button.isVisible()
    payload = session.save_payload(ticket_uid="t-1")
    assert payload["script_id"] == 7 and payload["answers"] == finished.args[0]


def test_walking_by_keyboard_with_a_date_and_back(
    qtbot: Any, catalog: dict[str, Any], open_session: Any
) -> None:
    session = open_session(seed_script(catalog, "pension_payment_callback", "it"))
    panel: ScriptPanel = session.panel
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Return)  # Enter is Next
    assert panel.view is not None and panel.view.step_id == "pin_verified"
    qtbot.keyClick(panel.yes_button, Qt.Key.Key_Tab)
    assert panel.focusWidget() is panel.no_button
    qtbot.keyClick(panel.no_button, Qt.Key.Key_Return)  # Enter answers with the focused button
    assert panel.view.step_id == "unverified_callback" and panel.view.kind == "date"
    assert panel.date_edit.calendarPopup()
    assert panel.focusWidget() is panel.date_edit
    panel.date_edit.setDate(QDate(2026, 12, 1))
    qtbot.keyClick(panel.date_edit, Qt.Key.Key_Enter)
    assert panel.view.step_id == "end_unverified"

    qtbot.keyClick(panel.next_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back
    assert panel.view.step_id == "unverified_callback"
    assert panel.date_edit.date() == QDate(2026, 12, 1)  # the answer is offered again
    panel.date_edit.setDate(QDate(2026, 12, 2))
    qtbot.keyClick(panel.date_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(session.finished, timeout=2000) as finished:
        qtbot.keyClick(panel.next_button, Qt.Key.Key_Return)  # Finish
    assert finished.args[0] == {
        "greet": None,
        "pin_verified": "no",
        "unverified_callback": "2026-12-02",
        "end_unverified": None,
    }


def test_a_text_answer_keeps_enter_for_new_lines_and_takes_ctrl_enter(
    qtbot: Any, catalog: dict[str, Any], open_session: Any
) -> None:
    session = open_session(seed_script(catalog, "portal_access_spid", "de"))
    panel: ScriptPanel = session.panel
    click(qtbot, panel.next_button)
    choose(qtbot, panel, 0)
    click(qtbot, panel.next_button)
    assert panel.view is not None and panel.view.step_id == "error_message"
    assert panel.focusWidget() is panel.text_edit
    qtbot.keyClicks(panel.text_edit, "Fehler 19")
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.text_edit, "im Browser")
    assert panel.view.step_id == "error_message"  # Enter made a new line
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.view.step_id == "browser_check"
    assert session.answers()["error_message"] == "Fehler 19\nim Browser"


def test_a_missing_placeholder_is_shown_as_a_highlighted_gap(
    qtbot: Any, catalog: dict[str, Any], open_session: Any
) -> None:
    session = open_session(seed_script(catalog, "pension_payment_callback", "en"))
    panel: ScriptPanel = session.panel
    assert "Am I speaking to [first_name?]?" in panel.step_text.text()
    assert panel.missing_label.isVisible()
    assert "Not known: first name" in panel.missing_label.text()
    assert panel.step_frame.property("gaps") is True
    assert panel.step_text.textFormat() == Qt.TextFormat.PlainText
    assert panel.missing_label.textFormat() == Qt.TextFormat.PlainText
    assert panel.name_label.textFormat() == Qt.TextFormat.PlainText
    panel.grab().save("/tmp/script-panel.png")

    click(qtbot, panel.next_button)  # a step with every value known: no warning
    assert not panel.missing_label.isVisible() and panel.step_frame.property("gaps") is False


def test_script_text_and_values_are_shown_as_plain_text(
    qtbot: Any, catalog: dict[str, Any], open_session: Any
) -> None:
    values = {**VALUES, "first_name": "<b>Anna</b> <a href='x'>link</a>"}
    session = open_session(seed_script(catalog, "pension_payment_callback", "en"), values)
    label = session.panel.step_text
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "Am I speaking to <b>Anna</b> <a href='x'>link</a>?" in label.text()
    assert not session.panel.missing_label.isVisible()


def test_a_number_is_checked_against_its_bounds(qtbot: Any, open_session: Any) -> None:
    steps = (
        {"id": "months", "type": "number", "text": "For how many months?", "min": 1, "max": 12},
        {"id": "end", "type": "end", "text": "Thank you."},
    )
    script = ScriptDTO(1, "months", None, "en", 1, "Months", steps, True, None, datetime.now(UTC))
    session = open_session(script)
    panel: ScriptPanel = session.panel
    assert panel.focusWidget() is panel.number_edit
    qtbot.keyClicks(panel.number_edit, "abc")
    qtbot.keyClick(panel.number_edit, Qt.Key.Key_Return)
    assert (
        panel.error_label.isVisible() and panel.error_label.text() == "Enter a number from 1 to 12."
    )
    assert panel.view is not None and panel.view.step_id == "months"
    panel.number_edit.clear()
    qtbot.keyClicks(panel.number_edit, "15")
    qtbot.keyClick(panel.number_edit, Qt.Key.Key_Return)
    assert panel.view.step_id == "months"
    panel.number_edit.clear()
    qtbot.keyClicks(panel.number_edit, "6")
    qtbot.keyClick(panel.number_edit, Qt.Key.Key_Return)
    assert panel.view.step_id == "end" and not panel.error_label.isVisible()
    assert session.answers() == {"months": 6, "end": None}


def test_the_panel_mirrors_right_to_left(
    qtbot: Any, catalog: dict[str, Any], open_session: Any
) -> None:
    session = open_session(seed_script(catalog, "iban_change_benefits", "en"))
    panel: ScriptPanel = session.panel
    click(qtbot, panel.next_button)
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: panel.yes_button.x() > panel.no_button.x())
    assert panel.back_button.x() > panel.next_button.x() or not panel.next_button.isVisible()
    assert panel.back_button.x() > panel.width() // 2
