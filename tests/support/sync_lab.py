"""A central store with agents who log in as themselves, and sync clients to talk to it."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from crm import rbac, schema
from crm.db import make_engine
from crm.local_store import LocalStore
from crm.migrate import upgrade
from crm.presence import HEARTBEAT_S
from crm.seed import seed_demo
from crm.sync import SyncClient, SyncStatus

CATALOG = Path(__file__).resolve().parents[2] / "softphone" / "resources" / "demo" / "catalog.json"


def password_of(login: str) -> str:
    return f"pw-{login}-secret"


@dataclass
class Central:
    url: str  # the admin's URL of the central database
    engine: Engine

    def agent_url(self, login: str, port: int | None = None, password: str | None = None) -> str:
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite":
            return self.url
        parsed = parsed.set(username=login, password=password or password_of(login))
        if port is not None:
            parsed = parsed.set(port=port)
        return parsed.render_as_string(hide_password=False)

    def conninfo(self, login: str, port: int | None = None, password: str | None = None) -> str:
        parsed = make_url(self.agent_url(login, port, password))
        return (
            f"host={parsed.host} port={parsed.port or 5432} dbname={parsed.database} "
            f"user={parsed.username} password={parsed.password}"
        )

    @contextlib.contextmanager
    def connected_as(self, login: str) -> Iterator[Engine]:
        """An engine that logs in as `login` (on SQLite, the one store file); disposed after."""
        engine = make_engine(self.agent_url(login))
        try:
            yield engine
        finally:
            engine.dispose()

    def scalar(self, sql: str, **params: Any) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def ticket(self, index: int = 0) -> dict[str, Any]:
        """A ticket with a contact that has a phone number, by position (stable order)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(schema.tickets.c.uid, schema.tickets.c.id, schema.contact_phones.c.e164)
                .join(
                    schema.contact_phones,
                    schema.contact_phones.c.contact_id == schema.tickets.c.contact_id,
                )
                .order_by(schema.tickets.c.id, schema.contact_phones.c.id)
                .offset(index)
                .limit(1)
            ).one()
        return {"uid": row[0], "id": row[1], "e164": row[2]}


def make_central(url: str, logins: list[str]) -> Central:
    engine = make_engine(url)
    upgrade(engine)
    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))
    with Session(engine) as session, session.begin():
        seed_demo(session, catalog, contacts=40, tickets=80)
    with engine.begin() as conn:
        roles = dict(conn.execute(select(schema.agents.c.login, schema.agents.c.role)).all())
        for login in logins:
            rbac.create_login(conn, login, str(roles[login]), password_of(login))
    return Central(url, engine)


@contextlib.contextmanager
def central_store(url: str, logins: list[str]) -> Iterator[Central]:
    """`make_central`, its engine disposed afterwards."""
    central = make_central(url, logins)
    try:
        yield central
    finally:
        central.engine.dispose()


@dataclass
class Client:
    sync: SyncClient
    local: LocalStore
    statuses: list[SyncStatus] = field(default_factory=list)
    changed: threading.Event = field(default_factory=threading.Event)

    def wait(self, predicate: Callable[[], bool], timeout_s: float, what: str) -> float:
        """Wait for a state the sync thread reaches; returns the seconds it took."""
        start = time.monotonic()
        deadline = start + timeout_s
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out after {timeout_s} s waiting for {what}; status {self.sync.status}"
                )
            self.changed.wait(0.05)
            self.changed.clear()
        return time.monotonic() - start

    def wait_resynced(
        self, latest: int, ticket: dict[str, Any], subject: str, resync_s: float = 10
    ) -> None:
        """The client says it re-synced from scratch, catches up to `latest`, and then has
        `ticket` with the subject it got while the client was gone."""
        self.wait(lambda: self.sync.status.resyncs == 1, resync_s, "the re-sync, said")
        self.wait(lambda: self.local.last_seq >= latest, 10, "caught up")
        self.sync.read_caller(ticket["e164"])
        row = self.local.row("tickets", ticket["uid"])
        assert row is not None and row.data["subject"] == subject


@contextlib.contextmanager
def sync_client(
    central: Central,
    login: str,
    home: Path,
    *,
    port: int | None = None,
    poll_interval_s: float | None = None,
    read_port: int | None = None,
    heartbeat_s: float = HEARTBEAT_S,
    unseen_after_s: float | None = None,
) -> Iterator[Client]:
    """A started sync client of `login`; `port`: where the store is reached (a proxy, a pooler);
    `read_port`: a read replica on the same host, logged in as the same agent."""
    local = LocalStore(home / f"{login}.sqlite3")
    engine = make_engine(central.agent_url(login, port), connect_timeout_s=2)
    read_engine = (
        make_engine(central.agent_url(login, read_port), connect_timeout_s=2)
        if read_port is not None
        else None
    )
    client = Client(sync=None, local=local)  # type: ignore[arg-type]

    def on_status(status: SyncStatus) -> None:
        client.statuses.append(status)
        client.changed.set()

    sync = SyncClient(
        engine,
        local,
        agent_login=login,
        poll_interval_s=poll_interval_s,
        read_engine=read_engine,
        on_status=on_status,
        on_changes=lambda _tables: client.changed.set(),
        heartbeat_s=heartbeat_s,
        **({} if unseen_after_s is None else {"unseen_after_s": unseen_after_s}),
    )
    client.sync = sync
    sync.start()
    try:
        yield client
    finally:
        sync.stop()
        engine.dispose()
        if read_engine is not None:
            read_engine.dispose()
        local.close()


def note(ticket: dict[str, Any], body: str) -> dict[str, Any]:
    """An internal note on a ticket, as the app writes it ("interaction.append")."""
    return {
        "ticket_uid": ticket["uid"],
        "kind": "note",
        "direction": "internal",
        "occurred_at": datetime.now(UTC).isoformat(),
        "body": body,
    }
