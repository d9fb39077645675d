"""The ways on from a card, built from the pack as Links: a speaker's round table, a round
table's speakers, the menus' choices; and what a deep link (a QR code) opens.

The engine attaches these to its replies; render turns them into buttons without looking
anything up.
"""

from __future__ import annotations

from bot.cards import speaker_name
from bot.knowledge import Pack, Panel, Speaker
from bot.messages import message
from bot.reply import Link

# How many questions /faq offers.
FAQ_CHOICES = 10


def speaker_link(speaker: Speaker, language: str) -> Link:
    return Link("speaker", speaker.id, speaker_name(speaker, language))


def panel_link(panel: Panel, language: str) -> Link:
    label = message("button_panel", language, number=panel.number, title=panel.title[language])
    return Link("panel", str(panel.number), label)


def speaker_links(pack: Pack, speaker: Speaker, language: str) -> tuple[Link, ...]:
    """Under a speaker's card: their round table, and back to every speaker."""
    panel = pack.panel(speaker.panel)
    mine = (panel_link(panel, language),) if panel else ()
    return (*mine, Link("menu", "speakers", message("button_all_speakers", language)))


def panel_links(pack: Pack, panel: Panel, language: str) -> tuple[Link, ...]:
    """Under a round table's card: each of its speakers, and back to every round table."""
    speakers = [s for sid in panel.speakers if (s := pack.speaker(sid))]
    back = Link("menu", "panels", message("button_all_panels", language))
    return (*(speaker_link(s, language) for s in speakers), back)


def every_panel(pack: Pack, language: str) -> tuple[Link, ...]:
    """Under the programme, and the round tables' menu."""
    return tuple(panel_link(p, language) for p in pack.panels)


def every_speaker(pack: Pack, language: str) -> tuple[Link, ...]:
    """Under the list of speakers, and the speakers' menu."""
    return tuple(speaker_link(s, language) for s in pack.speakers)


def faq_sources(pack: Pack, limit: int = FAQ_CHOICES) -> list[str]:
    """The questions /faq offers: facts and FAQ taken in turn, each in pack order.

    Taking them in turn keeps both the basics (date, place) and the organisers' FAQ in the
    first screen; `list:` entries are left out since Programme and Speakers have buttons.
    """
    faq = [e.id for e in pack.faq if not e.list]
    facts = [e.id for e in pack.facts if not e.list]
    mixed = [source for pair in zip(facts, faq, strict=False) for source in pair]
    shorter = min(len(facts), len(faq))
    mixed += facts[shorter:] + faq[shorter:]
    return mixed[:limit]


def deep_link_source(pack: Pack, payload: str) -> str | None:
    """The card a /start payload opens: speaker_<id> or panel_<number>; None otherwise."""
    kind, _, value = payload.partition("_")
    if kind == "speaker" and pack.speaker(value):
        return value
    if kind == "panel" and value.isdigit() and (panel := pack.panel_by_number(int(value))):
        return panel.id
    return None


def deep_link_payloads(pack: Pack) -> list[str]:
    """Every payload `deep_link_source` accepts (for QR codes: t.me/<bot>?start=<payload>)."""
    return [f"speaker_{s.id}" for s in pack.speakers] + [f"panel_{p.number}" for p in pack.panels]
