"""The HTML report: its figures from a real log file, the page it makes, and the CLI command."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from conftest import Run
from report_page import external_references, figures

from bot import report_html, review
from bot.engine import Engine
from bot.knowledge import Pack
from bot.report import Report, build_report
from bot.store import Exchange, Store

UTC = timezone.utc
SECRET = b"report-tests-secret-0123456789ab"
HOSTILE = "<script>alert(\"x\")</script> & $x^2$ 'quoted'"


@pytest.fixture(scope="module")
def engine(pack: Pack) -> Engine:
    return Engine(pack)


def row(ref: str, at: datetime, kind: str = "answer", source: str | None = "event_date", **kw):
    values = {
        "ref": ref,
        "user_id": kw.pop("user", 7),
        "chat_type": "private",
        "channel": "telegram",
        "language": kw.pop("language", "fr"),
        "question": kw.pop("question", "c quand le sommet"),
        "kind": kind,
        "source": source if kind == "answer" else None,
        "score": 90.0,
        "response_ms": 5.0,
        "at": at,
    }
    return Exchange(**values, **kw)


async def report_of(
    path: Path, engine: Engine, rows: list[Exchange], since=None, now=None, votes=()
) -> Report:
    """A report on a log file holding `rows` (kept whatever their age)."""
    store = await Store.open(path, secret=SECRET, retention_days=100_000)
    try:
        for exchange in rows:
            store.log_exchange(exchange)
        for ref, user, value in votes:
            store.log_feedback(ref, user, value)
        return await build_report(store, engine, since, now=now)
    finally:
        await store.close()


async def test_days_are_the_event_days_and_days_without_questions_are_shown(
    tmp_path: Path, engine: Engine
) -> None:
    rows = [
        # 23:30 UTC is 00:30 the next day in Casablanca (UTC+1 in November).
        row("a", datetime(2026, 11, 24, 23, 30, tzinfo=UTC)),
        row("b", datetime(2026, 11, 25, 10, 0, tzinfo=UTC), "fallback", question="plombier ?"),
        row("c", datetime(2026, 11, 27, 12, 0, tzinfo=UTC), "clarify"),
    ]
    now = datetime(2026, 11, 28, 9, tzinfo=UTC)
    report = await report_of(tmp_path / "log.sqlite3", engine, rows, now=now)

    assert [(d.date, d.questions) for d in report.days] == [
        (date(2026, 11, 25), 2),
        (date(2026, 11, 26), 0),
        (date(2026, 11, 27), 1),
    ]
    assert report.days[0].share("answer") == 0.5 and report.days[1].share("answer") is None
    assert report.stats.hours[0] == 1 and report.stats.hours[11] == 1
    assert report.generated.tzinfo.key == "Africa/Casablanca"


async def test_a_period_runs_from_its_first_day_to_today(tmp_path: Path, engine: Engine) -> None:
    now = datetime(2026, 11, 28, 9, tzinfo=UTC)
    rows = [row("a", now - timedelta(days=5)), row("b", now - timedelta(days=2))]
    report = await report_of(tmp_path / "log.sqlite3", engine, rows, now - timedelta(days=3), now)
    assert [d.date for d in report.days] == [date(2026, 11, 25 + i) for i in range(4)]
    assert sum(d.questions for d in report.days) == report.stats.questions == 1


async def test_entries_carry_their_labels_and_votes_add_up_to_the_totals(
    tmp_path: Path, engine: Engine
) -> None:
    at = datetime.now(UTC) - timedelta(hours=3)
    rows = [
        row("d1", at),
        row("d2", at, user=8),
        row("k1", at, source="kendili"),
        row("f1", at, "fallback", question="où manger ?"),
    ]
    votes = [("d1", 7, 1), ("d2", 8, -1), ("k1", 7, 1), ("f1", 7, -1), ("gone", 9, 1)]
    report = await report_of(tmp_path / "log.sqlite3", engine, rows, votes=votes)

    labels = {entry.source: entry.label for entry in report.top_entries}
    assert labels == {
        "event_date": engine.label("event_date", "en"),
        "kendili": "Dr Imane Kendili",
    }
    votes_by = {v.source: (v.up, v.down) for v in report.votes}
    assert votes_by == {"event_date": (1, 1), "kendili": (1, 0), None: (1, 1)}
    assert sum(v.up for v in report.votes) == report.stats.thumbs_up == 3
    assert sum(v.down for v in report.votes) == report.stats.thumbs_down == 2
    # Misses are fallbacks and answers that got a 👎.
    assert {g.question for g in report.misses} == {"où manger ?", "c quand le sommet"}


async def test_the_page_holds_every_chart_escapes_user_text_and_loads_nothing(
    tmp_path: Path, engine: Engine
) -> None:
    at = datetime.now(UTC) - timedelta(hours=30)
    rows = [row(f"q{i}", at + timedelta(minutes=i)) for i in range(5)]
    rows += [row("h1", at, "fallback", question=HOSTILE, language="en")]
    rows += [row("h2", at, "fallback", question="شنو هو الواي فاي؟", language="ar")]
    report = await report_of(tmp_path / "log.sqlite3", engine, rows, votes=[("q1", 7, 1)])
    page = report_html.render(report)

    assert external_references(page) == []
    assert "<script>alert" not in page
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; $x^2$ &#x27;quoted&#x27;" in page
    )
    tables = figures(page)
    assert set(tables) == {"days", "hours", "languages", "shares", "entries", "votes", "misses"}
    assert sum(int(r["questions"]) for r in tables["hours"]) == 7
    assert {r["key"]: int(r["questions"]) for r in tables["languages"]} == {
        "fr": 5,
        "en": 1,
        "ar": 1,
    }
    assert [r["question"] for r in tables["misses"]] == sorted([HOSTILE, "شنو هو الواي فاي؟"])
    # Every bar and point is named after what it shows, once in the page.
    assert page.count('id="hours-bar-') == 24
    assert page.count('id="entries-bar-event_date"') == 1
    assert report_html.render(report) == page  # the same report makes the same file


async def test_an_empty_period_says_so(tmp_path: Path, engine: Engine) -> None:
    report = await report_of(tmp_path / "log.sqlite3", engine, [])
    page = report_html.render(report)
    assert "No questions in this period." in page
    assert external_references(page) == []


def test_review_report_writes_the_page_and_stats_say_their_time_zone(
    run: Run, tmp_path: Path
) -> None:
    asked = run("ask", "C'était quand le sommet ?")
    assert asked.returncode == 0, asked.stderr
    run("ask", "Où trouver un plombier à Casablanca ?")
    output = tmp_path / "out" / "report.html"
    output.parent.mkdir()

    done = run("review", "report", "--days", "7", "--output", str(output))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Wrote {output}: 2 questions from ")
    assert "times in Africa/Casablanca" in done.stdout
    page = output.read_text(encoding="utf-8")
    assert "Questions per day" in page and external_references(page) == []
    assert not list(output.parent.glob("*.partial"))

    stats = json.loads(run("review", "stats", "--format", "json").stdout)
    assert stats["timezone"] == "Africa/Casablanca" and sum(stats["hours"].values()) == 2


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ["review", "report"],
            "Error: review report needs --output FILE, like --output report.html",
        ),
        (
            ["review", "stats", "--output", "x.html"],
            "Error: --output is for review report; review stats prints its report",
        ),
        (
            ["review", "report", "--output", "/nonexistent/folder/report.html"],
            "Error: cannot write the report to /nonexistent/folder/report.html: "
            "No such file or directory",
        ),
    ],
)
def test_review_report_errors_are_one_line(run: Run, args: list[str], error: str) -> None:
    assert run("ask", "bonjour").returncode == 0
    done = run(*args)
    assert done.returncode == 2
    assert error in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_review_help_shows_a_report_example(run: Run) -> None:
    help_text = run("review", "--help").stdout
    assert "Example:" in help_text
    assert "  summit-bot review report --days 7 --output report.html\n" in help_text


async def test_stats_use_the_time_zone_the_report_uses(tmp_path: Path, engine: Engine) -> None:
    rows = [row("a", datetime.now(UTC) - timedelta(hours=2))]
    report = await report_of(tmp_path / "log.sqlite3", engine, rows)
    store = await Store.open(tmp_path / "log.sqlite3", secret=SECRET, retention_days=100_000)
    stats = await review.stats(store, None, engine.pack.event.zone)
    await store.close()
    assert stats == report.stats
