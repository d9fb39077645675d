"""The figures of the organisers' HTML report, read from the conversation log.

Everything here comes from store queries and `bot.review`, so the report and
`summit-bot review stats` count the same things the same way; `bot.report_html` draws it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from bot import review
from bot.engine import Engine
from bot.review import KINDS, Stats, UnansweredGroup
from bot.store import Queries, utcnow

# Labels of entries are in the language of the report's own words.
LANGUAGE = "en"
MISSES_SHOWN = 10
VOTED_SHOWN = 15


class Ranked(NamedTuple):
    """An entry, its label from the pack, and how many times it answered."""

    source: str
    label: str
    count: int


class Votes(NamedTuple):
    """The 👍 and 👎 cast on one entry's replies; `source` None: replies that named none."""

    source: str | None
    label: str
    up: int
    down: int


@dataclass(frozen=True)
class Day:
    """The questions of one day (event time), by kind of reply."""

    date: dt.date
    by_kind: dict[str, int]

    @property
    def questions(self) -> int:
        return sum(self.by_kind.values())

    def share(self, kind: str) -> float | None:
        """The share of this day's questions that got `kind`; None on a day without any."""
        return self.by_kind.get(kind, 0) / self.questions if self.questions else None


@dataclass(frozen=True)
class Report:
    """What the HTML report shows, for one period of the log."""

    event: str
    generated: dt.datetime  # in the event's time zone
    stats: Stats
    days: tuple[Day, ...]
    top_entries: tuple[Ranked, ...]
    votes: tuple[Votes, ...]
    misses: tuple[UnansweredGroup, ...]
    labels: dict[str, str]  # entry id -> label, for the entries the misses are closest to

    @property
    def zone(self) -> dt.tzinfo:
        return self.generated.tzinfo or dt.timezone.utc

    @property
    def first_day(self) -> dt.date:
        """The first day shown (the day the report was made, when there is none)."""
        return self.days[0].date if self.days else self.generated.date()

    @property
    def last_day(self) -> dt.date:
        return self.days[-1].date if self.days else self.generated.date()


async def build_report(
    store: Queries, engine: Engine, since: dt.datetime | None, now: dt.datetime | None = None
) -> Report:
    """Read the figures of the period starting at `since` (None: all time)."""
    event = engine.pack.event
    zone = event.zone
    now = (now or utcnow()).astimezone(zone)
    stats = await review.stats(store, since, zone)
    misses = await _misses(store, engine, since)

    def label(source: str) -> str:
        return engine.label(source, LANGUAGE)

    votes = [
        Votes(source, label(source) if source else "(replies without an entry)", up, down)
        for source, up, down in await store.entry_feedback(since)
    ]
    if len(votes) > VOTED_SHOWN:
        # The rest in one bar, so the chart's votes still add up to the totals.
        rest = votes[VOTED_SHOWN - 1 :]
        votes[VOTED_SHOWN - 1 :] = [
            Votes(
                None,
                f"({len(rest)} other entries)",
                sum(v.up for v in rest),
                sum(v.down for v in rest),
            )
        ]
    closest = {g.closest_source for g in misses if g.closest_source}
    return Report(
        event=event.name[LANGUAGE],
        generated=now,
        stats=stats,
        days=await _days(store, since, now),
        top_entries=tuple(Ranked(s, label(s), n) for s, n in stats.top_entries),
        votes=tuple(votes),
        misses=tuple(misses),
        labels={source: label(source) for source in sorted(closest)},
    )


async def _misses(
    store: Queries, engine: Engine, since: dt.datetime | None
) -> list[UnansweredGroup]:
    """The most frequent groups of missed questions; the one place the grouping is chosen."""
    return await review.unanswered(store, since, engine.closest, MISSES_SHOWN)


async def _days(store: Queries, since: dt.datetime | None, now: dt.datetime) -> tuple[Day, ...]:
    """Every day of the period in the event's time zone, days without questions included."""
    zone = now.tzinfo
    counts: dict[dt.date, dict[str, int]] = defaultdict(lambda: dict.fromkeys(KINDS, 0))
    for quarter, kind, n in await store.activity(since):
        day = counts[quarter.astimezone(zone).date()]
        day[kind] = day.get(kind, 0) + n
    if not counts:
        return ()
    first = since.astimezone(zone).date() if since else min(counts)
    last = max(now.date(), max(counts)) if since else max(counts)
    dates = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    return tuple(Day(date, dict(counts[date])) for date in dates)
