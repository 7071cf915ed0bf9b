"""Who may do what, enforced by PostgreSQL itself (roles, grants and row-level security).

Each agent logs in to the central store as their own PostgreSQL role, named after their login
and a member of one group role:

- softphone_agent: read the ticket data; write tickets, contacts, notes and interactions,
  callback outcomes, script answers, their own presence; append to the change feed.
- softphone_specialist: what an agent may (a separate role so grants can differ later).
- softphone_supervisor: also edit canned answers, call scripts, service hours and topics,
  read the wallboard and the audit log, open listen-in (monitor) sessions, broadcast.

Hiding a button is not security: an agent with `psql` and their own password gets exactly
these rights. The embedded SQLite store has no users; it is a single-desk demo store.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select, text, update

GROUP_ROLES = {
    "agent": "softphone_agent",
    "specialist": "softphone_specialist",
    "supervisor": "softphone_supervisor",
}
# A web portal's login: it may only insert callback bookings and read them back.
PORTAL_ROLE = "softphone_portal"
PORTAL_ROLE_SQL = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'softphone_portal') THEN
        CREATE ROLE softphone_portal NOLOGIN;
    END IF;
END
$$;
"""
LOGIN_PATTERN = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")

_AGENT_READ = [
    "agents",
    "agent_languages",
    "topics",
    "service_queues",
    "service_hours",
    "holidays",
    "disposition_codes",
    "contacts",
    "contact_phones",
    "tickets",
    "ticket_field_changes",
    "interactions",
    "callback_requests",
    "callback_attempts",
    "canned_answers",
    "canned_answer_versions",
    "call_scripts",
    "script_runs",
    "agent_presence",
    "announcements",
    "announcement_reads",
    "change_log",
    "monitor_sessions",
]
_AGENT_INSERT = [
    "contacts",
    "contact_phones",
    "tickets",
    "ticket_field_changes",
    "interactions",
    "callback_attempts",
    "script_runs",
    "agent_presence",
    "announcement_reads",
    "applied_writes",
    "audit_log",
]
_AGENT_UPDATE = [
    "contacts",
    "contact_phones",
    "tickets",
    "callback_requests",
    "agent_presence",
]
_SUPERVISOR_EDIT = [
    "canned_answers",
    "canned_answer_versions",
    "call_scripts",
    "announcements",
    "monitor_sessions",
    "topics",
    "service_queues",
    "service_hours",
    "holidays",
    "disposition_codes",
]
_SUPERVISOR_READ = ("audit_log", "wallboard")

_ROLES_SQL = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'softphone_agent') THEN
        CREATE ROLE softphone_agent NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'softphone_specialist') THEN
        CREATE ROLE softphone_specialist NOLOGIN IN ROLE softphone_agent;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'softphone_supervisor') THEN
        CREATE ROLE softphone_supervisor NOLOGIN IN ROLE softphone_specialist;
    END IF;
END
$$;
"""

_FUNCTIONS_SQL = """
CREATE OR REPLACE FUNCTION softphone_agent_id() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
    AS $$ SELECT id FROM public.agents WHERE login = session_user $$;
