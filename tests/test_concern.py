"""Someone worried about another person gets how to help them and where, in their language;
their own distress and idioms are not confused with it."""

from __future__ import annotations

import pytest

from bot.engine import CONCERN, Engine
from bot.knowledge import Pack

WORRIED = [
    ("my friend wants to die, how can I help her?", "en"),
    ("My best friend keeps saying she wants to kill herself", "en"),
    ("ma copine m'a écrit « je veux mourir », je fais quoi ?", "fr"),
    ("mon frère se scarifie, je sais pas quoi faire", "fr"),
    ("je suis prof, une eleve sest scarifiee, a qui je m adresse ?", "fr"),
    ("sa7bti galt lia bghat tmout, chno ndir?", "fr"),
    ("sa7bi kaygoul bghit nmout, kifach n3awno?", "fr"),
    ("صديقي قال لي إنه يريد أن ينتحر، كيف أساعده؟", "ar"),
    ("خويا كيجرح راسو، شنو ندير؟", "ar"),
    # Her wish to disappear, quoted or told, in Egyptian and Darija.
    ("بنتي بتقول نفسي أختفي كل ما تزعل، إزاي أكلمها؟", "ar"),
    ("صاحبتي بغات تختفي، كيفاش نعاونها؟", "ar"),
    ("bnti katgoul bghat tkhtafi, kifach n3awnha?", "fr"),
    # A child in the writer's care, named without "my".
    ("أنا مربية فالروض، واحد الطفل كيقول لصحابو بلي بغا يموت، شنو ندير؟", "ar"),
    ("طفل في القسم يقول إنه يريد أن يموت، ماذا أفعل؟", "ar"),
    ("ana mo3allima, wa7d ttfl kaygoul bli bgha ymout, chno ndir?", "fr"),
    ("a kid in my class says he wants to die, what should I do?", "en"),
    ("un enfant de ma classe dit qu'il veut mourir, je fais quoi ?", "fr"),
    # A pupil's friend's wish to die, told to a school counsellor.
    ("أنا مرشدة تربوية، أخبرتني طالبة أن صديقتها تتحدث عن رغبتها في الموت. ماذا أفعل؟", "ar"),
    # Levantine, Egyptian and Gulf, and wanting to swallow all their pills.
    ("صاحبي بيفكر بالانتحار، شو بعمل؟", "ar"),
    ("أختي بدها تموت", "ar"),
    ("صاحبتي عايزة تموت، أعمل إيه؟", "ar"),
    ("صديقي يبي ينتحر، وش أسوي؟", "ar"),
    ("my friend wants to take all her pills, what do i do?", "en"),
    ("ma copine veut prendre tous ses médocs, je fais quoi ?", "fr"),
    ("sa7bti bghat tchreb ga3 dwa, chno ndir?", "fr"),
]


@pytest.fixture(scope="module")
def engine(pack: Pack) -> Engine:
    return Engine(pack, cache=0)


@pytest.mark.parametrize(("text", "language"), WORRIED)
def test_someone_worried_about_another_person_is_told_how_to_help_and_where(
    engine: Engine, pack: Pack, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("crisis", CONCERN, language), reply
    assert reply.answer.startswith(pack.concern_reply[language].split("\n", 1)[0])
    assert all(r.contact in reply.answer for r in pack.resources)
    # Not the reply to one's own distress.
    assert pack.crisis_reply[language].split("\n", 1)[0] not in reply.answer


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("je veux mourir", None),  # one's own distress: the crisis reply
        ("i told my friend i want to die", None),
        ("my sister swallowed all her pills, what do I do", "acute"),  # an emergency first
    ],
)
def test_ones_own_distress_and_emergencies_keep_their_replies(
    engine: Engine, text: str, source: str | None
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("crisis", source), reply


@pytest.mark.parametrize(
    "text",
    [
        "ma fille veut mourir de rire devant tiktok",
        "my friend wants to die laughing at this panel",
        "la chanson « je veux mourir » est trop belle",
        "mon pote a dit qu'il veut pas mourir",
    ],
)
def test_idioms_titles_and_denials_about_others_are_no_concern(engine: Engine, text: str) -> None:
    assert engine.reply(text).kind != "crisis"
