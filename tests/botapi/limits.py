"""Telegram's limits and its error descriptions, verbatim, and the fake bot's identity."""

from __future__ import annotations

DEFAULT_TOKEN = "123456:TEST-TOKEN"
DEFAULT_BOT_USERNAME = "summit_test_bot"
DEFAULT_BOT_ID = 123456

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_INLINE_RESULT_ID_BYTES = 64
MAX_COMMANDS = 100
MAX_COMMAND_LENGTH = 32
MAX_COMMAND_DESCRIPTION_LENGTH = 256

# Bot API error descriptions, verbatim: PTB strips "Bad Request: " and capitalises the rest,
# so tests should match on exception types, but code that inspects descriptions sees these.
CANT_PARSE_ENTITIES = "Bad Request: can't parse entities: "
TEXT_EMPTY = "Bad Request: message text is empty"
TEXT_TOO_LONG = "Bad Request: message is too long"
CAPTION_TOO_LONG = "Bad Request: message caption is too long"
BUTTON_DATA_INVALID = "Bad Request: BUTTON_DATA_INVALID"
BUTTON_TEXT_INVALID = "Bad Request: BUTTON_TEXT_INVALID"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a content and reply markup of the current message"
)
QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"
CONFLICT_OTHER_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is "
    "running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete "
    "the webhook first"
)
