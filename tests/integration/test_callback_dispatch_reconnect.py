"""The callback queue's own thread (crm.callback_dispatch) on a real PostgreSQL: pooled
connections are pinged only after idling (crm.db), so one the server dropped right after the
last round fails the next one's first statement; the round is run again at once on a fresh
connection, and the agent's screen never hears of it; a command that was that connection's
first statement runs again too."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from crm import applier
from crm.callback_dispatch import CallbackDispatcher, DispatchFailed, QueueChanged
from crm.db import make_engine
from softphone.bench.callbacks import clear_callback_requests
from tests.support.postgres import PostgresServer
from tests.support.sync_lab import make_central

pytestmark = pytest.mark.timeout(60)

LOGIN = "giulia.rossi"


def _until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def _kill_agent_connections(pg_url: str, pg_server: PostgresServer) -> None:
    with psycopg.connect(pg_server.admin_conninfo, autocommit=True) as admin:
        killed = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND usename = %s",
            (make_url(pg_url).database, LOGIN),
        ).fetchone()
    assert killed is not None and killed[0] >= 1  # the dispatcher's pooled connection


def test_a_command_on_a_connection_dropped_since_the_last_round_runs_on_a_fresh_one(
    pg_url: str, pg_server: PostgresServer
) -> None:
    """The agent's command is the dead connection's first statement: the server rolled it
    back, so it runs again at once; the agent gets its answer, not the error."""
    central = make_central(pg_url, [LOGIN])
    events: list[object] = []
    engine = make_engine(central.agent_url(LOGIN), connect_timeout_s=2)
    dispatcher = CallbackDispatcher(engine, LOGIN, on_event=events.append, poll_s=60)
    dispatcher.start()
    try:
        # The first round ends with a look at the queue; the thread then sleeps (poll_s).
        _until(lambda: any(isinstance(e, QueueChanged) for e in events), 20, "the first round")
        _kill_agent_connections(pg_url, pg_server)
        ran: list[int] = []

        def asked(conn: Connection, _calendar: object) -> object:
            ran.append(1)
            return conn.scalar(text("SELECT current_user"))

        assert dispatcher.query(asked).result(20) == LOGIN
        assert len(ran) == 2  # the first try died with its connection
        assert not [e for e in events if isinstance(e, DispatchFailed)], events
    finally:
        dispatcher.stop()
        engine.dispose()
        central.engine.dispose()


def test_a_connection_dropped_since_the_last_round_is_replaced_without_a_failure(
    pg_url: str, pg_server: PostgresServer
) -> None:
    central = make_central(pg_url, [LOGIN])
    # An empty queue, so the booking below changes what the agent's queue shows at any hour:
    # due now within the service hours, due at the next opening outside them (the demo's
    # own requests, due since the morning, would hide the latter).
    with central.engine.begin() as conn:
        clear_callback_requests(conn)
    events: list[object] = []
    lock = threading.Lock()

    def on_event(event: object) -> None:
        with lock:
            events.append(event)

    def changes() -> int:
        with lock:
            return sum(isinstance(e, QueueChanged) for e in events)

    engine = make_engine(central.agent_url(LOGIN), connect_timeout_s=2)
    dispatcher = CallbackDispatcher(engine, LOGIN, on_event=on_event, poll_s=60)
    dispatcher.start()
    try:
        _until(lambda: changes() >= 1, 20, "the first look at the queue")
        _kill_agent_connections(pg_url, pg_server)
        # A caller books "call me now" in the agent's language: the queue changes.
        with central.engine.begin() as conn:
            applier.apply_writes(
                conn,
                [("book-1", "callback.request", {
                    "phone_e164": "+390612345678", "kind": "now", "language": "it",
                    "source": "web_form", "changed_at": datetime.now(UTC).isoformat(),
                })],
                client_id="admin", actor_login=LOGIN,
            )  # fmt: skip
        dispatcher.wake()
        _until(lambda: changes() >= 2, 20, "the queue seen again, with the booking")
        with lock:
            assert not [e for e in events if isinstance(e, DispatchFailed)], events
    finally:
        dispatcher.stop()
        engine.dispose()
        central.engine.dispose()
