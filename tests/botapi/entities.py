"""Entity parsing and text checks, as tdlib does them: HTML, MarkdownV2 and Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .limits import (
    CANT_PARSE_ENTITIES,
    CAPTION_TOO_LONG,
    MAX_MESSAGE_LENGTH,
    TEXT_EMPTY,
    TEXT_TOO_LONG,
)
from .records import BotApiError

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
