"""Update factories: messages, edits, channel posts, button presses and inline queries."""

from __future__ import annotations

import copy
import itertools
import re
import time
from typing import Any

from .entities import _utf16_len
from .limits import DEFAULT_BOT_ID, DEFAULT_BOT_USERNAME

# --------------------------------------------------------------------------------------------
# Update factories
# --------------------------------------------------------------------------------------------

# Factories number their updates and messages themselves so that the dicts also work with
# Update.de_json() without a server; push_update() renumbers update_id (and message ids that
# would go backwards in their chat).
_update_ids = itertools.count(1)
_message_ids = itertools.count(1)
_query_ids = itertools.count(1)
_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?")


def _bot_user(bot_id: int, bot_username: str) -> dict[str, Any]:
    first_name = " ".join(part.capitalize() for part in bot_username.split("_") if part)
    return {
        "id": bot_id,
        "is_bot": True,
        "first_name": first_name or "Bot",
        "username": bot_username,
    }


def _user(
    user_id: int, first_name: str, language_code: str | None, username: str | None
) -> dict[str, Any]:
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username:
        user["username"] = username
    if language_code:
        user["language_code"] = language_code
    return user


def _chat_dict(
    chat_id: int, chat_type: str, first_name: str, username: str | None
) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    if chat_type == "private":
        chat["first_name"] = first_name
        if username:
            chat["username"] = username
    elif chat_type == "channel":
        chat["title"] = "Test channel"
    else:
        chat["title"] = "Test group"
    return chat


def _command_entities(text: str | None) -> list[dict[str, Any]]:
    """A bot_command entity, which Telegram adds and without which PTB sees no command."""
    if not text:
        return []
    match = _COMMAND_RE.match(text)
    if not match:
        return []
    return [{"type": "bot_command", "offset": 0, "length": _utf16_len(match.group(0))}]


def _message(
    text: str | None,
    *,
    user_id: int,
    chat_id: int | None,
    chat_type: str,
    language_code: str | None,
    first_name: str,
    username: str | None,
    message_id: int | None,
    reply_to_bot: bool,
    bot_id: int,
    bot_username: str,
    extra: dict[str, Any] | None,
) -> dict[str, Any]:
    chat_id = user_id if chat_id is None else chat_id
    if chat_type == "private" and chat_id < 0:
        chat_type = "supergroup" if str(chat_id).startswith("-100") else "group"
    message: dict[str, Any] = {
        "message_id": next(_message_ids) if message_id is None else message_id,
        "date": int(time.time()),
        "chat": _chat_dict(chat_id, chat_type, first_name, username),
        "from": _user(user_id, first_name, language_code, username),
    }
    if text is not None:
        message["text"] = text
        entities = _command_entities(text)
        if entities:
            message["entities"] = entities
    if reply_to_bot:
        message["reply_to_message"] = {
            "message_id": max(1, message["message_id"] - 1),
            "date": message["date"],
            "chat": message["chat"],
            "from": _bot_user(bot_id, bot_username),
            "text": "...",
        }
    if extra:
        message.update(copy.deepcopy(extra))
    return message


