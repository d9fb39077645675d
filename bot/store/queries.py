"""The report queries: every SELECT that `review`, `report` and `suggest` read from the log.

Each takes `since` (None for every row) and returns plain values; none of them writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any

from bot.store.schema import UTC, since_bound

QUARTER_HOUR = 15 * 60  # seconds

Read = Callable[[str, Sequence[Any]], Awaitable[list[sqlite3.Row]]]


class Queries:
    """The reports' questions to the log, asked through `read` (one SELECT -> its rows)."""

    def __init__(self, read: Read) -> None:
        self._read = read

    async def exchanges(self, since: datetime | None) -> list[dict[str, Any]]:
        """Every exchange since `since` (oldest first), with `at` as a datetime, net feedback."""
        rows = await self._read(
            """SELECT e.at, e.pseudonym AS user, e.chat_type, e.channel, e.language, e.question,
                      e.kind, e.source, e.score, e.response_ms,
                      (SELECT SUM(f.value) FROM feedback AS f WHERE f.ref = e.ref) AS feedback
               FROM exchanges AS e WHERE e.at >= ? ORDER BY e.at, e.id""",
            (since_bound(since),),
        )
        return [{**dict(row), "at": datetime.fromisoformat(row["at"])} for row in rows]

    async def kind_language_counts(self, since: datetime | None) -> list[tuple[str, str, int]]:
        """(language, kind, number of exchanges) since `since`."""
        rows = await self._read(
            """SELECT language, kind, COUNT(*) FROM exchanges WHERE at >= ?
               GROUP BY language, kind ORDER BY language, kind""",
            (since_bound(since),),
        )
        return [(row[0], row[1], row[2]) for row in rows]

    async def distinct_users(self, since: datetime | None) -> int:
        """How many different users asked something since `since` (the CLI is nobody)."""
        rows = await self._read(
            "SELECT COUNT(DISTINCT pseudonym) FROM exchanges WHERE at >= ?", (since_bound(since),)
        )
        return rows[0][0]

    async def activity(self, since: datetime | None) -> list[tuple[datetime, str, int]]:
        """(start of a UTC quarter hour, reply kind, number of exchanges), oldest first.

        Quarter hours because every time zone's offset is a whole number of them: the caller
        can place each one in the event's own hours and days, daylight saving included,
        without reading every row.
        """
        rows = await self._read(
            f"""SELECT CAST(strftime('%s', at) AS INTEGER) / {QUARTER_HOUR} AS quarter, kind,
                      COUNT(*) FROM exchanges
               WHERE at >= ? GROUP BY quarter, kind ORDER BY quarter, kind""",
            (since_bound(since),),
        )
        return [
            (datetime.fromtimestamp(row[0] * QUARTER_HOUR, UTC), row[1], row[2]) for row in rows
        ]

    async def entry_counts(self, since: datetime | None, limit: int = 10) -> list[tuple[str, int]]:
        """The entries that answered most often: (source, times), most used first."""
        rows = await self._read(
            """SELECT source, COUNT(*) AS n FROM exchanges
               WHERE at >= ? AND kind = 'answer' AND source IS NOT NULL
               GROUP BY source ORDER BY n DESC, source LIMIT ?""",
            (since_bound(since), limit),
        )
        return [(row[0], row[1]) for row in rows]

    async def feedback_counts(self, since: datetime | None) -> tuple[int, int]:
        """(👍 votes, 👎 votes) cast since `since`."""
        rows = await self._read(
            """SELECT COALESCE(SUM(value = 1), 0), COALESCE(SUM(value = -1), 0) FROM feedback
               WHERE at >= ?""",
            (since_bound(since),),
        )
        return rows[0][0], rows[0][1]

    async def entry_feedback(self, since: datetime | None) -> list[tuple[str | None, int, int]]:
        """(entry that replied, 👍 votes, 👎 votes) for votes cast since `since`, most first.

        The entry is None for votes on replies that named none, or whose row is gone. Each
        vote counts once, so the votes of every entry add up to `feedback_counts`.
        """
        rows = await self._read(
            """SELECT e.source, COALESCE(SUM(f.value = 1), 0) AS up,
                      COALESCE(SUM(f.value = -1), 0) AS down
               FROM feedback AS f
               LEFT JOIN (SELECT ref, MIN(source) AS source FROM exchanges GROUP BY ref) AS e
                 ON e.ref = f.ref
               WHERE f.at >= ? GROUP BY e.source ORDER BY up + down DESC, e.source""",
            (since_bound(since),),
        )
        return [(row[0], row[1], row[2]) for row in rows]

    async def response_ms_percentiles(
        self, since: datetime | None, fractions: Sequence[float] = (0.5, 0.95)
    ) -> list[float | None]:
        """Response times at the given fractions (nearest rank), None when nothing was asked."""
        total = (
            await self._read("SELECT COUNT(*) FROM exchanges WHERE at >= ?", (since_bound(since),))
        )[0][0]
        result: list[float | None] = []
        for fraction in fractions:
            if not total:
                result.append(None)
                continue
            offset = min(total - 1, max(0, round(fraction * (total - 1))))
            rows = await self._read(
                """SELECT response_ms FROM exchanges WHERE at >= ?
                   ORDER BY response_ms LIMIT 1 OFFSET ?""",
                (since_bound(since), offset),
            )
            result.append(rows[0][0])
        return result

    async def unanswered_rows(self, since: datetime | None) -> list[dict[str, Any]]:
        """Questions that fell back or got a 👎, oldest first, with their count of 👎."""
        rows = await self._read(
            """SELECT e.at, e.question, e.language, e.kind,
                      (SELECT COUNT(*) FROM feedback AS f
                       WHERE f.ref = e.ref AND f.value = -1) AS down
               FROM exchanges AS e
               WHERE e.at >= ? AND e.question IS NOT NULL
                 AND (e.kind = 'fallback' OR EXISTS
                      (SELECT 1 FROM feedback AS f WHERE f.ref = e.ref AND f.value = -1))
               ORDER BY e.at, e.id""",
            (since_bound(since),),
        )
        return [{**dict(row), "at": datetime.fromisoformat(row["at"])} for row in rows]

    async def miss_rows(self, since: datetime | None, within: float) -> list[dict[str, Any]]:
        """Questions the bot may have got wrong, oldest first: fallbacks, "which one?" replies,
        answers with a 👎 (`down`), and answers the same person followed with another question
        within `within` seconds. Each row carries that next exchange (`next_at`,
        `next_question`, `next_kind`, `next_source`; None when there is none)."""
        rows = await self._read(
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
            (since_bound(since), within),
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
        exists = await self._read(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ignored_misses'", ()
        )
        if not exists:
            return set()
        return {row[0] for row in await self._read("SELECT token FROM ignored_misses", ())}
