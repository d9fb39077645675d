"""Bad input: any Unicode text, hostile markup and SQL, and malformed or unexpected updates.

The engine and the renderer are checked with hypothesis on the pure path (fast, many texts);
a handful of the nastiest texts then go through the real application, where the fake Bot API
rejects anything Telegram would.
"""

from __future__ import annotations

import string

import pytest
from botapi import (
    MAX_CALLBACK_DATA_BYTES,
    callback_update,
    message_update,
    validate_html,
    validate_text,
)
from conftest import USER_ID, Talk
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Update

from bot import render
from bot.callbacks import parse_callback
from bot.engine import KINDS, Engine
from bot.knowledge import Pack
from bot.text import LANGUAGES

NASTY = [
    "\u200f",  # right-to-left mark
    "\u200e",
    "\u202e",  # right-to-left override
    "\u2066",
    "\u200d",  # zero-width joiner
    "\u200b",
    "\ufeff",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\t",
    "\r\n",
    "\n\n\n",
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "🇲🇦",
    "👍🏽",
    "e\u0301\u0301\u0301",
    "ـــ",
    "ﷺ",
    "٣٤٥",
    "<",
    ">",
    "&",
    "&amp;",
    "&#0;",
    "</a>",
    "<b>",
    "<pre>",
    "'",
    '"',
    "; DROP TABLE exchanges;--",
    "{event}",
    "%s%n",
    "\\",
    "sommet",
    "when",
    "متى",
    "chkoun",
    "Kendili",
    "je veux mourir",
    "?",
    " ",
]

texts = st.one_of(
    st.text(max_size=4096),
    st.lists(st.sampled_from(NASTY) | st.text(max_size=12), max_size=80).map("".join),
    st.text(alphabet=string.punctuation + " ", max_size=300),
    st.text(alphabet=string.digits + " ", max_size=300),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Mn", "Zs", "So"]), max_size=200),
)


@pytest.fixture(scope="module")
def engine(pack: Pack) -> Engine:
    return Engine(pack)


def check_sendable(parts: list[render.Outgoing]) -> None:
    assert parts
    for part in parts:
        assert validate_html(part.text) is None, part.text
        assert validate_text(part.text, "HTML") is None, part.text
        for row in part.keyboard:
            for button in row:
                assert 1 <= len(button.data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
                assert parse_callback(button.data) is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, chosen=st.sampled_from([None, *LANGUAGES]))
def test_any_text_gets_a_valid_reply_that_telegram_accepts(
    engine: Engine, text: str, chosen: str | None
) -> None:
    reply = engine.reply(text, chosen=chosen, fallback="en")
    assert reply.kind in KINDS and reply.language in LANGUAGES
    assert reply.answer.strip()
    keyboard = render.reply_keyboard(reply, "0123456789ab")
    check_sendable(render.reply_messages(reply, keyboard))
    articles = render.inline_articles(reply, engine.suggested_cards(reply))
    assert articles
    for article in articles:
        assert validate_text(article.text, "HTML") is None


# --- through the real application ---------------------------------------------------------------

REAL = [
    "\u202equand\u202c était le sommet\u200f ?",
    "👩‍👩‍👧‍👦🏳️‍🌈🇲🇦" * 50,
    "\x00\x07\x1b[31m hello \x7f",
    "!!!???...;;;",
    "0123456789 " * 10,
    "متى was the سوميت ؟ chkoun Kendili",
    "x" * 4096,
    "\u200b\u200d\ufeff",
]


@pytest.mark.parametrize("text", REAL, ids=range(len(REAL)))
async def test_nasty_texts_through_the_bot_get_one_reply(talk: Talk, text: str) -> None:
    [reply] = await talk.say(text, language_code="en")
    assert reply.parse_mode == "HTML" and reply.text
    [(logged,)] = await talk.rows("SELECT question FROM exchanges")
    assert logged == text.strip()


HOSTILE = ["<b>", "&amp;", "</a>", "'; DROP TABLE exchanges;--", "<a href='javascript:x'>hi</a>"]


