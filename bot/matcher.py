"""Scores a message against every phrasing of every entry: fuzzy, IDF-weighted term overlap."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot import lexicon
from bot.text import words

# Greetings weigh this much of a normal word: enough to match "bonjour" alone, too little to
# pull "bonjour, c'est quand ?" away from the date.
COURTESY_WEIGHT = 0.3
# Phrasings the engine writes itself (a speaker's name, "panel 2") lose this much, so that a
# phrasing an organiser wrote wins a tie.
GENERATED_PENALTY = 0.96
# Question words and ordinals are common across entries yet decide the answer ("where" vs
# "when", the first round table vs the second).
INTERROGATIVE_WEIGHT = 4.0
# Words that name the event itself (its name, city, organiser) say nothing about which entry
# is meant: "who organised the summit in Casablanca" is about organising.
CONTEXT_WEIGHT = 0.3
# A person's name names one entry: "what did Toufiq say" is about Toufiq, whatever the rest.
ANCHOR_WEIGHT = 2.5
# How much what only one side has counts against what both share.
QUERY_ONLY = 0.3
PHRASING_ONLY = 0.3
UNKNOWN = 1.0
# A query word that matches nothing known counts like the rarest known word: "plumber in
# Casablanca" is mostly about a plumber.
_UNKNOWN_EXTRA = 0.5


def _fold_words(raw: Iterable[str]) -> set[str]:
    return {w for word in raw for w in words(word)}


_STOPWORDS = frozenset(_fold_words(lexicon.STOPWORDS))
_COURTESY = frozenset(_fold_words(lexicon.COURTESY))
_INTERROGATIVES = lexicon.INTERROGATIVES
_ORDINALS = frozenset(c for c in lexicon.CONCEPTS if c.startswith("#"))
_CONCEPT_OF = {w: concept for concept, raw in lexicon.CONCEPTS.items() for w in _fold_words(raw)}


def terms(text: str) -> tuple[str, ...]:
    """The meaningful terms of a text: folded words, concepts unified, stopwords dropped."""
    seen: dict[str, None] = {}
    for word in words(text):
        term = _CONCEPT_OF.get(word, word)
        if term in _STOPWORDS:
            continue
        seen.setdefault(term, None)
    return tuple(seen)


def _fuzzy_cutoff(term: str) -> float | None:
    """How close a misspelt word must be to a known one; short words must be exact."""
    if len(term) <= 3 or term[0] in "?@#" or term.isdigit():
        return None
    return 80.0 if len(term) <= 5 else 75.0


@dataclass(frozen=True)
class Document:
    """One phrasing of one entry."""

    entry_id: str
    text: str
    generated: bool = False


@dataclass(frozen=True)
class Candidate:
    entry_id: str
    score: float
    phrasing: str


@dataclass(frozen=True)
class Analysis:
    """What the matcher made of a message, for the engine's decisions."""

    terms: tuple[str, ...]
    known: tuple[str, ...]
    unknown: tuple[str, ...]
    candidates: tuple[Candidate, ...]

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


