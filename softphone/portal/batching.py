"""Group commit for the portal's bookings: the bookings that arrive while the store writes are
written together, in one transaction, by `PortalStore.book_many` (crm/portal_bookings.py).

A booking joins the queue and waits for its batch's commit. A writer takes what is waiting (at
most `Limits.max_batch`), writes it on a thread of its own and answers each request; up to
`Limits.booking_writers` batches are written at once per process. Nothing waits for a batch to
fill: a booking that arrives while no writer is busy is written at once, alone, and the ones
that arrive while a batch is written make the next one. A failure of the store (not a refusal)
is the answer of every request in that batch (none of it was committed); the ones still queued
go in the next batch. When the service stops, every request still waiting is cancelled.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import anyio
import anyio.to_thread

from crm.portal_answers import Answer, NotWritten, Refused
from crm.portal_bookings import BookingIn
from crm.portal_store import PortalStore


@dataclass
class _Waiting:
    item: BookingIn
    answer: asyncio.Future[Answer] = field(repr=False)


class BookingQueue:
    """One per process (per event loop): made by `create_app`, used by the booking route."""

    def __init__(self, store: PortalStore, *, max_batch: int, writers: int) -> None:
        self._store, self.max_batch, self.writers = store, max_batch, writers
        self._waiting: list[_Waiting] = []
        self._busy = 0  # writers running
        self._tasks: set[asyncio.Task[None]] = set()  # kept: the loop holds tasks weakly
        self._limiter: anyio.CapacityLimiter | None = None
        self.batches = 0  # written so far (for tests and the benchmark)

    async def book(self, item: BookingIn) -> Answer:
        """The booking's answer once its batch committed; raises Refused or the store's error."""
        waiting = _Waiting(item, asyncio.get_running_loop().create_future())
        self._waiting.append(waiting)
        if self._busy < self.writers:
            self._busy += 1
            task = asyncio.create_task(self._write_all())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return await waiting.answer

    async def _write_all(self) -> None:
        try:
            while self._waiting:
                batch = self._waiting[: self.max_batch]
                del self._waiting[: self.max_batch]
                await self._write(batch)
        except BaseException:  # cancelled (the service stops): no writer will take the rest
            for w in self._waiting:
                w.answer.cancel()
            self._waiting.clear()
            raise
        finally:
            self._busy -= 1

    async def _write(self, batch: list[_Waiting]) -> None:
        if self._limiter is None:  # a limiter belongs to its event loop: made at first use
            self._limiter = anyio.CapacityLimiter(self.writers)
        items = [w.item for w in batch]
        try:
            outcomes = await anyio.to_thread.run_sync(
                self._store.book_many, items, limiter=self._limiter
            )
            if len(outcomes) != len(batch):  # never: but a request must not wait forever
                raise RuntimeError(f"the store answered {len(outcomes)} of {len(batch)} bookings")
        except Exception as exc:  # the store failed: every booking of the batch hears it
            for w in batch:
                if not w.answer.done():  # done: its client went away meanwhile
                    w.answer.set_exception(exc)
            return
        except BaseException:  # cancelled (the service stops): no answer will come
            for w in batch:
                w.answer.cancel()
            raise
        self.batches += 1
        for w, outcome in zip(batch, outcomes, strict=True):
            if w.answer.done():
                continue
            if isinstance(outcome, Refused):
                w.answer.set_exception(outcome)
            elif isinstance(outcome, NotWritten):  # the store failed after part was written
                w.answer.set_exception(outcome.error)
            else:
                w.answer.set_result(outcome)
