"""Finding the misses in a real log file, and the loop from a miss to an answer on the CLI."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from conftest import KNOWLEDGE, Run

from bot import suggest
from bot.engine import Engine
from bot.knowledge import Pack
from bot.store import Exchange, Store

UTC = timezone.utc
SECRET = b"suggest-tests-secret-0123456789ab"
BASE = datetime.now(UTC) - timedelta(days=1)
ALICE, BOB, CAROL, DAN, ERIN, FRANK, GINA, HUGO = range(101, 109)
TICKETS = "les billets valaient combien de dirhams"  # the shipped pack falls back on it
# "Which one?": two speakers are tied to it.
WHICH_ONE = "MENAT"


@pytest.fixture(scope="module")
def engine(pack: Pack) -> Engine:
    return Engine(pack)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "log.sqlite3", secret=SECRET, flush_interval=0.01)
    yield opened
    await opened.close()


class Log:
    """Writes exchanges as the bot would have logged them, at chosen times."""

    def __init__(self, store: Store, engine: Engine) -> None:
        self.store = store
        self.engine = engine
        self.count = 0

    def ask(
        self, user: int | None, seconds: float, question: str, kind: str | None = None, **kw
    ) -> str:
        """Log `question` with the reply the current engine gives (or the `kind` given)."""
        reply = self.engine.reply(question)
        self.count += 1
        ref = f"{self.count:012x}"
        self.store.log_exchange(
            Exchange(
                ref=ref,
                user_id=user,
                chat_type="private" if user else "cli",
                channel="telegram" if user else "cli",
                language=kw.get("language", reply.language),
                question=question,
                kind=kind or reply.kind,
                source=kw.get("source", reply.source),
                score=reply.score,
                response_ms=5.0,
                at=BASE + timedelta(seconds=seconds),
            )
        )
        return ref

    def press(self, user: int, seconds: float, entry_id: str, language: str = "fr") -> None:
        """A suggestion button: the log holds the entry's label as the question."""
        label = self.engine.label(entry_id, language)
        self.ask(user, seconds, label, "answer", source=entry_id, language=language)

    async def groups(self, **kw) -> list[suggest.MissGroup]:
        await self.store.flush()
        found = await suggest.find_misses(self.store, self.engine, None)
        ignored = await self.store.ignored_misses()
        return suggest.group_misses(found, self.engine, ignored, **kw)


@pytest.fixture
def log(store: Store, engine: Engine) -> Log:
    return Log(store, engine)


# A question about the hours that the engine answers with another entry.
HOURS = "horaire dyal panel lowel"


def by_question(groups: list[suggest.MissGroup]) -> dict[str, suggest.MissGroup]:
    return {g.question: g for g in groups}


async def test_each_kind_of_miss_is_found_with_its_reason(log: Log, engine: Engine) -> None:
    assert engine.reply(TICKETS).kind == "fallback"
    log.ask(ALICE, 0, TICKETS)
    log.ask(BOB, 0, WHICH_ONE)  # "which one?", and Bob never says which
    assert engine.reply(WHICH_ONE).kind == "clarify"
    down = log.ask(CAROL, 0, "when did the summit happen")
    log.store.log_feedback(down, CAROL, -1)
    # Gina gets the first round table for a question about its hours, and asks again at once.
    assert engine.reply(HOURS).source == "digital_age"
    log.ask(GINA, 0, HOURS)
    log.ask(GINA, 30, "a quelle heure a commencé le sommet")

    groups = by_question(await log.groups())

    assert groups[TICKETS].reasons == {"fallback": 1}
    assert groups[WHICH_ONE].reasons == {"which_one": 1}
    assert groups["when did the summit happen"].reasons == {"thumbs_down": 1}
    assert groups[HOURS].reasons == {"asked_again": 1}
    assert len(groups) == 4  # the second question was answered well


async def test_asking_again_in_other_words_joins_the_misses_of_that_meaning(log: Log) -> None:
    # Answered with a speaker, she asked again in other words: that answer was a miss, and it
    # joins the same question that fell back for someone else.
    log.ask(ALICE, 0, "les billets pour rencontrer Kendili valaient combien ?")
    log.ask(GINA, 60, "billets pour rencontrer Kendili ?")
    log.ask(GINA, 90, "c'était combien les billets")
    [group] = await log.groups()
    assert group.reasons == {"fallback": 1, "asked_again": 1}
    assert group.people == 2


