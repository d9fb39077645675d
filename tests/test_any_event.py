"""The code knows kinds of things (speakers, round tables, help lines), never one event: what
an event says and calls itself lives in its pack, so another event needs no code change."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from conftest import PACKS, REPO

from bot import lexicon, messages
from bot.engine import Engine
from bot.knowledge import Pack, load_pack
from bot.text import LANGUAGES, fold

CODE = ("bot", "handlers")
# The shipped event's names, as issue 11 lists them.
THIS_EVENT = "kendili|toufiq|taouil|tiktok|casablanca"


@pytest.mark.skipif(shutil.which("grep") is None, reason="needs grep")
def test_grep_finds_no_name_of_the_shipped_event_in_the_code() -> None:
    found = subprocess.run(
        ["grep", "-riE", THIS_EVENT, *CODE, "--include=*.py"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert found.returncode == 1, found.stdout  # grep's "nothing found"
    assert found.stdout == ""


def _generic_words() -> set[str]:
    """Words the engine knows for any event: a pack may use them without naming anything."""
    lists = [
        lexicon.STOPWORDS,
        lexicon.FRENCH_MARKERS,
        lexicon.ENGLISH_MARKERS,
        lexicon.DARIJA_MARKERS,
        lexicon.COURTESY,
    ]
    lists += [words for words in lexicon.CONCEPTS.values()]
    return {w for words in lists for word in words for w in fold(word).split()}


def _names(pack: Pack) -> set[str]:
    """What names one event: its speakers, city and accounts, as words. (Its organiser may
    be called by common words, "Code Atlas"; the grep above covers the shipped one.)"""
    texts = [name for s in pack.speakers for name in (s.name, *s.aliases, *s.names_ar)]
    texts += pack.event.city.values()
    texts += [social.handle for social in pack.event.social]
    found = {w for text in texts for w in fold(text).split() if len(w) >= 4}
    return found - _generic_words()


@pytest.mark.parametrize("name", list(PACKS))
def test_no_speaker_city_or_organiser_of_a_pack_is_named_in_the_code(name: str) -> None:
    names = _names(load_pack(PACKS[name]))
    assert len(names) > 10
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")
    found = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for folder in CODE
        for path in sorted((REPO / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(fold(line))
    ]
    assert found == []


def test_the_bots_own_messages_name_no_event() -> None:
    for key, texts in messages._MESSAGES.items():
        for language, text in texts.items():
            assert not re.search(r"sommet|summit|قمة|القمة", text, re.I), (key, language)


def test_the_help_examples_of_every_pack_are_answered(any_pack: Pack) -> None:
    """/help suggests them: each must get an answer in its language, not an apology."""
    engine = Engine(any_pack)
    for language in LANGUAGES:
        examples = any_pack.event.examples[language]
        assert 3 <= len(examples) <= 5
        for example in examples:
            reply = engine.reply(example, chosen=language)
            assert reply.kind in ("answer", "smalltalk"), (language, example, reply.kind)
