"""The package as a desk gets it: `python -m build` makes the sdist and, from it, the wheel
(whose build hook compiles the translations); the wheel goes into a fresh virtual environment in
a temporary folder, and the app runs from there, outside the checkout, in German and in Arabic.

To stay fast the fresh environment borrows the project environment's installed dependencies
(PySide6, pjsua2, SQLAlchemy...) through a .pth line; the project itself comes only from the
wheel: the checkout's editable-install hook is not loaded there, and every run starts in the
temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from softphone import __version__

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
CALL_BUTTON_GREEN = "#1e8e3e"  # ui/tray.py's "available" green, the dial pad's Call button

# One worker builds the package: two `python -m build` runs in the same checkout (each worker
# sets up this module's fixture) collide on its build/ and .egg-info folders.
pytestmark = pytest.mark.xdist_group("packaging")


@dataclass(frozen=True)
class Installed:
    root: Path
    python: Path
    softphone: Path

    def env(self, home: Path) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "SOFTPHONE_", "VIRTUAL_ENV"))
        }
        env.update(
            SOFTPHONE_HOME=str(home),
            QT_QPA_PLATFORM="offscreen",
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        )
        return env

    def probe(self, code: str, *args: str) -> Any:
        """Runs `code` with `args` in the installed Python, outside the checkout; what it
        printed, read as JSON."""
        return json.loads(
            subprocess.run(
                [str(self.python), "-c", code, *args],
                check=True,
                capture_output=True,
                text=True,
                cwd=self.root,
                env=self.env(self.root / "home-probe"),
                timeout=60,
            ).stdout
        )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("desk")
    dist = root / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=120,
    )
    assert built.returncode == 0, (
        f"python -m build failed:\n{built.stdout[-3000:]}{built.stderr[-3000:]}"
    )
    (wheel,) = dist.glob("*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # The dependencies only: a plain path line runs no .pth file of that folder, so the
    # checkout's editable finder stays out.
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        cwd=root,
        timeout=120,
    )
    yield Installed(root, python, venv / "bin" / "softphone")


def catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the translations (one per plural form) from a .ts source."""
    messages: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(TS_DIR / f"softphone_{language}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            messages[(name, message.findtext("source") or "")] = forms or [translation.text or ""]
    return messages


def test_the_installed_package_runs_outside_the_checkout(installed: Installed) -> None:
    out = subprocess.run(
        [str(installed.softphone), "--version"],
        check=True,
        capture_output=True,
        text=True,
        cwd=installed.root,
        env=installed.env(installed.root / "home-version"),
        timeout=60,
    ).stdout
    assert out.strip() == f"softphone {__version__}"

    probe = """
import json, sys
import crm.migrate, softphone
from softphone.paths import icon_file, resources_dir
r = resources_dir()
print(json.dumps({
    "softphone": softphone.__file__,
    "migrations": str(crm.migrate.MIGRATIONS_DIR),
    "head": crm.migrate.head_revision(),
    "icon": str(icon_file()), "icon_svg": icon_file().read_text(),
    "desktop": (r / "desktop" / "contact-softphone.desktop").read_text(),
    "demo_bytes": len((r / "demo" / "catalog.json").read_bytes()),
    "catalogues": sorted(p.name for p in (r / "translations").glob("*.qm")),
}))
"""
    found = installed.probe(probe)
    venv = str(installed.root / "venv")
    assert found["softphone"].startswith(venv), found["softphone"]
    assert found["migrations"].startswith(venv) and found["head"]
    assert found["icon"].startswith(venv) and "<svg" in found["icon_svg"]
    assert "Icon=contact-softphone" in found["desktop"]
    assert found["demo_bytes"] > 100_000
    assert found["catalogues"] == sorted(f"{ts.stem}.qm" for ts in TS_DIR.glob("*.ts"))


def _translated_by_the_package(installed: Installed, language: str, keys: list) -> list[str]:
    probe = """
import json, sys
from PySide6.QtCore import QTranslator
from softphone.paths import resources_dir
language, keys = sys.argv[1], json.loads(sys.argv[2])
translator = QTranslator()
assert translator.load(f"softphone_{language}", str(resources_dir() / "translations"))
print(json.dumps([translator.translate(context, source, None, n) for context, source, n in keys]))
"""
    return installed.probe(probe, language, json.dumps(keys))


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_installed_catalogues_translate_plurals_too(
    installed: Installed, language: str
) -> None:
    messages = catalogue(language)
    plurals = [(key, forms) for key, forms in messages.items() if len(forms) > 1][:5]
    singles = [(key, forms) for key, forms in messages.items() if len(forms) == 1][:20]
    assert plurals and singles
    keys = [[c, s, -1] for (c, s), _ in singles] + [[c, s, 26] for (c, s), _ in plurals]
    got = _translated_by_the_package(installed, language, keys)
    expected = [forms[0] for _, forms in singles]
    assert got[: len(singles)] == expected
    for text, ((_, source), forms) in zip(got[len(singles) :], plurals, strict=True):
        assert text in forms and text != source  # "26 open request(s)" would be the source


def _centre_x_of(image: QImage, colour: str) -> float:
    xs = [
        x
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).name() == colour
    ]
    assert xs, f"no {colour} in the screenshot"
    return sum(xs) / len(xs) / image.width()


