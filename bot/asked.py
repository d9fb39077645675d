"""The nearest asked question: the last reading of a message the matcher could not place.

The matcher answers from the pack's phrasings and concepts; people who never saw them write
otherwise ("c koi le bu de la rencontre", "fin tdarat had l7fla", "Is there a livestream
archive?"). Questions people asked, each filed by organisers under the entry that answers it
(the pack's `asked.yaml`), are read as pieces of words (bot.ngrams). A message is answered
from the entry its nearest questions are filed under when the nearest is near enough and most
of them agree. Questions filed as `unanswerable` (train
fares, another event) vote too: a message that resembles them gets the honest fallback.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import marshal
import math
import os
import tempfile
import threading
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy

from bot import ngrams as ngrams_module
from bot.ngrams import ngrams, pairs, pieces
from bot.safety.detect import normalise

logger = logging.getLogger(__name__)

# How many of the nearest questions vote, how near the nearest must be (the cosine of their
# pieces, weighed by rarity), and the share of the votes the winner needs. Measured on three
# corpora by writers whose questions were not in the index: 0.35 and 0.6 answered 15 more of
# 960 questions the matcher could not place and 1 of 240 it should not have; 0.25-0.4, 50%
# and 7 voters did the same within a question on a fourth.
VOTERS = 5
NEAR_ENOUGH = 0.35
AGREEING = 0.6
# Pieces found in more than one question in twenty ("the", " qu", "ال") tell no question from
# another: they count in each question's length but are not looked up, which makes a lookup
# about five times faster for the same answers. A few questions filed by hand are all looked
# up.
COMMON_SHARE = 1 / 20
FEW = 20
# Words of a message the pack does not know and that none of the agreeing questions holds: one
# is a synonym nobody wrote ("اللمة" for the summit), two are what the message is about.
UNHELD = 1
# The file in the pack's folder that keeps the index between runs (not part of the pack).
ASKED_INDEX = ".asked-index"


@dataclass(frozen=True)
class Nearest:
    """The entry the nearest asked questions are filed under, and how near the nearest is."""

    entry_id: str
    similarity: float


class AskedIndex:
    """Asked questions by their pieces; `nearest` finds the entry a message is nearest to.

    Cutting some 7,500 questions into pieces takes seconds, and most messages never need
    it: the index is built the first time it is needed, or ahead of time by `warm` (the bot
    calls it in the background as it starts). Built once, it is kept in `cache` and read back
    in a tenth of a second by the next process (`summit-bot ask`), as long as the questions
    and the code that cuts them are the same.
    """

    def __init__(self, asked: Iterable[tuple[str | None, str]], cache: Path | None = None) -> None:
        """`asked`: (entry id, or None for a question the pack cannot answer; question)."""
        self._asked = list(asked)
        self._cache = cache
        self._lock = threading.Lock()
        self._built: _Built | None = None

    def warm(self) -> None:
        """Build the index now, if it is not built yet."""
        self._index()

    def _index(self) -> _Built:
        with self._lock:
            if self._built is None:
                self._built = self._cached() if self._cache else _build(_read(self._asked))
            return self._built

    def _cached(self) -> _Built:
        """The index kept in the cache file if it was built from the same questions by the
        same code, else a new one, kept for next time. A cache that cannot be read or
        written only costs the time to build."""
        assert self._cache is not None
        read = _read(self._asked)
        key = _key(read)
        try:
            # marshal, not pickle: it reads only plain data. The file lives in the pack's
            # folder, which the bot trusts as it trusts the YAML beside it.
            kept = marshal.loads(self._cache.read_bytes())
            if kept[0] == key:
                return _Built(kept[1], kept[2], *(_ARRAYS[n](b) for n, b in enumerate(kept[3:])))
        except (OSError, ValueError, EOFError, TypeError, IndexError) as exc:
            logger.debug("asked questions' index not read from %s: %r", self._cache, exc)
        built = _build(read)
        arrays = (built.rarity, built.starts, built.ends, built.questions, built.weights)
        data = marshal.dumps((key, built.labels, built.rows, *(a.tobytes() for a in arrays)))
        try:
            handle, name = tempfile.mkstemp(prefix=self._cache.name, dir=self._cache.parent)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(name, self._cache)
        except OSError as exc:
            logger.debug("asked questions' index not kept in %s: %r", self._cache, exc)
        return built

    def nearest(self, text: str, unknown: Collection[str] = ()) -> Nearest | None:
        """The entry most of the nearest asked questions are filed under, if the nearest is
        near enough and they agree; None when they are unanswerable, far or torn, or when a
        the message has more than `UNHELD` words of `unknown` (words the pack does not know,
        as normalised) that none of the questions voting for it holds."""
        if not self._asked:
            return None
        index = self._index()
        # Each rare piece of the message adds its weight times each question's weight for it,
        # gathered for all pieces at once: a Python loop over the questions took 5-8 ms.
        counted = ngrams(normalise(text))
        found = [(index.rows[g], n) for g, n in counted.items() if g in index.rows]
        if not found:
            return None
        rows = numpy.array([row for row, _ in found])
        values = numpy.array([n for _, n in found], dtype=numpy.float64) * index.rarity[rows]
        values /= math.sqrt(float(values @ values))
        starts, ends = index.starts[rows], index.ends[rows]
        lengths = ends - starts
        if not lengths.any():
            return None
        # Position i of the gathered postings is starts[k] + (i - where piece k's run begins).
        runs = numpy.cumsum(lengths) - lengths
        at = numpy.repeat(starts - runs, lengths) + numpy.arange(lengths.sum())
        scores = numpy.bincount(
            index.questions[at],
            index.weights[at] * numpy.repeat(values, lengths),
            minlength=len(index.labels),
        )
        # The nearest first, the first filed first among equals.
        held = numpy.flatnonzero(scores)
        if len(held) > VOTERS:
            held = held[numpy.argpartition(-scores[held], VOTERS)[:VOTERS]]
        nearest = held[numpy.lexsort((held, -scores[held]))]
        voters = [(int(question), float(scores[question])) for question in nearest]
        if not voters or voters[0][1] < NEAR_ENOUGH:
            return None
        votes: defaultdict[str | None, float] = defaultdict(float)
        for question, score in voters:
            votes[index.labels[question]] += score
        winner, weight = max(votes.items(), key=lambda item: item[1])
        if winner is None or weight < AGREEING * sum(votes.values()):
            return None
        agreeing = {question for question, _ in voters if index.labels[question] == winner}
        unheld = [word for word in unknown if not _held(index, "w:" + word, agreeing)]
        if len(unheld) > UNHELD:
            # "what did the speakers eat at lunch" is near "what did the speakers say", but
            # nobody who asked about the speakers ate anything.
            return None
        return Nearest(winner, voters[0][1])


@dataclass(frozen=True)
class _Built:
    """Each question's label; each piece's row; by row, its rarity and, for a rare piece, the
    questions that hold it and its weight in each: `questions[start:end]` and
    `weights[start:end]` with `starts[row]`, `ends[row]` (a common piece has none). One dict
    of pieces and flat arrays, read back from the cache as they are: a dict of rarities and
    one of spans held 30 MB."""

    labels: list[str | None]
    rows: dict[str, int]
    rarity: numpy.ndarray
    starts: numpy.ndarray
    ends: numpy.ndarray
    questions: numpy.ndarray
    weights: numpy.ndarray


# How each array of `_Built` after `rows` is read back from the cache's bytes.
_ARRAYS = (
    lambda b: numpy.frombuffer(b, dtype=numpy.float64),
    lambda b: numpy.frombuffer(b, dtype=numpy.int64),
    lambda b: numpy.frombuffer(b, dtype=numpy.int64),
    lambda b: numpy.frombuffer(b, dtype=numpy.uint32),
    lambda b: numpy.frombuffer(b, dtype=numpy.float32),
)


def _held(index: _Built, gram: str, questions: set[int]) -> bool:
    """Whether one of `questions` holds the piece (a piece in one question in twenty or
    more is held by all: it tells none apart)."""
    row = index.rows.get(gram)
    if row is None:
        return False
    start, end = index.starts[row], index.ends[row]
    return start == end or not questions.isdisjoint(index.questions[start:end].tolist())


def _weighed(grams: Counter[str], rarity: dict[str, float]) -> dict[str, float]:
    """Each known piece weighed by its count and rarity, scaled to a length of one."""
    values = {g: n * rarity[g] for g, n in grams.items() if g in rarity}
    length = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {g: v / length for g, v in values.items()}


def _read(asked: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """Each question as the index reads it (normalised), with its label; the first filing
    of a question wins, as the first entry of an id does."""
    read: dict[str, str | None] = {}
    for entry_id, question in asked:
        text = normalise(question)
        if text and text not in read:
            read[text] = entry_id
    return [(entry_id, text) for text, entry_id in read.items()]


def _key(read: list[tuple[str | None, str]]) -> str:
    """What the index is built from: the questions as read, and the code that cuts and
    weighs them."""
    digest = hashlib.sha256(repr(read).encode())
    for module in (__file__, ngrams_module.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()


def _build(read: list[tuple[str | None, str]]) -> _Built:
    labels = [entry_id for entry_id, _ in read]
    # People reuse their words: each word is cut into pieces once.
    cut = functools.lru_cache(maxsize=None)(pieces)
    counted: list[Counter[str]] = []
    for _, text in read:
        words = text.split()
        grams = pairs(words)
        for word in words:
            grams += cut(word)
        counted.append(Counter(grams))
    frequency: Counter[str] = Counter()
    for grams in counted:
        frequency.update(grams.keys())
    # Smoothed, so that a piece in every question of a small file still weighs something.
    size = len(labels)
    rarity = {g: math.log((1 + size) / (1 + n)) + 1 for g, n in frequency.items()}
    common = max(FEW, size * COMMON_SHARE)
    found: dict[str, tuple[list[int], list[float]]] = {}
    for question, grams in enumerate(counted):
        for gram, weight in _weighed(grams, rarity).items():
            if frequency[gram] <= common:
                posting = found.setdefault(gram, ([], []))
                posting[0].append(question)
                posting[1].append(weight)
    # Flat arrays hold the ~700,000 numbers in an eighth of the memory of lists.
    rows = {gram: row for row, gram in enumerate(rarity)}
    starts = numpy.zeros(len(rows), dtype=numpy.int64)
    ends = numpy.zeros(len(rows), dtype=numpy.int64)
    questions: list[int] = []
    weights: list[float] = []
    for gram, (ids, values) in found.items():
        starts[rows[gram]] = len(questions)
        questions.extend(ids)
        weights.extend(values)
        ends[rows[gram]] = len(questions)
    return _Built(
        labels,
        rows,
        numpy.array(list(rarity.values()), dtype=numpy.float64),
        starts,
        ends,
        numpy.array(questions, dtype=numpy.uint32),
        numpy.array(weights, dtype=numpy.float32),
    )
