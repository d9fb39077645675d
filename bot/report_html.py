"""The organisers' report as one self-contained HTML page: matplotlib charts inlined as SVG.

No script, no stylesheet, font or image from elsewhere: the page opens offline and as an
e-mail attachment, where clients block scripts and remote content. Every chart is followed
by its figures in a table (with `data-` attributes) for screen readers and for the tests.
"""

from __future__ import annotations

import html
import io
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from bot.report import Day, Report
from bot.review import KINDS, UnansweredGroup

KIND_NAMES = {
    "answer": "answered",
    "clarify": "which one?",
    "fallback": "fallback",
    "smalltalk": "small talk",
    "crisis": "crisis",
}
LANGUAGE_NAMES = {"fr": "French", "en": "English", "ar": "Arabic"}
# Colour-blind safe (Okabe-Ito), one per reply kind; the main bars in the blue.
COLOURS = {
    "answer": "#009E73",
    "clarify": "#E69F00",
    "fallback": "#D55E00",
    "smalltalk": "#56B4E9",
    "crisis": "#CC79A7",
}
BAR = "#0072B2"
UP, DOWN = "#009E73", "#D55E00"
WIDTH = 9.6  # inches; 72 SVG points each
LABEL_WIDTH = 48  # characters of an entry label or a question on a chart's axis

# matplotlib settings for every chart. Text stays text (svg.fonttype none): the browser
# draws it, with its own fonts and Arabic shaping, and labels remain searchable. A `$` in a
# question must not start a formula. A fixed salt makes the same report give the same file.
_RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "summit-bot-report",
    "text.parse_math": False,
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.axisbelow": True,
}
# pyplot is not used (it keeps global figures); matplotlib's rcParams are still global.
_LOCK = threading.Lock()


def render(report: Report) -> str:
    """The whole page for `report`; user text is escaped, every chart inlined."""
    # matplotlib takes a moment to import and memory to hold: only a report pays for it.
    import matplotlib

    with _LOCK, matplotlib.rc_context(_RC), warnings.catch_warnings():
        # matplotlib measures labels with its own font, which has no emoji; the browser has.
        warnings.filterwarnings("ignore", message="Glyph .* missing from", category=UserWarning)
        body = _body(report)
    title = f"{report.event}: what people asked"
    return _PAGE.format(title=_esc(title), style=_STYLE, body=body)


def _body(report: Report) -> str:
    stats = report.stats
    parts = [
        f"<header><h1>{_esc(report.event)}</h1>",
        f"<p class=period>{_esc(_period(report))}</p></header>",
    ]
    if not stats.questions:
        parts.append("<p>No questions in this period.</p>")
        return "\n".join(parts)
    parts.append(_summary(report))
    parts.append(_days_chart(report.days))
    parts.append(_hours_chart(stats.hours, stats.timezone))
    parts.append(_languages_chart(stats.by_language))
    parts.append(_shares_chart(report.days))
    parts.append(_entries_chart(report))
    parts.append(_votes_chart(report))
    parts.append(_misses_chart(report))
    parts.append(
        "<footer>Made by <code>summit-bot review report</code>. Questions are shown as "
        "people typed them; the log keeps no names, and no text of crisis messages.</footer>"
    )
    return "\n".join(parts)


def _period(report: Report) -> str:
    since = report.stats.since
    start = (
        f"{since.astimezone(report.zone):%d %b %Y %H:%M}"
        if since
        else f"{report.first_day:%d %b %Y}"
    )
    return (
        f"Questions from {start} to {report.last_day:%d %b %Y}, times in "
        f"{report.stats.timezone}. Made {report.generated:%d %b %Y %H:%M}."
    )


def _summary(report: Report) -> str:
    stats = report.stats
    tiles: list[tuple[str, str, object, str]] = [
        ("questions", "Questions", stats.questions, f"{stats.questions:,}"),
        ("users", "People", stats.users, f"{stats.users:,}"),
    ]
    tiles += [
        (
            kind,
            KIND_NAMES[kind].capitalize(),
            round(stats.rate(kind), 4),
            f"{stats.rate(kind):.0%}",
        )
        for kind in ("answer", "clarify", "fallback")
    ]
    tiles += [
        ("up", "👍 helpful", stats.thumbs_up, f"{stats.thumbs_up:,}"),
        ("down", "👎 not helpful", stats.thumbs_down, f"{stats.thumbs_down:,}"),
    ]
    cells = "".join(
        f'<div class=tile data-figure="{key}" data-value="{value}">'
        f"<b>{_esc(shown)}</b><span>{_esc(name)}</span></div>"
        for key, name, value, shown in tiles
    )
    return f'<section class=summary aria-label="Summary">{cells}</section>'


# --- the charts ------------------------------------------------------------------------------


