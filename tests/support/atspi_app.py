"""Run under a D-Bus session and an X server (tests/integration/test_atspi.py starts it with
dbus-run-session and xvfb-run): the REAL app, started as a user starts it (`python -m softphone
--demo`, in its own process, with a private HOME), once per language, taken through the states an
agent meets - home, a ringing call, in a call, wrap-up, a callback on screen, the settings, the
wallboard - the way the outside world and the agent do it: a real SIP call from a loopback peer,
the Answer and Hang up buttons pressed through the accessibility bus (the Action interface), keys
typed on the X server (xdotool: XTEST), a callback booking that falls due in the store.

In each state it walks the tree over the bus as a screen reader does, then presses Tab in each
window until focus comes round again, reading from the bus which object got the focus. Prints
one JSON report: `ATSPI-APP-REPORT {...}`.

    dbus-run-session -- xvfb-run -a python -m tests.support.atspi_app WORKDIR en ar
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from jeepney import DBusAddress, DBusErrorResponse, MatchRule, new_method_call
from jeepney.io.blocking import open_dbus_connection
from sqlalchemy import update

from crm import schema
from crm.db import make_engine
from softphone.settings import Settings, save_settings
from tests.support import process
from tests.support.atspi import AtSpiClient, Node
from tests.support.sip_peer import SipPeer

ROOT = Path(__file__).resolve().parents[2]
APP_NAME = "contact-softphone"
SUPERVISOR = "paola.moretti"  # the demo's supervisor: takes calls and has the wallboard
BAD_ROLES = {"invalid", "unknown", "redundant object"}
# The tab list is one Tab stop; its tabs are chosen with the arrows, as in any tab widget.
ONE_STOP = {"page tab list"}
# Text and containers a reader reads in browse mode: Qt calls a label focusable when the mouse can
# select its text; the labels that matter during a call are Tab stops as well (ui/accessibility
# .readable), but "every control" is what Tab must reach.
NOT_CONTROLS = {"label", "filler", "panel", "static"}
TAB_LIMIT = 160  # presses before a window's Tab order counts as a trap
STATE_ACTIVE = 1
STATE_SENSITIVE = 24
T = TypeVar("T")


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 30) -> T:
    """Poll the bus (or the store) until `probe` returns something: the app's state is only
    visible from outside, and each probe is a D-Bus round trip, not a sleep in the app."""
    deadline = time.monotonic() + timeout
    while True:
        found = probe()
        if found:
            return found
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout} s for {what}")
        time.sleep(0.05)


class FocusEvents:
    """The object:state-changed:focused events of the bus: where a Tab press put the focus."""

    def __init__(self, client: AtSpiClient) -> None:
        client.register_event("object:state-changed:focused")
        self.conn = open_dbus_connection(bus=client.address)
        rule = MatchRule(type="signal", interface="org.a11y.atspi.Event.Object",
                         member="StateChanged")  # fmt: skip
        rule.add_arg_condition(0, "focused")
        bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                          interface="org.freedesktop.DBus")  # fmt: skip
        self.conn.send_and_get_reply(new_method_call(bus, "AddMatch", "s", (rule.serialise(),)))
        self._filter = self.conn.filter(rule, bufsize=10_000)
        self.queue = self._filter.__enter__()

    def drain(self, timeout: float = 0.0) -> list[tuple[str, str]]:
        """(bus name, path) of the objects that gained the focus, in order."""
        found: list[tuple[str, str]] = []
        while True:
            try:
                message = self.conn.recv_until_filtered(self.queue, timeout=timeout)
            except TimeoutError:
                return found
            if message.body[1] == 1:
                found.append((str(message.header.fields[7]), str(message.header.fields[1])))
            timeout = 0.05  # more events of the same press come at once (a table and its cell)

    def close(self) -> None:
        self._filter.__exit__(None, None, None)
        self.conn.close()


class Driver:
    def __init__(self, client: AtSpiClient, focus: FocusEvents, app: subprocess.Popen[bytes]):
        self.client = client
        self.focus = focus
        self.app = app
        self.order: list[str] = []  # what each Tab press focused, for the report

    def root(self) -> Node | None:
        for bus, path, name in self.client.applications():
            if name == APP_NAME:
                return self.client.node(bus, path)
        return None  # not (yet) on the bus

    def windows(self) -> list[Node]:
        root = self.root()
        return [w for w in root.children if w.showing] if root is not None else []

    def find(self, test: Callable[[Node], bool]) -> Node | None:
        try:
            windows = self.windows()
        except DBusErrorResponse:  # an object went away during the walk: look again
            return None
        for window in windows:
            for node in window.walk():
                if test(node):
                    return node
        return None

    def menu_item(self, window: Node, name: str) -> tuple[str, str]:
        """A menu bar's item by name: menus are not showing until opened, so walk them all."""

        def items(bus: str, path: str, depth: int) -> list[tuple[str, str, str]]:
            (children,) = self.client.call(bus, path, "org.a11y.atspi.Accessible", "GetChildren")
            found = []
            for child_bus, child_path in children:
                found.append((child_bus, child_path,
                              str(self.client.prop(child_bus, child_path, "Name"))))  # fmt: skip
                if depth < 3:
                    found += items(child_bus, child_path, depth + 1)
            return found

        (children,) = self.client.call(window.bus, window.path, "org.a11y.atspi.Accessible",
                                       "GetChildren")  # fmt: skip
        for bus, path in children:
            (role,) = self.client.call(bus, path, "org.a11y.atspi.Accessible", "GetRoleName")
            if role == "menu bar":
                for item_bus, item_path, item_name in items(bus, path, 0):
                    if item_name.replace("…", "").replace("...", "") == name:
                        return item_bus, item_path
        raise LookupError(f"no menu item {name!r}")

    def press(self, bus: str, path: str) -> None:
        """The Action interface's first action (Press/Click), as a reader's "activate" sends it.
        No wait for the reply: an action that opens a modal dialog answers when it closes."""
        address = DBusAddress(path, bus_name=bus, interface="org.a11y.atspi.Action")
        self.client.conn.send(new_method_call(address, "DoAction", "i", (0,)))

    def x_window(self, title: str) -> str:
        pattern = "^" + re.sub(r"([][.*+?^${}()|\\])", r"\\\1", title) + "$"
        done = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.app.pid),
             "--name", pattern],
            capture_output=True, text=True, timeout=20, check=True,
        )  # fmt: skip
        return done.stdout.split()[0]

    def activate(self, title: str) -> None:
        """Give the window the X input focus (what a window manager does on a click)."""
        if self._active(title):
            return  # the app activated it (a dialog it opened): leave the X focus alone
        window = self.x_window(title)
        for _ in range(50):
            subprocess.run(["xdotool", "windowraise", window, "windowfocus", window],
                           check=True, timeout=20)  # fmt: skip
            focused = subprocess.run(["xdotool", "getwindowfocus"], capture_output=True,
                                     text=True, timeout=20).stdout.strip()  # fmt: skip
            if focused == window and self._active(title):
                return
            time.sleep(0.1)  # the X server and the app settle the focus between two tries
        raise AssertionError(f"{title}: the window does not take the keyboard focus")

    def _active(self, title: str) -> bool:
        return any(STATE_ACTIVE in w.states for w in self.windows() if w.name == title)

    def keys(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True, timeout=20)

    def tab_walk(self, title: str) -> list[tuple[str, str]]:
        """Tab until the focus comes round again: every object Tab put the focus on. A press
        that moves the focus nowhere is a trap (a text field that keeps the Tab)."""
        self.activate(title)
        reached: list[tuple[str, str]] = []
        seen: set[frozenset[tuple[str, str]]] = set()
        empty = 0
        for _ in range(TAB_LIMIT):
            self.keys("Tab")
            stop = frozenset(self.focus.drain(2.0))
            empty = empty + 1 if not stop else 0
            if empty == 1:
                continue  # one press may come before the window has the X focus
            if empty:
                where = self.client.prop(*reached[-1], "Name") if reached else "?"
                raise AssertionError(f"{title}: Tab does not leave {where!r} (a trap)")
            self.order.append(f"{title}: " + " / ".join(
                sorted(str(self.client.prop(*at, "Name")) for at in stop)))  # fmt: skip
            if stop in seen:
                return reached
            seen.add(stop)
            reached += stop
        raise AssertionError(f"{title}: {TAB_LIMIT} Tab presses and the focus never came round")

    def tab_to(self, title: str, target: Node) -> None:
        """Tab until `target` has the focus (the agent's way to a control)."""
        self.activate(title)
        self.focus.drain(0.3)
        for _ in range(TAB_LIMIT):
            self.keys("Tab")
            if (target.bus, target.path) in self.focus.drain(2.0):
                return
        raise AssertionError(f"{title}: Tab never reached the control")

    def survey(self, tab_windows: list[str]) -> dict[str, Any]:
        """Every showing window: its focusable objects, their roles and names; then Tab through
        the named windows and list what Tab never reached."""
        windows = self.windows()
        self.order = []
        controls: list[dict[str, str]] = []
        problems: list[str] = []
        unreached: list[str] = []
        for window in windows:
            nodes = [n for n in window.walk() if n.focusable]
            for node in nodes:
                controls.append({"window": window.name, "role": node.role, "name": node.name})
                if node.role in BAD_ROLES:
                    problems.append(f"{window.name}: {node.path} has the role {node.role!r}")
                if not node.name.strip():
                    problems.append(f"{window.name}: a {node.role} with no name ({node.path})")
            if window.name not in tab_windows:
                continue
            reached = set(self.tab_walk(window.name))
            # The parts of a control Tab reached (a hotkey field's editor) or of a tab list.
            inside = {part.path for n in window.walk()
                      if n.role in ONE_STOP or (n.bus, n.path) in reached
                      for part in n.walk()[1:]}  # fmt: skip
            for node in nodes:
                if node.role in NOT_CONTROLS or STATE_SENSITIVE not in node.states:
                    continue  # text, or a control that is off for now (Tab skips those)
                if (node.bus, node.path) not in reached and node.path not in inside:
                    unreached.append(f"{window.name}: {node.role} {node.name!r}")
        return {
            "windows": [w.name for w in windows],
            "controls": controls,
            "problems": problems,
            "unreached": unreached,
            "tab_order": self.order,
        }


