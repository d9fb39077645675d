"""The conversation log as the bot and the command line use it: what is written for an exchange,
a vote or a language choice, pseudonyms, erasure and retention, and opening it from the settings.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot.pseudonym import load_or_create_secret, pseudonymise
from bot.store.queries import Queries
from bot.store.schema import StoreError, connect, connect_read_only, to_iso, utcnow
from bot.store.writer import Writer

if TYPE_CHECKING:
    from collections.abc import Iterable

    from bot.config import Settings
    from bot.engine import Reply

log = logging.getLogger(__name__)

PSEUDONYM_CACHE = 50_000

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
_DELETE_PREFERENCE = "DELETE FROM preferences WHERE pseudonym = ?"
_SELECT_PREFERENCES = "SELECT pseudonym, language FROM preferences"
_IGNORE_MISS = "INSERT OR IGNORE INTO ignored_misses (token, at) VALUES (?, ?)"

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

    @classmethod
    def for_reply(
        cls,
        question: str,
        reply: Reply,
        response_ms: float,
        *,
        user_id: int | None = None,
        chat_type: str = "cli",
        channel: str = "cli",
    ) -> Exchange:
        """The log row for one reply, with a new `ref` that its feedback buttons will name."""
        return cls(
            ref=secrets.token_hex(6),
            user_id=user_id,
            chat_type=chat_type,
            channel=channel,
            language=reply.language,
            question=question,
            kind=reply.kind,
            source=reply.source,
            score=reply.score,
            response_ms=response_ms,
        )


def _text(value: object) -> str:
    """User text SQLite can store: a lone surrogate (from escaped JSON) becomes "?"."""
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


class Store(Queries):
    """The conversation log; make one with `await Store.open(...)` and `await store.close()` it.

    Its report queries (inherited from `Queries`) read through the writer's connection, after
    the rows queued so far are written.
    """

    def __init__(self, writer: Writer, *, secret: bytes, retention_days: int) -> None:
        super().__init__(writer.read)
        self.path = writer.path
        self.retention_days = retention_days
        self.read_only = writer.read_only
        self._writer = writer
        self._secret = secret
        self._malformed = 0
        self._languages: dict[str, str] = {}
        self._pseudonyms: dict[int, str] = {}

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
        writer = Writer(
            path,
            await connect(path),
            batch_size=batch_size,
            flush_interval=flush_interval,
            buffer_limit=buffer_limit,
        )
        store = cls(writer, secret=secret, retention_days=retention_days)
        writer.start()
        await store._load_languages()
        try:
            await store.purge()
        except StoreError as exc:
            # The daily purge will try again; a log that can't purge must not stop the bot.
            log.warning("%s", exc)
        return store

    @classmethod
    async def from_settings(cls, settings: Settings) -> Store:
        """The log at DATABASE_PATH, its user-id key from USER_ID_SECRET or the key file."""
        secret = load_or_create_secret(settings.database_path, settings.user_id_secret)
        return await cls.open(
            settings.database_path, secret=secret, retention_days=settings.log_retention_days
        )

    @classmethod
    async def open_read_only(cls, path: Path) -> Store:
        """Open an existing log for reports: nothing is migrated, purged or written.

        Reading a copy of an old log must not delete its old rows: purging is the running
        bot's job. Rows queued on this store are dropped; forget and purge raise StoreError.
        """
        path = Path(path)
        writer = Writer(
            path,
            await connect_read_only(path),
            batch_size=1,
            flush_interval=0.0,
            buffer_limit=1,
            read_only=True,
        )
        # No secret: a report reads the pseudonyms as stored and never makes new ones.
        return cls(writer, secret=b"", retention_days=0)

    @property
    def dropped(self) -> int:
        """Rows lost because the buffer was full, the store was closed, or a row was malformed."""
        return self._malformed + self._writer.dropped

    @property
    def pending(self) -> int:
        """Rows waiting in memory to be written."""
        return self._writer.pending

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
            self._malformed += 1
            log.exception("could not log an exchange; it was dropped")
            return
        self._writer.put(_INSERT_EXCHANGE, params, pseudonym)

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
            self._malformed += 1
            log.exception("could not log feedback; it was dropped")
            return
        self._writer.put(_UPSERT_FEEDBACK, params, pseudonym or None)

    async def set_language(self, user_id: int, language: str | None) -> None:
        """Remember a user's language, or forget it (None); written at once, or held and
        retried if the file is busy."""
        pseudonym = self.pseudonym(user_id)
        if language is None:
            self._languages.pop(pseudonym, None)
            self._writer.put(_DELETE_PREFERENCE, (pseudonym,), pseudonym)
        else:
            self._languages[pseudonym] = language
            self._writer.put(_UPSERT_PREFERENCE, (pseudonym, language, to_iso(None)), pseudonym)
        await self.flush()

    async def get_language(self, user_id: int) -> str | None:
        """A user's chosen language, or None: from memory, never waiting on the disk.

        Every preference is loaded when the log opens and kept up to date by set_language, so
        a user's first question is not held behind the writer's commit.
        """
        return self._languages.get(self.pseudonym(user_id))

    async def ignore_misses(self, tokens: Iterable[str]) -> None:
        """Never suggest again a group of missed questions that has one of these tokens."""
        for token in sorted(tokens):
            self._writer.put(_IGNORE_MISS, (str(token), to_iso(None)), None)
        await self.flush()

    async def flush(self) -> None:
        """Wait until every row queued so far is written, or held in memory after a failure."""
        await self._writer.flush()

    async def close(self, timeout: float = 5.0) -> None:
        """Write every pending row (trying for up to `timeout` seconds), then close the file."""
        await self._writer.close(timeout)

    async def _load_languages(self) -> None:
        try:
            rows = await self._writer.read(_SELECT_PREFERENCES)
        except StoreError as exc:
            # Answering in the default language beats not answering.
            log.warning("cannot read language preferences: %s", exc)
            return
        self._languages = {pseudonym: language for pseudonym, language in rows}

    # Erasure and retention ---------------------------------------------------------------

    async def forget(self, user_id: int) -> int:
        """Erase every exchange, vote and preference of one user; the number of rows erased."""
        pseudonym = self.pseudonym(user_id)
        self._languages.pop(pseudonym, None)
        return await self._writer.delete(
            _FORGET, pseudonym, "erase a user's rows", owner=pseudonym
        )

    async def purge(self, now: datetime | None = None) -> int:
        """Delete rows older than the retention period; the number of rows deleted."""
        cutoff = to_iso((now or utcnow()) - timedelta(days=self.retention_days))
        deleted = await self._writer.delete(_PURGE, cutoff, "purge old rows")
        if deleted:
            # Preferences of users gone quiet for the whole period were deleted too.
            await self._load_languages()
            log.info("purged %d log rows older than %s", deleted, cutoff)
        return deleted
