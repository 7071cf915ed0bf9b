"""Waiting for Qt signals from coroutines running on the app's qasync loop."""

from __future__ import annotations

import asyncio
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
