"""The portal service: hashed API keys, booking references, idempotent answers, attachments.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 00:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from crm.schema import UTCDateTime

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "portal_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("portal", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("origins", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_keys")),
        sa.UniqueConstraint("key_id", name=op.f("uq_portal_keys_key_id")),
    )
    op.create_index(op.f("ix_portal_keys_portal"), "portal_keys", ["portal"])
    op.create_table(
        "portal_bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=32), nullable=False),
        sa.Column("portal", sa.String(length=64), nullable=False),
        sa.Column("request_uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_bookings")),
        sa.UniqueConstraint("ref", name=op.f("uq_portal_bookings_ref")),
    )
    op.create_index(op.f("ix_portal_bookings_request_uid"), "portal_bookings", ["request_uid"])
    op.create_table(
        "portal_idempotency",
        sa.Column("portal", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("response", sa.JSON(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("portal", "key", name=op.f("pk_portal_idempotency")),
    )
    op.create_index(op.f("ix_portal_idempotency_created_at"), "portal_idempotency", ["created_at"])
    op.create_table(
        "ticket_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=127), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_ticket_attachments_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_attachments")),
    )
    op.create_index(op.f("ix_ticket_attachments_ticket_id"), "ticket_attachments", ["ticket_id"])


def downgrade() -> None:
    op.drop_table("ticket_attachments")
    op.drop_table("portal_idempotency")
    op.drop_table("portal_bookings")
    op.drop_table("portal_keys")
