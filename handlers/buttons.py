"""Button presses: menus, cards, suggestions, language, 👍/👎 and /forget's confirmation.

Callback data may be stale (buttons under an old message after /reload) or forged (any client
can send any data), so every route checks what it is given and answers with a short notice
instead of raising.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import render
from bot.callbacks import Callback, is_feedback, parse_callback
from bot.messages import AUTO_LANGUAGE, message
from bot.store import StoreError
from handlers import services, suggest
from handlers.sending import send

Route = Callable[[Update, ContextTypes.DEFAULT_TYPE, Callback, str], Awaitable[None]]


async def press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Route a button press by its callback data; unknown data gets a short notice."""
    query = update.callback_query
    if query is None:
        return
    language = await services.user_language(update, context)
    callback = parse_callback(query.data)
    route = ROUTES.get(callback.action) if callback else None
    if callback is None or route is None:
        await _stale(query, language)
        return
    await route(update, context, callback, language)


async def _stale(query: CallbackQuery, language: str) -> None:
    await query.answer(message("stale_button", language))


async def _menu(
    update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback, language: str
) -> None:
    """Programme, Speakers, Round tables, FAQ, Language buttons: as their commands."""
    await update.callback_query.answer()
    if callback.value == "language":
        await send(update, context, render.language_screen(language))
        return
    menu = services.engine(context).menu(callback.value, language)
    await send(update, context, render.screen(menu))


async def _card(
    update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback, language: str
) -> None:
    """A suggestion or FAQ button: the entry's answer, logged like a typed question."""
    started = time.perf_counter()
    engine = services.engine(context)
    try:
        reply = engine.card(callback.value, language)
    except KeyError:  # an id from before /reload
        await _stale(update.callback_query, language)
        return
    await update.callback_query.answer()
    # The button's label stands for the question: it is what the user chose to ask.
    ref = services.log_exchange(
        context, update, question=reply.label, reply=reply, channel="telegram", started=started
    )
    await send(update, context, render.reply_messages(reply, render.reply_keyboard(reply, ref)))


async def _speaker(
    update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback, language: str
) -> None:
    """A speaker card, with their round table and the way back to the list."""
    speaker = services.engine(context).pack.speaker(callback.value)
    await _card_screen(update, context, speaker.id if speaker else None, language)


async def _panel(
    update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback, language: str
) -> None:
    """A round-table card, with its speakers and the way back to the list."""
    panel = services.engine(context).pack.panel_by_number(int(callback.value))
    await _card_screen(update, context, panel.id if panel else None, language)


async def _card_screen(
    update: Update, context: ContextTypes.DEFAULT_TYPE, entry_id: str | None, language: str
) -> None:
    """A speaker or panel card; a notice when the button names one the pack no longer has."""
    if entry_id is None:
        await _stale(update.callback_query, language)
        return
    await update.callback_query.answer()
    await send(update, context, render.screen(services.engine(context).card(entry_id, language)))


async def _language(
    update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback, language: str
) -> None:
    """Remember the chosen language and confirm in it; "automatic" forgets the choice."""
    chosen = None if callback.value == AUTO_LANGUAGE else callback.value
    await services.store(context).set_language(update.callback_query.from_user.id, chosen)
    await update.callback_query.answer()
    if chosen is None:
        text = message("language_auto", language)
    else:
        text, language = message("language_set", chosen), chosen
    await send(update, context, render.outgoing(text, render.menu_keyboard(language)))


async def _feedback(
    update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback, language: str
) -> None:
    """Record a 👍/👎 on the exchange named in the button, thank, and take the buttons away."""
    query = update.callback_query
    value = 1 if callback.option == "+" else -1
    services.store(context).log_feedback(callback.value, query.from_user.id, value)
    await query.answer(message("feedback_thanks", language))
    shown = query.message
    if not isinstance(shown, Message) or shown.reply_markup is None:
        return
    rows = [
        [button for button in row if not is_feedback(button.callback_data)]
        for row in shown.reply_markup.inline_keyboard
    ]
    kept = [row for row in rows if row]
    # Already removed by an earlier press (two quick taps): "message is not modified".
    with contextlib.suppress(BadRequest):
        await query.edit_message_reply_markup(InlineKeyboardMarkup(kept) if kept else None)


async def _forget(
    update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback, language: str
) -> None:
    """/forget's confirmation: only the user who asked may press it."""
    query = update.callback_query
    if query.from_user.id != int(callback.value):
        await query.answer(message("not_for_you", language), show_alert=True)
        return
    if callback.option == "n":
        text = message("forget_cancelled", language)
    else:
        try:
            count = await services.store(context).forget(query.from_user.id)
            text = message("forget_done", language, count=count)
        except StoreError:
            text = message("forget_failed", language)
    await query.answer()
    [part] = render.outgoing(text)
    try:
        await query.edit_message_text(part.text, parse_mode=ParseMode.HTML)
    except BadRequest:  # the confirmation is too old to edit: say it in a new message
        await send(update, context, [part])


ROUTES: dict[str, Route] = {
    "menu": _menu,
    "card": _card,
    "speaker": _speaker,
    "panel": _panel,
    "language": _language,
    "feedback": _feedback,
    "forget": _forget,
    "suggest": suggest.press,
}
