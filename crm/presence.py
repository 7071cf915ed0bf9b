"""Agent presence: what each agent is doing now (their app publishes it through the outbox, as
`presence.set` writes, applied here), and whether their desk is still there.

A desk that quits or is stopped publishes "offline". One that crashes, is killed, loses power or
its network cannot, so a state alone would leave its agent "available" for ever: on the
wallboard, and in the portal's "call me now" (crm.portal_availability). Each signed-in desk's
sync client therefore stamps `heartbeat_at` every HEARTBEAT_S (`beat`, one small UPDATE through
the pooler, no change-feed row: nobody needs to be told that nothing changed), and a state whose
stamp is older than STALE_AFTER (three beats missed) counts as "not responding": not signed in
for availability, shown as such on the wallboard. The stamps are the store's clock on
PostgreSQL (`now()`), not the desk's: a desk whose clock runs minutes behind would otherwise
look gone all day. The wallboard and the portal's availability read them against the
server's clock too, so no desk's, supervisor's or portal server's clock matters.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, insert, select, update

from crm import schema
from crm.schema import utcnow
from crm.write_context import ApplyContext, Handler, WriteRejected, aware, when

HEARTBEAT_S = 60.0  # how often a signed-in desk stamps its presence
STALE_AFTER = timedelta(seconds=3 * HEARTBEAT_S)  # three beats missed: the desk is gone


def store_now(conn: Connection) -> ColumnElement[datetime] | datetime:
    """The moment a stamp is written: the server's clock on PostgreSQL (the transaction's
    start), this machine's for the embedded store (it is on this machine)."""
    if conn.dialect.name == "postgresql":
        return func.now()
    return utcnow()


def store_time(conn: Connection) -> datetime:
    """`store_now`'s moment as a value, to judge rows already read by (the wallboard): one
    round trip on PostgreSQL."""
    now = store_now(conn)
    if isinstance(now, datetime):
        return now
    stamp = conn.scalar(select(now))
    return aware(stamp).astimezone(UTC) if stamp is not None else utcnow()


def beat(conn: Connection, agent_id: int, now: datetime | None = None) -> bool:
    """Stamp the agent's presence as alive at `now` (default: the store's clock), unless it is
    "offline" (a desk that signed out must not look signed in again). True when there was a
    row to stamp."""
    return bool(_stamp(conn, schema.agent_presence.c.agent_id == agent_id, now))


def beat_colleagues(conn: Connection, login: str, now: datetime | None = None) -> int:
    """The demo's colleagues are seeded rows, not desks: the demo app stamps them all (but its
    own agent, whose sync client does) so that they stay at their desks as the seed left them.
    Returns how many were stamped."""
    a = schema.agents.c
    others = select(a.id).where(a.login != login).scalar_subquery()
    return _stamp(conn, schema.agent_presence.c.agent_id.in_(others), now)


def _stamp(conn: Connection, which: ColumnElement[bool], now: datetime | None) -> int:
    """Stamp the presence rows `which` picks that are not "offline"; how many were."""
    p = schema.agent_presence.c
    done = conn.execute(
        update(schema.agent_presence)
        .where(which, p.state != "offline")
        .values(heartbeat_at=store_now(conn) if now is None else now)
    )
    return int(done.rowcount)


def is_responding(state: str, heartbeat_at: datetime | None, now: datetime) -> bool:
    """Whether a row already read is believed: its desk stamped it within STALE_AFTER of `now`
    ("offline" needs no desk). SQL's own test is `signed_in_since`."""
    if state == "offline":
        return True
    return heartbeat_at is not None and aware(heartbeat_at) >= now - STALE_AFTER


def signed_in_since(
    states: tuple[str, ...], since: datetime | ColumnElement[datetime]
) -> ColumnElement[bool]:
    """SQL: in one of `states`, with a desk that is still there: stamped at `since` or later,
    `since` being `now - STALE_AFTER` (a time, or the store's own: `func.now() - STALE_AFTER`;
    a bound parameter lets one statement be built once and run at any time)."""
    p = schema.agent_presence.c
    return and_(p.state.in_(states), p.heartbeat_at >= since)


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
        "heartbeat_at": store_now(ctx.conn),
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
