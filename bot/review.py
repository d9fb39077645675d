"""Organisers' reports on the conversation log: stats, unanswered, top entries, export."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process

from bot.store import Queries, utcnow
from bot.text import fold

UTC = timezone.utc
KINDS = ("answer", "clarify", "fallback", "smalltalk", "crisis")
FORMATS = ("table", "csv", "json")
EXPORT_FORMATS = ("csv", "json")
EXPORT_COLUMNS = (
    "time",
    "user",
    "chat_type",
    "channel",
    "language",
    "question",
    "kind",
    "source",
    "score",
    "response_ms",
    "feedback",
)
# token_sort_ratio on folded text: one or two typos in a short question stay above this,
# a different subject ("wifi" / "parking") in the same frame falls well below.
GROUP_THRESHOLD = 88.0
MAX_EXAMPLES = 3
# A table column narrower than this is no longer readable: the terminal wraps the line instead.
MIN_COLUMN = 10
# Marks another wording of an unanswered question, indented below it.
EXAMPLE = "~"
_EXAMPLE_INDENT = re.compile(rf"(?:\s*{re.escape(EXAMPLE)} )?")

Closest = Callable[[str], tuple[str | None, float]]


@dataclass(frozen=True)
class Stats:
    """What the log says about a period: volumes, reply kinds, languages, hours, entries."""

    since: datetime | None
    questions: int
    users: int
    by_kind: dict[str, int]
    by_language: dict[str, int]
    hours: tuple[int, ...]  # 24 counts, index = hour of the day in `timezone`
    top_entries: tuple[tuple[str, int], ...]
    thumbs_up: int
    thumbs_down: int
    median_ms: float | None
    p95_ms: float | None
    timezone: str = "UTC"  # the event's time zone, which `hours` are counted in

    def rate(self, kind: str) -> float:
        """The share of questions that got this kind of reply, from 0 to 1."""
        return self.by_kind.get(kind, 0) / self.questions if self.questions else 0.0

    @property
    def rates(self) -> dict[str, float]:
        """The share of each reply kind (answered, clarified, fallback, smalltalk, crisis)."""
        return {kind: self.rate(kind) for kind in self.by_kind}

    def busiest_hours(self, count: int = 5) -> list[tuple[int, int]]:
        """The busiest hours of the day (event time) as (hour, questions), busiest first."""
        ranked = sorted(enumerate(self.hours), key=lambda item: (-item[1], item[0]))
        return [(hour, n) for hour, n in ranked[:count] if n]


@dataclass(frozen=True)
class UnansweredGroup:
    """Near-identical questions the bot could not answer well, with the entry nearest to them."""

    question: str  # the most frequent wording
    count: int
    examples: tuple[str, ...]  # up to three other wordings, most frequent first
    closest_source: str | None
    closest_score: float
    last_seen: datetime
    language: str = ""
    thumbs_down: int = 0


async def stats(store: Queries, since: datetime | None, zone: tzinfo = UTC) -> Stats:
    """Gather the figures of `Stats` for the period starting at `since` (None: all time).

    Hours of the day are counted in `zone`, the event's time zone.
    """
    by_kind = dict.fromkeys(KINDS, 0)
    by_language: Counter[str] = Counter()
    for language, kind, n in await store.kind_language_counts(since):
        by_kind[kind] = by_kind.get(kind, 0) + n
        by_language[language] += n
    hours = [0] * 24
    for quarter, _kind, n in await store.activity(since):
        hours[quarter.astimezone(zone).hour] += n
    up, down = await store.feedback_counts(since)
    median_ms, p95_ms = await store.response_ms_percentiles(since, (0.5, 0.95))
    return Stats(
        since=since,
        questions=sum(by_kind.values()),
        users=await store.distinct_users(since),
        by_kind=by_kind,
        by_language=dict(sorted(by_language.items(), key=lambda item: (-item[1], item[0]))),
        hours=tuple(hours),
        top_entries=tuple(await store.entry_counts(since, 10)),
        thumbs_up=up,
        thumbs_down=down,
        median_ms=median_ms,
        p95_ms=p95_ms,
        timezone=str(zone),
    )


async def unanswered(
    store: Queries,
    since: datetime | None,
    closest: Closest | None = None,
    limit: int | None = None,
) -> list[UnansweredGroup]:
    """Questions that fell back or got a 👎, near-identical ones grouped, most asked first.

    `closest(question) -> (entry id or None, score)` names the entry nearest to each group,
    usually the matcher run without its threshold; without it no entry is named.
    """
    return group_questions(await store.unanswered_rows(since), closest, limit)


async def top_entries(
    store: Queries, since: datetime | None, limit: int = 10
) -> list[tuple[str, int]]:
    """The entries that answered most often, as (source, times)."""
    return await store.entry_counts(since, limit)


async def export(store: Queries, since: datetime | None, fmt: str = "csv") -> str:
    """Every exchange since `since`, pseudonyms only: CSV with a header row, or a JSON list."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"export format must be csv or json; got {fmt!r}")
    if fmt == "csv":
        return await export_csv(store, since)
    return _json(
        [
            {
                "time": row["at"].isoformat(timespec="milliseconds"),
                "user": row["user"],
                "chat_type": row["chat_type"],
                "channel": row["channel"],
                "language": row["language"],
                # The text as asked: a JSON reader runs no formulas, unlike a spreadsheet.
                "question": row["question"],
                "kind": row["kind"],
                "source": row["source"],
                "score": round(row["score"], 4),
                "response_ms": round(row["response_ms"], 1),
                "feedback": None if row["feedback"] is None else int(row["feedback"]),
            }
            for row in await store.exchanges(since)
        ]
    )


