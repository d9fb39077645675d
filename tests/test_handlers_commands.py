"""Public commands end to end, in French, English and Arabic, against the fake Bot API."""

from __future__ import annotations

import pytest
from conftest import ADMIN_ID, Talk

from bot import navigation, render
from bot.cards import speaker_name
from bot.engine import Engine
from bot.knowledge import Pack
from bot.text import LANGUAGES

HELLO = {"fr": "Bonjour", "en": "Hello", "ar": "مرحبا"}


def data(sent: list) -> list[str]:
    return [d for message in sent for d in message.callback_data]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_start_welcomes_in_the_telegram_language_with_privacy_line_and_menu(
    talk: Talk, language: str, any_pack: Pack
) -> None:
    [welcome] = await talk.say("/start", language_code=language)
    assert welcome.text.startswith(HELLO[language])
    assert any_pack.event.short_name[language] in welcome.text
    assert "/privacy" in welcome.text and "/forget" in welcome.text and "90" in welcome.text
    assert welcome.parse_mode == "HTML"
    assert welcome.callback_data == ["m:programme", "m:speakers", "m:faq", "m:language"]


async def test_start_falls_back_to_the_default_language(talk: Talk) -> None:
    [welcome] = await talk.say("/start", language_code="de")
    assert welcome.text.startswith("Bonjour")
    [welcome] = await talk.say("/start", language_code=None)
    assert welcome.text.startswith("Bonjour")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_help_lists_the_packs_examples_and_every_public_command(
    talk: Talk, language: str, any_pack: Pack
) -> None:
    [text] = [m.text for m in await talk.say("/help", language_code=language)]
    for command in render.PUBLIC_COMMANDS:
        assert f"/{command}" in text
    for example in any_pack.event.examples[language]:
        assert f"• {example}\n" in text
    assert "/stats" not in text


@pytest.mark.parametrize("language", LANGUAGES)
async def test_programme_has_a_button_per_round_table(
    talk: Talk, language: str, any_pack: Pack
) -> None:
    sent = await talk.say("/programme", language_code=language)
    title = {"fr": "Programme", "en": "Programme", "ar": "البرنامج"}[language]
    assert sent[0].text.startswith(title)
    assert sent[0].entities[0]["type"] == "bold"
    assert str(any_pack.event.date.year) in sent[0].text
    assert data(sent) == [f"p:{p.number}" for p in any_pack.panels]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_speakers_and_panels_list_buttons(talk: Talk, language: str, any_pack: Pack) -> None:
    speakers = await talk.say("/speakers", language_code=language)
    assert data(speakers) == [f"s:{s.id}" for s in any_pack.speakers]
    labels = [b["text"] for m in speakers for b in m.buttons]
    assert speaker_name(any_pack.speakers[1], language) in labels
    panels = await talk.say("/panels", language_code=language)
    assert data(panels) == [f"p:{p.number}" for p in any_pack.panels]
    label = {"fr": "Table ronde 1", "en": "Round table 1", "ar": "الطاولة المستديرة 1"}
    assert panels[0].buttons[0]["text"].startswith(label[language])


@pytest.mark.parametrize("language", LANGUAGES)
async def test_faq_offers_ten_questions_in_the_language(
    talk: Talk, language: str, any_pack: Pack
) -> None:
    [faq] = await talk.say("/faq", language_code=language)
    assert faq.callback_data == [f"c:{s}" for s in navigation.faq_sources(any_pack)]
    first = faq.buttons[0]["text"]
    assert first == Engine(any_pack).label(any_pack.facts[0].id, language)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_language_offers_three_languages_and_automatic(talk: Talk, language: str) -> None:
    [menu] = await talk.say("/language", language_code=language)
    assert menu.callback_data == ["lang:fr", "lang:en", "lang:ar", "lang:auto"]
    automatic = {"fr": "Automatique", "en": "Automatic", "ar": "تلقائي"}[language]
    assert [b["text"] for b in menu.buttons][:3] == ["Français", "English", "العربية"]
    assert automatic in menu.buttons[3]["text"]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_privacy_explains_what_why_how_long_who_and_forget(
    talk: Talk, language: str
) -> None:
    [notice] = await talk.say("/privacy", language_code=language)
    assert "90" in notice.text and "/forget" in notice.text
    words = {
        "fr": ("pseudonyme", "administrateurs", "pas un service"),
        "en": ("pseudonym", "administrators", "not a counselling or emergency service"),
        "ar": ("اسم مستعار", "مشرفين", "لست خدمة"),
    }[language]
    for word in words:
        assert word in notice.text
    assert notice.entities[0]["type"] == "bold"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_forget_asks_for_confirmation_bound_to_the_user(talk: Talk, language: str) -> None:
    [question] = await talk.say("/forget", language_code=language, user_id=77)
    assert question.callback_data == ["fg:77:y", "fg:77:n"]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_unknown_command_points_to_help(talk: Talk, language: str) -> None:
    [reply] = await talk.say("/nope", language_code=language)
    assert "/help" in reply.text
    expected = {"fr": "Je ne connais pas", "en": "I don't know", "ar": "لا أعرف"}[language]
    assert reply.text.startswith(expected)


async def test_deep_links_open_cards_and_unknown_payloads_get_the_welcome(
    talk: Talk, any_pack: Pack
) -> None:
    speaker = any_pack.speakers[1]
    [card] = await talk.say(f"/start speaker_{speaker.id}", language_code="en")
    assert card.text.startswith(speaker_name(speaker, "en"))
    number = any_pack.panel(speaker.panel).number  # type: ignore[union-attr]
    assert card.callback_data == [f"p:{number}", "m:speakers"]
    [card] = await talk.say("/start panel_2", language_code="fr")
    assert card.text.startswith("Table ronde 2")
    panel = any_pack.panel_by_number(2)
    assert card.callback_data == [*(f"s:{s}" for s in panel.speakers), "m:panels"]
    [welcome] = await talk.say("/start speaker_nobody", language_code="en")
    assert welcome.text.startswith("Hello")


async def test_command_menus_are_registered_per_language_and_for_admins(talk: Talk) -> None:
    server = talk.server
    public = list(render.PUBLIC_COMMANDS)
    for language in LANGUAGES:
        menu = server.commands_for(language_code=language)
        assert [c["command"] for c in menu] == public
    default = server.commands_for()
    assert [c["command"] for c in default] == public
    assert default[0]["description"] == "Accueil"
    assert server.commands_for(language_code="ar")[0]["description"] == "الترحيب"
    admin = server.commands_for({"type": "chat", "chat_id": ADMIN_ID})
    assert [c["command"] for c in admin] == [*public, *render.ADMIN_COMMANDS]


async def test_commands_addressed_to_the_bot_by_name_work(talk: Talk) -> None:
    [reply] = await talk.say("/help@summit_test_bot", language_code="en")
    assert "/programme" in reply.text
    assert await talk.say("/help@other_bot", language_code="en") == []
