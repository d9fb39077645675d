"""The terminal chat: the same engine as Telegram, with line editing, history and commands."""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot import cards
from bot.cards import examples
from bot.config import Settings
from bot.engine import Engine, Reply
from bot.messages import AUTO_LANGUAGE, LANGUAGE_NAMES, message
from bot.store import Exchange
from bot.text import LANGUAGES

HISTORY_FILE = Path.home() / ".summit_bot_history"
PROMPT = "vous> "
# The commands this chat answers, as /help lists them (with /start and /exit as aliases).
# Telegram's menus, /language, /privacy and /forget need buttons or a stored user.
COMMANDS = {
    "/programme": "command_programme",
    "/speakers": "command_speakers",
    "/lang": "command_language",
    "/help": "command_help",
    "/quit": "command_quit",
}
_COMMAND = re.compile(r"/\w+")


def _enable_line_editing() -> None:
    """Arrow keys and history through readline where the platform has it."""
    try:
        import readline
    except ImportError:  # Windows without pyreadline: plain input() still works.
        return
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY_FILE)
    readline.set_history_length(500)
    import atexit

    atexit.register(lambda: _save_history(readline))


def _save_history(readline: object) -> None:
    with contextlib.suppress(OSError):
        readline.write_history_file(HISTORY_FILE)  # type: ignore[attr-defined]


def commands(language: str) -> str:
    """The commands of `COMMANDS`, one a line with what each does, in `language`."""
    return "\n".join(f"{name} {message(key, language)}" for name, key in COMMANDS.items())


def render(reply: Reply) -> str:
    """A reply as terminal text: the choices of a "which one?" numbered (a fallback lists its
    topics in its own text)."""
    lines = [reply.answer]
    if reply.kind == "clarify":
        lines += [f"  {n}. {s.label}" for n, s in enumerate(reply.suggestions, start=1)]
    return "\n".join(lines)


async def chat(
    engine: Engine,
    settings: Settings,
    language: str | None,
    out: TextIO,
    log: Callable[[Exchange], None] | None = None,
) -> int:
    """Read questions until EOF or /quit; `language` fixes the reply language like /lang.

    Each answered question goes to `log`, like a Telegram exchange.
    """
    _enable_line_editing()
    chosen = language
    current = chosen or settings.default_language
    print(cards.welcome(engine.pack, current, buttons=False), file=out)
    choices = "|".join((*LANGUAGES, AUTO_LANGUAGE))
    print(f"(/programme /speakers /help /lang {choices} /quit)", file=out)
    last: Reply | None = None
    while True:
        try:
            # input() blocks: in a thread, the log's writer keeps running meanwhile.
            line = (await asyncio.to_thread(input, PROMPT)).strip()
        except EOFError:
            print(file=out)
            return 0
        if not line:
            continue
        command, _, argument = line.partition(" ")
        if command in ("/quit", "/exit"):
            return 0
        current = chosen or current
        if command == "/lang":
            argument = argument.strip()
            if argument == AUTO_LANGUAGE:
                chosen = None  # each message is answered in its own language again
                print(message("language_auto", current), file=out)
            elif argument in LANGUAGES:
                chosen = current = argument
                print(message("language_set", chosen), file=out)
            else:
                names = [f"{code} ({name})" for code, name in LANGUAGE_NAMES.items()]
                names.append(f"{AUTO_LANGUAGE} ({message('button_language_auto', current)})")
                print(f"/lang {', '.join(names)}", file=out)
            continue
        if command == "/programme":
            reply = engine.programme(current)
        elif command == "/speakers":
            reply = engine.speakers(current)
        elif command in ("/help", "/start"):
            text = message(
                "help",
                current,
                examples=examples(engine.pack, current),
                commands=commands(current),
            )
            print(text, file=out)
            continue
        elif _COMMAND.fullmatch(command):
            # Not a question (Telegram's /faq, a typo): say what this chat does; log nothing.
            print(
                message("terminal_unknown_command", current, commands=commands(current)), file=out
            )
            continue
        elif line.isdigit() and last and last.kind == "clarify" and last.suggestions:
            # A number picks one of the choices of the last clarify reply.
            index = int(line) - 1
            if not 0 <= index < len(last.suggestions):
                continue
            reply = engine.card(last.suggestions[index].id, current)
        else:
            started = time.perf_counter()
            reply = engine.reply(line, chosen=chosen, fallback=current)
            current = reply.language
            if log:
                log(Exchange.for_reply(line, reply, (time.perf_counter() - started) * 1000))
        print(render(reply), file=out)
        last = reply
