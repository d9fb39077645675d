"""The conversation log: the only SQL, one SQLite connection, migrations and a batched writer."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from itertools import groupby, islice
from pathlib import Path
from typing import Any, NamedTuple

import aiosqlite

from bot.pseudonym import pseudonymise

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

_INSERT_EXCHANGE = """
    INSERT INTO exchanges (ref, at, pseudonym, chat_type, channel, language, question, kind,
                           source, score, response_ms)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
# A vote on a crisis reply would tie a pseudonym back to that crisis, so it is not kept.
_UPSERT_FEEDBACK = """
    INSERT INTO feedback (ref, pseudonym, value, at)
    SELECT ?1, ?2, ?3, ?4
    WHERE NOT EXISTS (SELECT 1 FROM exchanges WHERE ref = ?1 AND kind = 'crisis')
    ON CONFLICT (ref, pseudonym) DO UPDATE SET value = excluded.value, at = excluded.at"""
_UPSERT_PREFERENCE = """
    INSERT INTO preferences (pseudonym, language, at) VALUES (?, ?, ?)
    ON CONFLICT (pseudonym) DO UPDATE SET language = excluded.language, at = excluded.at"""
_IGNORE_MISS = "INSERT OR IGNORE INTO ignored_misses (token, at) VALUES (?, ?)"
_WRITES = {
    "exchange": _INSERT_EXCHANGE,
    "feedback": _UPSERT_FEEDBACK,
    "language": _UPSERT_PREFERENCE,
    "ignore_miss": _IGNORE_MISS,
    "language_cleared": "DELETE FROM preferences WHERE pseudonym = ?",
}

_FORGET = (
    "DELETE FROM exchanges WHERE pseudonym = ?",
    "DELETE FROM feedback WHERE pseudonym = ?",
    "DELETE FROM preferences WHERE pseudonym = ?",
)
_PURGE = (
    "DELETE FROM exchanges WHERE at < ?",
    "DELETE FROM feedback WHERE at < ?",
    # A language choice goes once its owner has been silent for the whole retention period.
    """DELETE FROM preferences WHERE at < ? AND NOT EXISTS
       (SELECT 1 FROM exchanges AS e WHERE e.pseudonym = preferences.pseudonym)""",
)

# Errors about one row's values (not the file): that row is dropped, the others written.
_ROW_ERRORS = (
    sqlite3.IntegrityError,
    sqlite3.InterfaceError,
    sqlite3.ProgrammingError,
    sqlite3.DataError,
    UnicodeError,
    OverflowError,
    TypeError,
)
BUSY_TIMEOUT_MS = 250
QUARTER_HOUR = 15 * 60  # seconds
MAX_BACKOFF = 5.0
PSEUDONYM_CACHE = 50_000

# An ISO timestamp with a fixed width and offset compares correctly as text: no parsing in SQL.
_NO_LOWER_BOUND = ""


class StoreError(Exception):
    """The conversation log cannot be opened, read or changed; the message says what to do."""


@dataclass(frozen=True)
class Exchange:
    """One question and the bot's reply, as the handlers describe it."""

    ref: str
    user_id: int | None
    chat_type: str
    channel: str
    language: str
    question: str
    kind: str
    source: str | None
    score: float
    response_ms: float
    at: datetime | None = None


class _Op(NamedTuple):
    """A row waiting for the writer: its place in the queue, which write it is, its
    parameters, and whose row it is (so that /forget drops it before it is written)."""

    seq: int
    kind: str
    params: tuple[Any, ...]
    pseudonym: str | None


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


def _since(since: datetime | None) -> str:
    return _NO_LOWER_BOUND if since is None else to_iso(since)


def _text(value: object) -> str:
    """User text SQLite can store: a lone surrogate (from escaped JSON) becomes "?"."""
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


