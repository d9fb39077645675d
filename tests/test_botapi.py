"""Tests of the fake Bot API server (tests/botapi/), driven by real PTB clients.

They pin down the behaviour the bot's own end-to-end tests rely on: PTB can talk to the server
over HTTP and long polling, and the server rejects what Telegram rejects, with the exceptions
PTB raises for it.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
import pytest_asyncio
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputFile,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

# tests/ is not a package: pytest's default import mode puts tests/ itself on sys.path, while
# a package layout or pythonpath=["."] would make it tests.botapi. Accept both.
try:
    from botapi import (
        BotApiServer,
        callback_update,
        channel_post_update,
        edited_message_update,
        html_to_text,
        inline_update,
        message_update,
        polling,
        validate_html,
        validate_markdown_v2,
        validate_text,
    )
except ModuleNotFoundError:  # pragma: no cover - depends on how pytest is configured
    from tests.botapi import (
        BotApiServer,
        callback_update,
        channel_post_update,
        edited_message_update,
        html_to_text,
        inline_update,
        message_update,
        polling,
        validate_html,
        validate_markdown_v2,
        validate_text,
    )

ARABIC_LETTER = "ب"  # two bytes in UTF-8


@pytest_asyncio.fixture
async def server() -> AsyncIterator[BotApiServer]:
    srv = BotApiServer()
    await srv.start()
    try:
        yield srv
    finally:
        await srv.stop()


@pytest_asyncio.fixture
async def bot(server: BotApiServer) -> AsyncIterator[Bot]:
    # async with: initialize() calls getMe, and shutdown() closes the HTTP pool before the
    # server goes away.
    async with Bot(server.token, base_url=server.base_url) as client:
        yield client


def build_app(server: BotApiServer) -> Application:
    return ApplicationBuilder().token(server.token).base_url(server.base_url).build()


# -- basics ------------------------------------------------------------------------------------


async def test_get_me(server: BotApiServer, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.username == "summit_test_bot"
    assert me.is_bot
    assert me.id == 123456
    assert me.can_read_all_group_messages is False
    assert me.supports_inline_queries is True
    assert server.base_url == f"http://127.0.0.1:{server.port}/bot"
    assert [call.method for call in server.calls] == ["getMe", "getMe"]  # initialize + ours


async def test_wrong_token_is_401(server: BotApiServer) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("999:WRONG", base_url=server.base_url) as wrong:
            await wrong.get_me()
    assert server.calls[-1].status == 401
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{server.base_url}999:WRONG/getMe") as response,
    ):
        assert response.status == 401
        assert await response.json() == {
            "ok": False,
            "error_code": 401,
            "description": "Unauthorized",
        }


async def test_unknown_method_is_404(server: BotApiServer, bot: Bot) -> None:
    # Once the bot is initialised, PTB tells a missing endpoint from a bad token.
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendCarrierPigeon")
    assert server.calls[-1].status == 404
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{server.base_url}{server.token}/sendCarrierPigeon") as response,
    ):
        assert response.status == 404
        body = await response.json()
    assert body == {"ok": False, "error_code": 404, "description": "Not Found: method not found"}


async def test_method_names_are_case_insensitive_and_get_works(server: BotApiServer) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{server.base_url}{server.token}/getme") as response,
    ):
        body = await response.json()
    assert body["ok"] is True
    assert body["result"]["username"] == "summit_test_bot"
    assert server.calls[-1].method == "getMe"


# -- polling -----------------------------------------------------------------------------------


async def test_polling_echo_and_command(server: BotApiServer) -> None:
    app = build_app(server)

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(f"start {context.args}")

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        text = update.effective_message.text or ""
        await update.effective_message.reply_html(f"<b>echo</b> {text}")

    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))

    async with polling(app):
        [reply] = await server.push_and_wait(message_update("bonjour"))
        assert reply.ok
        assert reply.params["text"] == "<b>echo</b> bonjour"
        assert reply.params["parse_mode"] == "HTML"
        assert reply.params["chat_id"] == 42
        assert reply.result["text"] == "echo bonjour"  # tags removed, as Telegram returns it

        # The factory adds the bot_command entity; "@botname" needs getMe's username.
        [reply] = await server.push_and_wait(message_update("/start@summit_test_bot x y"))
        assert reply.params["text"] == "start ['x', 'y']"

        # Idle: the held long poll must keep PTB from spinning.
        mark = server.mark()
        await asyncio.sleep(0.3)
        assert len(server.calls_of("getUpdates", since=mark)) <= 1

    assert server.sent_texts(42) == ["echo bonjour", "start ['x', 'y']"]
    assert server.sent_messages(42)[0].raw_text == "<b>echo</b> bonjour"
    assert server.pending_updates == []  # the final getUpdates confirmed everything


async def test_get_updates_long_poll(server: BotApiServer, bot: Bot) -> None:
    # Nothing queued: held for `timeout`, then [].
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert time.monotonic() - started >= 0.9

    # timeout=0 answers at once (PTB's last call on Updater.stop()).
    started = time.monotonic()
    assert await bot.get_updates(timeout=0) == ()
    assert time.monotonic() - started < 0.5

    # A held poll answers as soon as an update is pushed.
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    first = server.push_update(message_update("un"))
    updates = await poll
    assert time.monotonic() - started < 1
    assert [u.update_id for u in updates] == [first]
    assert updates[0].message is not None and updates[0].message.text == "un"

    # Updates stay until a later offset confirms them.
    second = server.push_update(message_update("deux"))
    assert [u.update_id for u in await bot.get_updates()] == [first, second]
    assert [u.update_id for u in await bot.get_updates(offset=second)] == [second]
    assert await bot.get_updates(offset=second + 1) == ()
    assert server.pending_updates == []


async def test_push_update_from_another_thread_wakes_the_poll(
    server: BotApiServer, bot: Bot
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    await asyncio.to_thread(server.push_update, message_update("depuis un thread"))
    updates = await asyncio.wait_for(poll, 2)
    assert len(updates) == 1


# -- text validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "plain text",
        "<b>bold</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <ins>i</ins>",
        "<s>s</s> <strike>s</strike> <del>d</del> <tg-spoiler>x</tg-spoiler>",
        '<span class="tg-spoiler">spoiler</span>',
        '<a href="https://example.org/?a=1&amp;b=2">link</a>',
        "<code>x &lt; y</code> <pre>block</pre>",
        '<pre><code class="language-python">print("hi")</code></pre>',
        "<blockquote>q</blockquote> <blockquote expandable>long</blockquote>",
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
        "&lt; &gt; &amp; &quot; &#39; &#x1F600;",
        "<b>gras <i>et italique</i></b>",
        "مرحبا <b>بكم</b>",
    ],
)
def test_validate_html_accepts(html: str) -> None:
    assert validate_html(html) is None


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<foo>x</foo>", 'Unsupported start tag "foo" at byte offset 0'),
        ("<b><i></b></i>", 'Unmatched end tag at byte offset 6, expected "</i>", found "</b>"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("&nope;", 'Unescaped "&" at byte offset 0'),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("close</b>", "Unexpected end tag at byte offset 5"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
        ("x <b", "Unclosed start tag at byte offset 2"),
        ("<a href=x/>l</a>", "Unexpected end of name token at byte offset 8"),
    ],
)
def test_validate_html_rejects(html: str, message: str) -> None:
    error = validate_html(html)
    assert error is not None
    assert error.startswith("Bad Request: can't parse entities: ")
    assert message in error


def test_strict_and_lenient_html() -> None:
    # Telegram itself shows a stray '&' or '>' literally; strict mode insists on escaping.
    assert validate_html("AT&T -> ok") is not None
    assert validate_html("AT&T -> ok", strict=False) is None
    assert html_to_text("AT&T -> ok", strict=False) == "AT&T -> ok"
    assert html_to_text("  <b>x</b> &lt;3 \n") == "x <3"


def test_validate_text_limits() -> None:
    assert validate_text("a" * 4096) is None
    assert validate_text("a" * 4097) == "Bad Request: message is too long"
    # The limit applies to the text after parsing: tags do not count.
    assert validate_text("<b>" + "a" * 4096 + "</b>", "HTML") is None
    assert validate_text("") == "Bad Request: message text is empty"
    assert validate_text(" \n ") == "Bad Request: message text is empty"
    assert validate_text("<b> </b>", ParseMode.HTML) == "Bad Request: message text is empty"
    assert validate_text("x", "Klingon") == "Bad Request: unsupported parse_mode"


def test_markdown_v2() -> None:
    assert validate_markdown_v2(r"*gras* _it_ \. fin\!") is None
    error = validate_markdown_v2("Bonjour.")
    assert error is not None and "Character '.' is reserved" in error
    error = validate_markdown_v2("*gras")
    assert error is not None and "Can't find end of Bold entity at byte offset 0" in error


async def test_bad_html_raises_bad_request(server: BotApiServer, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(42, "<foo>x</foo>", parse_mode=ParseMode.HTML)
    call = server.calls[-1]
    assert call.status == 400
    assert call.description == (
        'Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 0'
    )
    assert server.sent_texts() == []

    message = await bot.send_message(42, "<b>Salut</b> &amp; bienvenue", parse_mode="HTML")
    assert message.text == "Salut & bienvenue"
    assert message.entities[0].type == "bold"
    assert message.entities[0].length == 5
    sent = server.last_sent(42)
    assert sent.text == "Salut & bienvenue"
    assert sent.raw_text == "<b>Salut</b> &amp; bienvenue"
    assert sent.parse_mode == "HTML"


async def test_too_long_text_rejected(server: BotApiServer, bot: Bot) -> None:
    await bot.send_message(42, "a" * 4096)
    with pytest.raises(BadRequest):
        await bot.send_message(42, "a" * 4097)
    assert server.calls[-1].description == "Bad Request: message is too long"
    await bot.send_message(42, "<i>" + "é" * 4096 + "</i>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(42, "   ")


async def test_callback_data_is_limited_in_bytes(server: BotApiServer, bot: Bot) -> None:
    fits = ARABIC_LETTER * 32  # 64 bytes
    too_long = ARABIC_LETTER * 33  # 66 bytes, though only 33 characters
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data=fits)]])
    message = await bot.send_message(42, "choix", reply_markup=keyboard)
    assert message.reply_markup is not None
    assert server.last_sent(42).callback_data == [fits]
    assert server.calls[-1].keyboard[0][0]["callback_data"] == fits

    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("ko", callback_data=too_long)]])
    with pytest.raises(BadRequest):
        await bot.send_message(42, "choix", reply_markup=keyboard)
    assert server.calls[-1].description == "Bad Request: BUTTON_DATA_INVALID"


# -- error injection ---------------------------------------------------------------------------


async def test_429_raises_retry_after(
    server: BotApiServer, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without PTB_TIMEDELTA, PTB 22 warns (PTBDeprecationWarning) as soon as it builds a
    # RetryAfter, which filterwarnings=error turns into the exception raised instead.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    server.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(42, "vite")
    assert caught.value.retry_after == dtm.timedelta(seconds=3)
    assert server.calls[-1].response == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
    await bot.send_message(42, "ensuite ça passe")
    assert server.sent_texts(42) == ["ensuite ça passe"]


async def test_other_injected_errors(server: BotApiServer, bot: Bot) -> None:
    server.fail_next("sendMessage", 500, times=2)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.send_message(42, "x")
    server.fail_next("sendMessage", 403)
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(42, "x")
    server.fail_next("*", 400, description="Bad Request: chat not found")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_chat_action(42, "typing")
    await bot.send_message(42, "ok")
    assert [call.status for call in server.calls_of("sendMessage")] == [500, 500, 403, 200]

    server.blocked_chats.add(7)
    with pytest.raises(Forbidden):
        await bot.send_message(7, "x")


# -- wait_for ----------------------------------------------------------------------------------


async def test_wait_for_reports_recent_calls_on_timeout(server: BotApiServer, bot: Bot) -> None:
    await bot.send_chat_action(42, "typing")
    server.mark()
    await bot.send_chat_action(42, "typing")
    with pytest.raises(AssertionError) as caught:
        await server.wait_for("sendMessage", timeout=0.2)
    report = str(caught.value)
    assert "waiting for 1 x sendMessage" in report
    assert "sendChatAction" in report

    # since=0 sees both calls; the default (the mark) only the second.
    assert len(await server.wait_for("sendChatAction", count=2, since=0)) == 2
    assert len(await server.wait_for("sendChatAction")) == 1


# -- other methods -----------------------------------------------------------------------------


async def test_my_commands(server: BotApiServer, bot: Bot) -> None:
    await bot.set_my_commands([("start", "Commencer"), ("aide", "Aide")], language_code="fr")
    assert [c.command for c in await bot.get_my_commands(language_code="fr")] == ["start", "aide"]
    assert await bot.get_my_commands() == ()
    assert server.commands_for(language_code="fr")[1] == {"command": "aide", "description": "Aide"}

    for bad in [
        ("Start", "x"),
        ("with-dash", "x"),
        ("a" * 33, "x"),
        ("ok", ""),
        ("ok", "d" * 257),
    ]:
        with pytest.raises(BadRequest):
            await bot.set_my_commands([bad])
    with pytest.raises(BadRequest):
        await bot.set_my_commands([(f"c{i}", "d") for i in range(101)])
    await bot.delete_my_commands(language_code="fr")
    assert server.commands_for(language_code="fr") == []


async def test_answer_inline_query_limits(server: BotApiServer) -> None:
    app = build_app(server)
    answers: list[BaseException | None] = []

    async def inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.inline_query is not None

        def article(i: int | str) -> InlineQueryResultArticle:
            return InlineQueryResultArticle(str(i), f"t{i}", InputTextMessageContent(f"m{i}"))

        for results in (
            [article(i) for i in range(51)],
            [article(1), article(1)],
            [article("x" * 65)],
            [article(i) for i in range(50)],
        ):
            try:
                await update.inline_query.answer(results)
                answers.append(None)
            except BadRequest as exc:
                answers.append(exc)

    app.add_handler(InlineQueryHandler(inline))
    async with polling(app):
        await server.push_and_wait(inline_update("salle"), "answerInlineQuery", count=4)
    assert [a is None for a in answers] == [False, False, False, True]
    assert [c.description for c in server.calls_of("answerInlineQuery")][:3] == [
        "Bad Request: RESULTS_TOO_MUCH",
        "Bad Request: RESULT_ID_DUPLICATE",
        "Bad Request: RESULT_ID_INVALID",
    ]


async def test_callback_query_answer_and_edit(server: BotApiServer) -> None:
    app = build_app(server)

    async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()
        with pytest.raises(BadRequest):
            await query.answer()  # a query can be answered once
        await query.edit_message_text(f"choisi: {query.data}")

    app.add_handler(CallbackQueryHandler(on_button))
    async with polling(app):
        update = callback_update("salle:1", message_id=5, message_text="Quelle salle ?")
        [edit] = await server.push_and_wait(update, "editMessageText")
    assert edit.ok
    assert edit.result["text"] == "choisi: salle:1"
    assert [c.status for c in server.calls_of("answerCallbackQuery")] == [200, 400]
    assert server.message(42, 5)["text"] == "choisi: salle:1"


async def test_edit_not_modified_and_keyboard_removal(server: BotApiServer, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    sent = await bot.send_message(42, "<b>Q</b>", parse_mode="HTML", reply_markup=keyboard)
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_text(
            "<b>Q</b>", 42, sent.message_id, parse_mode="HTML", reply_markup=keyboard
        )
    # Same text without reply_markup is a change: Telegram removes the keyboard.
    edited = await bot.edit_message_text("<b>Q</b>", 42, sent.message_id, parse_mode="HTML")
    assert isinstance(edited, type(sent))
    assert edited.reply_markup is None
    assert server.message(42, sent.message_id).get("reply_markup") is None
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", 42, 999)
    assert server.sent_texts(42) == ["Q", "Q"]


async def test_send_document_multipart(server: BotApiServer, bot: Bot) -> None:
    payload = b"nom;salle\nAmina;A1\n"
    message = await bot.send_document(
        42,
        InputFile(payload, filename="programme.csv"),
        caption="<i>Programme</i>",
        parse_mode="HTML",
    )
    assert message.document is not None
    assert message.document.file_name == "programme.csv"
    assert message.caption == "Programme"
    document = server.calls[-1].params["document"]
    assert document["filename"] == "programme.csv"
    assert document["content"] == payload
    assert server.last_sent(42).document == message.document.to_dict()


async def test_update_factories_parse_in_ptb(bot: Bot) -> None:
    update = Update.de_json(message_update("/aide@summit_test_bot salle"), bot)
    assert update.message is not None
    assert update.message.entities[0].type == "bot_command"
    assert update.message.entities[0].length == len("/aide@summit_test_bot")
    assert update.effective_user is not None and update.effective_user.language_code == "fr"

    update = Update.de_json(message_update("salut", chat_id=-100123, reply_to_bot=True), bot)
    assert update.effective_chat is not None and update.effective_chat.type == "supergroup"
    assert update.message is not None and update.message.reply_to_message is not None
    assert update.message.reply_to_message.from_user.id == bot.id

    sticker = {
        "sticker": {
            "file_id": "S",
            "file_unique_id": "U",
            "type": "regular",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
        }
    }
    update = Update.de_json(message_update(extra=sticker), bot)
    assert update.message is not None and update.message.sticker is not None

    update = Update.de_json(callback_update("x"), bot)
    assert update.callback_query is not None and update.callback_query.data == "x"
    update = Update.de_json(inline_update("q", offset="10"), bot)
    assert update.inline_query is not None and update.inline_query.offset == "10"
    update = Update.de_json(edited_message_update("corrigé"), bot)
    assert update.edited_message is not None and update.edited_message.edit_date is not None
    update = Update.de_json(channel_post_update("annonce"), bot)
    assert update.channel_post is not None and update.channel_post.sender_chat is not None


async def test_pushed_message_ids_keep_growing_per_chat(server: BotApiServer, bot: Bot) -> None:
    server.push_update(message_update("a", message_id=1))
    sent = await bot.send_message(42, "réponse")
    server.push_update(message_update("b", message_id=1))  # would reuse an id: renumbered
    ids = [u["message"]["message_id"] for u in server.pushed]
    assert ids[0] < sent.message_id < ids[1]
