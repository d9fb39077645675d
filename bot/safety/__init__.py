"""Distress detection: wishes to die, self-harm and the other warning signs, acute danger first.

The logic is in `detect`. The words it looks for are in one file per language as people write
it: `english`, `french`, `arabic` (Modern Standard Arabic and Darija in Arabic script) and
`darija_latin` (Darija in Latin letters and digits). A linguist extends one of those; the
messages that pin them are in tests/safety_cases/, one file per language.
"""

from bot.safety.detect import GROUPS, distress_reason, is_acute, is_distress, prepare

__all__ = ["GROUPS", "distress_reason", "is_acute", "is_distress", "prepare"]
