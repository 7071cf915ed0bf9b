"""A write whose commit reply was lost is sent again: the store must apply it once, not twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, func, select

from crm import applier, schema
from tests.support.sync_lab import make_central


def _counts(conn: Connection) -> dict[str, int]:
    tables = ("interactions", "ticket_field_changes", "change_log", "applied_writes")
    return {
        name: int(conn.scalar(select(func.count()).select_from(schema.metadata.tables[name])))
        for name in tables
    }


def test_a_retried_batch_is_applied_once_on_each_backend(store_url: str) -> None:
    central = make_central(store_url, [])
    ticket = central.ticket(0)
    start = datetime.now(UTC)
    batch = [
        (
            f"key-note-{i}",
            "interaction.append",
            {
                "ticket_uid": ticket["uid"],
                "kind": "note",
                "occurred_at": start.isoformat(),
                "body": f"retried note {i}",
            },
        )
        for i in range(3)
    ]
    batch.append(
        (
            "key-status",
            "ticket.update",
            {
                "ticket_uid": ticket["uid"],
                "fields": {"status": "pending", "subject": "Retried subject"},
                "changed_at": (start + timedelta(seconds=1)).isoformat(),
            },
        )
    )
    with central.engine.begin() as conn:
        first = applier.apply_writes(conn, batch, client_id="client-a", actor_login="giulia.rossi")
    with central.engine.connect() as conn:
        after_first = _counts(conn)

    # The client never saw the commit's reply, so it sends the whole batch again, then once more
    # with the batch split (as the client does after a failure).
    with central.engine.begin() as conn:
        again = applier.apply_writes(conn, batch, client_id="client-a", actor_login="giulia.rossi")
    for write in batch:
        with central.engine.begin() as conn:
            again += applier.apply_writes(
                conn, [write], client_id="client-a", actor_login="giulia.rossi"
            )

    with central.engine.connect() as conn:
        assert (first, again) == (4, 0)
        assert _counts(conn) == after_first
        notes = conn.scalars(
            select(schema.interactions.c.body).where(
                schema.interactions.c.body.like("retried note %")
            )
        ).all()
        assert sorted(notes) == ["retried note 0", "retried note 1", "retried note 2"]
        history = conn.scalars(
            select(schema.ticket_field_changes.c.field).where(
                schema.ticket_field_changes.c.ticket_id == ticket["id"]
            )
        ).all()
        assert sorted(history) == ["status", "subject"]  # one history entry per field, not two
    central.engine.dispose()
