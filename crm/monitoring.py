"""Listen-in sessions: a supervisor listens to an agent's live call, audited from the first step.

The client-side way, for any PBX:

1. The supervisor's app opens a session (`open_session`): a row in `monitor_sessions` with a
   random token, the agent, the agent's call (its SIP Call-ID, from the agent's presence) and the
   mode, and an audit row, in one transaction. On PostgreSQL only supervisors may insert it
   (grants and row-level security, crm.rbac); here the role is checked as well, for SQLite.
2. It calls the agent's phone with the token in a header (sip.config EngineConfig.monitor_header).
3. The agent's app claims the session (`claim`) before it answers: the session must exist, be
   fresh, unused and not ended, name this agent and the call they are on now, and have been
   opened by someone whose role in the store is supervisor. The claim marks it started and writes
   the agent's own audit row, and commits, before the call is answered: no audio frame can flow
   before the audit row exists. Any other request is refused (and the refusal is audited).
4. A mode switch is written first (`switch_mode`, audited), then signalled in the call by the DTMF
   digit ChanSpy uses for it (4 monitor, 5 whisper, 6 barge); the agent's app switches only to the
   mode the store now holds (`current_mode`), so a digit alone changes nothing.
5. Either side ends it (`end`): `ended_at` and an audit row with the mode, start and end.

The PBX-side way (Asterisk ChanSpy, FreeSWITCH eavesdrop) dials a feature code instead; the
supervisor's app writes the same session and audit rows before it dials (`PBX_TEMPLATES`).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from crm import schema
from crm.schema import MonitorMode, Role, aware, utcnow

MODES = tuple(m.value for m in MonitorMode)
FRESH_FOR = timedelta(seconds=30)  # a request older than this is refused: no replays
# The digits Asterisk's ChanSpy (option d) switches modes with; our client-side sessions use the
# same ones, so a supervisor's keypad habit works with either way of listening in.
DTMF_FOR_MODE = {"monitor": "4", "whisper": "5", "barge": "6"}
MODE_FOR_DTMF = {digit: mode for mode, digit in DTMF_FOR_MODE.items()}

# Feature codes for PBXs that listen in themselves: what the supervisor's phone dials per mode
# ({extension} is the agent's), and the in-call digits that switch modes on that PBX.
PBX_TEMPLATES: dict[str, dict[str, Any]] = {
    # Asterisk dialplan, for example:
    #   exten => _*221.,1,ChanSpy(PJSIP/${EXTEN:4},qd)     ; monitor (q: quiet)
    #   exten => _*222.,1,ChanSpy(PJSIP/${EXTEN:4},qwd)    ; whisper (w)
    #   exten => _*223.,1,ChanSpy(PJSIP/${EXTEN:4},qBd)    ; barge (B)
    "asterisk": {
        "dial": {"monitor": "*221{extension}", "whisper": "*222{extension}",
                 "barge": "*223{extension}"},
        "switch": {"monitor": "4", "whisper": "5", "barge": "6"},
    },
    # FreeSWITCH, for example: <extension name="eavesdrop"><condition field="destination_number"
    #   expression="^\*33(\d+)$"><action application="eavesdrop"
    #   data="${hash(select/${domain_name}-spymap/$1)}"/></condition></extension>
    # eavesdrop starts silent; in the call 2 talks to the agent, 3 to both, 0 back to silent.
    "freeswitch": {
        "dial": {"monitor": "*33{extension}", "whisper": "*33{extension}",
                 "barge": "*33{extension}"},
        "switch": {"monitor": "0", "whisper": "2", "barge": "3"},
    },
}  # fmt: skip


class MonitorRefused(Exception):
    """A listen-in request that must not be honoured; `reason` is a stable code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class MonitorSession:
    id: int
    token: str
    supervisor_login: str
    supervisor_name: str
    agent_login: str
    sip_call_id: str
    mode: str
    created_at: datetime
    started_at: datetime | None = None
    ended_at: datetime | None = None


def _agent(conn: Connection, login: str) -> tuple[int, str, str, bool] | None:
    a = schema.agents.c
    row = conn.execute(
        select(a.id, a.display_name, a.role, a.active).where(a.login == login)
    ).first()
    return None if row is None else (int(row[0]), str(row[1]), str(row[2]), bool(row[3]))


def _check_mode(mode: str) -> str:
    if mode not in MODES:
        raise MonitorRefused("mode", f"unknown listen-in mode {mode!r}")
    return mode


def _audit(
    conn: Connection,
    action: str,
    actor_id: int,
    target_id: int | None,
    subject: str,
    detail: dict[str, Any],
) -> None:
    conn.execute(
        insert(schema.audit_log).values(
            at=utcnow(),
            actor_id=actor_id,
            action=action,
            target_agent_id=target_id,
            subject=subject[:255],
            detail=detail,
        )
    )


