"""A small AT-SPI client over D-Bus (jeepney, pure Python): what Orca or Accerciser asks an
application for - its tree of accessible objects with their roles, names and states - and the
events it sends (announcements). No GObject introspection needed, so it runs in the venv."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jeepney import DBusAddress, MatchRule, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
ROOT = "/org/a11y/atspi/accessible/root"
STATE_FOCUSABLE = 11
STATE_FOCUSED = 12
STATE_SHOWING = 25
STATE_VISIBLE = 30
# Containers of rows: a reader presents the container and moves in it with the arrows; its
# cells are walked by the reader on demand, not part of "every control on the screen".
ROW_CONTAINERS = {"table", "tree table", "list", "list box", "tree", "menu bar", "menu"}


def a11y_bus_address() -> str:
    """The accessibility bus of this D-Bus session (started on demand by the bus launcher)."""
    with open_dbus_connection(bus="SESSION") as session:
        bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
        reply = session.send_and_get_reply(new_method_call(bus, "GetAddress"), timeout=10)
        return str(reply.body[0])


@dataclass
class Node:
    bus: str
    path: str
    role: str
    name: str
    description: str
    states: set[int]
    children: list[Node] = field(default_factory=list)

    @property
    def focusable(self) -> bool:
        return STATE_FOCUSABLE in self.states

    @property
    def showing(self) -> bool:
        return STATE_SHOWING in self.states and STATE_VISIBLE in self.states

    def walk(self) -> list[Node]:
        found = [self]
        for child in self.children:
            found += child.walk()
        return found


class AtSpiClient:
    def __init__(self, address: str | None = None) -> None:
        self.address = address or a11y_bus_address()
        self.conn: DBusConnection = open_dbus_connection(bus=self.address)

    def close(self) -> None:
        self.conn.close()

    def call(self, bus: str, path: str, interface: str, method: str, sig: str = "",
             body: tuple[Any, ...] = ()) -> tuple[Any, ...]:  # fmt: skip
        address = DBusAddress(path, bus_name=bus, interface=interface)
        reply = self.conn.send_and_get_reply(new_method_call(address, method, sig, body),
                                             timeout=10)  # fmt: skip
        return tuple(reply.body)

    def prop(self, bus: str, path: str, name: str) -> Any:
        address = DBusAddress(path, bus_name=bus, interface=ACCESSIBLE)
        reply = self.conn.send_and_get_reply(Properties(address).get(name), timeout=10)
        return reply.body[0][1]

    def register_event(self, event: str) -> None:
        """Tell the registry a reader listens to `event` ("object:announcement"): Qt sends
        only the events someone listens to."""
        registry = ("org.a11y.atspi.Registry", "/org/a11y/atspi/registry",
                    "org.a11y.atspi.Registry")  # fmt: skip
        try:
            self.call(*registry, "RegisterEvent", "sass", (event, [], ""))
        except Exception:  # an older registry: RegisterEvent(s)
            self.call(*registry, "RegisterEvent", "s", (event,))

    def applications(self) -> list[tuple[str, str, str]]:
        """(bus name, path, name) of every application on the bus."""
        (children,) = self.call("org.a11y.atspi.Registry", ROOT, ACCESSIBLE, "GetChildren")
        return [(bus, path, str(self.prop(bus, path, "Name"))) for bus, path in children]

    def node(self, bus: str, path: str, depth: int = 0) -> Node:
        (role,) = self.call(bus, path, ACCESSIBLE, "GetRoleName")
        (words,) = self.call(bus, path, ACCESSIBLE, "GetState")
        states = {32 * i + bit for i, word in enumerate(words) for bit in range(32)
                  if word & (1 << bit)}  # fmt: skip
        node = Node(bus, path, str(role), str(self.prop(bus, path, "Name")),
                    str(self.prop(bus, path, "Description")), states)  # fmt: skip
        if depth == 0 or (node.showing and role not in ROW_CONTAINERS and depth < 40):
            (children,) = self.call(bus, path, ACCESSIBLE, "GetChildren")
            for child_bus, child_path in children:
                child = self.node(child_bus, child_path, depth + 1)
                if child.showing:
                    node.children.append(child)
        return node

    def announcements(self) -> AnnouncementListener:
        return AnnouncementListener(self.address)


class AnnouncementListener:
    """Collects the Object:Announcement signals of the bus on a connection of its own."""

    def __init__(self, address: str) -> None:
        self.conn = open_dbus_connection(bus=address)
        rule = MatchRule(type="signal", interface="org.a11y.atspi.Event.Object",
                         member="Announcement")  # fmt: skip
        bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                          interface="org.freedesktop.DBus")  # fmt: skip
        self.conn.send_and_get_reply(new_method_call(bus, "AddMatch", "s", (rule.serialise(),)))
        self._filter = self.conn.filter(rule)
        self.queue = self._filter.__enter__()

    def next(self, timeout: float) -> tuple[str, int]:
        """The next announcement: (message, politeness: 1 polite, 2 assertive)."""
        message = self.conn.recv_until_filtered(self.queue, timeout=timeout)
        _kind, politeness, _detail, (_sig, text) = message.body[:4]
        return str(text), int(politeness)

    def close(self) -> None:
        self._filter.__exit__(None, None, None)
        self.conn.close()
