"""The canned-answer panel: the right text, in the caller's language, in two keystrokes.

Typing in the search asks for results on every keystroke (`query_changed`); the arrows move
through them without leaving the search; Enter inserts the answer at the cursor of the note
(`insert_requested`), Ctrl+Enter copies it (`copy_requested`), Alt+Right / Alt+Left switch the
same answer to its next / previous language (`language_requested`). The application searches and
fills the placeholders; this panel only shows what it is handed.

An answer whose placeholders could not all be filled shows each gap highlighted and says which
values are missing; the first Enter (or click) on such an answer only warns, the second inserts
it with the gaps marked. Everything shown came from outside and is plain text; Arabic is laid out
right to left.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import buddy, readable, set_name
from ui.formatting import language_name
from ui.i18n import RTL_LANGUAGES
from ui.retranslating import Retranslating
from ui.table_model import RowsModel
from ui.text_insert import utf16_offset
from ui.viewmodels import CannedAnswerRow, CannedPreview

GAP_BACKGROUND = QColor("#ffe08a")


def is_rtl(language: str) -> bool:
    return language.split("-")[0].lower() in RTL_LANGUAGES


class CannedAnswersPanel(Retranslating, QWidget):
    query_changed = Signal(str)
    topic_changed = Signal(str)  # the category to list ("" for all)
    chosen = Signal(str, str)  # group key, language: show this answer in this language
    language_requested = Signal(str, int)  # group key, +1 next language / -1 previous
    insert_requested = Signal(object)  # CannedPreview, into the note at its cursor
    copy_requested = Signal(object)  # CannedPreview, to the clipboard
    edit_requested = Signal(str)  # group key ("" for a new answer); supervisors only
    retire_requested = Signal(str)  # group key; supervisors only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cannedAnswers")
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("cannedSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.query_changed)
        self.search.installEventFilter(self)
        self.topic = QComboBox()
        self.topic.setObjectName("cannedTopic")
        self.topic.addItem("", "")
        self.topic.currentIndexChanged.connect(
            lambda _i: self.topic_changed.emit(str(self.topic.currentData() or ""))
        )
        self.model = RowsModel(
            [lambda a: a.title, lambda a: language_name(a.language), lambda a: a.shortcut]
        )
        self.view = QTableView()
        self.view.setObjectName("cannedTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table (the arrows move in it): no focus trap for keyboard users.
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        # Fixed widths: sizing columns to their contents reads every cell again on each
        # keystroke's new results (milliseconds the agent would feel).
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        em = self.fontMetrics().horizontalAdvance("M")
        header.resizeSection(1, 8 * em)
        header.resizeSection(2, 7 * em)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        self.view.doubleClicked.connect(lambda _index: self._insert())
        self.view.installEventFilter(self)

        self.language_label = QLabel()
        self.language_label.setObjectName("cannedLanguageLabel")
        self.language_label.setTextFormat(Qt.TextFormat.PlainText)
        self.language = QComboBox()
        self.language.setObjectName("cannedLanguage")
        self.language.activated.connect(self._on_language_activated)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language, 1)

        self.preview = QPlainTextEdit()  # plain text: answer bodies are never rendered as HTML
        self.preview.setObjectName("cannedPreview")
        self.preview.setReadOnly(True)
        self.gaps_label = QLabel()
        self.gaps_label.setObjectName("cannedGaps")
        self.gaps_label.setTextFormat(Qt.TextFormat.PlainText)
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setStyleSheet("color: #8a5300; font-weight: 600;")
        self.gaps_label.hide()

        self.insert_button = QPushButton()
        self.insert_button.setObjectName("cannedInsert")
        self.insert_button.clicked.connect(self._insert)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("cannedCopy")
        self.copy_button.clicked.connect(self._copy)
        self.new_button = QPushButton()
        self.new_button.setObjectName("cannedNew")
        self.new_button.clicked.connect(lambda: self.edit_requested.emit(""))
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("cannedEdit")
        self.edit_button.clicked.connect(self._edit)
        self.retire_button = QPushButton()
        self.retire_button.setObjectName("cannedRetire")
        self.retire_button.clicked.connect(self._retire)
        actions = QHBoxLayout()
        actions.addWidget(self.insert_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        for button in (self.new_button, self.edit_button, self.retire_button):
            actions.addWidget(button)
        self.set_supervisor(False)

        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addLayout(language_row)
        below_layout.addWidget(self.preview, 1)
        below_layout.addWidget(self.gaps_label)
        below_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(below)
        splitter.setSizes([260, 240])
        layout.addWidget(self.search)
        layout.addWidget(self.topic)
        layout.addWidget(splitter, 1)

        self.current: CannedPreview | None = None
        self._armed = False  # Enter pressed once on an answer with gaps: the next one inserts
        self.status = QLabel()  # what the last action did ("copied", "no note open")
        self.status.setObjectName("cannedStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        readable(self.gaps_label)
        self._retranslate()

    # -- what the application hands over ------------------------------------------------------

    def set_topics(self, topics: list[tuple[str, str]]) -> None:
        """The categories to choose from: (topic code, label), already in display order."""
        current = str(self.topic.currentData() or "")
        self.topic.blockSignals(True)
        while self.topic.count() > 1:
            self.topic.removeItem(1)
        for code, label in topics:
            self.topic.addItem(label, code)
        self.topic.setCurrentIndex(max(0, self.topic.findData(current)))
        self.topic.blockSignals(False)

    def set_supervisor(self, supervisor: bool) -> None:
        for button in (self.new_button, self.edit_button, self.retire_button):
            button.setVisible(supervisor)

    def set_results(self, rows: tuple[CannedAnswerRow, ...] | list[CannedAnswerRow]) -> None:
        """The answers for what is typed, best first; the best one is selected (Enter takes
        it), which asks for its preview."""
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        else:
            self.show_preview(None)

    def show_preview(self, preview: CannedPreview | None) -> None:
        self.current = preview
        self._armed = False
        self.status.clear()
        self.language.clear()
        if preview is None:
            self.preview.clear()
            self.preview.setExtraSelections([])
            self.gaps_label.hide()
            self._update_actions()
            return
        for code in preview.languages:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(preview.language)))
        rtl = is_rtl(preview.language)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.preview.setLayoutDirection(direction)
        option = self.preview.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.preview.document().setDefaultTextOption(option)
        self.preview.setPlainText(preview.text)
        highlights = []
        for start, end, _name in preview.gaps:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.preview.document())
            cursor.setPosition(utf16_offset(preview.text, start))
            cursor.setPosition(utf16_offset(preview.text, end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(GAP_BACKGROUND)
            fmt.setFontWeight(700)
            selection.format = fmt
            highlights.append(selection)
        self.preview.setExtraSelections(highlights)
        self._show_gaps()
        self._update_actions()

    def say(self, text: str) -> None:
        self.status.setText(text)

    # -- the agent's keys and clicks ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(event)
        return super().eventFilter(watched, event)

    def _on_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = Qt.KeyboardModifier.AltModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._move({Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                        Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[Qt.Key(key)])  # fmt: skip
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & ctrl:
                self._copy()
            else:
                self._insert()
            return True
        if mods & alt and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            if self.current is not None:
                step = 1 if key == Qt.Key.Key_Right else -1
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    step = -step  # the arrow points the way the languages are laid out
                self.language_requested.emit(self.current.key, step)
            return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        return False

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = self.view.currentIndex().row()
        self.view.selectRow(min(count - 1, max(0, (row if row >= 0 else 0) + step)))

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row: CannedAnswerRow = self.model.row(current.row())
        self.chosen.emit(row.key, row.language)

    def _on_language_activated(self, index: int) -> None:
        if self.current is not None and index >= 0:
            self.chosen.emit(self.current.key, str(self.language.itemData(index)))

    def _insert(self) -> None:
        preview = self.current
        if preview is None:
            return
        if preview.gaps and not self._armed:
            self._armed = True  # the agent has seen the gaps named; the next Enter inserts
            self._show_gaps()
            self._update_actions()
            return
        self._armed = False
        self.insert_requested.emit(preview)
        self._update_actions()

    def _copy(self) -> None:
        if self.current is not None:
            self.copy_requested.emit(self.current)

    def _edit(self) -> None:
        if self.current is not None:
            self.edit_requested.emit(self.current.key)

    def _retire(self) -> None:
        if self.current is not None:
            self.retire_requested.emit(self.current.key)

    def _show_gaps(self) -> None:
        preview = self.current
        if preview is None or not preview.gaps:
            self.gaps_label.hide()
            return
        names = ", ".join(dict.fromkeys(self.placeholder_label(g[2]) for g in preview.gaps))
        text = self.tr("Not filled in: %1. The gaps are highlighted.").replace("%1", names)
        if self._armed:
            text += " " + self.tr("Press Enter again to insert it with the gaps marked.")
        self.gaps_label.setText(text)
        self.gaps_label.show()

    def _update_actions(self) -> None:
        has = self.current is not None
        for button in (self.insert_button, self.copy_button, self.edit_button, self.retire_button):
            button.setEnabled(has)
        self.insert_button.setText(
            self.tr("Insert with gaps") if self._armed else self.tr("Insert")
        )

    def placeholder_label(self, name: str) -> str:
        labels = {
            "first_name": self.tr("first name"),
            "last_name": self.tr("last name"),
            "caller_name": self.tr("caller's name"),
            "agent_name": self.tr("your name"),
            "ticket_number": self.tr("ticket number"),
            "ticket_subject": self.tr("ticket subject"),
            "service_hours": self.tr("service hours"),
            "today": self.tr("today's date"),
            "topic": self.tr("topic"),
        }
        return labels.get(name, name)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: title, text, tag or ::shortcut"))
        self.topic.setItemText(0, self.tr("All topics"))
        self.model.set_headers([self.tr("Answer"), self.tr("Language"), self.tr("Shortcut")])
        self.language_label.setText(self.tr("Language (Alt+←/→):"))
        buddy(self.language_label, self.language)
        set_name(
            self.search,
            self.tr("Search canned answers"),
            self.tr("Title, text, tag or two colons and a shortcut; Enter inserts the answer"),
        )
        set_name(self.topic, self.tr("Topic"))
        set_name(self.view, self.tr("Canned answers"))
        set_name(self.preview, self.tr("Answer text"))
        set_name(self.retire_button, self.tr("Retire"), self.tr("Withdraw the answer from use"))
        self.copy_button.setText(self.tr("Copy"))
        self.new_button.setText(self.tr("New"))
        self.edit_button.setText(self.tr("Edit"))
        self.retire_button.setText(self.tr("Retire"))
        self._update_actions()
        self._show_gaps()
