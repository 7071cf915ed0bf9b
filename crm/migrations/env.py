"""Alembic environment: runs on the engine handed in by crm.migrate (never a URL with secrets)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from crm.schema import metadata

config = context.config
target_metadata = metadata


def run_migrations_online() -> None:
    engine: Engine = config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; pass an engine")
run_migrations_online()
