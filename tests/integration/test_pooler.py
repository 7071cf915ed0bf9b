"""The app's store engine through a real PgBouncer in transaction pooling: no session state.

In transaction pooling consecutive statements of one client may run on different server
connections, so a statement prepared on one (psycopg prepares a query after a few executions)
is missing on the next: the engine must not prepare (crm.db: prepare_threshold=None)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from crm.db import make_engine
from tests.support.pgbouncer import PgBouncer
from tests.support.sync_lab import make_central

AGENT = "giulia.rossi"


def test_the_engine_survives_its_statements_moving_between_server_connections(
    pg_url: str, pgbouncer: PgBouncer
) -> None:
    central = make_central(pg_url, [AGENT])
    engine = make_engine(central.agent_url(AGENT, pgbouncer.port))
    query = text("SELECT count(*) FROM change_log WHERE seq > :s")
    try:
        with engine.connect() as mine, engine.connect() as other:
            mine = mine.execution_options(isolation_level="AUTOCOMMIT")
            for _ in range(8):  # often enough for psycopg to prepare it, if it may
                mine.execute(query, {"s": 0})
            # The other client of the same agent takes the server connection just used...
            other.execute(text("SELECT 1"))
            assert other.in_transaction()
            # ...so this runs on another one, which never saw any PREPARE.
            for _ in range(3):
                assert mine.execute(query, {"s": 0}).scalar() is not None
            assert mine.execute(text("SELECT current_user")).scalar() == AGENT
            other.rollback()
    finally:
        engine.dispose()
        central.engine.dispose()


@pytest.mark.parametrize("kind", ["session SET", "advisory lock"])
def test_the_store_code_keeps_no_session_state(kind: str) -> None:
    """A static guard: no session-level SET, session advisory lock, LISTEN or temp table in the
    store's code (each would leak to another agent's transaction through the pooler)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    patterns = {
        "session SET": r"[\"'](SET (?!LOCAL)(?!TRANSACTION)\w)",
        "advisory lock": r"pg_advisory_lock\(|pg_try_advisory_lock\(|[\"']LISTEN |CREATE TEMP",
    }
    offenders = [
        f"{path.relative_to(root)}:{n}"
        for folder in ("crm", "softphone")
        for path in sorted((root / folder).rglob("*.py"))
        if "bench" not in path.relative_to(root).parts  # softphone/bench/: the benchmarks
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(patterns[kind], line)
    ]
    assert offenders == []
