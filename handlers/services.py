"""The services handlers share through `bot_data`, and the language to answer a user in."""

from __future__ import annotations

import time

from telegram import Update, User
from telegram.ext import ContextTypes

from bot.config import Settings
from bot.engine import Engine, Reply
from bot.flood import FloodGuard
from bot.store import Exchange, Store
from bot.text import LANGUAGES

# bot_data keys, set by bot/app.py. The engine is replaced as a whole by /reload, so a handler
# reads it once and keeps that pack for the whole update.
SETTINGS = "settings"
ENGINE = "engine"
STORE = "store"
FLOOD = "flood"


def settings(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    return context.bot_data[SETTINGS]


def engine(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    return context.bot_data[ENGINE]


def store(context: ContextTypes.DEFAULT_TYPE) -> Store:
    return context.bot_data[STORE]


def flood_guard(context: ContextTypes.DEFAULT_TYPE) -> FloodGuard | None:
    return context.bot_data.get(FLOOD)


def telegram_language(user: User | None, default: str) -> str:
    """The user's Telegram interface language if the bot speaks it ("fr-CA" counts as fr)."""
    code = ((user.language_code if user else None) or "").split("-")[0].lower()
    return code if code in LANGUAGES else default


async def chosen_language(context: ContextTypes.DEFAULT_TYPE, user: User | None) -> str | None:
    """The language the user picked with /language, if any (kept by the store across restarts)."""
    if user is None:
        return None
    return await store(context).get_language(user.id)


async def language_of(context: ContextTypes.DEFAULT_TYPE, user: User | None) -> str:
    """Stored choice, else Telegram's language if fr/en/ar, else DEFAULT_LANGUAGE."""
    chosen = await chosen_language(context, user)
    return chosen or telegram_language(user, settings(context).default_language)


async def user_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The language to speak to the user behind `update` in (see `language_of`)."""
    return await language_of(context, update.effective_user)


async def ask(
    context: ContextTypes.DEFAULT_TYPE, engine: Engine, user: User | None, text: str
) -> Reply:
    """The engine's reply: in the user's chosen language, else the one the text is written in,
    else their Telegram language or DEFAULT_LANGUAGE."""
    chosen = await chosen_language(context, user)
    fallback = telegram_language(user, settings(context).default_language)
    return engine.reply(text, chosen=chosen, fallback=fallback)


def log_exchange(
    context: ContextTypes.DEFAULT_TYPE,
    update: Update,
    *,
    question: str,
    reply: Reply,
    channel: str,
    started: float,
) -> str:
    """Queue one exchange for the conversation log (never blocks the reply); return its ref,
    which the reply's 👍/👎 buttons carry."""
    user = update.effective_user
    chat = update.effective_chat
    inline = update.inline_query
    chat_type = chat.type if chat else (inline.chat_type if inline else None)
    row = Exchange.for_reply(
        question,
        reply,
        (time.perf_counter() - started) * 1000,
        user_id=user.id if user else None,
        chat_type=chat_type or "unknown",
        channel=channel,
    )
    store(context).log_exchange(row)
    return row.ref
