"""The real accessibility bus (AT-SPI over D-Bus, as Orca uses it) and the REAL app: under Xvfb
with a D-Bus session and the AT-SPI registry, `python -m softphone --demo` starts in its own
process with a private HOME, once in English and once in Arabic (tests/support/atspi_app.py
drives it). A loopback SIP peer calls; Answer and Hang up are pressed through the bus; keys are
typed on the X server; a booked callback falls due. In each state - home, a ringing call, in a
call, wrap-up, a callback on screen, the settings, the wallboard - every focusable object a
screen reader finds has a role and a name, and Tab reaches every control (the focus read back
from the bus). While the call rings, the announcement names the caller and the IVR's topic."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.timeout(240)
ROOT = Path(__file__).resolve().parents[2]
NEEDED = ("dbus-run-session", "xvfb-run", "xdotool")
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
STATES = ["home", "ringing", "in call", "wrap-up", "callback", "settings", "wallboard"]
LANGUAGES = ["en", "ar"]
# The topic labels of the demo's IVR topics, as the app says them in each language.
ARABIC = ("\u0600", "\u06ff")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if not LAUNCHER.exists():
        missing.append("at-spi2-core")
    if missing:
        pytest.skip(f"missing (scripts/install-system-deps.sh installs them): {missing}")
    work = tmp_path_factory.mktemp("atspi-app")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for name in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "SOFTPHONE_HOME"):
        env.pop(name, None)  # a session of its own, not the desktop's; homes of its own
    done = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
         sys.executable, "-m", "tests.support.atspi_app", str(work), *LANGUAGES],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=220,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("ATSPI-APP-REPORT ")]
    assert lines, f"no report (exit {done.returncode}):\n{done.stdout}\n{done.stderr[-3000:]}"
    found = json.loads(lines[-1].removeprefix("ATSPI-APP-REPORT "))
    logs = "".join(p.read_text(errors="replace")[-2000:] for p in work.glob("app-*.log"))
    assert "error" not in found, f"{found['error']}\n{done.stderr[-3000:]}\n{logs}"
    return found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("state", STATES)
def test_every_focusable_object_has_a_role_and_a_name_and_tab_reaches_every_control(
    report: dict[str, Any], language: str, state: str
) -> None:
    found = report[language]["states"][state]
    assert found["windows"], f"{language} {state}: no window of ours on the bus"
    assert found["problems"] == [], "\n".join(found["problems"])
    controls = found["controls"]
    assert len(controls) >= 10  # the walk reached the controls, not just the frame
    assert all(c["role"] and c["name"].strip() for c in controls)
    assert found["unreached"] == [], "\n".join(found["unreached"] + found["tab_order"])
    assert len(found["tab_order"]) >= 8  # Tab went round each window of the state
    if language == "ar":  # the names come in the UI's language
        arabic = [c for c in controls if any(ARABIC[0] <= ch <= ARABIC[1] for ch in c["name"])]
        assert len(arabic) >= len(controls) // 3, controls


def test_each_state_shows_its_own_windows_and_controls(report: dict[str, Any]) -> None:
    states = report["en"]["states"]
    main = report["en"]["main"]
    caller = report["en"]["caller"]

    def named(state: str) -> set[tuple[str, str]]:
        return {(c["role"], c["name"]) for c in states[state]["controls"]}

    assert states["home"]["windows"] == [main]
    assert states["ringing"]["windows"] == [main, f"Incoming call: {caller} — {main}"]
    assert {("push button", "Answer"), ("push button", "Reject")} <= named("ringing")
    assert {("push button", "Hang up"), ("text", "Call note"), ("text", "Transfer to"),
            ("label", caller)} <= named("in call")  # fmt: skip
    assert ("label", "Outcome of the call:") in named("wrap-up")
    assert ("push button", "Dial now") in named("callback")
    assert ("push button", "Dial now") not in named("home")
    assert ("text", "SIP password") in named("settings")
    assert ("hotkey field", "Answer") in named("settings")  # Qt has no interface of its own
    assert ("table", "Agents") in named("wallboard")
    # A tile is one object, "Available: 4"; its caption is decoration, out of the tree.
    assert any(name.startswith("Available: ") for _role, name in named("wallboard"))
    assert ("label", "Available") not in named("wallboard")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_ringing_call_is_announced_with_the_callers_name_and_topic(
    report: dict[str, Any], language: str
) -> None:
    """The caller's name comes from the store (the INVITE carries a number only): the
    announcement waits for the screen-pop's look-up, so the agent hears who calls."""
    found = report[language]
    urgent = [a["text"] for a in found["announcements"] if a["politeness"] == 2]
    assert urgent, found["announcements"]
    said = urgent[0]
    assert found["caller"] in said
    topic = {"en": "Topic: ", "ar": "الموضوع: "}[language]
    assert topic in said and said.split(topic, 1)[1].split(".")[0].strip()
    assert found["seconds"] < 90
