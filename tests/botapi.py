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

import asyncio
import contextlib
import copy
import inspect
import itertools
import json
import logging
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import pytest_asyncio
from aiohttp import web

if TYPE_CHECKING:
    from telegram.ext import Application

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

_LOGGER = logging.getLogger(__name__)

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


# --------------------------------------------------------------------------------------------
# Entity parsing (mirrors tdlib's parse_html / parse_markdown_v2 / parse_markdown)
# --------------------------------------------------------------------------------------------


class EntityParseError(ValueError):
    """Raised by the parsers; ``str(exc)`` is tdlib's message, without the Bot API prefix."""


@dataclass
class ParsedText:
    """Text as Telegram stores it: plain text plus MessageEntity dicts (UTF-16 offsets)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Span:
    """An entity while parsing, in UTF-8 byte positions of the output."""

    kind: str
    start: int
    end: int
    argument: str = ""


_HTML_TAGS = frozenset(
    "a b strong i em s strike del u ins tg-spoiler tg-emoji span pre code blockquote".split()
)
_HTML_KIND = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES = {b"lt": ord("<"), b"gt": ord(">"), b"amp": ord("&"), b"quot": ord('"')}
# tdlib's is_space() includes NUL, which doubles as its end-of-string sentinel.
_SPACES = frozenset(b" \t\r\n\x00\x0b\x0c")
_HEX = frozenset(b"0123456789abcdefABCDEF")
_ALNUM = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ALPHA = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Telegram trims these from both ends of a message after parsing.
_TRIM = " \t\r\n\x0b\x0c"


def _byte_at(data: bytes, index: int) -> int:
    """tdlib reads past the end as NUL; so do we, to keep its control flow and messages."""
    return data[index] if index < len(data) else 0


def _decode_html_entity(data: bytes, pos: int) -> tuple[int, int]:
    """Decode ``&...;`` at ``pos`` like tdlib: (code point, next position), or (0, pos)."""
    end = pos + 1
    value = 0
    if _byte_at(data, pos + 1) == ord("#"):
        end += 1
        if _byte_at(data, pos + 2) == ord("x"):
            end += 1
            while _byte_at(data, end) in _HEX:
                value = value * 16 + int(chr(data[end]), 16)
                end += 1
                if value >= 0x10FFFF:
                    return 0, pos
        else:
            while 0x30 <= _byte_at(data, end) <= 0x39:
                value = value * 10 + data[end] - 0x30
                end += 1
                if value >= 0x10FFFF:
                    return 0, pos
        if value == 0 or value >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        while _byte_at(data, end) in _ALPHA:
            end += 1
        value = _NAMED_ENTITIES.get(data[pos + 1 : end], 0)
        if not value:
            return 0, pos  # unsupported named entity: tdlib keeps the '&' literally
    if _byte_at(data, end) == ord(";"):
        end += 1
    return value, end


def _append_code_point(out: bytearray, value: int) -> None:
    # surrogatepass: a lone surrogate from "&#xD800;" must survive until the final UTF-8
    # check, which then fails with tdlib's message instead of a Python traceback.
    out += chr(value).encode("utf-8", "surrogatepass")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _finish(out: bytearray, spans: list[_Span], bad_unicode_message: str) -> ParsedText:
    """Turn the byte output and spans into a ParsedText with UTF-16 entity offsets."""
    try:
        text = bytes(out).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EntityParseError(bad_unicode_message) from exc
    entities: list[dict[str, Any]] = []
    for span in spans:
        if span.end <= span.start:
            continue  # tdlib drops empty entities silently
        offset = _utf16_len(bytes(out[: span.start]).decode("utf-8"))
        length = _utf16_len(bytes(out[span.start : span.end]).decode("utf-8"))
        entity: dict[str, Any] = {"type": span.kind, "offset": offset, "length": length}
        if span.kind == "text_link":
            entity["url"] = span.argument
        elif span.kind == "pre" and span.argument:
            entity["language"] = span.argument
        elif span.kind == "custom_emoji":
            entity["custom_emoji_id"] = span.argument
        entities.append(entity)
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return ParsedText(text, entities)


def parse_html(text: str, *, strict: bool = True) -> ParsedText:
    """Parse Telegram HTML like tdlib's ``parse_html``; raise :class:`EntityParseError`.

    ``strict`` additionally rejects a ``&`` that starts no supported entity and a bare ``>``
    (the Bot API documentation requires them escaped; tdlib itself keeps them literally).
    """
    data = text.encode("utf-8", "surrogatepass")
    out = bytearray()
    spans: list[_Span] = []
    # Open tags: (name, argument, output position, byte offset of '<').
    stack: list[tuple[str, str, int, int]] = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == ord("&"):
            value, after = _decode_html_entity(data, i)
            if value:
                _append_code_point(out, value)
                i = after
                continue
            if strict:
                raise EntityParseError(
                    f'Unescaped "&" at byte offset {i}: write it as &amp; '
                    "(strict check; Telegram itself would show it as is)"
                )
        if c != ord("<"):
            if strict and c == ord(">"):
                raise EntityParseError(
                    f'Unescaped ">" at byte offset {i}: write it as &gt; '
                    "(strict check; Telegram itself would show it as is)"
                )
            out.append(c)
            i += 1
            continue

        begin = i
        i += 1
        if _byte_at(data, i) != ord("/"):
            # A start tag.
            while _byte_at(data, i) not in _SPACES and _byte_at(data, i) != ord(">"):
                i += 1
            if _byte_at(data, i) == 0:
                raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
            tag = data[begin + 1 : i].decode("utf-8", "replace").lower()
            if tag not in _HTML_TAGS:
                raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {begin}')
            argument = ""
            expandable = False
            while _byte_at(data, i) != ord(">"):
                while _byte_at(data, i) != 0 and _byte_at(data, i) in _SPACES:
                    i += 1
                if _byte_at(data, i) == ord(">"):
                    break
                name_begin = i
                while _byte_at(data, i) not in _SPACES and _byte_at(data, i) not in b"=>":
                    i += 1
                name = data[name_begin:i]
                if not name:
                    raise EntityParseError(
                        f'Empty attribute name in the tag "{tag}" at byte offset {begin}'
                    )
                while _byte_at(data, i) != 0 and _byte_at(data, i) in _SPACES:
                    i += 1
                if _byte_at(data, i) != ord("="):
                    if tag == "blockquote" and name == b"expandable":
                        expandable = True
                        continue
                    raise EntityParseError(
                        "Expected equal sign in declaration of an attribute of the tag "
                        f'"{tag}" at byte offset {begin}'
                    )
                i += 1
                while _byte_at(data, i) != 0 and _byte_at(data, i) in _SPACES:
                    i += 1
                if _byte_at(data, i) == 0:
                    raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
                value_bytes = bytearray()
                quote = _byte_at(data, i)
                if quote not in (ord("'"), ord('"')):
                    # An unquoted name token: letters, digits, '.' and '-', case-insensitive.
                    token_begin = i
                    while _byte_at(data, i) in _ALNUM or _byte_at(data, i) in b".-":
                        i += 1
                    value_bytes += data[token_begin:i].lower()
                    if _byte_at(data, i) not in _SPACES and _byte_at(data, i) != ord(">"):
                        raise EntityParseError(
                            f"Unexpected end of name token at byte offset {token_begin}"
                        )
                else:
                    i += 1
                    while _byte_at(data, i) != quote and _byte_at(data, i) != 0:
                        if data[i] == ord("&"):
                            value, after = _decode_html_entity(data, i)
                            if value:
                                _append_code_point(value_bytes, value)
                                i = after
                                continue
                        value_bytes.append(data[i])
                        i += 1
                    if _byte_at(data, i) == quote:
                        i += 1
                if _byte_at(data, i) == 0:
                    raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
                attr = value_bytes.decode("utf-8", "replace")
                if tag == "a" and name == b"href":
                    argument = attr
                elif tag == "code" and name == b"class" and attr.startswith("language-"):
                    argument = attr[len("language-") :]
                elif tag == "span" and name == b"class" and attr.startswith("tg-"):
                    argument = attr[len("tg-") :]
                elif tag == "tg-emoji" and name == b"emoji-id":
                    argument = attr
                elif tag == "blockquote" and name == b"expandable":
                    expandable = True
            if tag == "span" and argument != "spoiler":
                raise EntityParseError(
                    f'Tag "span" must have class "tg-spoiler" at byte offset {begin}'
                )
            if tag == "blockquote" and expandable:
                argument = "expandable"
            stack.append((tag, argument, len(out), begin))
        else:
            # An end tag.
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {begin}")
            while _byte_at(data, i) not in _SPACES and _byte_at(data, i) != ord(">"):
                i += 1
            end_name = data[begin + 2 : i].decode("utf-8", "replace")
            while _byte_at(data, i) in _SPACES and _byte_at(data, i) != 0:
                i += 1
            if _byte_at(data, i) != ord(">"):
                raise EntityParseError(f"Unclosed end tag at byte offset {begin}")
            tag, argument, start, _ = stack.pop()
            # tdlib lower-cases start tags but compares end tags as written.
            if end_name and end_name != tag:
                raise EntityParseError(
                    f'Unmatched end tag at byte offset {begin}, expected "</{tag}>", '
                    f'found "</{end_name}>"'
                )
            if tag == "tg-emoji" and not (argument.isdigit() and int(argument) > 0):
                raise EntityParseError("Invalid custom emoji identifier specified")
            _close_html_span(spans, tag, argument, start, len(out), out)
        i += 1  # skip '>'
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return _finish(
        out,
        spans,
        "Text contains invalid Unicode characters after decoding HTML entities, check for "
        "unmatched surrogate code units",
    )


def _close_html_span(
    spans: list[_Span], tag: str, argument: str, start: int, end: int, out: bytearray
) -> None:
    kind = _HTML_KIND[tag]
    if tag == "a" and not argument:
        # <a> without href links to its own text, as in tdlib.
        argument = bytes(out[start:end]).decode("utf-8", "replace")
    if tag == "blockquote" and argument == "expandable":
        kind = "expandable_blockquote"
    if tag == "pre" and spans:
        last = spans[-1]
        # <pre><code class="language-x">...</code></pre> is one "pre" entity with a language.
        if last.kind == "code" and (last.start, last.end) == (start, end) and last.argument:
            spans[-1] = _Span("pre", start, end, last.argument)
            return
    if tag == "code" and spans and argument:
        last = spans[-1]
        if last.kind == "pre" and (last.start, last.end) == (start, end):
            last.argument = argument
            return
    spans.append(_Span(kind, start, end, argument))


_MD2_RESERVED = frozenset(b"_*[]()~`>#+-=|{}.!")
_MD2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "text_link": "TextUrl",
    "code": "Code",
    "pre": "Pre",
    "custom_emoji": "CustomEmoji",
}


def _reserved(char: int) -> EntityParseError:
    return EntityParseError(
        f"Character '{chr(char)}' is reserved and must be escaped with the preceding '\\'"
    )


def parse_markdown_v2(text: str) -> ParsedText:
    """Parse MarkdownV2 like tdlib's ``parse_markdown_v2``; raise :class:`EntityParseError`.

    Block quotes (``>`` and ``**>`` ... ``||`` at line starts) are an approximation of
    tdlib's rules; everything else, including the reserved-character errors, follows tdlib.
    """
    data = text.encode("utf-8", "surrogatepass")
    n = len(data)
    out = bytearray()
    spans: list[_Span] = []
    # Open entities: [kind, argument, output position, byte offset where it started].
    stack: list[list[Any]] = []
    quote: _Span | None = None
    i = 0
    while i < n:
        in_code = bool(stack) and stack[-1][0] in ("code", "pre")
        if not in_code and (i == 0 or data[i - 1] == ord("\n")):
            if data.startswith(b"**>", i) or data[i] == ord(">"):
                if quote is None:
                    kind = "expandable_blockquote" if data[i] == ord("*") else "blockquote"
                    quote = _Span(kind, len(out), -1)
                i += 3 if data[i] == ord("*") else 1
                continue
            if quote is not None:
                quote.end = len(out) - 1 if out.endswith(b"\n") else len(out)
                spans.append(quote)
                quote = None
        c = data[i]
        if c == ord("\\") and 0 < _byte_at(data, i + 1) <= 126:
            out.append(data[i + 1])
            i += 2
            continue
        if (
            quote is not None
            and quote.kind == "expandable_blockquote"
            and data.startswith(b"||", i)
            and _byte_at(data, i + 2) in (0, ord("\n"))
            and not (stack and stack[-1][0] == "spoiler")
        ):
            quote.end = len(out)
            spans.append(quote)
            quote = None
            i += 2
            continue
        reserved = frozenset(b"`") if in_code else _MD2_RESERVED
        if c not in reserved:
            out.append(c)
            i += 1
            continue

        closing = False
        if stack:
            kind = stack[-1][0]
            nxt = _byte_at(data, i + 1)
            closing = {
                "bold": c == ord("*"),
                "italic": c == ord("_") and nxt != ord("_"),
                "code": c == ord("`"),
                "pre": data.startswith(b"```", i),
                "text_link": c == ord("]"),
                "custom_emoji": c == ord("]"),
                "underline": data.startswith(b"__", i),
                "strikethrough": c == ord("~"),
                "spoiler": data.startswith(b"||", i),
            }[kind]
        if not closing:
            begin = i
            argument = ""
            if c == ord("_"):
                if _byte_at(data, i + 1) == ord("_"):
                    kind = "underline"
                    i += 1
                else:
                    kind = "italic"
            elif c == ord("*"):
                kind = "bold"
            elif c == ord("~"):
                kind = "strikethrough"
            elif c == ord("|"):
                if _byte_at(data, i + 1) != ord("|"):
                    raise _reserved(c)
                kind = "spoiler"
                i += 1
            elif c == ord("["):
                kind = "text_link"
            elif c == ord("`"):
                if data.startswith(b"```", i):
                    kind = "pre"
                    i += 3
                    lang_end = i
                    while _byte_at(data, lang_end) not in _SPACES and _byte_at(
                        data, lang_end
                    ) != ord("`"):
                        lang_end += 1
                    if i != lang_end and lang_end < n and data[lang_end] != ord("`"):
                        argument = data[i:lang_end].decode("utf-8", "replace")
                        i = lang_end
                    # One newline right after the opening fence is not part of the text.
                    if _byte_at(data, i) in b"\r\n" and _byte_at(data, i) != 0:
                        pair = _byte_at(data, i + 1)
                        i += 2 if pair in b"\r\n" and pair != 0 and pair != data[i] else 1
                    stack.append([kind, argument, len(out), begin])
                    continue
                kind = "code"
            elif c == ord("!") and _byte_at(data, i + 1) == ord("["):
                kind = "custom_emoji"
                i += 1
            else:
                raise _reserved(c)
            stack.append([kind, argument, len(out), begin])
            i += 1
            continue

        kind, argument, start, _ = stack.pop()
        if kind in ("underline", "spoiler"):
            i += 1
        elif kind == "pre":
            i += 2
        elif kind in ("text_link", "custom_emoji"):
            if _byte_at(data, i + 1) != ord("("):
                if kind == "custom_emoji":
                    raise EntityParseError("Custom emoji entity must contain a tg://emoji URL")
                argument = bytes(out[start:]).decode("utf-8", "replace")
            else:
                i += 2
                url_begin = i
                url = bytearray()
                while i < n and data[i] != ord(")"):
                    if data[i] == ord("\\") and 0 < _byte_at(data, i + 1) <= 126:
                        url.append(data[i + 1])
                        i += 2
                        continue
                    url.append(data[i])
                    i += 1
                if _byte_at(data, i) != ord(")"):
                    raise EntityParseError(f"Can't find end of a URL at byte offset {url_begin}")
                argument = url.decode("utf-8", "replace")
                if kind == "custom_emoji":
                    match = re.fullmatch(r"tg://emoji\?id=(\d+)", argument)
                    if not match:
                        raise EntityParseError("Custom emoji URL must have an emoji identifier")
                    argument = match.group(1)
        spans.append(_Span(kind, start, len(out), argument))
        i += 1
    if stack:
        kind, argument, _, begin = stack[-1]
        name = "PreCode" if kind == "pre" and argument else _MD2_NAMES[kind]
        raise EntityParseError(f"Can't find end of {name} entity at byte offset {begin}")
    if quote is not None:
        quote.end = len(out)
        spans.append(quote)
    return _finish(out, spans, "Strings must be encoded in UTF-8")


def parse_markdown(text: str) -> ParsedText:
    """Parse legacy ``Markdown`` like tdlib's ``parse_markdown``."""
    data = text.encode("utf-8", "surrogatepass")
    n = len(data)
    out = bytearray()
    spans: list[_Span] = []
    i = 0
    while i < n:
        c = data[i]
        if c == ord("\\") and _byte_at(data, i + 1) in b"_*`[" and _byte_at(data, i + 1):
            out.append(data[i + 1])
            i += 2
            continue
        if c not in b"_*`[":
            out.append(c)
            i += 1
            continue
        begin = i
        end_char = ord("]") if c == ord("[") else c
        i += 1
        is_pre = False
        language = ""
        if c == ord("`") and data.startswith(b"``", i):
            i += 2
            is_pre = True
            lang_end = i
            while _byte_at(data, lang_end) not in _SPACES and _byte_at(data, lang_end) != ord("`"):
                lang_end += 1
            if i != lang_end and lang_end < n and data[lang_end] != ord("`"):
                language = data[i:lang_end].decode("utf-8", "replace")
                i = lang_end
            if _byte_at(data, i) in b"\r\n" and _byte_at(data, i) != 0:
                pair = _byte_at(data, i + 1)
                i += 2 if pair in b"\r\n" and pair != 0 and pair != data[i] else 1
        start = len(out)
        while i < n and (data[i] != end_char or (is_pre and not data.startswith(b"``", i + 1))):
            out.append(data[i])
            i += 1
        if i == n:
            raise EntityParseError(f"Can't find end of the entity starting at byte offset {begin}")
        argument = ""
        if c == ord("["):
            if _byte_at(data, i + 1) == ord("("):
                i += 2
                url = bytearray()
                while i < n and data[i] != ord(")"):
                    url.append(data[i])
                    i += 1
                argument = url.decode("utf-8", "replace")
            else:
                argument = bytes(out[start:]).decode("utf-8", "replace")
        kind = {"_": "italic", "*": "bold", "[": "text_link", "`": "code"}[chr(c)]
        if is_pre:
            kind, argument = "pre", language
            i += 2
        spans.append(_Span(kind, start, len(out), argument))
        i += 1
    return _finish(out, spans, "Strings must be encoded in UTF-8")


