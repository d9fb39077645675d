"""Who is asking: the words in which people introduce themselves before their question.

"Salam, ana créateur de contenu, wach ghadi tkoun édition jaya ?" asks about a next edition;
"créateur de contenu" says who asks, and matched with the question it makes the creator's
card the answer. The introduction, from "je suis", "I'm", "ana", "أنا" to the end of its
clause, is left out of what is matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot import lexicon
from bot.text import fold

_OPENINGS = frozenset(fold(opening) for opening in lexicon.INTRODUCTIONS)
# Where an introduction ends: punctuation, or a word that starts another clause.
_CLAUSE = re.compile(r"[^.,;:!?؟،…\n()]+")
_ENDS = frozenset(fold(word) for word in lexicon.CLAUSE_STARTS)
_NOT_WHO = frozenset(fold(word) for word in lexicon.NOT_WHO)
# An introduction is a few words; a longer clause says more than who asks.
_MAX_WORDS = 7


def introductions(text: str, names: Callable[[str], bool]) -> list[str]:
    """The words in which a message's writer says who they are, from "je suis", "I'm",
    "ana" or "أنا" to where the clause ends. `names(words)` says whether words name someone
    the pack knows: "ana fan dyal Doe" is about Doe."""
    found = []
    for clause in _CLAUSE.finditer(text):
        words = clause.group().split()
        folded = [fold(w) for w in words]
        start = next(
            (
                i
                for i in range(len(words))
                if folded[i] in _OPENINGS
                or " ".join(folded[i : i + 2]) in _OPENINGS
                or " ".join(folded[i : i + 3]) in _OPENINGS
            ),
            None,
        )
        if start is None:
            continue
        end = next((i for i in range(start + 1, len(words)) if folded[i] in _ENDS), len(words))
        told = " ".join(words[start:end])
        if end - start > _MAX_WORDS or _NOT_WHO & set(folded[start:end]) or names(told):
            continue
        found.append(told)
    return found
