"""The `softphone` command.

    softphone [--demo] [--store URL] [--screenshot PATH]   start the app
    softphone db upgrade [--url URL]                       apply the store migrations
    softphone db seed-demo [--url URL]                     fill an empty store with demo data
    softphone dial [NUMBER | tel:... | sip:...]            call from the running softphone
    softphone action answer|hang_up|hold|mute|toggle_call  act on the running softphone
    softphone bench startup [--runs N]                     start-up time and memory, as JSON
    softphone bench sip                                    SIP latency, CPU and memory, as JSON
    softphone bench sip-fuzz [--messages N]                mutated SIP soak: liveness, RSS drift
    softphone bench callbacks                              claims/s; a due request to the screen
    softphone bench canned                                 canned-answer search per keystroke
    softphone bench portal                                 portal bookings/s, availability p99
    softphone portal serve|create-key|revoke-key|openapi   the HTTP service for web portals
    softphone bench floor --agents N [--duration S]        a whole floor through PgBouncer
    softphone bench shift [--calls N]                      a shift of calls: memory and leak check

Heavy imports (Qt, SQLAlchemy) happen inside the command that needs them, so `--version`,
`--help` and the db commands start fast and work without a display.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from softphone import APP_DISPLAY_NAME, __version__

if TYPE_CHECKING:
    from softphone.app import AppOptions
    from softphone.managed_settings import LayeredLoad
    from softphone.paths import AppPaths
    from softphone.settings import Settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="softphone",
        description=f"{APP_DISPLAY_NAME}: a softphone with screen-pop, callbacks and canned "
        "answers for contact-centre agents.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--store",
        metavar="URL",
        help="central ticket store for this run, e.g. postgresql://agent@db.example.org/tickets "
        "(default: the URL in settings, else the embedded SQLite store)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="demo mode: seed the store with realistic demo data on first run and sign in as "
        "the demo agent",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        type=Path,
        help="open the window offscreen, populated, save a PNG to PATH and quit",
    )
    parser.add_argument(
        "--as",
        dest="login",
        metavar="LOGIN",
        help="sign in as this agent for this run (the demo has the agent giulia.rossi and the "
        "supervisor paola.moretti, who gets the wallboard and listening in)",
    )
    parser.add_argument("--bench-probe", action="store_true", help=argparse.SUPPRESS)
    # Tests that ring the demo themselves (tests/support/atspi_app.py): no random demo calls.
    parser.add_argument("--no-demo-caller", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="also log to the console")

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    db = commands.add_parser("db", help="manage a ticket store")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_subcommands = {}
    for name, text in (
        ("upgrade", "apply the migrations (creates the schema on a new store)"),
        ("seed-demo", "migrate, then fill an empty store with demo data"),
        ("create-agent", "add an agent, and on PostgreSQL the login they connect as"),
        ("grant-role", "make an agent an agent, specialist or supervisor (audited)"),
        ("prune", "drop change-log rows and write keys no client can still need (JSON report)"),
    ):
        sub = db_commands.add_parser(name, help=text, description=text)
        sub.add_argument(
            "--url",
            help="store URL (default: the embedded SQLite store); a PostgreSQL password comes "
            "from PGPASSWORD or ~/.pgpass, never from the command line",
        )
        db_subcommands[name] = sub
    create = db_subcommands["create-agent"]
    create.add_argument("login", help="the agent's login, also their PostgreSQL user name")
    create.add_argument("--name", required=True, help="display name, e.g. 'Giulia Rossi'")
    create.add_argument("--role", choices=("agent", "specialist", "supervisor"), default="agent")
    create.add_argument("--languages", default="it", help="languages spoken, first first: it,en")
    create.add_argument("--extension", help="internal extension, e.g. 201")
    create.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the agent's new database password from standard input (else it is asked)",
    )
    grant = db_subcommands["grant-role"]
    grant.add_argument("login")
    grant.add_argument("role", choices=("agent", "specialist", "supervisor"))

    dial = commands.add_parser(
        "dial",
        help="call a number or tel:/sip: URI from the running softphone (starts it if needed)",
    )
    dial.add_argument("target", nargs="?", default="", help="+39 06 1234 5678, tel:..., sip:...")

    action = commands.add_parser(
        "action",
        help="answer, hang up, hold or mute in the running softphone (bind these to global "
        "keys in your desktop's keyboard settings)",
    )
    action.add_argument("name", choices=("answer", "hang_up", "hold", "mute", "toggle_call"))

    from softphone import cli_callbacks, cli_portal, cli_scripts
    from softphone.bench import commands as bench_commands

    cli_callbacks.add_parser(commands)
    cli_portal.add_parser(commands)
    cli_scripts.add_parser(commands)
    bench_commands.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None and not _signs_in(args):
        # The app starts: the keyring's child process starts loading now, before the settings
        # say whose passwords it will read (softphone.passwords.prefetch).
        from softphone import passwords

        passwords.start_reading()
    from softphone.logging_setup import configure_logging
    from softphone.paths import app_paths

    paths = app_paths().ensure()
    configure_logging(paths.log_file, console=args.verbose)

    if args.command == "db":
        return _db_command(args, paths.embedded_store)
    if args.command == "dial":
        from softphone.single_instance import send_to_running

        request = {"dial": args.target} if args.target else {}
        if send_to_running(paths, request):
            print("handed to the running softphone")
            return 0
        args.store = None  # no instance runs: start one, which dials once the phone is ready
        return _run_app(args, paths)
    if args.command == "action":
        from softphone.single_instance import send_to_running

        if send_to_running(paths, {"action": args.name}):
            return 0
        print("softphone: no softphone is running", file=sys.stderr)
        return 1
    if args.command == "callbacks":
        from softphone import cli_callbacks

        return cli_callbacks.run(args, paths)
    if args.command == "portal":
        from softphone import cli_portal

        return cli_portal.run(args, paths)
    if args.command == "scripts":
        from softphone import cli_scripts

        return cli_scripts.run(args, paths)
    if args.command == "bench":
        from softphone.bench import commands as bench_commands

        return bench_commands.run(args)
    return _run_app(args, paths)


def _db_command(args: argparse.Namespace, embedded: Path) -> int:
    from crm.db import StoreUrlError, make_engine, session_factory
    from crm.migrate import head_revision, upgrade

    url = args.url or f"sqlite:///{embedded}"
    try:
        engine = make_engine(url)
    except StoreUrlError as exc:
        print(f"softphone db: {exc}", file=sys.stderr)
        return 2
    from sqlalchemy.exc import SQLAlchemyError

    try:
        if args.db_command in ("create-agent", "grant-role"):
            return _agent_command(args, engine)
        if args.db_command == "prune":
            import dataclasses

            from crm.pruning import prune

            with engine.begin() as conn:
                print(json.dumps(dataclasses.asdict(prune(conn))))
            return 0
        upgrade(engine)
        print(
            f"store at {engine.url.render_as_string(hide_password=True)} is at revision "
            f"{head_revision()}"
        )
        if args.db_command == "seed-demo":
            from crm.seed import AlreadySeeded, seed_demo
            from softphone.paths import resources_dir

            catalog = json.loads(
                (resources_dir() / "demo" / "catalog.json").read_text(encoding="utf-8")
            )
            try:
                with session_factory(engine).begin() as session:
                    report = seed_demo(session, catalog)
            except AlreadySeeded as exc:
                print(f"softphone db seed-demo: {exc}", file=sys.stderr)
                return 1
            print(json.dumps(report.as_dict()))
    except SQLAlchemyError as exc:
        print(f"softphone db: the store failed: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def _agent_command(args: argparse.Namespace, engine: Any) -> int:
    from crm import rbac

    try:
        if args.db_command == "grant-role":
            with engine.begin() as conn:
                rbac.grant_role(conn, args.login, args.role)
            print(f"{args.login} is now {args.role}")
            return 0
        password = None
        if engine.dialect.name == "postgresql":
            password = _read_new_password(args.password_stdin)
        languages = [lang.strip() for lang in args.languages.split(",") if lang.strip()]
        with engine.begin() as conn:
            rbac.create_agent(
                conn,
                args.login,
                display_name=args.name,
                role=args.role,
                languages=languages,
                extension=args.extension,
                password=password,
            )
    except ValueError as exc:
        print(f"softphone db {args.db_command}: {exc}", file=sys.stderr)
        return 2
    print(f"agent {args.login} created as {args.role}")
    return 0


def _read_new_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        import getpass

        password = getpass.getpass("New database password for the agent: ")
    if len(password) < 8:
        raise ValueError("the password must have at least 8 characters")
    return password


def _run_app(args: argparse.Namespace, paths: object) -> int:
    from sip.host_process import discard_prespawned
    from softphone import passwords
    from softphone.paths import AppPaths

    assert isinstance(paths, AppPaths)
    loaded = launch_settings(args, paths)
    if isinstance(loaded, int):
        passwords.end_reading()  # started by main(), never to be asked
        return loaded
    if not _signs_in(args):
        # The engine's process starts now, before Qt is imported and the window built: its
        # start overlaps theirs (`softphone bench startup`). At a shared desk the agent's
        # settings are known only after signing in.
        from softphone.engine_setup import prespawn_engine

        settings = loaded.settings
        prespawn_engine(settings.accounts, demo=args.demo, ivr=settings.cti_headers)
        # And the passwords they need, read meanwhile in one child process (softphone.passwords).
        passwords.prefetch(passwords_needed(settings))
        # Then the accounts register at once, unless another instance runs or is starting
        # (this start then hands over; and a second registration would have calls forked to it).
        if registers_early(args, paths):
            from softphone.engine_setup import register_accounts_early

            register_accounts_early(settings.accounts)
    passwords.end_reading()  # not asked (none needed): it ends
    try:
        from softphone.pyside_hook import lighten

        lighten()  # before Qt's modules and the app's: PySide6 keeps none of their sources
        from softphone.app import NoDisplayError, run
        from softphone.single_instance import InstanceUnresponsive

        launch = app_launch(args, paths, loaded)
        if isinstance(launch, int):
            return launch
        options, loaded = launch
        try:
            return run(options, paths, loaded.settings, loaded.problem, loaded.managed)
        except NoDisplayError as exc:
            print(f"softphone: {exc}", file=sys.stderr)
            return 2
        except InstanceUnresponsive as exc:  # never two instances: their calls would fork
            logging.getLogger("softphone").error("not started: %s", exc)
            print(f"softphone: {exc}", file=sys.stderr)
            return 1
    finally:
        discard_prespawned()  # one the app never adopted (it handed over, or had no phone)


def passwords_needed(settings: Settings) -> list[str]:
    """The keyring entries a start with these settings reads: each enabled SIP account's, and
    the store's when it is a server (the embedded SQLite file has none)."""
    url = settings.store.url
    store = [settings.store.keyring_user] if url and not url.startswith("sqlite") else []
    return [a.keyring_user for a in settings.accounts if a.enabled] + store


