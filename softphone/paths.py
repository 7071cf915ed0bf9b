"""Where the app keeps its files: platform directories, overridable for tests and portable use.

SOFTPHONE_HOME puts config, data, logs and cache under one directory (tests use a temp dir);
otherwise platformdirs gives the OS's usual places (~/.config, ~/.local/share, ... on Linux).
"""

from __future__ import annotations

import importlib.resources
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from softphone import APP_NAME


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def embedded_store(self) -> Path:
        """The embedded central store (the SQLite default when no PostgreSQL URL is set)."""
        return self.data_dir / "central.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "softphone.log"

    def ensure(self) -> AppPaths:
        for directory in (self.config_dir, self.data_dir, self.log_dir, self.cache_dir):
            directory.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    home = os.environ.get("SOFTPHONE_HOME")
    if home:
        root = Path(home).expanduser()
        return AppPaths(root / "config", root / "data", root / "logs", root / "cache")
    return AppPaths(
        Path(platformdirs.user_config_dir(APP_NAME)),
        Path(platformdirs.user_data_dir(APP_NAME)),
        Path(platformdirs.user_log_dir(APP_NAME)),
        Path(platformdirs.user_cache_dir(APP_NAME)),
    )


def resources_dir() -> Path:
    """The run-time resources (compiled translations, icons, the desktop entry, the demo data):
    package data of `softphone`, found through importlib.resources wherever the package is
    installed (a wheel, an editable install, a frozen bundle), never through the checkout."""
    root = importlib.resources.files("softphone") / "resources"
    if not isinstance(root, Path):  # a zipped install: Qt and Alembic need real files
        raise FileNotFoundError(f"softphone's resources are not on the file system: {root}")
    return root


def icon_file() -> Path:
    """The app's icon, one SVG for every size (window, tray, desktop entry, bundle)."""
    return resources_dir() / "icons" / f"{APP_NAME}.svg"
