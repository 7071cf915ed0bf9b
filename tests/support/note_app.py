"""The real app in its own process, for the crash test: waits for the demo caller's call, answers
it, types a note into the caller's card as an agent would, says TYPED, and runs on until it is
killed."""

from __future__ import annotations

import asyncio
import sys

import qasync
from PySide6.QtTest import QTest

from softphone.app import AppController, AppOptions, create_application
from softphone.logging_setup import configure_logging
from softphone.paths import app_paths
from softphone.settings import Settings


def main(note: str) -> None:
    paths = app_paths().ensure()
    configure_logging(paths.log_file, console=False)
    app = create_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    controller = AppController(
        app, AppOptions(demo=True, demo_caller=True), paths, Settings(take_callbacks=False)
    )

    async def scenario() -> None:
        running = asyncio.ensure_future(controller.run())
        while controller.session is None or controller.session.cti is None:
            await asyncio.sleep(0.05)
        popped: asyncio.Future[object] = loop.create_future()
        controller.session.cti.popped.connect(lambda pop: popped.done() or popped.set_result(pop))
        await popped
        assert controller.phone.calls is not None
        controller.window.incoming.answer_button.click()  # the agent takes the call
        while not any(c.connected_at for c in controller.phone.calls.calls()):
            await asyncio.sleep(0.05)
        QTest.keyClicks(controller.window.screen_pop.caller_page.note, note)
        print("TYPED", flush=True)
        await running

    with loop:
        loop.run_until_complete(scenario())


if __name__ == "__main__":
    main(sys.argv[1])
