"""Free-text questions, clarify, feedback, logging, groups and non-text messages end to end."""

from __future__ import annotations

import re

import pytest
from botapi import channel_post_update, edited_message_update, html_to_text, message_update
from conftest import ASK_DATE, USER_ID, Talk
from telegram import Update

from bot import cards, render
from bot.cards import speaker_name
from bot.knowledge import Pack
from bot.messages import message

ARABIC = re.compile("[\u0600-\u06ff]")
GROUP = -1001234


@pytest.mark.parametrize(("language", "language_code"), [("fr", "fr"), ("en", "fr"), ("ar", "en")])
async def test_a_question_gets_the_answer_in_its_language_with_feedback_buttons(
    talk: Talk, language: str, language_code: str, any_pack: Pack
) -> None:
    question = ASK_DATE[language]
    [reply] = await talk.say(question, language_code=language_code)
    assert reply.text == any_pack.entry("event_date").answer[language]  # type: ignore[union-attr]
    if language == "ar":
        assert len(ARABIC.findall(reply.text)) > 20
    [up, down] = reply.buttons
    assert (up["text"], down["text"]) == ("👍", "👎")
    ref = re.fullmatch(r"fb:([0-9a-f]{12}):\+", up["callback_data"]).group(1)
    assert down["callback_data"] == f"fb:{ref}:-"
    rows = await talk.rows(
        "SELECT channel, chat_type, kind, source, question, response_ms FROM exchanges "
        "WHERE ref = ?",
        (ref,),
    )
    [(channel, chat_type, kind, source, logged, response_ms)] = rows
    assert (channel, chat_type, kind, source, logged) == (
        "telegram",
        "private",
        "answer",
        "event_date",
        question,
    )
    assert response_ms > 0


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("when and where was it?", "en"),
        ("c'était quand et où ?", "fr"),
        ("متى وأين كان؟", "ar"),
        ("imta w fin kan?", "fr"),
    ],
)
async def test_a_question_in_two_parts_gets_both_answers_in_one_reply(
    talk: Talk, question: str, language: str, any_pack: Pack
) -> None:
    [reply] = await talk.say(question)
    for source in ("event_date", "event_place"):
        assert any_pack.entry(source).answer[language] in reply.text  # type: ignore[union-attr]
    assert [b["text"] for b in reply.buttons] == ["👍", "👎"]
    [(kind, source)] = await talk.rows("SELECT kind, source FROM exchanges")
    assert kind == "answer" and source in ("event_date", "event_place")


async def test_the_chosen_language_wins_over_the_question_language_and_survives(
    talk: Talk,
) -> None:
    calls, [confirmation] = await talk.press("lang:en", language_code="fr")
    assert confirmation.text.startswith("Done: I will answer in English")
    [ack] = [c for c in calls if c.method == "answerCallbackQuery"]
    assert ack.ok
    [reply] = await talk.say("C'était quand le sommet ?", language_code="fr")
    assert "12 December 2024" in reply.text
    [(language,)] = await talk.rows("SELECT language FROM preferences")
    assert language == "en"


async def test_automatic_forgets_the_chosen_language(talk: Talk, pack: Pack) -> None:
    await talk.press("lang:en", language_code="fr")
    [reply] = await talk.say("C'était quand le sommet ?", language_code="fr")
    assert "12 December 2024" in reply.text
    calls, [confirmation] = await talk.press("lang:auto", language_code="fr")
    # Said in the language chosen until now, with the menu in it.
    assert confirmation.text == "Done: I will answer in the language of each message."
    assert confirmation.buttons[0]["text"] == "📅 Programme"
    assert [c.ok for c in calls if c.method == "answerCallbackQuery"] == [True]
    for question, expected in [
        ("C'était quand le sommet ?", "12 décembre 2024"),
        ("When was the summit?", "12 December 2024"),
        ("متى انعقدت القمة؟", "2024"),
    ]:
        [reply] = await talk.say(question, language_code="fr")
        assert expected in reply.text
    assert ARABIC.search(reply.text)
    assert await talk.rows("SELECT language FROM preferences") == []
    # A command follows Telegram's language again, no longer the old choice.
    [help_screen] = await talk.say("/help", language_code="fr")
    assert help_screen.text == html_to_text(
        render.help_screen(cards.examples(pack, "fr"), "fr")[0].text
    )


async def test_clarify_offers_choices_and_a_choice_gets_an_answer_with_feedback(
    talk: Talk,
) -> None:
    [question] = await talk.say("MENAT", language_code="fr")
    assert question.text.startswith("Plusieurs correspondent à votre description")
    assert question.callback_data == ["c:jaafar", "c:bahri"]
    assert not any(d.startswith("fb:") for d in question.callback_data)
    calls, [answer] = await talk.press("c:bahri", on=question)
    assert [c.method for c in calls].count("answerCallbackQuery") == 1
    assert "Bahri" in answer.text
    assert answer.callback_data[-2].startswith("fb:")


