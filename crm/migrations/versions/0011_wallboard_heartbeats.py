"""The wallboard view shows each desk's last heartbeat.

A desk that crashed or lost its network leaves its agent's last state behind; the heartbeat
(crm.presence) tells the supervisor's wallboard that nobody is behind it any more. Only the view
changes (the column has been there since 0001); SQLite has no view.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 22:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from crm import rbac

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_VIEW = """CREATE OR REPLACE VIEW wallboard AS
    SELECT a.login, a.display_name, p.state, p.reason, p.since, p.current_call{extra}
    FROM agents a LEFT JOIN agent_presence p ON p.agent_id = a.id
    WHERE a.active"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_VIEW.format(extra=", p.heartbeat_at"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # A view's columns can only be added to: the old shape needs a new view.
        op.execute("DROP VIEW wallboard")
        op.execute(_VIEW.format(extra=""))
        op.execute(f"REVOKE ALL ON wallboard FROM PUBLIC, {rbac.GROUP_ROLES['agent']}")
        op.execute(f"GRANT SELECT ON wallboard TO {rbac.GROUP_ROLES['supervisor']}")
