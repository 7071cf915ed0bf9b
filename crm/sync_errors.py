"""What a store error means to the sync client: a refusal (set the write aside), a transaction
conflict (retry at once), a timeout or a lost connection (serve from the cache, back off).

This module is stdlib and SQLAlchemy only (the `crm` layer).
"""

from __future__ import annotations

from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
    StatementError,
)

from crm import write_context


def is_refusal(exc: BaseException) -> bool:
    """The store refused this write as it is: retrying cannot help (unlike any other error)."""
    if isinstance(exc, IntegrityError | DataError | ProgrammingError | write_context.WriteRejected):
        return True
    if isinstance(exc, DBAPIError):
        return False  # connection trouble, a read-only standby, a conflict...: retry later
    # A payload the handlers cannot read, or a value a column type refuses before the server.
    return isinstance(exc, StatementError | KeyError | TypeError | ValueError)


def is_transaction_conflict(exc: DBAPIError) -> bool:
    return str(getattr(exc.orig, "sqlstate", "") or "").startswith("40")


def is_timeout(exc: DBAPIError) -> bool:
    return str(getattr(exc.orig, "sqlstate", "") or "") == "57014"  # query_canceled


def is_connection_error(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def reason(exc: BaseException) -> str:
    """The first line of the error, for a log or a status (the server's words when it spoke)."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__
