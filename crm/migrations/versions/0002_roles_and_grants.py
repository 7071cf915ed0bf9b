"""Database-enforced roles: group roles, grants, row-level security, the wallboard view.

PostgreSQL only (SQLite has no users). Group roles are cluster-wide and shared by every store
database on the server, so they are created if missing and never dropped; grants, policies,
functions and the view belong to this database and are removed on downgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 23:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from crm import rbac

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    rbac.install(op.get_bind())


def downgrade() -> None:
    rbac.uninstall(op.get_bind())
