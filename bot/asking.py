"""What a message asks: where a question opens in it, the question words that each ask for an
answer, what it asks about, and whether an entry holds the kind of answer asked for."""

from __future__ import annotations

from functools import lru_cache

from bot import lexicon
from bot.matcher import SPEECH, Analysis, Matcher, terms
from bot.text import fold

# Question words that each ask for an answer of their own: "when and where was it?".
ASKING = frozenset({*lexicon.INTERROGATIVES, "?what", "?how"})
# Question words that ask for what only an entry asked the same way holds: a number, or how
# to do something ("how do I delete my account" is not where to follow the summit). Not
# "where" nor "when": French "ou" (or) folds like "où", and "date" is a subject too.
COUNTED = frozenset({"?howmuch", "?how"})
# Words for speaking and speakers: "how many spoke" is answered by who spoke.
SPEAKING = frozenset({"@spoke", "@speaker"})
# A count of persons with no word of speaking counts the audience: "combien de personnes dans
# la salle ?", "ch7al d nas kano ?", "كم شخص كان هناك؟" ("people" and "gens" are stopwords).
HEADCOUNT = frozenset({"personne", "nas", "شخص", "اشخاص", "monde"})


def known_subject(matcher: Matcher, analysis: Analysis) -> list[str]:
    """What the message asks about, among the words the pack knows."""
    return [t for t in analysis.known if matcher.is_subject(t)]


def holds_question(matcher: Matcher, analysis: Analysis) -> bool:
    """An entry nobody asks with "how many" holds no count: "how many people attended?"
    is not answered by who attended."""
    best = analysis.best
    assert best is not None
    said = set(analysis.terms)
    # "How did Doe talk about it", "كيف نوقشت": how something was said is what was said.
    asked = [t for t in said if t in COUNTED and not (t == "?how" and said & SPEECH)]
    if asked and ("@attend" in said or HEADCOUNT & said) and not SPEAKING & said:
        # How many came is not how many spoke, whatever entry counts speakers.
        return matcher.phrased(best.entry_id, ["@attend", *asked])
    # How to do something the pack never names ("how do I delete my account") is answered
    # only by an entry asked just that way ("how can I follow them"), all of whose words
    # the message uses.
    beyond = matcher.asks_beyond(analysis)
    return all(
        matcher.asked_within(best.entry_id, t, analysis.terms)
        if t == "?how" and beyond
        else matcher.covers(best.entry_id, [t])
        for t in asked
    )


# What follows "savoir" when it names the thing to know: "ce que...", "les deux tables...".
_KNOWN_THING = frozenset("ce les le la l des du the".split())


# "How" after "about": "parlé de comment...", "talked about how...", "حكات على كيفاش...".
_HOW = frozenset(fold(w) for w in "comment how kifach kifash كيف كيفاش".split())
_ABOUT = frozenset(fold(w) for w in "de sur about on 3la على عن".split())


def opens_question(words: list[str], index: int) -> bool:
    """Whether words[index] starts a question: a question word, or a word that opens a
    yes/no or an indirect question ("wach", "est-ce", "if")."""
    folded = fold(words[index]).replace(" ", "")  # "est-ce" is one word: "estce"
    if (
        index
        and fold(words[index - 1]) in lexicon.TO_KNOW
        and (folded in _KNOWN_THING or folded.startswith("ال"))
    ):
        # "je voudrais savoir ce qu'ils ont dit", "je voulais savoir les deux tables rondes
        # c'était sur quoi", "بغيت نعرف الطاولة الثانية شنو كان العنوان ديالها": what one
        # wants to know is the question.
        return True
    if folded == "qui" and index and fold(words[index - 1]).replace(" ", "") in _WHAT_BEFORE:
        # "Qu'est-ce qui a été dit ?", "ce qui a été dit": "qui" goes on asking what.
        return False
    if folded in _HOW and index and fold(words[index - 1]) in _ABOUT:
        # "Elle a parlé de comment les réduire", "talked about how to cope": the how is what
        # was talked about, not a question of its own.
        return False
    if folded in _RELATIVE and index and _after_noun(words, index):
        # "C'est qui l'influenceur qui était invité ?": "qui" after a noun says which one,
        # it asks nothing of its own.
        return False
    if folded in lexicon.AUXILIARIES:
        # "was" opens "was it Acme?" but not "what was said", and "how old do you have
        # to be" is one question.
        following = fold(words[index + 1]) if index + 1 < len(words) else ""
        asked = any(opens_question(words, i) for i in range(max(0, index - 2), index))
        return index == 0 or (following in lexicon.SUBJECT_PRONOUNS and not asked)
    return _opens_any_question(folded)


# French relative pronouns, and the articles that open the noun before one.
_RELATIVE = frozenset({"qui", "que", "qu"})
_ARTICLES = frozenset("le la les l un une des du ce cet cette ces".split())
_CLEFTS = frozenset({"cest", "cetait", "c", "ce"})
# What "qui" follows when, with it, it asks what: "qu'est-ce qui", "ce qui".
_WHAT_BEFORE = frozenset({"questce", "ce"})


def _after_noun(words: list[str], index: int) -> bool:
    """Whether the word before words[index] ends a noun phrase that an article opens ("la
    dame", "l'influenceur"), with no punctuation between them, and no "c'est" before it
    ("c'est l'État qui l'a organisé ?" asks whether)."""
    before = words[index - 1]
    if not before[-1:].isalnum():
        return False
    noun = fold(before).split()
    if len(noun) > 1 and noun[0] in _ARTICLES:
        start = index - 1
    elif index >= 2 and fold(words[index - 2]) in _ARTICLES:
        start = index - 2
    else:
        return False
    return not (start and fold(words[start - 1]).replace(" ", "") in _CLEFTS)


def ends_question(word: str) -> bool:
    """Whether a word starts what follows a question: a reason or an objection."""
    return fold(word) in lexicon.AFTER_QUESTION


@lru_cache(maxsize=4096)
def _opens_any_question(folded: str) -> bool:
    """A question word, or a word that opens a yes/no or an indirect question, wherever it
    stands; the same few words recur in every long message."""
    if folded in lexicon.YES_NO or folded in lexicon.EMBEDDED_QUESTION:
        return True
    found = terms(folded)
    return bool(found) and found[0].startswith("?")
