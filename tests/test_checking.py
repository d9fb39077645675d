"""Yes/no questions that check one of the event's facts: "was it in Rabat?", "c'était en
novembre ?", "organisé par Meta ?", "3 tables rondes ?". The answer is yes or no from the
pack's own fields, then the card that tells the fact; what asks something else is left alone."""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine
from bot.knowledge import Pack, load_pack
from bot.messages import message
from tests.conftest import PACKS


@pytest.fixture(scope="module")
def engine(pack: Pack) -> Engine:
    return Engine(pack)


CHECKED = [
    # The place: another city, the right one, a country, online.
    ("was it held in Rabat?", "event_place", "no", "en"),
    ("wach sommet kan f casa?", "event_place", "yes", "fr"),
    ("هل عقدت القمة في مراكش؟", "event_place", "no", "ar"),
    ("Le sommet s'est-il tenu à Paris ?", "event_place", "no", "fr"),
    ("واش القمة كانت فكازا؟", "event_place", "yes", "ar"),
    # "l9a2" (the meeting) in Arabizi is the event.
    ("wach l9a2 kan f marrakech?", "event_place", "no", "fr"),
    # The date: month, year, day.
    ("was it in November 2024?", "event_date", "no", "en"),
    ("did it take place in November 2024?", "event_date", "no", "en"),
    ("did the summit take place in Marrakech?", "event_place", "no", "en"),
    ("c'était en décembre 2024 ?", "event_date", "yes", "fr"),
    ("wach kan f 2023?", "event_date", "no", "fr"),
    ("هل كانت القمة يوم 12 ديسمبر؟", "event_date", "yes", "ar"),
    ("واش كانت نهار 15 دجنبر؟", "event_date", "no", "ar"),
    # The organiser.
    ("Le sommet était-il organisé par le ministère ?", "event_organiser", "no", "fr"),
    ("was it organised by Meta?", "event_organiser", "no", "en"),
    ("was it organised by TikTok?", "event_organiser", "yes", "en"),
    ("هل نظمت الحكومة القمة؟", "event_organiser", "no", "ar"),
    # How many round tables or speakers.
    ("wach kanou 3 tables rondes?", "programme", "no", "fr"),
    ("were there two round tables?", "programme", "yes", "en"),
    ("هل كانت هناك طاولتان مستديرتان؟", "programme", "yes", "ar"),
    ("y avait-il six intervenants ?", "speakers", "yes", "fr"),
    # "Il y avait...", "kano...": whether there were, however the question ends.
    ("il y avait trois tables rondes ?", "programme", "no", "fr"),
    ("واش كانو ربع طاولات مستديرة؟", "programme", "no", "ar"),
    ("wach kano 6 dyal intervenants?", "speakers", "yes", "fr"),
    # "The number of" names the count checked: "هل كان عدد المتحدثين ستة؟".
    ("هل كان عدد المتحدثين ستة؟", "speakers", "yes", "ar"),
    ("was the number of speakers ten?", "speakers", "no", "en"),
    # A tag ("..., non ?", "right?") and a place glued to "in" (فطنجة: in Tangier).
    ("Le sommet s'est tenu à Rabat, non ?", "event_place", "no", "fr"),
    ("It was in Rabat, right?", "event_place", "no", "en"),
    ("واش القمة كانت فطنجة؟", "event_place", "no", "ar"),
    ("c'était en 2023, non ?", "event_date", "no", "fr"),
    ("bro was it in marrakech or nah", "event_place", "no", "en"),
    # Another edition than the pack's `edition`.
    ("Was this TikTok's second summit in Morocco?", "event_first", "no", "en"),
    ("C'était le deuxième sommet de TikTok au Maroc ?", "event_first", "no", "fr"),
    ("هل كانت هذه القمة الثانية لتيك توك في المغرب؟", "event_first", "no", "ar"),
    ("واش هادي كانت تالت مرة كيديرو هاد القمة؟", "event_first", "no", "ar"),
    ("wach hadi kant l9imma tanya dyal tiktok f lmaghrib?", "event_first", "no", "fr"),
    # Egyptian "ده", "دي" (this) ask nothing of their own.
    ("هو المؤتمر ده كان في القاهرة؟", "event_place", "no", "ar"),
    ("هي القمة دي كانت في شهر نوفمبر؟", "event_date", "no", "ar"),
    ("هي القمة دي كانت في كازابلانكا؟", "event_place", "yes", "ar"),
]


