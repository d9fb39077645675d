"""The engine as a user meets it: a message in, a reply of the right kind, source and language."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import ACUTE, CONCERN, KINDS, Engine, Reply
from bot.knowledge import MAX_MESSAGE, Pack, Speaker, load_pack
from bot.text import LANGUAGES

KNOWLEDGE = Path(__file__).parents[1] / "knowledge"


@pytest.mark.parametrize(
    ("text", "source"),
    [("stigma", "faq_stigma"), ("الوصم", "faq_stigma"), ("les parents", "faq_parents")],
)
def test_an_answer_that_names_every_choice_answers_instead_of_asking(
    engine: Engine, text: str, source: str
) -> None:
    # The entry on stigma names Kendili and Benabbou: no need to ask which of the three.
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("answer", source)


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(KNOWLEDGE)


@pytest.fixture(scope="module")
def engine(pack: Pack) -> Engine:
    return Engine(pack)


def xfail(*values: object, reason: str) -> object:
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


# --- questions people ask --------------------------------------------------------------------

QUESTIONS = [
    # (message, kind, source, language, the answer contains)
    # French: accents or not, capitals, SMS spelling, emoji
    ("C'était quand le sommet ?", "answer", "event_date", "fr", "12 décembre 2024"),
    ("C'ÉTAIT QUAND LE SOMMET", "answer", "event_date", "fr", "12 décembre 2024"),
    ("c t quand le sommet", "answer", "event_date", "fr", "12 décembre 2024"),
    ("C'était quand le sommet ??? 😅", "answer", "event_date", "fr", "12 décembre 2024"),
    ("quand a eu lieu la confèrence", "answer", "event_date", "fr", "12 décembre 2024"),
    ("c'est où le sommet ?", "answer", "event_place", "fr", "Casablanca"),
    ("C'etait ou le sommet", "answer", "event_place", "fr", "Casablanca"),
    ("qui a organisé le sommet", "answer", "event_organiser", "fr", "TikTok"),
    ("qui est kendilli", "answer", "kendili", "fr", "Imane Kendili"),
    ("qui est imane kandili", "answer", "kendili", "fr", "Imane Kendili"),
    ("c ki Benabou", "answer", "benabbou", "fr", "Ayoub Benabbou"),
    ("table ronde 2", "answer", "positive_impact", "fr", "Exploiter les réseaux sociaux"),
    ("la deuxième table ronde", "answer", "positive_impact", "fr", "Myriam Bahri"),
    ("table ronde 1", "answer", "digital_age", "fr", "Santé mentale à l’ère numérique"),
    ("qui a parlé de la stigmatisation", "answer", "faq_stigma", "fr", "stigmatisation"),
    ("qui a parlé de la comparaison", "answer", "kendili", "fr", "comparaison"),
    ("qui a parlé des outils de sécurité", "answer", "jaafar", "fr", "Malak Jaafar"),
    ("le programme du sommet", "answer", "programme", "fr", "Table ronde 2"),
    ("c qui les intervenants", "answer", "speakers", "fr", "Jallal Toufiq"),
    ("bonjour", "smalltalk", "greeting", "fr", "Bonjour"),
    ("merciiii", "smalltalk", "thanks", "fr", ""),
    # English, with typos
    ("When was the summit?", "answer", "event_date", "en", "12 December 2024"),
    ("where was the summit", "answer", "event_place", "en", "Casablanca"),
    ("who organized teh summit", "answer", "event_organiser", "en", "TikTok"),
    ("who is Imane Kendily", "answer", "kendili", "en", "psychiatrist"),
    ("who is toufik", "answer", "toufiq", "en", "Jallal Toufiq"),
    ("who is Malak Jafar", "answer", "jaafar", "en", "Malak Jaafar"),
    ("who is the psychiatrist from UM6P", "answer", "kendili", "en", "UM6P"),
    ("who spoke about stigma", "answer", "faq_stigma", "en", "stigma"),
    ("who talked about the role of parents", "answer", "bahri", "en", "parents"),
    ("who talked about safety tools", "answer", "jaafar", "en", "safety tools"),
    ("who spoke at the first round table", "answer", "digital_age", "en", "Jallal Toufiq"),
    ("the second round table", "answer", "positive_impact", "en", "Adil Taouil"),
    ("what was the programme", "answer", "programme", "en", "Round table 1"),
    ("who were the speakers", "answer", "speakers", "en", "Myriam Bahri"),
    # Arabic: MSA and Darija, with diacritics, tatweel and letter variants
    ("متى انعقدت القمة؟", "answer", "event_date", "ar", "12 ديسمبر"),
    ("مَتَى انْعَقَدَتِ القِمَّة", "answer", "event_date", "ar", "2024"),
    ("متى انعقدت القمـــه", "answer", "event_date", "ar", "2024"),
    ("امتى كانت القمة", "answer", "event_date", "ar", "2024"),
    ("وين كانت القمة", "answer", "event_place", "ar", "الدار البيضاء"),
    ("الكنديلي", "answer", "kendili", "ar", "كنديلي"),
    ("من هي إيمان قنديلي", "answer", "kendili", "ar", "كنديلي"),
    ("شكون جلال توفيق", "answer", "toufiq", "ar", "توفيق"),
    ("الطويل", "answer", "taouil", "ar", "الطويل"),
    ("شكون هي مريم البحري", "answer", "bahri", "ar", "البحري"),
    ("المائدة المستديرة الثانية", "answer", "positive_impact", "ar", "أيوب بنعبو"),
    ("المائدة الأولى", "answer", "digital_age", "ar", "ملاك جعفر"),
    ("شكون هضر على الوصم", "answer", "faq_stigma", "ar", "الوصم"),
    ("شكون هوما المتدخلين", "answer", "speakers", "ar", "إيمان كنديلي"),
    # Darija in Latin script: answered in French
    ("imta kanet l9imma", "answer", "event_date", "fr", "12 décembre 2024"),
    ("fo9ach kan sommet", "answer", "event_date", "fr", "12 décembre 2024"),
    ("fin kan sommet", "answer", "event_place", "fr", "Casablanca"),
    ("chkoun Toufiq", "answer", "toufiq", "fr", "psychiatre"),
    ("chkoun Toufik", "answer", "toufiq", "fr", "psychiatre"),
    ("chkoun kendilli", "answer", "kendili", "fr", "Imane Kendili"),
    ("chkoun homa les intervenants", "answer", "speakers", "fr", "Adil Taouil"),
    ("salam", "smalltalk", "greeting", "fr", ""),
    # One wrong letter in the event's own name ("sommet", "summit") loses the question.
    (
        "c quand le somet",
        "answer",
        "event_date",
        "fr",
        "12 décembre 2024",
    ),
    (
        "when was the sumit",
        "answer",
        "event_date",
        "en",
        "12 December 2024",
    ),
    (
        "when was the summmit",
        "answer",
        "event_date",
        "en",
        "12 December 2024",
    ),
    (
        "qui a organisé le somet",
        "answer",
        "event_organiser",
        "fr",
        "TikTok",
    ),
]


@pytest.mark.parametrize(("text", "kind", "source", "language", "contains"), QUESTIONS)
def test_questions(
    engine: Engine, text: str, kind: str, source: str, language: str, contains: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == (kind, source, language), reply
    assert contains in reply.answer


def _names(pack: Pack) -> list[tuple[str, str]]:
    return [
        (speaker.id, name)
        for speaker in pack.speakers
        for name in (speaker.name, *speaker.aliases, *speaker.names_ar)
    ]


@pytest.mark.parametrize("form", ["{}", "qui est {}", "who is {}", "chkoun {}", "شكون {}"])
def test_speakers_by_any_of_their_names(engine: Engine, pack: Pack, form: str) -> None:
    wrong = []
    for speaker_id, name in _names(pack):
        reply = engine.reply(form.format(name))
        if (reply.kind, reply.source) != ("answer", speaker_id):
            wrong.append((form.format(name), reply.kind, reply.source))
    assert not wrong


def written_name(speaker: Speaker, language: str) -> str:
    """A name as replies write it: in Arabic script in Arabic replies."""
    return speaker.names_ar[0] if language == "ar" else speaker.name


def test_speaker_card_says_who_what_and_where(engine: Engine, pack: Pack) -> None:
    for speaker in pack.speakers:
        panel = pack.panel(speaker.panel)
        assert panel is not None
        for language in LANGUAGES:
            answer = engine.reply(speaker.name, chosen=language).answer
            assert written_name(speaker, language) in answer
            assert speaker.role[language] in answer
            assert speaker.talk[language] in answer
            assert panel.title[language] in answer


@pytest.mark.parametrize(
    ("text", "language"),
    [("le programme du sommet", "fr"), ("what was the programme", "en"), ("برنامج القمة", "ar")],
)
def test_programme_lists_both_round_tables_in_order_with_their_speakers(
    engine: Engine, pack: Pack, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("answer", "programme", language)
    assert reply.answer == engine.programme(language).answer
    first, second = pack.panels
    one, two = (reply.answer.index(p.title[language]) for p in (first, second))
    assert one < two
    for panel, start, end in ((first, one, two), (second, two, len(reply.answer))):
        section = reply.answer[start:end]
        # in the panel's speaking order
        names = [written_name(pack.speaker(sid), language) for sid in panel.speakers]
        positions = [section.index(name) for name in names]
        assert positions == sorted(positions), f"{panel.id} speakers out of order"
    assert pack.event.city[language] in reply.answer


# --- what the bot must not answer --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("a plumber in Casablanca", "en"),
        ("I need a plumber in Casablanca", "en"),
        ("best restaurants in Casablanca", "en"),
        ("reset my Instagram password", "en"),
        ("how do I reset my Instagram password", "en"),
        ("un plombier à Casablanca", "fr"),
        ("comment réinitialiser mon mot de passe Instagram", "fr"),
        ("quel temps fait-il à Casablanca demain", "fr"),
        ("chno l weather f casa", "fr"),
        ("كيفاش نبدل mot de passe ديال انستغرام", "ar"),
    ],
)
def test_out_of_scope_falls_back_honestly(engine: Engine, text: str, language: str) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("fallback", None, language)
    assert "/help" in reply.answer


@pytest.mark.parametrize(
    "text",
    [
        *"ok and? tiktok ? sommet summit القمة hmm yes oui لا the ... 👍".split(),
        "",
        " ",
        "et alors",
    ],
)
def test_short_or_generic_messages_never_pick_an_answer(engine: Engine, text: str) -> None:
    assert engine.reply(text).kind != "answer"


def test_a_long_message_gets_a_fallback_never_an_exception(engine: Engine) -> None:
    rnd = random.Random(4000)
    alphabet = "abcdefghijklmnopqrstuvwxyzéàç   متىانعقدتالقمة0123456789?!"
    noise = "".join(rnd.choice(alphabet) for _ in range(4000))
    assert engine.reply(noise).kind == "fallback"
    # Even a real question, repeated past any question's length, is not answered...
    assert engine.reply("When was the summit? " * 200).kind == "fallback"
    # ...but distress at the end of a long message is never missed.
    assert engine.reply("bla " * 990 + "je veux mourir").kind == "crisis"


# --- language ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "chosen", "contains"),
    [
        ("When was the summit?", "fr", "12 décembre 2024"),
        ("When was the summit?", "ar", "12 ديسمبر"),
        ("متى انعقدت القمة؟", "en", "12 December 2024"),
        ("C'était quand le sommet ?", "en", "12 December 2024"),
        ("imta kanet l9imma", "ar", "2024"),
    ],
)
def test_chosen_language_overrides_detection(
    engine: Engine, text: str, chosen: str, contains: str
) -> None:
    reply = engine.reply(text, chosen=chosen)
    assert (reply.source, reply.language) == ("event_date", chosen)
    assert contains in reply.answer


def test_fallback_language_is_used_only_when_the_text_says_nothing(engine: Engine) -> None:
    assert engine.reply("Kendili", fallback="en").language == "en"
    assert engine.reply("Kendili", fallback="ar").language == "ar"
    assert engine.reply("When was the summit?", fallback="ar").language == "en"
    assert engine.reply("Kendili", chosen="de", fallback="de").language == "fr"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # English chat words are English: each got a French reply before (session 11's start).
        ("gm", "en"),
        ("cya", "en"),
        ("brb", "en"),
        ("idk", "en"),
        ("takeaway / big picture message?", "en"),
        # Words French shares with English stay French.
        ("la contribution de Benabbou ?", "fr"),
        ("dernier message promis", "fr"),
    ],
)
def test_english_chat_words_get_an_english_reply(engine: Engine, text: str, language: str) -> None:
    assert engine.reply(text).language == language


# --- ambiguity ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # two speakers tied to MENAT: which one?
        ("MENAT", "fr", {"jaafar", "bahri"}),
    ],
)
def test_an_ambiguous_message_asks_which_one(
    engine: Engine, text: str, language: str, expected: set[str]
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.language, reply.source) == ("clarify", language, None)
    assert 2 <= len(reply.suggestions) <= 3
    assert {s.id for s in reply.suggestions} == expected
    labels = [s.label for s in reply.suggestions]
    assert all(labels) and len(set(labels)) == len(labels)
    assert reply.to_json(text)["suggestions"] == labels


@pytest.mark.parametrize(
    ("text", "language"),
    [("السلامة على الإنترنت", "ar"), ("la sécurité en ligne", "fr")],
)
def test_a_tie_between_a_round_table_and_its_speaker_answers_and_offers_the_other(
    engine: Engine, text: str, language: str
) -> None:
    # The round table on online safety, or the speaker on it who spoke of it: one answers,
    # the other is a button under it.
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("answer", language), reply
    linked = {link.target for link in reply.navigation}
    assert (reply.source == "digital_age" and "toufiq" in linked) or (
        reply.source == "toufiq" and "1" in linked
    ), reply


@pytest.fixture(scope="module")
def twin_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The shipped pack plus two FAQ entries that organisers phrased the same way."""
    folder = tmp_path_factory.mktemp("twins") / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    twin = """
  - id: {id}
    label: {{fr: "{label}", en: "{label}", ar: "{label}"}}
    questions:
      fr: [où est le vestiaire]
      en: [where is the cloakroom]
      ar: [أين غرفة الملابس]
    answer: {{fr: "{label}.", en: "{label}.", ar: "{label}."}}
"""
    faq = folder / "faq.yaml"
    faq.write_text(
        faq.read_text(encoding="utf-8").rstrip("\n")
        + "\n"
        + twin.format(id="cloakroom_a", label="Vestiaire A")
        + twin.format(id="cloakroom_b", label="Vestiaire B"),
        encoding="utf-8",
    )
    return Engine(load_pack(folder))


