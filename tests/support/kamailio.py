"""A real Kamailio registrar + proxy on 127.0.0.1 for SIP integration tests.

``with Kamailio(users={"1001": "pw1"}) as k:`` writes a config into a temporary directory and runs
``kamailio -DD -E -f CFG -Y RUNDIR -P PIDFILE -m 64 -M 8`` as a child process (foreground, logs to
``kamailio.log`` in the temp dir), listening on UDP *and* TCP ``127.0.0.1:k.port``.

The generated script's behaviour is described in tests/support/kamailio_script.py.

:meth:`Kamailio.rpc` runs ``kamcmd`` over the ``ctl`` module's unix socket (e.g. ``ul.lookup``);
:meth:`Kamailio.contacts` lists a user's registered contacts.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import IO

from tests.support import kamailio_script, process
from tests.support.lab import ManagedChild, work_dir
from tests.support.process import HOST, free_port, port_accepts, port_free, wait_for

__all__ = ["Kamailio", "kamailio_available", "sip_options"]

_SAFE_TOKEN = re.compile(r"^[A-Za-z0-9._~!$&'()*+,;=%-]+$")


def kamailio_available() -> bool:
    """True when the ``kamailio`` binary and its module directory are installed."""
    return _kamailio_binary() is not None and kamailio_script.module_dir() is not None


def _kamailio_binary() -> str | None:
    return shutil.which("kamailio") or next(
        (p for p in ("/usr/sbin/kamailio", "/usr/local/sbin/kamailio") if os.path.exists(p)), None
    )


def sip_options(
    port: int,
    request_uri: str | None = None,
    timeout: float = 0.5,
    host: str = HOST,
) -> str | None:
    """Send one ``OPTIONS`` over UDP to ``host:port``; return the status line or ``None``."""
    ruri = request_uri or f"sip:{host}:{port}"
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind((HOST, 0))
        lport = sock.getsockname()[1]
        branch = "z9hG4bK" + uuid.uuid4().hex
        call_id = uuid.uuid4().hex
        msg = (
            f"OPTIONS {ruri} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP {HOST}:{lport};branch={branch};rport\r\n"
            "Max-Forwards: 70\r\n"
            f"From: <sip:probe@{HOST}:{lport}>;tag={uuid.uuid4().hex[:10]}\r\n"
            f"To: <{ruri}>\r\n"
            f"Call-ID: {call_id}\r\n"
            "CSeq: 1 OPTIONS\r\n"
            f"Contact: <sip:probe@{HOST}:{lport}>\r\n"
            "Content-Length: 0\r\n\r\n"
        )
        sock.settimeout(timeout)
        try:
            sock.sendto(msg.encode(), (host, port))
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                data = sock.recv(65535).decode(errors="replace")
                if call_id in data and data.startswith("SIP/2.0 "):
                    status = data.split("\r\n", 1)[0]
                    if not status.startswith("SIP/2.0 1"):
                        return status
        except OSError:
            return None
    return None


class Kamailio(ManagedChild):
    """A Kamailio registrar/proxy child process on ``127.0.0.1`` (UDP and TCP, same port).

    Use as a context manager; :meth:`stop` and :meth:`start` restart it on the *same* port
    (registrations are lost: usrloc is in memory), to test "the registrar went away".
    """

    def __init__(
        self,
        users: Mapping[str, str] | None = None,
        port: int | None = None,
        require_invite_auth: bool = True,
        realm: str = HOST,
        workdir: str | os.PathLike[str] | None = None,
        debug: int = 2,
        startup_timeout: float = 10.0,
        tls_cert: str | os.PathLike[str] | None = None,
        tls_key: str | os.PathLike[str] | None = None,
    ) -> None:
        self.users: dict[str, str] = dict(users or {})
        for user, password in self.users.items():
            if not _SAFE_TOKEN.match(user):
                raise ValueError(f"unsupported SIP user name: {user!r}")
            if "\n" in password or "\r" in password:
                raise ValueError("passwords must be single-line")
        self.require_invite_auth = require_invite_auth
        self.realm = realm
        self.domain = HOST
        self.debug = debug
        self.startup_timeout = startup_timeout
        self.port: int = port or 0
        # TLS (needs Debian's kamailio-tls-modules): a third listener on its own port.
        self.tls_cert = str(tls_cert) if tls_cert else None
        self.tls_key = str(tls_key) if tls_key else None
        self.tls_port: int = 0
        self._secret = secrets.token_hex(16)
        self._own_dir = workdir is None
        self._workdir_arg = Path(workdir) if workdir is not None else None
        self.dir: Path = Path()
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_handle: IO[bytes] | None = None
        self._runs = 0

    # ------------------------------------------------------------------ paths and config
    @property
    def config_path(self) -> Path:
        return self.dir / "kamailio.cfg"

    @property
    def log_path(self) -> Path:
        return self.dir / "kamailio.log"

    @property
    def run_dir(self) -> Path:
        return self.dir / "run"

    @property
    def ctl_socket(self) -> Path:
        return self.run_dir / "ctl.sock"

    def uri(self, user: str, transport: str | None = None) -> str:
        """``sip:user@127.0.0.1:PORT`` (``;transport=tcp`` if asked)."""
        suffix = f";transport={transport}" if transport else ""
        port = self.tls_port if transport == "tls" else self.port
        return f"sip:{user}@{self.domain}:{port}{suffix}"

    @property
    def proxy_uri(self) -> str:
        """``sip:127.0.0.1:PORT;lr`` for an outbound-proxy setting."""
        return f"sip:{self.domain}:{self.port};lr"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def render_config(self) -> str:
        """The full kamailio.cfg text for the current users/port/options."""
        return kamailio_script.render(self)

    # ------------------------------------------------------------------ lifecycle
    def _prepare_dir(self) -> None:
        if self.dir != Path():
            return
        self.dir = work_dir(self._workdir_arg, "kamailio-lab-")
        self.run_dir.mkdir(exist_ok=True)

    def start(self, timeout: float | None = None) -> None:
        """Start Kamailio (again) on ``self.port`` and wait until it answers OPTIONS."""
        if self.running:
            return
        binary = _kamailio_binary()
        if binary is None:
            raise RuntimeError("kamailio is not installed")
        self._prepare_dir()
        if self.tls_cert and not self.tls_port:
            self.tls_port = free_port(udp=False)
        if not self.port:
            self.port = free_port()
        else:
            # After stop() the same port must become free again (no TIME_WAIT trouble: Kamailio
            # sets SO_REUSEADDR on its listening TCP socket).
            wait_for(lambda: port_free(self.port), 5.0, f"port {self.port} to be free")
        self.config_path.write_text(self.render_config(), encoding="utf-8")
        with contextlib.suppress(FileNotFoundError):
            self.ctl_socket.unlink()
        pidfile = self.run_dir / "kamailio.pid"
        self._runs += 1
        log = open(self.log_path, "ab")  # noqa: SIM115 - kept open while the child runs
        log.write(f"\n===== start #{self._runs} on port {self.port} =====\n".encode())
        log.flush()
        self._log_handle = log
        cmd = [
            binary,
            "-DD",
            "-E",
            "-f",
            str(self.config_path),
            "-Y",
            str(self.run_dir),
            "-P",
            str(pidfile),
            "-m",
            "64",
            "-M",
            "8",
        ]
        self._proc = process.start(cmd, stdout=log, cwd=self.dir)
        try:
            self.wait_ready(timeout if timeout is not None else self.startup_timeout)
        except BaseException:
            self.stop()
            raise

    def wait_ready(self, timeout: float = 10.0) -> None:
        """Poll with ``OPTIONS`` over UDP (and a TCP connect) until Kamailio answers 200."""
        proc = self._proc
        if proc is None:
            raise RuntimeError("kamailio is not started")

        def ready() -> bool:
            status = sip_options(self.port, timeout=0.2)
            return (
                status is not None and status.startswith("SIP/2.0 200") and port_accepts(self.port)
            )

        process.wait_ready(
            proc, ready, timeout, f"kamailio on {HOST}:{self.port}", log=self.log_text
        )

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate Kamailio (SIGTERM, then SIGKILL of its process group), reap it, free port."""
        proc, self._proc = self._proc, None
        if proc is not None:
            process.stop(proc, timeout)
        if self._log_handle is not None:
            self._log_handle.close()
            self._log_handle = None
        if self.port:
            wait_for(lambda: port_free(self.port), 5.0, f"port {self.port} to be released")

    # ------------------------------------------------------------------ observation
    def log_text(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def wait_log(self, pattern: str, timeout: float = 5.0, start: int = 0) -> re.Match[str]:
        """Wait for a regex in the log (from character offset ``start``); return the match."""
        rx = re.compile(pattern)
        found: list[re.Match[str]] = []

        def seen() -> bool:
            m = rx.search(self.log_text(), start)
            if m:
                found.append(m)
            return m is not None

        wait_for(seen, timeout, f"kamailio log line matching {pattern!r}")
        return found[0]

    def wait_request_while_down(self, method: str = "REGISTER", timeout: float = 10.0) -> str:
        """While stopped, hold Kamailio's UDP port and wait for a ``method`` request to arrive.

        Proves that a client really tried to reach the registrar while it was gone (nothing
        answers it); returns the raw request. The port is released again before returning.
        """
        if self.running:
            raise RuntimeError("kamailio is running; stop() it first")
        prefix = f"{method} ".encode()
        deadline = time.monotonic() + timeout
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.bind((HOST, self.port))
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"no {method} arrived at {HOST}:{self.port} in {timeout} s")
                sock.settimeout(remaining)
                try:
                    data = sock.recv(65535)
                except TimeoutError:
                    continue
                if data.startswith(prefix):
                    return data.decode(errors="replace")

    def rpc(self, *command: str, timeout: float = 5.0) -> str:
        """Run an RPC command with ``kamcmd`` (e.g. ``rpc("ul.lookup", "location", "1001")``)."""
        kamcmd = shutil.which("kamcmd") or "/usr/sbin/kamcmd"
        result = subprocess.run(
            [kamcmd, "-s", f"unix:{self.ctl_socket}", *command],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"kamcmd {' '.join(command)} failed: {result.stderr.strip()}")
        return result.stdout

    def contacts(self, user: str) -> list[str]:
        """Contact URIs currently registered for ``user`` (empty list if none)."""
        try:
            # "s:" keeps kamcmd from turning a numeric user name into an integer.
            out = self.rpc("ul.lookup", "location", f"s:{user}")
        except RuntimeError as exc:
            if "not found" in str(exc).lower():
                return []
            raise
        return re.findall(r"Address:\s*(\S+)", out)

    def is_registered(self, user: str) -> bool:
        return bool(self.contacts(user))

    def wait_registered(self, user: str, timeout: float = 5.0) -> list[str]:
        """Wait until ``user`` has at least one contact in usrloc; return the contacts."""
        wait_for(lambda: self.is_registered(user), timeout, f"{user} registered in kamailio")
        return self.contacts(user)