def parse_text(
    text: str, parse_mode: str | None = None, *, strict_html: bool = True
) -> ParsedText:
    """Parse ``text`` for a Bot API ``parse_mode`` (case-insensitive, like Telegram).

    Raises :class:`EntityParseError` for markup errors and :class:`ValueError` for an unknown
    parse mode.
    """
    mode = (parse_mode or "").strip().lower()
    if mode == "":
        return ParsedText(text)
    if mode == "html":
        return parse_html(text, strict=strict_html)
    if mode == "markdownv2":
        return parse_markdown_v2(text)
    if mode == "markdown":
        return parse_markdown(text)
    raise ValueError(f"unsupported parse_mode {parse_mode!r}")


def _trim(parsed: ParsedText) -> ParsedText:
    """Trim surrounding whitespace as Telegram does, keeping entities aligned."""
    stripped = parsed.text.strip(_TRIM)
    if stripped == parsed.text:
        return parsed
    shift = _utf16_len(parsed.text[: len(parsed.text) - len(parsed.text.lstrip(_TRIM))])
    limit = _utf16_len(stripped)
    entities = []
    for entity in parsed.entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, limit)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return ParsedText(stripped, entities)


def html_to_text(text: str, *, strict: bool = True) -> str:
    """The plain text Telegram shows for an HTML message (tags removed, entities decoded)."""
    return _trim(parse_html(text, strict=strict)).text


