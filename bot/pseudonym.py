"""The secret key and keyed hash that stand in for Telegram user ids in the conversation log."""

from __future__ import annotations

import hmac
import logging
import os
import secrets
from pathlib import Path

log = logging.getLogger(__name__)

KEY_BYTES = 32
PSEUDONYM_HEX = 32


class SecretError(Exception):
    """The pseudonymisation key cannot be read or created; the message says what to do."""


def key_path(db_path: Path) -> Path:
    """Where the generated key lives: beside the database, never inside it."""
    return db_path.with_name(db_path.name + ".key")


def load_or_create_secret(db_path: Path, configured: str = "") -> bytes:
    """The key for `pseudonymise`: `configured` if set, else `<db_path>.key`, made on first run."""
    if configured:
        return configured.encode("utf-8")
    path = key_path(Path(db_path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return _read_key(path) if path.exists() else _create_key(path)
    except OSError as exc:
        raise SecretError(
            f"cannot read or create the user-id key {path} beside DATABASE_PATH: "
            f"{exc.strerror or exc}; make that folder writable, or set USER_ID_SECRET"
        ) from exc


def _create_key(path: Path) -> bytes:
    key = secrets.token_bytes(KEY_BYTES)
    try:
        # O_EXCL: two processes starting together must not each write a different key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_key(path)
    with os.fdopen(fd, "w", encoding="ascii") as file:
        file.write(key.hex() + "\n")
    log.info("created the user-id key %s; keep it apart from the database and back it up", path)
    return key


def _read_key(path: Path) -> bytes:
    text = path.read_text(encoding="ascii", errors="replace").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < 16:
        raise SecretError(
            f"{path} does not hold a user-id key (expected {KEY_BYTES * 2} hex characters); "
            "restore it from a backup, or move it away to start a new one (old log rows will "
            "no longer match their users)"
        )
    if path.stat().st_mode & 0o077:
        # A key readable by others defeats the point of keeping it out of the database.
        os.chmod(path, 0o600)
        log.warning("%s was readable by other users; its permissions are now 0600", path)
    return key


def pseudonymise(user_id: int, secret: bytes) -> str:
    """A stable, keyed stand-in for a Telegram user id (hex HMAC-SHA256, 128 bits)."""
    return hmac.digest(secret, str(int(user_id)).encode("ascii"), "sha256").hex()[:PSEUDONYM_HEX]
