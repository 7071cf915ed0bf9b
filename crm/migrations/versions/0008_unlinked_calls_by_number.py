"""Calls linked to no contact are found by their number, for the history of whoever has it.

A call from a number several contacts share stays unlinked (no one contact was chosen); the
caller's card shows it in each sharer's history through this small partial index.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_interactions_unlinked_phone",
        "interactions",
        ["phone_e164"],
        sqlite_where=sa.text("contact_id IS NULL"),
        postgresql_where=sa.text("contact_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_interactions_unlinked_phone", table_name="interactions")
