"""bot/render.py as a pure function: replies and plain values in, Telegram HTML and buttons out.

No engine and no pack here: every reply is written by hand, with the links and labels the
engine would put on it (tests/test_navigation.py checks that it does).
"""

from __future__ import annotations

import re

import pytest
from botapi import html_to_text, validate_html
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import render
from bot.callbacks import MAX_CALLBACK_BYTES, Callback, parse_callback
from bot.reply import Link, Reply, Suggestion
from bot.text import LANGUAGES

REF = "0123456789ab"
SPEAKERS = tuple(Link("speaker", f"speaker_{n}", f"Dr Speaker {n}") for n in range(1, 4))
BACK_TO_PANELS = Link("menu", "panels", "⬅️ All round tables")
BACK_TO_SPEAKERS = Link("menu", "speakers", "⬅️ All speakers")
PANEL = Link("panel", "2", "Round table 2: Parents and screens")
# A speaker's card as the engine gives it: its text, its label and its links.
SPEAKER_CARD = Reply(
    "answer",
    "en",
    "Dr Speaker 1\nPsychiatrist\nRound table 2: Parents and screens",
    "speaker_1",
    100.0,
    heading="Dr Speaker 1",
    label="Dr Speaker 1",
    navigation=(PANEL, BACK_TO_SPEAKERS),
)
ENTRY_CARD = Reply("answer", "en", "It took place on 1 June.", "event_date", 100.0, label="When?")


def texts(keyboard: render.Keyboard) -> list[list[str]]:
    return [[button.text for button in row] for row in keyboard]


def actions(keyboard: render.Keyboard) -> list[Callback | None]:
    return [parse_callback(button.data) for row in keyboard for button in row]


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


def test_links_become_buttons_speakers_two_to_a_row() -> None:
    keyboard = render.navigation_keyboard((*SPEAKERS, BACK_TO_PANELS))
    assert texts(keyboard) == [
        ["Dr Speaker 1", "Dr Speaker 2"],
        ["Dr Speaker 3"],
        ["⬅️ All round tables"],
    ]
    assert actions(keyboard) == [
        Callback("speaker", "speaker_1"),
        Callback("speaker", "speaker_2"),
        Callback("speaker", "speaker_3"),
        Callback("menu", "panels"),
    ]


def test_a_round_table_and_the_way_back_each_get_a_row() -> None:
    keyboard = render.navigation_keyboard(SPEAKER_CARD.navigation)
    assert texts(keyboard) == [[PANEL.label], [BACK_TO_SPEAKERS.label]]
    assert actions(keyboard) == [Callback("panel", "2"), Callback("menu", "speakers")]


def test_a_speaker_after_another_link_starts_its_own_row() -> None:
    keyboard = render.navigation_keyboard((PANEL, *SPEAKERS[:2], PANEL, SPEAKERS[2]))
    assert [len(row) for row in keyboard] == [1, 2, 1, 1]


def test_a_long_label_is_cut_with_an_ellipsis() -> None:
    [[button]] = render.navigation_keyboard((Link("card", "faq_long", "Why " * 40),))
    assert len(button.text) == render.MAX_BUTTON_LABEL and button.text.endswith("…")
    assert button.text.startswith("Why Why")


def test_an_answer_gets_its_links_then_the_votes() -> None:
    keyboard = render.reply_keyboard(SPEAKER_CARD, REF)
    assert actions(keyboard) == [
        Callback("panel", "2"),
        Callback("menu", "speakers"),
        Callback("feedback", REF, "+"),
        Callback("feedback", REF, "-"),
    ]
    assert render.reply_keyboard(ENTRY_CARD, REF) == (render.feedback_row(REF),)
    # Not logged (a card opened from a menu): nothing to vote on.
    assert render.reply_keyboard(SPEAKER_CARD, None) == render.navigation_keyboard(
        SPEAKER_CARD.navigation
    )


def test_clarify_and_fallback_suggestions_become_buttons() -> None:
    choices = (Suggestion("kendili", "Dr K"), Suggestion("faq_parents", "Parents?"))
    for kind in ("clarify", "fallback"):
        reply = Reply(kind, "en", "Which one?", suggestions=choices)
        assert render.reply_keyboard(reply, REF) == (
            (render.Button("Dr K", "c:kendili"),),
            (render.Button("Parents?", "c:faq_parents"),),
        )


@pytest.mark.parametrize("kind", ["crisis", "smalltalk"])
def test_crisis_and_small_talk_get_no_buttons(kind: str) -> None:
    reply = Reply(kind, "en", "Text", "x", suggestions=(Suggestion("x", "X"),))
    assert render.reply_keyboard(reply, REF) == ()


