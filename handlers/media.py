"""Stickers, photos, voice notes, files, locations, polls...: the bot reads text only."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import render
from bot.messages import message
from handlers import services
from handlers.flood import Verdict, notice, verdict
from handlers.sending import send


async def text_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say, in the user's language, that only text questions are understood."""
    held = verdict(update, context, update.effective_message.caption)
    if held is not Verdict.ANSWER:
        if held is Verdict.NOTICE:
            await send(update, context, render.outgoing(await notice(update, context)))
        return
    language = await services.user_language(update, context)
    event = services.engine(context).pack.event.short_name[language]
    await send(update, context, render.outgoing(message("text_only", language, event=event)))