@pytest.mark.parametrize(
    ("text", "language"), [("où est le vestiaire ?", "fr"), ("where is the cloakroom", "en")]
)
def test_two_entries_with_one_phrasing_make_the_bot_ask(
    twin_engine: Engine, text: str, language: str
) -> None:
    reply = twin_engine.reply(text)
    assert (reply.kind, reply.language) == ("clarify", language)
    # A tie goes to the entries in file order.
    assert [(s.id, s.label) for s in reply.suggestions] == [
        ("cloakroom_a", "Vestiaire A"),
        ("cloakroom_b", "Vestiaire B"),
    ]


# --- the pack's own phrasings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("quand a eu lieu le sommet", "answer", "event_date"),
        ("what is the TikTok mental health summit", "answer", "event_overview"),
        ("programme du sommet", "answer", "programme"),
        ("bonjour", "smalltalk", "greeting"),
        (
            "tell me about the summit",
            "answer",
            "event_overview",
        ),
        (
            "parle moi du sommet",
            "answer",
            "event_overview",
        ),
        (
            "which panels were there",
            "answer",
            "programme",
        ),
        (
            "what can you do",
            "smalltalk",
            "bot_capabilities",
        ),
        (
            "ça va ?",
            "smalltalk",
            "how_are_you",
        ),
    ],
)
def test_a_phrasing_written_in_the_pack_gets_its_own_entry(
    engine: Engine, text: str, kind: str, source: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == (kind, source)


# --- distress ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("je veux mourir", "fr"),
        ("j'ai envie de me suicider", "fr"),
        ("je pense à me suicider", "fr"),
        ("I want to die", "en"),
        ("I don't want to live anymore", "en"),
        ("I'm so tired of everything, I want to end it all", "en"),
        ("أريد أن أنتحر", "ar"),
        ("بغيت نموت", "ar"),
        ("كنفكر نقتل راسي", "ar"),
        ("bghit nmout", "fr"),
        ("ma bghitch n3ich", "fr"),
        ("I've been cutting myself again", "en"),
        ("i wanna kil myself tbh", "en"),
    ],
)
def test_distress_gets_the_crisis_reply_in_the_users_language(
    engine: Engine, pack: Pack, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("crisis", None, language)
    assert "19" in reply.answer and "stopsilence" in reply.answer
    for resource in pack.resources:
        assert resource.contact in reply.answer
        assert resource.name[language] in reply.answer
    assert pack.crisis_reply[language].splitlines()[0] in reply.answer
    # No summit facts in a crisis reply.
    for fact in ("Casablanca", "الدار البيضاء", "2024", "Kendili", "Toufiq", "/programme"):
        assert fact not in reply.answer
    assert not reply.suggestions


def test_distress_reply_follows_the_chosen_language(engine: Engine) -> None:
    reply = engine.reply("je veux mourir", chosen="ar")
    assert (reply.kind, reply.language) == ("crisis", "ar")


@pytest.mark.parametrize(
    "text",
    [
        "this summit was killer",
        "the round table was to die for honestly",
        "I'm dying to know the date",
        "was there a talk about suicide prevention?",
        "je suis mort de rire",
        "ce panel m'a tué lol",
        "Kendili a tué le game avec son intervention",
        "ils ont parlé du suicide chez les jeunes au sommet ?",
        "mt b dahk 😂😂 3la had sommet",
        "مت من الضحك",
        "واش هضرو على الوقاية من الانتحار فالقمة؟",
    ],
)
def test_look_alikes_are_not_distress(engine: Engine, text: str) -> None:
    assert engine.reply(text).kind != "crisis"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "jsuis mort de rire devant les vidéos d'adil taouil, il a raconté quoi au sommet?",
            "taouil",
        ),
        ("mto b de7k 3la video dyal Adil Taouil hhhh, chno gal f sommet?", "taouil"),
        ("the tiktok creator guy's story slayed fr, what did he share?", "taouil"),
        ("أموت شوقا لمعرفة من نظّم هذه القمة", "event_organiser"),
        ("قتلني تاويل بالقصة ديالو، شكون هو بالضبط؟", "taouil"),
        # An aside before the question, then "anyway": "sinon", "ktelni dde7k", "المهم".
        ("on a perdu 5-0 au match lol. sinon le sommet c'était où ?", "event_place"),
        ("got dumped lol but i'll be fine. anyway was the summit free?", "faq_tickets"),
        ("ktelni dde7k had adil taouil 😂 chno gal f sommet?", "taouil"),
        ("ktlni dde7k dak tiktok 😂 wach sommet kan f casa?", "event_place"),
        ("تعبت من الخدمة اليوم، المهم شكون هي مريم البحري؟", "bahri"),
        # The day told before the name is no question about the speaker.
        ("crevée après le boulot aujourd'hui. bref, Kendili c'est qui ?", "kendili"),
        ("long day at work, so tired. who's Myriam Bahri again?", "bahri"),
    ],
)
def test_a_look_alike_wrapping_a_question_gets_the_answer(
    engine: Engine, text: str, source: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("answer", source), reply


# --- properties ---------------------------------------------------------------------------------

SAMPLES = [text for text, *_ in QUESTIONS if isinstance(text, str)] + ["stigma", "je veux mourir"]


def test_replies_are_deterministic(engine: Engine) -> None:
    other = Engine(load_pack(KNOWLEDGE))
    for text in SAMPLES:
        first = engine.reply(text)
        again = engine.reply(text)
        elsewhere = other.reply(text)
        assert first == again == elsewhere
        assert first.heading == again.heading == elsewhere.heading
        assert first.to_json(text) == elsewhere.to_json(text)


_ALPHABET = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from("abcdeéfghijklmnopqrstuvwxyz 379'?"),
    st.characters(min_codepoint=0x0621, max_codepoint=0x064A),
)
WORDS = st.sampled_from(
    "sommet quand summit who Kendili القمة متى panel 2 l9imma mourir die ok ? tiktok stigma "
    "parents chkoun 😂 je veux".split()
)
MESSAGES = st.one_of(
    st.text(_ALPHABET, max_size=MAX_MESSAGE),
    st.lists(WORDS, max_size=8).map(" ".join),
)


