"""Sign-in at any desk, on a real PostgreSQL that checks passwords (scram-sha-256 over TCP, as
a production server does; the shared test server trusts everyone, so it cannot say "wrong
password"), with agents made by `softphone db create-agent`."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text

from crm.local_files import cache_path_of
from softphone import desk
from softphone.app import AppOptions
from softphone.cli import main
from softphone.desk import DeskSession, run_desk
from softphone.managed_settings import ManagedSettings
from softphone.paths import app_paths
from softphone.stop_signals import StopSignals
from softphone.sync_service import local_store_path
from tests.support.kamailio import Kamailio, kamailio_available
from tests.support.postgres import find_postgres_bindir, start_throwaway_cluster, temp_database
from tests.support.qt_async import until, wait_signal
from ui.sign_in import SignInWindow

PASSWORDS = {"anna.bianchi": "anna-long-password", "marco.verdi": "marco-long-password"}


@pytest.fixture(scope="module")
def store() -> Iterator[tuple[str, str]]:
    """(admin URL through the socket, the agents' URL over TCP without a user)."""
    try:
        find_postgres_bindir()
    except Exception as exc:
        pytest.skip(f"no PostgreSQL server binaries: {exc}")
    with (
        start_throwaway_cluster(passwords_over_tcp=True) as server,
        temp_database(server) as name,
    ):
        admin = server.sqlalchemy_url(name)
        assert main(["db", "upgrade", "--url", admin]) == 0
        for login, password in PASSWORDS.items():
            stdin, sys.stdin = sys.stdin, io.StringIO(password + "\n")
            try:
                assert (
                    main(
                        [
                            *("db", "create-agent", "--url", admin, login),
                            *("--name", login.replace(".", " ").title(), "--password-stdin"),
                        ]
                    )
                    == 0
                )
            finally:
                sys.stdin = stdin
        yield admin, f"postgresql://127.0.0.1:{server.port}/{name}"


@pytest.fixture(autouse=True)
def app_keeps_running(qapp) -> Iterator[None]:
    """As in the app: closing a window is the app's decision, not Qt's."""
    before = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(before)


def sign_in_as(qtbot, window: SignInWindow, login: str, password: str) -> None:
    """As a keyboard user signs in: the login, Tab to the password, Enter."""
    window.login.setFocus()
    window.login.selectAll()
    qtbot.keyClicks(window.login, login)
    qtbot.keyClick(window.login, Qt.Key.Key_Tab)
    assert window.password.hasFocus()
    window.password.selectAll()
    qtbot.keyClicks(window.password, password)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)


async def desk_shown(
    qapp, url: str, window: SignInWindow, sessions: list[DeskSession] | None = None
) -> asyncio.Future[int]:
    """The desk running (run_desk, as `softphone` without --demo), its sign-in window shown."""
    options = AppOptions(store_url=url, sign_in=True, demo_caller=False)
    task = asyncio.ensure_future(
        run_desk(qapp, options, app_paths().ensure(), ManagedSettings(), window, sessions)
    )
    await until(window.isVisible)
    return task


async def test_a_wrong_password_is_refused_with_a_clear_message(
    qapp, async_loop, qtbot, store
) -> None:
    _admin, url = store
    window = SignInWindow()
    sessions: list[DeskSession] = []

    async with asyncio.timeout(60):
        task = await desk_shown(qapp, url, window, sessions)
        for login, password in (
            ("anna.bianchi", "not-her-password"),
            ("nobody.here", "whatever-password"),
        ):
            refused = asyncio.ensure_future(wait_signal(window.refused, timeout=30))
            await asyncio.sleep(0)  # let the waiter connect before the click
            sign_in_as(qtbot, window, login, password)
            (reason,) = await refused
            assert reason == window.message.text() == "Wrong login or password."
            assert window.message.isVisible() and window.sign_in_button.isEnabled()
            assert window.password.text() == "" and window.login.text() == login
        assert sessions == []  # nobody got in
        window.close()
        assert await asyncio.wait_for(task, 10) == 0


