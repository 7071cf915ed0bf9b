"""Reads from a streaming hot standby (made with pg_basebackup on loopback), writes to the primary:
an agent always reads their own writes, and a replica that lags or is gone is quietly passed over.

The primary and standby are private clusters started once for this module (slow to make). The
test that stops the standby runs last."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from crm.db import make_engine
from crm.read_routing import ReadRouter
from crm.sync import ReadResult, SyncState
from tests.support.postgres import PostgresServer, temp_database
from tests.support.replica import Standby, start_primary_and_standby
from tests.support.sync_lab import Central, make_central, note, sync_client

pytestmark = pytest.mark.timeout(180)

WRITER, READER = "giulia.rossi", "markus.pichler"


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[PostgresServer, Standby]]:
    with start_primary_and_standby() as pair:
        yield pair


@pytest.fixture(scope="module")
def central(cluster: tuple[PostgresServer, Standby]) -> Iterator[Central]:
    primary, standby = cluster
    with temp_database(primary) as name:
        central = make_central(primary.sqlalchemy_url(name), [WRITER, READER])
        standby.wait_caught_up()
        standby.wait_logins([central.conninfo(login, standby.port) for login in (WRITER, READER)])
        yield central
        central.engine.dispose()


def bodies(result: ReadResult) -> set[str]:
    return {i.body for i in result.records.interactions}


def test_reads_go_to_the_replica_and_a_write_is_visible_to_its_writer_at_once(
    central: Central, cluster: tuple[PostgresServer, Standby], tmp_path: Path
) -> None:
    _primary, standby = cluster
    ticket = central.ticket(0)
    with sync_client(central, WRITER, tmp_path, read_port=standby.port) as writer:
        first = writer.sync.read_caller(ticket["e164"])
        assert first.source == "central" and writer.sync.reads.last_source == "replica"
        hits = writer.sync.search(ticket["e164"][-6:] or "a")
        assert hits.source == "central"
        writer.sync.write("interaction.append", note(ticket, "seen at once"))
        writer.wait(lambda: writer.sync.status.pending == 0, 10, "pushed")
        # Right after the push: the replica if it has replayed the write, else the primary.
        assert "seen at once" in bodies(writer.sync.read_caller(ticket["e164"]))


def test_a_paused_replica_never_hides_an_agents_own_note(
    central: Central, cluster: tuple[PostgresServer, Standby], tmp_path: Path
) -> None:
    _primary, standby = cluster
    ticket = central.ticket(1)
    standby.wait_caught_up()
    standby.execute("SELECT pg_wal_replay_pause()")
    try:
        with (
            sync_client(central, WRITER, tmp_path, read_port=standby.port) as writer,
            sync_client(central, READER, tmp_path, read_port=standby.port) as reader,
        ):
            writer.sync.write("interaction.append", note(ticket, "my own note"))
            writer.wait(lambda: writer.sync.status.pending == 0, 10, "pushed")
            for _ in range(3):
                mine = writer.sync.read_caller(ticket["e164"])
                assert "my own note" in bodies(mine)
                assert writer.sync.reads.last_source == "primary"
            # The replica really is behind: another agent reading there does not see it yet.
            theirs = reader.sync.read_caller(ticket["e164"])
            assert reader.sync.reads.last_source == "replica"
            assert "my own note" not in bodies(theirs)
    finally:
        standby.execute("SELECT pg_wal_replay_resume()")
    standby.wait_caught_up()


def test_a_read_endpoint_that_moves_from_the_primary_to_a_lagging_standby_hides_no_write(
    central: Central, cluster: tuple[PostgresServer, Standby]
) -> None:
    """store.read_url found to lead to the primary itself needs no WAL positions; if it then
    leads to a standby (a failover, a pooler pointed elsewhere), the writes made meanwhile are
    still read from the primary until the standby is known to have them."""
    _primary, standby = cluster
    with central.engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS router_probe (v text)"))
    standby.wait_caught_up()

    def wrote(router: ReadRouter, value: str) -> None:
        with central.engine.connect() as conn:
            conn.execute(text("INSERT INTO router_probe VALUES (:v)"), {"v": value})
            conn.commit()
            router.note_write(conn)

    def sees(router: ReadRouter, value: str) -> bool:
        return bool(
            router.read(
                lambda conn: conn.scalar(
                    text("SELECT count(*) FROM router_probe WHERE v = :v"), {"v": value}
                )
            )
        )

    on_primary = make_engine(central.url)
    on_standby = make_engine(make_url(central.url).set(port=standby.port))
    router = ReadRouter(central.engine, on_primary)
    try:
        wrote(router, "before")
        assert sees(router, "before") and router.last_source == "replica"  # the read endpoint
        standby.wait_caught_up()
        standby.execute("SELECT pg_wal_replay_pause()")
        try:
            wrote(router, "while it pointed at the primary")  # no position asked for this one
            router.replica = on_standby  # the endpoint now leads to a standby that lags
            assert sees(router, "while it pointed at the primary")
            assert router.last_source == "primary"
            assert sees(router, "before")  # until a write's position is known: the primary
            assert router.last_source == "primary"
        finally:
            standby.execute("SELECT pg_wal_replay_resume()")
        standby.wait_caught_up()
        wrote(router, "after")  # a write with its position: the standby answers once it has it
        assert sees(router, "after")
    finally:
        on_primary.dispose()
        on_standby.dispose()
        with central.engine.begin() as conn:
            conn.execute(text("DROP TABLE router_probe"))


def test_a_replica_stopped_mid_run_falls_back_to_the_primary_quietly(
    central: Central, cluster: tuple[PostgresServer, Standby], tmp_path: Path
) -> None:
    _primary, standby = cluster
    ticket = central.ticket(2)
    with sync_client(central, READER, tmp_path, read_port=standby.port) as reader:
        reader.wait(lambda: reader.sync.status.state == SyncState.CONNECTED, 10, "connected")
        before = reader.sync.read_caller(ticket["e164"])
        assert reader.sync.reads.last_source == "replica"
        standby.stop()
        after = reader.sync.read_caller(ticket["e164"])
        assert after.source == "central"  # not the cache: the primary answered
        assert reader.sync.reads.last_source == "primary"
        assert {t.uid for t in after.records.tickets} == {t.uid for t in before.records.tickets}
        assert reader.sync.search("a").source == "central"
        # Nothing alarming: the agent's store status never went offline for it.
        assert all(s.state != SyncState.OFFLINE for s in reader.statuses)
