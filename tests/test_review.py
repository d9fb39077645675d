"""Organisers' reports read from a real conversation log file."""

from __future__ import annotations

import csv
import io
import json
import random
import shutil
import sqlite3
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from rapidfuzz import fuzz, process

from bot import review
from bot.store import Exchange, Store
from bot.text import fold

UTC = timezone.utc
SECRET = b"review-tests-secret-0123456789ab"
ALICE, BOB, CAROL = 987654321, 123123123, 555000111
# Two days ago at 09:00 UTC: inside retention, and hours of the day known in advance.
BASE = datetime.combine(datetime.now(UTC).date() - timedelta(days=2), time(9), UTC)
ENTRIES = {
    "concert": "quand commence le concert du soir",
    "parking": "ou se garer parking",
    "wifi": "mot de passe du wifi",
}


def closest(question: str) -> tuple[str | None, float]:
    """A stand-in for the matcher: the nearest entry by folded text."""
    match = process.extractOne(fold(question), ENTRIES, scorer=fuzz.token_set_ratio)
    return (match[2], match[1]) if match else (None, 0.0)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "summit-bot.sqlite3"


@pytest.fixture
async def store(db_path: Path):
    store = await Store.open(db_path, secret=SECRET, flush_interval=0.01)
    rows = [
        # (ref, user, hours after BASE, language, question, kind, source, score)
        ("c1", ALICE, 0, "fr", "c quand le concert", "fallback", None, 0.3),
        ("c2", BOB, 1, "fr", "C quand le concert ??", "fallback", None, 0.3),
        ("c3", CAROL, 2, "fr", "c quand le concer", "fallback", None, 0.2),
        ("p1", ALICE, 0, "fr", "où est le parking", "fallback", None, 0.1),
        ("w1", BOB, 1, "en", "wifi password?", "answer", "wifi", 0.9),
        ("s1", ALICE, 1, "fr", "programme samedi", "answer", "programme", 0.95),
        ("s2", CAROL, 1, "fr", "programme du samedi", "answer", "programme", 0.9),
        ("h1", BOB, 3, "fr", "bonjour", "smalltalk", None, 1.0),
        ("k1", CAROL, 3, "ar", "نص رسالة صعبة", "crisis", "distress", 1.0),
        ("a1", ALICE, 3, "fr", "atelier", "clarify", None, 0.5),
        ("x1", None, 1, "fr", '=HYPERLINK("http://evil")', "fallback", None, 0.0),
        ("o1", ALICE, -240, "fr", "old question", "answer", "programme", 0.9),
    ]
    for ref, user, hours, language, question, kind, source, score in rows:
        store.log_exchange(
            Exchange(
                ref=ref,
                user_id=user,
                chat_type="cli" if user is None else "private",
                channel="cli" if user is None else "telegram",
                language=language,
                question=question,
                kind=kind,
                source=source,
                score=score,
                response_ms=10.0 * (1 + len(question) % 5),
                at=BASE + timedelta(hours=hours),
            )
        )
    store.log_feedback("w1", BOB, -1)
    store.log_feedback("s1", ALICE, 1)
    store.log_feedback("s1", BOB, 1)
    await store.flush()
    yield store
    await store.close()


async def test_stats_count_kinds_languages_hours_entries_and_feedback(store: Store) -> None:
    stats = await review.stats(store, BASE - timedelta(days=1))

    assert stats.questions == 11  # the old question is outside the period
    assert stats.users == 3  # the CLI is nobody, and the crisis row carries no pseudonym
    assert stats.by_kind == {
        "answer": 3,
        "clarify": 1,
        "fallback": 5,
        "smalltalk": 1,
        "crisis": 1,
    }
    assert stats.rate("fallback") == pytest.approx(5 / 11)
    assert stats.by_language == {"fr": 9, "ar": 1, "en": 1}
    assert stats.busiest_hours(2) == [(10, 5), (12, 3)]
    assert stats.top_entries == (("programme", 2), ("wifi", 1))
    assert (stats.thumbs_up, stats.thumbs_down) == (2, 1)
    assert stats.median_ms is not None and stats.p95_ms is not None


async def test_all_time_stats_include_older_questions(store: Store) -> None:
    stats = await review.stats(store, None)
    assert stats.questions == 12
    assert stats.top_entries[0] == ("programme", 3)


async def test_near_identical_unanswered_questions_form_one_group(store: Store) -> None:
    groups = await review.unanswered(store, None, closest)

    concert = groups[0]
    assert concert.count == 3
    assert concert.question == "c quand le concert"  # ties: the first wording seen
    assert set(concert.examples) == {"C quand le concert ??", "c quand le concer"}
    assert concert.closest_source == "concert"
    assert concert.closest_score > 50
    assert concert.last_seen == BASE + timedelta(hours=2)
    assert concert.language == "fr"