@settings(max_examples=100, deadline=None)
@given(text=MESSAGES, chosen=st.sampled_from([None, *LANGUAGES]))
def test_reply_never_raises_and_always_says_something(
    engine: Engine, text: str, chosen: str | None
) -> None:
    reply = engine.reply(text, chosen=chosen)
    assert isinstance(reply, Reply)
    assert reply.kind in KINDS
    assert reply.language in LANGUAGES
    assert chosen is None or reply.language == chosen
    assert reply.answer.strip()
    assert 0.0 <= reply.score <= 100.0
    if reply.kind == "crisis":  # the acute reply names its card
        assert reply.source in (None, ACUTE, CONCERN)
    else:
        assert (reply.source is not None) == (reply.kind in ("answer", "smalltalk"))
    if reply.suggestions:
        assert reply.kind in ("clarify", "fallback")
    assert reply == engine.reply(text, chosen=chosen)
    assert not re.search(r"\{\w+\}", reply.answer), "a template placeholder leaked"


def test_a_cached_reply_is_the_reply_the_engine_would_give(pack: Pack) -> None:
    cached, uncached = Engine(pack), Engine(pack, cache=0)
    for text in ("C'était quand le sommet ?", "qui est kendili", "je veux mourir", "ok"):
        first = cached.reply(text)
        assert cached.reply(text) is first  # from memory the second time
        assert first == uncached.reply(text)
    assert cached.reply("who is kendili", chosen="ar").language == "ar"


