"""Callback bookings from web-form exports and from the portal's table, on SQLite and PostgreSQL.

The imports and the intake run as an agent logged in as themselves (on PostgreSQL their grants
apply); the portal's login is checked to do what it may and nothing more.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest
from sqlalchemy import Engine, func, insert, select

from crm import applier, schema
from crm.booking_import.ingest import (
    booking_key,
    import_bookings,
    import_key,
    ingest_bookings,
    request_uid,
)
from crm.db import make_engine, write_transaction
from softphone.cli import main
from tests.support.sync_lab import Central, central_store, make_central

AGENT = "giulia.rossi"
SOON = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)


@pytest.fixture
def central(store_url: str) -> Iterator[Central]:
    with central_store(store_url, [AGENT]) as central:
        yield central


@pytest.fixture
def agent_engine(central: Central) -> Iterator[Engine]:
    with central.connected_as(AGENT) as engine:
        yield engine


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def jsonl(*rows: dict[str, Any]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def booking(phone: str, **fields: Any) -> dict[str, Any]:
    return {"phone": phone, "language": "it", "consent": "yes", **fields}


def run_import(engine: Engine, path: Path, **kwargs: Any) -> Any:
    return import_bookings(engine, path, actor_login=AGENT, client_id="test-import", **kwargs)


def requests(central: Central, phone: str | None = None) -> list[Any]:
    table = schema.callback_requests
    query = select(table).order_by(table.c.id)
    if phone is not None:
        query = query.where(table.c.phone_e164 == phone)
    with central.engine.connect() as conn:
        return list(conn.execute(query).mappings().all())


def count_requests(central: Central) -> int:
    with central.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(schema.callback_requests)) or 0)


def test_a_valid_file_creates_requests(
    central: Central, agent_engine: Engine, tmp_path: Path
) -> None:
    local = SOON.replace(tzinfo=None).replace(hour=9, minute=30)
    path = write(
        tmp_path,
        "export.json",
        json.dumps(
            [
                booking("+39 02 4000 0001", topic="pensions", message="Statement of March"),
                booking(
                    "02 4000 0002",
                    kind="scheduled",
                    language="de",
                    window_start=local.isoformat(),
                    window_end=(local + timedelta(hours=2)).isoformat(),
                    caller_time_zone="Europe/Rome",
                    name="Anna Bauer",
                ),
                booking("0039 02 4000 0003", topic="payments", consent="sì"),
            ],
            indent=2,
        ),
    )
    report = run_import(agent_engine, path)
    assert report.ok, report.problems
    assert (report.rows, report.created, report.merged) == (3, 3, 0)
    (first,) = requests(central, "+390240000001")
    assert first["source"] == "import" and first["status"] == "queued"
    assert first["kind"] == "now" and first["topic_code"] == "pensions"
    assert first["message"] == "Statement of March" and first["consent"]
    (second,) = requests(central, "+390240000002")
    expected = local.replace(tzinfo=ZoneInfo("Europe/Rome"))  # the caller's local time
    assert second["kind"] == "scheduled" and second["window_start"] == expected
    assert second["window_end"] == expected + timedelta(hours=2)
    assert second["caller_time_zone"] == "Europe/Rome" and second["caller_name"] == "Anna Bauer"
    assert second["language"] == "de"
    assert requests(central, "+390240000003")[0]["topic_code"] == "payments"


def test_a_second_booking_for_the_same_number_and_topic_merges(
    central: Central, agent_engine: Engine, tmp_path: Path
) -> None:
    phone = "+390240000011"
    path = write(
        tmp_path,
        "export.jsonl",
        jsonl(
            booking(phone, topic="pensions", message="First"),
            booking("+39 02 4000 0011", topic="pensions", message="Second"),
            booking(phone, topic="payments"),
        ),
    )
    report = run_import(agent_engine, path, source="web_form")
    assert (report.created, report.merged) == (2, 1)
    pensions = [r for r in requests(central, phone) if r["topic_code"] == "pensions"]
    assert len(pensions) == 1 and pensions[0]["message"] == "First\nSecond"
    assert pensions[0]["source"] == "web_form"

    # A later file booking the same again merges into the open request, too.
    again = write(tmp_path, "later.jsonl", jsonl(booking(phone, topic="pensions", message="3")))
    report = run_import(agent_engine, again)
    assert (report.created, report.merged) == (0, 1)
    assert len(requests(central, phone)) == 2


def test_a_file_with_one_bad_row_imports_nothing(
    central: Central, agent_engine: Engine, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "export.csv",
        "phone;language;topic;consent\n"
        "+39 02 4000 0021;it;pensions;yes\n"
        "+39 12;it;;yes\n"
        "+39 02 4000 0023;it;weather;no\n",
    )
    before = count_requests(central)
    report = run_import(agent_engine, path)
    assert not report.ok and report.created == 0
    assert [str(p) for p in report.problems] == [
        'line 3, phone: "+39 12" is not a valid phone number',
        'line 4, topic: "weather" is not a topic of this contact centre (appointments, '
        "benefits, certificates, contributions, digital_services, payments, pensions, "
        "portal_access)",
        "line 4, consent: the caller did not agree to be called back",
    ]
    assert count_requests(central) == before


def test_importing_the_same_file_twice_doubles_nothing(
    central: Central, agent_engine: Engine, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "export.jsonl",
        jsonl(booking("+390240000031", topic="pensions"), booking("+390240000032")),
    )
    first = run_import(agent_engine, path)
    assert (first.created, first.merged, first.already_imported) == (2, 0, 0)
    after_first = requests(central)
    second = run_import(agent_engine, path)
    assert second.ok and (second.created, second.merged, second.already_imported) == (0, 0, 2)
    assert requests(central) == after_first  # not even updated_at moved


def test_a_dry_run_counts_but_writes_nothing(
    central: Central, agent_engine: Engine, tmp_path: Path
) -> None:
    path = write(
        tmp_path, "export.jsonl", jsonl(booking("+390240000041"), booking("+390240000041"))
    )
    before = count_requests(central)
    report = run_import(agent_engine, path, dry_run=True)
    assert report.ok and report.dry_run and (report.created, report.merged) == (1, 1)
    assert count_requests(central) == before
    assert run_import(agent_engine, path).created == 1  # the dry run claimed no keys


def test_a_row_the_store_refuses_rolls_back_the_whole_file(
    central: Central, agent_engine: Engine, tmp_path: Path
) -> None:
    content = jsonl(booking("+390240000051"), booking("+390240000052"))
    path = write(tmp_path, "export.jsonl", content)
    # Another request already carries the identity line 2's request would get: the store
    # refuses that insert, after line 1 went in; line 1 must be rolled back with it.
    digest = hashlib.sha256(content.encode()).hexdigest()
    taken = {
        "uid": request_uid(import_key(digest, 2)),
        "kind": "now",
        "phone_e164": "+390240000059",
        "language": "it",
    }
    with agent_engine.begin() as conn:
        applier.apply_writes(
            conn, [("k-taken", "callback.request", taken)], client_id="c", actor_login=AGENT
        )
    before = count_requests(central)
    report = run_import(agent_engine, path)
    assert not report.ok and report.created == 0
    (problem,) = report.problems
    assert problem.line == 2 and problem.message.startswith("the store refused it:")
    assert count_requests(central) == before
    assert requests(central, "+390240000051") == []


# -- the portal's table --------------------------------------------------------------------------


def add_booking(engine: Engine, **values: Any) -> int:
    row = {"kind": "now", "language": "it", "consent": True, "caller_name": "", "message": ""}
    row.update(values)
    with engine.begin() as conn:
        table = schema.callback_bookings
        return int(conn.scalar(insert(table).values(**row).returning(table.c.id)))


def bookings(central: Central) -> dict[int, Any]:
    table = schema.callback_bookings
    with central.engine.connect() as conn:
        return {r["id"]: r for r in conn.execute(select(table)).mappings()}


def ingest(engine: Engine, **kwargs: Any) -> tuple[int, int]:
    with engine.begin() as conn:
        return ingest_bookings(conn, client_id="test-ingest", actor_login=AGENT, **kwargs)


def test_ingest_queues_good_bookings_and_rejects_bad_ones_with_the_reason(
    central: Central, agent_engine: Engine
) -> None:
    good = add_booking(central.engine, phone="+39 02 4000 0061", topic_code="pensions")
    scheduled = add_booking(
        central.engine,
        kind="scheduled",
        phone="02 4000 0062",
        language="fr",
        window_start=SOON,
        window_end=SOON + timedelta(hours=1),
        caller_time_zone="Europe/Paris",
        caller_name="Jeanne",
    )
    bad_phone = add_booking(central.engine, phone="+39 12")
    no_consent = add_booking(central.engine, phone="+390240000064", consent=False)
    merges = add_booking(central.engine, phone="0240000061", topic_code="pensions", message="Again")
    refused = add_booking(central.engine, phone="+390240000066")
    # The store refuses `refused` at apply time (its request's identity is taken): its
    # savepoint rolls back and the rows after it still go in.
    taken = {
        "uid": request_uid(booking_key(refused, bookings(central)[refused]["received_at"])),
        "kind": "now",
        "phone_e164": "+390240000069",
        "language": "it",
    }
    with agent_engine.begin() as conn:
        applier.apply_writes(
            conn, [("k-taken", "callback.request", taken)], client_id="c", actor_login=AGENT
        )
    after = add_booking(central.engine, phone="+390240000067")

    assert ingest(agent_engine) == (4, 3)
    rows = bookings(central)
    for booking_id in (good, scheduled, merges, after):
        row = rows[booking_id]
        assert row["status"] == "queued" and row["processed_at"] is not None
        assert row["error"] is None and row["request_uid"]
    assert rows[merges]["request_uid"] == rows[good]["request_uid"]
    (request,) = requests(central, "+390240000061")
    assert request["uid"] == rows[good]["request_uid"] and request["source"] == "web_form"
    assert request["message"] == "Again"
    (paris,) = requests(central, "+390240000062")
    assert paris["kind"] == "scheduled" and paris["window_start"] == SOON
    assert paris["language"] == "fr" and paris["caller_name"] == "Jeanne"
    assert rows[bad_phone]["status"] == "rejected"
    assert rows[bad_phone]["error"] == 'phone: "+39 12" is not a valid phone number'
    assert rows[no_consent]["error"] == "consent: the caller did not agree to be called back"
    assert rows[refused]["status"] == "rejected"
    assert rows[refused]["error"].startswith("the store refused it:")
    assert requests(central, "+390240000066") == []
    assert len(requests(central, "+390240000067")) == 1

    assert ingest(agent_engine) == (0, 0)  # nothing new: nothing taken twice


def test_ingest_takes_at_most_limit_rows_in_id_order(
    central: Central, agent_engine: Engine
) -> None:
    ids = [add_booking(central.engine, phone=f"+3902400001{i:02d}") for i in range(5)]
    assert ingest(agent_engine, limit=2) == (2, 0)
    rows = bookings(central)
    assert [rows[i]["status"] for i in ids] == ["queued", "queued", "new", "new", "new"]
    assert ingest(agent_engine) == (3, 0)


def test_ingest_in_a_write_transaction_commits_everything(
    central: Central, agent_engine: Engine
) -> None:
    add_booking(central.engine, phone="+390240000081")
    with write_transaction(agent_engine) as conn:
        assert ingest_bookings(conn, client_id="c", actor_login=AGENT) == (1, 0)
        conn.commit()
    assert len(requests(central, "+390240000081")) == 1


# -- the portal's login on PostgreSQL ------------------------------------------------------------


@pytest.fixture
def portal(pg_url: str) -> Iterator[tuple[Central, str]]:
    """A central store and a portal login in the softphone_portal role (dropped afterwards)."""
    central = make_central(pg_url, [AGENT])
    login = f"portal_{secrets.token_hex(4)}"
    with central.engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {login} LOGIN PASSWORD 'portal-secret'")
        conn.exec_driver_sql(f"GRANT softphone_portal TO {login}")
    try:
        yield central, central.conninfo(login, password="portal-secret")
    finally:
        central.engine.dispose()
        with make_engine(pg_url).begin() as conn:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {login}")


def test_the_portal_login_may_book_and_read_back_and_nothing_else(
    portal: tuple[Central, str],
) -> None:
    central, conninfo = portal
    with psycopg.connect(conninfo, autocommit=True) as conn:
        booking_id = conn.execute(
            # received_at, kind, caller_name and message have no server-side default (yet).
            "INSERT INTO callback_bookings (received_at, kind, phone, language, topic_code,"
            " window_start, caller_name, message, consent)"
            " VALUES (now(), 'scheduled', '+39 02 4000 0091', 'it', 'pensions', %s, 'Maria', '',"
            " true) RETURNING id",
            (SOON,),
        ).fetchone()[0]
        for statement in (
            "SELECT count(*) FROM callback_requests",
            "SELECT count(*) FROM contacts",
            "UPDATE callback_bookings SET status = 'queued'",
            "DELETE FROM callback_bookings",
            "UPDATE callback_requests SET message = ''",
            "INSERT INTO callback_requests (uid) VALUES ('x')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)

    agent = make_engine(central.agent_url(AGENT))
    try:
        assert ingest(agent) == (1, 0)
    finally:
        agent.dispose()
    with psycopg.connect(conninfo, autocommit=True) as conn:
        status, request, error = conn.execute(
            "SELECT status, request_uid, error FROM callback_bookings WHERE id = %s",
            (booking_id,),
        ).fetchone()
    assert (status, error) == ("queued", None)
    (row,) = requests(central, "+390240000091")
    assert row["uid"] == request and row["window_start"] == SOON


# -- the command ---------------------------------------------------------------------------------


def test_the_command_exit_codes(
    central: Central, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = central.url
    good = write(tmp_path, "good.csv", "phone,language,consent\n+39 02 4000 0101,it,yes\n")
    assert main(["callbacks", "import", str(good), "--url", url, "--as", AGENT]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["created"] == 1 and report["ok"]

    bad = write(tmp_path, "bad.csv", "phone,language,consent\n+39 12,it,yes\n+390240000102,it,\n")
    assert main(["callbacks", "import", str(bad), "--url", url]) == 1
    out = capsys.readouterr()
    assert json.loads(out.out)["created"] == 0
    assert out.err.splitlines() == [
        f'{bad}: line 2, phone: "+39 12" is not a valid phone number',
        f"{bad}: line 3, consent: is required: the caller must agree to be called back",
    ]

    missing = tmp_path / "missing.csv"
    assert main(["callbacks", "import", str(missing), "--url", url]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["callbacks", "import", str(good), "--url", url, "--region", "XX"]) == 2
    assert "unknown phone region" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["callbacks", "import", str(good), "--format", "xml"])
    assert exited.value.code == 2

    add_booking(central.engine, phone="+390240000103")
    add_booking(central.engine, phone="not a number")
    assert main(["callbacks", "ingest", "--url", url]) == 0
    assert json.loads(capsys.readouterr().out) == {"queued": 1, "rejected": 1}


def test_the_command_needs_a_migrated_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "good.csv", "phone,language,consent\n+39 02 4000 0111,it,yes\n")
    nowhere = tmp_path / "none.sqlite3"
    assert main(["callbacks", "import", str(path), "--url", f"sqlite:///{nowhere}"]) == 2
    assert "run softphone db upgrade first" in capsys.readouterr().err
    assert not nowhere.exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert main(["callbacks", "ingest", "--url", f"sqlite:///{empty}"]) == 2
    assert "has no schema" in capsys.readouterr().err
    # No --url: the embedded store, which does not exist yet in this test's home.
    assert main(["callbacks", "import", str(path)]) == 2
    assert "run softphone db upgrade first" in capsys.readouterr().err
    assert main(["callbacks", "import", str(path), "--url", "mysql://x/y"]) == 2
