"""Engines and sessions for the central store, on PostgreSQL or a SQLite file."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

if TYPE_CHECKING:
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.orm import Session, sessionmaker
    from sqlalchemy.pool import ConnectionPoolEntry

# A store that does not answer within this many seconds counts as unreachable; the app then
# works from its cache instead of freezing an agent mid-call.
DEFAULT_CONNECT_TIMEOUT_S = 5
# A desk's pool, not a server's: the sync thread, one reader and the UI's store worker each hold
# at most one connection at a time. Through PgBouncer these are client connections (cheap); the
# server connections are the pooler's, shared by the whole floor.
DESK_POOL_SIZE = 2
DESK_POOL_OVERFLOW = 3
# A pooled connection idle longer than this is checked before use (see _ping_when_idle).
PING_IF_IDLE_S = 10.0


class StoreUrlError(ValueError):
    """The store URL names no backend we support."""


def normalise_url(url: str | URL) -> URL:
    """Accept the URL forms people paste (postgres://, postgresql://) and pick our drivers."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except Exception as exc:  # SQLAlchemy raises ArgumentError with a terse message
        raise StoreUrlError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend in ("postgres", "postgresql"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return parsed.set(drivername="sqlite")
    raise StoreUrlError(f"unsupported store backend {backend!r}: use postgresql:// or sqlite://")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def is_sqlite(url: str | URL) -> bool:
    return normalise_url(url).get_backend_name() == "sqlite"


_LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}


def with_tls_defaults(url: URL) -> URL:
    """A PostgreSQL store across the network is reached over TLS with its certificate and host
    name checked (`sslmode=verify-full` against the system's trusted CAs), unless the URL says
    otherwise. libpq's own default, "prefer", checks nothing and falls back to plain text
    silently. Loopback and Unix-socket connections never leave the machine: left as they are."""
    if url.get_backend_name() != "postgresql" or "sslmode" in url.query:
        return url
    host = url.host or url.query.get("host") or ""
    host = host if isinstance(host, str) else host[-1]
    if host in _LOCAL_HOSTS or host.startswith("/"):
        return url
    query = {"sslmode": "verify-full"}
    if "sslrootcert" not in url.query:
        query["sslrootcert"] = "system"  # the operating system's CAs (libpq 16 and later)
    return url.update_query_dict(query)


# PostgreSQL's SQLSTATEs that say the server is away or cannot take this connection now:
# class 08 (connection exception), and the server shutting down, crashed or starting up
# (57P01-57P03), or full (53300). Deadlocks, timeouts and refused logins are not among them.
_AWAY_SQLSTATES = ("57P01", "57P02", "57P03", "53300")
# SQLite's: the file cannot be opened, or another writer holds it too long.
_SQLITE_AWAY = ("unable to open database file", "database is locked", "disk i/o error")


def connection_trouble(exc: BaseException) -> bool:
    """Whether `exc` says the store could not be reached or used just now (refused, dropped,
    timed out, no pooled connection free in time, shutting down), not that a statement or
    the schema was wrong: worth "try again shortly", not "this is a bug"."""
    if isinstance(exc, PoolTimeout | DisconnectionError):
        return True
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if sqlstate:  # the server answered, with a reason
        return str(sqlstate).startswith("08") or sqlstate in _AWAY_SQLSTATES
    if exc.orig is not None and type(exc.orig).__module__.startswith("sqlite3"):
        return str(exc.orig).lower().startswith(_SQLITE_AWAY)
    return True  # no answer at all: refused, reset, closed (psycopg gives no SQLSTATE)


def make_engine(
    url: str | URL,
    *,
    connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S,
    password: str | None = None,
    **kwargs: Any,
) -> Engine:
    """An engine with the settings each backend needs.

    The password comes from the caller (the keyring, in the app), never from a settings file,
    so it is set on the URL object here rather than written into a URL string anywhere.
    """
    parsed = with_tls_defaults(normalise_url(url))
    if password is not None:
        parsed = parsed.set(password=password)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            parsed,
            connect_args={"timeout": connect_timeout_s, "check_same_thread": False},
            **kwargs,
        )
        event.listen(engine, "connect", _configure_sqlite_connection)
        return engine
    ping_idle = kwargs.pop("pool_pre_ping", True)
    engine = create_engine(
        parsed,
        connect_args={
            "connect_timeout": max(1, round(connect_timeout_s)),
            # A dead link must fail a query within seconds, not after the kernel's TCP
            # timeouts (minutes): the app then works from its cache and says it is offline.
            "keepalives": 1,
            "keepalives_idle": 5,
            "keepalives_interval": 2,
            "keepalives_count": 2,
            "tcp_user_timeout": 10_000,
            # No server-side prepared statements: through PgBouncer in transaction pooling the
            # next statement may run on another server connection, which never saw the PREPARE
            # (PgBouncer 1.18, Debian 12's, cannot carry them). Nothing else here is session
            # state either: timeouts are SET LOCAL, advisory locks are transaction-scoped.
            "prepare_threshold": None,
        },
        **{
            "pool_size": DESK_POOL_SIZE,
            "max_overflow": DESK_POOL_OVERFLOW,
            **kwargs,
        },
    )
    if ping_idle:
        _ping_when_idle(engine)
    _keep_long_statements_parsed()
    return engine


