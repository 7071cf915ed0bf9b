"""The bundle's entry point (PyInstaller): the `softphone` command, and the app's own helper
processes, which the app starts as `<executable> -m MODULE ...` (sys.executable is this
program in a bundle, not a Python interpreter)."""

from __future__ import annotations

import multiprocessing
import runpy
import sys

# Only the app's own helpers: a bundle is no general-purpose Python interpreter.
HELPERS = frozenset({"sip.engine_host", "sip.demo_caller", "sip.answering_peer", "softphone"})


def main() -> None:
    multiprocessing.freeze_support()
    if len(sys.argv) >= 3 and sys.argv[1] == "-m":
        module = sys.argv[2]
        if module not in HELPERS:
            raise SystemExit(f"softphone: no helper named {module!r}")
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return
    from softphone.cli import main as cli_main

    raise SystemExit(cli_main())


if __name__ == "__main__":
    main()
