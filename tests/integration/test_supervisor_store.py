"""Supervisor tools in the store, on both backends: listen-in sessions (opened by supervisors only,
claimed once by the agent they name, on the call they are on, while fresh; every step audited),
announcements (supervisors broadcast, agents mark read) and the wallboard's figures. On
PostgreSQL the database itself refuses an agent, whatever the app does."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from crm import (
    announcements,
    applier,
    monitoring,
    portal_store,
    presence,
    schema,
    wallboard,
    write_context,
)
from crm.db import make_engine
from crm.monitoring import MonitorRefused
from crm.portal_availability import staffing
from crm.presence import STALE_AFTER, beat
from crm.schema import aware
from crm.sync import SyncState
from tests.support.pgbouncer import PgBouncer
from tests.support.postgres import PostgresServer
from tests.support.sync_lab import Central, central_store, make_central, note, sync_client
from tests.support.tcp_proxy import tcp_proxy

AGENT = "giulia.rossi"
OTHER = "markus.pichler"
SUPERVISOR = "paola.moretti"
CALL = "a84b4c76e66710@127.0.0.1"


@pytest.fixture
def central(store_url: str) -> Iterator[Central]:
    with central_store(store_url, [AGENT, OTHER, SUPERVISOR]) as central:
        yield central


def login_engine(central: Central, login: str, port: int | None = None) -> Engine:
    return make_engine(central.agent_url(login, port))


def audit(central: Central, action: str) -> list[dict[str, Any]]:
    a = schema.audit_log
    with central.engine.connect() as conn:
        rows = conn.execute(select(a).where(a.c.action == action).order_by(a.c.id)).mappings()
        return [dict(row) for row in rows]


def test_a_listen_in_is_opened_claimed_switched_and_ended_with_every_step_audited(
    central: Central,
) -> None:
    listen_in_round(central)


def test_a_listen_in_through_pgbouncer_in_transaction_pooling(
    pg_url: str, pgbouncer: PgBouncer
) -> None:
    central = make_central(pg_url, [AGENT, OTHER, SUPERVISOR])
    try:
        listen_in_round(central, pgbouncer.port)
    finally:
        central.engine.dispose()


def listen_in_round(central: Central, port: int | None = None) -> None:
    supervisor = login_engine(central, SUPERVISOR, port)
    agent = login_engine(central, AGENT, port)
    try:
        with supervisor.begin() as conn:
            session = monitoring.open_session(
                conn, supervisor_login=SUPERVISOR, agent_login=AGENT, sip_call_id=CALL,
                mode="monitor",
            )  # fmt: skip
        (opened,) = audit(central, "monitor.open")
        assert opened["subject"] == CALL and opened["detail"]["mode"] == "monitor"

        with agent.begin() as conn:
            claimed = monitoring.claim(
                conn, token=session.token, agent_login=AGENT, current_call_ids={CALL}
            )
        assert claimed.supervisor_name and claimed.mode == "monitor" and claimed.started_at
        (started,) = audit(central, "monitor.start")
        assert started["detail"]["supervisor"] == SUPERVISOR

        with agent.begin() as conn, pytest.raises(MonitorRefused) as again:
            monitoring.claim(conn, token=session.token, agent_login=AGENT, current_call_ids={CALL})
        assert again.value.reason == "used"  # a token works once

        with supervisor.begin() as conn:
            monitoring.switch_mode(conn, token=session.token, supervisor_login=SUPERVISOR,
                                   mode="whisper")  # fmt: skip
        with agent.connect() as conn:
            now = monitoring.current(conn, session.token, AGENT)
        assert now is not None and now.mode == "whisper"
        (switched,) = audit(central, "monitor.mode")
        assert switched["detail"] == {"session": session.id, "from": "monitor", "to": "whisper"}

        with agent.begin() as conn:
            assert monitoring.end(conn, token=session.token, actor_login=AGENT) is True
        with supervisor.begin() as conn:
            assert monitoring.end(conn, token=session.token, actor_login=SUPERVISOR) is False
        (ended,) = audit(central, "monitor.end")
        assert ended["detail"]["mode"] == "whisper"
        assert ended["detail"]["started_at"] and ended["detail"]["ended_at"]
        with agent.connect() as conn:
            assert monitoring.current(conn, session.token, AGENT) is None
    finally:
        supervisor.dispose()
        agent.dispose()


def test_requests_that_are_not_a_supervisors_fresh_session_on_this_call_are_refused(
    central: Central,
) -> None:
    agent = login_engine(central, AGENT)
    try:
        with central.engine.begin() as conn:
            with pytest.raises(MonitorRefused) as not_sup:
                monitoring.open_session(conn, supervisor_login=OTHER, agent_login=AGENT,
                                        sip_call_id=CALL, mode="monitor")  # fmt: skip
            assert not_sup.value.reason == "not_supervisor"
            fresh = monitoring.open_session(conn, supervisor_login=SUPERVISOR, agent_login=AGENT,
                                            sip_call_id=CALL, mode="barge")  # fmt: skip
            foreign = monitoring.open_session(conn, supervisor_login=SUPERVISOR,
                                              agent_login=OTHER, sip_call_id=CALL,
                                              mode="monitor")  # fmt: skip
            stale = monitoring.open_session(conn, supervisor_login=SUPERVISOR, agent_login=AGENT,
                                            sip_call_id=CALL, mode="monitor")  # fmt: skip
            m = schema.monitor_sessions
            conn.execute(
                update(m)
                .where(m.c.id == stale.id)
                .values(created_at=datetime.now(UTC) - timedelta(minutes=2))
            )
            # A session written straight into the table by someone who is not a supervisor
            # (possible on SQLite, which has no users; on PostgreSQL the grants stop it first).
            forged = conn.execute(
                insert(m)
                .values(token="forged-token", supervisor_id=_id(conn, OTHER),
                        agent_id=_id(conn, AGENT), sip_call_id=CALL, mode="monitor",
                        created_at=datetime.now(UTC))
                .returning(m.c.id)
            ).scalar_one()  # fmt: skip
        assert forged
        cases = {
            "no-such-token": "unknown",
            foreign.token: "unknown" if central.url.startswith("postgresql") else "other_agent",
            stale.token: "stale",
            "forged-token": "not_supervisor",
        }
        for token, reason in cases.items():
            with agent.begin() as conn, pytest.raises(MonitorRefused) as refused:
                monitoring.claim(conn, token=token, agent_login=AGENT, current_call_ids={CALL})
            assert refused.value.reason == reason, token
        with agent.begin() as conn, pytest.raises(MonitorRefused) as other_call:
            monitoring.claim(
                conn, token=fresh.token, agent_login=AGENT, current_call_ids={"another@call"}
            )
        assert other_call.value.reason == "other_call"
        refusals = [row["detail"]["reason"] for row in audit(central, "monitor.refused")]
        assert sorted(refusals) == sorted([*cases.values(), "other_call"])
        assert audit(central, "monitor.start") == []  # nothing was started
    finally:
        agent.dispose()


def _id(conn: Any, login: str) -> int:
    return int(conn.scalar(select(schema.agents.c.id).where(schema.agents.c.login == login)))


@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_on_postgresql_an_agent_cannot_open_read_others_or_forge_sessions(
    central: Central,
) -> None:
    agent = login_engine(central, AGENT)
    try:
        with central.engine.begin() as conn:
            theirs = monitoring.open_session(conn, supervisor_login=SUPERVISOR, agent_login=OTHER,
                                             sip_call_id=CALL, mode="monitor")  # fmt: skip
        statements = [
            "INSERT INTO monitor_sessions (token, supervisor_id, agent_id, sip_call_id, mode, "
            "created_at) SELECT 'x', id, id, 'c', 'monitor', now() FROM agents "
            f"WHERE login = '{AGENT}'",
            "UPDATE monitor_sessions SET mode = 'barge'",
            "SELECT * FROM audit_log",
            "SELECT * FROM wallboard",
            "INSERT INTO announcements (author_id, body, created_at) "
            f"SELECT id, 'x', now() FROM agents WHERE login = '{AGENT}'",
        ]
        for statement in statements:
            with pytest.raises(DBAPIError), agent.begin() as conn:
                conn.execute(text(statement))
        with agent.connect() as conn:  # row-level security: other agents' sessions are invisible
            assert monitoring.current(conn, theirs.token, OTHER) is None
            seen = conn.scalar(text("SELECT count(*) FROM monitor_sessions"))
        assert seen == 0
        with agent.begin() as conn:  # nor can the agent end someone else's session
            updated = conn.execute(
                text("UPDATE monitor_sessions SET ended_at = now() WHERE token = :t"),
                {"t": theirs.token},
            )
            assert updated.rowcount == 0
    finally:
        agent.dispose()


def test_announcements_go_to_their_language_group_until_they_expire(central: Central) -> None:
    soon = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    supervisor, agent = login_engine(central, SUPERVISOR), login_engine(central, AGENT)
    try:
        with supervisor.begin() as conn:
            applier.apply_writes(
                conn,
                [
                    ("a1", "announcement.post", {"body": "Systems slow <b>today</b>",
                                                 "expires_at": soon}),
                    ("a2", "announcement.post", {"body": "Polnisch ab 14 Uhr", "language": "pl",
                                                 "expires_at": soon}),
                    ("a1", "announcement.post", {"body": "Systems slow <b>today</b>",
                                                 "expires_at": soon}),  # a retry: once
                ],
                client_id="sup", actor_login=SUPERVISOR,
            )  # fmt: skip
        for bad, reason in [
            ({"body": "", "expires_at": soon}, "1 to"),
            ({"body": "x", "expires_at": "2020-01-01T00:00:00+00:00"}, "future"),
            ({"body": "x", "expires_at": soon, "language": "<b>"}, "language"),
        ]:
            with (
                pytest.raises(write_context.WriteRejected, match=reason),
                supervisor.begin() as conn,
            ):
                applier.apply_writes(conn, [("bad", "announcement.post", bad)],
                                     client_id="sup", actor_login=SUPERVISOR)  # fmt: skip
        with pytest.raises((write_context.WriteRejected, DBAPIError)), agent.begin() as conn:
            post = {"body": "hi", "expires_at": soon}
            applier.apply_writes(
                conn, [("ag", "announcement.post", post)], client_id="ag", actor_login=AGENT
            )
        with central.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(select(schema.announcements)).mappings()]
        mine = announcements.visible(rows, ["it", "de", "en"])
        bodies = [a.body for a in mine]
        assert "Systems slow <b>today</b>" in bodies and "Polnisch ab 14 Uhr" not in bodies
        assert bodies.count("Systems slow <b>today</b>") == 1
        later = datetime.now(UTC) + timedelta(hours=3)
        assert "Systems slow <b>today</b>" not in [
            a.body for a in announcements.visible(rows, ["it"], later)
        ]
        target = next(a for a in mine if a.body.startswith("Systems"))
        with agent.begin() as conn:
            applier.apply_writes(
                conn,
                [("r1", "announcement.read", {"announcement_id": target.id}),
                 ("r2", "announcement.read", {"announcement_id": target.id})],
                client_id="ag", actor_login=AGENT,
            )  # fmt: skip
        with central.engine.connect() as conn:
            reads = conn.execute(select(schema.announcement_reads)).all()
        assert len(reads) == 1
    finally:
        supervisor.dispose()
        agent.dispose()


def test_the_wallboard_counts_states_due_callbacks_sla_and_todays_calls(central: Central) -> None:
    now = datetime.now(UTC)
    with central.engine.begin() as conn:
        agent_id = _id(conn, AGENT)
        conn.execute(schema.agent_presence.delete())  # the seed's states: these are the test's
        conn.execute(insert(schema.agent_presence).values(
            agent_id=agent_id, state="on_call", since=now - timedelta(minutes=3),
            heartbeat_at=now, current_call={"caller": "Maria Rossi", "topic": "Pensions"},
        ))  # fmt: skip
        conn.execute(insert(schema.agent_presence).values(
            agent_id=_id(conn, OTHER), state="paused", reason="break",
            since=now - timedelta(minutes=9), heartbeat_at=now, current_call={},
        ))  # fmt: skip
        before = wallboard.read(conn, now=now)
        for n, (language, due) in enumerate([("de", -30), ("de", -5), ("pl", -1), ("fr", 60)]):
            conn.execute(insert(schema.callback_requests).values(
                kind="now", source="web_form", phone_e164=f"+3902400009{n:02d}",
                language=language, next_attempt_at=now + timedelta(minutes=due),
                booked_at=now - timedelta(hours=1),
            ))  # fmt: skip
        for n, duration in enumerate([120, 0, 45]):
            conn.execute(insert(schema.interactions).values(
                kind="call", direction="inbound", occurred_at=now - timedelta(minutes=n),
                duration_s=duration, author_id=agent_id,
            ))  # fmt: skip
        board = wallboard.read(conn, now=now)
    states = {a.login: a for a in board.agents}
    assert states[AGENT].state == "on_call" and states[AGENT].current_call["caller"]
    assert states[AGENT].languages == ("it", "de", "en")
    assert states[OTHER].state == "paused" and states[OTHER].reason == "break"
    assert states[SUPERVISOR].state == "offline"  # never seen: offline, not missing
    assert board.due_by_language == {
        **before.due_by_language,
        "de": before.due_by_language.get("de", 0) + 2,
        "pl": before.due_by_language.get("pl", 0) + 1,
    }
    assert board.oldest_due_at is not None and board.oldest_due_at <= now - timedelta(minutes=30)
    assert board.handled_today == before.handled_today + 2
    assert board.abandoned_today == before.abandoned_today + 1
    assert board.count("on_call") == 1 and board.count("paused") == 1


def test_a_desk_that_stops_stamping_its_presence_is_counted_in_no_state(
    central: Central, tmp_path: Path
) -> None:
    """A signed-in desk's sync client stamps its presence (as the agent: on PostgreSQL through
    the agent's own grants and row policy); once it stops (a crash: no "offline" is sent), the
    wallboard and the portal's staffing stop counting the agent three beats later."""
    stamping_round(central, tmp_path)


