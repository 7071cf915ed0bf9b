"""Apply the Alembic migrations programmatically (used by `softphone db upgrade` and the app).

Checking whether a store is current is on every app start, so it avoids importing Alembic: it
reads `alembic_version` with one query and finds the head by reading the revision files.
Alembic itself is imported only when there is something to migrate.
"""

from __future__ import annotations

import ast
import importlib.resources
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

# Package data of crm, found through importlib.resources (a wheel, an editable install, a bundle).
MIGRATIONS_DIR = Path(str(importlib.resources.files("crm") / "migrations"))


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # The engine travels in attributes, not as a URL string, so no password is ever rendered.
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DatabaseError:  # no alembic_version table: a new, empty store
            return None


def _assigned_string(tree: ast.Module, name: str) -> str | None:
    for node in tree.body:
        target = getattr(node, "target", None) or next(iter(getattr(node, "targets", [])), None)
        if isinstance(target, ast.Name) and target.id == name:
            value = getattr(node, "value", None)
            if isinstance(value, ast.Constant) and isinstance(value.value, str | type(None)):
                return value.value
    return None


@cache
def _revisions() -> dict[str, str | None]:
    """Each revision and the one it revises, read from the revision files."""
    revisions: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        revision = _assigned_string(tree, "revision")
        if revision:
            revisions[revision] = _assigned_string(tree, "down_revision")
    return revisions


@cache
def head_revision() -> str:
    """The one revision no other revision revises: the head of the (linear) history."""
    revisions = _revisions()
    heads = set(revisions) - set(revisions.values())
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def is_known_revision(revision: str) -> bool:
    """A revision this app has a migration file for (else a newer app migrated the store)."""
    return revision in _revisions()


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


@dataclass(frozen=True)
class SchemaCheck:
    """What the app needs to know about a store's schema before it uses it."""

    exists: bool  # the store has a schema version table (False: a new, empty store)
    readable: bool  # the connected role may read the version
    revision: str | None  # None when there is none, or it may not be read
    may_migrate: bool  # the connected role may change the schema (it owns it)
    user: str  # who the check connected as ("" on SQLite, which has no users)

    @property
    def up_to_date(self) -> bool:
        return self.readable and self.revision == head_revision()


_PG_VERSION_TABLE = text(
    "SELECT tableowner, current_user AS who,"
    " has_table_privilege(format('%I.%I', schemaname, tablename), 'SELECT') AS readable,"
    " pg_has_role(current_user, tableowner, 'USAGE') AS owns"
    " FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'alembic_version'"
)


def check_schema(engine: Engine) -> SchemaCheck:
    """The store's schema version, and whether the connected role may migrate it.

    On PostgreSQL each agent connects as themselves, and only the schema's owner (the
    administrator who ran `softphone db upgrade`) may change it: the catalogue says who owns
    the version table and whether this role may read it, so neither question is answered by a
    "permission denied" taken for an empty store."""
    with engine.connect() as conn:
        if conn.dialect.name != "postgresql":
            exists = "alembic_version" in inspect(conn).get_table_names()
            revision = current_revision(engine) if exists else None
            return SchemaCheck(exists, True, revision, may_migrate=True, user="")
        row = conn.execute(_PG_VERSION_TABLE).first()
        if row is None:  # no schema yet: whoever may create tables here may create it
            who = conn.execute(text("SELECT current_user")).scalar_one()
            may_create = conn.execute(
                text("SELECT has_schema_privilege(current_schema(), 'CREATE')")
            ).scalar_one()
            return SchemaCheck(False, True, None, may_migrate=bool(may_create), user=str(who))
        revision = None
        if row.readable:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return SchemaCheck(
            True, bool(row.readable), revision, may_migrate=bool(row.owns), user=str(row.who)
        )


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())
