"""Locate or start a real PostgreSQL server for the test suite.

The application's persistence layer relies on PostgreSQL behaviour (types, locking,
transactional DDL) that SQLite or mocks cannot reproduce, so integration tests talk to a
real server.  Resolution order, see :func:`find_or_start_server`:

1. ``SOFTPHONE_TEST_PG`` - an explicit libpq URL; wins so CI/developers stay in control.
2. ``127.0.0.1:5432`` as user ``postgres`` - the usual local development server.
3. A throwaway cluster in a temporary directory, so tests also run where no server
   is running (only the PostgreSQL binaries are needed).

Each test gets its own database from :func:`temp_database`, so tests never see each
other's data and leave nothing behind on a shared server.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import pwd
import re
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from tests.support import process
from tests.support.process import free_port

__all__ = [
    "ENV_VAR",
    "PostgresServer",
    "find_or_start_server",
    "find_postgres_bindir",
    "start_throwaway_cluster",
    "temp_database",
]

log = logging.getLogger(__name__)

ENV_VAR = "SOFTPHONE_TEST_PG"
"""Environment variable holding a libpq URL of a server to use instead of probing."""

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5432
DEFAULT_USER = "postgres"
PROBE_TIMEOUT_S = 2
"""Short, so a machine without a local server falls through to the throwaway quickly."""
STARTUP_TIMEOUT_S = 30.0
"""Upper bound for a throwaway cluster to accept connections (polled, not slept)."""
ADMIN_CONNECT_TIMEOUT_S = 10

PG_BINDIR_GLOB = "/usr/lib/postgresql/*/bin"
"""Where Debian/Ubuntu install versioned server binaries (not on ``PATH``)."""
_REQUIRED_BINARIES = ("initdb", "pg_ctl", "postgres")
_MAX_IDENTIFIER_LEN = 63  # NAMEDATALEN - 1
_MAX_SOCKET_DIR_LEN = 80  # unix socket paths are limited to ~107 bytes incl. file name
_PORT_IN_USE_MARKERS = ("Address already in use", "could not create any TCP/IP sockets")


@dataclass(frozen=True)
class PostgresServer:
    """Connection facts for a running server the tests may create databases on.

    ``admin_conninfo`` connects to the ``postgres`` maintenance database as a role
    allowed to create and drop databases; tests should not use it for their own data
    but call :meth:`conninfo` / :meth:`sqlalchemy_url` with a :func:`temp_database`.
    """

    admin_conninfo: str
    host: str
    port: int
    user: str
    password: str | None = None
    data_dir: Path | None = None
    """Cluster directory when this is a throwaway cluster we own, else ``None``."""

    def conninfo(self, dbname: str) -> str:
        """Return a libpq key/value string like ``admin_conninfo`` but for ``dbname``."""
        return make_conninfo(self.admin_conninfo, dbname=dbname)

    def sqlalchemy_url(self, dbname: str) -> str:
        """Return ``postgresql+psycopg://user@host:port/dbname`` for SQLAlchemy.

        Components are percent-quoted so unusual names cannot break the URL; a unix
        socket directory is passed as the ``host`` query parameter as libpq expects.
        """
        auth = quote(self.user, safe="")
        if self.password:
            auth += ":" + quote(self.password, safe="")
        db = quote(dbname, safe="")
        if self.host.startswith("/"):
            return f"postgresql+psycopg://{auth}@:{self.port}/{db}?host={quote(self.host)}"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql+psycopg://{auth}@{host}:{self.port}/{db}"


# --------------------------------------------------------------------------- discovery


@contextlib.contextmanager
def find_or_start_server() -> Iterator[PostgresServer]:
    """Yield a usable server: ``$SOFTPHONE_TEST_PG``, then local 5432, then a throwaway.

    An explicitly configured but unreachable ``SOFTPHONE_TEST_PG`` is an error rather
    than a silent fallback, so a CI misconfiguration cannot go unnoticed.
    """
    env_url = os.environ.get(ENV_VAR, "").strip()
    if env_url:
        yield _server_from_env(env_url)
        return

    local = _probe_local_server()
    if local is not None:
        yield local
        return

    log.info("no PostgreSQL on %s:%s; starting a throwaway cluster", DEFAULT_HOST, DEFAULT_PORT)
    with start_throwaway_cluster() as server:
        yield server


def _server_from_env(url: str) -> PostgresServer:
    """Build a server from an explicit URL, failing loudly if it does not work."""
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise RuntimeError(f"{ENV_VAR} is not a valid libpq conninfo/URL: {exc}") from exc
    extra: dict[str, object] = {}
    if not params.get("dbname"):
        extra["dbname"] = "postgres"  # libpq would otherwise default to the user name
    if not params.get("connect_timeout"):
        extra["connect_timeout"] = ADMIN_CONNECT_TIMEOUT_S
    admin = make_conninfo(url, **extra)
    try:
        return _describe(admin)
    except psycopg.Error as exc:
        raise RuntimeError(f"cannot connect to PostgreSQL given by {ENV_VAR}: {exc}") from exc


def _probe_local_server() -> PostgresServer | None:
    """Return the conventional local server if it answers within a couple of seconds."""
    admin = make_conninfo(
        host=DEFAULT_HOST,
        port=DEFAULT_PORT,
        user=DEFAULT_USER,
        dbname="postgres",
        connect_timeout=PROBE_TIMEOUT_S,
    )
    try:
        return _describe(admin)
    except psycopg.Error as exc:
        log.info("local PostgreSQL probe failed: %s", exc)
        return None


def _describe(admin_conninfo: str, data_dir: Path | None = None) -> PostgresServer:
    """Connect once and record where we actually ended up (libpq resolves defaults)."""
    with psycopg.connect(admin_conninfo, autocommit=True) as conn:
        info = conn.info
        return PostgresServer(
            admin_conninfo=admin_conninfo,
            host=info.host,
            port=info.port,
            user=info.user,
            password=info.password or None,
            data_dir=data_dir,
        )


# ------------------------------------------------------------------- temporary databases


@contextlib.contextmanager
def temp_database(server: PostgresServer, prefix: str = "softphone_test") -> Iterator[str]:
    """Create a uniquely named database, yield its name, and always drop it afterwards.

    Other sessions on it (e.g. a connection pool the test forgot to dispose) are
    terminated first, because PostgreSQL refuses to drop a database that is in use.
    """
    name = f"{prefix}_{secrets.token_hex(6)}"
    if len(name.encode()) > _MAX_IDENTIFIER_LEN:
        raise ValueError(f"database name prefix too long for PostgreSQL: {prefix!r}")

    with _admin_connect(server) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    body_failed = False
    try:
        yield name
    except BaseException:
        body_failed = True
        raise
    finally:
        try:
            _drop_database(server, name)
        except Exception:
            if not body_failed:
                raise
            # Do not mask the test's own failure with a cleanup failure.
            log.exception("failed to drop temporary database %s", name)


def _admin_connect(server: PostgresServer) -> psycopg.Connection:
    """Autocommit connection, as CREATE/DROP DATABASE cannot run in a transaction."""
    params = conninfo_to_dict(server.admin_conninfo)
    extra = {} if params.get("connect_timeout") else {"connect_timeout": ADMIN_CONNECT_TIMEOUT_S}
    return psycopg.connect(server.admin_conninfo, autocommit=True, **extra)


def _drop_database(server: PostgresServer, name: str, attempts: int = 5) -> None:
    """Terminate sessions on ``name`` and drop it; retries cover reconnect races."""
    ident = sql.Identifier(name)
    with _admin_connect(server) as conn:
        force = conn.info.server_version >= 130000  # WITH (FORCE) exists since PG 13
        drop = sql.SQL("DROP DATABASE IF EXISTS {}" + (" WITH (FORCE)" if force else ""))
        for attempt in range(1, attempts + 1):
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            try:
                conn.execute(drop.format(ident))
                return
            except psycopg.errors.ObjectInUse:
                if attempt == attempts:
                    raise
                time.sleep(0.2 * attempt)


# ------------------------------------------------------------------- throwaway cluster


def find_postgres_bindir(search_glob: str | None = None) -> Path:
    """Return the directory with ``initdb``/``pg_ctl``/``postgres``, newest version first.

    Debian keeps server binaries in versioned directories off ``PATH``; other systems
    (Homebrew, Fedora) put them on ``PATH``, which is the fallback.
    """
    pattern = search_glob or PG_BINDIR_GLOB
    candidates = sorted(
        (Path(p) for p in glob.glob(pattern) if os.path.isdir(p)),
        key=lambda p: _version_key(p.parent.name),
        reverse=True,
    )
    for bindir in candidates:
        if all(os.access(bindir / b, os.X_OK) for b in _REQUIRED_BINARIES):
            return bindir
    on_path = [shutil.which(b) for b in _REQUIRED_BINARIES]
    if all(on_path):
        return Path(on_path[0]).resolve().parent  # type: ignore[arg-type]
    raise RuntimeError(
        "No PostgreSQL server binaries (initdb, pg_ctl, postgres) found under "
        f"{pattern} or on PATH, and no server is reachable. Install them, e.g. on "
        "Debian/Ubuntu: `apt-get install postgresql`, or point "
        f"{ENV_VAR} at a server (postgresql://postgres@127.0.0.1:5432/postgres)."
    )


def _version_key(name: str) -> tuple[int, ...]:
    """Sort ``9.6`` < ``15`` < ``16`` numerically; unparsable names sort last."""
    parts = re.findall(r"\d+", name)
    return tuple(int(p) for p in parts) if parts else (-1,)


@dataclass(frozen=True)
class _RunAs:
    """Identity to run server binaries as; ``initdb``/``postgres`` refuse to run as root."""

    uid: int | None = None
    gid: int | None = None

    @classmethod
    def for_current_process(cls) -> _RunAs:
        if os.geteuid() != 0:
            return cls()
        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            raise RuntimeError(
                "Running as root, but PostgreSQL refuses to run as root and there is no "
                "`postgres` system user to run it as. Install the Debian package "
                "`postgresql` (it creates that user) or run the tests as a normal user."
            ) from None
        return cls(uid=pw.pw_uid, gid=pw.pw_gid)

    def popen_kwargs(self) -> dict[str, object]:
        """Drop privileges in the child (like ``setpriv``), without external tools."""
        if self.uid is None:
            return {}
        return {"user": self.uid, "group": self.gid, "extra_groups": []}


def _base_tmpdir(run_as: _RunAs) -> str | None:
    """Pick a parent dir the server user can traverse and short enough for sockets."""
    base = tempfile.gettempdir()
    ok = len(base) <= _MAX_SOCKET_DIR_LEN - 30
    if ok and run_as.uid is not None:
        # Every ancestor must be searchable by the unprivileged server user.
        ok = all(os.stat(p).st_mode & 0o001 for p in [base, *map(str, Path(base).parents)])
    return None if ok else "/tmp"


def _child_env() -> dict[str, str]:
    """Environment without PG* overrides and with English messages for log matching."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(LC_ALL="C", LANG="C")
    return env