def validate_html(text: str, *, strict: bool = True) -> str | None:
    """None when Telegram accepts ``text`` in HTML parse mode, else its error description.

    The description is the one the server answers, e.g.
    ``Bad Request: can't parse entities: Unsupported start tag "foo" at byte offset 0``.
    Only the markup is checked; see :func:`validate_text` for emptiness and length too.
    """
    try:
        parse_html(text, strict=strict)
    except EntityParseError as exc:
        return CANT_PARSE_ENTITIES + str(exc)
    return None


def validate_markdown_v2(text: str) -> str | None:
    """Like :func:`validate_html`, for MarkdownV2."""
    try:
        parse_markdown_v2(text)
    except EntityParseError as exc:
        return CANT_PARSE_ENTITIES + str(exc)
    return None


def validate_text(
    text: str,
    parse_mode: str | None = None,
    *,
    max_length: int = MAX_MESSAGE_LENGTH,
    strict_html: bool = True,
) -> str | None:
    """None when ``sendMessage`` would accept ``text``, else Telegram's error description."""
    try:
        _check_text(text, parse_mode, None, max_length=max_length, strict_html=strict_html)
    except BotApiError as exc:
        return exc.description
    return None


def _check_text(
    text: Any,
    parse_mode: Any,
    entities: Any,
    *,
    max_length: int,
    strict_html: bool,
    caption: bool = False,
) -> ParsedText:
    """Validate a message text or caption the way sendMessage/sendDocument do."""
    if text is None or text == "":
        if caption:
            return ParsedText("")
        raise BotApiError(400, TEXT_EMPTY)
    text = str(text)
    if isinstance(entities, list) and entities:
        # With explicit entities Telegram ignores parse_mode.
        parsed = ParsedText(text, [e for e in entities if isinstance(e, dict)])
    else:
        try:
            parsed = parse_text(text, parse_mode, strict_html=strict_html)
        except EntityParseError as exc:
            raise BotApiError(400, CANT_PARSE_ENTITIES + str(exc)) from exc
        except ValueError as exc:
            raise BotApiError(400, "Bad Request: unsupported parse_mode") from exc
    parsed = _trim(parsed)
    if not parsed.text and not caption:
        raise BotApiError(400, TEXT_EMPTY)
    # "characters" = Unicode code points, counted after parsing and trimming.
    if len(parsed.text) > max_length:
        raise BotApiError(400, CAPTION_TOO_LONG if caption else TEXT_TOO_LONG)
    return parsed


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


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


