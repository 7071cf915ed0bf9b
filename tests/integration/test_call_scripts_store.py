"""Call scripts in the store, on SQLite and PostgreSQL: publishing versions, finding the latest,
answers saved against the exact version followed, and who may publish (PostgreSQL grants)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from crm import applier, schema
from crm.call_scripts import ScriptError, ScriptWalk
from crm.db import make_engine
from crm.script_store import (
    PublishNotAllowed,
    ScriptDTO,
    latest_by_key,
    latest_script,
    list_latest,
    publish_script,
    script_by_id,
)
from tests.support.cli import softphone
from tests.support.sync_lab import Central, central_store, make_central

AGENT = "giulia.rossi"
SUPERVISOR = "paola.moretti"
KEY = "pension_payment_callback"


@pytest.fixture
def central(store_url: str) -> Iterator[Central]:
    with central_store(store_url, [AGENT, SUPERVISOR]) as central:
        yield central


@pytest.fixture
def engines(central: Central) -> Iterator[dict[str, Engine]]:
    """Each person's own connection (on SQLite, the one store file)."""
    made = {login: make_engine(central.agent_url(login)) for login in (AGENT, SUPERVISOR)}
    yield made
    for engine in made.values():
        engine.dispose()


def versions(central: Central, key: str = KEY, language: str = "en") -> int:
    table = schema.call_scripts
    with central.engine.connect() as conn:
        return int(
            conn.scalar(
                select(func.count()).where(table.c.key == key, table.c.language == language)
            )
            or 0
        )


def publish(engine: Engine, base: ScriptDTO, login: str, **change: Any) -> ScriptDTO:
    steps = [dict(step) for step in base.steps]
    steps[0]["text"] = "Good afternoon, {{agent_name}} here about request {{ticket_number}}."
    fields: dict[str, Any] = {
        "key": base.key,
        "language": base.language,
        "name": base.name + " (revised)",
        "steps": steps,
        "topic_code": base.topic_code,
        "actor_login": login,
        **change,
    }
    with engine.begin() as conn:
        return publish_script(conn, **fields)


def test_a_new_version_is_the_latest_and_answers_stay_on_the_version_followed(
    central: Central, engines: dict[str, Engine]
) -> None:
    with engines[AGENT].connect() as conn:
        old = latest_script(conn, "pensions", "en")
    assert old is not None and (old.key, old.version, old.language) == (KEY, 1, "en")

    new = publish(engines[SUPERVISOR], old, SUPERVISOR)
    assert (new.key, new.language, new.version) == (KEY, "en", 2)
    assert new.created_by_login == SUPERVISOR and new.active
    assert new.steps[0]["text"].startswith("Good afternoon")

    with engines[AGENT].connect() as conn:
        latest = latest_script(conn, "pensions", "en")
        assert latest == new
        assert latest_by_key(conn, KEY, "en") == new
        assert script_by_id(conn, old.id) == old  # the old version is untouched
        other_language = latest_script(conn, "pensions", "it")
        assert other_language is not None and other_language.version == 1
        listed = {(s.key, s.language): s.version for s in list_latest(conn)}
    assert listed[(KEY, "en")] == 2 and listed[(KEY, "it")] == 1 and len(listed) == 9

    # Other clients hear of it through the change feed; supervisors can see who published.
    with central.engine.connect() as conn:
        seq = conn.scalar(
            select(schema.change_log.c.seq).where(
                schema.change_log.c.table_name == "call_scripts",
                schema.change_log.c.row_key == str(new.id),
            )
        )
        assert seq is not None
        assert (
            conn.scalar(
                select(schema.call_scripts.c.change_seq).where(schema.call_scripts.c.id == new.id)
            )
            == seq
        )
        audit = (
            conn.execute(
                select(schema.audit_log, schema.agents.c.login)
                .join(schema.agents, schema.agents.c.id == schema.audit_log.c.actor_id)
                .where(schema.audit_log.c.action == "script.publish")
            )
            .mappings()
            .one()
        )
    assert audit["login"] == SUPERVISOR
    assert audit["detail"] == {
        "script_id": new.id,
        "key": KEY,
        "language": "en",
        "version": 2,
        "steps": len(new.steps),
    }

    # An agent who started the call on version 1 saves answers against version 1.
    walk = ScriptWalk(list(old.steps))
    for answer in (None, "no", "2026-12-01"):
        walk.answer(answer)
    assert walk.finished
    ticket = central.ticket(0)
    payload = {"script_id": old.id, "answers": walk.answers, "ticket_uid": ticket["uid"]}
    with engines[AGENT].begin() as conn:
        applied = applier.apply_writes(
            conn, [("k-run-1", "script_run.save", payload)], client_id="c1", actor_login=AGENT
        )
    assert applied == 1
    runs = schema.script_runs
    with central.engine.connect() as conn:
        run = conn.execute(select(runs).where(runs.c.uid == "k-run-1")).mappings().one()
        agent_id = conn.scalar(select(schema.agents.c.id).where(schema.agents.c.login == AGENT))
    assert run["script_id"] == old.id and run["ticket_id"] == ticket["id"]
    assert run["answers"] == {
        "greet": None,
        "pin_verified": "no",
        "unverified_callback": "2026-12-01",
        "end_unverified": None,
    }
    assert run["agent_id"] == agent_id
    # A third version later does not move the saved run.
    publish(engines[SUPERVISOR], new, SUPERVISOR)
    with central.engine.connect() as conn:
        assert conn.scalar(select(runs.c.script_id).where(runs.c.uid == "k-run-1")) == old.id
    assert versions(central) == 3


