"""Questions that offer a choice: "Fès ou Agadir ?", "was it in 2024 or 2025?", "هل ... أم
...؟". They ask which one, not yes or no, and an alternative the pack never names is no
subject of their own: "was it in Agadir or Oujda?" is answered by the one it holds."""

from __future__ import annotations

from bot import lexicon
from bot.matcher import Matcher
from bot.text import fold
from bot.thresholds import CONFIDENT

# What may stick to a word as typed, and what of it ends a clause.
PUNCTUATION = "?!.,;:؟،…\"'«»()"
_ENDS = "?!.,;:؟،…"
# An alternative ends its clause within this many words, or is no alternative of its own.
_ALTERNATIVE_WORDS = 3


def tagged(words: list[str]) -> bool:
    """Whether folded words end with a yes/no tag: "right?", "ياك", "ou pas ?"."""
    tail = " ".join(words[-3:])
    return any(tail.endswith(t) for t in lexicon.YES_NO_TAILS)


def offers_choice(text: str) -> bool:
    """ "Fès ou Agadir ?", "was it in 2024 or 2025?": which one, not yes or no ("... or not?"
    is still yes or no)."""
    words = fold(text).split()
    # "هل ... أم ...؟" asks which; elsewhere "أم" is "mother" ("أنا أم لطفلين").
    alternatives = lexicon.ALTERNATIVES | ({"ام"} if words[:1] == ["هل"] else set())
    return any(w in alternatives for w in words[1:]) and not tagged(words)


def without_unknown_alternative(matcher: Matcher, text: str) -> str:
    """A choice question without the alternatives that name nothing the pack knows ("...
    Agadir or Oujda?", "f agadir wla f oujda?"), so that the known one is matched. Only beside
    one that is a fact of the pack: "en arabe ou en français ?" asks what the pack does not
    say."""
    words = text.split()
    dropped: set[int] = set()
    for i, word in enumerate(words[1:-1], start=1):
        if fold(word.strip(PUNCTUATION)) not in lexicon.ALTERNATIVES:
            continue
        if not _names_a_fact(matcher, words[i - 1].strip(PUNCTUATION)):
            continue
        # The alternative ends its clause: "agadir wla f oujda 7it ..." runs on into what
        # else is said, and is left whole.
        last = min(len(words), i + 1 + _ALTERNATIVE_WORDS)
        end = next(
            (j + 1 for j in range(i + 1, last) if words[j][-1] in _ENDS),
            len(words) if len(words) - i <= _ALTERNATIVE_WORDS + 1 else None,
        )
        if end is None:
            continue
        read = [j for j in range(i + 1, end) if matcher.vocabulary.terms(words[j])]
        if read and not any(matcher.knows(words[j].strip(PUNCTUATION)) for j in read):
            dropped.update(read)
    return " ".join(w for j, w in enumerate(words) if j not in dropped)


def _names_a_fact(matcher: Matcher, word: str) -> bool:
    """Whether a word is one of the pack's facts, whatever is asked of it: "Agadir",
    "décembre" (not a kind of thing, like "ville", nor a topic, like "controversy")."""
    read = matcher.vocabulary.terms(word)
    found = matcher.analyse(word, limit=1).best
    return len(read) == 1 and read[0][0] not in "?@#" and bool(found) and found.score >= CONFIDENT
