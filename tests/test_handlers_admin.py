"""Organiser commands end to end: the admin guard, reports, the CSV export and /reload."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
from pathlib import Path

import pytest
from botapi import message_update, validate_html
from conftest import ADMIN_ID, ASK_DATE, Talk, admin_says, replace_settings

from bot.config import Settings
from bot.knowledge import Pack
from bot.store import Exchange

ADMIN_COMMANDS = ["/stats", "/stats 7", "/unanswered", "/export", "/export 30", "/reload"]


@pytest.fixture
def settings(settings: Settings, tmp_path: Path) -> Settings:
    """A copy of the pack that /reload tests may break and mend."""
    folder = tmp_path / "knowledge"
    shutil.copytree(settings.knowledge_dir, folder)
    return replace_settings(settings, knowledge_dir=folder)


@pytest.mark.parametrize("command", ADMIN_COMMANDS)
async def test_non_admins_get_the_unknown_command_reply_and_no_data(
    talk: Talk, command: str
) -> None:
    engine = talk.app.bot_data["engine"]
    await talk.say("When was the summit?", language_code="en")
    [unknown] = await talk.say("/nope", language_code="en")
    [reply] = await talk.say(command, language_code="en")
    assert reply.text == unknown.text
    assert reply.raw_text == unknown.raw_text
    assert talk.server.calls_of("sendDocument") == []
    assert talk.app.bot_data["engine"] is engine  # no /reload either


async def test_admin_commands_are_not_answered_in_groups(talk: Talk) -> None:
    [reply] = await admin_says(talk, "/stats@summit_test_bot", chat_id=-100777)
    assert reply.text.startswith("I don't know this command")
    assert await admin_says(talk, "/export", chat_id=-100777) == []
    assert talk.server.calls_of("sendDocument") == []


async def test_stats_shows_the_figures_in_pre(talk: Talk) -> None:
    await talk.say("When was the summit?", language_code="en")
    await talk.say("Quand était le sommet ?", language_code="fr")
    await talk.say("zzzz qqqq", language_code="en")
    [report] = await admin_says(talk, "/stats")
    assert report.raw_text.startswith("<pre>") and report.entities[0]["type"] == "pre"
    assert "Questions 3, users 1" in report.text
    assert "event_date" in report.text
    [report] = await admin_says(talk, "/stats 7")
    assert "since" in report.text
    for bad in ("/stats abc", "/stats 0", "/stats 1 2"):
        [usage] = await admin_says(talk, bad)
        assert usage.text.startswith("Usage: /stats [days]")


async def test_unanswered_shows_hostile_user_text_exactly_as_typed(talk: Talk) -> None:
    hostile = "<b>bold</b> &amp; </a>"
    await talk.say(hostile, language_code="en")
    [report] = await admin_says(talk, "/unanswered")
    assert hostile in report.text
    assert validate_html(report.raw_text) is None
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;amp; &lt;/a&gt;" in report.raw_text


async def test_a_long_report_is_split_into_messages_under_4096(talk: Talk) -> None:
    store = talk.app.bot_data["store"]
    for i in range(150):
        question = hashlib.sha256(str(i).encode()).hexdigest()[:40]
        store.log_exchange(
            Exchange(f"{i:012x}", i, "private", "telegram", "en", question, "fallback", None, 0, 1)
        )
    sent = await admin_says(talk, "/unanswered")
    assert len(sent) >= 2
    for part in sent:
        assert len(part.text) <= 4096 and validate_html(part.raw_text) is None
        assert part.raw_text.startswith("<pre>") and part.raw_text.endswith("</pre>")


async def test_export_sends_the_log_as_a_csv_document(talk: Talk) -> None:
    await talk.say("When was the summit?", language_code="en")
    await talk.say("=1+1 où ?", language_code="fr")
    calls = await talk.push(message_update("/export", user_id=ADMIN_ID, language_code="en"))
    [call] = [c for c in calls if c.method == "sendDocument"]
    assert call.ok
    document = call.params["document"]
    assert document["filename"] == "summit-bot-log.csv"
    table = document["content"].decode("utf-8")
    assert table.splitlines()[0].startswith("time,user,chat_type,channel,language,question")
    assert "When was the summit?" in table and "'=1+1 où ?" in table
    users = {row["user"] for row in csv.DictReader(io.StringIO(table))}
    assert len(users) == 1 and re.fullmatch("[0-9a-f]{32}", users.pop())  # a pseudonym, not 42
    assert call.params["caption"] == "Conversation log: 2 row(s)."


async def test_reload_keeps_the_pack_when_broken_and_swaps_it_when_fixed(
    talk: Talk, settings: Settings, any_pack: Pack
) -> None:
    before = talk.app.bot_data["engine"]
    event = settings.knowledge_dir / "event.yaml"
    original = event.read_text(encoding="utf-8")
    event.write_text(original.replace("event:\n", "event:\n  <oops>: 1\n", 1), encoding="utf-8")

    sent = await admin_says(talk, "/reload")
    assert sent[0].text.startswith("The pack in")
    assert "I keep the current one" in sent[0].text
    errors = "\n".join(part.text for part in sent[1:])
    assert "event.yaml:" in errors and "<oops>" in errors
    assert all(validate_html(part.raw_text) is None for part in sent)
    assert talk.app.bot_data["engine"] is before
    city = any_pack.event.city["en"]
    [answer] = await talk.say(ASK_DATE["en"], language_code="en")
    assert city in answer.text

    # Every mention of the city but the time zone's name (Africa/Casablanca).
    event.write_text(re.sub(f"(?<!/){city}", "Agadir", original), encoding="utf-8")
    [done] = await admin_says(talk, "/reload")
    panels, speakers = len(any_pack.panels), len(any_pack.speakers)
    assert done.text.startswith(f"Pack reloaded: {panels} round tables, {speakers} speakers")
    assert talk.app.bot_data["engine"] is not before
    [answer] = await talk.say(ASK_DATE["en"], language_code="en")
    assert "Agadir" in answer.text and city not in answer.text
