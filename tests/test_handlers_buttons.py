"""Buttons end to end: menus, cards, the whole keyboard graph, stale data and /forget."""

from __future__ import annotations

import pytest
from conftest import Talk, answers

from bot import navigation
from bot.engine import Engine
from bot.knowledge import Pack
from bot.text import LANGUAGES

SPEAKERS_PROMPT = {"fr": "Choisissez un intervenant", "en": "Pick a speaker", "ar": "اختر متدخلا"}


@pytest.mark.parametrize("language", LANGUAGES)
async def test_menu_buttons_show_their_screens(talk: Talk, language: str, any_pack: Pack) -> None:
    [welcome] = await talk.say("/start", language_code=language)
    calls, [programme] = await talk.press("m:programme", on=welcome, language_code=language)
    assert [c.ok for c in answers(calls)] == [True]
    assert programme.callback_data == [f"p:{p.number}" for p in any_pack.panels]
    _, [speakers] = await talk.press("m:speakers", on=welcome, language_code=language)
    assert speakers.text.startswith(SPEAKERS_PROMPT[language])
    assert speakers.callback_data == [f"s:{s.id}" for s in any_pack.speakers]
    _, [faq] = await talk.press("m:faq", on=welcome, language_code=language)
    assert faq.callback_data == [f"c:{s}" for s in navigation.faq_sources(any_pack)]
    assert len(faq.callback_data) == 10
    _, [languages] = await talk.press("m:language", on=welcome, language_code=language)
    assert languages.callback_data == ["lang:fr", "lang:en", "lang:ar", "lang:auto"]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_speaker_and_panel_cards_link_to_each_other(
    talk: Talk, language: str, any_pack: Pack
) -> None:
    speaker = any_pack.speakers[1]
    number = any_pack.panel(speaker.panel).number  # type: ignore[union-attr]
    _, [card] = await talk.press(f"s:{speaker.id}", language_code=language)
    assert speaker.role[language] in card.text
    assert card.entities[0]["type"] == "bold"
    assert card.callback_data == [f"p:{number}", "m:speakers"]
    _, [panel] = await talk.press(f"p:{number}", on=card, language_code=language)
    assert any_pack.panel_by_number(number).title[language] in panel.text  # type: ignore[union-attr]
    assert panel.callback_data[-1] == "m:panels"
    assert f"s:{speaker.id}" in panel.callback_data


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_faq_button_answers_logs_and_offers_feedback(
    talk: Talk, language: str, any_pack: Pack
) -> None:
    _, [answer] = await talk.press("c:event_place", language_code=language)
    assert any_pack.event.city[language] in answer.text
    assert [d[:3] for d in answer.callback_data] == ["fb:", "fb:"]
    rows = await talk.rows("SELECT question, kind, source, language FROM exchanges")
    # The button's label (the entry's first phrasing, as a question) stands for the question.
    label = Engine(any_pack).label("event_place", language)
    assert rows == [(label, "answer", "event_place", language)]


async def test_every_button_reachable_from_the_menus_works_and_fits_in_64_bytes(
    talk: Talk, any_pack: Pack
) -> None:
    """Walk the keyboard graph from /start and every menu command, pressing each button."""
    seen: set[str] = set()
    queue = []
    for command in ("/start", "/programme", "/speakers", "/panels", "/faq", "/language"):
        queue += await talk.say(command, language_code="ar")
    pressed = 0
    while queue:
        shown = queue.pop()
        for data in shown.callback_data:
            assert len(data.encode("utf-8")) <= 64
            if data in seen or data.startswith(("fb:", "lang:")):
                continue
            seen.add(data)
            calls, sent = await talk.press(data, on=shown, language_code="ar")
            pressed += 1
            assert all(call.ok for call in calls), calls
            assert [c.params.get("text") for c in answers(calls)] == [None]
            queue += sent
    assert pressed >= 20
    assert {"m:programme", "m:speakers", "m:panels", "m:faq", "p:1"} <= seen
    assert {f"s:{s.id}" for s in any_pack.speakers} <= seen
    failed = [call for call in talk.server.calls if call.done and not call.ok]
    assert failed == []


@pytest.mark.parametrize(
    "data",
    [
        "c:no_such_entry",
        "s:nobody",
        "p:9",
        "m:secret",
        "lang:de",
        "fb:nothex:+",
        "fg:42:boom",
        "garbage",
        "c:" + "é" * 31,
    ],
)
async def test_stale_or_forged_buttons_get_a_short_notice_not_an_error(
    talk: Talk, data: str
) -> None:
    calls, sent = await talk.press(data, language_code="en")
    [ack] = answers(calls)
    assert ack.ok and ack.params["text"].startswith("This button no longer works")
    assert sent == []


async def test_forget_erases_only_after_the_owner_confirms(talk: Talk) -> None:
    owner, other = 77, 78
    await talk.say("When was the summit?", user_id=owner, language_code="en")
    [answer] = await talk.say("Where was the summit?", user_id=owner, language_code="en")
    await talk.press(answer.callback_data[-2], on=answer, user_id=owner)
    await talk.press("lang:en", user_id=owner)
    await talk.say("When was the summit?", user_id=other, language_code="en")
    [confirm] = await talk.say("/forget", user_id=owner, language_code="en")
    assert confirm.callback_data == ["fg:77:y", "fg:77:n"]

    calls, sent = await talk.press("fg:77:y", on=confirm, user_id=other, language_code="en")
    [ack] = answers(calls)
    assert ack.params["text"] == "This button is not for you." and ack.params["show_alert"]
    assert sent == []
    assert await talk.rows("SELECT COUNT(*) FROM exchanges") == [(3,)]

    calls, [done] = await talk.press("fg:77:y", on=confirm, user_id=owner, language_code="en")
    assert done.method == "editMessageText"
    assert done.text == "Done: 4 record(s) erased."
    assert done.buttons == []
    assert await talk.rows("SELECT COUNT(*) FROM exchanges") == [(1,)]
    assert await talk.rows("SELECT COUNT(*) FROM feedback") == [(0,)]
    assert await talk.rows("SELECT COUNT(*) FROM preferences") == [(0,)]


@pytest.mark.parametrize(
    ("language", "cancelled"),
    [
        ("fr", "D'accord, rien n'a été effacé."),
        ("en", "All right, nothing was erased."),
        ("ar", "حسنا، لم يُمسح شيء."),
    ],
)
async def test_forget_can_be_cancelled(talk: Talk, language: str, cancelled: str) -> None:
    await talk.say("When was the summit?", language_code=language)
    [confirm] = await talk.say("/forget", language_code=language)
    _, [done] = await talk.press("fg:42:n", on=confirm, language_code=language)
    assert done.text == cancelled
    assert await talk.rows("SELECT COUNT(*) FROM exchanges") == [(1,)]
