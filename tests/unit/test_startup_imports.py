"""The app's start-up path reads and writes the store through SQLAlchemy Core only.

The ORM (`sqlalchemy.orm`) and the mapped classes (`crm.models`) cost the app some 18 MB of
memory, and start-up needs neither: opening a migrated, seeded store, reading the home snapshot
and the demo callers and publishing presence through the outbox must not import them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from crm.db import make_engine, session_factory
from crm.migrate import upgrade
from crm.seed import seed_demo
from tests.support.demo_store import CATALOG_PATH

STARTUP = """
import asyncio, json, sys
from pathlib import Path

import softphone.app  # every module the app imports at start-up
from crm.local_store import LocalStore
from crm.sync import SyncClient
from softphone.store_service import StoreService


async def start_up(url: str) -> dict:
    store = StoreService(url)
    try:
        info = await store.open(seed_catalog=Path(sys.argv[2]))
        home = await store.home("giulia.rossi")
        callers = await store.demo_callers()
        # Presence and every other write go through the outbox and the sync client.
        sync = SyncClient(store.engine, LocalStore(Path(sys.argv[3])), agent_login="giulia.rossi")
        sync.write("presence.set", {"login": "giulia.rossi", "state": "available",
                                    "since": "2026-11-21T09:00:00+00:00"})
        sync.sync_once()
        pushed = sync.pushed
    finally:
        store.close()
    return {
        "migrated": info.migrated,
        "seeded": info.seeded is not None,
        "agent": home.agent and home.agent.login,
        "open_tickets": len(home.open_tickets),
        "callers": len(callers),
        "pushed": pushed,
        "loaded": sorted(
            m for m in sys.modules
            if m in ("sqlalchemy.orm", "crm.models", "crm.seed") or m.startswith("sqlalchemy.orm.")
        ),
    }


print(json.dumps(asyncio.run(start_up(sys.argv[1]))))
"""


def test_startup_on_a_seeded_store_loads_neither_the_orm_nor_the_models(
    tmp_path: Path, catalog: dict[str, Any]
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    engine = make_engine(url)
    try:
        upgrade(engine)
        with session_factory(engine).begin() as session:
            seed_demo(session, catalog, contacts=30, tickets=60)
    finally:
        engine.dispose()

    out = subprocess.run(
        [sys.executable, "-c", STARTUP, url, str(CATALOG_PATH), str(tmp_path / "local.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["loaded"] == []
    # ... and it did the work: the store was current and seeded, and the reads found data.
    assert not result["migrated"] and not result["seeded"]
    assert result["agent"] == "giulia.rossi"
    assert result["open_tickets"] > 0 and result["callers"] > 0 and result["pushed"] == 1


def test_the_app_process_never_loads_pjsua2() -> None:
    """The SIP engine runs in its own process: the app's process holds no pjsua2 (about 8 MB
    of memory at rest), only the engine's commands, events, errors and device records."""
    probe = (
        "import sys, softphone.app, softphone.desk, sip.supervised, softphone.telephony;"
        "print(sorted(m for m in sys.modules if m.startswith(('pjsua2', 'sip.engine'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert json.loads(out.strip().replace("'", '"')) == ["sip.engine_types"]


def test_the_window_paints_before_the_store_modules_load() -> None:
    """The store's modules (SQLAlchemy, the schema, the services on the store) load off the Qt
    thread once the loop runs (softphone/app.py), so the window's first frame waits for none
    of them (`softphone bench startup`: first_frame_ms)."""
    probe = (
        "import sys, softphone.app;"
        "print(sorted(m for m in sys.modules"
        " if m.startswith(('sqlalchemy', 'crm.schema', 'softphone.store_session'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert json.loads(out.strip().replace("'", '"')) == []


def test_the_engine_process_starts_before_qt_is_imported() -> None:
    """`softphone` starts the SIP engine's process (softphone/engine_setup.py) before it imports
    Qt, so the engine's start and registration overlap Qt's (registered_ms)."""
    probe = (
        "import sys, softphone.cli, softphone.engine_setup;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pjsua2'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert json.loads(out.strip().replace("'", '"')) == []


def test_pyside_keeps_no_sources_of_the_modules_imported_after_it() -> None:
    """PySide6's import hook reads every module imported after it (to find "PySide6" in its
    source); softphone.pyside_hook makes it keep none of them in linecache (about 20 MB), and
    it still tells a module that uses PySide6 from one that does not."""
    probe = (
        "import json, linecache, sys\n"
        "from softphone.pyside_hook import lighten\n"
        "lighten_result = lighten()\n"
        "import softphone.app, softphone.store_session\n"
        "from shibokensupport.feature import pyside_feature_dict as seen\n"
        "print(json.dumps({'lightened': lighten_result,"
        " 'sources': sorted(n for n in linecache.cache if not n.startswith('<')),"
        " 'ui': seen.get('ui.main_window'), 'crm': seen.get('crm.schema'),"
        " 'sqlalchemy': seen.get('sqlalchemy.sql.compiler')}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["lightened"] is True
    # What PySide6 had read before the hook was replaced: its own start, no more.
    assert len(result["sources"]) <= 3, result["sources"]
    assert not [n for n in result["sources"] if "sqlalchemy" in n or "/softphone/" in n]
    assert result["ui"] == 0  # uses PySide6: features switchable
    assert result["crm"] == -1 and result["sqlalchemy"] == -1  # ignored by PySide6's features
