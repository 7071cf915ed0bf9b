"""Sync against the real PostgreSQL: outbox, exactly-once, change feed, outages (the agents' rights
are in tests/integration/test_store_rights.py)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import event, select, text
from sqlalchemy.engine import make_url

from crm import applier, change_feed, pruning, schema
from crm import sync as sync_module
from crm.sync import SyncState
from tests.support.feed_probe import feed_lock_free
from tests.support.pgbouncer import PgBouncer
from tests.support.postgres import PostgresServer
from tests.support.sync_lab import Central, Client, make_central, sync_client
from tests.support.tcp_proxy import tcp_proxy

pytestmark = pytest.mark.timeout(300)

AGENTS = ["giulia.rossi", "markus.pichler", "fiona.kelly", "claire.dubois"]
SUPERVISOR = "paola.moretti"


@pytest.fixture
def central(pg_url: str) -> Central:
    return make_central(pg_url, [*AGENTS, SUPERVISOR])


def _pg_target(pg_server: PostgresServer) -> tuple[str, int]:
    if pg_server.host.startswith("/"):
        pytest.skip("the proxy needs a TCP server")
    return pg_server.host, pg_server.port


def note(ticket: dict[str, Any], body: str, at: datetime | None = None) -> dict[str, Any]:
    return {
        "ticket_uid": ticket["uid"],
        "kind": "note",
        "direction": "internal",
        "occurred_at": (at or datetime.now(UTC)).isoformat(),
        "body": body,
    }


def _first_reads(clients: list[Client], ticket: dict[str, Any]) -> None:
    """Each client reads the ticket's caller once from the central store."""
    for client in clients:
        client.wait(
            lambda cl=client: cl.sync.read_caller(ticket["e164"]).source == "central",
            10,
            "the first read",
        )


def _kill_backends(admin: psycopg.Connection[Any], database: str | None) -> int:
    """Ends every other login's server connection to `database`; how many it ended."""
    killed = admin.execute(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
        "WHERE datname = %s AND usename <> current_user",
        (database,),
    ).fetchone()
    return int(killed[0]) if killed else 0


def _write_through_trouble(
    clients: list[Client],
    write_all: Callable[[int], None],
    make_trouble: Callable[[], None],
    done: threading.Event,
    timeout_s: float,
) -> None:
    """One writer thread per client (`write_all(index)`) while `make_trouble` runs; waits for
    every outbox to empty, then sets `done` and waits for the trouble to end."""
    trouble = threading.Thread(target=make_trouble)
    trouble.start()
    writers = [threading.Thread(target=write_all, args=(i,)) for i in range(len(clients))]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    try:
        for client in clients:
            client.wait(lambda cl=client: cl.sync.status.pending == 0, timeout_s, "outbox empty")
    finally:
        done.set()
        trouble.join()


def test_four_clients_2000_writes_each_through_killed_connections_and_outages(
    central: Central, pg_server: PostgresServer, tmp_path: Path
) -> None:
    ticket = central.ticket(0)
    writes_each = 2000
    database = central.engine.url.database
    with (
        tcp_proxy(_pg_target(pg_server)) as proxy,
        sync_client(central, AGENTS[0], tmp_path, port=proxy.port) as a,
        sync_client(central, AGENTS[1], tmp_path, port=proxy.port) as b,
        sync_client(central, AGENTS[2], tmp_path, port=proxy.port) as c,
        sync_client(central, AGENTS[3], tmp_path, port=proxy.port) as d,
    ):
        clients = [a, b, c, d]
        _first_reads(clients, ticket)  # each agent has the ticket on screen: in their cache

        done = threading.Event()
        chaos = {"kills": 0, "outages": 0}

        def make_trouble() -> None:
            with psycopg.connect(pg_server.admin_conninfo, autocommit=True) as admin:
                round_ = 0
                while not done.is_set():
                    round_ += 1
                    chaos["kills"] += _kill_backends(admin, database)
                    if round_ % 4 == 0:
                        proxy.cut()  # the server is unreachable for a while
                        chaos["outages"] += 1
                        done.wait(0.5)
                        proxy.restore()
                    done.wait(0.5)

        def write_all(index: int) -> None:
            for i in range(writes_each):
                clients[index].sync.write("interaction.append", note(ticket, f"c{index}-{i:05d}"))

        _write_through_trouble(clients, write_all, make_trouble, done, 180)
        assert chaos["kills"] > 0 and chaos["outages"] > 0, chaos

        latest = central.scalar("SELECT max(seq) FROM change_log")
        for client in clients:
            client.wait(lambda cl=client: cl.local.last_seq >= latest, 60, "caught up")

        # Every write is present exactly once, and each client's writes are in its order.
        with central.engine.connect() as conn:
            rows = (
                conn.execute(
                    select(schema.interactions.c.body)
                    .where(schema.interactions.c.ticket_id == ticket["id"])
                    .where(schema.interactions.c.body.like("c%-%"))
                    .order_by(schema.interactions.c.id)
                )
                .scalars()
                .all()
            )
        assert len(rows) == 4 * writes_each
        assert len(set(rows)) == 4 * writes_each
        for index in range(4):
            mine = [r for r in rows if r.startswith(f"c{index}-")]
            assert mine == [f"c{index}-{i:05d}" for i in range(writes_each)]

        # Every client's cache converged on the same rows at the same versions.
        prints = [cl.local.fingerprint(["interactions", "tickets"]) for cl in clients]
        assert all(p == prints[0] for p in prints[1:])
        cached_bodies = {
            r.data["body"] for r in a.local.rows("interactions") if r.data["body"][:1] == "c"
        }
        assert len(cached_bodies & set(rows)) == 4 * writes_each
        assert [cl.local.rejected() for cl in clients] == [[], [], [], []]
    assert proxy.connections_made > 4  # the clients really reconnected through the outages


