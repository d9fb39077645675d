"""The matcher alone: what it finds for a message, in what order, with what score and coverage.

A small index written here, with a fictional festival, so that each fact shows on its own; the
shipped pack's answers are pinned by test_engine and the evaluation sets.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.knowledge import Pack
from bot.matcher import GENERATED_PENALTY, Candidate, Document, Matcher, Vocabulary, terms
from bot.phrasings import documents
from bot.text import words

DOCUMENTS = [
    Document("venue", "where is the venue"),
    Document("opening", "when does Harbourfest open"),
    Document("lunch", "lunch menu"),
    Document("shuttle", "shuttle price"),
    Document("rivera", "Rivera", generated=True),
    Document("rivera", "Rivera spoke about sleep"),
]


def build(documents: list[Document] = DOCUMENTS) -> Matcher:
    """The event is called Harbourfest; Rivera is a speaker, so her name names her entry."""
    return Matcher(documents, context=["Harbourfest"], anchors=[("rivera", "Rivera")])


MATCHER = build()


@pytest.mark.parametrize("message", ["", "   ", "?!", "the", "is it"])
def test_a_message_with_no_meaningful_word_finds_nothing(message: str) -> None:
    # Unlike rapidfuzz's extractOne, which always returns its best choice, even for "".
    analysis = MATCHER.analyse(message)
    assert analysis.terms == ()
    assert analysis.candidates == ()
    assert analysis.best is None


def test_a_phrasing_asked_word_for_word_scores_100_with_full_coverage() -> None:
    analysis = MATCHER.analyse("Where is the venue?")
    assert analysis.best == Candidate("venue", 100.0, "where is the venue", 1.0)
    assert analysis.known == ("?where", "venue")
    assert analysis.unknown == ()


@pytest.mark.parametrize("message", ["when", "c'est quand", "متى", "WHEN???"])
def test_a_question_word_reads_the_same_in_every_language(message: str) -> None:
    analysis = MATCHER.analyse(message)
    assert analysis.terms == ("?when",)
    assert analysis.best is not None
    assert analysis.best.entry_id == "opening"
    assert 0 < analysis.best.score < 100


def test_ties_go_to_the_entry_that_comes_first() -> None:
    twins = [Document("first", "where is the venue"), Document("second", "where is the venue")]
    ranked = [c.entry_id for c in build(twins).analyse("where is the venue").candidates]
    assert ranked == ["first", "second"]
    reversed_ranked = [
        c.entry_id for c in build(twins[::-1]).analyse("where is the venue").candidates
    ]
    assert reversed_ranked == ["second", "first"]
    assert len({c.score for c in build(twins).analyse("where is the venue").candidates}) == 1


def test_an_organisers_phrasing_beats_the_same_words_generated() -> None:
    documents = [
        Document("generated", "lunch menu", generated=True),
        Document("written", "lunch menu"),
    ]
    written, generated = build(documents).analyse("lunch menu").candidates
    assert (written.entry_id, written.score) == ("written", 100.0)
    assert generated.entry_id == "generated"
    assert 100.0 * GENERATED_PENALTY <= generated.score < written.score


def test_coverage_is_the_share_of_the_subject_an_entry_holds() -> None:
    lunch, shuttle = MATCHER.analyse("lunch shuttle").candidates
    # Each holds one of two equally rare words; at equal scores, the first entry first.
    assert (lunch.entry_id, lunch.coverage) == ("lunch", 0.5)
    assert (shuttle.entry_id, shuttle.coverage) == ("shuttle", 0.5)
    assert lunch.score == shuttle.score < 100
    assert MATCHER.analyse("lunch shuttle", min_coverage=0.6).candidates == ()


def test_limit_keeps_the_best_entries_only() -> None:
    [only] = MATCHER.analyse("lunch shuttle", limit=1).candidates
    assert only.entry_id == "lunch"


def test_a_misspelt_word_finds_its_entry_with_a_lower_score() -> None:
    best = MATCHER.analyse("where is the venu").best
    assert best is not None
    assert best.entry_id == "venue"
    assert 80 < best.score < 100
    assert best.coverage < 1.0


def test_a_word_the_pack_never_uses_is_unknown_and_keeps_a_question_word_alone_quiet() -> None:
    analysis = MATCHER.analyse("where is the plumber")
    assert analysis.known == ("?where",)
    assert analysis.unknown == ("plumber",)
    # "where" alone is shared with "where is the venue", whose subject is the venue.
    assert analysis.candidates == ()
    assert MATCHER.asks_beyond(analysis)


def test_a_short_unknown_word_does_not_ask_beyond_the_pack() -> None:
    analysis = MATCHER.analyse("where is the bar")
    assert analysis.unknown == ("bar",)
    assert not MATCHER.asks_beyond(analysis)


def test_a_name_names_its_entry() -> None:
    analysis = MATCHER.analyse("what did Rivera say about sleep")
    assert analysis.named == frozenset({"rivera"})
    assert analysis.best is not None
    assert analysis.best.entry_id == "rivera"
    assert analysis.best.phrasing == "Rivera spoke about sleep"
    assert MATCHER.analyse("riviera").named == frozenset({"rivera"})
    assert MATCHER.analyse("lunch menu").named == frozenset()


def test_the_events_own_name_is_context_not_a_subject() -> None:
    assert MATCHER.analyse("is Harbourfest open").about_event
    assert not MATCHER.analyse("lunch menu").about_event
    assert not MATCHER.is_subject("harbourfest")


def test_covers_weighs_what_an_entrys_phrasings_hold() -> None:
    assert MATCHER.covers("rivera", terms("sleep")) == 1.0
    assert MATCHER.covers("lunch", terms("sleep")) == 0.0
    assert MATCHER.covers("lunch", terms("lunch shuttle")) == 0.5
    # Words the pack never uses say nothing either way.
    assert MATCHER.covers("lunch", terms("plumber")) == 0.0
    assert MATCHER.covers("lunch", terms("lunch plumber")) == 1.0


@pytest.mark.parametrize(
    ("term", "subject"),
    [("lunch", True), ("?where", False), ("rivera", False), ("@spoke", False), ("hello", False)],
)
def test_is_subject_tells_what_is_asked_about(term: str, subject: bool) -> None:
    assert MATCHER.is_subject(term) is subject


_PIECES = st.sampled_from(
    "where when is the venue venu lunch lunhc menu shuttle price Rivera riviera sleep spoke "
    "about Harbourfest plumber bar hello c'est quand متى ? !".split()
)


@settings(deadline=None, max_examples=200)
@given(st.lists(_PIECES, max_size=12).map(" ".join))
def test_analyse_is_deterministic_and_ranks_best_first(message: str) -> None:
    analysis = MATCHER.analyse(message)
    assert analysis == MATCHER.analyse(message)
    scores = [c.score for c in analysis.candidates]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < score <= 100 for score in scores)
    assert len({c.entry_id for c in analysis.candidates}) == len(analysis.candidates)
    assert set(analysis.known) | set(analysis.unknown) == set(analysis.terms)


def test_an_entrys_best_phrasing_is_found_whatever_order_it_was_written_in() -> None:
    # Each entry's phrasings are scored lightest first and the rest skipped once none can do
    # better: a longer phrasing that says more of the message still wins, and of two that
    # score the same the one written first is shown.
    documents = [
        Document("venue", "where is the venue for the shuttle"),
        Document("venue", "venue parking"),
        Document("food", "lunch menu price"),
        Document("food", "lunch menu dessert"),
    ]
    matcher = build(documents)
    for message in ("where is the venue", "where is the venue for the shuttle"):
        best = matcher.analyse(message).best
        assert best is not None
        assert (best.entry_id, best.phrasing) == ("venue", "where is the venue for the shuttle")
    best = matcher.analyse("lunch menu").best
    assert best is not None
    assert (best.entry_id, best.phrasing) == ("food", "lunch menu price")


class _EveryWord(Matcher):
    """The reference for misspellings: rapidfuzz compares them with every known word."""

    def _within_reach(self, term: str, cutoff: float) -> list[str]:
        return sorted(self._spelling)


def _misspelt(word: str, edits: list[tuple[int, int, str]]) -> str:
    """`word` with letters dropped (0), added (1) or replaced (2) where `edits` say."""
    letters = list(word)
    for kind, place, letter in edits:
        at = place % (len(letters) + 1)
        if kind == 0 and len(letters) > 1:
            del letters[min(at, len(letters) - 1)]
        elif kind == 1:
            letters.insert(at, letter)
        else:
            letters[min(at, len(letters) - 1)] = letter
    return "".join(letters)


@pytest.fixture(scope="module")
def pack_matchers(pack: Pack) -> tuple[Matcher, Matcher, list[str]]:
    """The shipped pack's matcher, its reference, and the words its phrasings use."""
    vocabulary = Vocabulary(pack.vocabulary)
    shipped = Matcher(documents(pack), vocabulary=vocabulary)
    reference = _EveryWord(documents(pack), vocabulary=vocabulary)
    used = sorted({w for d in documents(pack) for w in words(d.text) if len(w) > 3})
    return shipped, reference, used


@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.data(),
    st.lists(
        st.tuples(st.integers(0, 2), st.integers(0, 30), st.sampled_from("aeioustnrkhlمنكو")),
        max_size=3,
    ),
)
def test_a_misspelt_word_finds_what_comparing_every_known_word_finds(
    pack_matchers: tuple[Matcher, Matcher, list[str]],
    data: st.DataObject,
    edits: list[tuple[int, int, str]],
) -> None:
    # A word seen for the first time goes to rapidfuzz only with the known words sharing
    # enough of its letters: "stigmatisaton", "kendly", "المقارنه" find the same words,
    # at the same closeness, as when every word is compared.
    shipped, reference, used = pack_matchers
    typo = _misspelt(data.draw(st.sampled_from(used)), edits)
    assert shipped.lookup(typo) == reference.lookup(typo)
