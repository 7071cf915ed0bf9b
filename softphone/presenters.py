"""Store DTOs to UI view models: names in the agent's language, numbers formatted for people."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

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


def pop_ticket(
    t: dict[str, Any], topic_names: dict[str, dict[str, str]], language: str
) -> PopTicket:
    """A ticket row (as the store or the cache gives it) as the card lists it."""
    return PopTicket(
        uid=str(t["uid"]),
        number=str(t.get("number") or ""),
        subject=str(t.get("subject") or ""),
        topic=topic_label(topic_names, t.get("topic_code"), language),
        status=str(t.get("status") or ""),
        channel=str(t.get("channel") or ""),
        updated_at=_when(t.get("updated_at")),
        back_office=str(t.get("back_office_code") or ""),
    )


def caller_pop(
    view: CallView,
    rows: dict[str, list[dict[str, Any]]],
    *,
    from_cache: bool,
    topic_names: dict[str, dict[str, str]],
    language: str,
) -> CallerPop:
    """The store's rows for a number (`crm.sync.SyncClient.read_caller`) as the caller's card."""
    tickets_by_contact: dict[Any, list[dict[str, Any]]] = {}
    numbers_by_id: dict[Any, str] = {}
    for ticket in rows.get("tickets", ()):
        tickets_by_contact.setdefault(ticket.get("contact_id"), []).append(ticket)
        numbers_by_id[ticket.get("id")] = str(ticket.get("number") or "")
    history_by_contact: dict[Any, list[dict[str, Any]]] = {}
    unlinked_by_number: dict[str, list[dict[str, Any]]] = {}
    for item in rows.get("interactions", ()):
        history_by_contact.setdefault(item.get("contact_id"), []).append(item)
        if item.get("contact_id") is None and item.get("phone_e164"):
            unlinked_by_number.setdefault(str(item["phone_e164"]), []).append(item)
    cards = []
    for contact in sorted(
        rows.get("contacts", ()), key=lambda c: (c.get("last_name") or "", c.get("id") or 0)
    ):
        tickets = [
            pop_ticket(t, topic_names, language)
            for t in tickets_by_contact.get(contact.get("id"), ())
        ]
        # Open tickets first, then the rest; newest first within each.
        tickets.sort(key=lambda t: t.updated_at or _EPOCH, reverse=True)
        tickets.sort(key=lambda t: not t.is_open)
        history = [
            HistoryEntry(
                kind=str(i.get("kind") or ""),
                direction=str(i.get("direction") or ""),
                at=_when(i.get("occurred_at")),
                summary=str(i.get("subject") or _first_line(str(i.get("body") or ""))),
                body=str(i.get("body") or ""),
                ticket_number=numbers_by_id.get(i.get("ticket_id"), ""),
            )
            for i in [
                *history_by_contact.get(contact.get("id"), ()),
                # Calls from one of their numbers that no contact was chosen for (a shared line).
                *(
                    i
                    for phone in contact.get("phones") or ()
                    for i in unlinked_by_number.get(str(phone.get("e164")), ())
                ),
            ]
        ]
        history.sort(key=lambda h: h.at or _EPOCH, reverse=True)
        raw_by_uid = {str(t["uid"]): t for t in tickets_by_contact.get(contact.get("id"), ())}
        duplicate = next(
            (
                t
                for t in tickets
                if t.is_open
                and view.topic_code
                and raw_by_uid[t.uid].get("topic_code") == view.topic_code
            ),
            None,
        )
        name = " ".join(p for p in (contact.get("first_name"), contact.get("last_name")) if p)
        cards.append(
            CallerCard(
                uid=str(contact["uid"]),
                name=name,
                language=str(contact.get("preferred_language") or ""),
                email=str(contact.get("email") or ""),
                notes=str(contact.get("notes") or ""),
                numbers=tuple(display_number(str(p["e164"])) for p in contact.get("phones") or ()),
                tickets=tuple(tickets),
                history=tuple(history),
                duplicate=duplicate,
                first_name=str(contact.get("first_name") or ""),
                last_name=str(contact.get("last_name") or ""),
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


def _when(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
