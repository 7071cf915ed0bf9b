"""A reduced mutation soak, run as a person runs the benchmark: `softphone bench sip-fuzz` in
its own process (its engine is in that process; pjsua2 allows one per process). The full soak
(10,000 messages after a 5,000 warm-up, RSS drift) is the benchmark's job, not a timed test's;
this proves the soak runs, the engine answers every liveness check through 1,500 mutated
messages over UDP and TCP, and no call is left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(240)

MESSAGES = 1_500


def test_the_engine_survives_a_reduced_mutation_soak(app_home: Path) -> None:
    env = dict(os.environ, SOFTPHONE_HOME=str(app_home))
    measured = str(MESSAGES - 500)
    command = ["softphone", "bench", "sip-fuzz", "--messages", measured, "--warmup", "500"]
    run = subprocess.run(
        [sys.executable, "-m", *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=200,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout)
    assert (report["messages"], report["measured_messages"]) == (MESSAGES, MESSAGES - 500)
    assert report["engine_alive"] is True
    assert report["liveness_checks"] == MESSAGES // 100 + 1
    assert report["liveness_failures"] == 0
    assert report["calls_left"] == 0
    assert report["tcp_messages"] == MESSAGES // 10
    # The mutants did reach the engine's parser and its call handling: some were refused, some
    # rang (and were rejected by the soak), some were answered 200.
    classes = report["responses_by_class"]
    assert classes.get("4xx", 0) > 0 and classes.get("2xx", 0) > 0 and classes.get("1xx", 0) > 0
    assert report["calls_rung"] > 0
    assert 0 < report["dropped"] < MESSAGES
