"""Which messages the bot takes as addressed to it: all in private, few in groups."""

from __future__ import annotations

from telegram import Message, MessageEntity
from telegram.constants import ChatType
from telegram.ext import filters

_MENTIONS = [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
_SPACE = " ".encode("utf-16-le")


def _is_me(message: Message, entity: MessageEntity, text: str) -> bool:
    bot = message.get_bot()
    if entity.type == MessageEntity.TEXT_MENTION:
        return entity.user is not None and entity.user.id == bot.id
    return text[1:].lower() == (bot.username or "").lower()


def _own_mentions(message: Message) -> list[MessageEntity]:
    entities = {**message.parse_entities(_MENTIONS), **message.parse_caption_entities(_MENTIONS)}
    return [entity for entity, text in entities.items() if _is_me(message, entity, text)]


class _AddressedToBot(filters.MessageFilter):
    """A message that mentions the bot (@username or a text mention) or replies to it."""

    def filter(self, message: Message) -> bool:
        reply = message.reply_to_message
        if reply is not None and reply.from_user and reply.from_user.id == message.get_bot().id:
            return True
        return bool(_own_mentions(message))


class _CommandForMe(filters.MessageFilter):
    """A command meant for this bot: any in private, only /cmd@thisbot in groups.

    Groups often hold several bots; a bare /cmd there may be for another one, so the bot
    only says "unknown command" when it was named.
    """

    def filter(self, message: Message) -> bool:
        command = (message.text or "").split(maxsplit=1)[0] if message.text else ""
        _, at, target = command.partition("@")
        if at:
            return target.lower() == (message.get_bot().username or "").lower()
        return message.chat.type == ChatType.PRIVATE


ADDRESSED = _AddressedToBot(name="addressed_to_bot")
# In groups the bot stays silent unless spoken to; privacy mode alone does not ensure this
# (an admin bot, or privacy mode switched off, receives every message).
FOR_ME = filters.ChatType.PRIVATE | (filters.ChatType.GROUPS & ADDRESSED)
COMMAND_FOR_ME = _CommandForMe(name="command_for_me")


def question_text(message: Message) -> str:
    """The message text without the mentions of this bot, ready for the engine."""
    text = message.text or ""
    own = _own_mentions(message) if message.chat.type != ChatType.PRIVATE else []
    if not own:
        return text.strip()
    # Entity offsets count UTF-16 code units, so cut in that encoding.
    units = text.encode("utf-16-le")
    for entity in sorted(own, key=lambda e: e.offset, reverse=True):
        units = units[: entity.offset * 2] + _SPACE + units[(entity.offset + entity.length) * 2 :]
    return " ".join(units.decode("utf-16-le").split()).strip(" ,:;")
