"""Every agent's app may read the store's schema version (only the owner may change it).

The app checks the version on every start, connected as the agent; without this grant the
check was refused and the agent could not open the store at all.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 00:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from crm import rbac

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"GRANT SELECT ON alembic_version TO {rbac.GROUP_ROLES['agent']}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"REVOKE SELECT ON alembic_version FROM {rbac.GROUP_ROLES['agent']}")
