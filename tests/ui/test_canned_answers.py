"""The canned-answer panel driven like an agent does (pytest-qt): from the keyboard, during real
pjsua2 calls on loopback into the demo store; placeholders filled from the caller's card, gaps
shown and never inserted unseen, `::shortcuts` expanding in the note, Arabic right to left, and
a supervisor's edit reaching an agent's panel on PostgreSQL without a restart."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from crm.placeholders import fill
from softphone.app import AppController, AppOptions
from softphone.paths import app_paths, resources_dir
from softphone.settings import Settings
from tests.support.app_driver import click, disconnected, peer, ring, running
from tests.support.demo_store import caller_with_open_ticket, store_rows
from tests.support.qt_async import until
from ui.i18n import apply_language
from ui.viewmodels import CallPhase

pytestmark = pytest.mark.timeout(120)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def seeded_body(app: AppController, key: str, language: str) -> str:
    (body,) = store_rows(
        app,
        "SELECT body FROM canned_answers WHERE group_key = :k AND language = :l",
        k=key,
        l=language,
    )[0]
    return str(body)


async def in_call(app: AppController, qtbot: Any, caller: Any, headers: dict[str, str]) -> int:
    """Ring with these IVR headers and answer: the caller's card is on screen."""
    call_id, _pop = await ring(app, caller, headers)
    click(qtbot, app.window.incoming.answer_button)
    await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
    return call_id


def use_count(app: AppController, key: str, language: str) -> int:
    return int(
        store_rows(
            app,
            "SELECT use_count FROM canned_answers WHERE group_key = :k AND language = :l",
            k=key,
            l=language,
        )[0][0]
    )


def type_in_search(qtbot: Any, app: AppController, text: str) -> None:
    """Ctrl+J from wherever the agent is, then the query."""
    qtbot.keyClick(app.window, Qt.Key.Key_J, CTRL)
    panel = app.window.canned_answers
    assert app.window.side_tabs.currentWidget() is panel
    assert app.window.focusWidget() is panel.search
    qtbot.keyClicks(panel.search, text)


async def test_an_answer_found_from_the_keyboard_goes_into_the_note_filled_for_the_caller(
    app: AppController, caller_tone: str, qtbot
) -> None:
    window = app.window
    page = window.screen_pop.caller_page
    panel = window.canned_answers

    async with running(app):
        await until(
            lambda: len(app.session.canned.index) == 8
        )  # the seeded answers, from the cache
        e164, name, _number, topic, _subject = caller_with_open_ticket(app)
        first, last = name.split(" ", 1)
        caller = peer(caller_tone, e164, "caller")
        try:
            call_id = await in_call(
                app, qtbot, caller, {"X-IVR-Topic": topic, "X-IVR-Language": "de"}
            )
            page.note.setFocus()
            qtbot.keyClicks(page.note, "Rueckfrage. ")

            # A typo, then the arrows: the IBAN answer comes first, in the caller's language.
            type_in_search(qtbot, app, "ibna")
            assert panel.model.row(0).key == "iban_change"
            qtbot.keyClick(panel.search, Qt.Key.Key_Down)
            qtbot.keyClick(panel.search, Qt.Key.Key_Up)
            assert panel.view.currentIndex().row() == 0
            shown = panel.current
            assert shown is not None and shown.language == "de" and shown.gaps == ()
            expected = fill(
                seeded_body(app, "iban_change", "de"),
                {"first_name": first, "last_name": last, "agent_name": "Giulia Rossi"},
            ).text
            assert shown.text == expected and panel.preview.toPlainText() == expected
            assert f"Guten Tag {first} {last}," in expected

            # Alt+Right: the same answer in the next language, then back.
            qtbot.keyClick(panel.search, Qt.Key.Key_Right, ALT)
            assert panel.current.key == "iban_change" and panel.current.language != "de"
            qtbot.keyClick(panel.search, Qt.Key.Key_Left, ALT)
            assert panel.current.language == "de"

            # Enter: into the note at its cursor, and the note has the focus again.
            used = use_count(app, "iban_change", "de")
            qtbot.keyClick(panel.search, Qt.Key.Key_Return)
            assert page.note.toPlainText() == "Rueckfrage. " + expected
            assert window.focusWidget() is page.note
            await until(lambda: use_count(app, "iban_change", "de") == used + 1)  # counted

            # Ctrl+Enter copies instead.
            type_in_search(qtbot, app, "hours")
            qtbot.keyClick(panel.search, Qt.Key.Key_Return, CTRL)
            assert QGuiApplication.clipboard().text() == panel.current.text
            # The queue's hours are quoted in the caller's language.
            assert "Montag–Freitag 08:00–20:00" in panel.current.text
            caller.command("hangup", call_id=call_id)
            await disconnected(caller, call_id)
        finally:
            caller.close()


