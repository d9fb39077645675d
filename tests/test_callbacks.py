"""bot/callbacks.py: the data buttons send back, written short and read strictly."""

from __future__ import annotations

import pytest

from bot import callbacks
from bot.callbacks import Callback, parse_callback
from bot.reply import DESTINATIONS, Link

ENTRY = "x" * 40  # the longest id the pack allows


def test_callback_data_stays_short_for_the_longest_possible_id() -> None:
    for data in (callbacks.card_data(ENTRY), callbacks.speaker_data(ENTRY)):
        assert len(data.encode()) <= callbacks.MAX_CALLBACK_BYTES
        assert parse_callback(data) is not None


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        (Link("card", "event_date", "When?"), Callback("card", "event_date")),
        (Link("speaker", "kendili", "Dr K"), Callback("speaker", "kendili")),
        (Link("panel", "2", "Round table 2"), Callback("panel", "2")),
        (Link("menu", "speakers", "All speakers"), Callback("menu", "speakers")),
    ],
)
def test_a_link_becomes_data_that_reads_back_as_where_it_leads(
    link: Link, expected: Callback
) -> None:
    assert parse_callback(callbacks.link_data(link)) == expected


def test_every_destination_has_its_data() -> None:
    for destination in DESTINATIONS:
        target = "2" if destination == "panel" else "speakers"
        assert parse_callback(callbacks.link_data(Link(destination, target, "label")))


def test_every_menu_parses() -> None:
    for name in callbacks.MENUS:
        assert parse_callback(callbacks.menu_data(name)) == Callback("menu", name)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("m:programme", Callback("menu", "programme")),
        ("c:event_date", Callback("card", "event_date")),
        ("s:kendili", Callback("speaker", "kendili")),
        ("p:2", Callback("panel", "2")),
        ("lang:ar", Callback("language", "ar")),
        ("lang:auto", Callback("language", "auto")),
        ("fb:0123456789ab:+", Callback("feedback", "0123456789ab", "+")),
        ("fg:42:y", Callback("forget", "42", "y")),
        ("sg:0123456789ab:event_date", Callback("suggest", "0123456789ab", "event_date")),
        ("sg:0123456789ab:-", Callback("suggest", "0123456789ab", "-")),
    ],
)
def test_parse_callback_reads_what_the_bot_sends(data: str, expected: Callback) -> None:
    assert parse_callback(data) == expected


def test_what_the_builders_write_reads_back() -> None:
    assert parse_callback(callbacks.feedback_data("0123456789ab", -1)) == Callback(
        "feedback", "0123456789ab", "-"
    )
    assert parse_callback(callbacks.forget_data(2**52, False)) == Callback(
        "forget", str(2**52), "n"
    )
    assert parse_callback(callbacks.suggest_data("0123456789ab", None)) == Callback(
        "suggest", "0123456789ab", "-"
    )
    assert parse_callback(callbacks.language_data("fr")) == Callback("language", "fr")


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
        "sg:xyz:event_date",
        "sg:0123456789ab:Event",
        "zz:1",
        "c:متى",
        "c:event_date:extra",
    ],
)
def test_parse_callback_rejects_forged_or_garbled_data(data: str | None) -> None:
    assert parse_callback(data) is None


def test_only_vote_buttons_count_as_feedback() -> None:
    assert callbacks.is_feedback(callbacks.feedback_data("0123456789ab", 1))
    for data in (None, "", "c:fb", callbacks.card_data("fb")):
        assert not callbacks.is_feedback(data)