async def test_unanswered_includes_thumbs_down_and_leaves_out_the_rest(store: Store) -> None:
    groups = await review.unanswered(store, None, closest)
    questions = {g.question: g for g in groups}

    assert set(questions) == {
        "c quand le concert",
        "où est le parking",
        "wifi password?",
        '=HYPERLINK("http://evil")',
    }
    assert questions["wifi password?"].thumbs_down == 1
    assert questions["où est le parking"].closest_source == "parking"


def test_grouping_does_not_depend_on_row_order() -> None:
    wordings = ["c quand le concert"] * 3 + ["c quand le concer", "ou est le wifi"]
    wordings += ["ou est le parking", "ou est le parkin", "horaires samedi", "horaire samedi"]
    rows = [
        {"at": BASE + timedelta(minutes=n), "question": q, "language": "fr", "down": 0}
        for n, q in enumerate(wordings)
    ]
    expected = review.group_questions(rows, closest)
    shuffled = rows[:]
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        assert review.group_questions(shuffled, closest) == expected
    assert sorted(g.count for g in expected) == [1, 2, 2, 4]


async def test_top_entries(store: Store) -> None:
    assert await review.top_entries(store, None, limit=1) == [("programme", 3)]


async def test_export_reads_back_as_csv_without_raw_ids(store: Store) -> None:
    text = await review.export_csv(store, BASE - timedelta(days=1))
    rows = list(csv.DictReader(io.StringIO(text)))

    assert tuple(rows[0]) == review.EXPORT_COLUMNS
    assert len(rows) == 11
    assert str(ALICE) not in text and str(BOB) not in text
    by_question = {row["question"]: row for row in rows}
    assert by_question["programme samedi"]["user"] == store.pseudonym(ALICE)
    assert by_question["programme samedi"]["feedback"] == "2"
    assert by_question["wifi password?"]["feedback"] == "-1"
    assert by_question["bonjour"]["feedback"] == ""
    crisis = next(row for row in rows if row["kind"] == "crisis")
    assert (crisis["question"], crisis["user"], crisis["language"]) == ("", "", "ar")
    # A spreadsheet must not run a question as a formula.
    assert '\'=HYPERLINK("http://evil")' in by_question
    assert datetime.fromisoformat(rows[0]["time"]) == BASE


@pytest.mark.parametrize(
    ("days", "since", "expected"),
    [
        (None, None, None),
        (7, None, datetime(2026, 11, 13, 12, tzinfo=UTC)),
        ("30", None, datetime(2026, 10, 21, 12, tzinfo=UTC)),
        (None, "2026-11-01", datetime(2026, 11, 1, tzinfo=UTC)),
    ],
)
def test_since_from(days, since, expected) -> None:
    now = datetime(2026, 11, 20, 12, tzinfo=UTC)
    assert review.since_from(days, since, now=now) == expected


@pytest.mark.parametrize(
    ("days", "since", "message"),
    [
        (0, None, "--days expects a whole number"),
        ("a week", None, "--days expects a whole number"),
        (None, "14/11/2026", "--since expects a date written YYYY-MM-DD"),
        (None, "2026-02-30", "--since expects a date"),
        (7, "2026-11-01", "not both"),
    ],
)
def test_since_from_rejects_bad_input(days, since, message) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        review.since_from(days, since)
    assert "\n" not in str(caught.value)


async def test_every_report_renders_in_every_format(store: Store) -> None:
    stats = await review.stats(store, None)
    groups = await review.unanswered(store, None, closest)
    top = await review.top_entries(store, None)
    for fmt, parse in (("json", json.loads), ("csv", lambda t: list(csv.reader(io.StringIO(t))))):
        assert parse(review.format_stats(stats, fmt))
        assert parse(review.format_unanswered(groups, fmt))
        assert parse(review.format_top(top, fmt))
    assert json.loads(review.format_stats(stats, "json"))["feedback"] == {
        "up": 2,
        "down": 1,
        "balance": 1,
    }
    assert json.loads(review.format_unanswered(groups, "json"))[0]["count"] == 3
    assert review.format_top(top, "csv").splitlines()[:2] == ["source,count", "programme,3"]
    table = review.format_stats(stats, "table")
    assert "Questions 12, users 3" in table and "fallback" in table and "41.7%" in table
    with pytest.raises(ValueError, match="table, csv, json"):
        review.format_top(top, "xml")


def test_tables_line_up_their_columns() -> None:
    table = review.format_top([("programme", 120), ("wifi", 7), ("أماكن", 3)], "table")
    lines = table.splitlines()
    assert lines[0].split() == ["#", "Entry", "Uses"]
    # Counts are right-aligned, so every line ends in the same column.
    assert len({len(line) for line in lines}) == 1


