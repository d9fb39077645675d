"""The floor for bench/load.py: a bare PTB bot that echoes text, with no engine and no log.

Run by bench/load.py in its own process, like the real bot, so both are measured the same way:

    TELEGRAM_API_BASE_URL=http://127.0.0.1:PORT/bot python bench/echo_bot.py --concurrency 4
"""

from __future__ import annotations

import argparse
import logging
import os

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

TOKEN = "123456:TEST-TOKEN"  # the local Bot API server's; never a real one


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the message's text back."""
    await update.message.reply_text(update.message.text)


def build(base_url: str, concurrency: int) -> Application:
    """The echo bot; more connections than handlers so no handler ever waits for one."""
    application = (
        ApplicationBuilder()
        .token(os.environ.get("TELEGRAM_BOT_TOKEN", TOKEN))
        .base_url(base_url)
        .concurrent_updates(concurrency)
        .connection_pool_size(max(8, concurrency))
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return application


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--concurrency", type=int, default=4, help="concurrent_updates")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    application = build(os.environ["TELEGRAM_API_BASE_URL"], args.concurrency)
    # Same call as `summit-bot run`: SIGTERM stops it cleanly.
    application.run_polling(allowed_updates=[Update.MESSAGE])


if __name__ == "__main__":
    main()
