"""Memory of the whole process tree (the app and its SIP engine process), for
`softphone bench startup`: resident (RSS), proportional (PSS, shared pages divided among
the processes that map them) and unique (USS, pages no other process maps) set sizes per
process and summed.

PSS comes from /proc/PID/smaps_rollup (Linux); where the OS has no PSS (Windows, macOS) the
figure is None and only RSS is summed.
"""

from __future__ import annotations

import os
from typing import Any


def _name(process: Any) -> str:
    try:
        cmdline = process.cmdline()
    except Exception:  # psutil: the process went away, or is not ours
        return "?"
    for part in cmdline[1:]:
        if part.startswith(("softphone", "sip.", "-m")):
            continue
        if part.endswith((".py", "engine_host")) or "sip" in part:
            return os.path.basename(part)
    return " ".join(os.path.basename(p) for p in cmdline[:3])


def process_tree_memory(pid: int | None = None) -> dict[str, Any]:
    import psutil

    root = psutil.Process(pid)
    processes = []
    for process in [root, *root.children(recursive=True)]:
        try:
            info = process.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        pss = getattr(info, "pss", None)
        processes.append(
            {
                "pid": process.pid,
                "role": "app" if process.pid == root.pid else _name(process),
                "rss_mb": round(info.rss / 2**20, 1),
                "pss_mb": round(pss / 2**20, 1) if pss is not None else None,
                "uss_mb": round(getattr(info, "uss", 0) / 2**20, 1),
            }
        )
    pss_values = [p["pss_mb"] for p in processes]
    return {
        "processes": processes,
        "tree_rss_mb": round(sum(p["rss_mb"] for p in processes), 1),
        # Private memory only: unlike PSS, it does not change with what else maps the same
        # libraries (Qt's, other Qt apps on the machine), so runs compare better.
        "tree_uss_mb": round(sum(p["uss_mb"] for p in processes), 1),
        "tree_pss_mb": (
            round(sum(v for v in pss_values if v is not None), 1)
            if all(v is not None for v in pss_values)
            else None
        ),
    }