async def test_a_gap_is_shown_before_insertion_and_selected_in_the_note(
    app: AppController, caller_tone: str, qtbot
) -> None:
    window = app.window
    page = window.screen_pop.caller_page
    panel = window.canned_answers

    async with running(app):
        await until(lambda: len(app.session.canned.index) == 8)
        stranger = peer(caller_tone, "+390699999998", "stranger")  # nobody has this number
        try:
            call_id = await in_call(app, qtbot, stranger, {"X-IVR-Language": "it"})
            page.note.setFocus()
            type_in_search(qtbot, app, "iban")
            shown = panel.current
            assert shown is not None and shown.language == "it"
            names = [gap[2] for gap in shown.gaps]
            assert names == ["last_name"]  # the first name has a fallback, the last name none
            assert "[last_name?]" in panel.preview.toPlainText()
            assert len(panel.preview.extraSelections()) == 1  # highlighted
            assert panel.gaps_label.isVisible() and "last name" in panel.gaps_label.text()

            # The first Enter only warns; nothing goes into the note unseen.
            qtbot.keyClick(panel.search, Qt.Key.Key_Return)
            assert page.note.toPlainText() == ""
            assert "Enter again" in panel.gaps_label.text()
            assert panel.insert_button.text() == "Insert with gaps"
            qtbot.keyClick(panel.search, Qt.Key.Key_Return)
            assert page.note.toPlainText() == shown.text
            assert page.note.textCursor().selectedText() == "[last_name?]"  # type over it
            qtbot.keyClicks(page.note, "Bianchi")
            assert "Gentile Signora/Signore Bianchi," in page.note.toPlainText()

            # A shortcut typed in the note expands in place; its gap is selected at once.
            page.note.moveCursor(page.note.textCursor().MoveOperation.End)
            qtbot.keyClick(page.note, Qt.Key.Key_Return)
            qtbot.keyClicks(page.note, "::pin")
            qtbot.keyClick(page.note, Qt.Key.Key_Space)
            text = page.note.toPlainText()
            assert "::pin" not in text
            assert "PIN telefonico" in text
            assert page.note.textCursor().selectedText() == "[last_name?]"
            assert "not filled in" in panel.status.text()
            # An unknown shortcut is left as typed.
            page.note.moveCursor(page.note.textCursor().MoveOperation.End)
            qtbot.keyClicks(page.note, " ::nosuchthing ")
            assert page.note.toPlainText().endswith(" ::nosuchthing ")
            stranger.command("hangup", call_id=call_id)
            await disconnected(stranger, call_id)
        finally:
            stranger.close()


async def test_an_arabic_answer_is_laid_out_right_to_left(
    app: AppController, caller_tone: str, qtbot, tmp_path: Path
) -> None:
    window = app.window
    panel = window.canned_answers
    folder = Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)
    apply_language(app.app, "en", resources_dir() / "translations")
    window.resize(1440, 860)

    try:
        async with running(app):
            await until(lambda: len(app.session.canned.index) == 8)
            caller = peer(caller_tone, "+390699999997", "caller")
            try:
                call_id = await in_call(app, qtbot, caller, {"X-IVR-Language": "ar"})
                type_in_search(qtbot, app, "::pin")
                shown = panel.current
                assert shown is not None and shown.language == "ar"
                assert panel.preview.layoutDirection() == Qt.LayoutDirection.RightToLeft
                option = panel.preview.document().defaultTextOption()
                assert option.textDirection() == Qt.LayoutDirection.RightToLeft
                assert option.alignment() & Qt.AlignmentFlag.AlignRight
                assert panel.preview.toPlainText().startswith("السيد/السيدة")
                # The Arabic text's first line is drawn from the right edge.
                block = panel.preview.document().firstBlock()
                line = block.layout().lineAt(0)
                width = panel.preview.document().textWidth()
                assert line.naturalTextRect().right() > width * 0.8
                qtbot.wait(50)
                image = window.grab()
                assert image.save(str(folder / "canned-arabic.png"))
                caller.command("hangup", call_id=call_id)
                await disconnected(caller, call_id)
            finally:
                caller.close()
    finally:
        apply_language(app.app, "C", resources_dir() / "translations")


