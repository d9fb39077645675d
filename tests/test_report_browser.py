"""`summit-bot review report` on a log of a few thousand exchanges, opened in headless Chromium.

Chromium lays the page out; a script added to a copy of the page (the report itself has
none) measures every bar and point as drawn and writes what it found into the DOM, which
`--dump-dom` returns. Those are compared with the page's own figures, and the figures with
`summit-bot review stats --format json` on the same log and period.
"""

from __future__ import annotations

import asyncio
import html
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import CLI_BASELINE, REPO
from report_page import external_references, figures
from sample_log import build

EXCHANGES = 3000
DAYS = 6
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
IN_CI = os.environ.get("CI") == "true"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not IN_CI,
    reason="Chromium is not installed: apt-get install chromium (CI installs it, never skips)",
)

# Test-only: run by Chromium after layout, it records what each chart drew.
MEASURE = """<script>
const found = {};
for (const figure of document.querySelectorAll("figure")) {
  const svg = figure.querySelector("svg");
  if (!svg) continue;
  const box = (el) => { const b = el.getBoundingClientRect(); return [b.width, b.height]; };
  found[figure.id] = {
    size: box(svg),
    marks: [...svg.querySelectorAll("g[id]")]
      .filter((g) => /-(bar|up|down)-/.test(g.id))
      .map((g) => [g.id, ...box(g)]),
    points: Object.fromEntries([...svg.querySelectorAll("g[id]")]
      .filter((g) => /-line-/.test(g.id))
      .map((g) => [g.id, g.querySelectorAll("use").length])),
    text: svg.textContent.replace(/\\s+/g, " "),
  };
}
const pre = document.createElement("pre");
pre.id = "measured";
pre.textContent = JSON.stringify(found);
document.body.append(pre);
</script>"""


def cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, **CLI_BASELINE, "DATABASE_PATH": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        timeout=120,
    )


def chromium(page: Path, profile: Path) -> str:
    """The DOM of `page` after Chromium loaded it."""
    assert CHROMIUM, "CI=true but Chromium is not installed: .ci/run installs it"
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--window-size=1100,1600",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "log.sqlite3"
    asyncio.run(build(path, exchanges=EXCHANGES, days=DAYS))
    return path


# A period that starts at a midnight: "--days 3" starts 72 hours before each call, and on a
# loaded machine a row crossed that moving line between the report and the stats.
SINCE = (datetime.now(ZoneInfo("Africa/Casablanca")) - timedelta(days=3)).date().isoformat()


@pytest.mark.parametrize("period", [[], ["--since", SINCE]], ids=["all time", "since 3 days"])
def test_the_report_renders_in_chromium_and_matches_review_stats(
    log: Path, tmp_path: Path, period: list[str]
) -> None:
    output = tmp_path / "report.html"
    done = cli("review", "report", *period, "--output", str(output), db=log)
    assert done.returncode == 0, done.stderr
    stats = json.loads(cli("review", "stats", *period, "--format", "json", db=log).stdout)
    unanswered = json.loads(
        cli("review", "unanswered", *period, "--format", "json", db=log).stdout
    )
    page = output.read_text(encoding="utf-8")
    assert external_references(page) == []
    if not period:
        assert stats["questions"] == EXCHANGES

    measured_copy = tmp_path / "measured.html"
    measured_copy.write_text(page.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    dom = chromium(measured_copy, tmp_path / "profile")
    drawn = json.loads(html.unescape(re.search(r'<pre id="measured">(.*?)</pre>', dom).group(1)))
    shown = figures(dom)

    check_figures_match_stats(shown, dom, stats, unanswered)
    check_charts_are_drawn(shown, drawn)


def check_figures_match_stats(
    shown: dict[str, list[dict[str, str]]],
    dom: str,
    stats: dict[str, Any],
    unanswered: list[dict[str, Any]],
) -> None:
    tiles = dict(re.findall(r'data-figure="(\w+)" data-value="([\d.]+)"', dom))
    assert int(tiles["questions"]) == stats["questions"]
    assert int(tiles["users"]) == stats["users"]
    assert int(tiles["up"]) == stats["feedback"]["up"]
    assert int(tiles["down"]) == stats["feedback"]["down"]
    for kind in ("answer", "clarify", "fallback"):
        assert float(tiles[kind]) == stats["rates"][kind]

    assert sum(int(r["questions"]) for r in shown["days"]) == stats["questions"]
    assert {r["key"]: int(r["questions"]) for r in shown["hours"]} == stats["hours"]
    assert {r["key"]: int(r["questions"]) for r in shown["languages"]} == stats["by_language"]
    kinds = {kind: sum(int(r[kind]) for r in shown["shares"]) for kind in stats["by_kind"]}
    assert kinds == stats["by_kind"]
    assert [(r["entry"], int(r["answers"])) for r in shown["entries"]] == [
        (e["source"], e["count"]) for e in stats["top_entries"]
    ]
    assert sum(int(r["up"]) for r in shown["votes"]) == stats["feedback"]["up"]
    assert sum(int(r["down"]) for r in shown["votes"]) == stats["feedback"]["down"]
    assert [(r["question"], int(r["count"])) for r in shown["misses"]] == [
        (g["question"], g["count"]) for g in unanswered[:10]
    ]


def check_charts_are_drawn(
    shown: dict[str, list[dict[str, str]]], drawn: dict[str, dict[str, Any]]
) -> None:
    assert set(drawn) == {"days", "hours", "languages", "shares", "entries", "votes", "misses"}
    for name, chart in drawn.items():
        width, height = chart["size"]
        assert width > 600 and height > 100, (name, chart["size"])

    def bars(name: str, mark: str = "bar") -> dict[str, tuple[float, float]]:
        prefix = f"{name}-{mark}-"
        return {
            mark_id[len(prefix) :]: (w, h)
            for mark_id, w, h in drawn[name]["marks"]
            if mark_id.startswith(prefix)
        }

    # One bar per row of each table; a bar has area exactly when its figure is not zero.
    for name, column, size in (
        ("days", "questions", 1),
        ("hours", "questions", 1),
        ("languages", "questions", 0),
        ("entries", "answers", 0),
    ):
        found = bars(name)
        assert sorted(found) == sorted(r["key"] for r in shown[name]), name
        for r in shown[name]:
            assert (found[r["key"]][size] > 0) == (int(r[column]) > 0), (name, r)
    assert len(bars("misses")) == len(shown["misses"]) > 0
    assert len(bars("votes", "up")) == len(bars("votes", "down")) == len(shown["votes"])

    # One point per day with questions on each line of shares, a line per kind of reply.
    days_asked = sum(1 for r in shown["days"] if int(r["questions"]))
    assert drawn["shares"]["points"] == {
        f"shares-line-{kind}": days_asked
        for kind in ("answer", "clarify", "fallback", "smalltalk", "crisis")
    }

    # The labels are drawn: hours, languages, entry labels, the kinds in the legend.
    assert all(f"{h:02d}" in drawn["hours"]["text"] for h in range(24))
    assert "French" in drawn["languages"]["text"] and "Arabic" in drawn["languages"]["text"]
    for row in shown["entries"]:
        assert row["label"][:20] in drawn["entries"]["text"], row["label"]
    for name in ("answered", "which one?", "fallback", "crisis"):
        assert name in drawn["shares"]["text"]