# psycopg turns a statement's `%(name)s` placeholders into PostgreSQL's `$n` with a regular
# expression, and keeps the result only for statements of at most 4,096 characters and 50
# parameters. The store's set-wise writes (a batch of portal bookings: its requests, tickets,
# notes and idempotency keys, one multi-row statement each) and the staffing query exceed that,
# so they were parsed again on every batch: `softphone bench portal --writer` measured 18.7 to
# 19.2 ms of CPU per batch of 25 before, 14.0 to 14.2 after. Their texts repeat (one per batch
# size), so they are kept like the others, in psycopg's own cache of 128 statements.
KEPT_STATEMENT_LENGTH = 65_536
KEPT_STATEMENT_PARAMS = 4_096


def _keep_long_statements_parsed() -> None:
    """Raise psycopg's limits for keeping a statement's parsed form (a module setting of its
    own, not public: left alone if a later psycopg no longer has it)."""
    try:
        from psycopg import _queries
    except ImportError:
        return
    for name, value in (
        ("MAX_CACHED_STATEMENT_LENGTH", KEPT_STATEMENT_LENGTH),
        ("MAX_CACHED_STATEMENT_PARAMS", KEPT_STATEMENT_PARAMS),
    ):
        if isinstance(getattr(_queries, name, None), int):
            setattr(_queries, name, max(getattr(_queries, name), value))


def _ping_when_idle(engine: Engine) -> None:
    """Check a pooled connection before use only if it sat idle longer than PING_IF_IDLE_S.

    SQLAlchemy's pool_pre_ping pings on every checkout: one more round trip through the pooler
    for each feed poll, every half second on every desk of a floor, on a connection used a
    moment ago. A connection that idled (a restarted pooler or server may have dropped it) is
    pinged, and replaced if dead, as pool_pre_ping would; a recently used one that died anyway
    fails its statement, and the callers retry (crm.sync's loop, crm.read_routing)."""
    pool = engine.pool

    @event.listens_for(pool, "checkin")
    def _checked_in(_dbapi: object, record: ConnectionPoolEntry) -> None:
        if record is not None:
            record.info["idle_since"] = time.monotonic()

    @event.listens_for(pool, "checkout")
    def _checked_out(dbapi: DBAPIConnection, record: ConnectionPoolEntry, _proxy: object) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < PING_IF_IDLE_S:
            return  # new, or used a moment ago
        try:
            engine.dialect.do_ping(dbapi)
        except Exception as exc:  # the pool replaces it and tries again
            raise DisconnectionError("the pooled connection is dead") from exc


def libpq_conninfo(url: URL) -> str | None:
    """The libpq connection string of a PostgreSQL URL (with its password), else None."""
    if url.get_backend_name() != "postgresql":
        return None
    from psycopg.conninfo import make_conninfo

    params = {
        "host": url.host or url.query.get("host"),
        "port": url.port,
        "dbname": url.database,
        "user": url.username,
        "password": url.password,
        "connect_timeout": 3,
        "keepalives_idle": 5,
        "keepalives_interval": 2,
        "keepalives_count": 2,
    }
    # TLS and other libpq settings given in the URL's query apply to this connection too.
    for name, value in url.query.items():
        if name != "host":
            params[name] = value if isinstance(value, str) else value[-1]
    return make_conninfo("", **{k: v for k, v in params.items() if v not in (None, "")})


def _configure_sqlite_connection(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # Foreign keys are off by default in SQLite; WAL lets readers run beside the writer.
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that writes: on SQLite the write lock is taken at BEGIN (IMMEDIATE), so
    two writers cannot both read a row as free (a callback claim), savepoints nest inside a real
    transaction, and no read-to-write upgrade deadlocks. The caller commits; anything not
    committed is rolled back."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """ORM sessions, for seeding and tests; the app's own reads and writes use Core."""
    from sqlalchemy.orm import sessionmaker

    # expire_on_commit=False: a caller that reads an attribute after commit should not trigger
    # a lazy reload on another thread.
    return sessionmaker(engine, expire_on_commit=False)
