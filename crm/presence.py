"""Agent presence: what each agent is doing now (their app publishes it through the outbox)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from crm import schema


def presence_of(conn: Connection, login: str) -> tuple[str, str | None, dict[str, Any]] | None:
    agent, presence = schema.agents.c, schema.agent_presence.c
    row = conn.execute(
        select(presence.state, presence.reason, presence.current_call)
        .join(schema.agents, agent.id == presence.agent_id)
        .where(agent.login == login)
    ).first()
    if row is None:
        return None
    return row[0].value, row[1], dict(row[2] or {})


def phone_of(conn: Connection, login: str) -> str:
    """Where the agent's phone is called: their SIP address, else their extension ("": none)."""
    a = schema.agents.c
    row = conn.execute(select(a.sip_uri, a.extension).where(a.login == login)).first()
    if row is None:
        return ""
    return str(row[0] or row[1] or "")


def extension_of(conn: Connection, login: str) -> str:
    a = schema.agents.c
    return str(conn.scalar(select(a.extension).where(a.login == login)) or "")


def display_names(conn: Connection) -> dict[int, str]:
    """Agent id -> display name (who wrote an announcement)."""
    a = schema.agents.c
    return {int(i): str(n) for i, n in conn.execute(select(a.id, a.display_name))}