def test_a_desk_stamps_its_presence_through_pgbouncer_in_transaction_pooling(
    pg_url: str, pgbouncer: PgBouncer, tmp_path: Path
) -> None:
    central = make_central(pg_url, [AGENT, OTHER, SUPERVISOR])
    try:
        stamping_round(central, tmp_path, pgbouncer.port)
    finally:
        central.engine.dispose()


def test_a_desk_s_stamp_rides_on_its_push_from_half_a_period_on(
    central: Central, tmp_path: Path
) -> None:
    """Through PgBouncer an agent's connection is given back after seconds idle, so a stamp
    on its own costs the server a new connection: once half a period has passed, the stamp
    goes with the desk's next push instead of waiting for the full period."""
    p, a = schema.agent_presence.c, schema.agents.c

    def stamp() -> datetime | None:
        with central.engine.connect() as conn:
            return aware(conn.scalar(
                select(p.heartbeat_at).join(schema.agents).where(a.login == AGENT)
            ))  # fmt: skip

    with central.engine.begin() as conn:
        conn.execute(update(schema.agent_presence).where(p.agent_id == _id(conn, AGENT))
                     .values(state="available"))  # fmt: skip
    before = stamp()
    with sync_client(central, AGENT, tmp_path, heartbeat_s=60) as client:
        client.wait(lambda: stamp() != before, 10, "the first stamp")
        first = stamp()
        client.sync._beaten_at -= 35  # by the client's count, 35 s since that stamp
        client.sync.write("interaction.append", note(central.ticket(0), "the stamp rides"))
        client.wait(lambda: client.local.pending_count() == 0, 10, "the push")
        client.wait(lambda: stamp() != first, 5, "the stamp that rode on it")


