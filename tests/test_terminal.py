"""The terminal chat (`summit-bot chat`, or `summit-bot` without a token) in a subprocess."""

from __future__ import annotations

import re

from conftest import Run

from bot.terminal import PROMPT

QUESTION_FR = "C'était quand le sommet ?"
ARABIC = re.compile("[\u0600-\u06ff]")


def test_without_a_token_summit_bot_chats_in_the_terminal(run: Run) -> None:
    result = run(stdin="When was the summit?\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("No TELEGRAM_BOT_TOKEN set: chatting in the terminal.")
    assert "12 December 2024" in result.stdout


def test_lang_auto_forgets_the_chosen_language(run: Run) -> None:
    lines = ["/lang en", QUESTION_FR, "/lang auto", QUESTION_FR, "متى انعقدت القمة؟", "/lang"]
    result = run("chat", "--no-log", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    welcome, *replies = result.stdout.split(PROMPT)
    assert "/lang fr|en|ar|auto" in welcome
    assert replies[0].strip() == "Done: I will answer in English."
    assert "12 December 2024" in replies[1]
    assert replies[2].strip() == "Done: I will answer in the language of each message."
    assert "12 décembre 2024" in replies[3]
    assert ARABIC.search(replies[4]) and "2024" in replies[4]
    assert "auto (" in replies[5]  # `/lang` alone lists the choices