def open_session(
    conn: Connection,
    *,
    supervisor_login: str,
    agent_login: str,
    sip_call_id: str,
    mode: str,
    how: str = "client",
) -> MonitorSession:
    """A new listen-in session and its audit row (in the caller's transaction)."""
    _check_mode(mode)
    supervisor = _agent(conn, supervisor_login)
    if supervisor is None or supervisor[2] != Role.SUPERVISOR.value or not supervisor[3]:
        raise MonitorRefused("not_supervisor", f"{supervisor_login} is not a supervisor")
    agent = _agent(conn, agent_login)
    if agent is None or not agent[3]:
        raise MonitorRefused("unknown_agent", f"no active agent {agent_login!r}")
    if agent[0] == supervisor[0]:
        raise MonitorRefused("self", "a supervisor cannot listen in on themselves")
    if not sip_call_id:
        raise MonitorRefused("no_call", f"{agent_login} is not on a call")
    token = secrets.token_urlsafe(24)
    now = utcnow()
    m = schema.monitor_sessions
    session_id = conn.execute(
        insert(m)
        .values(
            token=token,
            supervisor_id=supervisor[0],
            agent_id=agent[0],
            sip_call_id=sip_call_id[:255],
            mode=mode,
            created_at=now,
        )
        .returning(m.c.id)
    ).scalar_one()
    _audit(
        conn,
        "monitor.open",
        supervisor[0],
        agent[0],
        sip_call_id,
        {"session": int(session_id), "mode": mode, "how": how},
    )
    return MonitorSession(
        id=int(session_id),
        token=token,
        supervisor_login=supervisor_login,
        supervisor_name=supervisor[1],
        agent_login=agent_login,
        sip_call_id=sip_call_id,
        mode=mode,
        created_at=now,
    )


def _session(conn: Connection, token: str) -> tuple[MonitorSession, int, str, bool] | None:
    """The session, its agent's id, and its opener's role and whether they are active."""
    m, sup, agt = (
        schema.monitor_sessions,
        schema.agents.alias("sup"),
        schema.agents.alias("agt"),
    )
    row = conn.execute(
        select(
            m.c.id,
            m.c.token,
            m.c.sip_call_id,
            m.c.mode,
            m.c.created_at,
            m.c.started_at,
            m.c.ended_at,
            m.c.agent_id,
            sup.c.login,
            sup.c.display_name,
            sup.c.role,
            sup.c.active,
            agt.c.login,
        )
        .join(sup, sup.c.id == m.c.supervisor_id)
        .join(agt, agt.c.id == m.c.agent_id)
        .where(m.c.token == token)
    ).first()
    if row is None:
        return None
    session = MonitorSession(
        id=int(row[0]),
        token=str(row[1]),
        supervisor_login=str(row[8]),
        supervisor_name=str(row[9]),
        agent_login=str(row[12]),
        sip_call_id=str(row[2] or ""),
        mode=str(row[3]),
        created_at=aware(row[4]) or utcnow(),
        started_at=aware(row[5]),
        ended_at=aware(row[6]),
    )
    return session, int(row[7]), str(row[10]), bool(row[11])


def claim(
    conn: Connection,
    *,
    token: str,
    agent_login: str,
    current_call_ids: frozenset[str] | set[str],
    now: datetime | None = None,
) -> MonitorSession:
    """The agent's app accepts a listen-in request, or MonitorRefused says why not.

    Commit the caller's transaction before answering the call: the audit row must exist before
    the first audio frame."""
    now = now or utcnow()
    agent = _agent(conn, agent_login)
    if agent is None:
        raise MonitorRefused("unknown_agent", f"no agent {agent_login!r}")
    found = _session(conn, token) if token else None
    if found is None:
        _refusal(conn, agent[0], token, "unknown")
        raise MonitorRefused("unknown", "no such listen-in session")
    session, agent_id, opener_role, opener_active = found
    reason = None
    if agent_id != agent[0]:
        reason = "other_agent"
    elif opener_role != Role.SUPERVISOR.value or not opener_active:
        reason = "not_supervisor"
    elif session.ended_at is not None:
        reason = "ended"
    elif session.started_at is not None:
        reason = "used"
    elif now - session.created_at > FRESH_FOR:
        reason = "stale"
    elif session.sip_call_id not in current_call_ids:
        reason = "other_call"
    if reason is not None:
        _refusal(conn, agent[0], token, reason, session.id)
        raise MonitorRefused(reason, f"listen-in refused: {reason.replace('_', ' ')}")
    m = schema.monitor_sessions
    done = conn.execute(
        update(m)
        .where(m.c.id == session.id, m.c.started_at.is_(None), m.c.ended_at.is_(None))
        .values(started_at=now),
        execution_options={"preserve_rowcount": True},
    )
    if done.rowcount != 1:  # a second request with the same token raced this one
        raise MonitorRefused("used", "listen-in refused: used")
    supervisor = _agent(conn, session.supervisor_login)
    _audit(
        conn,
        "monitor.start",
        agent[0],
        agent[0],
        session.sip_call_id,
        {
            "session": session.id,
            "mode": session.mode,
            "supervisor": session.supervisor_login,
            "supervisor_id": supervisor[0] if supervisor else None,
            "started_at": now.isoformat(),
        },
    )
    return MonitorSession(**{**session.__dict__, "started_at": now})


