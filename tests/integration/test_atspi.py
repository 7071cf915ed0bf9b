"""The real accessibility bus (AT-SPI over D-Bus, as Orca uses it): under Xvfb with a D-Bus
session and the AT-SPI registry, the app's windows in each state an agent meets - home, a
ringing call, in a call, wrap-up, a callback on screen, the settings, the wallboard - in English
and in Arabic. Every focusable object a screen reader finds has a role and a name; while a call
rings, the announcement on the bus carries the caller's name and the IVR topic."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.a11y import SCREENS

pytestmark = pytest.mark.timeout(120)
ROOT = Path(__file__).resolve().parents[2]
NEEDED = ("dbus-run-session", "xvfb-run")
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if not LAUNCHER.exists():
        missing.append("at-spi2-core")
    if missing:
        pytest.skip(f"missing (scripts/install-system-deps.sh installs them): {missing}")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # a session of its own, not the desktop's
    env.pop("AT_SPI_BUS_ADDRESS", None)
    done = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", sys.executable, "-m",
         "tests.support.atspi_probe"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=100,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("ATSPI-REPORT ")]
    assert lines, f"no report (exit {done.returncode}):\n{done.stdout}\n{done.stderr[-3000:]}"
    return json.loads(lines[-1].removeprefix("ATSPI-REPORT "))


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("state", SCREENS)
def test_every_focusable_object_has_a_role_and_a_name(
    report: dict[str, Any], language: str, state: str
) -> None:
    found = report["states"][f"{language} {state}"]
    assert found["windows"], f"{language} {state}: no window of ours on the bus"
    assert found["problems"] == [], "\n".join(found["problems"])
    controls = found["controls"]
    assert len(controls) >= 10  # the walk reached the controls, not just the frame
    assert all(c["role"] and c["name"].strip() for c in controls)
    if language == "ar":  # the names come in the UI's language
        arabic = [c for c in controls if any("\u0600" <= ch <= "\u06ff" for ch in c["name"])]
        assert len(arabic) >= len(controls) // 3, controls


def test_the_controls_of_a_call_are_on_the_bus_by_name(report: dict[str, Any]) -> None:
    ringing = report["states"]["en ringing"]
    assert ringing["windows"] == ["Contact Softphone", "Incoming call: Maria Rossi"]
    names = {(c["role"], c["name"]) for c in ringing["controls"]}
    assert {("push button", "Answer"), ("push button", "Reject"), ("text", "Call note"),
            ("tree", "Tickets"), ("tree", "History"), ("text", "Number to call"),
            ("label", "Maria Rossi")} <= names  # fmt: skip
    settings = {(c["role"], c["name"]) for c in report["states"]["en settings"]["controls"]}
    assert ("text", "SIP password") in settings
    assert ("hotkey field", "Answer") in settings  # Qt has no interface of its own for these


def test_a_ringing_call_is_announced_with_the_callers_name_and_topic(
    report: dict[str, Any],
) -> None:
    said = report["announcement"]
    assert said is not None
    assert "Maria Rossi" in said["text"] and "Pensioni" in said["text"]
    assert said["politeness"] == 2  # assertive: read at once
    assert report["seconds"] < 60
