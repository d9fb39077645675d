"""The real entry point in a subprocess: `python -m bot.cli run` against the fake Bot API."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest
from botapi import BotApiServer, message_update
from conftest import ASK_DATE, KNOWLEDGE, REPO

from bot.knowledge import Pack


def environment(server: BotApiServer, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(REPO),
        "TELEGRAM_BOT_TOKEN": server.token,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "DATABASE_PATH": str(tmp_path / "data" / "log.sqlite3"),
        "KNOWLEDGE_DIR": str(KNOWLEDGE),
        "ADMIN_USER_IDS": "1001",
        "LOG_LEVEL": "DEBUG",
    }
    env.update(extra)
    return env


async def start_bot(
    env: dict[str, str], tmp_path: Path
) -> tuple[asyncio.subprocess.Process, Path, Path]:
    # Files, not pipes: DEBUG output could fill a pipe and block the bot while we wait on it.
    out, err = tmp_path / "stdout.log", tmp_path / "stderr.log"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            "run",
            cwd=tmp_path,  # no stray .env from the developer's checkout
            env=env,
            stdout=stdout,
            stderr=stderr,
        )
    return process, out, err


async def stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.kill()
        await process.wait()


async def test_run_answers_a_user_then_stops_cleanly_on_sigterm(
    botapi: BotApiServer, tmp_path: Path, any_pack: Pack
) -> None:
    env = environment(botapi, tmp_path, KNOWLEDGE_DIR=str(any_pack.directory))
    process, out, err = await start_bot(env, tmp_path)
    try:
        await botapi.wait_for("deleteWebhook", timeout=30, since=0)
        [reply] = await botapi.push_and_wait(
            message_update(ASK_DATE["en"], language_code="en"), timeout=10
        )
        answer = any_pack.entry("event_date").answer["en"]  # type: ignore[union-attr]
        assert reply.ok and reply.params["text"] == answer
        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), 10)
    finally:
        await stop(process)
    output = out.read_text() + err.read_text()
    assert code == 0, output
    assert "DEBUG" in output  # the debug logs really were on
    assert botapi.token not in output
    assert botapi.token.split(":")[1] not in output
    with sqlite3.connect(tmp_path / "data" / "log.sqlite3") as db:
        rows = db.execute("SELECT channel, language, source, question FROM exchanges").fetchall()
    assert rows == [("telegram", "en", "event_date", ASK_DATE["en"])]
    [menu] = [c for c in botapi.calls_of("setMyCommands") if c.params.get("language_code") == "ar"]
    assert menu.ok


async def test_a_rejected_token_stops_startup_with_one_line_and_no_token(
    botapi: BotApiServer, tmp_path: Path
) -> None:
    botapi.fail_next("getMe", 401, retry_after=None, description="Unauthorized")
    process, out, err = await start_bot(environment(botapi, tmp_path), tmp_path)
    try:
        code = await asyncio.wait_for(process.wait(), 30)
    finally:
        await stop(process)
    output = out.read_text() + err.read_text()
    assert code == 2
    assert "Error: TELEGRAM_BOT_TOKEN was rejected" in err.read_text()
    assert botapi.token not in output


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("TELEGRAM_RATE_LIMIT", "fast", "Error: TELEGRAM_RATE_LIMIT='fast'"),
        ("CONCURRENT_UPDATES", "0", "Error: CONCURRENT_UPDATES='0'"),
        ("TELEGRAM_BOT_TOKEN", "", "Error: TELEGRAM_BOT_TOKEN is not set"),
    ],
)
async def test_a_bad_setting_stops_startup_with_one_line_naming_it(
    botapi: BotApiServer, tmp_path: Path, variable: str, value: str, expected: str
) -> None:
    env = environment(botapi, tmp_path, **{variable: value})
    process, _, err = await start_bot(env, tmp_path)
    try:
        code = await asyncio.wait_for(process.wait(), 30)
    finally:
        await stop(process)
    lines = err.read_text().strip().splitlines()
    assert code == 2
    assert len(lines) == 1 and lines[0].startswith(expected)
    assert botapi.calls == []
