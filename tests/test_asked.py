"""The nearest asked question: questions organisers filed in asked.yaml answer a message that
nothing else placed, in every language; unanswerable questions and words nobody asked about
keep the honest fallback; the index is kept between runs; `summit-bot pack learn` files the
questions of an evaluation file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import KNOWLEDGE, Run

from bot.asked import ASKED_INDEX
from bot.engine import Engine
from bot.knowledge import Pack, PackError, load_pack


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    """The shipped pack without its asked questions: each test files its own."""
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder, ignore=shutil.ignore_patterns("asked.yaml", ".asked*"))
    return folder


@pytest.fixture(scope="module")
def engine(pack: Pack) -> Engine:
    return Engine(pack)


def file_asked(folder: Path, asked: dict[str, list[str]]) -> Engine:
    (folder / "asked.yaml").write_text(
        yaml.safe_dump({"asked": asked}, allow_unicode=True), encoding="utf-8"
    )
    return Engine(load_pack(folder))


# Each of these got "I don't know" before the pack had asked questions (the engine of session
# 11's start): they are worded as nobody wrote a phrasing, but like questions others asked.
@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("fin tdarat had l7fla dyal tiktok 3afak", "fr", "event_place"),
        (
            "les fonctionnalités de protection que l'appli a annoncées c'est quoi ?",
            "fr",
            "event_tools",
        ),
        ("Is there a livestream archive of the talks?", "en", "faq_replay"),
        ("any replay of the livestream available?", "en", "faq_replay"),
        ("فوقاش كانت هاد اللمة ديال تيك توك بالضبط؟", "ar", "event_date"),
        ("شكون لي جاب الرؤية ديال المغرب على التحديات ديال الشباب؟", "ar", "bahri"),
        ("من الذي قدم رؤية المغرب حول تحديات الشباب؟", "ar", "bahri"),
    ],
)
def test_a_question_like_those_people_asked_gets_their_answer(
    engine: Engine, pack: Pack, text: str, language: str, source: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("answer", source, language)
    card = pack.entry(source)
    if card is not None and card.answer:
        assert card.answer[language] in reply.answer


@pytest.mark.parametrize(
    "text",
    [
        # Near "what did the speakers say", but about what they ate: words nobody asked.
        "شنو كلاو المتدخلين فالغدا ديال القمة؟",
        "chno klaw les intervenants f lghda dyal sommet?",
        # A word or two are too few to tell whose question they are like.
        "summit",
        "القمة ديال",
    ],
)
def test_words_nobody_asked_about_keep_the_honest_fallback(engine: Engine, text: str) -> None:
    assert engine.reply(text).kind == "fallback"


def test_the_filing_decides_the_reply(knowledge: Path) -> None:
    question = "Is there a livestream archive of the talks?"
    assert Engine(load_pack(knowledge)).reply(question).kind == "fallback"
    filed = file_asked(knowledge, {"faq_replay": ["Is there a livestream archive?"]})
    assert filed.reply(question).source == "faq_replay"
    # Filed as a question the pack cannot answer, the same wording votes for the fallback.
    unanswerable = file_asked(knowledge, {"unanswerable": ["Is there a livestream archive?"]})
    assert unanswerable.reply(question).kind == "fallback"


def test_the_index_is_kept_and_a_broken_copy_is_rebuilt(knowledge: Path) -> None:
    asked = {"faq_replay": ["Is there a livestream archive?"], "unanswerable": ["train fares"]}
    question = "Is there a livestream archive of the talks?"
    assert file_asked(knowledge, asked).reply(question).source == "faq_replay"
    kept = knowledge / ASKED_INDEX
    first = kept.read_bytes()
    # A new process on the same pack reads it back and answers the same.
    assert Engine(load_pack(knowledge)).reply(question).source == "faq_replay"
    assert kept.read_bytes() == first
    kept.write_bytes(b"\x00 not an index")
    assert Engine(load_pack(knowledge)).reply(question).source == "faq_replay"
    assert kept.read_bytes() == first
    # Other questions filed: the kept index is for other questions, and is built again.
    file_asked(knowledge, {"unanswerable": ["Is there a livestream archive?"]}).reply(question)
    assert kept.read_bytes() != first


def test_a_question_filed_under_an_unknown_id_names_the_file_and_line(knowledge: Path) -> None:
    (knowledge / "asked.yaml").write_text(
        'asked:\n  event_date:\n    - "c quand"\n  event_dinner:\n    - "on mange quoi"\n',
        encoding="utf-8",
    )
    with pytest.raises(PackError) as caught:
        load_pack(knowledge)
    assert [str(p) for p in caught.value.problems] == [
        "asked.yaml:4: asked.event_dinner: unknown entry 'event_dinner': file the questions "
        "under the id of the entry, round table or speaker that answers them, or under "
        "'unanswerable'"
    ]


def test_asked_questions_must_be_a_mapping(knowledge: Path) -> None:
    (knowledge / "asked.yaml").write_text("asked:\n  - c quand\n", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(knowledge)
    assert "asked.yaml:1: asked: expected a mapping of entry ids to questions" in str(
        caught.value.problems[0]
    )


EVALUATED = """\
questions:
  - q: "Is there a livestream archive?"
    category: in_scope
    expect: {source: faq_replay}
  - q: "wach kayn chi tram mn l'aéroport l casa?"
    category: out_of_scope
  - q: "salam labas?"
    category: in_scope
    expect: {kind: smalltalk}
  - q: "the two psychiatrists?"
    category: in_scope
    expect: {all: [toufiq, kendili]}
"""


def test_pack_learn_files_an_evaluation_file_and_the_bot_answers_from_it(
    run: Run, knowledge: Path, tmp_path: Path
) -> None:
    reviewed = tmp_path / "reviewed.yaml"
    reviewed.write_text(EVALUATED, encoding="utf-8")
    result = run("pack", "learn", str(reviewed), KNOWLEDGE_DIR=str(knowledge))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"Filed 2 question(s) in {knowledge / 'asked.yaml'}"
    assert load_pack(knowledge).asked == {
        "faq_replay": ("Is there a livestream archive?",),
        "unanswerable": ("wach kayn chi tram mn l'aéroport l casa?",),
    }
    asked = run(
        "ask",
        "Is there a livestream archive of the talks?",
        "--json",
        "--no-log",
        KNOWLEDGE_DIR=str(knowledge),
    )
    assert json.loads(asked.stdout)["source"] == "faq_replay"
    # Filed again: nothing twice.
    again = run("pack", "learn", str(reviewed), KNOWLEDGE_DIR=str(knowledge))
    assert "Filed 0 question(s)" in again.stdout
    assert "2 question(s) were there already" in again.stdout


def test_pack_learn_refuses_a_broken_file_in_one_line_and_changes_nothing(
    run: Run, knowledge: Path, tmp_path: Path
) -> None:
    reviewed = tmp_path / "reviewed.yaml"
    reviewed.write_text(EVALUATED.replace("faq_replay", "faq_dinner"), encoding="utf-8")
    result = run("pack", "learn", str(reviewed), KNOWLEDGE_DIR=str(knowledge))
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "faq_dinner" in result.stderr and "Traceback" not in result.stderr
    assert not (knowledge / "asked.yaml").exists()
