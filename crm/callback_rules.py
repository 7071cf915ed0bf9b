"""The callback queue's rules: which requests are open, how the queue retries, when a request may
be dialled and which queue serves a topic.

Both sides of the queue build on them: the writes that book a callback and log a try
(`crm.callback_writes`) and the claims and views of the agents' desks (`crm.callbacks`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, select

from crm import schema
from crm.service_hours import ServiceCalendar

OPEN = ("queued", "assigned", "dialling")
HELD = ("assigned", "dialling")


@dataclass(frozen=True)
class CallbackPolicy:
    """How the queue retries; one policy per deployment (the defaults are the seeds' practice)."""

    lease: timedelta = timedelta(seconds=90)
    # The wait before the next try after these outcomes ("call back later" uses the time
    # agreed with the caller; the final ones below end the request).
    retry_after: Mapping[str, timedelta] = field(
        default_factory=lambda: {
            "busy": timedelta(minutes=15),
            "no_answer": timedelta(hours=1),
            "skipped": timedelta(minutes=0),
        }
    )
    # Outcomes after which nobody calls again. "Wrong number" closes too: the number is invalid.
    final: frozenset[str] = frozenset({"reached", "resolved", "wrong_number"})
    # Outcomes that are not a try at reaching the caller and do not use up an attempt.
    free: frozenset[str] = frozenset({"skipped", "call_back_later"})
    # A skipping agent is not offered the same request again for this long.
    skip_cooldown: timedelta = timedelta(minutes=30)
    # A request nobody reached expires this long after it first fell due (unless it says).
    expiry: timedelta = timedelta(days=5)
    default_max_attempts: int = 3


DEFAULT_POLICY = CallbackPolicy()


def topic_queues(conn: Connection) -> dict[str | None, str | None]:
    topics = schema.topics
    return {code: queue for code, queue in conn.execute(select(topics.c.code, topics.c.queue_code))}


def schedule(
    calendar: ServiceCalendar,
    queue: str,
    earliest: datetime,
    caller_tz: str | None,
    expires_at: datetime | None,
) -> datetime | None:
    """The first moment at or after `earliest` when the request may be dialled; None when that
    is past its expiry (or beyond the calendar's horizon)."""
    due = calendar.next_open(queue, earliest, caller_tz)
    if due is None or (expires_at is not None and due >= expires_at):
        return None
    return due
