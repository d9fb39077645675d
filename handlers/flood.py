"""Flood control in the handlers: who is exempt, and the one notice a flooding user gets."""

from __future__ import annotations

import enum
import logging
import math

from telegram import Update
from telegram.ext import ContextTypes

from bot.messages import message
from bot.safety import is_distress
from handlers import services

log = logging.getLogger("summit_bot.flood")


class Verdict(enum.Enum):
    ANSWER = "answer"
    NOTICE = "notice"  # the first ignored message of a pause: say why, once
    IGNORE = "ignore"


def verdict(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str | None) -> Verdict:
    """Whether to answer this message, or whether its sender is flooding the bot.

    Safety first: a message showing distress is answered even during a pause. Admins and
    messages without a user (an anonymous group admin) are never held back.
    """
    guard = services.flood_guard(context)
    user = update.effective_user
    if guard is None or user is None or services.settings(context).is_admin(user.id):
        return Verdict.ANSWER
    if guard.admit(user.id) or (text and is_distress(text)):
        return Verdict.ANSWER
    if guard.refuse(user.id):
        # No user id here: the log is not the place to profile users.
        log.info("a user is sending too fast; ignoring them for %d s", guard.pause)
        return Verdict.NOTICE
    return Verdict.IGNORE


async def notice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The "you're sending very fast" notice, in the user's language, as plain text."""
    guard = services.flood_guard(context)
    minutes = max(1, math.ceil((guard.pause if guard else 60) / 60))
    language = await services.user_language(update, context)
    return message("too_fast", language, minutes=minutes)
