"""Distress detection: wishes to die, self-harm and the other warning signs, acute danger first.

Three opinions, one after the other: phrases (`detect`), weak signs that add up (`cues`) and,
where both found nothing, a model learned from the corpora (`model`, trained by `train`). The
words are in one file per language as people write it: `english`, `french`, `arabic` (Modern
Standard Arabic and Darija in Arabic script) and `darija_latin` (Darija in Latin letters and
digits). A linguist extends one of those; the messages that pin them are in
tests/safety_cases/, one file per language, and `python -m bot.safety.train` learns from them.
"""

from bot.safety.detect import GROUPS, concern, distress_reason, is_acute, is_distress, prepare
from bot.safety.theme import names_theme

__all__ = [
    "GROUPS",
    "concern",
    "distress_reason",
    "is_acute",
    "is_distress",
    "names_theme",
    "prepare",
]
