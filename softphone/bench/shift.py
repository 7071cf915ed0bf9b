"""`softphone bench shift`: an agent's shift of calls through the real app, as a leak check.

The real app runs in this process (offscreen, AppController on the embedded demo SQLite store,
the SIP engine in its own process as the app runs it). A real pjsua2 peer in a child process
(this module run with --peer) rings it on 127.0.0.1 from the demo store's callers, one call at
a time. Each call goes as an agent works it: the peer rings; the caller's card is painted (the
pop); the window's answer action; a note typed key by key; the window's hang-up action; an
outcome chosen in the wrap-up; "Available" chosen in the status bar (wrap-up over); and the
call's interaction in the store (logged) before the next call rings.
call_ms is one whole call, from asking the peer to ring until it is logged; pop_ms from asking
the peer to ring until the card's first paint (the peer's own work and the INVITE included).

Every `sample_every` calls, at rest between two calls: the tree's RSS and PSS (the app and its
SIP engine process, softphone/bench/process_tree.py; the peer is the bench's, reported apart),
the live QObjects, Python's gc-tracked objects by type, asyncio tasks, threads and open
descriptors.
The figures compared are those at the baseline call (100, or a third of a shorter run: the
caches and first layouts have settled by then) and at the end.

A count "grows with the calls" when it rose by more than its allowance (ALLOWANCE: a fixed
number, not a share of the calls) from the baseline to the end, every sample of the second half
of that span is above every sample of its first half, and the last is above every sample before
the last quarter: a list capped at N entries, or one pruned now and then, is not a leak; one
object per call is.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from softphone.bench.support import bench_app, percentiles, stdout_to_stderr, watch_paints

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from softphone.app import AppController

PSS_GROWTH_TARGET_MB = 10.0
BASELINE_CALL = 100
# How much a count may rise from the baseline to the end without being called growing.
ALLOWANCE = {
    "qt_objects": 10,
    "dead_qt_wrappers": 10,
    "python_objects": 50,
    "asyncio_tasks": 2,
    "fds": 2,
    "threads": 2,
}
NOTE = "Caller asks about the status of the request; told it is in progress."
PEER_PREFIX = "PEER "
PEER_ACCOUNTS = 4
STEP_TIMEOUT_S = 30.0


def bench_shift(calls: int = 1000, sample_every: int = 50) -> dict[str, Any]:
    calls, sample_every = max(1, calls), max(1, sample_every)
    baseline = min(BASELINE_CALL, max(1, calls // 3))
    marks = sorted({0, baseline, calls, *range(baseline, calls, sample_every)})
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="softphone-bench-") as tmp:
        os.environ["SOFTPHONE_HOME"] = str(Path(tmp) / "home")
        with stdout_to_stderr():  # pjlib writes to stdout; stdout carries only the JSON
            run = _run_app(calls, marks)
    return _report(run, calls, baseline)


# -- the report ----------------------------------------------------------------------------------


def _report(run: dict[str, Any], calls: int, baseline: int) -> dict[str, Any]:
    samples: dict[int, dict[str, Any]] = {s["call"]: s for s in run["samples"]}
    base, end = samples[baseline], samples[calls]
    span = [s for c, s in sorted(samples.items()) if c >= baseline]
    halfway = (baseline + calls) / 2
    three_quarters = baseline + (calls - baseline) * 3 / 4
    pss_growth = round(end["tree_pss_mb"] - base["tree_pss_mb"], 1)
    leaks: list[dict[str, Any]] = []

    def check(name: str, value: Callable[[dict[str, Any]], int], allowance: int) -> None:
        first = [value(s) for s in span if s["call"] <= halfway]
        second = [value(s) for s in span if s["call"] > halfway]
        before_last_quarter = [value(s) for s in span if s["call"] <= three_quarters]
        rise = value(end) - value(base)
        if (
            rise > allowance
            and second
            and min(second) > max(first)
            and value(end) > max(before_last_quarter)
        ):
            leaks.append(
                {
                    "what": name,
                    "at_baseline": value(base),
                    "at_end": value(end),
                    "per_call": round(rise / max(1, calls - baseline), 3),
                }
            )

    for key in ("qt_objects", "dead_qt_wrappers", "asyncio_tasks", "fds", "threads"):
        check(key, lambda s, k=key: s[k], ALLOWANCE[key])
    types = set(base["python_types"]) | set(end["python_types"])
    growers = sorted(
        ((t, end["python_types"].get(t, 0) - base["python_types"].get(t, 0)) for t in types),
        key=lambda item: -item[1],
    )
    for name, _ in growers:
        check(
            f"python:{name}",
            lambda s, t=name: s["python_types"].get(t, 0),
            ALLOWANCE["python_objects"],
        )
    no_growth = not leaks
    return {
        "benchmark": "shift",
        "calls": calls,
        "calls_logged": run["logged"],
        "calls_logged_with_note_and_outcome": run["complete"],
        "peer_calls_ended": run["peer_ended"],
        "baseline_call": baseline,
        "pss_tree_mb": {
            "at_start": samples[0]["tree_pss_mb"],
            "at_baseline": base["tree_pss_mb"],
            "at_end": end["tree_pss_mb"],
        },
        "pss_growth_mb_baseline_to_end": pss_growth,
        # PSS = private (USS) + a share of the pages mapped by other processes too (libpython,
        # Qt, libc): that share moves when other processes start or stop on the machine. The
        # private part is the app's own memory.
        "pss_growth_split_mb": {
            "private_uss": round(end["tree_uss_mb"] - base["tree_uss_mb"], 1),
            "shared_share": round(
                (end["tree_pss_mb"] - end["tree_uss_mb"])
                - (base["tree_pss_mb"] - base["tree_uss_mb"]),
                1,
            ),
        },
        "rss_tree_mb": {"at_baseline": base["tree_rss_mb"], "at_end": end["tree_rss_mb"]},
        "processes": {"at_baseline": base["processes"], "at_end": end["processes"]},
        "peer_rss_mb": end["peer_rss_mb"],
        "qt_objects": {"at_baseline": base["qt_objects"], "at_end": end["qt_objects"]},
        "python_objects": {
            "at_baseline": sum(base["python_types"].values()),
            "at_end": sum(end["python_types"].values()),
            "top_growers": [{"type": t, "growth": g} for t, g in growers[:10] if g > 0],
            # The app freezes what it built at start (softphone/app.py, _settle_heap): those
            # are out of gc's sight and not counted above; what came later is.
            "frozen_at_start": end["python_frozen"],
        },
        "dead_qt_wrappers": {
            "at_baseline": base["dead_qt_wrappers"],
            "at_end": end["dead_qt_wrappers"],
        },
        "asyncio_tasks": {"at_baseline": base["asyncio_tasks"], "at_end": end["asyncio_tasks"]},
        "fds": {"at_baseline": base["fds"], "at_end": end["fds"], "by_process": end["fds_by"]},
        "threads": {
            "at_baseline": base["threads"],
            "at_end": end["threads"],
            "by_process": end["threads_by"],
        },
        "call_ms": percentiles(run["call_ms"]) if len(run["call_ms"]) > 1 else None,
        "pop_ms": percentiles(run["pop_ms"]) if len(run["pop_ms"]) > 1 else None,
        "samples": [
            {
                k: v
                for k, v in s.items()
                if k not in ("python_types", "processes", "fds_by", "threads_by", "python_frozen")
            }
            for s in run["samples"]
        ],
        "leaks": leaks,
        "growing_means": (
            "rose by more than its allowance from the baseline call to the end, every sample of "
            "the second half of that span is above every sample of its first half, and the last "
            "is above every sample before the last quarter (a sawtooth, such as sqlite3's list "
            "of cursor weakrefs pruned every 200 cursors, or a list capped at N entries, is not "
            "growth)"
        ),
        "allowance": ALLOWANCE,
        "targets": {
            "pss_growth_mb": {
                "limit": PSS_GROWTH_TARGET_MB,
                "value": pss_growth,
                "met": pss_growth <= PSS_GROWTH_TARGET_MB,
            },
            "no_count_growing_with_calls": {"met": no_growth, "growing": len(leaks)},
            "every_call_logged": {"met": run["logged"] == run["complete"] == calls},
        },
        "met": pss_growth <= PSS_GROWTH_TARGET_MB
        and no_growth
        and run["logged"] == run["complete"] == calls,
        "platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }


# -- the app -------------------------------------------------------------------------------------


def _run_app(calls: int, marks: list[int]) -> dict[str, Any]:
    from softphone.settings import Settings

    # A wrap-up long enough that the agent, not the timer, ends it.
    app, loop, controller = bench_app(None, Settings(wrap_up_seconds=600, take_callbacks=False))
    with loop:
        return dict(loop.run_until_complete(_shift(app, controller, calls, marks)))


class _Peer:
    """The caller: this module with --peer, in its own process (one pjsua2 Endpoint each)."""

    def __init__(self, target: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "softphone.bench.shift", "--peer", target],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.ended = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(PEER_PREFIX):
                self.lines.put(line[len(PEER_PREFIX) :].strip())
        self.lines.put("gone")

    async def next_line(self) -> str:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(None, self.lines.get, True, STEP_TIMEOUT_S)
        except queue.Empty:
            raise TimeoutError("the peer said nothing") from None

    async def ready(self) -> None:
        line = await self.next_line()
        if line != "ready":
            raise RuntimeError(f"the peer did not start: {line}")

    async def ring(self, caller: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(caller) + "\n")
        self.process.stdin.flush()
        line = await self.next_line()
        if not line.startswith("placed"):
            raise RuntimeError(f"the peer could not call: {line}")

    async def wait_ended(self) -> None:
        line = await self.next_line()
        if not line.startswith("ended"):
            raise RuntimeError(f"the peer's call did not end: {line}")
        self.ended += 1

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()  # the peer hangs up and leaves
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


async def _until(check: Callable[[], object], what: str, timeout: float = STEP_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.005)


async def _shift(
    app: QApplication, controller: AppController, calls: int, marks: list[int]
) -> dict[str, Any]:
    from sqlalchemy import func, select

    from crm import schema
    from crm.db import make_engine
    from crm.queries import demo_callers
    from softphone.telephony import demo_caller_payload

    running = asyncio.ensure_future(controller.run())
    await _until(
        lambda: (
            controller.phone.calls is not None
            and controller.session is not None
            and controller.session.cti is not None
            and controller.phone.telephony is not None
            and controller.phone.telephony.local_uri
        ),
        "the app to start",
        120,
    )
    await _until(
        lambda: controller.phone.calls.state.value == "available", "the agent available", 60
    )
    loop = asyncio.get_running_loop()
    store = make_engine(controller.store_url)  # the bench's own reads, off the Qt thread

    def read_callers() -> list[dict[str, Any]]:
        with store.connect() as conn:
            return demo_caller_payload(demo_callers(conn, limit=200))

    def logged_calls(complete: bool = False) -> int:
        """Calls in the store; `complete`: those with the note typed and an outcome."""
        interactions = schema.interactions.c
        query = select(func.count()).where(interactions.kind == "call")
        if complete:
            query = query.where(
                interactions.body == NOTE, interactions.disposition_code.is_not(None)
            )
        with store.connect() as conn:
            return int(conn.execute(query).scalar_one())

    callers = await loop.run_in_executor(None, read_callers)
    logged_before = await loop.run_in_executor(None, logged_calls)
    window = controller.window
    page = window.screen_pop.caller_page
    painted: dict[str, int] = {}
    _watch = watch_paints(page, painted)

    def on_pop(_pop: object) -> None:
        painted["armed"] = 1  # the card is set: its next paint is the pop on screen

    controller.session.cti.popped.connect(on_pop)
    peer = _Peer(controller.phone.telephony.local_uri)
    samples: list[dict[str, Any]] = []
    call_ms: list[float] = []
    pop_ms: list[float] = []
    logged, complete = logged_before, 0
    try:
        await peer.ready()
        samples.append(_sample(app, controller, 0, peer.process.pid))
        for number in range(1, calls + 1):
            caller = callers[(number - 1) % len(callers)]
            started = time.monotonic_ns()
            painted.clear()
            await peer.ring(caller)
            await _until(lambda: "at" in painted or _nudge(page, painted), "the pop")
            pop_ms.append((painted["at"] - started) / 1e6)
            window.shortcut_actions["answer"].trigger()
            await _until(
                lambda: any(v.phase.value == "active" for v in controller.phone.calls.calls()),
                "the call answered",
            )
            _type_note(page.note)
            window.shortcut_actions["hang_up"].trigger()
            await _until(
                lambda: not controller.phone.calls.calls() and page.wrap_up.isVisible(),
                "the wrap-up",
            )
            if page.disposition.count() > 1:
                page.disposition.setCurrentIndex(1 + number % (page.disposition.count() - 1))
            window.status.state_actions()["available"].trigger()
            await _until(
                lambda: controller.phone.calls.state.value == "available", "available again"
            )
            await peer.wait_ended()
            deadline = time.monotonic() + STEP_TIMEOUT_S
            while logged < logged_before + number and time.monotonic() < deadline:
                logged = await loop.run_in_executor(None, logged_calls)
                if logged < logged_before + number:
                    await asyncio.sleep(0.01)
            call_ms.append((time.monotonic_ns() - started) / 1e6)
            if number in marks:
                samples.append(_sample(app, controller, number, peer.process.pid))
        complete = await loop.run_in_executor(None, logged_calls, True)
    finally:
        controller.session.cti.popped.disconnect(on_pop)
        peer.close()
        store.dispose()
        controller.quit()
        await running
    return {
        "samples": samples,
        "call_ms": call_ms,
        "pop_ms": pop_ms,
        "logged": logged - logged_before,
        "complete": complete,  # the demo seed logs no call with this note
        "peer_ended": peer.ended,
    }


def _nudge(page: QWidget, painted: dict[str, int]) -> bool:
    if "armed" in painted:
        page.update()  # in case nothing else asks for a paint
    return False


def _type_note(editor: QWidget) -> None:
    from PySide6.QtTest import QTest

    editor.setFocus()
    QTest.keyClicks(editor, NOTE)


# -- a sample ------------------------------------------------------------------------------------


def _sample(
    app: QApplication, controller: AppController, call: int, peer_pid: int
) -> dict[str, Any]:
    import psutil

    from softphone.bench.process_tree import process_tree_memory

    gc.collect()
    tree = process_tree_memory(os.getpid())
    ours = [p for p in tree["processes"] if p["pid"] != peer_pid]
    peer = [p for p in tree["processes"] if p["pid"] == peer_pid]
    fds_by: dict[str, int] = {}
    threads_by: dict[str, int] = {}
    for process in ours:
        try:
            handle = psutil.Process(process["pid"])
            fds_by[process["role"]] = handle.num_fds()
            threads_by[process["role"]] = handle.num_threads()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    import shiboken6

    objects = gc.get_objects()
    types = Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in objects)
    # Wrappers whose Qt object is gone: kept by Python, useless, each one a small leak.
    dead = sum(1 for o in objects if isinstance(o, shiboken6.Object) and not shiboken6.isValid(o))
    del objects
    return {
        "call": call,
        "tree_pss_mb": round(sum(p["pss_mb"] or 0 for p in ours), 1),
        "tree_rss_mb": round(sum(p["rss_mb"] for p in ours), 1),
        "tree_uss_mb": round(sum(p["uss_mb"] for p in ours), 1),
        "processes": ours,
        "peer_rss_mb": peer[0]["rss_mb"] if peer else None,
        "qt_objects": _qt_objects(app, controller),
        "python_objects": sum(types.values()),
        "python_types": dict(types),
        "python_frozen": gc.get_freeze_count(),
        "dead_qt_wrappers": dead,
        "asyncio_tasks": len(asyncio.all_tasks()),
        "fds": sum(fds_by.values()),
        "fds_by": fds_by,
        "threads": sum(threads_by.values()),
        "threads_by": threads_by,
    }


def _qt_objects(app: QApplication, controller: AppController) -> int:
    """Every QObject in the trees of the application, the controller and the top-level widgets,
    counted from Qt's own dump of each tree (a line per object): walking them from Python
    (findChildren) would make a wrapper for each, and a wrapper of an object Qt deletes later
    (a text document's frame) outlives it, a leak the bench itself would cause."""
    from PySide6.QtCore import qInstallMessageHandler

    lines: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _context, message: lines.append(message))
    try:
        for root in [app, controller, *app.topLevelWidgets()]:
            root.dumpObjectTree()
    finally:
        qInstallMessageHandler(previous)
    return len(lines)