def test_four_clients_through_pgbouncer_restarted_mid_run_lose_and_double_nothing(
    central: Central, pgbouncer: PgBouncer, pg_server: PostgresServer, tmp_path: Path
) -> None:
    ticket = central.ticket(5)
    writes_each = 400
    database = central.engine.url.database
    with contextlib.ExitStack() as stack:
        clients = [
            stack.enter_context(sync_client(central, login, tmp_path, port=pgbouncer.port))
            for login in AGENTS
        ]
        _first_reads(clients, ticket)
        done = threading.Event()
        chaos = {"restarts": 0, "kills": 0}

        def make_trouble() -> None:
            with psycopg.connect(pg_server.admin_conninfo, autocommit=True) as admin:
                for _round in range(3):  # three restarts while the writes go on
                    if done.wait(1.5):
                        return
                    pgbouncer.restart()  # every client's link to the pooler is cut
                    chaos["restarts"] += 1
                    # and the pooler's links to the server
                    chaos["kills"] += _kill_backends(admin, database)

        def write_all(index: int) -> None:
            for i in range(writes_each):
                clients[index].sync.write("interaction.append", note(ticket, f"p{index}-{i:05d}"))
                if i % 50 == 0:  # spread the writes over the restarts, as a shift does
                    done.wait(0.6)

        _write_through_trouble(clients, write_all, make_trouble, done, 120)
        assert chaos["restarts"] == 3 and pgbouncer.restarts >= 3, chaos
        latest = central.scalar("SELECT max(seq) FROM change_log")
        for client in clients:
            client.wait(lambda cl=client: cl.local.last_seq >= latest, 60, "caught up")
        rows = list(
            central.engine.connect()
            .execute(text("SELECT body FROM interactions WHERE body LIKE 'p%-%' ORDER BY id"))
            .scalars()
        )
        assert len(rows) == len(set(rows)) == 4 * writes_each  # nothing lost, nothing doubled
        for index in range(4):
            assert [r for r in rows if r.startswith(f"p{index}-")] == [
                f"p{index}-{i:05d}" for i in range(writes_each)
            ]
        prints = [cl.local.fingerprint(["interactions", "tickets"]) for cl in clients]
        assert all(p == prints[0] for p in prints[1:])
        assert [cl.local.rejected() for cl in clients] == [[], [], [], []]


