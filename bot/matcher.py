"""Scores a message against every phrasing of every entry: fuzzy, IDF-weighted term overlap."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, process

from bot import lexicon
from bot.text import AND_SO, clitics, words

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
# is meant: "who organised the event in <city>" is about organising.
CONTEXT_WEIGHT = 0.3
# The concept every word for the event becomes ("sommet", "summit", "القمة"), and the one
# for organising it ("organisé", "نظمتها").
EVENT = "@event"
ORGANISE = "@organise"
# Questions whose answer is no topic: where, when, who (organised it, came).
_ASKS_OF_EVENT = frozenset({"?where", "?when", "?who"})
# A person's name names one entry: "what did Doe say" is about Doe, whatever the rest.
ANCHOR_WEIGHT = 2.5
# How much what only one side has counts against what both share.
QUERY_ONLY = 0.3
PHRASING_ONLY = 0.3
UNKNOWN = 0.7
# Unknown words this long or longer weigh fully; shorter ones in proportion.
UNKNOWN_FULL_LENGTH = 6
UNKNOWN_FULL_LENGTH_ARABIC = 5
# An unknown word at least this long (as a share of UNKNOWN_FULL_LENGTH) is a subject.
BEYOND_LENGTH_FACTOR = 0.6
# How close a word must be to a name to name that person (1.0 exact, 0.79 one letter off).
NAMED_CLOSENESS = 0.75
# How close a word is to a known word that starts with the same 5 letters (4 in Arabic).
PREFIX_CLOSENESS = 0.8
# Letters a known word shares with a misspelt one are counted in a byte (`_within_reach`);
# `_AT_LEAST[n]` turns a count into 1 if it is n or more, else 0.
_LANE = 256
_AT_LEAST = [bytes(int(count >= needed) for count in range(_LANE)) for needed in range(_LANE)]
# A query word that matches nothing known counts like the rarest known word: "plumber in
# town" is mostly about a plumber.
_UNKNOWN_EXTRA = 0.5


def _fold_words(raw: Iterable[str]) -> set[str]:
    return {w for word in raw for w in words(word)}


_STOPWORDS = frozenset(_fold_words(lexicon.STOPWORDS))
# "you", "toi" and "can" frame a request ("can you tell me...") more than they ask about the
# bot itself: they count as little as "hello".
_COURTESY = frozenset(_fold_words(lexicon.COURTESY)) | {"@you", "@can"}
_INTERROGATIVES = lexicon.INTERROGATIVES
# Verbs of saying: "did Doe talk about parents" asks about parents.
SPEECH = frozenset({"@spoke", "?about"})
# French "ou" without its accent before these is "or", not "où": "des psychologues ou des
# thérapeutes", "payant ou pas". Before "le", "la" it may be either ("c ou le sommet").
_OR = re.compile(
    r"(?<!\w)ou\s+(?=(?:des|pas|bien|plut[oô]t|non|alors|y|ailleurs|autre|une)(?!\w))",
    re.IGNORECASE,
)
# "MENAT = ?", "SAC=?": what it stands for.
_EQUALS = re.compile(r"=\s*[?؟]")
# The pack's words for what the article never says (vocabulary.yaml's `unsaid`): never
# indexed, they weigh like a word the pack does not know.
UNSAID = "@unsaid"
# The longest a title is ("Pr", "Dr", "Mr"): no word that short names a speaker.
_TITLE = "pr"
# A time of day, "9h", "10h30", "5pm": any of them asks about the schedule.
_HOUR = re.compile(r"^\d{1,2}(?:h|am|pm)\d{0,2}$")


# French "de" between two words of a phrase, which Darija says "dyal" or "d": "créateur dyal
# contenu", "table ronde d l'ère numérique".
_OF = re.compile(r"(?<= )(?:de|des|du)(?= )")


_ARABIC_WORD = re.compile("[\u0621-\u064a]+")


def _with_dyal(phrase: str) -> list[str]:
    """A folded phrase, and the same with Darija's "of" for every French one it holds, or
    between the two Arabic words of one ("وقت الشاشة" is also "الوقت ديال الشاشة")."""
    pair = phrase.split()
    if len(pair) == 2 and all(_ARABIC_WORD.fullmatch(w) for w in pair) and "ديال" not in pair:
        return [phrase, f"{pair[0]} ديال {pair[1]}"]
    if not _OF.search(phrase):
        return [phrase]
    return [phrase, *(_OF.sub(of, phrase) for of in ("dyal", "dial", "d"))]


class Vocabulary:
    """Words that mean the same thing, read as one concept token before matching.

    The engine's own concepts (question words, "speaker", "round table", ordinals) come from
    `bot.lexicon`; an event's own words ("festival", "stigma", "social media") come from its
    pack's vocabulary.yaml, as `@name`. A concept word of several words is a set phrase.
    """

    def __init__(self, extra: Mapping[str, Iterable[str]] | None = None) -> None:
        concepts = {name: list(raw) for name, raw in lexicon.CONCEPTS.items()}
        phrases = {name: list(raw) for name, raw in lexicon.PHRASES.items()}
        for name, raw in (extra or {}).items():
            for text in raw:
                target = phrases if len(words(text)) > 1 else concepts
                target.setdefault(f"@{name}", []).append(text)
        self._concept_of = {w: c for c, raw in concepts.items() for w in _fold_words(raw)}
        # A phrase read as a plain word is read as that word would be ("toujours" folds to a
        # stopword).
        replacement = {
            variant: token if token[:1] in "?@#" else " ".join(words(token))
            for token, raw in phrases.items()
            for p in raw
            for variant in _with_dyal(" ".join(words(p)))
        }
        alternatives = sorted(replacement, key=len, reverse=True)
        self._phrase = re.compile(
            r"(?<!\S)(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\S)"
        )
        self._phrase_token = replacement
        # Every message is read this way, several times over when it is long: at each word
        # only the phrases that start with that word are tried, in the same order (one regex
        # of them all took half of `terms`). A phrase that folds to nothing would match
        # anywhere: then that one regex it is.
        by_word: dict[str, list[str]] = {}
        for phrase in alternatives:
            by_word.setdefault(phrase.split(" ", 1)[0], []).append(phrase)
        self._phrase_at = {
            word: re.compile("(?:" + "|".join(map(re.escape, listed)) + r")(?!\S)")
            for word, listed in by_word.items()
        }
        self._every_phrase_at_words = "" not in by_word
        self.ordinals = frozenset(c for c in concepts if c.startswith("#"))

    def concept_words(self) -> Iterable[tuple[str, str]]:
        """(folded word, its concept) for every single-word concept word."""
        return self._concept_of.items()

    def _set_phrases(self, joined: str) -> str:
        """Words joined by single spaces, each set phrase replaced by its concept token."""
        if not self._every_phrase_at_words:
            return self._phrase.sub(lambda m: self._phrase_token[m.group(0)], joined)
        pieces = []
        done = start = 0  # `start` is always where a word starts, as the regex's (?<!\S) wants
        while True:
            end = joined.find(" ", start)
            regex = self._phrase_at.get(joined[start:end] if end >= 0 else joined[start:])
            match = regex.match(joined, start) if regex is not None else None
            if match:
                pieces += (joined[done:start], self._phrase_token[match.group()])
                done = match.end()
            start = joined.find(" ", max(start, done)) + 1
            if not start:
                pieces.append(joined[done:])
                return "".join(pieces)

    def terms(self, text: str) -> tuple[str, ...]:
        """The meaningful terms of a text: folded words, set phrases and concepts unified,
        stopwords dropped."""
        text = _EQUALS.sub(" what ", _OR.sub("or ", text))
        joined = self._set_phrases(" ".join(words(text)))
        seen: dict[str, None] = {}
        for word in joined.split():
            term = "@hour" if _HOUR.match(word) else self._concept_of.get(word, word)
            if term == word:
                # Arabic writes "and", "with", "its" onto words: "متى وأين" asks when and
                # where, "ومكانها" is "and its place", "عددها" "its number".
                bare = word[1:] if word[:1] in AND_SO and len(word) > 3 else ""
                term = self._concept_of.get(bare, term)
            readings: list[str] = []
            if term == word:
                # ... and a pronoun after a short one the stemmer leaves whole: "دورها" is
                # "her role".
                readings = clitics(word)
                term = next((self._concept_of[c] for c in readings if c in self._concept_of), word)
            if term in _STOPWORDS or (term == word and _STOPWORDS.intersection(readings)):
                # "وهل", "كتوفر": a word that carries no meaning, with another written on it.
                continue
            seen.setdefault(term, None)
        return tuple(seen)


# The engine's own words, for callers that need no event's vocabulary (question words).
GENERIC = Vocabulary()


def terms(text: str) -> tuple[str, ...]:
    """`Vocabulary.terms` with the engine's own words only."""
    return GENERIC.terms(text)


