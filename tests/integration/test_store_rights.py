"""What an agent's own database login may do on the real PostgreSQL, directly and through
PgBouncer: no supervisor actions, no rows they may not touch, no forged feed, author or clock;
a supervisor may; and the `softphone db` commands that create agents and change their roles.
The sync itself is in tests/integration/test_sync.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from tests.support.sync_lab import Central, make_central

AGENTS = ["giulia.rossi", "markus.pichler", "fiona.kelly", "claire.dubois"]
SUPERVISOR = "paola.moretti"


@pytest.fixture
def central(pg_url: str) -> Central:
    return make_central(pg_url, [*AGENTS, SUPERVISOR])


def _as(central: Central, login: str, port: int | None = None) -> psycopg.Connection[Any]:
    # No prepared statements: through PgBouncer the next statement may meet another server.
    return psycopg.connect(central.conninfo(login, port), autocommit=True, prepare_threshold=None)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE canned_answers SET body = 'changed'",
        "INSERT INTO call_scripts (key, language, version, name, steps, active, change_seq,"
        " created_at) VALUES ('x', 'en', 99, 'x', '[]', true, 0, now())",
        "SELECT * FROM wallboard",
        "SELECT * FROM audit_log",
        "INSERT INTO monitor_sessions (token, supervisor_id, agent_id, mode, created_at)"
        " SELECT 'tok', id, id, 'monitor', now() FROM agents LIMIT 1",
        "UPDATE agents SET role = 'supervisor'",
        "DELETE FROM interactions",
        "UPDATE interactions SET body = 'rewritten'",
        "INSERT INTO announcements (author_id, body, created_at, change_seq)"
        " SELECT id, 'hello', now(), 0 FROM agents LIMIT 1",
    ],
)
def test_an_agent_cannot_do_supervisor_actions_even_with_direct_sql(
    central: Central, statement: str
) -> None:
    with _as(central, AGENTS[0]) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)


def test_rows_an_agent_may_not_touch_are_invisible_to_their_writes(
    central: Central, via: int | None
) -> None:
    other = central.scalar("SELECT id FROM agents WHERE login = :l", l=AGENTS[1])
    with _as(central, AGENTS[0], via) as conn:
        # Through the pooler the server session is still the agent's own.
        assert conn.execute("SELECT current_user").fetchone() == (AGENTS[0],)
        own = conn.execute(
            "UPDATE agent_presence SET state = 'available' WHERE agent_id ="
            " (SELECT id FROM agents WHERE login = %s)",
            (AGENTS[0],),
        ).rowcount
        others = conn.execute(
            "UPDATE agent_presence SET state = 'paused' WHERE agent_id = %s", (other,)
        ).rowcount
        assert (own, others) == (1, 0)  # row-level security: another agent's row is not theirs
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO agent_presence (agent_id, state, since, heartbeat_at, current_call,"
                " change_seq) VALUES (%s, 'paused', now(), now(), '{}', 0)",
                (other,),
            )
        # The agent's own notes and calls are theirs to add, as themselves.
        conn.execute(
            "INSERT INTO interactions (uid, kind, direction, occurred_at, body, ivr_data,"
            " change_seq, author_id) SELECT 'u-1', 'note', 'internal', now(), 'ok', '{}', 0, id"
            " FROM agents WHERE login = current_user"
        )


@pytest.mark.parametrize(
    "statement",
    [
        # A forged feed position would make every client skip all real changes.
        "INSERT INTO change_log (seq, table_name, row_key, changed_at)"
        " VALUES (999999999, 'tickets', 'x', now())",
        # A temporary "agents" table must not stand in for the real one in the policies.
        "CREATE TEMP TABLE agents (id int, login text)",
        # Notes are written as oneself.
        "INSERT INTO interactions (uid, kind, direction, occurred_at, body, ivr_data, change_seq,"
        " author_id) SELECT 'u-forged', 'note', 'internal', now(), 'x', '{}', 0, id"
        " FROM agents WHERE login = 'paola.moretti'",
        # History written with a clock far ahead would make an edit unbeatable.
        "INSERT INTO ticket_field_changes (ticket_id, field, new_value, agent_id, changed_at,"
        " applied_at) SELECT t.id, 'status', 'closed', a.id, now() + interval '100 years', now()"
        " FROM tickets t, agents a WHERE a.login = current_user LIMIT 1",
    ],
)
def test_an_agent_cannot_forge_the_feed_the_author_or_the_clock(
    central: Central, statement: str
) -> None:
    with _as(central, AGENTS[0]) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)


def test_a_supervisor_may_do_what_agents_may_not(central: Central, via: int | None) -> None:
    with _as(central, SUPERVISOR, via) as conn:
        changed = conn.execute("UPDATE canned_answers SET use_count = use_count + 1").rowcount
        board = conn.execute("SELECT count(*) FROM wallboard").fetchone()
    assert changed > 0
    assert board is not None and board[0] >= len(AGENTS)


def test_db_commands_create_an_agent_who_logs_in_as_themselves_and_change_their_role(
    central: Central, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from softphone.cli import main

    url = central.url
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-password\n"))
    assert (
        main(
            [
                "db",
                "create-agent",
                "--url",
                url,
                "anna.bianchi",
                "--name",
                "Anna Bianchi",
                "--languages",
                "it,ar",
                "--password-stdin",
            ]
        )
        == 0
    )
    conninfo = central.conninfo("anna.bianchi", password="a-long-password")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        languages = conn.execute(
            "SELECT language FROM agent_languages JOIN agents ON agents.id = agent_id"
            " WHERE login = current_user ORDER BY rank"
        ).fetchall()
        assert [r[0] for r in languages] == ["it", "ar"]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM wallboard")
    assert main(["db", "grant-role", "--url", url, "anna.bianchi", "supervisor"]) == 0
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("SELECT * FROM wallboard")
    actions = (
        central.engine.connect()
        .execute(text("SELECT action FROM audit_log ORDER BY id"))
        .scalars()
        .all()
    )
    assert actions[-2:] == ["agent.create", "agent.role"]
    # A bad login is refused with a clear message, and nothing is created.
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-password\n"))
    assert (
        main(
            [
                "db",
                "create-agent",
                "--url",
                url,
                "Robert'); DROP TABLE agents;--",
                "--name",
                "x",
                "--password-stdin",
            ]
        )
        == 2
    )
    assert central.scalar("SELECT count(*) FROM agents WHERE login LIKE 'Robert%'") == 0
