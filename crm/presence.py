"""Agent presence: what each agent is doing now (their app publishes it through the outbox, as
`presence.set` writes, applied here)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, insert, select, update

from crm import schema
from crm.schema import utcnow
from crm.write_context import ApplyContext, Handler, WriteRejected, aware, when


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


def set_presence(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    presence = schema.agent_presence
    agent = ctx.agent_id(p.get("login") or ctx.actor_login)
    if agent is None:
        raise WriteRejected(f"unknown agent {p.get('login')!r}")
    since = when(p["since"])
    current = ctx.conn.execute(select(presence.c.since).where(presence.c.agent_id == agent)).first()
    values = {
        "state": p["state"],
        "reason": p.get("reason"),
        "since": since,
        "heartbeat_at": utcnow(),
        "current_call": dict(p.get("current_call") or {}),
    }
    if current is None:
        ctx.conn.execute(insert(presence).values(agent_id=agent, **values))
    else:
        if since < aware(current[0]):
            return  # an older state arriving late (it waited in an outbox): keep the newer one
        ctx.conn.execute(update(presence).where(presence.c.agent_id == agent).values(**values))
    ctx.changed("agent_presence", agent)


HANDLERS: dict[str, Handler] = {"presence.set": set_presence}