async def test_an_entry_that_answered_wrongly_is_never_proposed_for_it(log: Log) -> None:
    log.ask(GINA, 0, HOURS)
    log.ask(GINA, 30, "a quelle heure a commencé le sommet")
    down = log.ask(CAROL, 0, "when did the summit happen")
    log.store.log_feedback(down, CAROL, -1)

    groups = by_question(await log.groups())

    asked_again = groups[HOURS]
    assert asked_again.likely[0].entry_id == "faq_start_time"
    assert "digital_age" not in [x.entry_id for x in asked_again.likely]
    assert "event_date" not in [x.entry_id for x in groups["when did the summit happen"].likely]


async def test_a_which_one_resolved_by_a_press_or_a_clearer_question_is_no_miss(
    log: Log,
) -> None:
    log.ask(DAN, 0, WHICH_ONE)
    log.press(DAN, 8, "bahri")
    log.ask(ERIN, 0, WHICH_ONE)
    log.ask(ERIN, 20, "Malak Jaafar de MENAT")
    log.ask(FRANK, 0, WHICH_ONE)
    log.press(FRANK, 600, "bahri")  # ten minutes later: another visit

    groups = await log.groups()

    assert [(g.question, g.people, g.reasons) for g in groups] == [
        (WHICH_ONE, 1, {"which_one": 1})
    ]


async def test_a_new_question_after_an_answer_is_not_a_rephrasing(log: Log) -> None:
    log.ask(HUGO, 0, "when did the summit happen")
    log.ask(HUGO, 20, "where did the summit happen")
    log.ask(HUGO, 40, "who is toufiq")
    log.ask(HUGO, 60, "who is kendili")
    log.ask(GINA, 0, "les billets coutaient combien ??")
    log.ask(GINA, 300, "c'était combien les billets")  # five minutes later
    assert await log.groups() == []


async def test_the_entry_reached_next_raises_its_confidence(log: Log) -> None:
    log.ask(ALICE, 0, TICKETS)
    log.ask(BOB, 0, TICKETS)
    [alone] = await log.groups()
    log.press(ALICE, 15, "faq_tickets")  # Alice picked the suggestion under the fallback
    [helped] = await log.groups()
    before = {x.entry_id: x.confidence for x in alone.likely}
    after = {x.entry_id: x.confidence for x in helped.likely}
    assert after["faq_tickets"] > before["faq_tickets"]
    assert after["faq_replay"] == before["faq_replay"]


async def test_questions_are_grouped_by_meaning_with_people_languages_and_examples(
    log: Log,
) -> None:
    log.ask(ALICE, 0, TICKETS)
    log.ask(ALICE, 3600, TICKETS)
    log.ask(BOB, 60, "combien de dirhams valaient les billets ?", language="en")
    log.ask(CAROL, 120, "les billets valaient cobien de dirhams")  # a typo
    log.ask(None, 180, TICKETS)  # the command line counts as one more person
    log.ask(DAN, 0, "bdat bekri?")

    groups = await log.groups()

    [tickets, morning] = groups
    assert tickets.question == TICKETS
    assert (tickets.people, tickets.count) == (4, 5)
    assert set(tickets.examples) == {
        "combien de dirhams valaient les billets ?",
        "les billets valaient cobien de dirhams",
    }
    assert tickets.languages == (("fr", 4), ("en", 1))
    assert tickets.likely[0].entry_id == "faq_tickets"
    assert 0 < tickets.likely[-1].confidence <= tickets.likely[0].confidence <= 1
    assert morning.likely[0].entry_id == "faq_start_time"
    assert await log.groups(limit=1) == [tickets]


async def test_noise_and_distress_stay_out(log: Log) -> None:
    for noise in ("/start", "/nope arg", "3", "42 ", "", "   ", "👍👍", "?!", "ok", "tiktok"):
        log.ask(ALICE, 0, noise, "fallback", source=None)
    log.ask(ALICE, 0, "x" * 700, "fallback", source=None)
    # A crisis reply keeps no text; a distress message an older engine missed is never
    # proposed for an FAQ either.
    log.ask(BOB, 0, "je veux mourir")
    log.ask(CAROL, 0, "je veux mourir", "fallback", source=None)
    log.ask(DAN, 0, TICKETS)
    assert [g.question for g in await log.groups()] == [TICKETS]


async def test_a_question_the_pack_now_answers_is_no_longer_a_miss(log: Log) -> None:
    log.ask(ALICE, 0, "prix des billets", "fallback", source=None)  # logged before a fix
    assert await log.groups() == []


