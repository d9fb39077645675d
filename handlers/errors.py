"""The one error handler: log the failure (never the token or the user's text), apologise."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot import render
from bot.messages import message
from handlers import services

log = logging.getLogger("summit_bot.errors")


def _describe(update: object) -> str:
    # Only the update id and its kind: message texts and names stay out of the log.
    if isinstance(update, Update):
        kinds = [k for k, v in update.to_dict().items() if k != "update_id" and v]
        return f"update {update.update_id} ({', '.join(kinds) or 'empty'})"
    return "no update"


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log what failed, then give the user a short apology; never raise."""
    error = context.error
    if isinstance(error, Forbidden):
        # The user blocked the bot or it left the group: nothing to fix, no one to apologise to.
        log.warning("%s: %s", _describe(update), error)
        return
    log.error("%s failed", _describe(update), exc_info=error)
    if not isinstance(update, Update):
        return
    try:
        language = await services.user_language(update, context)
    except Exception:  # the store may be what failed; the default language will do
        language = services.settings(context).default_language
    try:
        await _apologise(update, context, message("error", language))
    except TelegramError as exc:  # the apology itself failed; nothing more to try
        log.warning("could not apologise for %s: %s", _describe(update), exc)


async def _apologise(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    query = update.callback_query
    if query is not None:
        try:
            await query.answer(text, show_alert=True)
            return
        except TelegramError:  # answered before the failure: say it in the chat instead
            pass
    chat = update.effective_chat
    if chat is not None and (update.message is not None or query is not None):
        await context.bot.send_message(chat.id, render.escape(text), parse_mode=ParseMode.HTML)
