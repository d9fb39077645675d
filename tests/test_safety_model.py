"""The learned opinions on distress (bot/safety/model.py, trained by bot/safety/train.py)."""

from __future__ import annotations

import pytest

from bot.safety import distress_reason, is_acute, is_distress
from bot.safety.detect import normalise
from bot.safety.model import ACUTE_FILE, DISTRESS_FILE, loads, shipped
from bot.safety.train import Example, examples, train, train_acute

# Written after training, in the five forms the bot reads: phrasings no list foresaw.
UNSEEN_DISTRESS = [
    "honnetement jvois pas comment je vais tenir encore longtemps comme ca",
    "i keep thinking everyone would be relieved if i just wasnt around",
    "صرت أشعر أن وجودي لا يضيف شيئا لأحد",
    "sa7bi ana mab9itch bghit nkml had l7yat",
    "ma b9a walo f had dnya kaykhlini nfi9 sba7",
    "كنحس براسي تقيلة على الدار كاملة",
]
UNSEEN_ACUTE = [
    "i took like 20 of my sleeping pills an hour ago",
    "بلعت شي حبوب بزاف دابا وراسي كيدور",
    "jai coupé plus profond que dhabitude et ça arrête pas de saigner",
]
UNSEEN_QUIET = [
    "je meurs d'envie de voir le replay du sommet",
    "this heat is killing me, was the summit indoors?",
    "كنموت على الفيديوهات ديال تيك توك هههه",
    "my son's teacher asked how to talk about suicide prevention in class, was it covered?",
    "wach kayn chi replay dyal table ronde lwla?",
    # Pieces of words cannot read a negation: the phrase lists and the denials do.
    "I don't want to die, I just want to know when the summit was",
    "je ne suis pas suicidaire, je cherche juste le programme",
]


@pytest.fixture(scope="module")
def corpus() -> list[Example]:
    """Every labelled message, read once for all the tests here (about two seconds)."""
    return examples()


@pytest.mark.parametrize("message", UNSEEN_DISTRESS)
def test_distress_nobody_listed_is_caught(message: str, corpus: list[Example]) -> None:
    assert normalise(message) not in {e.text for e in corpus}
    assert is_distress(message)


@pytest.mark.parametrize("message", UNSEEN_ACUTE)
def test_an_emergency_nobody_listed_leads_with_the_emergency_numbers(message: str) -> None:
    assert is_acute(message)


@pytest.mark.parametrize("message", UNSEEN_QUIET)
def test_look_alikes_and_denials_stay_quiet(message: str) -> None:
    assert not is_distress(message), distress_reason(message)


def test_the_shipped_models_are_what_the_corpora_train(corpus: list[Example]) -> None:
    # Training is deterministic: a corpus changed without `python -m bot.safety.train` fails
    # here, so the file in the repository always matches the messages next to it.
    for name, fresh in ((DISTRESS_FILE, train(corpus)), (ACUTE_FILE, train_acute(corpus))):
        model = shipped(name)
        assert model.threshold == fresh.threshold
        assert model.idf.keys() == fresh.idf.keys()
        for example in corpus[::25]:
            assert model.probability(example.text) == pytest.approx(
                fresh.probability(example.text), abs=1e-9
            )


def test_a_model_reads_back_what_it_wrote() -> None:
    model = shipped()
    again = loads(model.dumps())
    assert again.dumps() == model.dumps()
    assert again.probability("je veux disparaitre") == model.probability("je veux disparaitre")