@pytest.mark.skipif(not kamailio_available(), reason="needs Kamailio (make test installs it)")
async def test_sign_out_leaves_nothing_for_the_next_agent_and_a_waiting_note_goes_out_once(
    qapp, async_loop, qtbot, store, monkeypatch
) -> None:
    admin, url = store
    monkeypatch.setattr(desk, "PUSH_AT_SIGN_OUT_S", 1.0)  # the store "unreachable" at sign-out
    window = SignInWindow()
    sessions: list[DeskSession] = []
    paths = app_paths().ensure()
    options = AppOptions(store_url=url, sign_in=True, demo_caller=False)
    body = f"waiting note {uuid.uuid4()}"
    # The desk's SIP account comes from the administrator's template; Anna's SIP password is
    # her store password (no separate one typed). Marco has no SIP account on this registrar.
    registrar = Kamailio(users={"anna.bianchi": PASSWORDS["anna.bianchi"]})
    registrar.start()
    managed = ManagedSettings(
        values={
            "sip_account_template": {
                "username": "{login}",
                "domain": f"127.0.0.1:{registrar.port}",
            }
        },
        locked=frozenset({"sip_account_template"}),
    )

    async def signed_in(login: str) -> DeskSession:
        count = len(sessions)
        sign_in_as(qtbot, window, login, PASSWORDS[login])
        await until(lambda: len(sessions) > count, 30)
        session = sessions[-1]
        await wait_signal(session.controller.home_shown, timeout=60)
        return session

    async def sign_out(session: DeskSession) -> None:
        session.controller.window.sign_out_action.trigger()
        await until(lambda: session.signed_out and window.isVisible(), 30)

    try:
        async with asyncio.timeout(180):
            task = asyncio.ensure_future(run_desk(qapp, options, paths, managed, window, sessions))
            await until(window.isVisible)

            anna = await signed_in("anna.bianchi")
            await until(lambda: registrar.is_registered("anna.bianchi"), 20)
            assert anna.controller.window.sign_out_action.isVisible()
            journal = local_store_path(paths.data_dir, url, "anna.bianchi")
            assert cache_path_of(journal).exists()  # her cache while she works
            sync = anna.controller.session.sync
            assert sync is not None
            sync.client.stop()  # the store cannot be reached from now on: writes wait
            await sync.write(
                "interaction.append",
                {
                    "kind": "note",
                    "direction": "internal",
                    "occurred_at": datetime.now(UTC).isoformat(),
                    "body": body,
                },
            )
            await sign_out(anna)
            await until(lambda: not registrar.is_registered("anna.bianchi"), 10)  # unregistered
            assert anna.outbox_left >= 1  # the note (and her going offline) still wait
            anna_files = sorted(p.name for p in paths.data_dir.glob("local-*"))
            assert anna_files == [journal.name], anna_files  # her cache is gone, the outbox stays
            assert journal.stat().st_mode & 0o077 == 0

            marco = await signed_in("marco.verdi")
            marco_journal = local_store_path(paths.data_dir, url, "marco.verdi")
            assert marco_journal != journal
            for path in paths.data_dir.glob("local-*"):
                if path != journal:  # everything Marco's session can read
                    assert body.encode() not in path.read_bytes(), path
            await sign_out(marco)
            assert sorted(p.name for p in paths.data_dir.glob("local-*")) == [journal.name]

            # Anna back at this desk: her waiting note goes out, as her, once.
            monkeypatch.setattr(desk, "PUSH_AT_SIGN_OUT_S", 20.0)
            anna_again = await signed_in("anna.bianchi")
            await sign_out(anna_again)
            assert anna_again.outbox_left == 0
            assert not any(paths.data_dir.glob("local-*"))  # nothing of anyone's is left
            window.close()
            assert await asyncio.wait_for(task, 10) == 0
    finally:
        registrar.close()
    engine = create_engine(admin)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT agents.login FROM interactions JOIN agents ON agents.id = author_id"
                " WHERE body = :body"
            ),
            {"body": body},
        ).all()
        states = dict(
            conn.execute(
                text("SELECT login, state FROM agent_presence JOIN agents ON agents.id = agent_id")
            ).all()
        )
    engine.dispose()
    assert rows == [("anna.bianchi",)]  # once, and as its author
    assert states == {"anna.bianchi": "offline", "marco.verdi": "offline"}


@pytest.fixture
def stop_signals(qapp) -> Iterator[StopSignals]:
    """As `softphone` installs them (softphone/app.py run): SIGTERM and the like stop the app."""
    installed = StopSignals(qapp)
    yield installed
    installed.close()


async def test_a_stop_signal_at_the_sign_in_window_ends_the_desk(
    qapp, async_loop, stop_signals
) -> None:
    window = SignInWindow()
    async with asyncio.timeout(30):
        task = await desk_shown(qapp, "postgresql://127.0.0.1:1/none", window)
        os.kill(os.getpid(), signal.SIGTERM)
        assert await task == 0
    assert stop_signals.received == [signal.SIGTERM] and not window.isVisible()


async def test_a_stop_signal_during_a_session_quits_it_without_signing_out(
    qapp, async_loop, qtbot, store, stop_signals
) -> None:
    _admin, url = store
    window = SignInWindow()
    sessions: list[DeskSession] = []
    async with asyncio.timeout(90):
        task = await desk_shown(qapp, url, window, sessions)
        sign_in_as(qtbot, window, "anna.bianchi", PASSWORDS["anna.bianchi"])
        await until(lambda: len(sessions) == 1, 30)
        await wait_signal(sessions[0].controller.home_shown, timeout=60)
        os.kill(os.getpid(), signal.SIGTERM)
        assert await task == 0  # the app ends: no sign-in window comes back
    assert not sessions[0].signed_out and not window.isVisible()
