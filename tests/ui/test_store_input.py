"""Hostile input typed and pasted into the app, as an agent would (pytest-qt, the demo store):
searches made of SQL and LIKE metacharacters in the search dialog, and call notes of 1 MB and
10 MB pasted into the caller's card. A search shows what it says and nothing else; a note is
logged whole, or the paste is refused with a message under the note; nothing is cut short."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm.limits import MAX_TEXT_CHARS
from softphone.app import AppController
from tests.support.app_driver import click, disconnected, peer, ring, running
from tests.support.demo_store import caller_with_open_ticket, store_rows
from tests.support.qt_async import until
from ui.viewmodels import AgentState, CallPhase

pytestmark = pytest.mark.timeout(120)

QUERIES = [
    "%",
    "50%",
    "_",
    "score_",
    "\\",
    "'",
    '"',
    "; --",
    "/* */",
    "'; DROP TABLE contacts; --",
    "' OR '1'='1",
    "x\x00y",
    "a" * 5000,
]


async def test_searches_typed_with_metacharacters_show_only_literal_matches(
    app: AppController, qtbot
) -> None:
    search = app.window.search

    async with running(app):
        store_rows(
            app,
            "INSERT INTO contacts (uid, first_name, last_name, notes, change_seq, created_at,"
            " updated_at) VALUES ('pct', 'Sconto', '50% Rossi', '', 0, :t, :t),"
            " ('usc', 'Under', 'Score_Bianchi', '', 0, :t, :t)",
            t="2026-01-01 00:00:00",
        )
        contacts = store_rows(app, "SELECT count(*) FROM contacts")
        app.window.shortcut_actions["search"].trigger()

        async def find(text: str) -> list[str]:
            search.field.clear()
            if len(text) < 40 and "\x00" not in text:
                qtbot.keyClicks(search.field, text)  # typed
            else:
                search.field.setText(text)  # pasted
            await until(lambda: search.shown_query == search.field.text().strip(), 10)
            return [search.results.item(i).text() for i in range(search.results.count())]

        for query in QUERIES:
            shown = await find(query)
            assert not any("50% Rossi" in hit for hit in shown) or query.startswith("50")
            assert search.status.text()  # "Nothing found." or "N results", never blank
        assert await find("50%") == ["Sconto 50% Rossi"]
        assert await find("score_") == ["Under Score_Bianchi"]
        assert await find("%") == [] and search.status.text() == "Nothing found."
        assert store_rows(app, "SELECT count(*) FROM contacts") == contacts  # nothing dropped
        search.hide()


def paste(qtbot, field, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


async def test_a_huge_pasted_note_is_refused_whole_with_a_message_and_the_longest_is_logged_whole(
    app: AppController, caller_tone: str, qtbot
) -> None:
    page = app.window.screen_pop.caller_page
    start = "Caller asks about the 50% refund: "  # typed (QTest types ASCII only)
    # Up to the limit exactly: text beyond the BMP (emoji) counts one character each.
    filler = ("Rimborso 😀 مرحبا è\n" * (MAX_TEXT_CHARS // 10))[: MAX_TEXT_CHARS - len(start) - 1]

    async with running(app, timeout=100):
        e164, _name, _number, _topic, _subject = caller_with_open_ticket(app)
        caller = peer(caller_tone, e164, "caller")
        try:
            call_id, _pop = await ring(app, caller, {})
            click(qtbot, app.window.incoming.answer_button)
            await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
            qtbot.keyClicks(page.note, start)
            assert not page.note_problem.isVisible()
            for size in (1_000_000, 10_000_000):  # refused whole: the note is as it was
                paste(qtbot, page.note, "x" * size)
                assert page.note.toPlainText() == start
                assert page.note_problem.isVisible()
                said = page.note_problem.text()  # numbers as the agent's locale writes them
                assert f"at most {page.locale().toString(MAX_TEXT_CHARS)} characters" in said
                assert f"make it {page.locale().toString(len(start) + size)}." in said
            paste(qtbot, page.note, filler)  # fits: taken, and the message goes
            assert page.note.toPlainText() == start + filler
            assert not page.note_problem.isVisible()
            qtbot.keyClicks(page.note, "!")  # the last character the note can hold
            assert len(page.note.toPlainText()) == MAX_TEXT_CHARS
            qtbot.keyClicks(page.note, "?")  # one more: refused, said
            assert len(page.note.toPlainText()) == MAX_TEXT_CHARS
            assert page.note_problem.isVisible()
            caller.command("hangup", call_id=call_id)
            await disconnected(caller, call_id)
            await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, timeout=10)
        finally:
            caller.close()

        def logged() -> list[str]:
            rows = store_rows(
                app, "SELECT body FROM interactions WHERE body LIKE :s", s=start + "%"
            )
            return [body for (body,) in rows]

        await until(lambda: bool(logged()), 15)
        (body,) = logged()
        assert body == start + filler + "!"  # every character, nothing cut
        await until(lambda: app.session.sync.local.drafts() == [])  # logged: the draft goes
        assert app.session.sync.local.rejected() == []
