"""The engine as the app runs it: in a child process, started again when it dies (sip.supervised).

Real calls on loopback with a peer in a third process; the engine's process is killed for real
(SIGKILL here; tests/integration/test_sip_torture.py makes pjsip abort it from the network).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path

import pytest

from sip.config import AccountConfig, EngineConfig, SipConfigError
from sip.engine_types import EngineNotRunning, SipCommandError
from sip.events import EngineCrashed, SipEvent
from sip.host_process import discard_prespawned, prespawn, register_early
from sip.supervised import MAX_RESTART_DELAY_S, SupervisedEngine
from softphone.bench.registrar import Registrar
from tests.support.calls import (
    AGENT_HZ,
    CALLER_HZ,
    Agent,
    answer_and_connect,
    call_agent,
    heard_by_agent,
    heard_by_peer,
    kill_engine,
    peer_uri,
    start_agent,
    wait_active,
)
from tests.support.sip_peer import EventLog, SipPeer

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def supervised(tones: dict[float, str]) -> Iterator[Agent]:
    agent = start_agent(tones, supervised=True)
    yield agent
    agent.engine.stop()


def engine_pid(agent: Agent) -> int:
    engine = agent.engine
    assert isinstance(engine, SupervisedEngine) and engine.pid is not None
    return engine.pid


def test_calls_work_through_the_child_process_with_audio_both_ways(
    supervised: Agent, caller: SipPeer, tmp_path: Path
) -> None:
    assert engine_pid(supervised) != os.getpid()
    caller_call, incoming = call_agent(caller, supervised)
    answer_and_connect(supervised, caller, caller_call, incoming.call_id)
    assert heard_by_agent(supervised, incoming.call_id, tmp_path / "agent.wav") == {CALLER_HZ}
    assert heard_by_peer(caller, caller_call, tmp_path / "caller.wav") == {AGENT_HZ}
    supervised.engine.hangup(incoming.call_id).result(5)
    supervised.events.wait(
        "CallStateChanged", lambda e: e.call_id == incoming.call_id and e.state == "disconnected"
    )
    assert supervised.engine.calls().result(5) == []


def test_a_killed_engine_ends_its_calls_comes_back_on_the_same_address_and_takes_calls(
    supervised: Agent, caller: SipPeer, tmp_path: Path
) -> None:
    engine = supervised.engine
    assert isinstance(engine, SupervisedEngine)
    caller_call, incoming = call_agent(caller, supervised)
    answer_and_connect(supervised, caller, caller_call, incoming.call_id)
    uri = engine.account_uri("agent").result(5)  # answered after the call's dialog was sent
    mark, caller_mark = supervised.events.mark(), caller.events.mark()

    old_pid = kill_engine(engine)

    # The caller is not left in silence: the supervisor hangs the dead call up at their end.
    caller.events.wait(
        "CallStateChanged",
        lambda e: e.call_id == caller_call and e.state == "disconnected",
        after=caller_mark,
        timeout=10,
    )
    # The app is told the call has gone (as lost, code 500), then why, then that it is back.
    ended = supervised.events.wait(
        "CallStateChanged",
        lambda e: e.call_id == incoming.call_id and e.state == "disconnected",
        after=mark,
    )
    assert (ended.code, ended.reason) == (500, "the phone engine failed")
    assert ended.connected_duration_s >= 0 and ended.sip_call_id == incoming.sip_call_id
    crash = supervised.events.wait("EngineCrashed", after=mark)
    assert (crash.status, crash.calls_lost, crash.restarting) == ("SIGKILL", 1, True)
    back = supervised.events.wait("EngineRestarted", after=mark, timeout=20)
    assert back.restarts == 1
    assert [a for _, a in back.transports] == [supervised.address]  # the same port
    assert engine_pid(supervised) != old_pid and engine.running
    assert engine.account_uri("agent").result(5) == uri  # its account came along
    assert [e.kind for e in supervised.events.all()[mark:]].count("EngineStarted") == 0

    # A new call rings, with a handle the app has never seen, and carries audio.
    second_call, second = call_agent(caller, supervised)
    assert second.call_id > incoming.call_id
    answer_and_connect(supervised, caller, second_call, second.call_id)
    assert heard_by_agent(supervised, second.call_id, tmp_path / "after.wav") == {CALLER_HZ}
    engine.hangup(second.call_id).result(5)


def test_a_call_the_agent_made_is_hung_up_at_the_far_end_when_the_engine_dies(
    supervised: Agent, caller: SipPeer
) -> None:
    mark = caller.events.mark()
    outgoing = supervised.engine.make_call("agent", peer_uri(caller, "+390612345678")).result(5)
    incoming = caller.events.wait("IncomingCall", after=mark)
    caller.command("answer", call_id=incoming.call_id)
    wait_active(supervised.events, outgoing)
    wait_active(caller.events, incoming.call_id)
    # A command's answer comes after the events the child sent before it: the dialog included.
    supervised.engine.calls().result(5)
    caller_mark = caller.events.mark()
    kill_engine(supervised.engine)
    caller.events.wait(
        "CallStateChanged",
        lambda e: e.call_id == incoming.call_id and e.state == "disconnected",
        after=caller_mark,
        timeout=10,
    )


def test_a_call_ringing_here_when_the_engine_dies_is_refused_to_the_caller_at_once(
    supervised: Agent, caller: SipPeer
) -> None:
    """Not left ringing a dead phone: the caller (or the queue that offered the call, which can
    then offer it to another agent) gets a 500."""
    caller_call, _incoming = call_agent(caller, supervised)
    caller.events.wait("CallStateChanged", lambda e: e.call_id == caller_call and e.code == 180)
    supervised.engine.calls().result(5)  # after what the child sent: the 180 and its record
    caller_mark = caller.events.mark()
    kill_engine(supervised.engine)
    ended = caller.events.wait(
        "CallStateChanged",
        lambda e: e.call_id == caller_call and e.state == "disconnected",
        after=caller_mark,
        timeout=10,
    )
    assert ended.code == 500


def test_a_call_the_agent_dials_that_still_rings_when_the_engine_dies_is_cancelled(
    supervised: Agent, caller: SipPeer
) -> None:
    """A customer's phone that rings for a callback stops ringing: nobody answers into silence."""
    mark, agent_mark = caller.events.mark(), supervised.events.mark()
    outgoing = supervised.engine.make_call("agent", peer_uri(caller, "+390612345678")).result(5)
    incoming = caller.events.wait("IncomingCall", after=mark)
    # Ringing here too: a CANCEL may only follow a provisional response (RFC 3261 9.1), so a
    # kill before the engine has the 180 leaves nothing to cancel (seen on a loaded machine).
    supervised.events.wait(
        "CallStateChanged", lambda e: e.call_id == outgoing and e.code == 180, after=agent_mark
    )
    supervised.engine.calls().result(5)  # after what the child sent: the INVITE's record
    caller_mark = caller.events.mark()
    kill_engine(supervised.engine)
    ended = caller.events.wait(
        "CallStateChanged",
        lambda e: e.call_id == incoming.call_id and e.state == "disconnected",
        after=caller_mark,
        timeout=10,
    )
    assert ended.code == 487  # Request Terminated: cancelled


