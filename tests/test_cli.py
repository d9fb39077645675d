"""`summit-bot` as a user runs it: the real CLI in a subprocess, from the repository root."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Run

from bot import cli
from bot.knowledge import Pack, load_pack

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
KEYS = ["question", "language", "kind", "source", "score", "answer", "suggestions"]


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(KNOWLEDGE)


def check_contract(line: str) -> dict:
    """One line of `ask --json`: exactly the documented keys, with their types."""
    data = json.loads(line)
    assert sorted(data) == sorted(KEYS)
    assert isinstance(data["question"], str)
    assert data["language"] in ("fr", "en", "ar")
    assert data["kind"] in ("answer", "clarify", "fallback", "smalltalk", "crisis")
    assert data["source"] is None or isinstance(data["source"], str)
    assert isinstance(data["score"], (int, float)) and 0 <= data["score"] <= 100
    assert isinstance(data["answer"], str) and data["answer"]
    assert isinstance(data["suggestions"], list)
    assert all(isinstance(s, str) for s in data["suggestions"])
    return data


def test_ask_json(run: Run) -> None:
    result = run("ask", "C'était quand le sommet ?", "--json", "--no-log")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = check_contract(lines[0])
    assert data["question"] == "C'était quand le sommet ?"
    assert (data["language"], data["kind"], data["source"]) == ("fr", "answer", "event_date")
    assert "12 décembre 2024" in data["answer"]
    assert data["suggestions"] == []


def test_ask_json_reads_one_question_per_line_from_stdin(run: Run) -> None:
    questions = [
        "When was the summit?",
        "متى انعقدت القمة؟",
        "",
        "je veux mourir",
        "stigma",
        "reset my Instagram password",
        "chkoun Toufiq",
    ]
    result = run("ask", "--json", "--no-log", "-", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    replies = [check_contract(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in replies] == questions
    assert [(r["kind"], r["language"], r["source"]) for r in replies] == [
        ("answer", "en", "event_date"),
        ("answer", "ar", "event_date"),
        ("fallback", "fr", None),
        ("crisis", "fr", None),
        ("clarify", "fr", None),
        ("fallback", "en", None),
        ("answer", "fr", "toufiq"),
    ]
    assert "12 December 2024" in replies[0]["answer"]
    assert "stopsilence.org" in replies[3]["answer"]
    assert len(replies[4]["suggestions"]) == 2


def test_ask_lang_forces_the_reply_language(run: Run) -> None:
    result = run("ask", "C'était quand le sommet ?", "--lang", "en", "--json", "--no-log")
    assert result.returncode == 0, result.stderr
    data = check_contract(result.stdout)
    assert (data["language"], data["source"]) == ("en", "event_date")
    assert "12 December 2024" in data["answer"]


def test_check_summarises_the_pack(run: Run) -> None:
    result = run("check")
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout.splitlines()[0]
    for name, count in [
        ("facts", 10),
        ("faq", 11),
        ("panels", 2),
        ("speakers", 6),
        ("smalltalk", 6),
        ("resources", 6),
    ]:
        assert re.search(rf"^\s*{name}\s+{count}$", result.stdout, re.M), name
    assert "every entry in fr, en, ar" in result.stdout


def test_check_takes_knowledge_after_the_command_as_its_help_shows(run: Run) -> None:
    assert "summit-bot check --knowledge knowledge/" in run("check", "--help").stdout
    result = run("check", "--knowledge", "knowledge/")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Knowledge pack knowledge: OK")


def line_of(path: Path, pattern: str) -> int:
    """The 1-based number of the first line of `path` matching `pattern`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if re.search(pattern, line))