async def export_csv(store: Queries, since: datetime | None) -> str:
    """Every exchange since `since` as CSV, pseudonyms only, with a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    for row in await store.exchanges(since):
        writer.writerow(
            (
                row["at"].isoformat(timespec="milliseconds"),
                row["user"] or "",
                row["chat_type"],
                row["channel"],
                row["language"],
                _cell(row["question"]),
                row["kind"],
                row["source"] or "",
                round(row["score"], 4),
                round(row["response_ms"], 1),
                "" if row["feedback"] is None else int(row["feedback"]),
            )
        )
    return buffer.getvalue()


def group_questions(
    rows: Iterable[Mapping[str, Any]], closest: Closest | None = None, limit: int | None = None
) -> list[UnansweredGroup]:
    """Group rows (at, question, language, down) whose folded questions nearly match.

    Deterministic: normalised forms are taken most frequent first (then earliest, then by
    text) and each joins the first group it matches, so the same rows give the same groups
    in whatever order they come.
    """
    forms: dict[str, _Form] = {}
    for row in rows:
        question = row["question"] or ""
        key = fold(question)
        form = forms.get(key)
        if form is None:
            form = forms[key] = _Form(key)
        form.add(question, row)
    groups: list[list[_Form]] = []
    keys: list[str] = []
    for form in sorted(forms.values(), key=lambda f: (-f.count, f.first_seen, f.key)):
        match = None
        if form.key and keys:
            match = process.extractOne(
                form.key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=GROUP_THRESHOLD
            )
        if match is None:
            groups.append([form])
            keys.append(form.key)
        else:
            groups[match[2]].append(form)
    result = [_summarise(members, closest) for members in groups]
    result.sort(key=lambda g: (-g.count, -g.last_seen.timestamp(), g.question))
    return result if limit is None else result[:limit]


class _Form:
    """The rows whose questions fold to one normalised text."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.count = 0
        self.wordings: Counter[str] = Counter()
        self.first_said: dict[str, datetime] = {}
        self.languages: Counter[str] = Counter()
        self.down = 0
        self.last_seen: datetime | None = None

    def add(self, question: str, row: Mapping[str, Any]) -> None:
        at: datetime = row["at"]
        self.count += 1
        self.wordings[question] += 1
        self.first_said[question] = min(at, self.first_said.get(question, at))
        self.languages[row.get("language") or ""] += 1
        self.down += int(row.get("down") or 0)
        if self.last_seen is None or at > self.last_seen:
            self.last_seen = at

    @property
    def first_seen(self) -> datetime:
        return min(self.first_said.values())