CREATE OR REPLACE FUNCTION softphone_is_supervisor() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT pg_has_role(session_user, 'softphone_supervisor', 'MEMBER') $$;
-- No temporary tables for anyone but the owner: a temporary "agents" table must never be able
-- to stand in for the real one (defence in depth beside the functions' search_path).
DO $$ BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END $$;
CREATE OR REPLACE VIEW wallboard AS
    SELECT a.login, a.display_name, p.state, p.reason, p.since, p.current_call, p.heartbeat_at
    FROM agents a LEFT JOIN agent_presence p ON p.agent_id = a.id
    WHERE a.active;
"""

# Row-level security: an agent changes only their own presence and sees only the listen-in
# sessions on their own calls (so their app can verify one before sending audio); supervisors
# see everything. Audit entries are written as oneself and read only by supervisors.
_POLICIES_SQL = """
ALTER TABLE agent_presence ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS presence_read ON agent_presence;
CREATE POLICY presence_read ON agent_presence FOR SELECT USING (true);
DROP POLICY IF EXISTS presence_own ON agent_presence;
CREATE POLICY presence_own ON agent_presence FOR ALL
    USING (agent_id = softphone_agent_id() OR softphone_is_supervisor())
    WITH CHECK (agent_id = softphone_agent_id() OR softphone_is_supervisor());
ALTER TABLE monitor_sessions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS monitor_visible ON monitor_sessions;
CREATE POLICY monitor_visible ON monitor_sessions FOR SELECT
    USING (agent_id = softphone_agent_id() OR softphone_is_supervisor());
DROP POLICY IF EXISTS monitor_supervisor ON monitor_sessions;
CREATE POLICY monitor_supervisor ON monitor_sessions FOR ALL
    USING (softphone_is_supervisor()) WITH CHECK (softphone_is_supervisor());
ALTER TABLE interactions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS interactions_read ON interactions;
CREATE POLICY interactions_read ON interactions FOR SELECT USING (true);
DROP POLICY IF EXISTS interactions_own ON interactions;
CREATE POLICY interactions_own ON interactions FOR INSERT
    WITH CHECK (author_id = softphone_agent_id());
DROP POLICY IF EXISTS interactions_feed ON interactions;
CREATE POLICY interactions_feed ON interactions FOR UPDATE USING (true);
ALTER TABLE ticket_field_changes ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS field_changes_read ON ticket_field_changes;
CREATE POLICY field_changes_read ON ticket_field_changes FOR SELECT USING (true);
DROP POLICY IF EXISTS field_changes_own ON ticket_field_changes;
CREATE POLICY field_changes_own ON ticket_field_changes FOR INSERT
    WITH CHECK (agent_id = softphone_agent_id()
                AND changed_at <= now() + interval '5 minutes');
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS audit_write_own ON audit_log;
CREATE POLICY audit_write_own ON audit_log FOR INSERT
    WITH CHECK (actor_id = softphone_agent_id());
DROP POLICY IF EXISTS audit_read ON audit_log;
CREATE POLICY audit_read ON audit_log FOR SELECT USING (softphone_is_supervisor());
"""


# The agent's app marks a listen-in on its own call started (its claim) and ended; it may change
# nothing else of a session, and nobody else's.
MONITOR_CLAIM_SQL = (
    "GRANT UPDATE (started_at, ended_at) ON monitor_sessions TO softphone_agent",
    "DROP POLICY IF EXISTS monitor_claim ON monitor_sessions",
    "CREATE POLICY monitor_claim ON monitor_sessions FOR UPDATE "
    "USING (agent_id = softphone_agent_id()) WITH CHECK (agent_id = softphone_agent_id())",
)


def install(conn: Connection) -> None:
    """Create the group roles, grants and policies in the current database (idempotent)."""
    if conn.dialect.name != "postgresql":
        return
    conn.execute(text(_ROLES_SQL))
    conn.execute(text(_FUNCTIONS_SQL))
    agent, supervisor = GROUP_ROLES["agent"], GROUP_ROLES["supervisor"]
    statements = [
        f"GRANT USAGE ON SCHEMA public TO {agent}",
        f"GRANT SELECT ON {', '.join(_AGENT_READ)} TO {agent}",
        f"GRANT INSERT ON {', '.join(_AGENT_INSERT)} TO {agent}",
        f"GRANT UPDATE ON {', '.join(_AGENT_UPDATE)} TO {agent}",
        # The feed's sequence comes from the server, never from a client: a forged huge seq
        # would make every client skip all real changes.
        f"GRANT INSERT (table_name, row_key, changed_at) ON change_log TO {agent}",
        # Notes and calls are append-only: only their feed position may be set after insert.
        f"GRANT UPDATE (change_seq) ON interactions, canned_answers, call_scripts, "
        f"announcements TO {agent}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {agent}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {agent}",
        f"GRANT EXECUTE ON FUNCTION softphone_agent_id(), softphone_is_supervisor() TO {agent}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(_SUPERVISOR_EDIT)} TO {supervisor}",
        f"GRANT SELECT ON {', '.join(_SUPERVISOR_READ)} TO {supervisor}",
        f"REVOKE ALL ON wallboard FROM PUBLIC, {agent}",
    ]
    for statement in statements:
        conn.execute(text(statement))
    conn.execute(text(_POLICIES_SQL))


def check_login(login: str) -> str:
    if not LOGIN_PATTERN.match(login):
        raise ValueError(
            f"login {login!r}: use 2-63 lower-case letters, digits, '.', '_' or '-', "
            "starting with a letter"
        )
    return login


def create_login(conn: Connection, login: str, role: str, password: str | None) -> None:
    """Create (or update) the agent's PostgreSQL login role and put it in its group role."""
    if conn.dialect.name != "postgresql":
        return
    from psycopg import sql

    check_login(login)
    _group(role)  # an unknown role fails before anything is created
    raw = conn.connection.driver_connection
    assert raw is not None
    exists = conn.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}
    ).first()
    verb = "ALTER" if exists else "CREATE"
    statement = sql.SQL(verb + " ROLE {} LOGIN").format(sql.Identifier(login))
    if password is not None:
        statement = sql.SQL("{} PASSWORD {}").format(statement, sql.Literal(password))
    with raw.cursor() as cursor:
        cursor.execute(statement)
    set_group(conn, login, role)


