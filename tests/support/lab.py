"""What the lab's child-process wrappers (Kamailio, baresip, linphonec) have in common."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Self


class ManagedChild:
    """`with X(...) as x:` runs start() and always close(), even when start() fails halfway
    (a half-started child must not outlive the test). close() stops the child and removes its
    work directory (kept when the caller gave one: `dir` is then `work_dir(given, ...)`)."""

    dir: Path
    _own_dir: bool
    _proc: subprocess.Popen[bytes] | None

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        try:
            self.stop()
        finally:
            self._proc = None
            if self._own_dir and self.dir != Path() and self.dir.exists():
                shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Self:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def work_dir(given: Path | None, prefix: str) -> Path:
    """The caller's directory (created if needed), or a new temporary one."""
    if given is not None:
        given.mkdir(parents=True, exist_ok=True)
        return given
    return Path(tempfile.mkdtemp(prefix=prefix))
