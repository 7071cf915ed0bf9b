"""The window on a central PostgreSQL store that goes away and comes back (pytest-qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from crm import applier, pruning
from softphone import passwords
from softphone.app import AppController, AppOptions
from softphone.paths import AppPaths, app_paths, resources_dir
from softphone.settings import Settings, StoreSettings
from tests.support.app_driver import running
from tests.support.postgres import PostgresServer
from tests.support.qt_async import until
from tests.support.sync_lab import Central, make_central, note, password_of
from tests.support.tcp_proxy import tcp_proxy
from ui.i18n import apply_language

LOGIN = "giulia.rossi"


def _signed_in_settings(url: URL) -> Settings:
    """The agent's settings on this store: their own login, no password in the URL (it is
    put in the keyring, where the app reads it)."""
    settings = Settings(
        agent_login=LOGIN,
        take_callbacks=False,
        store=StoreSettings(
            url=url.set(username=None, password=None).render_as_string(hide_password=False)
        ),
    )
    passwords.store(settings.store.keyring_user, password_of(LOGIN))
    return settings


@pytest.mark.timeout(120)
async def test_the_status_bar_shows_offline_and_waiting_changes_then_recovers_by_itself(
    qapp, async_loop, pg_url: str, pg_server: PostgresServer
) -> None:
    if pg_server.host.startswith("/"):
        pytest.skip("the proxy needs a TCP server")
    central = make_central(pg_url, [LOGIN])
    with tcp_proxy((pg_server.host, pg_server.port)) as proxy:
        settings = _signed_in_settings(make_url(pg_url).set(port=proxy.port))
        # English plural forms ("1 change", not "1 change(s)"), as `softphone` installs them.
        apply_language(qapp, "en", resources_dir() / "translations")
        controller = AppController(qapp, AppOptions(), app_paths().ensure(), settings)
        status = controller.window.status

        try:
            async with running(controller, phone=False):
                assert controller.window.screen_pop.greeting.text() == "Hello, Giulia Rossi"
                await until(lambda: status.store.text() == "Store: connected (PostgreSQL)")

                proxy.cut()
                took = await until(lambda: status.store.text().startswith("Store: offline"))
                assert took < 5

                # The agent goes on working: a pause is queued, and the window says so.
                status.state_actions()["pause:training"].trigger()
                await until(lambda: status.store.text() == "Store: offline · 1 change waiting")
                assert (
                    central.scalar(
                        "SELECT state FROM agent_presence JOIN agents ON agents.id = agent_id"
                        " WHERE login = :l",
                        l=LOGIN,
                    )
                    != "paused"
                )

                proxy.restore()
                await until(lambda: status.store.text() == "Store: connected (PostgreSQL)", 15)
                assert (
                    central.scalar(
                        "SELECT state FROM agent_presence JOIN agents ON agents.id = agent_id"
                        " WHERE login = :l",
                        l=LOGIN,
                    )
                    == "paused"
                )
        finally:
            apply_language(qapp, "C", resources_dir() / "translations")
            controller.shutdown_now()
            controller.window.close()
            controller.window.deleteLater()


def _store_changes_while_away(central: Central) -> None:
    """Two notes while the desk is closed, then a prune as if a week had passed: the log
    keeps only its newest row, past the desk's position."""
    ticket = central.ticket(0)
    with central.engine.begin() as conn:
        for body in ("While you were away", "And once more"):
            applier.apply_writes(
                conn, [(f"away-{body}", "interaction.append", note(ticket, body))],
                client_id="admin", actor_login=LOGIN,
            )  # fmt: skip
        conn.execute(text("UPDATE change_log SET changed_at = :t"),
                     {"t": datetime.now(UTC) - timedelta(days=9)})  # fmt: skip
        pruning.prune(conn)


async def _a_day_at_the_desk(qapp, paths: AppPaths, settings: Settings, expected: str) -> str:
    """Start the app, wait until the status bar reads `expected` and the local copy is
    primed, close it; the store label's tooltip."""
    controller = AppController(qapp, AppOptions(), paths, settings)
    status = controller.window.status
    try:
        async with running(controller, phone=False):
            await until(lambda: status.store.text() == expected, 15)
            session = controller.session
            assert session is not None
            await until(lambda: session.sync.local.get_state("primed") == "1")
            return status.store.toolTip()
    finally:
        controller.shutdown_now()
        controller.window.close()
        controller.window.deleteLater()


@pytest.mark.timeout(120)
async def test_a_desk_away_longer_than_the_log_keeps_says_its_local_copy_was_rebuilt(
    qapp, async_loop, pg_url: str
) -> None:
    central = make_central(pg_url, [LOGIN])
    settings = _signed_in_settings(make_url(pg_url))
    apply_language(qapp, "en", resources_dir() / "translations")
    paths = app_paths().ensure()
    connected = "Store: connected (PostgreSQL)"
    try:
        tip = await _a_day_at_the_desk(qapp, paths, settings, connected)
        assert "rebuilt" not in tip
        _store_changes_while_away(central)
        tip = await _a_day_at_the_desk(qapp, paths, settings, connected + " · local copy rebuilt")
        assert "The changes you made here are kept." in tip
    finally:
        apply_language(qapp, "C", resources_dir() / "translations")