# Holdout 19's misses, read after its one run, as signs in every variety: hurt on purpose and
# still bleeding (an emergency: the numbers first), asking what works fastest not to wake up,
# and one way out left.
@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ("i hurt myself and its still bleeding a lot, im alone, idk what to do", True),
        ("je me suis coupée et ça saigne encore beaucoup", True),
        ("جرحت نفسي والدم لا يتوقف", True),
        ("jre7t rasi w dem mazal kaysil bzaf", True),
        ("tu sais ce qui marche le plus vite pour pas se reveiller? pas de morale stp", False),
        ("whats the fastest thing so i dont wake up", False),
        ("ما الذي يعمل بأسرع شكل لكي لا أستيقظ؟", False),
        (
            "un mec me fait chanter avec une video. si ca sort jsuis finie, y a qu une sortie "
            "pour moi",
            False,
        ),
        ("theres only one way out for me", False),
        ("ما بقا ليا غير حل واحد", False),
        ("mab9a lia ghir 7al wa7ed", False),
    ],
)
def test_holdout_19_signs_get_the_crisis_reply(engine: Engine, text: str, acute: bool) -> None:
    reply = engine.reply(text)
    assert reply.kind == "crisis" and reply.source != CONCERN, reply
    if acute:
        assert reply.source == ACUTE, reply


@pytest.mark.parametrize(
    "text",
    ["cut my finger while cooking and its bleeding a lot", "y a qu une sortie pour ce parking ?"],
)
def test_holdout_19_look_alikes_stay_quiet(engine: Engine, text: str) -> None:
    assert engine.reply(text).kind != "crisis"
