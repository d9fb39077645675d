"""Pieces of words: what the learned parts of the bot (the distress model, the nearest asked
question) read a message as.

Character pieces generalise across the spellings nobody listed ("jvx partiiir", "ma b9itch",
"مابقيتش") and across word forms ("tdarat", "tdar", "تدارت"); whole words and pairs of words
tell apart what pieces alone blur ("mon fils voulait y aller" and "je voulais partir").
"""

from __future__ import annotations

import itertools
from collections import Counter

# Each word is read with a space on each side, in pieces of 2 to 5 characters: " je", "veu",
# "eux ", "نموت". Whole words and pairs of words are read too ("w:mon", "b:mon_fils").
SMALLEST, LONGEST = 2, 5


def pieces(word: str) -> list[str]:
    """The character pieces of one word, and the word itself."""
    padded = f" {word} "
    found = [
        padded[start : start + size]
        for size in range(SMALLEST, min(LONGEST, len(padded)) + 1)
        for start in range(len(padded) - size + 1)
    ]
    found.append("w:" + word)
    return found


def pairs(words: list[str]) -> list[str]:
    """The pairs of neighbouring words."""
    return [f"b:{first}_{second}" for first, second in itertools.pairwise(words)]


def ngrams(text: str) -> Counter[str]:
    """The character pieces, words and pairs of words of normalised text, with their counts."""
    words = text.split()
    found: Counter[str] = Counter(pairs(words))
    for word in words:
        found.update(pieces(word))
    return found
