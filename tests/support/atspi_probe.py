"""Run under a D-Bus session and an X server (tests/integration/test_atspi.py starts it with
dbus-run-session and xvfb-run): the app's windows, with Qt's AT-SPI bridge on, put in each
state an agent meets, in English and Arabic; a thread walks the accessibility bus as a screen
reader does and listens for the announcement of a ringing call. Prints one JSON report."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from softphone.paths import resources_dir
from tests.support.a11y import SCREENS, Screens
from tests.support.atspi import AtSpiClient
from tests.support.layout import settle
from ui.i18n import apply_language

APP_NAME = "contact-softphone"
BAD_ROLES = {"invalid", "unknown", "redundant object"}


class _Relay(QObject):
    finished = Signal()


def in_worker(work: Callable[[], Any]) -> Any:
    """Run blocking D-Bus work on a thread while this (the Qt) thread serves the bus."""
    box: dict[str, Any] = {}
    relay = _Relay()
    loop = QEventLoop()
    relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as error:  # reported in the main thread
            box["error"] = error
        relay.finished.emit()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box.get("value")


def our_app(client: AtSpiClient) -> tuple[str, str]:
    for bus, path, name in client.applications():
        if name == APP_NAME:
            return bus, path
    raise LookupError(f"{APP_NAME} is not on the accessibility bus")


def survey(client: AtSpiClient, windows: list[str]) -> dict[str, Any]:
    """Every showing, focusable object of the named windows: its role and name."""
    bus, path = our_app(client)
    root = client.node(bus, path)
    controls: list[dict[str, str]] = []
    problems: list[str] = []
    shown = [w for w in root.children if w.name in windows]
    for window in shown:
        for node in window.walk():
            if not node.focusable:
                continue
            controls.append({"role": node.role, "name": node.name})
            if node.role in BAD_ROLES:
                problems.append(f"{window.name}: {node.path} has the role {node.role!r}")
            if not node.name.strip():
                problems.append(f"{window.name}: a {node.role} with no name ({node.path})")
    return {
        "windows": [w.name for w in shown],
        "controls": controls,
        "problems": problems,
        "nodes": sum(len(w.walk()) for w in shown),
    }


def main() -> int:
    started = time.monotonic()
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    client = in_worker(AtSpiClient)
    in_worker(lambda: client.register_event("object:announcement"))
    listener = in_worker(client.announcements)
    screens = Screens()
    report: dict[str, Any] = {"states": {}, "announcement": None}
    try:
        for language in ("en", "ar"):
            apply_language(app, language, resources_dir() / "translations")
            settle()
            for state in SCREENS:
                roots = screens.show(state)
                for root in roots:
                    root.raise_()
                settle()
                titles = [r.windowTitle() for r in roots]
                result = in_worker(lambda t=titles: survey(client, t))
                report["states"][f"{language} {state}"] = result
                if language == "en" and state == "ringing":
                    text, politeness = in_worker(lambda: listener.next(timeout=10))
                    report["announcement"] = {"text": text, "politeness": politeness}
    finally:
        listener.close()
        client.close()
        screens.close()
    report["seconds"] = round(time.monotonic() - started, 1)
    print("ATSPI-REPORT " + json.dumps(report, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
    code = main()
    # Tearing down PySide's QApplication with the AT-SPI bridge on can crash in C++ after the
    # report is out; the report is what counts, so leave without the teardown.
    os._exit(code)