def _rows(markup: Any) -> list[list[dict[str, Any]]]:
    if isinstance(markup, dict) and isinstance(markup.get("inline_keyboard"), list):
        return markup["inline_keyboard"]
    return []


@dataclass
class Call:
    """One request the server received.

    ``params`` holds the decoded parameters: JSON-encoded values (``chat_id``,
    ``reply_markup``, ``commands``, ``results``...) are decoded, plain strings (``text``,
    ``parse_mode``...) stay strings, and uploaded files are
    ``{"filename": str, "content": bytes, "content_type": str}``.
    ``status`` is 0 until answered, 499 if the client went away first.
    """

    index: int
    method: str
    params: dict[str, Any]
    http_method: str = "POST"
    status: int = 0
    response: dict[str, Any] | None = None
    time: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> bool:
        return self.status != 0

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response and self.response.get("ok"))

    @property
    def result(self) -> Any:
        return (self.response or {}).get("result")

    @property
    def description(self) -> str | None:
        return (self.response or {}).get("description")

    @property
    def keyboard(self) -> list[list[dict[str, Any]]]:
        """Rows of the inline keyboard sent with this call ([] without one)."""
        return _rows(self.params.get("reply_markup"))

    def __str__(self) -> str:
        brief = json.dumps(self.params, ensure_ascii=False, default=repr)
        if len(brief) > 160:
            brief = brief[:157] + "..."
        outcome = "pending" if not self.done else str(self.status)
        if self.done and not self.ok:
            outcome += f" {self.description!r}"
        return f"#{self.index} {self.method} {brief} -> {outcome}"


@dataclass
class SentMessage:
    """What the bot sent or edited successfully, as Telegram stored it."""

    method: str
    chat_id: int | str | None
    message_id: int | None
    text: str  # plain text after parsing (a document's caption for sendDocument)
    raw_text: str | None  # the text/caption exactly as sent, e.g. with HTML tags
    parse_mode: str | None
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    call_index: int
    document: dict[str, Any] | None = None
    inline_message_id: str | None = None

    @property
    def keyboard(self) -> list[list[dict[str, Any]]]:
        return _rows(self.reply_markup)

    @property
    def buttons(self) -> list[dict[str, Any]]:
        return [button for row in self.keyboard for button in row]

    @property
    def callback_data(self) -> list[str]:
        return [b["callback_data"] for b in self.buttons if "callback_data" in b]


