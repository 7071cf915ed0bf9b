"""The import-layer contract runs, passes on the project, and fails on a forbidden import."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = ("softphone", "ui", "sip", "crm")


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
        check=False,
    )


def _copy_project(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    copy.mkdir()
    shutil.copy(ROOT / "pyproject.toml", copy)
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, copy / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    return copy


def test_the_project_keeps_its_layers(tmp_path: Path) -> None:
    result = _lint(_copy_project(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("crm/leak.py", "import PySide6.QtCore\n", "sip and crm know no Qt"),
        ("sip/leak.py", "import crm.models\n", "sip and crm never import each other"),
        ("ui/leak.py", "import sqlalchemy\n", "ui knows neither pjsua2 nor SQLAlchemy"),
        ("ui/leak2.py", "import pjsua2\n", "ui knows neither pjsua2 nor SQLAlchemy"),
        ("crm/leak.py", "import softphone.settings\n", "Layers"),
    ],
)
def test_a_forbidden_import_breaks_the_contract(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    copy = _copy_project(tmp_path)
    (copy / module).write_text(line, encoding="utf-8")
    result = _lint(copy)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
    broken = [row for row in result.stdout.splitlines() if "BROKEN" in row]
    assert any(contract in row for row in broken), result.stdout
