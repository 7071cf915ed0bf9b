"""Running the portal service: `softphone portal serve`, and a server on a thread for tests and
the benchmark (uvicorn in this process, on a port the system picks)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn

from crm.db import make_engine
from crm.portal_store import PortalStore
from softphone.portal.app import Limits, create_app


def parse_listen(text: str) -> tuple[str, int]:
    """ "127.0.0.1:8080", "[::1]:8080" or ":8080" (loopback) as (host, port)."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"not HOST:PORT: {text!r}")
    host = host.strip("[]") or "127.0.0.1"
    return host, int(port)


def serve(url: str, listen: str = "127.0.0.1:8080", *, region: str = "IT") -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM)."""
    host, port = parse_listen(listen)
    engine = (
        make_engine(url, pool_size=20, max_overflow=20)
        if "sqlite" not in url
        else (make_engine(url))
    )
    app = create_app(PortalStore(engine, default_region=region))
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)


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
