"""Telegram HTML for replies, menus and inline results, split to Telegram's limits; no PTB here.

Everything a handler sends is built here as plain data (`Outgoing` texts with `Keyboard`s of
`Button`s, `Article`s for inline mode), so it can be tested without Telegram objects;
`handlers/sending.py` turns it into PTB objects.

Rules every function follows:
- every piece of user or pack text goes through `escape`; the only tags are our own
  (`<b>` for headings, `<pre>` for organiser reports);
- a text longer than Telegram's 4096 characters is cut into several messages at line breaks,
  on the plain text *before* rendering, so a cut never falls inside a tag or an `&entity;`;
- callback data is a short prefix and an id (`c:<id>`, `p:<n>`...), at most 64 bytes, and
  `parse_callback` accepts nothing else.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.cards import examples, speaker_name
from bot.engine import Engine, Reply, Suggestion
from bot.knowledge import Pack, Panel, Speaker
from bot.messages import AUTO_LANGUAGE, LANGUAGE_NAMES, format_date, message
from bot.suggest import TOKEN_CHARS, MissGroup
from bot.text import LANGUAGES

MAX_TEXT = 4096
MAX_CALLBACK_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_INLINE_ID_BYTES = 64
# Button labels come from the pack's phrasings; Telegram cuts long ones with "...", we do it
# ourselves so the start of the question stays readable.
MAX_BUTTON_LABEL = 60
INLINE_DESCRIPTION = 100
FAQ_BUTTONS = 10

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
MENUS = ("programme", "speakers", "panels", "faq", "language")


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


@dataclass(frozen=True)
class Callback:
    """Decoded callback data: what the button does, on what, and an option (vote, yes/no)."""

    action: str
    value: str
    option: str = ""


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


# --- callback data -----------------------------------------------------------------------------

_ID = r"[a-z0-9_]{1,40}"
_CALLBACKS: dict[str, tuple[str, re.Pattern[str]]] = {
    "m": ("menu", re.compile(f"({'|'.join(MENUS)})")),
    "c": ("card", re.compile(f"({_ID})")),
    "s": ("speaker", re.compile(f"({_ID})")),
    "p": ("panel", re.compile(r"([1-9][0-9]{0,2})")),
    "lang": ("language", re.compile(f"({'|'.join((*LANGUAGES, AUTO_LANGUAGE))})")),
    "fb": ("feedback", re.compile(r"([0-9a-f]{12}):([+-])")),
    "fg": ("forget", re.compile(r"([0-9]{1,20}):([yn])")),
    # A /suggest group's token, and the entry to add its question to ("-": ignore the group).
    "sg": ("suggest", re.compile(f"([0-9a-f]{{{TOKEN_CHARS}}}):({_ID}|-)")),
}


def menu_data(name: str) -> str:
    return f"m:{name}"


def card_data(source: str) -> str:
    return f"c:{source}"


def speaker_data(speaker_id: str) -> str:
    return f"s:{speaker_id}"


def panel_data(number: int) -> str:
    return f"p:{number}"


def language_data(language: str) -> str:
    return f"lang:{language}"


def feedback_data(ref: str, value: int) -> str:
    return f"fb:{ref}:{'+' if value > 0 else '-'}"


def forget_data(user_id: int, confirm: bool) -> str:
    # The user id binds the button to whoever asked: in a group anyone can press it.
    return f"fg:{user_id}:{'y' if confirm else 'n'}"


def suggest_data(token: str, entry_id: str | None) -> str:
    """A /suggest button: add the group's question to `entry_id`, or ignore the group (None)."""
    return f"sg:{token}:{entry_id or '-'}"


def parse_callback(data: str | None) -> Callback | None:
    """The action behind a button, or None for data this bot never sends (forged or garbled)."""
    if not data or len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        return None
    prefix, _, rest = data.partition(":")
    known = _CALLBACKS.get(prefix)
    match = known[1].fullmatch(rest) if known else None
    if known is None or match is None:
        return None
    return Callback(known[0], *match.groups())


# --- keyboards -------------------------------------------------------------------------------


def _rows(buttons: Sequence[Button], per_row: int) -> Keyboard:
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


def speaker_label(speaker: Speaker, language: str) -> str:
    return _label(speaker_name(speaker, language))


def panel_label(panel: Panel, language: str) -> str:
    return _label(
        message("button_panel", language, number=panel.number, title=panel.title[language])
    )


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


def panels_keyboard(pack: Pack, language: str) -> Keyboard:
    return tuple((Button(panel_label(p, language), panel_data(p.number)),) for p in pack.panels)


def speakers_keyboard(pack: Pack, language: str) -> Keyboard:
    buttons = [Button(speaker_label(s, language), speaker_data(s.id)) for s in pack.speakers]
    return _rows(buttons, 2)


