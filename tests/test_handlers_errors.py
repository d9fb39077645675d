"""Failures end to end: the error handler, Telegram's 429, and concurrent users."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from botapi import DEFAULT_TOKEN, callback_update, message_update
from conftest import Talk


async def test_a_failing_update_is_logged_apologised_for_and_the_bot_goes_on(
    talk: Talk, caplog: pytest.LogCaptureFixture
) -> None:
    talk.server.fail_next("sendMessage", 400, description="Bad Request: chat not found")
    calls = await talk.push(message_update("My secret question?", language_code="en"))
    failed, apology = [c for c in calls if c.method == "sendMessage"]
    assert not failed.ok and apology.ok
    assert apology.params["text"].startswith("Sorry, something went wrong")
    errors = [r for r in caplog.records if r.name == "summit_bot.errors"]
    assert len(errors) == 1 and errors[0].exc_info is not None
    assert "(message) failed" in errors[0].getMessage()
    logged = caplog.text
    assert DEFAULT_TOKEN not in logged and "My secret question" not in logged

    [reply] = await talk.say("When was the summit?", language_code="en")
    assert "12 December 2024" in reply.text


async def test_a_failing_button_gets_an_apology_in_the_users_language(talk: Talk) -> None:
    talk.server.fail_next("answerCallbackQuery", 400)
    calls = await talk.push(callback_update("m:programme", language_code="ar"))
    failed, apology = [c for c in calls if c.method == "answerCallbackQuery"]
    assert not failed.ok and apology.ok
    assert apology.params["text"].startswith("عذرا")
    _, [programme] = await talk.press("m:programme", language_code="ar")
    assert programme.callback_data == ["p:1", "p:2"]


async def test_a_user_who_blocked_the_bot_is_a_warning_not_an_error(
    talk: Talk, caplog: pytest.LogCaptureFixture
) -> None:
    talk.server.blocked_chats.add(99)
    calls = await talk.push(message_update("When was the summit?", user_id=99))
    assert [c.status for c in calls if c.method == "sendMessage"] == [403]
    [warning] = [r for r in caplog.records if r.name == "summit_bot.errors"]
    assert warning.levelno == logging.WARNING and warning.exc_info is None
    [reply] = await talk.say("When was the summit?", language_code="en")
    assert "12 December 2024" in reply.text


async def test_a_429_is_retried_by_the_rate_limiter_and_the_reply_arrives_once(
    talk: Talk,
) -> None:
    talk.server.fail_next("sendMessage", 429, retry_after=1)
    started = time.monotonic()
    calls = await talk.push(message_update("When was the summit?", language_code="en"))
    sends = [c for c in calls if c.method == "sendMessage"]
    assert [c.status for c in sends] == [429, 200]
    assert time.monotonic() - started >= 1
    delivered = talk.sent_since(calls)
    assert len(delivered) == 1 and "12 December 2024" in delivered[0].text


async def test_concurrent_users_each_keep_their_own_language(talk: Talk) -> None:
    users = {100 + i: ("fr", "en", "ar")[i % 3] for i in range(12)}
    server = talk.server
    ids = [
        server.push_update(callback_update(f"lang:{lang}", user_id=user, language_code="fr"))
        for user, lang in users.items()
    ]
    await asyncio.gather(*(talk.probe.wait(i) for i in ids))
    start = len(server.calls)
    ids = [
        server.push_update(message_update("Quand était le sommet ?", user_id=user))
        for user in users
    ]
    await asyncio.gather(*(talk.probe.wait(i) for i in ids))
    expected = {"fr": "12 décembre 2024", "en": "12 December 2024", "ar": "2024"}
    for user, language in users.items():
        [reply] = [s for s in server.outbox if s.chat_id == user and s.call_index >= start]
        assert expected[language] in reply.text
        assert (language == "ar") == ("القمة" in reply.text)


def test_the_error_logger_is_not_silenced() -> None:
    assert logging.getLogger("summit_bot.errors").getEffectiveLevel() <= logging.ERROR
