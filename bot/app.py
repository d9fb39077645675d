"""The composition root: builds the Telegram Application, opens and closes its services, runs it.

`build_application` is used by `run` (production) and by the tests, which point it at a local
fake Bot API server, so the tests exercise the very Application that runs in production.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import secrets
import sys
from collections.abc import Iterable
from datetime import timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest, RequestData

from bot import render, safety
from bot.config import Settings
from bot.engine import Engine
from bot.flood import FloodGuard
from bot.knowledge import Pack
from bot.pseudonym import SecretError
from bot.store import Store, StoreError
from bot.text import LANGUAGES
from handlers import admin, buttons, commands, errors, inline, media, questions, services
from handlers import suggest as suggestions
from handlers.groups import COMMAND_FOR_ME, FOR_ME

log = logging.getLogger("summit_bot")

# Only what the bot handles: edited messages, channel posts, reactions... never arrive.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
PURGE_EVERY = timedelta(days=1)
# A couple of retries after Telegram's "retry after N seconds" ride out a burst; more would make
# a user wait minutes for an answer that has become stale.
RATE_LIMIT_RETRIES = 2
# Handlers hold at most one connection each; a little slack for the error handler's apology.
POOL_TIMEOUT = 5.0
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Libraries that log every request (httpx puts the token in the URL) or every job run.
QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler")
# Waits between failed polls, as python-telegram-bot's own: 1 s, then half as long again each
# time, at most 30 s. A minute-long Telegram outage costs about ten requests.
POLL_RETRY_FIRST = 1.0
POLL_RETRY_MAX = 30.0


# --- the Application ---------------------------------------------------------------------------


def build_application(
    settings: Settings, pack: Pack, *, base_url: str | None = None
) -> Application:
    """The bot as production runs it; `base_url` overrides settings.api_base_url (tests)."""
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(base_url or settings.api_base_url)
        .get_updates_request(PollingRequest(connection_pool_size=1))
        .concurrent_updates(settings.concurrent_updates)
        # One connection per concurrent update (telegram-testing.md point 12 measured 4/4).
        .connection_pool_size(settings.concurrent_updates)
        .pool_timeout(POOL_TIMEOUT)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if settings.rate_limit > 0:
        builder.rate_limiter(
            AIORateLimiter(
                overall_max_rate=settings.rate_limit,
                overall_time_period=1,
                max_retries=RATE_LIMIT_RETRIES,
            )
        )
    application = builder.build()
    application.bot_data[services.SETTINGS] = settings
    application.bot_data[services.ENGINE] = Engine(pack)
    application.bot_data[services.FLOOD] = FloodGuard(
        settings.flood_messages_per_minute, settings.flood_pause_seconds
    )
    add_handlers(application, settings)
    return application


class PollingRequest(HTTPXRequest):
    """The getUpdates connection: skips unreadable updates and waits out outages stoppably.

    Unreadable updates: PTB parses a whole getUpdates batch at once: one malformed update (a
    sticker missing its fields) fails the batch, the offset never moves, and the same batch is
    fetched forever, so nobody gets an answer again. When a batch comes back a second time,
    each update is checked and an unreadable one becomes a bare `{"update_id": N}`, which
    matches no handler and moves the offset past it. Only a repeated batch is checked: parsing
    every update twice would cost about a tenth of the bot's time.

    Outages: after a failed poll PTB sleeps (1 s, growing to 30 s) where SIGTERM cannot cut the
    sleep short, so a stop during an outage could take up to 30 s, past systemd's 20 s stop
    timeout. Here a long poll that fails for the network or a 5xx is tried again inside the
    request, with the same waits; PTB cancels a poll in progress at once when it stops, so the
    wait ends with it. One warning when the outage begins, one line when it ends.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._last_batch: object = None
        self._outage = False

    async def post(
        self, url: str, request_data: RequestData | None = None, *args: Any, **kwargs: Any
    ) -> Any:
        if not url.endswith("/getUpdates"):
            return await super().post(url, request_data, *args, **kwargs)
        long_poll = bool(request_data and request_data.parameters.get("timeout"))
        if not long_poll and self._outage:
            # PTB's last call on stop only confirms the offset; during an outage it would fail
            # and log a traceback. Unconfirmed updates are fetched again at the next start.
            return []
        if long_poll:
            result = await self._poll(url, request_data, *args, **kwargs)
        else:
            result = await super().post(url, request_data, *args, **kwargs)
        if isinstance(result, list) and result:
            first = result[0].get("update_id")
            if first == self._last_batch:
                result = [_readable(update) for update in result]
            self._last_batch = first
        return result

    async def _poll(self, url: str, *args: Any, **kwargs: Any) -> Any:
        pause = 0.0
        while True:
            try:
                result = await super().post(url, *args, **kwargs)
            except (BadRequest, TimedOut):
                raise  # a bug of ours, or a slow network that PTB retries at once
            except NetworkError as exc:
                pause = min(POLL_RETRY_MAX, pause * 1.5 or POLL_RETRY_FIRST)
                if not self._outage:
                    log.warning(
                        "cannot fetch updates from the Bot API (%s); trying again every few "
                        "seconds (at most %d s apart)",
                        exc,
                        POLL_RETRY_MAX,
                    )
                log.debug("fetching updates failed: %s; next try in %.1f s", exc, pause)
                self._outage = True
                await asyncio.sleep(pause)
                continue
            if self._outage:
                self._outage = False
                log.info("the Bot API answers again")
            return result