def prepare_home(work: Path, language: str) -> tuple[dict[str, str], Path]:
    """A private HOME, XDG dirs and SOFTPHONE_HOME; the settings a blind agent keeps (long
    wrap-up and callback preview: a screen reader needs time); the demo store, seeded, with
    one callback booked for tomorrow on a line that is always open."""
    home = work / language
    names = ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR")
    dirs = {name: home / name.lower() for name in names}
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = dict(os.environ, SOFTPHONE_HOME=str(home / "softphone"), QT_QPA_PLATFORM="xcb",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", PYTHONPATH=str(ROOT),
               **{k: str(v) for k, v in dirs.items()})  # fmt: skip
    env.pop("SOFTPHONE_TEST_PG", None)
    os.environ["SOFTPHONE_HOME"] = env["SOFTPHONE_HOME"]
    from softphone.paths import app_paths
    from tests.support.demo_store import prepare_store

    paths = app_paths().ensure()
    save_settings(
        Settings(ui_language=language, wrap_up_seconds=600, take_callbacks=True,
                 callback_preview_seconds=600),
        paths.settings_file,
    )  # fmt: skip
    uid = prepare_store(str(paths.embedded_store))
    move_callback(paths.embedded_store, uid, timedelta(days=1))
    return env, paths.embedded_store