def launch_settings(args: argparse.Namespace, paths: AppPaths) -> LayeredLoad | int:
    """The settings in force for `softphone [--as LOGIN] ...` (the system file's, the agent's,
    the locks; with the login of --as), or the exit code when the login is wrong (said on
    stderr). Qt-free: read before Qt is imported."""
    from softphone.managed_settings import load_layered

    login = None
    if getattr(args, "login", None):
        from crm.rbac import check_login

        try:
            login = check_login(args.login)
        except ValueError as exc:
            print(f"softphone: {exc}", file=sys.stderr)
            return 2
    return load_layered(paths.settings_file, login=login)


def registers_early(args: argparse.Namespace, paths: AppPaths) -> bool:
    """Whether this start's engine may register the accounts before Qt is up: it is the
    instance (softphone.instance_name). A one-shot run (a screenshot, a benchmark's probe)
    never becomes the instance (it does not listen), so it takes no lock that a real start
    would wait on; it registers unless an instance answers."""
    from softphone.instance_name import instance_running, may_register_early

    if args.screenshot or args.bench_probe:
        return instance_running(paths) is False
    return may_register_early(paths)


def _signs_in(args: argparse.Namespace) -> bool:
    """Whether the app starts on the sign-in window (AppOptions.sign_in)."""
    return not (args.demo or args.screenshot or args.bench_probe or getattr(args, "login", None))


