"""Fixtures of the UI tests that drive the phone: a caller's tone, the caller's and a colleague's
phones, the English catalogue and the app on the demo store; `async def` tests run on the app's
qasync loop (tests/support/app_driver.py drives the app)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from softphone.app import AppController, AppOptions
from softphone.paths import app_paths, resources_dir
from softphone.settings import Settings
from tests.support.app_driver import peer
from tests.support.audio import write_tone
from tests.support.sip_peer import SipPeer
from tests.support.store_guard import no_store_on_qt_thread  # noqa: F401 (a fixture)
from ui.i18n import apply_language

CALLER_HZ = 440.0


@pytest.fixture(scope="module")
def caller_tone(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tone") / "caller.wav"
    write_tone(str(path), CALLER_HZ, 3.0, rate=16000)
    return str(path)


@pytest.fixture
def caller(caller_tone: str) -> Iterator[SipPeer]:
    """A caller's phone, in its own process."""
    p = peer(caller_tone, "+390612345678", "caller")
    yield p
    p.close()


@pytest.fixture
def colleague(caller_tone: str) -> Iterator[SipPeer]:
    """Where the agent transfers the caller: a colleague's phone, in its own process."""
    p = peer(caller_tone, "2002", "colleague")
    yield p
    p.close()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English catalogue, as `softphone` installs it (its plural forms: "1 change", not
    "1 change(s)"); the source text again afterwards."""
    apply_language(qapp, "en", resources_dir() / "translations")
    yield
    apply_language(qapp, "C", resources_dir() / "translations")


@pytest.fixture
def app(qapp, async_loop, request: pytest.FixtureRequest) -> Iterator[AppController]:
    # The seeded callback requests would pop (and dial) during opening hours: the tests of
    # the phone and the card take calls only; the callback tests turn the queue on. A test
    # marked `app_settings(...)` starts with those settings too (the engine starts as the
    # controller is made: settings changed afterwards would not reach it).
    marker = request.node.get_closest_marker("app_settings")
    extra = marker.kwargs if marker is not None else {}
    settings = Settings(wrap_up_seconds=1, take_callbacks=False, **extra)
    controller = AppController(
        qapp, AppOptions(demo=True, demo_caller=False), app_paths().ensure(), settings
    )
    yield controller
    controller.shutdown_now()  # a failed test must not leave its engine or sync thread up
    controller.window.close()
    controller.window.deleteLater()


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run an `async def` test to its end on the qasync loop of the async_loop fixture (the app
    fixture brings it), where the app's Qt and asyncio events are served."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    loop = pyfuncitem.funcargs.get("async_loop")
    if not isinstance(loop, asyncio.AbstractEventLoop):
        pytest.fail(f"{pyfuncitem.name} is async: it needs the async_loop fixture", pytrace=False)
    arguments = inspect.signature(pyfuncitem.obj).parameters
    qapp = pyfuncitem.funcargs["qapp"]
    quits = qapp.quitOnLastWindowClosed()
    # As in the app (softphone/app.py, create_application): the app decides when to stop, and
    # a test that closes its last window must not stop the loop it runs on.
    qapp.setQuitOnLastWindowClosed(False)
    try:
        loop.run_until_complete(
            pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in arguments})
        )
    finally:
        qapp.setQuitOnLastWindowClosed(quits)
    return True