def move_callback(store: Path, uid: str, due_in: timedelta) -> None:
    engine = make_engine(f"sqlite:///{store}")
    try:
        with engine.begin() as conn:
            conn.execute(
                update(schema.callback_requests)
                .where(schema.callback_requests.c.uid == uid)
                .values(next_attempt_at=datetime.now(UTC) + due_in)
            )
    finally:
        engine.dispose()


def known_caller(store: Path) -> tuple[str, str, str]:
    """A seeded contact alone on their number, with an open ticket: (e164, name, topic)."""
    engine = make_engine(f"sqlite:///{store}")
    try:
        with engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT p.e164, c.first_name || ' ' || c.last_name, t.topic_code"
                " FROM contacts c JOIN contact_phones p ON p.contact_id = c.id"
                " JOIN tickets t ON t.contact_id = c.id"
                " WHERE t.status = 'open' AND t.topic_code IS NOT NULL"
                " AND (SELECT count(*) FROM contact_phones q WHERE q.e164 = p.e164) = 1"
                " ORDER BY c.id, t.id LIMIT 1"
            ).one()
            return str(row[0]), str(row[1]), str(row[2])
    finally:
        engine.dispose()


def callback_uid(store: Path) -> str:
    engine = make_engine(f"sqlite:///{store}")
    try:
        with engine.connect() as conn:
            return str(conn.exec_driver_sql("SELECT uid FROM callback_requests").scalar_one())
    finally:
        engine.dispose()


def button(names: set[str]) -> Callable[[Node], bool]:
    return lambda n: n.role == "push button" and n.focusable and n.name in names


