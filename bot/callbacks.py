"""Callback data: what a button sends back when pressed, written and read in one place.

Data is a short prefix and an id (`c:<id>`, `p:<n>`...), at most Telegram's 64 bytes, and
`parse_callback` accepts nothing else: any client can send any data, so what comes back may
be forged or garbled, and is checked like user input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.messages import AUTO_LANGUAGE
from bot.reply import Link
from bot.suggest import TOKEN_CHARS
from bot.text import LANGUAGES

MAX_CALLBACK_BYTES = 64
# The menus a button opens, as their commands do.
MENUS = ("programme", "speakers", "panels", "faq", "language")


@dataclass(frozen=True)
class Callback:
    """Decoded callback data: what the button does, on what, and an option (vote, yes/no)."""

    action: str
    value: str
    option: str = ""


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


def panel_data(number: int | str) -> str:
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


_LINK_DATA = {"card": card_data, "speaker": speaker_data, "panel": panel_data, "menu": menu_data}


def link_data(link: Link) -> str:
    """The data of a button that follows `link` (see bot.reply.DESTINATIONS)."""
    return _LINK_DATA[link.to](link.target)


def is_feedback(data: str | None) -> bool:
    """Whether a button is a 👍/👎 one (they are removed once the user has voted)."""
    return bool(data) and str(data).startswith("fb:")


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