def _days_chart(days: Sequence[Day]) -> str:
    def draw(ax: Any) -> None:
        bars = ax.bar(range(len(days)), [d.questions for d in days], color=BAR, width=0.8)
        for bar, day in zip(bars, days, strict=True):
            bar.set_gid(f"bar-{day.date.isoformat()}")
        _date_ticks(ax, [d.date for d in days])
        ax.set_ylabel("questions")
        ax.grid(axis="y", alpha=0.3)

    rows = [(d.date.isoformat(), _day(d.date), {"questions": d.questions}) for d in days]
    return _figure(
        "days",
        "Questions per day",
        draw,
        3.0,
        _table("days", "Day", [("questions", "Questions")], rows),
    )


def _hours_chart(hours: Sequence[int], zone: str) -> str:
    def draw(ax: Any) -> None:
        bars = ax.bar(range(24), hours, color=BAR, width=0.8)
        for hour, bar in enumerate(bars):
            bar.set_gid(f"bar-{hour:02d}")
        ax.set_xticks(range(24), [f"{h:02d}" for h in range(24)])
        ax.set_xlim(-0.6, 23.6)
        ax.set_xlabel(f"hour of the day ({zone})")
        ax.set_ylabel("questions")
        ax.grid(axis="y", alpha=0.3)

    rows = [(f"{h:02d}", f"{h:02d}:00", {"questions": n}) for h, n in enumerate(hours)]
    return _figure(
        "hours",
        f"Questions by hour of the day ({zone})",
        draw,
        3.0,
        _table("hours", "Hour", [("questions", "Questions")], rows),
    )


def _languages_chart(by_language: dict[str, int]) -> str:
    languages = list(by_language)

    def draw(ax: Any) -> None:
        names = [LANGUAGE_NAMES.get(code, code) for code in languages]
        counts = [by_language[code] for code in languages]
        bars = ax.barh(range(len(languages)), counts, color=BAR, height=0.6)
        for bar, code in zip(bars, languages, strict=True):
            bar.set_gid(f"bar-{code}")
        ax.set_yticks(range(len(languages)), names)
        ax.invert_yaxis()
        ax.bar_label(bars, [f"{n:,}" for n in counts], padding=3)
        ax.set_xlabel("questions, by the language of the reply")

    total = sum(by_language.values()) or 1
    rows = [
        (
            code,
            LANGUAGE_NAMES.get(code, code),
            {"questions": n, "share": f"{n / total:.1%}"},
        )
        for code, n in by_language.items()
    ]
    columns = [("questions", "Questions"), ("share", "Share")]
    return _figure(
        "languages",
        "Languages",
        draw,
        0.6 + 0.45 * len(languages),
        _table("languages", "Language", columns, rows),
    )


def _shares_chart(days: Sequence[Day]) -> str:
    def draw(ax: Any) -> None:
        x = range(len(days))
        for kind in KINDS:
            shares = [_nan(d.share(kind)) for d in days]
            (line,) = ax.plot(
                x,
                [s * 100 for s in shares],
                marker="o",
                markersize=4,
                color=COLOURS[kind],
                label=KIND_NAMES[kind],
            )
            line.set_gid(f"line-{kind}")
        _date_ticks(ax, [d.date for d in days])
        ax.set_ylim(0, 100)
        ax.set_ylabel("% of the day's questions")
        ax.grid(axis="y", alpha=0.3)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)

    columns = [(kind, KIND_NAMES[kind].capitalize()) for kind in KINDS]
    rows = [
        (
            d.date.isoformat(),
            _day(d.date),
            {kind: _count_share(d.by_kind.get(kind, 0), d.questions) for kind in KINDS},
        )
        for d in days
    ]
    return _figure(
        "shares",
        "Answered, which one?, fallback and crisis: share of each day's replies",
        draw,
        3.2,
        _table("shares", "Day", columns, rows),
    )


def _entries_chart(report: Report) -> str:
    entries = report.top_entries
    if not entries:
        return _empty("entries", "Most asked entries", "No question was answered.")

    def draw(ax: Any) -> None:
        bars = ax.barh(range(len(entries)), [e.count for e in entries], color=BAR, height=0.6)
        for bar, entry in zip(bars, entries, strict=True):
            bar.set_gid(f"bar-{entry.source}")
        ax.set_yticks(range(len(entries)), [_clip(e.label) for e in entries])
        ax.invert_yaxis()
        ax.bar_label(bars, [f"{e.count:,}" for e in entries], padding=3)
        ax.set_xlabel("answers given")

    rows = [(e.source, e.label, {"answers": e.count, "entry": e.source}) for e in entries]
    columns = [("answers", "Answers"), ("entry", "Entry id")]
    return _figure(
        "entries",
        "Most asked entries",
        draw,
        0.6 + 0.35 * len(entries),
        _table("entries", "Entry", columns, rows),
    )