# A fact to check in a sentence of a longer message, after who asks and why.
CHECKED_WITHIN = [
    (
        "bonjour monsieur, je suis journaliste stagiaire, mon rédacteur en chef me demande de "
        "vérifier une info : le sommet, c'était bien le 12 décembre ? merci d'avance",
        "event_date",
        "yes",
        "fr",
    ),
    (
        "Hi, I'm writing a short piece for our school paper and want to get the facts "
        "straight. Was it held in Rabat?",
        "event_place",
        "no",
        "en",
    ),
    (
        "مرحبا، أنا كنكتب مقال صغير على القمة وبغيت نتأكد من معلومة. واش كانت فمراكش؟",
        "event_place",
        "no",
        "ar",
    ),
    (
        "salam, sa7bi gal liya chi haja w bghit nt2eked. wach sommet kan f 2023?",
        "event_date",
        "no",
        "fr",
    ),
    # An emoji closes the clause before it: the laugh is no part of what is checked.
    ("ktelni dde7k had video 😂 wach sommet kan f 12 dujanbir?", "event_date", "yes", "fr"),
    ("ضحكت حتى طاحو ليا الدموع 😂 واش القمة كانت فالرباط؟", "event_place", "no", "ar"),
    # One long sentence whose last clause checks a fact; "or somewhere else" offers no choice.
    (
        "hey mate, surf instructor here, some of my students keep talking about a TikTok "
        "summit, was it in Agadir or somewhere else?",
        "event_place",
        "no",
        "en",
    ),
    ("c'était à Rabat ou ailleurs ?", "event_place", "no", "fr"),
    ("wach kan f Rabat wla f chi blasa khra?", "event_place", "no", "fr"),
    ("واش كانت القمة فمراكش ولا فشي بلاصة خرى؟", "event_place", "no", "ar"),
]


@pytest.mark.parametrize(("text", "source", "verdict", "language"), CHECKED + CHECKED_WITHIN)
def test_a_yes_no_question_on_a_fact_gets_yes_or_no_then_the_fact(
    engine: Engine, text: str, source: str, verdict: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.verdict, reply.language) == (
        "answer",
        source,
        verdict,
        language,
    ), reply
    lead = message("verdict_yes" if verdict == "yes" else "verdict_fact_no", language)
    assert reply.answer.startswith(lead)
    # The card follows, without a "Yes:" of its own.
    card = re.sub(r"^(Yes|Oui|نعم)\s*[:،]\s*", "", engine.card(source, language).answer)
    assert reply.answer.lower().endswith(card.lower())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("was it the third summit?", "en"),
        ("c'était le 3e sommet ?", "fr"),
        ("wach kant talet edition?", "fr"),
        ("is this the second edition?", "en"),
        ("هل كانت هذه القمة الثالثة؟", "ar"),
    ],
)
def test_a_no_is_not_followed_by_the_cards_own_yes(
    engine: Engine, text: str, language: str
) -> None:
    """The card of the first edition opens "Yes: it was the first"; under "No" to "the third
    time?", that "Yes" would say the opposite."""
    reply = engine.reply(text)
    assert (reply.source, reply.verdict, reply.language) == ("event_first", "no", language)
    yes = message("verdict_yes", language).split()[0].rstrip(",:،")
    assert yes not in reply.answer, reply.answer