def test_a_command_waiting_when_the_engine_dies_fails_and_none_is_lost_silently(
    supervised: Agent,
) -> None:
    engine = supervised.engine
    pid = engine_pid(supervised)
    os.kill(pid, signal.SIGSTOP)  # frozen: the command below waits for its answer
    waiting = engine.calls()
    assert not waiting.done()
    mark = supervised.events.mark()
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(EngineNotRunning):
        waiting.result(10)
    supervised.events.wait("EngineRestarted", after=mark, timeout=20)
    assert engine.calls().result(5) == []


def test_it_gives_up_past_its_restart_budget_and_says_so(tones: dict[float, str]) -> None:
    events = EventLog()
    engine = SupervisedEngine(
        EngineConfig.loopback(microphone_wav=tones[AGENT_HZ]), events.add, max_restarts=1
    )
    engine.start()
    try:
        for attempt in (1, 2):
            mark = events.mark()
            kill_engine(engine)
            crash = events.wait("EngineCrashed", after=mark)
            assert crash.restarting is (attempt == 1)
            if attempt == 1:
                events.wait("EngineRestarted", after=mark, timeout=20)
        stopped = events.wait("EngineGaveUp", after=mark)
        assert "2 times" in stopped.reason
        assert not engine.running
        with pytest.raises(EngineNotRunning):
            engine.calls().result(5)
    finally:
        engine.stop()