def _summarise(members: list[_Form], closest: Closest | None) -> UnansweredGroup:
    wordings: Counter[str] = Counter()
    first_said: dict[str, datetime] = {}
    languages: Counter[str] = Counter()
    for form in members:
        wordings.update(form.wordings)
        languages.update(form.languages)
        for text, at in form.first_said.items():
            first_said[text] = min(at, first_said.get(text, at))
    ranked = sorted(wordings, key=lambda text: (-wordings[text], first_said[text], text))
    question = ranked[0]
    source, score = closest(question) if closest else (None, 0.0)
    return UnansweredGroup(
        question=question,
        count=sum(form.count for form in members),
        examples=tuple(ranked[1 : 1 + MAX_EXAMPLES]),
        closest_source=source,
        closest_score=float(score),
        last_seen=max(form.last_seen for form in members if form.last_seen is not None),
        language=min(languages.items(), key=lambda item: (-item[1], item[0]))[0],
        thumbs_down=sum(form.down for form in members),
    )


def since_from(
    days: int | str | None = None,
    since: str | None = None,
    now: datetime | None = None,
    zone: tzinfo = UTC,
) -> datetime | None:
    """The start of a report period from --days N or --since YYYY-MM-DD; None means all time.

    A date starts at midnight in `zone`, the event's time zone.
    """
    if days is not None and since:
        raise ValueError("give either --days or --since, not both")
    if days is not None:
        try:
            number = int(str(days).strip())
        except ValueError:
            number = 0
        if number < 1:
            raise ValueError(f"--days expects a whole number of days, like --days 7; got {days!r}")
        return (now or utcnow()) - timedelta(days=number)
    if since:
        try:
            start = datetime.strptime(since.strip(), "%Y-%m-%d")
        except ValueError:
            raise ValueError(
                f"--since expects a date written YYYY-MM-DD, like 2026-11-14; got {since!r}"
            ) from None
        return start.replace(tzinfo=zone)
    return None


# Formatting ----------------------------------------------------------------------------------