async def test_an_ignored_group_stays_ignored_and_only_a_hash_is_kept(
    log: Log, store: Store, tmp_path: Path, engine: Engine
) -> None:
    log.ask(ALICE, 0, TICKETS)
    log.ask(BOB, 0, "bdat bekri?")
    groups = by_question(await log.groups())
    first, second = groups[TICKETS], groups["bdat bekri?"]
    await store.ignore_misses(first.tokens)
    await store.close()

    reopened = await Store.open(store.path, secret=SECRET)
    try:
        log.store = reopened
        # Same meaning, new wording.
        log.ask(CAROL, 60, "combien de dirhams valaient les billets ?")
        assert await log.groups() == [second]
        assert await reopened.ignored_misses() == set(first.tokens)
    finally:
        await reopened.close()
    # The ignore list holds a hash, no words.
    with sqlite3.connect(store.path) as connection:
        rows = connection.execute("SELECT * FROM ignored_misses").fetchall()
    connection.close()
    assert [token for token, _ in rows] == sorted(first.tokens)
    assert all(re.fullmatch("[0-9a-f]{12}", token) for token, _ in rows)


async def test_the_table_shows_whole_questions_and_why(log: Log) -> None:
    log.ask(ALICE, 0, TICKETS)
    log.ask(BOB, 60, "combien de dirhams valaient les billets ?")
    table = suggest.format_groups(await log.groups(), "table")
    header, _, first, example = table.splitlines()
    assert header.split() == [
        "People",
        "Times",
        "Question",
        "Why",
        "Language",
        "Likely",
        "entries",
    ]
    assert TICKETS in first and "fallback 2" in first and "faq_tickets 0.54" in first
    assert example.strip() == "~ combien de dirhams valaient les billets ?"
    assert suggest.format_groups([], "table") == "No missed questions in this period.\n"


# --- the loop on the command line -------------------------------------------------------------


def comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


def test_from_a_miss_in_the_log_to_an_answer_on_the_command_line(run: Run, tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    original = (knowledge / "faq.yaml").read_text(encoding="utf-8")
    asked = run("ask", TICKETS, "--json", "--knowledge", str(knowledge))
    assert json.loads(asked.stdout)["kind"] == "fallback"
    run("ask", "/start", "--knowledge", str(knowledge))  # noise in the same log

    proposed = run("review", "suggest", "--format", "json", "--knowledge", str(knowledge))
    assert proposed.returncode == 0, proposed.stderr
    [group] = json.loads(proposed.stdout)
    assert group["question"] == TICKETS
    assert group["reasons"] == {"fallback": 1}
    assert group["likely"][0]["entry"] == "faq_tickets"

    added = run("pack", "add-phrasing", "faq_tickets", TICKETS, "--knowledge", str(knowledge))
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines() == [
        f"Added {TICKETS!r} to faq_tickets: {knowledge / 'faq.yaml'}, "
        "faq[faq_tickets].questions.fr",
        "Pack checked: OK",
        "faq_tickets now answers 1 logged question(s), asked 1 time(s), that it did not before:",
        f"     1  {TICKETS}",
    ]
    edited = (knowledge / "faq.yaml").read_text(encoding="utf-8")
    assert comments(edited) == comments(original)
    assert edited.replace(f"        - {TICKETS}\n", "", 1) == original
    assert run("check", "--knowledge", str(knowledge)).returncode == 0

    answered = run("ask", TICKETS, "--json", "--knowledge", str(knowledge))
    reply = json.loads(answered.stdout)
    assert (reply["kind"], reply["source"]) == ("answer", "faq_tickets")
    after = run("review", "suggest", "--format", "json", "--knowledge", str(knowledge))
    assert json.loads(after.stdout) == []


def test_review_suggest_in_a_table_and_not_as_csv(run: Run) -> None:
    run("ask", TICKETS)
    table = run("review", "suggest", "--format", "table", COLUMNS="120")
    assert table.returncode == 0
    assert TICKETS in table.stdout and "faq_tickets" in table.stdout
    # In a narrow terminal the question wraps, whole.
    narrow = run("review", "suggest", "--format", "table", COLUMNS="60").stdout
    assert max(len(line) for line in narrow.splitlines()) <= 60
    assert TICKETS.split() == [w for w in narrow.split() if w in TICKETS.split()]
    csv = run("review", "suggest", "--format", "csv")
    assert csv.returncode == 2
    assert csv.stderr == "Error: review suggest writes table or json, not csv\n"
