"""Call scripts in the store: published versions, the latest one for a call, and the answers an
agent gave while following one (`script_run.save`, an outbox write, lands on the ticket).

Scripts are versioned per (key, language): publishing adds version max+1 and never changes an
old version, because the answers saved on a ticket (`script_runs`) point at the exact version
the agent followed. What a script may contain and how it is walked: `crm.call_scripts`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select
from sqlalchemy.exc import DBAPIError

from crm import schema
from crm.call_scripts import ScriptError, validate_steps
from crm.change_feed import record_changes
from crm.schema import utcnow
from crm.write_context import ApplyContext, Handler, WriteRejected, id_by_uid

_KEY = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


class PublishNotAllowed(ScriptError):
    """The store refused the publication: on PostgreSQL only supervisors may publish scripts."""


@dataclass(frozen=True)
class ScriptDTO:
    id: int
    key: str
    topic_code: str | None
    language: str
    version: int
    name: str
    steps: tuple[dict[str, Any], ...]
    active: bool
    created_by_login: str | None
    created_at: datetime

    def as_document(self) -> dict[str, Any]:
        """The JSON form `softphone scripts export` prints and `publish` reads."""
        return {
            "key": self.key,
            "language": self.language,
            "name": self.name,
            "topic": self.topic_code,
            "version": self.version,
            "steps": [copy.deepcopy(s) for s in self.steps],
        }


def _select_scripts() -> Any:
    scripts, agents = schema.call_scripts, schema.agents
    return select(scripts, agents.c.login.label("created_by_login")).select_from(
        scripts.outerjoin(agents, agents.c.id == scripts.c.created_by_id)
    )


def _dto(row: Row[Any]) -> ScriptDTO:
    m = row._mapping
    return ScriptDTO(
        id=int(m["id"]),
        key=m["key"],
        topic_code=m["topic_code"],
        language=m["language"],
        version=int(m["version"]),
        name=m["name"],
        steps=tuple(copy.deepcopy(list(m["steps"] or []))),
        active=bool(m["active"]),
        created_by_login=m["created_by_login"],
        created_at=m["created_at"],
    )


def _languages(language: str, fallbacks: Iterable[str]) -> list[str]:
    return list(dict.fromkeys([language, *fallbacks]))


def latest_script(
    conn: Connection,
    topic_code: str,
    language: str,
    fallback_languages: Sequence[str] = ("en",),
) -> ScriptDTO | None:
    """The highest active version of the topic's script in the language, else in the first
    fallback language that has one. Several scripts (keys) on one topic: the highest version
    wins, then the one published last."""
    scripts = schema.call_scripts
    for lang in _languages(language, fallback_languages):
        row = conn.execute(
            _select_scripts()
            .where(
                scripts.c.topic_code == topic_code,
                scripts.c.language == lang,
                scripts.c.active.is_(True),
            )
            .order_by(scripts.c.version.desc(), scripts.c.id.desc())
            .limit(1)
        ).first()
        if row is not None:
            return _dto(row)
    return None


def latest_by_key(
    conn: Connection, key: str, language: str, fallback_languages: Sequence[str] = ()
) -> ScriptDTO | None:
    """The highest active version of one script (by key) in the language or a fallback."""
    scripts = schema.call_scripts
    for lang in _languages(language, fallback_languages):
        row = conn.execute(
            _select_scripts()
            .where(scripts.c.key == key, scripts.c.language == lang, scripts.c.active.is_(True))
            .order_by(scripts.c.version.desc())
            .limit(1)
        ).first()
        if row is not None:
            return _dto(row)
    return None


def script_by_id(conn: Connection, script_id: int) -> ScriptDTO | None:
    """One exact version, e.g. the one a saved script run points at."""
    row = conn.execute(_select_scripts().where(schema.call_scripts.c.id == script_id)).first()
    return _dto(row) if row is not None else None


def list_latest(conn: Connection) -> list[ScriptDTO]:
    """The highest active version of every (key, language), by key then language."""
    scripts = schema.call_scripts
    newest = (
        select(
            scripts.c.key,
            scripts.c.language,
            func.max(scripts.c.version).label("version"),
        )
        .where(scripts.c.active.is_(True))
        .group_by(scripts.c.key, scripts.c.language)
        .subquery()
    )
    rows = conn.execute(
        _select_scripts()
        .join(
            newest,
            (newest.c.key == scripts.c.key)
            & (newest.c.language == scripts.c.language)
            & (newest.c.version == scripts.c.version),
        )
        .order_by(scripts.c.key, scripts.c.language)
    )
    return [_dto(row) for row in rows]


def publish_script(
    conn: Connection,
    *,
    key: str,
    language: str,
    name: str,
    steps: object,
    topic_code: str | None,
    actor_login: str | None,
) -> ScriptDTO:
    """Validate and store a new version (max + 1) of the script, in the caller's transaction,
    with its change-feed entry and an audit entry. Old versions stay as they are.

    Raises ScriptError for a script or argument that is not valid, PublishNotAllowed when the
    database refuses (on PostgreSQL: the login is not a supervisor). Two supervisors publishing
    the same key and language at the same moment: one gets an IntegrityError and retries.
    """
    checked = validate_steps(steps)
    if not isinstance(key, str) or not _KEY.match(key):
        raise ScriptError(f"key {key!r}: use up to 64 lower-case letters, digits, '_', '.' or '-'")
    if not isinstance(language, str) or not re.fullmatch(
        r"[a-z]{2,3}(-[A-Za-z0-9]{2,4})?", language
    ):
        raise ScriptError(f"language {language!r}: use a language tag such as 'it' or 'pt-BR'")
    if not isinstance(name, str) or not name.strip() or len(name) > 255:
        raise ScriptError("the script needs a name of at most 255 characters")
    scripts, agents = schema.call_scripts, schema.agents
    if (
        topic_code is not None
        and conn.scalar(select(schema.topics.c.code).where(schema.topics.c.code == topic_code))
        is None
    ):
        raise ScriptError(f"unknown topic {topic_code!r}")
    actor_id = None
    if actor_login:
        actor_id = conn.scalar(select(agents.c.id).where(agents.c.login == actor_login))
        if actor_id is None:
            raise ScriptError(f"no agent with login {actor_login!r}")
    version = (
        conn.scalar(
            select(func.max(scripts.c.version)).where(
                scripts.c.key == key, scripts.c.language == language
            )
        )
        or 0
    ) + 1
    now = datetime.now(UTC)
    try:
        new_id = conn.scalar(
            insert(scripts)
            .values(
                key=key,
                topic_code=topic_code,
                language=language,
                version=version,
                name=name.strip(),
                steps=checked,
                active=True,
                created_by_id=actor_id,
                created_at=now,
            )
            .returning(scripts.c.id)
        )
        assert new_id is not None
        conn.execute(
            insert(schema.audit_log).values(
                at=now,
                actor_id=actor_id,
                action="script.publish",
                subject=f"{key} ({language}) v{version}",
                detail={
                    "script_id": int(new_id),
                    "key": key,
                    "language": language,
                    "version": version,
                    "steps": len(checked),
                },
            )
        )
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient_privilege
            raise PublishNotAllowed(
                "not allowed to publish call scripts (only supervisors may, in their own "
                f"name): {str(exc.orig).strip().splitlines()[0]}"
            ) from exc
        raise
    found = script_by_id(conn, int(new_id))
    assert found is not None
    # Last, like every write: the feed's lock is held from here to the caller's commit only.
    record_changes(conn, [("call_scripts", str(new_id))])
    return found


# -- the answers given on a call ------------------------------------------------------------------


def save_run(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    """The answers given while following a call script; they land on the ticket."""
    script_id = ctx.conn.scalar(
        select(schema.call_scripts.c.id).where(schema.call_scripts.c.id == p.get("script_id"))
    )
    if script_id is None:
        raise WriteRejected(f"unknown call script {p.get('script_id')!r}")
    answers = p.get("answers")
    if not isinstance(answers, dict):
        raise WriteRejected("script answers must be an object of step -> answer")
    ctx.conn.execute(
        insert(schema.script_runs).values(
            uid=str(p.get("uid") or key),
            script_id=script_id,
            ticket_id=id_by_uid(ctx, schema.tickets, p.get("ticket_uid"), "ticket"),
            callback_request_id=id_by_uid(
                ctx, schema.callback_requests, p.get("callback_request_uid"), "callback request"
            ),
            agent_id=ctx.agent_id(ctx.actor_login),
            answers=answers,
            created_at=utcnow(),
        )
    )
    if p.get("ticket_uid"):
        ctx.changed("tickets", p["ticket_uid"])  # the ticket's page shows its script answers


HANDLERS: dict[str, Handler] = {"script_run.save": save_run}
