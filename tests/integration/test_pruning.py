"""Pruning the change log and the idempotency keys (crm.pruning), on both backends: what a
client still needs is kept, a client away longer re-syncs from scratch and says so, and an
outbox entry older than the keys kept is set aside instead of risking a double."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import event, select, text

from crm import applier, change_feed, pruning, schema
from crm.local_store import LocalStore
from crm.schema import aware
from tests.support.feed_probe import feed_lock_free
from tests.support.sync_lab import Central, make_central, note, sync_client

pytestmark = pytest.mark.timeout(120)

AWAY, STAYED = "giulia.rossi", "markus.pichler"


@pytest.fixture
def central(store_url: str) -> Central:
    return make_central(store_url, [AWAY, STAYED])


def _subject(ticket: dict[str, Any], subject: str) -> dict[str, Any]:
    return {
        "ticket_uid": ticket["uid"],
        "fields": {"subject": subject},
        "changed_at": datetime.now(UTC).isoformat(),
    }


def _age(central: Central, table: str, column: str, days: int) -> None:
    with central.engine.begin() as conn:
        conn.execute(
            text(f"UPDATE {table} SET {column} = :t"), {"t": datetime.now(UTC) - timedelta(days)}
        )


def _apply(central: Central, kind: str, payload: dict[str, Any]) -> None:
    with central.engine.begin() as conn:
        applier.apply_writes(
            conn, [(f"k-{datetime.now(UTC).timestamp()}", kind, payload)],
            client_id="admin", actor_login=STAYED,
        )  # fmt: skip


def test_a_client_away_longer_than_the_log_keeps_resyncs_from_scratch_and_says_so(
    central: Central, tmp_path: Path
) -> None:
    pruned_ticket, other = central.ticket(0), central.ticket(3)
    with sync_client(central, AWAY, tmp_path / "away") as away:
        away.sync.read_caller(pruned_ticket["e164"])  # on their screen: in their cache
        away.wait(lambda: away.local.row("tickets", pruned_ticket["uid"]) is not None, 10, "read")
        position = away.local.last_seq
    # While they are away: a change to their ticket, which ages out of the log...
    _apply(central, "ticket.update", _subject(pruned_ticket, "Changed while away"))
    _age(central, "change_log", "changed_at", 9)
    _age(central, "applied_writes", "applied_at", 40)
    # ...and a fresh one, which stays.
    _apply(central, "interaction.append", note(other, "fresh"))
    with central.engine.begin() as conn:
        report = pruning.prune(conn)
        latest = change_feed.latest_seq(conn)
    assert report.change_log_deleted > 0 and report.applied_writes_deleted > 0
    assert report.oldest_seq_kept > position + 1
    assert latest >= report.oldest_seq_kept  # the feed position never goes back

    with sync_client(central, AWAY, tmp_path / "away") as away:
        away.wait_resynced(latest, pruned_ticket, "Changed while away")


def test_a_client_that_stayed_is_not_resynced_and_keeps_following_the_feed(
    central: Central, tmp_path: Path
) -> None:
    ticket = central.ticket(1)
    with sync_client(central, STAYED, tmp_path) as stayed:
        stayed.sync.read_caller(ticket["e164"])
        stayed.wait(lambda: stayed.local.row("tickets", ticket["uid"]) is not None, 10, "read")
        _age(central, "change_log", "changed_at", 9)
        with central.engine.begin() as conn:
            pruning.prune(conn)
        _apply(central, "ticket.update", _subject(ticket, "After the prune"))
        stayed.wait(
            lambda: (
                (r := stayed.local.row("tickets", ticket["uid"])) is not None
                and r.data["subject"] == "After the prune"
            ),
            10,
            "the change after the prune",
        )
        assert stayed.sync.status.resyncs == 0


def test_an_outbox_entry_older_than_the_keys_kept_is_set_aside_not_sent(
    central: Central, tmp_path: Path
) -> None:
    ticket = central.ticket(2)
    # Queued while offline long ago, and just now; nothing has pushed yet.
    local = LocalStore(tmp_path / f"{AWAY}.sqlite3")
    old = local.enqueue("interaction.append", note(ticket, "too old"))
    local.enqueue("interaction.append", note(ticket, "recent"))
    stale = (datetime.now(UTC) - pruning.KEYS_KEEP - timedelta(days=1)).isoformat()
    journal = local._journal()
    journal.execute("UPDATE outbox SET created_at = ? WHERE key = ?", (stale, old))
    journal.commit()
    local.close()
    with sync_client(central, AWAY, tmp_path) as client:
        client.wait(lambda: client.sync.status.pending == 0, 10, "outbox empty")
        rejected = client.local.rejected()
        assert [e.key for e, _ in rejected] == [old]
        assert "older than the store keeps" in rejected[0][1]
    with central.engine.connect() as conn:
        bodies = conn.execute(
            text("SELECT body FROM interactions WHERE body IN ('too old', 'recent')")
        ).scalars()
        assert list(bodies) == ["recent"]


def test_agents_whose_desks_went_silent_long_ago_are_set_offline_through_the_feed(
    central: Central,
) -> None:
    """A desk that crashed yesterday is "not responding" on the wallboard from three missed
    heartbeats on; the daily prune then sets its agent offline as of the last heartbeat, and
    every desk hears of it through the feed. An agent stamped recently is left alone."""
    now = datetime.now(UTC)
    last_seen = now - pruning.GONE_AFTER - timedelta(minutes=5)
    p = schema.agent_presence
    with central.engine.begin() as conn:
        ids = {
            login: conn.scalar(select(schema.agents.c.id).where(schema.agents.c.login == login))
            for login in (AWAY, STAYED)
        }
        conn.execute(p.delete().where(p.c.agent_id.in_(ids.values())))
        conn.execute(p.insert(), [
            {"agent_id": ids[AWAY], "state": "on_call", "since": last_seen - timedelta(hours=1),
             "heartbeat_at": last_seen, "current_call": {"caller": "Maria Rossi"}},
            {"agent_id": ids[STAYED], "state": "available", "since": now - timedelta(hours=14),
             "heartbeat_at": now - timedelta(minutes=1), "current_call": {}},
        ])  # fmt: skip
        before = change_feed.latest_seq(conn)
    with central.engine.begin() as conn:
        report = pruning.prune(conn, now=now)
    assert report.presences_ended == 1
    with central.engine.connect() as conn:
        rows = {r.agent_id: r for r in conn.execute(select(p)).all()}
        fed = [(e.table, e.key) for e in change_feed.changes_since(conn, before)]
    gone, stayed = rows[ids[AWAY]], rows[ids[STAYED]]
    assert (gone.state.value, gone.current_call) == ("offline", {})
    assert aware(gone.since) == last_seen  # offline as of the last sign of life
    assert stayed.state.value == "available"
    assert fed == [("agent_presence", str(ids[AWAY]))]


def test_the_prune_deletes_without_holding_the_feed_s_lock(central: Central) -> None:
    """Setting silent agents offline records feed rows, taking the lock every writer queues
    on: the prune does it after its deletes, so a week of change log is never deleted with the
    floor's writes waiting."""
    if central.engine.dialect.name != "postgresql":
        pytest.skip("the embedded store has no feed lock")
    p = schema.agent_presence
    with central.engine.begin() as conn:
        conn.execute(p.update().values(state="available", heartbeat_at=datetime.now(UTC)
                                       - pruning.GONE_AFTER - timedelta(hours=1)))  # fmt: skip
    for n in range(3):  # a week-old log to delete (the newest row is always kept)
        _apply(central, "interaction.append", note(central.ticket(n), f"old {n}"))
    _age(central, "change_log", "changed_at", 9)
    probes: list[bool] = []  # the lock was free when a DELETE was sent
    url = central.engine.url.set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as other:

        def before_delete(_conn: object, _cursor: object, statement: str, *_: object) -> None:
            if statement.lstrip().upper().startswith("DELETE"):
                probes.append(feed_lock_free(other))

        event.listen(central.engine, "before_cursor_execute", before_delete)
        try:
            with central.engine.begin() as conn:
                report = pruning.prune(conn)
        finally:
            event.remove(central.engine, "before_cursor_execute", before_delete)
    assert report.presences_ended > 0 and report.change_log_deleted > 0
    assert probes == [True, True], probes  # the change log's and the keys' deletes