def run_language(work: Path, language: str, client: AtSpiClient, report: dict[str, Any]) -> None:
    started = time.monotonic()
    env, store = prepare_home(work, language)
    e164, name, topic = known_caller(store)
    uid = callback_uid(store)
    focus = FocusEvents(client)
    listener = client.announcements()
    log = (work / f"app-{language}.log").open("wb")
    app = process.start(
        [sys.executable, "-m", "softphone", "--demo", "--no-demo-caller", "--as", SUPERVISOR],
        cwd=ROOT, env=env, stdout=log,
    )  # fmt: skip
    drive = Driver(client, focus, app)
    report.update({"states": {}, "caller": name, "topic": topic})
    peer = SipPeer(name="caller").__enter__()
    try:
        peer.command("add_account", config={"id": "me", "username": e164,
                                            "domain": peer.address, "register": False})  # fmt: skip
        # Home: the greeting is up and the SIP line is ready (its address is in the status bar).
        status = wait_for("the SIP line", lambda: drive.find(
            lambda n: n.role == "label" and "@127.0.0.1:" in n.name), 60)  # fmt: skip
        address = re.search(r"@(127\.0\.0\.1:\d+)", status.name)
        assert address is not None, status.name
        main = next(w.name for w in drive.windows() if w.role == "frame")
        report["main"] = main
        report["states"]["home"] = drive.survey([main])

        # Ringing: a real INVITE from the loopback peer, with the IVR's headers.
        peer.command("make_call", account_id="me",
                     target=f"sip:{SUPERVISOR}@{address.group(1)}",
                     headers={"X-IVR-Topic": topic, "X-IVR-Language": "it",
                              "X-Caller-Verified": "pin"})  # fmt: skip
        answer = wait_for("the incoming-call window", lambda: drive.find(button(ANSWER)), 20)
        said: list[dict[str, Any]] = []
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(
            name in s["text"] and s["politeness"] == 2 for s in said
        ):
            try:
                text, politeness = listener.next(timeout=max(0.1, deadline - time.monotonic()))
            except TimeoutError:
                break
            said.append({"text": text, "politeness": politeness})
        report["announcements"] = said
        ringing = [w.name for w in drive.windows() if w.name != main]
        report["states"]["ringing"] = drive.survey([main, *ringing])

        # In a call: the reader's "activate" on Answer.
        drive.press(answer.bus, answer.path)
        hang_up = wait_for("the call panel", lambda: drive.find(button(HANG_UP)), 20)
        report["states"]["in call"] = drive.survey([main])

        # Wrap-up: Hang up, by its button over the bus.
        drive.press(hang_up.bus, hang_up.path)
        wait_for("the wrap-up", lambda: drive.find(lambda n: n.name in OUTCOME), 20)
        report["states"]["wrap-up"] = drive.survey([main])

        # End the wrap-up by keys (the state menu, as in tests/ui/test_keyboard_only.py), then
        # the booked callback falls due: the queue pops it on the agent's screen.
        state = drive.find(lambda n: n.role == "button menu")
        assert state is not None
        drive.tab_to(main, state)
        drive.keys("space")  # the menu opens (Qt puts no popup menu on the bus): Down, Enter
        drive.keys("Down", "Return")
        wait_for("available", lambda: (drive.find(lambda n: n.role == "button menu") or state)
                 .name != state.name, 10)  # fmt: skip
        move_callback(store, uid, -timedelta(minutes=5))
        wait_for("the callback on screen", lambda: drive.find(
            lambda n: n.role == "push button" and n.name in DIAL_NOW), 30)  # fmt: skip
        report["states"]["callback"] = drive.survey([main])

        # The settings, from the File menu (the reader's "activate" on its item); Escape closes.
        drive.press(*drive.menu_item(next(w for w in drive.windows() if w.name == main),
                                     SETTINGS[language]))  # fmt: skip
        settings = wait_for("the settings", lambda: [w.name for w in drive.windows()
                                                     if w.role == "dialog"], 20)  # fmt: skip
        report["states"]["settings"] = drive.survey(settings)
        drive.activate(settings[0])
        drive.keys("Escape")
        wait_for("the settings closed", lambda: not any(w.role == "dialog"
                                                        for w in drive.windows()), 10)  # fmt: skip

        # The wallboard: the supervisor's shortcut, typed.
        drive.activate(main)
        drive.keys("ctrl+shift+w")
        board = wait_for("the wallboard", lambda: [w.name for w in drive.windows()
                                                   if w.name != main], 20)  # fmt: skip
        report["states"]["wallboard"] = drive.survey(board)
    finally:
        peer.close()
        process.stop(app, 20)
        log.close()
        listener.close()
        focus.close()
    report["seconds"] = round(time.monotonic() - started, 1)


# Names the driver looks for, per language (the app's own translations).
ANSWER = {"Answer", "رد", "الرد"}
HANG_UP = {"Hang up", "إنهاء", "إنهاء المكالمة"}
OUTCOME = {"Outcome of the call:", "نتيجة المكالمة:"}
DIAL_NOW = {"Dial now", "اتصل الآن"}
SETTINGS = {"en": "Settings", "ar": "الإعدادات"}


def main() -> int:
    work = Path(sys.argv[1])
    client = AtSpiClient()
    client.register_event("object:announcement")
    report: dict[str, Any] = {}
    try:
        for language in sys.argv[2:]:
            report[language] = {}
            run_language(work, language, client, report[language])
    except Exception as error:  # the report says how far it got
        report["error"] = f"{type(error).__name__}: {error}"
        raise
    finally:
        client.close()
        print("ATSPI-APP-REPORT " + json.dumps(report, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