def app_launch(
    args: argparse.Namespace, paths: AppPaths, loaded: LayeredLoad | None = None
) -> tuple[AppOptions, LayeredLoad] | int:
    """What `softphone [--store URL] [--as LOGIN] ...` starts the app with: its options and the
    settings in force (`launch_settings`, unless read already); or the exit code when the
    command line is wrong (said on stderr). The tests start the app through this too."""
    from softphone.app import AppOptions

    if loaded is None:
        read = launch_settings(args, paths)
        if isinstance(read, int):
            return read
        loaded = read
    t0 = os.environ.get("SOFTPHONE_BENCH_T0_NS")
    options = AppOptions(
        store_url=args.store,
        demo=args.demo,
        demo_caller=not args.no_demo_caller,
        screenshot=args.screenshot.resolve() if args.screenshot else None,
        bench_probe=args.bench_probe,
        bench_t0_ns=int(t0) if t0 else None,
        dial=getattr(args, "target", "") or None,
        # Outside the demo an agent signs in at the desk; --as names the agent for this run.
        sign_in=_signs_in(args),
    )
    if options.store_url:
        from crm.db import StoreUrlError, normalise_url

        try:
            normalise_url(options.store_url)
        except StoreUrlError as exc:
            print(f"softphone: {exc}", file=sys.stderr)
            return 2
    return options, loaded


if __name__ == "__main__":
    raise SystemExit(main())