def test_a_desk_cut_off_longer_than_the_store_waits_for_its_stamps_says_so(
    pg_url: str, pg_server: PostgresServer, tmp_path: Path
) -> None:
    """The desk's link to the store is cut: it says "offline" at once, and once its last stamp
    is older than the store waits for (here 1 s; three beats, 180 s, on a floor) it also says
    that the store no longer believes it is there (the status bar tells the agent that
    supervisors see them as not responding); back, both are over."""
    if pg_server.host.startswith("/"):
        pytest.skip("the proxy needs a TCP server")
    central = make_central(pg_url, [AGENT, OTHER, SUPERVISOR])
    try:
        with central.engine.begin() as conn:
            p = schema.agent_presence.c
            conn.execute(update(schema.agent_presence).where(p.agent_id == _id(conn, AGENT))
                         .values(state="available"))  # fmt: skip
        with (
            tcp_proxy((pg_server.host, pg_server.port)) as proxy,
            sync_client(
                central, AGENT, tmp_path, port=proxy.port, heartbeat_s=0.2, unseen_after_s=1.0
            ) as client,  # fmt: skip
        ):
            client.wait(
                lambda: (
                    client.sync.status.state == SyncState.CONNECTED
                    and client.sync._beaten_at > -math.inf
                ),
                10,
                "a first stamp",
            )
            proxy.cut()
            cut_at = time.monotonic()
            client.wait(lambda: client.sync.status.unseen, 20, "the store's doubt said")
            assert time.monotonic() - cut_at >= 0.75  # 1 s after a stamp at most 0.2 s old
            offline = [s for s in client.statuses if s.state == SyncState.OFFLINE]
            assert offline[0].unseen is False and offline[-1].unseen is True, offline
            proxy.restore()
            client.wait(
                lambda: client.sync.status.state == SyncState.CONNECTED, 20, "the store again"
            )
            assert client.sync.status.unseen is False
    finally:
        central.engine.dispose()


