"""bot/app.py's composition: rate limiter, concurrency, services, the daily purge."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from botapi import BotApiServer
from conftest import Talk, start_app, stop_app
from telegram.ext import AIORateLimiter

from bot.app import build_application
from bot.config import Settings
from bot.engine import Engine
from bot.knowledge import Pack
from bot.store import Exchange, utcnow


def test_the_rate_limiter_retries_and_follows_the_setting(settings: Settings, pack: Pack) -> None:
    app = build_application(dataclasses.replace(settings, rate_limit=12.5), pack)
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, AIORateLimiter)
    assert limiter._max_retries >= 1  # without it a 429 reaches the handler (pitfall 7)
    assert limiter._base_limiter.max_rate == 12.5
    app = build_application(dataclasses.replace(settings, rate_limit=0), pack)
    assert app.bot.rate_limiter is None


@pytest.mark.parametrize("concurrency", [1, 4, 16])
def test_concurrency_and_connection_pool_follow_the_setting(
    settings: Settings, pack: Pack, concurrency: int
) -> None:
    app = build_application(dataclasses.replace(settings, concurrent_updates=concurrency), pack)
    assert app.concurrent_updates == concurrency
    request = app.bot._request[1]
    assert request._client._transport._pool._max_connections == concurrency


def test_services_are_in_bot_data(settings: Settings, pack: Pack) -> None:
    app = build_application(settings, pack, base_url="http://127.0.0.1:9/bot")
    assert app.bot_data["settings"] is settings
    assert isinstance(app.bot_data["engine"], Engine)
    assert app.bot.base_url == f"http://127.0.0.1:9/bot{settings.token}"
    assert "store" not in app.bot_data  # opened by post_init, not at build time


async def test_the_log_is_purged_daily_and_closed_at_shutdown(talk: Talk) -> None:
    store = talk.app.bot_data["store"]
    [job] = talk.app.job_queue.get_jobs_by_name("purge-log")
    assert job.job.trigger.interval == timedelta(days=1)
    old = utcnow() - timedelta(days=91)
    store.log_exchange(
        Exchange("a" * 12, 1, "private", "telegram", "en", "q", "answer", None, 1, 1, old)
    )
    store.log_exchange(
        Exchange("b" * 12, 1, "private", "telegram", "en", "q", "answer", None, 1, 1)
    )
    await job.run(talk.app)
    assert await talk.rows("SELECT ref FROM exchanges") == [("b" * 12,)]


async def test_post_shutdown_writes_pending_rows_and_closes(
    settings: Settings, pack: Pack, botapi: BotApiServer
) -> None:
    app = build_application(settings, pack, base_url=botapi.base_url)
    await start_app(app)
    store = app.bot_data["store"]
    store.log_exchange(
        Exchange("c" * 12, 1, "private", "telegram", "en", "q", "answer", None, 1, 1)
    )
    await stop_app(app)
    assert "store" not in app.bot_data
    assert store.pending == 0 and store.dropped == 0
    assert settings.database_path.exists()
