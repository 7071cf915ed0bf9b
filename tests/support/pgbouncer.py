"""A real PgBouncer (transaction pooling) in front of the test server.

The launcher itself is softphone/bench/pooler.py (`softphone bench floor` starts one too): a
private config, a free loopback port, auth_query so each agent logs in as themselves, `restart()`
on the same port. Here it is started in front of a tests/support/postgres.py server.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from softphone.bench import pooler
from softphone.bench.pooler import PgBouncer, Upstream, pgbouncer_binary
from tests.support.postgres import PostgresServer

__all__ = ["PgBouncer", "pgbouncer_binary", "start_pgbouncer"]


@contextlib.contextmanager
def start_pgbouncer(
    server: PostgresServer, *, pool_size: int = 20, max_db_connections: int = 0
) -> Iterator[PgBouncer]:
    upstream = Upstream(server.host, server.port, server.user)
    with pooler.start_pgbouncer(
        upstream, pool_size=pool_size, max_db_connections=max_db_connections
    ) as bouncer:
        yield bouncer