def stamping_round(central: Central, tmp_path: Path, port: int | None = None) -> None:
    long_ago = datetime.now(UTC) - timedelta(hours=1)
    with central.engine.begin() as conn:
        conn.execute(schema.agent_presence.delete())
        for login, state in ((AGENT, "available"), (OTHER, "available"), (SUPERVISOR, "offline")):
            conn.execute(insert(schema.agent_presence).values(
                agent_id=_id(conn, login), state=state, since=long_ago, heartbeat_at=long_ago,
                current_call={},
            ))  # fmt: skip

    def stamps() -> dict[str, datetime]:
        p, a = schema.agent_presence.c, schema.agents.c
        with central.engine.connect() as conn:
            rows = conn.execute(select(a.login, p.heartbeat_at).join(schema.agent_presence))
            return {str(login): aware(at) for login, at in rows}

    with sync_client(central, AGENT, tmp_path, port=port, heartbeat_s=0.1) as client:
        first = client.wait(lambda: stamps()[AGENT] > long_ago, 10, "the first stamp")
        beaten = stamps()[AGENT]
        client.wait(lambda: stamps()[AGENT] > beaten, 10, "the next stamp")
    print(f"first stamp {first:.2f} s after the start")
    last = stamps()
    assert last[OTHER] == long_ago  # a desk stamps its own agent only
    with central.engine.connect() as conn:
        # An offline agent is not stamped (signed out is signed out), and needs no stamp.
        assert not beat(conn, _id(conn, SUPERVISOR), datetime.now(UTC))
        assert beat(conn, _id(conn, AGENT), last[AGENT])  # (the same time again)
        fresh = wallboard.read(conn, now=last[AGENT] + timedelta(seconds=1))
        gone = wallboard.read(conn, now=last[AGENT] + STALE_AFTER + timedelta(seconds=1))
        staffed = staffing(conn, "it", last[AGENT] + timedelta(seconds=1))[1]
        unstaffed = staffing(conn, "it", last[AGENT] + STALE_AFTER + timedelta(seconds=1))[1]
    on_board = {a.login: a for a in fresh.agents}
    assert on_board[AGENT].responding and not on_board[OTHER].responding
    assert on_board[SUPERVISOR].responding  # offline needs no desk
    assert fresh.count("available") == 1 and fresh.not_responding() == 1
    assert {a.login for a in gone.agents if not a.responding} == {AGENT, OTHER}
    assert gone.count("available") == 0 and gone.count("offline") == fresh.count("offline")
    assert (staffed, unstaffed) == (1, 0)  # AGENT speaks Italian; OTHER's desk is long gone


