"""The batched writer: rows queue in memory and a background task writes them many to a
transaction; while the file cannot be written they are held (up to a limit) and retried. It
owns the connection, so deletions take the same lock as batches, and reads wait for the rows
queued before them.

It knows statements and parameters, not tables: what the log writes is in `bot.store.log`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
from collections import deque
from collections.abc import Iterator, Sequence
from itertools import groupby, islice
from pathlib import Path
from typing import Any, NamedTuple

import aiosqlite

from bot.store.schema import StoreError, connect

log = logging.getLogger(__name__)

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
MAX_BACKOFF = 5.0


class QueuedRow(NamedTuple):
    """A row waiting for the writer: its place in the queue, the statement that writes it, its
    parameters, and whose row it is (so that erasing that person drops it before it is written)."""

    seq: int
    sql: str
    params: tuple[Any, ...]
    owner: str | None


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _runs(batch: Sequence[QueuedRow]) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Consecutive rows of the same statement, so that each run is one executemany."""
    for sql, rows in groupby(batch, key=lambda row: row.sql):
        yield sql, [row.params for row in rows]


class Writer:
    """Writes queued rows to the log at `path` on `connection`; `start()` it, `close()` it.

    A read-only writer is never started: every row put to it is dropped.
    """

    def __init__(
        self,
        path: Path,
        connection: aiosqlite.Connection,
        *,
        batch_size: int,
        flush_interval: float,
        buffer_limit: int,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self._conn = connection
        self._file = _file_id(path)
        self._batch_size = max(1, batch_size)
        self._flush_interval = flush_interval
        self._buffer_limit = max(1, buffer_limit)
        self._queue: deque[QueuedRow] = deque()
        self._seq = 0
        self._done_seq = 0
        self._flushes: list[tuple[int, asyncio.Future[None]]] = []
        self._dropped = 0
        self._outage = False
        self._drop_warned = False
        self._refusal_warned = False
        self._closing = False
        self._closed = False
        self._wake = asyncio.Event()
        self._retry = asyncio.Event()
        # Held by every transaction (batches and deletions) so that they never interleave.
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start the background task that writes the queue."""
        self._task = asyncio.create_task(self._run(), name="conversation-log-writer")

    @property
    def dropped(self) -> int:
        """Rows lost because the buffer was full, the writer was closed, or SQLite refused one."""
        return self._dropped

    @property
    def pending(self) -> int:
        """Rows waiting in memory to be written."""
        return len(self._queue)

    def put(self, sql: str, params: tuple[Any, ...], owner: str | None) -> None:
        """Queue one row for `sql`; never blocks. `owner` is the pseudonym the row belongs to."""
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
        self._queue.append(QueuedRow(self._seq, sql, params, owner))
        if len(self._queue) == 1 or len(self._queue) >= self._batch_size:
            self._wake.set()

    async def flush(self) -> None:
        """Wait until every row queued so far is written, or held in memory after a failure."""
        if self._closed or not self._queue or self._task is None or self._task.done():
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._flushes.append((self._seq, future))
        # During an outage this cuts the backoff short: one more attempt, then an answer.
        self._retry.set()
        self._wake.set()
        await future

    async def read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """The rows of one SELECT, once every row queued so far is written: reads see writes."""
        await self.flush()
        try:
            return list(await self._conn.execute_fetchall(sql, params))
        except (sqlite3.Error, ValueError) as exc:
            raise StoreError(f"cannot read the conversation log {self.path}: {exc}") from exc

    async def delete(
        self, statements: Sequence[str], value: str, what: str, *, owner: str | None = None
    ) -> int:
        """Run `statements` (each `?` bound to `value`) in one transaction, after the queue is
        written; with `owner`, that person's rows still held in memory are dropped first. The
        number of rows deleted; StoreError says it could not `what`."""
        await self.flush()
        async with self._lock:
            deleted = 0
            if owner is not None:
                # Rows still in memory (during an outage) must not be written after the erasure.
                held = len(self._queue)
                self._queue = deque(row for row in self._queue if row.owner != owner)
                deleted = held - len(self._queue)
            deleted += await self._delete(statements, value, what)
        return deleted

    async def close(self, timeout: float = 5.0) -> None:
        """Write every pending row (trying for up to `timeout` seconds), then close the file."""
        if self._closed:
            return
        self._closing = True
        self._retry.set()
        self._wake.set()
        if self._task is not None and not self._task.done():
            finished, _ = await asyncio.wait({self._task}, timeout=timeout)
            if not finished:
                self._task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._task
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
                    for row in batch:
                        try:
                            await self._commit([row])
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

    async def _commit(self, rows: Sequence[QueuedRow]) -> None:
        await self._conn.execute("BEGIN IMMEDIATE")
        try:
            for sql, params in _runs(rows):
                await self._conn.executemany(sql, params)
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
        connection = await connect(self.path)
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
