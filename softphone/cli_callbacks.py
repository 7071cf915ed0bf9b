"""`softphone callbacks`: book callbacks from a web-form export, take in a portal's bookings.

    softphone callbacks import FILE [--url URL] [--format json|csv] [--region IT]
                                    [--source import|web_form] [--dry-run] [--as LOGIN]
    softphone callbacks ingest [--url URL] [--as LOGIN]

`import` prints a JSON report and exits 0 when every row went in (or was in already), 1 when
rows were rejected (nothing is imported then; the problems go to standard error, one per line,
with their line numbers), 2 on bad usage: an unreadable file, a bad URL, a store that is not
migrated. `ingest` takes the new rows of `callback_bookings` into the queue once and prints how
many were queued and rejected.

Only argparse and the standard library at the top: `softphone --help` builds this parser.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
from pathlib import Path
from typing import Any

_PROG = "softphone callbacks"


def add_parser(commands: Any) -> None:
    """Add `callbacks import` and `callbacks ingest` to the `softphone` command's subparsers."""
    callbacks = commands.add_parser(
        "callbacks",
        help="book callbacks from a web-form export; take in a portal's bookings",
        description="Book callbacks from a web-form export (JSON or CSV) or take in the "
        "bookings a web portal wrote into the callback_bookings table.",
    )
    actions = callbacks.add_subparsers(dest="callbacks_command", metavar="ACTION", required=True)
    url_help = (
        "store URL (default: the embedded SQLite store); a PostgreSQL password comes from "
        "PGPASSWORD or ~/.pgpass, never from the command line"
    )
    imp = actions.add_parser(
        "import",
        help="import a JSON or CSV file of bookings: all rows or none",
        description="Import callback bookings from a JSON (array or JSON Lines) or CSV file. "
        "If any row is invalid nothing is imported and every problem is listed with its line. "
        "Importing the same file again changes nothing.",
    )
    imp.add_argument("file", type=Path, metavar="FILE", help="the export: .json, .jsonl or .csv")
    imp.add_argument("--url", help=url_help)
    imp.add_argument(
        "--format", choices=("json", "csv"), help="the file's format (default: from its name)"
    )
    imp.add_argument(
        "--region",
        default="IT",
        help="country of numbers written without a country code (default: IT)",
    )
    imp.add_argument(
        "--source",
        choices=("import", "web_form"),
        default="import",
        help="what the requests are recorded as coming from (default: import)",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="check and count everything, then roll back"
    )
    imp.add_argument("--as", dest="actor", metavar="LOGIN", help="the agent doing the import")
    ingest = actions.add_parser(
        "ingest",
        help="take the portal's new bookings (callback_bookings) into the queue, once",
        description="Take the rows a web portal inserted into callback_bookings into the "
        "callback queue; bad rows are marked rejected with the reason.",
    )
    ingest.add_argument("--url", help=url_help)
    ingest.add_argument("--as", dest="actor", metavar="LOGIN", help="the agent taking them in")


def run(args: argparse.Namespace, paths: Any) -> int:
    """Run `softphone callbacks ...`; returns the exit code."""
    engine = _open_store(args.url, paths.embedded_store)
    if isinstance(engine, int):
        return engine
    from sqlalchemy.exc import SQLAlchemyError

    try:
        if args.callbacks_command == "import":
            return _import(args, engine)
        return _ingest(args, engine)
    except SQLAlchemyError as exc:
        print(f"{_PROG}: the store failed: {_first_line(exc)}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()


def _open_store(url: str | None, embedded: Path) -> Any:
    """A migrated store's engine, or the exit code after saying what is wrong."""
    from sqlalchemy.exc import SQLAlchemyError

    from crm.db import StoreUrlError, make_engine, normalise_url
    from crm.migrate import current_revision, head_revision

    url = url or f"sqlite:///{embedded}"
    try:
        parsed = normalise_url(url)
    except StoreUrlError as exc:
        print(f"{_PROG}: {exc}", file=sys.stderr)
        return 2
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not Path(database).expanduser().exists():
            # Connecting would create an empty file: say what to do instead.
            print(
                f"{_PROG}: there is no store at {database}: run softphone db upgrade first",
                file=sys.stderr,
            )
            return 2
    engine = make_engine(parsed)
    try:
        revision = current_revision(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        print(f"{_PROG}: the store failed: {_first_line(exc)}", file=sys.stderr)
        return 1
    if revision != head_revision():
        engine.dispose()
        state = "has no schema" if revision is None else f"is at revision {revision}"
        print(
            f"{_PROG}: the store {state}, this softphone needs {head_revision()}: "
            "run softphone db upgrade first",
            file=sys.stderr,
        )
        return 2
    return engine


def _client_id(what: str) -> str:
    return f"cli-{what}@{socket.gethostname()}"[:64]


def _import(args: argparse.Namespace, engine: Any) -> int:
    from crm.booking_import.ingest import ImportFileError, import_bookings

    try:
        report = import_bookings(
            engine,
            args.file,
            actor_login=args.actor,
            client_id=_client_id("import"),
            default_region=args.region,
            dry_run=args.dry_run,
            source=args.source,
            fmt=args.format,
        )
    except (ImportFileError, ValueError) as exc:
        print(f"{_PROG} import: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    for problem in report.problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    return 0 if report.ok else 1


def _ingest(args: argparse.Namespace, engine: Any) -> int:
    from crm.booking_import.ingest import ingest_bookings
    from crm.db import write_transaction

    with write_transaction(engine) as conn:
        queued, rejected = ingest_bookings(
            conn, client_id=_client_id("ingest"), actor_login=args.actor
        )
        conn.commit()
    print(json.dumps({"queued": queued, "rejected": rejected}))
    return 0


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