def test_the_latest_script_falls_back_to_another_language(engines: dict[str, Engine]) -> None:
    with engines[AGENT].connect() as conn:
        german = latest_script(conn, "pensions", "de")
        french = latest_script(conn, "pensions", "fr")  # not written in French: English
        none = latest_script(conn, "pensions", "fr", fallback_languages=())
        chained = latest_script(conn, "pensions", "fr", fallback_languages=("es", "it"))
        unknown_topic = latest_script(conn, "no_such_topic", "en")
    assert german is not None and german.language == "de"
    assert french is not None and french.language == "en"
    assert none is None and unknown_topic is None
    assert chained is not None and chained.language == "it"


def test_an_inactive_version_is_not_the_latest(
    central: Central, engines: dict[str, Engine]
) -> None:
    with engines[AGENT].connect() as conn:
        old = latest_script(conn, "pensions", "en")
    assert old is not None
    new = publish(engines[SUPERVISOR], old, SUPERVISOR)
    table = schema.call_scripts
    with central.engine.begin() as conn:  # withdrawn by an administrator
        conn.execute(table.update().where(table.c.id == new.id).values(active=False))
    with engines[AGENT].connect() as conn:
        assert latest_script(conn, "pensions", "en") == old
    # The next version still counts on from the withdrawn one: numbers are never reused.
    assert publish(engines[SUPERVISOR], old, SUPERVISOR).version == 3


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"steps": []}, "at least one step"),
        ({"steps": [{"id": "x", "type": "say", "text": "Hi"}]}, "no end step"),
        ({"topic_code": "no_such_topic"}, "unknown topic"),
        ({"actor_login": "nobody.here"}, "no agent with login"),
        ({"key": "Has Spaces"}, "key 'Has Spaces'"),
        ({"language": "english"}, "language 'english'"),
        ({"name": " "}, "needs a name"),
    ],
)
def test_an_invalid_script_is_refused_and_nothing_is_stored(
    central: Central, engines: dict[str, Engine], change: dict[str, Any], message: str
) -> None:
    with engines[SUPERVISOR].connect() as conn:
        old = latest_script(conn, "pensions", "en")
    assert old is not None
    with pytest.raises(ScriptError, match=message):
        publish(engines[SUPERVISOR], old, SUPERVISOR, **change)
    assert versions(central) == 1


