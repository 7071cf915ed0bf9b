"""What the caller's card (ui.caller_card) writes into its lists and lines: the tickets, the
history, the IVR's line and what the screen reader says when the card arrives.

The texts keep the card's translation context, "CallerCardPage": they are the card's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ui.formatting import language_name, local_datetime
from ui.labels import direction_label, interaction_kind_label, ticket_status_label
from ui.viewmodels import CallerCard, CallerPop, PopTicket


def spoken_summary(pop: CallerPop) -> str:
    """What the reader says when the card arrives: open tickets and a duplicate warning
    (who is calling and why was said when it rang)."""
    card = pop.cards[0] if len(pop.cards) == 1 else None
    if not pop.cards:
        return QCoreApplication.translate(
            "CallerCardPage", "Caller's card: no contact has this number."
        )
    if card is None:
        contacts = len(pop.cards)  # pyside6-lupdate misses a string whose count is a call
        return QCoreApplication.translate(
            "CallerCardPage", "Caller's card: %Ln contacts have this number.", "", contacts
        )
    open_tickets = sum(1 for t in card.tickets if t.is_open)
    parts = [
        QCoreApplication.translate("CallerCardPage", "Caller's card: %1.").replace("%1", card.name),
        QCoreApplication.translate("CallerCardPage", "%Ln open ticket(s).", "", open_tickets),
    ]
    if card.duplicate is not None:
        parts.append(
            QCoreApplication.translate(
                "CallerCardPage", "Possible duplicate: ticket %1 is already open on this topic."
            ).replace("%1", card.duplicate.number)
        )
    return " ".join(parts)


def ivr_text(pop: CallerPop) -> str:
    """The IVR's line: the topic, the language and how the caller was verified."""
    parts = []
    if pop.ivr_topic:
        parts.append(
            QCoreApplication.translate("CallerCardPage", "Topic: %1").replace("%1", pop.ivr_topic)
        )
    if pop.ivr_language:
        parts.append(
            QCoreApplication.translate("CallerCardPage", "Language: %1").replace(
                "%1", language_name(pop.ivr_language)
            )
        )
    if pop.verified == "pin":
        parts.append(QCoreApplication.translate("CallerCardPage", "Verified by telephone PIN"))
    elif pop.verified:
        parts.append(QCoreApplication.translate("CallerCardPage", "Not verified"))
    return QCoreApplication.translate("CallerCardPage", "IVR: %1").replace("%1", " · ".join(parts))


def fill_tickets(
    tree: QTreeWidget, tickets: tuple[PopTicket, ...], back_offices: dict[str, str]
) -> None:
    """The tickets, one row each (the uid in the first column's data); `back_offices` names
    the office (code -> name) a forwarded ticket waits on."""
    tree.clear()
    for ticket in tickets:
        status = ticket_status_label(ticket.status)
        if ticket.back_office and ticket.is_open:  # waiting on a back office
            office = back_offices.get(ticket.back_office, ticket.back_office)
            status = (
                QCoreApplication.translate("CallerCardPage", "%1 · %2")
                .replace("%1", status)
                .replace("%2", office)
            )
        item = QTreeWidgetItem(
            [
                ticket.number,
                ticket.subject,
                ticket.topic,
                status,
                local_datetime(ticket.updated_at) if ticket.updated_at else "",
            ]
        )
        item.setToolTip(1, ticket.subject)
        item.setData(0, Qt.ItemDataRole.UserRole, ticket.uid)
        tree.addTopLevelItem(item)
    for column in (0, 2, 3, 4):
        tree.resizeColumnToContents(column)


def fill_history(tree: QTreeWidget, card: CallerCard) -> None:
    """The contact's history, newest first, each entry expandable to its whole text."""
    tree.clear()
    for entry in card.history:
        what = interaction_kind_label(entry.kind)
        if entry.direction and entry.direction != "internal":
            what = f"{what} ({direction_label(entry.direction)})"
        item = QTreeWidgetItem(
            [
                local_datetime(entry.at) if entry.at else "",
                what,
                entry.summary,
                entry.ticket_number,
            ]
        )
        if entry.body and entry.body != entry.summary:
            # Expandable: the whole text under its summary.
            item.addChild(QTreeWidgetItem(["", "", entry.body, ""]))
        tree.addTopLevelItem(item)
    for column in (0, 1, 3):
        tree.resizeColumnToContents(column)
