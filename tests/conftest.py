"""Shared fixtures: settings, the pack, a real SQLite log, the fake Bot API and the running bot.

Two packs: `pack` is the shipped one, for tests that check its facts (the summit's date, a
speaker's name); `any_pack` is each pack in PACKS in turn, for tests of the Telegram and CLI
paths, which must work for any event. A test that asks for `any_pack` gets the running bot
(`talk`) and the CLI (`run`) answering from that pack.

`running_app` is the production Application from `bot.app.build_application`, polling the fake
server in tests/botapi.py over real HTTP on 127.0.0.1. Lifecycle by hand (pitfalls 2-5 of the
Telegram testing notes): initialize, post_init, start_polling, start; and on teardown the
reverse, the application always stopped before the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx._transports.default as httpx_transport
import pytest
from botapi import (
    DEFAULT_TOKEN,
    BotApiServer,
    Call,
    SentMessage,
    callback_update,
    inline_update,
    message_update,
)
from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler

import bot.app
from bot.app import ALLOWED_UPDATES, build_application
from bot.config import Settings
from bot.engine import Engine
from bot.knowledge import Pack, load_pack
from bot.store import Store

REPO = Path(__file__).resolve().parents[1]
KNOWLEDGE = REPO / "knowledge"
# The shipped pack and the fictional example of examples/: the product must run either.
PACKS = {"summit": KNOWLEDGE, "coders-festival": REPO / "examples" / "coders-festival"}
# "When is it?" in a way every pack answers with its `event_date` entry.
ASK_DATE = {"fr": "c'est quand ?", "en": "when is it?", "ar": "امتى؟"}
ADMIN_ID = 1001
USER_ID = 42
SECRET = "test-user-id-secret"
# After every other handler group: when it runs, the bot has finished with the update.
PROBE_GROUP = 99


# Settings pinned over whatever the developer's environment or .env says, for the CLI.
CLI_BASELINE = {
    "DEFAULT_LANGUAGE": "fr",
    "KNOWLEDGE_DIR": str(KNOWLEDGE),
    "TELEGRAM_BOT_TOKEN": "",
    "LOG_LEVEL": "INFO",
    "PYTHONIOENCODING": "utf-8",
}
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run(tmp_path: Path, app_pack: Pack) -> Run:
    """Run the real `python -m bot.cli ARGS` on `app_pack`; nothing it might log lands in the
    repository."""

    def run(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
        environ = {**os.environ, **CLI_BASELINE, "DATABASE_PATH": str(tmp_path / "log.db")}
        environ["KNOWLEDGE_DIR"] = str(app_pack.directory)
        return subprocess.run(
            [sys.executable, "-m", "bot.cli", *args],
            cwd=REPO,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**environ, **env},
            timeout=120,
        )

    return run


@pytest.fixture(scope="session")
def pack() -> Pack:
    """The shipped pack: for tests that check what it says."""
    return load_pack(KNOWLEDGE)


@pytest.fixture(scope="session", params=list(PACKS))
def any_pack(request: pytest.FixtureRequest) -> Pack:
    """Each pack in turn: for tests of paths that must work whatever the event."""
    return load_pack(PACKS[request.param])


@pytest.fixture
def app_pack(request: pytest.FixtureRequest) -> Pack:
    """The pack the running bot and the CLI answer from: `any_pack` when the test asks for
    it, else the shipped `pack`."""
    name = "any_pack" if "any_pack" in request.fixturenames else "pack"
    return request.getfixturevalue(name)


@pytest.fixture(scope="session", autouse=True)
def _ptb_timedelta() -> Iterator[None]:
    """Opt in to PTB's timedelta durations, as PTB 23 will do.

    Without it PTB builds every RetryAfter with a PTBDeprecationWarning, which pytest's
    warnings-as-errors turns into an exception inside the rate limiter, so a 429 would not be
    retried in tests as it is in production (where that warning is ignored by default).
    """
    patcher = pytest.MonkeyPatch()
    patcher.setenv("PTB_TIMEDELTA", "true")
    yield
    patcher.undo()


@pytest.fixture(scope="session", autouse=True)
def _fast_app_builds() -> Iterator[None]:
    """Make building an Application cheap, so each test can have its own.

    Two costs dominate and neither matters to what the tests check: httpx loads the CA bundle
    for every client (PTB makes two per bot) although the tests only speak plain HTTP to
    127.0.0.1, and the engine indexes the same pack again. Both results are reused; the
    engine is pure, and /reload builds a new one anyway.
    """
    patcher = pytest.MonkeyPatch()
    default_context = httpx_transport.create_ssl_context
    cache: dict[Any, Any] = {}

    def ssl_context(verify: Any = True, cert: Any = None, trust_env: bool = True) -> Any:
        if verify is not True or cert is not None:
            return default_context(verify, cert, trust_env)
        if "ssl" not in cache:
            cache["ssl"] = default_context(verify, cert, trust_env)
        return cache["ssl"]

    def engine(pack: Pack) -> Engine:
        if id(pack) not in cache:
            cache[id(pack)] = (pack, Engine(pack))  # the pack is kept so its id stays unique
        return cache[id(pack)][1]

    patcher.setattr(httpx_transport, "create_ssl_context", ssl_context)
    patcher.setattr(bot.app, "Engine", engine)
    yield
    patcher.undo()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "log.sqlite3"


@pytest.fixture
def settings(db_path: Path, app_pack: Pack) -> Settings:
    return Settings(
        token=DEFAULT_TOKEN,
        admin_user_ids=frozenset({ADMIN_ID}),
        knowledge_dir=app_pack.directory,
        database_path=db_path,
        user_id_secret=SECRET,
    )


@pytest.fixture
async def store(settings: Settings) -> AsyncIterator[Store]:
    opened = await Store.open(settings.database_path, secret=SECRET.encode())
    yield opened
    await opened.close()


@pytest.fixture
async def botapi() -> AsyncIterator[BotApiServer]:
    server = BotApiServer()
    await server.start()
    yield server
    await server.stop()


class Probe:
    """Knows which updates the application has completely handled."""

    def __init__(self) -> None:
        self.done: set[int] = set()
        self._changed = asyncio.Event()

    async def seen(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        self.done.add(update.update_id)
        self._changed.set()

    async def wait(self, update_id: int, timeout: float = 5.0) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while update_id not in self.done:
            self._changed.clear()
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"update {update_id} was not handled within {timeout}s")
            # asyncio.TimeoutError, not TimeoutError: they differ on Python 3.10.
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)


@pytest.fixture
def probe() -> Probe:
    return Probe()


async def start_app(app: Application, probe: Probe | None = None) -> None:
    if probe is not None:
        app.add_handler(TypeHandler(Update, probe.seen), group=PROBE_GROUP)
    await app.initialize()
    await app.post_init(app)
    await app.updater.start_polling(poll_interval=0, timeout=2, allowed_updates=ALLOWED_UPDATES)
    await app.start()


async def stop_app(app: Application) -> None:
    if app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    await app.post_shutdown(app)


@pytest.fixture
async def running_app(
    settings: Settings, app_pack: Pack, botapi: BotApiServer, probe: Probe
) -> AsyncIterator[tuple[Application, BotApiServer]]:
    app = build_application(settings, app_pack, base_url=botapi.base_url)
    await start_app(app, probe)
    try:
        yield app, botapi
    finally:
        await stop_app(app)
    check_everything_sent(botapi)


# Errors Telegram gives for what the bot itself got wrong (as opposed to failures a test
# provokes with fail_next).
OUR_MISTAKES = ("BUTTON_DATA_INVALID", "can't parse entities", "message is too long", "too old")


def check_everything_sent(server: BotApiServer) -> None:
    """Whatever a test checked, every call the bot made was valid for Telegram."""
    mistakes = [
        str(call)
        for call in server.calls
        if any(m in (call.description or "") for m in OUR_MISTAKES)
    ]
    assert mistakes == []
    for sent in server.outbox:
        for data in sent.callback_data:
            assert 1 <= len(data.encode("utf-8")) <= 64, data


class Talk:
    """A user talking to the running bot: push an update, get what the bot did about it."""

    def __init__(self, app: Application, server: BotApiServer, probe: Probe) -> None:
        self.app = app
        self.server = server
        self.probe = probe

    async def push(self, update: dict[str, Any]) -> list[Call]:
        """Push one update, wait until the bot has handled it; the calls it made meanwhile."""
        start = len(self.server.calls)
        update_id = self.server.push_update(update)
        await self.probe.wait(update_id)
        return [call for call in self.server.calls[start:] if call.method != "getUpdates"]

    def sent_since(self, calls: list[Call]) -> list[SentMessage]:
        first = min((call.index for call in calls), default=len(self.server.calls))
        return [sent for sent in self.server.outbox if sent.call_index >= first]

    async def say(self, text: str | None, **kwargs: Any) -> list[SentMessage]:
        """Send a message; the messages the bot sent (or edited) in reply."""
        calls = await self.push(message_update(text, **kwargs))
        return self.sent_since(calls)

    async def press(
        self, data: str, on: SentMessage | None = None, **kwargs: Any
    ) -> tuple[list[Call], list[SentMessage]]:
        """Press a button (under the bot's message `on`, if given)."""
        if on is not None:
            kwargs.setdefault("message_id", on.message_id)
            kwargs.setdefault("message_text", on.text)
            kwargs.setdefault("reply_markup", on.reply_markup)
            if isinstance(on.chat_id, int):
                kwargs.setdefault("chat_id", on.chat_id)
        calls = await self.push(callback_update(data, **kwargs))
        return calls, self.sent_since(calls)

    async def inline(self, query: str, **kwargs: Any) -> Call:
        """Type "@bot query"; the answerInlineQuery call."""
        calls = await self.push(inline_update(query, **kwargs))
        answers = [call for call in calls if call.method == "answerInlineQuery"]
        assert len(answers) == 1, calls
        return answers[0]

    async def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Rows from the bot's own log file, once everything queued is written."""
        store: Store = self.app.bot_data["store"]
        await store.flush()
        with sqlite3.connect(store.path) as connection:
            return connection.execute(sql, params).fetchall()


@pytest.fixture
def talk(running_app: tuple[Application, BotApiServer], probe: Probe) -> Talk:
    app, server = running_app
    return Talk(app, server, probe)


async def admin_says(talk: Talk, text: str, **kwargs: Any) -> list[SentMessage]:
    """What the bot sends back when an admin types `text` in private, in English."""
    return await talk.say(text, user_id=ADMIN_ID, language_code="en", **kwargs)


def replace_settings(settings: Settings, **changes: Any) -> Settings:
    return dataclasses.replace(settings, **changes)


def answers(calls: list[Call]) -> list[Call]:
    """The bot's answers to button presses (answerCallbackQuery) among `calls`."""
    return [c for c in calls if c.method == "answerCallbackQuery"]