def speaker_keyboard(pack: Pack, speaker: Speaker, language: str) -> Keyboard:
    """Under a speaker card: their round table, and back to every speaker."""
    rows: list[Row] = []
    panel = pack.panel(speaker.panel)
    if panel:
        rows.append((Button(panel_label(panel, language), panel_data(panel.number)),))
    rows.append((Button(message("button_all_speakers", language), menu_data("speakers")),))
    return tuple(rows)


def panel_keyboard(pack: Pack, panel: Panel, language: str) -> Keyboard:
    """Under a round-table card: each of its speakers, and back to every round table."""
    speakers = [s for sid in panel.speakers if (s := pack.speaker(sid))]
    buttons = [Button(speaker_label(s, language), speaker_data(s.id)) for s in speakers]
    back = (Button(message("button_all_panels", language), menu_data("panels")),)
    return (*_rows(buttons, 2), back)


def faq_sources(pack: Pack, limit: int = FAQ_BUTTONS) -> list[str]:
    """The questions /faq offers: FAQ and facts taken in turn, each in pack order.

    Taking them in turn keeps both the basics (date, place) and the organisers' FAQ in the
    first screen; `list:` entries are left out since Programme and Speakers have buttons.
    """
    faq = [e.id for e in pack.faq if not e.list]
    facts = [e.id for e in pack.facts if not e.list]
    mixed = [source for pair in zip(facts, faq, strict=False) for source in pair]
    shorter = min(len(facts), len(faq))
    mixed += facts[shorter:] + faq[shorter:]
    return mixed[:limit]


def faq_keyboard(engine: Engine, language: str) -> Keyboard:
    return tuple(
        (Button(_label(engine.label(source, language)), card_data(source)),)
        for source in faq_sources(engine.pack)
    )


def suggestions_keyboard(suggestions: Iterable[Suggestion]) -> Keyboard:
    return tuple((Button(_label(s.label), card_data(s.id)),) for s in suggestions)


def feedback_row(ref: str) -> Row:
    return (Button("👍", feedback_data(ref, +1)), Button("👎", feedback_data(ref, -1)))


def is_feedback(data: str | None) -> bool:
    """Whether a button is a 👍/👎 one (they are removed once the user has voted)."""
    return bool(data) and str(data).startswith("fb:")


def forget_keyboard(user_id: int, language: str) -> Keyboard:
    return (
        (
            Button(message("button_forget_yes", language), forget_data(user_id, True)),
            Button(message("button_cancel", language), forget_data(user_id, False)),
        ),
    )


def card_keyboard(pack: Pack, source: str | None, language: str) -> Keyboard:
    """Navigation under a card: a speaker's round table, a round table's speakers..."""
    if not source:
        return ()
    if speaker := pack.speaker(source):
        return speaker_keyboard(pack, speaker, language)
    if panel := pack.panel(source):
        return panel_keyboard(pack, panel, language)
    entry = pack.entry(source)
    if entry is not None and entry.list == "programme":
        return panels_keyboard(pack, language)
    if entry is not None and entry.list == "speakers":
        return speakers_keyboard(pack, language)
    return ()


def reply_keyboard(pack: Pack, reply: Reply, ref: str | None) -> Keyboard:
    """Buttons under an engine reply: choices for clarify and fallback, navigation and 👍/👎
    for an answer (`ref` names the logged exchange the vote is about)."""
    if reply.kind in ("clarify", "fallback"):
        return suggestions_keyboard(reply.suggestions)
    if reply.kind != "answer":
        return ()
    keyboard = card_keyboard(pack, reply.source, reply.language)
    return (*keyboard, feedback_row(ref)) if ref else keyboard


# --- screens: what commands and menu buttons show -------------------------------------------


def welcome(pack: Pack, language: str, retention_days: int) -> list[Outgoing]:
    """/start: what the bot is, that it is automated, the privacy line, and the menu."""
    event = pack.event
    text = message(
        "welcome",
        language,
        event=event.short_name[language],
        date=format_date(event.date, language),
        city=event.city[language],
    )
    text += "\n\n" + message("privacy_short", language, days=retention_days)
    return outgoing(text, menu_keyboard(language))


def command_menu(language: str, *, admin: bool = False) -> list[tuple[str, str]]:
    """(command, description) pairs for setMyCommands, in the order users should see them."""
    names = PUBLIC_COMMANDS + (ADMIN_COMMANDS if admin else ())
    return [(name, message(f"command_{name}", language)) for name in names]


def help_screen(pack: Pack, language: str) -> list[Outgoing]:
    """/help: the pack's example questions and the commands."""
    commands = "\n".join(f"/{name} {text}" for name, text in command_menu(language))
    text = message("help", language, examples=examples(pack, language), commands=commands)
    return outgoing(text, menu_keyboard(language))


def privacy_screen(language: str, retention_days: int) -> list[Outgoing]:
    text = message("privacy", language, days=retention_days)
    return outgoing(text, heading=text.split("\n", 1)[0])


