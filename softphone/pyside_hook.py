"""A lighter PySide6 import hook.

Once imported, PySide6 looks at every module imported after it, to learn whether the module
uses PySide6 (for its `__feature__` switches, PYSIDE-2029): it reads the module's whole source
with inspect.getsource(), which keeps every line in `linecache` for the life of the process.
For the app (SQLAlchemy, phonenumbers, the store, the UI) that is some 250,000 strings, about
20 MB of memory at rest (`softphone bench startup`: tree_pss_mb), only to find a word.

`lighten()` answers the same question by reading the file's bytes and keeping nothing. It
replaces a private function of PySide6's support code, so it does so only where that function
exists and is the one it expects; anything else leaves PySide6 as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_softphone_light"


def lighten() -> bool:
    """Import PySide6 and make its import hook read files without caching them. True when the
    hook was replaced (or was already)."""
    import PySide6  # noqa: F401  (installs the import hook being replaced)

    feature = sys.modules.get("shibokensupport.feature")
    upstream: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None:
        return False
    if getattr(upstream, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)  # built in, compiled, or without a file: as PySide6 does
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
