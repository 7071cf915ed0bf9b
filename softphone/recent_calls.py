"""The agent's recent calls, kept in a JSON file in the user data directory across restarts."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import datetime
from pathlib import Path

from ui.viewmodels import RecentCall

log = logging.getLogger(__name__)

MAX_RECENT = 200


def load_recent(path: Path | None) -> list[RecentCall]:
    """The calls kept in `path`, newest first; none when it is missing or unreadable."""
    if path is None or not path.exists():
        return []
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
        return [
            RecentCall(**{**item, "at": datetime.fromisoformat(item["at"])})
            for item in items[:MAX_RECENT]
        ]
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.warning("recent calls unreadable, starting empty: %s", exc)
        return []


def save_recent(path: Path | None, recent: list[RecentCall]) -> None:
    """Write the calls to `path` whole or not at all (a temporary file, then a rename)."""
    if path is None:
        return
    # Shallow, by hand: asdict deep-copies, and this runs on the Qt thread after every call.
    payload = [
        {
            "kind": r.kind,
            "name": r.name,
            "number": r.number,
            "display_number": r.display_number,
            "at": r.at.isoformat(),
            "duration_s": r.duration_s,
        }
        for r in recent
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False)
    os.replace(tmp, path)
