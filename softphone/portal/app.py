"""The portal service's HTTP API (FastAPI): callbacks, availability and web-form tickets.

Every route needs a portal's API key (`X-API-Key`, checked in softphone/portal/guards.py); a
portal sees only the bookings it made. The bodies are the models of softphone/portal/schemas.py.
Refusals are JSON `{"problems": [{"field": ..., "message": ...}]}` with a 4xx status, the field
named as the request had it ("" when the problem is the whole request). Handlers run on the
event loop and send each store call to a worker thread (`_Threads`), on its own connection;
the bookings that arrive together are written in one transaction (softphone/portal/batching.py).
Bookings and availability requests with nothing in doubt are answered before they reach the
routes, by softphone/portal/hot_paths.py; the routes answer everything else.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import Counter
from collections.abc import Callable
from importlib import resources
from typing import Annotated, Any

import anyio
import anyio.to_thread
from fastapi import FastAPI, Header, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from crm.portal_answers import Idempotency, Refused, fingerprint
from crm.portal_bookings import BookingIn
from crm.portal_store import PortalStore
from crm.portal_tickets import Attachment
from softphone.portal.batching import BookingQueue
from softphone.portal.guards import (
    ApiError,
    BodyLimit,
    Cors,
    KeyCache,
    Limits,
    Portal,
    Rates,
    StoreDown,
    failure_rates,
    problem_response,
)
from softphone.portal.hot_paths import (
    AvailabilityAnswers,
    HotPaths,
    answer_response,
    refused_response,
)
from softphone.portal.schemas import (
    IDEMPOTENCY_KEY_MAX,
    IDEMPOTENCY_KEY_PATTERN,
    LANGUAGE_MAX,
    TOPIC_MAX,
    AttachmentIn,
    AvailabilityOut,
    CallbackIn,
    CallbackOut,
    Problems,
    TicketIn,
    TicketOut,
    TopicOut,
)

API_TITLE = "Contact Softphone portal API"
API_VERSION = "1.0.0"


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
        (503, "the contact centre's records cannot be reached just now: see Retry-After"),
    )
}

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=IDEMPOTENCY_KEY_MAX,
        pattern=IDEMPOTENCY_KEY_PATTERN,
        description="makes a retry safe: the same key and request get the first answer",
    ),
]
Reference = Annotated[str, Path(max_length=32, pattern=r"^[A-Za-z0-9_-]+$")]


def create_app(store: PortalStore, limits: Limits | None = None) -> FastAPI:
    limits = limits or Limits()
    keys, rates = KeyCache(store, limits), Rates(limits)
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
    app.state.key_failures = failure_rates(limits)
    reads, writes = _Threads(limits.read_threads), _Threads(limits.write_threads)
    bookings = BookingQueue(store, max_batch=limits.max_batch, writers=limits.booking_writers)
    answers = AvailabilityAnswers(store, reads.run)
    app.state.bookings = bookings
    app.state.hot_served = Counter[str]()  # requests HotPaths answered, by path

    async def idempotency(request: Request, portal: str, key: str | None) -> Idempotency | None:
        if key is None:
            return None
        body = await request.body()
        return Idempotency(portal, key, fingerprint(request.method, request.url.path, body))

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
        result = await bookings.book(BookingIn(key.portal, fields, idem))
        return answer_response(result)

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
        description="Computed at most once a second per language and topic: a change of the "
        "agents' presence or of the queue shows within a second or two.",
    )
    async def availability(
        key: Portal,
        language: Annotated[str, Query(max_length=LANGUAGE_MAX)],
        topic: Annotated[str | None, Query(max_length=TOPIC_MAX)] = None,
    ) -> Any:
        # Served from the answer of about a second ago when there is one (no thread, no
        # store): on the event loop, so it never queues behind the bookings' work.
        return Response(await answers.body(language, topic), media_type="application/json")

    @app.get("/v1/topics", response_model=list[TopicOut], summary="The topics, named")
    async def topics(
        key: Portal, language: Annotated[str | None, Query(max_length=LANGUAGE_MAX)] = None
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
        return answer_response(result)

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, exc: ApiError) -> JSONResponse:
        response = problem_response(exc.status, exc.name, exc.message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(Refused)
    async def on_refused(request: Request, exc: Refused) -> JSONResponse:
        return refused_response(exc)

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
        return problem_response(exc.status_code, "", str(exc.detail))

    _mount_widget(app)
    app.add_middleware(
        HotPaths,
        keys=keys,
        rates=rates,
        answers=answers,
        bookings=bookings,
        served=app.state.hot_served,
    )
    app.add_middleware(BodyLimit, limits=limits)
    app.add_middleware(StoreDown)  # inside Cors: its answers carry the CORS headers too
    app.add_middleware(Cors, keys=keys)
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