def _readable(update: dict[str, Any]) -> dict[str, Any]:
    try:
        Update.de_json(update, None)
    except Exception:  # whatever PTB raises on bad data: the update is skipped, not the bot
        log.warning("skipped update %s: its data cannot be read", update.get("update_id"))
        return {"update_id": update.get("update_id", 0)}
    return update


def add_handlers(application: Application, settings: Settings) -> None:
    """Every handler, in the order they are tried."""
    new = filters.UpdateType.MESSAGE  # edited messages and channel posts are ignored
    for name, callback in commands.PUBLIC.items():
        application.add_handler(CommandHandler(name, callback, filters=new))
    # Organiser commands only in a private chat with an admin: an export must not land in a
    # group. Anyone else falls through to `unknown`, as for a command that does not exist.
    organisers = new & filters.ChatType.PRIVATE & filters.User(user_id=settings.admin_user_ids)
    for name, callback in {**admin.COMMANDS, **suggestions.COMMANDS}.items():
        application.add_handler(CommandHandler(name, callback, filters=organisers))
    application.add_handler(
        MessageHandler(new & filters.COMMAND & COMMAND_FOR_ME, commands.unknown)
    )
    application.add_handler(
        MessageHandler(new & filters.TEXT & ~filters.COMMAND & FOR_ME, questions.answer)
    )
    application.add_handler(MessageHandler(new & filters.ATTACHMENT & FOR_ME, media.text_only))
    application.add_handler(CallbackQueryHandler(buttons.press))
    application.add_handler(InlineQueryHandler(inline.answer))
    application.add_error_handler(errors.on_error)


async def post_init(application: Application) -> None:
    """Open the conversation log (purging old rows), schedule the daily purge, set the menus."""
    settings: Settings = application.bot_data[services.SETTINGS]
    application.bot_data[services.STORE] = await Store.from_settings(settings)
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            purge_log, interval=PURGE_EVERY, first=PURGE_EVERY, name="purge-log"
        )
        # Jobs run once the application has started (polling, or the webhook server bound),
        # so a start that fails prints its one `Error:` line and nothing else. No grace limit:
        # the job is due now, and starting may take longer than APScheduler's default 1 s.
        application.job_queue.run_once(
            announce_start,
            0,
            name="announce-start",
            job_kwargs={"misfire_grace_time": None},
        )
    await set_command_menus(application, settings)
    # The distress patterns compile on first use, and the asked questions' index is built
    # at the first message that needs it; no message must wait for either.
    safety.prepare()
    engine: Engine = application.bot_data[services.ENGINE]
    await asyncio.to_thread(engine.warm)
    # The pack's index and PTB's own objects live as long as the process: moved out of the
    # collector's reach, they no longer make every full collection a 60-80 ms pause.
    gc.collect()
    gc.freeze()


