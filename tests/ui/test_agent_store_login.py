"""An agent opens the central PostgreSQL store as themselves, the way the README tells them to
(issue 20, point 1): the administrator runs `softphone db seed-demo` and `softphone db
create-agent`, the agent starts `softphone --store postgresql://giulia.rossi@HOST/DB` with a SIP
account in their settings. The app is started through the command line's own entry
(`softphone.cli.app_launch`), as that login, on a real PostgreSQL server and a real Kamailio
registrar. The store opens without migrating anything; a store the agent may not migrate is
said plainly and left alone; and whatever the store does, the phone registers."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from PySide6.QtWidgets import QMessageBox

from softphone import passwords
from softphone.app import AppController
from softphone.cli import app_launch, build_parser, main
from softphone.paths import app_paths
from softphone.settings import Settings, SipAccountSettings, save_settings
from tests.support.app_driver import running, start_until
from tests.support.kamailio import Kamailio, kamailio_available
from tests.support.postgres import PostgresServer, temp_database
from tests.support.qt_async import until

pytestmark = [
    pytest.mark.timeout(120),
    pytest.mark.skipif(not kamailio_available(), reason="kamailio is not installed"),
]

AGENT_LOGIN = "giulia.rossi"
SIP_USER, SIP_PW = "1001", "agent-pw-1001"
REGISTERED = "SIP: registered as default"


@pytest.fixture(scope="module")
def registrar() -> Iterator[Kamailio]:
    with Kamailio(users={SIP_USER: SIP_PW}) as kamailio:
        yield kamailio


@pytest.fixture
def seeded_store(pg_server: PostgresServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A database set up as the README's administrator does; yields its name."""
    with temp_database(pg_server) as name:
        admin_url = pg_server.sqlalchemy_url(name)
        assert main(["db", "seed-demo", "--url", admin_url]) == 0
        monkeypatch.setattr("sys.stdin", io.StringIO("giulia-long-password\n"))
        create = ["db", "create-agent", "--url", admin_url, AGENT_LOGIN, "--name", "Giulia Rossi"]
        assert main([*create, "--languages", "it,en", "--password-stdin"]) == 0
        yield name


def agent_url(server: PostgresServer, database: str) -> str:
    return f"postgresql://{AGENT_LOGIN}@{server.host}:{server.port}/{database}"


def version_of(server: PostgresServer, database: str) -> str:
    with psycopg.connect(server.conninfo(database)) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert row is not None
        return str(row[0])


def desk(qapp: Any, registrar: Kamailio, store_url: str) -> AppController:
    """The agent's desk: a SIP account saved in settings (its password in the keyring), then
    `softphone --store URL` through the command line's own entry."""
    passwords.store("sip:default", SIP_PW)
    paths = app_paths().ensure()
    account = SipAccountSettings(
        id="default", username=SIP_USER, domain=f"127.0.0.1:{registrar.port}", transport="udp"
    )
    save_settings(
        Settings(accounts=[account], take_callbacks=False, wrap_up_seconds=1), paths.settings_file
    )
    launch = app_launch(build_parser().parse_args(["--store", store_url]), paths)
    assert not isinstance(launch, int)
    options, loaded = launch
    return AppController(qapp, options, paths, loaded.settings, loaded.problem, loaded.managed)


def close(app: AppController) -> None:
    app.shutdown_now()
    app.window.close()
    app.window.deleteLater()


async def test_an_agent_opens_the_store_as_themselves_and_the_phone_registers(
    qapp, async_loop, english, pg_server, seeded_store, registrar
) -> None:
    app = desk(qapp, registrar, agent_url(pg_server, seeded_store))
    try:
        async with running(app, timeout=90, phone=False):
            status = app.window.status
            # Connected once the sync client's first round is through (the phone registers
            # meanwhile, and the agent's presence may wait in the outbox for that round).
            await until(lambda: status.store.text().startswith("Store: connected (PostgreSQL)"))
            assert app.session.agent.name == "Giulia Rossi"  # the home page is the agent's own
            assert app.session.info is not None and not app.session.info.migrated
            await until(lambda: status.registration.text() == REGISTERED, 20)
            assert registrar.is_registered(SIP_USER)
    finally:
        close(app)


async def test_a_store_behind_the_app_is_said_plainly_never_migrated_and_the_phone_still_works(
    qapp, async_loop, english, pg_server, seeded_store, registrar
) -> None:
    from crm.db import make_engine
    from crm.migrate import downgrade, head_revision

    # A store one release behind the app (its administrator has not upgraded it yet), whose
    # version the agents may read.
    engine = make_engine(pg_server.sqlalchemy_url(seeded_store))
    try:
        downgrade(engine, "0005")
    finally:
        engine.dispose()
    with psycopg.connect(pg_server.conninfo(seeded_store), autocommit=True) as conn:
        conn.execute("GRANT SELECT ON alembic_version TO softphone_agent")
    assert head_revision() != "0005"
    app = desk(qapp, registrar, agent_url(pg_server, seeded_store))
    try:
        async with asyncio.timeout(90):
            task, _ = await start_until(app, app.store_failed)
            status = app.window.status
            assert status.store.text() == "Store: needs an upgrade by its administrator"
            problem = [
                box.text() for box in app.window.findChildren(QMessageBox) if box.isVisible()
            ]
            assert any(
                "softphone db upgrade" in text and "0005" in text and AGENT_LOGIN in text
                for text in problem
            ), problem
            # The phone is there all the same: it registers and can dial.
            await until(lambda: status.registration.text() == REGISTERED, 20)
            assert registrar.is_registered(SIP_USER)
            assert app.window.dial_pad.call_button.isEnabled()
            app.quit()
            assert await task == 0
    finally:
        close(app)
    assert version_of(pg_server, seeded_store) == "0005"  # the agent never migrated it


async def test_a_store_that_refuses_the_agent_a_table_is_said_and_the_phone_still_works(
    qapp, async_loop, english, pg_server, seeded_store, registrar
) -> None:
    # An administrator's slip: the agents lost a grant the home page needs.
    with psycopg.connect(pg_server.conninfo(seeded_store), autocommit=True) as conn:
        conn.execute("REVOKE SELECT ON topics FROM softphone_agent")
    app = desk(qapp, registrar, agent_url(pg_server, seeded_store))
    try:
        async with asyncio.timeout(90):
            task, (reason,) = await start_until(app, app.store_failed)
            assert "permission denied" in reason
            status = app.window.status
            assert status.store.text() == "Store: unreachable"
            await until(lambda: status.registration.text() == REGISTERED, 20)
            assert registrar.is_registered(SIP_USER)
            app.quit()
            assert await task == 0
    finally:
        close(app)
