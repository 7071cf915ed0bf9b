"""A rotating log file in the user log directory, with secrets masked."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from softphone.passwords import SecretMaskingFilter

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"


def configure_logging(log_file: Path, *, level: int = logging.INFO, console: bool = False) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_softphone", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2 * 1024 * 1024, backupCount=5, encoding="utf-8"
        )
    ]
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handler.addFilter(SecretMaskingFilter())
        handler._softphone = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    # Alembic narrates every migration step at INFO; its warnings are what an operator needs.
    logging.getLogger("alembic").setLevel(logging.WARNING)
