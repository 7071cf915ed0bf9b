"""What stands at the portal API's door: the API key (checked, cached), the rates per key and
per client, the origins a key may be used from (CORS), and the body size per route.

The routes are in softphone/portal/app.py; each takes the checked key as the `Portal` dependency.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Annotated

import anyio
import anyio.to_thread
from fastapi import Depends, Request, Response
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crm import portal_keys
from crm.db import connection_trouble
from crm.portal_bookings import MAX_BATCH
from crm.portal_store import PortalStore

log = logging.getLogger(__name__)

KEY_HEADER = "X-API-Key"


@dataclass(frozen=True)
class Limits:
    """Request sizes and rates. The ticket route takes attachments, the others small JSON."""

    max_body: int = 16 * 1024
    max_ticket_body: int = 8 * 1024 * 1024
    max_attachment: int = 2 * 1024 * 1024
    max_attachments_total: int = 5 * 1024 * 1024
    max_attachments: int = 5
    rate_per_s: float = 50.0  # per API key, sustained
    burst: int = 100
    key_cache_s: float = 30.0  # a revoked key stops working within this time
    # Keys found unknown are remembered apart from the good ones (so a flood of bad keys never
    # evicts a good one): at most this many, the least recently tried dropped first, each for
    # this long.
    bad_key_cache: int = 4096
    bad_key_cache_s: float = 10.0
    # Failed key checks per client address: `failed_key_burst` at once, then
    # `failed_keys_per_s`; past that, keys not already known good get 429 without a lookup.
    failed_key_burst: int = 20
    failed_keys_per_s: float = 1.0
    # Threads for the reads (availability, status, topics), apart from the writes' threads: a
    # burst of bookings waiting on the store does not hold up the availability answer.
    read_threads: int = 4
    # Threads for the other writes (cancels, tickets). More only add GIL contention and waits
    # for the store's lock; these keep the store's connections busy.
    write_threads: int = 8
    # Bookings are written in batches (group commit, softphone/portal/batching.py): at most
    # this many per transaction, and this many transactions at once per process (each a thread
    # of its own: more add GIL contention with the event loop that answers availability).
    # One: a set-based batch is a dozen round trips (crm/portal_bookings.py), so one writer
    # keeps up, and `softphone bench portal` measured 1 against 4 writers: 740 against 650
    # bookings/s, availability p99 under that load 45-70 against 140-280 ms. Larger batches
    # (50, 100) book faster but hold the GIL longer: availability p99 190-430 ms.
    max_batch: int = MAX_BATCH
    booking_writers: int = 1


class ApiError(Exception):
    def __init__(
        self, status: int, name: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.name, self.message, self.headers = status, name, message, headers


ORIGINS_RETRY_S = 5.0  # the store away: when the origins are read again


class KeyCache:
    """Verified keys for a short while (one index probe per key per half minute, not per call).

    Good keys and unknown ones are cached apart: the unknown ones in a bounded LRU with a short
    life, so however many bad keys are tried, the good ones stay cached."""

    def __init__(self, store: PortalStore, limits: Limits) -> None:
        self._store, self._cache_s = store, limits.key_cache_s
        self._bad_max, self._bad_s = limits.bad_key_cache, limits.bad_key_cache_s
        self._cache: dict[str, tuple[float, portal_keys.PortalKey]] = {}
        self._bad: OrderedDict[str, float] = OrderedDict()
        self._origins: tuple[float, frozenset[str]] = (-1e9, frozenset())
        self._lock = threading.Lock()

    def cached(self, key: str) -> tuple[bool, portal_keys.PortalKey | None]:
        """(whether the key was verified a short while ago, what it was found to be)."""
        now = time.monotonic()
        hit = self._cache.get(key)
        if hit is not None and now - hit[0] < self._cache_s:
            return True, hit[1]
        with self._lock:
            bad = self._bad.get(key)
            if bad is not None and now - bad < self._bad_s:
                self._bad.move_to_end(key)
                return True, None
        return False, None

    def verify(self, key: str) -> portal_keys.PortalKey | None:
        known, found = self.cached(key)
        if known:
            return found
        now = time.monotonic()
        with self._store.engine.connect() as conn:
            found = portal_keys.verify_key(conn, key)
        with self._lock:
            if found is None:
                self._bad[key] = now
                self._bad.move_to_end(key)
                while len(self._bad) > self._bad_max:
                    self._bad.popitem(last=False)
            else:
                self._bad.pop(key, None)
                if len(self._cache) > 10_000:  # only good keys: as many as portals' keys
                    self._cache = {
                        k: v for k, v in self._cache.items() if now - v[0] < self._cache_s
                    }
                self._cache[key] = (now, found)
        return found

    def origins(self) -> frozenset[str]:
        """Every portal's origins, read again when older than the key cache. While the store
        cannot be reached, the last ones read (none, if never read): the answer a browser
        then gets, "try again shortly", still carries its CORS headers so the widget can
        read it."""
        now = time.monotonic()
        at, origins = self._origins
        if now - at < self._cache_s:
            return origins
        try:
            with self._store.engine.connect() as conn:
                origins = portal_keys.all_origins(conn)
        except Exception as exc:
            if not connection_trouble(exc):
                raise
            # Tried again in a few seconds, not by every request meanwhile: each try may wait
            # for a connection timeout on a thread.
            self._origins = (now - self._cache_s + ORIGINS_RETRY_S, origins)
            return origins
        self._origins = (now, origins)
        return origins


class Rates:
    """A token bucket per key: `burst` at once, `rate_per_s` sustained."""

    def __init__(self, limits: Limits) -> None:
        self._rate, self._burst = limits.rate_per_s, float(limits.burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def _tokens(self, key_id: str, now: float) -> float:
        tokens, at = self._buckets.get(key_id, (self._burst, now))
        return min(self._burst, tokens + (now - at) * self._rate)

    def take(self, key_id: str) -> float:
        """0 when the request may go, else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens = self._tokens(key_id, now)
            if tokens >= 1.0:
                self._buckets[key_id] = (tokens - 1.0, now)
                return 0.0
            self._buckets[key_id] = (tokens, now)
            return (1.0 - tokens) / self._rate

    def wait(self, key_id: str) -> float:
        """What `take` would answer, without taking a token."""
        now = time.monotonic()
        with self._lock:
            tokens = self._tokens(key_id, now)
            if len(self._buckets) > 10_000:  # forget the full buckets: they hold nothing
                self._buckets = {
                    k: v for k, v in self._buckets.items() if self._tokens(k, now) < self._burst
                }
        return 0.0 if tokens >= 1.0 else (1.0 - tokens) / self._rate


