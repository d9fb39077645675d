"""The fake Bot API server, and helpers that run an Application against it in tests."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import inspect
import itertools
import json
import logging
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable
from typing import TYPE_CHECKING, Any

import pytest_asyncio
from aiohttp import web

from .entities import ParsedText, _check_text
from .limits import (
    BUTTON_DATA_INVALID,
    BUTTON_TEXT_INVALID,
    CONFLICT_OTHER_POLL,
    CONFLICT_WEBHOOK,
    DEFAULT_BOT_ID,
    DEFAULT_BOT_USERNAME,
    DEFAULT_TOKEN,
    MAX_CALLBACK_DATA_BYTES,
    MAX_CAPTION_LENGTH,
    MAX_COMMAND_DESCRIPTION_LENGTH,
    MAX_COMMAND_LENGTH,
    MAX_COMMANDS,
    MAX_INLINE_RESULT_ID_BYTES,
    MAX_INLINE_RESULTS,
    MAX_MESSAGE_LENGTH,
    NOT_MODIFIED,
    QUERY_INVALID,
)
from .records import BotApiError, Call, SentMessage, _Failure
from .updates import _bot_user

if TYPE_CHECKING:
    from telegram.ext import Application

_LOGGER = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------

# Fields that are plain strings on the wire; anything else is tried as JSON.
_PLAIN_FIELDS = frozenset(
    (
        "text caption parse_mode callback_query_id inline_query_id inline_message_id url "
        "next_offset switch_pm_text switch_pm_parameter description short_description name "
        "title emoji action language_code secret_token ip_address business_connection_id "
        "message_effect_id query game_short_name sticker document photo audio video voice "
        "animation file_id"
    ).split()
)
_CHAT_ACTIONS = frozenset(
    (
        "typing upload_photo record_video upload_video record_voice upload_voice "
        "upload_document choose_sticker find_location record_video_note upload_video_note"
    ).split()
)
_BUTTON_ACTIONS = frozenset(
    (
        "url callback_data web_app login_url switch_inline_query "
        "switch_inline_query_current_chat switch_inline_query_chosen_chat copy_text "
        "callback_game pay"
    ).split()
)
_UPDATE_TYPES_BY_DEFAULT_EXCLUDED = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
)

Handler = Callable[[dict[str, Any]], Any]


def _decode_value(name: str, value: str) -> Any:
    if name in _PLAIN_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


class BotApiServer:
    """A fake Telegram Bot API on 127.0.0.1 for one test.

    Use as ``async with BotApiServer() as server:`` or call :meth:`start` / :meth:`stop`.
    Pass :attr:`base_url` to ``ApplicationBuilder().base_url()`` (or ``Bot(base_url=...)``).

    Telegram behaviours it reproduces that tests tend to trip on:

    * callback and inline query ids must come from a pushed update and can be answered once
      ("query is too old..." otherwise);
    * the bot can only edit its own messages, and ``editMessageText`` without
      ``reply_markup`` removes the inline keyboard; an edit that changes nothing is
      "message is not modified";
    * a newer ``getUpdates`` ends a held one with 409 Conflict; ``getUpdates`` while a webhook
      is set is a 409 too; without ``allowed_updates`` the chat_member and reaction updates
      are not delivered;
    * message ids only grow within a chat, for pushed and sent messages alike.

    ``blocked_chats`` makes sends to those chats answer 403 "bot was blocked by the user";
    :meth:`fail_next` injects any other error; :meth:`on` adds or replaces a method.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        bot_username: str = DEFAULT_BOT_USERNAME,
        *,
        strict_html: bool = True,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.strict_html = strict_html
        bot_id = token.split(":", 1)[0]
        self.bot_id = int(bot_id) if bot_id.isdigit() else DEFAULT_BOT_ID
        self.bot_user = _bot_user(self.bot_id, bot_username)
        self.port = 0
        self.base_url = ""
        self.calls: list[Call] = []
        self.outbox: list[SentMessage] = []  # successful sends and edits, in order
        self.pushed: list[dict[str, Any]] = []  # updates as queued, with their final ids
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.menu_buttons: dict[Any, dict[str, Any]] = {}
        self.blocked_chats: set[int | str] = set()  # sending there answers 403
        self.webhook_url = ""
        self._allowed_updates: list[str] | None = None
        self._pending: list[dict[str, Any]] = []
        self._update_seq = 0
        self._mark = 0
        self._failures: dict[str, list[_Failure]] = {}
        self._delays: dict[str, list[list[float]]] = {}  # method -> [[seconds, times left]]
        self._site: web.TCPSite | None = None
        self._messages: dict[tuple[Any, int], dict[str, Any]] = {}
        self._last_message_id: dict[Any, int] = {}
        self._chats: dict[Any, dict[str, Any]] = {}
        self._open_queries: set[str] = set()
        self._pollers: set[asyncio.Future[str]] = set()
        self._changed = asyncio.Event()
        self._closing = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._current: Call | None = None
        self._username_ids: dict[str, int] = {}
        self._files = itertools.count(1)
        self._lock = threading.Lock()
        builtin: dict[str, Handler] = {
            "getMe": self._get_me,
            "logOut": lambda p: True,
            "close": lambda p: True,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "sendDocument": self._send_document,
            "sendChatAction": self._send_chat_action,
            "setChatMenuButton": self._set_chat_menu_button,
            "getChatMenuButton": self._get_chat_menu_button,
        }
        # Telegram method names are case-insensitive.
        self._methods: dict[str, tuple[str, Handler]] = {
            name.lower(): (name, handler) for name, handler in builtin.items()
        }

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on 127.0.0.1 on a free port."""
        self._loop = asyncio.get_running_loop()
        self._closing = False
        app = web.Application(client_max_size=50 * 1024 * 1024)  # Telegram's upload limit
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # handler_cancellation: when PTB cancels a long poll (Updater.stop), the held
        # getUpdates is cancelled too instead of lingering until its timeout.
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await self._site.start()
        self.port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{self.port}/bot"

    async def stop(self) -> None:
        """Answer held long polls at once, then close. Stop the PTB application first."""
        self._closing = True
        self._wake_pollers("closing")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotApiServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # -- test-facing helpers -------------------------------------------------------------------

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue a copy of ``update`` for getUpdates with a fresh update_id; return the id.

        Also sets the mark used by :meth:`wait_for`, so a following ``wait_for`` only counts
        calls made after this push, and learns chats, messages and query ids from the update
        (so that editing that message or answering that query works as on Telegram).
        """
        update = copy.deepcopy(update)
        with self._lock:  # the id is needed at once, even from another thread
            self._update_seq += 1
            update["update_id"] = self._update_seq
        self._call_soon(self._enqueue, update)
        return update["update_id"]

    def _enqueue(self, update: dict[str, Any]) -> None:
        self._observe(update)
        self._pending.append(update)
        self._pending.sort(key=lambda queued: queued["update_id"])
        self.pushed.append(update)
        self._mark = len(self.calls)
        self._wake_pollers("update")

    def mark(self) -> int:
        """Make :meth:`wait_for` count only calls from now on; return that position."""
        self._mark = len(self.calls)
        return self._mark

    async def push_and_wait(
        self,
        update: dict[str, Any],
        method: str | Iterable[str] = "sendMessage",
        count: int = 1,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 5.0,
    ) -> list[Call]:
        """Push an update and wait for the bot's ``count`` answering calls."""
        self.push_update(update)
        return await self.wait_for(method, count, predicate, timeout)

    async def wait_for(
        self,
        method: str | Iterable[str],
        count: int = 1,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 5.0,
        *,
        since: int | None = None,
    ) -> list[Call]:
        """Wait until ``count`` answered calls of ``method`` (matching ``predicate``) exist.

        Only calls from position ``since`` on count; by default that is the position at the
        last :meth:`push_update` or :meth:`mark`, so "push, then wait" sees only the reply to
        that push. Failed calls count too (check ``Call.ok``). Returns the first ``count``
        matches; raises ``AssertionError`` listing the recent calls on timeout.
        """
        methods = {method} if isinstance(method, str) else set(method)
        methods = {self._methods.get(m.lower(), (m, None))[0] for m in methods}
        start = self._mark if since is None else since
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self._changed
            matches = [
                call
                for call in self.calls[start:]
                if call.done and call.method in methods and (predicate is None or predicate(call))
            ]
            if len(matches) >= count:
                return matches[:count]
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(self._timeout_report(methods, count, start, timeout, matches))
            # asyncio.TimeoutError, not TimeoutError: they differ on Python 3.10.
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int | None = 1,
        times: int = 1,
        description: str | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` ("*" for any) with an error.

        429 carries ``parameters.retry_after`` (PTB raises RetryAfter); other statuses get
        Telegram's usual description (500 "Internal Server Error" -> NetworkError,
        403 "Forbidden: bot was blocked by the user" -> Forbidden, 400 -> BadRequest...).
        """
        key = "*" if method == "*" else self._methods.get(method.lower(), (method, None))[0]
        self._failures.setdefault(key, []).append(
            _Failure(status, retry_after, description, times)
        )

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        """Hold the next ``times`` calls of ``method`` for ``seconds`` before handling them.

        Past the client's read timeout the client gives up and closes the connection; the
        held call is then cancelled (recorded with status 499) and never takes effect, like a
        request lost on the way to Telegram.
        """
        key = self._methods.get(method.lower(), (method, None))[0]
        self._delays.setdefault(key, []).append([seconds, times])

    async def go_offline(self) -> None:
        """Drop every connection and refuse new ones until :meth:`go_online` (same port)."""
        if self._site is not None:
            await self._site.stop()
            self._site = None
        server = self._runner.server if self._runner is not None else None
        for connection in server.connections if server is not None else []:
            connection.force_close()

    async def go_online(self) -> None:
        """Listen again on the same port after :meth:`go_offline`."""
        if self._site is None and self._runner is not None:
            self._site = web.TCPSite(self._runner, "127.0.0.1", self.port)
            await self._site.start()

    def on(self, method: str, handler: Handler) -> None:
        """Add or replace a method: ``handler(params)`` returns the result (sync or async)
        or raises :class:`BotApiError`."""
        canonical = self._methods.get(method.lower(), (method, None))[0]
        self._methods[method.lower()] = (canonical, handler)

    def calls_of(self, method: str, since: int = 0) -> list[Call]:
        return [call for call in self.calls[since:] if call.method == method]

    def sent_messages(
        self, chat_id: int | str | None = None, method: str | Iterable[str] | None = None
    ) -> list[SentMessage]:
        methods = (
            None if method is None else ({method} if isinstance(method, str) else set(method))
        )
        if isinstance(chat_id, str):  # "@channel": the id the server gave it
            chat_id = self._chat_for(chat_id)["id"]
        return [
            sent
            for sent in self.outbox
            if (chat_id is None or sent.chat_id == chat_id)
            and (methods is None or sent.method in methods)
        ]

    def sent_texts(self, chat_id: int | str | None = None) -> list[str]:
        """Plain texts (tags removed, entities decoded) of successful sendMessage and
        editMessageText calls, in order."""
        return [
            sent.text for sent in self.sent_messages(chat_id, ("sendMessage", "editMessageText"))
        ]

    def last_sent(self, chat_id: int | str | None = None) -> SentMessage:
        sent = self.sent_messages(chat_id)
        if not sent:
            raise AssertionError(f"nothing was sent to chat {chat_id}; calls:\n{self._recent(0)}")
        return sent[-1]

    def message(self, chat_id: int | str, message_id: int) -> dict[str, Any] | None:
        """The current state of a message the server knows (sent, edited or pushed)."""
        return self._messages.get((chat_id, message_id))

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by a getUpdates offset."""
        return list(self._pending)

    # -- internals: bookkeeping ----------------------------------------------------------------

    def _call_soon(self, func: Callable[..., None], *args: Any) -> None:
        # push_update may come from another thread (e.g. a synchronous helper); the waiters
        # belong to the server's loop.
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if self._loop is not None and running is not self._loop and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(func, *args)
        else:
            func(*args)

    def _wake_pollers(self, reason: str) -> None:
        for poller in list(self._pollers):
            if not poller.done():
                poller.set_result(reason)

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def _recent(self, start: int, limit: int = 20) -> str:
        calls = self.calls[max(start, len(self.calls) - limit) :]
        if not calls:
            return "  (none)"
        return "\n".join(f"  {call}" for call in calls)

    def _timeout_report(
        self, methods: set[str], count: int, start: int, timeout: float, matches: list[Call]
    ) -> str:
        wanted = " or ".join(sorted(methods))
        return (
            f"timed out after {timeout}s waiting for {count} x {wanted} since call #{start}; "
            f"got {len(matches)}. Calls since then (last 20):\n{self._recent(start)}\n"
            f"Updates still unconfirmed: {[u['update_id'] for u in self._pending]}"
        )

    def _observe(self, update: dict[str, Any]) -> None:
        """Learn chats, message ids and query ids from a pushed update."""
        for key in ("message", "channel_post", "edited_message", "edited_channel_post"):
            message = update.get(key)
            if not isinstance(message, dict) or "chat" not in message:
                continue
            chat = message["chat"]
            self._chats[chat["id"]] = dict(chat)
            last = self._last_message_id.get(chat["id"], 0)
            if key in ("message", "channel_post") and message.get("message_id", 0) <= last:
                # Telegram's ids only grow within a chat; keep it so, or a user message
                # could take the id of one of the bot's messages.
                message["message_id"] = last + 1
            self._remember(message)
            reply = message.get("reply_to_message")
            if (
                isinstance(reply, dict)
                and (chat["id"], reply.get("message_id")) not in self._messages
            ):
                self._remember(reply)
        query = update.get("callback_query")
        if isinstance(query, dict):
            self._open_queries.add(str(query.get("id")))
            message = query.get("message")
            if isinstance(message, dict) and "chat" in message:
                self._chats.setdefault(message["chat"]["id"], dict(message["chat"]))
                stored = self._messages.get((message["chat"]["id"], message.get("message_id")))
                # The message under a button is the bot's. Keep what the server knows about it
                # (its current text and keyboard), but never let the default message_id=1 of
                # callback_update() point at a user's message, which the bot could not edit.
                if stored is None or (stored.get("from") or {}).get("id") != self.bot_id:
                    self._remember(message)
        inline = update.get("inline_query")
        if isinstance(inline, dict):
            self._open_queries.add(str(inline.get("id")))

    def _remember(self, message: dict[str, Any]) -> None:
        chat_id = message["chat"]["id"]
        message_id = int(message.get("message_id", 0))
        self._messages[(chat_id, message_id)] = copy.deepcopy(message)
        self._last_message_id[chat_id] = max(self._last_message_id.get(chat_id, 0), message_id)

    def _chat_for(self, chat_id: int | str) -> dict[str, Any]:
        if isinstance(chat_id, str):  # "@channelusername": give it a stable channel id
            for chat in self._chats.values():
                if chat.get("username", "").lower() == chat_id[1:].lower():
                    return dict(chat)
            number = self._username_ids.setdefault(chat_id.lower(), len(self._username_ids) + 1)
            chat = {
                "id": -1009000000000 - number,
                "type": "channel",
                "title": chat_id[1:],
                "username": chat_id[1:],
            }
            self._chats[chat["id"]] = chat
            return dict(chat)
        known = self._chats.get(chat_id)
        if known:
            return dict(known)
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "User"}
        if str(chat_id).startswith("-100"):
            return {"id": chat_id, "type": "supergroup", "title": "Test group"}
        return {"id": chat_id, "type": "group", "title": "Test group"}

    def _new_message(self, chat: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
        message_id = self._last_message_id.get(chat["id"], 0) + 1
        message: dict[str, Any] = {"message_id": message_id, "date": int(time.time())}
        if chat["type"] == "channel":
            message["sender_chat"] = chat
        else:
            message["from"] = dict(self.bot_user)
        message["chat"] = chat
        message.update(content)
        self._remember(message)
        return message

    # -- internals: parameter helpers ----------------------------------------------------------

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        """The chat a call addresses; its "id" is the key for messages and the outbox."""
        return self._chat_for(self._chat_id(params))

    @staticmethod
    def _chat_id(params: dict[str, Any]) -> int | str:
        value = params.get("chat_id")
        if value is None or value == "":
            raise BotApiError(400, "Bad Request: chat_id is empty")
        if isinstance(value, bool):
            raise BotApiError(400, "Bad Request: chat not found")
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if re.fullmatch(r"-?\d+", text):
            return int(text)
        if re.fullmatch(r"@[A-Za-z0-9_]{4,32}", text):
            return text
        raise BotApiError(400, "Bad Request: chat not found")

    def _check_blocked(self, chat: dict[str, Any]) -> None:
        if chat["id"] in self.blocked_chats or f"@{chat.get('username')}" in self.blocked_chats:
            raise BotApiError(403, "Forbidden: bot was blocked by the user")

    @staticmethod
    def _int(params: dict[str, Any], name: str, default: int = 0) -> int:
        value = params.get(name)
        if value is None or value == "":
            return default
        try:
            return int(value)
        except (TypeError, ValueError) as exc:
            raise BotApiError(400, f'Bad Request: invalid parameter "{name}"') from exc

    def _text(
        self, params: dict[str, Any], name: str = "text", *, caption: bool = False
    ) -> ParsedText:
        return _check_text(
            params.get(name),
            params.get("parse_mode"),
            params.get("caption_entities" if caption else "entities"),
            max_length=MAX_CAPTION_LENGTH if caption else MAX_MESSAGE_LENGTH,
            strict_html=self.strict_html,
            caption=caption,
        )

    @staticmethod
    def _reply_markup(value: Any) -> dict[str, Any] | None:
        """Validate reply_markup; PTB does not check callback_data sizes itself."""
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                value = None
        if not isinstance(value, dict):
            raise BotApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in value:
            return value
        rows = value["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise BotApiError(
                400,
                'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup should be an '
                "Array of Arrays",
            )
        for row in rows:
            for button in row:
                if not isinstance(button, dict):
                    raise BotApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: InlineKeyboardButton "
                        "must be an Object",
                    )
                text = button.get("text")
                if not isinstance(text, str):
                    raise BotApiError(
                        400,
                        'Bad Request: can\'t parse inline keyboard button: Field "text" must '
                        "be of type String",
                    )
                if not text.strip():
                    raise BotApiError(400, BUTTON_TEXT_INVALID)
                if not _BUTTON_ACTIONS.intersection(button):
                    raise BotApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: Text buttons are "
                        "unallowed in the inline keyboard",
                    )
                if "callback_data" in button:
                    data = button["callback_data"]
                    size = len(str(data).encode("utf-8"))
                    if not isinstance(data, str) or not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
                        raise BotApiError(400, BUTTON_DATA_INVALID)
                if "url" in button and not str(button["url"]).strip():
                    raise BotApiError(400, "Bad Request: BUTTON_URL_INVALID")
        return value

    def _record(
        self,
        params: dict[str, Any],
        parsed: ParsedText,
        markup: dict[str, Any] | None,
        message: dict[str, Any] | None,
        raw_text: str | None,
    ) -> None:
        """Add a successful send or edit to the outbox (called last, once nothing can fail)."""
        call = self._current
        self.outbox.append(
            SentMessage(
                method=call.method if call else "?",
                chat_id=None if message is None else message["chat"]["id"],
                message_id=None if message is None else message["message_id"],
                text=parsed.text,
                raw_text=raw_text,
                parse_mode=params.get("parse_mode"),
                entities=parsed.entities,
                reply_markup=markup,
                call_index=call.index if call else -1,
                document=None if message is None else message.get("document"),
                inline_message_id=params.get("inline_message_id") or None,
            )
        )

    # -- HTTP ----------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        token: str | None = None
        method = ""
        if path.startswith("/bot"):
            token, _, method = path[len("/bot") :].partition("/")
        params = await self._read_params(request)
        canonical = self._methods.get(method.lower(), (method, None))[0]
        call = Call(len(self.calls), canonical or path, params, http_method=request.method)
        self.calls.append(call)
        try:
            status, payload = await self._dispatch(call, token, method)
        except asyncio.CancelledError:
            # The client went away (e.g. PTB cancelled a long poll on stop).
            self._done(call, 499, {"ok": False, "error_code": 499, "description": "cancelled"})
            raise
        self._done(call, status, payload)
        return web.json_response(payload, status=status, dumps=json.dumps)

    def _done(self, call: Call, status: int, payload: dict[str, Any]) -> None:
        call.status = status
        call.response = payload
        self._notify()

    @staticmethod
    async def _read_params(request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = {
            name: _decode_value(name, value) for name, value in request.query.items()
        }
        if request.method not in ("POST", "PUT") or not request.can_read_body:
            return params
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                body = None
            if isinstance(body, dict):
                params.update(body)
            return params
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                params[name] = {
                    "filename": value.filename,
                    "content": value.file.read(),
                    "content_type": value.content_type,
                }
            else:
                params[name] = _decode_value(name, str(value))
        # Resolve "attach://name" references to the uploaded part.
        for name, value in list(params.items()):
            if isinstance(value, str) and value.startswith("attach://"):
                part = params.get(value[len("attach://") :])
                if isinstance(part, dict):
                    params[name] = part
        return params

    async def _dispatch(self, call: Call, token: str | None, method: str) -> tuple[int, dict]:
        if token is None:
            return 404, BotApiError(404, "Not Found").payload()
        if token != self.token:
            return 401, BotApiError(401, "Unauthorized").payload()
        entry = self._methods.get(method.lower())
        if entry is None:
            return 404, BotApiError(404, "Not Found: method not found").payload()
        delays = self._delays.get(entry[0])
        if delays:
            delay = delays[0]
            delay[1] -= 1
            if delay[1] <= 0:
                delays.pop(0)
            await asyncio.sleep(delay[0])
        failure = self._take_failure(entry[0])
        if failure is not None:
            return failure.status, failure.payload()
        # Built-in handlers are synchronous up to their result, so _record() can use this.
        self._current = call
        try:
            result = entry[1](call.params)
            if inspect.isawaitable(result):
                result = await result
        except BotApiError as exc:
            return exc.status, exc.payload()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug in this server or in a custom handler
            _LOGGER.exception("fake Bot API failed on %s", call.method)
            return 500, BotApiError(500, f"Internal Server Error: {exc!r}").payload()
        return 200, {"ok": True, "result": result}

    def _take_failure(self, method: str) -> BotApiError | None:
        for key in (method, "*"):
            queue = self._failures.get(key)
            if queue:
                failure = queue[0]
                failure.times -= 1
                if failure.times <= 0:
                    queue.pop(0)
                return failure.error()
        return None

    # -- methods -------------------------------------------------------------------------------

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise BotApiError(409, CONFLICT_WEBHOOK)
        offset = self._int(params, "offset")
        limit = min(max(self._int(params, "limit", 100), 1), 100)
        try:
            timeout = max(float(params.get("timeout") or 0), 0.0)
        except (TypeError, ValueError):
            timeout = 0.0
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(kind) for kind in allowed] or None
        # An offset confirms every update before it; a negative one keeps only the last few.
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]
        # A newer long poll ends an older one, as on Telegram.
        self._wake_pollers("conflict")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            ready = self._deliverable(limit)
            remaining = deadline - loop.time()
            if ready or self._closing or remaining <= 0:
                return ready
            poller: asyncio.Future[str] = loop.create_future()
            self._pollers.add(poller)
            try:
                reason = await asyncio.wait_for(poller, remaining)
            except asyncio.TimeoutError:
                return []
            finally:
                self._pollers.discard(poller)
            if reason == "conflict":
                raise BotApiError(409, CONFLICT_OTHER_POLL)

    def _deliverable(self, limit: int) -> list[dict[str, Any]]:
        allowed = self._allowed_updates

        def wanted(update: dict[str, Any]) -> bool:
            kinds = [key for key in update if key != "update_id"]
            if allowed is None:
                return not _UPDATE_TYPES_BY_DEFAULT_EXCLUDED.intersection(kinds)
            return bool(set(kinds).intersection(allowed))

        # Telegram never queues updates of unwanted types; drop them.
        self._pending = [u for u in self._pending if wanted(u)]
        return copy.deepcopy(self._pending[:limit])

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = str(params.get("url") or "")
        if params.get("drop_pending_updates") is True:
            self._pending.clear()
        if isinstance(params.get("allowed_updates"), list):
            self._allowed_updates = params["allowed_updates"] or None
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates") is True:
            self._pending.clear()
        return True

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self.webhook_url:
            info["max_connections"] = 40
        if self._allowed_updates:
            info["allowed_updates"] = list(self._allowed_updates)
        return info

    @staticmethod
    def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        if not isinstance(scope, dict) or "type" not in scope:
            raise BotApiError(400, "Bad Request: can't parse BotCommandScope JSON object")
        language = str(params.get("language_code") or "")
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise BotApiError(400, "Bad Request: invalid language code specified")
        return json.dumps(scope, sort_keys=True), language

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise BotApiError(400, "Bad Request: can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise BotApiError(400, "Bad Request: BOT_COMMANDS_TOO_MUCH")
        key = self._commands_key(params)
        cleaned = []
        for entry in commands:
            if not isinstance(entry, dict) or not all(
                isinstance(entry.get(k), str) for k in ("command", "description")
            ):
                raise BotApiError(400, "Bad Request: can't parse BotCommand JSON object")
            # tdlib trims both fields and drops one leading '/' before checking them.
            command = entry["command"].strip()
            command = command.removeprefix("/")
            description = entry["description"].strip()
            if not command:
                raise BotApiError(400, "Bad Request: command must be non-empty")
            if len(command) > MAX_COMMAND_LENGTH:
                raise BotApiError(
                    400, f"Bad Request: command length must not exceed {MAX_COMMAND_LENGTH}"
                )
            if not description:
                raise BotApiError(400, "Bad Request: command description must be non-empty")
            if len(description) > MAX_COMMAND_DESCRIPTION_LENGTH:
                raise BotApiError(
                    400,
                    "Bad Request: command description length must not exceed "
                    f"{MAX_COMMAND_DESCRIPTION_LENGTH}",
                )
            if not re.fullmatch(r"[a-z0-9_]+", command):
                raise BotApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            cleaned.append({"command": command, "description": description})
        if cleaned:
            self.commands[key] = cleaned
        else:
            self.commands.pop(key, None)  # an empty list clears, like deleteMyCommands
        return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return copy.deepcopy(self.commands.get(self._commands_key(params), []))

    def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    def commands_for(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """Commands stored by setMyCommands for a scope (default scope) and language."""
        key = (json.dumps(scope or {"type": "default"}, sort_keys=True), language_code)
        return copy.deepcopy(self.commands.get(key, []))

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        parsed = self._text(params)
        markup = self._reply_markup(params.get("reply_markup"))
        self._check_blocked(chat)
        content: dict[str, Any] = {"text": parsed.text}
        if parsed.entities:
            content["entities"] = parsed.entities
        reply = self._reply_target(chat, params.get("reply_parameters"))
        if reply is not None:
            content["reply_to_message"] = reply
        if markup and "inline_keyboard" in markup:
            content["reply_markup"] = markup  # only inline keyboards come back in the Message
        message = self._new_message(chat, content)
        self._record(params, parsed, markup, message, params.get("text"))
        return message

    def _reply_target(self, chat: dict[str, Any], reply: Any) -> dict[str, Any] | None:
        if not isinstance(reply, dict) or "message_id" not in reply:
            return None
        if "chat_id" in reply:
            chat = self._chat_for(self._chat_id(reply))
        target = self._messages.get((chat["id"], reply["message_id"]))
        if target is None:
            if reply.get("allow_sending_without_reply"):
                return None
            raise BotApiError(400, "Bad Request: message to be replied not found")
        target = copy.deepcopy(target)
        target.pop("reply_to_message", None)
        return target

    def _editable(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        message_id = self._int(params, "message_id")
        if not message_id:
            raise BotApiError(400, "Bad Request: message identifier is not specified")
        message = self._messages.get((chat["id"], message_id))
        if message is None:
            raise BotApiError(400, "Bad Request: message to edit not found")
        sender = message.get("from") or {}
        if sender.get("id") != self.bot_id and message["chat"].get("type") != "channel":
            raise BotApiError(400, "Bad Request: message can't be edited")
        return copy.deepcopy(message)

    def _store_edit(self, message: dict[str, Any], markup: dict[str, Any] | None) -> None:
        message["edit_date"] = int(time.time())
        # Editing without reply_markup removes the inline keyboard, as on Telegram.
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        self._messages[(message["chat"]["id"], message["message_id"])] = copy.deepcopy(message)

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        parsed = self._text(params)
        markup = self._reply_markup(params.get("reply_markup"))
        inline_markup = markup if markup and "inline_keyboard" in markup else None
        if params.get("inline_message_id"):
            self._record(params, parsed, inline_markup, None, params.get("text"))
            return True
        message = self._editable(params)
        if "text" not in message:
            raise BotApiError(400, "Bad Request: there is no text in the message to edit")
        if (
            message.get("text") == parsed.text
            and message.get("entities", []) == parsed.entities
            and message.get("reply_markup") == inline_markup
        ):
            raise BotApiError(400, NOT_MODIFIED)
        message["text"] = parsed.text
        message.pop("entities", None)
        if parsed.entities:
            message["entities"] = parsed.entities
        self._store_edit(message, inline_markup)
        self._record(params, parsed, inline_markup, message, params.get("text"))
        return message

    def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        markup = self._reply_markup(params.get("reply_markup"))
        inline_markup = markup if markup and "inline_keyboard" in markup else None
        if params.get("inline_message_id"):
            self._record(params, ParsedText(""), inline_markup, None, None)
            return True
        message = self._editable(params)
        if message.get("reply_markup") == inline_markup:
            raise BotApiError(400, NOT_MODIFIED)
        self._store_edit(message, inline_markup)
        text = ParsedText(message.get("text", ""), message.get("entities", []))
        self._record(params, text, inline_markup, message, None)
        return message

    def _delete_message(self, params: dict[str, Any]) -> bool:
        key = (self._chat(params)["id"], self._int(params, "message_id"))
        if key not in self._messages:
            raise BotApiError(400, "Bad Request: message to delete not found")
        del self._messages[key]
        return True

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        # Unknown ids and second answers are both rejected by Telegram.
        if query_id not in self._open_queries:
            raise BotApiError(400, QUERY_INVALID)
        self._open_queries.discard(query_id)
        return True

    def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("inline_query_id") or "")
        results = params.get("results")
        if not isinstance(results, list):
            raise BotApiError(400, "Bad Request: can't parse inline query results JSON object")
        if len(results) > MAX_INLINE_RESULTS:
            raise BotApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            if not isinstance(result, dict) or not isinstance(result.get("type"), str):
                raise BotApiError(400, "Bad Request: can't parse InlineQueryResult JSON object")
            result_id = result.get("id")
            if not isinstance(result_id, str):
                raise BotApiError(400, "Bad Request: RESULT_ID_INVALID")
            size = len(result_id.encode("utf-8"))
            if not 1 <= size <= MAX_INLINE_RESULT_ID_BYTES:
                raise BotApiError(400, "Bad Request: RESULT_ID_INVALID")
            if result_id in seen:
                raise BotApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
            seen.add(result_id)
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                _check_text(
                    content["message_text"],
                    content.get("parse_mode"),
                    content.get("entities"),
                    max_length=MAX_MESSAGE_LENGTH,
                    strict_html=self.strict_html,
                )
            self._reply_markup(result.get("reply_markup"))
        if query_id not in self._open_queries:
            raise BotApiError(400, QUERY_INVALID)
        self._open_queries.discard(query_id)
        return True

    def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        document = params.get("document")
        if document is None or document == "":
            raise BotApiError(400, "Bad Request: there is no document in the request")
        parsed = self._text(params, "caption", caption=True)
        markup = self._reply_markup(params.get("reply_markup"))
        self._check_blocked(chat)
        number = next(self._files)
        if isinstance(document, dict):
            content = document.get("content") or b""
            if not content:
                raise BotApiError(400, "Bad Request: file must be non-empty")
            info = {
                "file_id": f"DOC{number}",
                "file_unique_id": f"UDOC{number}",
                "file_name": document.get("filename") or "file",
                "mime_type": document.get("content_type") or "application/octet-stream",
                "file_size": len(content),
            }
        else:  # a file_id or a URL
            info = {"file_id": str(document), "file_unique_id": f"UDOC{number}"}
        content_fields: dict[str, Any] = {"document": info}
        if parsed.text:
            content_fields["caption"] = parsed.text
            if parsed.entities:
                content_fields["caption_entities"] = parsed.entities
        if markup and "inline_keyboard" in markup:
            content_fields["reply_markup"] = markup
        message = self._new_message(chat, content_fields)
        self._record(params, parsed, markup, message, params.get("caption"))
        return message

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        chat = self._chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise BotApiError(400, "Bad Request: wrong parameter action in request")
        self._check_blocked(chat)
        return True

    def _set_chat_menu_button(self, params: dict[str, Any]) -> bool:
        button = params.get("menu_button") or {"type": "default"}
        if not isinstance(button, dict) or "type" not in button:
            raise BotApiError(400, "Bad Request: can't parse MenuButton JSON object")
        self.menu_buttons[params.get("chat_id")] = button
        return True

    def _get_chat_menu_button(self, params: dict[str, Any]) -> dict[str, Any]:
        button = self.menu_buttons.get(params.get("chat_id")) or self.menu_buttons.get(None)
        return copy.deepcopy(button or {"type": "default"})


# --------------------------------------------------------------------------------------------
# Helpers for tests
# --------------------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def polling(app: Application, *, timeout: int = 10) -> AsyncIterator[Application]:
    """Run ``app`` with long polling for the duration of the block, then stop it cleanly.

    Does what ``run_polling`` does, which tests cannot use inside their event loop, including
    the ``post_init`` / ``post_stop`` / ``post_shutdown`` hooks that only ``run_polling`` calls.
    Leave the block before stopping the server.
    """
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    assert app.updater is not None, "build the application with an updater"
    await app.updater.start_polling(poll_interval=0, timeout=timeout)
    await app.start()
    try:
        yield app
    finally:
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        if app.post_stop:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


@pytest_asyncio.fixture
async def bot_api_server() -> AsyncIterator[BotApiServer]:
    """A started :class:`BotApiServer` (import this name into a conftest to share it)."""
    server = BotApiServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
