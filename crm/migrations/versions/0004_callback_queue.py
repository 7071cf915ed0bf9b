"""The callback queue: a bookings table web portals write into, the SLA deadline of a request,
the indexes of the claim.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from crm import rbac
from crm.schema import UTCDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AGENT = rbac.GROUP_ROLES["agent"]
_PORTAL = rbac.PORTAL_ROLE


def upgrade() -> None:
    op.create_table(
        "callback_bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_at", UTCDateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("kind", sa.String(length=16), server_default="now", nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("topic_code", sa.String(length=48), nullable=True),
        sa.Column("window_start", UTCDateTime(), nullable=True),
        sa.Column("window_end", UTCDateTime(), nullable=True),
        sa.Column("caller_time_zone", sa.String(length=64), nullable=True),
        sa.Column(
            "caller_name", sa.String(length=255), server_default=sa.text("''"), nullable=False
        ),
        sa.Column("message", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("consent", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("status", sa.String(length=16), server_default="new", nullable=False),
        sa.Column("processed_at", UTCDateTime(), nullable=True),
        sa.Column("request_uid", sa.String(length=36), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "status IN ('new', 'queued', 'rejected')",
            name=op.f("ck_callback_bookings_status_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_callback_bookings")),
    )
    op.create_index("ix_callback_bookings_status_id", "callback_bookings", ["status", "id"])
    op.add_column("callback_requests", sa.Column("sla_due_at", UTCDateTime(), nullable=True))
    op.create_index(
        "ix_callback_requests_claim_order",
        "callback_requests",
        ["next_attempt_at", "booked_at", "id"],
        sqlite_where=sa.text("status = 'queued'"),
        postgresql_where=sa.text("status = 'queued'"),
    )
    op.create_index("ix_callback_requests_lease", "callback_requests", ["lease_expires_at"])
    if op.get_bind().dialect.name == "postgresql":
        for statement in (
            rbac.PORTAL_ROLE_SQL,
            # A portal books and reads back what became of its bookings, nothing else.
            f"GRANT USAGE ON SCHEMA public TO {_PORTAL}",
            f"GRANT INSERT, SELECT ON callback_bookings TO {_PORTAL}",
            f"GRANT USAGE ON SEQUENCE callback_bookings_id_seq TO {_PORTAL}",
            # Any agent's app takes new bookings into the queue.
            f"GRANT SELECT, UPDATE ON callback_bookings TO {_AGENT}",
            f"GRANT USAGE, SELECT ON SEQUENCE callback_bookings_id_seq TO {_AGENT}",
        ):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"REVOKE ALL ON callback_bookings FROM {_PORTAL}, {_AGENT}")
        op.execute(f"REVOKE USAGE ON SCHEMA public FROM {_PORTAL}")
    op.drop_index("ix_callback_requests_lease", table_name="callback_requests")
    op.drop_index("ix_callback_requests_claim_order", table_name="callback_requests")
    op.drop_column("callback_requests", "sla_due_at")
    op.drop_index("ix_callback_bookings_status_id", table_name="callback_bookings")
    op.drop_table("callback_bookings")
