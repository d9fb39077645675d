"""The real entry point in a subprocess: `python -m bot.cli run` against the fake Bot API."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import sqlite3
import sys
import time
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
    env: dict[str, str], tmp_path: Path, command: tuple[str, ...] = ("run",)
) -> tuple[asyncio.subprocess.Process, Path, Path]:
    """`summit-bot run` (or `command`, () for none) in the background, output in two files."""
    # Files, not pipes: DEBUG output could fill a pipe and block the bot while we wait on it.
    out, err = tmp_path / "stdout.log", tmp_path / "stderr.log"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            *command,
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
    assert "INFO summit_bot: started as @summit_test_bot (polling, 4 concurrent updates)" in output
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


def closed_port() -> int:
    """A loopback port nothing listens on: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def a_file_in_the_way(tmp_path: Path) -> str:
    # Tests run as root, which ignores chmod: a plain file where the database's folder should
    # be makes DATABASE_PATH just as impossible to create as a read-only folder would.
    (tmp_path / "data").write_text("not a folder")
    return str(tmp_path / "data" / "log.sqlite3")


FAILED_STARTS = {
    "no network": (
        lambda tmp_path: {"TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{closed_port()}/bot"},
        1,
        "Error: cannot reach the Bot API at TELEGRAM_API_BASE_URL=",
    ),
    "rejected token": (
        lambda tmp_path: {},
        2,
        "Error: TELEGRAM_BOT_TOKEN was rejected by the Bot API: check it with @BotFather",
    ),
    "unwritable database": (
        lambda tmp_path: {"DATABASE_PATH": a_file_in_the_way(tmp_path)},
        2,
        "Error: cannot read or create the user-id key ",
    ),
    "unwritable database, USER_ID_SECRET set": (
        lambda tmp_path: {
            "DATABASE_PATH": a_file_in_the_way(tmp_path),
            "USER_ID_SECRET": "a-long-random-secret",
        },
        2,
        "Error: cannot create the folder ",
    ),
    "missing knowledge pack": (
        lambda tmp_path: {"KNOWLEDGE_DIR": str(tmp_path / "no-such-pack")},
        2,
        f"Error: KNOWLEDGE_DIR={{tmp_path}}{os.sep}no-such-pack: no such folder",
    ),
}


@pytest.mark.parametrize("command", [("run",), ()], ids=["run", "no command"])
@pytest.mark.parametrize("case", FAILED_STARTS)
async def test_a_failed_start_is_one_line_naming_the_setting(
    botapi: BotApiServer, tmp_path: Path, case: str, command: tuple[str, ...]
) -> None:
    settings, status, expected = FAILED_STARTS[case]
    # LOG_LEVEL as shipped: the details of each failure are for DEBUG only.
    env = environment(botapi, tmp_path, LOG_LEVEL="INFO", **settings(tmp_path))
    if case == "rejected token":
        botapi.fail_next("getMe", 401, retry_after=None, description="Unauthorized")
    process, out, err = await start_bot(env, tmp_path, command)
    try:
        code = await asyncio.wait_for(process.wait(), 30)
    finally:
        await stop(process)
    lines = (out.read_text() + err.read_text()).splitlines()
    assert code == status
    assert len(lines) == 1, lines
    assert lines[0].startswith(expected.format(tmp_path=tmp_path)), lines[0]
    assert "DATABASE_PATH" in lines[0] or "DATABASE_PATH" not in case
    assert botapi.token not in lines[0]


async def test_a_webhook_port_in_use_is_one_line_naming_it(
    botapi: BotApiServer, tmp_path: Path
) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = environment(
            botapi,
            tmp_path,
            LOG_LEVEL="INFO",
            WEBHOOK_URL="https://bot.example.org/telegram",
            WEBHOOK_LISTEN="127.0.0.1",
            WEBHOOK_PORT=str(port),
        )
        process, out, err = await start_bot(env, tmp_path)
        try:
            code = await asyncio.wait_for(process.wait(), 30)
        finally:
            await stop(process)
    *before, last = (out.read_text() + err.read_text()).splitlines()
    assert code == 1
    assert last == (
        f"Error: cannot listen on WEBHOOK_LISTEN=127.0.0.1 WEBHOOK_PORT={port} "
        "([Errno 98] Address already in use): choose a free port, or stop what uses it"
    )
    # Before it, only what a first start says: the new user-id key, the new log's schema.
    assert all(re.search(r" INFO bot\.(pseudonym|store)[.:]", line) for line in before), before


async def test_at_debug_a_failed_start_shows_its_details_then_the_one_line(
    botapi: BotApiServer, tmp_path: Path
) -> None:
    env = environment(
        botapi, tmp_path, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{closed_port()}/bot"
    )
    process, out, err = await start_bot(env, tmp_path)
    try:
        code = await asyncio.wait_for(process.wait(), 30)
    finally:
        await stop(process)
    lines = (out.read_text() + err.read_text()).splitlines()
    assert code == 1
    assert "Traceback (most recent call last):" in lines
    assert lines[-1].startswith("Error: cannot reach the Bot API")


async def test_sigterm_while_waiting_out_a_bot_api_outage_stops_within_5_seconds(
    botapi: BotApiServer, tmp_path: Path
) -> None:
    botapi.fail_next("getUpdates", 500, times=1000)
    env = environment(botapi, tmp_path, LOG_LEVEL="INFO")
    process, out, err = await start_bot(env, tmp_path)
    try:
        # Waits of 1, 1.5, 2.25 and 3.4 s: after the fifth failure the next wait is 5 s.
        await botapi.wait_for("getUpdates", count=5, timeout=30, since=0)
        before = err.read_text().splitlines()
        process.send_signal(signal.SIGTERM)
        started = time.monotonic()
        code = await asyncio.wait_for(process.wait(), 10)
        took = time.monotonic() - started
    finally:
        await stop(process)
    output = err.read_text().splitlines()
    assert code == 0
    assert took < 5
    assert out.read_text() == ""
    assert [line.split(": ", 1)[1] for line in output[len(before) :]] == ["stopped"]
    assert not any("Traceback" in line for line in output)
    # One warning for the whole outage, not one per failed poll.
    assert sum("cannot fetch updates from the Bot API" in line for line in output) == 1
