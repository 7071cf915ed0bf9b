"""A portal service worker as `softphone portal serve` builds it (`from_environment`), on a real
SQLite store: what it does to the garbage collector's pauses."""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path

import httpx
import pytest

from softphone.portal import server
from tests.support.portal_service import create_key
from tests.support.sync_lab import central_store


def test_a_worker_freezes_what_it_built_and_again_once_warm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    with central_store(url, []):
        key = create_key(url, "www")
        monkeypatch.setenv(server.ENV_URL, url)
        monkeypatch.setattr(server, "FREEZE_AFTER_REQUESTS", 3)
        gc.unfreeze()
        try:
            app = server.from_environment()
            built = gc.get_freeze_count()
            assert built > 50_000  # the modules, tables and validators: out of the full passes
            made_since = [[] for _ in range(5_000)]  # what the first requests would cache

            async def requests() -> tuple[int, int]:
                async with httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=app),
                    base_url="http://portal",
                    headers={"X-API-Key": key},
                ) as http:
                    for _ in range(2):
                        answer = await http.get("/v1/availability", params={"language": "it"})
                        assert answer.status_code == 200
                    before = gc.get_freeze_count()
                    assert (await http.get("/v1/topics")).status_code == 200  # the third
                    return before, gc.get_freeze_count()

            before, after = asyncio.run(requests())
            # (A frozen object that goes away leaves the count: it can only have fallen.)
            assert before <= built
            assert after >= built + len(made_since) - 1_000
        finally:
            gc.unfreeze()
