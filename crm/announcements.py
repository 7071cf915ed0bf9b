"""Announcements: a supervisor broadcasts a message to everyone or to one language group, until
it expires; agents see it and mark it read. Both writes go through the outbox (`HANDLERS`,
merged by `crm.applier`): `announcement.post` (supervisors only: the role is checked here, and on
PostgreSQL the grants refuse anyone else's insert) and `announcement.read`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from crm import schema
from crm.schema import Role
from crm.write_context import ApplyContext, Handler, WriteRejected, dialect_insert

BODY_MAX = 2000
LONGEST = timedelta(days=30)


@dataclass(frozen=True)
class Announcement:
    id: int
    author: str
    language: str | None  # None: everyone
    body: str
    created_at: datetime
    expires_at: datetime | None


def _when(value: object) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise WriteRejected(f"{value!r} is not a time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def check(p: Mapping[str, Any], now: datetime | None = None) -> tuple[str, str | None, datetime]:
    """(body, language, expiry), cleaned; WriteRejected with the reason. The compose dialog runs
    the same check, so the supervisor sees the reason before anything is queued."""
    now = now or datetime.now(UTC)
    body = str(p.get("body") or "").replace("\r\n", "\n").strip()
    language = str(p.get("language") or "").strip().lower() or None
    expires = _when(p.get("expires_at"))
    if not body or len(body) > BODY_MAX:
        raise WriteRejected(f"the message must have 1 to {BODY_MAX} characters")
    if "\x00" in body:
        raise WriteRejected("the message contains a NUL character")
    if language is not None and (len(language) > 8 or not language.replace("-", "").isalpha()):
        raise WriteRejected(f"{language!r} is not a language code")
    if expires is None or expires <= now:
        raise WriteRejected("the expiry must be in the future")
    if expires - now > LONGEST:
        raise WriteRejected(f"an announcement runs for at most {LONGEST.days} days")
    return body, language, expires


def post(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    author = ctx.agent_id(ctx.actor_login)
    role = ctx.conn.scalar(select(schema.agents.c.role).where(schema.agents.c.id == author))
    if author is None or str(role) != Role.SUPERVISOR.value:
        raise WriteRejected("only supervisors broadcast announcements")
    body, language, expires = check(p, datetime.now(UTC) - timedelta(minutes=5))
    table = schema.announcements
    new_id = ctx.conn.execute(
        insert(table)
        .values(
            author_id=author,
            language=language,
            body=body,
            created_at=datetime.now(UTC),
            expires_at=expires,
        )
        .returning(table.c.id)
    ).scalar_one()
    ctx.changed("announcements", new_id)


def mark_read(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    agent = ctx.agent_id(ctx.actor_login)
    if agent is None:
        raise WriteRejected(f"unknown agent {ctx.actor_login!r}")
    try:
        announcement = int(p["announcement_id"])
    except (KeyError, TypeError, ValueError):
        raise WriteRejected("which announcement was read?") from None
    exists = ctx.conn.scalar(
        select(schema.announcements.c.id).where(schema.announcements.c.id == announcement)
    )
    if exists is None:
        return  # deleted meanwhile: nothing left to mark
    reads = schema.announcement_reads
    ctx.conn.execute(
        dialect_insert(ctx.conn, reads)
        .values(
            announcement_id=announcement,
            agent_id=agent,
            read_at=_when(p.get("read_at")) or datetime.now(UTC),
        )
        .on_conflict_do_nothing()
    )


HANDLERS: dict[str, Handler] = {"announcement.post": post, "announcement.read": mark_read}


def visible(
    rows: Iterable[Mapping[str, Any]],
    languages: Iterable[str],
    now: datetime | None = None,
    *,
    authors: Mapping[int, str] | None = None,
) -> list[Announcement]:
    """The unexpired announcements for an agent speaking `languages`, newest first (from the
    local cache's rows, so they show offline too). A supervisor passes every language."""
    now = now or datetime.now(UTC)
    spoken = {lang.lower() for lang in languages}
    out = []
    for row in rows:
        expires = _when(row.get("expires_at"))
        if expires is not None and expires <= now:
            continue
        language = row.get("language") or None
        if language is not None and language not in spoken:
            continue
        out.append(
            Announcement(
                id=int(row["id"]),
                author=(authors or {}).get(int(row.get("author_id") or 0), ""),
                language=language,
                body=str(row.get("body") or ""),
                created_at=_when(row.get("created_at")) or now,
                expires_at=expires,
            )
        )
    out.sort(key=lambda a: (a.created_at, a.id), reverse=True)
    return out