def _votes_chart(report: Report) -> str:
    votes = report.votes
    if not votes:
        return _empty("votes", "👍 / 👎 per entry", "Nobody voted in this period.")

    def draw(ax: Any) -> None:
        y = range(len(votes))
        ups = ax.barh(y, [v.up for v in votes], color=UP, height=0.6, label="helpful (up)")
        downs = ax.barh(
            y, [-v.down for v in votes], color=DOWN, height=0.6, label="not helpful (down)"
        )
        for index, (up, down) in enumerate(zip(ups, downs, strict=True)):
            up.set_gid(f"up-{index}")
            down.set_gid(f"down-{index}")
        ax.bar_label(ups, [str(v.up) if v.up else "" for v in votes], padding=3)
        ax.bar_label(downs, [str(v.down) if v.down else "" for v in votes], padding=3)
        ax.set_yticks(list(y), [_clip(v.label) for v in votes])
        ax.invert_yaxis()
        ax.axvline(0, color="#333333", linewidth=0.8)
        limit = max(max(v.up, v.down) for v in votes) * 1.25 + 1
        ax.set_xlim(-limit, limit)
        ax.xaxis.set_major_formatter(lambda value, _pos: f"{abs(value):.0f}")
        ax.set_xlabel("votes: not helpful to the left, helpful to the right")
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)

    rows = [
        (v.source or v.label, v.label, {"up": v.up, "down": v.down, "entry": v.source or ""})
        for v in votes
    ]
    columns = [("up", "👍"), ("down", "👎"), ("entry", "Entry id")]
    return _figure(
        "votes",
        "👍 / 👎 per entry",
        draw,
        0.9 + 0.35 * len(votes),
        _table("votes", "Entry", columns, rows),
    )


def _misses_chart(report: Report) -> str:
    misses = report.misses
    title = "Most frequent misses: fallbacks and 👎, similar questions grouped"
    if not misses:
        return _empty("misses", title, "No missed question in this period.")

    def draw(ax: Any) -> None:
        bars = ax.barh(range(len(misses)), [g.count for g in misses], color=DOWN, height=0.6)
        for rank, bar in enumerate(bars, 1):
            bar.set_gid(f"bar-{rank}")
        ax.set_yticks(range(len(misses)), [_clip(g.question) for g in misses])
        ax.invert_yaxis()
        ax.bar_label(bars, [str(g.count) for g in misses], padding=3)
        ax.set_xlabel("times asked")

    return _figure(
        "misses",
        title,
        draw,
        0.6 + 0.35 * len(misses),
        _misses_table(misses, report.labels),
        open_table=True,
    )


def _misses_table(misses: Sequence[UnansweredGroup], labels: dict[str, str]) -> str:
    lines = [
        '<table class=figures data-chart="misses">',
        "<caption>Groups of missed questions, most asked first</caption>",
        "<thead><tr><th scope=col>#</th><th scope=col>Question and other wordings</th>"
        "<th scope=col>Times</th><th scope=col>👎</th><th scope=col>Language</th>"
        "<th scope=col>Closest entry (score)</th></tr></thead><tbody>",
    ]
    for rank, group in enumerate(misses, 1):
        examples = "".join(f"<li><bdi>{_esc(text)}</bdi></li>" for text in group.examples)
        closest = (
            f"{_esc(labels.get(group.closest_source, group.closest_source))} "
            f"<code>{_esc(group.closest_source)}</code> ({group.closest_score:.0f})"
            if group.closest_source
            else "-"
        )
        lines.append(
            f'<tr data-key="{rank}" data-count="{group.count}" '
            f'data-question="{_esc(group.question)}">'
            f"<td>{rank}</td><td><bdi>{_esc(group.question)}</bdi>"
            f"{f'<ul>{examples}</ul>' if examples else ''}</td>"
            f"<td>{group.count}</td><td>{group.thumbs_down}</td>"
            f"<td>{_esc(LANGUAGE_NAMES.get(group.language, group.language))}</td>"
            f"<td>{closest}</td></tr>"
        )
    lines.append("</tbody></table>")
    return "\n".join(lines)


# --- building blocks -------------------------------------------------------------------------