@pytest.mark.parametrize(
    "text",
    [
        # A place or a date named in a question about something else.
        "best cafes in casablanca?",
        "la météo à Rabat demain ?",
        "كيف سيكون الطقس في الدار البيضاء غدا؟",
        "wach kayn tran mn casa l marrakech?",
        # Which of two is no yes or no.
        "c'était à Casa ou à Rabat ?",
        # A place named in the last clause of a question about something else.
        "qu'est-ce que l'entreprise dit vouloir faire après ce sommet, au-delà du Maroc ?",
        # A request for the round tables, not whether there were two.
        "tu peux me rappeler les deux tables rondes ?",
        # An edition to come is no edition to check.
        "will there be a second summit?",
        "هل ستكون هناك قمة ثانية؟",
        "wach ghadi ykoun sommet tani?",
        # A word close to one of the card's is not it: "North America" is no "North Africa".
        "Does MENAT stand for Middle East, North America and Turkey?",
    ],
)
def test_a_fact_named_in_passing_gets_no_verdict(engine: Engine, text: str) -> None:
    reply = engine.reply(text)
    assert reply.verdict is None, reply


AFFIRMED = [
    ("Did TikTok mention daily screen time limits?", "event_tools", "en"),
    ("Y avait-il des médecins parmi les participants ?", "event_participants", "fr"),
    ("wach tiktok 3ndha des limites dyal temps d'écran?", "event_tools", "fr"),
    ("هل شارك أطباء في القمة؟", "event_participants", "ar"),
    # "Awel mra" is the first time, not a woman.
    ("wach hadi awel mra tiktok kadir 9imma f lmaghrib?", "event_first", "fr"),
    # A statement with a question mark asks yes or no as well.
    ("TikTok propose une limite quotidienne de temps d'écran ?", "event_tools", "fr"),
    ("TikTok offers daily screen time limits?", "event_tools", "en"),
    ("كانت هذه أول قمة من نوعها في المغرب؟", "event_first", "ar"),
    ("c'était une première, ce genre de rencontre au Maroc ?", "event_first", "fr"),
    # "وقت الشاشة" said with Darija's "of" between its words.
    ("واش كاينين شي حدود ديال الوقت ديال الشاشة فتيك توك؟", "event_tools", "ar"),
    # Preventing is reducing: "لمنع التحرش", "to prevent bullying".
    ("هل توفر تيك توك أدوات لمنع التنمر؟", "event_tools", "ar"),
    ("does tiktok offer tools to prevent harassment?", "event_tools", "en"),
    # The card's own words hold, read exactly: "وشمال" is "and North", "America" no "Africa".
    ("هل تعني MENAT الشرق الأوسط وشمال أفريقيا وتركيا؟", "faq_menat", "ar"),
    ("MENAT c'est Moyen-Orient, Afrique du Nord et Turquie ?", "faq_menat", "fr"),
    # "Faisait" (did) is no subject: it was the first.
    ("est ce que c etait la premiere fois que tiktok faisait ca au maroc", "event_first", "fr"),
    ("c'était la première fois qu'ils faisaient un sommet pareil au Maroc ?", "event_first", "fr"),
    ("was it the first time tiktok did this in morocco?", "event_first", "en"),
    ("wach hadi awel mera tiktok katdir b7al had sommet f lmaghrib?", "event_first", "fr"),
]


@pytest.mark.parametrize(("text", "source", "language"), AFFIRMED)
def test_a_yes_no_question_a_fact_holds_in_full_gets_yes(
    engine: Engine, text: str, source: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.source, reply.verdict, reply.language) == (source, "yes", language), reply
    # The lead, or the card itself opening with it ("Yes: it was the first...").
    assert reply.answer.startswith(message("verdict_yes", language).split()[0].rstrip(",:"))


