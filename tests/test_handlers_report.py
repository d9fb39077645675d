"""/report [days] through the local Bot API server: the HTML report as a document, admins only."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from botapi import message_update
from conftest import ADMIN_ID, Talk
from report_page import external_references, figures


async def test_an_admin_gets_the_report_as_an_html_document(talk: Talk) -> None:
    await talk.say("When was the summit?", language_code="en")
    await talk.say("Quand était le sommet ?", language_code="fr")
    await talk.say("<b>où</b> manger un tajine ?", language_code="fr")

    calls = await talk.push(message_update("/report 7", user_id=ADMIN_ID, language_code="en"))
    [call] = [c for c in calls if c.method == "sendDocument"]
    assert call.ok
    document = call.params["document"]
    assert document["filename"].startswith("summit-bot-report-")
    assert document["filename"].endswith(".html")
    page = document["content"].decode("utf-8")
    assert external_references(page) == []
    tables = figures(page)
    assert sum(int(r["questions"]) for r in tables["days"]) == 3
    assert [r["question"] for r in tables["misses"]] == ["<b>où</b> manger un tajine ?"]
    assert "&lt;b&gt;où&lt;/b&gt; manger" in page
    today = datetime.now(ZoneInfo("Africa/Casablanca")).date()
    assert call.params["caption"] == (
        f"Report: 3 question(s) from {today - timedelta(days=7)} to {today}, "
        "times in Africa/Casablanca. Open the file in a browser."
    )


async def test_report_is_not_there_for_anyone_else_and_checks_its_argument(talk: Talk) -> None:
    await talk.say("When was the summit?", language_code="en")
    [unknown] = await talk.say("/nope", language_code="en")
    [reply] = await talk.say("/report", language_code="en")
    assert reply.text == unknown.text
    assert await talk.say("/report", user_id=ADMIN_ID, chat_id=-100777) == []  # a group
    assert talk.server.calls_of("sendDocument") == []

    [usage] = await talk.say("/report week", user_id=ADMIN_ID, language_code="en")
    assert usage.text.startswith("Usage: /report [days]")
    assert talk.server.calls_of("sendDocument") == []
