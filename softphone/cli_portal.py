"""`softphone portal`: the HTTP service for web portals, and its API keys.

    softphone portal serve --url STORE [--listen 127.0.0.1:8080] [--region IT]
    softphone portal create-key PORTAL --url STORE [--origin https://portal.example ...]
    softphone portal revoke-key KEY_ID --url STORE
    softphone portal openapi [--output docs/portal-openapi.json]

`create-key` prints the new key once (only its hash is kept). Only argparse and the standard
library at the top: `softphone --help` builds this parser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

_PROG = "softphone portal"


def add_parser(commands: Any) -> None:
    portal = commands.add_parser(
        "portal",
        help="the HTTP service for web portals (callbacks, availability, web-form tickets)",
        description="Run the portal service, manage the portals' API keys, write its OpenAPI.",
    )
    actions = portal.add_subparsers(dest="portal_command", metavar="ACTION", required=True)
    url_help = "store URL; a PostgreSQL password comes from PGPASSWORD or ~/.pgpass"
    serve = actions.add_parser("serve", help="serve the API and the widget until stopped")
    serve.add_argument("--url", required=True, help=url_help)
    serve.add_argument("--listen", default="127.0.0.1:8080", help="HOST:PORT (127.0.0.1:8080)")
    serve.add_argument(
        "--region", default="IT", help="country of numbers without a country code (IT)"
    )
    serve.add_argument("--workers", type=int, default=1, help="server processes (1)")
    serve.add_argument(
        "--rate", help="requests per second and burst per API key, RATE:BURST (50:100)"
    )
    create = actions.add_parser("create-key", help="a new API key for a portal, printed once")
    create.add_argument("portal", help="the portal's name, e.g. www-example")
    create.add_argument("--url", required=True, help=url_help)
    create.add_argument(
        "--origin",
        action="append",
        default=[],
        help="a web origin the portal's pages call from (CORS), e.g. https://www.example.org; "
        "repeat for several",
    )
    revoke = actions.add_parser("revoke-key", help="revoke a key by its id (spk_<id>_...)")
    revoke.add_argument("key_id")
    revoke.add_argument("--url", required=True, help=url_help)
    openapi = actions.add_parser("openapi", help="print or write the OpenAPI document")
    openapi.add_argument("--output", type=Path, help="write it here instead of printing it")


def run(args: argparse.Namespace, paths: Any) -> int:
    if args.portal_command == "openapi":
        from crm.db import make_engine
        from crm.portal_store import PortalStore
        from softphone.portal.app import create_app, openapi_json

        text = openapi_json(create_app(PortalStore(make_engine("sqlite://"))))
        if args.output:
            args.output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    from softphone.cli_callbacks import _open_store

    if args.portal_command == "serve":
        from softphone.portal.server import parse_listen, serve

        try:
            parse_listen(args.listen)
        except ValueError as exc:
            print(f"{_PROG} serve: {exc}", file=sys.stderr)
            return 2
        engine = _open_store(args.url, paths.embedded_store)
        if isinstance(engine, int):
            return engine
        engine.dispose()
        serve(args.url, args.listen, region=args.region, workers=args.workers, rate=args.rate)
        return 0
    engine = _open_store(args.url, paths.embedded_store)
    if isinstance(engine, int):
        return engine
    from crm import portal_keys

    try:
        with engine.begin() as conn:
            if args.portal_command == "create-key":
                try:
                    key = portal_keys.create_key(conn, args.portal, args.origin)
                except ValueError as exc:
                    print(f"{_PROG} create-key: {exc}", file=sys.stderr)
                    return 2
                print(key)
                return 0
            if not portal_keys.revoke_key(conn, args.key_id):
                print(f"{_PROG} revoke-key: no live key {args.key_id!r}", file=sys.stderr)
                return 1
            return 0
    finally:
        engine.dispose()
