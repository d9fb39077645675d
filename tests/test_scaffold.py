"""`summit-bot init` as an organiser meets it: a new pack that `check` refuses, one line per
placeholder, until every placeholder is filled in; then the bot answers from it."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

from conftest import Run

from bot.knowledge import FILES, OPTIONAL_FILES, load_pack

PLACEHOLDER = re.compile(r"<<[^<>]*>>")


def placeholders(folder: Path) -> list[tuple[str, int, str]]:
    """(file, line, placeholder) for each placeholder outside the comments."""
    found = []
    for path in sorted(folder.glob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.lstrip().startswith("#"):
                found += [(path.name, number, p) for p in PLACEHOLDER.findall(line)]
    return found


def fill_in(folder: Path) -> None:
    """What an organiser does: a date where a date goes, some text everywhere else."""
    numbers = itertools.count(1)

    def value(match: re.Match[str]) -> str:
        return "2031-05-17" if "YYYY-MM-DD" in match.group(0) else f"Filled {next(numbers)}"

    for path in folder.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(PLACEHOLDER.sub(value, text), encoding="utf-8")


def test_init_then_check_lists_each_placeholder_until_filled_in(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "my-event"

    created = run("init", str(folder))
    assert created.returncode == 0, created.stderr
    assert f"summit-bot check --knowledge {folder}" in created.stdout
    assert {p.name for p in folder.iterdir()} == {*FILES, *OPTIONAL_FILES, "README.md"}

    refused = run("check", "--knowledge", str(folder))
    assert refused.returncode == 2
    assert "Traceback" not in refused.stdout + refused.stderr
    *problems, summary = refused.stdout.splitlines()
    left = placeholders(folder)
    problem = re.compile(r"(\S+):(\d+): \S+: fill in the placeholder (<<.*>>)")
    listed = [problem.fullmatch(line) for line in problems]
    assert all(listed), problems
    assert sorted((m[1], int(m[2]), m[3]) for m in listed) == sorted(left)  # type: ignore[index]
    assert len(left) > 20
    assert "event.yaml:" in refused.stdout and ": event.date: fill in the placeholder" in (
        refused.stdout
    )
    assert summary == f"Error: {len(left)} placeholder(s) to replace in {folder}"

    fill_in(folder)
    accepted = run("check", "--knowledge", str(folder))
    assert accepted.returncode == 0, accepted.stdout
    assert accepted.stdout.startswith(f"Knowledge pack {folder}: OK")

    asked = run("ask", "c'est quand ?", "--json", "--no-log", "--knowledge", str(folder))
    reply = json.loads(asked.stdout)
    answer = load_pack(folder).entry("event_date").answer["fr"]  # type: ignore[union-attr]
    assert (reply["kind"], reply["source"], reply["answer"]) == ("answer", "event_date", answer)


def test_check_names_the_placeholders_left_in_a_half_filled_pack(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "my-event"
    run("init", str(folder))
    fill_in(folder)
    speakers = folder / "speakers.yaml"
    text = speakers.read_text(encoding="utf-8")
    speakers.write_text(text.replace("\n    name: ", '\n    name: "<<SPEAKER NAME>>" #'), "utf-8")
    line = next(n for n, t in enumerate(speakers.read_text("utf-8").splitlines(), 1) if "<<" in t)

    result = run("check", "--knowledge", str(folder))

    assert result.returncode == 2
    assert result.stdout.splitlines() == [
        f"speakers.yaml:{line}: speakers[speaker_one].name: fill in the placeholder "
        "<<SPEAKER NAME>>",
        f"Error: 1 placeholder(s) to replace in {folder}",
    ]


def test_init_never_overwrites(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "existing"
    folder.mkdir()
    (folder / "event.yaml").write_text("mine", encoding="utf-8")

    result = run("init", str(folder))

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"Error: {folder} is not empty: give a new or empty folder (init never overwrites)"
    ]
    assert (folder / "event.yaml").read_text(encoding="utf-8") == "mine"
    assert [p.name for p in folder.iterdir()] == ["event.yaml"]