def test_a_screen_is_the_reply_with_its_links_and_no_votes() -> None:
    [part] = render.screen(SPEAKER_CARD)
    assert part.text.startswith("<b>Dr Speaker 1</b>\nPsychiatrist")
    assert part.keyboard == render.navigation_keyboard(SPEAKER_CARD.navigation)
    menu = Reply("answer", "en", "Pick a speaker:", navigation=SPEAKERS)
    [part] = render.screen(menu)
    assert part.text == "Pick a speaker:"
    assert [len(row) for row in part.keyboard] == [2, 1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_button_has_callback_data_of_at_most_64_bytes_that_parses(language: str) -> None:
    longest = (Suggestion("x" * 40, "X"),)
    clarify = Reply("clarify", language, "?", suggestions=longest)
    keyboards = [
        render.menu_keyboard(language),
        render.language_keyboard(language),
        render.forget_keyboard(2**63, language),
        *(render.reply_keyboard(card, REF) for card in (SPEAKER_CARD, ENTRY_CARD, clarify)),
        render.navigation_keyboard((*SPEAKERS, PANEL, BACK_TO_PANELS)),
        *(part.keyboard for part in render.language_screen(language)),
        *(part.keyboard for part in render.help_screen("• When?", language)),
        *(part.keyboard for part in render.miss_group("Asked", REF, longest, language)),
    ]
    assert all(keyboards)
    for keyboard in keyboards:
        for row in keyboard:
            for button in row:
                assert button.text.strip()
                assert 1 <= len(button.data.encode("utf-8")) <= MAX_CALLBACK_BYTES
                assert parse_callback(button.data) is not None, button


@pytest.mark.parametrize("language", LANGUAGES)
def test_welcome_says_automated_and_privacy_and_offers_the_menu(language: str) -> None:
    [part] = render.welcome("Hello <you> & welcome", language, 30)
    assert validate_html(part.text) is None
    assert html_to_text(part.text).startswith("Hello <you> & welcome\n\n")
    assert "/privacy" in part.text and "30" in part.text
    assert [b.data for row in part.keyboard for b in row] == [
        "m:programme",
        "m:speakers",
        "m:faq",
        "m:language",
    ]


def test_help_lists_the_examples_and_every_public_command() -> None:
    [part] = render.help_screen("• When was it?\n• Who spoke?", "en")
    text = html_to_text(part.text)
    assert "• When was it?\n• Who spoke?" in text
    for name in render.PUBLIC_COMMANDS:
        assert f"/{name} " in text
    assert "/stats" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_command_menu_is_valid_for_telegram(language: str) -> None:
    menu = render.command_menu(language, admin=True)
    assert [name for name, _ in menu] == [*render.PUBLIC_COMMANDS, *render.ADMIN_COMMANDS]
    for name, description in menu:
        assert re.fullmatch(r"[a-z0-9_]{1,32}", name)
        assert 1 <= len(description) <= 256


def test_language_screen_offers_each_language() -> None:
    [part] = render.language_screen("en")
    assert actions(part.keyboard) == [
        *(Callback("language", code) for code in LANGUAGES),
        Callback("language", "auto"),  # back to the language of each message
    ]


# --- inline mode ---------------------------------------------------------------------------


def check_articles(articles: list[render.Article]) -> None:
    ids = [a.id for a in articles]
    assert len(ids) == len(set(ids)) and 1 <= len(ids) <= render.MAX_INLINE_RESULTS
    for article in articles:
        assert len(article.id.encode()) <= render.MAX_INLINE_ID_BYTES
        assert article.title.strip()
        assert validate_html(article.text) is None


def test_an_inline_query_lists_the_answer_then_the_suggested_cards_once_each() -> None:
    reply = Reply(
        "answer",
        "en",
        ENTRY_CARD.answer,
        "event_date",
        80.0,
        label="When?",
        suggestions=(Suggestion("event_date", "When?"), Suggestion("speaker_1", "Dr Speaker 1")),
    )
    articles = render.inline_articles(reply, [ENTRY_CARD, SPEAKER_CARD, SPEAKER_CARD])
    check_articles(articles)
    assert [(a.id, a.title) for a in articles] == [
        ("a:event_date", "When?"),  # no heading: the label
        ("a:speaker_1", "Dr Speaker 1"),
    ]
    assert articles[1].description == "Psychiatrist"  # the first line under the heading
    assert articles[1].text.startswith("<b>Dr Speaker 1</b>")


def test_a_crisis_is_the_only_inline_result() -> None:
    reply = Reply("crisis", "en", "Please call 141 now <now>.", suggestions=())
    [article] = render.inline_articles(reply, [ENTRY_CARD])
    assert article.id == "crisis" and article.title == "Please call 141 now <now>."
    assert article.text == "Please call 141 now &lt;now&gt;."


def test_a_query_about_nothing_still_gets_one_result() -> None:
    reply = Reply("fallback", "ar", "لا أعرف.")
    [article] = render.inline_articles(reply, [])
    assert article.id == "fallback:ar"


def test_an_empty_inline_query_lists_the_programme_then_the_cards() -> None:
    programme = Reply("answer", "en", "Programme\nRound table 1", "programme", heading="Programme")
    articles = render.inline_browse(programme, [SPEAKER_CARD])
    check_articles(articles)
    assert [(a.id, a.title) for a in articles] == [
        ("programme", "Programme"),
        ("a:speaker_1", "Dr Speaker 1"),
    ]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab <>&\nمتى😀"), max_size=6000).filter(str.strip))
def test_an_inline_result_is_one_valid_message_whatever_the_text(text: str) -> None:
    # Whatever the engine says (never nothing: see tests/test_input.py).
    reply = Reply("answer", "en", text, "event_date", label="When?")
    [article] = render.inline_articles(reply, [])
    assert validate_html(article.text) is None and len(article.text) <= render.MAX_TEXT


# --- /suggest ------------------------------------------------------------------------------


def test_a_missed_group_offers_each_likely_entry_and_ignore() -> None:
    likely = (Suggestion("event_date", "When was it? " * 10), Suggestion("bahri", "Myriam Bahri"))
    [part] = render.miss_group("“tickets?” asked by 3 <people>", REF, likely, "en")
    assert html_to_text(part.text) == "“tickets?” asked by 3 <people>"
    assert actions(part.keyboard) == [
        Callback("suggest", REF, "event_date"),
        Callback("suggest", REF, "bahri"),
        Callback("suggest", REF, "-"),
    ]
    first = part.keyboard[0][0].text
    assert first.startswith("➕ When was it?") and len(first) == render.MAX_BUTTON_LABEL
    assert part.keyboard[2][0].text == "🙈 Ignore"
