"""A check that the app does no store work on the Qt thread (the threading rules forbid it).

While the fixture `no_store_on_qt_thread` is in use, every SQL statement SQLAlchemy sends (the
central store) and every use of the local store's SQLite files (crm.local_store) on the main
thread, which is the Qt thread in the UI tests, is traced to the code that asked for it: the
innermost frame outside crm/, SQLAlchemy and the standard library. If that frame is the app's
(softphone/, ui/), the test fails at its end, naming it; a test's own look at the store
(tests/) is allowed.
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


def _offender() -> traceback.FrameSummary | None:
    """The app's frame that asked for this store work, None when a test asked for it."""
    for frame in reversed(traceback.extract_stack()):
        if frame.filename == __file__:
            continue
        if frame.filename.startswith(TEST_CODE):
            return None
        if frame.filename.startswith(APP_CODE):
            return frame
    return None


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
