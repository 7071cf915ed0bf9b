"""Agent presence: what each agent is doing now, published by their app."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.models import Agent, AgentPresence, PresenceState, utcnow


class UnknownAgent(LookupError):
    pass


def set_presence(
    session: Session,
    login: str,
    state: str,
    *,
    reason: str | None = None,
    current_call: dict[str, Any] | None = None,
    since: datetime | None = None,
) -> None:
    """Upsert the agent's presence row; `state` is a PresenceState value."""
    agent_id = session.scalar(select(Agent.id).where(Agent.login == login))
    if agent_id is None:
        raise UnknownAgent(login)
    presence = session.get(AgentPresence, agent_id)
    now = utcnow()
    new_state = PresenceState(state)
    if presence is None:
        presence = AgentPresence(agent_id=agent_id, state=new_state, since=since or now)
        session.add(presence)
    elif presence.state is not new_state or presence.reason != reason:
        presence.since = since or now
    presence.state = new_state
    presence.reason = reason if new_state is PresenceState.PAUSED else None
    presence.current_call = dict(current_call or {})
    presence.heartbeat_at = now


def presence_of(session: Session, login: str) -> tuple[str, str | None, dict[str, Any]] | None:
    row = session.execute(
        select(AgentPresence.state, AgentPresence.reason, AgentPresence.current_call)
        .join(Agent, Agent.id == AgentPresence.agent_id)
        .where(Agent.login == login)
    ).first()
    if row is None:
        return None
    return row[0].value, row[1], dict(row[2] or {})
