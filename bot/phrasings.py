"""Every phrasing the matcher indexes: the pack's own, plus those a name or title implies."""

from __future__ import annotations

from bot.knowledge import Pack, Phrasings
from bot.matcher import Document


def _all(phrasings: Phrasings) -> list[str]:
    return [text for texts in phrasings.values() for text in texts]


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
        generated += _all(panel.themes)
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
        docs += [Document(speaker.id, text, generated=True) for text in generated]
        docs += [Document(speaker.id, q) for q in _all(speaker.questions)]
    return docs
