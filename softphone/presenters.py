"""Store DTOs to UI view models: names in the agent's language, numbers formatted for people."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import phonenumbers

from ui.viewmodels import (
    AgentCard,
    CallbackRow,
    CallerCard,
    CallerPop,
    CallView,
    HistoryEntry,
    HomeView,
    PopTicket,
    TicketRow,
)

if TYPE_CHECKING:
    from crm.callers import CallerInteraction, CallerRecords, CallerTicket
    from crm.dto import HomeSnapshot


def display_number(e164: str) -> str:
    """+390612345678 -> "+39 06 1234 5678"; anything unparsable is shown as it came."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def topic_label(names: dict[str, dict[str, str]], code: str | None, language: str) -> str:
    if not code:
        return ""
    labels = names.get(code, {})
    return labels.get(language) or labels.get("en") or code


def home_view(snapshot: HomeSnapshot, language: str) -> HomeView:
    names = snapshot.topic_names
    agent = snapshot.agent
    return HomeView(
        agent=AgentCard(
            display_name=agent.display_name,
            login=agent.login,
            role=agent.role,
            languages=agent.languages,
            extension=agent.extension,
        )
        if agent
        else None,
        open_ticket_total=snapshot.counts.tickets_open,
        tickets=tuple(
            TicketRow(
                number=t.number,
                subject=t.subject,
                caller=t.contact_name,
                topic=topic_label(names, t.topic_code, language),
                channel=t.channel,
                status=t.status,
                language=t.language or "",
                updated_at=t.updated_at,
            )
            for t in snapshot.open_tickets
        ),
        callbacks=tuple(
            CallbackRow(
                kind=c.kind,
                caller=c.caller_name,
                number=display_number(c.phone_e164),
                language=c.language,
                topic=topic_label(names, c.topic_code, language),
                due_from=c.window_start,
                due_until=c.window_end,
                booked_at=c.booked_at,
            )
            for c in snapshot.callbacks
        ),
    )


def pop_ticket(t: CallerTicket, topic_names: dict[str, dict[str, str]], language: str) -> PopTicket:
    """A ticket (as the store or the cache gives it) as the card lists it."""
    return PopTicket(
        uid=t.uid,
        number=t.number,
        subject=t.subject,
        topic=topic_label(topic_names, t.topic_code, language),
        status=t.status,
        channel=t.channel,
        updated_at=t.updated_at,
        back_office=t.back_office,
    )


def caller_pop(
    view: CallView,
    records: CallerRecords,
    *,
    from_cache: bool,
    topic_names: dict[str, dict[str, str]],
    language: str,
) -> CallerPop:
    """What the store knows of a number (`crm.sync.SyncClient.read_caller`) as the caller's
    card: a card per contact, with their tickets and history."""
    tickets_by_contact: dict[int | None, list[CallerTicket]] = {}
    numbers_by_id: dict[int | None, str] = {}
    for ticket in records.tickets:
        tickets_by_contact.setdefault(ticket.contact_id, []).append(ticket)
        numbers_by_id[ticket.id] = ticket.number
    history_by_contact: dict[int | None, list[CallerInteraction]] = {}
    unlinked_by_number: dict[str, list[CallerInteraction]] = {}
    for item in records.interactions:
        history_by_contact.setdefault(item.contact_id, []).append(item)
        if item.contact_id is None and item.phone_e164:
            unlinked_by_number.setdefault(item.phone_e164, []).append(item)
    cards = []
    for contact in sorted(records.contacts, key=lambda c: (c.last_name, c.id or 0)):
        own_tickets = tickets_by_contact.get(contact.id, [])
        tickets = [pop_ticket(t, topic_names, language) for t in own_tickets]
        # Open tickets first, then the rest; newest first within each.
        tickets.sort(key=lambda t: t.updated_at or _EPOCH, reverse=True)
        tickets.sort(key=lambda t: not t.is_open)
        history = [
            HistoryEntry(
                kind=i.kind,
                direction=i.direction,
                at=i.occurred_at,
                summary=i.subject or _first_line(i.body),
                body=i.body,
                ticket_number=numbers_by_id.get(i.ticket_id, ""),
            )
            for i in [
                *history_by_contact.get(contact.id, ()),
                # Calls from one of their numbers that no contact was chosen for (a shared line).
                *(i for phone in contact.phones for i in unlinked_by_number.get(phone, ())),
            ]
        ]
        history.sort(key=lambda h: h.at or _EPOCH, reverse=True)
        topic_by_uid = {t.uid: t.topic_code for t in own_tickets}
        duplicate = next(
            (
                t
                for t in tickets
                if t.is_open and view.topic_code and topic_by_uid[t.uid] == view.topic_code
            ),
            None,
        )
        cards.append(
            CallerCard(
                uid=contact.uid,
                name=contact.name,
                language=contact.preferred_language,
                email=contact.email,
                notes=contact.notes,
                numbers=tuple(display_number(p) for p in contact.phones),
                tickets=tuple(tickets),
                history=tuple(history),
                duplicate=duplicate,
                first_name=contact.first_name,
                last_name=contact.last_name,
            )
        )
    return CallerPop(
        call_id=view.call_id,
        incoming=view.incoming,
        number=view.number,
        ivr_topic=view.topic,
        ivr_language=view.language,
        verified=view.verified,
        cards=tuple(cards),
        from_cache=from_cache,
    )


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
