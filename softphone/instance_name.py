"""The name the running instance listens on (softphone/single_instance.py), whether one answers
there, and the lock that makes one start the instance: all without Qt, because `softphone` asks
before it imports Qt whether the SIP engine it started early may register its accounts already
(softphone/engine_setup.py).

The socket alone cannot tell a second start from a first: an instance listens only once Qt is
up, half a second after it started, so two starts in that half second (a double click on the
icon, a desktop session restoring the app while the agent opens it) both found nobody, both
registered early, and both became the instance: calls forked to two phones. The first start
therefore takes an exclusive lock on a file in the app's data directory, held until its process
ends (the system drops it then, even after a crash). A start that cannot take it is not the
instance: it registers nothing and hands its request to the one that is, waiting for it to
listen (`InstanceServer.listen`).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import socket
import sys
from pathlib import Path
from typing import BinaryIO

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


_held: dict[Path, BinaryIO] = {}  # the lock files this process holds, open until it exits


def lock_path(paths: AppPaths) -> Path:
    return paths.data_dir / "instance.lock"


def hold_instance_lock(paths: AppPaths) -> bool:
    """Take the instance's lock for this process (True), or find another process holding it
    (False: that one is the instance, starting or running). Taking it again is a no-op."""
    path = lock_path(paths)
    if path in _held:
        return True
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+b")  # noqa: SIM115 - open for the process's life: the lock is on it
    except OSError as exc:
        return _unlockable(path, exc)
    try:
        taken = _try_lock(handle)
    except OSError as exc:  # locks not supported there (some network file systems)
        handle.close()
        return _unlockable(path, exc)
    if not taken:
        handle.close()
        return False
    _held[path] = handle
    return True


def _unlockable(path: Path, exc: OSError) -> bool:
    """No lock to be had (a read-only or network data directory): go by the socket alone, as
    before the lock existed, rather than not start."""
    logging.getLogger(__name__).warning(
        "cannot lock %s (%s): two starts at the same moment may both become the instance",
        path, exc,
    )  # fmt: skip
    return True


def _try_lock(handle: BinaryIO) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except PermissionError:  # EACCES: another process holds the byte
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:  # held: anything else is raised (no locks there)
        return False
    return True


def may_register_early(paths: AppPaths) -> bool:
    """Whether this start is the instance, so its engine may register now: it holds the lock,
    and no instance answers on the socket (one started by an older version, without the lock;
    asked where that is possible without Qt, so not on Windows)."""
    return hold_instance_lock(paths) and instance_running(paths) is not True
