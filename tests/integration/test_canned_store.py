"""Canned answers in the store, on both backends: supervisors save, edit (versions kept) and retire
them, agents count their uses; on PostgreSQL an agent cannot edit one even with direct SQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError

from crm import applier, canned_store, change_feed, schema, write_context
from crm.canned import CannedAnswer, CannedIndex
from tests.support.sync_lab import Central, central_store

AGENT = "giulia.rossi"
SUPERVISOR = "paola.moretti"


@pytest.fixture
def central(store_url: str) -> Iterator[Central]:
    with central_store(store_url, [AGENT, SUPERVISOR]) as central:
        yield central


@pytest.fixture
def supervisor(central: Central) -> Iterator[Engine]:
    with central.connected_as(SUPERVISOR) as engine:
        yield engine


@pytest.fixture
def agent(central: Central) -> Iterator[Engine]:
    with central.connected_as(AGENT) as engine:
        yield engine


def apply(engine: Engine, login: str, kind: str, payload: dict[str, Any], key: str) -> None:
    with engine.begin() as conn:
        applier.apply_writes(conn, [(key, kind, payload)], client_id=login, actor_login=login)


def answers(central: Central, group_key: str) -> dict[str, Any]:
    table = schema.canned_answers
    with central.engine.connect() as conn:
        rows = conn.execute(select(table).where(table.c.group_key == group_key)).mappings()
        return {row["language"]: dict(row) for row in rows}


def test_a_supervisor_adds_edits_and_retires_an_answer_and_old_wordings_stay(
    central: Central, supervisor: Engine
) -> None:
    first = {
        "group_key": "lost_letter", "language": "it", "title": "Lettera non ricevuta",
        "body": "Gentile {{first_name|Signora/Signore}}, la lettera è stata spedita il ...",
        "shortcut": "::lettera", "tags": ["posta", "lettera"], "topic_code": "pensions",
    }  # fmt: skip
    apply(supervisor, SUPERVISOR, "canned.save", first, "k1")
    apply(
        supervisor, SUPERVISOR, "canned.save",
        {**first, "language": "de", "title": "Brief nicht erhalten", "body": "Guten Tag ..."},
        "k2",
    )  # fmt: skip
    saved = answers(central, "lost_letter")
    assert set(saved) == {"it", "de"} and saved["it"]["version"] == 1
    assert saved["de"]["shortcut"] == "::lettera"  # one shortcut for all translations

    edited = {**first, "body": "Gentile {{first_name}}, la lettera arriverà entro 10 giorni."}
    apply(supervisor, SUPERVISOR, "canned.save", {**edited, "shortcut": "::posta"}, "k3")
    saved = answers(central, "lost_letter")
    assert saved["it"]["version"] == 2 and "10 giorni" in saved["it"]["body"]
    assert {a["shortcut"] for a in saved.values()} == {"::posta"}
    with central.engine.connect() as conn:
        (old,) = canned_store.versions(conn, saved["it"]["id"])
    assert old["version"] == 1 and old["body"] == first["body"]  # the replaced wording is kept

    apply(supervisor, SUPERVISOR, "canned.retire", {"group_key": "lost_letter"}, "k4")
    rows = [CannedAnswer.from_row(r) for r in answers(central, "lost_letter").values()]
    assert all(a.retired for a in rows)
    assert CannedIndex(rows).group("lost_letter") is None  # gone from the panel, not deleted
    apply(
        supervisor,
        SUPERVISOR,
        "canned.retire",
        {"group_key": "lost_letter", "retired": False},
        "k5",
    )
    assert not any(a["retired"] for a in answers(central, "lost_letter").values())


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"shortcut": "pin"}, "is not a shortcut"),
        ({"shortcut": "::pin"}, "belongs to 'telephone_pin_howto'"),
        ({"body": "Dear {{frist_name}}"}, "unknown placeholder(s): {{frist_name}}"),
        ({"title": "  "}, "the title must have"),
        ({"language": "1t"}, "is not a language code"),
        ({"topic_code": "astrology"}, "unknown topic"),
    ],
)
def test_a_wrong_answer_is_refused_with_the_reason(
    central: Central, supervisor: Engine, change: dict[str, Any], reason: str
) -> None:
    payload = {"group_key": "new_one", "language": "en", "title": "T", "body": "B", **change}
    with pytest.raises(
        write_context.WriteRejected, match=reason.replace("(", r"\(").replace(")", r"\)")
    ):
        apply(supervisor, SUPERVISOR, "canned.save", payload, "bad")
    assert answers(central, "new_one") == {}


def test_an_agent_counts_uses_and_the_feed_carries_them(central: Central, agent: Engine) -> None:
    (pin,) = [a for a in answers(central, "telephone_pin_howto").values() if a["language"] == "it"]
    with central.engine.connect() as conn:
        before = change_feed.latest_seq(conn)
    apply(agent, AGENT, "canned.use", {"answer_id": pin["id"]}, "u1")
    apply(agent, AGENT, "canned.use", {"answer_id": pin["id"]}, "u2")
    apply(agent, AGENT, "canned.use", {"answer_id": pin["id"]}, "u2")  # a retry: counted once
    assert answers(central, "telephone_pin_howto")["it"]["use_count"] == pin["use_count"] + 2
    with central.engine.connect() as conn:
        fed = {(e.table, e.key) for e in change_feed.changes_since(conn, before)}
    assert ("canned_answers", str(pin["id"])) in fed


@pytest.mark.postgres
def test_an_agent_cannot_edit_an_answer_even_with_direct_sql(
    central: Central, agent: Engine
) -> None:
    if not central.url.startswith("postgresql"):
        pytest.skip("the embedded SQLite store has no users")
    payload = {"group_key": "mine", "language": "it", "title": "T", "body": "B"}
    with pytest.raises(DBAPIError, match="permission denied"):
        apply(agent, AGENT, "canned.save", payload, "a1")
    pin = answers(central, "telephone_pin_howto")["it"]
    for statement in (
        f"UPDATE canned_answers SET body = 'x' WHERE id = {pin['id']}",
        f"UPDATE canned_answers SET retired = true WHERE id = {pin['id']}",
        "INSERT INTO canned_answers (group_key, language, title, body, tags, version, retired,"
        " use_count) VALUES ('x', 'it', 'x', 'x', '[]', 1, false, 0)",
        f"DELETE FROM canned_answers WHERE id = {pin['id']}",
        f"INSERT INTO canned_answer_versions (answer_id, version, title, body, edited_at)"
        f" VALUES ({pin['id']}, 99, 'x', 'x', now())",
    ):
        with agent.connect() as conn, pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(text(statement))
    assert answers(central, "telephone_pin_howto")["it"]["body"] == pin["body"]