def test_presence_is_stamped_by_the_store_s_clock_not_the_desk_s(
    central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk whose clock runs ten minutes behind publishes "available" and beats: on
    PostgreSQL both stamps are the server's clock, so the agent is not taken for gone, even by
    a supervisor whose own clock runs ten minutes ahead."""
    if central.engine.dialect.name != "postgresql":
        pytest.skip("the embedded store is on the desk: its clock is the store's")
    behind = datetime.now(UTC) - timedelta(minutes=10)
    monkeypatch.setattr(presence, "utcnow", lambda: behind)  # the desk's own clock
    p = schema.agent_presence.c
    with central.engine.begin() as conn:
        agent_id = _id(conn, AGENT)
        conn.execute(  # the state before, published by the same desk an hour earlier
            update(schema.agent_presence).where(p.agent_id == agent_id)
            .values(state="paused", since=behind - timedelta(hours=1))
        )  # fmt: skip
        applier.apply_writes(conn, [(
            "skewed-desk", "presence.set", {
                "login": AGENT, "state": "available", "reason": None,
                "since": behind.isoformat(), "current_call": {}},
        )], client_id="test", actor_login=AGENT)  # fmt: skip
        stamped_now = select(p.heartbeat_at == func.now()).where(p.agent_id == agent_id)
        assert conn.scalar(stamped_now) is True
    with central.engine.begin() as conn:
        assert beat(conn, agent_id)
        assert conn.scalar(stamped_now) is True

    monkeypatch.setattr(wallboard, "datetime", AheadClock)  # the supervisor's desk
    with central.engine.connect() as conn:
        board = wallboard.read(conn)
    assert {a.login: a for a in board.agents}[AGENT].responding


class AheadClock(datetime):
    """A machine's clock ten minutes ahead (patched in for a module's `datetime`)."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> AheadClock:
        return cls.fromtimestamp(time.time() + 600, tz)


def test_the_portal_judges_presence_by_the_store_s_clock(
    central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The portal's server runs ten minutes ahead: an agent whose desk stamped its presence a
    moment ago (by the store's clock) is still offered for "call me now"."""
    if central.engine.dialect.name != "postgresql":
        pytest.skip("the embedded store has no server clock of its own")
    with central.engine.begin() as conn:
        conn.execute(schema.agent_presence.delete())
        conn.execute(insert(schema.agent_presence).values(
            agent_id=_id(conn, AGENT), state="available", since=datetime.now(UTC),
            heartbeat_at=func.now(), current_call={},
        ))  # fmt: skip
    monkeypatch.setattr(portal_store, "datetime", AheadClock)  # the portal server's clock
    store = portal_store.PortalStore(central.engine)  # as in production: no clock given
    assert store.now() > datetime.now(UTC) + timedelta(minutes=9)
    assert store.availability("it", None).agents_signed_in == 1  # AGENT speaks Italian
