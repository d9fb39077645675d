"""Distress detection: what must be caught and what must not, in every language the bot reads."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.safety import GROUPS, distress_reason, is_distress

# (language form, message). The forms are the five the bot reads: English, French, Modern
# Standard Arabic, Darija in Arabic script and Darija in Latin script (Arabizi).
DISTRESS = [
    # English
    ("en", "I want to die"),
    ("en", "i wanna die"),
    ("en", "iwant to die"),
    ("en", "I want 2 die"),
    ("en", "I WANT TO DIEEEE"),
    ("en", "i just want to die tbh"),
    ("en", "I'm not ok. I want to die"),
    ("en", "all I want is to die"),
    ("en", "I want to kill myself"),
    ("en", "killll myselffff"),
    ("en", "wanna kms"),
    ("en", "kms"),
    ("en", "honestly i'm going to kill myself tonight"),
    ("en", "I've been thinking about killing myself"),
    ("en", "thinking about suicide"),
    ("en", "I think about suicide every day"),
    ("en", "suicidal"),
    ("en", "I'm feeling suicidal"),
    ("en", "I have suicidal thoughts"),
    ("en", "I tried to kill myself last year"),
    ("en", "I want to end it all"),
    ("en", "I'm going to end my life"),
    ("en", "I took all my pills"),
    ("en", "I don't want to live anymore"),
    ("en", "i dont wanna be alive"),
    ("en", "I've been cutting myself"),
    ("en", "i keep hurting myself on purpose"),
    ("en", "I've been self-harming again"),
    ("en", "Everyone would be better off without me"),
    ("en", "they are better off without me"),
    ("en", "nobody would miss me"),
    ("en", "no one would care if i died"),
    ("en", "I'm a burden to everyone"),
    ("en", "I wish I could sleep and never wake up"),
    ("en", "I hope I never wake up"),
    ("en", "I wish I was dead"),
    ("en", "I wish I had never been born"),
    ("en", "I can't go on"),
    ("en", "I can't do this anymore"),
    ("en", "I'm so tired of living"),
    ("en", "what's the point of living"),
    ("en", "life is not worth living"),
    ("en", "I'd rather be dead"),
    ("en", "I just want it all to end"),
    ("en", "i hate myself"),
    ("en", "I want to disappear forever"),
    ("en", "my life has no meaning"),
    ("en", "I started cutting again"),
    ("en", "I'm scared I'll hurt myself"),
    ("en", "is it normal that I want to die?"),
    # French, with and without accents, SMS spelling, capitals
    ("fr", "je veux mourir"),
    ("fr", "jveux mourir"),
    ("fr", "je veu mourrir"),
    ("fr", "JE VEUX MOURIR"),
    ("fr", "j'ai envie de mourir"),
    ("fr", "je sais pas, j'ai envie de mourir"),
    ("fr", "je veux crever"),
    ("fr", "je voudrais être morte"),
    ("fr", "je veux me tuer"),
    ("fr", "je vais me suicider"),
    ("fr", "ME SUICIDER"),
    ("fr", "je pense au suicide"),
    ("fr", "je pense souvent à me tuer"),
    ("fr", "j'ai des idées suicidaires"),
    ("fr", "j ai des idees noires"),
    ("fr", "je suis suicidaire"),
    ("fr", "je veux en finir"),
    ("fr", "jveux en finir avec la vie"),
    ("fr", "je veux mettre fin à mes jours"),
    ("fr", "j'en peux plus de vivre"),
    ("fr", "j'en peux plus"),
    ("fr", "je n'en peux plus"),
    ("fr", "je peux plus vivre comme ça"),
    ("fr", "je ne veux plus vivre"),
    ("fr", "jveux plus vivre"),
    ("fr", "j'ai plus envie de vivre"),
    ("fr", "aucune raison de vivre"),
    ("fr", "personne ne me regretterait"),
    ("fr", "personne me regretterait si je mourais"),
    ("fr", "tout le monde serait mieux sans moi"),
    ("fr", "je suis un fardeau pour ma famille"),
    ("fr", "je me scarifie"),
    ("fr", "je me fais du mal"),
    ("fr", "je me coupe les bras"),
    ("fr", "je voudrais dormir et ne jamais me réveiller"),
    ("fr", "ma vie n'a plus de sens"),
    ("fr", "j'en ai marre de la vie"),
    ("fr", "je suis fatiguée de vivre"),
    ("fr", "je ne vois plus d'issue"),
    ("fr", "je veux plus être là"),
    ("fr", "à quoi bon vivre"),
    ("fr", "je me suis coupée exprès"),
    ("fr", "c'est moi qui veux mourir"),
    # Modern Standard Arabic, with and without diacritics and hamza
    ("ar", "أريد أن أنتحر"),
    ("ar", "اريد ان انتحر"),
    ("ar", "أُرِيدُ أَنْ أَنْتَحِرَ"),
    ("ar", "أفكر في الانتحار"),
    ("ar", "أفكر كثيرا في الموت"),
    ("ar", "لا أريد أن أعيش"),
    ("ar", "لم أعد أريد أن أعيش"),
    ("ar", "أتمنى الموت"),
    ("ar", "أتمنى أن أموت"),
    ("ar", "لا أريد إلا أن أموت"),
    ("ar", "ليتني مت"),
    ("ar", "يا ليتني لم أولد"),
    ("ar", "أريد أن أقتل نفسي"),
    ("ar", "سأنتحر"),
    ("ar", "أؤذي نفسي"),
    ("ar", "عندي أفكار انتحارية"),
    ("ar", "تراودني فكرة الانتحار"),
    ("ar", "حاولت الانتحار"),
    ("ar", "الكل سيكون أفضل بدوني"),
    ("ar", "أنا عبء على عائلتي"),
    ("ar", "أريد أن أنام ولا أستيقظ"),
    ("ar", "لم أعد أحتمل"),
    ("ar", "لا أستطيع الاستمرار"),
    ("ar", "لا معنى لحياتي"),
    ("ar", "الموت أرحم لي"),
    ("ar", "تعبت من الحياة"),
    ("ar", "فقدت الأمل في الحياة"),
    ("ar", "أريد أن أختفي من هذا العالم"),
    ("ar", "أفكر في قتل نفسي"),
    ("ar", "الحياة لا تستحق العيش"),
    ("ar", "لا أستطيع العيش هكذا"),
    # Darija in Arabic script
    ("darija-ar", "بغيت نموت"),
    ("darija-ar", "بغيييت نمووووت"),
    ("darija-ar", "باغي نموت"),
    ("darija-ar", "ما بغيت غير نموت"),
    ("darija-ar", "ما عرفتش علاش بغيت نموت"),
    ("darija-ar", "كنتمنى نموت"),
    ("darija-ar", "ما بغيتش نعيش"),
    ("darija-ar", "مابغيتش نعيش"),
    ("darija-ar", "بغيت نقتل راسي"),
    ("darija-ar", "غادي نقتل راسي"),
    ("darija-ar", "كنفكر فالانتحار"),
    ("darija-ar", "كنفكر ننتحر"),
    ("darija-ar", "كنجرح راسي"),
    ("darija-ar", "كنشرط يدي"),
    ("darija-ar", "بغيت ننعس وما نفيقش"),
    ("darija-ar", "بغيت نعس للأبد"),
    ("darija-ar", "ما بقيتش قادر"),
    ("darija-ar", "حياتي ما عندها معنى"),
    ("darija-ar", "كرهت حياتي"),
    ("darija-ar", "مليت من حياتي"),
    ("darija-ar", "أنا تعبت من كلشي"),
    ("darija-ar", "الله ياخذ فيا الأمانة"),
    ("darija-ar", "غادي يرتاحو مني"),
    ("darija-ar", "حتى واحد ما غادي يتوحشني"),
    ("darija-ar", "بغيت نتهنى من هاد الدنيا"),
    # Darija in Latin script, digits or letters
    ("darija-latin", "bghit nmout"),
    ("darija-latin", "bghit nmot"),
    ("darija-latin", "baghi nmout"),
    ("darija-latin", "wallah bghit nmout"),
    ("darija-latin", "bghit ghir nmout"),
    ("darija-latin", "ma bghit ghir nmout"),
    ("darija-latin", "ma 3reftch 3lach bghit nmout"),
    ("darija-latin", "kantmna nmout"),
    ("darija-latin", "bghit nqtel rassi"),
    ("darija-latin", "bghit n9tel rasi"),
    ("darija-latin", "bghit nktel rassy"),
    ("darija-latin", "ghadi n9tel rassi"),
    ("darija-latin", "kan fakar nqtel rassi"),
    ("darija-latin", "kanfkar f lintihar"),
    ("darija-latin", "ana bghit nntahar"),
    ("darija-latin", "ma bghitch n3ich"),
    ("darija-latin", "mabghitch n3ich"),
    ("darija-latin", "ma bqitch baghi n3ich"),
    ("darija-latin", "3lach n3ich"),
    ("darija-latin", "ana 3yit mn had l7yat"),
    ("darija-latin", "3yit mn l7ayat"),
    ("darija-latin", "mlit mn hyati"),
    ("darija-latin", "kraht hyati"),
    ("darija-latin", "kanjrah rassi"),
    ("darija-latin", "bghit n3es w ma nfi9ch"),
    ("darija-latin", "ma bqitch qader"),
    ("darija-latin", "llah yakhod fiya l amana"),
    ("darija-latin", "hta wahed ma ghadi ytwe7chni"),
]

# Hyperbole, topic words and ordinary summit questions that share words with distress.
BENIGN = [
    # hyperbole and idioms
    "this panel was killer",
    "that was a killer keynote",
    "I'm dying to know",
    "dying to meet her",
    "lol I'm dying",
    "I'm dying of embarrassment",
    "I want to die laughing",
    "I'd die for a ticket",
    "I'd rather die than miss this",
    "that joke killed me",
    "the speech killed it",
    "I'm going to kill it at the talk",
    "kill the lights",
    "deadline is killing me",
    "this heat is killing me lol",
    "I'm dead 💀",
    "the skilled speakers",
    "skillset",
    "overkill",
    "I want to die my hair pink",
    "je meurs d'envie de savoir",
    "mort de rire",
    "mdr",
    "je suis mort de rire",
    "je veux mourir de rire",
    "je suis mort de fatigue",
    "ma mère va me tuer si je rentre tard",
    "je me tue à vous le dire",
    "t9tel b dahk",
    "ghadi nmout b dahk",
    "bghit nmout b dahk",
    "ghadi nmout b jou3",
    "مت من الضحك",
    "بغيت نموت بالضحك",
    "كيضرني راسي بزاف",
    # topics, not first person
    "a talk about suicide prevention",
    "suicide prevention resources",
    "la stigmatisation tue",
    "who spoke about suicide?",
    "is there a session about suicide among youth?",
    "what are the suicide statistics in morocco?",
    "what did the panel say about self-harm?",
    "can I attend the session on self-harm prevention?",
    "qui a parlé du suicide chez les jeunes ?",
    "qui était le speaker qui a parlé des idées suicidaires chez les ados?",
    "شكون هضر على الانتحار",
    "واش كاين شي ورشة على الانتحار عند الشباب",
    "شنو قالو على الأفكار الانتحارية عند المراهقين؟",
    "كيفاش نعاون صاحبي لي بغا ينتحر",
    "chkoun hder 3la l intihar",
    "wach l intihar kan mawdou3",
    "kifach nqder n3awn chi wahed kayfakar f lintihar",
    # someone else: a question about the topic, not a disclosure
    "How can I help a friend who thinks about suicide?",
    "my friend is thinking about suicide, how can I help?",
    "he wants to die, what do I do?",
    "how to help someone feeling suicidal",
    "people who want to die often hide it, said the speaker",
    "mon ami pense au suicide, que faire ?",
    "quelqu'un qui veut mourir, comment l'aider ?",
    # negated
    "I don't want to die",
    "I would never kill myself",
    "I'm not suicidal",
    "je veux pas mourir",
    "je ne veux pas me suicider",
    "j'ai pas envie de mourir",
    "لا أريد أن أموت",
    "ما بغيتش نقتل راسي",
    "ma bghitch nmout",
    "ma bghitch nqtel rassi",
    # ordinary words near the patterns
    "I can't go on stage tomorrow",
    "I don't want to live in Casablanca",
    "I cut myself while cooking",
    "I hurt myself playing football yesterday",
    "je me suis fait mal au genou",
    "je veux en finir avec ce dossier",
    "j'en peux plus de ce wifi",
    "j'en peux plus d'attendre le keynote",
    "je veux disparaître de ce groupe whatsapp",
    "5 kms from the venue",
    "how many kms to the summit?",
    "tired of waiting for the keynote",
    "bghit nmchi l conference",
    "3yit bzaf lyoum",
    "تعبت بزاف اليوم",
    "I started cutting vegetables for the lunch",
    "je veux pas être là pour le panel de 9h",
    "لا أستطيع العيش بدون قهوة",
    "بغيت نتهنى من هاد الخدمة",
    "bghit n3ich had tajriba",
    "kifach n3ich m3a stress",
    "كيفاش نعيش مع القلق",
    "واش كاين شي حاجة على الموت الرحيم",
    "I'd love to live in Rabat",
    "the keynote was to die for",
    "je veux vivre le sommet à fond",
    "what did she say about living with depression?",
    # summit questions
    "qui a parlé de la stigmatisation?",
    "c quand le sommet",
    "شكون هضر على الصحة النفسية",
    "wach kayn replay",
    "fin kayna l9imma",
    "ana bghit n3ref chkoun hder",
    "أريد أن أعرف متى القمة",
    "بغيت نعرف شكون هضر",
    "Hello, who was the speaker on the panel about mental health and social media?",
    "wach kayn chi replay dyal la table ronde 3la sa7a nafsiya?",
    "",
    "   ",
    "?!",
]

REASONS = [
    ("I want to kill myself", "suicide"),
    ("je pense au suicide", "suicide"),
    ("أريد أن أنتحر", "suicide"),
    ("kan fakar nqtel rassi", "suicide"),
    ("I've been cutting myself", "self_harm"),
    ("كنجرح راسي", "self_harm"),
    ("je veux mourir", "wish_to_die"),
    ("bghit nmout", "wish_to_die"),
    ("I don't want to live anymore", "not_living"),
    ("ma bghitch n3ich", "not_living"),
    ("I wish I could sleep and never wake up", "never_wake_up"),
    ("j'en peux plus de vivre", "hopelessness"),
    ("تعبت من الحياة", "hopelessness"),
    ("everyone would be better off without me", "burden"),
    ("personne ne me regretterait", "burden"),
]


@pytest.mark.parametrize(("form", "message"), DISTRESS, ids=[m for _, m in DISTRESS])
def test_distress_is_caught(form: str, message: str) -> None:
    assert is_distress(message), f"missed ({form}): {message!r}"
    assert distress_reason(message) in GROUPS


@pytest.mark.parametrize("message", BENIGN)
def test_no_false_alarm(message: str) -> None:
    assert not is_distress(message), distress_reason(message)
    assert distress_reason(message) is None


@pytest.mark.parametrize(("message", "reason"), REASONS)
def test_reason_names_the_group(message: str, reason: str) -> None:
    assert distress_reason(message) == reason


@pytest.mark.parametrize(
    ("form", "message"),
    [(form, message) for form, message in DISTRESS if form in ("en", "fr", "darija-latin")],
    ids=lambda value: value,
)
def test_capitals_punctuation_and_emoji_change_nothing(form: str, message: str) -> None:
    assert is_distress(f"{message.upper()}!!! 😢😢")
    assert is_distress(f"... {message} ...")


def test_a_message_about_the_summit_after_distress_is_still_distress() -> None:
    assert is_distress("bghit nmout. wach kayn replay dyal l9imma?")
    assert is_distress("Who spoke first? Honestly I want to die")


def test_the_tables_are_big_enough() -> None:
    forms = {form for form, _ in DISTRESS}
    assert forms == {"en", "fr", "ar", "darija-ar", "darija-latin"}
    assert len(DISTRESS) >= 60
    assert len(BENIGN) >= 40


@pytest.mark.parametrize(
    "message",
    [
        "i don t want to " * 400,
        "ma bghitch " * 500,
        "لا أريد أن " * 500,
        "pas envie de " * 400,
        "a" * 4096,
        "3" * 4096,
        "i m " * 1000 + "suicidal",
    ],
    ids=[
        "en-negations",
        "darija-negations",
        "ar-negations",
        "fr-negations",
        "a",
        "digits",
        "late",
    ],
)
def test_long_adversarial_messages_stay_fast(message: str) -> None:
    started = time.perf_counter()
    is_distress(message[:4096])
    # Generous bound: it catches catastrophic backtracking, not a slow machine.
    assert time.perf_counter() - started < 0.5


@settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=4096))
def test_never_raises_and_is_deterministic(text: str) -> None:
    first = is_distress(text)
    assert isinstance(first, bool)
    assert is_distress(text) is first
    assert (distress_reason(text) is not None) is first


# Text built from the pieces the patterns are made of reaches far more of their branches.
_PIECES = st.sampled_from(
    "i m don t want to die kill myself kms suicide je veux pas mourir me tuer en peux plus "
    "bghit ma nmout nqtel rassi n3ich 3yit l7yat ghir b dahk بغيت ما نموت نقتل راسي لا أريد أن "
    "أنتحر الانتحار غير بالضحك ! ? 😂 2 3 7 9".split()
)


@settings(deadline=None, max_examples=300)
@given(st.lists(_PIECES, max_size=60).map(" ".join))
def test_deterministic_on_pattern_like_text(text: str) -> None:
    assert is_distress(text) is is_distress(text)
    assert distress_reason(text) == distress_reason(text)