class Store:
    """The conversation log; make one with `await Store.open(...)` and `await store.close()` it."""

    def __init__(
        self,
        path: Path,
        connection: aiosqlite.Connection,
        *,
        secret: bytes,
        retention_days: int,
        batch_size: int,
        flush_interval: float,
        buffer_limit: int,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.retention_days = retention_days
        self.read_only = read_only
        self._conn = connection
        self._file = _file_id(path)
        self._secret = secret
        self._batch_size = max(1, batch_size)
        self._flush_interval = flush_interval
        self._buffer_limit = max(1, buffer_limit)
        self._queue: deque[_Op] = deque()
        self._seq = 0
        self._done_seq = 0
        self._flushes: list[tuple[int, asyncio.Future[None]]] = []
        self._languages: dict[str, str] = {}
        self._pseudonyms: dict[int, str] = {}
        self._dropped = 0
        self._outage = False
        self._drop_warned = False
        self._refusal_warned = False
        self._closing = False
        self._closed = False
        self._wake = asyncio.Event()
        self._retry = asyncio.Event()
        # Held by every writer (batch writer, forget, purge) so transactions never interleave.
        self._lock = asyncio.Lock()
        self._writer: asyncio.Task[None] | None = None

    @classmethod
    async def open(
        cls,
        path: Path,
        *,
        secret: bytes,
        retention_days: int = 90,
        batch_size: int = 500,
        flush_interval: float = 0.2,
        buffer_limit: int = 10_000,
    ) -> Store:
        """Open (or create) the log at `path`, migrate it, purge old rows, start the writer."""
        path = Path(path)
        connection = await _connect(path)
        store = cls(
            path,
            connection,
            secret=secret,
            retention_days=retention_days,
            batch_size=batch_size,
            flush_interval=flush_interval,
            buffer_limit=buffer_limit,
        )
        store._writer = asyncio.create_task(store._run(), name="conversation-log-writer")
        await store._load_languages()
        try:
            await store.purge()
        except StoreError as exc:
            # The daily purge will try again; a log that can't purge must not stop the bot.
            log.warning("%s", exc)
        return store

    @classmethod
    async def open_read_only(cls, path: Path) -> Store:
        """Open an existing log for reports: nothing is migrated, purged or written.

        Reading a copy of an old log must not delete its old rows: purging is the running
        bot's job. Rows queued on this store are dropped; forget and purge raise StoreError.
        """
        path = Path(path)
        connection = await _connect_read_only(path)
        # No secret: a report reads the pseudonyms as stored and never makes new ones.
        return cls(
            path,
            connection,
            secret=b"",
            retention_days=0,
            batch_size=1,
            flush_interval=0.0,
            buffer_limit=1,
            read_only=True,
        )

    @property
    def dropped(self) -> int:
        """Rows lost because the buffer was full, the store was closed, or a row was malformed."""
        return self._dropped

    @property
    def pending(self) -> int:
        """Rows waiting in memory to be written."""
        return len(self._queue)

    def pseudonym(self, user_id: int) -> str:
        """The pseudonym this store writes for a Telegram user id."""
        pseudonym = self._pseudonyms.get(user_id)
        if pseudonym is None:
            # The HMAC is the costliest part of logging a row; a busy chat repeats its users.
            if len(self._pseudonyms) >= PSEUDONYM_CACHE:
                self._pseudonyms.clear()
            pseudonym = self._pseudonyms[user_id] = pseudonymise(user_id, self._secret)
        return pseudonym

    # Writing -------------------------------------------------------------------------------

    def log_exchange(self, exchange: Exchange) -> None:
        """Queue one exchange for the background writer; never blocks, never raises."""
        try:
            crisis = exchange.kind == "crisis"
            # A crisis row keeps only that it happened, when and in which language: no text,
            # no pseudonym, nothing that says what matched.
            pseudonym = (
                None if crisis or exchange.user_id is None else self.pseudonym(exchange.user_id)
            )
            params = (
                str(exchange.ref),
                to_iso(exchange.at),
                pseudonym,
                str(exchange.chat_type),
                str(exchange.channel),
                str(exchange.language),
                None if crisis else _text(exchange.question),
                str(exchange.kind),
                None if crisis or exchange.source is None else str(exchange.source),
                0.0 if crisis else float(exchange.score),
                float(exchange.response_ms),
            )
        except Exception:
            self._dropped += 1
            log.exception("could not log an exchange; it was dropped")
            return
        self._enqueue("exchange", params, pseudonym)

    def log_feedback(self, ref: str, user_id: int | None, value: int) -> None:
        """Queue a 👍 (+1) or 👎 (-1) on reply `ref`; a user's later vote replaces the earlier."""
        try:
            vote = (value > 0) - (value < 0)
            if not vote:
                raise ValueError(f"feedback value must be +1 or -1, got {value!r}")
            # The CLI has no user: its votes share one empty pseudonym, still one per reply.
            pseudonym = "" if user_id is None else self.pseudonym(user_id)
            params = (str(ref), pseudonym, vote, to_iso(None))
        except Exception:
            self._dropped += 1
            log.exception("could not log feedback; it was dropped")
            return
        self._enqueue("feedback", params, pseudonym or None)

    async def set_language(self, user_id: int, language: str | None) -> None:
        """Remember a user's language, or forget it (None); written at once, or held and
        retried if the file is busy."""
        pseudonym = self.pseudonym(user_id)
        if language is None:
            self._languages.pop(pseudonym, None)
            self._enqueue("language_cleared", (pseudonym,), pseudonym)
        else:
            self._languages[pseudonym] = language
            self._enqueue("language", (pseudonym, language, to_iso(None)), pseudonym)
        await self.flush()

    async def get_language(self, user_id: int) -> str | None:
        """A user's chosen language, or None: from memory, never waiting on the disk.

        Every preference is loaded when the log opens and kept up to date by set_language, so
        a user's first question is not held behind the writer's commit.
        """
        return self._languages.get(self.pseudonym(user_id))

    async def _load_languages(self) -> None:
        try:
            rows = await self._conn.execute_fetchall("SELECT pseudonym, language FROM preferences")
        except (sqlite3.Error, ValueError) as exc:
            # Answering in the default language beats not answering.
            log.warning("cannot read language preferences from %s: %s", self.path, exc)
            return
        self._languages = {pseudonym: language for pseudonym, language in rows}

    def _enqueue(self, kind: str, params: tuple[Any, ...], pseudonym: str | None) -> None:
        if self._closed or self.read_only:
            self._dropped += 1
            return
        if len(self._queue) >= self._buffer_limit:
            self._dropped += 1
            if not self._drop_warned:
                self._drop_warned = True
                log.warning(
                    "conversation log buffer full (%d rows): dropping new rows until %s "
                    "can be written",
                    self._buffer_limit,
                    self.path,
                )
            return
        self._seq += 1
        self._queue.append(_Op(self._seq, kind, params, pseudonym))
        if len(self._queue) == 1 or len(self._queue) >= self._batch_size:
            self._wake.set()

    async def flush(self) -> None:
        """Wait until every row queued so far is written, or held in memory after a failure."""
        if self._closed or not self._queue or self._writer is None or self._writer.done():
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._flushes.append((self._seq, future))
        # During an outage this cuts the backoff short: one more attempt, then an answer.
        self._retry.set()
        self._wake.set()
        await future

    async def close(self, timeout: float = 5.0) -> None:
        """Write every pending row (trying for up to `timeout` seconds), then close the file."""
        if self._closed:
            return
        self._closing = True
        self._retry.set()
        self._wake.set()
        if self._writer is not None and not self._writer.done():
            finished, _ = await asyncio.wait({self._writer}, timeout=timeout)
            if not finished:
                self._writer.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._writer
        self._closed = True
        if self._queue:
            self._dropped += len(self._queue)
            log.warning(
                "closing the conversation log with %d rows that could not be written to %s; "
                "they are lost",
                len(self._queue),
                self.path,
            )
            self._queue.clear()
        self._resolve_flushes(everything=True)
        with contextlib.suppress(sqlite3.Error, ValueError):
            await self._conn.close()

    async def _run(self) -> None:
        delay = 0.0
        while True:
            try:
                if not self._queue:
                    self._resolve_flushes(everything=True)
                    if self._closing:
                        return
                    self._wake.clear()
                    await self._wake.wait()
                    continue
                if not (self._closing or self._flushes or len(self._queue) >= self._batch_size):
                    # Let a batch build up: one transaction for many rows is what makes it cheap.
                    self._wake.clear()
                    with contextlib.suppress(asyncio.TimeoutError):
                        await asyncio.wait_for(self._wake.wait(), self._flush_interval)
                if await self._write_batch():
                    delay = 0.0
                    continue
                delay = min(max(delay * 2, 0.1), MAX_BACKOFF)
                if self._closing:
                    await asyncio.sleep(delay)  # close() bounds the retries with its timeout
                else:
                    self._retry.clear()
                    with contextlib.suppress(asyncio.TimeoutError):
                        await asyncio.wait_for(self._retry.wait(), delay)
            except asyncio.CancelledError:
                raise
            except Exception:  # the writer must outlive any surprise, or logging stops silently
                log.exception("conversation log writer failed; retrying")
                await asyncio.sleep(1)

    async def _write_batch(self) -> bool:
        async with self._lock:
            batch = list(islice(self._queue, self._batch_size))
            if not batch:
                return True
            done = 0
            try:
                await self._follow_file()
                try:
                    await self._commit(batch)
                    done = len(batch)
                except _ROW_ERRORS:
                    # A row SQLite refuses must not hold back every row queued behind it.
                    for op in batch:
                        try:
                            await self._commit([op])
                        except _ROW_ERRORS as exc:
                            self._refused(exc)
                        done += 1
            except (sqlite3.Error, OSError, ValueError, StoreError) as exc:
                self._take(done)
                self._outage_begins(exc)
                self._resolve_flushes(everything=True)
                return False
            self._take(done)
            self._outage_ends()
            self._resolve_flushes(everything=not self._queue)
            return True

    async def _commit(self, ops: Sequence[_Op]) -> None:
        await self._conn.execute("BEGIN IMMEDIATE")
        try:
            for kind, params in _runs(ops):
                await self._conn.executemany(_WRITES[kind], params)
            await self._conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error, ValueError):
                await self._conn.execute("ROLLBACK")
            raise

    def _take(self, count: int) -> None:
        """Forget the first `count` queued rows: they are written (or refused)."""
        for _ in range(count):
            self._done_seq = self._queue.popleft().seq

    def _refused(self, exc: Exception) -> None:
        self._dropped += 1
        if not self._refusal_warned:
            self._refusal_warned = True
            log.warning(
                "dropped a log row that SQLite refused (%s: %s); further refusals are only "
                "counted in Store.dropped",
                type(exc).__name__,
                exc,
            )

    async def _follow_file(self) -> None:
        """Reopen the file at `path` if it was deleted or replaced since it was opened."""
        current = _file_id(self.path)
        if current is not None and current == self._file:
            return
        # SQLite would go on writing into the unlinked file and every row would vanish at close.
        if not self._outage:
            log.warning("%s was deleted or replaced; opening it again", self.path)
        connection = await _connect(self.path)
        old, self._conn, self._file = self._conn, connection, _file_id(self.path)
        with contextlib.suppress(sqlite3.Error, ValueError):
            await old.close()

    def _outage_begins(self, exc: Exception) -> None:
        if self._outage:
            return
        self._outage = True
        log.warning(
            "cannot write the conversation log %s (%s); holding up to %d rows in memory and "
            "retrying",
            self.path,
            exc,
            self._buffer_limit,
        )

    def _outage_ends(self) -> None:
        if self._outage:
            self._outage = False
            log.warning("conversation log %s is writable again", self.path)
        self._drop_warned = False

    def _resolve_flushes(self, *, everything: bool = False) -> None:
        waiting = []
        for target, future in self._flushes:
            if everything or target <= self._done_seq:
                if not future.done():
                    future.set_result(None)
            else:
                waiting.append((target, future))
        self._flushes = waiting

    # Erasure and retention ---------------------------------------------------------------

    async def forget(self, user_id: int) -> int:
        """Erase every exchange, vote and preference of one user; the number of rows erased."""
        pseudonym = self.pseudonym(user_id)
        self._languages.pop(pseudonym, None)
        await self.flush()
        async with self._lock:
            # Rows still in memory (during an outage) must not be written after the erasure.
            held = len(self._queue)
            self._queue = deque(op for op in self._queue if op.pseudonym != pseudonym)
            erased = held - len(self._queue)
            erased += await self._delete(_FORGET, pseudonym, "erase a user's rows")
        return erased

    async def purge(self, now: datetime | None = None) -> int:
        """Delete rows older than the retention period; the number of rows deleted."""
        cutoff = to_iso((now or utcnow()) - timedelta(days=self.retention_days))
        await self.flush()
        async with self._lock:
            deleted = await self._delete(_PURGE, cutoff, "purge old rows")
        if deleted:
            # Preferences of users gone quiet for the whole period were deleted too.
            await self._load_languages()
            log.info("purged %d log rows older than %s", deleted, cutoff)
        return deleted

    async def _delete(self, statements: Sequence[str], value: str, what: str) -> int:
        try:
            await self._follow_file()
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                deleted = 0
                for sql in statements:
                    cursor = await self._conn.execute(sql, (value,) * sql.count("?"))
                    deleted += max(cursor.rowcount, 0)
                await self._conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error, ValueError):
                    await self._conn.execute("ROLLBACK")
                raise
            if deleted:
                # Old page images stay in the WAL file until it is reset; erased means erased.
                await self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (sqlite3.Error, OSError, ValueError, StoreError) as exc:
            raise StoreError(
                f"could not {what} in {self.path}: {exc}; try again in a minute"
            ) from exc
        return deleted

    # Review queries --------------------------------------------------------------------------

    async def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        await self.flush()
        try:
            return list(await self._conn.execute_fetchall(sql, params))
        except (sqlite3.Error, ValueError) as exc:
            raise StoreError(f"cannot read the conversation log {self.path}: {exc}") from exc

    async def exchanges(self, since: datetime | None) -> list[dict[str, Any]]:
        """Every exchange since `since` (oldest first), with `at` as a datetime, net feedback."""
        rows = await self._fetch(
            """SELECT e.at, e.pseudonym AS user, e.chat_type, e.channel, e.language, e.question,
                      e.kind, e.source, e.score, e.response_ms,
                      (SELECT SUM(f.value) FROM feedback AS f WHERE f.ref = e.ref) AS feedback
               FROM exchanges AS e WHERE e.at >= ? ORDER BY e.at, e.id""",
            (_since(since),),
        )
        return [{**dict(row), "at": datetime.fromisoformat(row["at"])} for row in rows]

    async def kind_language_counts(self, since: datetime | None) -> list[tuple[str, str, int]]:
        """(language, kind, number of exchanges) since `since`."""
        rows = await self._fetch(
            """SELECT language, kind, COUNT(*) FROM exchanges WHERE at >= ?
               GROUP BY language, kind ORDER BY language, kind""",
            (_since(since),),
        )
        return [(row[0], row[1], row[2]) for row in rows]

    async def distinct_users(self, since: datetime | None) -> int:
        """How many different users asked something since `since` (the CLI is nobody)."""
        rows = await self._fetch(
            "SELECT COUNT(DISTINCT pseudonym) FROM exchanges WHERE at >= ?", (_since(since),)
        )
        return rows[0][0]

    async def activity(self, since: datetime | None) -> list[tuple[datetime, str, int]]:
        """(start of a UTC quarter hour, reply kind, number of exchanges), oldest first.

        Quarter hours because every time zone's offset is a whole number of them: the caller
        can place each one in the event's own hours and days, daylight saving included,
        without reading every row.
        """
        rows = await self._fetch(
            f"""SELECT CAST(strftime('%s', at) AS INTEGER) / {QUARTER_HOUR} AS quarter, kind,
                      COUNT(*) FROM exchanges
               WHERE at >= ? GROUP BY quarter, kind ORDER BY quarter, kind""",
            (_since(since),),
        )
        return [
            (datetime.fromtimestamp(row[0] * QUARTER_HOUR, UTC), row[1], row[2]) for row in rows
        ]

    async def entry_counts(self, since: datetime | None, limit: int = 10) -> list[tuple[str, int]]:
        """The entries that answered most often: (source, times), most used first."""
        rows = await self._fetch(
            """SELECT source, COUNT(*) AS n FROM exchanges
               WHERE at >= ? AND kind = 'answer' AND source IS NOT NULL
               GROUP BY source ORDER BY n DESC, source LIMIT ?""",
            (_since(since), limit),
        )
        return [(row[0], row[1]) for row in rows]

    async def feedback_counts(self, since: datetime | None) -> tuple[int, int]:
        """(👍 votes, 👎 votes) cast since `since`."""
        rows = await self._fetch(
            """SELECT COALESCE(SUM(value = 1), 0), COALESCE(SUM(value = -1), 0) FROM feedback
               WHERE at >= ?""",
            (_since(since),),
        )
        return rows[0][0], rows[0][1]

    async def entry_feedback(self, since: datetime | None) -> list[tuple[str | None, int, int]]:
        """(entry that replied, 👍 votes, 👎 votes) for votes cast since `since`, most first.

        The entry is None for votes on replies that named none, or whose row is gone. Each
        vote counts once, so the votes of every entry add up to `feedback_counts`.
        """
        rows = await self._fetch(
            """SELECT e.source, COALESCE(SUM(f.value = 1), 0) AS up,
                      COALESCE(SUM(f.value = -1), 0) AS down
               FROM feedback AS f
               LEFT JOIN (SELECT ref, MIN(source) AS source FROM exchanges GROUP BY ref) AS e
                 ON e.ref = f.ref
               WHERE f.at >= ? GROUP BY e.source ORDER BY up + down DESC, e.source""",
            (_since(since),),
        )
        return [(row[0], row[1], row[2]) for row in rows]

    async def response_ms_percentiles(
        self, since: datetime | None, fractions: Sequence[float] = (0.5, 0.95)
    ) -> list[float | None]:
        """Response times at the given fractions (nearest rank), None when nothing was asked."""
        total = (
            await self._fetch("SELECT COUNT(*) FROM exchanges WHERE at >= ?", (_since(since),))
        )[0][0]
        result: list[float | None] = []
        for fraction in fractions:
            if not total:
                result.append(None)
                continue
            offset = min(total - 1, max(0, round(fraction * (total - 1))))
            rows = await self._fetch(
                """SELECT response_ms FROM exchanges WHERE at >= ?
                   ORDER BY response_ms LIMIT 1 OFFSET ?""",
                (_since(since), offset),
            )
            result.append(rows[0][0])
        return result

    async def unanswered_rows(self, since: datetime | None) -> list[dict[str, Any]]:
        """Questions that fell back or got a 👎, oldest first, with their count of 👎."""
        rows = await self._fetch(
            """SELECT e.at, e.question, e.language, e.kind,
                      (SELECT COUNT(*) FROM feedback AS f
                       WHERE f.ref = e.ref AND f.value = -1) AS down
               FROM exchanges AS e
               WHERE e.at >= ? AND e.question IS NOT NULL
                 AND (e.kind = 'fallback' OR EXISTS
                      (SELECT 1 FROM feedback AS f WHERE f.ref = e.ref AND f.value = -1))
               ORDER BY e.at, e.id""",
            (_since(since),),
        )
        return [{**dict(row), "at": datetime.fromisoformat(row["at"])} for row in rows]

    async def miss_rows(self, since: datetime | None, within: float) -> list[dict[str, Any]]:
        """Questions the bot may have got wrong, oldest first: fallbacks, "which one?" replies,
        answers with a 👎 (`down`), and answers the same person followed with another question
        within `within` seconds. Each row carries that next exchange (`next_at`,
        `next_question`, `next_kind`, `next_source`; None when there is none)."""
        rows = await self._fetch(
            """SELECT * FROM (
                   SELECT e.at, e.pseudonym, e.language, e.question, e.kind, e.source,
                          (SELECT COUNT(*) FROM feedback AS f
                           WHERE f.ref = e.ref AND f.value = -1) AS down,
                          LEAD(e.at) OVER person AS next_at,
                          LEAD(e.question) OVER person AS next_question,
                          LEAD(e.kind) OVER person AS next_kind,
                          LEAD(e.source) OVER person AS next_source
                   FROM exchanges AS e
                   WHERE e.at >= ? AND e.kind != 'crisis'
                   WINDOW person AS (PARTITION BY e.pseudonym ORDER BY e.at, e.id))
               WHERE question IS NOT NULL
                 AND (kind IN ('fallback', 'clarify') OR down > 0
                      OR (kind = 'answer' AND pseudonym IS NOT NULL AND next_at IS NOT NULL
                          AND (julianday(next_at) - julianday(at)) * 86400 <= ?))
               ORDER BY at""",
            (_since(since), within),
        )
        result = []
        for row in rows:
            found = dict(row)
            found["at"] = datetime.fromisoformat(row["at"])
            # CLI rows share no pseudonym: what follows one of them is someone else's.
            if row["pseudonym"] is None or row["next_at"] is None:
                found.update(next_at=None, next_question=None, next_kind=None, next_source=None)
            else:
                found["next_at"] = datetime.fromisoformat(row["next_at"])
            result.append(found)
        return result

    async def ignored_misses(self) -> set[str]:
        """The tokens of the groups of missed questions an organiser chose to ignore."""
        # A log opened read-only may predate the table: then nothing is ignored yet.
        exists = await self._fetch(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ignored_misses'"
        )
        if not exists:
            return set()
        return {row[0] for row in await self._fetch("SELECT token FROM ignored_misses")}

    async def ignore_misses(self, tokens: Iterable[str]) -> None:
        """Never suggest again a group of missed questions that has one of these tokens."""
        for token in sorted(tokens):
            self._enqueue("ignore_miss", (str(token), to_iso(None)), None)
        await self.flush()


