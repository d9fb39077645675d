"""`summit-bot pack learn`: file the questions of evaluation files in the pack's asked.yaml.

An evaluation file (the format `summit-bot eval` reads) says which entry answers each question,
or that the pack cannot answer it: exactly what the nearest asked question (bot/asked.py)
learns from. Organisers write one from the questions the review shows unanswered, check it
with `summit-bot eval`, then file it here. asked.yaml is rewritten whole (ids in the pack's
order, `unanswerable` last, each id's questions in the order they were filed), checked in a
copy of the pack, and replaces the old file in one rename.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.evaluation import load_cases
from bot.knowledge.loader import UNANSWERABLE
from bot.pack_edit import loaded, replace_file, validated
from bot.safety.detect import normalise

ASKED_FILE = "asked.yaml"
HEADER = f"""\
# Questions people asked, each filed under the id of the entry, round table or speaker that
# answers it, or under `{UNANSWERABLE}` when the pack cannot answer it (a train fare, another
# event). When nothing else places a message, the bot answers from the entry its nearest
# questions are filed under, if they are near enough and agree; `{UNANSWERABLE}` ones vote for
# the honest "I don't know". Add questions by hand, or with
#   summit-bot pack learn FILE.yaml
# from a file in the format of `summit-bot eval` (which rewrites this file: no comments below).
"""


@dataclass(frozen=True)
class Learned:
    """What `learn` filed: how many questions under each id, and how many were there already."""

    filed: Counter[str]
    known: int
    file: Path


def learn(directory: Path, files: Sequence[Path]) -> Learned:
    """File the questions of `files` in `directory`'s asked.yaml; raise PhrasingError (the
    pack) or EvalFileError (a file), leaving the pack as it was."""
    pack = loaded(directory)
    asked = {entry_id: list(questions) for entry_id, questions in pack.asked.items()}
    seen = {normalise(q) for questions in asked.values() for q in questions}
    filed: Counter[str] = Counter()
    known = 0
    for path in files:
        cases, _ = load_cases(path, set(pack.ids()))
        for case in cases:
            if case.category == "out_of_scope":
                label = UNANSWERABLE
            elif case.category == "in_scope" and len(case.sources) == 1 and not case.every:
                label = case.sources[0]
            else:
                # Small talk, several entries at once, distress: not one entry's question.
                continue
            text = normalise(case.question)
            if text in seen:
                known += 1
                continue
            seen.add(text)
            asked.setdefault(label, []).append(case.question)
            filed[label] += 1
    order = [i for i in pack.ids() if i in asked] + [UNANSWERABLE] * (UNANSWERABLE in asked)
    text = HEADER + "asked:\n" + "".join(_section(i, asked[i]) for i in order)
    validated(directory, ASKED_FILE, text)
    replace_file(directory / ASKED_FILE, text)
    return Learned(filed, known, directory / ASKED_FILE)


def _section(entry_id: str, questions: list[str]) -> str:
    # JSON strings are YAML double-quoted scalars: any quote, backslash or script is safe.
    lines = "".join(f"    - {json.dumps(q, ensure_ascii=False)}\n" for q in questions)
    return f"  {entry_id}:\n{lines}"