def _fuzzy_cutoff(term: str) -> float | None:
    """How close a misspelt word must be to a known one; short words must be exact."""
    if len(term) <= 3 or term[0] in "?@#" or term.isdigit():
        return None
    return _cutoff_for_length(len(term))


def _cutoff_for_length(size: int) -> float:
    return 80.0 if size <= 5 else 75.0


@cache
def _lengths_in_reach(size: int) -> tuple[int, int]:
    """The shortest and longest words that may be close enough to a misspelt word of `size`
    letters: fuzz.ratio is at most 100 * (1 - |a - b| / (a + b))."""
    cutoff = _cutoff_for_length(size) - 1e-6  # a word the ratio might reach up to float noise
    reach = [n for n in range(1, 3 * size) if 100.0 * (1 - abs(n - size) / (n + size)) >= cutoff]
    return reach[0], reach[-1]


def _length_factor(term: str) -> float:
    """Short unknown words are more often particles and slang than subjects: they weigh less.

    Arabic script writes no short vowels, so its words count as longer per letter.
    """
    full = UNKNOWN_FULL_LENGTH_ARABIC if _is_arabic(term) else UNKNOWN_FULL_LENGTH
    return min(1.0, len(term) / full)


def _prefix_size(term: str) -> int:
    return 4 if _is_arabic(term) else 5


def _is_arabic(term: str) -> bool:
    return "\u0621" <= term[0] <= "\u064a"


class Option(NamedTuple):
    """A known term that a query term stands for, and how close it is (1.0 when exact)."""

    term: str
    similarity: float


