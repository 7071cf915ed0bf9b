"""A throwaway primary with a streaming hot standby on loopback, for the read-replica tests.

The primary is a private cluster (tests/support/postgres.py's throwaway: trust auth, whose
pg_hba.conf also lets loopback replication connections in); the standby is made from it with
`pg_basebackup -R` (which writes `primary_conninfo` and `standby.signal`) and started on its own
free port. Both are slow to make, so the fixtures that use this are module-scoped.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg.conninfo import make_conninfo

from tests.support import process
from tests.support.postgres import (
    DEFAULT_HOST,
    DEFAULT_USER,
    PostgresServer,
    _base_tmpdir,
    _run,
    _RunAs,
    _start_postmaster,
    _stop_postmaster,
    find_postgres_bindir,
    start_throwaway_cluster,
)


@dataclass
class Standby:
    primary: PostgresServer
    port: int
    data_dir: Path
    _bindir: Path
    _tmp: Path
    _run_as: _RunAs
    _proc: subprocess.Popen[bytes] | None = None

    def conninfo(self, dbname: str = "postgres") -> str:
        return make_conninfo(host=DEFAULT_HOST, port=self.port, user=DEFAULT_USER, dbname=dbname)

    def url(self, primary_url: str) -> str:
        """A SQLAlchemy URL like the primary's, pointed at the standby."""
        from sqlalchemy.engine import make_url

        return make_url(primary_url).set(host=DEFAULT_HOST, port=self.port).render_as_string(False)

    def execute(self, sql: str) -> object:
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            row = conn.execute(sql).fetchone()
            return row[0] if row else None

    def wait_caught_up(self, timeout_s: float = 30.0) -> None:
        """Until the standby has replayed everything the primary has written so far."""
        with psycopg.connect(self.primary.admin_conninfo, autocommit=True) as primary:
            row = primary.execute("SELECT pg_current_wal_lsn()").fetchone()
        target = row[0] if row else None
        deadline = time.monotonic() + timeout_s
        with psycopg.connect(self.conninfo(), autocommit=True) as standby:
            while True:
                done = standby.execute(
                    "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (target,)
                ).fetchone()
                if done and done[0]:
                    return
                if time.monotonic() > deadline:
                    raise AssertionError("the standby did not catch up")
                time.sleep(0.05)

    def wait_logins(self, conninfos: list[str], timeout_s: float = 30.0) -> None:
        """Until each of these logins (libpq connection strings for this standby) can sign in.
        Measured here:
        a role created on the primary refused sign-in on the standby for up to 0.2 s after
        wait_caught_up() had returned, which made the first read fall back to the primary."""
        deadline = time.monotonic() + timeout_s
        for conninfo in conninfos:
            while True:
                try:
                    psycopg.connect(conninfo, connect_timeout=2).close()
                    break
                except psycopg.OperationalError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def stop(self) -> None:
        if self._proc is not None:
            _stop_postmaster(self._proc, self._bindir, self.data_dir, self._tmp, self._run_as)
            self._proc = None


@contextlib.contextmanager
def start_primary_and_standby() -> Iterator[tuple[PostgresServer, Standby]]:
    """A private primary and its hot standby (streaming on loopback), removed afterwards."""
    bindir = find_postgres_bindir()
    run_as = _RunAs.for_current_process()
    with start_throwaway_cluster(bindir=bindir) as primary:
        tmp = Path(tempfile.mkdtemp(prefix="softphone-standby-", dir=_base_tmpdir(run_as)))
        if run_as.uid is not None:
            import os

            os.chown(tmp, run_as.uid, run_as.gid)  # type: ignore[arg-type]
        data_dir = tmp / "data"
        standby = Standby(primary, 0, data_dir, bindir, tmp, run_as)
        try:
            _run(
                [
                    str(bindir / "pg_basebackup"),
                    "-h", DEFAULT_HOST, "-p", str(primary.port), "-U", DEFAULT_USER,
                    "-D", str(data_dir), "-R", "-X", "stream", "--no-sync",
                ],
                run_as,
                cwd=tmp,
            )  # fmt: skip
            proc, port = _start_postmaster(bindir, data_dir, tmp, tmp / "standby.log", run_as, 30)
            standby._proc, standby.port = proc, port
            process.wait_for(
                lambda: standby.execute("SELECT pg_is_in_recovery()") is True,
                30,
                "the standby to be in recovery",
                interval=0.05,
            )
            yield primary, standby
        finally:
            standby.stop()
            shutil.rmtree(tmp, ignore_errors=True)
