"""Webhook mode end to end: the real webhook server of the production app, and its secret."""

from __future__ import annotations

import dataclasses
import socket

import aiohttp
from botapi import BotApiServer, message_update
from conftest import PROBE_GROUP, Probe
from telegram import Update
from telegram.ext import TypeHandler

from bot.app import build_application, webhook_options
from bot.config import Settings
from bot.knowledge import Pack

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_webhook_accepts_only_updates_with_the_secret_token(
    settings: Settings, pack: Pack, botapi: BotApiServer, probe: Probe
) -> None:
    settings = dataclasses.replace(
        settings,
        # Never called: setWebhook goes to the fake server, which only records it.
        webhook_url="https://bot.example.org/telegram/hook",
        webhook_secret="s3cret-Token_1",
        webhook_listen="127.0.0.1",
        webhook_port=free_port(),
    )
    options = webhook_options(settings)
    assert options["url_path"] == "telegram/hook"
    app = build_application(settings, pack, base_url=botapi.base_url)
    app.add_handler(TypeHandler(Update, probe.seen), group=PROBE_GROUP)
    await app.initialize()
    await app.post_init(app)
    await app.updater.start_webhook(**options)
    await app.start()
    try:
        [registered] = botapi.calls_of("setWebhook")
        assert registered.params["url"] == settings.webhook_url
        assert registered.params["secret_token"] == "s3cret-Token_1"
        url = f"http://127.0.0.1:{settings.webhook_port}/telegram/hook"
        refused = message_update("When was the summit?", language_code="en")
        accepted = message_update("When was the summit?", language_code="en")
        async with aiohttp.ClientSession() as http:
            for headers in ({SECRET_HEADER: "wrong"}, {}):
                async with http.post(url, json=refused, headers=headers) as response:
                    assert response.status == 403
            headers = {SECRET_HEADER: "s3cret-Token_1"}
            async with http.post(url, json=accepted, headers=headers) as response:
                assert response.status == 200
        await probe.wait(accepted["update_id"])
        assert refused["update_id"] not in probe.done
        [sent] = botapi.calls_of("sendMessage")
        assert sent.ok and "12 December 2024" in sent.params["text"]
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)


def test_without_a_configured_secret_each_run_gets_a_random_one(settings: Settings) -> None:
    settings = dataclasses.replace(settings, webhook_url="https://bot.example.org/")
    first, second = webhook_options(settings), webhook_options(settings)
    assert first["url_path"] == ""
    assert len(first["secret_token"]) >= 32 and first["secret_token"] != second["secret_token"]
