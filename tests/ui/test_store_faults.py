"""The app on a central PostgreSQL store that fails in the ways stores fail (pytest-qt): down when
the app starts, gone in the middle of a call, a local cache file turned to garbage, the app
killed while its outbox drains. Every write made meanwhile arrives once: none lost, none doubled.

The network to PostgreSQL runs through a loopback proxy the tests cut (tests/support/tcp_proxy).
The app runs in demo mode for its loopback SIP account only; the store is the PostgreSQL one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from crm.local_files import cache_path_of
from crm.local_store import LocalStore
from softphone import passwords
from softphone.app import AppController, AppOptions
from softphone.paths import app_paths
from softphone.settings import Settings, StoreSettings, load_settings, save_settings
from softphone.sync_service import local_store_path
from tests.support import process
from tests.support.app_driver import click, disconnected, peer, ring, running
from tests.support.leaks import files_holding, rows_holding
from tests.support.postgres import PostgresServer
from tests.support.process import wait_for
from tests.support.qt_async import until
from tests.support.sync_lab import Central, make_central, note, password_of
from tests.support.tcp_proxy import TcpProxy, tcp_proxy
from ui.viewmodels import AgentState, CallPhase

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("no_store_on_qt_thread")]

LOGIN = "giulia.rossi"
DEMO = AppOptions(demo=True, demo_caller=False)  # a loopback SIP account, no demo caller
CONNECTED = "Store: connected (PostgreSQL)"


@pytest.fixture
def central(pg_url: str) -> Central:
    return make_central(pg_url, [LOGIN])


@pytest.fixture
def proxy(pg_server: PostgresServer) -> Iterator[TcpProxy]:
    if pg_server.host.startswith("/"):
        pytest.skip("the proxy needs a TCP server")
    with tcp_proxy((pg_server.host, pg_server.port)) as proxy:
        yield proxy


def desk_settings(central: Central, port: int) -> Settings:
    """The agent's settings: their login, the store's URL without user or password (the password
    is in the keyring), 1 s of wrap-up."""
    url = make_url(central.url).set(username=None, password=None, port=port)
    passwords.store("store", password_of(LOGIN))
    return Settings(
        agent_login=LOGIN,
        take_callbacks=False,
        wrap_up_seconds=1,
        store=StoreSettings(url=url.render_as_string(hide_password=False)),
    )


@contextlib.contextmanager
def desk(qapp: Any, settings: Settings) -> Iterator[AppController]:
    controller = AppController(qapp, DEMO, app_paths().ensure(), settings)
    try:
        yield controller
    finally:
        controller.shutdown_now()  # a failed test must not leave its engine or sync thread up
        controller.window.close()
        controller.window.deleteLater()


def bodies(central: Central, prefix: str) -> list[str]:
    with central.engine.connect() as conn:
        from sqlalchemy import text

        rows = conn.execute(
            text("SELECT body FROM interactions WHERE body LIKE :p ORDER BY id"),
            {"p": prefix + "%"},
        )
        return [str(body) for (body,) in rows]


def presence_state(central: Central) -> str:
    return str(
        central.scalar(
            "SELECT state FROM agent_presence JOIN agents ON agents.id = agent_id WHERE login = :l",
            l=LOGIN,
        )
    )


def problems(controller: AppController) -> list[tuple[str, str]]:
    return [
        (box.windowTitle(), box.text())
        for box in controller.window.findChildren(QMessageBox)
        if box.isVisible()
    ]


async def a_day_online(qapp: Any, settings: Settings) -> None:
    """The app once with the store there: it keeps its copy of the home page and its cache."""
    with desk(qapp, settings) as app:
        async with running(app):
            await until(lambda: app.window.status.store.text() == CONNECTED, 15)
            await until(lambda: app.session.sync.local.get_state("primed") == "1")


async def test_with_the_store_down_at_start_the_app_starts_offline_and_drains_once_it_is_back(
    qapp, async_loop, central: Central, proxy: TcpProxy, english
) -> None:
    settings = desk_settings(central, proxy.port)
    ticket = central.ticket(0)
    await a_day_online(qapp, settings)
    proxy.cut()  # the next morning the store is down
    with desk(qapp, settings) as app:
        status = app.window.status

        async with running(app, timeout=60):  # the phone is up: the store is not needed for that
            assert app.window.screen_pop.greeting.text() == "Hello, Giulia Rossi"
            assert app.window.screen_pop.tickets_model.rowCount() > 0  # as last seen
            assert status.store.text().startswith("Store: offline")
            assert problems(app) == []  # offline is a state, not an error
            status.state_actions()["pause:training"].trigger()
            for i in range(5):
                await app.session.sync.write(
                    "interaction.append", note(ticket, f"offline-start-{i}")
                )
            await until(lambda: app.session.sync.status.pending >= 6)
            waiting = app.session.sync.status.pending
            await until(
                lambda: status.store.text() == f"Store: offline · {waiting} changes waiting"
            )
            assert bodies(central, "offline-start-") == []

            proxy.restore()
            await until(lambda: status.store.text() == CONNECTED, 20)
            assert bodies(central, "offline-start-") == [f"offline-start-{i}" for i in range(5)]
            assert presence_state(central) == "paused"


async def test_a_garbage_cache_file_is_set_aside_rebuilt_and_the_waiting_writes_arrive_once(
    qapp, async_loop, central: Central, proxy: TcpProxy, english, caplog
) -> None:
    settings = desk_settings(central, proxy.port)
    ticket = central.ticket(1)
    paths = app_paths().ensure()
    journal = local_store_path(paths.data_dir, settings.store.url, LOGIN)
    cache = cache_path_of(journal)
    await a_day_online(qapp, settings)

    proxy.cut()  # a day offline: the agent's writes wait in the outbox
    with desk(qapp, settings) as app:
        async with running(app):
            for i in range(20):
                await app.session.sync.write("interaction.append", note(ticket, f"queued-{i:02d}"))
            app.window.status.state_actions()["pause:break"].trigger()
            await until(lambda: app.session.sync.status.pending >= 21)
    garbage = os.urandom(64 * 1024)
    cache.write_bytes(garbage)  # the disk, a sync tool, a bad sector: the cache is garbage
    for side in (Path(f"{cache}-wal"), Path(f"{cache}-shm")):
        side.unlink(missing_ok=True)
    proxy.restore()

    with desk(qapp, settings) as app:
        async with running(app):
            # The agent is told, in words, and the app works on.
            ((title, text),) = problems(app)
            assert title == "The local copy was rebuilt"
            assert "could not be read (file is not a database)" in text
            (aside,) = paths.data_dir.glob(f"{cache.name}.unreadable-*")
            assert aside.name in text and aside.read_bytes() == garbage  # kept, for support
            assert any("could not be read" in r.getMessage() for r in caplog.records)
            # Every write of the offline day arrives, once, in order.
            await until(lambda: app.window.status.store.text() == CONNECTED, 20)
            # The outbox drains after the store is back (its own retry, not the status's):
            # wait for the writes, then check they came once and in order.
            expected = [f"queued-{i:02d}" for i in range(20)]
            await until(lambda: len(bodies(central, "queued-")) >= len(expected), 30)
            assert bodies(central, "queued-") == expected
            assert app.session.sync.local.rejected() == []
            # The cache is rebuilt from the store: the canned answers are back on screen.
            assert app.session.sync.local.get_state("primed") == "1"
            await until(lambda: app.window.canned_answers.model.rowCount() > 0)


NOTE = "Outage during the call: caller wants the form by post."


async def test_the_store_gone_mid_call_the_note_the_ticket_and_the_call_arrive_once(
    qapp, async_loop, qtbot, central: Central, proxy: TcpProxy, english, caller_tone
) -> None:
    settings = desk_settings(central, proxy.port)
    ticket = central.ticket(2)
    with desk(qapp, settings) as app:
        page = app.window.screen_pop.caller_page
        status = app.window.status

        async with running(app, timeout=90):
            await until(lambda: status.store.text() == CONNECTED, 15)
            caller = peer(caller_tone, ticket["e164"], "caller")
            try:
                call_id, pop = await ring(app, caller, {"X-IVR-Topic": "pensions"})
                assert pop.cards and not pop.from_cache
                click(qtbot, app.window.incoming.answer_button)
                await until(
                    lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE]
                )

                proxy.cut()  # the store goes away; the call does not notice
                await until(lambda: status.store.text().startswith("Store: offline"), 10)
                qtbot.keyClicks(page.note, NOTE)
                click(qtbot, page.new_ticket_button)
                qtbot.keyClicks(page.ticket_dialog.subject, "Form to send by post")
                page.ticket_dialog.buttons.accepted.emit()
                assert [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE]
                caller.command("hangup", call_id=call_id)
                await disconnected(caller, call_id)
                await until(lambda: app.phone.calls.state is AgentState.AVAILABLE, timeout=10)
            finally:
                caller.close()
            await until(lambda: not app.session.sync.local.drafts())  # the call is logged, locally
            assert "waiting" in status.store.text()
            assert bodies(central, NOTE) == []

            proxy.restore()
            await until(lambda: status.store.text() == CONNECTED, 20)
            with central.engine.connect() as conn:
                from sqlalchemy import text

                logged = conn.execute(
                    text(
                        "SELECT i.kind, t.subject, a.login FROM interactions i"
                        " JOIN tickets t ON t.id = i.ticket_id JOIN agents a ON a.id = i.author_id"
                        " WHERE i.body = :b"
                    ),
                    {"b": NOTE},
                ).all()
                tickets = conn.execute(
                    text("SELECT count(*) FROM tickets WHERE subject = 'Form to send by post'")
                ).scalar()
            assert [tuple(r) for r in logged] == [("call", "Form to send by post", LOGIN)]
            assert tickets == 1
            assert app.session.sync.local.rejected() == []
    # The store's password went through the whole session: it is in no file and no row.
    secret = password_of(LOGIN)
    assert files_holding(app_paths().config_dir.parent, [secret]) == []
    assert rows_holding(central.engine, [secret]) == []


def _central_count(central: Central) -> int:
    return int(central.scalar("SELECT count(*) FROM interactions WHERE body LIKE 'drain-%'"))


async def test_killed_while_the_outbox_drains_the_restart_drains_the_rest_and_nothing_is_doubled(
    qapp, async_loop, central: Central, english
) -> None:
    writes = 1500
    ticket = central.ticket(3)
    port = make_url(central.url).port or 5432
    settings = desk_settings(central, port)
    paths = app_paths().ensure()
    save_settings(settings, paths.settings_file)
    journal = local_store_path(paths.data_dir, settings.store.url, LOGIN)
    local = LocalStore(journal)  # a day's writes, waiting (the store was away)
    for i in range(writes):
        local.enqueue("interaction.append", note(ticket, f"drain-{i:05d}"))
    local.close()

    child = process.start(
        [sys.executable, "-m", "tests.support.drain_app"],
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # trust auth: no password
        },
        stderr=subprocess.DEVNULL,
    )
    holder = sqlite3.connect(journal, timeout=30.0, isolation_level=None)
    try:
        wait_for(lambda: _central_count(central) > 0, 60, "the first batch applied centrally")
        # Hold the outbox's file: the child's next acknowledgement waits, after the central
        # commit of its batch. Killed then, that batch is applied but still in the outbox.
        holder.execute("BEGIN IMMEDIATE")
        last = {"count": -1, "since": time.monotonic()}

        def settled() -> bool:
            count = _central_count(central)
            if count != last["count"]:
                last.update(count=count, since=time.monotonic())
            # 2 s: on a loaded machine a child between two batches can pause for 0.5 s.
            return time.monotonic() - last["since"] > 2.0

        wait_for(settled, 30, "the child blocked on its acknowledgement", interval=0.05)
        applied_at_kill = _central_count(central)
    finally:
        process.kill(child)  # no chance to finish anything
        if holder.in_transaction:
            holder.execute("ROLLBACK")
        holder.close()
    local = LocalStore(journal)
    waiting_after_kill = sum(
        str(entry.payload.get("body", "")).startswith("drain-")
        for entry in local.pending(10 * writes)
    )  # (the child's presence updates wait there too)
    local.close()
    unacknowledged = applied_at_kill + waiting_after_kill - writes
    assert 0 < applied_at_kill < writes
    assert unacknowledged > 0  # applied centrally, still in the outbox: it will be sent again

    with desk(qapp, load_settings(paths.settings_file).settings) as app:
        async with running(app, timeout=60):
            await until(lambda: app.session.sync.status.pending == 0, 30)
            await until(lambda: app.window.status.store.text() == CONNECTED, 10)
    drained = bodies(central, "drain-")
    assert drained == [f"drain-{i:05d}" for i in range(writes)]  # each once, in order
    print(
        f"\nSIGKILL mid-drain: {applied_at_kill} applied before the kill, {waiting_after_kill} "
        f"waiting after it, {unacknowledged} of them applied already (sent again, applied once)"
    )
