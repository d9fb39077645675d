"""A learned third opinion on distress: logistic regression over character n-grams.

Phrase lists and weak signs (detect.py, cues.py) catch what their authors foresaw. Measured on
messages by writers who never saw them, they missed about four in ten. Character n-grams
generalise across the spellings nobody listed ("jvx partiiir", "ma b9itch", "مابقيتش") and
across phrasings, because they weigh pieces of words learned from about 1,900 distress
messages, 900 look-alikes and 3,000 ordinary questions written by five writers
(tests/eval/, tests/safety_cases/). A second model tells, among distress messages, the
emergencies the phrase lists missed. `python -m bot.safety.train` rebuilds both from those
files; this module only reads them, in pure Python.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections import Counter
from dataclasses import dataclass
from importlib import resources

# Whether a message shows distress, trained on every message; whether distress is an
# emergency now (pills swallowed, bleeding, on a roof), trained on distress messages only.
DISTRESS_FILE = "distress-model.tsv"
ACUTE_FILE = "acute-model.tsv"
# Each word is read with a space on each side, in pieces of 2 to 5 characters: " je", "veu",
# "eux ", "نموت". Whole words and pairs of words are read too ("w:mon", "b:mon_fils"): they
# tell "mon fils voulait y aller" from "je voulais partir", which pieces alone blur.
SMALLEST, LONGEST = 2, 5


def ngrams(text: str) -> Counter[str]:
    """The character pieces, words and pairs of words of normalised text, with their counts."""
    found: Counter[str] = Counter()
    words = text.split()
    for word in words:
        padded = f" {word} "
        for size in range(SMALLEST, min(LONGEST, len(padded)) + 1):
            for start in range(len(padded) - size + 1):
                found[padded[start : start + size]] += 1
        found["w:" + word] += 1
    for first, second in itertools.pairwise(words):
        found[f"b:{first}_{second}"] += 1
    return found


def features(found: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """TF-IDF of the known pieces (1 + log of the count, times rarity), scaled to length 1 so
    that a long message weighs as much as a short one."""
    weights = {g: (1 + math.log(n)) * idf[g] for g, n in found.items() if g in idf}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {g: v / norm for g, v in weights.items()}


@dataclass(frozen=True)
class Model:
    """What training learned: the rarity and the weight of each piece, and the threshold."""

    bias: float
    threshold: float
    idf: dict[str, float]
    weights: dict[str, float]

    def probability(self, normalised: str) -> float:
        """How likely normalised text shows distress, from 0 to 1."""
        found = features(ngrams(normalised), self.idf)
        score = self.bias + sum(self.weights.get(g, 0.0) * v for g, v in found.items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))

    def says_yes(self, normalised: str) -> bool:
        return self.probability(normalised) >= self.threshold

    def dumps(self) -> str:
        """The model as the text file it ships in: two header lines, then one piece a line."""
        lines = [f"bias\t{self.bias!r}", f"threshold\t{self.threshold!r}"]
        lines += [f"{g}\t{self.idf[g]!r}\t{self.weights.get(g, 0.0)!r}" for g in sorted(self.idf)]
        return "\n".join(lines) + "\n"


def loads(text: str) -> Model:
    """Read a model written by `Model.dumps`."""
    lines = text.split("\n")
    bias = float(lines[0].split("\t")[1])
    threshold = float(lines[1].split("\t")[1])
    idf, weights = {}, {}
    for line in lines[2:]:
        if not line:
            continue
        # A piece may hold spaces but never a tab: text is normalised first.
        gram, rarity, weight = line.split("\t")
        idf[gram] = float(rarity)
        if float(weight):
            weights[gram] = float(weight)
    return Model(bias, threshold, idf, weights)


@functools.cache
def shipped(name: str = DISTRESS_FILE) -> Model:
    """A model that ships with the bot, read once."""
    return loads(resources.files("bot.safety").joinpath(name).read_text(encoding="utf-8"))
