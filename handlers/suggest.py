"""/suggest for organisers: the questions the bot missed, with buttons that add one to an entry
(and reload the pack) or ignore its group for good.

Buttons carry a group's token and an entry id; a press is honoured only from an admin in a
private chat, for a group this bot listed since it started and one of that group's entries.
Anything else (another user, forged or stale data) changes nothing and gets a short notice.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import render, suggest
from bot.callbacks import Callback
from bot.messages import message
from bot.pack_edit import Added, PhrasingError, add_phrasing
from bot.store import StoreError
from handlers import admin, services
from handlers.sending import send

log = logging.getLogger("summit_bot.admin")

SHOWN = 5
# The groups listed by /suggest, by token: what a button may act on. Oldest forgotten first.
LISTED = "suggest_listed"
MAX_LISTED = 200
# One pack edit at a time: two presses must not both rewrite the same file from one version.
EDITING = "pack_edit_lock"
# Logged questions listed after an addition; the rest are counted.
CHANGES_SHOWN = 10


async def suggest_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The most asked groups of missed questions, one message each with its buttons."""
    since = await admin.read_since(update, context, "suggest")
    if since is admin.NOT_GIVEN:
        return
    engine = services.engine(context)
    store = services.store(context)
    try:
        found = await suggest.find_misses(store, engine, since)
        groups = suggest.group_misses(found, engine, await store.ignored_misses())
    except StoreError as exc:
        await admin.say_log_unavailable(update, context, exc)
        return
    language = await services.user_language(update, context)
    if not groups:
        await send(update, context, render.outgoing(message("suggest_none", language)))
        return
    shown = groups[:SHOWN]
    _remember(context, shown)
    header = message("suggest_header", language, shown=len(shown), total=len(groups))
    parts = render.outgoing(header)
    for number, group in enumerate(shown, 1):
        likely = suggest.likely_entries(engine, group, language)
        text = suggest.describe_group(group, likely, number, language)
        parts += render.miss_group(text, group.token, likely, language)
    await send(update, context, parts)


async def press(
    update: Update, context: ContextTypes.DEFAULT_TYPE, callback: Callback, language: str
) -> None:
    """➕ adds the group's question to the entry and reloads the pack; 🙈 ignores the group."""
    query = update.callback_query
    chat = update.effective_chat
    admins = services.settings(context).admin_user_ids
    if query.from_user.id not in admins or chat is None or chat.type != ChatType.PRIVATE:
        log.warning("a /suggest button was pressed by someone who is not an admin; ignored")
        await query.answer(message("not_for_you", language), show_alert=True)
        return
    group = _listed(context).get(callback.value)
    entry_id = None if callback.option == "-" else callback.option
    if group is None or (entry_id and entry_id not in {x.entry_id for x in group.likely}):
        await query.answer(message("stale_button", language))
        return
    await query.answer()
    if entry_id is None:
        await services.store(context).ignore_misses(group.tokens)
        _listed(context).pop(group.token, None)
        question = " ".join(group.question.split())
        await _show(update, context, message("suggest_ignored", language, question=question))
        return
    await _add(update, context, group, entry_id, language)


async def _add(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    group: suggest.MissGroup,
    entry_id: str,
    language: str,
) -> None:
    settings = services.settings(context)
    try:
        rows = await services.store(context).miss_rows(None, suggest.REPHRASE_SECONDS)
    except StoreError:
        rows = []  # the wording is still added; only the list of what changed is lost
    lock = context.bot_data.setdefault(EDITING, asyncio.Lock())
    async with lock:
        try:
            # Writing YAML and indexing two packs takes a moment: keep the event loop free.
            added, effect = await asyncio.to_thread(
                _write, settings.knowledge_dir, entry_id, group, rows
            )
        except PhrasingError as exc:
            await _show(update, context, message("suggest_failed", language, error=exc))
            return
        # One assignment, as /reload does: an update being handled keeps its engine.
        context.bot_data[services.ENGINE] = effect.engine
    _listed(context).pop(group.token, None)
    log.info("added a phrasing to %s and reloaded the knowledge pack", entry_id)
    label = effect.engine.label(entry_id, language)
    lines = [
        message("suggest_added", language, text=added.text, label=label, file=added.file.name)
    ]
    if effect.still:
        lines.append(message("suggest_still", language, got=effect.still))
    if effect.changed:
        lines.append(message("suggest_now_answers", language, count=len(effect.changed)))
        lines += [f"• {question} ({n})" for question, n in effect.changed[:CHANGES_SHOWN]]
        if len(effect.changed) > CHANGES_SHOWN:
            lines.append("…")
    await _show(update, context, "\n".join(lines))


def _write(
    directory: Path, entry_id: str, group: suggest.MissGroup, rows: list[dict[str, Any]]
) -> tuple[Added, suggest.Effect]:
    """Add the group's question with the CLI's own code, then compare old and new packs."""
    added = add_phrasing(directory, entry_id, group.question, fallback_language=group.language)
    return added, suggest.effect_of(added, lambda old: suggest.misses(rows, old))


async def _show(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Replace the group's message (and its buttons) with `text`; a new message if it is too
    old to edit."""
    [part, *rest] = render.outgoing(text)
    query = update.callback_query
    try:
        await query.edit_message_text(part.text, parse_mode=ParseMode.HTML)
    except BadRequest:
        await send(update, context, [part])
    if rest:
        await send(update, context, rest)


def _listed(context: ContextTypes.DEFAULT_TYPE) -> OrderedDict[str, suggest.MissGroup]:
    return context.bot_data.setdefault(LISTED, OrderedDict())


def _remember(context: ContextTypes.DEFAULT_TYPE, shown: list[suggest.MissGroup]) -> None:
    """The groups whose buttons an admin now has: a press may act on these only."""
    listed = _listed(context)
    for group in shown:
        listed[group.token] = group
        listed.move_to_end(group.token)
    while len(listed) > MAX_LISTED:
        listed.popitem(last=False)


COMMANDS = {"suggest": suggest_command}