async def test_a_fallback_lists_its_suggestions_as_buttons(talk: Talk) -> None:
    [reply] = await talk.say("tiktok", language_code="en")
    # The message names the event: the bot says it did not understand, not "off topic".
    assert reply.text.startswith("I didn't understand this question about")
    assert reply.callback_data and all(d.startswith("c:") for d in reply.callback_data)
    [(kind,)] = await talk.rows("SELECT kind FROM exchanges")
    assert kind == "fallback"


@pytest.mark.parametrize(
    ("language", "question", "thanks"),
    [
        ("fr", "Qui est {name} ?", "Merci pour votre avis !"),
        ("en", "Who is {name}?", "Thank you for your feedback!"),
        ("ar", "شكون {name}؟", "شكرا على رأيك!"),
    ],
)
async def test_feedback_is_recorded_thanked_and_its_buttons_removed(
    talk: Talk, language: str, question: str, thanks: str, any_pack: Pack
) -> None:
    speaker = any_pack.speakers[1]
    name = speaker.names_ar[0] if language == "ar" else speaker.name
    [answer] = await talk.say(question.format(name=name), language_code=language)
    panel = f"p:{any_pack.panel(speaker.panel).number}"  # type: ignore[union-attr]
    assert answer.callback_data == [panel, "m:speakers", *answer.callback_data[-2:]]
    vote = answer.callback_data[-1]  # 👎
    calls, _ = await talk.press(vote, on=answer, language_code=language)
    [ack] = [c for c in calls if c.method == "answerCallbackQuery"]
    assert ack.params["text"] == thanks
    [edit] = [c for c in calls if c.method == "editMessageReplyMarkup"]
    assert edit.ok
    kept = talk.server.message(USER_ID, answer.message_id)["reply_markup"]["inline_keyboard"]
    assert [b["callback_data"] for row in kept for b in row] == [panel, "m:speakers"]
    ref = vote.split(":")[1]
    assert await talk.rows("SELECT ref, value FROM feedback") == [(ref, -1)]
    [(source,)] = await talk.rows("SELECT source FROM exchanges WHERE ref = ?", (ref,))
    assert source == speaker.id


async def test_a_crisis_reply_is_logged_without_its_text_and_has_no_buttons(
    talk: Talk, any_pack: Pack
) -> None:
    [reply] = await talk.say("je veux mourir", language_code="fr")
    assert reply.buttons == []
    assert "automatique" in reply.text or "bot" in reply.text.lower()
    assert all(r.contact in reply.text for r in any_pack.resources)
    rows = await talk.rows("SELECT kind, question, pseudonym, source FROM exchanges")
    assert rows == [("crisis", None, None, None)]


async def test_someone_worried_about_a_friend_is_told_how_to_help_and_nothing_is_kept(
    talk: Talk, any_pack: Pack
) -> None:
    [reply] = await talk.say("ma copine m'a écrit « je veux mourir », je fais quoi ?")
    assert reply.buttons == []
    first_line = any_pack.concern_reply["fr"].split("\n", 1)[0]
    assert html_to_text(reply.raw_text).startswith(first_line)
    assert all(r.contact in reply.text for r in any_pack.resources)
    rows = await talk.rows("SELECT kind, question, pseudonym, source FROM exchanges")
    assert rows == [("crisis", None, None, None)]


async def test_hostile_user_text_is_answered_with_valid_html(talk: Talk) -> None:
    # The fake server rejects invalid HTML with 400, so a reply at all proves the escaping.
    for text in ("<b>bold</b>", "&amp; &lt;", "</a><script>", "a > b & c"):
        [reply] = await talk.say(text, language_code="en")
        assert reply.parse_mode == "HTML"
    calls = talk.server.calls_of("sendMessage")
    assert calls and all(call.ok for call in calls)


async def test_an_empty_mention_gets_the_help(talk: Talk, any_pack: Pack) -> None:
    entities = [{"type": "mention", "offset": 0, "length": 16}]
    sent = await talk.say(
        "@summit_test_bot", chat_id=GROUP, language_code="en", extra={"entities": entities}
    )
    assert "/programme" in sent[0].text
    assert any_pack.event.examples["en"][0] in sent[0].text


# --- groups ------------------------------------------------------------------------------


