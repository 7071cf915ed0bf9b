"""Benchmarks printed as JSON (`softphone bench ...`).

startup: each run spawns a fresh `softphone --demo --bench-probe` process, offscreen, on a demo
store prepared beforehand (not timed). The child reports the time from the parent's spawn
(CLOCK_MONOTONIC, shared by both processes) to the first painted frame of the main window, to
the frame with the store's data painted, and its RSS at that point.
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

STARTUP_TARGETS = {"first_frame_ms": 1500.0, "rss_mb": 150.0}


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


def bench_startup(runs: int = 5) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="softphone-bench-") as tmp:
        home = Path(tmp)
        _probe(home)  # first start: migrate and seed the demo store; not counted
        samples = [_probe(home) for _ in range(max(1, runs))]
    result: dict[str, Any] = {"benchmark": "startup", "runs": len(samples)}
    for key in ("first_frame_ms", "data_painted_ms", "rss_mb"):
        result[key] = _summary([float(s[key]) for s in samples])
    result["targets"] = STARTUP_TARGETS
    result["met"] = all(result[key]["max"] <= limit for key, limit in STARTUP_TARGETS.items())
    result["platform"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return result