def _refusal(
    conn: Connection, agent_id: int, token: str, reason: str, session_id: int | None = None
) -> None:
    """A refused request is audited too: a probe with stolen or guessed tokens leaves a trace."""
    _audit(
        conn,
        "monitor.refused",
        agent_id,
        agent_id,
        "",
        {"reason": reason, "session": session_id, "token_prefix": token[:6]},
    )


def switch_mode(
    conn: Connection, *, token: str, supervisor_login: str, mode: str
) -> MonitorSession:
    """The supervisor changes the mode of their running session (audited before the switch)."""
    _check_mode(mode)
    found = _session(conn, token)
    if found is None or found[0].supervisor_login != supervisor_login:
        raise MonitorRefused("unknown", "no such listen-in session of yours")
    session, agent_id, _, _ = found
    if session.ended_at is not None:
        raise MonitorRefused("ended", "the listen-in has ended")
    m = schema.monitor_sessions
    conn.execute(update(m).where(m.c.id == session.id).values(mode=mode))
    supervisor = _agent(conn, supervisor_login)
    assert supervisor is not None
    _audit(
        conn,
        "monitor.mode",
        supervisor[0],
        agent_id,
        session.sip_call_id,
        {"session": session.id, "from": session.mode, "to": mode},
    )
    return MonitorSession(**{**session.__dict__, "mode": mode})


def current(conn: Connection, token: str, agent_login: str) -> MonitorSession | None:
    """The running session on this agent's phone, as the store holds it now (None: ended)."""
    found = _session(conn, token)
    if found is None:
        return None
    session = found[0]
    if session.agent_login != agent_login or session.ended_at is not None:
        return None
    if found[2] != Role.SUPERVISOR.value or not found[3]:
        return None
    return session


def end(conn: Connection, *, token: str, actor_login: str, now: datetime | None = None) -> bool:
    """End the session (either side, once); its audit row has who, whom, call, mode and times."""
    now = now or utcnow()
    found = _session(conn, token)
    actor = _agent(conn, actor_login)
    if found is None or actor is None:
        return False
    session, agent_id, _, _ = found
    if actor_login not in (session.agent_login, session.supervisor_login):
        return False
    m = schema.monitor_sessions
    done = conn.execute(
        update(m).where(m.c.id == session.id, m.c.ended_at.is_(None)).values(ended_at=now),
        execution_options={"preserve_rowcount": True},
    )
    if done.rowcount != 1:
        return False
    _audit(
        conn,
        "monitor.end",
        actor[0],
        agent_id,
        session.sip_call_id,
        {
            "session": session.id,
            "supervisor": session.supervisor_login,
            "agent": session.agent_login,
            "mode": session.mode,
            "started_at": session.started_at.isoformat() if session.started_at else None,
            "ended_at": now.isoformat(),
        },
    )
    return True


def pbx_dial(template: str, mode: str, extension: str) -> str:
    """What the supervisor's phone dials to listen in through the PBX itself."""
    _check_mode(mode)
    if not extension or not extension.replace("+", "").isalnum():
        raise MonitorRefused("no_extension", f"not an extension: {extension!r}")
    try:
        codes = PBX_TEMPLATES[template]
    except KeyError:
        raise MonitorRefused("template", f"unknown PBX template {template!r}") from None
    return str(codes["dial"][mode]).replace("{extension}", extension)


def sessions(conn: Connection, *, since: datetime | None = None) -> list[MonitorSession]:
    """Listen-in sessions, newest first (the supervisors' audit view)."""
    m = schema.monitor_sessions
    query = select(m.c.token).order_by(m.c.created_at.desc(), m.c.id.desc()).limit(500)
    if since is not None:
        query = query.where(m.c.created_at >= since)
    out = []
    for token in conn.scalars(query):
        found = _session(conn, str(token))
        if found is not None:
            out.append(found[0])
    return out
