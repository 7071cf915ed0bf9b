"""The PyInstaller bundle (`make bundle`, which runs this test after building it): copied
outside the checkout, it starts offscreen on the demo, with its SIP engine process (the same
program, `-m sip.engine_host`) running, and takes a screenshot in Arabic, mirrored.

Building takes minutes, so `make test` does not; without a built bundle this test is skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from softphone import __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("SOFTPHONE_BUNDLE", ROOT / "dist" / "contact-softphone"))

pytestmark = pytest.mark.skipif(
    not (BUNDLE / "softphone").exists(), reason=f"no bundle at {BUNDLE}: run `make bundle`"
)


def test_the_bundle_starts_from_a_copy_outside_the_checkout(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    shutil.copytree(BUNDLE, desk / "contact-softphone", symlinks=True)
    program = desk / "contact-softphone" / "softphone"
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(json.dumps({"ui_language": "ar"}))
    # No Python of ours in sight: a bare PATH and none of the checkout's environment.
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "SOFTPHONE_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    version = subprocess.run(
        [str(program), "--version"], cwd=desk, env=env, capture_output=True, text=True, timeout=60
    )
    assert version.stdout.strip() == f"softphone {__version__}", version.stderr
    shot = desk / "ar.png"
    run = subprocess.run(
        [str(program), "--demo", "--screenshot", str(shot)],
        cwd=desk,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert shot.stat().st_size > 10_000
    log = (home / "logs" / "softphone.log").read_text(encoding="utf-8")
    assert "user interface in ar (catalogue loaded, right to left)" in log, log
    assert "SIP engine running in process" in log, log
