"""The `softphone` command, run as a person runs it: as a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crm.migrate import head_revision
from softphone import __version__
from tests.support.cli import softphone


def test_version_and_help(app_home: Path) -> None:
    version = softphone("--version", home=app_home)
    assert version.returncode == 0
    assert version.stdout.strip() == f"softphone {__version__}"
    helped = softphone("--help", home=app_home)
    assert helped.returncode == 0
    for word in ("--store", "--demo", "--screenshot", "db", "bench"):
        assert word in helped.stdout


def test_version_does_not_load_qt_or_the_store() -> None:
    code = (
        "import sys, contextlib\n"
        "from softphone.cli import main\n"
        "with contextlib.suppress(SystemExit): main(['--version'])\n"
        "print(sorted(m for m in ('PySide6', 'sqlalchemy', 'pjsua2') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip().endswith("[]")


def test_db_upgrade_and_seed_demo_on_sqlite(app_home: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgraded = softphone("db", "upgrade", "--url", url, home=app_home)
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"revision {head_revision()}" in upgraded.stdout
    seeded = softphone("db", "seed-demo", "--url", url, home=app_home)
    assert seeded.returncode == 0, seeded.stderr
    report = json.loads(seeded.stdout.strip().splitlines()[-1])
    assert report["tickets"] == 640 and report["agents"] == 12
    again = softphone("db", "seed-demo", "--url", url, home=app_home)
    assert again.returncode == 1
    assert "already has agents" in again.stderr
    assert "Traceback" not in again.stderr


def test_db_upgrade_defaults_to_the_embedded_store(app_home: Path) -> None:
    result = softphone("db", "upgrade", home=app_home)
    assert result.returncode == 0, result.stderr
    assert (app_home / "data" / "central.sqlite3").exists()


@pytest.mark.postgres
def test_db_seed_demo_on_postgresql(app_home: Path, pg_url: str) -> None:
    result = softphone("db", "seed-demo", "--url", pg_url, home=app_home)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["contacts"] == 240


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("db", "upgrade", "--url", "mysql://root@127.0.0.1/x"), 2, "unsupported store backend"),
        (("db", "upgrade", "--url", "not a url"), 2, "not a database URL"),
        (("db", "upgrade", "--url", "postgresql://postgres@127.0.0.1:9/x"), 1, "store failed"),
        (("--store", "ftp://example.org/x"), 2, "unsupported store backend"),
    ],
)
def test_bad_store_urls_get_a_clear_error(
    app_home: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    result = softphone(*args, home=app_home)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_screenshot_of_the_populated_demo_window(app_home: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    target = tmp_path / "shot.png"
    result = softphone("--demo", "--screenshot", str(target), home=app_home)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1440, 860)
    colours = {image.pixel(x, y) for x in range(0, 1440, 7) for y in range(0, 860, 7)}
    assert len(colours) > 40  # a populated window, not a blank frame


def test_the_startup_bench_runs_the_app_byte_compiled_as_installed() -> None:
    """pip compiles a wheel's modules as it installs them; a checkout in an environment that
    sets PYTHONDONTWRITEBYTECODE never gets them, and each start compiled about 180 modules
    from source. `softphone bench startup` compiles them first, so it measures a desk's app."""
    import importlib.util

    from softphone.bench.startup import APP_PACKAGES, compile_app

    compile_app()
    sources = [
        source
        for name in APP_PACKAGES
        for folder in (importlib.util.find_spec(name).submodule_search_locations or [])
        for source in Path(folder).rglob("*.py")
    ]
    assert len(sources) > 100
    for source in sources:
        cached = Path(importlib.util.cache_from_source(str(source)))
        assert cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime, source
    assert compile_app() == 0  # nothing left to compile


