"""Who is asking: the words in which people introduce themselves before their question.

"Salam, ana créateur de contenu, wach ghadi tkoun édition jaya ?" asks about a next edition;
"créateur de contenu" says who asks, and matched with the question it makes the creator's
card the answer. The introduction, from "je suis", "I'm", "ana", "أنا" to the end of its
clause, is left out of what is matched.
"""

from __future__ import annotations

import re

from bot import lexicon
from bot.text import fold

_OPENINGS = frozenset(fold(opening) for opening in lexicon.INTRODUCTIONS)
# Where an introduction ends: punctuation, or a word that starts another clause.
_CLAUSE = re.compile(r"[^.,;:!?؟،…\n()]+")
_ENDS = frozenset(fold(word) for word in lexicon.CLAUSE_STARTS)
_NOT_WHO = frozenset(fold(word) for word in lexicon.NOT_WHO)
# An introduction is a few words; a longer clause says more than who asks.
_MAX_WORDS = 7


def introductions(text: str) -> list[str]:
    """The words in which a message's writer says who they are, from "je suis", "I'm",
    "ana" or "أنا" to where the clause ends."""
    found = []
    for clause in _CLAUSE.finditer(text):
        words = clause.group().split()
        folded = [fold(w) for w in words]
        start = next(
            (
                i
                for i in range(len(words))
                # Openings are one to three words: "ana", "je suis", "moi c est".
                if any(" ".join(folded[i : i + n]) in _OPENINGS for n in (1, 2, 3))
            ),
            None,
        )
        if start is None:
            continue
        end = next((i for i in range(start + 1, len(words)) if folded[i] in _ENDS), len(words))
        if end - start <= _MAX_WORDS and not _NOT_WHO & set(folded[start:end]):
            found.append(" ".join(words[start:end]))
    return found


_FIRST_PERSON = frozenset(fold(word) for word in lexicon.FIRST_PERSON)


def first_person(text: str) -> bool:
    """Whether a clause speaks of its writer: "je boucle un papier ce soir", "i missed it"."""
    return any(fold(word) in _FIRST_PERSON for word in re.findall(r"[\w']+", text))
