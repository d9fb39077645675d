"""Free-text questions: the engine's reply, rendered with its buttons, and logged."""

from __future__ import annotations

import time

from telegram import Update
from telegram.ext import ContextTypes

from bot import render
from handlers import services
from handlers.commands import help_command
from handlers.flood import Verdict, notice, verdict
from handlers.groups import question_text
from handlers.sending import send


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a question typed in private, or addressed to the bot in a group."""
    started = time.perf_counter()
    message = update.effective_message
    if message is None:
        return
    text = question_text(message)
    if not text:  # "@bot" alone in a group: show what it can do
        await help_command(update, context)
        return
    held = verdict(update, context, text)
    if held is not Verdict.ANSWER:
        if held is Verdict.NOTICE:
            await send(update, context, render.outgoing(await notice(update, context)))
        return
    engine = services.engine(context)  # once: a /reload meanwhile must not mix two packs
    reply = await services.ask(context, engine, update.effective_user, text)
    ref = services.log_exchange(
        context, update, question=text, reply=reply, channel="telegram", started=started
    )
    await send(update, context, render.reply_messages(reply, render.reply_keyboard(reply, ref)))
