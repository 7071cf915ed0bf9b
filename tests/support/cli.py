"""The `softphone` command, run as a person runs it: as a separate process on its own home."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def softphone(*args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SOFTPHONE_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "softphone", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