def message_update(
    text: str | None = None,
    *,
    user_id: int = 42,
    chat_id: int | None = None,
    chat_type: str = "private",
    language_code: str | None = "fr",
    first_name: str = "Amina",
    username: str | None = None,
    message_id: int | None = None,
    reply_to_bot: bool = False,
    bot_id: int = DEFAULT_BOT_ID,
    bot_username: str = DEFAULT_BOT_USERNAME,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An update with a new message, in Bot API shape.

    A text starting with a command ("/start", "/help@summit_test_bot arg") gets the
    ``bot_command`` entity Telegram would add. ``chat_id`` defaults to ``user_id`` (a private
    chat); a negative ``chat_id`` makes a group (or a supergroup for -100...). ``extra`` is
    merged into the message: ``{"sticker": {...}}``, ``{"photo": [...], "caption": "..."}``,
    ``{"location": {"latitude": 1.0, "longitude": 2.0}}``...
    """
    message = _message(
        text,
        user_id=user_id,
        chat_id=chat_id,
        chat_type=chat_type,
        language_code=language_code,
        first_name=first_name,
        username=username,
        message_id=message_id,
        reply_to_bot=reply_to_bot,
        bot_id=bot_id,
        bot_username=bot_username,
        extra=extra,
    )
    return {"update_id": next(_update_ids), "message": message}


def edited_message_update(
    text: str | None = None,
    *,
    user_id: int = 42,
    chat_id: int | None = None,
    chat_type: str = "private",
    language_code: str | None = "fr",
    first_name: str = "Amina",
    username: str | None = None,
    message_id: int | None = None,
    bot_id: int = DEFAULT_BOT_ID,
    bot_username: str = DEFAULT_BOT_USERNAME,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An ``edited_message`` update (same arguments as :func:`message_update`)."""
    message = _message(
        text,
        user_id=user_id,
        chat_id=chat_id,
        chat_type=chat_type,
        language_code=language_code,
        first_name=first_name,
        username=username,
        message_id=message_id,
        reply_to_bot=False,
        bot_id=bot_id,
        bot_username=bot_username,
        extra=extra,
    )
    message["edit_date"] = message["date"]
    return {"update_id": next(_update_ids), "edited_message": message}


def channel_post_update(
    text: str | None = None,
    *,
    chat_id: int = -1001234567890,
    title: str = "Test channel",
    username: str | None = None,
    message_id: int | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A ``channel_post`` update: channel posts have ``sender_chat`` and no ``from``."""
    chat: dict[str, Any] = {"id": chat_id, "type": "channel", "title": title}
    if username:
        chat["username"] = username
    message: dict[str, Any] = {
        "message_id": next(_message_ids) if message_id is None else message_id,
        "date": int(time.time()),
        "chat": chat,
        "sender_chat": dict(chat),
    }
    if text is not None:
        message["text"] = text
        entities = _command_entities(text)
        if entities:
            message["entities"] = entities
    if extra:
        message.update(copy.deepcopy(extra))
    return {"update_id": next(_update_ids), "channel_post": message}


def callback_update(
    data: str,
    *,
    user_id: int = 42,
    chat_id: int | None = None,
    message_id: int = 1,
    message_text: str = "...",
    language_code: str | None = "fr",
    first_name: str = "Amina",
    username: str | None = None,
    chat_type: str = "private",
    reply_markup: dict[str, Any] | None = None,
    bot_id: int = DEFAULT_BOT_ID,
    bot_username: str = DEFAULT_BOT_USERNAME,
) -> dict[str, Any]:
    """A ``callback_query`` update: the user pressed a button under the bot's message."""
    chat_id = user_id if chat_id is None else chat_id
    if chat_type == "private" and chat_id < 0:
        chat_type = "supergroup" if str(chat_id).startswith("-100") else "group"
    message: dict[str, Any] = {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": _chat_dict(chat_id, chat_type, first_name, username),
        "from": _bot_user(bot_id, bot_username),
        "text": message_text,
    }
    if reply_markup:
        message["reply_markup"] = copy.deepcopy(reply_markup)
    query = {
        "id": str(next(_query_ids)),
        "from": _user(user_id, first_name, language_code, username),
        "chat_instance": f"ci-{chat_id}",
        "data": data,
        "message": message,
    }
    return {"update_id": next(_update_ids), "callback_query": query}


def inline_update(
    query: str,
    *,
    user_id: int = 42,
    language_code: str | None = "fr",
    offset: str = "",
    first_name: str = "Amina",
    username: str | None = None,
    chat_type: str | None = "private",
) -> dict[str, Any]:
    """An ``inline_query`` update ("@bot query" typed in some chat)."""
    inline: dict[str, Any] = {
        "id": str(next(_query_ids)),
        "from": _user(user_id, first_name, language_code, username),
        "query": query,
        "offset": offset,
    }
    if chat_type:
        inline["chat_type"] = chat_type
    return {"update_id": next(_update_ids), "inline_query": inline}