def test_on_postgresql_an_agent_cannot_publish_and_a_supervisor_can(pg_url: str) -> None:
    central = make_central(pg_url, [AGENT, SUPERVISOR])
    agent = make_engine(central.agent_url(AGENT))
    supervisor = make_engine(central.agent_url(SUPERVISOR))
    try:
        with agent.connect() as conn:
            old = latest_script(conn, "pensions", "en")
        assert old is not None
        with pytest.raises(PublishNotAllowed, match="permission denied for table call_scripts"):
            publish(agent, old, AGENT)
        assert versions(central) == 1
        # Nor can a supervisor publish in someone else's name (the audit row is their own).
        with pytest.raises(PublishNotAllowed, match="row-level security policy"):
            publish(supervisor, old, AGENT)
        assert versions(central) == 1
        assert publish(supervisor, old, SUPERVISOR).version == 2
    finally:
        agent.dispose()
        supervisor.dispose()
        central.engine.dispose()


# -- the command line ------------------------------------------------------------------------------


def test_scripts_export_publish_and_list_from_the_command_line(
    central: Central, app_home: Path, tmp_path: Path
) -> None:
    on_postgres = central.engine.dialect.name == "postgresql"
    supervisor_url = central.agent_url(SUPERVISOR)
    exported = softphone("scripts", "export", KEY, "--language", "it", "--url", supervisor_url,
                         home=app_home)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    document = json.loads(exported.stdout)
    assert (document["key"], document["language"], document["version"]) == (KEY, "it", 1)
    assert document["topic"] == "pensions" and document["steps"][0]["id"] == "greet"

    revised = copy.deepcopy(document)
    revised["steps"][0]["text"] = "Buon pomeriggio, sono {{agent_name}}."
    path = tmp_path / "revised.json"
    path.write_text(json.dumps(revised, ensure_ascii=False), encoding="utf-8")
    who = [] if on_postgres else ["--as", SUPERVISOR]  # PostgreSQL: the URL's user
    published = softphone("scripts", "publish", str(path), "--url", supervisor_url, *who,
                          home=app_home)  # fmt: skip
    assert published.returncode == 0, published.stderr
    assert f"published {KEY} (it) version 2" in published.stdout

    listed = softphone("scripts", "list", "--url", supervisor_url, home=app_home)
    assert listed.returncode == 0, listed.stderr
    (line,) = [row for row in listed.stdout.splitlines() if row.split()[:2] == [KEY, "it"]]
    assert line.split()[2] == "2"
    with central.engine.connect() as conn:
        latest = latest_by_key(conn, KEY, "it")
    assert latest is not None and latest.created_by_login == SUPERVISOR
    assert latest.steps[0]["text"] == "Buon pomeriggio, sono {{agent_name}}."

    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({**revised, "steps": revised["steps"][:1]}), encoding="utf-8")
    refused = softphone("scripts", "publish", str(broken), "--url", supervisor_url, *who,
                        home=app_home)  # fmt: skip
    assert refused.returncode == 2
    assert "no end step can be reached" in refused.stderr

    if on_postgres:
        as_agent = softphone("scripts", "publish", str(path), "--url", central.agent_url(AGENT),
                             home=app_home)  # fmt: skip
        assert as_agent.returncode == 1
        assert f"{AGENT} may not publish call scripts: only supervisors can" in as_agent.stderr
        assert "Traceback" not in as_agent.stderr
    assert versions(central, KEY, "it") == 2


def test_scripts_list_on_the_embedded_store_that_does_not_exist_yet(app_home: Path) -> None:
    result = softphone("scripts", "list", home=app_home)
    assert result.returncode == 1
    assert "softphone db upgrade" in result.stderr and "Traceback" not in result.stderr
