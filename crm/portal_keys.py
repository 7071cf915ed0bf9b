"""API keys of the web portals that use the portal service (`softphone portal create-key`).

A key reads "spk_<key id>_<secret>": the key id (public, 12 hex digits) finds the row by index,
the secret (256 random bits) is checked against its SHA-256, which is all the store keeps. A
fast hash is enough for a random secret of that size (nothing to guess from a dictionary); the
comparison is constant-time.

This module is stdlib and SQLAlchemy only (the `crm` layer).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from sqlalchemy import Connection, insert, select, update

from crm import schema

PREFIX = "spk"
_KEY = re.compile(r"^spk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$")
_PORTAL = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class PortalKey:
    """Who a valid key belongs to: the portal (its bookings are its own) and its web origins."""

    portal: str
    key_id: str
    origins: tuple[str, ...]


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def check_origin(origin: str) -> str:
    """A web origin as browsers send it ("https://portal.example"): scheme, host, maybe port."""
    parts = urlsplit(origin.strip())
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or parts.username
    ):
        raise ValueError(f"not a web origin (https://host[:port]): {origin!r}")
    return f"{parts.scheme}://{parts.netloc.lower()}"


def create_key(conn: Connection, portal: str, origins: Sequence[str] = ()) -> str:
    """A new key for `portal`, allowed from `origins`; returns the key (shown once, never kept).
    The caller commits."""
    if not _PORTAL.fullmatch(portal):
        raise ValueError(
            f"not a portal name (lower-case letters, digits, '.', '_', '-'; 64 at most): {portal!r}"
        )
    allowed = sorted({check_origin(o) for o in origins})
    key_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    conn.execute(
        insert(schema.portal_keys).values(
            portal=portal,
            key_id=key_id,
            key_hash=_digest(secret),
            origins=allowed,
            created_at=datetime.now(UTC),
        )
    )
    return f"{PREFIX}_{key_id}_{secret}"


def verify_key(conn: Connection, key: str) -> PortalKey | None:
    """The portal a key belongs to, or None (malformed, unknown, wrong secret or revoked)."""
    match = _KEY.fullmatch(key.strip())
    if match is None:
        return None
    key_id, secret = match.groups()
    k = schema.portal_keys.c
    row = conn.execute(
        select(k.portal, k.key_hash, k.origins, k.revoked_at).where(k.key_id == key_id)
    ).first()
    if row is None or row.revoked_at is not None:
        return None
    if not hmac.compare_digest(row.key_hash, _digest(secret)):
        return None
    return PortalKey(str(row.portal), key_id, tuple(row.origins or ()))


def revoke_key(conn: Connection, key_id: str) -> bool:
    """Revoke a key by its id (the part after "spk_"); False when there is no such live key."""
    k = schema.portal_keys.c
    result = conn.execute(
        update(schema.portal_keys)
        .where(k.key_id == key_id, k.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )
    return result.rowcount > 0


def all_origins(conn: Connection) -> frozenset[str]:
    """Every origin of a live key: what CORS may allow at all."""
    k = schema.portal_keys.c
    rows = conn.execute(select(k.origins).where(k.revoked_at.is_(None))).scalars()
    return frozenset(o for origins in rows for o in (origins or ()))