def test_check_lists_every_problem_of_a_broken_pack(run: Run, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(KNOWLEDGE, broken)
    (broken / "smalltalk.yaml").unlink()
    panels = broken / "panels.yaml"
    panels.write_text(
        panels.read_text(encoding="utf-8").replace(
            "speakers: [toufiq, kendili, jaafar]", "speakers: [toufiq, kendili, jaafar, ghost]"
        ),
        encoding="utf-8",
    )
    event = broken / "event.yaml"
    event.write_text(
        re.sub(r"^  date: .*$", "  date: 12/12/2024", event.read_text("utf-8"), flags=re.M),
        encoding="utf-8",
    )
    panel_line = line_of(panels, r"- id: digital_age$")
    date_line = line_of(event, r"^  date: ")

    result = run("check", "--knowledge", str(broken))

    assert result.returncode == 2
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    for problem in [
        "smalltalk.yaml:0: -: file is missing",
        f"panels.yaml:{panel_line}: panels[digital_age].speakers: unknown speaker 'ghost'",
        f"event.yaml:{date_line}: event.date: expected a date like 2024-12-12, got '12/12/2024'",
    ]:
        assert problem in output.splitlines()
    assert "3 problem(s)" in output


@pytest.mark.parametrize(
    ("command", "name", "value", "error"),
    [
        (
            ["ask", "hello", "--no-log"],
            "DEFAULT_LANGUAGE",
            "de",
            "Error: DEFAULT_LANGUAGE='de': expected one of fr, en, ar",
        ),
        (["check"], "LOG_LEVEL", "loud", "Error: LOG_LEVEL='LOUD': expected one of DEBUG, INFO,"),
        (["programme"], "TELEGRAM_BOT_TOKEN", "not-a-token", "Error: TELEGRAM_BOT_TOKEN is"),
    ],
)
def test_a_wrong_setting_is_one_error_line(
    run: Run, command: list[str], name: str, value: str, error: str
) -> None:
    result = run(*command, **{name: value})
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(error)
    assert "not-a-token" not in result.stderr  # a secret is never echoed


def test_programme_in_arabic(run: Run, pack: Pack) -> None:
    result = run("programme", "--lang", "ar")
    assert result.returncode == 0, result.stderr
    first, second = (result.stdout.index(p.title["ar"]) for p in pack.panels)
    assert first < second
    assert pack.event.city["ar"] in result.stdout
    assert "Table ronde" not in result.stdout and "Round table" not in result.stdout
    for speaker in pack.speakers:
        assert speaker.names_ar[0] in result.stdout


EVAL = """\
questions:
  - q: "C'était quand le sommet ?"
    lang: fr
    expect: {source: %s}
  - q: "When was the summit?"
    lang: en
    expect: {source: event_date, contains: "12 December 2024"}
  - q: "I need a plumber in Casablanca"
    category: out_of_scope
  - q: "je veux mourir"
    category: crisis
    lang: fr
"""


def test_eval_fails_and_says_which_question(run: Run, tmp_path: Path) -> None:
    questions = tmp_path / "questions.yaml"
    questions.write_text(EVAL % "event_place", encoding="utf-8")
    result = run("eval", str(questions))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "C'était quand le sommet ?" in result.stdout
    assert "expected event_place, got event_date" in result.stdout
    assert "1 failure(s):" in result.stdout
    assert "FAIL" in result.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        pytest.param(
            EVAL % "no_such_entry",
            "questions[1].expect.source: unknown entry 'no_such_entry'",
            id="unknown entry",
        ),
        pytest.param(
            "questions: [\n", "questions.yaml:2: YAML syntax error", id="yaml syntax error"
        ),
    ],
)
def test_a_bad_eval_file_is_one_error_line(
    run: Run, tmp_path: Path, content: str, error: str
) -> None:
    questions = tmp_path / "questions.yaml"
    questions.write_text(content, encoding="utf-8")
    result = run("eval", str(questions))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"Error: {questions}")
    assert error in result.stderr


def test_every_command_and_setting_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    subcommands = next(
        a for a in cli._parser()._actions if isinstance(a, argparse._SubParsersAction)
    )
    for name in subcommands.choices:
        assert f"summit-bot {name}" in readme, name
    settings = re.findall(r'get\("([A-Z_]+)"\)', (REPO / "bot/config.py").read_text())
    assert settings
    for variable in settings:
        assert f"| `{variable}` |" in readme, variable


def test_a_env_file_copied_from_the_example_keeps_the_shipped_pack(tmp_path: Path) -> None:
    # A folder of one's own, without knowledge/: the settings come from the copied .env only.
    shutil.copy(REPO / ".env.example", tmp_path / ".env")
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}

    def summit_bot(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "bot.cli", *args]
        return subprocess.run(
            command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )

    check = summit_bot("check")
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith(f"Knowledge pack {KNOWLEDGE}: OK")
    ask = summit_bot("ask", "When was the summit?", "--json")
    assert ask.returncode == 0, ask.stderr
    assert json.loads(ask.stdout)["source"] == "event_date"
    assert (tmp_path / "data" / "summit-bot.sqlite3").is_file()  # DATABASE_PATH from .env


def test_the_readme_quick_start_is_what_ci_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quick_start = readme[readme.index("## Quick start") : readme.index("## Connecting Telegram")]
    commands = re.findall(r"^\$ (.+)$", quick_start, re.M)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    # Two commands, each making its own virtual environment: pip outside one is refused on
    # Debian 12 and Ubuntu 24.04 ("externally-managed-environment").
    install_and_run, install_and_test = commands[:2]
    for command in (install_and_run, install_and_test):
        assert command.startswith("python3 -m venv .venv && .venv/bin/pip install "), command
    assert install_and_run.endswith("&& .venv/bin/summit-bot")
    assert install_and_test in ci  # verbatim