# -- the peer (its own process) ------------------------------------------------------------------


def _peer_main(target: str) -> int:
    """Place a call to `target` for each JSON caller read on stdin; say on stdout when each is
    placed and when it ended. Leaves when stdin closes."""
    from sip.config import AccountConfig, EngineConfig
    from sip.demo_caller import loopback_host, write_voice_wav
    from sip.engine import SipEngine
    from sip.events import CallState, CallStateChanged, SipEvent

    out = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # pjlib's own output goes to stderr; stdout carries only our lines
    lock = threading.Lock()

    def say(text: str) -> None:
        with lock:
            out.write(f"{PEER_PREFIX}{text}\n")

    def on_event(event: SipEvent) -> None:  # engine thread
        if isinstance(event, CallStateChanged) and event.state is CallState.DISCONNECTED:
            say(f"ended {event.call_id}")

    with tempfile.TemporaryDirectory(prefix="softphone-bench-peer-") as tmp:
        voice = Path(tmp) / "voice.wav"
        write_voice_wav(voice)
        config = EngineConfig.loopback(
            bind_address=loopback_host(target),
            microphone_wav=str(voice),
            user_agent="ContactSoftphone-BenchPeer",
        )
        engine = SipEngine(config, on_event)
        address = engine.start().transports[0][1]
        accounts: list[str] = []  # one per caller (its From), oldest first
        say("ready")
        try:
            for line in sys.stdin:
                caller = json.loads(line)
                number = str(caller["number"])
                if number not in accounts:
                    if len(accounts) >= PEER_ACCOUNTS:  # pjsua holds a few accounts only
                        engine.remove_account(accounts.pop(0)).result(5)
                    engine.add_account(
                        AccountConfig(
                            id=number,
                            username=number,
                            domain=address,
                            display_name=caller["display_name"],
                            register=False,
                        )
                    ).result(5)
                    accounts.append(number)
                headers = {
                    "X-IVR-Topic": caller["topic"],
                    "X-IVR-Language": caller["language"],
                    "X-Caller-Verified": "pin" if caller.get("verified") else "no",
                }
                try:
                    say(f"placed {engine.make_call(number, target, headers).result(5)}")
                except Exception as exc:  # said to the bench, which stops with it
                    say(f"failed {exc!r}")
        finally:
            engine.stop()
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--peer":
        raise SystemExit(_peer_main(sys.argv[2]))
    raise SystemExit("usage: python -m softphone.bench.shift --peer SIP-URI")