def test_restarts_in_quick_succession_wait_longer_each_time() -> None:
    engine = SupervisedEngine(EngineConfig.loopback(), lambda event: None)
    delays = [engine._restart_delay(now) for now in (0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0)]
    assert delays == [0.0, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, MAX_RESTART_DELAY_S]
    # Once the window has passed, a death is a first one again.
    assert engine._restart_delay(10_000.0) == 0.0


def test_a_clean_stop_is_not_a_crash_and_the_child_exits(tones: dict[float, str]) -> None:
    agent = start_agent(tones, supervised=True)
    pid = engine_pid(agent)
    agent.engine.stop()
    assert not _alive(pid)
    kinds = [e.kind for e in agent.events.all()]
    assert "EngineStopped" in kinds and "EngineCrashed" not in kinds
    with pytest.raises(EngineNotRunning):
        agent.engine.calls().result(5)


def test_an_engine_started_early_is_adopted_works_and_is_restarted_when_it_dies() -> None:
    """`softphone` starts the engine's process before Qt (softphone/cli.py); the app's engine,
    made later with the same configuration, takes it over rather than starting another."""
    config = EngineConfig.loopback()
    early = prespawn(config)
    events = EventLog()
    engine = SupervisedEngine(config, events.add)
    try:
        engine.start()
        assert engine.pid == early
        assert engine.calls().result(5) == []
        mark = events.mark()
        kill_engine(engine)
        events.wait("EngineRestarted", after=mark, timeout=20)
        assert engine.pid != early and engine.calls().result(5) == []
    finally:
        engine.stop()
    assert not _alive(early)


def test_an_engine_started_early_for_other_settings_is_ended_not_adopted() -> None:
    early = prespawn(EngineConfig.loopback())
    engine = SupervisedEngine(
        replace(EngineConfig.loopback(), cti_headers=("X-Ivr-Verified",)), lambda event: None
    )
    try:
        engine.start()
        assert engine.pid != early
        assert not _alive(early)
    finally:
        engine.stop()


def test_an_engine_started_early_and_never_adopted_is_ended() -> None:
    early = prespawn(EngineConfig.loopback())
    assert _alive(early)
    discard_prespawned()
    assert not _alive(early)
    discard_prespawned()  # nothing left: nothing happens


_PARENT = """
import sys, threading
from sip.config import EngineConfig
from sip.supervised import SupervisedEngine
engine = SupervisedEngine(EngineConfig.loopback(), lambda event: None)
engine.start()
print(engine.pid, flush=True)
threading.Event().wait()
"""


def test_the_engine_process_goes_when_the_app_is_killed() -> None:
    """SIGKILL gives the app no chance to stop its engine: the engine notices by itself."""
    app = subprocess.Popen(
        [sys.executable, "-c", _PARENT],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert app.stdout is not None
    child = int(app.stdout.readline())
    assert _alive(child)
    app.kill()
    app.wait(10)
    deadline = time.monotonic() + 15
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)  # not ours to wait for: its state is polled
    assert not _alive(child)


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent to reap it has stopped running)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_accounts_it_refused_are_not_replayed(tones: dict[float, str]) -> None:
    agent = start_agent(tones, supervised=True)
    engine = agent.engine
    try:
        bad = AccountConfig(id="bad", username="x y", domain="127.0.0.1", register=False)
        with pytest.raises(SipConfigError):  # refused in the child, the error carried back
            engine.add_account(bad).result(5)
        mark = agent.events.mark()
        kill_engine(agent.engine)
        agent.events.wait("EngineRestarted", after=mark, timeout=20)
        assert engine.account_uri("agent").result(5) == agent.uri
        with pytest.raises(SipCommandError):
            engine.account_uri("bad").result(5)
    finally:
        engine.stop()


def _local_account(name: str) -> AccountConfig:
    return AccountConfig(id=name, username=name, domain="127.0.0.1", register=False)


