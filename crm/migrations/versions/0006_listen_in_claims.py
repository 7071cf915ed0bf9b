"""An agent's app claims (starts) and ends the listen-in sessions on its own calls.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from crm import rbac

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in rbac.MONITOR_CLAIM_SQL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS monitor_claim ON monitor_sessions")
        op.execute(
            f"REVOKE UPDATE (started_at, ended_at) ON monitor_sessions FROM {rbac.GROUP_ROLES['agent']}"
        )
