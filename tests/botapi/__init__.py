"""A small fake Telegram Bot API server for end-to-end tests of the bot.

Telegram cannot be reached from the test machines, so tests point a real python-telegram-bot
``Application`` at this server instead::

    server = BotApiServer()
    await server.start()
    app = ApplicationBuilder().token(server.token).base_url(server.base_url).build()
    ...
    server.push_update(message_update("/start"))
    [call] = await server.wait_for("sendMessage")
    ...
    await app.stop()        # always stop the application before the server
    await server.stop()

What it does, and why:

* It speaks the wire format PTB uses (form-encoded or multipart POSTs, JSON-encoded values for
  everything that is not a plain string) and answers ``{"ok": ..., ...}`` like Telegram, with
  Telegram's own error descriptions, because PTB turns those into exception types
  (``BadRequest``, ``RetryAfter``, ``InvalidToken``...) that the bot's code has to handle.
* It enforces the limits that bite in production and that PTB does not check on the client
  side: HTML/MarkdownV2 entity parsing, 4096 characters of text *after* parsing, 64 *bytes* of
  ``callback_data``, 50 inline results, bot command syntax, "message is not modified"...
  The entity parsers mirror tdlib (which the real Bot API server uses), including the exact
  error messages and byte offsets.
* ``getUpdates`` long-polls like Telegram: it answers as soon as an update is queued, holds up
  to ``timeout`` seconds otherwise, and keeps updates until a later ``offset`` confirms them.
  Answering ``[]`` at once would make PTB poll in a tight loop.
* Every request is recorded as a :class:`Call`; :meth:`BotApiServer.wait_for` waits for calls
  that arrive after the last :meth:`BotApiServer.push_update` (or :meth:`BotApiServer.mark`).

Where the server is deliberately stricter than Telegram: by default ``validate_html`` and the
server also reject a bare ``&`` that does not start a supported entity (``&foo;``, ``AT&T``)
and a bare ``>``. Telegram shows those literally, but its documentation requires them to be
escaped, and an unescaped ``&`` in user-provided text means ``&lt;`` typed by a user would be
shown as ``<``. Pass ``strict=False`` / ``BotApiServer(strict_html=False)`` for tdlib's
lenient behaviour.

Everything runs in the test's event loop; nothing here is thread-safe except
:meth:`BotApiServer.push_update`, which may also be called from another thread.
"""

from __future__ import annotations

from .entities import (
    EntityParseError,
    ParsedText,
    html_to_text,
    parse_html,
    parse_markdown,
    parse_markdown_v2,
    parse_text,
    validate_html,
    validate_markdown_v2,
    validate_text,
)
from .limits import (
    DEFAULT_BOT_ID,
    DEFAULT_BOT_USERNAME,
    DEFAULT_TOKEN,
    MAX_CALLBACK_DATA_BYTES,
    MAX_CAPTION_LENGTH,
    MAX_MESSAGE_LENGTH,
)
from .records import BotApiError, Call, SentMessage
from .server import BotApiServer, bot_api_server, polling
from .updates import (
    callback_update,
    channel_post_update,
    edited_message_update,
    inline_update,
    message_update,
)

__all__ = [
    "DEFAULT_BOT_ID",
    "DEFAULT_BOT_USERNAME",
    "DEFAULT_TOKEN",
    "MAX_CALLBACK_DATA_BYTES",
    "MAX_CAPTION_LENGTH",
    "MAX_MESSAGE_LENGTH",
    "BotApiError",
    "BotApiServer",
    "Call",
    "EntityParseError",
    "ParsedText",
    "SentMessage",
    "bot_api_server",
    "callback_update",
    "channel_post_update",
    "edited_message_update",
    "html_to_text",
    "inline_update",
    "message_update",
    "parse_html",
    "parse_markdown",
    "parse_markdown_v2",
    "parse_text",
    "polling",
    "validate_html",
    "validate_markdown_v2",
    "validate_text",
]