def format_stats(stats: Stats, fmt: str = "table", width: int | None = None) -> str:
    """Stats as aligned plain-text tables (at most `width` columns wide), CSV
    (section,key,value) or one JSON document."""
    _check(fmt)
    if fmt == "json":
        return _json(
            {
                "since": _iso(stats.since),
                "timezone": stats.timezone,
                "questions": stats.questions,
                "users": stats.users,
                "by_kind": stats.by_kind,
                "rates": {kind: round(rate, 4) for kind, rate in stats.rates.items()},
                "by_language": stats.by_language,
                "hours": {f"{hour:02d}": n for hour, n in enumerate(stats.hours)},
                "busiest_hours": [
                    {"hour": hour, "questions": n} for hour, n in stats.busiest_hours()
                ],
                "top_entries": [{"source": s, "count": n} for s, n in stats.top_entries],
                "feedback": {
                    "up": stats.thumbs_up,
                    "down": stats.thumbs_down,
                    "balance": stats.thumbs_up - stats.thumbs_down,
                },
                "response_ms": {"median": stats.median_ms, "p95": stats.p95_ms},
            }
        )
    if fmt == "csv":
        rows: list[tuple[str, str, Any]] = [
            ("total", "questions", stats.questions),
            ("total", "users", stats.users),
        ]
        rows += [("kind", kind, n) for kind, n in stats.by_kind.items()]
        rows += [("rate", kind, round(rate, 4)) for kind, rate in stats.rates.items()]
        rows += [("language", language, n) for language, n in stats.by_language.items()]
        rows += [("timezone", "name", stats.timezone)]
        rows += [("hour", f"{hour:02d}", n) for hour, n in enumerate(stats.hours)]
        rows += [("entry", source, n) for source, n in stats.top_entries]
        rows += [("feedback", "up", stats.thumbs_up), ("feedback", "down", stats.thumbs_down)]
        rows += [("response_ms", "median", _blank(stats.median_ms))]
        rows += [("response_ms", "p95", _blank(stats.p95_ms))]
        return _csv(("section", "key", "value"), rows)
    lines = [f"Conversation log {_period(stats.since, stats.timezone)}"]
    if not stats.questions:
        return lines[0] + "\nNo questions in this period.\n"
    lines += [
        f"Questions {stats.questions}, users {stats.users}",
        f"Feedback 👍 {stats.thumbs_up} 👎 {stats.thumbs_down} "
        f"(balance {stats.thumbs_up - stats.thumbs_down:+d})",
        f"Response median {_ms(stats.median_ms)}, p95 {_ms(stats.p95_ms)}",
        "",
        _table(
            ("Reply", "Count", "Share"),
            [(kind, str(n), _percent(stats.rate(kind))) for kind, n in stats.by_kind.items()],
            width,
        ),
        "",
        _table(
            ("Language", "Count", "Share"),
            [
                (language, str(n), _percent(n / stats.questions))
                for language, n in stats.by_language.items()
            ],
            width,
        ),
        "",
        _table(
            (f"Hour ({stats.timezone})", "Count"),
            [(f"{hour:02d}:00", str(n)) for hour, n in stats.busiest_hours()],
            width,
        ),
    ]
    if stats.top_entries:
        top = [(s, str(n)) for s, n in stats.top_entries]
        lines += ["", _table(("Entry", "Uses"), top, width)]
    return "\n".join(lines) + "\n"


def format_unanswered(
    groups: Sequence[UnansweredGroup], fmt: str = "table", width: int | None = None
) -> str:
    """Unanswered groups as a table (other wordings indented below each, whole questions
    wrapped to `width` columns), CSV or JSON."""
    _check(fmt)
    if fmt == "json":
        return _json(
            [
                {
                    "question": g.question,
                    "count": g.count,
                    "examples": list(g.examples),
                    "language": g.language,
                    "thumbs_down": g.thumbs_down,
                    "closest_source": g.closest_source,
                    "closest_score": g.closest_score,
                    "last_seen": _iso(g.last_seen),
                }
                for g in groups
            ]
        )
    if fmt == "csv":
        return _csv(
            (
                "count",
                "question",
                "examples",
                "language",
                "thumbs_down",
                "closest_source",
                "closest_score",
                "last_seen",
            ),
            [
                (
                    g.count,
                    _cell(g.question),
                    _cell(" | ".join(g.examples)),
                    g.language,
                    g.thumbs_down,
                    g.closest_source or "",
                    round(g.closest_score, 4),
                    _iso(g.last_seen),
                )
                for g in groups
            ],
        )
    if not groups:
        return "No unanswered questions in this period.\n"
    rows: list[tuple[str, ...]] = []
    for g in groups:
        rows.append(
            (
                str(g.count),
                g.language,
                g.question,
                g.closest_source or "-",
                f"{g.closest_score:.2f}",
                g.last_seen.strftime("%Y-%m-%d"),
            )
        )
        rows += [("", "", f"  {EXAMPLE} {text}", "", "", "") for text in g.examples]
    header = ("Count", "Lang", "Question", "Closest", "Score", "Last seen")
    return _table(header, rows, width) + "\n"


