"""Waiting for Qt signals from coroutines running on the app's qasync loop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SignalInstance


async def wait_signal(signal: SignalInstance, timeout: float = 15) -> tuple[Any, ...]:
    """Wait for the next emission; connect before triggering the action that emits it."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def on_emit(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(on_emit)
    try:
        return await asyncio.wait_for(future, timeout)
    finally:
        signal.disconnect(on_emit)


async def until(condition: Callable[[], object], timeout: float = 10) -> float:
    """Wait for a state of the app while the Qt and asyncio loops keep running; returns the
    seconds it took."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise TimeoutError("the app did not reach the expected state")
        await asyncio.sleep(0.02)
    return time.monotonic() - start
