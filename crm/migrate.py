"""Apply the Alembic migrations programmatically (used by `softphone db upgrade` and the app).

Checking whether a store is current is on every app start, so it avoids importing Alembic: it
reads `alembic_version` with one query and finds the head by reading the revision files.
Alembic itself is imported only when there is something to migrate.
"""

from __future__ import annotations

import ast
import importlib.resources
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
def head_revision() -> str:
    """The one revision no other revision revises: the head of the (linear) history."""
    revisions: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        revision = _assigned_string(tree, "revision")
        if revision:
            revisions[revision] = _assigned_string(tree, "down_revision")
    heads = set(revisions) - set(revisions.values())
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())
