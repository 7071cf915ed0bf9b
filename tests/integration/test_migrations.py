"""The migrations create exactly the models' schema, on SQLite and on a real PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import CheckConstraint, Engine, MetaData, UniqueConstraint, inspect
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError, StatementError

from crm.db import make_engine, session_factory
from crm.migrate import current_revision, downgrade, head_revision, table_names, upgrade
from crm.models import (
    Base,
    CallbackKind,
    CallbackRequest,
    CallbackSource,
    CallbackStatus,
    Channel,
    Ticket,
)

pytestmark = pytest.mark.postgres

EXPECTED_TABLES = {
    "agents", "agent_languages", "contacts", "contact_phones", "tickets", "interactions",
    "ticket_field_changes", "callback_requests", "callback_attempts", "canned_answers",
    "canned_answer_versions", "call_scripts", "script_runs", "agent_presence", "announcements",
    "announcement_reads", "monitor_sessions", "audit_log", "change_log", "applied_writes",
    "topics", "service_queues", "service_hours", "holidays", "disposition_codes",
    "callback_bookings",
}  # fmt: skip


def _where(index_options: dict[str, Any], dialect: Dialect) -> str | bool | None:
    """A partial index's predicate: its text on SQLite; PostgreSQL rewrites it, so whether any."""
    where = index_options.get(f"{dialect.name}_where")
    if dialect.name == "sqlite":
        return None if where is None else str(where)
    return where is not None


def _database_schema(engine: Engine) -> dict[str, dict[str, Any]]:
    """What Alembic's comparison leaves out: column order, keys, CHECKs, partial indexes."""
    inspector = inspect(engine)
    sqlite = engine.dialect.name == "sqlite"
    schema: dict[str, dict[str, Any]] = {}
    for table in set(inspector.get_table_names()) - {"alembic_version"}:
        pk = inspector.get_pk_constraint(table)
        schema[table] = {
            "columns": [(c["name"], c["nullable"]) for c in inspector.get_columns(table)],
            "primary_key": (pk["name"], pk["constrained_columns"]),
            "foreign_keys": {
                (
                    _fk_name(table, fk, sqlite),
                    tuple(fk["constrained_columns"]),
                    fk["referred_table"],
                    tuple(fk["referred_columns"]),
                    fk["options"].get("ondelete"),
                )
                for fk in inspector.get_foreign_keys(table)
            },
            "unique": {
                (uq["name"], tuple(uq["column_names"]))
                for uq in inspector.get_unique_constraints(table)
            },
            # PostgreSQL rewrites a CHECK's text; its test below checks what the CHECKs refuse.
            "checks": {
                (ck["name"], ck["sqltext"] if sqlite else None)
                for ck in inspector.get_check_constraints(table)
            },
            "indexes": {
                (
                    ix["name"],
                    tuple(ix["column_names"]),
                    bool(ix["unique"]),
                    _where(ix.get("dialect_options", {}), engine.dialect),
                )
                for ix in inspector.get_indexes(table)
                if "duplicates_constraint" not in ix  # PostgreSQL's index behind a UNIQUE
            },
        }
    return schema


def _fk_name(table: str, fk: dict[str, Any], sqlite: bool) -> str | None:
    """SQLite reports no name for a foreign key added with ALTER TABLE ... ADD COLUMN (only a
    table-level constraint's name is in the table's SQL): such a key gets the convention's
    name, as the model gives it; columns, target and ON DELETE are still compared."""
    if sqlite and fk["name"] is None and len(fk["constrained_columns"]) == 1:
        return f"fk_{table}_{fk['constrained_columns'][0]}_{fk['referred_table']}"
    return str(fk["name"]) if fk["name"] is not None else None


def _metadata_schema(metadata: MetaData, dialect: Dialect) -> dict[str, dict[str, Any]]:
    sqlite = dialect.name == "sqlite"

    def check_text(ck: CheckConstraint) -> str | None:
        compiled = ck.sqltext.compile(
            dialect=dialect, compile_kwargs={"literal_binds": True, "include_table": False}
        )
        return str(compiled) if sqlite else None

    return {
        table.name: {
            "columns": [(c.name, c.nullable) for c in table.columns],
            "primary_key": (table.primary_key.name, [c.name for c in table.primary_key]),
            "foreign_keys": {
                (
                    fk.name,
                    tuple(c.name for c in fk.columns),
                    fk.referred_table.name,
                    tuple(e.column.name for e in fk.elements),
                    fk.ondelete,
                )
                for fk in table.foreign_key_constraints
            },
            "unique": {
                (uq.name, tuple(c.name for c in uq.columns))
                for uq in table.constraints
                if isinstance(uq, UniqueConstraint)
            },
            "checks": {
                (ck.name, check_text(ck))
                for ck in table.constraints
                if isinstance(ck, CheckConstraint)
            },
            "indexes": {
                (
                    ix.name,
                    tuple(c.name for c in ix.columns),
                    ix.unique,
                    _where(ix.dialect_kwargs, dialect),
                )
                for ix in table.indexes
            },
        }
        for table in metadata.tables.values()
    }


