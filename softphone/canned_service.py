"""Canned answers on the agent's desk: the panel, the note fields and the store, wired together.

The answers come from the local cache (every agent keeps all of them, so the panel works with the
store away) and are rebuilt into a search index off the Qt thread whenever the feed brings a
change (a supervisor's edit reaches every panel without a restart). Searching runs on the Qt
thread, per keystroke: the index is built for that. The call on screen decides the languages
(the caller's first, then the agent's) and the values of the placeholders; an answer used
(inserted, copied, expanded) is counted through the outbox.
"""

from __future__ import annotations

import asyncio
import logging
import re
import unicodedata
import uuid
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from crm.canned import CannedAnswer, CannedGroup, CannedIndex
from crm.canned_store import check_answer, hours_for
from crm.placeholders import fill
from crm.write_context import WriteRejected
from softphone.settings import UI_LANGUAGES
from softphone.sync_service import SyncService
from ui.canned_answers import CannedAnswersPanel
from ui.canned_editor import CannedAnswerEditor, CannedAnswerForm
from ui.formatting import language_name
from ui.text_insert import NoteFields, ShortcutExpander
from ui.viewmodels import CallerPop, CannedAnswerRow, CannedPreview

log = logging.getLogger(__name__)

RELOAD_DELAY_MS = 200  # edits arrive in bursts (one save touches every translation)
RESULTS = 50


def hours_text(intervals: Sequence[tuple[int, str, str]], language: str) -> str:
    """'Monday–Friday 08:00–20:00; Saturday 08:00–14:00' in the answer's language."""
    locale = QLocale(language)
    # In a right-to-left text a time span is still read left to right: isolate it, or the bidi
    # algorithm shows "09:00–14:00" as "14:00–09:00".
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    start, end = ("\u2066", "\u2069") if rtl else ("", "")
    by_day: dict[int, list[str]] = {}
    for day, opens, closes in sorted(intervals):
        span = f"{start}{opens}–{'24:00' if closes == '00:00' else closes}{end}"
        by_day.setdefault(day, []).append(span)
    runs: list[tuple[int, int, str]] = []
    for day in sorted(by_day):
        spans = ", ".join(by_day[day])
        if runs and runs[-1][1] == day - 1 and runs[-1][2] == spans:
            runs[-1] = (runs[-1][0], day, spans)
        else:
            runs.append((day, day, spans))

    def name(day: int) -> str:
        return locale.dayName(day + 1, QLocale.FormatType.LongFormat)  # Qt: 1 is Monday

    parts = [
        f"{name(first)}–{name(last)} {spans}" if last > first else f"{name(first)} {spans}"
        for first, last, spans in runs
    ]
    return "; ".join(parts)


def _new_key(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_title.lower()).strip("_")[:40]
    return f"{slug or 'answer'}_{uuid.uuid4().hex[:6]}"


