"""Orca itself, headless: Xvfb, a D-Bus session, Orca with its speech written to a debug file,
and the app with a call ringing. What Orca says must name the caller and the IVR's topic, as a
blind agent hears it (Orca 43, Debian 12, has no announcements: it reads the incoming-call
window's title and the Answer button's description).

Opt-in: set SOFTPHONE_TEST_ORCA=1 with Debian's orca installed (apt-get install orca; not in
scripts/install-system-deps.sh: 61 packages, and Orca takes about 45 s to start headless)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(90)
ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
set -eu
said() {  # wait (up to 30 s) until Orca's log has spoken $1
    for _ in $(seq 300); do
        grep -q "SPEECH OUTPUT: '$1" "$WORK/orca.log" 2>/dev/null && return
        sleep 0.1
    done
}
HOME="$WORK/home" orca --replace --debug-file "$WORK/orca.log" >"$WORK/orca.out" 2>&1 &
orca=$!
# Orca is ready once it says so (in its log): then the app starts with its call ringing.
said "Screen reader on"
mkfifo "$WORK/quit"
"$PYTHON" -m tests.support.orca_app <"$WORK/quit" >"$WORK/app.out" 2>&1 &
app=$!
exec 3>"$WORK/quit"
said "Incoming call from"
echo quit >&3
wait $app || true
kill $orca
wait $orca || true
"""


@pytest.mark.skipif(
    os.environ.get("SOFTPHONE_TEST_ORCA") != "1",
    reason="opt-in (SOFTPHONE_TEST_ORCA=1, Debian's orca installed): Orca takes 45 s to start here",
)
def test_orca_says_who_is_calling_and_why(tmp_path: Path) -> None:
    missing = [t for t in ("orca", "dbus-run-session", "xvfb-run") if shutil.which(t) is None]
    if missing:
        pytest.skip(f"missing (scripts/install-system-deps.sh installs them): {missing}")
    (tmp_path / "home").mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               WORK=str(tmp_path), PYTHON=sys.executable, PYTHONPATH=str(ROOT))  # fmt: skip
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", "bash", "-c", SCRIPT],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=80,
    )  # fmt: skip
    log = (tmp_path / "orca.log").read_text(encoding="utf-8", errors="replace")
    spoken = [line.split("SPEECH OUTPUT: ", 1)[1] for line in log.splitlines()
              if "SPEECH OUTPUT: " in line]  # fmt: skip
    heard = " ".join(spoken)
    assert "Incoming call from Maria Rossi" in heard, spoken
    assert "Topic: Pensioni" in heard and "PIN verified" in heard, spoken
    assert "Answer push button" in heard, spoken