def test_bench_startup_prints_its_figures_as_json(app_home: Path) -> None:
    result = softphone("bench", "startup", "--runs", "1", home=app_home, timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["benchmark"] == "startup" and report["runs"] == 1
    first, painted = report["first_frame_ms"]["median"], report["data_painted_ms"]["median"]
    assert 0 < first <= painted
    assert 50 < report["rss_mb"]["median"] < 2000
    # The whole tree: the app and its SIP engine process, each with RSS and PSS.
    # A real REGISTER answered by the benchmark's registrar on loopback, and the demo's local
    # account; the window says so afterwards.
    assert report["registers_answered"] >= 1
    registered, demo = report["registered_ms"]["median"], report["demo_account_ms"]["median"]
    assert 0 < min(registered, demo) <= report["registration_shown_ms"]["median"]
    roles = [p["role"] for p in report["processes"]]
    assert roles[0] == "app" and any("engine_host" in role for role in roles[1:]), roles
    assert all(p["pss_mb"] and 0 < p["pss_mb"] <= p["rss_mb"] for p in report["processes"])
    tree = sum(p["rss_mb"] for p in report["processes"])
    assert report["tree_rss_mb"]["median"] == pytest.approx(tree, abs=0.5)
    assert report["tree_pss_mb"]["median"] < report["tree_rss_mb"]["median"]
    # What the processes wrote themselves: less than their PSS, which adds shared libraries.
    private = sum(p["private_dirty_mb"] for p in report["processes"])
    assert 0 < report["tree_private_dirty_mb"]["median"] < report["tree_pss_mb"]["median"]
    assert report["tree_private_dirty_mb"]["median"] == pytest.approx(private, abs=0.5)
    # At rest the app holds neither the keyring's modules (a child process read its status)
    # nor the sources PySide6's import hook read (softphone/pyside_hook.py): some 25 MB.
    assert report["at_rest"]["modules"] == []
    assert report["at_rest"]["sources_cached"] < 10
    # Its threads: the store's, the outbox's, the sync's, the engine's readers, Qt's pool, and
    # the event loop's executor's as they were needed, not the ten qasync would start at once.
    threads = report["processes"][0]["threads"]
    assert "_QThreadWorker" not in threads and sum(threads.values()) <= 14, threads


def test_no_display_gives_a_clear_error_not_a_core_dump(app_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["SOFTPHONE_HOME"] = str(app_home)
    result = subprocess.run(
        [sys.executable, "-m", "softphone", "--demo"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "No display found" in result.stderr
    assert "xvfb-run" in result.stderr


def test_bench_sip_prints_its_figures_as_json(app_home: Path) -> None:
    result = softphone(
        "bench", "sip", "--invites", "20", "--calls", "5", "--cpu-seconds", "1",
        home=app_home, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout[result.stdout.index("{") :])
    assert report["benchmark"] == "sip" and report["codec"] == "PCMA/8000/1"
    assert report["invite_to_app_ms"]["count"] == 20
    assert 0 < report["invite_to_app_ms"]["p50"] <= report["invite_to_app_ms"]["p99"]
    assert report["calls"] == 5 and report["g711_call_cpu_percent"] > 0


def test_signing_in_as_another_agent_checks_the_login(app_home: Path) -> None:
    refused = softphone("--demo", "--as", "Robert'); DROP TABLE agents;--", home=app_home)
    assert refused.returncode == 2
    assert "login" in refused.stderr and "Traceback" not in refused.stderr


def test_bench_shift_prints_its_figures_as_json(app_home: Path) -> None:
    result = softphone(
        "bench", "shift", "--calls", "5", "--sample-every", "2", home=app_home, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["benchmark"] == "shift" and report["calls"] == 5
    # Every call went the whole way: logged in the store, and ended at the peer too.
    assert report["calls_logged"] == 5 and report["peer_calls_ended"] == 5
    assert report["calls_logged_with_note_and_outcome"] == 5  # the note typed, an outcome
    assert report["targets"]["every_call_logged"]["met"]
    assert [s["call"] for s in report["samples"]] == [0, 1, 3, 5]
    roles = [p["role"] for p in report["processes"]["at_end"]]
    assert roles[0] == "app" and any("engine_host" in role for role in roles[1:]), roles
    pss = report["pss_tree_mb"]
    assert min(pss["at_start"], pss["at_baseline"], pss["at_end"]) > 0
    assert report["pss_growth_mb_baseline_to_end"] == pytest.approx(
        pss["at_end"] - pss["at_baseline"], abs=0.15
    )
    assert report["qt_objects"]["at_end"] > 100 and report["python_objects"]["at_end"] > 100
    assert report["fds"]["at_end"] > 0 and report["threads"]["at_end"] > 1
    assert 0 < report["call_ms"]["p50"] <= report["call_ms"]["p99"]
    assert 0 < report["pop_ms"]["p50"] <= report["call_ms"]["p50"]
    assert isinstance(report["leaks"], list) and "growing_means" in report