async def announce_start(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The one line that says the bot is up."""
    settings = services.settings(context)
    mode = "webhook" if settings.webhook_url else "polling"
    log.info(
        "started as @%s (%s, %d concurrent updates)",
        context.bot.username,
        mode,
        settings.concurrent_updates,
    )


async def post_shutdown(application: Application) -> None:
    """Write what is still queued and close the log (also after a failed start)."""
    guard: FloodGuard | None = application.bot_data.get(services.FLOOD)
    if guard is not None and guard.ignored:
        log.info("%d messages from users sending too fast were ignored", guard.ignored)
    store: Store | None = application.bot_data.pop(services.STORE, None)
    if store is None:
        return
    await store.close()
    if store.dropped:
        log.warning("%d conversation log rows could not be written", store.dropped)


async def purge_log(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Daily: delete log rows older than LOG_RETENTION_DAYS."""
    try:
        await services.store(context).purge()
    except StoreError as exc:  # tomorrow's run will try again
        log.warning("%s", exc)


def _commands(language: str, *, admin: bool = False) -> list[BotCommand]:
    return [BotCommand(name, text) for name, text in render.command_menu(language, admin=admin)]


async def set_command_menus(application: Application, settings: Settings) -> None:
    """The command menu in each language, a default one, and a longer one for organisers."""
    bot = application.bot
    await asyncio.gather(
        *(bot.set_my_commands(_commands(code), language_code=code) for code in LANGUAGES),
        bot.set_my_commands(_commands(settings.default_language)),
    )
    for admin_id in sorted(settings.admin_user_ids):
        try:
            await bot.set_my_commands(
                _commands(settings.default_language, admin=True),
                scope=BotCommandScopeChat(admin_id),
            )
        except TelegramError as exc:  # "chat not found" until the organiser opens the bot
            log.warning("could not set the organiser menu for one admin: %s", exc)


# --- running ---------------------------------------------------------------------------------


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Arguments for run_webhook/start_webhook: the local path mirrors the public URL's path.

    Without WEBHOOK_SECRET a random secret is made for this run: the webhook is registered
    again at every start, so Telegram always knows the current one.
    """
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": urlsplit(settings.webhook_url).path.strip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": settings.webhook_secret or secrets.token_urlsafe(32),
        "allowed_updates": ALLOWED_UPDATES,
    }


def run(settings: Settings, pack: Pack) -> int:
    """Run the bot until SIGINT or SIGTERM: polling, or a webhook when WEBHOOK_URL is set."""
    configure_logging(settings)
    application = build_application(settings, pack)
    try:
        if settings.webhook_url:
            application.run_webhook(**webhook_options(settings))
        else:
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
    except InvalidToken:
        text = "TELEGRAM_BOT_TOKEN was rejected by the Bot API: check it with @BotFather"
        return _fail(settings, text)
    except (StoreError, SecretError) as exc:
        return _fail(settings, str(exc))
    except OSError as exc:
        if not settings.webhook_url:  # only the webhook server opens a socket of its own
            log.exception("stopped by an unexpected error")
            return 1
        text = (
            f"cannot listen on WEBHOOK_LISTEN={settings.webhook_listen} "
            f"WEBHOOK_PORT={settings.webhook_port} ({exc}): choose a free port, or stop what "
            "uses it"
        )
        return _fail(settings, text, status=1)
    except TelegramError as exc:
        # Most likely the network: exit 1 so that a supervisor (systemd) tries again.
        text = (
            f"cannot reach the Bot API at TELEGRAM_API_BASE_URL={settings.api_base_url} "
            f"({exc}): check the network connection, or the address if you changed it"
        )
        return _fail(settings, text, status=1)
    except Exception:
        # Through logging, not Python's own traceback printer, so the token is masked.
        log.exception("stopped by an unexpected error")
        return 1
    log.info("stopped")
    return 0


def _fail(settings: Settings, text: str, status: int = 2) -> int:
    """One `Error: ...` line on stderr, secrets masked; 2 means fix the configuration first.

    Called while handling the exception: its traceback goes to the log at DEBUG only.
    """
    log.debug("the bot could not start", exc_info=True)
    print(f"Error: {_redactor(settings).redact(text)}", file=sys.stderr)
    return status


# --- logging -----------------------------------------------------------------------------------


class RedactSecrets(logging.Filter):
    """Replace the token and other secrets with *** in every record, traceback included.

    Defence in depth: httpx is already kept at WARNING (it logs request URLs, which hold the
    token), but an exception message or a library's debug line could still carry one.
    """

    def __init__(self, secrets_: Iterable[str]) -> None:
        super().__init__()
        found = {s for secret in secrets_ if secret for s in (secret, quote(secret, safe=""))}
        # Longest first, so a secret that contains another is replaced whole.
        self._secrets = sorted(found, key=len, reverse=True)

    def redact(self, text: str) -> str:
        """`text` with every secret replaced by ***."""
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def _redactor(settings: Settings) -> RedactSecrets:
    return RedactSecrets([settings.token, settings.user_id_secret, settings.webhook_secret])


def configure_logging(settings: Settings) -> None:
    """LOG_LEVEL on stderr, chatty libraries at WARNING, secrets redacted from every record.

    Below DEBUG, python-telegram-bot's own start and stop lines give way to the bot's, and its
    report of a failed start (with a traceback) to the one `Error:` line `run` prints.
    """
    logging.basicConfig(format=LOG_FORMAT, level=settings.log_level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    if settings.log_level != "DEBUG":
        logging.getLogger("telegram").setLevel(logging.WARNING)
        # A logger's filter sees only its own records: here PTB's retry loops.
        logging.getLogger("telegram.ext").addFilter(_failed_start_reported_by_run)
    redact = _redactor(settings)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)


def _failed_start_reported_by_run(record: logging.LogRecord) -> bool:
    # PTB logs "Network Retry Loop (Bootstrap ...): ... Aborting." then raises to `run`.
    return "(Bootstrap " not in record.getMessage()