class Part(NamedTuple):
    """A query term the pack knows: the known terms it stands for (closest first), its weight
    in the query, and whether it is a subject word."""

    options: tuple[Option, ...]
    weight: float
    content: bool


class Phrasing(NamedTuple):
    """What scoring needs of one indexed phrasing: its terms' weights, their sum, whether the
    engine wrote it, whether it has a subject word, its text, and its rank in the pack (which
    of two phrasings scoring the same is the entry's best)."""

    weights: dict[str, float]
    weight: float
    generated: bool
    has_content: bool
    text: str
    rank: int


@dataclass(frozen=True)
class Document:
    """One phrasing of one entry."""

    entry_id: str
    text: str
    generated: bool = False


@dataclass(frozen=True)
class Candidate:
    """An entry, its score (0-100), its best phrasing, and how much of the message's subject
    words (by weight, 0-1) its phrasings cover."""

    entry_id: str
    score: float
    phrasing: str
    coverage: float = 1.0


@dataclass(frozen=True)
class Analysis:
    """What the matcher made of a message, for the engine's decisions."""

    terms: tuple[str, ...]
    known: tuple[str, ...]
    unknown: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    # Entries the message names (a speaker's name), and whether it names the event itself.
    named: frozenset[str] = frozenset()
    about_event: bool = False

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
        vocabulary: Vocabulary = GENERIC,
        city: Iterable[str] = (),
        theme: Iterable[str] = (),
    ) -> None:
        self.vocabulary = vocabulary
        terms = vocabulary.terms
        # Ordinals stay out: "first" in "the first edition" still tells panel 1 from panel 2.
        self._context = frozenset(
            t for text in context for t in terms(text) if not t.startswith(("#", "?"))
        )
        # Words of two letters ("el" in "dar el beida") name nothing on their own.
        self._city = frozenset(
            t for text in city for t in terms(text) if len(t) > 2 and t not in self._context
        )
        self._theme = frozenset(t for text in theme for t in terms(text)) - self._context
        # term -> the entries it names; the boost applies to those entries' phrasings only, so
        # an FAQ phrasing that mentions a speaker does not borrow the speaker's weight.
        self._anchors: dict[str, set[str]] = defaultdict(set)
        for entry_id, text in anchors:
            for term in terms(text):
                # A title is no name: "Pr" in "Pr Doe" is also SMS French for "pour".
                if term not in self._context and len(term) > len(_TITLE):
                    self._anchors[term].add(entry_id)
        self._docs: list[Document] = []
        phrasing_terms: list[tuple[str, ...]] = []
        entry_order: dict[str, int] = {}
        entry_terms: dict[str, set[str]] = defaultdict(set)
        seen: set[tuple[str, frozenset[str]]] = set()
        # Organisers' phrasings first, so a generated duplicate of one is the one dropped.
        for doc in sorted(documents, key=lambda d: d.generated):
            doc_terms = tuple(t for t in terms(doc.text) if t != UNSAID)
            key = (doc.entry_id, frozenset(doc_terms))
            if not doc_terms or key in seen:
                continue
            seen.add(key)
            entry_order.setdefault(doc.entry_id, len(entry_order))
            entry_terms[doc.entry_id].update(doc_terms)
            self._docs.append(doc)
            phrasing_terms.append(doc_terms)
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
        # A known term's weight in a message, which every message and `covers` ask for.
        self._known_weight = {t: self._weight(t) for t in self._idf}
        # Each entry's phrasings, for what one of them asks (`phrased`, `asked_within`).
        self._phrasings_of: dict[str, list[Phrasing]] = defaultdict(list)
        self._entry_term_weights: dict[str, dict[str, float]] = defaultdict(dict)
        for rank, (doc, doc_terms) in enumerate(zip(self._docs, phrasing_terms, strict=True)):
            weights = {t: self._weight(t, doc.entry_id) for t in doc_terms}
            has_content = any(self._is_content(t) for t in doc_terms)
            entry_weights = self._entry_term_weights[doc.entry_id]
            for term, weight in weights.items():
                entry_weights[term] = max(entry_weights.get(term, 0.0), weight)
            phrasing = Phrasing(
                weights, sum(weights.values()), doc.generated, has_content, doc.text, rank
            )
            self._phrasings_of[doc.entry_id].append(phrasing)
        # Phrasings are numbered entry by entry, each entry's lightest first: a phrasing can
        # score no more than its weight allows, so scoring an entry stops at the first one too
        # heavy to beat its best so far (`analyse_terms`). A speaker has ~90 phrasings.
        by_entry = sorted(
            (entry_order[entry_id], phrasing.weight, phrasing.rank, entry_id, phrasing)
            for entry_id, listed in self._phrasings_of.items()
            for phrasing in listed
        )
        self._phrasings = [phrasing for *_, phrasing in by_entry]
        # Postings by entry (term -> entry -> its phrasings holding the term, in index order):
        # every message groups its candidates by entry.
        postings: dict[str, dict[str, list[int]]] = defaultdict(dict)
        # Postings of the phrasings with no subject word ("where was it?", "hello").
        contentless: dict[str, dict[str, list[int]]] = defaultdict(dict)
        for index, (*_, entry_id, phrasing) in enumerate(by_entry):
            for term in phrasing.weights:
                postings[term].setdefault(entry_id, []).append(index)
                if not phrasing.has_content:
                    contentless[term].setdefault(entry_id, []).append(index)
        self._postings, self._contentless = dict(postings), dict(contentless)
        # Misspellings are looked up among the pack's words and the words behind concepts:
        # "evnt" is "event", which is the concept @event.
        # The most a term weighs in any entry: what a message can share with any of them.
        self._most_weight: dict[str, float] = defaultdict(float)
        for entry_weights in self._entry_term_weights.values():
            for term, weight in entry_weights.items():
                self._most_weight[term] = max(self._most_weight[term], weight)
        self._spelling = {
            t: t for t in self._idf if _fuzzy_cutoff(t) is not None and t not in _COURTESY
        }
        for word, concept in vocabulary.concept_words():
            if concept in self._idf and _fuzzy_cutoff(word) is not None:
                self._spelling.setdefault(word, concept)
        self._vocabulary = sorted(self._spelling)
        # The vocabulary by length: the words a misspelling may be close to are one slice.
        self._by_length = sorted(self._vocabulary, key=lambda word: (len(word), word))
        # Where the words of each length start, and one more: those of n letters are
        # `_by_length[_starts[n] : _starts[n + 1]]`.
        lengths = [len(word) for word in self._by_length]
        self._starts = [bisect_left(lengths, n) for n in range((lengths or [0])[-1] + 2)]
        # A word close enough to a misspelt one holds most of its letters (`_within_reach`).
        # For each letter and number of times, the words holding it that many times at least,
        # as one byte a word (1 or 0) in the order of `_by_length`, all in one integer: adding
        # up those of a term's letters counts in each byte the letters it shares with that
        # word, for every word at once. A byte counts to 255: longer words go without.
        lanes: dict[tuple[str, int], bytearray] = defaultdict(
            lambda: bytearray(len(self._by_length))
        )
        if len(self._starts) - 2 < _LANE:
            for index, word in enumerate(self._by_length):
                for letter, times in Counter(word).items():
                    for nth in range(1, times + 1):
                        lanes[letter, nth][index] = 1
        self._at_least = {key: int.from_bytes(lane, "little") for key, lane in lanes.items()}
        self._prefixes: dict[str, list[str]] = defaultdict(list)
        for term in self._vocabulary:
            size = _prefix_size(term)
            if len(term) >= size:
                self._prefixes[term[:size]].append(term)
        self._lookup = lru_cache(maxsize=4096)(self._lookup_uncached)

    def __len__(self) -> int:
        return len(self._docs)

    def _weight(self, term: str, entry_id: str | None = None) -> float:
        weight = self._idf.get(term, self._unknown_weight)
        if entry_id is not None and entry_id in self._anchors.get(term, ()):
            return weight * ANCHOR_WEIGHT
        if term in _INTERROGATIVES or term in self.vocabulary.ordinals:
            return max(weight, INTERROGATIVE_WEIGHT)
        if term in _COURTESY:
            return weight * COURTESY_WEIGHT
        if term in self._context:
            return weight * CONTEXT_WEIGHT
        return weight

    def _candidates(self, parts: list[Part], needs_content: bool) -> dict[str, list[int]]:
        """Phrasings worth scoring, by entry, each entry's sorted so that scoring never depends
        on set order (a list of the index itself where one term brings them all: read only).

        A phrasing must share a subject word with the message, or have no subject of its own
        and share a question word; a message with neither (only the event's name, a greeting)
        is scored against every phrasing sharing any word."""
        found: dict[str, list[list[int]]] = {}
        strong = [p for p in parts if p.content or self._is_question(p.options[0].term)]
        for options, _, content in strong or parts:
            index = self._postings if (content or not needs_content) else self._contentless
            for known_term, _ in options:
                for entry_id, listed in index.get(known_term, {}).items():
                    found.setdefault(entry_id, []).append(listed)
        return {
            entry_id: lists[0] if len(lists) == 1 else sorted(set().union(*lists))
            for entry_id, lists in found.items()
        }

    @staticmethod
    def _is_question(term: str) -> bool:
        return term.startswith(("?", "#"))

    def _entry_share(
        self, entry_id: str, parts: list[Part]
    ) -> tuple[float, float, float, float, float]:
        """What all of an entry's phrasings share with the message: in all, and in subject
        words only (its bag); and the most that one phrasing's shared terms can weigh on its
        own side."""
        weights = self._entry_term_weights[entry_id]
        gain = query_part = bag_gain = bag_part = held = 0.0
        for options, term_weight, content in parts:
            # The first best option, as max() would pick; a loop, since this runs for every
            # part of every candidate entry.
            best = heaviest = 0.0
            for term, similarity in options:
                weight = weights.get(term)
                if weight is not None:
                    if similarity * weight > best:
                        best = similarity * weight
                    if weight > heaviest:
                        heaviest = weight
            held += heaviest
            if best:
                gain += best
                query_part += term_weight
                if content:
                    bag_gain += best
                    bag_part += term_weight
        return gain, query_part, bag_gain, bag_part, held

    @staticmethod
    def _overlap(
        weights: dict[str, float],
        by_term: dict[str, list[tuple[int, float]]],
        parts: list[Part],
    ) -> tuple[float, float, float, int]:
        """What a phrasing shares with the message: matched weight on the message's side and
        on the phrasing's, and how many subject words."""
        # The set intersection runs in C; phrasings have a handful of terms.
        shared = weights.keys() & by_term.keys()
        if len(shared) == 1:
            # Most phrasings share one term with the message, at one place in it: the loop
            # below comes to the same sums.
            (known_term,) = shared
            hits = by_term[known_term]
            if len(hits) == 1:
                position, similarity = hits[0]
                weight = weights[known_term]
                if similarity * weight > 0.0:
                    _, term_weight, content = parts[position]
                    return similarity * weight, term_weight, weight, int(content)
                return 0.0, 0.0, 0.0, 0
        best: dict[int, tuple[float, float]] = {}
        for known_term in shared:
            weight = weights[known_term]
            for position, similarity in by_term[known_term]:
                if similarity * weight > best.get(position, (0.0, 0.0))[0]:
                    best[position] = (similarity * weight, weight)
        gain = query_part = doc_part = 0.0
        content_hits = 0
        for position in sorted(best):
            term_gain, weight = best[position]
            _, term_weight, content = parts[position]
            gain += term_gain
            query_part += term_weight
            doc_part += weight
            content_hits += content
        return gain, query_part, doc_part, content_hits

    def _is_content(self, term: str) -> bool:
        """A subject word: not a question word, a greeting or the event's own name."""
        return not (term.startswith("?") or term in _COURTESY or term in self._context)

    def _within_reach(self, term: str, cutoff: float) -> list[str]:
        """The known words that may be `cutoff` close to a term: a length in reach, and enough
        of its letters.

        fuzz.ratio is 100 * (1 - d / (n + m)) for words of n and m letters and d insertions
        and deletions, and d >= n + m - 2 * (letters they share, counted with repeats). So a
        word of m letters in reach shares at least cutoff * (n + m) / 200 of the term's
        letters. Counting them word by word cost more than rapidfuzz saved; they are counted
        for every known word at once, a byte each (see `_at_least`), and only the words in
        reach go to rapidfuzz: a handful, where the rarest letters let ~900 through.
        """
        size = len(term)
        shortest, longest = _lengths_in_reach(size)
        starts = self._starts  # where the words of each length start in `_by_length`
        longest = min(longest, len(starts) - 2)
        if shortest > longest:
            return []
        if not self._at_least:  # a word too long to count in a byte: every length in reach
            return self._by_length[starts[shortest] : starts[longest + 1]]
        # Each letter of the term adds the words holding it once more than the term so far.
        shared, seen = 0, dict.fromkeys(term, 0)
        for letter in term:
            seen[letter] += 1
            shared += self._at_least.get((letter, seen[letter]), 0)
        counted = shared.to_bytes(len(self._by_length), "little")
        # 1 for each word in reach, 0 for the others, from the first word of `shortest` letters.
        kept = b"".join(
            counted[starts[length] : starts[length + 1]].translate(
                _AT_LEAST[max(0, math.ceil(cutoff * (size + length) / 200 - 1e-6))]
            )
            for length in range(shortest, longest + 1)
        )
        within = []
        at = kept.find(1)
        while at >= 0:
            within.append(self._by_length[starts[shortest] + at])
            at = kept.find(1, at + 1)
        return within

    def _lookup_uncached(self, term: str) -> tuple[Option, ...]:
        """Known terms a query term stands for, with their similarity (1.0 when exact)."""
        if term in self._idf:
            return (Option(term, 1.0),)
        for bare in clitics(term):
            # "هدفها" (its goal) is "هدف", and "هدف" is the concept of a goal.
            read = self.vocabulary.terms(bare) if bare not in self._idf else (bare,)
            if len(read) == 1 and read[0] in self._idf:
                return (Option(read[0], 1.0),)
        cutoff = _fuzzy_cutoff(term)
        if cutoff is None:
            return ()
        # rapidfuzz takes time for every word it is given, kept or not (~60 us for the whole
        # vocabulary), and a word seen for the first time is looked up while its sender waits:
        # it is given only the words that may reach the cutoff (`_within_reach`), and ties go
        # to the first alphabetically, as they would over the whole vocabulary.
        within = self._within_reach(term, cutoff)
        found = process.extract(term, within, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        found = sorted(found, key=lambda match: (-match[1], match[0]))[:3]
        # Closeness falls three times faster than the ratio: 93 -> 0.79, 80 -> 0.4.
        options: dict[str, float] = {}
        for word, score, _ in found:
            known = self._spelling[word]
            closeness = max(0.0, 1.0 - 3.0 * (1.0 - score / 100.0))
            options[known] = max(options.get(known, 0.0), closeness)
        # Words that share a long beginning are one word inflected: inscrit / inscription.
        size = _prefix_size(term)
        for word in self._prefixes.get(term[:size], ()) if len(term) >= size else ():
            known = self._spelling[word]
            options[known] = max(options.get(known, 0.0), PREFIX_CLOSENESS)
        ranked = sorted(options.items(), key=lambda item: (-item[1], item[0]))
        return tuple(Option(known, similarity) for known, similarity in ranked[:3])

    def analyse(self, text: str, limit: int = 5, min_coverage: float = 0.0) -> Analysis:
        """Score `text` against every phrasing sharing a term with it; best entries first.

        The score is a weighted Tversky index: what the message and the phrasing share, against
        what only one of them has. Words the pack never uses weigh most: they are what makes a
        question about a plumber in town a question about something else.
        """
        return self.analyse_terms(self.vocabulary.terms(text), limit, min_coverage)

    def _without_city(self, query: tuple[str, ...]) -> tuple[str, ...]:
        """The event's city beside the event's name only says which event: "what was the
        summit in <city>?" asks what it was. Alone ("c'était à <city> ?", "train to <city>")
        or asked where, it is what the message is about."""
        city = [t for t in query if t in self._city or self._city.intersection(clitics(t))]
        if not city or not set(query) & self._context or "?where" in query:
            return query
        return tuple(t for t in query if t not in city)

    def _without_theme(self, query: tuple[str, ...]) -> tuple[str, ...]:
        """What the event was about, right after its name, only says which event when the
        message asks where, when or who: "c'était où la rencontre sur le bien-être ?". Asked
        of the event ("le sommet était sur les jeunes ?") or away from its name ("les outils
        pour le bien-être"), it is what the message asks about."""
        if not _ASKS_OF_EVENT.intersection(query):
            return query
        described = set()
        for at, term in enumerate(query):
            if term != EVENT:
                continue
            # "... la rencontre organisée par <organiser> sur le bien-être": who organised it,
            # named beside it, is part of saying which event too ("organisé par qui ?" asks
            # it).
            near = at + 1
            while near < len(query) and (
                query[near] in self._theme
                or query[near] in self._context
                or (query[near] == ORGANISE and self._beside_context(query, near, at))
            ):
                described.add(near)
                near += 1
            # ... and before it: "when was <organiser>'s wellbeing gathering?".
            near = at - 1
            while near >= 0 and (query[near] in self._theme or query[near] in self._context):
                described.add(near)
                near -= 1
        return tuple(
            t
            for at, t in enumerate(query)
            if at not in described or (t not in self._theme and t != ORGANISE)
        )

    def _beside_context(self, query: tuple[str, ...], at: int, event_at: int) -> bool:
        """Whether a word of the event's own name (the organiser's) stands just before the
        term at `at`, after the event's name at `event_at`, or just after it."""
        before = query[at - 1] if at - 1 > event_at else None
        after = query[at + 1] if at + 1 < len(query) else None
        return before in self._context or after in self._context

    def _without_organiser_told(self, query: tuple[str, ...]) -> tuple[str, ...]:
        """ "Une rencontre organisée par <organiser>, c'était quand ?", "قمة نظمتها <organiser>،
        ما الهدف؟": who organised it, told right after the event's name, is no question when
        the message asks something else."""
        told = {
            at + 1
            for at in range(len(query) - 2)
            if query[at] == EVENT and query[at + 1] == ORGANISE and query[at + 2] in self._context
        }
        rest = [
            t
            for at, t in enumerate(query)
            if at not in told and t != EVENT and t not in self._context and t not in self._theme
        ]
        if not told or not rest:
            return query
        return tuple(t for at, t in enumerate(query) if at not in told)

    def analyse_terms(
        self,
        query: tuple[str, ...],
        limit: int = 5,
        min_coverage: float = 0.0,
        above: float = -1.0,
    ) -> Analysis:
        """`analyse` for a text already read as `Vocabulary.terms`.

        A caller that can use the analysis only if its best entry scores more than `above`
        gets no candidates at all when none can: their bounds say so before any is scored.
        """
        if self._city:
            query = self._without_city(query)
        if self._theme:
            query = self._without_theme(query)
        if ORGANISE in query:
            query = self._without_organiser_told(query)
        known_weight = unknown_weight = content_weight = 0.0
        known, unknown = [], []
        needs_content = False
        parts: list[Part] = []
        weight_of = self._weight
        # What the message could share with an entry holding every term it knows, at its
        # heaviest: no entry can do better.
        most_gain = 0.0
        most_weight = self._most_weight
        for term in query:
            options = self._lookup(term)
            if not options:
                unknown.append(term)
                weight = weight_of(term) * _length_factor(term)
                unknown_weight += weight
                # "cheers mate", "merci c top": praise the pack never uses is no subject, nor
                # is a word that names the event ("when did they hold it").
                if term not in _COURTESY and term not in self._context:
                    content_weight += weight
                    needs_content = True
                continue
            known.append(term)
            # A near miss is partly a known word and partly an unknown one: "concert" is not
            # "contacter", though they share most letters.
            # A misspelt word is what it is closest to: "somet" is the event's own name.
            nearest, closeness = options[0]
            content = self._is_content(nearest)
            # The part that was missed weighs like an unknown word, except for a misspelt
            # name of the event, which stays as light as the name itself.
            missed = (1.0 - closeness) * weight_of(term if content else nearest)
            term_weight = max(self._known_weight[t] for t, _ in options) * closeness
            unknown_weight += missed
            known_weight += term_weight
            most_gain += max(similarity * most_weight[t] for t, similarity in options)
            needs_content = needs_content or content
            if content:
                content_weight += term_weight + missed
            parts.append(Part(options, term_weight, content))
        # A name misspelt a little still names ("kendilli"); a word that only looks like one
        # ("dance" and "Dane") does not.
        named = frozenset(
            entry
            for part in parts
            if part.options[0].similarity >= NAMED_CLOSENESS
            for entry in self._anchors.get(part.options[0].term, ())
        )
        about_event = any(part.options[0].term in self._context for part in parts)
        if most_gain and above >= 0.0:
            # No entry can beat `above` if one sharing everything at its heaviest could not
            # (the bounds below, before any is computed; a margin for float noise).
            best_bound = 100.0 * most_gain / (most_gain + UNKNOWN * unknown_weight)
            if round(best_bound * (1 + 1e-6), 1) <= above:
                return Analysis(query, tuple(known), tuple(unknown), (), named, about_event)
        by_term: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for position, part in enumerate(parts):
            for known_term, similarity in part.options:
                by_term[known_term].append((position, similarity))
        per_entry = self._candidates(parts, needs_content)
        # What a phrasing or an entry shares with none of the message's words (QUERY_ONLY of
        # the known words it leaves out comes on top, see `rest_of`): the same for all.
        unknown_rest = UNKNOWN * unknown_weight

        def rest_of(query_part: float) -> float:
            # A name said twice ("Rivera riviera") can share more than the message weighs,
            # boosted on its own entry: what is left is never less than nothing (score <= 100).
            left = max(0.0, known_weight - query_part)
            return QUERY_ONLY * left + unknown_rest

        # Per entry, what all its phrasings together share with the message bounds what any
        # one of them can score, so entries are scored best bound first and the rest skipped.
        bounds = []
        entry_order = self._entry_order
        for entry_id in per_entry:
            gain, query_part, bag_gain, bag_part, held = self._entry_share(entry_id, parts)
            coverage = round(bag_gain / content_weight, 2) if content_weight else 1.0
            if coverage < min_coverage or not gain:
                continue
            least_rest = rest_of(query_part)
            bound = 100.0 * gain / (gain + least_rest)
            bounds.append(
                (
                    -bound,
                    entry_order[entry_id],
                    entry_id,
                    bag_gain,
                    bag_part,
                    gain,
                    least_rest,
                    held,
                )
            )
        bounds.sort()
        # (-score, pack order, candidate): best first, ties in pack order.
        found: list[tuple[float, int, Candidate]] = []
        phrasings = self._phrasings
        overlap = self._overlap
        by_term_keys = by_term.keys()
        # Speakers have ~90 phrasings each and every one of a candidate entry is scored: when
        # each word of the message stands for one known term that no other word stands for,
        # what a phrasing shares is found without `_overlap`'s bookkeeping.
        hit_of: dict[str, tuple[float, float, int]] | None = None
        # The known terms that subject words of the message stand for.
        subject_terms = {term for part in parts if part.content for term, _ in part.options}
        position_of = {part.options[0].term: position for position, part in enumerate(parts)}.get
        if len(by_term) == len(parts) and all(len(part.options) == 1 for part in parts):
            hit_of = {
                part.options[0].term: (part.options[0].similarity, part.weight, int(part.content))
                for part in parts
            }
        for negative_bound, order, entry_id, bag_gain, bag_part, most, least_rest, held in bounds:
            if len(found) >= limit and -negative_bound < -found[limit - 1][0]:
                break
            # Bounds come best first: once one cannot beat `above`, no entry left can, and
            # when none scored so far did either, no candidate is wanted. Scores are rounded
            # as the bound is here; the margin covers float noise between the two.
            if round(-negative_bound * (1 + 1e-9), 1) <= above and (
                not found or -found[0][0] <= above
            ):
                found = []
                break
            phrase, phrasing, best_rank = 0.0, "(all phrasings)", -1
            # A phrasing weighing more than what it shares leaves the rest unsaid, so this
            # entry's phrasings (lightest first) cannot beat `phrase` past this weight: it
            # solves 100 * most / (most + least_rest + PHRASING_ONLY * (weight - held)) = phrase,
            # with the entry's most gain and least rest. The margin covers float noise.
            heaviest = math.inf
            for index in per_entry[entry_id]:
                weights, weight, generated, has_content, text, rank = phrasings[index]
                if weight > heaviest:
                    break
                shared = weights.keys() & by_term_keys
                # Sharing only "how many" with a phrasing about speakers is not sharing a
                # subject; a phrasing with no subject of its own ("where was it?") may.
                if needs_content and has_content and shared.isdisjoint(subject_terms):
                    continue  # the test below, before the sums: "qui est <name>" for "who"
                if hit_of is None:
                    gain, query_part, doc_part, content = overlap(weights, by_term, parts)
                else:
                    # `_overlap` for a message whose every word stands for one known term of
                    # its own: each shared term is one place in the message, summed in the
                    # order of the message as `_overlap` does.
                    gain = query_part = doc_part = 0.0
                    content = 0
                    for term in sorted(shared, key=position_of) if len(shared) > 1 else shared:
                        similarity, term_weight, is_content = hit_of[term]
                        weight_here = weights[term]
                        if similarity * weight_here > 0.0:
                            gain += similarity * weight_here
                            query_part += term_weight
                            doc_part += weight_here
                            content += is_content
                if needs_content and not content and has_content:
                    continue
                unsaid = weight - doc_part if weight > doc_part else 0.0
                left = known_weight - query_part if known_weight > query_part else 0.0
                rest = QUERY_ONLY * left + unknown_rest
                rest += PHRASING_ONLY * unsaid
                score = 100.0 * gain / (gain + rest)
                if generated:
                    score *= GENERATED_PENALTY
                # Of two phrasings scoring the same, the first in the pack is the best.
                if score > phrase or (score == phrase and rank < best_rank):
                    phrase, phrasing, best_rank = score, text, rank
                    heaviest = held + (100.0 * most / phrase - most - least_rest) / PHRASING_ONLY
                    heaviest += 1e-6
            # "The tools against harassment" may take "tools" from one phrasing and
            # "harassment" from another: half the bag's word, half the best phrasing's, so
            # two entries that both cover the words still differ by how well one says it all.
            if bag_gain:
                bag = 100.0 * bag_gain / (bag_gain + rest_of(bag_part))
                phrase = max(phrase, (phrase + bag) / 2)
            if phrase <= 0:
                continue
            coverage = round(bag_gain / content_weight, 2) if content_weight else 1.0
            # Kept best first, ties in pack order, and only the best `limit`: the bound test
            # above needs the last one kept.
            candidate = Candidate(entry_id, round(phrase, 1), phrasing, coverage)
            insort(found, (-candidate.score, order, candidate))
            del found[limit:]
        ranked = tuple(candidate for *_, candidate in found)
        return Analysis(query, tuple(known), tuple(unknown), ranked, named, about_event)

    def meaning(self, text: str) -> tuple[str, ...]:
        """The terms of a text that say what it asks: greetings and the event's own name,
        which any question about the event may carry, left out."""
        return tuple(
            t for t in self.vocabulary.terms(text) if t not in _COURTESY and t not in self._context
        )

    def known_meaning(self, analysis: Analysis) -> tuple[str, ...]:
        """The terms of an analysed message that the pack knows, greetings left out: what a
        long message asks, without the story around it."""
        return tuple(t for t in analysis.known if t not in _COURTESY)

    def topic(self, text: str) -> frozenset[str]:
        """What a text is about: its subject words and the names it uses, without question
        words or verbs of speaking ("who talked about parents" is about parents)."""
        return frozenset(t for t in self.meaning(text) if t[0] != "?" and t not in SPEECH)

    def covers(self, entry_id: str, query: Iterable[str]) -> float:
        """The share (by weight, 0-1) of the query terms that an entry's phrasings hold:
        does what Doe said include "parents"?"""
        weights = self._entry_term_weights.get(entry_id, {})
        total = held = 0.0
        # Words the pack never uses say nothing either way; with none known, nothing is held.
        lookup, known_weight = self._lookup, self._known_weight
        for term in query:
            options = lookup(term)
            if not options:
                continue
            weight = known_weight[options[0].term]
            total += weight
            # The largest share, as max() would give; a loop, as descriptions ask this of
            # every speaker and round table.
            best = 0.0
            for known, similarity in options:
                if known in weights and similarity * weight > best:
                    best = similarity * weight
            held += best
        return held / total if total else 0.0

    def phrased(self, entry_id: str, query: Iterable[str]) -> bool:
        """Whether one phrasing of an entry holds every term: "how many came" is asked of an
        entry only if one of its phrasings counts who came."""
        wanted = set(query)
        return any(wanted <= p.weights.keys() for p in self._phrasings_of.get(entry_id, ()))

    def knows(self, word: str) -> bool:
        """Whether a word, as typed, is one the pack or the vocabulary knows."""
        found = self.vocabulary.terms(word)
        return len(found) == 1 and (found[0] in self._idf or found[0][0] in "?@#")

    def asked_within(self, entry_id: str, question: str, query: Iterable[str]) -> bool:
        """Whether one phrasing of an entry asks `question` in words the query all uses (in
        their known forms): "how can I follow them" within "how do I follow Acme"."""
        said = {o.term for t in query for o in self._lookup(t)}
        return any(
            question in p.weights and p.weights.keys() <= said
            for p in self._phrasings_of.get(entry_id, ())
        )

    def lookup(self, term: str) -> tuple[Option, ...]:
        """The known terms a query term stands for, closest first; () for a word the pack
        never uses."""
        return self._lookup(term)

    def asks_beyond(self, analysis: Analysis) -> bool:
        """Whether a message asks about something the pack never mentions, by a word long
        enough to be a subject ("wearing", "age"), besides what it names."""
        return any(_length_factor(t) >= BEYOND_LENGTH_FACTOR for t in analysis.unknown)

    @staticmethod
    def is_courtesy(term: str) -> bool:
        """Whether a term greets, thanks or asks politely ("merci", "hello", "svp")."""
        return term in _COURTESY

    def is_subject(self, term: str) -> bool:
        """Whether a query term says what is asked about: not a question word, a greeting, the
        event's own name, a verb of speaking or a name the message uses to say who."""
        options = self._lookup(term)
        nearest = options[0].term if options else term
        return (
            self._is_content(nearest)
            and not nearest.startswith("#")
            and nearest not in SPEECH
            and nearest not in self._anchors
        )
