"""Under load (bench/load.py, smaller): every question gets one reply and one log row.

The production Application, in this process, polls the fake Bot API while 50 users ask 5
questions each in a closed loop. Speed is measured by the benchmark, not asserted here.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from conftest import replace_settings, start_app, stop_app

from bench import load
from bot.app import build_application
from bot.config import Settings
from bot.knowledge import Pack

USERS = 50
MESSAGES = 5


async def test_every_question_under_load_gets_one_reply_and_one_log_row(
    settings: Settings, pack: Pack
) -> None:
    traffic = load.Traffic(load.load_questions(), USERS, USERS * MESSAGES)
    server = load.LoadServer(traffic.replied)
    traffic.server = server
    await server.start()
    # TELEGRAM_RATE_LIMIT=0: at 30 messages/s the limiter alone would take 8 s.
    unlimited = replace_settings(settings, rate_limit=0)
    app = build_application(unlimited, pack, base_url=server.base_url)
    try:
        await start_app(app)
        try:
            await traffic.run_closed(timeout=30)
        finally:
            await stop_app(app)  # closes the log: everything queued is written
    finally:
        await server.stop()

    assert traffic.lost == 0
    assert traffic.duplicates == 0
    assert traffic.asked == Counter(dict.fromkeys(traffic.user_ids, MESSAGES))
    assert traffic.replies == traffic.asked
    with sqlite3.connect(settings.database_path) as db:
        rows = dict(db.execute("SELECT kind, count(*) FROM exchanges GROUP BY kind").fetchall())
        pseudonyms = db.execute("SELECT count(DISTINCT pseudonym) FROM exchanges").fetchone()[0]
    assert sum(rows.values()) == USERS * MESSAGES
    assert {"answer", "fallback"} <= rows.keys()  # a mix, not one question repeated
    assert pseudonyms == USERS  # crisis rows have none, but nobody asked only crisis messages
