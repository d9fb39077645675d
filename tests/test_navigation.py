"""The links the engine puts on its replies (bot/navigation.py), for any pack; and that every
card and menu it builds renders to buttons the bot can read back."""

from __future__ import annotations

import re

import pytest
from botapi import validate_html

from bot import navigation, render
from bot.callbacks import MAX_CALLBACK_BYTES, MENUS, Callback, parse_callback
from bot.cards import speaker_name
from bot.engine import Engine
from bot.knowledge import Pack
from bot.reply import Link
from bot.text import LANGUAGES


@pytest.fixture(scope="module")
def engine(any_pack: Pack) -> Engine:
    return Engine(any_pack)


def destinations(links: tuple[Link, ...]) -> list[Callback | None]:
    return [parse_callback(render.navigation_keyboard((link,))[0][0].data) for link in links]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_speakers_card_leads_to_their_round_table_and_back_to_every_speaker(
    engine: Engine, any_pack: Pack, language: str
) -> None:
    for speaker in any_pack.speakers:
        card = engine.card(speaker.id, language)
        panel = any_pack.panel(speaker.panel)
        assert panel is not None
        assert destinations(card.navigation) == [
            Callback("panel", str(panel.number)),
            Callback("menu", "speakers"),
        ]
        assert panel.title[language] in card.navigation[0].label
        assert card.label == speaker_name(speaker, language) == engine.label(speaker.id, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_round_tables_card_leads_to_its_speakers_and_back_to_every_round_table(
    engine: Engine, any_pack: Pack, language: str
) -> None:
    for panel in any_pack.panels:
        card = engine.card(panel.id, language)
        assert destinations(card.navigation) == [
            *(Callback("speaker", sid) for sid in panel.speakers),
            Callback("menu", "panels"),
        ]
        assert card.label == panel.title[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_programme_and_the_speaker_list_lead_to_each_of_theirs(
    engine: Engine, any_pack: Pack, language: str
) -> None:
    every_panel = [Callback("panel", str(p.number)) for p in any_pack.panels]
    every_speaker = [Callback("speaker", s.id) for s in any_pack.speakers]
    assert destinations(engine.programme(language).navigation) == every_panel
    assert destinations(engine.speakers(language).navigation) == every_speaker
    for entry in any_pack.entries():
        links = destinations(engine.card(entry.id, language).navigation)
        expected = {"programme": every_panel, "speakers": every_speaker}.get(entry.list or "", [])
        assert links == expected, entry.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_menus_offer_every_speaker_round_table_and_frequent_question(
    engine: Engine, any_pack: Pack, language: str
) -> None:
    assert engine.menu("programme", language) == engine.programme(language)
    speakers = engine.menu("speakers", language)
    assert speakers.navigation == navigation.every_speaker(any_pack, language)
    assert engine.menu("panels", language).navigation == navigation.every_panel(any_pack, language)
    faq = engine.menu("faq", language).navigation
    assert [link.target for link in faq] == navigation.faq_sources(any_pack)
    assert [link.label for link in faq] == [engine.label(link.target, language) for link in faq]
    with pytest.raises(KeyError):
        engine.menu("language", language)  # no engine needed: render.language_screen


def test_one_dispatch_gives_every_id_its_card_and_label(engine: Engine, any_pack: Pack) -> None:
    for source in any_pack.ids():
        for language in LANGUAGES:
            card = engine.card(source, language)
            assert card.source == source and card.label == engine.label(source, language)
            assert card.label.strip() and card.answer.strip()
    assert engine.card(any_pack.ids()[0], "en", score=70.0).score == 70.0
    assert engine.label("no_such_entry", "en") == "no_such_entry"
    with pytest.raises(KeyError):
        engine.card("no_such_entry", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_button_the_engine_leads_to_has_data_that_parses(
    engine: Engine, any_pack: Pack, language: str
) -> None:
    replies = [engine.card(source, language) for source in any_pack.ids()]
    replies += [engine.menu(name, language) for name in MENUS if name != "language"]
    for reply in replies:
        for part in render.screen(reply):
            assert validate_html(part.text) is None
            for row in part.keyboard:
                for button in row:
                    assert button.text.strip()
                    assert 1 <= len(button.data.encode("utf-8")) <= MAX_CALLBACK_BYTES
                    assert parse_callback(button.data) is not None, button


@pytest.mark.parametrize("language", LANGUAGES)
def test_inline_results_from_real_replies_have_short_unique_ids(
    engine: Engine, any_pack: Pack, language: str
) -> None:
    questions = [any_pack.speakers[0].name, "parents", "when", "je veux mourir", "zzzz qqqq"]
    for question in questions:
        reply = engine.reply(question, chosen=language)
        articles = render.inline_articles(reply, engine.suggested_cards(reply))
        browse = render.inline_browse(engine.programme(language), engine.speaker_cards(language))
        for found in (articles, browse):
            ids = [a.id for a in found]
            assert len(ids) == len(set(ids)) and 1 <= len(ids) <= render.MAX_INLINE_RESULTS
            for article in found:
                assert len(article.id.encode()) <= render.MAX_INLINE_ID_BYTES
                assert article.title.strip()
                assert validate_html(article.text) is None


def test_faq_offers_facts_and_faq_in_turn_without_list_entries(pack: Pack) -> None:
    sources = navigation.faq_sources(pack)
    assert len(sources) == navigation.FAQ_CHOICES
    assert sources[:2] == [pack.facts[0].id, next(e.id for e in pack.faq if not e.list)]
    assert "programme" not in sources and "speakers" not in sources


def test_deep_links_open_speakers_and_panels_only(pack: Pack) -> None:
    for payload in navigation.deep_link_payloads(pack):
        assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", payload)
        assert navigation.deep_link_source(pack, payload)
    assert navigation.deep_link_source(pack, "speaker_kendili") == "kendili"
    assert navigation.deep_link_source(pack, "panel_2") == pack.panel_by_number(2).id
    for bad in ("speaker_nobody", "panel_9", "panel_x", "event_date", "", "speaker_"):
        assert navigation.deep_link_source(pack, bad) is None
