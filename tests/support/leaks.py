"""Looking for a secret where it must not be: every file under a directory, every row of a store.

A secret is looked for as it is and as it would be if some code had "only" encoded it: URL
encoding (a password put into a store URL), base64 at each of its three alignments (an HTTP
Basic header, a JSON blob, a pickled object), hex and UTF-16 (a Windows API, a Qt string
dumped raw).
"""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import quote, quote_plus

from sqlalchemy import Engine, MetaData, select


def encodings(secret: str) -> dict[str, bytes]:
    """The forms of secret to look for, by name."""
    raw = secret.encode()
    forms = {
        "plain": raw,
        "url-encoded": quote(secret, safe="").encode(),
        "url-encoded (form)": quote_plus(secret).encode(),
        "hex": raw.hex().encode(),
        "utf-16": secret.encode("utf-16-le"),
    }
    for shift in range(3):
        # The secret k bytes into a base64 group: keep the characters made of its bits alone.
        encoded = base64.b64encode(b"\0" * shift + raw + b"\0\0")
        first = -(-8 * shift // 6)
        last = (8 * (shift + len(raw)) - 6) // 6
        core = encoded[first : last + 1]
        forms[f"base64 (offset {shift})"] = core
        forms[f"base64url (offset {shift})"] = core.replace(b"+", b"-").replace(b"/", b"_")
    return forms


def files_holding(root: Path, secrets: list[str]) -> list[str]:
    """Every file under root that holds one of the secrets in one of its forms."""
    found = []
    looked_at = 0
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        looked_at += 1
        data = path.read_bytes()
        for secret in secrets:
            for name, form in encodings(secret).items():
                if form in data:
                    found.append(f"{path.relative_to(root)}: {name}")
    assert looked_at, f"no files under {root}"
    return found


def rows_holding(engine: Engine, secrets: list[str]) -> list[str]:
    """Every row of every table of a store that holds one of the secrets in one of its forms."""
    metadata = MetaData()
    metadata.reflect(engine)
    forms = {
        f"{secret[:3]}… {name}": form.decode("latin-1")
        for secret in secrets
        for name, form in encodings(secret).items()
    }
    found = []
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)):
                text = " ".join(repr(value) for value in row)
                found += [f"{table.name}: {name}" for name, form in forms.items() if form in text]
    return found
