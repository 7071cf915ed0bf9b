"""Store DTOs to UI view models: names in the agent's language, numbers formatted for people."""

from __future__ import annotations

from typing import TYPE_CHECKING

import phonenumbers

from ui.viewmodels import AgentCard, CallbackRow, CannedAnswerRow, HomeView, TicketRow

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
        canned_answers=tuple(
            CannedAnswerRow(
                title=a.title,
                body=a.body,
                language=a.language,
                shortcut=a.shortcut or "",
                topic=topic_label(names, a.topic_code, language),
            )
            for a in snapshot.canned_answers
        ),
    )