def _figure(
    name: str,
    title: str,
    draw: Callable[[Any], None],
    height: float,
    table: str,
    *,
    open_table: bool = False,
) -> str:
    """A titled figure: the chart drawn by `draw(axes)` as inline SVG, then its figures."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH, height), layout="constrained")
    draw(figure.add_subplot())
    svg = _inline_svg(figure, name, title)
    details = "<details open>" if open_table else "<details>"
    return (
        f'<figure id="{name}" aria-labelledby="{name}-title">'
        f'<figcaption id="{name}-title">{_esc(title)}</figcaption>\n{svg}\n'
        f"{details}<summary>Figures</summary>\n{table}\n</details></figure>"
    )


def _inline_svg(figure: Any, name: str, title: str) -> str:
    buffer = io.StringIO()
    figure.savefig(
        buffer,
        format="svg",
        metadata={"Date": None, "Creator": None, "Format": None, "Type": None},
    )
    svg = buffer.getvalue()
    # An SVG inside HTML needs neither the XML prologue, nor the DOCTYPE, nor namespace
    # declarations; all three hold URLs (never fetched), and the page should hold none.
    svg = svg[svg.index("<svg") :]
    head, rest = svg.split(">", 1)
    head = re.sub(r'\s+xmlns(:xlink)?="[^"]*"', "", head)
    head += f' role="img" aria-label="{_esc(title)}" class=chart'
    svg = head + ">" + rest
    # Several charts in one page: every id (and reference to one) gets the chart's name.
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{name}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{name}-\1)", svg)
    return re.sub(r'xlink:href="#([^"]+)"', rf'xlink:href="#{name}-\1"', svg)


def _table(
    chart: str,
    key_title: str,
    columns: Sequence[tuple[str, str]],
    rows: Iterable[tuple[str, str, dict[str, Any]]],
) -> str:
    """A table of a chart's figures: one row per bar, its values in cells and data-*."""
    head = "".join(f"<th scope=col>{_esc(title)}</th>" for _, title in columns)
    lines = [
        f'<table class=figures data-chart="{chart}">',
        f"<thead><tr><th scope=col>{_esc(key_title)}</th>{head}</tr></thead><tbody>",
    ]
    for key, label, values in rows:
        data = "".join(f' data-{name}="{_esc(_raw(values[name]))}"' for name, _ in columns)
        cells = "".join(f"<td>{_esc(_shown(values[name]))}</td>" for name, _ in columns)
        lines.append(
            f'<tr data-key="{_esc(key)}" data-label="{_esc(label)}"{data}>'
            f"<th scope=row><bdi>{_esc(label)}</bdi></th>"
            f"{cells}</tr>"
        )
    lines.append("</tbody></table>")
    return "\n".join(lines)


def _empty(name: str, title: str, text: str) -> str:
    return (
        f'<figure id="{name}" aria-labelledby="{name}-title">'
        f'<figcaption id="{name}-title">{_esc(title)}</figcaption>'
        f"<p class=empty>{_esc(text)}</p></figure>"
    )


def _date_ticks(ax: Any, dates: Sequence[date]) -> None:
    """At most about 15 date labels, whatever the number of days."""
    step = max(1, -(-len(dates) // 15))
    ticks = list(range(0, len(dates), step))
    ax.set_xticks(ticks, [f"{dates[i]:%a %d %b}" for i in ticks])
    ax.set_xlim(-0.6, len(dates) - 0.4)


def _count_share(count: int, total: int) -> tuple[int, str]:
    return count, f"{count / total:.1%}" if total else "-"


def _raw(value: Any) -> str:
    return str(value[0] if isinstance(value, tuple) else value)


def _shown(value: Any) -> str:
    if isinstance(value, tuple):
        return f"{value[0]:,} ({value[1]})"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _nan(value: float | None) -> float:
    return float("nan") if value is None else value


def _day(day: date) -> str:
    return f"{day:%a %d %b %Y}"


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_WIDTH else text[: LABEL_WIDTH - 1] + "…"


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


_STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       color: #1d1d1f; background: #fff; margin: 0 auto; padding: 24px; max-width: 1000px; }
h1 { font-size: 26px; margin: 0 0 4px; }
.period { color: #555; margin: 0 0 20px; }
.summary { display: flex; flex-wrap: wrap; gap: 10px; margin-bottom: 24px; }
.tile { border: 1px solid #ddd; border-radius: 8px; padding: 10px 16px; min-width: 90px; }
.tile b { display: block; font-size: 24px; }
.tile span { color: #555; }
figure { margin: 0 0 28px; page-break-inside: avoid; break-inside: avoid; }
figcaption { font-size: 18px; font-weight: 600; margin-bottom: 6px; }
svg.chart { width: 100%; height: auto; display: block; }
details { margin-top: 4px; }
summary { cursor: pointer; color: #0072B2; }
table { border-collapse: collapse; margin-top: 6px; font-size: 14px; }
th, td { border-bottom: 1px solid #e5e5e5; padding: 3px 10px; text-align: start;
         vertical-align: top; }
td { font-variant-numeric: tabular-nums; }
caption { text-align: start; color: #555; padding-bottom: 4px; }
ul { margin: 4px 0 0; padding-inline-start: 18px; color: #555; }
code { font-size: 12px; color: #555; }
.empty { color: #555; }
footer { color: #777; font-size: 13px; margin-top: 32px; }
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
{body}
</body>
</html>
"""
