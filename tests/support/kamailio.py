"""A real Kamailio registrar + proxy on 127.0.0.1 for SIP integration tests.

``with Kamailio(users={"1001": "pw1"}) as k:`` writes a config into a temporary directory and runs
``kamailio -DD -E -f CFG -Y RUNDIR -P PIDFILE -m 64 -M 8`` as a child process (foreground, logs to
``kamailio.log`` in the temp dir), listening on UDP *and* TCP ``127.0.0.1:k.port``.

Behaviour of the generated script (no database; passwords are compiled into the config):

* ``REGISTER``: unknown To-user -> ``404 User Not Found``; no credentials -> ``401`` digest
  challenge (``qop=auth``); wrong password -> ``403 Forbidden (wrong password)``; auth user
  different from the To-user -> ``403``; otherwise ``save("location")`` (in-memory usrloc,
  ``db_mode 0``), which also handles ``Expires: 0`` / ``expires=0`` (unregister).
* Initial requests whose From domain is ours (``127.0.0.1``/``localhost``) need proxy digest auth
  (``407``) unless ``require_invite_auth=False``.
* Requests to a local user are routed with ``lookup("location")``: ``404 Not Found`` if the user is
  not registered. As a convenience, a Request-URI with an explicit port that is not Kamailio's own
  (``sip:bob@127.0.0.1:5090``) and no registration is relayed straight to that address.
* ``record_route()`` on dialog-forming requests, ``loose_route()`` for in-dialog ones (BYE,
  re-INVITE, REFER, INFO, NOTIFY...), ``t_check_trans()``/``t_precheck_trans()`` for CANCEL and
  retransmissions, ``t_relay()`` (stateful) for everything forwarded.
* GRUU is disabled (``modparam("registrar", "gruu_enabled", 0)``): linphone would otherwise use
  the ``pub-gruu`` Kamailio hands out (``sip:3001@127.0.0.1;gr=urn:uuid:...``, no port) as its
  dialog Contact, and a BYE towards it would be sent to port 5060.
* ``OPTIONS sip:127.0.0.1:PORT`` (no user part) is answered ``200 Keepalive`` (used by
  :meth:`Kamailio.wait_ready`).

Why ``alias="127.0.0.1:PORT"`` and not a port-less ``alias="127.0.0.1"``: a port-less alias makes
*every* ``127.0.0.1:*`` URI "myself", so ``loose_route()`` would take the Contact of a peer on
loopback (the Request-URI of an in-dialog BYE) for Kamailio's own address and treat the request as
coming from a strict router. "Is this one of our users?" is therefore decided on the domain
(``$fd``/``$rd``), not with ``myself``.

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

from tests.support import process
from tests.support.lab import ManagedChild, work_dir
from tests.support.process import HOST, free_port, port_accepts, port_free, wait_for

__all__ = ["Kamailio", "kamailio_available", "sip_options"]

LOCAL_DOMAINS = ("127.0.0.1", "localhost")
MODULE_DIRS = (
    "/usr/lib/x86_64-linux-gnu/kamailio/modules",
    "/usr/lib/aarch64-linux-gnu/kamailio/modules",
    "/usr/lib64/kamailio/modules",
    "/usr/lib/kamailio/modules",
    "/usr/local/lib64/kamailio/modules",
    "/usr/local/lib/kamailio/modules",
)
_SAFE_TOKEN = re.compile(r"^[A-Za-z0-9._~!$&'()*+,;=%-]+$")


def kamailio_available() -> bool:
    """True when the ``kamailio`` binary and its module directory are installed."""
    return _kamailio_binary() is not None and _module_dir() is not None


def _kamailio_binary() -> str | None:
    return shutil.which("kamailio") or next(
        (p for p in ("/usr/sbin/kamailio", "/usr/local/sbin/kamailio") if os.path.exists(p)), None
    )


def _module_dir() -> str | None:
    return next((d for d in MODULE_DIRS if os.path.exists(os.path.join(d, "tm.so"))), None)


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


def _quote(value: str) -> str:
    """A Kamailio config string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


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

    def _tls_listen(self) -> str:
        if not self.tls_cert:
            return ""
        return (
            f'enable_tls=yes\nlisten=tls:{HOST}:{self.tls_port}\nalias="{HOST}:{self.tls_port}"\n'
        )

    def _tls_module(self) -> str:
        if not self.tls_cert:
            return ""
        tls_cfg = self.dir / "tls.cfg"
        tls_cfg.write_text(
            "[server:default]\nmethod = TLSv1.2+\nverify_certificate = no\n"
            f"require_certificate = no\nprivate_key = {self.tls_key}\n"
            f"certificate = {self.tls_cert}\n\n"
            "[client:default]\nmethod = TLSv1.2+\nverify_certificate = no\n"
            "require_certificate = no\n",
            encoding="utf-8",
        )
        return f'loadmodule "tls.so"\nmodparam("tls", "config", "{tls_cfg}")\n'

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def render_config(self) -> str:
        """The full kamailio.cfg text for the current users/port/options."""
        mod_dir = _module_dir()
        if mod_dir is None:
            raise RuntimeError("kamailio modules directory not found")
        port = self.port
        fd_local = " || ".join(f"$fd == {_quote(d)}" for d in LOCAL_DOMAINS)
        rd_local = " || ".join(f"$rd == {_quote(d)}" for d in LOCAL_DOMAINS)
        password_lines = "\n".join(
            f"\tif ($var(user) == {_quote(u)}) {{ $avp(password) = {_quote(p)}; return 1; }}"
            for u, p in self.users.items()
        )
        realm = _quote(self.realm)
        if self.require_invite_auth:
            auth_block = f"""
	if (is_method("ACK|CANCEL|PRACK")) return;
	if (!({fd_local})) return;
	$var(user) = $fU;
	if (!route(PASSWORD)) {{
		xlog("L_NOTICE", "SIPLAB AUTH unknown-caller $rm from=$fu\\n");
		sl_send_reply("403", "Forbidden (unknown caller)");
		exit;
	}}
	if (!pv_proxy_authenticate({realm}, "$avp(password)", "0")) {{
		$var(rc) = $rc;
		if ($var(rc) == -2) {{
			xlog("L_NOTICE", "SIPLAB AUTH wrong-password $rm from=$fu\\n");
			sl_send_reply("403", "Forbidden (wrong password)");
			exit;
		}}
		proxy_challenge({realm}, "1");
		exit;
	}}
	if ($au != $fU) {{
		sl_send_reply("403", "Forbidden (auth user mismatch)");
		exit;
	}}
	consume_credentials();
	xlog("L_NOTICE", "SIPLAB AUTH ok $rm from=$fu\\n");"""
        else:
            auth_block = "\n\treturn;"
        return f"""#!KAMAILIO
# Generated by tests/support/kamailio.py - a throwaway lab registrar/proxy on loopback.
debug={self.debug}
log_stderror=yes
memdbg=5
memlog=5
children=2
tcp_children=2
auto_aliases=no
listen=udp:{HOST}:{port}
listen=tcp:{HOST}:{port}
{self._tls_listen()}alias="{HOST}:{port}"
alias="localhost:{port}"
dns=no
rev_dns=no
dns_try_ipv6=no
dns_try_naptr=no
use_dns_cache=off
tcp_connection_lifetime=3605
server_header="Server: sip-lab-kamailio"
user_agent_header="User-Agent: sip-lab-kamailio"

loadpath "{mod_dir}/"
loadmodule "kex.so"
loadmodule "corex.so"
loadmodule "tm.so"
loadmodule "tmx.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "xlog.so"
loadmodule "sanity.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "auth.so"
loadmodule "ctl.so"
{self._tls_module()}
modparam("ctl", "binrpc", "unix:{self.ctl_socket}")
modparam("tm", "failure_reply_mode", 3)
modparam("tm", "fr_timer", 10000)
modparam("tm", "fr_inv_timer", 60000)
modparam("usrloc", "db_mode", 0)
modparam("registrar", "min_expires", 1)
modparam("registrar", "default_expires", 60)
modparam("registrar", "max_expires", 3600)
# No GRUU: otherwise linphone puts the pub-gruu (sip:user@127.0.0.1;gr=..., i.e. port 5060) in
# its dialog Contact and in-dialog requests towards it go nowhere.
modparam("registrar", "gruu_enabled", 0)
modparam("auth", "secret", "{self._secret}")
modparam("auth", "nonce_expire", 300)

request_route {{
	route(REQINIT);

	if (is_method("CANCEL")) {{
		if (t_check_trans()) {{
			route(RELAY);
		}}
		exit;
	}}

	# retransmissions of requests already being handled are absorbed by tm
	if (!is_method("ACK")) {{
		if (t_precheck_trans()) {{
			t_check_trans();
			exit;
		}}
		t_check_trans();
	}}

	route(WITHINDLG);

	remove_hf("Route");
	if (is_method("INVITE|SUBSCRIBE|REFER")) {{
		record_route();
	}}

	if (is_method("REGISTER")) {{
		route(REGISTRAR);
		exit;
	}}

	route(AUTH);

	if ($rU == $null) {{
		sl_send_reply("484", "Address Incomplete");
		exit;
	}}

	route(LOCATION);
}}

route[REQINIT] {{
	if (!mf_process_maxfwd_header("10")) {{
		sl_send_reply("483", "Too Many Hops");
		exit;
	}}
	if (is_method("OPTIONS") && uri == myself && $rU == $null) {{
		sl_send_reply("200", "Keepalive");
		exit;
	}}
	if (!sanity_check()) {{
		xlog("L_WARN", "SIPLAB malformed $rm from $si:$sp\\n");
		exit;
	}}
}}

route[RELAY] {{
	if (!t_relay()) {{
		sl_reply_error();
	}}
	exit;
}}

route[WITHINDLG] {{
	if (!has_totag()) return;
	if (loose_route()) {{
		xlog("L_INFO", "SIPLAB in-dialog $rm $ru\\n");
		route(RELAY);
		exit;
	}}
	if (is_method("ACK")) {{
		if (t_check_trans()) {{
			route(RELAY);
		}}
		exit;
	}}
	sl_send_reply("404", "Not here");
	exit;
}}

route[PASSWORD] {{
{password_lines}
	return -1;
}}

route[REGISTRAR] {{
	$var(user) = $tU;
	if (!route(PASSWORD)) {{
		xlog("L_NOTICE", "SIPLAB REGISTER unknown-user $tU\\n");
		sl_send_reply("404", "User Not Found");
		exit;
	}}
	if (!pv_www_authenticate({realm}, "$avp(password)", "0")) {{
		$var(rc) = $rc;
		if ($var(rc) == -2) {{
			xlog("L_NOTICE", "SIPLAB REGISTER wrong-password $tU\\n");
			sl_send_reply("403", "Forbidden (wrong password)");
			exit;
		}}
		www_challenge({realm}, "1");
		exit;
	}}
	if ($au != $tU) {{
		sl_send_reply("403", "Forbidden (auth user mismatch)");
		exit;
	}}
	consume_credentials();
	if (!save("location")) {{
		sl_reply_error();
		exit;
	}}
	xlog("L_NOTICE", "SIPLAB REGISTER ok $tU contact=$ct expires=$hdr(Expires)\\n");
	exit;
}}

route[AUTH] {{{auth_block}
}}

route[LOCATION] {{
	if (!({rd_local})) {{
		sl_send_reply("403", "Relaying forbidden");
		exit;
	}}
	if (!lookup("location")) {{
		$var(rc) = $rc;
		if ($(ru{{uri.port}}) != "" && !(uri == myself)) {{
			xlog("L_INFO", "SIPLAB direct $rm $ru\\n");
			route(RELAY);
		}}
		xlog("L_NOTICE", "SIPLAB LOCATION miss $rm $ru rc=$var(rc)\\n");
		t_newtran();
		if ($var(rc) == -2) {{
			send_reply("405", "Method Not Allowed");
			exit;
		}}
		send_reply("404", "Not Found");
		exit;
	}}
	xlog("L_INFO", "SIPLAB LOCATION $rm $tU -> $ru\\n");
	route(RELAY);
}}
"""

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