def test_the_installed_app_starts_in_german_and_mirrored_in_arabic(installed: Installed) -> None:
    runs = {}
    for language in ("de", "ar"):
        home = installed.root / f"home-{language}"
        (home / "config").mkdir(parents=True)
        (home / "config" / "settings.json").write_text(json.dumps({"ui_language": language}))
        shot = installed.root / f"{language}.png"
        runs[language] = (
            home,
            shot,
            subprocess.Popen(
                [str(installed.softphone), "--demo", "--screenshot", str(shot)],
                cwd=installed.root,
                env=installed.env(home),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            ),
        )
    for language, (home, shot, process) in runs.items():
        output, _ = process.communicate(timeout=120)
        assert process.returncode == 0, output
        log = (home / "logs" / "softphone.log").read_text(encoding="utf-8")
        direction = "right to left" if language == "ar" else "left to right"
        assert f"user interface in {language} (catalogue loaded, {direction})" in log, log
        (line,) = [line for line in log.splitlines() if f"screenshot {shot}: " in line]
        assert direction in line
        tabs = json.loads(line.split(", tabs ", 1)[1])
        translations = {forms[0].replace("&", "") for forms in catalogue(language).values()}
        assert tabs and all(tab.replace("&", "") in translations for tab in tabs), tabs
        image = QImage(str(shot))
        assert image.width() >= 800 and image.height() >= 500
        # Mirrored: the phone column (its green Call button) is on the right only in Arabic.
        centre = _centre_x_of(image, CALL_BUTTON_GREEN)
        assert (centre > 0.5) == (language == "ar"), (language, centre)


def test_the_package_holds_no_test_data_and_the_fuzz_bench_says_so(installed: Installed) -> None:
    """The torture corpus is test data (tests/support/torture_corpus.py): not in the wheel. The
    benchmarks are (softphone/bench/); the one that needs the corpus says, without a
    traceback, that it runs from a checkout."""
    probe = """
import json
from importlib.metadata import files
import softphone.bench.sip_fuzz
names = [str(f) for f in files("contact-softphone")]
print(json.dumps({
    "bench": softphone.bench.sip_fuzz.__file__,
    "corpus": [n for n in names if "torture" in n],
    "tests": [n for n in names if n.startswith("tests/")],
}))
"""
    found = installed.probe(probe)
    assert found["bench"].startswith(str(installed.root / "venv")), found["bench"]
    assert found["corpus"] == [] and found["tests"] == []

    fuzz = subprocess.run(
        [str(installed.softphone), "bench", "sip-fuzz", "--messages", "10", "--warmup", "0"],
        capture_output=True,
        text=True,
        cwd=installed.root,
        env=installed.env(installed.root / "home-fuzz"),
        timeout=60,
    )
    assert fuzz.returncode == 2, fuzz.stdout + fuzz.stderr
    assert fuzz.stdout == ""
    assert "Traceback" not in fuzz.stderr, fuzz.stderr
    assert "tests/support/torture_corpus.py" in fuzz.stderr and "checkout" in fuzz.stderr
