"""`summit-bot` as a user runs it: the real CLI in a subprocess, from the repository root."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ASK_DATE, Run

from bot import cli
from bot.knowledge import Pack, load_pack
from bot.terminal import PROMPT

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


def test_ask_json(run: Run, any_pack: Pack) -> None:
    result = run("ask", ASK_DATE["fr"], "--json", "--no-log")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = check_contract(lines[0])
    assert data["question"] == ASK_DATE["fr"]
    assert (data["language"], data["kind"], data["source"]) == ("fr", "answer", "event_date")
    assert data["answer"] == any_pack.entry("event_date").answer["fr"]  # type: ignore[union-attr]
    assert data["suggestions"] == []


def test_ask_json_reads_one_question_per_line_from_stdin(run: Run) -> None:
    questions = [
        "When was the summit?",
        "متى انعقدت القمة؟",
        "",
        "je veux mourir",
        "MENAT",
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


def test_check_summarises_the_pack(run: Run, any_pack: Pack) -> None:
    result = run("check")
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout.splitlines()[0]
    assert any_pack.event.name["en"] in result.stdout
    for name in ("facts", "faq", "panels", "speakers", "smalltalk", "resources", "vocabulary"):
        count = len(getattr(any_pack, name))
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


def test_check_warns_but_accepts_a_shared_phrasing_and_an_old_verification(
    run: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    faq, safety = folder / "faq.yaml", folder / "safety.yaml"
    faq.write_text(
        faq.read_text("utf-8").replace(
            "        - que veut dire MENAT\n",
            "        - que veut dire MENAT\n        - c'était quelle date\n",
            1,
        ),
        encoding="utf-8",
    )
    # Years ago whatever day the test runs; the other resources keep their own dates.
    safety.write_text(
        safety.read_text("utf-8").replace("verified_on: 2026-11-01", "verified_on: 2020-01-01", 1),
        encoding="utf-8",
    )

    result = run("check", "--knowledge", str(folder))

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert re.fullmatch(rf"Knowledge pack {folder}: OK, \d+ warning\(s\) below", lines[0])
    shared = line_of(faq, r"^        - c'était quelle date$")
    first = line_of(folder / "event.yaml", r"^        - c'était quelle date$")
    assert (
        f'faq.yaml:{shared}: faq[faq_menat].questions.fr: warning: "c\'était quelle date" is '
        f"also a phrasing of event_date (event.yaml:{first}), so the bot asks which one; keep "
        "it in one entry"
    ) in lines
    # What the warning is about: that wording now gets "which one?".
    asked = run("ask", "c'était quelle date", "--json", "--no-log", "--knowledge", str(folder))
    assert json.loads(asked.stdout)["kind"] == "clarify"
    stale = line_of(safety, r"^    verified_on: 2020-01-01$")
    assert any(
        line.startswith(f"safety.yaml:{stale}: resources[civil_protection].verified_on: warning: ")
        and "update verified_on" in line
        for line in lines
    ), lines


@pytest.mark.parametrize(
    ("name", "wanted"),
    [("safety.yaml", "`crisis:`"), ("panels.yaml", "`panels:`"), ("speakers.yaml", "`speakers:`")],
)
def test_check_refuses_an_empty_or_comment_only_file(
    run: Run, tmp_path: Path, name: str, wanted: str
) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    (folder / name).write_text(f"# {name}: to be written before launch\n", encoding="utf-8")

    result = run("check", "--knowledge", str(folder))

    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    empty = [line for line in result.stdout.splitlines() if line.startswith(f"{name}:0: ")]
    assert len(empty) == 1, result.stdout
    assert empty[0].startswith(f"{name}:0: -: no content (empty or only comments): write {wanted}")


MINIMAL_SAFETY = """\
crisis:
  reply:
    fr: "Vous comptez, et de l’aide existe :\\n{resources}"
    en: "You matter, and help is there:\\n{resources}"
    ar: "أنت مهم، والمساعدة موجودة:\\n{resources}"
  acute:
    fr: "Appelez les secours maintenant :\\n{emergency}"
    en: "Please call emergency services now:\\n{emergency}"
    ar: "اتصل بالإسعاف الآن:\\n{emergency}"
  concern:
    fr: "Merci de veiller sur cette personne :\\n{resources}"
    en: "Thank you for looking out for them:\\n{resources}"
    ar: "شكرًا لاهتمامك به:\\n{resources}"
