"""Every phrasing the matcher indexes: the pack's own, plus those a name or title implies."""

from __future__ import annotations

import re

from bot.knowledge import Pack, Phrasings, Text
from bot.matcher import Document, terms

# What the pack says about something is how people find it: "who said the priority is a
# safer platform" quotes a quote, "the one who talked about comparing yourself" paraphrases a
# talk. Talks, quotes and summaries are indexed clause by clause, so each clause is a
# phrasing short enough to match a question that echoes it.
_CLAUSE = re.compile(r"[.;:!?؟،,«»“”\"()\[\]–—]+|\s-\s")
# A clause this short is a name or a connective, not something to be found by.
_MIN_CLAUSE_CHARS = 12


def _all(phrasings: Phrasings) -> list[str]:
    return [text for texts in phrasings.values() for text in texts]


def clauses(texts: Text | None) -> list[str]:
    """The clauses of a text in every language, in order."""
    found: list[str] = []
    for text in (texts or {}).values():
        found += [c.strip() for c in _CLAUSE.split(text) if len(c.strip()) >= _MIN_CLAUSE_CHARS]
    return found


def documents(pack: Pack) -> list[Document]:
    """Phrasings in a fixed order (facts, FAQ, small talk, panels, speakers) for stable ties."""
    docs: list[Document] = []
    for entry in pack.entries():
        docs += [Document(entry.id, q) for q in _all(entry.questions)]
        if entry.keywords:
            docs += [Document(entry.id, k, generated=True) for k in _all(entry.keywords)]
        if entry.label:
            docs += [Document(entry.id, label, generated=True) for label in entry.label.values()]
    for panel in pack.panels:
        generated = [*panel.title.values(), f"table ronde {panel.number}", f"panel {panel.number}"]
        generated += _all(panel.themes) + clauses(panel.summary)
        docs += [Document(panel.id, text, generated=True) for text in generated]
        docs += [Document(panel.id, q) for q in _all(panel.questions)]
    for speaker in pack.speakers:
        names = [speaker.name, *speaker.aliases, *speaker.names_ar]
        # "qui" is a concept word: "qui est X" also stands for "who is X" and "شكون X".
        generated = names + [f"qui est {name}" for name in names]
        if speaker.title:
            generated += [f"{title} {speaker.name}" for title in speaker.title.values()]
        generated += list(speaker.role.values())
        keywords = _all(speaker.keywords)
        generated += keywords + [f"qui a parlé de {k}" for k in keywords]
        # A clause naming a round table ("at the first round table") is about the table.
        said = clauses(speaker.talk) + clauses(speaker.quote)
        generated += [c for c in said if "@panel" not in terms(c)]
        docs += [Document(speaker.id, text, generated=True) for text in generated]
        docs += [Document(speaker.id, q) for q in _all(speaker.questions)]
        # Tags are shared on purpose: every speaker they fit scores the same on them.
        docs += [Document(speaker.id, tag) for tag in _all(speaker.tags)]
    return docs
