"""The reply types: what the engine answers with, as plain data that render formats.

A `Reply` carries everything shown with it (the entries it suggests, the links under it, a
short label), so that Telegram's render and the terminal format it without asking the engine
or the pack for anything more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Where a Link leads: an entry's answer by id (asked like a typed question, and logged), a
# speaker's card by id, a round table's card by number, a menu by name.
DESTINATIONS = ("card", "speaker", "panel", "menu")


@dataclass(frozen=True)
class Suggestion:
    """An entry the user may have meant, with its label in the reply language."""

    id: str
    label: str


@dataclass(frozen=True)
class Link:
    """A way on from a reply (a speaker's round table, a round table's speakers, a menu's
    choices), with its label in the reply language."""

    to: str  # one of DESTINATIONS
    target: str  # the entry or speaker id, the round table's number or the menu's name
    label: str


@dataclass(frozen=True)
class Reply:
    """One reply of one of the engine's KINDS, in one language, as plain text."""

    kind: str
    language: str
    answer: str
    source: str | None = None
    score: float = 0.0
    suggestions: tuple[Suggestion, ...] = ()
    heading: str = field(default="", compare=False)
    # A yes/no question about someone gets "yes" or "no" (the article does not say so).
    verdict: str | None = None
    # Other entries answered in the same reply: "when and where was it?" gets the date and
    # the place, `source` first.
    also: tuple[str, ...] = ()
    # A short name for the entry that answers (its button's text), and the links under it.
    # Both follow from `source`, so they are left out of comparisons like the heading.
    label: str = field(default="", compare=False)
    navigation: tuple[Link, ...] = field(default=(), compare=False)

    def to_json(self, question: str) -> dict[str, Any]:
        """The `summit-bot ask --json` contract: exactly these keys."""
        return {
            "question": question,
            "language": self.language,
            "kind": self.kind,
            "source": self.source,
            "score": round(self.score, 1),
            "answer": self.answer,
            "suggestions": [s.label for s in self.suggestions],
        }