async def test_hostile_text_is_shown_harmlessly_and_stored_intact(talk: Talk) -> None:
    for text in HOSTILE:
        [reply] = await talk.say(text, language_code="en")  # the server validated its HTML
        assert all(e["type"] == "bold" for e in reply.entities)  # no tag of the user's
        [shown] = await talk.say("/unanswered", user_id=1001, language_code="en")
        assert text in shown.text  # the organiser report shows it exactly as typed
    rows = await talk.rows("SELECT question FROM exchanges ORDER BY id")
    assert [q for (q,) in rows] == HOSTILE
    tables = await talk.rows("SELECT name FROM sqlite_master WHERE type = 'table'")
    assert ("exchanges",) in tables


# --- malformed or unexpected updates -------------------------------------------------------------
# Elsewhere: channel posts and edited messages (test_handlers_questions.py), forged callback
# data and a press on someone else's /forget (test_handlers_buttons.py), non-text messages.


def without_from(text: str, chat_id: int) -> dict:
    update = message_update(text, chat_id=chat_id, language_code="en")
    del update["message"]["from"]
    update["message"]["sender_chat"] = dict(update["message"]["chat"])
    return update


async def test_a_message_without_a_user_is_answered_without_a_pseudonym(talk: Talk) -> None:
    # An anonymous group admin writes as the group: no `from` at all.
    entities = [{"type": "mention", "offset": 0, "length": 16}]
    update = without_from("@summit_test_bot when was the summit?", -100555)
    update["message"]["entities"] = entities
    calls = await talk.push(update)
    [reply] = talk.sent_since(calls)
    assert "12 December 2024" in reply.text
    assert await talk.rows("SELECT pseudonym FROM exchanges") == [(None,)]
    calls = await talk.push(without_from("/forget", -100555))
    assert talk.sent_since(calls) == []


async def test_updates_with_no_text_or_unknown_parts_are_handled_safely(talk: Talk) -> None:
    joined = {"new_chat_members": [{"id": 7, "is_bot": False, "first_name": "B"}]}
    assert await talk.say(None, extra=joined) == []  # a service message: nothing to say
    future = {"some_future_field": {"nested": [1, 2]}, "another": True}
    [reply] = await talk.say("When was the summit?", language_code="en", extra=future)
    assert "12 December 2024" in reply.text
    app = talk.app
    start = len(talk.server.calls)
    unknown = {"update_id": 10**6, "business_message_reaction": {"whatever": 1}}
    await app.process_update(Update.de_json(unknown, app.bot))
    assert talk.server.calls[start:] == []


async def test_an_update_ptb_cannot_read_is_skipped_and_polling_goes_on(talk: Talk) -> None:
    # A sticker without its required fields fails PTB's parsing of the whole batch.
    broken = message_update(None, extra={"sticker": {"file_id": "s"}})
    talk.server.push_update(broken)
    [reply] = await talk.say("When was the summit?", language_code="en")
    assert "12 December 2024" in reply.text


async def test_button_presses_without_a_message_or_with_odd_data_are_answered_safely(
    talk: Talk,
) -> None:
    # Under a message sent inline the press carries inline_message_id and no message.
    update = callback_update("fb:0123456789ab:+", language_code="en")
    query = update["callback_query"]
    del query["message"]
    query["inline_message_id"] = "AAAA"
    calls = await talk.push(update)
    [ack] = [c for c in calls if c.method == "answerCallbackQuery"]
    assert ack.ok and ack.params["text"] == "Thank you for your feedback!"
    for data in ("fg:-1:y", f"fg:{USER_ID}:x", "fg:99999999999999999999999:y", "c:../../etc"):
        calls, sent = await talk.press(data, language_code="en")
        [ack] = [c for c in calls if c.method == "answerCallbackQuery"]
        assert ack.ok and sent == []
    assert await talk.rows("SELECT COUNT(*) FROM feedback") == [(1,)]


async def test_an_inline_query_of_any_text_gets_valid_results(talk: Talk) -> None:
    for text in ("<b>&amp;</b>", "\u202e\u200d👩‍👩‍👧‍👦", "x" * 256):
        call = await talk.inline(text, language_code="en")
        assert call.ok and call.params["results"]  # the server validated every result
