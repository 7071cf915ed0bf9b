"""The supervisors' wallboard: every agent's state, and the queues' figures for today.

Read from the central store (the supervisor's app reads it again whenever the change feed brings
a presence, callback or call change). On PostgreSQL the agents' part comes from the `wallboard`
view, which only supervisors may read (crm.rbac): an agent's login gets "permission denied".

Today's figures:
- callbacks due: queued requests whose time has come, per language; the oldest of them;
- SLA met: of the callback requests first dialled today, the share dialled by their SLA moment
  (`sla_due_at`, counted in the queue's opening hours when the request was booked);
- handled / abandoned: inbound calls logged today that were answered / that rang out (the caller
  hung up or was not answered: logged with no talk time).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, and_, func, or_, select, text

from crm import presence, schema
from crm.schema import CallbackStatus, Direction, InteractionKind, aware


@dataclass(frozen=True)
class AgentOnBoard:
    login: str
    name: str
    state: str  # crm.schema.PresenceState values; "offline" for an agent never seen
    reason: str | None
    since: datetime | None
    current_call: dict[str, Any]
    languages: tuple[str, ...]
    # False when the state says signed in but the desk stopped stamping it (crashed, killed, cut
    # off: crm.presence): the agent cannot be counted on, whatever the state says.
    responding: bool = True
    heartbeat_at: datetime | None = None


@dataclass(frozen=True)
class Wallboard:
    read_at: datetime
    agents: tuple[AgentOnBoard, ...]
    due_by_language: dict[str, int] = field(default_factory=dict)
    oldest_due_at: datetime | None = None
    sla_met: int = 0
    sla_total: int = 0
    handled_today: int = 0
    abandoned_today: int = 0

    @property
    def sla_percent(self) -> float | None:
        return None if self.sla_total == 0 else 100.0 * self.sla_met / self.sla_total

    def count(self, state: str) -> int:
        """Agents in `state` whose desks are there (a desk not responding counts in none)."""
        return sum(1 for a in self.agents if a.state == state and a.responding)

    def not_responding(self) -> int:
        return sum(1 for a in self.agents if not a.responding)


def start_of_day(now: datetime, time_zone: str) -> datetime:
    zone = ZoneInfo(time_zone)
    local = now.astimezone(zone)
    return datetime.combine(local.date(), time(0), zone).astimezone(UTC)


def read(
    conn: Connection, *, now: datetime | None = None, time_zone: str = "Europe/Rome"
) -> Wallboard:
    # Stamps are judged by the clock they are written with: on PostgreSQL the server's, so a
    # supervisor's desk whose clock is off does not see everyone gone.
    now = now or presence.store_time(conn)
    day = start_of_day(now, time_zone)
    return Wallboard(
        read_at=now,
        agents=tuple(_agents(conn, now)),
        due_by_language=_due_by_language(conn, now),
        oldest_due_at=_oldest_due(conn, now),
        **_sla(conn, day),
        **_calls(conn, day),
    )


def _agents(conn: Connection, now: datetime) -> list[AgentOnBoard]:
    a, lang = schema.agents.c, schema.agent_languages.c
    languages: dict[str, list[str]] = {}
    for login, language in conn.execute(
        select(a.login, lang.language)
        .join(schema.agent_languages, lang.agent_id == a.id)
        .order_by(a.login, lang.rank)
    ):
        languages.setdefault(str(login), []).append(str(language))
    if conn.dialect.name == "postgresql":
        rows = conn.execute(
            text(
                "SELECT login, display_name, state, reason, since, current_call, heartbeat_at "
                "FROM wallboard ORDER BY display_name"
            )
        ).all()
    else:
        p = schema.agent_presence.c
        rows = conn.execute(
            select(
                a.login, a.display_name, p.state, p.reason, p.since, p.current_call, p.heartbeat_at
            )
            .select_from(schema.agents.outerjoin(schema.agent_presence, p.agent_id == a.id))
            .where(a.active)
            .order_by(a.display_name)
        ).all()
    out = []
    for login, name, state, reason, since, call, heartbeat in rows:
        code = str(getattr(state, "value", state) or "offline")
        out.append(
            AgentOnBoard(
                login=str(login),
                name=str(name),
                state=code,
                reason=reason,
                since=aware(since),
                current_call=dict(call or {}),
                languages=tuple(languages.get(str(login), ())),
                responding=presence.is_responding(code, heartbeat, now),
                heartbeat_at=aware(heartbeat),
            )
        )
    return out


def _due(now: datetime) -> Any:
    r = schema.callback_requests.c
    return and_(
        r.status == CallbackStatus.QUEUED,
        or_(r.next_attempt_at.is_(None), r.next_attempt_at <= now),
    )


def _due_by_language(conn: Connection, now: datetime) -> dict[str, int]:
    r = schema.callback_requests.c
    rows = conn.execute(
        select(r.language, func.count()).where(_due(now)).group_by(r.language).order_by(r.language)
    )
    return {str(language): int(count) for language, count in rows}


def _oldest_due(conn: Connection, now: datetime) -> datetime | None:
    r = schema.callback_requests.c
    return aware(
        conn.scalar(
            select(func.min(func.coalesce(r.next_attempt_at, r.booked_at))).where(_due(now))
        )
    )


def _sla(conn: Connection, day: datetime) -> dict[str, int]:
    r, t = schema.callback_requests.c, schema.callback_attempts.c
    first = (
        select(t.request_id, func.min(t.started_at).label("first_at"))
        .group_by(t.request_id)
        .subquery()
    )
    rows = conn.execute(
        select(first.c.first_at, r.sla_due_at)
        .join(schema.callback_requests, r.id == first.c.request_id)
        .where(first.c.first_at >= day)
    ).all()
    met = sum(1 for at, due in rows if due is None or aware(at) <= aware(due))
    return {"sla_met": met, "sla_total": len(rows)}


def _calls(conn: Connection, day: datetime) -> dict[str, int]:
    i = schema.interactions.c
    answered = func.coalesce(i.duration_s, 0) > 0
    row = conn.execute(
        select(
            func.count().filter(answered),
            func.count().filter(~answered),
        ).where(
            i.kind == InteractionKind.CALL,
            i.direction == Direction.INBOUND,
            i.occurred_at >= day,
            i.occurred_at < day + timedelta(days=1, hours=1),
        )
    ).first()
    handled, abandoned = (int(row[0] or 0), int(row[1] or 0)) if row else (0, 0)
    return {"handled_today": handled, "abandoned_today": abandoned}
