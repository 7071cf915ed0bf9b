"""A call logged while the caller could not be looked up reaches the caller's history (issue 20,
point 3), through the real sync (outbox, push, apply) on SQLite and on PostgreSQL.

On PostgreSQL the store is really away (a TCP proxy cut): the caller was never cached, so the
card said "Unknown caller (local copy)" and the call was logged with the number only. When the
store applies that write it finds the caller by the number itself, with the screen-pop's rule;
a number several contacts share links to none of them and shows in each one's history."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from crm.callers import CallerRecords
from crm.sync import SyncState
from softphone.presenters import caller_pop
from tests.support.postgres import PostgresServer
from tests.support.sync_lab import Central, make_central, sync_client
from tests.support.tcp_proxy import tcp_proxy
from ui.viewmodels import CallPhase, CallView

pytestmark = pytest.mark.timeout(120)

AGENT = "giulia.rossi"


def call_logged_offline(e164: str, body: str) -> dict[str, Any]:
    """What the app writes after a call whose caller it could not look up (cti._call_payload)."""
    return {
        "kind": "call",
        "direction": "inbound",
        "occurred_at": datetime.now(UTC).isoformat(),
        "duration_s": 42,
        "phone_e164": e164,
        "contact_uid": None,
        "ticket_uid": None,
        "subject": None,
        "disposition_code": None,
        "body": body,
        "recording_ref": None,
        "ivr_data": {"topic": "pensions"},
    }


def numbers(central: Central) -> tuple[str, int, str, list[int]]:
    """A number only one contact has (and that contact), and a number two contacts share."""
    with central.engine.begin() as conn:
        own, owner = conn.execute(
            text(
                "SELECT e164, min(contact_id) FROM contact_phones GROUP BY e164"
                " HAVING count(DISTINCT contact_id) = 1 ORDER BY e164 LIMIT 1"
            )
        ).one()
        shared, first = conn.execute(
            text(
                "SELECT e164, contact_id FROM contact_phones WHERE contact_id <> :owner"
                " AND e164 <> :own ORDER BY id LIMIT 1"
            ),
            {"owner": owner, "own": own},
        ).one()
        second = conn.execute(
            text(
                "SELECT min(id) FROM contacts WHERE id NOT IN (:owner, :first)"
                " AND id NOT IN (SELECT contact_id FROM contact_phones WHERE e164 = :shared)"
            ),
            {"owner": owner, "first": first, "shared": shared},
        ).scalar_one()
        conn.execute(  # a family line: the second contact has the first one's number too
            text(
                "INSERT INTO contact_phones (contact_id, e164, label, is_primary)"
                " VALUES (:c, :e, 'home', false)"
            ),
            {"c": second, "e": shared},
        )
    return own, int(owner), shared, [int(first), int(second)]


def card_histories(records: CallerRecords, e164: str) -> dict[int | None, list[str]]:
    """Each contact's history on the caller's card, as the app presents it (bodies)."""
    view = CallView(1, True, CallPhase.RINGING, "", e164, 0.0, e164=e164)
    pop = caller_pop(view, records, from_cache=False, topic_names={}, language="en")
    ids = {c.uid: c.id for c in records.contacts}
    return {ids[card.uid]: [h.body for h in card.history] for card in pop.cards}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_call_logged_without_its_caller_is_linked_by_the_store_and_in_the_history(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    on_pg = backend == "postgresql"
    url = str(request.getfixturevalue("pg_url" if on_pg else "sqlite_url"))
    central = make_central(url, [AGENT] if on_pg else [])
    own, owner, shared, sharers = numbers(central)
    away = tcp_proxy(_pg_target(request)) if on_pg else contextlib.nullcontext()
    with away as proxy, sync_client(
        central, AGENT, tmp_path, port=proxy.port if proxy else None,
        poll_interval_s=0.2,
    ) as client:  # fmt: skip
        client.wait(lambda: client.sync.status.state == SyncState.CONNECTED, 10, "connected")
        if proxy is not None:  # the store goes away before these callers were ever looked up
            proxy.cut()
            client.wait(lambda: client.sync.status.state == SyncState.OFFLINE, 10, "offline")
            unknown = client.sync.read_caller(own)
            assert unknown.source == "cache" and unknown.records.contacts == ()
        client.sync.write("interaction.append", call_logged_offline(own, "offline-own"))
        client.sync.write("interaction.append", call_logged_offline(shared, "offline-shared"))
        if proxy is not None:
            proxy.restore()
        client.wait(lambda: client.sync.status.pending == 0, 20, "outbox empty")
        client.wait(lambda: client.sync.status.state == SyncState.CONNECTED, 10, "connected")

        linked = {
            body: contact
            for body, contact in central.engine.connect().execute(
                text("SELECT body, contact_id FROM interactions WHERE body LIKE 'offline-%'")
            )
        }
        assert linked == {"offline-own": owner, "offline-shared": None}
        # The next time either number rings, the call is in the caller's history: the
        # sole owner's, and each sharer's (from the store, and from this desk's copy).
        again = client.sync.read_caller(own)
        assert again.source == "central"
        assert "offline-own" in card_histories(again.records, own)[owner]
        family = client.sync.read_caller(shared)
        histories = card_histories(family.records, shared)
        assert sorted(histories) == sorted(sharers)
        assert all("offline-shared" in history for history in histories.values())
        if proxy is not None:
            proxy.cut()
            client.wait(lambda: client.sync.status.state == SyncState.OFFLINE, 10, "offline")
            cached = client.sync.read_caller(shared)
            assert cached.source == "cache"
            histories = card_histories(cached.records, shared)
            assert all("offline-shared" in history for history in histories.values())
            proxy.restore()


def _pg_target(request: pytest.FixtureRequest) -> tuple[str, int]:
    server: PostgresServer = request.getfixturevalue("pg_server")
    if server.host.startswith("/"):
        pytest.skip("the proxy needs a TCP server")
    return server.host, server.port
