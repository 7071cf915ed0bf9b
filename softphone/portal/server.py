"""Running the portal service: `softphone portal serve`, and a server on a thread for tests and
the benchmark (uvicorn in this process, on a port the system picks)."""

from __future__ import annotations

import gc
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

import uvicorn
from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from crm.db import is_sqlite, make_engine
from crm.portal_store import PortalStore
from softphone.portal.app import create_app
from softphone.portal.guards import Limits


def parse_listen(text: str) -> tuple[str, int]:
    """ "127.0.0.1:8080", "[::1]:8080" or ":8080" (loopback) as (host, port)."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"not HOST:PORT: {text!r}")
    host = host.strip("[]") or "127.0.0.1"
    return host, int(port)


ENV_URL = "SOFTPHONE_PORTAL_STORE"
ENV_REGION = "SOFTPHONE_PORTAL_REGION"
ENV_RATE = "SOFTPHONE_PORTAL_RATE"  # "RATE_PER_S:BURST" per API key


def from_environment() -> FastAPI:
    """The app as each uvicorn worker process builds it (`--workers` needs a factory)."""
    url = os.environ[ENV_URL]
    limits = Limits()
    if os.environ.get(ENV_RATE):
        rate, _, burst = os.environ[ENV_RATE].partition(":")
        limits = replace(limits, rate_per_s=float(rate), burst=int(burst or float(rate) * 2))
    if is_sqlite(url):
        engine = read_engine = make_engine(url)
    else:
        # A connection per write thread and per booking writer (and a few for the key checks),
        # and the reads' own, one per read thread.
        writers = limits.write_threads + limits.booking_writers
        engine = make_engine(url, pool_size=writers, max_overflow=4)
        read_engine = make_engine(url, pool_size=limits.read_threads, max_overflow=0)
    store = PortalStore(
        engine, default_region=os.environ.get(ENV_REGION, "IT"), read_engine=read_engine
    )
    store.forget_answers()  # answers kept for retries older than a day
    app = create_app(store, limits)
    gc.collect()
    gc.freeze()
    app.add_middleware(FreezeWhenWarm, after=FREEZE_AFTER_REQUESTS)
    return app


# The garbage collector's full passes stop the whole worker, its event loop too. Under
# `softphone bench portal` (on this 2-core machine) each took 55 to 80 ms, several times a run,
# nearly all of it walking the objects made once: modules, SQLAlchemy's tables and compiled
# statements, pydantic's validators. Those are moved out of the collector's sight
# (`gc.freeze()`) when the app is built, and once more when the first requests have filled the
# caches; then a full pass took 5 to 23 ms, and availability's p99 seen from another process
# fell from 45-87 to 33-48 ms (4 runs each way). Objects made later are collected as before.
FREEZE_AFTER_REQUESTS = 1000


class FreezeWhenWarm:
    """ASGI middleware: `gc.freeze()` once, after the worker's first `after` requests."""

    def __init__(self, app: ASGIApp, after: int) -> None:
        self.app, self.left = app, after

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.left and scope["type"] == "http":
            self.left -= 1
            if not self.left:
                gc.freeze()
        await self.app(scope, receive, send)


def serve(
    url: str,
    listen: str = "127.0.0.1:8080",
    *,
    region: str = "IT",
    workers: int = 1,
    rate: str | None = None,
) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM), in `workers` processes."""
    host, port = parse_listen(listen)
    os.environ[ENV_URL] = url
    os.environ[ENV_REGION] = region
    if rate:
        os.environ[ENV_RATE] = rate
    uvicorn.run(
        "softphone.portal.server:from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,
    )


@dataclass
class Running:
    url: str  # http://127.0.0.1:PORT
    server: uvicorn.Server
    thread: threading.Thread


@contextmanager
def running(store: PortalStore, limits: Limits | None = None) -> Iterator[Running]:
    """The service on a free loopback port on a thread, stopped on exit."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(store, limits), log_level="warning", access_log=False, lifespan="off"
    )
    server = uvicorn.Server(config)
    started = threading.Event()
    thread = threading.Thread(
        target=lambda: server.run(sockets=[sock]), name="portal-service", daemon=True
    )
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the portal service did not start")
        started.wait(0.02)
    try:
        yield Running(f"http://127.0.0.1:{port}", server, thread)
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