resources:
  - id: civil_protection
    name: {fr: "Protection civile", en: "Civil protection", ar: "الوقاية المدنية"}
    contact: "15"
    emergency: true
    description: {fr: "Ambulance.", en: "Ambulance.", ar: "الإسعاف."}
    verified_on: 2026-11-01
"""


def test_a_pack_check_accepts_answers_distress(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    safety = folder / "safety.yaml"
    safety.write_text("", encoding="utf-8")
    assert run("check", "--knowledge", str(folder)).returncode == 2
    refused = run("ask", "je veux mourir", "--knowledge", str(folder), "--no-log")
    assert refused.returncode == 2
    # One line naming the folder and the file, then pointing to `check`.
    assert refused.stderr.startswith(f"Error: --knowledge {folder}: the knowledge pack has")
    assert "safety.yaml" in refused.stderr and refused.stderr.count("\n") == 1

    safety.write_text(MINIMAL_SAFETY, encoding="utf-8")
    assert run("check", "--knowledge", str(folder)).returncode == 0
    questions = ["je veux mourir", "i took pills an hour ago", "بغيت نموت"]
    result = run(
        "ask", "--json", "--no-log", "--knowledge", str(folder), "-", stdin="\n".join(questions)
    )
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["kind"], r["language"]) for r in replies] == [
        ("crisis", "fr"),
        ("crisis", "en"),
        ("crisis", "ar"),
    ]
    assert "• Protection civile : 15 (Ambulance.)" in replies[0]["answer"]
    assert replies[1]["answer"].startswith("Please call emergency services now:\n• Civil")


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


def test_programme_in_arabic(run: Run, any_pack: Pack) -> None:
    result = run("programme", "--lang", "ar")
    assert result.returncode == 0, result.stderr
    first, second = (result.stdout.index(p.title["ar"]) for p in any_pack.panels)
    assert first < second
    assert any_pack.event.city["ar"] in result.stdout
    assert "Table ronde" not in result.stdout and "Round table" not in result.stdout
    for speaker in any_pack.speakers:
        assert speaker.names_ar[0] in result.stdout


def test_chat_in_the_terminal_answers_and_shows_the_packs_examples(
    run: Run, any_pack: Pack
) -> None:
    result = run("chat", "--lang", "en", "--no-log", stdin=f"/help\n{ASK_DATE['en']}\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Hello! I answer questions about")
    assert any_pack.event.short_name["en"] in result.stdout.splitlines()[0]
    for example in any_pack.event.examples["en"]:
        assert f"• {example}" in result.stdout
    assert any_pack.entry("event_date").answer["en"] in result.stdout  # type: ignore[union-attr]


def test_the_terminal_lists_only_its_own_commands_and_does_not_log_others(
    run: Run, tmp_path: Path, any_pack: Pack
) -> None:
    unknown = ["/panels", "/faq", "/language", "/privacy", "/forget", "/nonsense"]
    lines = ["/help", *unknown, ASK_DATE["en"], "/quit"]
    result = run("chat", "--lang", "en", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    welcome, shown, *refused, answer, _ = result.stdout.split(PROMPT)
    # No buttons in a terminal: the welcome points to /help, not to a menu "below".
    assert "type /help" in welcome and "below" not in welcome
    listed = [line.split()[0] for line in shown.split("Commands:\n")[1].splitlines() if line]
    assert listed == ["/programme", "/speakers", "/lang", "/help", "/quit"]
    assert len(refused) == len(unknown)
    for reply in refused:
        first, *commands = reply.strip().splitlines()
        assert first == "I don't know this command. Here I know:"
        assert [line.split()[0] for line in commands] == listed
    assert str(any_pack.event.date.year) in answer
    # Only the question is in the log: a command is not an unanswered question.
    with sqlite3.connect(tmp_path / "log.db") as db:
        logged = db.execute("SELECT question, kind FROM exchanges").fetchall()
    assert logged == [(ASK_DATE["en"], "answer")]


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