class CannedService(QObject):
    index_ready = Signal()  # a (re)built index is in use

    def __init__(
        self,
        sync: SyncService,
        panel: CannedAnswersPanel,
        fields: NoteFields,
        *,
        spawn: Callable[[Coroutine[Any, Any, Any]], object],
        agent_name: str,
        agent_languages: Sequence[str],
        supervisor: bool,
        topic_names: dict[str, dict[str, str]],
        ui_language: str,
        attached_ticket: Callable[[], str] = str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._panel = panel
        self._fields = fields
        self._spawn = spawn
        self._agent_name = agent_name
        self._agent_languages = [lang for lang in agent_languages if lang]
        self._supervisor = supervisor
        self._topic_names = topic_names
        self._ui_language = ui_language
        self.index = CannedIndex([], self._agent_languages)
        self._hours: dict[str, Any] = {}
        self._pop: CallerPop | None = None
        self._attached_ticket = attached_ticket
        self._topic: str | None = None
        self._caller_language = ""
        self._category = ""  # the topic the agent chose to list ("" for all)
        self._loading: asyncio.Future[Any] | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.expander = ShortcutExpander(self.expand, self)
        self.expander.expanded.connect(self._on_expander_expanded)
        panel.set_supervisor(supervisor)
        panel.query_changed.connect(self._on_panel_query_changed)
        panel.topic_changed.connect(self._on_panel_topic_changed)
        panel.chosen.connect(self._on_panel_chosen)
        panel.language_requested.connect(self._on_panel_language_requested)
        panel.insert_requested.connect(self._on_panel_insert_requested)
        panel.copy_requested.connect(self._on_panel_copy_requested)
        panel.edit_requested.connect(self._on_panel_edit_requested)
        panel.retire_requested.connect(self._on_panel_retire_requested)
        sync.data_changed.connect(self._on_sync_data_changed)
        fields.field_found.connect(self.expander.watch)  # a script's text answer, say
        for known in fields.fields:
            self.expander.watch(known)
        self.editor: CannedAnswerEditor | None = None
        self._stopped = False

    def watch(self, field: Any) -> None:
        """A note field: answers are inserted into it, and `::shortcuts` expand in it."""
        self._fields.add(field)
        self.expander.watch(field)

    def stop(self) -> None:
        """The app is closing, or the store changes: no reload any more (the feed stops)."""
        self._stopped = True
        self._reload_timer.stop()

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        if not self._stopped:
            self._spawn(self._load())

    async def _load(self) -> None:
        rows = await self._sync.cached_rows("canned_answers")
        if not self._hours:
            try:
                self._hours = await self._sync.service_hours()
            except Exception:  # the panel works without the hours: the gap is shown
                log.exception("service hours could not be read")
        preferred = self.preferred_languages()
        loop = asyncio.get_running_loop()
        index = await loop.run_in_executor(
            None, lambda: CannedIndex((CannedAnswer.from_row(r) for r in rows), preferred)
        )
        index.set_languages(self.preferred_languages())  # a call may have come meanwhile
        self.index = index
        self._panel.set_topics([item for item in self._topics() if item[0] in index.topics()])
        self._show_results()
        self.index_ready.emit()

    def _on_sync_data_changed(self, tables: set[str]) -> None:
        if "canned_answers" in tables and not self._stopped:
            self._reload_timer.start()

    # -- the call ------------------------------------------------------------------------------

    def preferred_languages(self) -> list[str]:
        ordered = dict.fromkeys([self._caller_language, *self._agent_languages])
        return [lang for lang in ordered if lang]

    def set_call(self, pop: CallerPop | None) -> None:
        """The card on screen (None: no call): its caller's language and names fill answers."""
        language, topic = "", None
        if pop is not None:
            card = pop.cards[0] if len(pop.cards) == 1 else None
            language = pop.ivr_language or (card.language if card else "")
            topic = next(
                (code for code, names in self._topic_names.items()
                 if pop.ivr_topic and pop.ivr_topic in names.values()),
                None,
            )  # fmt: skip
        self._pop = pop
        self._topic = topic
        self._caller_language = language
        self.index.set_languages(self.preferred_languages())
        self._show_results()

    def _call_values(self) -> dict[str, object]:
        """What the card on screen knows: the caller's names, the ticket the call is on."""
        pop = self._pop
        if pop is None or len(pop.cards) != 1:
            return {}  # nobody, or a shared number whose caller is not chosen: gaps, no guess
        card = pop.cards[0]
        values: dict[str, object] = {
            "first_name": card.first_name,
            "last_name": card.last_name,
            "caller_name": card.name,
        }
        ticket_uid = self._attached_ticket()
        ticket = next((t for t in card.tickets if t.uid == ticket_uid), None) or card.duplicate
        if ticket is not None:
            values.update(ticket_number=ticket.number, ticket_subject=ticket.subject)
        return values

    # -- the panel -----------------------------------------------------------------------------

    def _on_panel_query_changed(self, _text: str) -> None:
        self._show_results()

    def _on_panel_topic_changed(self, topic: str) -> None:
        self._category = topic
        self._show_results()

    def _show_results(self) -> None:
        hits = self.index.search(self._panel.search.text(), RESULTS, self._category or None)
        self._panel.set_results(
            [
                CannedAnswerRow(
                    key=h.group.key, title=h.answer.title, language=h.answer.language,
                    shortcut=h.group.shortcut,
                )
                for h in hits
            ]
        )  # fmt: skip

    def preview(self, group: CannedGroup, language: str) -> CannedPreview:
        answer = group.translations.get(language) or group.in_language(self.index.preferred)
        values = self._call_values()
        values["agent_name"] = self._agent_name
        values["today"] = QLocale(answer.language).toString(
            QDate.currentDate(), QLocale.FormatType.LongFormat
        )
        topic = self._topic or group.topic_code
        if topic:
            names = self._topic_names.get(topic, {})
            values["topic"] = names.get(answer.language) or names.get("en") or ""
        hours = hours_for(self._hours, topic, answer.language) if self._hours else None
        if hours is not None:
            values["service_hours"] = hours_text(hours[1], answer.language)
        filled = fill(answer.body, values)
        return CannedPreview(
            key=group.key, answer_id=answer.id, language=answer.language, title=answer.title,
            text=filled.text, gaps=tuple((g.start, g.end, g.name) for g in filled.gaps),
            languages=tuple(group.languages(self.index.preferred)),
        )  # fmt: skip

    def _on_panel_chosen(self, key: str, language: str) -> None:
        group = self.index.group(key)
        self._panel.show_preview(None if group is None else self.preview(group, language))

    def _on_panel_language_requested(self, key: str, step: int) -> None:
        group = self.index.group(key)
        current = self._panel.current
        if group is None or current is None:
            return
        languages = group.languages(self.index.preferred)
        position = languages.index(current.language) if current.language in languages else 0
        language = languages[(position + step) % len(languages)]
        self._panel.show_preview(self.preview(group, language))

    def _on_panel_insert_requested(self, preview: CannedPreview) -> None:
        if self._fields.insert(preview):
            self._count_use(preview)
            self._panel.say(self.tr("Inserted into the note."))
        else:
            QGuiApplication.clipboard().setText(preview.text)
            self._count_use(preview)
            self._panel.say(self.tr("No note is open: the answer was copied instead."))

    def _on_panel_copy_requested(self, preview: CannedPreview) -> None:
        QGuiApplication.clipboard().setText(preview.text)
        self._count_use(preview)
        self._panel.say(self.tr("Copied to the clipboard."))

    def expand(self, shortcut: str) -> CannedPreview | None:
        """The answer a `::shortcut` typed in a note stands for, filled for this call."""
        group = self.index.by_shortcut(shortcut)
        if group is None:
            return None
        return self.preview(group, group.in_language(self.index.preferred).language)

    def _on_expander_expanded(self, preview: CannedPreview) -> None:
        self._count_use(preview)
        if preview.gaps:
            names = ", ".join(
                dict.fromkeys(self._panel.placeholder_label(g[2]) for g in preview.gaps)
            )
            self._panel.say(
                self.tr("%1 inserted; not filled in: %2 (selected in the note).")
                .replace("%1", preview.title)
                .replace("%2", names)
            )

    def _count_use(self, preview: CannedPreview) -> None:
        self._spawn(self._sync.write("canned.use", {"answer_id": preview.answer_id}))

    # -- supervisors ---------------------------------------------------------------------------

    def _languages(self) -> list[tuple[str, str]]:
        return [(code, language_name(code)) for code in UI_LANGUAGES]

    def _topics(self) -> list[tuple[str, str]]:
        label = self._ui_language
        return sorted(
            ((code, names.get(label) or names.get("en") or code)
             for code, names in self._topic_names.items()),
            key=lambda item: item[1],
        )  # fmt: skip

    def _on_panel_edit_requested(self, key: str) -> None:
        if not self._supervisor:
            return
        group = self.index.group(key) if key else None
        current = self._panel.current
        if group is not None and current is not None:
            answer = group.translations[current.language]
            form = CannedAnswerForm(
                group_key=group.key, language=answer.language, title=answer.title,
                body=answer.body, shortcut=group.shortcut, tags=list(answer.tags),
                topic_code=group.topic_code or "",
            )  # fmt: skip
        else:
            form = CannedAnswerForm(language=self._ui_language or "en")
        self.editor = CannedAnswerEditor(
            form, languages=self._languages(), topics=self._topics(), check=self.check,
            parent=self._panel.window(),
        )  # fmt: skip
        self.editor.accepted.connect(lambda: self._save(self.editor.form()))
        self.editor.open()

    def check(self, form: CannedAnswerForm) -> str:
        """Why the store would refuse this answer ("" if it would not), said in the editor."""
        try:
            check_answer({**vars(form), "group_key": form.group_key or "new"})
        except WriteRejected as exc:
            return str(exc)
        owner = self.index.shortcut_owner(form.shortcut) if form.shortcut else None
        if owner is not None and owner != form.group_key:
            return self.tr("The shortcut %1 is already used by another answer.").replace(
                "%1", form.shortcut
            )
        return ""

    def _save(self, form: CannedAnswerForm) -> None:
        payload = {**vars(form), "group_key": form.group_key or _new_key(form.title)}
        self._spawn(self._sync.write("canned.save", payload))
        self._panel.say(self.tr("Saved; it reaches every agent's panel in a moment."))

    def _on_panel_retire_requested(self, key: str) -> None:
        if self._supervisor and key:
            self._spawn(self._sync.write("canned.retire", {"group_key": key}))
            self._panel.say(self.tr("Retired: it leaves every agent's panel."))
