"""`softphone bench startup`: start-up time and memory, printed as JSON.

Each run spawns a fresh `softphone --demo --bench-probe` process, offscreen, on a demo
store prepared beforehand (not timed). The child reports the time from the parent's spawn
(CLOCK_MONOTONIC, shared by both processes) to the first painted frame of the main window, to
the frame with the store's data painted, and to the SIP account registered; then, after a
second at rest, the RSS, PSS, USS and private dirty memory of each process of its tree (the
app and the SIP engine process) and their sums (softphone/bench/process_tree.py). PSS and USS
count the shared libraries (Qt's) by how many other processes on the machine map them too; the
private dirty memory does not, and compares runs on a busy machine better.

The app's own modules are byte-compiled first, as pip compiles them when it installs the wheel:
run from a checkout in an environment that sets PYTHONDONTWRITEBYTECODE (this machine's does),
every start would otherwise compile about 180 of them from source, which measured 100 to 200 ms
more to the first frame and to registered, and 2.7 MB more PSS, than a desk's install.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from softphone.bench.registrar import Registrar

BENCH_ACCOUNT = "bench"  # the SIP account of the benchmark's settings
DEMO_ACCOUNT_ID = "demo"  # softphone.telephony's (not imported: it loads Qt)

# The targets for the whole tree (app + SIP engine process) at rest.
STARTUP_TARGETS = {"first_frame_ms": 800.0, "registered_ms": 300.0, "tree_pss_mb": 110.0}


def _probe(home: Path) -> dict[str, Any]:
    env = dict(os.environ)
    env.update(
        SOFTPHONE_HOME=str(home),
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
    )
    env["SOFTPHONE_BENCH_T0_NS"] = str(time.monotonic_ns())  # as late as possible
    out = subprocess.run(
        [sys.executable, "-m", "softphone", "--demo", "--bench-probe"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    for line in out.stdout.splitlines():
        if line.startswith("BENCH "):
            return dict(json.loads(line[len("BENCH ") :]))
    raise RuntimeError(f"probe failed (exit {out.returncode}): {out.stderr[-2000:]}")


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median": round(statistics.median(ordered), 1),
        "min": round(ordered[0], 1),
        "max": round(ordered[-1], 1),
    }


# The app's packages (the checkout's, or the installed ones): their modules are compiled first.
APP_PACKAGES = ("softphone", "sip", "crm", "ui")


def compile_app() -> int:
    """Byte-compile the app's own modules where they are not already (as `pip install` does);
    how many files had no up-to-date bytecode."""
    import compileall
    import importlib.util

    stale = 0
    for name in APP_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            for source in Path(folder).rglob("*.py"):
                cached = Path(importlib.util.cache_from_source(str(source)))
                if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
                    stale += 1
                compileall.compile_file(source, quiet=1)  # skips what is up to date
    return stale


def bench_startup(runs: int = 5) -> dict[str, Any]:
    compiled = compile_app()
    with (
        tempfile.TemporaryDirectory(prefix="softphone-bench-") as tmp,
        Registrar() as registrar,
    ):
        home = Path(tmp)
        # A desk's SIP account, registering with a registrar on loopback (registrar.py), next to
        # the demo's local account: registered_ms is its REGISTER answered, as the engine saw it.
        account = {"id": BENCH_ACCOUNT, "username": "agent", "domain": "127.0.0.1",
                   "registrar": f"sip:127.0.0.1:{registrar.port}", "transport": "udp"}  # fmt: skip
        (home / "config").mkdir(parents=True)
        (home / "config" / "settings.json").write_text(
            json.dumps({"accounts": [account]}), encoding="utf-8"
        )
        _probe(home)  # first start: migrate and seed the demo store; not counted
        samples = [_probe(home) for _ in range(max(1, runs))]
        answered = registrar.answered
    for sample in samples:
        by_account = sample.get("registered_ms_by_account") or {}
        sample["registered_ms"] = by_account.get(BENCH_ACCOUNT)
        sample["demo_account_ms"] = by_account.get(DEMO_ACCOUNT_ID)
    result: dict[str, Any] = {"benchmark": "startup", "runs": len(samples)}
    result["modules_compiled_first"] = compiled
    result["registers_answered"] = answered
    for key in (
        "first_frame_ms",
        "data_painted_ms",
        "registered_ms",
        "demo_account_ms",
        "registration_shown_ms",
        "rss_mb",
        "tree_rss_mb",
        "tree_pss_mb",
        "tree_private_dirty_mb",
    ):
        values = [float(s[key]) for s in samples if s.get(key) is not None]
        result[key] = _summary(values) if values else None
    result["processes"] = samples[-1]["processes"]  # the last run's, per process
    result["at_rest"] = samples[-1].get("at_rest")  # what the last run's app held at rest
    result["targets"] = STARTUP_TARGETS
    result["met"] = all(
        result[key] is not None and result[key]["max"] <= limit
        for key, limit in STARTUP_TARGETS.items()
    )
    result["platform"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return result
