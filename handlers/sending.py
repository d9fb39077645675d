"""Turning `bot.render` output into Telegram messages and inline keyboards."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.ext import ContextTypes

from bot.render import Keyboard, Outgoing

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


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
        sent = await context.bot.send_message(
            chat.id,
            part.text,
            parse_mode=ParseMode.HTML,
            reply_markup=markup(part.keyboard),
            link_preview_options=NO_PREVIEW,
            message_thread_id=thread,
            reply_parameters=reply_to,
        )
    return sent
