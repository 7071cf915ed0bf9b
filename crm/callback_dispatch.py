"""The agent's side of the callback queue: one thread that claims, holds and hands back requests.

The app says when the agent is free (`set_ready`); the thread then claims the next due request
in the agent's languages and reports it (`RequestAssigned`). It wakes when the change feed says
the queue changed (`wake`), at the moment the next request falls due, and every few seconds as a
safety net. While a request is the agent's, the thread renews its lease; after the outcome has
been written to the outbox it keeps renewing until that write has reached the store, so nobody
else can take the request in between and call the same person twice.

Threads: every method but the loop may be called from any thread; events are delivered on the
dispatcher's thread, so the listener must only hand them over (the Qt side posts them to its
inbox). SQLAlchemy connections never leave this thread.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from crm import callbacks
from crm.callback_rules import DEFAULT_POLICY, CallbackPolicy
from crm.callbacks import ClaimedRequest, QueueCounts
from crm.service_hours import ServiceCalendar

log = logging.getLogger(__name__)

CALENDAR_TTL_S = 300.0  # opening hours change rarely; re-read them every few minutes


@dataclass(frozen=True)
class RequestAssigned:
    request: ClaimedRequest
    sla_minutes_left: float | None  # opening-hours minutes to the target; negative: missed
    script: Any = None  # the call script for its topic and language (crm.script_store)


@dataclass(frozen=True)
class RequestLost:
    """The request is no longer this agent's (its lease ran out and someone took it back)."""

    uid: str


@dataclass(frozen=True)
class QueueChanged:
    counts: QueueCounts


@dataclass(frozen=True)
class DispatchFailed:
    reason: str


@dataclass
class _Held:
    uid: str
    outbox_key: str | None = None  # set once the outcome is in the outbox


