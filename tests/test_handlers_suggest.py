"""/suggest end to end: from a question the bot missed to the running bot answering it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from botapi import validate_html
from conftest import ADMIN_ID, KNOWLEDGE, USER_ID, Talk, admin_says, answers, replace_settings

from bot.config import Settings

TICKETS = "les billets valaient combien de dirhams"


@pytest.fixture
def settings(settings: Settings, tmp_path: Path) -> Settings:
    """A copy of the pack that the buttons may write to."""
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    return replace_settings(settings, knowledge_dir=folder)


def files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


async def test_from_a_miss_to_an_answer_without_a_restart(talk: Talk, settings: Settings) -> None:
    engine = talk.app.bot_data["engine"]
    tickets = engine.pack.entry("faq_tickets").answer["fr"]
    [missed] = await talk.say(TICKETS)
    assert tickets not in missed.text

    header, group = await admin_says(talk, "/suggest")
    assert header.text.startswith("The 1 most asked of 1 groups of missed questions.")
    assert group.text.startswith(f"1. “{TICKETS}”\n1 person(s), 1 time(s) · not understood 1 · fr")
    assert "Likely entries: How much were tickets? (faq_tickets) 54%" in group.text
    assert group.buttons[0]["text"] == "➕ How much were tickets?"
    assert group.buttons[-1]["text"] == "🙈 Ignore"
    faq = settings.knowledge_dir / "faq.yaml"
    before = faq.read_text(encoding="utf-8")

    calls, [done] = await talk.press(
        group.callback_data[0], on=group, user_id=ADMIN_ID, language_code="en"
    )

    assert [ack.ok for ack in answers(calls)] == [True]
    assert done.method == "editMessageText" and done.buttons == []
    assert done.text.splitlines() == [
        f"✅ Added “{TICKETS}” to How much were tickets? (faq.yaml). The pack is reloaded: "
        "the bot answers it now.",
        "This entry now answers 1 logged question(s):",
        f"• {TICKETS} (1)",
    ]
    assert faq.read_text(encoding="utf-8").replace(f"        - {TICKETS}\n", "", 1) == before
    assert talk.app.bot_data["engine"] is not engine
    [answered] = await talk.say(TICKETS)
    assert tickets in answered.text
    assert await talk.rows(
        "SELECT kind, source FROM exchanges WHERE question = ?", (TICKETS,)
    ) == [
        ("fallback", None),
        ("answer", "faq_tickets"),
    ]
    [nothing] = await admin_says(talk, "/suggest")
    assert nothing.text == "No missed questions to suggest for this period."


async def test_ignore_hides_a_group_for_good(talk: Talk) -> None:
    await talk.say(TICKETS)
    *_, group = await admin_says(talk, "/suggest")
    ignore = group.callback_data[-1]
    assert ignore.endswith(":-")

    _, [done] = await talk.press(ignore, on=group, user_id=ADMIN_ID, language_code="en")

    assert done.text == f"🙈 “{TICKETS}” will not be suggested again."
    [nothing] = await admin_says(talk, "/suggest")
    assert nothing.text == "No missed questions to suggest for this period."
    [(token,)] = await talk.rows("SELECT token FROM ignored_misses")
    assert re.fullmatch("[0-9a-f]{12}", token)
    calls, _ = await talk.press(ignore, user_id=ADMIN_ID, language_code="en")
    assert answers(calls)[0].params["text"].startswith("This button no longer works")


async def test_only_admins_see_or_press_and_forged_presses_change_nothing(
    talk: Talk, settings: Settings
) -> None:
    await talk.say(TICKETS)
    [unknown] = await talk.say("/nope", language_code="en")
    [reply] = await talk.say("/suggest", language_code="en")
    assert reply.text == unknown.text
    *_, group = await admin_says(talk, "/suggest")
    token = group.callback_data[0].split(":")[1]
    engine = talk.app.bot_data["engine"]
    before = files(settings.knowledge_dir)

    # Someone else sends the admin's button data: from their own chat, or in a group.
    for data in group.callback_data:
        for chat in (USER_ID, -100555):
            calls, sent = await talk.press(data, user_id=USER_ID, chat_id=chat, language_code="en")
            [ack] = answers(calls)
            assert ack.params["text"] == "This button is not for you." and sent == []
    calls, sent = await talk.press(
        group.callback_data[0], user_id=ADMIN_ID, chat_id=-100555, language_code="en"
    )
    assert answers(calls)[0].params["text"] == "This button is not for you."
    # The admin with data the bot never sent: another token, an entry not proposed, garbage.
    for data in (f"sg:{'0' * 12}:faq_tickets", f"sg:{token}:event_date", f"sg:{token}:a-b"):
        calls, sent = await talk.press(data, user_id=ADMIN_ID, language_code="en")
        assert answers(calls)[0].params["text"].startswith("This button no longer works")
        assert sent == []

    assert files(settings.knowledge_dir) == before
    assert talk.app.bot_data["engine"] is engine
    assert await talk.rows("SELECT COUNT(*) FROM ignored_misses") == [(0,)]


async def test_a_pack_broken_meanwhile_is_not_written_and_the_bot_keeps_its_pack(
    talk: Talk, settings: Settings
) -> None:
    await talk.say(TICKETS)
    *_, group = await admin_says(talk, "/suggest")
    event = settings.knowledge_dir / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("2024-12-12", "2024-13-12"))
    engine = talk.app.bot_data["engine"]
    before = files(settings.knowledge_dir)

    _, [done] = await talk.press(
        group.callback_data[0], on=group, user_id=ADMIN_ID, language_code="en"
    )

    assert done.text.startswith(f"Nothing was added: the pack in {settings.knowledge_dir} has")
    assert files(settings.knowledge_dir) == before
    assert talk.app.bot_data["engine"] is engine


async def test_what_people_typed_is_shown_as_typed(talk: Talk) -> None:
    hostile = "<b>les billets</b> valaient combien de dirhams & co"
    await talk.say(hostile)
    *_, group = await admin_says(talk, "/suggest")
    assert hostile in group.text
    assert validate_html(group.raw_text) is None
    assert "&lt;b&gt;les billets&lt;/b&gt; valaient combien de dirhams &amp; co" in group.raw_text
