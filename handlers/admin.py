"""Organiser commands: /stats, /unanswered, /export, /report [days] and /reload.

bot/app.py registers them for ADMIN_USER_IDS in private chats only; for anyone else they do
not exist and get the unknown-command reply.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
from pathlib import Path

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import render, report_html, review
from bot.engine import Engine
from bot.knowledge import PackError, load_pack
from bot.messages import message
from bot.report import build_report
from bot.store import StoreError
from handlers import services
from handlers.sending import send

log = logging.getLogger("summit_bot.admin")

# The chat shows the most asked; /export has everything.
UNANSWERED_SHOWN = 100
NOT_GIVEN = object()


async def read_since(update: Update, context: ContextTypes.DEFAULT_TYPE, command: str) -> object:
    """The start of the [days] period (None: all time), or NOT_GIVEN after showing usage.

    Shared with /suggest, which takes the same argument."""
    args = context.args or []
    try:
        if len(args) > 1:
            raise ValueError(args)
        return review.since_from(args[0] if args else None)
    except ValueError:
        language = await services.user_language(update, context)
        usage = message("admin_usage", language, command=command)
        await send(update, context, render.outgoing(usage))
        return NOT_GIVEN


async def say_log_unavailable(
    update: Update, context: ContextTypes.DEFAULT_TYPE, error: StoreError
) -> None:
    """Tell the organiser the conversation log cannot be read, and why."""
    language = await services.user_language(update, context)
    text = message("admin_log_unavailable", language, error=error)
    await send(update, context, render.outgoing(text))


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Usage figures for the last [days] days (all time without an argument)."""
    since = await read_since(update, context, "stats")
    if since is NOT_GIVEN:
        return
    zone = services.engine(context).pack.event.zone
    try:
        report = review.format_stats(await review.stats(services.store(context), since, zone))
    except StoreError as exc:
        await say_log_unavailable(update, context, exc)
        return
    await send(update, context, render.preformatted(report))


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Questions that fell back or got a 👎, grouped, with the entry nearest to each."""
    since = await read_since(update, context, "unanswered")
    if since is NOT_GIVEN:
        return
    engine = services.engine(context)
    try:
        groups = await review.unanswered(
            services.store(context), since, engine.closest, UNANSWERED_SHOWN
        )
    except StoreError as exc:
        await say_log_unavailable(update, context, exc)
        return
    await send(update, context, render.preformatted(review.format_unanswered(groups)))


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The conversation log as a CSV document (pseudonyms only)."""
    since = await read_since(update, context, "export")
    if since is NOT_GIVEN:
        return
    try:
        table = await review.export_csv(services.store(context), since)
    except StoreError as exc:
        await say_log_unavailable(update, context, exc)
        return
    rows = sum(1 for _ in csv.reader(io.StringIO(table))) - 1
    language = await services.user_language(update, context)
    caption = render.escape(message("admin_export_caption", language, rows=rows))
    await update.effective_message.reply_document(
        io.BytesIO(table.encode("utf-8")),
        filename="summit-bot-log.csv",
        caption=caption,
        parse_mode=ParseMode.HTML,
    )


async def report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The report with charts for the last [days] days, as one HTML document."""
    since = await read_since(update, context, "report")
    if since is NOT_GIVEN:
        return
    try:
        figures = await build_report(services.store(context), services.engine(context), since)
    except StoreError as exc:
        await say_log_unavailable(update, context, exc)
        return
    # Drawing the charts takes a second of CPU: keep the event loop answering meanwhile.
    page = await asyncio.to_thread(report_html.render, figures)
    language = await services.user_language(update, context)
    caption = message(
        "admin_report_caption",
        language,
        questions=figures.stats.questions,
        first=figures.first_day.isoformat(),
        last=figures.last_day.isoformat(),
        zone=figures.stats.timezone,
    )
    await update.effective_message.reply_document(
        io.BytesIO(page.encode("utf-8")),
        filename=f"summit-bot-report-{figures.generated:%Y-%m-%d}.html",
        caption=render.escape(caption),
        parse_mode=ParseMode.HTML,
    )


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Re-read the knowledge pack; keep the current one if the new one is invalid."""
    settings = services.settings(context)
    language = await services.user_language(update, context)
    try:
        # Reading YAML and indexing phrasings and asked questions takes a moment: keep the
        # event loop free.
        engine = await asyncio.to_thread(_ready_engine, settings.knowledge_dir)
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


COMMANDS = {
    "stats": stats,
    "unanswered": unanswered,
    "export": export,
    "reload": reload,
    "report": report,
}


def _ready_engine(folder: Path) -> Engine:
    """An engine on the pack in `folder`, its asked questions' index built."""
    engine = Engine(load_pack(folder))
    engine.warm()
    return engine
