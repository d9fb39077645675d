"""Faults end to end: Telegram errors, timeouts and outages, a sick database, SIGTERM under load.

Every test drives the real Application (or the real `python -m bot.cli run`) against the fake
Bot API over real HTTP, with a real SQLite file. The invariant throughout: each question gets
exactly one message back, however late, and every reply that went out is in the log.
"""

from __future__ import annotations

import asyncio
import logging
import re
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from botapi import BotApiServer, Call, message_update
from conftest import Talk
from test_run import environment, start_bot, stop

QUESTIONS = [
    "When was the summit?",
    "Where was the summit?",
    "Who is Imane Kendili?",
    "Quand était le sommet ?",
    "Qui est Jallal Toufiq ?",
]


def delivered(server: BotApiServer, since: int = 0) -> Counter[int]:
    """Successful sendMessage calls per chat."""
    return Counter(c.params["chat_id"] for c in server.calls_of("sendMessage", since) if c.ok)


async def ask_all(talk: Talk, users: range, question: str = "When was the summit?") -> list[int]:
    """Push one question per user at once; wait until the bot has handled every one."""
    ids = [talk.server.push_update(message_update(question, user_id=u)) for u in users]
    await asyncio.gather(*(talk.probe.wait(i, timeout=15) for i in ids))
    return ids


def bot_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Errors the bot itself logged (PTB's Updater logs each failed poll at ERROR on its own)."""
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.ERROR and r.name.startswith(("summit_bot", "bot."))
    ]


# --- Telegram misbehaves -----------------------------------------------------------------------


async def test_429s_on_sends_and_polls_are_waited_out_and_each_user_answered_once(
    talk: Talk,
) -> None:
    server = talk.server
    start = server.mark()
    server.fail_next("getUpdates", 429, retry_after=1)
    server.fail_next("sendMessage", 429, retry_after=1, times=3)
    await asyncio.sleep(0.1)  # the held long poll ends; the next one gets the 429
    users = range(200, 206)
    await ask_all(talk, users)
    assert delivered(server, start) == {u: 1 for u in users}
    assert [c.status for c in server.calls_of("sendMessage", start)].count(429) == 3
    texts = [sent.text for sent in server.outbox if sent.call_index >= start]
    assert len(texts) == len(users) and all("12 December 2024" in t for t in texts)


async def test_a_500_on_polling_is_retried_and_a_500_on_a_send_is_tried_once_more(
    talk: Talk, caplog: pytest.LogCaptureFixture
) -> None:
    server = talk.server
    start = server.mark()
    server.fail_next("getUpdates", 500)
    await asyncio.sleep(0.1)
    [reply] = await talk.say("When was the summit?", language_code="en")  # after the retry
    assert "12 December 2024" in reply.text
    assert any(c.status == 500 for c in server.calls_of("getUpdates", start))

    sending = server.mark()
    server.fail_next("sendMessage", 500)
    [reply] = await talk.say("Where was the summit?", language_code="en")
    assert "Casablanca" in reply.text  # the answer, not the apology
    sends = server.calls_of("sendMessage", sending)
    assert [c.status for c in sends] == [500, 200]
    assert sends[1].time - sends[0].time >= 0.9  # after a pause, not at once
    assert delivered(server, start) == {42: 2}
    assert bot_errors(caplog) == []


async def test_a_send_that_fails_twice_gets_one_apology(talk: Talk) -> None:
    server = talk.server
    start = server.mark()
    server.fail_next("sendMessage", 500, times=2)
    [apology] = await talk.say("Where was the summit?", language_code="en")
    assert apology.text.startswith("Sorry, something went wrong")
    assert [c.status for c in server.calls_of("sendMessage", start)] == [500, 500, 200]
    assert delivered(server, start) == {42: 1}
    [reply] = await talk.say("Where was the summit?", language_code="en")
    assert "Casablanca" in reply.text


async def test_a_send_that_times_out_is_tried_once_more_and_delivered_once(talk: Talk) -> None:
    server = talk.server
    start = server.mark()
    # PTB's read timeout is 5 s: past it, PTB gives up and the server drops the request.
    server.delay_next("sendMessage", 6)
    update_id = server.push_update(message_update("When was the summit?", language_code="en"))
    await talk.probe.wait(update_id, timeout=10)
    sends = server.calls_of("sendMessage", start)
    assert [c.status for c in sends] == [499, 200]
    assert "12 December 2024" in sends[1].params["text"]
    assert delivered(server, start) == {42: 1}


