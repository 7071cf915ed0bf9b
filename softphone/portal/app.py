"""The portal service's HTTP API (FastAPI): callbacks, availability and web-form tickets.

Every route needs a portal's API key (`X-API-Key`); a portal sees only the bookings it made.
Refusals are JSON `{"problems": [{"field": ..., "message": ...}]}` with a 4xx status, the field
named as the request had it ("" when the problem is the whole request). Handlers are plain
functions: FastAPI runs them on its worker threads, each store call on its own connection.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from importlib import resources
from typing import Annotated, Any, Literal

import anyio
import anyio.to_thread
from fastapi import Depends, FastAPI, Header, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crm import portal_keys
from crm.portal_answers import Answer, Idempotency, Refused, fingerprint
from crm.portal_store import PortalStore
from crm.portal_tickets import Attachment

API_TITLE = "Contact Softphone portal API"
API_VERSION = "1.0.0"
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
    # Threads for the writes (bookings, cancels, tickets). More only add GIL contention and
    # waits for the store's lock; these keep the store's connections busy.
    write_threads: int = 8


class ApiError(Exception):
    def __init__(
        self, status: int, name: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.name, self.message, self.headers = status, name, message, headers


# -- request and response models -----------------------------------------------------------------


class Problem(BaseModel):
    field: str = Field(description="the field the problem is about; empty for the whole request")
    message: str


class Problems(BaseModel):
    problems: list[Problem]


_STRICT = ConfigDict(extra="forbid")


class CallbackIn(BaseModel):
    """A booking, with the rules of the web-form file import."""

    model_config = _STRICT
    kind: Literal["now", "scheduled"] | None = Field(
        None, description='"now" (default) or "scheduled" (default when window_start is given)'
    )
    phone: str = Field(max_length=64, description="any usual format; without a country code, IT")
    language: str = Field(max_length=16, description="it de en fr ar pl es ru, or any spoken")
    topic: str | None = Field(None, max_length=48, description="an active topic code")
    window_start: str | None = Field(
        None, max_length=64, description="ISO 8601; without an offset, local in caller_time_zone"
    )
    window_end: str | None = Field(None, max_length=64)
    caller_time_zone: str | None = Field(None, max_length=64, description="IANA, Europe/Rome")
    name: str | None = Field(None, max_length=255)
    message: str | None = Field(None, max_length=4000)
    consent: bool = Field(description="the caller agreed to be called: must be true")
    expires_at: str | None = Field(None, max_length=64)


CallerStatus = Literal["queued", "being_called", "done", "expired", "cancelled"]


class CallbackOut(BaseModel):
    reference: str
    status: CallerStatus
    kind: Literal["now", "scheduled"]
    expected_at: datetime | None = Field(description="when the call is expected (UTC)")
    window_start: datetime | None
    window_end: datetime | None
    merged: bool | None = Field(
        None,
        description="on booking: always false (whether the booking joined an open request "
        "for the same number and topic is not revealed)",
    )
    cancelled: bool | None = Field(None, description="on cancelling: whether this cancelled it")


class WindowOut(BaseModel):
    start: datetime
    end: datetime
    room: int


class AvailabilityOut(BaseModel):
    language: str
    topic: str | None
    call_now: bool = Field(description='whether "call me now" can be honoured now')
    open_now: bool
    agents_available: int = Field(description="agents who speak it, signed in and not paused")
    expected_wait_s: int | None
    open_until: datetime | None
    next_open: datetime | None
    windows: list[WindowOut] = Field(description="next bookable windows with room left")


class TopicOut(BaseModel):
    code: str
    name: str


class AttachmentIn(BaseModel):
    model_config = _STRICT
    filename: str = Field(min_length=1, max_length=255)
    content_type: str = Field(
        "application/octet-stream", max_length=127, pattern=r"^[\w.+-]+/[\w.+-]+$"
    )
    content_base64: str = Field(max_length=3 * 1024 * 1024, description="the file, base64")


class TicketIn(BaseModel):
    model_config = _STRICT
    topic: str | None = Field(None, max_length=48)
    subject: str = Field(max_length=255)
    description: str = Field(max_length=8000)
    email: str | None = Field(None, max_length=254)
    phone: str | None = Field(None, max_length=64)
    language: str = Field(max_length=16)
    name: str | None = Field(None, max_length=255)
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=5)


class TicketOut(BaseModel):
    # Not whether the contact was known: that would tell a portal who is a customer.
    ticket_number: str
    attachments: int


# -- keys, rates, origins --------------------------------------------------------------------------


class _Keys:
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
        now = time.monotonic()
        at, origins = self._origins
        if now - at < self._cache_s:
            return origins
        with self._store.engine.connect() as conn:
            origins = portal_keys.all_origins(conn)
        self._origins = (now, origins)
        return origins


class _Rates:
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


def _failures(limits: Limits) -> _Rates:
    """The failed key checks per client address (a token bucket each)."""
    return _Rates(
        replace(limits, rate_per_s=limits.failed_keys_per_s, burst=limits.failed_key_burst)
    )


class _BodyLimit:
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
        too_big = _problem_response(413, "", f"the request body is larger than {limit} bytes")
        if declared is not None:
            try:
                if int(declared) > limit:
                    await too_big(scope, receive, send)
                    return
            except ValueError:
                await _problem_response(400, "", "Content-Length is not a number")(
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


class _Cors:
    """CORS for the portals' own origins only: others get no CORS headers (the browser then
    refuses the answer) and a preflight from them is refused with 403."""

    def __init__(self, app: ASGIApp, keys: _Keys) -> None:
        self.app, self.keys = app, keys

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        origin = headers.get(b"origin", b"").decode("latin-1")
        if not origin or _same_origin(origin, headers, str(scope.get("scheme", "http"))):
            await self.app(scope, receive, send)
            return
        # The origins come from the store (when the cache is stale): off the event loop.
        allowed = origin in await anyio.to_thread.run_sync(self.keys.origins)
        if scope["method"] == "OPTIONS" and b"access-control-request-method" in headers:
            if not allowed:
                await _problem_response(403, "Origin", "this origin may not use the API")(
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


def _same_origin(origin: str, scope_headers: dict[bytes, bytes], scheme: str) -> bool:
    """The widget served by this service calls it from its own origin (browsers send Origin
    on a same-origin POST too): that is not a cross-origin call."""
    host = scope_headers.get(b"host", b"").decode("latin-1")
    return bool(host) and origin == f"{scheme}://{host}"


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


def _problem_response(status: int, name: str, message: str) -> JSONResponse:
    return JSONResponse({"problems": [{"field": name, "message": message}]}, status_code=status)


# -- the application -------------------------------------------------------------------------------

_REFUSALS: dict[int | str, dict[str, Any]] = {
    code: {"model": Problems, "description": text}
    for code, text in (
        (400, "a malformed request"),
        (401, "no API key, or not a valid one"),
        (403, "the key may not be used from this origin"),
        (404, "no such booking for this portal"),
        (413, "the request is too large"),
        (422, "the request breaks a rule: every problem, with its field"),
        (429, "too many requests: see Retry-After"),
    )
}

_key_header = APIKeyHeader(name=KEY_HEADER, auto_error=False, description="the portal's key")


async def _portal(
    request: Request, key: Annotated[str | None, Depends(_key_header)]
) -> portal_keys.PortalKey:
    """The portal a request comes from: its key checked, its origin and rate too.

    On the event loop (a sync dependency would wait for a worker thread, behind every booking
    in progress); only a key not verified lately goes to a thread, to the store."""
    if not key:
        raise ApiError(401, KEY_HEADER, "is required: the portal's API key")
    keys: _Keys = request.app.state.keys
    failures: _Rates = request.app.state.key_failures
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
    origin = request.headers.get("origin")
    same = origin is not None and _same_origin(
        origin, {b"host": request.headers.get("host", "").encode()}, request.url.scheme
    )
    if origin and not same and origin not in found.origins:
        raise ApiError(403, "Origin", "this key may not be used from this origin")
    rates: _Rates = request.app.state.rates
    wait = rates.take(found.key_id)
    if wait > 0:
        raise ApiError(
            429,
            "",
            "too many requests for this key: try again later",
            {"Retry-After": str(max(1, round(wait)))},
        )
    return found


Portal = Annotated[portal_keys.PortalKey, Depends(_portal)]
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=128,
        pattern=r"^[\x21-\x7e]+$",
        description="makes a retry safe: the same key and request get the first answer",
    ),
]
Reference = Annotated[str, Path(max_length=32, pattern=r"^[A-Za-z0-9_-]+$")]


def create_app(store: PortalStore, limits: Limits | None = None) -> FastAPI:
    limits = limits or Limits()
    keys, rates = _Keys(store, limits), _Rates(limits)
    app = FastAPI(
        title=API_TITLE,
        version=API_VERSION,
        description="Call me now / call me back, availability, and web-form tickets for "
        "web portals. Every call needs the portal's API key in the X-API-Key header.",
        docs_url=None,
        redoc_url=None,
        responses=_REFUSALS,
    )
    app.state.keys, app.state.rates = keys, rates
    app.state.key_failures = _failures(limits)
    reads, writes = _Threads(limits.read_threads), _Threads(limits.write_threads)

    async def idempotency(request: Request, portal: str, key: str | None) -> Idempotency | None:
        if key is None:
            return None
        body = await request.body()
        return Idempotency(portal, key, fingerprint(request.method, request.url.path, body))

    def answer(result: Answer) -> JSONResponse:
        headers = {"Idempotent-Replayed": "true"} if result.replayed else None
        return JSONResponse(result.body, status_code=result.status, headers=headers)

    @app.post(
        "/v1/callbacks",
        status_code=201,
        response_model=CallbackOut,
        response_model_exclude_none=False,
        summary="Book call me now / call me back",
    )
    async def book_callback(
        body: CallbackIn,
        request: Request,
        key: Portal,
        idempotency_key: IdempotencyKey = None,
    ) -> Any:
        idem = await idempotency(request, key.portal, idempotency_key)
        fields = body.model_dump(exclude_none=True)
        result = await writes.run(lambda: store.book(key.portal, fields, idem))
        return answer(result)

    @app.get("/v1/callbacks/{reference}", response_model=CallbackOut, summary="A booking's status")
    async def callback_status(reference: Reference, key: Portal) -> Any:
        found = await reads.run(lambda: store.status(key.portal, reference))
        if found is None:
            raise ApiError(404, "reference", "no booking of this portal has this reference")
        return found

    @app.delete(
        "/v1/callbacks/{reference}", response_model=CallbackOut, summary="The caller cancels"
    )
    async def cancel_callback(reference: Reference, key: Portal) -> Any:
        found = await writes.run(lambda: store.cancel(key.portal, reference))
        if found is None:
            raise ApiError(404, "reference", "no booking of this portal has this reference")
        return found

    @app.get(
        "/v1/availability",
        response_model=AvailabilityOut,
        summary="Whether call me now can be honoured, and the next windows",
    )
    async def availability(
        key: Portal,
        language: Annotated[str, Query(max_length=16)],
        topic: Annotated[str | None, Query(max_length=48)] = None,
    ) -> Any:
        found = await reads.run(lambda: store.availability(language, topic))
        return {
            "language": found.language,
            "topic": found.topic,
            "call_now": found.call_now,
            "open_now": found.open_now,
            "agents_available": found.agents_signed_in,
            "expected_wait_s": found.expected_wait_s,
            "open_until": found.open_until,
            "next_open": found.next_open,
            "windows": [{"start": w.start, "end": w.end, "room": w.room} for w in found.windows],
        }

    @app.get("/v1/topics", response_model=list[TopicOut], summary="The topics, named")
    async def topics(
        key: Portal, language: Annotated[str | None, Query(max_length=16)] = None
    ) -> Any:
        return await reads.run(lambda: store.topics(language))

    @app.post("/v1/tickets", status_code=201, response_model=TicketOut, summary="A web-form ticket")
    async def create_ticket(
        body: TicketIn,
        request: Request,
        key: Portal,
        idempotency_key: IdempotencyKey = None,
    ) -> Any:
        # Decoding up to 5 MB of base64 is CPU work: off the event loop.
        files = await anyio.to_thread.run_sync(_attachments, body.attachments, limits)
        idem = await idempotency(request, key.portal, idempotency_key)
        fields = body.model_dump(exclude_none=True, exclude={"attachments"})
        result = await writes.run(lambda: store.create_ticket(key.portal, fields, files, idem))
        return answer(result)

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, exc: ApiError) -> JSONResponse:
        response = _problem_response(exc.status, exc.name, exc.message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(Refused)
    async def on_refused(request: Request, exc: Refused) -> JSONResponse:
        return JSONResponse(
            {"problems": [{"field": p.field, "message": p.message} for p in exc.problems]},
            status_code=422,
        )

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for error in exc.errors():
            loc = [str(part) for part in error.get("loc", ())]
            if len(loc) > 1 and loc[0] in ("body", "query", "path", "header"):
                loc = loc[1:]  # the field itself; "body" alone when the body is missing
            problems.append({"field": ".".join(loc), "message": str(error.get("msg", ""))})
        if any(
            e.get("type") == "json_invalid" for e in exc.errors()
        ):  # not JSON at all: a 400, not a rule broken
            return JSONResponse({"problems": problems}, status_code=400)
        return JSONResponse({"problems": problems}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _problem_response(exc.status_code, "", str(exc.detail))

    _mount_widget(app)
    app.add_middleware(_BodyLimit, limits=limits)
    app.add_middleware(_Cors, keys=keys)
    return app


def _attachments(items: list[AttachmentIn], limits: Limits) -> list[Attachment]:
    files: list[Attachment] = []
    total = 0
    for i, item in enumerate(items):
        name = f"attachments.{i}.content_base64"
        try:
            data = base64.b64decode(item.content_base64, validate=True)
        except (binascii.Error, ValueError):
            raise ApiError(422, name, "is not base64") from None
        if len(data) > limits.max_attachment:
            raise ApiError(413, name, f"the file is larger than {limits.max_attachment} bytes")
        total += len(data)
        if total > limits.max_attachments_total:
            raise ApiError(
                413, "attachments", f"the files are larger than {limits.max_attachments_total}"
            )
        files.append(Attachment(item.filename, item.content_type, data))
    return files


class _Threads:
    """A set of worker threads of its own (made at the first request: a limiter belongs to
    its event loop): one for the reads, one for the writes."""

    def __init__(self, threads: int) -> None:
        self.threads = threads
        self._limiter: anyio.CapacityLimiter | None = None

    async def run(self, work: Callable[[], Any]) -> Any:
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self.threads)
        return await anyio.to_thread.run_sync(work, limiter=self._limiter)


def _mount_widget(app: FastAPI) -> None:
    """The embeddable widget's files at /widget/ (read from the package, not a checkout)."""
    from starlette.responses import Response as PlainResponse

    files = resources.files("softphone.portal") / "widget"
    types = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
             ".css": "text/css; charset=utf-8"}  # fmt: skip

    @app.get("/widget/{name}", include_in_schema=False)
    def widget_file(name: Annotated[str, Path(pattern=r"^[a-z0-9-]+\.(html|js|css)$")]) -> Any:
        item = files / name
        if not item.is_file():
            raise ApiError(404, "name", "no such file")
        suffix = name[name.rindex(".") :]
        return PlainResponse(item.read_bytes(), media_type=types[suffix])


def openapi_json(app: FastAPI) -> str:
    """The OpenAPI document as kept in docs/ (sorted keys, two-space indent, final newline)."""
    return json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
