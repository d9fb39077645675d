"""Suicide or self-harm asked about as a subject of the summit: what the article reports of the
programme, under an honest "it does not say so", and where to talk; never the crisis reply, and
never "I didn't understand"."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.knowledge import Pack
from bot.messages import message


@pytest.fixture(scope="module")
def engine(pack: Pack) -> Engine:
    return Engine(pack, cache=0)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("le sommet a parlé de prévention du suicide ?", "fr"),
        ("Est-ce que le sommet a abordé la prévention du suicide chez les jeunes ?", "fr"),
        ("wach f sommet hdro 3la suicide prevention? 3ndi exposé", "fr"),
        ("est-ce qu'un intervenant a abordé l'automutilation chez les jeunes ?", "fr"),
        ("did they talk about suicide prevention at the summit?", "en"),
        ("UK journalist here. Did the summit cover suicide prevention at all?", "en"),
        ("هل تطرقت القمة إلى الوقاية من الانتحار؟", "ar"),
        ("واش السوميه هضرو فيه على الانتحار عند الشباب؟", "ar"),
    ],
)
def test_suicide_asked_about_as_a_subject_gets_the_programme_and_where_to_talk(
    engine: Engine, pack: Pack, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("answer", "programme", language), reply
    assert reply.answer.startswith(message("theme_not_named", language))
    assert engine.programme(language).answer in reply.answer
    listening = [r for r in pack.resources if not r.emergency]
    assert listening and all(r.contact in reply.answer for r in listening)


@pytest.mark.parametrize(
    "text",
    [
        "je pense au suicide tous les soirs",  # one's own: the crisis reply
        "كنفكر فالانتحار بزاف هاد الأيام",
    ],
)
def test_ones_own_thoughts_of_suicide_still_get_the_crisis_reply(
    engine: Engine, text: str
) -> None:
    assert engine.reply(text).kind == "crisis"


def test_a_question_the_pack_answers_is_answered_though_it_names_suicide(engine: Engine) -> None:
    # Only what would otherwise fall back gets the programme: the parents' role is an entry.
    reply = engine.reply(
        "pour prévenir le suicide chez les ados, qui a parlé du rôle des parents ?"
    )
    assert reply.kind == "answer" and reply.source != "programme", reply
