"""The two calls a portal makes most, answered without FastAPI's per-request layers.

`softphone bench portal` (200 clients booking, a quarter of them asking for availability
too) showed where a worker's event loop goes: py-spy put about 80 % of it in FastAPI and
Starlette's layers around each request (routing, the dependency solver, the request object,
the body read again and validated, the response model), not in the booking or the answer. That
time is what a request waits behind: availability's p99 under load was 95 to 170 ms when the
answer itself is a dictionary lookup.

`HotPaths` sits inside the door's own middleware (`Cors`, `BodyLimit`: their checks hold for
it too) and answers a request itself only when nothing is in doubt, the common case:

- `GET /v1/availability?language=..[&topic=..]` with a key verified lately, an origin the key
  allows, a token left in the key's bucket and an answer of about a second ago kept;
- `POST /v1/callbacks` with `Content-Type: application/json`, a body the `CallbackIn` model
  accepts, a well-formed `Idempotency-Key` or none, and the same key, origin and rate checks.

Anything else (no key, a key not seen lately, a refusal of any kind, another query parameter,
another content type) goes on to the FastAPI app unchanged, which answers it as it always did:
every refusal is still written in one place, `softphone/portal/app.py`. What both paths send
is built by the same functions (`availability_body`, `answer_response`), so the answers are
the same bytes; the tests compare them. The limits of the parameters (softphone/portal/
schemas.py) and the origin rule (`guards.origin_allowed`) are shared with the routes too. A
new check on either route must be made here as well (or send its requests on).

The rate token is taken last, when nothing can send the request on any more, so a request
is never counted twice.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import Counter
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import pydantic
from starlette.datastructures import URL
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crm.portal_answers import Answer, Idempotency, Refused, fingerprint
from crm.portal_availability import Availability
from crm.portal_bookings import BookingIn
from crm.portal_keys import PortalKey
from crm.portal_store import PortalStore
from softphone.portal.batching import BookingQueue
from softphone.portal.guards import KeyCache, Rates, origin_allowed
from softphone.portal.schemas import (
    IDEMPOTENCY_KEY_MAX,
    IDEMPOTENCY_KEY_PATTERN,
    LANGUAGE_MAX,
    TOPIC_MAX,
    AvailabilityOut,
    CallbackIn,
    WindowOut,
)

_IDEMPOTENCY_KEY = re.compile(IDEMPOTENCY_KEY_PATTERN)
_KEY = b"x-api-key"


def availability_body(found: Availability) -> bytes:
    """The availability answer as JSON, as `AvailabilityOut` describes it."""
    out = AvailabilityOut(
        language=found.language,
        topic=found.topic,
        call_now=found.call_now,
        open_now=found.open_now,
        agents_available=found.agents_signed_in,
        expected_wait_s=found.expected_wait_s,
        open_until=found.open_until,
        next_open=found.next_open,
        windows=[WindowOut(start=w.start, end=w.end, room=w.room) for w in found.windows],
    )
    return out.model_dump_json().encode()


def answer_response(result: Answer) -> JSONResponse:
    headers = {"Idempotent-Replayed": "true"} if result.replayed else None
    return JSONResponse(result.body, status_code=result.status, headers=headers)


def refused_response(exc: Refused) -> JSONResponse:
    return JSONResponse(
        {"problems": [{"field": p.field, "message": p.message} for p in exc.problems]},
        status_code=422,
    )


class AvailabilityAnswers:
    """Availability as sent: the answer of about a second ago, its JSON made once; when the
    store says to read it again, read in the background and this caller is not kept waiting."""

    def __init__(self, store: PortalStore, read: Callable[[Callable[[], Any]], Any]) -> None:
        self._store, self._read = store, read
        # (language, topic) as the store names them -> (the answer, its JSON); as many as
        # there are languages and topics (an unknown one is refused before it gets here).
        self._bodies: dict[tuple[str, str | None], tuple[Availability, bytes]] = {}
        self._background: set[asyncio.Future[Any]] = set()  # kept: the loop holds tasks weakly

    def recent(self, language: str, topic: str | None) -> bytes | None:
        """The JSON of the answer kept, or None (no store touched). Raises Refused for an
        unknown language or topic."""
        found, read_again = self._store.recent_availability(language, topic)
        if found is None:
            return None
        if read_again:  # the next callers get the fresh one; this one does not wait for it
            reading = asyncio.ensure_future(self._read_now(language, topic))
            self._background.add(reading)
            reading.add_done_callback(self._forget)
        return self._body(found)

    async def body(self, language: str, topic: str | None) -> bytes:
        kept = self.recent(language, topic)
        if kept is not None:
            return kept
        return self._body(await self._read_now(language, topic))

    async def _read_now(self, language: str, topic: str | None) -> Availability:
        found: Availability = await self._read(lambda: self._store.availability(language, topic))
        return found

    def _body(self, found: Availability) -> bytes:
        kept = self._bodies.get((found.language, found.topic))
        if kept is not None and kept[0] is found:
            return kept[1]
        body = availability_body(found)
        self._bodies[(found.language, found.topic)] = (found, body)
        return body

    def _forget(self, task: asyncio.Future[Any]) -> None:
        """Drop a background read, its failure read (a later request tries again)."""
        self._background.discard(task)
        if not task.cancelled():
            task.exception()


class HotPaths:
    """ASGI middleware: see the module's docstring. `served` counts the requests it answered,
    by path (the tests and the benchmark read it)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        keys: KeyCache,
        rates: Rates,
        answers: AvailabilityAnswers,
        bookings: BookingQueue,
        served: Counter[str],
    ) -> None:
        self.app, self.keys, self.rates = app, keys, rates
        self.answers, self.bookings, self.served = answers, bookings, served

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            method, path = scope["method"], scope["path"]
            if method == "GET" and path == "/v1/availability":
                response = self._availability(scope)
                if response is not None:
                    self.served[path] += 1
                    await response(scope, receive, send)
                    return
            elif method == "POST" and path == "/v1/callbacks":
                # BodyLimit (outside) has read the body whole: this is its replay.
                message = await receive()
                body = message.get("body", b"")
                response = await self._booking(scope, body)
                if response is not None:
                    self.served[path] += 1
                    await response(scope, receive, send)
                    return
                receive = _replay(message, receive)
        await self.app(scope, receive, send)

    def _portal(self, scope: Scope, headers: dict[bytes, bytes]) -> PortalKey | None:
        """The portal's key when it was verified lately and the request's origin is one it
        allows; None sends the request on (to be refused there, or verified)."""
        key = headers.get(_KEY)
        if not key:
            return None
        known, found = self.keys.cached(key.decode("latin-1"))
        if not known or found is None:
            return None
        origin = headers.get(b"origin", b"").decode("latin-1")
        if not origin_allowed(origin, headers, str(scope.get("scheme", "http")), found):
            return None
        return found

    def _availability(self, scope: Scope) -> Response | None:
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        params = dict(query)
        language, topic = params.pop("language", None), params.pop("topic", None)
        if params or language is None or len(language) > LANGUAGE_MAX:
            return None
        if topic is not None and len(topic) > TOPIC_MAX:
            return None
        headers = _headers(scope)
        portal = self._portal(scope, headers)
        if portal is None:
            return None
        try:
            body = self.answers.recent(language, topic)
        except Refused:
            return None
        if body is None or self.rates.take(portal.key_id) > 0:
            return None
        return Response(body, media_type="application/json")

    async def _booking(self, scope: Scope, body: bytes) -> Response | None:
        headers = _headers(scope)
        if headers.get(b"content-type") != b"application/json":
            return None
        idempotency_key = headers.get(b"idempotency-key")
        if idempotency_key is not None and not _idempotency_key(idempotency_key):
            return None
        portal = self._portal(scope, headers)
        if portal is None:
            return None
        try:
            fields = CallbackIn.model_validate(json.loads(body)).model_dump(exclude_none=True)
        except (ValueError, pydantic.ValidationError):  # JSONDecodeError is a ValueError
            return None
        if self.rates.take(portal.key_id) > 0:
            return None
        idem = None
        if idempotency_key is not None:
            path = URL(scope=scope).path  # as Request.url.path has it for the route
            idem = Idempotency(
                portal.portal, idempotency_key.decode(), fingerprint("POST", path, body)
            )
        try:
            result = await self.bookings.book(BookingIn(portal.portal, fields, idem))
        except Refused as exc:
            return refused_response(exc)
        return answer_response(result)


def _headers(scope: Scope) -> dict[bytes, bytes]:
    """The request's headers by name; of a header sent twice, the first (as Starlette's
    `Request.headers` reads it for the routes)."""
    return dict(reversed(scope["headers"]))


def _idempotency_key(value: bytes) -> bool:
    """As the route's header declares it (the same limits: a request outside them goes on)."""
    return len(value) <= IDEMPOTENCY_KEY_MAX and bool(
        _IDEMPOTENCY_KEY.fullmatch(value.decode("latin-1"))
    )


def _replay(first: Message, receive: Receive) -> Receive:
    """`receive` with its first message given back once more."""
    given = False

    async def replayed() -> Message:
        nonlocal given
        if not given:
            given = True
            return first
        return await receive()

    return replayed