async def test_a_dropped_connection_delays_answers_but_loses_and_repeats_none(
    talk: Talk, caplog: pytest.LogCaptureFixture
) -> None:
    server = talk.server
    start = server.mark()
    await server.go_offline()  # the held long poll is cut; new connections are refused
    ids = [server.push_update(message_update(q, user_id=300 + i)) for i, q in enumerate(QUESTIONS)]
    await asyncio.sleep(0.5)
    assert delivered(server, start) == {}
    await server.go_online()
    await asyncio.gather(*(talk.probe.wait(i, timeout=10) for i in ids))
    assert delivered(server, start) == {300 + i: 1 for i in range(len(QUESTIONS))}
    assert bot_errors(caplog) == []


# --- the database is sick ----------------------------------------------------------------------

LOCKER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
db.execute("ROLLBACK")
"""


async def test_a_database_locked_by_another_process_holds_rows_until_released(
    talk: Talk, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = talk.app.bot_data["store"]
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout.readline().strip() == "locked"
        start = talk.server.mark()
        await ask_all(talk, range(400, 405))
        assert delivered(talk.server, start) == {u: 1 for u in range(400, 405)}
        await store.flush()  # one attempt under the lock: the rows stay in memory
        assert store.pending == 5 and store.dropped == 0
    finally:
        locker.communicate("", timeout=5)
    assert await talk.rows("SELECT COUNT(*) FROM exchanges") == [(5,)]
    assert "cannot write the conversation log" in caplog.text
    assert "writable again" in caplog.text
    assert bot_errors(caplog) == []


async def test_an_unwritable_database_folder_holds_rows_until_it_is_back(
    talk: Talk, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Tests run as root, which ignores chmod: a plain file where the folder was makes the
    # database just as impossible to open or create (like a read-only or vanished mount).
    store = talk.app.bot_data["store"]
    await talk.say("When was the summit?")
    await talk.rows("SELECT 1")  # written
    folder = db_path.parent
    folder.rename(folder.with_name("away"))
    folder.write_text("not a folder")
    try:
        for question in QUESTIONS:
            assert len(await talk.say(question)) == 1
        await store.flush()
        assert store.pending == len(QUESTIONS) and store.dropped == 0
    finally:
        folder.unlink()
        folder.with_name("away").rename(folder)
    rows = await talk.rows("SELECT question FROM exchanges ORDER BY id")
    assert [q for (q,) in rows] == ["When was the summit?", *QUESTIONS]
    assert bot_errors(caplog) == []


async def test_a_database_deleted_while_running_is_created_again(
    talk: Talk, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    await talk.say("When was the summit?")
    await talk.rows("SELECT 1")  # written
    for path in db_path.parent.glob(db_path.name + "*"):
        path.unlink()
    [reply] = await talk.say("Where was the summit?", language_code="en")
    assert "Casablanca" in reply.text
    assert await talk.rows("SELECT question FROM exchanges") == [("Where was the summit?",)]
    assert "was deleted or replaced" in caplog.text
    assert bot_errors(caplog) == []


# --- SIGTERM in the middle of a load -----------------------------------------------------------


def refs(calls: list[Call]) -> set[str]:
    """The exchange refs named by the 👍 buttons of successful replies."""
    found = set()
    for call in calls:
        for row in (call.params.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                match = re.fullmatch(r"fb:([0-9a-f]{12}):\+", button.get("callback_data", ""))
                if match:
                    found.add(match.group(1))
    return found


async def test_sigterm_under_load_keeps_every_answered_exchange(
    botapi: BotApiServer, tmp_path: Path
) -> None:
    # 20 messages a second: the replies are still flowing when SIGTERM arrives.
    env = environment(botapi, tmp_path, TELEGRAM_RATE_LIMIT="20", LOG_LEVEL="INFO")
    process, out, err = await start_bot(env, tmp_path)
    try:
        await botapi.wait_for("deleteWebhook", timeout=30, since=0)
        start = botapi.mark()
        for n in range(50):
            botapi.push_update(message_update(QUESTIONS[n % 5], user_id=500 + n % 10))
        await botapi.wait_for("sendMessage", count=10, predicate=lambda c: c.ok, timeout=10)
        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), 20)
    finally:
        await stop(process)
    assert code == 0, out.read_text() + err.read_text()
    sent = [c for c in botapi.calls_of("sendMessage", start) if c.ok]
    answered = refs(sent)
    assert len(answered) == len(sent) >= 10
    with sqlite3.connect(tmp_path / "data" / "log.sqlite3") as db:
        logged = {ref for (ref,) in db.execute("SELECT ref FROM exchanges")}
    assert answered <= logged
    assert "could not be written" not in err.read_text()
