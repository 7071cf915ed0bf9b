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


@pytest.mark.parametrize(
    ("module", "leak"),
    [
        # The cycle crm/changes.py once had: the write context reaching a domain, lazily.
        ("crm/write_context.py", "    from crm import callback_writes\n"),
        ("crm/canned_store.py", "    from crm.applier import HANDLERS\n"),
        ("crm/change_feed.py", "    from crm.write_context import ApplyContext\n"),
    ],
)
def test_a_write_module_reaching_back_up_breaks_the_one_way_contract(
    tmp_path: Path, module: str, leak: str
) -> None:
    copy = _copy_project(tmp_path)
    path = copy / module
    # Inside a function, where a lazy import would dodge the cycle at run time.
    path.write_text(f"{path.read_text(encoding='utf-8')}\n\ndef _leak() -> None:\n{leak}")
    result = _lint(copy)
    assert result.returncode != 0
    broken = [row for row in result.stdout.splitlines() if "BROKEN" in row]
    assert any("crm writes one way" in row for row in broken), result.stdout
