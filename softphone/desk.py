"""Sign-in at any desk: outside the demo the app starts on a sign-in window, and *Sign out*
hands the desk to the next agent with nothing of the previous one left readable.

A session, from sign-in to sign-out:

1. The sign-in window asks for the login, the store password and, when it differs, the SIP
   password. They are checked by signing in to the store as that agent, off the Qt thread
   (PostgreSQL checks the password itself; the embedded SQLite store, which has no users, only
   checks that the agent exists). A refusal says why in the window.
2. Passwords live in memory for the session (`passwords.hold`); "Remember on this computer"
   also puts them in the OS keyring under the agent's login, and nowhere else.
3. The settings in force are the desk's (managed settings and the user's file) with this
   agent's login: their SIP account comes from the administrator's template.
4. *Sign out*: the note being typed is saved to the outbox, the agent is set offline, and the
   outbox is pushed with the agent's own credentials before the session ends (so every write
   goes out as its author). Then the registration ends (the SIP engine stops), the store and
   sync close, the agent's local cache is deleted, and so is their outbox file when nothing
   waits in it. If the store cannot be reached at sign-out, the outbox file stays (it is per
   agent, named after store and login, readable by this OS user only) and is pushed with the
   same agent's credentials at their next sign-in at this desk; the cache is deleted anyway.
5. The sign-in window comes back for the next agent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from softphone import passwords
from softphone.app import AppController, AppOptions, embedded_store_url
from softphone.managed_settings import ManagedSettings, load_layered
from softphone.paths import AppPaths
from softphone.settings import Settings
from softphone.stop_signals import StopSignals
from softphone.store_service import store_url_user
from softphone.sync_service import local_store_path
from ui.sign_in import SignInWindow

log = logging.getLogger(__name__)

PUSH_AT_SIGN_OUT_S = 10.0


class SignInRefused(Exception):
    """The store said no, or could not be asked: the message is for the agent."""


@dataclass(frozen=True)
class SignedIn:
    login: str
    display_name: str


def remembered_key(login: str, what: str) -> str:
    """The keyring entry of a remembered password: one per agent, so agents sharing an OS
    account at a desk never get each other's."""
    return f"desk:{login}:{what}"


def remembered_passwords(login: str, sip_too: bool) -> tuple[str, str]:
    """The store's and (when asked) the SIP account's passwords this agent had remembered on
    this computer ("" for none), read in one child process (a worker thread: the keyring may
    ask to be unlocked)."""
    wanted = [remembered_key(login, "store")] + ([remembered_key(login, "sip")] if sip_too else [])
    passwords.prefetch(wanted)  # both in one child, not one child each
    found = [passwords.load(user) or "" for user in wanted]
    return found[0], found[1] if sip_too else ""


def check_credentials(url: str, login: str, password: str, timeout_s: float) -> SignedIn:
    """Sign in to the store as the agent (a worker thread: this does network I/O)."""
    from sqlalchemy import select
    from sqlalchemy.exc import DBAPIError, OperationalError

    from crm import schema
    from crm.db import make_engine, normalise_url

    parsed = normalise_url(url)
    postgres = parsed.get_backend_name() == "postgresql"
    if postgres:
        if parsed.username and parsed.username != login:
            raise SignInRefused(
                QCoreApplication.translate(
                    "Desk", "This computer's store address names another agent."
                )
            )
        parsed = parsed.set(username=login)
        if not password:
            raise SignInRefused(QCoreApplication.translate("Desk", "Enter your password."))
    engine = make_engine(parsed, connect_timeout_s=timeout_s, password=password or None)
    try:
        with engine.connect() as conn:
            name = conn.scalar(
                select(schema.agents.c.display_name).where(schema.agents.c.login == login)
            )
    except OperationalError as exc:
        text = str(exc.orig or exc)
        if "password authentication failed" in text or "no password supplied" in text:
            raise SignInRefused(
                QCoreApplication.translate("Desk", "Wrong login or password.")
            ) from None
        if 'role "' in text and "does not exist" in text:
            raise SignInRefused(
                QCoreApplication.translate("Desk", "Wrong login or password.")
            ) from None
        raise SignInRefused(
            QCoreApplication.translate("Desk", "The ticket store cannot be reached: %1").replace(
                "%1", text.strip()
            )
        ) from None
    except DBAPIError as exc:
        raise SignInRefused(str(exc.orig or exc)) from None
    finally:
        engine.dispose()
    if name is None:
        raise SignInRefused(
            QCoreApplication.translate("Desk", "There is no agent with this login.")
        )
    return SignedIn(login, name)


