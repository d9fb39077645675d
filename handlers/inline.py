"""Inline mode: "@bot question" in any chat lists answers the user can post there."""

from __future__ import annotations

import time

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import render
from bot.render import Article
from handlers import services
from handlers.flood import Verdict, notice, verdict
from handlers.sending import NO_PREVIEW

# Short, and personal: results depend on the user's language choice.
CACHE_SECONDS = 10


def _result(article: Article) -> InlineQueryResultArticle:
    content = InputTextMessageContent(
        article.text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
    )
    return InlineQueryResultArticle(
        article.id, article.title, content, description=article.description or None
    )


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer an inline query: the programme and speakers when empty, else the engine's reply."""
    started = time.perf_counter()
    query = update.inline_query
    if query is None:
        return
    text = query.query.strip()
    held = verdict(update, context, text)
    if held is Verdict.NOTICE:
        text = await notice(update, context)
        article = Article("flood", text, "", render.escape(text))
        await query.answer([_result(article)], cache_time=0, is_personal=True)
    if held is not Verdict.ANSWER:
        return
    engine = services.engine(context)
    if not text:
        language = await services.language_of(context, query.from_user)
        articles = render.inline_browse(engine.programme(language), engine.speaker_cards(language))
    else:
        reply = await services.ask(context, engine, query.from_user, text)
        articles = render.inline_articles(reply, engine.suggested_cards(reply))
        services.log_exchange(
            context, update, question=text, reply=reply, channel="inline", started=started
        )
    await query.answer([_result(a) for a in articles], cache_time=CACHE_SECONDS, is_personal=True)
