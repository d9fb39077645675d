"""Public commands: /start (and its deep links), /help, the menus, /privacy and /forget."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import cards, navigation, render
from bot.messages import message
from handlers import services
from handlers.sending import send


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome the user, or open the card a deep link names (/start speaker_<id>)."""
    language = await services.user_language(update, context)
    engine = services.engine(context)
    payload = context.args[0] if context.args else ""
    source = navigation.deep_link_source(engine.pack, payload) if payload else None
    if source:
        await send(update, context, render.screen(engine.card(source, language)))
        return
    days = services.settings(context).log_retention_days
    await send(
        update, context, render.welcome(cards.welcome(engine.pack, language), language, days)
    )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What to ask, with examples, and the commands."""
    language = await services.user_language(update, context)
    examples = cards.examples(services.engine(context).pack, language)
    await send(update, context, render.help_screen(examples, language))


async def _menu(update: Update, context: ContextTypes.DEFAULT_TYPE, name: str) -> None:
    language = await services.user_language(update, context)
    await send(update, context, render.screen(services.engine(context).menu(name, language)))


async def programme(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The programme summary, with a button per round table."""
    await _menu(update, context, "programme")


async def speakers(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button per speaker."""
    await _menu(update, context, "speakers")


async def panels(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button per round table."""
    await _menu(update, context, "panels")


async def faq(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The most useful questions as buttons."""
    await _menu(update, context, "faq")


async def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer French, English and Arabic."""
    language = await services.user_language(update, context)
    await send(update, context, render.language_screen(language))


async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What is kept, why, for how long, who sees it, and how to erase it."""
    language = await services.user_language(update, context)
    days = services.settings(context).log_retention_days
    await send(update, context, render.privacy_screen(language, days))


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask for confirmation before erasing what the log keeps about this user."""
    user = update.effective_user
    if user is None:
        return
    language = await services.user_language(update, context)
    keyboard = render.forget_keyboard(user.id, language)
    await send(update, context, render.outgoing(message("forget_confirm", language), keyboard))


async def unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not have (or that this user may not use)."""
    language = await services.user_language(update, context)
    await send(update, context, render.outgoing(message("unknown_command", language)))


PUBLIC = {
    "start": start,
    "help": help_command,
    "programme": programme,
    "speakers": speakers,
    "panels": panels,
    "faq": faq,
    "language": language,
    "privacy": privacy,
    "forget": forget,
}
