"""Inline mode end to end: "@bot" alone, "@bot question", clarify and crisis."""

from __future__ import annotations

import pytest
from botapi import validate_html
from conftest import Talk

from bot.knowledge import Pack
from bot.text import LANGUAGES


def check_results(results: list[dict]) -> None:
    ids = [r["id"] for r in results]
    assert len(ids) == len(set(ids)) and 1 <= len(ids) <= 50
    for result in results:
        assert result["type"] == "article"
        assert len(result["id"].encode()) <= 64
        content = result["input_message_content"]
        assert content["parse_mode"] == "HTML"
        assert validate_html(content["message_text"]) is None


@pytest.mark.parametrize("language", LANGUAGES)
async def test_an_empty_query_lists_the_programme_and_the_speakers(
    talk: Talk, language: str, any_pack: Pack
) -> None:
    call = await talk.inline("", language_code=language)
    assert call.ok
    assert call.params["is_personal"] is True and call.params["cache_time"] <= 60
    results = call.params["results"]
    check_results(results)
    assert [r["id"] for r in results] == ["programme", *(f"a:{s.id}" for s in any_pack.speakers)]
    assert await talk.rows("SELECT COUNT(*) FROM exchanges") == [(0,)]


@pytest.mark.parametrize(
    ("query", "language_code", "expected"),
    [
        ("quand était le sommet", "fr", "12 décembre 2024"),
        ("when was the summit", "fr", "12 December 2024"),
        ("متى كانت القمة", "fr", "2024"),
    ],
)
async def test_a_query_lists_the_best_answer_first_and_is_logged(
    talk: Talk, query: str, language_code: str, expected: str
) -> None:
    call = await talk.inline(query, language_code=language_code)
    results = call.params["results"]
    check_results(results)
    assert results[0]["id"] == "a:event_date"
    assert expected in results[0]["input_message_content"]["message_text"]
    [(channel, source)] = await talk.rows("SELECT channel, source FROM exchanges")
    assert (channel, source) == ("inline", "event_date")


async def test_a_vague_query_lists_every_choice(talk: Talk) -> None:
    call = await talk.inline("MENAT", language_code="en")
    results = call.params["results"]
    check_results(results)
    assert [r["id"] for r in results] == ["a:jaafar", "a:bahri"]


async def test_a_crisis_query_gets_only_the_crisis_reply(talk: Talk, any_pack: Pack) -> None:
    call = await talk.inline("I want to kill myself", language_code="en")
    [result] = call.params["results"]
    assert result["id"] == "crisis"
    text = result["input_message_content"]["message_text"]
    assert "bot" in text.lower()
    assert all(r.contact in text for r in any_pack.resources)
    assert await talk.rows("SELECT kind, question FROM exchanges") == [("crisis", None)]


async def test_a_query_about_nothing_still_gets_a_result(talk: Talk) -> None:
    call = await talk.inline("zzzz qqqq", language_code="en")
    [result] = call.params["results"]
    assert result["id"] == "fallback:en"
