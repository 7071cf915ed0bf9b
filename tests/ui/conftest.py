"""Fixtures of the UI tests that drive the phone: a caller's tone and the app on the demo store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from softphone.app import AppController, AppOptions
from softphone.paths import app_paths
from softphone.settings import Settings
from tests.support.audio import write_tone
from tests.support.store_guard import no_store_on_qt_thread  # noqa: F401 (a fixture)

CALLER_HZ = 440.0


@pytest.fixture(scope="module")
def caller_tone(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tone") / "caller.wav"
    write_tone(str(path), CALLER_HZ, 3.0, rate=16000)
    return str(path)


@pytest.fixture
def app(qapp, async_loop) -> Iterator[AppController]:
    # The seeded callback requests would pop (and dial) during opening hours: the tests of
    # the phone and the card take calls only; the callback tests turn the queue on.
    settings = Settings(wrap_up_seconds=1, take_callbacks=False)
    controller = AppController(
        qapp, AppOptions(demo=True, demo_caller=False), app_paths().ensure(), settings
    )
    yield controller
    controller.shutdown_now()  # a failed test must not leave its engine or sync thread up
    controller.window.close()
    controller.window.deleteLater()
