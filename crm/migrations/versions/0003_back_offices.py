"""Back offices a ticket can be forwarded to at wrap-up; agents book callbacks at wrap-up.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from crm import rbac

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AGENT = rbac.GROUP_ROLES["agent"]
_SUPERVISOR = rbac.GROUP_ROLES["supervisor"]


def upgrade() -> None:
    op.create_table(
        "back_offices",
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_back_offices")),
    )
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with a foreign key in place (a rebuilt table, as batch mode does
        # it, would cascade-delete the tickets' history while foreign keys are enforced).
        op.execute(
            "ALTER TABLE tickets ADD COLUMN back_office_code VARCHAR(48) "
            "CONSTRAINT fk_tickets_back_office_code_back_offices REFERENCES back_offices (code)"
        )
    else:
        op.add_column("tickets", sa.Column("back_office_code", sa.String(length=48)))
        op.create_foreign_key(
            op.f("fk_tickets_back_office_code_back_offices"),
            "tickets",
            "back_offices",
            ["back_office_code"],
            ["code"],
        )
    op.create_index(op.f("ix_tickets_back_office_code"), "tickets", ["back_office_code"])
    if op.get_bind().dialect.name == "postgresql":
        for statement in (
            f"GRANT SELECT ON back_offices TO {_AGENT}",
            f"GRANT INSERT, UPDATE, DELETE ON back_offices TO {_SUPERVISOR}",
            # Agents book a callback for the caller at wrap-up.
            f"GRANT INSERT ON callback_requests TO {_AGENT}",
        ):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"REVOKE INSERT ON callback_requests FROM {_AGENT}")
    op.drop_index(op.f("ix_tickets_back_office_code"), table_name="tickets")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(
            op.f("fk_tickets_back_office_code_back_offices"), "tickets", type_="foreignkey"
        )
    op.drop_column("tickets", "back_office_code")  # SQLite 3.35+: drops the column in place
    op.drop_table("back_offices")
