"""Telegram HTML for replies, menus and inline results, split to Telegram's limits; no PTB here.

Render is a pure function of what it is given: a `Reply` (which carries its suggestions, its
label and the links under it, put there by the engine) and plain values. It never asks the
engine or the pack for more. Everything a handler sends is built here as plain data
(`Outgoing` texts with `Keyboard`s of `Button`s, `Article`s for inline mode), so it can be
tested without Telegram objects; `handlers/sending.py` turns it into PTB objects.

Rules every function follows:
- every piece of user or pack text goes through `escape`; the only tags are our own
  (`<b>` for headings, `<pre>` for organiser reports);
- a text longer than Telegram's 4096 characters is cut into several messages at line breaks,
  on the plain text *before* rendering, so a cut never falls inside a tag or an `&entity;`;
- button data comes from `bot.callbacks`, which alone writes and reads it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.callbacks import (
    card_data,
    feedback_data,
    forget_data,
    language_data,
    link_data,
    menu_data,
    suggest_data,
)
from bot.messages import AUTO_LANGUAGE, LANGUAGE_NAMES, message
from bot.reply import Link, Reply, Suggestion
from bot.text import LANGUAGES

MAX_TEXT = 4096
MAX_INLINE_RESULTS = 50
MAX_INLINE_ID_BYTES = 64
# Button labels come from the pack's phrasings; Telegram cuts long ones with "...", we do it
# ourselves so the start of the question stays readable.
MAX_BUTTON_LABEL = 60
INLINE_DESCRIPTION = 100

PUBLIC_COMMANDS = (
    "start",
    "help",
    "programme",
    "speakers",
    "panels",
    "faq",
    "language",
    "privacy",
    "forget",
)
ADMIN_COMMANDS = ("stats", "unanswered", "export", "reload", "report", "suggest")


@dataclass(frozen=True)
class Button:
    """An inline keyboard button that sends `data` back to the bot when pressed."""

    text: str
    data: str


Row = tuple[Button, ...]
Keyboard = tuple[Row, ...]


@dataclass(frozen=True)
class Outgoing:
    """One message to send: Telegram HTML and an optional inline keyboard."""

    text: str
    keyboard: Keyboard = ()


@dataclass(frozen=True)
class Article:
    """One inline-mode result: a plain title and description, and the HTML message it sends."""

    id: str
    title: str
    description: str
    text: str


# --- escaping and splitting -------------------------------------------------------------------


def escape(text: str) -> str:
    """Text made safe for Telegram HTML: <, > and & escaped (quotes need not be)."""
    return html.escape(text, quote=False)


def _size(text: str) -> int:
    """Escaped length in UTF-16 units: never less than what Telegram counts."""
    return len(escape(text).encode("utf-16-le")) // 2


def split_plain(text: str, limit: int, size: Callable[[str], int] = _size) -> list[str]:
    """Cut plain `text` into pieces of at most `limit` (by `size`), at line breaks if possible.

    A line too long on its own is cut between words, and a word too long between characters.
    Blank lines at the edges of a piece are dropped: Telegram would trim them anyway.
    """
    pieces: list[str] = []
    current: list[str] = []
    for line in _fitting_lines(text.split("\n"), limit, size):
        if current and size("\n".join([*current, line])) > limit:
            pieces.append("\n".join(current))
            current = []
        current.append(line)
    if current:
        pieces.append("\n".join(current))
    return [piece.strip("\n") for piece in pieces if piece.strip()]


def _fitting_lines(lines: Iterable[str], limit: int, size: Callable[[str], int]) -> list[str]:
    fitted: list[str] = []
    for line in lines:
        if size(line) <= limit:
            fitted.append(line)
            continue
        current = ""
        for word in line.split(" "):
            candidate = f"{current} {word}" if current else word
            if size(candidate) <= limit:
                current = candidate
                continue
            if current:
                fitted.append(current)
            current = word
            while size(current) > limit:
                cut = _longest_prefix(current, limit, size)
                fitted.append(current[:cut])
                current = current[cut:]
        fitted.append(current)
    return fitted


def _longest_prefix(text: str, limit: int, size: Callable[[str], int]) -> int:
    low, high = 1, len(text)
    while low < high:  # the longest prefix that fits; at least one character
        middle = (low + high + 1) // 2
        if size(text[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    return low


def render_text(text: str, heading: str = "", *, pre: bool = False) -> list[str]:
    """Plain text as one or more HTML messages: `heading` (its first line) in bold, or all of
    it in <pre>."""
    overhead = len("<pre></pre>") if pre else len("<b></b>")
    parts = []
    for index, part in enumerate(split_plain(text, MAX_TEXT - overhead)):
        if pre:
            parts.append(f"<pre>{escape(part)}</pre>")
        elif index == 0 and heading and part.startswith(heading):
            parts.append(f"<b>{escape(heading)}</b>{escape(part[len(heading) :])}")
        else:
            parts.append(escape(part))
    return parts


def outgoing(text: str, keyboard: Keyboard = (), *, heading: str = "") -> list[Outgoing]:
    """Plain text as messages ready to send, the keyboard under the last one."""
    parts = render_text(text, heading)
    return [
        Outgoing(part, keyboard if i == len(parts) - 1 else ()) for i, part in enumerate(parts)
    ]


def preformatted(text: str) -> list[Outgoing]:
    """A report (organiser commands) in monospace, split like any other text."""
    return [Outgoing(part) for part in render_text(text, pre=True)]


def reply_messages(reply: Reply, keyboard: Keyboard = ()) -> list[Outgoing]:
    """An engine reply as messages: heading in bold, the keyboard under the last part."""
    return outgoing(reply.answer, keyboard, heading=reply.heading)


def _label(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_BUTTON_LABEL else text[: MAX_BUTTON_LABEL - 1] + "…"


# --- keyboards -------------------------------------------------------------------------------


def menu_keyboard(language: str) -> Keyboard:
    """Programme, Speakers, FAQ, Language: under the welcome and the language confirmation."""
    return (
        (
            Button(message("button_programme", language), menu_data("programme")),
            Button(message("button_speakers", language), menu_data("speakers")),
        ),
        (
            Button(message("button_faq", language), menu_data("faq")),
            Button(message("button_language", language), menu_data("language")),
        ),
    )


def language_keyboard(language: str) -> Keyboard:
    """One button per language, and "automatic" under them, labelled in `language`."""
    return (
        tuple(Button(LANGUAGE_NAMES[code], language_data(code)) for code in LANGUAGES),
        (Button(message("button_language_auto", language), language_data(AUTO_LANGUAGE)),),
    )


def navigation_keyboard(links: Iterable[Link]) -> Keyboard:
    """Links as buttons: speakers two to a row (names are short), anything else on its own."""
    rows: list[list[Button]] = []
    pairing = False  # whether the last row holds one speaker, with room for another
    for link in links:
        button = Button(_label(link.label), link_data(link))
        if link.to == "speaker" and pairing:
            rows[-1].append(button)
            pairing = False
        else:
            rows.append([button])
            pairing = link.to == "speaker"
    return tuple(tuple(row) for row in rows)


def suggestions_keyboard(suggestions: Iterable[Suggestion]) -> Keyboard:
    return tuple((Button(_label(s.label), card_data(s.id)),) for s in suggestions)


def feedback_row(ref: str) -> Row:
    return (Button("👍", feedback_data(ref, +1)), Button("👎", feedback_data(ref, -1)))


def forget_keyboard(user_id: int, language: str) -> Keyboard:
    return (
        (
            Button(message("button_forget_yes", language), forget_data(user_id, True)),
            Button(message("button_cancel", language), forget_data(user_id, False)),
        ),
    )


def reply_keyboard(reply: Reply, ref: str | None) -> Keyboard:
    """Buttons under an engine reply: choices for clarify and fallback, its navigation and
    👍/👎 for an answer (`ref` names the logged exchange the vote is about)."""
    if reply.kind in ("clarify", "fallback"):
        return suggestions_keyboard(reply.suggestions)
    if reply.kind != "answer":
        return ()
    keyboard = navigation_keyboard(reply.navigation)
    return (*keyboard, feedback_row(ref)) if ref else keyboard


# --- screens: what commands and menu buttons show -------------------------------------------


def screen(reply: Reply) -> list[Outgoing]:
    """A card or a menu (the engine's `card` or `menu`) with the links under it."""
    return reply_messages(reply, navigation_keyboard(reply.navigation))


def welcome(text: str, language: str, retention_days: int) -> list[Outgoing]:
    """/start: `text` (what the bot is, that it is automated), the privacy line, the menu."""
    text += "\n\n" + message("privacy_short", language, days=retention_days)
    return outgoing(text, menu_keyboard(language))


def command_menu(language: str, *, admin: bool = False) -> list[tuple[str, str]]:
    """(command, description) pairs for setMyCommands, in the order users should see them."""
    names = PUBLIC_COMMANDS + (ADMIN_COMMANDS if admin else ())
    return [(name, message(f"command_{name}", language)) for name in names]


def help_screen(examples: str, language: str) -> list[Outgoing]:
    """/help: the pack's example questions (one bullet a line) and the commands."""
    commands = "\n".join(f"/{name} {text}" for name, text in command_menu(language))
    text = message("help", language, examples=examples, commands=commands)
    return outgoing(text, menu_keyboard(language))


def privacy_screen(language: str, retention_days: int) -> list[Outgoing]:
    text = message("privacy", language, days=retention_days)
    return outgoing(text, heading=text.split("\n", 1)[0])


def language_screen(language: str) -> list[Outgoing]:
    """/language: a button per language."""
    return outgoing(message("choose_language", language), language_keyboard(language))


# --- inline mode ---------------------------------------------------------------------------


def _first_line(text: str, heading: str) -> str:
    body = text[len(heading) :] if heading and text.startswith(heading) else text
    line = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
    return line if len(line) <= INLINE_DESCRIPTION else line[: INLINE_DESCRIPTION - 1] + "…"


def _article(result_id: str, title: str, reply: Reply) -> Article:
    # An inline result is one message: a reply too long for it keeps its first part.
    text = render_text(reply.answer, reply.heading)[0]
    return Article(result_id, _label(title), _first_line(reply.answer, reply.heading), text)


def inline_articles(reply: Reply, suggested: Sequence[Reply]) -> list[Article]:
    """Results for "@bot question": the best answer, then the cards of the entries it
    suggests (`suggested`, the engine's `suggested_cards`).

    A crisis reply is the only result, so that nothing else can be picked instead of it.
    """
    if reply.kind == "crisis":
        return [_article("crisis", _first_line(reply.answer, ""), reply)]
    articles: list[Article] = []
    seen: set[str] = set()
    if reply.kind in ("answer", "smalltalk") and reply.source:
        articles.append(_article(f"a:{reply.source}", reply.heading or reply.label, reply))
        seen.add(reply.source)
    for card in suggested:
        if card.source is None or card.source in seen:
            continue
        seen.add(card.source)
        articles.append(_article(f"a:{card.source}", card.label, card))
    if not articles:
        kind = f"{reply.kind}:{reply.language}"
        articles.append(_article(kind, _first_line(reply.answer, ""), reply))
    return articles[:MAX_INLINE_RESULTS]


def inline_browse(programme: Reply, cards: Sequence[Reply]) -> list[Article]:
    """Results for an empty inline query: the programme, then the `cards` (every speaker's)."""
    articles = [_article("programme", programme.heading or "Programme", programme)]
    articles += [_article(f"a:{card.source}", card.label, card) for card in cards]
    return articles[:MAX_INLINE_RESULTS]


# --- /suggest ------------------------------------------------------------------------------


def miss_group(
    text: str, token: str, likely: Sequence[Suggestion], language: str
) -> list[Outgoing]:
    """One group of missed questions for an organiser: `text` (from `suggest.describe_group`),
    a ➕ button per `likely` entry, and 🙈 to ignore the group (named by its `token`)."""
    buttons = [
        (Button(_label(f"➕ {entry.label}"), suggest_data(token, entry.id)),) for entry in likely
    ]
    ignore = Button(message("button_suggest_ignore", language), suggest_data(token, None))
    return outgoing(text, (*buttons, (ignore,)))
