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
import math
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from bot.ngrams import ngrams, pairs, pieces

# Whether a message shows distress, trained on every message; whether distress is an
# emergency now (pills swallowed, bleeding, on a roof), trained on distress messages only.
DISTRESS_FILE = "distress-model.tsv"
ACUTE_FILE = "acute-model.tsv"


def features(text: str, idf: dict[str, float]) -> dict[str, float]:
    """Each known piece of normalised text, weighed by its rarity and counted each time it
    occurs, the whole scaled by the root of the sum of the squares of each occurrence's
    weight: a long message weighs as much as a short one. (Not the usual length of the vector:
    this one adds up word by word, so a message costs one lookup a word, see `Model`.)"""
    values: Counter[str] = Counter()
    square = 0.0
    for gram, count in ngrams(text).items():
        if gram in idf:
            values[gram] = count * idf[gram]
            square += count * idf[gram] ** 2
    norm = math.sqrt(square) or 1.0
    return {g: v / norm for g, v in values.items()}


@dataclass(frozen=True)
class Model:
    """What training learned: the rarity and the weight of each piece, and the threshold."""

    bias: float
    threshold: float
    idf: dict[str, float]
    weights: dict[str, float]

    def __post_init__(self) -> None:
        # Cutting a word into pieces is most of the work, and people reuse their words: each
        # word's share of the score is kept, so a message costs about one lookup a word.
        share = functools.lru_cache(maxsize=1 << 16)(self._share)
        object.__setattr__(self, "_cached_share", share)
        # A word seen for the first time is ~20 pieces: each piece's share of the dot product
        # and of the square in one lookup, not two.
        scored = {g: (self.weights.get(g, 0.0) * r, r * r) for g, r in self.idf.items()}
        object.__setattr__(self, "_scored", scored)

    def learn_words(self) -> None:
        """Work out now the share of every word the model read in training: people write
        mostly those, and a word read for the first time costs ~7 us (its ~25 pieces)."""
        for gram in self.idf:
            if gram.startswith("w:"):
                self._cached_share(gram[2:])  # type: ignore[attr-defined]

    def _share(self, word: str) -> tuple[float, float]:
        """What a word (its pieces) adds to the dot product and to the square."""
        scored = self._scored  # type: ignore[attr-defined]
        dot = square = 0.0
        for gram in pieces(word):
            found = scored.get(gram)
            if found is not None:
                dot += found[0]
                square += found[1]
        return dot, square

    def probability(self, normalised: str) -> float:
        """How likely normalised text shows distress, from 0 to 1."""
        words = normalised.split()
        share, scored = self._cached_share, self._scored  # type: ignore[attr-defined]
        dot = square = 0.0
        for word in words:
            word_dot, word_square = share(word)
            dot += word_dot
            square += word_square
        for pair in pairs(words):
            found = scored.get(pair)
            if found is not None:
                dot += found[0]
                square += found[1]
        score = self.bias + (dot / math.sqrt(square) if square else 0.0)
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
