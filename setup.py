"""The wheel's build hook: compile the translations (.ts sources in resources/translations) into
the package data softphone/resources/translations/*.qm when a wheel is built, so a package holds
its compiled catalogues without binaries committed to the repository.

lrelease comes from the build environment: PySide6-Essentials is a build requirement
(pyproject.toml), so an isolated `pip wheel` / `python -m build` has it, and `make dist` builds
with the project's virtual environment (--no-isolation). Everything else is in pyproject.toml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TS_DIR = ROOT / "resources" / "translations"


def lrelease_command() -> list[str]:
    try:
        import PySide6
    except ImportError:
        pass
    else:
        exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
        bundled = Path(PySide6.__file__).resolve().parent / exe
        if bundled.is_file():
            return [str(bundled)]
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    raise SystemExit(
        "building the wheel needs lrelease to compile the translations: install "
        "PySide6-Essentials in the build environment (it is a build requirement)"
    )


class BuildPyWithTranslations(build_py):
    """build_py, then the .qm catalogues into the build tree's package data."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's: `make translations` builds them
        sources = sorted(TS_DIR.glob("softphone_*.ts"))
        if not sources:
            raise SystemExit(f"no translation sources in {TS_DIR}")
        target = Path(self.build_lib) / "softphone" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        lrelease = lrelease_command()
        for ts in sources:
            qm = target / (ts.stem + ".qm")
            subprocess.run(
                [*lrelease, "-silent", str(ts), "-qm", str(qm)],
                check=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"lrelease wrote no catalogue for {ts.name}")


setup(cmdclass={"build_py": BuildPyWithTranslations})
