"""Organiser commands: /stats, /unanswered, /export [days] and /reload.

bot/app.py registers them for ADMIN_USER_IDS in private chats only; for anyone else they do
not exist and get the unknown-command reply.
"""

from __future__ import annotations

import asyncio
import io
import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot import render
try:  # TEMP-DEV
    from bot import review
except ImportError:  # TEMP-DEV
    review = None  # TEMP-DEV
from bot.engine import Engine
from bot.knowledge import PackError, load_pack
from bot.messages import message
from bot.store import StoreError
from handlers import services
from handlers.sending import send

log = logging.getLogger("summit_bot.admin")

MAX_DAYS = 3650


async def _days(update: Update, context: ContextTypes.DEFAULT_TYPE, command: str) -> int | None:
    """The optional [days] argument: 0 means everything; None after telling the usage."""
    args = context.args or []
    if not args:
        return 0
    if len(args) == 1 and args[0].isdigit() and int(args[0]) <= MAX_DAYS:
        return int(args[0])
    language = await services.user_language(update, context)
    await send(update, context, render.outgoing(message("admin_usage", language, command=command)))
    return None


async def _report(update: Update, context: ContextTypes.DEFAULT_TYPE, command: str) -> None:
    days = await _days(update, context, command)
    if days is None:
        return
    store = services.store(context)
    since = review.since_from(days or None)
    try:
        if command == "stats":
            text = review.format_stats(await review.stats(store, since))
        else:
            text = review.format_unanswered(await review.unanswered(store, since))
    except StoreError as exc:
        language = await services.user_language(update, context)
        text = message("admin_log_unavailable", language, error=exc)
        await send(update, context, render.outgoing(text))
        return
    await send(update, context, render.preformatted(text))


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Usage figures for the last [days] days (all time without an argument)."""
    await _report(update, context, "stats")


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Questions that fell back or got a 👎, to improve the pack."""
    await _report(update, context, "unanswered")


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The conversation log as a CSV document."""
    days = await _days(update, context, "export")
    if days is None:
        return
    language = await services.user_language(update, context)
    store = services.store(context)
    try:
        csv_text, rows = await review.export_csv(store, review.since_from(days or None))
    except StoreError as exc:
        text = message("admin_log_unavailable", language, error=exc)
        await send(update, context, render.outgoing(text))
        return
    document = io.BytesIO(csv_text.encode("utf-8"))
    caption = render.escape(message("admin_export_caption", language, rows=rows))
    await update.effective_message.reply_document(
        document, filename="summit-bot-log.csv", caption=caption, parse_mode="HTML"
    )


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Re-read the knowledge pack; keep the current one if the new one is invalid."""
    settings = services.settings(context)
    language = await services.user_language(update, context)
    try:
        # Reading YAML and indexing phrasings takes a moment: keep the event loop free.
        engine = await asyncio.to_thread(lambda: Engine(load_pack(settings.knowledge_dir)))
    except PackError as exc:
        header = message("admin_reload_failed", language, folder=settings.knowledge_dir)
        await send(update, context, [*render.outgoing(header), *render.preformatted(str(exc))])
        return
    # One assignment: an update being handled keeps the engine it started with.
    context.bot_data[services.ENGINE] = engine
    pack = engine.pack
    log.info("knowledge pack reloaded from %s", settings.knowledge_dir)
    text = message(
        "admin_reloaded",
        language,
        panels=len(pack.panels),
        speakers=len(pack.speakers),
        entries=len(pack.entries()),
    )
    await send(update, context, render.outgoing(text))


COMMANDS = {"stats": stats, "unanswered": unanswered, "export": export, "reload": reload}
