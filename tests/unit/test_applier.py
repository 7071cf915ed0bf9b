"""The applier's table of write kinds: each kind has one handler, from the domain that owns it."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from types import ModuleType
from typing import Any

import pytest

import crm
from crm import applier
from crm.write_context import ApplyContext, Handler

# Every kind the desktop app queues in its outbox (softphone/) and the bookings importer applies
# (crm/booking_import/ingest.py).
KINDS = {
    "interaction.append",
    "ticket.create",
    "ticket.update",
    "contact.create",
    "presence.set",
    "callback.request",
    "callback.outcome",
    "script_run.save",
    "canned.save",
    "canned.retire",
    "canned.use",
    "announcement.post",
    "announcement.read",
}


def _domains() -> dict[str, Mapping[str, Handler]]:
    """Every crm module but the applier that exports handlers, by module name."""
    found = {}
    for info in pkgutil.iter_modules(crm.__path__, "crm."):
        module: ModuleType = importlib.import_module(info.name)
        handlers = getattr(module, "HANDLERS", None)
        if module is not applier and isinstance(handlers, Mapping):
            found[info.name] = handlers
    return found


def test_every_kind_has_exactly_one_handler_from_one_domain() -> None:
    domains = _domains()
    owners: dict[str, list[str]] = {}
    for name, handlers in domains.items():
        for kind in handlers:
            owners.setdefault(kind, []).append(name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    assert set(owners) == KINDS  # a kind with no handler, or an unknown one, shows here
    assert set(applier.HANDLERS) == KINDS  # every domain is merged, none forgotten
    for kind, (owner,) in owners.items():
        handler = applier.HANDLERS[kind]
        assert handler is domains[owner][kind]
        assert handler.__module__ == owner  # a domain exports its own handlers, not another's


def _noop(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    """A stand-in handler."""


def _other(ctx: ApplyContext, key: str, p: Mapping[str, Any]) -> None:
    """Another stand-in handler, claiming the same kind."""


def test_two_domains_cannot_register_the_same_kind() -> None:
    with pytest.raises(ValueError, match=r"'canned\.use' has two handlers: .*_noop and .*_other"):
        applier.merge_handlers({"canned.save": _noop, "canned.use": _noop}, {"canned.use": _other})


def test_the_merge_keeps_every_kind_of_every_domain() -> None:
    merged = applier.merge_handlers({"a.one": _noop}, {}, {"b.one": _other, "b.two": _noop})
    assert merged == {"a.one": _noop, "b.one": _other, "b.two": _noop}
