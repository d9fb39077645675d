"""Public commands end to end, in French, English and Arabic, against the fake Bot API."""

from __future__ import annotations

import pytest
from conftest import ADMIN_ID, Talk

from bot import render
from bot.engine import Engine
from bot.text import LANGUAGES

HELLO = {"fr": "Bonjour", "en": "Hello", "ar": "مرحبا"}
EVENT = {"fr": "santé mentale", "en": "Mental Health", "ar": "للصحة النفسية"}


def data(sent: list) -> list[str]:
    return [d for message in sent for d in message.callback_data]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_start_welcomes_in_the_telegram_language_with_privacy_line_and_menu(
    talk: Talk, language: str
) -> None:
    [welcome] = await talk.say("/start", language_code=language)
    assert welcome.text.startswith(HELLO[language])
    assert EVENT[language].lower() in welcome.text.lower()
    assert "/privacy" in welcome.text and "/forget" in welcome.text and "90" in welcome.text
    assert welcome.parse_mode == "HTML"
    assert welcome.callback_data == ["m:programme", "m:speakers", "m:faq", "m:language"]


async def test_start_falls_back_to_the_default_language(talk: Talk) -> None:
    [welcome] = await talk.say("/start", language_code="de")
    assert welcome.text.startswith("Bonjour")
    [welcome] = await talk.say("/start", language_code=None)
    assert welcome.text.startswith("Bonjour")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_help_lists_examples_and_every_public_command(talk: Talk, language: str) -> None:
    [text] = [m.text for m in await talk.say("/help", language_code=language)]
    for command in render.PUBLIC_COMMANDS:
        assert f"/{command}" in text
    assert "Imane Kendili" in text or "الكنديلي" in text
    assert "/stats" not in text


@pytest.mark.parametrize("language", LANGUAGES)
async def test_programme_has_a_button_per_round_table(talk: Talk, language: str) -> None:
    sent = await talk.say("/programme", language_code=language)
    title = {"fr": "Programme", "en": "Programme", "ar": "البرنامج"}[language]
    assert sent[0].text.startswith(title)
    assert sent[0].entities[0]["type"] == "bold"
    assert "2024" in sent[0].text
    assert data(sent) == ["p:1", "p:2"]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_speakers_and_panels_list_buttons(talk: Talk, language: str, pack) -> None:
    speakers = await talk.say("/speakers", language_code=language)
    assert data(speakers) == [f"s:{s.id}" for s in pack.speakers]
    labels = [b["text"] for m in speakers for b in m.buttons]
    assert render.speaker_label(pack.speaker("kendili"), language) in labels
    panels = await talk.say("/panels", language_code=language)
    assert data(panels) == ["p:1", "p:2"]
    label = {"fr": "Table ronde 1", "en": "Round table 1", "ar": "الطاولة المستديرة 1"}
    assert panels[0].buttons[0]["text"].startswith(label[language])


@pytest.mark.parametrize("language", LANGUAGES)
async def test_faq_offers_ten_questions_in_the_language(talk: Talk, language: str, pack) -> None:
    [faq] = await talk.say("/faq", language_code=language)
    assert faq.callback_data == [f"c:{s}" for s in render.faq_sources(pack)]
    first = faq.buttons[0]["text"]
    assert first == Engine(pack).label(pack.facts[0].id, language)


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
    talk: Talk, pack
) -> None:
    [card] = await talk.say("/start speaker_kendili", language_code="en")
    assert card.text.startswith("Dr Imane Kendili")
    assert card.callback_data == ["p:1", "m:speakers"]
    [card] = await talk.say("/start panel_2", language_code="fr")
    assert card.text.startswith("Table ronde 2")
    panel = pack.panel_by_number(2)
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
