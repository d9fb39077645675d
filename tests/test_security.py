"""Secrets and ids, over a whole run of `python -m bot.cli run` with DEBUG logs.

Non-admins get nothing from organiser commands: tests/test_handlers_admin.py checks it for
every one of them.
"""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path

from botapi import BotApiServer, callback_update, message_update
from test_run import environment, start_bot, stop

USER_SECRET = "s3cret-key-for-user-ids-0123456789abcdef"
ALICE, BOB, ADMIN = 7700112233, 7700445566, 5550001112


def id_forms(user_id: int) -> list[bytes]:
    """How an id could sit in a file: as text, or as SQLite's big-endian integers."""
    return [str(user_id).encode(), user_id.to_bytes(6, "big"), user_id.to_bytes(8, "big")]


async def test_a_whole_run_leaks_no_secret_to_the_log_and_no_id_to_the_database(
    botapi: BotApiServer, tmp_path: Path
) -> None:
    env = environment(
        botapi, tmp_path, USER_ID_SECRET=USER_SECRET, ADMIN_USER_IDS=str(ADMIN), LOG_LEVEL="DEBUG"
    )
    process, out, err = await start_bot(env, tmp_path)
    try:
        await botapi.wait_for("deleteWebhook", timeout=30, since=0)
        for user in (ALICE, BOB):
            for question in ("When was the summit?", "Qui est Kendili ?", "zzz qqq"):
                await botapi.push_and_wait(message_update(question, user_id=user), timeout=10)
        botapi.fail_next("sendMessage", 429, retry_after=1)
        await botapi.push_and_wait(
            message_update("Where was it?", user_id=BOB), predicate=lambda c: c.ok, timeout=10
        )
        assert [c.status for c in botapi.calls_of("sendMessage")][-2:] == [429, 200]

        await botapi.push_and_wait(message_update("/forget", user_id=ALICE), timeout=10)
        confirm = botapi.last_sent(ALICE)
        press = callback_update(
            f"fg:{ALICE}:y",
            user_id=ALICE,
            message_id=confirm.message_id,
            message_text=confirm.text,
            reply_markup=confirm.reply_markup,
        )
        [erased] = await botapi.push_and_wait(press, "editMessageText", timeout=10)
        assert erased.ok

        [export] = await botapi.push_and_wait(
            message_update("/export", user_id=ADMIN), "sendDocument", timeout=10
        )
        process.terminate()
        code = await asyncio.wait_for(process.wait(), 10)
    finally:
        await stop(process)
    log = out.read_bytes() + err.read_bytes()
    assert code == 0, log.decode()
    assert b"DEBUG" in log and b"Rate limit hit" in log
    for secret in (botapi.token, botapi.token.split(":")[1], USER_SECRET):
        assert secret.encode() not in log

    table = export.params["document"]["content"].decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(table)))
    assert len(rows) == 4  # Bob's four questions; Alice erased hers
    for user_id in (ALICE, BOB, ADMIN):
        assert str(user_id) not in table

    folder = tmp_path / "data"
    stored = b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())
    assert b"Where was it?" in stored  # the bytes really are the log
    assert not (folder / "log.sqlite3.key").exists()  # the key came from USER_ID_SECRET
    for user_id in (ALICE, BOB, ADMIN):
        for form in id_forms(user_id):
            assert form not in stored, (user_id, form)
    assert USER_SECRET.encode() not in stored
