"""The caller's card: who is calling, what the IVR learned, their tickets and history, a note.

What goes into its lists and lines is written by ui.caller_card_text.

Everything here came from outside (names, notes, subjects, bodies): it is shown as plain text.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import buddy, readable, set_name
from ui.announcer import announce
from ui.caller_card_text import fill_history, fill_tickets, ivr_text, spoken_summary
from ui.formatting import language_name
from ui.retranslating import Retranslating
from ui.text import LimitedPlainTextEdit, keep_labels_whole, plain_label
from ui.text_insert import mark_note_field
from ui.ticket_dialogs import NewContactDialog, NewTicketDialog
from ui.viewmodels import CallerCard, CallerPop, FollowUp


class CallerCardPage(Retranslating, QWidget):
    note_changed = Signal(str)  # the agent typed in the call's note
    attach_requested = Signal(str)  # ticket uid: put this call on that ticket
    contact_chosen = Signal(str)  # contact uid, when the number belongs to several
    ticket_create = Signal(str, str, str)  # subject, topic code, language: a ticket from the call
    reopen_requested = Signal(str)  # ticket uid of a closed ticket
    contact_create = Signal(str, str, str, str)  # first name, last name, language, e-mail
    closed = Signal()  # the agent closed a card opened by search
    search_requested = Signal()  # an unknown number: look the caller up by name, e-mail...

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callerCard")
        self._pop: CallerPop | None = None
        self._attached = ""

        self.title = plain_label()
        self.title.setObjectName("callerName")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.number = plain_label()
        self.source = plain_label(wrap=True)
        self.source.setObjectName("popSource")
        self.chooser = QComboBox()
        self.chooser.setObjectName("contactChooser")
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self.ivr = plain_label(wrap=True)
        self.ivr.setObjectName("ivrInfo")
        self.details = plain_label(wrap=True)
        self.details.setObjectName("callerDetails")
        self.attached_label = plain_label(wrap=True)
        self.attached_label.setObjectName("attachedTicket")
        self.attached_label.hide()

        self.duplicate = QFrame()
        self.duplicate.setObjectName("duplicateWarning")
        self.duplicate.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_text = plain_label(wrap=True)
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self._on_attach)
        row = QHBoxLayout(self.duplicate)
        row.addWidget(self.duplicate_text, 1)
        row.addWidget(self.attach_button)

        self.tickets = QTreeWidget()
        self.tickets.setObjectName("callerTickets")
        self.tickets.setRootIsDecorated(False)
        self.tickets.setColumnCount(5)
        self.history = QTreeWidget()
        self.history.setObjectName("callerHistory")
        self.history.setColumnCount(4)
        for tree in (self.tickets, self.history):
            tree.setAlternatingRowColors(True)
            tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            tree.header().setStretchLastSection(False)
        # The text columns take the room left (cheap: Stretch does not measure the cells).
        self.tickets.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        # Wrap-up: what came of the call (the codes for its topic, and the general ones).
        self.wrap_up = QWidget()
        self.wrap_up.setObjectName("wrapUp")
        self.outcome_label = plain_label()
        self.disposition = QComboBox()
        self.disposition.setObjectName("dispositionChoice")
        # The follow-up: call the caller back at a time, or forward the ticket to a back office.
        self.follow_up_label = plain_label()
        self.follow_up = QComboBox()
        self.follow_up.setObjectName("followUpChoice")
        self.callback_at = QDateTimeEdit()
        self.callback_at.setObjectName("callbackAt")
        self.callback_at.setCalendarPopup(True)
        self.back_office = QComboBox()
        self.back_office.setObjectName("backOfficeChoice")
        self.follow_up.currentIndexChanged.connect(self._show_follow_up)
        wrap_up = QVBoxLayout(self.wrap_up)
        wrap_up.setContentsMargins(0, 0, 0, 0)
        outcome = QHBoxLayout()
        outcome.addWidget(self.outcome_label)
        outcome.addWidget(self.disposition, 1)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_label)
        follow.addWidget(self.follow_up)
        follow.addWidget(self.callback_at)
        follow.addWidget(self.back_office, 1)
        follow.addStretch(0)
        wrap_up.addLayout(outcome)
        wrap_up.addLayout(follow)
        self._back_offices: list[tuple[str, str]] = []
        self._can_call_back = False
        self.wrap_up.hide()

        # What the agent does with the call: a new ticket, this ticket, reopen; a new contact.
        self.new_ticket_button = QPushButton()
        self.new_ticket_button.setObjectName("newTicketButton")
        self.new_ticket_button.clicked.connect(self._on_new_ticket)
        self.attach_selected_button = QPushButton()
        self.attach_selected_button.setObjectName("attachSelectedButton")
        self.attach_selected_button.clicked.connect(self._on_attach_selected)
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self._on_reopen)
        self.create_contact_button = QPushButton()
        self.create_contact_button.setObjectName("createContactButton")
        self.create_contact_button.clicked.connect(self._on_create_contact)
        self.search_button = QPushButton()
        self.search_button.setObjectName("searchButton")
        self.search_button.clicked.connect(self.search_requested.emit)
        self.tickets.itemSelectionChanged.connect(self._update_actions)
        # Two buttons a row: with three, the labels of the longer languages (Spanish, Russian)
        # made the card so wide that the window no longer fitted a 1280-pixel screen.
        self.actions = QGridLayout()
        for index, button in enumerate(
            (
                self.new_ticket_button,
                self.attach_selected_button,
                self.reopen_button,
                self.create_contact_button,
                self.search_button,
            )
        ):
            self.actions.addWidget(button, index // 2, index % 2)
        self.actions.setColumnStretch(2, 1)
        self._topics: list[tuple[str, str]] = []
        self._languages: list[tuple[str, str]] = []

        # The store's limit on a note is set by the app: an edit past it is refused, and said so.
        self.note = LimitedPlainTextEdit()
        self.note.setObjectName("callNote")
        self.note.setTabChangesFocus(True)  # Tab leaves the note: no trap for the keyboard
        mark_note_field(self.note)
        self.note.textChanged.connect(lambda: self.note_changed.emit(self.note.toPlainText()))
        # The store's limit on a note (set by the app): an edit past it is refused, and said so.
        self.note.refused.connect(self._on_note_refused)
        self.note_problem = plain_label(wrap=True)
        self.note_problem.setObjectName("noteProblem")
        self.note_problem.hide()
        self._refused_length = 0

        # The language to speak, where the eye lands first: the IVR's choice, else the contact's.
        self.language_badge = plain_label()
        self.language_badge.setObjectName("callerLanguage")
        self.language_badge.setStyleSheet(
            "QLabel#callerLanguage { background: #1a73e8; color: white; font-weight: 600;"
            " border-radius: 8px; padding: 2px 8px; }"
        )
        self.language_badge.hide()
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.language_badge)
        head.addWidget(self.number)
        head.addStretch(1)
        head.addWidget(self.chooser)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeCard")
        self.close_button.clicked.connect(self.closed.emit)
        head.addWidget(self.close_button)
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(self.tickets)
        lists.addWidget(self.history)
        lists.addWidget(self.note)
        for index, factor in enumerate((2, 3, 1)):  # tickets, history, note
            lists.setStretchFactor(index, factor)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.source)
        layout.addWidget(self.ivr)
        layout.addWidget(self.details)
        layout.addWidget(self.duplicate)
        layout.addWidget(self.wrap_up)
        layout.addWidget(self.attached_label)
        layout.addLayout(self.actions)
        layout.addWidget(lists, 1)
        layout.addWidget(self.note_problem)
        for label in (
            self.title,
            self.ivr,
            self.details,
            self.duplicate_text,
            self.source,
            self.attached_label,
            self.note_problem,
        ):
            readable(label)  # fmt: skip
        self._retranslate()

    def sections(self) -> list[QWidget]:
        """The card's parts in reading order, as the section key visits them."""
        parts: list[QWidget] = [
            self.title, self.ivr, self.duplicate_text, self.details, self.disposition,
            self.tickets, self.history, self.note,
        ]  # fmt: skip
        return [p for p in parts if p.isVisibleTo(self) and p.isEnabled()]

    def next_section(self, step: int = 1) -> QWidget | None:
        """Move the focus to the next (step 1) or previous (-1) part of the card."""
        parts = self.sections()
        if not parts:
            return None
        focus = QApplication.focusWidget()
        here = next(
            (
                i
                for i, p in enumerate(parts)
                if focus is not None and (p is focus or p.isAncestorOf(focus))
            ),
            -1,
        )
        target = parts[(here + step) % len(parts)] if here >= 0 else parts[0 if step > 0 else -1]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target

    # -- filling -----------------------------------------------------------------------------

    def show_pop(self, pop: CallerPop, note: str = "") -> None:
        """Show a call's card; the same call again (fresh data) keeps the agent's choices."""
        refresh = self._pop is not None and self._pop.call_id == pop.call_id
        chosen = self.card.uid if refresh and self.card else ""
        self._pop = pop
        if not refresh and pop.incoming:
            announce(self, spoken_summary(pop))
        if not refresh:
            self._attached = ""
            self.wrap_up.hide()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for card in pop.cards:
            self.chooser.addItem(card.name or card.uid, card.uid)
        if chosen and self.chooser.findData(chosen) >= 0:
            self.chooser.setCurrentIndex(self.chooser.findData(chosen))
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(pop.cards) > 1)
        if self.note.toPlainText() != note:  # never move the cursor of someone typing
            self.note.blockSignals(True)
            self.note.setPlainText(note)
            self.note.blockSignals(False)
        self._retranslate()

    def set_note_limit(self, characters: int) -> None:
        """The longest note the store takes (0: no limit)."""
        self.note.limit = characters

    def _on_note_refused(self, length: int) -> None:
        self._refused_length = length  # 0: an edit within the limit followed
        self._show_note_problem()
        self.note_problem.setVisible(bool(length))

    def _show_note_problem(self) -> None:
        locale = self.locale()
        self.note_problem.setText(
            self.tr(
                "Not added to the note: it can hold at most %1 characters, and this would make "
                "it %2. Nothing was cut: shorten the text and add it again."
            )
            .replace("%1", locale.toString(self.note.limit))
            .replace("%2", locale.toString(self._refused_length))
        )

    def set_choices(self, topics: list[tuple[str, str]], languages: list[tuple[str, str]]) -> None:
        """Topics (code, label) and languages (code, name) offered for a new ticket or contact."""
        self._topics, self._languages = list(topics), list(languages)

    def mark_attached(self, ticket_uid: str) -> None:
        self._attached = ticket_uid
        self._retranslate()

    def selected_ticket(self) -> str:
        items = self.tickets.selectedItems()
        return str(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else ""

    def _selected_closed(self) -> bool:
        card, uid = self.card, self.selected_ticket()
        return bool(card and uid) and any(
            t.uid == uid and t.status == "closed" for t in (card.tickets if card else ())
        )

    @property
    def in_call(self) -> bool:
        """A call's card, or a callback's before it is dialled (False: a contact opened by
        search, which the app shows with call id -1)."""
        return self._pop is not None and self._pop.call_id != -1

    def _update_actions(self) -> None:
        in_call = self.in_call
        for widget in (self.note, self.new_ticket_button, self.attach_selected_button):
            widget.setVisible(in_call)
        self.close_button.setVisible(self._pop is not None and not in_call)
        known = self.card is not None
        self.new_ticket_button.setEnabled(known)
        self.attach_selected_button.setEnabled(known and bool(self.selected_ticket()))
        self.reopen_button.setEnabled(self._selected_closed())
        self.create_contact_button.setVisible(in_call and not known)
        self.search_button.setVisible(in_call and not known)

    def _on_new_ticket(self) -> None:
        pop = self._pop
        if pop is None:
            return
        topic = next((code for code, label in self._topics if label == pop.ivr_topic), "")
        dialog = NewTicketDialog(self._topics, self._languages, topic, pop.ivr_language, self)
        dialog.accepted.connect(lambda: self._ticket_from(dialog))
        self.ticket_dialog = dialog
        dialog.open()

    def _ticket_from(self, dialog: NewTicketDialog) -> None:
        subject, topic, language = dialog.values()
        self.ticket_create.emit(subject, topic, language)

    def _on_attach_selected(self) -> None:
        uid = self.selected_ticket()
        if uid:
            self._attached = uid
            self.attach_requested.emit(uid)
            self._retranslate()

    def _on_reopen(self) -> None:
        if self._selected_closed():
            self.reopen_requested.emit(self.selected_ticket())

    def _on_create_contact(self) -> None:
        pop = self._pop
        dialog = NewContactDialog(self._languages, pop.ivr_language if pop else "", self)
        dialog.accepted.connect(lambda: self.contact_create.emit(*dialog.values()))
        self.contact_dialog = dialog
        dialog.open()

    def set_back_offices(self, offices: list[tuple[str, str]]) -> None:
        """The back offices a ticket can be forwarded to: (code, name in the agent's language)."""
        self._back_offices = list(offices)

    def show_wrap_up(self, outcomes: list[tuple[str, str]], *, can_call_back: bool = True) -> None:
        """The call ended: offer its outcomes (code, label) and a follow-up; the note stays
        editable. No callback is offered for a caller without a number to call."""
        self.disposition.clear()
        self.disposition.addItem(self.tr("(choose the outcome)"), "")
        for code, label in outcomes:
            self.disposition.addItem(label, code)
        self._can_call_back = can_call_back
        self.back_office.clear()
        for code, name in self._back_offices:
            self.back_office.addItem(name, code)
        # A sensible time to offer: the next half hour, an hour from now.
        soon = datetime.now().astimezone() + timedelta(hours=1)
        soon = soon.replace(second=0, microsecond=0) + timedelta(minutes=(30 - soon.minute % 30))
        self.callback_at.setMinimumDateTime(QDateTime.currentDateTime())
        self.callback_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(soon.timestamp())))
        self._fill_follow_up()
        self.follow_up.setCurrentIndex(0)
        self._show_follow_up()
        self.wrap_up.show()

    def _fill_follow_up(self) -> None:
        chosen = self.follow_up.currentData()
        self.follow_up.blockSignals(True)
        self.follow_up.clear()
        self.follow_up.addItem(self.tr("None"), "none")
        if self._can_call_back:
            self.follow_up.addItem(self.tr("Call the caller back at…"), "callback")
        if self._back_offices:
            self.follow_up.addItem(self.tr("Forward the ticket to a back office"), "back_office")
        self.follow_up.setCurrentIndex(max(0, self.follow_up.findData(chosen)))
        self.follow_up.blockSignals(False)

    def _show_follow_up(self) -> None:
        kind = self.follow_up.currentData()
        self.callback_at.setVisible(kind == "callback")
        self.back_office.setVisible(kind == "back_office")

    @property
    def chosen_disposition(self) -> str:
        return str(self.disposition.currentData() or "") if self.wrap_up.isVisible() else ""

    @property
    def chosen_follow_up(self) -> FollowUp:
        kind = str(self.follow_up.currentData() or "none") if self.wrap_up.isVisible() else "none"
        if kind == "callback":
            at = datetime.fromtimestamp(self.callback_at.dateTime().toSecsSinceEpoch(), UTC)
            return FollowUp(kind, callback_at=at)
        if kind == "back_office" and self.back_office.currentData():
            return FollowUp(kind, back_office=str(self.back_office.currentData()))
        return FollowUp()

    @property
    def card(self) -> CallerCard | None:
        if self._pop is None or not self._pop.cards:
            return None
        index = max(0, self.chooser.currentIndex())
        return self._pop.cards[min(index, len(self._pop.cards) - 1)]

    @property
    def attached_ticket(self) -> str:
        return self._attached

    def _on_chosen(self, _index: int) -> None:
        self._attached = ""
        self._retranslate()
        card = self.card
        if card is not None:
            self.contact_chosen.emit(card.uid)

    def _on_attach(self) -> None:
        card = self.card
        if card is None or card.duplicate is None:
            return
        self._attached = card.duplicate.uid
        self.attach_requested.emit(card.duplicate.uid)
        self._retranslate()

    # -- text --------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        if self._refused_length:
            self._show_note_problem()
        self.tickets.setHeaderLabels(
            [self.tr("Ticket"), self.tr("Subject"), self.tr("Topic"), self.tr("Status"),
             self.tr("Updated")]
        )  # fmt: skip
        self.history.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Summary"), self.tr("Ticket")]
        )
        self.outcome_label.setText(self.tr("Outcome of the call:"))
        self.follow_up_label.setText(self.tr("Follow-up:"))
        buddy(self.outcome_label, self.disposition)
        buddy(self.follow_up_label, self.follow_up)
        set_name(self.callback_at, self.tr("When to call back"))
        set_name(self.back_office, self.tr("Back office to forward to"))
        set_name(self.chooser, self.tr("Contact"), self.tr("Several contacts have this number"))
        set_name(
            self.tickets,
            self.tr("Tickets"),
            self.tr("The caller's tickets, open ones first"),
        )
        set_name(self.history, self.tr("History"), self.tr("The caller's contacts, newest first"))
        set_name(self.note, self.tr("Call note"), self.tr("Saved as you type"))
        set_name(self.close_button, self.tr("Close the card"))
        self._fill_follow_up()
        self.new_ticket_button.setText(self.tr("New ticket from this call…"))
        self.attach_selected_button.setText(self.tr("Put this call on the selected ticket"))
        self.reopen_button.setText(self.tr("Reopen the selected ticket"))
        self.create_contact_button.setText(self.tr("Create a contact for this number…"))
        self.close_button.setText(self.tr("Close"))
        self.search_button.setText(self.tr("Search by name, e-mail or ticket…"))
        keep_labels_whole(
            self.new_ticket_button, self.attach_selected_button, self.reopen_button,
            self.create_contact_button, self.search_button,
        )  # fmt: skip
        self._update_actions()
        self.note.setPlaceholderText(
            self.tr("Notes on this call: saved as you type, and kept if the app closes.")
        )
        pop = self._pop
        if pop is None:
            return
        self.number.setText(pop.number)
        self.source.setText(
            self.tr("The ticket store is unreachable: this is the local copy.")
            if pop.from_cache
            else ""
        )
        self.source.setVisible(pop.from_cache)
        self.ivr.setText(ivr_text(pop))
        self.ivr.setVisible(bool(pop.ivr_topic or pop.ivr_language or pop.verified))
        card = self.card
        speaks = pop.ivr_language or (card.language if card is not None else "")
        self.language_badge.setText(language_name(speaks))
        self.language_badge.setToolTip(self.tr("The caller's language"))
        self.language_badge.setVisible(bool(speaks))
        if card is None:
            self.title.setText(self.tr("Unknown caller"))
            self.details.setText(self.tr("No contact has this number."))
            attached = next((t for t in pop.call_tickets if t.uid == self._attached), None)
            self.attached_label.setText(
                self.tr("This call goes on ticket %1.").replace("%1", attached.number)
                if attached
                else ""
            )
            self.attached_label.setVisible(attached is not None)
            self.duplicate.hide()
            # A callback request's own ticket, on no contact's card.
            fill_tickets(self.tickets, pop.call_tickets, dict(self._back_offices))
            self.history.clear()
            return
        self.title.setText(card.name)
        attached = next((t for t in card.tickets if t.uid == self._attached), None)
        on_duplicate = (
            attached is not None
            and card.duplicate is not None
            and (card.duplicate.uid == attached.uid)
        )  # the warning box says it already
        if self._attached and attached is None:
            self.attached_label.setText(self.tr("This call goes on the new ticket."))
        elif attached is not None and not on_duplicate:
            self.attached_label.setText(
                self.tr("This call goes on ticket %1.").replace("%1", attached.number)
            )
        else:
            self.attached_label.setText("")
        self.attached_label.setVisible(bool(self.attached_label.text()))
        parts = []
        if card.language:
            parts.append(self.tr("Speaks %1").replace("%1", language_name(card.language)))
        others = [n for n in card.numbers if n != pop.number]
        if others:
            parts.append(self.tr("Other numbers: %1").replace("%1", ", ".join(others)))
        if card.email:
            parts.append(card.email)
        if card.notes:
            parts.append(self.tr("Notes: %1").replace("%1", card.notes))
        self.details.setText("\n".join(parts))
        self._fill_duplicate(card)
        fill_tickets(self.tickets, card.tickets, dict(self._back_offices))
        fill_history(self.history, card)

    def _fill_duplicate(self, card: CallerCard) -> None:
        ticket = card.duplicate
        self.duplicate.setVisible(ticket is not None)
        if ticket is None:
            return
        if self._attached == ticket.uid:
            self.duplicate_text.setText(
                self.tr("This call goes on ticket %1.").replace("%1", ticket.number)
            )
            self.attach_button.hide()
            return
        self.duplicate_text.setText(
            self.tr(
                "Already open on this topic: %1 “%2”. Attach this call instead of a new ticket?"
            )
            .replace("%1", ticket.number)
            .replace("%2", ticket.subject)
        )
        self.attach_button.setText(self.tr("Attach to %1").replace("%1", ticket.number))
        self.attach_button.show()