def screen(engine: Engine, name: str, language: str) -> list[Outgoing]:
    """One of MENUS, as /programme, /speakers... and the menu buttons show it."""
    pack = engine.pack
    if name == "programme":
        return reply_messages(engine.programme(language), panels_keyboard(pack, language))
    if name == "speakers":
        return outgoing(message("pick_speaker", language), speakers_keyboard(pack, language))
    if name == "panels":
        return outgoing(message("pick_panel", language), panels_keyboard(pack, language))
    if name == "faq":
        return outgoing(message("pick_faq", language), faq_keyboard(engine, language))
    if name == "language":
        return outgoing(message("choose_language", language), language_keyboard(language))
    raise KeyError(name)


def card_screen(engine: Engine, source: str, language: str) -> list[Outgoing]:
    """A speaker or round-table card with its navigation; KeyError for an unknown id."""
    reply = engine.card(source, language)
    return reply_messages(reply, card_keyboard(engine.pack, source, language))


def deep_link_source(pack: Pack, payload: str) -> str | None:
    """The card a /start payload opens: speaker_<id> or panel_<number>; None otherwise."""
    kind, _, value = payload.partition("_")
    if kind == "speaker" and pack.speaker(value):
        return value
    if kind == "panel" and value.isdigit() and (panel := pack.panel_by_number(int(value))):
        return panel.id
    return None


def deep_link_payloads(pack: Pack) -> list[str]:
    """Every payload `deep_link_source` accepts (for QR codes: t.me/<bot>?start=<payload>)."""
    return [f"speaker_{s.id}" for s in pack.speakers] + [f"panel_{p.number}" for p in pack.panels]


# --- inline mode ---------------------------------------------------------------------------


def _first_line(text: str, heading: str) -> str:
    body = text[len(heading) :] if heading and text.startswith(heading) else text
    line = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
    return line if len(line) <= INLINE_DESCRIPTION else line[: INLINE_DESCRIPTION - 1] + "…"


def _article(result_id: str, title: str, reply: Reply) -> Article:
    # An inline result is one message: a reply too long for it keeps its first part.
    text = render_text(reply.answer, reply.heading)[0]
    return Article(result_id, _label(title), _first_line(reply.answer, reply.heading), text)


def inline_articles(engine: Engine, reply: Reply) -> list[Article]:
    """Results for "@bot question": the best answer, then the entries it suggests.

    A crisis reply is the only result, so that nothing else can be picked instead of it.
    """
    language = reply.language
    if reply.kind == "crisis":
        return [_article("crisis", _first_line(reply.answer, ""), reply)]
    articles: list[Article] = []
    seen: set[str] = set()
    if reply.kind in ("answer", "smalltalk") and reply.source:
        title = reply.heading or engine.label(reply.source, language)
        articles.append(_article(f"a:{reply.source}", title, reply))
        seen.add(reply.source)
    for suggestion in reply.suggestions:
        if suggestion.id in seen:
            continue
        seen.add(suggestion.id)
        card = engine.card(suggestion.id, language)
        articles.append(_article(f"a:{suggestion.id}", suggestion.label, card))
    if not articles:
        articles.append(_article(f"{reply.kind}:{language}", _first_line(reply.answer, ""), reply))
    return articles[:MAX_INLINE_RESULTS]


def inline_browse(engine: Engine, language: str) -> list[Article]:
    """Results for an empty inline query: the programme, then every speaker card."""
    programme = engine.programme(language)
    articles = [_article("programme", programme.heading or "Programme", programme)]
    for speaker in engine.pack.speakers:
        card = engine.card(speaker.id, language)
        articles.append(_article(f"a:{speaker.id}", speaker_label(speaker, language), card))
    return articles[:MAX_INLINE_RESULTS]


# --- /suggest ------------------------------------------------------------------------------


def miss_group(
    group: MissGroup, labels: Mapping[str, str], number: int, language: str
) -> list[Outgoing]:
    """One group of missed questions for an organiser: what was asked, by how many, why it
    counts as missed, the likely entries (named by `labels`); a ➕ button per likely entry
    and 🙈 to ignore the group."""
    why = ", ".join(
        f"{message(f'suggest_reason_{reason}', language)} {count}"
        for reason, count in group.reasons.items()
    )
    lines = [
        message(
            "suggest_group",
            language,
            number=number,
            question=" ".join(group.question.split()),
            people=group.people,
            count=group.count,
            why=why,
            languages=", ".join(code for code, _ in group.languages),
        )
    ]
    if group.examples:
        examples = " · ".join(" ".join(text.split()) for text in group.examples)
        lines.append(message("suggest_examples", language, items=examples))
    if group.likely:
        items = ", ".join(
            f"{labels[x.entry_id]} ({x.entry_id}) {x.confidence * 100:.0f}%" for x in group.likely
        )
        lines.append(message("suggest_likely", language, items=items))
    buttons = [
        (Button(_label(f"➕ {labels[x.entry_id]}"), suggest_data(group.token, x.entry_id)),)
        for x in group.likely
    ]
    ignore = Button(message("button_suggest_ignore", language), suggest_data(group.token, None))
    return outgoing("\n".join(lines), (*buttons, (ignore,)))