class Matcher:
    """An inverted index of phrasings; `analyse` is deterministic and touches only candidates."""

    def __init__(
        self,
        documents: Iterable[Document],
        context: Iterable[str] = (),
        anchors: Iterable[tuple[str, str]] = (),
    ) -> None:
        self._context = frozenset(t for text in context for t in terms(text))
        # term -> the entries it names; the boost applies to those entries' phrasings only, so
        # an FAQ phrasing that mentions a speaker does not borrow the speaker's weight.
        self._anchors: dict[str, set[str]] = defaultdict(set)
        for entry_id, text in anchors:
            for term in terms(text):
                if term not in self._context:
                    self._anchors[term].add(entry_id)
        self._docs: list[Document] = []
        self._doc_terms: list[tuple[str, ...]] = []
        entry_order: dict[str, int] = {}
        entry_terms: dict[str, set[str]] = defaultdict(set)
        for doc in documents:
            doc_terms = terms(doc.text)
            if not doc_terms:
                continue
            entry_order.setdefault(doc.entry_id, len(entry_order))
            entry_terms[doc.entry_id].update(doc_terms)
            self._docs.append(doc)
            self._doc_terms.append(doc_terms)
        self._entry_order = entry_order
        entries = max(len(entry_order), 1)
        df: dict[str, int] = defaultdict(int)
        for found in entry_terms.values():
            for term in found:
                df[term] += 1
        # Document frequency over entries, not phrasings: ten phrasings of one entry all saying
        # "quand" must not make "quand" look common.
        self._idf = {t: math.log(1 + entries / n) for t, n in df.items()}
        self.common_terms = frozenset(t for t, n in df.items() if n / entries > 0.15)
        self._unknown_weight = max(self._idf.values(), default=1.0) + _UNKNOWN_EXTRA
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._doc_weight: list[float] = []
        for index, doc_terms in enumerate(self._doc_terms):
            for term in doc_terms:
                self._postings[term].append(index)
            entry_id = self._docs[index].entry_id
            self._doc_weight.append(sum(self._weight(t, entry_id) for t in doc_terms))
        self._vocabulary = sorted(
            t for t in self._idf if _fuzzy_cutoff(t) is not None and t not in _COURTESY
        )
        self._lookup = lru_cache(maxsize=4096)(self._lookup_uncached)

    def __len__(self) -> int:
        return len(self._docs)

    def _weight(self, term: str, entry_id: str | None = None) -> float:
        weight = self._idf.get(term, self._unknown_weight)
        if entry_id is not None and entry_id in self._anchors.get(term, ()):
            return weight * ANCHOR_WEIGHT
        if term in _INTERROGATIVES or term in _ORDINALS:
            return max(weight, INTERROGATIVE_WEIGHT)
        if term in _COURTESY:
            return weight * COURTESY_WEIGHT
        if term in self._context:
            return weight * CONTEXT_WEIGHT
        return weight

    def _lookup_uncached(self, term: str) -> tuple[tuple[str, float], ...]:
        """Known terms a query term stands for, with their similarity (1.0 when exact)."""
        if term in self._idf:
            return ((term, 1.0),)
        cutoff = _fuzzy_cutoff(term)
        if cutoff is None:
            return ()
        found = process.extract(
            term, self._vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3
        )
        # Closeness falls three times faster than the ratio: 93 -> 0.79, 80 -> 0.4.
        return tuple(
            (known, max(0.0, 1.0 - 3.0 * (1.0 - score / 100.0))) for known, score, _ in found
        )

    def analyse(self, text: str, limit: int = 5) -> Analysis:
        """Score `text` against every phrasing sharing a term with it; best entries first.

        The score is a weighted Tversky index: what the message and the phrasing share, against
        what only one of them has. Words the pack never uses weigh most: they are what makes a
        question about a plumber in Casablanca a question about something else.
        """
        query = terms(text)
        gains: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
        known_weight = unknown_weight = 0.0
        known, unknown = [], []
        needs_content = False
        for term in query:
            options = self._lookup(term)
            if not options:
                unknown.append(term)
                unknown_weight += self._weight(term)
                needs_content = True
                continue
            known.append(term)
            # A near miss is partly a known word and partly an unknown one: "concert" is not
            # "contacter", though they share most letters.
            closeness = options[0][1]
            term_weight = max(self._weight(t) for t, _ in options) * closeness
            unknown_weight += (1.0 - closeness) * self._weight(term)
            known_weight += term_weight
            content = not (term.startswith("?") or term in _COURTESY or term in self._context)
            needs_content = needs_content or content
            best_per_doc: dict[int, tuple[float, float]] = {}
            for known_term, similarity in options:
                plain = self._weight(known_term)
                anchored = self._anchors.get(known_term, ())
                for index in self._postings[known_term]:
                    weight = plain
                    if anchored and self._docs[index].entry_id in anchored:
                        weight *= ANCHOR_WEIGHT
                    if similarity * weight > best_per_doc.get(index, (0.0, 0.0))[0]:
                        best_per_doc[index] = (similarity * weight, weight)
            for index, (gain, doc_weight) in best_per_doc.items():
                acc = gains[index]
                acc[0] += gain
                acc[1] += term_weight
                acc[2] += doc_weight
                acc[3] += content
        best: dict[str, Candidate] = {}
        for index, (gain, query_part, doc_part, content) in gains.items():
            # Sharing only "how many" with a phrasing is not sharing a subject.
            if needs_content and not content:
                continue
            doc = self._docs[index]
            rest = (
                QUERY_ONLY * (known_weight - query_part)
                + PHRASING_ONLY * (self._doc_weight[index] - doc_part)
                + UNKNOWN * unknown_weight
            )
            score = 100.0 * gain / (gain + rest)
            if doc.generated:
                score *= GENERATED_PENALTY
            current = best.get(doc.entry_id)
            if current is None or score > current.score:
                best[doc.entry_id] = Candidate(doc.entry_id, round(score, 1), doc.text)
        ranked = sorted(best.values(), key=lambda c: (-c.score, self._entry_order[c.entry_id]))
        return Analysis(query, tuple(known), tuple(unknown), tuple(ranked[:limit]))
