"""Canned answers in the store: supervisors save and retire them, every use is counted.

The three writes go through the outbox like every other (`HANDLERS`, merged by `crm.applier`):

- `canned.save`: a new answer, a new translation of one, or a new wording. An edit keeps the
  wording it replaces in `canned_answer_versions` (version, title, body, who, when) and bumps the
  answer's version; a shortcut, topic and tags belong to the whole answer, so saving them on one
  translation sets them on all. Two supervisors editing at once: the later save wins, and the
  earlier wording stays in the versions.
- `canned.retire`: the answer (all its translations) leaves the panel; `retired: false` brings it
  back. Nothing is deleted.
- `canned.use`: an agent inserted, copied or expanded it; ranks the answer higher for everyone.

On PostgreSQL only supervisors may save or retire (grants; an agent's write is refused and set
aside), and an agent may change nothing of an answer but its use count.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, text, update

from crm import schema
from crm.canned import SHORTCUT_PATTERN
from crm.placeholders import unknown_placeholders
from crm.write_context import ApplyContext, Handler, WriteRejected

TITLE_MAX = 255
BODY_MAX = 20_000
TAGS_MAX = 20


def check_answer(p: Mapping[str, Any]) -> dict[str, Any]:
    """The answer's fields, cleaned; WriteRejected with the reason for any that is wrong.
    The editor runs the same check before it saves, so the agent sees the reason at once."""
    group_key = str(p.get("group_key") or "").strip()
    language = str(p.get("language") or "").strip().lower()
    title = str(p.get("title") or "").strip()
    body = str(p.get("body") or "").replace("\r\n", "\n").strip()
    shortcut = str(p.get("shortcut") or "").strip().lower()
    tags = p.get("tags") or []
    if not group_key or len(group_key) > 64:
        raise WriteRejected("an answer needs a key of at most 64 characters")
    if not language or len(language) > 8 or not language.replace("-", "").isalpha():
        raise WriteRejected(f"{language!r} is not a language code")
    if not title or len(title) > TITLE_MAX:
        raise WriteRejected(f"the title must have 1 to {TITLE_MAX} characters")
    if not body or len(body) > BODY_MAX:
        raise WriteRejected(f"the text must have 1 to {BODY_MAX} characters")
    if "\x00" in title + body:
        raise WriteRejected("the text contains a NUL character")
    if shortcut and not SHORTCUT_PATTERN.match(shortcut):
        raise WriteRejected(
            f"{shortcut!r} is not a shortcut: '::' then letters, digits, '-' or '_'"
        )
    if not isinstance(tags, list | tuple) or len(tags) > TAGS_MAX:
        raise WriteRejected(f"tags must be a list of at most {TAGS_MAX}")
    clean_tags = list(dict.fromkeys(str(t).strip() for t in tags if str(t).strip()))
    unknown = unknown_placeholders(title + "\n" + body)
    if unknown:
        raise WriteRejected(
            "unknown placeholder(s): " + ", ".join("{{" + name + "}}" for name in unknown)
        )
    return {
        "group_key": group_key,
        "language": language,
        "title": title,
        "body": body,
        "shortcut": shortcut or None,
        "tags": clean_tags,
        "topic_code": p.get("topic_code") or None,
    }


def save(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    answer = schema.canned_answers
    values = check_answer(p)
    conn = ctx.conn
    if (
        values["topic_code"] is not None
        and conn.scalar(
            select(schema.topics.c.code).where(schema.topics.c.code == values["topic_code"])
        )
        is None
    ):
        raise WriteRejected(f"unknown topic {values['topic_code']!r}")
    if values["shortcut"]:
        owner = conn.scalar(
            select(answer.c.group_key).where(
                answer.c.shortcut == values["shortcut"],
                answer.c.group_key != values["group_key"],
                answer.c.retired.is_(False),
            )
        )
        if owner is not None:
            raise WriteRejected(f"the shortcut {values['shortcut']} belongs to {owner!r}")
    editor = ctx.agent_id(ctx.actor_login)
    now = datetime.now(UTC)
    current = (
        conn.execute(
            select(answer)
            .where(answer.c.group_key == values["group_key"])
            .where(answer.c.language == values["language"])
            .with_for_update()
        )
        .mappings()
        .first()
    )
    if current is None:
        conn.execute(
            insert(answer).values(
                **values, version=1, retired=False, use_count=0, updated_by_id=editor,
                updated_at=now,
            )
        )  # fmt: skip
    else:
        if (current["title"], current["body"]) != (values["title"], values["body"]):
            conn.execute(
                insert(schema.canned_answer_versions).values(
                    answer_id=current["id"], version=current["version"], title=current["title"],
                    body=current["body"], edited_by_id=current["updated_by_id"],
                    edited_at=current["updated_at"] or now,
                )
            )  # fmt: skip
            version = int(current["version"]) + 1
        else:
            version = int(current["version"])
        conn.execute(
            update(answer)
            .where(answer.c.id == current["id"])
            .values(
                title=values["title"], body=values["body"], version=version, retired=False,
                updated_by_id=editor, updated_at=now,
            )
        )  # fmt: skip
    # What belongs to the whole answer is the same on every translation.
    siblings = conn.execute(
        update(answer)
        .where(answer.c.group_key == values["group_key"])
        .values(shortcut=values["shortcut"], tags=values["tags"], topic_code=values["topic_code"])
        .returning(answer.c.id)
    ).scalars()
    for answer_id in siblings:
        ctx.changed("canned_answers", answer_id)


def retire(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    answer = schema.canned_answers
    group_key = str(p.get("group_key") or "")
    retired = bool(p.get("retired", True))
    ids = (
        ctx.conn.execute(
            update(answer)
            .where(answer.c.group_key == group_key)
            .values(
                retired=retired,
                updated_by_id=ctx.agent_id(ctx.actor_login),
                updated_at=datetime.now(UTC),
            )
            .returning(answer.c.id)
        )
        .scalars()
        .all()
    )
    if not ids:
        raise WriteRejected(f"unknown canned answer {group_key!r}")
    for answer_id in ids:
        ctx.changed("canned_answers", answer_id)


def count_use(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    answer_id = p.get("answer_id")
    if not isinstance(answer_id, int):
        raise WriteRejected("a use names the answer's id")
    # Plain SQL: the table's onupdate would also set updated_at, which agents may not change
    # (and a use is no edit).
    done = ctx.conn.execute(
        text("UPDATE canned_answers SET use_count = use_count + 1 WHERE id = :id RETURNING id"),
        {"id": answer_id},
    ).first()
    if done is None:
        raise WriteRejected(f"unknown canned answer {answer_id}")
    ctx.changed("canned_answers", answer_id)


HANDLERS: dict[str, Handler] = {
    "canned.save": save,
    "canned.retire": retire,
    "canned.use": count_use,
}


def versions(conn: Any, answer_id: int) -> list[dict[str, Any]]:
    """The earlier wordings of an answer, newest first."""
    v = schema.canned_answer_versions.c
    return [
        dict(row)
        for row in conn.execute(
            select(v.version, v.title, v.body, v.edited_by_id, v.edited_at)
            .where(v.answer_id == answer_id)
            .order_by(v.version.desc())
        ).mappings()
    ]


# -- the service hours an answer quotes ------------------------------------------------------


def service_hours_summary(conn: Any) -> dict[str, Any]:
    """The weekly hours of every queue and the queue of every topic, as plain JSON data (the
    app keeps it locally, so `{{service_hours}}` is filled offline too)."""
    from crm.service_hours import ServiceCalendar

    calendar = ServiceCalendar.load(conn)
    topics = schema.topics.c
    queues = {}
    for code in calendar.codes:
        queue = calendar.queue(code)
        queues[code] = {
            "time_zone": queue.time_zone,
            "languages": list(queue.languages),
            "sla_minutes": queue.sla_minutes,
            "intervals": [
                [day, opens.strftime("%H:%M"), closes.strftime("%H:%M")]
                for day, opens, closes in queue.intervals
            ],
        }
    return {
        "queues": queues,
        "topics": dict(conn.execute(select(topics.code, topics.queue_code)).all()),
    }


def hours_for(
    summary: Mapping[str, Any], topic_code: str | None, language: str
) -> tuple[str, list[tuple[int, str, str]]] | None:
    """(time zone, [(weekday, opens, closes)...]) of the queue that serves `language` on the
    topic, by the same routing the callback queue uses; None if the store defines no hours."""
    from crm.service_hours import QueueHours, ServiceCalendar, parse_hhmm

    queues = summary.get("queues") or {}
    if not queues:
        return None
    calendar = ServiceCalendar(
        [
            QueueHours(
                code=code, time_zone=q["time_zone"], languages=tuple(q["languages"]),
                sla_minutes=int(q.get("sla_minutes") or 0),
                intervals=tuple((int(d), parse_hhmm(o), parse_hhmm(c))
                                for d, o, c in q["intervals"]),
            )
            for code, q in queues.items()
        ],
        [],
    )  # fmt: skip
    topic_queue = (summary.get("topics") or {}).get(topic_code or "")
    code = calendar.queue_for(topic_queue, language) or topic_queue or min(queues)
    queue = queues.get(code) or queues[min(queues)]
    return queue["time_zone"], [(int(d), o, c) for d, o, c in queue["intervals"]]
