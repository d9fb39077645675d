"""Opening the conversation log from the settings: one place for the bot and the command line."""

from __future__ import annotations

import secrets

from bot.config import Settings
from bot.engine import Reply
from bot.pseudonym import load_or_create_secret
from bot.store import Exchange, Store


async def open_log(settings: Settings) -> Store:
    """The log at DATABASE_PATH, its user-id key from USER_ID_SECRET or the key file."""
    secret = load_or_create_secret(settings.database_path, settings.user_id_secret)
    return await Store.open(
        settings.database_path, secret=secret, retention_days=settings.log_retention_days
    )


def exchange(
    question: str,
    reply: Reply,
    response_ms: float,
    *,
    user_id: int | None = None,
    chat_type: str = "cli",
    channel: str = "cli",
) -> Exchange:
    """The log row for one reply; `ref` is what its feedback buttons will name."""
    return Exchange(
        ref=secrets.token_hex(6),
        user_id=user_id,
        chat_type=chat_type,
        channel=channel,
        language=reply.language,
        question=question,
        kind=reply.kind,
        source=reply.source,
        score=reply.score,
        response_ms=response_ms,
    )
