"""The change feed says whose each changed row is: its contact, ticket or assigned agent.

With these, a desk polling the feed skips the notes, tickets and callback requests of callers it
never opened without reading them (crm.sync_feed), which is most of a floor's changes. Rows
recorded before this revision have none, and clients read those as before.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 07:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from crm import rbac

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ("contact_id", "ticket_id", "assigned_agent_id")


def upgrade() -> None:
    for column in _COLUMNS:
        op.add_column("change_log", sa.Column(column, sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        # Agents record their own writes' feed rows (rbac: never the sequence number).
        op.execute(
            f"GRANT INSERT ({', '.join(_COLUMNS)}) ON change_log TO {rbac.GROUP_ROLES['agent']}"
        )


def downgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        for column in reversed(_COLUMNS):
            batch.drop_column(column)