def test_unanswered_table_shows_other_wordings() -> None:
    group = review.UnansweredGroup(
        question="c quand le concert",
        count=3,
        examples=("C quand le concert ??",),
        closest_source="concert",
        closest_score=0.71,
        last_seen=BASE,
    )
    table = review.format_unanswered([group], "table")
    assert "c quand le concert" in table and "~ C quand le concert ??" in table
    assert "concert" in table and "0.71" in table and BASE.strftime("%Y-%m-%d") in table


async def test_an_empty_log_gives_empty_reports(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "empty.sqlite3", secret=SECRET)
    stats = await review.stats(store, None)
    assert (stats.questions, stats.median_ms, stats.busiest_hours()) == (0, None, [])
    assert "No questions" in review.format_stats(stats, "table")
    assert review.format_unanswered(await review.unanswered(store, None, closest), "json") == (
        "[]\n"
    )
    assert review.format_top([], "table") == "No answers in this period.\n"
    export = await review.export_csv(store, None)
    assert export.splitlines() == [",".join(review.EXPORT_COLUMNS)]
    await store.close()


async def test_export_json_carries_every_row_and_the_text_as_asked(store: Store) -> None:
    since = BASE - timedelta(days=1)
    records = json.loads(await review.export(store, since, "json"))
    rows = list(csv.DictReader(io.StringIO(await review.export(store, since, "csv"))))

    assert [tuple(record) for record in records] == [review.EXPORT_COLUMNS] * 11
    # The same exchanges in the same order as the CSV.
    assert [(r["time"], r["kind"]) for r in records] == [(r["time"], r["kind"]) for r in rows]
    by_question = {r["question"]: r for r in records}
    # No spreadsheet escaping in JSON: the question is exactly what was asked.
    assert '=HYPERLINK("http://evil")' in by_question
    assert by_question["programme samedi"]["feedback"] == 2
    assert by_question["bonjour"]["feedback"] is None
    crisis = next(r for r in records if r["kind"] == "crisis")
    assert (crisis["question"], crisis["user"], crisis["source"]) == (None, None, None)


LONG_FR = (
    "Est-ce que quelqu'un sait si les vidéos des tables rondes seront publiées sur YouTube "
    "ou ailleurs, et à partir de quand ?"
)
# Darija in Arabic script, with harakat that must stay on their letters.
LONG_AR = "وَاشْ كاين شي فيديو ديال المائدة المستديرة الأولى على يوتيوب ولا شي بلاصة أخرى؟"


def in_order(needles: list[str], haystack: list[str]) -> bool:
    remaining = iter(haystack)
    return all(needle in remaining for needle in needles)


# Below 54 columns the text columns are at MIN_COLUMN: the terminal wraps what is left.
@pytest.mark.parametrize(("width", "widest"), [(100, 100), (60, 60), (30, 54)])
def test_unanswered_table_wraps_whole_questions_to_the_width(width: int, widest: int) -> None:
    groups = [
        review.UnansweredGroup(
            LONG_FR, 2, ("c quand les vidéos",), "faq_replay", 61.5, BASE, "fr"
        ),
        review.UnansweredGroup(LONG_AR, 1, (), "faq_replay", 55.0, BASE, "ar"),
    ]
    table = review.format_unanswered(groups, "table", width)
    lines = table.splitlines()

    assert lines[0].split() == ["Count", "Lang", "Question", "Closest", "Score", "Last", "seen"]
    assert max(review._width(line) for line in lines) <= widest
    assert len(lines) > 2 + 3  # the long questions take several lines
    # Every word of both questions is there, whole and in order: nothing clipped or split.
    tokens = table.split()
    assert in_order(LONG_FR.split(), tokens)
    assert in_order(LONG_AR.split(), tokens)
    assert in_order(["~", "c", "quand", "les", "vidéos"], tokens)
    assert "…" not in table
    # The language is shown on each question's first line.
    assert lines[2].split()[:2] == ["2", "fr"]


def test_without_a_width_a_question_stays_on_one_line() -> None:
    group = review.UnansweredGroup(LONG_FR, 1, (), None, 0.0, BASE, "fr")
    assert LONG_FR in review.format_unanswered([group], "table")


# The command line: `review` reads a copy of a log and changes nothing ------------------------

REVIEWS = [
    ("stats", "table"),
    ("stats", "json"),
    ("unanswered", "table"),
    ("unanswered", "csv"),
    ("top", "json"),
    ("export", "csv"),
    ("export", "json"),
]


