"""Start a real PgBouncer (transaction pooling) in front of a PostgreSQL server: for
`softphone bench floor`, and (through tests/support/pgbouncer.py) for the tests.

A private config in a temporary directory,
a free loopback port, the process in its own session, polled (not slept) until it answers, and
stopped and removed even when the test fails. `restart()` stops the pooler and starts it again on
the same port, which is what an operator's restart looks like to the clients.

Agents log in to the pooler as themselves: `auth_query` looks up their SCRAM secret in
`pg_shadow` (as the server's superuser, named in the auth file), so the pooler checks the agent's
password and the server session runs as the agent, with their grants and row-level security.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from psycopg.conninfo import make_conninfo

HOST = "127.0.0.1"
ADMIN_PASSWORD = "pooler-admin"  # the server trusts loopback; the pooler wants a password
STARTUP_TIMEOUT_S = 20.0


def pgbouncer_binary() -> str | None:
    return shutil.which("pgbouncer") or (
        "/usr/sbin/pgbouncer" if os.access("/usr/sbin/pgbouncer", os.X_OK) else None
    )


@dataclass(frozen=True)
class Upstream:
    """The PostgreSQL server behind the pooler, and its superuser (who runs auth_query)."""

    host: str
    port: int
    user: str


@dataclass
class PgBouncer:
    server: Upstream
    directory: Path
    port: int = 0
    pool_size: int = 20
    max_db_connections: int = 0  # 0: no limit
    server_idle_timeout_s: int = 60
    # alias -> (database, forced server user, pool size): e.g. the floor's shared reader
    aliases: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    restarts: int = 0
    _proc: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    # -- addresses -------------------------------------------------------------------------------

    def url(self, server_url: str) -> str:
        """A SQLAlchemy URL of the server's database, pointed at the pooler instead."""
        from sqlalchemy.engine import make_url

        return make_url(server_url).set(host=HOST, port=self.port).render_as_string(False)

    def admin(self) -> psycopg.Connection[Any]:
        """The pooler's admin console (SHOW POOLS, SHOW STATS); simple queries only."""
        conninfo = make_conninfo(
            host=HOST,
            port=self.port,
            dbname="pgbouncer",
            user=self.server.user,
            password=ADMIN_PASSWORD,
            connect_timeout=5,
        )
        return psycopg.connect(
            conninfo, autocommit=True, prepare_threshold=None, cursor_factory=psycopg.ClientCursor
        )

    def show(self, what: str) -> list[dict[str, Any]]:
        with self.admin() as conn, conn.cursor() as cur:
            cur.execute(f"SHOW {what}")
            names = [d.name for d in cur.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    # -- life --------------------------------------------------------------------------------------

    def _write_config(self) -> Path:
        (self.directory / "users.txt").write_text(
            f'"{self.server.user}" "{ADMIN_PASSWORD}"\n', encoding="utf-8"
        )
        config = self.directory / "pgbouncer.ini"
        config.write_text(
            "\n".join(
                [
                    "[databases]",
                    f"* = host={self.server.host} port={self.server.port}",
                    *(
                        f"{alias} = host={self.server.host} port={self.server.port} "
                        f"dbname={database} user={user} pool_size={size}"
                        for alias, (database, user, size) in self.aliases.items()
                    ),
                    "[pgbouncer]",
                    f"listen_addr = {HOST}",
                    f"listen_port = {self.port}",
                    "unix_socket_dir =",
                    "auth_type = scram-sha-256",
                    f"auth_file = {self.directory / 'users.txt'}",
                    f"auth_user = {self.server.user}",
                    "auth_query = SELECT usename, passwd FROM pg_catalog.pg_shadow "
                    "WHERE usename = $1",
                    f"admin_users = {self.server.user}",
                    f"stats_users = {self.server.user}",
                    "pool_mode = transaction",
                    f"default_pool_size = {self.pool_size}",
                    "min_pool_size = 0",
                    "reserve_pool_size = 0",
                    f"max_db_connections = {self.max_db_connections}",
                    "max_client_conn = 10000",
                    "server_lifetime = 3600",
                    f"server_idle_timeout = {self.server_idle_timeout_s}",
                    "ignore_startup_parameters = extra_float_digits,options,statement_timeout",
                    f"logfile = {self.directory / 'pgbouncer.log'}",
                    f"pidfile = {self.directory / 'pgbouncer.pid'}",
                    "log_connections = 0",
                    "log_disconnections = 0",
                    "",
                ]
            ),
            encoding="utf-8",
        )
        return config

    def start(self) -> None:
        binary = pgbouncer_binary()
        if binary is None:
            raise RuntimeError(
                "PgBouncer is not installed: run scripts/install-system-deps.sh as root"
            )
        attempts = 1 if self.port else 3  # a restart keeps its port: the clients know it
        for attempt in range(1, attempts + 1):
            if not self.port or attempt > 1:
                self.port = _free_port()
            config = self._write_config()
            # Popen's user switch: PgBouncer refuses to run as root.
            run_as: dict[str, Any] = {}
            if os.geteuid() == 0:
                import pwd

                pw = pwd.getpwnam("postgres")
                os.chown(self.directory, pw.pw_uid, pw.pw_gid)
                for path in self.directory.iterdir():
                    os.chown(path, pw.pw_uid, pw.pw_gid)
                run_as = {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}
            self._proc = subprocess.Popen(
                [binary, str(config)],
                cwd=self.directory,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
                **run_as,
            )
            if self._wait_ready():
                return
        raise RuntimeError(f"PgBouncer did not start; log:\n{self.log_tail()}")

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        assert self._proc is not None
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                return False
            try:
                with self.admin():
                    return True
            except psycopg.OperationalError:
                time.sleep(0.05)
        return False

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGINT)  # immediate shutdown: clients see their link cut
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)

    def add_alias(self, alias: str, database: str, user: str, pool_size: int) -> None:
        """A database name on the pooler that reaches `database` as `user`, whoever the client
        logged in as (the floor's shared reader); applied with a RELOAD, no restart."""
        self.aliases[alias] = (database, user, pool_size)
        self._write_config()
        with self.admin() as conn:
            conn.execute("RELOAD")

    def restart(self) -> None:
        self.stop()
        self.start()
        self.restarts += 1

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return (self.directory / "pgbouncer.log").read_text(errors="replace")[-chars:]
        except OSError as exc:
            return f"<no log: {exc}>"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def start_pgbouncer(
    server: Upstream,
    *,
    pool_size: int = 20,
    max_db_connections: int = 0,
    server_idle_timeout_s: int = 60,
) -> Iterator[PgBouncer]:
    """A PgBouncer in transaction pooling in front of `server`, stopped and removed after.

    Each agent logs in as themselves, so PgBouncer keeps a pool per agent: `pool_size` caps one
    agent's server connections, `max_db_connections` the whole floor's (an idle connection of
    one agent's pool is closed to serve another), `server_idle_timeout_s` frees idle ones."""
    directory = Path(tempfile.mkdtemp(prefix="softphone-pgbouncer-"))
    bouncer = PgBouncer(
        server,
        directory,
        pool_size=pool_size,
        max_db_connections=max_db_connections,
        server_idle_timeout_s=server_idle_timeout_s,
    )
    try:
        bouncer.start()
        yield bouncer
    finally:
        bouncer.stop()
        shutil.rmtree(directory, ignore_errors=True)