def test_a_second_add_of_an_account_it_has_is_refused_and_the_first_is_still_restored(
    tones: dict[float, str],
) -> None:
    events = EventLog()
    engine = SupervisedEngine(EngineConfig.loopback(microphone_wav=tones[AGENT_HZ]), events.add)
    engine.start()
    try:
        engine.add_account(_local_account("first")).result(5)
        again = AccountConfig(id="first", username="other", domain="127.0.0.1", register=False)
        with pytest.raises(SipCommandError, match="exists"):
            engine.add_account(again).result(5)
        mark = events.mark()
        kill_engine(engine)
        events.wait("EngineRestarted", after=mark, timeout=20)
        assert "first@127.0.0.1" in engine.account_uri("first").result(5)  # the one it had
    finally:
        engine.stop()


def test_an_account_refused_while_it_restarts_fails_with_the_engines_reason(
    tones: dict[float, str],
) -> None:
    events = EventLog()
    waited: list[Future[None]] = []

    def listener(event: SipEvent) -> None:
        events.add(event)
        if isinstance(event, EngineCrashed):
            bad = AccountConfig(id="bad", username="x y", domain="127.0.0.1", register=False)
            waited.append(engine.add_account(bad))

    engine = SupervisedEngine(EngineConfig.loopback(microphone_wav=tones[AGENT_HZ]), listener)
    engine.start()
    try:
        mark = events.mark()
        kill_engine(engine)
        events.wait("EngineRestarted", after=mark, timeout=20)
        with pytest.raises(SipConfigError):  # why the new engine refused it, not "no account"
            waited[0].result(5)
        with pytest.raises(SipCommandError):
            engine.account_uri("bad").result(5)
    finally:
        engine.stop()


def test_account_changes_made_while_it_restarts_reach_the_new_engine(
    tones: dict[float, str],
) -> None:
    """The agent saves Settings in the quarter second a restart takes: nothing is missed."""
    events = EventLog()
    changes: dict[str, Future[None]] = {}

    def listener(event: SipEvent) -> None:
        events.add(event)
        if isinstance(event, EngineCrashed):  # the old child is gone, the new one not yet up
            changes["added"] = engine.add_account(_local_account("second"))
            changes["removed"] = engine.remove_account("gone")
            changes["ringtone"] = engine.set_ringtone(tones[CALLER_HZ])
            changes["reregistered"] = engine.reregister("first")

    engine = SupervisedEngine(EngineConfig.loopback(microphone_wav=tones[AGENT_HZ]), listener)
    engine.start()
    try:
        for name in ("first", "gone"):
            engine.add_account(_local_account(name)).result(5)
        mark = events.mark()
        kill_engine(engine)
        events.wait("EngineRestarted", after=mark, timeout=20)
        # Each change waited for the new child and had taken effect before it was announced.
        assert sorted(changes) == ["added", "removed", "reregistered", "ringtone"]
        assert all(change.done() and change.exception() is None for change in changes.values())
        assert "second@127.0.0.1" in engine.account_uri("second").result(5)
        assert "first@127.0.0.1" in engine.account_uri("first").result(5)
        with pytest.raises(SipCommandError):
            engine.account_uri("gone").result(5)
        # And once it is up, commands go straight to it again.
        engine.remove_account("second").result(5)
        with pytest.raises(SipCommandError):
            engine.account_uri("second").result(5)
    finally:
        engine.stop()