async def _connect(path: Path) -> aiosqlite.Connection:
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
        await _migrate(connection, path)
    except BaseException as exc:
        with contextlib.suppress(sqlite3.Error, ValueError):
            await connection.close()
        if isinstance(exc, StoreError) or not isinstance(exc, sqlite3.Error):
            raise
        # sqlite_errorname arrived in Python 3.11; 3.10 has only SQLite's message.
        notadb = getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB"
        if notadb or str(exc) == "file is not a database":
            raise StoreError(
                f"{path} is not a SQLite database; set DATABASE_PATH to another file or move "
                "this one away"
            ) from exc
        raise StoreError(
            f"cannot prepare {path}: {exc}; check that the file and its folder are writable"
        ) from exc
    return connection


async def _connect_read_only(path: Path) -> aiosqlite.Connection:
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
                await _migrate(memory, Path(f"{path} (a copy in memory)"))
            except BaseException:
                with contextlib.suppress(sqlite3.Error, ValueError):
                    await memory.close()
                raise
            await connection.close()
            connection = memory
    except BaseException as exc:
        with contextlib.suppress(sqlite3.Error, ValueError):
            await connection.close()
        if isinstance(exc, StoreError) or not isinstance(exc, sqlite3.Error):
            raise
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise StoreError(
                f"{path} is not a SQLite database; check --db or DATABASE_PATH"
            ) from exc
        raise StoreError(f"cannot read {path}: {exc}") from exc
    return connection


async def _schema_version(connection: aiosqlite.Connection, path: Path) -> int:
    version = next(iter(await connection.execute_fetchall("PRAGMA user_version")))[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} has schema version {version}, newer than this bot's {SCHEMA_VERSION}; "
            "upgrade summit-bot or set DATABASE_PATH to another file"
        )
    return version


async def _migrate(connection: aiosqlite.Connection, path: Path) -> None:
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


def _runs(batch: Sequence[_Op]) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    for kind, ops in groupby(batch, key=lambda op: op.kind):
        yield kind, [op.params for op in ops]