def remove_agent_files(paths: AppPaths, store_url: str, login: str, *, keep_outbox: bool) -> None:
    """Delete every local file of the agent's (the cache, the saved home page for an offline
    start, and their outbox file unless it still holds writes)."""
    journal = local_store_path(paths.data_dir, store_url, login)
    kept = {journal.name, f"{journal.name}-wal", f"{journal.name}-shm"} if keep_outbox else set()
    for path in paths.data_dir.glob(f"{journal.stem}.*"):
        if path.name not in kept:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    if keep_outbox and journal.exists():
        with contextlib.suppress(OSError):
            os.chmod(journal, 0o600)


def writes_left(paths: AppPaths, store_url: str, login: str) -> int:
    """What the agent's outbox file holds that must not be lost: writes not pushed yet and
    call notes saved as drafts (they come back at the agent's next sign-in). Counted from the
    file itself, so a session that never had a sync client (the store failed at start) does
    not delete writes kept from an earlier one. Blocking: run it off the Qt thread."""
    from crm.local_store import LocalStore

    journal = local_store_path(paths.data_dir, store_url, login)
    if not journal.exists():
        return 0
    local = LocalStore(journal)
    try:
        return local.pending_count() + len(local.drafts())
    finally:
        local.close()


class DeskSession:
    """One agent's session in an AppController: signing in, and signing out."""

    def __init__(self, controller: AppController, signed_in: SignedIn) -> None:
        self.controller = controller
        self.signed_in = signed_in
        self.signed_out = False
        self.outbox_left = 0
        controller.window.sign_out_action.setVisible(True)
        controller.window.sign_out_requested.connect(self._on_window_sign_out_requested)

    def _on_window_sign_out_requested(self) -> None:
        self.controller.spawn(self.sign_out())

    async def sign_out(self) -> None:
        controller = self.controller
        controller.window.sign_out_action.setEnabled(False)
        try:
            session = controller.session  # None: the store never opened
            if session is not None and session.cti is not None:
                await session.cti.flush_draft()  # the note being typed: kept as a draft
            if controller.phone.calls is not None:
                controller.phone.calls.hold_offline()
            if session is not None:
                self.outbox_left = await controller.publish_offline(PUSH_AT_SIGN_OUT_S)
        except Exception:  # sign out all the same: what waits stays in the outbox file
            log.exception("sign-out could not publish or push; what waits is kept")
        self.signed_out = True
        controller.quit()  # ends the registration, closes the store and the sync client


def _store_url(options: AppOptions, settings: Settings, paths: AppPaths) -> str:
    return options.store_url or settings.store.url or embedded_store_url(paths)


async def _ask(window: SignInWindow) -> tuple[str, str, str, bool] | None:
    """The next submission of the window, or None when it is closed."""
    future: asyncio.Future[tuple[str, str, str, bool] | None] = (
        asyncio.get_running_loop().create_future()
    )

    def submitted(login: str, password: str, sip_password: str, remember: bool) -> None:
        if not future.done():
            future.set_result((login, password, sip_password, remember))

    def closed() -> None:
        if not future.done():
            future.set_result(None)

    window.submitted.connect(submitted)
    window.closed.connect(closed)
    try:
        return await future
    finally:
        window.submitted.disconnect(submitted)
        window.closed.disconnect(closed)