async def test_in_a_group_the_bot_is_silent_unless_mentioned_or_replied_to(
    talk: Talk, any_pack: Pack
) -> None:
    assert await talk.say(ASK_DATE["en"], chat_id=GROUP, language_code="en") == []
    assert await talk.say("/nope", chat_id=GROUP, language_code="en") == []
    assert await talk.rows("SELECT COUNT(*) FROM exchanges") == [(0,)]

    text = f"@summit_test_bot {ASK_DATE['en']}"
    entities = [{"type": "mention", "offset": 0, "length": 16}]
    [reply] = await talk.say(text, chat_id=GROUP, language_code="en", extra={"entities": entities})
    assert reply.text == any_pack.entry("event_date").answer["en"]  # type: ignore[union-attr]
    call = talk.server.calls_of("sendMessage")[-1]
    assert call.params["reply_parameters"]["message_id"]  # quotes who it answers
    [(question, chat_type)] = await talk.rows("SELECT question, chat_type FROM exchanges")
    assert (question, chat_type) == (ASK_DATE["en"], "supergroup")

    [reply] = await talk.say(
        "who organised it?", chat_id=GROUP, language_code="en", reply_to_bot=True
    )
    assert reply.text == any_pack.entry("event_organiser").answer["en"]  # type: ignore[union-attr]


async def test_in_a_group_a_text_mention_and_commands_are_answered(
    talk: Talk, any_pack: Pack
) -> None:
    bot = {"id": talk.server.bot_id, "is_bot": True, "first_name": "Summit"}
    entities = [{"type": "text_mention", "offset": 0, "length": 6, "user": bot}]
    speaker = any_pack.speakers[1]
    [reply] = await talk.say(
        f"Summit, qui est {speaker.name} ?", chat_id=GROUP, extra={"entities": entities}
    )
    assert reply.text.startswith(speaker_name(speaker, "fr"))
    [reply] = await talk.say("/programme", chat_id=GROUP, language_code="en")
    assert reply.text.startswith("Programme")
    [reply] = await talk.say("/nope@summit_test_bot", chat_id=GROUP, language_code="en")
    assert "/help" in reply.text


async def test_a_mention_of_another_user_is_not_for_the_bot(talk: Talk) -> None:
    entities = [{"type": "mention", "offset": 0, "length": 6}]
    sent = await talk.say("@amina when was it?", chat_id=GROUP, extra={"entities": entities})
    assert sent == []


# --- what the bot does not read -------------------------------------------------------------

ATTACHMENTS = {
    "sticker": {
        "sticker": {
            "file_id": "s",
            "file_unique_id": "s",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
    },
    "photo": {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]},
    "voice": {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}},
    "video": {
        "video": {"file_id": "v", "file_unique_id": "v", "width": 1, "height": 1, "duration": 1}
    },
    "document": {"document": {"file_id": "d", "file_unique_id": "d", "file_name": "a.pdf"}},
    "location": {"location": {"latitude": 33.57, "longitude": -7.59}},
    "contact": {"contact": {"phone_number": "+212600000000", "first_name": "A"}},
    "poll": {
        "poll": {
            "id": "1",
            "question": "?",
            "options": [{"text": t, "voter_count": 0, "persistent_id": t} for t in "ab"],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": True,
            "type": "regular",
            "allows_multiple_answers": False,
            "allows_revoting": False,
            "members_only": False,
        }
    },
}


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "Je ne lis que le texte"), ("en", "I only read text"), ("ar", "أقرأ النصوص فقط")],
)
async def test_non_text_messages_get_a_text_only_reply_naming_the_event(
    talk: Talk, language: str, expected: str, any_pack: Pack
) -> None:
    event = any_pack.event.short_name[language]
    for kind, extra in ATTACHMENTS.items():
        [reply] = await talk.say(None, language_code=language, extra=extra)
        assert reply.text.startswith(expected), kind
        assert reply.text == message("text_only", language, event=event)
    assert await talk.say(None, chat_id=GROUP, extra=ATTACHMENTS["photo"]) == []


async def test_edited_messages_and_channel_posts_are_ignored(talk: Talk) -> None:
    # The bot asks Telegram for neither (allowed_updates); if one came anyway, say by a
    # webhook set up by hand, the handlers would still ignore it.
    app = talk.app
    for update in (
        edited_message_update("When was the summit?", language_code="en"),
        channel_post_update("When was the summit?"),
        channel_post_update("/start"),
    ):
        start = len(talk.server.calls)
        await app.process_update(Update.de_json(update, app.bot))
        assert talk.server.calls_of("sendMessage", since=start) == []
    update = message_update("When was the summit?", language_code="en")
    assert len(await talk.say(update["message"]["text"], language_code="en")) == 1