class CallbackDispatcher:
    def __init__(
        self,
        engine: Engine,
        login: str,
        *,
        on_event: Callable[[object], None],
        policy: CallbackPolicy = DEFAULT_POLICY,
        poll_s: float | None = None,
        is_pending: Callable[[str], bool] = lambda _key: False,
        ingest: Callable[[Connection], object] | None = None,
    ) -> None:
        self.engine = engine
        self.login = login
        self.policy = policy
        self._on_event = on_event
        self._is_pending = is_pending
        self._ingest = ingest
        self.poll_s = poll_s or (1.0 if engine.dialect.name == "sqlite" else 5.0)
        self._renew_every_s = max(1.0, policy.lease.total_seconds() / 3)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._commands: queue.SimpleQueue[tuple[Callable[[Connection], Any], Future[Any]]]
        self._commands = queue.SimpleQueue()
        # Commands whose connection died under them before their commit: run once more, first,
        # in the round that follows at once (`_run`); failed if that round fails too.
        self._again: list[tuple[Callable[[Connection], Any], Future[Any]]] = []
        self._thread: threading.Thread | None = None
        self._ready = False
        self._held: dict[str, _Held] = {}
        self._current: str | None = None  # the request on the agent's screen
        self._skills: callbacks.AgentSkills | None = None
        self._calendar: ServiceCalendar | None = None
        self._calendar_at = 0.0
        self._last_renew = 0.0
        self._last_ingest = 0.0
        self._counts: QueueCounts | None = None
        self._failing = False
        self.claims = 0

    # -- any thread ----------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="callbacks", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)

    def wake(self) -> None:
        self._wake.set()

    def set_ready(self, ready: bool) -> None:
        """The agent can take a request now (available, not on a call, none on screen)."""
        self._ready = ready
        if ready:
            self._wake.set()

    def begin_dial(self, uid: str) -> Future[bool]:
        """Mark the request as being dialled; True only if it is still this agent's."""
        return self._submit(lambda conn: self._begin_dial(conn, uid))

    def finish(self, uid: str, outbox_key: str) -> None:
        """The outcome is in the outbox: hold the request until that write reached the store."""
        self._submit(lambda _conn: self._finish(uid, outbox_key))

    def give_back(self, uid: str) -> Future[bool]:
        """Return an undialled request to the queue (the agent went on a break)."""
        return self._submit(lambda conn: self._give_back(conn, uid))

    def query(self, action: Callable[[Connection, ServiceCalendar], Any]) -> Future[Any]:
        """Run a read on this thread's connection with the current calendar."""
        return self._submit(lambda conn: action(conn, self._calendar_or_load(conn)))

    def _calendar_or_load(self, conn: Connection) -> ServiceCalendar:
        if self._calendar is None:
            self._calendar = ServiceCalendar.load(conn)
            self._calendar_at = time.monotonic()
        return self._calendar

    def _submit(self, action: Callable[[Connection], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        self._commands.put((action, future))
        self._wake.set()
        return future

    # -- the thread ----------------------------------------------------------------------------

    def _run(self) -> None:
        backoff = 0.5
        retried = False
        while not self._stop.is_set():
            timeout = self.poll_s
            try:
                timeout = self._round()
                backoff, retried = 0.5, False
                if self._failing:
                    self._failing = False
            except DBAPIError as exc:
                if exc.connection_invalidated and not self._failing and not retried:
                    # A pooled connection that died since its last use (a restarted pooler:
                    # crm.db pings only connections that idled): the pool is renewed by now,
                    # so a round at once tells that from an outage, without a word to the UI.
                    log.info("callback queue: reconnecting: %s", exc.orig)
                    retried = True
                    continue
                self._fail_again(exc)
                reason = str(exc.orig or exc).splitlines()[0][:300]
                if not self._failing:
                    log.info("callback queue: the store failed: %s", reason)
                self._failing = True
                self._emit(DispatchFailed(reason))
                timeout, backoff = backoff, min(backoff * 2, 5.0)
            except Exception as exc:  # a bug must not stop the queue silently
                self._fail_again(exc)
                log.exception("callback dispatcher round failed")
                self._emit(DispatchFailed("internal error; see the log"))
                timeout = 3.0
            self._wake.wait(max(0.0, timeout))
            self._wake.clear()
        self._last_commands()

    def _round(self) -> float:
        now_s = time.monotonic()
        with self.engine.connect() as conn:
            if self._skills is None:
                self._skills = callbacks.agent_skills(conn, self.login)
            if self._calendar is None or now_s - self._calendar_at > CALENDAR_TTL_S:
                self._calendar = ServiceCalendar.load(conn)
                self._calendar_at = now_s
            conn.rollback()
            self._run_commands(conn)
            if self._held and now_s - self._last_renew >= self._renew_every_s:
                self._renew(conn)
            if self._ingest is not None and now_s - self._last_ingest >= self.poll_s:
                self._last_ingest = now_s
                self._ingest(conn)
                conn.commit()
        if self._skills is None:
            return self.poll_s  # not an agent of this store (yet): nothing to claim
        if self._ready and self._current is None:
            self._claim()
        with self.engine.connect() as conn:
            counts = callbacks.queue_counts(conn, self._skills.languages)
        if counts != self._counts:
            self._counts = counts
            self._emit(QueueChanged(counts))
        return self._next_timeout(counts)

    def _next_timeout(self, counts: QueueCounts) -> float:
        timeout = self.poll_s
        if self._held:
            timeout = min(timeout, self._renew_every_s)
        moments = [m for m in (counts.next_due_at, counts.next_lease_end) if m is not None]
        if self._ready and self._current is None and moments:
            until_due = (min(moments) - callbacks.utcnow()).total_seconds()
            timeout = min(timeout, max(0.005, until_due + 0.005))
        return timeout

    def _claim(self) -> None:
        assert self._calendar is not None and self._skills is not None
        with callbacks.claim_transaction(self.engine) as conn:
            claimed = callbacks.claim_next(
                conn, self.login, self._calendar, policy=self.policy, skills=self._skills,
                commit=True,
            )  # fmt: skip
        if claimed is None:
            return
        self.claims += 1
        self._ready = False
        self._current = claimed.uid
        self._held[claimed.uid] = _Held(claimed.uid)
        self._last_renew = time.monotonic()
        self._emit(RequestAssigned(claimed, self._sla_left(claimed), self._script_for(claimed)))

    def _sla_left(self, claimed: ClaimedRequest) -> float | None:
        if self._calendar is None:
            return None
        return callbacks.sla_minutes_left(
            self._calendar, claimed.queue_code, claimed.sla_due_at, callbacks.utcnow()
        )

    def _script_for(self, claimed: ClaimedRequest) -> Any:
        """The script for the request's topic in its language (else the agent's first)."""
        if self._skills is None:
            return None
        from crm.script_store import latest_script

        fallbacks = tuple(lang for lang in self._skills.languages if lang != claimed.language)
        try:
            with self.engine.connect() as conn:
                return latest_script(conn, claimed.topic_code, claimed.language, fallbacks)
        except DBAPIError as exc:  # the request is still theirs: it pops without a script
            log.info("no script for the callback: %s", exc)
            return None

    def _renew(self, conn: Connection) -> None:
        self._last_renew = time.monotonic()
        for held in list(self._held.values()):
            if held.outbox_key is not None and not self._is_pending(held.outbox_key):
                del self._held[held.uid]  # the outcome is in the store: the request is closed
        still = callbacks.renew(conn, self.login, list(self._held), policy=self.policy)
        conn.commit()
        for uid in list(self._held):
            if uid not in still:
                held = self._held.pop(uid)
                if held.outbox_key is None:
                    if self._current == uid:
                        self._current = None
                    self._emit(RequestLost(uid))

    def _run_commands(self, conn: Connection) -> None:
        while True:
            if self._again:
                action, future = self._again.pop(0)
                again = True
            else:
                try:
                    action, future = self._commands.get_nowait()
                except queue.Empty:
                    return
                if not future.set_running_or_notify_cancel():
                    continue
                again = False
            try:
                result = action(conn)
            except BaseException as exc:
                conn.rollback()
                if isinstance(exc, DBAPIError) and exc.connection_invalidated and not again:
                    # The connection died before the commit, so the server rolled the command
                    # back: it runs again on a fresh one (a stale pooled connection after a
                    # pooler restart is found only by its first statement: crm.db). A release
                    # sends its COMMIT with its last statement, so it may have committed: run
                    # again, it finds the request no longer assigned and changes nothing.
                    self._again.append((action, future))
                    raise
                future.set_exception(exc.with_traceback(None))
                if isinstance(exc, DBAPIError):
                    raise
                continue
            try:
                conn.commit()
            except BaseException as exc:  # committed or not, nobody knows: not run again
                conn.rollback()
                future.set_exception(exc.with_traceback(None))
                if isinstance(exc, DBAPIError):
                    raise
                continue
            future.set_result(result)

    def _fail_again(self, exc: BaseException) -> None:
        """The round after a dropped connection failed as well: so do the commands kept for it."""
        while self._again:
            _action, future = self._again.pop(0)
            future.set_exception(exc.with_traceback(None))

    def _begin_dial(self, conn: Connection, uid: str) -> bool:
        ok = callbacks.mark_dialling(conn, self.login, uid, policy=self.policy)
        if not ok and uid in self._held:
            del self._held[uid]
            if self._current == uid:
                self._current = None
        return ok

    def _finish(self, uid: str, outbox_key: str) -> None:
        held = self._held.get(uid)
        if held is not None:
            held.outbox_key = outbox_key
        if self._current == uid:
            self._current = None

    def _give_back(self, conn: Connection, uid: str) -> bool:
        ok = callbacks.release(conn, self.login, uid, commit=True)  # the command's last work
        self._held.pop(uid, None)
        if self._current == uid:
            self._current = None
        return ok

    def _last_commands(self) -> None:
        """Stopping: run what was asked before the stop (a request given back as the app
        closes), best effort, then fail whatever could not run."""
        try:
            with self.engine.connect() as conn:
                self._run_commands(conn)
        except Exception as exc:  # the store is gone: the leases will run out instead
            log.info("callback queue: could not finish on stop: %s", exc)
        self._fail_commands()

    def _fail_commands(self) -> None:
        self._fail_again(RuntimeError("the callback queue has stopped"))
        while True:
            try:
                _action, future = self._commands.get_nowait()
            except queue.Empty:
                return
            if future.set_running_or_notify_cancel():
                future.set_exception(RuntimeError("the callback queue has stopped"))

    def _emit(self, event: object) -> None:
        try:
            self._on_event(event)
        except Exception:
            log.exception("callback event listener failed")

    @property
    def languages(self) -> tuple[str, ...]:
        """The agent's languages, first first (empty until the store has been read)."""
        return self._skills.languages if self._skills else ()