# A yes/no question at the end of a chatty message, or in the part of it that answers: each
# got the card without its "yes" before (the engine of session 11's start).
AFFIRMED_IN_A_MESSAGE = [
    (
        "Bonsoir ! je prépare un exposé pour mes élèves, c'était le premier sommet de ce genre "
        "au Maroc ?",
        "fr",
    ),
    (
        "hi there, my aunt mentioned this thing, was it the first summit of its kind in Morocco?",
        "en",
    ),
    ("مساء الخير، أنا أستاذ في الثانوي، هل كانت هذه أول قمة من نوعها في المغرب؟", "ar"),
    (
        "salam, ana tilmida f lycée w 3ndi exposé, wach hadi awel mra tiktok kadir 9imma f "
        "lmaghrib?",
        "fr",
    ),
    # "Awel mera" is "awel mra", and "كيديرو" (they do) carries no meaning.
    ("واش هادي أول مرة كيديرو بحال هاد القمة فالمغرب؟", "ar"),
]


# Who organised it only describes the summit asked about: was it the first? (The first three
# got "yes, TikTok organised it" on the engine of session 11's start; the Darija row already
# passed, for coverage.)
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("c'était le premier sommet de ce genre organisé par TikTok au Maroc ?", "fr"),
        ("was this the first summit of its kind organised by TikTok in Morocco?", "en"),
        ("هل كانت هذه أول قمة من نوعها تنظمها تيك توك في المغرب؟", "ar"),
        ("wach hadi awel 9imma li nadmat tiktok f lmaghrib?", "fr"),
    ],
)
def test_a_fact_that_only_describes_what_is_asked_is_not_what_is_checked(
    engine: Engine, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.source, reply.verdict, reply.language) == ("event_first", "yes", language), reply


@pytest.mark.parametrize(("text", "language"), AFFIRMED_IN_A_MESSAGE)
def test_a_yes_no_question_ending_a_chatty_message_gets_yes(
    engine: Engine, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.source, reply.verdict, reply.language) == ("event_first", "yes", language), reply


@pytest.mark.parametrize(
    ("text", "verdict", "language"),
    [
        ("Y avait que des médecins au sommet ?", "no", "fr"),
        ("were there only doctors at the summit?", "no", "en"),
        ("wach kano ghir tbba f sommet?", "no", "fr"),
        ("هل حضر الأطباء فقط؟", "no", "ar"),
        # Darija "غير" opening a clause is "only", not MSA's "other than"; asked after "who",
        # the fact answers it.
        ("شكون اللي حضرو فالقمة؟ غير الطبة؟", None, "ar"),
        ("شكون جاو للقمة، غير الأطباء ولا حتى المؤثرين؟", None, "ar"),
    ],
)
def test_only_these_is_no_yes(
    engine: Engine, text: str, verdict: str | None, language: str
) -> None:
    """Doctors came, with others: "only doctors?" gets the fact, never a "yes"."""
    reply = engine.reply(text)
    assert (reply.source, reply.verdict, reply.language) == (
        "event_participants",
        verdict,
        language,
    ), reply


@pytest.mark.parametrize(
    "text",
    [
        "Il y avait déjà eu un sommet santé mentale de TikTok au Maroc avant celui-là ?",
        "was there a TikTok summit like this in Morocco before?",
        "واش دارو شي قمة بحال هادي فالمغرب قبل هادي؟",
        "wach kan chi sommet b7al hada 9bel f lmaghrib?",
    ],
)
def test_asking_whether_there_was_one_before_is_no_yes(engine: Engine, text: str) -> None:
    """The card says "Yes: the first"; "was there one before?" asks the other way round."""
    reply = engine.reply(text)
    assert (reply.source, reply.verdict) == ("event_first", None), reply


def test_the_checks_read_the_pack_not_the_summit() -> None:
    """The example festival is in Rabat in 2031: there, Rabat is a yes."""
    festival = Engine(load_pack(PACKS["coders-festival"]))
    assert festival.reply("was it held in Rabat?").verdict == "yes"
    assert festival.reply("was it in Marrakech?").verdict == "no"
    assert festival.reply("c'était en avril 2031 ?").verdict == "yes"
