"""`softphone bench callbacks`, second half: a request falling due -> on the chosen agent's screen.

The real app runs in this process (offscreen, demo SIP account) as a free agent on a central
store made for the run. Another connection books requests on a line that is always open, in two
ways that fall due differently:
- "booked": a "call me now" booking committed now (the store's NOTIFY wakes the app, which
  claims it);
- "scheduled": a request due 0.7 s after it is written (nothing is sent when it falls due: the
  app's own timer must wake at that moment and claim it).
The clock runs from the moment the request is due (its commit, or its due time) to the first
paint of the request panel in the agent's window. Each request is then skipped, as an agent
would pass it on, and the next one is booked once the agent is free again.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from softphone.bench.support import (
    bench_app,
    percentiles,
    run_store,
    seed_demo_store,
    stdout_to_stderr,
)

TARGET_P99_MS = 300.0
SCHEDULED_LEAD_S = 0.7


def bench_callback_pop(
    backend: str = "postgresql",
    admin_url: str = "postgresql://postgres@127.0.0.1:5432/postgres",
    requests: int = 100,
) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with (
        tempfile.TemporaryDirectory(prefix="softphone-bench-") as tmp,
        run_store(backend, admin_url, Path(tmp)) as url,
    ):
        _prepare(url)
        os.environ["SOFTPHONE_HOME"] = str(Path(tmp) / "home")
        with stdout_to_stderr():
            figures = _run_app(url, requests)
    samples = {mode: percentiles(values) for mode, values in figures.pop("samples").items()}
    both = figures.pop("all")
    overall = percentiles(both)
    return {
        "backend": backend,
        "requests": len(both),
        "due_to_screen_ms": overall,
        "by_way_it_fell_due": samples,
        "target_p99_ms": TARGET_P99_MS,
        "met": overall["p99"] <= TARGET_P99_MS,
        **figures,
    }


def _prepare(url: str) -> None:
    """The demo seed without its bookings, and a line that is open around the clock (the bench
    must not depend on the hour it runs at)."""
    from crm.db import make_engine
    from softphone.bench.callbacks import add_always_open_queue, clear_callback_requests

    engine = make_engine(url)
    seed_demo_store(engine, contacts=200, tickets=400)
    with engine.begin() as conn:
        clear_callback_requests(conn)
        add_always_open_queue(conn, "always", ["it"])
    engine.dispose()


def _book(url: str, scheduled: bool) -> float:
    """Write one request (another desk's connection); returns the wall time it is due at."""
    from sqlalchemy import insert

    from crm import change_feed, schema
    from crm.db import make_engine

    engine = _ENGINES.get(url) or _ENGINES.setdefault(url, make_engine(url))
    uid = str(uuid.uuid4())
    now = datetime.now(UTC)
    due = now + timedelta(seconds=SCHEDULED_LEAD_S) if scheduled else now
    with engine.begin() as conn:
        conn.execute(
            insert(schema.callback_requests).values(
                uid=uid, kind="scheduled" if scheduled else "now", status="queued",
                source="web_form", phone_e164=f"+39347{uuid.uuid4().int % 10_000_000:07d}",
                language="it", topic_code="pensions", queue_code="always",
                caller_name="Bench Caller", consent=True, next_attempt_at=due,
                window_start=due if scheduled else None, booked_at=now, updated_at=now,
                sla_due_at=now + timedelta(hours=2), attempts=0, max_attempts=3,
            )
        )  # fmt: skip
        change_feed.record_changes(conn, [("callback_requests", uid)])
    return due.timestamp() if scheduled else time.time()  # "now": due once committed


_ENGINES: dict[str, Any] = {}


def _run_app(url: str, requests: int) -> dict[str, Any]:
    from softphone.settings import Settings

    _app, loop, controller = bench_app(
        url,
        # No automatic dial: the bench passes each request on instead of calling it.
        Settings(
            agent_login="giulia.rossi",
            wrap_up_seconds=0,
            take_callbacks=True,
            callback_preview_seconds=0,
        ),
    )
    try:
        with loop:
            return dict(loop.run_until_complete(_scenario(controller, url, requests)))
    finally:
        for engine in _ENGINES.values():
            engine.dispose()
        _ENGINES.clear()


async def _scenario(controller: Any, url: str, requests: int) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QObject

    running = asyncio.ensure_future(controller.run())
    while (
        controller.session is None
        or controller.session.callbacks is None
        or controller.phone.calls is None
    ):
        await asyncio.sleep(0.05)
    while controller.phone.calls.state.value != "available":
        await asyncio.sleep(0.05)
    service = controller.session.callbacks
    panel = controller.window.callback_queue.request
    loop = asyncio.get_running_loop()
    painted: list[asyncio.Future[float]] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and painted and not painted[-1].done():
                painted[-1].set_result(time.time())
            return False

    watch = PaintWatch()
    panel.installEventFilter(watch)
    samples: dict[str, list[float]] = {"booked": [], "scheduled": []}
    claims_before = service.dispatcher.claims
    for index in range(requests):
        mode = "scheduled" if index % 2 else "booked"
        shown: asyncio.Future[float] = loop.create_future()
        painted.append(shown)
        due = await loop.run_in_executor(None, _book, url, mode == "scheduled")
        seen = await asyncio.wait_for(shown, timeout=30)
        samples[mode].append(max(0.0, (seen - due) * 1000))
        closed = loop.create_future()

        def on_closed(*_: Any, future: asyncio.Future[Any] = closed) -> None:
            if not future.done():
                future.set_result(None)

        service.closed.connect(on_closed)
        panel.skip.click()  # pass it on, as an agent would
        await asyncio.wait_for(closed, timeout=30)
        service.closed.disconnect(on_closed)
        while service.request is not None:
            await asyncio.sleep(0.01)
    claims = service.dispatcher.claims - claims_before
    controller.quit()
    await running
    return {
        "samples": samples,
        "all": samples["booked"] + samples["scheduled"],
        "claims": claims,
    }
