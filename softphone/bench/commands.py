"""The command line of the benchmarks: `softphone bench NAME [options]`, each printing JSON.

Only argparse and the standard library at the top: `softphone --help` builds these parsers;
a benchmark's module is imported when it runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _admin_url_argument(parser: argparse.ArgumentParser) -> None:
    """The benchmarks' --url: where they create (and then drop) their own databases."""
    parser.add_argument(
        "--url",
        default="postgresql://postgres@127.0.0.1:5432/postgres",
        help="an administrator's URL of a PostgreSQL server; its databases are created and dropped",
    )


def add_parser(commands: Any) -> None:
    """Add `bench` and its benchmarks to the `softphone` command's subparsers."""
    bench = commands.add_parser("bench", help="benchmarks, printed as JSON")
    benches = bench.add_subparsers(dest="bench_command", metavar="NAME", required=True)
    startup = benches.add_parser(
        "startup", help="ms from process start to the first painted frame, and RSS after start"
    )
    startup.add_argument("--runs", type=int, default=5)
    sip = benches.add_parser(
        "sip", help="INVITE-to-app latency, CPU of a G.711 call, memory over 100 calls"
    )
    sip.add_argument("--invites", type=int, default=300)
    sip.add_argument("--calls", type=int, default=100)
    sip.add_argument("--cpu-seconds", type=float, default=10.0)
    sip.add_argument(
        "--in-process", action="store_true", help="the engine in this process, not its own"
    )
    fuzz = benches.add_parser(
        "sip-fuzz", help="mutated torture messages over UDP and TCP: liveness and RSS drift"
    )
    fuzz.add_argument(
        "--messages", type=int, default=10_000, help="messages after the warm-up (RSS drift)"
    )
    fuzz.add_argument("--seed", type=int, default=4475)
    fuzz.add_argument("--warmup", type=int, default=5_000, help="messages before RSS is taken")
    fuzz.add_argument(
        "--include-known-fatal",
        action="store_true",
        help="also send messages of the shape known to abort pjsip (the soak then dies there)",
    )
    fuzz.add_argument("--trace", type=Path, help="append every message sent to this file (hex)")
    sync = benches.add_parser(
        "sync", help="change propagation, catch-up and convergence through a real PostgreSQL"
    )
    _admin_url_argument(sync)
    sync.add_argument("--changes", type=int, default=200)
    pop = benches.add_parser(
        "screenpop",
        help="INVITE on the wire to the caller's card painted, on a big generated store",
    )
    pop.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    _admin_url_argument(pop)
    pop.add_argument("--contacts", type=int, default=1_000_000)
    pop.add_argument("--tickets", type=int, default=5_000_000)
    pop.add_argument("--pops", type=int, default=200)
    sync.add_argument("--catch-up", type=int, default=10_000)
    canned = benches.add_parser(
        "canned", help="canned-answer search per keystroke, 20,000 answers in 8 languages"
    )
    canned.add_argument("--groups", type=int, default=2500, help="answers, each in 8 languages")
    canned.add_argument("--queries", type=int, default=300, help="queries typed key by key")
    callbacks = benches.add_parser(
        "callbacks",
        help="claims per second with concurrent agents on PostgreSQL; a request falling due "
        "to the agent's screen",
    )
    _admin_url_argument(callbacks)
    callbacks.add_argument("--agents", type=int, default=16)
    callbacks.add_argument("--requests", type=int, default=5000, help="requests to claim")
    callbacks.add_argument("--pops", type=int, default=200, help="requests popped on screen")
    callbacks.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql",
                           help="the store of the on-screen part (claims: PostgreSQL)")  # fmt: skip
    portal = benches.add_parser(
        "portal",
        help="bookings/s and availability latency of the portal service, 200 clients, PostgreSQL",
    )
    _admin_url_argument(portal)
    portal.add_argument("--clients", type=int, default=200)
    portal.add_argument("--bookings", type=int, default=4000)
    portal.add_argument("--workers", type=int, default=2, help="service processes")
    portal.add_argument(
        "--rate",
        type=float,
        default=500.0,
        help="bookings/s of the second phase, started on a schedule (0: no second phase)",
    )
    portal.add_argument(
        "--writer",
        action="store_true",
        help="only the booking writer, in this process: CPU and statements per batch of 25",
    )
    shift = benches.add_parser(
        "shift",
        help="N calls through the real app (ring, pop, answer, note, wrap-up): PSS growth of "
        "the tree and a leak check of Qt and Python objects, threads and descriptors",
    )
    shift.add_argument("--calls", type=int, default=1000)
    shift.add_argument("--sample-every", type=int, default=50, help="calls between samples")
    floor = benches.add_parser(
        "floor",
        help="N agents' real store clients through PgBouncer (and a replica): connections, "
        "propagation, pops, writes, claims",
    )
    _admin_url_argument(floor)
    floor.add_argument("--agents", type=int, default=50)
    floor.add_argument("--duration", type=float, default=300.0, help="seconds of shift to run")
    floor.add_argument("--processes", type=int, default=None, help="worker processes")
    floor.add_argument(
        "--read-url", default=None, help="a hot standby of --url's server: reads go there"
    )
    floor.add_argument("--max-server-connections", type=int, default=90,
                       help="the pooler's server connections in all")  # fmt: skip
    floor.add_argument(
        "--own-login-reads", action="store_true", help="every read as the agent (no shared reader)"
    )
    floor.add_argument("--sign-in", type=float, default=60.0,
                       help="seconds within which everyone signs in")  # fmt: skip
    floor.add_argument("--server-idle-timeout", type=int, default=10,
                       help="PgBouncer's server_idle_timeout (seconds)")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    if args.bench_command == "sip":
        from softphone.bench.sip import bench_sip

        report = bench_sip(args.invites, args.calls, args.cpu_seconds, args.in_process)
    elif args.bench_command == "sip-fuzz":
        from softphone.bench.sip_fuzz import CorpusMissing, bench_sip_fuzz

        try:
            report = bench_sip_fuzz(
                args.messages,
                args.seed,
                args.warmup,
                include_known_fatal=args.include_known_fatal,
                trace=args.trace,
            )
        except CorpusMissing as exc:  # an installed package: said, not a traceback
            print(f"softphone bench sip-fuzz: {exc}", file=sys.stderr)
            return 2
    elif args.bench_command == "screenpop":
        from softphone.bench.screenpop import bench_screenpop

        report = bench_screenpop(args.backend, args.url, args.contacts, args.tickets, args.pops)
    elif args.bench_command == "shift":
        from softphone.bench.shift import bench_shift

        report = bench_shift(args.calls, args.sample_every)
    elif args.bench_command == "floor":
        from softphone.bench.floor import bench_floor

        report = bench_floor(
            args.url,
            args.agents,
            args.duration,
            args.processes,
            args.read_url,
            args.max_server_connections,
            args.sign_in,
            not args.own_login_reads,
            args.server_idle_timeout,
        )
    elif args.bench_command == "callbacks":
        from softphone.bench.callback_pop import bench_callback_pop
        from softphone.bench.callbacks import bench_claims

        report = {
            "claims": bench_claims(args.url, args.agents, args.requests),
            "due_to_screen": bench_callback_pop(args.backend, args.url, args.pops),
        }
    elif args.bench_command == "portal" and args.writer:
        from softphone.bench.portal import bench_portal_writer

        report = bench_portal_writer(args.url)
    elif args.bench_command == "portal":
        from softphone.bench.portal import bench_portal

        report = bench_portal(
            args.url, args.clients, args.bookings, args.workers, args.rate or None
        )
    elif args.bench_command == "canned":
        from softphone.bench.canned import bench_canned

        report = bench_canned(args.groups, args.queries)
    elif args.bench_command == "sync":
        from softphone.bench.sync import bench_sync

        report = bench_sync(args.url, args.changes, args.catch_up)
    else:
        from softphone.bench.startup import bench_startup

        report = bench_startup(runs=args.runs)
    print(json.dumps(report, indent=2))
    return 0
