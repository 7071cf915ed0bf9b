"""The tests' child processes (Kamailio, baresip, linphonec, PostgreSQL, SIP peers, apps): start
one in its own session, wait until it is ready, stop or kill it, and free loopback ports.

Readiness is always a state that is polled (a port accepts, a log line appears, a query answers),
never a fixed sleep; a child that exits while it is waited for fails the wait at once, with the
tail of its log when one is given.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from typing import IO, Literal, overload

__all__ = [
    "HOST",
    "ChildExitedError",
    "free_port",
    "kill",
    "port_accepts",
    "port_free",
    "start",
    "stop",
    "wait_exit",
    "wait_for",
    "wait_or_kill",
    "wait_ready",
]

HOST = "127.0.0.1"
KILL_TIMEOUT_S = 5.0
"""How long a SIGKILLed child may take to be reaped."""

Child = subprocess.Popen[bytes] | subprocess.Popen[str]


class ChildExitedError(RuntimeError):
    """The child exited while the test waited for it to become ready."""


# ------------------------------------------------------------------------------------ ports


def free_port(udp: bool = True, tcp: bool = True) -> int:
    """A port on 127.0.0.1 that is currently free for the requested protocols.

    The kernel picks a TCP port; it is kept only if UDP can bind the same number too. Racy by
    nature: a server that cannot bind it reports so and its starter picks another.
    """
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.bind((HOST, 0))
            port = int(probe.getsockname()[1])
        if port_free(port, udp=udp, tcp=tcp):
            return port
    raise RuntimeError(f"could not find a free port on {HOST}")


def port_free(port: int, udp: bool = True, tcp: bool = True) -> bool:
    """Whether port can be bound on 127.0.0.1 now (for UDP and/or TCP)."""
    kinds = ([socket.SOCK_DGRAM] if udp else []) + ([socket.SOCK_STREAM] if tcp else [])
    for kind in kinds:
        with socket.socket(socket.AF_INET, kind) as sock:
            if kind == socket.SOCK_STREAM:
                # Same as the servers do: TIME_WAIT leftovers must not count as "busy".
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((HOST, port))
            except OSError:
                return False
    return True


def port_accepts(port: int, host: str = HOST, timeout: float = 0.2) -> bool:
    """Whether a TCP connection to host:port is accepted now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        return sock.connect_ex((host, port)) == 0


# ---------------------------------------------------------------------------------- waiting


def wait_for(
    condition: Callable[[], bool], timeout: float, what: str, interval: float = 0.02
) -> None:
    """Poll condition until it is true; TimeoutError naming what after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        if condition():
            return
        if time.monotonic() >= deadline:
            raise TimeoutError(f"timed out after {timeout:.1f} s waiting for {what}")
        time.sleep(interval)


def wait_ready(
    proc: Child,
    ready: Callable[[], bool],
    timeout: float,
    what: str,
    *,
    interval: float = 0.05,
    log: Callable[[], str] | None = None,
) -> None:
    """Poll ready until it holds; ChildExitedError (with the tail of log) as soon as proc
    exits, TimeoutError after timeout seconds."""

    def check() -> bool:
        if proc.poll() is not None:
            tail = log()[-4000:] if log is not None else ""
            raise ChildExitedError(f"{what} exited (rc={proc.returncode}):\n{tail}")
        return ready()

    wait_for(check, timeout, what, interval)


# ----------------------------------------------------------------------------- start / stop


@overload
def start(
    cmd: Sequence[str],
    *,
    stdin: int | None = ...,
    stdout: IO[bytes] | IO[str] | int | None = ...,
    stderr: int | None = ...,
    text: Literal[False] = ...,
    **popen: object,
) -> subprocess.Popen[bytes]: ...


@overload
def start(
    cmd: Sequence[str],
    *,
    stdin: int | None = ...,
    stdout: IO[bytes] | IO[str] | int | None = ...,
    stderr: int | None = ...,
    text: Literal[True],
    **popen: object,
) -> subprocess.Popen[str]: ...


def start(
    cmd: Sequence[str],
    *,
    stdin: int | None = subprocess.DEVNULL,
    stdout: IO[bytes] | IO[str] | int | None = subprocess.DEVNULL,
    stderr: int | None = subprocess.STDOUT,
    text: bool = False,
    **popen: object,
) -> Child:
    """Start cmd in its own session (stdin closed and stderr into stdout unless asked
    otherwise): a Ctrl-C in the terminal does not race the test's own shutdown, and stop() can
    end the children it forks with it."""
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        list(cmd),
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
        text=text,
        start_new_session=True,
        **popen,
    )


def stop(proc: Child, timeout: float = 10.0, *, group: bool = True) -> None:
    """SIGTERM, wait up to timeout, then SIGKILL; reaped on return. group: see kill()."""
    if _unreaped(proc) and not _exited(proc):
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGTERM)
    wait_or_kill(proc, timeout, group=group)


def wait_or_kill(proc: Child, timeout: float, *, group: bool = True) -> None:
    """Wait up to timeout for proc, already asked to end (a quit command, pg_ctl stop), to exit;
    then SIGKILL it. Reaped on return. group: see kill()."""
    wait_exit(proc, timeout)
    kill(proc, group=group)


def wait_exit(proc: Child, timeout: float) -> bool:
    """Whether proc exits within timeout. It is not reaped (see _exited): its pid, and so its
    process group, stays ours for kill() or stop() to end what it left behind."""
    deadline = time.monotonic() + timeout
    while _unreaped(proc) and not _exited(proc):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True


def kill(proc: Child, *, group: bool = True) -> None:
    """SIGKILL proc and reap it. group: proc leads its own session (start() puts it there) and
    every process left in its group is killed too, so no child it forked outlives it.

    The group is signalled only while proc is unreaped (running, or a zombie): only then is its
    pid, the group's id, known to still be ours.
    """
    if _unreaped(proc):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if group:
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.send_signal(signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(KILL_TIMEOUT_S)


def _unreaped(proc: Child) -> bool:
    return proc.returncode is None


def _exited(proc: Child) -> bool:
    """Whether proc has exited, without reaping it (WNOWAIT leaves the zombie in place)."""
    try:
        return os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:  # reaped by someone else: gone
        return True
