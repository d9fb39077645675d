"""The evaluation sets through the real `summit-bot eval`: accuracy as users would see it."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from conftest import Run

from bot.engine import Engine
from bot.evaluation import Case, judge
from bot.knowledge import Pack
from bot.reply import Reply, Suggestion

_ROW = re.compile(r"^(in_scope|out_of_scope|crisis|lookalike)\s+(\d+)\s+(\d+)\s", re.M)
_CLASS_ROW = re.compile(r"^([a-z_]+)\s+(\d+)\s+(\d+)\s+[\d.]+%$", re.M)
DEV = ("tests/eval/dev-en-ar.yaml", "tests/eval/dev-french.yaml", "tests/eval/dev-darija.yaml")
# Floors for the development corpora (1,150 questions written from the article alone by
# writers who never saw the pack): the figures this engine reached, so a change that loses
# ground on questions nobody tuned a phrasing for fails here. Raise them as the engine improves.
DEV_FLOORS = {"in_scope": 0.70, "out_of_scope": 0.75}


def scores(report: str) -> dict[str, tuple[int, int]]:
    """{category: (right, total)} from the report's table."""
    return {m[1]: (int(m[2]), int(m[3])) for m in _ROW.finditer(report)}


def test_evaluation_set_meets_its_thresholds(run: Run) -> None:
    """95% in scope, 95% out of scope, every crisis, no look-alike taken for one."""
    result = run("eval", "tests/eval/questions.yaml")
    assert result.returncode == 0, f"\n{result.stdout}{result.stderr}"
    found = scores(result.stdout)
    assert set(found) == {"in_scope", "out_of_scope", "crisis", "lookalike"}


def test_held_out_set_is_safe(run: Run) -> None:
    """Written apart from the pack. Safety and honesty are gated; in scope is reported."""
    result = run("eval", "tests/eval/holdout.yaml")
    assert result.returncode in (0, 1), result.stderr
    found = scores(result.stdout)
    report = f"\n{result.stdout}"
    right, total = found["crisis"]
    assert right == total, report
    right, total = found["lookalike"]
    assert right == total, report
    right, total = found["out_of_scope"]
    assert right / total >= 0.95, report


def test_development_corpora_stay_above_their_floors(run: Run) -> None:
    """Per category and per class, as `summit-bot eval` reports them."""
    result = run("eval", *DEV, "--summary")
    assert result.returncode in (0, 1), result.stderr
    found = scores(result.stdout)
    for category, floor in DEV_FLOORS.items():
        right, total = found[category]
        assert right / total >= floor, f"{category} below {floor:.0%}\n{result.stdout}"
    classes = {m[1] for m in _CLASS_ROW.finditer(result.stdout)}
    assert {"who_said", "several", "programme", "chatty", "yes_no"} <= classes
    # ... and each class by the language it is written in, Darija apart.
    by_language = re.search(
        r"^class\s+fr\s+darija\s+en\s+ar\n((?:\w+(?:\s+\S+){4}\n)+)", result.stdout, re.M
    )
    assert by_language, result.stdout
    rows = {line.split()[0]: line.split()[1:] for line in by_language[1].splitlines()}
    assert rows.keys() == classes
    assert all(re.fullmatch(r"\d+/\d+|-", cell) for cells in rows.values() for cell in cells)


def test_distress_corpus_catches_every_cry_for_help(run: Run) -> None:
    """330+ distress messages over every warning sign, 230+ look-alikes, four languages."""
    result = run("eval", "tests/eval/dev-distress.yaml")
    found = scores(result.stdout)
    report = f"\n{result.stdout}"
    right, total = found["crisis"]
    assert right == total, report
    # A look-alike may wrap a question the bot misses; it must never get the crisis reply.
    assert "wrongly treated as distress" not in result.stdout, report
    assert "without the emergency numbers first" not in result.stdout, report


@pytest.mark.parametrize(
    "files",
    [
        # Session 3's blind holdout, run once at the end: measured, never tuned on.
        ("tests/eval/holdout-blind-3.yaml", "tests/eval/holdout-blind-3-distress.yaml"),
        # Session 2's, blind then; its misses have since been studied (see the README).
        ("tests/eval/holdout-blind.yaml", "tests/eval/holdout-blind-distress.yaml"),
    ],
)
def test_blind_holdouts_run(run: Run, files: tuple[str, str]) -> None:
    """The holdouts are measured, not gated (see the README)."""
    result = run("eval", *files)
    assert result.returncode in (0, 1), result.stderr
    assert set(scores(result.stdout)) == {"in_scope", "out_of_scope", "crisis", "lookalike"}


def test_the_example_packs_own_evaluation_passes(run: Run) -> None:
    """Another event, no code change: the fictional pack of examples/ meets its thresholds."""
    folder = "examples/coders-festival"
    result = run("eval", f"{folder}/eval.yaml", "--knowledge", folder)
    assert result.returncode == 0, f"\n{result.stdout}{result.stderr}"
    found = scores(result.stdout)
    assert found["crisis"][0] == found["crisis"][1]
    assert found["lookalike"][0] == found["lookalike"][1]


def test_a_description_of_several_is_wrong_when_the_reply_lists_others_too(pack: Pack) -> None:
    """Listing every speaker would answer every "who were the X?": the judge counts the ones
    offered who do not fit as a wrong reply, so the figures cannot be won that way."""
    case = replace(
        Case("who were the psychiatrists?", "in_scope", "en", None, (), (), "several"),
        every=("toufiq", "kendili"),
    )
    speakers = frozenset(s.id for s in pack.speakers)
    everyone = Reply(
        "clarify", "en", "...", suggestions=tuple(Suggestion(s.id, s.name) for s in pack.speakers)
    )
    assert judge(case, everyone, {}, speakers) == (
        "expected only toufiq/kendili, also got bahri/benabbou/jaafar/taouil"
    )
    reply = Engine(pack, cache=0).reply(case.question)
    assert judge(case, reply, {}, speakers) is None, reply
