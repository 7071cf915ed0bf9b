"""The app's demo store (SQLite, seeded from softphone/resources/demo/catalog.json) as the UI
tests read and prepare it: rows by SQL, the agent's presence, a known caller with an open ticket,
a callback due now."""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session

from crm import schema
from crm.db import make_engine
from crm.migrate import upgrade
from crm.presence import presence_of
from crm.seed import seed_demo
from softphone.bench.callbacks import add_always_open_queue, clear_callback_requests

if TYPE_CHECKING:  # the app (and Qt) only for the hints: tests/conftest.py imports this
    from softphone.app import AppController

CATALOG_PATH = (
    Path(__file__).resolve().parents[2] / "softphone" / "resources" / "demo" / "catalog.json"
)
CUSTOMER = "+390612345678"
"""The number of the callback request prepare_store() queues."""
NOTE = "Asked for the pension statement; sent by post."
"""A note the agent types during a call."""


def store_rows(app: AppController, sql: str, **params: Any) -> list[Any]:
    engine = make_engine(f"sqlite:///{app.paths.embedded_store}")
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return list(result.all()) if result.returns_rows else []
    finally:
        engine.dispose()


def caller_with_open_ticket(app: AppController) -> Any:
    """A contact alone on their number, with an open ticket on a topic."""
    (row,) = store_rows(
        app,
        "SELECT p.e164, c.first_name || ' ' || c.last_name, t.number, t.topic_code, t.subject"
        " FROM contacts c JOIN contact_phones p ON p.contact_id = c.id"
        " JOIN tickets t ON t.contact_id = c.id"
        " WHERE t.status = 'open' AND t.topic_code IS NOT NULL"
        " AND (SELECT count(*) FROM contact_phones q WHERE q.e164 = p.e164) = 1"
        " ORDER BY c.id, t.id LIMIT 1",
    )
    return row


@contextlib.contextmanager
def seeded_demo_store(path: str | Path) -> Iterator[Engine]:
    """A new demo store in the SQLite file `path`: migrated and seeded (40 contacts, 80
    tickets); its engine, disposed afterwards."""
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
        catalog = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))
        with Session(engine) as session, session.begin():
            seed_demo(session, catalog, contacts=40, tickets=80)
        yield engine
    finally:
        engine.dispose()


def prepare_store(path: str) -> str:
    """The demo store with one request due now on a line that is always open (the test must
    not depend on the hour it runs at); returns the request's uid."""
    with seeded_demo_store(path) as engine:
        uid = str(uuid.uuid4())
        now = datetime.now(UTC)
        with engine.begin() as conn:
            clear_callback_requests(conn)
            add_always_open_queue(conn, "always", ["it"])
            conn.execute(
                insert(schema.callback_requests).values(
                    uid=uid, kind="now", status="queued", source="web_form",
                    phone_e164=CUSTOMER, language="it", topic_code="pensions",
                    queue_code="always", caller_name="Maria Verdi",
                    message="La pensione di novembre non è arrivata", consent=True,
                    next_attempt_at=now - timedelta(minutes=5), booked_at=now - timedelta(hours=1),
                    updated_at=now, sla_due_at=now + timedelta(hours=1), attempts=0,
                    max_attempts=3,
                )
            )  # fmt: skip
        return uid


def presence(app: AppController) -> tuple[str, str | None, dict]:
    engine = make_engine(f"sqlite:///{app.paths.embedded_store}")
    try:
        with engine.connect() as conn:
            found = presence_of(conn, "giulia.rossi")
    finally:
        engine.dispose()
    assert found is not None
    return found