def test_upgrade_creates_the_models_schema_exactly(store_url: str) -> None:
    engine = make_engine(store_url)
    try:
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        assert table_names(engine) >= EXPECTED_TABLES
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True}
            )
            differences = compare_metadata(context, Base.metadata)
        assert differences == [], "models and migrations disagree"
        assert _database_schema(engine) == _metadata_schema(Base.metadata, engine.dialect)
    finally:
        engine.dispose()


def test_downgrade_to_base_and_up_again(store_url: str) -> None:
    engine = make_engine(store_url)
    try:
        upgrade(engine)
        downgrade(engine, "base")
        assert table_names(engine) & EXPECTED_TABLES == set()
        upgrade(engine)
        assert table_names(engine) >= EXPECTED_TABLES
    finally:
        engine.dispose()


def test_phone_numbers_are_indexed_for_the_screen_pop_probe(store_url: str) -> None:
    engine = make_engine(store_url)
    try:
        upgrade(engine)
        indexes = inspect(engine).get_indexes("contact_phones")
        assert any(ix["column_names"] == ["e164"] for ix in indexes)
    finally:
        engine.dispose()


def _callback(number: str, status: CallbackStatus) -> CallbackRequest:
    return CallbackRequest(
        kind=CallbackKind.NOW,
        source=CallbackSource.WEB_FORM,
        phone_e164=number,
        topic_code=None,
        language="it",
        status=status,
    )


def test_one_open_callback_per_number_and_topic_is_enforced_by_the_store(store_url: str) -> None:
    engine = make_engine(store_url)
    try:
        upgrade(engine)
        sessions = session_factory(engine)
        with sessions.begin() as session:
            session.add(_callback("+390612345678", CallbackStatus.DONE))
            session.add(_callback("+390612345678", CallbackStatus.QUEUED))
        # NULL topics are distinct in a unique index, so use a topic for the clash.
        from crm.models import Topic

        with sessions.begin() as session:
            session.add(Topic(code="pensions", names={"en": "Pensions"}))
        with sessions.begin() as session:
            first = _callback("+390612345679", CallbackStatus.QUEUED)
            first.topic_code = "pensions"
            session.add(first)
        with pytest.raises(IntegrityError), sessions.begin() as session:
            second = _callback("+390612345679", CallbackStatus.ASSIGNED)
            second.topic_code = "pensions"
            session.add(second)
    finally:
        engine.dispose()


def test_enumerations_and_utc_times_are_checked_by_the_store(store_url: str) -> None:
    engine = make_engine(store_url)
    try:
        upgrade(engine)
        sessions = session_factory(engine)
        moment = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
        with sessions.begin() as session:
            session.add(Ticket(number="CC-1", subject="s", channel=Channel.SMS, created_at=moment))
        with sessions() as session:
            ticket = session.query(Ticket).one()
            assert ticket.created_at == moment and ticket.created_at.tzinfo is not None
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO tickets (uid, number, subject, status, channel, created_at, "
                "updated_at, change_seq) VALUES ('u2', 'CC-2', 's', 'lost', 'fax', "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)"
            )
        with pytest.raises(StatementError, match="naive"), sessions.begin() as session:
            session.add(
                Ticket(number="CC-3", subject="s", channel=Channel.SMS, created_at=datetime.now())
            )
    finally:
        engine.dispose()


def test_the_fast_head_check_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from crm.migrate import MIGRATIONS_DIR

    assert head_revision() == ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def test_a_new_store_is_not_up_to_date_until_migrated(sqlite_url: str) -> None:
    from crm.migrate import is_up_to_date

    engine = make_engine(sqlite_url)
    try:
        assert current_revision(engine) is None and not is_up_to_date(engine)
        upgrade(engine)
        assert is_up_to_date(engine)
    finally:
        engine.dispose()
