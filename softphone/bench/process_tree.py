"""Memory of the whole process tree (the app and its SIP engine process), for
`softphone bench startup`: resident (RSS), proportional (PSS, shared pages divided among
the processes that map them) and unique (USS, pages no other process maps) set sizes per
process and summed, and the private dirty memory (what the process wrote itself: its heap,
Python's objects).

PSS and USS move with what else runs on the machine: a library's pages (Qt's) count in full
while no other process maps them and shrink as soon as one does (another Qt app, a test
suite). The private dirty memory does not, so it is the figure to compare runs on a shared
machine.

PSS and the private dirty memory come from /proc/PID/smaps_rollup (Linux); where the OS has
neither (Windows, macOS) the figures are None and only RSS is summed.
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


def _private_dirty_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Private_Dirty:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:  # not Linux, or the process went away
        return None
    return None


def _threads(pid: int) -> dict[str, int] | None:
    """The process's threads, counted by name (Linux: /proc/PID/task/*/comm)."""
    names: dict[str, int] = {}
    try:
        for task in os.scandir(f"/proc/{pid}/task"):
            with open(os.path.join(task.path, "comm"), encoding="utf-8") as comm:
                name = comm.read().strip()
            names[name] = names.get(name, 0) + 1
    except OSError:  # not Linux, or the process went away
        return None
    return dict(sorted(names.items()))


def _summed(values: list[float | None]) -> float | None:
    return round(sum(v for v in values if v is not None), 1) if None not in values else None


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
                "private_dirty_mb": _private_dirty_mb(process.pid),
                "threads": _threads(process.pid),
            }
        )
    pss_values = [p["pss_mb"] for p in processes]
    return {
        "processes": processes,
        "tree_rss_mb": round(sum(p["rss_mb"] for p in processes), 1),
        "tree_private_dirty_mb": _summed([p["private_dirty_mb"] for p in processes]),
        "tree_pss_mb": _summed(pss_values),
    }
