"""The floor's shared reader: one read-only login that PgBouncer shares among all agents' reads.

Each agent connects as themselves, so PgBouncer keeps a pool per agent, and a server connection
serves one agent at a time. Measured with `softphone bench floor` (README, "A whole floor on one
store"): with the change feed polled twice a second as each agent, 200 agents already kept the
pooler's 80 server connections busy and queued new logins for minutes; every transaction of an
agent whose pool had no idle server connection cost a new server backend.

What every agent reads is the same for every agent: the change feed, the rows it names, callers'
cards, search, history. Those reads may go through one shared login, `softphone_reader`, with
SELECT on exactly the tables an agent may read (never a write, never the audit log, the wallboard,
listen-in sessions or another agent's read marks), reached through a PgBouncer database alias
that forces it as the server user (`store.read_url`; a replica's alias works the same way). The
agent still logs in to the pooler as themselves, with their own password, and every write and
claim still runs as them, under their grants and row-level security. See crm.read_routing for
how a read is routed and why an agent always sees their own writes.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from crm import rbac

READER_LOGIN = "softphone_reader"
# What an agent may read that is the same for everyone (rbac's agent grants, minus the
# per-person tables).
READER_TABLES = [t for t in rbac._AGENT_READ if t not in {"monitor_sessions", "announcement_reads"}]


def install_reader(
    conn: Connection, login: str = READER_LOGIN, password: str | None = None
) -> None:
    """Create (or update) the shared read-only login and its grants in the current database."""
    if conn.dialect.name != "postgresql":
        return
    from psycopg import sql

    rbac.check_login(login)
    raw = conn.connection.driver_connection
    assert raw is not None
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :l"), {"l": login}).first()
    verb = "ALTER" if exists else "CREATE"
    statement = sql.SQL(verb + " ROLE {} LOGIN NOINHERIT").format(sql.Identifier(login))
    if password is not None:
        statement = sql.SQL("{} PASSWORD {}").format(statement, sql.Literal(password))
    conn.exec_driver_sql(statement.as_string(raw))
    quoted = conn.dialect.identifier_preparer.quote(login)
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {quoted}"))
    conn.execute(text(f"GRANT SELECT ON {', '.join(READER_TABLES)} TO {quoted}"))
