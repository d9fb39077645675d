"""A short real conversation, in three languages, as the README shows it.

With SUMMIT_BOT_TRANSCRIPT=docs/transcript.md set, the conversation is also written there
as Markdown (user text, then the bot's reply as the user sees it, buttons in brackets).
"""

from __future__ import annotations

import os
from pathlib import Path

from botapi import SentMessage
from conftest import REPO, Talk

# (language_code, text typed) or (language_code, None): press the first button of the last reply.
CONVERSATION = [
    ("fr", "/start"),
    ("fr", "C'était quand le sommet ?"),
    ("fr", "Qui est Imane Kendili ?"),
    ("fr", "parents"),
    ("fr", None),
    ("en", "When was the summit?"),
    ("en", "Is there a replay?"),
    ("ar", "متى كانت القمة"),
    ("ar", "chkoun hder 3la les parents"),
]


def as_markdown(user: str, replies: list[SentMessage]) -> list[str]:
    lines = [f"**User:** {user}", ""]
    for reply in replies:
        lines += [f"> {line}" if line else ">" for line in reply.text.split("\n")]
        buttons = " ".join(f"[{b['text']}]" for b in reply.buttons)
        if buttons:
            lines += [">", f"> {buttons}"]
        lines.append("")
    return lines


async def test_a_conversation_in_three_languages(talk: Talk) -> None:
    lines = [
        "# A conversation with summit-bot",
        "",
        "Recorded by `tests/test_app_transcript.py`: the production application answering",
        "through the local fake Bot API (`tests/botapi/`), which checks every message as",
        "Telegram would. Buttons are shown in brackets.",
        "",
    ]
    replies: list[SentMessage] = []
    for language, text in CONVERSATION:
        if text is None:
            button = replies[-1].buttons[0]
            _, replies = await talk.press(button["callback_data"], on=replies[-1])
            text = f"(presses [{button['text']}])"
        else:
            replies = await talk.say(text, language_code=language)
        assert replies, text
        lines += as_markdown(text, replies)
    transcript = "\n".join(lines).rstrip() + "\n"
    assert "12 décembre 2024" in transcript and "12 December 2024" in transcript
    target = os.environ.get("SUMMIT_BOT_TRANSCRIPT")
    if target:
        path = Path(target) if Path(target).is_absolute() else REPO / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(transcript, encoding="utf-8")