def format_top(
    rows: Sequence[tuple[str, int]], fmt: str = "table", width: int | None = None
) -> str:
    """Top entries as a table (at most `width` columns wide), CSV (source,count) or JSON."""
    _check(fmt)
    if fmt == "json":
        return _json([{"source": source, "count": count} for source, count in rows])
    if fmt == "csv":
        return _csv(("source", "count"), rows)
    if not rows:
        return "No answers in this period.\n"
    numbered = [(str(rank), source, str(count)) for rank, (source, count) in enumerate(rows, 1)]
    return _table(("#", "Entry", "Uses"), numbered, width) + "\n"


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}; got {fmt!r}")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _cell(text: str | None) -> str:
    """User text for a spreadsheet: a leading = + - @ would make it a formula there."""
    if not text:
        return ""
    return "'" + text if text[0] in "=+-@\t\r" else text


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="seconds")


def _period(since: datetime | None, zone: str = "UTC") -> str:
    if since is None:
        return "(all time)"
    return f"since {since.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M} {zone}"


def _blank(value: float | None) -> Any:
    return "" if value is None else round(value, 1)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} ms"


def _percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def _width(text: str) -> int:
    """Columns a terminal gives `text`: wide CJK and emoji take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _wrap(text: str, width: int | None) -> list[str]:
    """`text` on lines of at most `width` columns, broken between words. A word longer than a
    line is cut between characters, never between a letter and its marks (Arabic harakat
    take no column); an example's continuation lines are indented past its "~"."""
    match = _EXAMPLE_INDENT.match(text)
    indent = match.end() if match else 0
    hang = " " * indent
    lines: list[str] = []
    line, empty = text[:indent], True
    for word in text[indent:].split():
        candidate = line + word if empty else f"{line} {word}"
        if empty or width is None or _width(candidate) <= width:
            line, empty = candidate, False
        else:
            lines.append(line)
            line = hang + word
        while width is not None and _width(line) > width:
            piece = line[: indent + 1]  # at least one character of text per line
            for ch in line[indent + 1 :]:
                if _width(piece + ch) > width:
                    break
                piece += ch
            lines.append(piece)
            line = hang + line[len(piece) :]
    lines.append(line)
    return lines


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], width: int | None = None) -> str:
    """Columns padded to their widest cell; numbers (and the header above them) to the right.

    When the table is wider than `width`, the widest text columns are narrowed (not below
    MIN_COLUMN) and their cells wrapped onto several lines: a question is shown whole.
    """
    columns = list(zip(header, *rows, strict=True))
    widths = [max(_width(cell) for cell in column) for column in columns]
    numeric = [
        all(_numeric(cell) for cell in column[1:]) and any(column[1:]) for column in columns
    ]
    gaps = 2 * (len(columns) - 1)
    while width is not None and sum(widths) + gaps > width:
        narrowable = [i for i, w in enumerate(widths) if not numeric[i] and w > MIN_COLUMN]
        if not narrowable:
            break  # as narrow as it gets: the terminal wraps what is left
        widths[max(narrowable, key=lambda i: widths[i])] -= 1

    def lines(cells: Sequence[str]) -> list[str]:
        wrapped = [
            [cell] if right else _wrap(cell, limit)
            for cell, limit, right in zip(cells, widths, numeric, strict=True)
        ]
        result = []
        for index in range(max(len(parts) for parts in wrapped)):
            padded = []
            for parts, limit, right in zip(wrapped, widths, numeric, strict=True):
                cell = parts[index] if index < len(parts) else ""
                gap = " " * max(0, limit - _width(cell))
                padded.append(gap + cell if right else cell + gap)
            result.append("  ".join(padded).rstrip())
        return result

    rule = ["-" * w for w in widths]
    return "\n".join([*lines(header), "  ".join(rule), *(ln for row in rows for ln in lines(row))])


def _numeric(cell: str) -> bool:
    return not cell or cell.rstrip("%").replace(".", "", 1).lstrip("+-").isdigit()