async def old_log(path: Path) -> None:
    """A log holding rows from long before the retention period, and one from yesterday."""
    store = await Store.open(path, secret=SECRET, retention_days=90)
    for ref, days, question, kind in [
        ("o1", 400, "old question about the wifi", "fallback"),
        ("o2", 200, "programme samedi", "answer"),
        ("n1", 1, LONG_FR, "fallback"),
    ]:
        store.log_exchange(
            Exchange(
                ref=ref,
                user_id=ALICE,
                chat_type="private",
                channel="telegram",
                language="fr",
                question=question,
                kind=kind,
                source="programme" if kind == "answer" else None,
                score=0.5,
                response_ms=12.0,
                at=datetime.now(UTC) - timedelta(days=days),
            )
        )
    await store.close()


async def test_review_never_changes_the_log(run, tmp_path: Path) -> None:
    original = tmp_path / "bot" / "log.sqlite3"
    await old_log(original)
    copy = tmp_path / "copy" / "old-log.sqlite3"
    copy.parent.mkdir()
    shutil.copy2(original, copy)
    before = (copy.read_bytes(), copy.stat().st_mtime_ns)

    for report, fmt in REVIEWS:
        result = run("review", report, "--db", str(copy), "--format", fmt, LOG_RETENTION_DAYS="30")
        assert result.returncode == 0, (report, fmt, result.stderr)
        assert (copy.read_bytes(), copy.stat().st_mtime_ns) == before, (report, fmt)

    with sqlite3.connect(f"file:{copy}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT COUNT(*) FROM exchanges").fetchone() == (3,)
    connection.close()
    # Not even the user-id key is made beside it: a report needs none.
    assert sorted(p.name for p in copy.parent.iterdir() if p.suffix == ".key") == []


async def test_review_export_writes_the_format_asked_for(run, tmp_path: Path) -> None:
    log = tmp_path / "log.sqlite3"
    await old_log(log)

    default = run("review", "export", "--db", str(log))
    as_csv = run("review", "export", "--db", str(log), "--format", "csv")
    as_json = run("review", "export", "--db", str(log), "--format", "json")

    assert default.returncode == as_csv.returncode == as_json.returncode == 0
    assert default.stdout == as_csv.stdout
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    records = json.loads(as_json.stdout)
    assert [r["question"] for r in records] == [r["question"] for r in rows]
    assert records[0]["question"] == "old question about the wifi"  # 400 days old, still there

    table = run("review", "export", "--db", str(log), "--format", "table")
    assert table.returncode == 2
    assert table.stdout == ""
    assert table.stderr == "Error: review export writes csv or json, not table: use --format csv\n"


async def test_review_tables_fit_the_terminal(run, tmp_path: Path) -> None:
    log = tmp_path / "log.sqlite3"
    await old_log(log)

    result = run("review", "unanswered", "--db", str(log), "--format", "table", COLUMNS="64")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(review._width(line) for line in lines) <= 64
    assert in_order(LONG_FR.split(), result.stdout.split())


CASABLANCA = ZoneInfo("Africa/Casablanca")


async def test_hours_are_the_event_clock_across_a_daylight_saving_change(tmp_path: Path) -> None:
    """Casablanca is UTC+1, except in Ramadan (UTC+0 from 15 February to 22 March 2026)."""
    store = await Store.open(tmp_path / "log.sqlite3", secret=SECRET, retention_days=100_000)
    for ref, at in (
        ("before", datetime(2026, 2, 14, 10, 30, tzinfo=UTC)),  # 11:30 in Casablanca
        ("during", datetime(2026, 2, 16, 10, 30, tzinfo=UTC)),  # 10:30 in Casablanca
        ("late", datetime(2026, 2, 13, 23, 50, tzinfo=UTC)),  # 00:50 on the 14th
    ):
        store.log_exchange(
            Exchange(ref, 1, "private", "telegram", "fr", "q", "answer", "x", 1, 1, at)
        )
    stats = await review.stats(store, None, CASABLANCA)
    await store.close()

    assert stats.hours[11] == 1 and stats.hours[10] == 1 and stats.hours[0] == 1
    assert stats.timezone == "Africa/Casablanca"
    figures = json.loads(review.format_stats(stats, "json"))
    assert figures["timezone"] == "Africa/Casablanca"
    assert (figures["hours"]["00"], figures["hours"]["10"], figures["hours"]["11"]) == (1, 1, 1)
    assert f"Hour ({stats.timezone})" in review.format_stats(stats, "table")


def test_since_a_date_starts_at_midnight_in_the_event_time_zone() -> None:
    since = review.since_from(None, "2026-11-01", zone=CASABLANCA)
    assert since == datetime(2026, 10, 31, 23, tzinfo=UTC)
