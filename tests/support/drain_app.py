"""The real app in its own process, for the SIGKILL test: it starts on the settings in its home
(a central PostgreSQL store), pushes the outbox it finds there, and runs until it is killed.
Demo mode only for its loopback SIP account; no demo caller."""

from __future__ import annotations

import asyncio

import qasync

from softphone.app import AppController, AppOptions, create_application
from softphone.logging_setup import configure_logging
from softphone.paths import app_paths
from softphone.settings import load_settings


def main() -> None:
    paths = app_paths().ensure()
    configure_logging(paths.log_file, console=False)
    settings = load_settings(paths.settings_file).settings
    app = create_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    controller = AppController(app, AppOptions(demo=True, demo_caller=False), paths, settings)
    with loop:
        loop.run_until_complete(controller.run())


if __name__ == "__main__":
    main()