@contextlib.contextmanager
def start_throwaway_cluster(
    *,
    bindir: Path | None = None,
    startup_timeout: float = STARTUP_TIMEOUT_S,
    passwords_over_tcp: bool = False,
) -> Iterator[PostgresServer]:
    """Create, start and finally destroy a private cluster in a temporary directory.

    It listens only on 127.0.0.1 (free port) plus a socket in its own directory, uses
    trust auth and ``fsync=off`` because the data is disposable, and is stopped with
    ``pg_ctl stop -m immediate`` and deleted even if the body raises.

    ``passwords_over_tcp``: logins over 127.0.0.1 must give their password (scram-sha-256),
    as on a real server; the admin connects through the socket, still trusted.
    """
    bindir = bindir or find_postgres_bindir()
    run_as = _RunAs.for_current_process()
    tmp = Path(tempfile.mkdtemp(prefix="softphone-pg-", dir=_base_tmpdir(run_as)))
    data_dir = tmp / "data"
    log_path = tmp / "postgres.log"
    proc: subprocess.Popen[bytes] | None = None
    try:
        if run_as.uid is not None:
            os.chown(tmp, run_as.uid, run_as.gid)  # type: ignore[arg-type]
        _run(
            [
                str(bindir / "initdb"),
                "-D",
                str(data_dir),
                "-U",
                DEFAULT_USER,
                *(
                    ["--auth-local=trust", "--auth-host=scram-sha-256"]
                    if passwords_over_tcp
                    else ["--auth=trust"]
                ),
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            run_as,
            cwd=tmp,
        )
        proc, port = _start_postmaster(bindir, data_dir, tmp, log_path, run_as, startup_timeout)
        admin_host = str(tmp) if passwords_over_tcp else DEFAULT_HOST
        admin = make_conninfo(host=admin_host, port=port, user=DEFAULT_USER, dbname="postgres")
        yield PostgresServer(
            admin_conninfo=admin,
            host=admin_host,
            port=port,
            user=DEFAULT_USER,
            data_dir=data_dir,
        )
    finally:
        if proc is not None:
            _stop_postmaster(proc, bindir, data_dir, tmp, run_as)
        shutil.rmtree(tmp, ignore_errors=True)
        if tmp.exists():
            log.warning("could not fully remove throwaway cluster directory %s", tmp)


def _run(cmd: list[str], run_as: _RunAs, cwd: Path) -> None:
    """Run a server tool, turning failure into an error that shows its output."""
    res = subprocess.run(
        cmd,
        cwd=cwd,
        env=_child_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        **run_as.popen_kwargs(),  # type: ignore[arg-type]
    )
    if res.returncode != 0:
        raise RuntimeError(
            f"{Path(cmd[0]).name} failed with exit code {res.returncode}:\n"
            f"{res.stdout}\n{res.stderr}"
        )


def _start_postmaster(
    bindir: Path,
    data_dir: Path,
    socket_dir: Path,
    log_path: Path,
    run_as: _RunAs,
    startup_timeout: float,
    attempts: int = 3,
) -> tuple[subprocess.Popen[bytes], int]:
    """Start ``postgres`` in the foreground (so we can see it die) and wait until ready."""
    for attempt in range(1, attempts + 1):
        port = free_port(udp=False)
        settings: Mapping[str, str] = {
            "listen_addresses": DEFAULT_HOST,
            "port": str(port),
            "unix_socket_directories": str(socket_dir),
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        cmd = [str(bindir / "postgres"), "-D", str(data_dir)]
        for key, value in settings.items():
            cmd += ["-c", f"{key}={value}"]
        with open(log_path, "ab") as log_file:
            proc = process.start(
                cmd, stdout=log_file, cwd=socket_dir, env=_child_env(), **run_as.popen_kwargs()
            )
        try:
            _wait_ready(proc, port, data_dir, startup_timeout)
            return proc, port
        except process.ChildExitedError:
            log_text = _tail(log_path)
            if attempt < attempts and any(m in log_text for m in _PORT_IN_USE_MARKERS):
                log.info("port %s was taken, retrying with another one", port)
                continue
            raise RuntimeError(
                f"throwaway PostgreSQL exited during startup (code {proc.returncode}); "
                f"log {log_path}:\n{log_text}"
            ) from None
        except BaseException:
            process.kill(proc)
            raise
    raise AssertionError("unreachable")  # pragma: no cover


def _wait_ready(proc: subprocess.Popen[bytes], port: int, data_dir: Path, timeout: float) -> None:
    """Poll connections until the server answers, it dies, or the deadline passes.

    The ``data_directory`` check ensures we reached *our* cluster, not another server
    that grabbed the same port in the meantime.
    """
    # Through the cluster's own socket (beside its data directory): trusted even in a cluster
    # that wants passwords over TCP.
    conninfo = make_conninfo(
        host=str(data_dir.parent),
        port=port,
        user=DEFAULT_USER,
        dbname="postgres",
        connect_timeout=2,
    )
    last_error: list[Exception] = [RuntimeError("no answer yet")]

    def ours_answers() -> bool:
        try:
            with psycopg.connect(conninfo) as conn:
                row = conn.execute("SHOW data_directory").fetchone()
        except psycopg.OperationalError as exc:
            last_error[:] = [exc]
            return False
        if row is not None and Path(row[0]).resolve() == data_dir.resolve():
            return True
        last_error[:] = [RuntimeError(f"port {port} is served by another cluster ({row})")]
        return False

    try:
        process.wait_ready(proc, ours_answers, timeout, "throwaway PostgreSQL")
    except TimeoutError:
        raise RuntimeError(
            f"throwaway PostgreSQL not ready within {timeout:.0f}s: {last_error[0]}"
        ) from None


def _stop_postmaster(
    proc: subprocess.Popen[bytes],
    bindir: Path,
    data_dir: Path,
    cwd: Path,
    run_as: _RunAs,
) -> None:
    """Stop immediately (data is disposable); escalate to SIGKILL if that fails."""
    if proc.poll() is None:
        try:
            _run(
                [str(bindir / "pg_ctl"), "stop", "-D", str(data_dir), "-m", "immediate", "-w"],
                run_as,
                cwd=cwd,
            )
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            log.warning("pg_ctl stop failed, killing postmaster: %s", exc)
    process.wait_or_kill(proc, timeout=10)


def _tail(path: Path, max_chars: int = 4000) -> str:
    """Last part of the server log, for error messages."""
    try:
        return path.read_text(errors="replace")[-max_chars:]
    except OSError as exc:
        return f"<log unavailable: {exc}>"