async def sign_in(
    window: SignInWindow, options: AppOptions, paths: AppPaths, managed: ManagedSettings
) -> tuple[SignedIn, Settings] | None:
    """Until an agent signs in (their settings in force, passwords held) or the window closes."""
    loop = asyncio.get_running_loop()
    while True:
        answer = await _ask(window)
        if answer is None:
            return None
        login, password, sip_password, remember = answer
        loaded = load_layered(paths.settings_file, managed, login=login)
        settings = loaded.settings
        url = _store_url(options, settings, paths)
        if not password:  # remembered on this computer, for this agent only
            password, remembered_sip = await loop.run_in_executor(
                None, remembered_passwords, login, not sip_password
            )
            sip_password = sip_password or remembered_sip
        window.set_busy(True)
        try:
            signed_in = await loop.run_in_executor(
                None,
                check_credentials,
                url,
                login,
                password,
                settings.store.connect_timeout_s,
            )
        except SignInRefused as exc:
            log.info("sign-in refused for %s: %s", login, exc)
            window.refuse(str(exc))
            continue
        except Exception as exc:  # a malformed store URL, a missing driver: said, not a crash
            log.exception("sign-in failed for %s", login)
            window.refuse(str(exc))
            continue
        sip = sip_password or password
        passwords.hold(settings.store.keyring_user, password)
        for account in settings.accounts:
            passwords.hold(account.keyring_user, sip)
        if remember:
            try:
                await loop.run_in_executor(
                    None, passwords.store, remembered_key(login, "store"), password
                )
                if sip_password:
                    await loop.run_in_executor(
                        None, passwords.store, remembered_key(login, "sip"), sip_password
                    )
            except passwords.NoSecureKeyring as exc:
                log.warning("passwords not remembered: %s", exc)
        else:  # "remember" unticked: what this agent had remembered here is forgotten
            for kind in ("store", "sip"):
                with contextlib.suppress(Exception):
                    await loop.run_in_executor(None, passwords.forget, remembered_key(login, kind))
        log.info("%s signed in", login)
        window.set_busy(False)
        window.password.clear()
        window.sip_password.clear()
        return signed_in, settings


async def run_desk(
    app: QApplication,
    options: AppOptions,
    paths: AppPaths,
    managed: ManagedSettings,
    window: SignInWindow | None = None,
    sessions: list[DeskSession] | None = None,
) -> int:
    """Sign-in window, the agent's session, sign-out, and again, until the app is quit.
    `sessions` collects each session (for tests that drive the desk)."""
    window = window or SignInWindow()
    own = load_layered(paths.settings_file, managed).settings
    first_login = own.agent_login or store_url_user(options.store_url or own.store.url)
    window.login.setText(first_login)
    stopping: list[int] = []  # a stop signal came (softphone/stop_signals.py)

    def stop(signum: int) -> None:
        stopping.append(signum)
        window.close()  # the sign-in, if it shows, ends; a running session quits by itself

    stop_signals = StopSignals.current()
    if stop_signals is not None:
        stop_signals.requested.connect(stop)
    try:
        return await _desk_sessions(app, options, paths, managed, window, sessions, stopping)
    finally:
        if stop_signals is not None:
            stop_signals.requested.disconnect(stop)


async def _desk_sessions(
    app: QApplication,
    options: AppOptions,
    paths: AppPaths,
    managed: ManagedSettings,
    window: SignInWindow,
    sessions: list[DeskSession] | None,
    stopping: list[int],
) -> int:
    while not stopping:
        window.show()
        window.raise_()
        answer = await sign_in(window, options, paths, managed)
        if answer is None or stopping:
            return 0
        signed_in, settings = answer
        window.hide()
        controller = AppController(app, options, paths, settings, None, managed)
        session = DeskSession(controller, signed_in)
        if sessions is not None:
            sessions.append(session)
        url = controller.store_url
        try:
            code = await controller.run()
        finally:
            passwords.drop_held()
        controller.window.close()
        controller.window.deleteLater()
        if not session.signed_out:
            return code
        left = await asyncio.get_running_loop().run_in_executor(
            None, writes_left, paths, url, signed_in.login
        )
        remove_agent_files(paths, url, signed_in.login, keep_outbox=left > 0)
        log.info(
            "%s signed out (%d writes and notes still waiting for their next sign-in)",
            signed_in.login,
            left,
        )
        window.login.clear()
        window.message.hide()
    return 0  # a stop signal came while an agent signed out
