"""A check that the app does no store work on the Qt thread (the threading rules forbid it).

While the fixture `no_store_on_qt_thread` is in use, every SQL statement SQLAlchemy sends (the
central store) and every use of the local store's SQLite files (crm.local_store) on the main
thread, which is the Qt thread in the UI tests, is traced to the code that asked for it: the
innermost frame of the app (softphone/, ui/) or of the tests. If it is the app's and the event
loop ran it, the test fails at its end, naming it; a test's own look at the store (tests/, or
a helper of the app's that a test calls to fill the store) is allowed.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from crm.local_store import LocalStore

ROOT = Path(__file__).resolve().parents[2]
APP_CODE = tuple(str(ROOT / name) + "/" for name in ("softphone", "ui"))
TEST_CODE = str(ROOT / "tests") + "/"
# Frames of what runs the Qt thread's loop: app code below one of them runs as the app runs.
EVENT_LOOPS = ("/asyncio/", "/qasync/", "/pytestqt/")


def _offender() -> traceback.FrameSummary | None:
    """The app's frame that asked for this store work when the event loop ran it; None when
    a test asked, itself or through a helper of the app's it called (a benchmark's filler)."""
    app_frame = None
    for frame in reversed(traceback.extract_stack()):
        name = frame.filename
        if name == __file__:
            continue
        if app_frame is None:
            if name.startswith(TEST_CODE):
                return None
            if name.startswith(APP_CODE):
                app_frame = frame
            continue
        if any(loop in name for loop in EVENT_LOOPS):
            return app_frame  # the app's own work, run by the Qt thread's loop
        if name.startswith(TEST_CODE):
            return None  # a test called into the app's code directly
    return app_frame


@pytest.fixture
def no_store_on_qt_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    offences: list[str] = []

    def check(what: str) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        frame = _offender()
        if frame is not None:
            offences.append(f"{what} on the Qt thread, from {frame.filename}:{frame.lineno}")

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        check(f"SQL {statement[:60]!r}")

    def guarded(name: str) -> Callable[..., Any]:
        real = getattr(LocalStore, name)

        def wrapper(self: LocalStore, *args: Any, **kwargs: Any) -> Any:
            check(f"the local store's {name}")
            return real(self, *args, **kwargs)

        return wrapper

    for name in ("__init__", "_journal", "_cache"):  # every local read and write passes here
        monkeypatch.setattr(LocalStore, name, guarded(name))
    event.listen(Engine, "before_cursor_execute", on_execute)
    try:
        yield offences
    finally:
        event.remove(Engine, "before_cursor_execute", on_execute)
    assert not offences, "store work on the Qt thread:\n" + "\n".join(dict.fromkeys(offences))
