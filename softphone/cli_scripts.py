"""`softphone scripts`: list, export and publish call scripts.

    softphone scripts list [--url URL]
    softphone scripts export KEY --language LANG [--url URL]      the latest version, as JSON
    softphone scripts publish FILE [--url URL] [--as LOGIN]        a new version from JSON

A script file is {"key", "language", "name", "topic", "steps"} (what `export` prints, whose
"version" `publish` ignores: it always adds max + 1). On PostgreSQL the grants decide who may
publish (supervisors); the embedded SQLite store has no users, so `--as` only says who did.

Top-level imports are stdlib only: the CLI's other commands must not pay for SQLAlchemy.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_parser(commands: Any) -> None:
    scripts = commands.add_parser(
        "scripts",
        help="list, export and publish call scripts",
        description="List, export and publish the call scripts agents follow on callbacks.",
    )
    actions = scripts.add_subparsers(dest="scripts_command", metavar="ACTION", required=True)
    url_help = (
        "store URL (default: the embedded SQLite store); a PostgreSQL password comes from "
        "PGPASSWORD or ~/.pgpass, never from the command line"
    )
    listing = actions.add_parser("list", help="the latest version of every script and language")
    listing.add_argument("--url", help=url_help)
    export = actions.add_parser("export", help="print the latest version of a script as JSON")
    export.add_argument("key", help="the script's key, e.g. pension_payment_callback")
    export.add_argument("--language", required=True, help="language of the script, e.g. it")
    export.add_argument("--url", help=url_help)
    publish = actions.add_parser(
        "publish", help="publish a new version from a JSON file (supervisors only)"
    )
    publish.add_argument("file", type=Path, help="JSON: {key, language, name, topic, steps}")
    publish.add_argument("--url", help=url_help)
    publish.add_argument(
        "--as",
        dest="as_login",
        metavar="LOGIN",
        help="the agent publishing (default on PostgreSQL: the URL's user, if an agent)",
    )


def run(args: argparse.Namespace, paths: Any) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from crm.db import StoreUrlError, make_engine

    url = args.url or f"sqlite:///{paths.embedded_store}"
    try:
        engine = make_engine(url)
    except StoreUrlError as exc:
        return _fail(str(exc), 2)
    try:
        if args.scripts_command == "list":
            return _list(engine)
        if args.scripts_command == "export":
            return _export(engine, args.key, args.language)
        return _publish(engine, args.file, args.as_login)
    except SQLAlchemyError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
        return _fail(
            f"the store failed: {first_line} (a new store needs `softphone db upgrade`)", 1
        )
    finally:
        engine.dispose()


def _fail(message: str, code: int) -> int:
    print(f"softphone scripts: {message}", file=sys.stderr)
    return code


def _list(engine: Any) -> int:
    from crm.script_store import list_latest

    with engine.connect() as conn:
        scripts = list_latest(conn)
    if not scripts:
        print("no call scripts in the store")
        return 0
    rows = [("KEY", "LANG", "VERSION", "TOPIC", "STEPS", "NAME")] + [
        (s.key, s.language, str(s.version), s.topic_code or "-", str(len(s.steps)), s.name)
        for s in scripts
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return 0


def _export(engine: Any, key: str, language: str) -> int:
    from crm.script_store import latest_by_key

    with engine.connect() as conn:
        script = latest_by_key(conn, key, language)
    if script is None:
        return _fail(f"no active script {key!r} in language {language!r}", 1)
    print(json.dumps(script.as_document(), ensure_ascii=False, indent=2))
    return 0


def _publish(engine: Any, file: Path, as_login: str | None) -> int:
    from sqlalchemy import select

    from crm import schema
    from crm.call_scripts import ScriptError
    from crm.script_store import PublishNotAllowed, publish_script

    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return _fail(f"cannot read {file}: {exc}", 2)
    if not isinstance(document, dict):
        return _fail(f"{file}: expected a JSON object with key, language, name, topic, steps", 2)
    absent = [field for field in ("key", "language", "name", "steps") if field not in document]
    if absent:
        return _fail(f"{file}: missing {', '.join(absent)}", 2)
    try:
        with engine.begin() as conn:
            actor = as_login
            if actor is None and engine.dialect.name == "postgresql":
                user = engine.url.username
                agents = schema.agents
                if user and conn.scalar(select(agents.c.id).where(agents.c.login == user)):
                    actor = user
            script = publish_script(
                conn,
                key=document["key"],
                language=document["language"],
                name=document["name"],
                steps=document["steps"],
                topic_code=document.get("topic"),
                actor_login=actor,
            )
    except PublishNotAllowed as exc:
        who = engine.url.username or "this login"
        reason = str(exc).rsplit(": ", 1)[-1]
        return _fail(
            f"{who} may not publish call scripts: only supervisors can, in their own name "
            f"({reason}); ask a supervisor, or an administrator to run "
            "`softphone db grant-role LOGIN supervisor`",
            1,
        )
    except ScriptError as exc:
        return _fail(f"{file}: {exc}", 2)
    print(
        f"published {script.key} ({script.language}) version {script.version} "
        f"with {len(script.steps)} steps, id {script.id}"
    )
    return 0