class BotApiError(Exception):
    """An error answer. Custom method handlers (:meth:`BotApiServer.on`) may raise it."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass
class _Failure:
    status: int
    retry_after: int | None
    description: str | None
    times: int

    def error(self) -> BotApiError:
        defaults = {
            400: "Bad Request",
            401: "Unauthorized",
            403: "Forbidden: bot was blocked by the user",
            404: "Not Found",
            409: CONFLICT_OTHER_POLL,
            429: f"Too Many Requests: retry after {self.retry_after or 1}",
            500: "Internal Server Error",
            502: "Bad Gateway",
        }
        try:
            fallback = defaults.get(self.status) or HTTPStatus(self.status).phrase
        except ValueError:
            fallback = f"Error {self.status}"
        # Telegram sends retry_after only with 429; with a 500, PTB would otherwise raise
        # RetryAfter instead of NetworkError, since it checks parameters before the status.
        parameters = (
            {"retry_after": self.retry_after}
            if self.status == 429 and self.retry_after is not None
            else None
        )
        return BotApiError(self.status, self.description or fallback, parameters)


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------

# Fields that are plain strings on the wire; anything else is tried as JSON.
_PLAIN_FIELDS = frozenset(
    (
        "text caption parse_mode callback_query_id inline_query_id inline_message_id url "
        "next_offset switch_pm_text switch_pm_parameter description short_description name "
        "title emoji action language_code secret_token ip_address business_connection_id "
        "message_effect_id query game_short_name sticker document photo audio video voice "
        "animation file_id"
    ).split()
)
_CHAT_ACTIONS = frozenset(
    (
        "typing upload_photo record_video upload_video record_voice upload_voice "
        "upload_document choose_sticker find_location record_video_note upload_video_note"
    ).split()
)
_BUTTON_ACTIONS = frozenset(
    (
        "url callback_data web_app login_url switch_inline_query "
        "switch_inline_query_current_chat switch_inline_query_chosen_chat copy_text "
        "callback_game pay"
    ).split()
)
_UPDATE_TYPES_BY_DEFAULT_EXCLUDED = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
)

Handler = Callable[[dict[str, Any]], Any]


def _decode_value(name: str, value: str) -> Any:
    if name in _PLAIN_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


class BotApiServer:
    """A fake Telegram Bot API on 127.0.0.1 for one test.

    Use as ``async with BotApiServer() as server:`` or call :meth:`start` / :meth:`stop`.
    Pass :attr:`base_url` to ``ApplicationBuilder().base_url()`` (or ``Bot(base_url=...)``).

    Telegram behaviours it reproduces that tests tend to trip on:

    * callback and inline query ids must come from a pushed update and can be answered once
      ("query is too old..." otherwise);
    * the bot can only edit its own messages, and ``editMessageText`` without
      ``reply_markup`` removes the inline keyboard; an edit that changes nothing is
      "message is not modified";
    * a newer ``getUpdates`` ends a held one with 409 Conflict; ``getUpdates`` while a webhook
      is set is a 409 too; without ``allowed_updates`` the chat_member and reaction updates
      are not delivered;
    * message ids only grow within a chat, for pushed and sent messages alike.

    ``blocked_chats`` makes sends to those chats answer 403 "bot was blocked by the user";
    :meth:`fail_next` injects any other error; :meth:`on` adds or replaces a method.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        bot_username: str = DEFAULT_BOT_USERNAME,
        *,
        strict_html: bool = True,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.strict_html = strict_html
        bot_id = token.split(":", 1)[0]
        self.bot_id = int(bot_id) if bot_id.isdigit() else DEFAULT_BOT_ID
        self.bot_user = _bot_user(self.bot_id, bot_username)
        self.port = 0
        self.base_url = ""
        self.calls: list[Call] = []
        self.outbox: list[SentMessage] = []  # successful sends and edits, in order
        self.pushed: list[dict[str, Any]] = []  # updates as queued, with their final ids
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.menu_buttons: dict[Any, dict[str, Any]] = {}
        self.blocked_chats: set[int | str] = set()  # sending there answers 403
        self.webhook_url = ""
        self._allowed_updates: list[str] | None = None
        self._pending: list[dict[str, Any]] = []
        self._update_seq = 0
        self._mark = 0
        self._failures: dict[str, list[_Failure]] = {}
        self._delays: dict[str, list[list[float]]] = {}  # method -> [[seconds, times left]]
        self._site: web.TCPSite | None = None
        self._messages: dict[tuple[Any, int], dict[str, Any]] = {}
        self._last_message_id: dict[Any, int] = {}
        self._chats: dict[Any, dict[str, Any]] = {}
        self._open_queries: set[str] = set()
        self._pollers: set[asyncio.Future[str]] = set()
        self._changed = asyncio.Event()
        self._closing = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._current: Call | None = None
        self._username_ids: dict[str, int] = {}
        self._files = itertools.count(1)
        self._lock = threading.Lock()
        builtin: dict[str, Handler] = {
            "getMe": self._get_me,
            "logOut": lambda p: True,
            "close": lambda p: True,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "sendDocument": self._send_document,
            "sendChatAction": self._send_chat_action,
            "setChatMenuButton": self._set_chat_menu_button,
            "getChatMenuButton": self._get_chat_menu_button,
        }
        # Telegram method names are case-insensitive.
        self._methods: dict[str, tuple[str, Handler]] = {
            name.lower(): (name, handler) for name, handler in builtin.items()
        }

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on 127.0.0.1 on a free port."""
        self._loop = asyncio.get_running_loop()
        self._closing = False
        app = web.Application(client_max_size=50 * 1024 * 1024)  # Telegram's upload limit
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # handler_cancellation: when PTB cancels a long poll (Updater.stop), the held
        # getUpdates is cancelled too instead of lingering until its timeout.
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await self._site.start()
        self.port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{self.port}/bot"

    async def stop(self) -> None:
        """Answer held long polls at once, then close. Stop the PTB application first."""
        self._closing = True
        self._wake_pollers("closing")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotApiServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # -- test-facing helpers -------------------------------------------------------------------

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue a copy of ``update`` for getUpdates with a fresh update_id; return the id.

        Also sets the mark used by :meth:`wait_for`, so a following ``wait_for`` only counts
        calls made after this push, and learns chats, messages and query ids from the update
        (so that editing that message or answering that query works as on Telegram).
        """
        update = copy.deepcopy(update)
        with self._lock:  # the id is needed at once, even from another thread
            self._update_seq += 1
            update["update_id"] = self._update_seq
        self._call_soon(self._enqueue, update)
        return update["update_id"]

    def _enqueue(self, update: dict[str, Any]) -> None:
        self._observe(update)
        self._pending.append(update)
        self._pending.sort(key=lambda queued: queued["update_id"])
        self.pushed.append(update)
        self._mark = len(self.calls)
        self._wake_pollers("update")

    def mark(self) -> int:
        """Make :meth:`wait_for` count only calls from now on; return that position."""
        self._mark = len(self.calls)
        return self._mark

    async def push_and_wait(
        self,
        update: dict[str, Any],
        method: str | Iterable[str] = "sendMessage",
        count: int = 1,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 5.0,
    ) -> list[Call]:
        """Push an update and wait for the bot's ``count`` answering calls."""
        self.push_update(update)
        return await self.wait_for(method, count, predicate, timeout)

    async def wait_for(
        self,
        method: str | Iterable[str],
        count: int = 1,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 5.0,
        *,
        since: int | None = None,
    ) -> list[Call]:
        """Wait until ``count`` answered calls of ``method`` (matching ``predicate``) exist.

        Only calls from position ``since`` on count; by default that is the position at the
        last :meth:`push_update` or :meth:`mark`, so "push, then wait" sees only the reply to
        that push. Failed calls count too (check ``Call.ok``). Returns the first ``count``
        matches; raises ``AssertionError`` listing the recent calls on timeout.
        """
        methods = {method} if isinstance(method, str) else set(method)
        methods = {self._methods.get(m.lower(), (m, None))[0] for m in methods}
        start = self._mark if since is None else since
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self._changed
            matches = [
                call
                for call in self.calls[start:]
                if call.done and call.method in methods and (predicate is None or predicate(call))
            ]
            if len(matches) >= count:
                return matches[:count]
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(self._timeout_report(methods, count, start, timeout, matches))
            # asyncio.TimeoutError, not TimeoutError: they differ on Python 3.10.
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int | None = 1,
        times: int = 1,
        description: str | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` ("*" for any) with an error.

        429 carries ``parameters.retry_after`` (PTB raises RetryAfter); other statuses get
        Telegram's usual description (500 "Internal Server Error" -> NetworkError,
        403 "Forbidden: bot was blocked by the user" -> Forbidden, 400 -> BadRequest...).
        """
        key = "*" if method == "*" else self._methods.get(method.lower(), (method, None))[0]
        self._failures.setdefault(key, []).append(
            _Failure(status, retry_after, description, times)
        )

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        """Hold the next ``times`` calls of ``method`` for ``seconds`` before handling them.

        Past the client's read timeout the client gives up and closes the connection; the
        held call is then cancelled (recorded with status 499) and never takes effect, like a
        request lost on the way to Telegram.
        """
        key = self._methods.get(method.lower(), (method, None))[0]
        self._delays.setdefault(key, []).append([seconds, times])

    async def go_offline(self) -> None:
        """Drop every connection and refuse new ones until :meth:`go_online` (same port)."""
        if self._site is not None:
            await self._site.stop()
            self._site = None
        server = self._runner.server if self._runner is not None else None
        for connection in server.connections if server is not None else []:
            connection.force_close()

    async def go_online(self) -> None:
        """Listen again on the same port after :meth:`go_offline`."""
        if self._site is None and self._runner is not None:
            self._site = web.TCPSite(self._runner, "127.0.0.1", self.port)
            await self._site.start()

    def on(self, method: str, handler: Handler) -> None:
        """Add or replace a method: ``handler(params)`` returns the result (sync or async)
        or raises :class:`BotApiError`."""
        canonical = self._methods.get(method.lower(), (method, None))[0]
        self._methods[method.lower()] = (canonical, handler)

    def calls_of(self, method: str, since: int = 0) -> list[Call]:
        return [call for call in self.calls[since:] if call.method == method]

    def sent_messages(
        self, chat_id: int | str | None = None, method: str | Iterable[str] | None = None
    ) -> list[SentMessage]:
        methods = (
            None if method is None else ({method} if isinstance(method, str) else set(method))
        )
        if isinstance(chat_id, str):  # "@channel": the id the server gave it
            chat_id = self._chat_for(chat_id)["id"]
        return [
            sent
            for sent in self.outbox
            if (chat_id is None or sent.chat_id == chat_id)
            and (methods is None or sent.method in methods)
        ]

    def sent_texts(self, chat_id: int | str | None = None) -> list[str]:
        """Plain texts (tags removed, entities decoded) of successful sendMessage and
        editMessageText calls, in order."""
        return [
            sent.text for sent in self.sent_messages(chat_id, ("sendMessage", "editMessageText"))
        ]

    def last_sent(self, chat_id: int | str | None = None) -> SentMessage:
        sent = self.sent_messages(chat_id)
        if not sent:
            raise AssertionError(f"nothing was sent to chat {chat_id}; calls:\n{self._recent(0)}")
        return sent[-1]

    def message(self, chat_id: int | str, message_id: int) -> dict[str, Any] | None:
        """The current state of a message the server knows (sent, edited or pushed)."""
        return self._messages.get((chat_id, message_id))

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by a getUpdates offset."""
        return list(self._pending)

    # -- internals: bookkeeping ----------------------------------------------------------------

    def _call_soon(self, func: Callable[..., None], *args: Any) -> None:
        # push_update may come from another thread (e.g. a synchronous helper); the waiters
        # belong to the server's loop.
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if self._loop is not None and running is not self._loop and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(func, *args)
        else:
            func(*args)

    def _wake_pollers(self, reason: str) -> None:
        for poller in list(self._pollers):
            if not poller.done():
                poller.set_result(reason)

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def _recent(self, start: int, limit: int = 20) -> str:
        calls = self.calls[max(start, len(self.calls) - limit) :]
        if not calls:
            return "  (none)"
        return "\n".join(f"  {call}" for call in calls)

    def _timeout_report(
        self, methods: set[str], count: int, start: int, timeout: float, matches: list[Call]
    ) -> str:
        wanted = " or ".join(sorted(methods))
        return (
            f"timed out after {timeout}s waiting for {count} x {wanted} since call #{start}; "
            f"got {len(matches)}. Calls since then (last 20):\n{self._recent(start)}\n"
            f"Updates still unconfirmed: {[u['update_id'] for u in self._pending]}"
        )

    def _observe(self, update: dict[str, Any]) -> None:
        """Learn chats, message ids and query ids from a pushed update."""
        for key in ("message", "channel_post", "edited_message", "edited_channel_post"):
            message = update.get(key)
            if not isinstance(message, dict) or "chat" not in message:
                continue
            chat = message["chat"]
            self._chats[chat["id"]] = dict(chat)
            last = self._last_message_id.get(chat["id"], 0)
            if key in ("message", "channel_post") and message.get("message_id", 0) <= last:
                # Telegram's ids only grow within a chat; keep it so, or a user message
                # could take the id of one of the bot's messages.
                message["message_id"] = last + 1
            self._remember(message)
            reply = message.get("reply_to_message")
            if (
                isinstance(reply, dict)
                and (chat["id"], reply.get("message_id")) not in self._messages
            ):
                self._remember(reply)
        query = update.get("callback_query")
        if isinstance(query, dict):
            self._open_queries.add(str(query.get("id")))
            message = query.get("message")
            if isinstance(message, dict) and "chat" in message:
                self._chats.setdefault(message["chat"]["id"], dict(message["chat"]))
                stored = self._messages.get((message["chat"]["id"], message.get("message_id")))
                # The message under a button is the bot's. Keep what the server knows about it
                # (its current text and keyboard), but never let the default message_id=1 of
                # callback_update() point at a user's message, which the bot could not edit.
                if stored is None or (stored.get("from") or {}).get("id") != self.bot_id:
                    self._remember(message)
        inline = update.get("inline_query")
        if isinstance(inline, dict):
            self._open_queries.add(str(inline.get("id")))

    def _remember(self, message: dict[str, Any]) -> None:
        chat_id = message["chat"]["id"]
        message_id = int(message.get("message_id", 0))
        self._messages[(chat_id, message_id)] = copy.deepcopy(message)
        self._last_message_id[chat_id] = max(self._last_message_id.get(chat_id, 0), message_id)

    def _chat_for(self, chat_id: int | str) -> dict[str, Any]:
        if isinstance(chat_id, str):  # "@channelusername": give it a stable channel id
            for chat in self._chats.values():
                if chat.get("username", "").lower() == chat_id[1:].lower():
                    return dict(chat)
            number = self._username_ids.setdefault(chat_id.lower(), len(self._username_ids) + 1)
            chat = {
                "id": -1009000000000 - number,
                "type": "channel",
                "title": chat_id[1:],
                "username": chat_id[1:],
            }
            self._chats[chat["id"]] = chat
            return dict(chat)
        known = self._chats.get(chat_id)
        if known:
            return dict(known)
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "User"}
        if str(chat_id).startswith("-100"):
            return {"id": chat_id, "type": "supergroup", "title": "Test group"}
        return {"id": chat_id, "type": "group", "title": "Test group"}

    def _new_message(self, chat: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
        message_id = self._last_message_id.get(chat["id"], 0) + 1
        message: dict[str, Any] = {"message_id": message_id, "date": int(time.time())}
        if chat["type"] == "channel":
            message["sender_chat"] = chat
        else:
            message["from"] = dict(self.bot_user)
        message["chat"] = chat
        message.update(content)
        self._remember(message)
        return message

    # -- internals: parameter helpers ----------------------------------------------------------

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        """The chat a call addresses; its "id" is the key for messages and the outbox."""
        return self._chat_for(self._chat_id(params))

    @staticmethod
    def _chat_id(params: dict[str, Any]) -> int | str:
        value = params.get("chat_id")
        if value is None or value == "":
            raise BotApiError(400, "Bad Request: chat_id is empty")
        if isinstance(value, bool):
            raise BotApiError(400, "Bad Request: chat not found")
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if re.fullmatch(r"-?\d+", text):
            return int(text)
        if re.fullmatch(r"@[A-Za-z0-9_]{4,32}", text):
            return text
        raise BotApiError(400, "Bad Request: chat not found")

    def _check_blocked(self, chat: dict[str, Any]) -> None:
        if chat["id"] in self.blocked_chats or f"@{chat.get('username')}" in self.blocked_chats:
            raise BotApiError(403, "Forbidden: bot was blocked by the user")

    @staticmethod
    def _int(params: dict[str, Any], name: str, default: int = 0) -> int:
        value = params.get(name)
        if value is None or value == "":
            return default
        try:
            return int(value)
        except (TypeError, ValueError) as exc:
            raise BotApiError(400, f'Bad Request: invalid parameter "{name}"') from exc

    def _text(
        self, params: dict[str, Any], name: str = "text", *, caption: bool = False
    ) -> ParsedText:
        return _check_text(
            params.get(name),
            params.get("parse_mode"),
            params.get("caption_entities" if caption else "entities"),
            max_length=MAX_CAPTION_LENGTH if caption else MAX_MESSAGE_LENGTH,
            strict_html=self.strict_html,
            caption=caption,
        )

    @staticmethod
    def _reply_markup(value: Any) -> dict[str, Any] | None:
        """Validate reply_markup; PTB does not check callback_data sizes itself."""
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                value = None
        if not isinstance(value, dict):
            raise BotApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in value:
            return value
        rows = value["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise BotApiError(
                400,
                'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup should be an '
                "Array of Arrays",
            )
        for row in rows:
            for button in row:
                if not isinstance(button, dict):
                    raise BotApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: InlineKeyboardButton "
                        "must be an Object",
                    )
                text = button.get("text")
                if not isinstance(text, str):
                    raise BotApiError(
                        400,
                        'Bad Request: can\'t parse inline keyboard button: Field "text" must '
                        "be of type String",
                    )
                if not text.strip():
                    raise BotApiError(400, BUTTON_TEXT_INVALID)
                if not _BUTTON_ACTIONS.intersection(button):
                    raise BotApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: Text buttons are "
                        "unallowed in the inline keyboard",
                    )
                if "callback_data" in button:
                    data = button["callback_data"]
                    size = len(str(data).encode("utf-8"))
                    if not isinstance(data, str) or not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
                        raise BotApiError(400, BUTTON_DATA_INVALID)
                if "url" in button and not str(button["url"]).strip():
                    raise BotApiError(400, "Bad Request: BUTTON_URL_INVALID")
        return value

    def _record(
        self,
        params: dict[str, Any],
        parsed: ParsedText,
        markup: dict[str, Any] | None,
        message: dict[str, Any] | None,
        raw_text: str | None,
    ) -> None:
        """Add a successful send or edit to the outbox (called last, once nothing can fail)."""
        call = self._current
        self.outbox.append(
            SentMessage(
                method=call.method if call else "?",
                chat_id=None if message is None else message["chat"]["id"],
                message_id=None if message is None else message["message_id"],
                text=parsed.text,
                raw_text=raw_text,
                parse_mode=params.get("parse_mode"),
                entities=parsed.entities,
                reply_markup=markup,
                call_index=call.index if call else -1,
                document=None if message is None else message.get("document"),
                inline_message_id=params.get("inline_message_id") or None,
            )
        )

    # -- HTTP ----------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        token: str | None = None
        method = ""
        if path.startswith("/bot"):
            token, _, method = path[len("/bot") :].partition("/")
        params = await self._read_params(request)
        canonical = self._methods.get(method.lower(), (method, None))[0]
        call = Call(len(self.calls), canonical or path, params, http_method=request.method)
        self.calls.append(call)
        try:
            status, payload = await self._dispatch(call, token, method)
        except asyncio.CancelledError:
            # The client went away (e.g. PTB cancelled a long poll on stop).
            self._done(call, 499, {"ok": False, "error_code": 499, "description": "cancelled"})
            raise
        self._done(call, status, payload)
        return web.json_response(payload, status=status, dumps=json.dumps)

    def _done(self, call: Call, status: int, payload: dict[str, Any]) -> None:
        call.status = status
        call.response = payload
        self._notify()

    @staticmethod
    async def _read_params(request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = {
            name: _decode_value(name, value) for name, value in request.query.items()
        }
        if request.method not in ("POST", "PUT") or not request.can_read_body:
            return params
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                body = None
            if isinstance(body, dict):
                params.update(body)
            return params
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                params[name] = {
                    "filename": value.filename,
                    "content": value.file.read(),
                    "content_type": value.content_type,
                }
            else:
                params[name] = _decode_value(name, str(value))
        # Resolve "attach://name" references to the uploaded part.
        for name, value in list(params.items()):
            if isinstance(value, str) and value.startswith("attach://"):
                part = params.get(value[len("attach://") :])
                if isinstance(part, dict):
                    params[name] = part
        return params

    async def _dispatch(self, call: Call, token: str | None, method: str) -> tuple[int, dict]:
        if token is None:
            return 404, BotApiError(404, "Not Found").payload()
        if token != self.token:
            return 401, BotApiError(401, "Unauthorized").payload()
        entry = self._methods.get(method.lower())
        if entry is None:
            return 404, BotApiError(404, "Not Found: method not found").payload()
        delays = self._delays.get(entry[0])
        if delays:
            delay = delays[0]
            delay[1] -= 1
            if delay[1] <= 0:
                delays.pop(0)
            await asyncio.sleep(delay[0])
        failure = self._take_failure(entry[0])
        if failure is not None:
            return failure.status, failure.payload()
        # Built-in handlers are synchronous up to their result, so _record() can use this.
        self._current = call
        try:
            result = entry[1](call.params)
            if inspect.isawaitable(result):
                result = await result
        except BotApiError as exc:
            return exc.status, exc.payload()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug in this server or in a custom handler
            _LOGGER.exception("fake Bot API failed on %s", call.method)
            return 500, BotApiError(500, f"Internal Server Error: {exc!r}").payload()
        return 200, {"ok": True, "result": result}

    def _take_failure(self, method: str) -> BotApiError | None:
        for key in (method, "*"):
            queue = self._failures.get(key)
            if queue:
                failure = queue[0]
                failure.times -= 1
                if failure.times <= 0:
                    queue.pop(0)
                return failure.error()
        return None

    # -- methods -------------------------------------------------------------------------------

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise BotApiError(409, CONFLICT_WEBHOOK)
        offset = self._int(params, "offset")
        limit = min(max(self._int(params, "limit", 100), 1), 100)
        try:
            timeout = max(float(params.get("timeout") or 0), 0.0)
        except (TypeError, ValueError):
            timeout = 0.0
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(kind) for kind in allowed] or None
        # An offset confirms every update before it; a negative one keeps only the last few.
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]
        # A newer long poll ends an older one, as on Telegram.
        self._wake_pollers("conflict")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            ready = self._deliverable(limit)
            remaining = deadline - loop.time()
            if ready or self._closing or remaining <= 0:
                return ready
            poller: asyncio.Future[str] = loop.create_future()
            self._pollers.add(poller)
            try:
                reason = await asyncio.wait_for(poller, remaining)
            except asyncio.TimeoutError:
                return []
            finally:
                self._pollers.discard(poller)
            if reason == "conflict":
                raise BotApiError(409, CONFLICT_OTHER_POLL)

    def _deliverable(self, limit: int) -> list[dict[str, Any]]:
        allowed = self._allowed_updates

        def wanted(update: dict[str, Any]) -> bool:
            kinds = [key for key in update if key != "update_id"]
            if allowed is None:
                return not _UPDATE_TYPES_BY_DEFAULT_EXCLUDED.intersection(kinds)
            return bool(set(kinds).intersection(allowed))

        # Telegram never queues updates of unwanted types; drop them.
        self._pending = [u for u in self._pending if wanted(u)]
        return copy.deepcopy(self._pending[:limit])

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = str(params.get("url") or "")
        if params.get("drop_pending_updates") is True:
            self._pending.clear()
        if isinstance(params.get("allowed_updates"), list):
            self._allowed_updates = params["allowed_updates"] or None
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates") is True:
            self._pending.clear()
        return True

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self.webhook_url:
            info["max_connections"] = 40
        if self._allowed_updates:
            info["allowed_updates"] = list(self._allowed_updates)
        return info

    @staticmethod
    def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        if not isinstance(scope, dict) or "type" not in scope:
            raise BotApiError(400, "Bad Request: can't parse BotCommandScope JSON object")
        language = str(params.get("language_code") or "")
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise BotApiError(400, "Bad Request: invalid language code specified")
        return json.dumps(scope, sort_keys=True), language

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise BotApiError(400, "Bad Request: can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise BotApiError(400, "Bad Request: BOT_COMMANDS_TOO_MUCH")
        key = self._commands_key(params)
        cleaned = []
        for entry in commands:
            if not isinstance(entry, dict) or not all(
                isinstance(entry.get(k), str) for k in ("command", "description")
            ):
                raise BotApiError(400, "Bad Request: can't parse BotCommand JSON object")
            # tdlib trims both fields and drops one leading '/' before checking them.
            command = entry["command"].strip()
            command = command.removeprefix("/")
            description = entry["description"].strip()
            if not command:
                raise BotApiError(400, "Bad Request: command must be non-empty")
            if len(command) > MAX_COMMAND_LENGTH:
                raise BotApiError(
                    400, f"Bad Request: command length must not exceed {MAX_COMMAND_LENGTH}"
                )
            if not description:
                raise BotApiError(400, "Bad Request: command description must be non-empty")
            if len(description) > MAX_COMMAND_DESCRIPTION_LENGTH:
                raise BotApiError(
                    400,
                    "Bad Request: command description length must not exceed "
                    f"{MAX_COMMAND_DESCRIPTION_LENGTH}",
                )
            if not re.fullmatch(r"[a-z0-9_]+", command):
                raise BotApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            cleaned.append({"command": command, "description": description})
        if cleaned:
            self.commands[key] = cleaned
        else:
            self.commands.pop(key, None)  # an empty list clears, like deleteMyCommands
        return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return copy.deepcopy(self.commands.get(self._commands_key(params), []))

    def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    def commands_for(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """Commands stored by setMyCommands for a scope (default scope) and language."""
        key = (json.dumps(scope or {"type": "default"}, sort_keys=True), language_code)
        return copy.deepcopy(self.commands.get(key, []))

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        parsed = self._text(params)
        markup = self._reply_markup(params.get("reply_markup"))
        self._check_blocked(chat)
        content: dict[str, Any] = {"text": parsed.text}
        if parsed.entities:
            content["entities"] = parsed.entities
        reply = self._reply_target(chat, params.get("reply_parameters"))
        if reply is not None:
            content["reply_to_message"] = reply
        if markup and "inline_keyboard" in markup:
            content["reply_markup"] = markup  # only inline keyboards come back in the Message
        message = self._new_message(chat, content)
        self._record(params, parsed, markup, message, params.get("text"))
        return message

    def _reply_target(self, chat: dict[str, Any], reply: Any) -> dict[str, Any] | None:
        if not isinstance(reply, dict) or "message_id" not in reply:
            return None
        if "chat_id" in reply:
            chat = self._chat_for(self._chat_id(reply))
        target = self._messages.get((chat["id"], reply["message_id"]))
        if target is None:
            if reply.get("allow_sending_without_reply"):
                return None
            raise BotApiError(400, "Bad Request: message to be replied not found")
        target = copy.deepcopy(target)
        target.pop("reply_to_message", None)
        return target

    def _editable(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        message_id = self._int(params, "message_id")
        if not message_id:
            raise BotApiError(400, "Bad Request: message identifier is not specified")
        message = self._messages.get((chat["id"], message_id))
        if message is None:
            raise BotApiError(400, "Bad Request: message to edit not found")
        sender = message.get("from") or {}
        if sender.get("id") != self.bot_id and message["chat"].get("type") != "channel":
            raise BotApiError(400, "Bad Request: message can't be edited")
        return copy.deepcopy(message)

    def _store_edit(self, message: dict[str, Any], markup: dict[str, Any] | None) -> None:
        message["edit_date"] = int(time.time())
        # Editing without reply_markup removes the inline keyboard, as on Telegram.
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        self._messages[(message["chat"]["id"], message["message_id"])] = copy.deepcopy(message)

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        parsed = self._text(params)
        markup = self._reply_markup(params.get("reply_markup"))
        inline_markup = markup if markup and "inline_keyboard" in markup else None
        if params.get("inline_message_id"):
            self._record(params, parsed, inline_markup, None, params.get("text"))
            return True
        message = self._editable(params)
        if "text" not in message:
            raise BotApiError(400, "Bad Request: there is no text in the message to edit")
        if (
            message.get("text") == parsed.text
            and message.get("entities", []) == parsed.entities
            and message.get("reply_markup") == inline_markup
        ):
            raise BotApiError(400, NOT_MODIFIED)
        message["text"] = parsed.text
        message.pop("entities", None)
        if parsed.entities:
            message["entities"] = parsed.entities
        self._store_edit(message, inline_markup)
        self._record(params, parsed, inline_markup, message, params.get("text"))
        return message

    def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        markup = self._reply_markup(params.get("reply_markup"))
        inline_markup = markup if markup and "inline_keyboard" in markup else None
        if params.get("inline_message_id"):
            self._record(params, ParsedText(""), inline_markup, None, None)
            return True
        message = self._editable(params)
        if message.get("reply_markup") == inline_markup:
            raise BotApiError(400, NOT_MODIFIED)
        self._store_edit(message, inline_markup)
        text = ParsedText(message.get("text", ""), message.get("entities", []))
        self._record(params, text, inline_markup, message, None)
        return message

    def _delete_message(self, params: dict[str, Any]) -> bool:
        key = (self._chat(params)["id"], self._int(params, "message_id"))
        if key not in self._messages:
            raise BotApiError(400, "Bad Request: message to delete not found")
        del self._messages[key]
        return True

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        # Unknown ids and second answers are both rejected by Telegram.
        if query_id not in self._open_queries:
            raise BotApiError(400, QUERY_INVALID)
        self._open_queries.discard(query_id)
        return True

    def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("inline_query_id") or "")
        results = params.get("results")
        if not isinstance(results, list):
            raise BotApiError(400, "Bad Request: can't parse inline query results JSON object")
        if len(results) > MAX_INLINE_RESULTS:
            raise BotApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            if not isinstance(result, dict) or not isinstance(result.get("type"), str):
                raise BotApiError(400, "Bad Request: can't parse InlineQueryResult JSON object")
            result_id = result.get("id")
            if not isinstance(result_id, str):
                raise BotApiError(400, "Bad Request: RESULT_ID_INVALID")
            size = len(result_id.encode("utf-8"))
            if not 1 <= size <= MAX_INLINE_RESULT_ID_BYTES:
                raise BotApiError(400, "Bad Request: RESULT_ID_INVALID")
            if result_id in seen:
                raise BotApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
            seen.add(result_id)
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                _check_text(
                    content["message_text"],
                    content.get("parse_mode"),
                    content.get("entities"),
                    max_length=MAX_MESSAGE_LENGTH,
                    strict_html=self.strict_html,
                )
            self._reply_markup(result.get("reply_markup"))
        if query_id not in self._open_queries:
            raise BotApiError(400, QUERY_INVALID)
        self._open_queries.discard(query_id)
        return True

    def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        document = params.get("document")
        if document is None or document == "":
            raise BotApiError(400, "Bad Request: there is no document in the request")
        parsed = self._text(params, "caption", caption=True)
        markup = self._reply_markup(params.get("reply_markup"))
        self._check_blocked(chat)
        number = next(self._files)
        if isinstance(document, dict):
            content = document.get("content") or b""
            if not content:
                raise BotApiError(400, "Bad Request: file must be non-empty")
            info = {
                "file_id": f"DOC{number}",
                "file_unique_id": f"UDOC{number}",
                "file_name": document.get("filename") or "file",
                "mime_type": document.get("content_type") or "application/octet-stream",
                "file_size": len(content),
            }
        else:  # a file_id or a URL
            info = {"file_id": str(document), "file_unique_id": f"UDOC{number}"}
        content_fields: dict[str, Any] = {"document": info}
        if parsed.text:
            content_fields["caption"] = parsed.text
            if parsed.entities:
                content_fields["caption_entities"] = parsed.entities
        if markup and "inline_keyboard" in markup:
            content_fields["reply_markup"] = markup
        message = self._new_message(chat, content_fields)
        self._record(params, parsed, markup, message, params.get("caption"))
        return message

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        chat = self._chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise BotApiError(400, "Bad Request: wrong parameter action in request")
        self._check_blocked(chat)
        return True

    def _set_chat_menu_button(self, params: dict[str, Any]) -> bool:
        button = params.get("menu_button") or {"type": "default"}
        if not isinstance(button, dict) or "type" not in button:
            raise BotApiError(400, "Bad Request: can't parse MenuButton JSON object")
        self.menu_buttons[params.get("chat_id")] = button
        return True

    def _get_chat_menu_button(self, params: dict[str, Any]) -> dict[str, Any]:
        button = self.menu_buttons.get(params.get("chat_id")) or self.menu_buttons.get(None)
        return copy.deepcopy(button or {"type": "default"})


# --------------------------------------------------------------------------------------------
# Helpers for tests
# --------------------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def polling(app: Application, *, timeout: int = 10) -> AsyncIterator[Application]:
    """Run ``app`` with long polling for the duration of the block, then stop it cleanly.

    Does what ``run_polling`` does, which tests cannot use inside their event loop, including
    the ``post_init`` / ``post_stop`` / ``post_shutdown`` hooks that only ``run_polling`` calls.
    Leave the block before stopping the server.
    """
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    assert app.updater is not None, "build the application with an updater"
    await app.updater.start_polling(poll_interval=0, timeout=timeout)
    await app.start()
    try:
        yield app
    finally:
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        if app.post_stop:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


@pytest_asyncio.fixture
async def bot_api_server() -> AsyncIterator[BotApiServer]:
    """A started :class:`BotApiServer` (import this name into a conftest to share it)."""
    server = BotApiServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
