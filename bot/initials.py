"""Speakers found by the letter their name starts with: "the speakers whose first names start
with A", "les intervenants dont le nom de famille commence par B", "السمية ديالهم كتبدا بحرف
الميم". The programme's names answer it letter by letter; no phrasing can."""

from __future__ import annotations

import re

from bot import lexicon
from bot.knowledge import Pack
from bot.text import fold

# "starts with <letter>", in each language, on folded text; the letter is the group.
_STARTS_WITH = re.compile(
    r"\b(?:start|starts|starting|begin|begins|beginning)\s+with\s+(?:(?:the|an?)\s+)?"
    r"(?:letter\s+)?(\S+)"
    r"|\bcommen\w*\s+(?:par|avec)\s+(?:(?:la|un|une)\s+)?(?:lettre\s+)?(\S+)"
    r"|\b(?:katbda|kaybda|tatbda|taybda|kaybdaw|katbdaw|tbda|ybda)\s+b\s*(?:l?7arf\s+|l?harf\s+)?"
    r"(\S+)"
    # Arabic may put the names between the verb and the letter: "تبدأ أسماؤهم بحرف الألف".
    r"|(?:تبدا|يبدا|تبدء|يبدء|تبتدي|يبتدي|كتبدا|كيبدا|كتبدى|كيبدى)\s+(?:\S+\s+){0,2}?"
    r"(?:ب?حرف\s+(\S+)|ب(ال\S+)|ب\s+(\S+))"
)
# Words that ask about the family name; any other name asked about is the first name.
_SURNAME = re.compile(
    r"\b(?:nom de famille|surname|surnames|last name|last names|family name|family names"
    r"|الكنيه|كنيه|كنيتهم|اللقب|لقب|ألقاب|القاب|النسب|knya|lkniya|lkonya|nasab)\b"
)


def speakers_by_initial(pack: Pack, text: str) -> list[str] | None:
    """The ids of the speakers whose first name (or surname, when asked) starts with the
    letter a message names, in the pack's order; None when it names no letter to start with."""
    folded = fold(text)
    found = _STARTS_WITH.search(folded)
    if found is None:
        return None
    letter = _letter(next(g for g in found.groups() if g))
    if letter is None:
        return None
    part = -1 if _SURNAME.search(folded) else 0
    return [
        s.id
        for s in pack.speakers
        if any(_initial(name, part) == letter for name in (s.name, *s.names_ar[:1]))
    ]


def _letter(word: str) -> str | None:
    """The letter a word names: itself when it is one ("a", "t", "م"), or an Arabic letter's
    name ("الميم", "الالف")."""
    if len(word) == 1 and word.isalpha():
        return word
    bare = word[2:] if word.startswith("ال") and len(word) > 3 else word
    return lexicon.ARABIC_LETTER_NAMES.get(bare)


def _initial(name: str, part: int) -> str:
    """The folded first letter of a name's first word (0) or last word (-1), without the
    Arabic article a family name may carry ("الفاسي")."""
    word = fold(name).split()[part]
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    return word[:1]