def set_group(conn: Connection, login: str, role: str) -> None:
    """Make the login a member of exactly the group role for `role`."""
    if conn.dialect.name != "postgresql":
        return
    from psycopg import sql

    check_login(login)
    group = _group(role)
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor:
        for other in GROUP_ROLES.values():
            if other != group:
                cursor.execute(
                    sql.SQL("REVOKE {} FROM {}").format(
                        sql.Identifier(other), sql.Identifier(login)
                    )
                )
        cursor.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(login))
        )


def _group(role: str) -> str:
    try:
        return GROUP_ROLES[role]
    except KeyError:
        raise ValueError(f"unknown role {role!r}: use agent, specialist or supervisor") from None


def uninstall(conn: Connection) -> None:
    """Remove this database's grants, policies, functions and view (the roles stay)."""
    if conn.dialect.name != "postgresql":
        return
    for table in (
        "agent_presence",
        "monitor_sessions",
        "audit_log",
        "interactions",
        "ticket_field_changes",
    ):
        conn.execute(text(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"))
    for policy, table in (
        ("presence_read", "agent_presence"),
        ("presence_own", "agent_presence"),
        ("monitor_visible", "monitor_sessions"),
        ("monitor_supervisor", "monitor_sessions"),
        ("monitor_claim", "monitor_sessions"),
        ("audit_write_own", "audit_log"),
        ("audit_read", "audit_log"),
        ("interactions_read", "interactions"),
        ("interactions_own", "interactions"),
        ("interactions_feed", "interactions"),
        ("field_changes_read", "ticket_field_changes"),
        ("field_changes_own", "ticket_field_changes"),
    ):
        conn.execute(text(f"DROP POLICY IF EXISTS {policy} ON {table}"))
    conn.execute(text("DROP VIEW IF EXISTS wallboard"))
    roles = ", ".join(GROUP_ROLES.values())
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {roles}"))
    conn.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {roles}"))
    conn.execute(text(f"REVOKE USAGE ON SCHEMA public FROM {roles}"))
    conn.execute(text("DROP FUNCTION IF EXISTS softphone_agent_id(), softphone_is_supervisor()"))
    conn.execute(
        text(
            "DO $$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO PUBLIC', "
            "current_database()); END $$"
        )
    )


def create_agent(
    conn: Connection,
    login: str,
    *,
    display_name: str,
    role: str,
    languages: list[str],
    extension: str | None = None,
    password: str | None = None,
) -> int:
    """Add an agent to the store and, on PostgreSQL, the login they connect as.

    An agent already in the store (the demo seed's, or one added before on SQLite) keeps their
    row and history: their name, role, languages (and extension, if given) are set as given,
    and they get the login they lacked."""
    from sqlalchemy import delete

    from crm import schema

    check_login(login)
    _group(role)
    agents = schema.agents
    values = {"display_name": display_name, "extension": extension, "role": role}
    agent_id = conn.scalar(select(agents.c.id).where(agents.c.login == login))
    existed = agent_id is not None
    if existed:
        if extension is None:
            del values["extension"]  # not given: the agent keeps the one they have
        conn.execute(update(agents).where(agents.c.id == agent_id).values(**values))
        conn.execute(
            delete(schema.agent_languages).where(schema.agent_languages.c.agent_id == agent_id)
        )
    else:
        agent_id = conn.scalar(
            insert(agents)
            .values(
                login=login,
                time_zone="Europe/Rome",
                active=True,
                created_at=datetime.now(UTC),
                **values,
            )
            .returning(agents.c.id)
        )
    conn.execute(
        insert(schema.agent_languages),
        [{"agent_id": agent_id, "language": lang, "rank": i} for i, lang in enumerate(languages)],
    )
    create_login(conn, login, role, password)
    detail: dict[str, object] = {"role": role, "languages": languages}
    if existed:
        detail["existing"] = True
    _audit(conn, "agent.create", int(agent_id), detail)
    return int(agent_id)


def grant_role(conn: Connection, login: str, role: str) -> None:
    """Change an agent's role in the store and in the database's grants, audited."""
    from crm import schema

    _group(role)
    agents = schema.agents
    agent_id = conn.scalar(select(agents.c.id).where(agents.c.login == login))
    if agent_id is None:
        raise ValueError(f"no agent with login {login!r}")
    old = conn.scalar(select(agents.c.role).where(agents.c.id == agent_id))
    conn.execute(update(agents).where(agents.c.id == agent_id).values(role=role))
    set_group(conn, login, role)
    _audit(conn, "agent.role", agent_id, {"from": str(old), "to": role})


def _audit(conn: Connection, action: str, agent_id: int, detail: dict[str, object]) -> None:
    from crm import schema

    conn.execute(
        insert(schema.audit_log).values(
            at=datetime.now(UTC),
            actor_id=None,  # an administrator at the command line, not an agent
            action=action,
            target_agent_id=agent_id,
            detail=detail,
        )
    )
