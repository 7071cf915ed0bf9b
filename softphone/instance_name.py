"""The name the running instance listens on (softphone/single_instance.py), and whether one
answers there, asked without Qt: `softphone` asks before it imports Qt, to know whether the SIP
engine it started early may register its accounts already (softphone/engine_setup.py)."""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import sys
from pathlib import Path

from softphone.paths import AppPaths

PROBE_TIMEOUT_S = 0.5


def server_name(paths: AppPaths) -> str:
    key = f"{getpass.getuser()}:{paths.config_dir.resolve()}"
    return "contact-softphone-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def socket_path(paths: AppPaths) -> Path | None:
    """Where QLocalServer puts the instance's socket for a relative name: Qt's temporary
    directory ($TMPDIR, else /tmp). None where it is not a file (Windows' named pipes)."""
    if sys.platform == "win32":
        return None
    return Path(os.environ.get("TMPDIR") or "/tmp") / server_name(paths)


def instance_running(paths: AppPaths) -> bool | None:
    """Whether a running instance answers (True), none does (False), or this platform cannot
    be asked without Qt (None)."""
    path = socket_path(paths)
    if path is None:
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(PROBE_TIMEOUT_S)
        try:
            probe.connect(str(path))
        except OSError:  # no file, or a crashed instance's: nobody listens
            return False
    return True