def failure_rates(limits: Limits) -> Rates:
    """The failed key checks per client address (a token bucket each)."""
    return Rates(
        replace(limits, rate_per_s=limits.failed_keys_per_s, burst=limits.failed_key_burst)
    )


class BodyLimit:
    """Refuses a body over the route's limit with 413, by Content-Length or while it streams."""

    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app, self.limits = app, limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        limit = self.limits.max_ticket_body if path == "/v1/tickets" else self.limits.max_body
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        too_big = problem_response(413, "", f"the request body is larger than {limit} bytes")
        if declared is not None:
            try:
                if int(declared) > limit:
                    await too_big(scope, receive, send)
                    return
            except ValueError:
                await problem_response(400, "", "Content-Length is not a number")(
                    scope, receive, send
                )
                return
        # Read the body here (it is small: the limit bounds it), so one that grows past the
        # limit while it arrives (chunked, no Content-Length) is refused before any parsing.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > limit:
                await too_big(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class Cors:
    """CORS for the portals' own origins only: others get no CORS headers (the browser then
    refuses the answer) and a preflight from them is refused with 403."""

    def __init__(self, app: ASGIApp, keys: KeyCache) -> None:
        self.app, self.keys = app, keys

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        origin = headers.get(b"origin", b"").decode("latin-1")
        if not origin or same_origin(origin, headers, str(scope.get("scheme", "http"))):
            await self.app(scope, receive, send)
            return
        # The origins come from the store (when the cache is stale): off the event loop.
        allowed = origin in await anyio.to_thread.run_sync(self.keys.origins)
        if scope["method"] == "OPTIONS" and b"access-control-request-method" in headers:
            if not allowed:
                await problem_response(403, "Origin", "this origin may not use the API")(
                    scope, receive, send
                )
                return
            response = Response(status_code=204, headers=_cors_headers(origin, preflight=True))
            await response(scope, receive, send)
            return

        async def with_cors(message: Message) -> None:
            if message["type"] == "http.response.start" and allowed:
                extra = [(k.encode(), v.encode()) for k, v in _cors_headers(origin).items()]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_cors)


def same_origin(origin: str, scope_headers: dict[bytes, bytes], scheme: str) -> bool:
    """The widget served by this service calls it from its own origin (browsers send Origin
    on a same-origin POST too): that is not a cross-origin call."""
    host = scope_headers.get(b"host", b"").decode("latin-1")
    return bool(host) and origin == f"{scheme}://{host}"