def test_writes_while_the_store_is_down_arrive_once_in_order(
    central: Central, pg_server: PostgresServer, tmp_path: Path, via: int | None
) -> None:
    ticket = central.ticket(1)
    target = _pg_target(pg_server) if via is None else ("127.0.0.1", via)
    with (
        tcp_proxy(target) as proxy,
        sync_client(central, AGENTS[0], tmp_path, port=proxy.port) as client,
    ):
        client.wait(lambda: client.sync.status.state == SyncState.CONNECTED, 10, "connected")
        assert client.sync.read_caller(ticket["e164"]).source == "central"
        proxy.cut()
        took = client.wait(
            lambda: client.sync.status.state == SyncState.OFFLINE, 10, "offline shown"
        )
        assert took < 5
        start = datetime.now(UTC)
        for i in range(50):
            client.sync.write("interaction.append", note(ticket, f"offline-{i:02d}"))
        client.sync.write(
            "ticket.update",
            {
                "ticket_uid": ticket["uid"],
                "fields": {"status": "pending"},
                "changed_at": (start + timedelta(seconds=1)).isoformat(),
            },
        )
        assert client.sync.status.pending == 51
        assert central.scalar("SELECT count(*) FROM interactions WHERE body LIKE 'offline-%'") == 0
        # The caller's card and the new notes are readable offline, from the cache.
        offline = client.sync.read_caller(ticket["e164"])
        assert offline.source == "cache"
        assert ticket["uid"] in {t.uid for t in offline.records.tickets}
        offline_notes = [i.body for i in offline.records.interactions]
        assert {f"offline-{i:02d}" for i in range(50)} <= set(offline_notes)

        proxy.restore()
        took = client.wait(lambda: client.sync.status.pending == 0, 15, "outbox empty")
        client.wait(lambda: client.sync.status.state == SyncState.CONNECTED, 10, "connected")
    bodies = (
        central.engine.connect()
        .execute(text("SELECT body FROM interactions WHERE body LIKE 'offline-%' ORDER BY id"))
        .scalars()
        .all()
    )
    assert bodies == [f"offline-{i:02d}" for i in range(50)]
    assert central.scalar("SELECT status FROM tickets WHERE uid = :u", u=ticket["uid"]) == "pending"


