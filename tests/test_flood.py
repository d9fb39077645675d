"""Flood control: the sliding window with an injected clock, and the running bot (its settings
are in test_config)."""

from __future__ import annotations

import logging

import pytest
from botapi import inline_update
from conftest import ADMIN_ID, Talk, replace_settings

from bot.app import build_application, post_shutdown
from bot.config import Settings
from bot.flood import FloodGuard
from bot.knowledge import Pack

PHOTO = {"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def guard(clock: Clock, limit: int = 3, pause: float = 60, **kwargs) -> FloodGuard:
    return FloodGuard(limit, pause, clock=clock, **kwargs)


def test_the_message_over_the_limit_gets_one_notice_then_the_user_is_ignored(clock) -> None:
    flood = guard(clock)
    assert [flood.admit(1) for _ in range(3)] == [True, True, True]
    assert flood.admit(1) is False
    assert flood.refuse(1) is True  # the notice
    for _ in range(5):
        clock.now += 1
        assert flood.admit(1) is False
        assert flood.refuse(1) is False  # no second notice
    assert flood.ignored == 6


def test_the_pause_ends_and_the_window_starts_afresh(clock) -> None:
    flood = guard(clock, pause=30)
    for _ in range(4):
        flood.admit(1)
    flood.refuse(1)
    clock.now += 29.9
    assert flood.admit(1) is False
    clock.now += 0.2
    assert [flood.admit(1) for _ in range(4)] == [True, True, True, False]
    assert flood.refuse(1) is True  # a new pause, a new notice


def test_the_window_slides_so_a_steady_pace_never_trips(clock) -> None:
    flood = guard(clock, limit=3)
    for _ in range(50):  # 3 per 63 seconds, forever
        assert flood.admit(1)
        clock.now += 21
    clock.now += 60
    for _ in range(3):
        assert flood.admit(1)
        clock.now += 1
    assert flood.admit(1) is False  # 4 within 60 s


def test_one_user_flooding_does_not_touch_anyone_else(clock) -> None:
    flood = guard(clock, limit=2)
    for _ in range(10):
        flood.admit(1)
    assert flood.admit(2) and flood.admit(2)
    assert flood.admit(3)


def test_limit_zero_switches_it_off_and_remembers_nobody(clock) -> None:
    flood = guard(clock, limit=0)
    assert all(flood.admit(1) for _ in range(1000))
    assert flood.tracked == 0


def test_idle_users_are_forgotten_and_memory_is_capped(clock) -> None:
    flood = guard(clock, limit=5, pause=120, max_users=100)
    for user in range(50):
        flood.admit(user)
    assert flood.tracked == 50
    clock.now += 119  # within the pause horizon: still remembered
    flood.admit(1000)
    assert flood.tracked == 51
    clock.now += 2
    flood.admit(1001)
    assert flood.tracked == 2  # only 1000 and 1001 were seen recently
    for user in range(10_000):
        flood.admit(user)
    assert flood.tracked == 100


def test_a_paused_user_is_not_forgotten_before_the_pause_ends(clock) -> None:
    flood = guard(clock, limit=1, pause=300)
    flood.admit(1)
    assert flood.admit(1) is False
    clock.now += 200
    flood.admit(2)  # triggers eviction of idle users
    assert flood.admit(1) is False


async def test_the_ignored_count_is_logged_at_shutdown(
    settings: Settings, pack: Pack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="summit_bot")
    app = build_application(settings, pack)
    app.bot_data["flood"].ignored = 7
    await post_shutdown(app)
    assert "7 messages from users sending too fast were ignored" in caplog.text


# --- the running bot ---------------------------------------------------------------------------


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return replace_settings(settings, flood_messages_per_minute=3, flood_pause_seconds=60)


async def test_a_flooding_user_gets_one_notice_and_is_ignored_without_slowing_others(
    talk: Talk, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="summit_bot")
    clock = Clock()
    flood: FloodGuard = talk.app.bot_data["flood"]
    flood.clock = clock
    for _ in range(3):
        [reply] = await talk.say("When was the summit?", language_code="en")
        assert "12 December 2024" in reply.text
    [notice] = await talk.say("When was the summit?", language_code="en")
    assert notice.text == (
        "You're sending messages very fast: I'll answer again in 1 min. "
        "Thank you for your patience!"
    )
    assert await talk.say("When was the summit?", language_code="en") == []
    assert await talk.say(None, extra={"photo": [PHOTO]}) == []
    calls = await talk.push(inline_update("when was the summit", language_code="en"))
    assert [c.method for c in calls] == []

    # Safety first: distress is answered even during the pause.
    [crisis] = await talk.say("I want to die", language_code="en")
    assert crisis.buttons == [] and "bot" in crisis.text.lower()

    # Someone else, and an admin sending many, are answered all along.
    [other] = await talk.say("Où était le sommet ?", user_id=43, language_code="fr")
    assert "Casablanca" in other.text
    for _ in range(6):
        assert len(await talk.say("When was the summit?", user_id=ADMIN_ID)) == 1

    assert flood.ignored == 4  # the noticed message, one more, the sticker, the inline query
    rows = await talk.rows("SELECT kind FROM exchanges")
    assert sorted(kind for (kind,) in rows) == ["answer"] * (3 + 1 + 6) + ["crisis"]
    assert "42" not in caplog.text and "sending too fast" in caplog.text

    clock.now += 61
    [reply] = await talk.say("When was the summit?", language_code="en")
    assert "12 December 2024" in reply.text


@pytest.mark.parametrize(
    ("language", "start"),
    [("fr", "Vous envoyez des messages très vite"), ("ar", "ترسل الرسائل بسرعة كبيرة")],
)
async def test_the_notice_is_in_the_users_language_also_inline(
    talk: Talk, language: str, start: str
) -> None:
    for _ in range(3):
        await talk.say("?", language_code=language)
    [notice] = await talk.say("?", language_code=language)
    assert notice.text.startswith(start)
    talk.app.bot_data["flood"].clock = lambda: 10.0**9  # the pause is over
    for _ in range(3):
        await talk.inline("programme", language_code=language)
    answer = await talk.inline("programme", language_code=language)
    [result] = answer.params["results"]
    assert result["input_message_content"]["message_text"].startswith(start)