def test_a_restart_that_cannot_start_fails_what_waited_for_it_and_says_so(
    tones: dict[float, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """E.g. the Python the app runs on was upgraded or removed under it: no new engine at all."""
    events = EventLog()
    waited: list[Future[None]] = []

    def listener(event: SipEvent) -> None:
        events.add(event)
        if isinstance(event, EngineCrashed):
            waited.append(engine.add_account(_local_account("second")))

    engine = SupervisedEngine(EngineConfig.loopback(microphone_wav=tones[AGENT_HZ]), listener)
    engine.start()
    try:
        monkeypatch.setattr(sys, "executable", "/bin/false")  # what a new child would run
        mark = events.mark()
        kill_engine(engine)
        stopped = events.wait("EngineGaveUp", after=mark, timeout=30)
        assert "could not be started again" in stopped.reason
        assert [e.kind for e in events.all()[mark:]].count("EngineRestarted") == 0
        with pytest.raises(EngineNotRunning):
            waited[0].result(5)
        assert not engine.running
    finally:
        engine.stop()


def test_stopping_while_it_restarts_leaves_no_engine_running_and_nothing_waiting(
    tones: dict[float, str],
) -> None:
    """The agent quits just as the engine died: wherever the restart has got to (its pause, the
    new child starting, the replay), stop() ends it and what waited for it fails."""
    events = EventLog()
    waited: list[Future[None]] = []
    stoppers: list[threading.Thread] = []
    failures: list[BaseException] = []

    def stop() -> None:
        try:
            engine.stop()
        except BaseException as exc:  # e.g. joining a restart thread not yet started
            failures.append(exc)

    def listener(event: SipEvent) -> None:
        if isinstance(event, EngineCrashed):
            waited.append(engine.add_account(_local_account("second")))
            stoppers.append(threading.Thread(target=stop))
            stoppers[0].start()
        events.add(event)  # after: the test goes on once it sees the crash

    engine = SupervisedEngine(EngineConfig.loopback(microphone_wav=tones[AGENT_HZ]), listener)
    engine.start()
    try:
        engine.add_account(_local_account("first")).result(5)
        mark = events.mark()
        kill_engine(engine)
        events.wait("EngineCrashed", after=mark, timeout=20)
        stoppers[0].join(30)
        assert not stoppers[0].is_alive() and failures == []
        assert engine.pid is None or not _alive(engine.pid)
        assert not engine.running
        assert waited[0].done()  # settled either way: replayed before the stop, or failed
        assert "EngineGaveUp" not in [e.kind for e in events.all()[mark:]]  # not a failure
        assert "EngineRestarted" not in [e.kind for e in events.all()[mark:]] or (
            waited[0].exception() is None
        )
    finally:
        engine.stop()


def _registered_early(registrar: Registrar, config: EngineConfig) -> tuple[int, AccountConfig]:
    """An engine process started early for `config`, its account registered with `registrar`
    before any engine adopted it: its pid and the account."""
    early = prespawn(config)
    desk = AccountConfig(
        id="desk", username="agent", domain="127.0.0.1",
        registrar=f"sip:127.0.0.1:{registrar.port}",
    )  # fmt: skip
    assert register_early([desk])
    _registrar_answered(registrar, 1)
    return early, desk


def _registrar_answered(registrar: Registrar, count: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while registrar.answered < count:  # the registrar's count: looked at, not awaited
        assert time.monotonic() < deadline, f"{registrar.answered} REGISTERs, not {count}"
        time.sleep(0.02)


@pytest.mark.parametrize("let_go_by", ["a hand-over", "other settings"])
def test_an_engine_started_early_that_registered_unregisters_when_not_adopted(
    let_go_by: str,
) -> None:
    """A start that hands over to a running instance discards the engine it started early, and
    an engine for other settings does not adopt it; one that had registered must unregister
    (a registrar would fork the agent's calls to it until the registration expired)."""
    with Registrar() as registrar:
        early, _ = _registered_early(registrar, EngineConfig.loopback())
        if let_go_by == "a hand-over":
            discard_prespawned()
        else:
            other = SupervisedEngine(
                replace(EngineConfig.loopback(), cti_headers=("X-Ivr-Verified",)), lambda e: None
            )
            try:
                other.start()
                assert other.pid != early
            finally:
                other.stop()
        assert not _alive(early)
        assert registrar.answered == 2  # the REGISTER with Expires: 0, answered before it went


def test_an_account_added_early_with_other_settings_makes_way_for_the_apps() -> None:
    """The settings changed between the early registration and the app's addition (a password
    saved meanwhile): the app's account replaces the early one."""
    with Registrar() as registrar:
        config = EngineConfig.loopback()
        early, desk = _registered_early(registrar, config)
        engine = SupervisedEngine(config, lambda event: None)
        try:
            engine.start()
            assert engine.pid == early
            engine.add_account(replace(desk, display_name="Desk 12")).result(10)
            # Unregistered as it was, registered as it is now.
            _registrar_answered(registrar, 3)
            with pytest.raises(SipCommandError, match="exists"):  # not early any more
                engine.add_account(desk).result(10)
        finally:
            engine.stop()