def test_a_client_cut_off_longer_than_the_recheck_finds_the_log_pruned_and_resyncs(
    central: Central, pg_server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Well past the longest backoff wait (3 s): only an outage measured from its first failure
    # reaches it, not the time since the last attempt.
    monkeypatch.setattr(sync_module, "HORIZON_RECHECK_S", 6.0)
    ticket, other = central.ticket(6), central.ticket(7)
    with (
        tcp_proxy(_pg_target(pg_server)) as proxy,
        sync_client(central, AGENTS[0], tmp_path, port=proxy.port) as client,
    ):
        client.wait(lambda: client.sync.read_caller(ticket["e164"]).source == "central", 10, "read")
        # Two notes, the second written once the first came back by the feed: it goes out in a
        # later round than the first one, so the client has checked the feed's horizon once.
        for n in range(2):
            client.sync.write("interaction.append", note(ticket, f"before the cut {n}"))
            client.wait(lambda: client.sync.status.pending == 0, 10, "the note sent")
            sent = central.scalar("SELECT max(seq) FROM change_log")
            client.wait(lambda s=sent: client.local.last_seq >= s, 10, "the note back")
        assert client.sync.status.resyncs == 0
        position = client.local.last_seq
        proxy.cut()
        client.wait(lambda: client.sync.status.state == SyncState.OFFLINE, 10, "offline")
        cut_at = time.monotonic()
        # While the client is cut off: a change to its ticket ages out of the log and is pruned.
        with central.engine.begin() as conn:
            applier.apply_writes(
                conn, [("away-1", "ticket.update", {"ticket_uid": ticket["uid"],
                        "fields": {"subject": "Changed while cut off"},
                        "changed_at": datetime.now(UTC).isoformat()})],
                client_id="admin", actor_login=AGENTS[1],
            )  # fmt: skip
            conn.execute(text("UPDATE change_log SET changed_at = now() - interval '9 days'"))
            applier.apply_writes(
                conn, [("away-2", "interaction.append", note(other, "fresh"))],
                client_id="admin", actor_login=AGENTS[1],
            )  # fmt: skip
        with central.engine.begin() as conn:
            report = pruning.prune(conn)
            latest = change_feed.latest_seq(conn)
        assert report.oldest_seq_kept > position + 1
        client.wait(lambda: time.monotonic() - cut_at > 7.0, 10, "an outage past the re-check")
        proxy.restore()
        client.wait_resynced(latest, ticket, "Changed while cut off", resync_s=20)


def test_a_change_reaches_another_client_by_the_feed_poll_and_by_catch_up_after_an_outage(
    central: Central, pg_server: PostgresServer, tmp_path: Path, via: int | None
) -> None:
    ticket = central.ticket(2)
    target = _pg_target(pg_server) if via is None else ("127.0.0.1", via)
    with (
        tcp_proxy(target) as proxy,
        sync_client(central, AGENTS[0], tmp_path, port=via) as writer,
        sync_client(central, AGENTS[1], tmp_path, port=proxy.port) as reader,
    ):
        # No LISTEN (it does not work through a transaction pooler): the feed poll brings it.
        reader.wait(lambda: reader.sync.read_caller(ticket["e164"]).source == "central", 10, "read")
        reader.wait(lambda: reader.sync.status.state == SyncState.CONNECTED, 10, "connected")

        def subject_in_reader_cache() -> str:
            row = reader.local.row("tickets", ticket["uid"])
            return "" if row is None else str(row.data["subject"])

        writer.sync.write(
            "ticket.update",
            {
                "ticket_uid": ticket["uid"],
                "fields": {"subject": "Pension statement missing"},
                "changed_at": datetime.now(UTC).isoformat(),
            },
        )
        took = reader.wait(
            lambda: subject_in_reader_cache() == "Pension statement missing",
            5,
            "the change by the feed poll",
        )
        assert took < 2

        # While the reader is cut off, notifications to it are lost; the catch-up finds them.
        proxy.cut()
        reader.wait(lambda: reader.sync.status.state == SyncState.OFFLINE, 10, "offline")
        writer.sync.write(
            "ticket.update",
            {
                "ticket_uid": ticket["uid"],
                "fields": {"subject": "Statement sent by post"},
                "changed_at": datetime.now(UTC).isoformat(),
            },
        )
        writer.wait(lambda: writer.sync.status.pending == 0, 10, "pushed")
        proxy.restore()
        reader.wait(lambda: subject_in_reader_cache() == "Statement sent by post", 10, "catch-up")


def test_last_writer_wins_per_field_and_both_values_stay_in_the_history(
    central: Central, tmp_path: Path
) -> None:
    ticket = central.ticket(3)
    early = datetime.now(UTC) - timedelta(minutes=5)
    late = early + timedelta(minutes=1)
    with (
        sync_client(central, AGENTS[0], tmp_path) as a,
        sync_client(central, AGENTS[1], tmp_path) as b,
    ):
        # b edited later but was offline; its write arrives first. a's older edit arrives after.
        b.sync.write(
            "ticket.update",
            {
                "ticket_uid": ticket["uid"],
                "fields": {"status": "closed", "language": "de"},
                "changed_at": late.isoformat(),
            },
        )
        b.wait(lambda: b.sync.status.pending == 0, 10, "b pushed")
        a.sync.write(
            "ticket.update",
            {
                "ticket_uid": ticket["uid"],
                "fields": {"status": "pending", "subject": "Bank details"},
                "changed_at": early.isoformat(),
            },
        )
        a.wait(lambda: a.sync.status.pending == 0, 10, "a pushed")
    with central.engine.connect() as conn:
        row = (
            conn.execute(select(schema.tickets).where(schema.tickets.c.uid == ticket["uid"]))
            .mappings()
            .one()
        )
        history = conn.execute(
            select(schema.ticket_field_changes.c.field, schema.ticket_field_changes.c.new_value)
            .where(schema.ticket_field_changes.c.ticket_id == ticket["id"])
            .order_by(schema.ticket_field_changes.c.id)
        ).all()
    assert row["status"] == "closed"  # the later edit wins, though it arrived first
    assert row["closed_at"] is not None
    assert row["language"] == "de"
    assert row["subject"] == "Bank details"  # a field only a edited: a's value
    assert ("status", "closed") in history and ("status", "pending") in history


def test_a_refused_write_is_kept_aside_and_does_not_block_the_others(
    central: Central, tmp_path: Path, via: int | None
) -> None:
    ticket = central.ticket(4)
    with sync_client(central, AGENTS[0], tmp_path, port=via) as client:
        client.sync.write("interaction.append", note(ticket, "before"))
        client.sync.write(
            "ticket.update",
            {
                "ticket_uid": "no-such-ticket",
                "fields": {"status": "closed"},
                "changed_at": datetime.now(UTC).isoformat(),
            },
        )
        malformed = note(ticket, "no time")
        del malformed["occurred_at"]
        client.sync.write("interaction.append", malformed)
        client.sync.write("interaction.append", {**note(ticket, "bad kind"), "kind": "fax"})
        client.sync.write("interaction.append", note(ticket, "after"))
        client.wait(lambda: client.sync.status.pending == 0, 10, "outbox empty")
        assert client.sync.status.rejected == 3
        refused = {
            entry.payload.get("body", ""): reason for entry, reason in client.local.rejected()
        }
        assert "unknown ticket" in refused[""]
        assert set(refused) == {"", "no time", "bad kind"}
        # The refused notes do not linger in the cached history as if they had been saved.
        cached = {r.data.get("body") for r in client.local.rows("interactions")}
        assert "no time" not in cached and "bad kind" not in cached
    assert (
        central.scalar("SELECT count(*) FROM interactions WHERE body IN ('before', 'after')") == 2
    )


def test_sqlite_store_applies_each_write_once_and_feeds_the_other_client(
    sqlite_url: str, tmp_path: Path
) -> None:
    central = make_central(sqlite_url, [])
    ticket = central.ticket(0)
    with (
        sync_client(central, AGENTS[0], tmp_path, poll_interval_s=0.2) as a,
        sync_client(central, AGENTS[1], tmp_path, poll_interval_s=0.2) as b,
    ):
        b.wait(lambda: b.sync.read_caller(ticket["e164"]).source == "central", 10, "read")
        key = a.sync.write("interaction.append", note(ticket, "once"))
        a.wait(lambda: a.local.pending_count() == 0, 10, "pushed")
        assert a.sync.pushed == 1
        a.local.enqueue("interaction.append", note(ticket, "once"), key)  # a retried write
        a.sync.wake()
        a.wait(lambda: a.local.pending_count() == 0, 10, "pushed again")
        assert a.sync.pushed == 1  # sent again, and recognised as already applied
        b.wait(
            lambda: any(r.data["body"] == "once" for r in b.local.rows("interactions")),
            10,
            "the note in the other agent's cache",
        )
    assert central.scalar("SELECT count(*) FROM interactions WHERE body = 'once'") == 1


def test_the_feed_says_whose_a_note_is_so_a_desk_skips_other_callers_notes_unread(
    store_url: str, tmp_path: Path
) -> None:
    """A floor's feed is mostly notes on callers a given desk never opened: the feed entry
    names the note's contact and ticket, so the desk does not read those notes to find out."""
    central = make_central(store_url, AGENTS[:2] if store_url.startswith("postgresql") else [])
    mine = central.ticket(0)
    contact_of = "SELECT contact_id FROM tickets WHERE uid = :uid"
    theirs = next(
        t
        for t in (central.ticket(i) for i in range(1, 40))
        if central.scalar(contact_of, uid=t["uid"]) != central.scalar(contact_of, uid=mine["uid"])
    )
    with (
        sync_client(central, AGENTS[0], tmp_path, poll_interval_s=0.2) as writer,
        sync_client(central, AGENTS[1], tmp_path, poll_interval_s=0.2) as desk,
    ):
        desk.wait(lambda: desk.sync.read_caller(mine["e164"]).source == "central", 10, "read")
        asked: list[str] = []

        def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
            asked.append(f"{statement} {parameters}")

        event.listen(desk.sync.engine, "before_cursor_execute", record)
        writer.sync.write("interaction.append", note(theirs, "on a caller the desk never opened"))
        writer.sync.write("interaction.append", note(mine, "on the desk's caller"))
        writer.wait(lambda: writer.local.pending_count() == 0, 10, "pushed")
        last = int(central.scalar("SELECT max(seq) FROM change_log"))
        desk.wait(lambda: desk.local.last_seq >= last, 10, "the desk past both notes")
        event.remove(desk.sync.engine, "before_cursor_execute", record)

        bodies = {str(r.data.get("body")) for r in desk.local.rows("interactions")}
        assert "on the desk's caller" in bodies
        assert "on a caller the desk never opened" not in bodies
        other = central.scalar(
            "SELECT uid FROM interactions WHERE body = 'on a caller the desk never opened'"
        )
        own = central.scalar("SELECT uid FROM interactions WHERE body = 'on the desk''s caller'")
        assert any(own in line for line in asked)  # the desk did read its own caller's note
        assert not any(other in line for line in asked)  # and never asked for the other one
        scope = central.scalar(
            "SELECT contact_id FROM change_log WHERE table_name = 'interactions'"
            " AND row_key = :uid",
            uid=other,
        )
        assert scope == central.scalar(contact_of, uid=theirs["uid"])


def test_a_presence_change_comes_with_the_feed_itself(store_url: str, tmp_path: Path) -> None:
    """Every desk keeps every agent's presence, and a floor changes it several times a second:
    the feed carries the row, so the desk's poll needs no second query for it."""
    central = make_central(store_url, AGENTS[:2] if store_url.startswith("postgresql") else [])
    with (
        sync_client(central, AGENTS[0], tmp_path, poll_interval_s=0.2) as writer,
        sync_client(central, AGENTS[1], tmp_path, poll_interval_s=0.2) as desk,
    ):
        desk.wait(lambda: desk.sync.status.state == SyncState.CONNECTED, 10, "connected")
        asked: list[str] = []

        def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            asked.append(statement)

        event.listen(desk.sync.engine, "before_cursor_execute", record)
        since = datetime.now(UTC).isoformat()
        writer.sync.write("presence.set", {"login": AGENTS[0], "state": "paused", "since": since})
        writer.wait(lambda: writer.local.pending_count() == 0, 10, "pushed")
        agent_id = central.scalar("SELECT id FROM agents WHERE login = :l", l=AGENTS[0])

        def state_at_desk() -> str:
            row = desk.local.row("agent_presence", str(agent_id))
            return "" if row is None else str(row.data.get("state"))

        desk.wait(lambda: state_at_desk() == "paused", 10, "the pause at the other desk")
        event.remove(desk.sync.engine, "before_cursor_execute", record)
        assert asked  # the desk did poll
        assert not any(s.lstrip().startswith("SELECT agent_presence.") for s in asked)


def test_a_read_login_on_the_primary_itself_needs_no_wal_positions(
    central: Central, pg_server: PostgresServer, tmp_path: Path
) -> None:
    """store.read_url may name the primary itself (the pooler's shared reader): once a read
    finds that server is no standby, a write no longer costs a WAL-position query."""
    ticket = central.ticket(0)
    _pg_target(pg_server)
    with sync_client(central, AGENTS[0], tmp_path, read_port=pg_server.port) as agent:
        asked: list[str] = []

        def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            asked.append(statement)

        event.listen(agent.sync.engine, "before_cursor_execute", record)
        agent.sync.write("interaction.append", note(ticket, "first"))
        agent.wait(lambda: agent.sync.status.pending == 0, 10, "pushed")
        assert any("pg_current_wal_insert_lsn" in s for s in asked)  # not known yet: asked
        assert "first" in {
            i.body for i in agent.sync.read_caller(ticket["e164"]).records.interactions
        }
        asked.clear()
        agent.sync.write("interaction.append", note(ticket, "second"))
        agent.wait(lambda: agent.sync.status.pending == 0, 10, "pushed again")
        assert asked and not any("pg_current_wal_insert_lsn" in s for s in asked)
        read = agent.sync.read_caller(ticket["e164"])
        assert "second" in {i.body for i in read.records.interactions}
        assert agent.sync.reads.last_source == "replica"  # still read through the read login
        event.remove(agent.sync.engine, "before_cursor_execute", record)


def test_a_pop_on_a_connection_dropped_since_its_last_use_reconnects_without_going_offline(
    central: Central, pg_server: PostgresServer, tmp_path: Path
) -> None:
    """Pooled connections are pinged only after idling (crm.db): one the server dropped right
    after its last use fails its statement, and the read tries once more on a fresh one."""
    ticket = central.ticket(0)
    with sync_client(central, AGENTS[0], tmp_path, poll_interval_s=60) as agent:
        agent.wait(lambda: agent.sync.status.state == SyncState.CONNECTED, 10, "connected")
        assert agent.sync.read_caller(ticket["e164"]).source == "central"
        with psycopg.connect(pg_server.admin_conninfo, autocommit=True) as admin:
            assert _kill_backends(admin, make_url(central.url).database) >= 1
        read = agent.sync.read_caller(ticket["e164"])
        assert read.source == "central"
        assert agent.sync.status.state == SyncState.CONNECTED


def test_callback_outcomes_and_script_answers_go_through_the_outbox(
    central: Central, tmp_path: Path
) -> None:
    with central.engine.connect() as conn:
        request_uid, max_attempts = conn.execute(
            text(
                "SELECT uid, max_attempts FROM callback_requests WHERE status = 'queued'"
                " AND attempts = 0 ORDER BY id LIMIT 1"
            )
        ).one()
        script_id = conn.execute(text("SELECT min(id) FROM call_scripts")).scalar_one()
    ticket = central.ticket(5)
    now = datetime.now(UTC)
    with sync_client(central, AGENTS[0], tmp_path) as client:
        later = (now + timedelta(minutes=30)).isoformat()
        client.sync.write(
            "callback.outcome",
            {"request_uid": request_uid, "outcome": "no_answer", "started_at": now.isoformat(),
             "ended_at": now.isoformat(), "next_attempt_at": later},
        )  # fmt: skip
        client.sync.write(
            "script_run.save",
            {"script_id": script_id, "ticket_uid": ticket["uid"],
             "callback_request_uid": request_uid,
             "answers": {"identity": "verified by PIN", "request": "pension statement"}},
        )  # fmt: skip
        client.sync.write(
            "callback.outcome",
            {"request_uid": request_uid, "outcome": "reached", "started_at": now.isoformat()},
        )
        client.wait(lambda: client.local.pending_count() == 0, 10, "outbox empty")
        assert client.local.rejected() == []
    with central.engine.connect() as conn:
        status, attempts, last = conn.execute(
            text("SELECT status, attempts, last_outcome FROM callback_requests WHERE uid = :u"),
            {"u": request_uid},
        ).one()
        logged = conn.execute(
            text(
                "SELECT a.outcome, g.login FROM callback_attempts a JOIN agents g"
                " ON g.id = a.agent_id JOIN callback_requests r ON r.id = a.request_id"
                " WHERE r.uid = :u ORDER BY a.id"
            ),
            {"u": request_uid},
        ).all()
        answers = conn.execute(
            text(
                "SELECT s.answers FROM script_runs s JOIN tickets t ON t.id = s.ticket_id"
                " WHERE t.uid = :u"
            ),
            {"u": ticket["uid"]},
        ).scalar_one()
    assert (status, attempts, last) == ("done", 2, "reached") and max_attempts >= 2
    assert [tuple(row) for row in logged] == [("no_answer", AGENTS[0]), ("reached", AGENTS[0])]
    assert answers["request"] == "pension statement"


def test_a_desk_s_push_holds_the_feed_s_lock_for_no_round_trip(
    central: Central, pg_url: str, tmp_path: Path
) -> None:
    """Its COMMIT goes with the feed's rows (crm/feed_pg.py): by the time the desk's own commit
    would be sent, the transaction has ended and the lock every writer queues on is free. Before,
    it was held until then, however slow the desk was to get there."""
    ticket = central.ticket(0)
    probes: list[tuple[bool, bool]] = []  # (the lock was free, the desk's note was visible)
    with (
        psycopg.connect(central.conninfo(SUPERVISOR), autocommit=True) as other,
        sync_client(central, AGENTS[0], tmp_path, poll_interval_s=0.2) as desk,
    ):

        def before_commit(_conn: object) -> None:  # the desk's commit, about to be sent
            free = feed_lock_free(other)
            seen = other.execute(
                "SELECT count(*) FROM interactions WHERE body = 'no round trip'"
            ).fetchone()
            probes.append((free, bool(seen and seen[0])))

        event.listen(desk.sync.engine, "commit", before_commit)
        desk.sync.write("interaction.append", note(ticket, "no round trip"))
        desk.wait(lambda: desk.local.pending_count() == 0, 20, "pushed")
        event.remove(desk.sync.engine, "commit", before_commit)
    assert any(seen for _, seen in probes), probes  # the push's commit was probed
    assert all(free for free, _ in probes), probes


def test_feed_keys_with_percent_signs_and_quotes_commit_with_the_feed(central: Central) -> None:
    """The one-message commit binds its values in the client (crm/feed_pg.py): a key with `%`,
    quotes or a backslash is a value, never a placeholder or SQL."""
    odd = "odd%key'with\"quotes%s\\"
    with central.engine.connect() as conn:
        with conn.begin():
            seq = change_feed.record_changes(conn, [("tickets", odd)], commit=True)
        assert (
            conn.execute(
                text("SELECT row_key FROM change_log WHERE seq = :seq"), {"seq": seq}
            ).scalar_one()
            == odd
        )
