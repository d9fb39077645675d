"""bot/render.py without Telegram: escaping, splitting, callback data and keyboards."""

from __future__ import annotations

import re

import pytest
from botapi import html_to_text, validate_html
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import render
from bot.engine import Engine, Reply, Suggestion
from bot.knowledge import Pack
from bot.text import LANGUAGES


@pytest.fixture(scope="module")
def engine(pack: Pack) -> Engine:
    return Engine(pack)


def every_keyboard(engine: Engine, language: str) -> list[render.Keyboard]:
    pack = engine.pack
    keyboards = [
        render.menu_keyboard(language),
        render.language_keyboard(language),
        render.panels_keyboard(pack, language),
        render.speakers_keyboard(pack, language),
        render.faq_keyboard(engine, language),
        render.forget_keyboard(2**52, language),
        (render.feedback_row("0123456789ab"),),
    ]
    for source in pack.ids():
        keyboards.append(render.card_keyboard(pack, source, language))
        reply = engine.card(source, language)
        keyboards.append(render.reply_keyboard(pack, reply, "0123456789ab"))
    for name in render.MENUS:
        keyboards += [part.keyboard for part in render.screen(engine, name, language)]
    return keyboards


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_button_has_callback_data_of_at_most_64_bytes_that_parses(
    engine: Engine, language: str
) -> None:
    for keyboard in every_keyboard(engine, language):
        for row in keyboard:
            for button in row:
                assert button.text.strip()
                assert 1 <= len(button.data.encode("utf-8")) <= render.MAX_CALLBACK_BYTES
                assert render.parse_callback(button.data) is not None, button


def test_callback_data_stays_short_for_the_longest_possible_id() -> None:
    longest = "x" * 40
    for data in (render.card_data(longest), render.speaker_data(longest)):
        assert len(data.encode()) <= render.MAX_CALLBACK_BYTES
        assert render.parse_callback(data) is not None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("m:programme", render.Callback("menu", "programme")),
        ("c:event_date", render.Callback("card", "event_date")),
        ("s:kendili", render.Callback("speaker", "kendili")),
        ("p:2", render.Callback("panel", "2")),
        ("lang:ar", render.Callback("language", "ar")),
        ("lang:auto", render.Callback("language", "auto")),
        ("fb:0123456789ab:+", render.Callback("feedback", "0123456789ab", "+")),
        ("fg:42:y", render.Callback("forget", "42", "y")),
    ],
)
def test_parse_callback_reads_what_the_bot_sends(data: str, expected: render.Callback) -> None:
    assert render.parse_callback(data) == expected


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "c:",
        "c:Event",
        "c:../etc",
        "c:" + "x" * 41,
        "p:0",
        "p:x",
        "lang:de",
        "m:admin",
        "fb:xyz:+",
        "fb:0123456789ab:0",
        "fg:abc:y",
        "fg:42:maybe",
        "zz:1",
        "c:متى",
        "c:event_date:extra",
    ],
)
def test_parse_callback_rejects_forged_or_garbled_data(data: str | None) -> None:
    assert render.parse_callback(data) is None


@pytest.mark.parametrize("text", ["<b>bold</b>", "&amp; & &lt;", "</a>", "a > b", "<pre>x"])
def test_user_text_is_escaped_and_shown_as_typed(text: str) -> None:
    [html] = render.render_text(text)
    assert validate_html(html) is None
    assert html_to_text(html) == text


def test_heading_is_bold_and_escaped() -> None:
    reply = Reply("answer", "fr", "Q&A <1>\nbody & more", heading="Q&A <1>")
    [part] = render.reply_messages(reply)
    assert part.text == "<b>Q&amp;A &lt;1&gt;</b>\nbody &amp; more"
    assert validate_html(part.text) is None


