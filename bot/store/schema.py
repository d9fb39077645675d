"""The log file itself: its tables and their migrations, opening it (to write, or only to read),
and how times are stored in it."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import NoReturn

import aiosqlite

log = logging.getLogger(__name__)

UTC = timezone.utc
SCHEMA_VERSION = 3

# Each migration is a list of statements run in one transaction with its `user_version`.
# Never edit a released migration: add the next one, so old files upgrade the same way.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE exchanges (
            id INTEGER PRIMARY KEY,
            ref TEXT NOT NULL,
            at TEXT NOT NULL,
            pseudonym TEXT,
            chat_type TEXT NOT NULL,
            language TEXT NOT NULL,
            question TEXT,
            kind TEXT NOT NULL,
            source TEXT,
            score REAL NOT NULL DEFAULT 0,
            response_ms REAL NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX exchanges_at ON exchanges (at)",
        """CREATE TABLE feedback (
            ref TEXT NOT NULL,
            pseudonym TEXT NOT NULL,
            value INTEGER NOT NULL CHECK (value IN (-1, 1)),
            at TEXT NOT NULL,
            PRIMARY KEY (ref, pseudonym)
        )""",
        """CREATE TABLE preferences (
            pseudonym TEXT PRIMARY KEY,
            language TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
    ),
    2: (
        # Inline answers and the CLI log too; rows from version 1 all came from Telegram chats.
        "ALTER TABLE exchanges ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram'",
        # /forget and retention look rows up by these.
        "CREATE INDEX exchanges_pseudonym ON exchanges (pseudonym)",
        "CREATE INDEX feedback_pseudonym ON feedback (pseudonym)",
        "CREATE INDEX feedback_at ON feedback (at)",
        # Each vote checks that its reply was not a crisis reply; indexing only crisis rows
        # keeps that lookup instant without slowing every insert (a third fewer rows/s).
        "CREATE INDEX exchanges_crisis ON exchanges (ref) WHERE kind = 'crisis'",
    ),
    3: (
        # Groups of missed questions an organiser chose to ignore (/suggest): a hash of the
        # group's normalised words, never the words themselves.
        """CREATE TABLE ignored_misses (
            token TEXT PRIMARY KEY,
            at TEXT NOT NULL
        )""",
    ),
}

BUSY_TIMEOUT_MS = 250

# An ISO timestamp with a fixed width and offset compares correctly as text: no parsing in SQL.
_NO_LOWER_BOUND = ""


class StoreError(Exception):
    """The conversation log cannot be opened, read or changed; the message says what to do."""


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


def to_iso(moment: datetime | None) -> str:
    """How times are stored: UTC ISO 8601 with milliseconds; a naive time is taken as UTC."""
    if moment is None:
        return datetime.now(UTC).isoformat(timespec="milliseconds")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def since_bound(since: datetime | None) -> str:
    """The stored form of `since` for `at >= ?`; None reads from the first row."""
    return _NO_LOWER_BOUND if since is None else to_iso(since)


