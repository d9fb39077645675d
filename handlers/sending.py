"""Turning `bot.render` output into Telegram messages and inline keyboards, and sending them."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, NetworkError
from telegram.ext import ContextTypes

from bot.render import Keyboard, Outgoing

log = logging.getLogger("summit_bot.sending")

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# A 500 or a timeout from Telegram is usually gone a moment later: one more try after this
# pause gives the user the answer instead of the apology, without holding the handler long.
RETRY_PAUSE = 1.0


def markup(keyboard: Keyboard) -> InlineKeyboardMarkup | None:
    """A render keyboard as PTB's InlineKeyboardMarkup (None for no buttons)."""
    if not keyboard:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, callback_data=b.data) for b in row] for row in keyboard]
    )


async def send(
    update: Update, context: ContextTypes.DEFAULT_TYPE, parts: Sequence[Outgoing]
) -> Message | None:
    """Send `parts` in order to the update's chat (and topic); return the last message.

    In a group the first part replies to the user's message, so it is clear who is answered;
    after a button press the bot's message is not quoted.
    """
    chat = update.effective_chat
    if chat is None:
        return None
    message = update.message
    quote = message is not None and chat.type != ChatType.PRIVATE
    origin = update.effective_message
    # After a button press the message may be inaccessible (too old): no topic to follow then.
    topic = getattr(origin, "is_topic_message", False)
    thread = origin.message_thread_id if origin is not None and topic else None
    sent = None
    for index, part in enumerate(parts):
        reply_to = (
            ReplyParameters(message.message_id, allow_sending_without_reply=True)
            if quote and index == 0 and message is not None
            else None
        )
        sent = await _send_message(
            context,
            chat_id=chat.id,
            text=part.text,
            parse_mode=ParseMode.HTML,
            reply_markup=markup(part.keyboard),
            link_preview_options=NO_PREVIEW,
            message_thread_id=thread,
            reply_parameters=reply_to,
        )
    return sent


async def _send_message(context: ContextTypes.DEFAULT_TYPE, **message: Any) -> Message:
    """sendMessage, tried once more after a 5xx, a timeout or a dropped connection.

    A 429 is the rate limiter's to wait out, and a 400 would fail again. The second try may
    duplicate a message that Telegram delivered but did not confirm: rarer, and less harm,
    than an apology in place of the answer.
    """
    try:
        return await context.bot.send_message(**message)
    except BadRequest:
        raise
    except NetworkError as exc:
        log.warning("sending failed (%s); trying once more in %.0f s", exc, RETRY_PAUSE)
    await asyncio.sleep(RETRY_PAUSE)
    return await context.bot.send_message(**message)