def test_a_long_reply_is_split_at_line_breaks_with_the_keyboard_under_the_last_part() -> None:
    lines = [f"Line {i} <with> & escapes " + "é" * 50 for i in range(200)]
    reply = Reply("answer", "fr", "Heading\n" + "\n".join(lines), heading="Heading")
    keyboard = (render.feedback_row("0123456789ab"),)
    parts = render.reply_messages(reply, keyboard)
    assert len(parts) > 1
    assert parts[0].text.startswith("<b>Heading</b>")
    assert [bool(p.keyboard) for p in parts] == [False] * (len(parts) - 1) + [True]
    shown = []
    for part in parts:
        assert len(part.text) <= render.MAX_TEXT
        assert validate_html(part.text) is None
        shown += html_to_text(part.text).split("\n")
    assert shown == ["Heading", *lines]


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab <>&\nمتى😀"), max_size=3000),
    st.integers(min_value=20, max_value=400),
)
def test_split_plain_keeps_every_piece_within_the_limit(text: str, limit: int) -> None:
    pieces = render.split_plain(text, limit)
    for piece in pieces:
        assert render._size(piece) <= limit
        assert piece.strip()
    # Nothing but whitespace at the cuts is lost.
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_a_line_without_spaces_is_cut_between_characters() -> None:
    parts = render.render_text("&" * 10_000)
    assert len(parts) > 2
    assert all(len(p) <= render.MAX_TEXT and validate_html(p) is None for p in parts)
    assert "".join(html_to_text(p) for p in parts) == "&" * 10_000


def test_preformatted_reports_are_split_inside_pre_tags() -> None:
    parts = render.preformatted("\n".join(f"row {i} <script>" for i in range(1000)))
    assert len(parts) > 1
    for part in parts:
        assert part.text.startswith("<pre>") and part.text.endswith("</pre>")
        assert validate_html(part.text) is None and len(part.text) <= render.MAX_TEXT


@pytest.mark.parametrize("language", LANGUAGES)
def test_welcome_says_automated_and_privacy_and_offers_the_menu(pack: Pack, language: str) -> None:
    [part] = render.welcome(pack, language, 30)
    assert validate_html(part.text) is None
    assert "/privacy" in part.text and "30" in part.text
    assert [b.data for row in part.keyboard for b in row] == [
        "m:programme",
        "m:speakers",
        "m:faq",
        "m:language",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_command_menu_is_valid_for_telegram(language: str) -> None:
    menu = render.command_menu(language, admin=True)
    assert [name for name, _ in menu] == [*render.PUBLIC_COMMANDS, *render.ADMIN_COMMANDS]
    for name, description in menu:
        assert re.fullmatch(r"[a-z0-9_]{1,32}", name)
        assert 1 <= len(description) <= 256


def test_faq_offers_facts_and_faq_in_turn_without_list_entries(pack: Pack) -> None:
    sources = render.faq_sources(pack)
    assert len(sources) == render.FAQ_BUTTONS
    assert sources[:2] == [pack.facts[0].id, next(e.id for e in pack.faq if not e.list)]
    assert "programme" not in sources and "speakers" not in sources


def test_deep_links_open_speakers_and_panels_only(pack: Pack) -> None:
    for payload in render.deep_link_payloads(pack):
        assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", payload)
        assert render.deep_link_source(pack, payload)
    assert render.deep_link_source(pack, "speaker_kendili") == "kendili"
    assert render.deep_link_source(pack, "panel_2") == pack.panel_by_number(2).id
    for bad in ("speaker_nobody", "panel_9", "panel_x", "event_date", "", "speaker_"):
        assert render.deep_link_source(pack, bad) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_inline_results_have_short_unique_ids_and_valid_html(
    engine: Engine, language: str
) -> None:
    replies = [engine.reply(q, chosen=language) for q in ("parents", "tiktok", "Kendili")]
    for articles in [render.inline_browse(engine, language)] + [
        render.inline_articles(engine, r) for r in replies
    ]:
        ids = [a.id for a in articles]
        assert len(ids) == len(set(ids)) and 1 <= len(ids) <= render.MAX_INLINE_RESULTS
        for article in articles:
            assert len(article.id.encode()) <= render.MAX_INLINE_ID_BYTES
            assert article.title.strip()
            assert validate_html(article.text) is None


def test_a_crisis_is_the_only_inline_result(engine: Engine) -> None:
    reply = engine.reply("je veux mourir")
    assert reply.kind == "crisis"
    [article] = render.inline_articles(engine, reply)
    assert article.id == "crisis"


def test_clarify_and_fallback_suggestions_become_buttons(engine: Engine, pack: Pack) -> None:
    reply = Reply("clarify", "en", "Which one?", suggestions=(Suggestion("kendili", "Dr K"),))
    assert render.reply_keyboard(pack, reply, "0123456789ab") == (
        (render.Button("Dr K", "c:kendili"),),
    )
    crisis = engine.reply("I want to kill myself")
    assert render.reply_keyboard(pack, crisis, "0123456789ab") == ()