async def connect(path: Path) -> aiosqlite.Connection:
    """Open the file in WAL mode and bring its schema to SCHEMA_VERSION."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the folder {path.parent} for DATABASE_PATH: {exc.strerror or exc}; "
            "set DATABASE_PATH to a writable location"
        ) from exc
    try:
        # isolation_level=None: transactions are the explicit BEGIN IMMEDIATE ... COMMIT below.
        connection = await aiosqlite.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(
            f"cannot open {path}: {exc}; check DATABASE_PATH and the folder's permissions"
        ) from exc
    connection.row_factory = sqlite3.Row
    try:
        # A short wait: the writer retries on its own, and reads must not queue behind it.
        await connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        rows = await connection.execute_fetchall("PRAGMA journal_mode = WAL")
        mode = next(iter(rows))[0]
        if mode != "wal":
            log.warning("%s could not switch to WAL mode (got %s); writes may block", path, mode)
        # In WAL mode NORMAL survives an application crash; only a power cut can lose the
        # last commits, a fair price for a log.
        await connection.execute("PRAGMA synchronous = NORMAL")
        # Deleted rows (/forget, retention) are overwritten with zeros, not left in free pages.
        await connection.execute("PRAGMA secure_delete = ON")
        await migrate(connection, path)
    except BaseException as exc:
        await _fail(
            connection,
            exc,
            f"{path} is not a SQLite database; set DATABASE_PATH to another file or move this "
            "one away",
            f"cannot prepare {path}: {exc}; check that the file and its folder are writable",
        )
    return connection


async def connect_read_only(path: Path) -> aiosqlite.Connection:
    """Open the log with SQLite's mode=ro: this connection cannot change the file.

    A log of an older schema is copied into memory and migrated there: reports read every row
    it holds, and the file stays as it was until the bot itself opens it and migrates it. (A
    log is a few megabytes; an error telling an organiser to run the bot first would purge the
    very rows they wanted to read.) SQLite may still create the empty -wal and -shm companion
    files a WAL database needs for reading; the log's own bytes are untouched.
    """
    if not path.is_file():
        raise StoreError(f"no conversation log at {path}: check --db or DATABASE_PATH")
    try:
        connection = await aiosqlite.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path} for reading: {exc}; check its permissions") from exc
    connection.row_factory = sqlite3.Row
    try:
        await connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = await _schema_version(connection, path)
        if version == 0:
            raise StoreError(
                f"{path} is not a conversation log (it has no schema version); check --db or "
                "DATABASE_PATH"
            )
        if version < SCHEMA_VERSION:
            memory = await aiosqlite.connect(":memory:", isolation_level=None)
            memory.row_factory = sqlite3.Row
            try:
                await connection.backup(memory)
                await migrate(memory, Path(f"{path} (a copy in memory)"))
            except BaseException:
                with contextlib.suppress(sqlite3.Error, ValueError):
                    await memory.close()
                raise
            await connection.close()
            connection = memory
    except BaseException as exc:
        await _fail(
            connection,
            exc,
            f"{path} is not a SQLite database; check --db or DATABASE_PATH",
            f"cannot read {path}: {exc}",
        )
    return connection


async def _fail(
    connection: aiosqlite.Connection, exc: BaseException, not_a_database: str, other: str
) -> NoReturn:
    """Close a connection that failed while opening and raise what the user should read:
    our own StoreError and anything not SQLite's as they are, SQLite's errors as one line."""
    with contextlib.suppress(sqlite3.Error, ValueError):
        await connection.close()
    if isinstance(exc, StoreError) or not isinstance(exc, sqlite3.Error):
        raise exc
    raise StoreError(not_a_database if _not_a_database(exc) else other) from exc


async def _schema_version(connection: aiosqlite.Connection, path: Path) -> int:
    version = next(iter(await connection.execute_fetchall("PRAGMA user_version")))[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} has schema version {version}, newer than this bot's {SCHEMA_VERSION}; "
            "upgrade summit-bot or set DATABASE_PATH to another file"
        )
    return version


async def migrate(connection: aiosqlite.Connection, path: Path) -> None:
    """Run every migration past the file's `user_version`, each in its own transaction."""
    version = await _schema_version(connection, path)
    for target in range(version + 1, SCHEMA_VERSION + 1):
        await connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[target]:
                await connection.execute(statement)
            # PRAGMA takes no parameters; `target` is one of our own integers.
            await connection.execute(f"PRAGMA user_version = {int(target)}")
            await connection.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error, ValueError):
                await connection.execute("ROLLBACK")
            raise
        log.info("%s: schema migrated to version %d", path, target)


def _not_a_database(exc: sqlite3.Error) -> bool:
    # sqlite_errorname arrived in Python 3.11; 3.10 has only SQLite's message.
    return (
        getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB"
        or str(exc) == "file is not a database"
    )
