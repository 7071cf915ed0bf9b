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