async def test_a_supervisor_writes_a_new_answer_and_an_agent_cannot(qapp, async_loop, qtbot):
    """In the demo store: the supervisor's panel has the editor; what they save is searchable at
    once, in every language's panel, and a retired answer leaves it."""
    settings = Settings(agent_login="paola.moretti", wrap_up_seconds=1, take_callbacks=False)
    app = AppController(
        qapp, AppOptions(demo=True, demo_caller=False), app_paths().ensure(), settings
    )
    panel = app.window.canned_answers

    try:
        async with running(app):
            await until(lambda: len(app.session.canned.index) == 8)
            app.window.side_tabs.setCurrentWidget(panel)
            assert panel.new_button.isVisible() and panel.retire_button.isVisible()
            click(qtbot, panel.new_button)
            editor = app.session.canned.editor
            assert editor is not None and editor.isVisible()
            editor.language.setCurrentIndex(editor.language.findData("it"))
            qtbot.keyClicks(editor.title, "Documenti per la domanda di pensione")
            qtbot.keyClicks(editor.shortcut, "::pin")  # taken: refused with the reason
            qtbot.keyClicks(
                editor.body, "Gentile {{first_name}}, servono: documento e codice fiscale."
            )
            click(qtbot, editor.buttons.button(editor.buttons.StandardButton.Save))
            assert editor.isVisible() and "already used" in editor.error.text()
            editor.shortcut.clear()
            qtbot.keyClicks(editor.shortcut, "::documenti")
            editor.body.clear()
            qtbot.keyClicks(editor.body, "Gentile {{nome}}")  # a typo in a placeholder
            click(qtbot, editor.buttons.button(editor.buttons.StandardButton.Save))
            assert "unknown placeholder" in editor.error.text()
            editor.body.clear()
            qtbot.keyClicks(
                editor.body, "Gentile {{first_name}}, servono: documento e codice fiscale."
            )
            click(qtbot, editor.buttons.button(editor.buttons.StandardButton.Save))
            assert not editor.isVisible()
            await until(lambda: app.session.canned.index.by_shortcut("::documenti") is not None, 10)
            panel.search.setFocus()
            qtbot.keyClicks(panel.search, "documenti pension")
            assert panel.model.row(0).title == "Documenti per la domanda di pensione"

            click(qtbot, panel.retire_button)
            await until(lambda: app.session.canned.index.by_shortcut("::documenti") is None, 10)
            retired = store_rows(
                app, "SELECT retired FROM canned_answers WHERE shortcut = '::documenti'"
            )
            assert retired == [(1,)] or retired == [(True,)]
    finally:
        app.shutdown_now()
        app.window.close()
        app.window.deleteLater()


@pytest.mark.timeout(120)
async def test_a_supervisors_edit_reaches_an_agents_panel_on_postgresql_without_a_restart(
    qapp, async_loop, qtbot, pg_url: str, tmp_path: Path
) -> None:
    from sqlalchemy.engine import make_url

    from softphone import passwords
    from softphone.settings import StoreSettings
    from tests.support.sync_lab import make_central, password_of, sync_client

    login = "giulia.rossi"
    central = make_central(pg_url, [login, "paola.moretti"])
    url = make_url(pg_url).set(username=None, password=None)
    settings = Settings(
        agent_login=login,
        take_callbacks=False,
        store=StoreSettings(url=url.render_as_string(hide_password=False)),
    )
    passwords.store(settings.store.keyring_user, password_of(login))
    app = AppController(qapp, AppOptions(), app_paths().ensure(), settings)
    panel = app.window.canned_answers

    try:
        async with running(app, timeout=90, phone=False):
            await until(lambda: len(app.session.canned.index) == 8, 15)
            app.window.side_tabs.setCurrentWidget(panel)
            assert panel.new_button.isHidden() and panel.retire_button.isHidden()  # an agent
            panel.search.setFocus()
            qtbot.keyClicks(panel.search, "::iban")
            assert panel.current is not None and panel.current.key == "iban_change"
            with sync_client(central, "paola.moretti", tmp_path) as supervisor:
                supervisor.sync.write(
                    "canned.save",
                    {"group_key": "iban_change", "language": "it",
                     "title": "IBAN: come cambiarlo (nuova procedura)",
                     "body": "Gentile {{first_name|Signora/Signore}}, dal 2027 basta l'app.",
                     "shortcut": "::iban", "tags": ["iban"], "topic_code": "payments"},
                )  # fmt: skip
                # Shown in Italian, the agent's first language, and refreshed where it stands.
                took = await until(
                    lambda: panel.current is not None and "dal 2027" in panel.current.text, 15
                )
            assert took < 10
            assert panel.model.row(0).title == "IBAN: come cambiarlo (nuova procedura)"
            version = central.scalar(
                "SELECT version FROM canned_answers"
                " WHERE group_key = 'iban_change' AND language = 'it'"
            )
            assert version == 2
    finally:
        app.shutdown_now()
        app.window.close()
        app.window.deleteLater()
        central.engine.dispose()