def origin_allowed(
    origin: str, scope_headers: dict[bytes, bytes], scheme: str, key: portal_keys.PortalKey
) -> bool:
    """Whether `key` may be used from the request's Origin: none (not a browser), the
    service's own (its widget), or one of the key's origins."""
    return not origin or same_origin(origin, scope_headers, scheme) or origin in key.origins


def _cors_headers(origin: str, preflight: bool = False) -> dict[str, str]:
    headers = {
        "Access-Control-Allow-Origin": origin,
        "Vary": "Origin",
        "Access-Control-Expose-Headers": "Idempotent-Replayed, Retry-After",
    }
    if preflight:
        headers.update(
            {
                "Access-Control-Allow-Methods": "GET, POST, DELETE",
                "Access-Control-Allow-Headers": "Content-Type, X-API-Key, Idempotency-Key",
                "Access-Control-Max-Age": "600",
            }
        )
    return headers


def problem_response(status: int, name: str, message: str) -> JSONResponse:
    return JSONResponse({"problems": [{"field": name, "message": message}]}, status_code=status)


STORE_RETRY_AFTER_S = 30
STORE_DOWN_MESSAGE = (
    "the contact centre's records cannot be reached just now, so this may not have been done: "
    "please try again in half a minute (a booking sent again with the same Idempotency-Key "
    "is made once)"
)


def store_down_response() -> JSONResponse:
    """503, as every route answers while the store cannot be reached."""
    response = problem_response(503, "", STORE_DOWN_MESSAGE)
    response.headers["Retry-After"] = str(STORE_RETRY_AFTER_S)
    return response


class StoreDown:
    """ASGI middleware: a request that finds the store unreachable (refused, dropped, timed
    out: `crm.db.connection_trouble`) is answered 503 with Retry-After and the problem in the
    API's shape, not a 500 with a traceback. A request answered so was not done, unless its
    COMMIT went through and only the answer was lost (the bookings of a batch committed before
    a later part of it failed get their own 201: crm.portal_answers.NotWritten). The same
    request again with its Idempotency-Key is answered as the first was, and a booking for a
    number with an open request joins it: nothing is made twice. The first such failure is
    logged, then at most one line a minute with how many requests were refused since."""

    LOG_EVERY_S = 60.0

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._logged_at: float | None = None
        self._refused = 0  # since the last line logged

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            if started or not connection_trouble(exc):
                raise
            self._note(exc)
            await store_down_response()(scope, receive, send)

    def _note(self, exc: BaseException) -> None:
        self._refused += 1
        now = time.monotonic()
        if self._logged_at is not None and now - self._logged_at < self.LOG_EVERY_S:
            return
        lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        log.warning(
            "the store cannot be reached (%s: %s): %d request(s) answered 503",
            type(exc).__name__,
            lines[0] if lines else "",
            self._refused,
        )
        self._logged_at, self._refused = now, 0


_key_header = APIKeyHeader(name=KEY_HEADER, auto_error=False, description="the portal's key")


async def checked_portal(
    request: Request, key: Annotated[str | None, Depends(_key_header)]
) -> portal_keys.PortalKey:
    """The portal a request comes from: its key checked, its origin and rate too.

    On the event loop (a sync dependency would wait for a worker thread, behind every booking
    in progress); only a key not verified lately goes to a thread, to the store."""
    if not key:
        raise ApiError(401, KEY_HEADER, "is required: the portal's API key")
    keys: KeyCache = request.app.state.keys
    failures: Rates = request.app.state.key_failures
    client = request.client.host if request.client else ""
    known, found = keys.cached(key)
    if found is None:  # not a key known good: a client that failed too often waits
        wait = failures.wait(client)
        if wait > 0:
            raise ApiError(
                429,
                KEY_HEADER,
                "too many invalid API keys from this address: try again later",
                {"Retry-After": str(max(1, round(wait)))},
            )
    if not known:
        found = await anyio.to_thread.run_sync(keys.verify, key)
    if found is None:
        failures.take(client)
        raise ApiError(401, KEY_HEADER, "is not a valid API key")
    host = {b"host": request.headers.get("host", "").encode()}
    if not origin_allowed(request.headers.get("origin", ""), host, request.url.scheme, found):
        raise ApiError(403, "Origin", "this key may not be used from this origin")
    rates: Rates = request.app.state.rates
    wait = rates.take(found.key_id)
    if wait > 0:
        raise ApiError(
            429,
            "",
            "too many requests for this key: try again later",
            {"Retry-After": str(max(1, round(wait)))},
        )
    return found


Portal = Annotated[portal_keys.PortalKey, Depends(checked_portal)]
