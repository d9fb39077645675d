"""Questions nobody wrote down: each class of understanding, in French, English, Arabic and
Darija, through the engine as the bot and the CLI use it."""

from __future__ import annotations

import pytest

from bot.engine import ACUTE, Engine
from bot.knowledge import Pack
from bot.messages import message


@pytest.fixture(scope="module")
def engine(pack: Pack) -> Engine:
    # No reply cache: every message goes through the whole engine.
    return Engine(pack, cache=0)


# --- yes/no questions about someone ----------------------------------------------------------

YES_NO = [
    # (message, speaker, verdict, reply language, the lead says)
    ("did Kendili talk about parents?", "kendili", "no", "en", "Myriam Bahri"),
    ("did Bahri talk about parents?", "bahri", "yes", "en", "Yes"),
    ("Kendili a-t-elle parlé de la comparaison ?", "kendili", "yes", "fr", "Oui"),
    ("est-ce que Toufiq a parlé des parents ?", "toufiq", "no", "fr", "Myriam Bahri"),
    ("هل تحدثت كنديلي عن المقارنة؟", "kendili", "yes", "ar", "نعم"),
    ("هل تحدث توفيق عن الوالدين؟", "toufiq", "no", "ar", "مريم"),
    ("wach Kendili hdrat 3la lwalidin?", "kendili", "no", "fr", "Myriam Bahri"),
    ("wach Bahri hdrat 3la lwalidin?", "bahri", "yes", "fr", "Oui"),
    ("Kendili est psychiatre, vrai ou faux ?", "kendili", "yes", "fr", "Oui"),
    ("Bahri is a psychiatrist, true or false?", "bahri", "no", "en", "No"),
    # An institution of the kind the card names, but another one: not what the article says.
    ("is kendili from cairo university?", "kendili", "no", "en", "does not give"),
    ("Kendili travaille à l'université de Tunis ?", "kendili", "no", "fr", "ne donne pas"),
    ("wach kendili mn jami3at lqahira?", "kendili", "no", "fr", "ne donne pas"),
    ("هل الدكتورة إيمان كنديلي تابعة لجامعة محمد الخامس؟", "kendili", "no", "ar", "لا يذكر"),
    ("هل الكنديلي مرتبطة بجامعة محمد السادس؟", "kendili", "yes", "ar", "نعم"),
    # A kind of institution their card never names at all.
    ("هل تعمل المعالجة النفسية مريم البحري لدى وزارة الصحة المغربية؟", "bahri", "no", "ar", "لا"),
    ("Does Myriam Bahri work for the ministry of health?", "bahri", "no", "en", "does not"),
    ("Bahri bosse au ministère de la santé ?", "bahri", "no", "fr", "ne donne pas"),
    ("wach Bahri khdama f l'ministère dyal se7a?", "bahri", "no", "fr", "ne donne pas"),
    # An employer the pack never names, in lower case or in Arabic script.
    ("does Jaafar work for snapchat?", "jaafar", "no", "en", "does not give"),
    ("Jaafar bosse chez snapchat ?", "jaafar", "no", "fr", "ne donne pas"),
    ("wach jaafar khdama f snapchat?", "jaafar", "no", "fr", "ne donne pas"),
    ("واش ملاك جعفر خدامة ف سناب شات؟", "jaafar", "no", "ar", "لا يذكر"),
    ("Jaafar bosse chez TikTok ?", "jaafar", "yes", "fr", "Oui"),
    # A kind of person the article gives only to others: no, and the card says what they are.
    ("Is Professor Toufiq a psychologist?", "toufiq", "no", "en", "No, according"),
    ("Le Pr Toufiq est psychologue ?", "toufiq", "no", "fr", "Non, d'après"),
    ("wach Benabbou psychiatre?", "benabbou", "no", "fr", "Non, d'après"),
    ("هل أيوب بنعبو طبيب نفسي؟", "benabbou", "no", "ar", "لا، حسب"),
    ("was Bahri on the first round table?", "bahri", "no", "en", "round table 2"),
    # The event's country is what they are asked to have talked about.
    ("did Bahri talk about Morocco?", "bahri", "yes", "en", "Yes"),
    ("Kendili a-t-elle parlé du Maroc ?", "kendili", "no", "fr", "Myriam Bahri"),
    ("هل تحدثت مريم البحري عن المغرب؟", "bahri", "yes", "ar", "نعم"),
    ("واش توفيق كان فالطاولة الأولى؟", "toufiq", "yes", "ar", "نعم"),
    # "C'est Doe qui...", "was it Doe who...": asked of Doe, though "who" is in it.
    ("c'est Jaafar qui a parlé de la comparaison ?", "jaafar", "no", "fr", "Imane Kendili"),
    ("was it Toufiq who talked about safe digital spaces?", "toufiq", "yes", "en", "Yes"),
    # A statement and a tag: "..., right?", "... ياك".
    ("ملاك جعفر خدامة فتيك توك ياك", "jaafar", "yes", "ar", "نعم"),
    ("Bahri talked about parents, right", "bahri", "yes", "en", "Yes"),
    # Described as well as named: the number alone says which round table.
    (
        "was the psychologist Ayoub Benabbou on the first panel?",
        "benabbou",
        "no",
        "en",
        "round table 2",
    ),
    (
        "la psychiatre Kendili était dans la deuxième table ronde ?",
        "kendili",
        "no",
        "fr",
        "table ronde 1",
    ),
    (
        "wach l'influenceur Adil Taouil kan f table ronde lowla?",
        "taouil",
        "no",
        "fr",
        "table ronde 2",
    ),
    ("هل كانت المعالجة النفسية مريم البحري في الجلسة الثانية؟", "bahri", "yes", "ar", "نعم"),
    ("Adil Taouil a parlé de sa propre expérience ?", "taouil", "yes", "fr", "Oui"),
    # A name the article never uses is a claim it cannot back: not said, never "yes".
    ("wach Jaafar khdama m3a Meta?", "jaafar", "no", "fr", "ne donne pas cette information"),
    ("Is Malak Jaafar in charge of Europe for TikTok?", "jaafar", "no", "en", "does not give"),
    ("واش ملاك جعفر خدامة مع Meta؟", "jaafar", "no", "ar", "لا يذكر المقال المنشور"),
    ("Kendili travaille pour Harvard ?", "kendili", "no", "fr", "L'article"),
    # "With" carries no meaning of its own, in Arabic as in French or English.
    ("واش كنديلي خدامة مع UM6P؟", "kendili", "yes", "ar", "نعم"),
    ("هل تعمل الكنديلي مع UM6P؟", "kendili", "yes", "ar", "نعم"),
    ("does Kendili work with UM6P?", "kendili", "yes", "en", "Yes"),
    ("Kendili travaille avec l'UM6P ?", "kendili", "yes", "fr", "Oui"),
    ("wach kendili khdama m3a UM6P?", "kendili", "yes", "fr", "Oui"),
    # Who they are, not what they spoke about: what the article gives of them, not "did not
    # speak about it"; Darija joins French words with "dyal".
    ("Is Kendili from TikTok?", "kendili", "no", "en", "does not give that information"),
    ("Kendili travaille chez TikTok ?", "kendili", "no", "fr", "ne donne pas cette"),
    ("واش كنديلي خدامة فتيك توك؟", "kendili", "no", "ar", "لا يذكر المقال المنشور"),
    ("wach Taouil createur dyal contenu?", "taouil", "yes", "fr", "Oui"),
    # And two Arabic words of one phrase ("صانع المحتوى") with it.
    ("واش الطاويل صانع ديال المحتوى؟", "taouil", "yes", "ar", "نعم"),
    # A round table called by its title rather than its number.
    ("Was Ayoub Benabbou on the digital age panel?", "benabbou", "no", "en", "round table 2"),
    ("Benabbou était dans la table ronde sur l'impact positif ?", "benabbou", "yes", "fr", "Oui"),
    (
        "واش بنعبو كان فالطاولة ديال الصحة النفسية فالعصر الرقمي؟",
        "benabbou",
        "no",
        "ar",
        "الطاولة المستديرة 2",
    ),
    (
        "wach Kendili kant f table ronde dyal impact positif?",
        "kendili",
        "no",
        "fr",
        "table ronde 1",
    ),
]


# MSA "ما" before a pronoun or a noun asks what: her card, with no verdict.
@pytest.mark.parametrize(
    "text",
    [
        "ما هي الاقتراحات التي قدمتها الدكتورة كنديلي؟",
        "ما الذي أكّدته الكنديلي؟",
        # "بماذا": "with what", a question word too.
        "بماذا أدلت الدكتورة كنديلي؟",
    ],
)
def test_msa_ma_asks_what_not_yes_or_no(engine: Engine, text: str) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.verdict) == ("answer", "kendili", None), reply


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("que veut dire MENAT ?", "faq_menat"),
        ("que signifie SAC ?", "faq_sac"),
        # "What's the deal with": what about them, however it ends.
        ("what's the deal w the clinical psych guy, Benabou?", "benabbou"),
    ],
)
def test_what_opening_a_question_asks_what_not_yes_or_no(
    engine: Engine, text: str, source: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.verdict) == ("answer", source, None), reply


@pytest.mark.parametrize(("text", "speaker", "verdict", "language", "lead"), YES_NO)
def test_a_yes_no_question_about_someone_gets_a_verdict_then_their_card(
    engine: Engine, text: str, speaker: str, verdict: str, language: str, lead: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.verdict, reply.language) == (
        "answer",
        speaker,
        verdict,
        language,
    ), reply
    first, card = reply.answer.split("\n\n", 1)
    assert lead in first
    assert card == engine.card(speaker, language).answer


@pytest.mark.parametrize(
    ("text", "verdict", "panels", "language"),
    [
        ("Was Kendili on the same panel as Malak Jaffar?", "yes", ["digital_age"], "en"),
        (
            "were Taouil and Toufiq on the same round table?",
            "no",
            ["digital_age", "positive_impact"],
            "en",
        ),
        ("Kendili et Toufiq étaient dans la même table ronde ?", "yes", ["digital_age"], "fr"),
        ("wach Bahri w Benabbou kanou f nafs table ronde?", "yes", ["positive_impact"], "fr"),
        (
            "هل كانت كنديلي وبحري في نفس الجلسة؟",
            "no",
            ["digital_age", "positive_impact"],
            "ar",
        ),
    ],
)
def test_whether_two_people_sat_together_gets_yes_or_no_then_their_round_tables(
    engine: Engine, text: str, verdict: str, panels: list[str], language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.verdict, [reply.source, *reply.also], reply.language) == (
        verdict,
        panels,
        language,
    ), reply
    lead = "verdict_yes" if verdict == "yes" else "verdict_fact_no"
    assert reply.answer.startswith(message(lead, language))


@pytest.mark.parametrize(
    ("text", "speaker", "language"),
    [
        ("Toufiq c'est un psychologue ou un psychiatre ?", "toufiq", "fr"),
        ("is Benabbou a psychiatrist or a psychologist?", "benabbou", "en"),
        ("واش مريم بحري طبيبة نفسانية ولا psychothérapeute؟", "bahri", "ar"),
        ("bahri psychologue wla psychothérapeute?", "bahri", "fr"),
    ],
)
def test_which_kind_of_person_someone_is_gets_their_card_with_no_yes_or_no(
    engine: Engine, text: str, speaker: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.verdict, reply.language) == (
        "answer",
        speaker,
        None,
        language,
    ), reply
    assert reply.answer == engine.card(speaker, language).answer


# --- a description that fits several ------------------------------------------------------------

SEVERAL = [
    ("le psychiatre", ["toufiq", "kendili"], "fr"),
    ("the psychiatrists", ["toufiq", "kendili"], "en"),
    ("who were the women speakers?", ["kendili", "jaafar", "bahri"], "en"),
    ("qui étaient les femmes intervenantes ?", ["kendili", "jaafar", "bahri"], "fr"),
    ("من هم الأطباء النفسيون؟", ["toufiq", "kendili"], "ar"),
    ("chkoun tbib nafsani", ["toufiq", "kendili"], "fr"),
    # A therapist is the psychologist as well as the psychotherapist; "X or Y" asks for both.
    ("the two therapists, who were they?", ["benabbou", "bahri"], "en"),
    ("les deux thérapeutes c'était qui ?", ["benabbou", "bahri"], "fr"),
    ("شكون المعالجين النفسيين فالقمة؟", ["benabbou", "bahri"], "ar"),
    ("chkoun homa les thérapeutes?", ["benabbou", "bahri"], "fr"),
    ("any therapists or psychologists among the speakers?", ["benabbou", "bahri"], "en"),
    # Kinds listed one after another say who the words around them mean, each of them.
    (
        "the mental health professionals who spoke (psychiatrists, psychologists, therapists)?",
        ["toufiq", "kendili", "benabbou", "bahri"],
        "en",
    ),
    (
        "Quels pros de la santé mentale (psychiatre, psychologue, thérapeute) ont parlé ?",
        ["toufiq", "kendili", "benabbou", "bahri"],
        "fr",
    ),
    (
        "chkoun homa les pros li hdro? psychiatre, psychologue, thérapeute",
        ["toufiq", "kendili", "benabbou", "bahri"],
        "fr",
    ),
    (
        "من هم المختصون في الصحة النفسية (أطباء نفسيون، أخصائيون نفسيون، معالجون)؟",
        ["toufiq", "kendili", "benabbou", "bahri"],
        "ar",
    ),
    # Darija's "ma ... ch" rules a kind out as "not" does.
    ("chkoun li ma kanouch tbba wla psy f les intervenants?", ["jaafar", "taouil"], "fr"),
    ("شكون اللي ماكانوش أطباء ولا معالجين؟", ["jaafar", "taouil"], "ar"),
    # "who were they" is not "who are you": the speakers are the subject.
    ("the male speakers, who were they?", ["toufiq", "taouil", "benabbou"], "en"),
    # Where people read of it ("in the press coverage") is no part of what they ask.
    ("who are the two people quoted in the press coverage", ["jaafar", "bahri"], "en"),
    ("qui sont les deux personnes citées dans la couverture presse ?", ["jaafar", "bahri"], "fr"),
    ("chkoun joj li t9tabso klamhom f la presse?", ["jaafar", "bahri"], "fr"),
    ("من هما الشخصان اللذان نقلت الصحافة كلامهما؟", ["jaafar", "bahri"], "ar"),
    # Outside a field, "non-", "rather than": what is ruled out is the medical side.
    ("who spoke from outside the medical field?", ["jaafar", "taouil"], "en"),
    ("les intervenants qui ne viennent pas du médical ?", ["jaafar", "taouil"], "fr"),
    ("شكون المتدخلين اللي من خارج المجال الطبي؟", ["jaafar", "taouil"], "ar"),
    ("chkoun li machi mn lmajal tibbi f sommet?", ["jaafar", "taouil"], "fr"),
    ("the non-medical speakers?", ["jaafar", "taouil"], "en"),
    # "Ni... ni", "neither... nor": both ruled out.
    ("Parmi les intervenants, lesquels ne sont ni médecins ni psys ?", ["jaafar", "taouil"], "fr"),
    ("which speakers were neither doctors nor psys?", ["jaafar", "taouil"], "en"),
    # Two titles named and nobody: each speaker who bears one.
    ("which ones had a Dr or Prof title?", ["toufiq", "kendili"], "en"),
    ("qui avait le titre de Dr ou de Pr ?", ["toufiq", "kendili"], "fr"),
    ("chkoun li 3ndhom Dr wla Pr?", ["toufiq", "kendili"], "fr"),
    ("من هم المتدخلون الذين يحملون لقب دكتور أو بروفيسور؟", ["toufiq", "kendili"], "ar"),
    # "وماشي": "and not", the conjunction glued on.
    ("شكون من المتدخلين اللي ماشي أطباء وماشي psy؟", ["jaafar", "taouil"], "ar"),
    # A description of five words ruled out whole, and none past the end of its clause.
    (
        "Parmi les intervenants, lesquels ne sont pas des professionnels de la santé ?",
        ["jaafar", "taouil"],
        "fr",
    ),
    ("which speakers are not health care professionals?", ["jaafar", "taouil"], "en"),
    (
        "chkoun f les intervenants li machi des professionnels de la santé?",
        ["jaafar", "taouil"],
        "fr",
    ),
    ("من المتحدثين الذين ليسوا من مهنيي الصحة؟", ["jaafar", "taouil"], "ar"),
    # The Arabic plural "psychological specialists" is everyone who does therapy.
    ("الأخصائيون النفسيون في الطاولة الثانية، من هم؟", ["benabbou", "bahri"], "ar"),
    ("شكون هوما الأخصائيين النفسانيين؟", ["benabbou", "bahri"], "ar"),
]


@pytest.mark.parametrize(("text", "ids", "language"), SEVERAL)
def test_a_description_that_fits_several_lists_every_one(
    engine: Engine, pack: Pack, text: str, ids: list[str], language: str
) -> None:
    reply = engine.reply(text)
    assert reply.kind == "clarify", reply
    assert [s.id for s in reply.suggestions] == ids
    for speaker_id in ids:
        speaker = pack.speaker(speaker_id)
        assert speaker is not None and speaker.role[language] in reply.answer


def test_a_name_is_never_a_description_of_several(engine: Engine) -> None:
    assert engine.reply("the psychiatrist Kendili").source == "kendili"


# --- long, chatty and mixed messages ------------------------------------------------------------

# Asked about someone, then "her role": one question about them, answered alone.
WHOSE = [
    (
        "Hi there! I'm a freelance journalist based in London writing a piece on tech "
        "companies and youth mental health in North Africa. Could you tell me who represented "
        "TikTok at the Casablanca summit and what her role was?",
        "jaafar",
        "en",
    ),
    (
        "Bonjour, je suis prof de lycée. Qui a représenté TikTok au sommet et quel était son "
        "rôle ?",
        "jaafar",
        "fr",
    ),
    ("salam ana student, chkoun li mtl tiktok f sommet w chno role dyalha?", "jaafar", "fr"),
]


@pytest.mark.parametrize(("text", "source", "language"), WHOSE)
def test_what_is_asked_of_the_person_asked_about_is_one_question(
    engine: Engine, text: str, source: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.also) == ("answer", source, ()), reply
    assert reply.language == language


CHATTY = [
    # A greeting and a few words about who asks, in a message shorter than a story: what
    # it asks is in the words the pack knows ("تيكي" is a ticket).
    ("أهلا، أنا أستاذ، واش كاين شي فيديو ديال القمة نوريه للتلاميذ؟", "faq_replay", "ar"),
    ("salam, ana prof, wach kayn chi video dyal 9imma nwerriha l tlamid?", "faq_replay", "fr"),
    ("مرحبا، أنا أم، واش خاصك تشري تيكي باش تدخل للقمة؟", "faq_tickets", "ar"),
    # Who asks, in words the pack knows ("médecine", "content creator"), is not what is asked.
    (
        "salut, moi c'est Yassine, je suis en 2e année de médecine, je voulais juste la liste "
        "des intervenants pour les chercher sur LinkedIn après, merci bcp",
        "speakers",
        "fr",
    ),
    (
        "سلام، أنا صانع محتوى فتيك توك، بغيت نعرف واش غادي تكون شي نسخة جاية ديال القمة باش "
        "نشارك فيها",
        "faq_next_edition",
        "ar",
    ),
    (
        "salam, ana khdama f marketing, bghit nt7et l comptes insta dyal tiktok li kaynin f "
        "article dyal sommet, chnahoma?",
        "event_social",
        "fr",
    ),
    (
        "Hi, I'm a researcher in public health. I'd like the full quote from Myriam Bahri about "
        "parents, if you have it. Thanks a lot!",
        "bahri",
        "en",
    ),
    (
        "السلام عليكم، أنا ممرض في مستشفى للأمراض النفسية، وأريد أن أعرف متى انعقدت القمة "
        "بالضبط لأنني أعد عرضاً لزملائي.",
        "event_date",
        "ar",
    ),
    (
        "صباح الخير، أنا منسقة فعاليات وفاتني الحضور للأسف. هل توجد طريقة لمشاهدة القمة مسجلة؟",
        "faq_replay",
        "ar",
    ),
    (
        "Hi there, I'm a reporter with a London daily writing about youth and tech. "
        "When did the summit take place?",
        "event_date",
        "en",
    ),
    (
        "Bonjour, je suis maman d'une ado de 15 ans qui passe sa vie sur TikTok. "
        "Je voulais savoir qui a parlé du rôle des parents au sommet ?",
        "bahri",
        "fr",
    ),
    (
        "salam, ana talib f jami3a w kanwejed exposé 3la sante mentale. "
        "imta kan sommet dyal tiktok?",
        "event_date",
        "fr",
    ),
    (
        "السلام عليكم، أنا أستاذ وأحضر درسا عن الصحة النفسية. متى انعقدت القمة؟",
        "event_date",
        "ar",
    ),
    (
        "hello!! 👋 quick one for my class, I teach media literacy: "
        "who organised the summit in Casablanca? thanks a lot",
        "event_organiser",
        "en",
    ),
]


# A closing sentence of one word the pack knows ("je voudrais le citer": whose quote?) does not
# turn a plain question into "which one?".
QUOTE_AFTER = [
    (
        "Bonsoir, je suis prof de SVT. Quels outils TikTok a-t-il présentés pour le "
        "bien-être ? Je voudrais les citer en classe.",
        "event_tools",
        "fr",
    ),
    (
        "Hi, I'm a trainee GP. What did Imane Kendili talk about at the summit? "
        "I'd like to quote her in my presentation.",
        "kendili",
        "en",
    ),
    (
        "salam, ana talib f kolia. chno hdrat 3lih Imane Kendili f sommet ? bghit la citation",
        "kendili",
        "fr",
    ),
    ("مرحبا، أنا أستاذ. ماذا قال جلال توفيق في القمة؟ أريد الاقتباس", "toufiq", "ar"),
]


# Where the asker read of it ("dans l'article", "according to the article", "حسب ما ورد في
# المقال") is no part of what they ask: every answer comes from the article.
FROM_THE_ARTICLE = [
    ("je tombe sur le sigle MENAT dans l'article, que signifie-t-il ?", "faq_menat", "fr"),
    ("what safety features does tiktok have according to the article", "event_tools", "en"),
    ("ما هي أدوات تيك توك حسب ما ورد في المقال؟", "event_tools", "ar"),
    ("bghit nfhm chnahia had MENAT li ktbo f l'article", "faq_menat", "fr"),
]


# The event's city beside its name says which event; alone, or asked where, it is the place.
CITY = [
    ("c'était quoi cet événement de TikTok à Casa ?", "event_overview", "fr"),
    ("what was the tiktok mental health summit in casa", "event_overview", "en"),
    ("chno kan dak sommet dyal tiktok f casa?", "event_overview", "fr"),
    ("who spoke at the tiktok summit in casa", "speakers", "en"),
    ("واش كانت القمة فكازا؟", "event_place", "ar"),
    ("le sommet était à casa ?", "event_place", "fr"),
]

# So does what it was about, right after its name, when the message asks where, when or who
# (the pack's `theme`); away from the name, or asked of the event, it is the question.
THEME = [
    ("c'etait ou exactement la rencontre tiktok sur le bien etre ?", "event_place", "fr"),
    ("Quel jour s'est tenue cette rencontre consacrée au moral des jeunes ?", "event_date", "fr"),
    ("Qui a monté ce rassemblement consacré au moral des ados ?", "event_organiser", "fr"),
    ("where'd tiktok hold their morocco wellbeing meetup?", "event_place", "en"),
    ("quels outils pour le bien-être des jeunes ?", "event_tools", "fr"),
    ("كنشرب الدوا ديال الغدة كل صباح بحال العادة. واش القمة كانت غير على الشباب؟", None, "ar"),
]


# Who organised it, told right after the event's name, when the message asks something else.
ORGANISER_TOLD = [
    ("En quoi consistait cette rencontre organisée par TikTok ?", "event_overview", "fr"),
    ("هل كانت هذه أول قمة من نوعها تنظمها تيك توك في المغرب؟", "event_first", "ar"),
    ("Le sommet était organisé par TikTok ?", "event_organiser", "fr"),
]


# "En vrai", "بس جد" (seriously) only say the question is meant; Levantine "أيمتى" is "when".
SERIOUSLY = [
    ("c etait quel jour en vrai ?", "event_date", "fr"),
    ("متت من الضحك على الميمز 😂 بس جد، أيمتى كانت القمة؟", "event_date", "ar"),
    ("متى أقيمت القمة بالضبط؟", "event_date", "ar"),
]


@pytest.mark.parametrize(
    ("text", "source", "language"), FROM_THE_ARTICLE + CITY + SERIOUSLY + ORGANISER_TOLD
)
def test_words_that_only_say_which_event_or_where_it_was_read_ask_nothing(
    engine: Engine, text: str, source: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("answer", source, language), reply


@pytest.mark.parametrize(("text", "source", "language"), THEME)
def test_what_the_event_was_about_beside_its_name_says_which_event(
    engine: Engine, text: str, source: str | None, language: str
) -> None:
    reply = engine.reply(text)
    assert reply.language == language, reply
    if source is None:
        # Asked of the event, the theme stays the question: not the event's bare card.
        assert reply.source != "event_overview", reply
    else:
        assert (reply.kind, reply.source) == ("answer", source), reply


@pytest.mark.parametrize(
    "text",
    ["ch7al taman dyal train l casa?", "best psychiatrist in casa?", "a7sen psychiatre f casa?"],
)
def test_the_city_alone_asks_about_the_city_not_the_event(engine: Engine, text: str) -> None:
    assert engine.reply(text).kind == "fallback"


# Kinds listed after the question ("who showed up, experts, creators, medics?") are what it
# asks about: who came, not the one speaker of one kind.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("who showed up, experts, creators, medics?", "en"),
        ("Le sommet a réuni quel genre de monde ? des medecins, des influenceurs ?", "fr"),
        ("chkoun li 7dar f sommet? tbba, influenceurs?", "fr"),
        ("شكون لي حضرو؟ طبة، مؤثرين؟", "ar"),
    ],
)
def test_kinds_listed_after_the_question_ask_who_came(
    engine: Engine, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == (
        "answer",
        "event_participants",
        language,
    ), reply


# "Ce sujet", "this topic", "had lmawdou3", "هذا الموضوع": what the message named before.
THIS_TOPIC = [
    (
        "Bonjour, je suis infirmière et je travaille sur la stigmatisation des maladies "
        "mentales. Est-ce que le sommet a parlé de ce sujet ?",
        "faq_stigma",
        "fr",
    ),
    (
        "Hi, I'm writing an essay on how comparing yourself to others online hurts teens. "
        "Did the summit cover this topic?",
        "kendili",
        "en",
    ),
    (
        "salam, ana prof w bghit nhder m3a tlamid 3la l7chma dyal lmrad nafsi. "
        "chno tgal f sommet 3la had lmawdou3 ?",
        "faq_stigma",
        "fr",
    ),
    (
        "مرحبا، أنا أستاذة وأحضر درسا عن دور الآباء في حماية الأطفال على الإنترنت. "
        "ماذا قيل في القمة عن هذا الموضوع؟",
        "faq_parents",
        "ar",
    ),
    # "This problem" refers back as "this topic" does.
    (
        "ma fille souffre de harcèlement en ligne, le sommet a parlé de ce problème ?",
        "event_tools",
        "fr",
    ),
    (
        "cc ana 3yit mn l comparaison m3a nass f insta, chkoun li hder 3la had lmochkil?",
        "kendili",
        "fr",
    ),
    (
        "My son keeps comparing himself to others online. Who talked about this problem?",
        "kendili",
        "en",
    ),
    ("بنتي كتقارن راسها مع صحاباتها فانستا، شكون هضر على هاد المشكل فالقمة؟", "kendili", "ar"),
    # A story in words the pack knows ("I film videos"), then a clause that asks only where:
    # the clause is the question.
    (
        "السلام عليكم، أنا شاب من طنجة كنصور فيديوهات على الرياضة ف تيك توك 💪 صاحبي قال ليا "
        "بلي كانت واحد القمة ديال تيك توك على الصحة النفسية. بغيت غير نعرف فين تدارت بالضبط؟",
        "event_place",
        "ar",
    ),
    (
        "salut, je fais des vidéos de sport sur tiktok et un pote m'a parlé d'un sommet sur la "
        "santé mentale. je voulais juste savoir, c'était où exactement ?",
        "event_place",
        "fr",
    ),
    (
        "hey, i make cooking videos on tiktok and my cousin told me about some summit on mental "
        "health, i just wanted to know where was it held?",
        "event_place",
        "en",
    ),
    (
        "salam, ana kansawar videos dyal sport f tiktok, sa7bi 9al liya 3la wa7ed sommet dyal "
        "sa7a nafsiya. bghit ghir n3ref fin tdar b dabt?",
        "event_place",
        "fr",
    ),
    # "Sans" negates within its clause only: the creator asked about next is no one ruled out.
    (
        "j'adore les créateurs qui parlent de santé mentale sans tabou. Il paraît qu'un "
        "TikTokeur était invité au sommet, c'était qui ?",
        "taouil",
        "fr",
    ),
    # Egyptian and Levantine: "اتعملت" (was held), "ببلاش" (free), "وشو" (and what).
    (
        "ازيك يا باشا، انا طالب في كلية إعلام وبعمل بحث عن السوشيال ميديا، وصاحبي قالي على "
        "القمة دي. ممكن تقولي هي اتعملت فين بالظبط؟",
        "event_place",
        "ar",
    ),
    (
        "إزيك؟ أنا عايش في كازابلانكا وبشتغل في شركة ديجيتال. زميلتي قالتلي على قمة تيك توك. "
        "هو الدخول كان ببلاش ولا كان فيه تذاكر؟",
        "faq_tickets",
        "ar",
    ),
    (
        "مرحبا، أنا صحفية وعم حضّر تقرير عن المنطقة: مين هي ميريام بحري وشو كان دورها بالقمة؟",
        "bahri",
        "ar",
    ),
]


# Being a fan, "during" the summit: words that ask nothing the card would not say.
WHAT_THEY_SAID = [
    ("je suis admiratrice d'Adil Taouil, qu'a-t-il raconté lors du sommet ?", "taouil", "fr"),
    ("ana mo3jab b Adil Taouil, chno 7ka f sommet?", "taouil", "fr"),
    ("سلام، أنا من المعجبين ديال عادل تاويل، شنو حكى فالقمة؟", "taouil", "ar"),
    ("ماذا قالت مالك جعفر خلال القمة؟", "jaafar", "ar"),
    # Their specialty is what their card says they are.
    ("من هو الأستاذ جلال توفيق وما تخصصه؟", "toufiq", "ar"),
    ("Pr Toufiq, c'est quoi sa spécialité ?", "toufiq", "fr"),
    ("what's Toufiq's specialty?", "toufiq", "en"),
    ("chno takhasos dyal Toufiq?", "toufiq", "fr"),
]


@pytest.mark.parametrize(("text", "source", "language"), WHAT_THEY_SAID)
def test_what_someone_said_is_their_card(
    engine: Engine, text: str, source: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language, reply.verdict) == (
        "answer",
        source,
        language,
        None,
    ), reply


def test_a_greeting_inside_a_long_message_does_not_answer_it(engine: Engine) -> None:
    reply = engine.reply(
        "Hello! I'm writing from Leeds about something else entirely: "
        "what's the best football club in England these days?"
    )
    assert reply.kind == "fallback", reply


# --- the programme as a whole -----------------------------------------------------------------

PROGRAMME = [
    # A summary of the round tables, none in particular, is the programme.
    ("give me a quick rundown of the panels", "programme", "en"),
    ("vous pouvez me résumer les tables rondes ?", "programme", "fr"),
    ("لخص لي الجلسات من فضلك", "programme", "ar"),
    ("3tini résumé dyal les tables rondes", "programme", "fr"),
    # What was talked about at the event as a whole: the topics of every round table.
    ("de quoi ils ont parlé en gros pendant le sommet", "programme", "fr"),
    # "What was it about?" alone: "it" is the event the bot is about.
    ("what was it about?", "event_overview", "en"),
    ("c'était sur quoi ?", "event_overview", "fr"),
    ("3la ach kant?", "event_overview", "fr"),
    ("على شنو كانت؟", "event_overview", "ar"),
    ("what did they talk about at the summit", "programme", "en"),
    ("ما المحاور التي نوقشت في القمة بشكل عام؟", "programme", "ar"),
    ("achno l mawadi3 li t9amo f had sommet", "programme", "fr"),
    ("على اشنو هضرو فهاد القمة؟", "programme", "ar"),
    ("who r the speakers", "speakers", "en"),
    ("combien d'intervenants ?", "speakers", "fr"),
    ("ch7al mn wa7ed hder f sommet", "speakers", "fr"),
    ("شحال من واحد هضر فالقمة؟", "speakers", "ar"),
    # Taking the floor is speaking: persons counted that way are the speakers.
    ("Combien de personnes ont pris la parole ?", "speakers", "fr"),
    ("How many people took the floor?", "speakers", "en"),
    ("ch7al d nas hdro f sommet", "speakers", "fr"),
    ("كم شخصا تحدث في القمة؟", "speakers", "ar"),
    ("wat is the 1st round table called", "digital_age", "en"),
    ("Quels thèmes ont été abordés lors du sommet ?", "programme", "fr"),
    ("ما هي المواضيع التي نوقشت في القمة؟", "programme", "ar"),
    # Round tables and nothing else the pack knows: the programme holds both.
    ("3tini les deux tables rondes b tafasil", "programme", "fr"),
    ("لخص لي المائدتين المستديرتين", "programme", "ar"),
    ("details on the 2 round tables pls", "programme", "en"),
    ("Les 2 panels portaient sur quoi ?", "programme", "fr"),
    # Every speaker, and what each card tells: the list of speakers.
    ("names of everyone who spoke + their jobs", "speakers", "en"),
    ("من هم جميع المتحدثين؟", "speakers", "ar"),
    ("tous les intervenants et leurs fonctions ?", "speakers", "fr"),
    # A pronoun written onto a word: "its number".
    ("الطاولات المستديرة، كم كان عددها؟", "programme", "ar"),
    # A round table's members are not a choice: its card lists them.
    ("les intervenants de la première table ronde ?", "digital_age", "fr"),
    ("شكون كانو فالطابلة روند الثانية؟", "positive_impact", "ar"),
    # The list a lone common word names.
    ("les tables rondes ?", "programme", "fr"),
    # An entry that already names the people a "which one?" would offer answers instead.
    ("they said anything about parents?", "faq_parents", "en"),
    ("wach hdro 3la stigma?", "faq_stigma", "fr"),
]


# The round tables and who sat on each: the programme, which holds both.
PANELS_AND_SPEAKERS = [
    ("les panels et leurs intervenants, vous pouvez me faire un récap ?", "fr"),
    ("quick overview of both panels and who spoke on each", "en"),
    ("شكون هضرو فالطاولات المستديرة؟", "ar"),
    ("les tables rondes w chkoun hder f kol wa7da", "fr"),
]


def test_the_speakers_answer_says_how_many(engine: Engine, pack: Pack) -> None:
    assert str(len(pack.speakers)) in engine.reply("how many speakers were there").answer


# --- who said / who talked about ----------------------------------------------------------------

WHO_SAID = [
    ("who said our priority is to create a safer, more inclusive platform?", "jaafar", "en"),
    (
        "qui a dit que les parents sont clés pour concevoir des mesures de sécurité ?",
        "bahri",
        "fr",
    ),
    ("من تحدث عن الضغط النفسي المرتبط بالمقارنة؟", "kendili", "ar"),
    ("chkoun li 7ka 3la tajriba dyalo f tiktok", "taouil", "fr"),
    # A name outweighs a generic part of the message ("quoi au sommet" alone is the overview).
    ("Myriam Bahri elle a dit quoi au sommet ?", "bahri", "fr"),
    ("Adil Taouil il a raconté quoi au sommet ?", "taouil", "fr"),
]


# --- what the article does not say, small talk and noise -------------------------------------

NOT_SAID = [
    ("what was Kendili wearing on stage", "kendili", "en"),
    ("c quoi la tenue de Kendili sur scène", "kendili", "fr"),
    ("ماذا ارتدت مريم البحري؟", "bahri", "ar"),
    # The pack's `unsaid` words, in words the pack otherwise knows.
    ("Kendili portait quoi ce jour-là ?", "kendili", "fr"),
    ("Quel âge a le Pr Toufiq ?", "toufiq", "fr"),
    ("شنو لبسات ميريام بحري؟", "bahri", "ar"),
    ("ach kant labsa Kendili f sommet? 😅", "kendili", "fr"),
    # The article gives the platform's accounts, never a speaker's.
    ("C'est quoi le compte Instagram d'Adil Taouil ?", "taouil", "fr"),
    ("what's Adil Taouil's tiktok handle?", "taouil", "en"),
    ("ما هو حساب عادل تاويل على إنستغرام؟", "taouil", "ar"),
    ("chno l insta dyal Adil Taouil", "taouil", "fr"),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("were there Q&A sessions with the audience?", "en"),
        ("il y avait un buffet ou un déjeuner ?", "fr"),
        ("من أدار النقاش في الطاولات المستديرة؟", "ar"),
        ("chkoun les sponsors m3a tiktok?", "fr"),
        # How many people were there is not how many spoke.
        ("Il y avait combien de personnes dans la salle ?", "fr"),
        ("how many people were in the room at the summit?", "en"),
        ("كم شخص كان في القاعة؟", "ar"),
        ("ch7al dyal nas kano f sommet?", "fr"),
        # What the article never says, asked of those who attended: not who attended.
        ("Did attendees get a certificate of attendance?", "en"),
        ("les participants ont eu une attestation de présence ?", "fr"),
        ("wach l'3alam li 7dro khdaw chi certificat?", "fr"),
        ("هل حصل الحضور على شهادة مشاركة؟", "ar"),
        # Wifi, even free, is no ticket.
        ("y avait du wifi gratuit sur place ?", "fr"),
        ("was there wifi for the attendees?", "en"),
    ],
)
def test_what_the_article_never_says_about_the_event_gets_an_honest_fallback(
    engine: Engine, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("fallback", language), reply
    # Plainly about the event: not "I only know about the summit".
    event = engine.pack.event.short_name[language]
    assert message("fallback_event", language, event=event) in reply.answer


@pytest.mark.parametrize(("text", "source", "language"), NOT_SAID)
def test_asking_what_the_article_never_says_about_someone_is_honest(
    engine: Engine, text: str, source: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("fallback", language), reply
    assert [s.id for s in reply.suggestions] == [source]
    # Named in the text too, for a chat with no buttons (the terminal).
    assert f"• {engine.label(source, language)}" in reply.answer


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # What the article never says, told of the asker before the question about someone.
        (
            "Hi, I'm a GP with my own clinic in town, what did Dr Kendili say at the summit?",
            "kendili",
        ),
        (
            "Bonjour, je suis pédiatre et je reçois des ados au cabinet, qu'a dit la Dr Kendili ?",
            "kendili",
        ),
        ("سلام، عندي صفحة فيها بزاف ديال المتابعين، شكون هي مريم البحري؟", "bahri"),
        ("salam ana tbib w 3ndi cabinet f casa, chno 9al Toufiq f sommet?", "toufiq"),
    ],
)
def test_what_the_asker_tells_of_themselves_before_asking_about_someone_is_no_question(
    engine: Engine, text: str, source: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("answer", source), reply


# A yes/no question about something the article says of nobody: a "no" that is not said,
# left unanswered in the review, their card one tap away.
# What they spoke about is "not said to have spoken of it"; who they are (a book of theirs)
# is "not given".
NOBODY_SAID = [
    ("did Kendili say anything about sleep and late-night scrolling?", "kendili", "en", "spoke"),
    ("Kendili a-t-elle parlé de troubles alimentaires ?", "kendili", "fr", "spoke"),
    ("هل تحدثت كنديلي عن النوم؟", "kendili", "ar", "spoke"),
    ("wach Kendili 3ndha chi ktab mnchour?", "kendili", "fr", "who"),
    ("did Kendili write a book?", "kendili", "en", "who"),
    ("wach Toufiq 3ndo chi ktab?", "toufiq", "fr", "who"),
]


@pytest.mark.parametrize(("text", "source", "language", "asked"), NOBODY_SAID)
def test_a_yes_no_question_about_what_nobody_said_is_an_honest_no(
    engine: Engine, text: str, source: str, language: str, asked: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.verdict, reply.language) == ("fallback", "no", language), reply
    assert [s.id for s in reply.suggestions] == [source]
    name = engine.label(source, language)
    lead = "verdict_no" if asked == "spoke" else "not_said_about"
    assert reply.answer.startswith(message(lead, language, name=name))


# Found from what the pack says of each speaker, when no phrasing of theirs scores high enough.
SAID_BY = [
    ("شكون اللي قال خاصنا نعطيو للشباب الأدوات والدعم باش يتفاعلو بمسؤولية؟", ["jaafar"], "ar"),
    (
        '"les perspectives dyal lwalidin mohimin bach ndiro mesures de sécurité" chkoun galha?',
        ["bahri"],
        "fr",
    ),
    ("chkoun l createur li kayhder 3la sante mentale?", ["taouil"], "fr"),
    ("who on the panels was connected to MENAT", ["jaafar", "bahri"], "en"),
    ("chkoun li 3ndhom 3ala9a m3a MENAT?", ["jaafar", "bahri"], "fr"),
    # The organiser, as what some speakers are.
    ("les gens de tiktok qui étaient sur scène c'est qui", ["jaafar", "taouil"], "fr"),
]


@pytest.mark.parametrize(("text", "ids", "language"), SAID_BY)
def test_who_said_it_is_found_from_what_each_speaker_said(
    engine: Engine, text: str, ids: list[str], language: str
) -> None:
    reply = engine.reply(text)
    assert reply.language == language
    if len(ids) == 1:
        assert (reply.kind, reply.source) == ("answer", ids[0]), reply
    else:
        assert (reply.kind, [s.id for s in reply.suggestions]) == ("clarify", ids), reply


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("last question before bed: where was it?", "event_place"),
        ("dernière question avant de dormir : c'était où ?", "event_place"),
        ("آخر سؤال قبل ما ننعس: فين كانت؟", "event_place"),
        ("akhir so2al 9bel man3ess: fin kant?", "event_place"),
    ],
)
def test_a_last_clause_that_asks_where_or_when_asks_it_of_the_event(
    engine: Engine, text: str, source: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("answer", source), reply


@pytest.mark.parametrize(
    "text",
    [
        "Salon du livre de Rabat c'est quand ?",
        "inscription master UM6P 2025 c'est jusqu'à quand ?",
        "the jazz festival in Chefchaouen is when?",
        "mawazine fin kayn?",
        "معرض الكتاب فالرباط امتى؟",
    ],
)
def test_when_or_where_asked_of_something_the_pack_never_names_is_not_asked_of_the_event(
    engine: Engine, text: str
) -> None:
    reply = engine.reply(text)
    assert reply.kind == "fallback", reply


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A thing named, not a statement to check.
        ("les comptes insta officiels à suivre ?", "event_social"),
        ("the main goal of this summit?", "event_purpose"),
        # MSA "من" opening a question asks who; "ما" without Darija's "ش" asks what.
        ("من نظم هذه القمة؟", "event_organiser"),
        ("ما رؤية تيك توك بعد هذه القمة؟", "event_vision"),
        # "ممكن تعطيني...": a request, and how long the summary should be asks nothing.
        ("ممكن تعطيني ملخص على القمة في سطرين؟", "event_overview"),
        # Two places offered: which one, not yes or no.
        ("was it in casa or rabat", "event_place"),
        ("l9imma kant f casa wla rbat?", "event_place"),
    ],
)
def test_a_question_that_asks_for_something_gets_no_yes(
    engine: Engine, text: str, source: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.verdict) == ("answer", source, None), reply


@pytest.mark.parametrize(
    "text",
    [
        "how do I delete my Instagram account",
        "Comment supprimer mon compte Instagram ?",
        "كيف أحذف حسابي على إنستغرام؟",
        "kifach n7iyed compte insta dyali?",
        # Growing an audience is not following the platform's accounts.
        "How do I get more followers on Instagram?",
        "comment gagner des abonnés sur TikTok ?",
        "كيف أزيد عدد المتابعين على تيك توك؟",
        "kifach nzid followers f tiktok?",
        "كيفاش نزيد المتابعين فالانستا؟",
    ],
)
def test_how_to_do_something_the_pack_never_names_falls_back(engine: Engine, text: str) -> None:
    assert engine.reply(text).kind == "fallback"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("how can I follow tiktok mena on social media", "event_social"),
        # ... and gets no "yes": a how question is no yes/no question.
        ("comment suivre TikTok sur Instagram ?", "event_social"),
        ("how do I follow them on instagram?", "event_social"),
        ("كيف أتابع تيك توك على إنستغرام؟", "event_social"),
        ("kifach ntab3 tiktok f insta?", "event_social"),
        ("la psychothérapeute elle s'appelle comment ?", "bahri"),
        ("كيف نوقشت مسألة الوصم؟", "faq_stigma"),  # how it was said is what was said
        # How to reduce stigma is what the speakers proposed, not a choice between them.
        ("how to reduce stigma?", "faq_stigma"),
        ("comment réduire la stigmatisation selon le sommet ?", "faq_stigma"),
        ("كيف يمكن الحد من وصمة المرض النفسي حسب المتدخلين؟", "faq_stigma"),
        ("كيفاش نقصو الوصم 3la حساب المتدخلين؟", "faq_stigma"),
        ("kifach nkasro tabou dyal lmrad nafsiya 3la hsab les intervenants?", "faq_stigma"),
    ],
)
def test_how_asked_of_what_the_pack_holds_is_answered(
    engine: Engine, text: str, source: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("answer", source), reply
    assert reply.verdict is None, "a how question is no yes/no question"


def test_thanks_before_a_question_the_pack_cannot_answer_is_no_small_talk(engine: Engine) -> None:
    assert engine.reply("merci, et la météo demain à Casa ?").kind == "fallback"


@pytest.mark.parametrize(
    "text",
    [
        "who won the Africa Cup of Nations?",
        "est-ce qu'un intervenant a abordé les troubles alimentaires chez les jeunes ?",
        "Who is the CEO of TikTok?",
        "Je cherche un psychiatre à Rabat qui accepte la CNSS",
        "who sponsored the event besides tiktok?",
    ],
)
def test_a_word_the_pack_never_uses_keeps_a_who_question_unanswered(
    engine: Engine, text: str
) -> None:
    assert engine.reply(text).kind == "fallback"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("how long did the whole thing last", "en"),
        ("Ça a duré combien de temps au total ?", "fr"),
        ("شحال دامت القمة؟", "ar"),
        ("ch7al dam sommet?", "fr"),
    ],
)
def test_how_long_it_lasted_is_not_in_the_article_and_the_bot_says_so(
    engine: Engine, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("fallback", language), reply
    assert engine.card("faq_start_time", language).answer not in reply.answer


@pytest.mark.parametrize("text", ["2+2", "7", "12 x 7 = ?", "👍👍", "3"])
def test_noise_without_letters_gets_the_help_line_not_an_answer(engine: Engine, text: str) -> None:
    reply = engine.reply(text)
    assert reply.kind == "fallback" and not reply.suggestions
    assert "/help" in reply.answer


# A sum asked in words: its numbers are no date (12 December) and no count of speakers. Each
# got an answer on the engine of session 11's start.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("c'est quoi 12 + 30 ?", "fr"),
        ("ça fait quoi 12 x 2 ?", "fr"),
        ("what's 12 + 45", "en"),
        ("شنو هو 12 + 5؟", "ar"),
        ("ما هو ناتج 12 + 6؟", "ar"),
        ("chno howa 12 + 9?", "fr"),
    ],
)
def test_a_sum_in_words_is_not_a_question_about_the_event(
    engine: Engine, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("fallback", language), reply


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("شكرا بزاف", "thanks"),
        ("merci beaucoup, bonne soirée", "goodbye"),
        ("bslama", "goodbye"),
        # Thanks around words the pack does not know.
        ("safi merci", "thanks"),
        ("عمل رائع، شكراً", "thanks"),
        ("merci mon fils que dieu te garde", "thanks"),
        ("thanks mate, legend", "thanks"),
    ],
)
def test_small_talk_and_closings(engine: Engine, text: str, source: str) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("smalltalk", source), reply


@pytest.mark.parametrize(
    ("text", "language", "says"),
    [
        ("what did the speakers eat for lunch at the summit?", "en", "question about"),
        ("qu'ont mangé les intervenants au déjeuner du sommet ?", "fr", "question sur"),
        ("شنو كلاو المتدخلين فالغدا ديال القمة؟", "ar", "هذا السؤال عن"),
    ],
)
def test_an_event_question_the_bot_cannot_place_says_so_and_offers_the_menu(
    engine: Engine, text: str, language: str, says: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("fallback", language), reply
    assert says in reply.answer and "/programme" in reply.answer


def test_an_off_topic_question_is_told_what_the_bot_knows(engine: Engine) -> None:
    reply = engine.reply("what's the weather like in Paris tomorrow?")
    assert reply.kind == "fallback"
    assert "I only know about" in reply.answer


@pytest.mark.parametrize(
    "text",
    [
        # "quel temps" is the weather, not the screen's time; the event's city is no clue.
        "Il va faire quel temps à Casablanca ce week-end ?",
        "كيف سيكون الطقس في الدار البيضاء غدا؟",
        "chno ta9s ghda f casa?",
    ],
)
def test_the_weather_in_the_event_city_is_off_topic(engine: Engine, text: str) -> None:
    assert engine.reply(text).kind == "fallback"


# --- acute danger ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i just took all my pills", "en"),
        ("j'ai avalé toute la boîte de médicaments", "fr"),
        ("شربت الدوا كامل دابا", "ar"),
        ("bla3t ga3 dwa li kan 3ndi", "fr"),
    ],
)
def test_acute_danger_leads_with_the_emergency_numbers(
    engine: Engine, pack: Pack, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("crisis", ACUTE, language), reply
    emergency = [r for r in pack.resources if r.emergency]
    others = [r for r in pack.resources if not r.emergency]
    first_other = min(reply.answer.index(r.contact) for r in others)
    for resource in emergency:
        # The emergency numbers come before any other resource, and before any other advice.
        assert reply.answer.index(resource.contact) < first_other
        assert reply.answer.index(resource.contact) < 250
    assert "Casablanca" not in reply.answer and not reply.suggestions


# --- the question inside a run-on, and what the rest of the message tells --------------------

RUN_ON = [
    (
        "je suis en train de conduire donc je dicte désolé pour les fautes je voulais savoir "
        "les deux tables rondes du sommet tiktok c'était sur quoi exactement merci",
        "programme",
        "fr",
    ),
    # A dictated run-on: the question ends where the reason, the objection or the next
    # question begins.
    (
        "who organised the summit in casablanca was it the ministry or tiktok itself "
        "my uncle says both",
        "event_organiser",
        "en",
    ),
    (
        "le sommet c'était à quelle date parce que mon fils me dit janvier et moi février",
        "event_date",
        "fr",
    ),
    ("امتى كانت القمة حيت خويا كيقول فبراير وانا كنقول مارس", "event_date", "ar"),
    ("imta kan sommet 7it sa7bi kaygoul f mars", "event_date", "fr"),
    # A question asked inside a sentence: "I need to know if...", "savoir si", "n3ref ila".
    (
        "I need to know if there is a recording of the round tables because I missed them",
        "faq_replay",
        "en",
    ),
    (
        "je voudrais savoir si c'était gratuit parce que mon fils voulait y aller",
        "faq_tickets",
        "fr",
    ),
    ("bghit n3ref ila kan chi video dyal les tables rondes 7it ma9dertch nji", "faq_replay", "fr"),
    # The story says which of two psychiatrists: the one who spoke about comparison.
    (
        "mon fils se compare tout le temps aux autres sur tiktok. une psychiatre en a parlé "
        "au sommet, elle a dit quoi ?",
        "kendili",
        "fr",
    ),
    (
        "my son keeps comparing himself to others online. a psychiatrist talked about that "
        "at the summit, what did she say?",
        "kendili",
        "en",
    ),
    (
        "ولدي ديما كيقارن راسو مع الناس فتيك توك. وحدة الطبيبة النفسية هضرات على هادشي "
        "فالقمة، شنو قالت؟",
        "kendili",
        "ar",
    ),
    (
        "weldi dima kaycompari rasso m3a nas f tiktok. wa7ed tbiba nafsaniya hdrat 3la "
        "hadchi f sommet, chno galt?",
        "kendili",
        "fr",
    ),
    # "was" inside a statement opens nothing: "which panel" alone is not the question.
    ("which panel was Bahri on?", "positive_impact", "en"),
]


SEVERAL_WORDED = [
    # What someone offered or proposed on a panel is what they said there.
    ("who offered solutions and strategies?", ["kendili", "benabbou"], "en"),
    ("chkoun li 3tawna des solutions w des stratégies?", ["kendili", "benabbou"], "fr"),
    ("شكون اللي قدمو حلول واستراتيجيات؟", ["kendili", "benabbou"], "ar"),
    ("Le psychologue et la psychothérapeute, ils ont proposé quoi ?", ["benabbou", "bahri"], "fr"),
    # Words that describe none of them ("deux", "jouj", "spoke at the summit") rule none out,
    # and a feminine or plural form is the same word ("psys", "professionnelle").
    ("les deux psychiatres du sommet, c'est qui ?", ["toufiq", "kendili"], "fr"),
    (
        "which mental health professionals spoke at the summit?",
        ["toufiq", "kendili", "benabbou", "bahri"],
        "en",
    ),
    ("شكون الأطباء النفسانيين جوج اللي هضرو؟", ["toufiq", "kendili"], "ar"),
    ("chkoun les psys li hdro f sommet", ["toufiq", "kendili", "benabbou", "bahri"], "fr"),
    # Descriptions joined by "or": nobody is both, so each fits one of them.
    (
        "Il y avait des psychologues ou des thérapeutes parmi les intervenants ?",
        ["benabbou", "bahri"],
        "fr",
    ),
    ("any therapists or psychologists among the speakers?", ["benabbou", "bahri"], "en"),
    # A round table named by its number narrows the description.
    ("من هم الأطباء النفسيون في الجلسة الأولى؟", ["toufiq", "kendili"], "ar"),
    # Asked for people: every speaker the words fit, though an entry on the word itself
    # (what MENAT means) answers best.
    ("which speakers are connected to MENAT", ["jaafar", "bahri"], "en"),
    ("quels intervenants sont liés à MENAT ?", ["jaafar", "bahri"], "fr"),
]


@pytest.mark.parametrize(("text", "ids", "language"), SEVERAL_WORDED)
def test_a_description_in_other_words_still_lists_every_one(
    engine: Engine, text: str, ids: list[str], language: str
) -> None:
    reply = engine.reply(text)
    assert reply.language == language
    # Either "which one?" listing every one, or every one's card.
    if reply.kind == "clarify":
        assert [s.id for s in reply.suggestions] == ids
    else:
        assert (reply.kind, [reply.source, *reply.also]) == ("answer", ids), reply


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("how many people attended the summit?", "en"),
        ("il y avait combien de monde dans la salle ?", "fr"),
        ("شحال من واحد حضر فالقمة؟", "ar"),
        ("ch7al mn wa7ed 7dar f sommet?", "fr"),
        ("كم عدد الحضور في القمة؟", "ar"),
        ("Combien de personnes ont assisté au sommet ?", "fr"),
    ],
)
def test_how_many_came_is_a_number_the_article_does_not_give(
    engine: Engine, text: str, language: str
) -> None:
    """Who attended is not how many: only an entry asked "how many" holds a number."""
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("fallback", language), reply


@pytest.mark.parametrize(
    ("text", "source", "language"),
    [
        ("how are you", "how_are_you", "en"),
        ("Bonjour, comment allez-vous ?", "how_are_you", "fr"),
        ("thanks, super helpful", "thanks", "en"),
        ("merci beaucoup, c'était top", "thanks", "fr"),
        # Goodbye, not "safety" (سلامة) with a preposition.
        ("بسلامة", "goodbye", "ar"),
        ("شنو كتعرف دير؟", "bot_capabilities", "ar"),
    ],
)
def test_small_talk_in_other_words(engine: Engine, text: str, source: str, language: str) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("smalltalk", source, language), reply


def test_a_question_that_says_she_is_about_the_person_the_message_named(engine: Engine) -> None:
    reply = engine.reply(
        "Hi, I'm a student writing about Imane Kendili. "
        "What's her job and what did she say at the summit?"
    )
    assert (reply.kind, reply.source) == ("answer", "kendili"), reply


# --- questions in two parts -----------------------------------------------------------------

TWO_PARTS = [
    # "What was the point of it", in the past and of the summit, is no cry of hopelessness.
    ("who ran it and what was the point of it", {"event_organiser", "event_purpose"}, "en"),
    # "Happen" and Darija "t9amat" say it took place, as "held" does; Arabic "ومن" ("and
    # who") opens a second question.
    ("when and where did it happen?", {"event_date", "event_place"}, "en"),
    ("what date was it and where did it happen", {"event_date", "event_place"}, "en"),
    ("متى أقيمت القمة ومن نظمها؟", {"event_date", "event_organiser"}, "ar"),
    ("imta w fin t9amat?", {"event_date", "event_place"}, "fr"),
    # "Lieu" alone is the place; "a eu lieu" says it took place.
    ("la date et le lieu stp", {"event_date", "event_place"}, "fr"),
    ("heure et lieu exact svp", {"faq_start_time", "event_place"}, "fr"),
    # The second part stands apart with a subject of its own, scoring lower than the first.
    (
        "Who hosted the summit, and was it a first for the country?",
        {"event_organiser", "event_first"},
        "en",
    ),
    (
        "y aura-t-il une suite, et faudra-t-il payer l'entrée ?",
        {"faq_next_edition", "faq_tickets"},
        "fr",
    ),
    ("fin kayn l insta dyalhom w wach kayn chi numéro?", {"event_social", "faq_contact"}, "fr"),
    ("ما هدف القمة، وما الرؤية التي خلصت إليها؟", {"event_purpose", "event_vision"}, "ar"),
    ("when and where was the summit?", {"event_date", "event_place"}, "en"),
    ("c'était quand et où ?", {"event_date", "event_place"}, "fr"),
    ("qui a organisé le sommet et c'était quand ?", {"event_organiser", "event_date"}, "fr"),
    ("متى وأين انعقدت القمة؟", {"event_date", "event_place"}, "ar"),
    ("شكون نظم القمة و فين كانت؟", {"event_organiser", "event_place"}, "ar"),
    ("imta w fin kan sommet?", {"event_date", "event_place"}, "fr"),
    ("who organised it and what was the goal?", {"event_organiser", "event_purpose"}, "en"),
    ("what time did it start and how much were tickets?", {"faq_start_time", "faq_tickets"}, "en"),
    # "What was the summit" is a question of its own beside another.
    (
        "c'était quoi le sommet et y aura-t-il une prochaine édition ?",
        {"event_overview", "faq_next_edition"},
        "fr",
    ),
    (
        "what was the summit and will there be another edition?",
        {"event_overview", "faq_next_edition"},
        "en",
    ),
    (
        "chno hiya l9imma w wach ghadi tkoun chi edition jaya?",
        {"event_overview", "faq_next_edition"},
        "fr",
    ),
    ("شنو هي القمة و واش غادي تعاود؟", {"event_overview", "faq_next_edition"}, "ar"),
    # The second part asks the same of something else.
    ("MENAT signifie quoi ? et SAC ?", {"faq_menat", "faq_sac"}, "fr"),
    ("شنو معنى MENAT؟ وSAC شنو؟", {"faq_menat", "faq_sac"}, "ar"),
    # Two acronyms under one question: the second one's entry names the first ("MENAT SAC"),
    # and still does not say what it means.
    ("what do MENAT and SAC mean?", {"faq_menat", "faq_sac"}, "en"),
    ("Que veulent dire MENAT et SAC ?", {"faq_menat", "faq_sac"}, "fr"),
    ("ما معنى MENAT و SAC؟", {"faq_menat", "faq_sac"}, "ar"),
    # Arabic writes "and" onto the next word, a question word or a noun.
    ("من نظم القمة وهل هي الأولى من نوعها في المغرب؟", {"event_organiser", "event_first"}, "ar"),
    ("متى كانت القمة ومكانها؟", {"event_date", "event_place"}, "ar"),
    ("ماذا قيل عن الآباء وعن الوصمة؟", {"faq_parents", "faq_stigma"}, "ar"),
    # A part with its own subject is asked by it, whatever its question word.
    (
        "Quels outils TikTok propose, et comment suivre sur Instagram ?",
        {"event_tools", "event_social"},
        "fr",
    ),
    # Two people named: each of them; asked about round tables: theirs.
    ("Kendili et Toufiq, ils ont dit quoi ?", {"toufiq", "kendili"}, "fr"),
    ("ماذا قالت جعفر وماذا قالت بحري؟", {"jaafar", "bahri"}, "ar"),
    ("chno 9alet Kendili w chno 9al Benabbou?", {"kendili", "benabbou"}, "fr"),
    # "And" written onto a name: "وبحري" is Bahri, though the stemmer reads it as one word.
    ("بنعبو وبحري آش قالو؟", {"benabbou", "bahri"}, "ar"),
    ("Benabbou and Bahri, what did they say?", {"benabbou", "bahri"}, "en"),
    ("were Taouil and Toufiq on the same round table?", {"digital_age", "positive_impact"}, "en"),
    # A short request lists what it wants; "when" alone after "and" asks about the event.
    ("Les comptes Insta + la date stp", {"event_social", "event_date"}, "fr"),
    ("chkoun nadem w imta?", {"event_organiser", "event_date"}, "fr"),
    ("was it the first and when", {"event_first", "event_date"}, "en"),
    # "Who spoke" after another question asks for the speakers.
    ("chkoun nadem w chkoun hder", {"event_organiser", "speakers"}, "fr"),
    ("who ran it and who spoke", {"event_organiser", "speakers"}, "en"),
    ("qui a organisé et qui a parlé ?", {"event_organiser", "speakers"}, "fr"),
    ("شكون نظم القمة وشكون هضر؟", {"event_organiser", "speakers"}, "ar"),
    # ... even with words that only say it happened ("and when exactly it took place").
    (
        "Could you tell me who organised the Casablanca mental health summit and when "
        "exactly it took place? Cheers",
        {"event_organiser", "event_date"},
        "en",
    ),
    (
        "je voudrais savoir qui a organisé le sommet sur la santé mentale et où exactement "
        "ça s'est déroulé",
        {"event_organiser", "event_place"},
        "fr",
    ),
    (
        "salam khoya, chkoun li nadem sommet dyal sante mentale w fin tdar exactement",
        {"event_organiser", "event_place"},
        "fr",
    ),
    (
        "مرحبا، أنا صحفية. من الجهة التي نظمت قمة الصحة النفسية ومتى جرت بالضبط؟",
        {"event_organiser", "event_date"},
        "ar",
    ),
    # "The first" is what a part asks, though it names only the event and the country.
    (
        "Good morning! Was this the first such summit TikTok held in Morocco, and what was "
        "its main objective?",
        {"event_first", "event_purpose"},
        "en",
    ),
    (
        "wach hadi awel 9imma dyal tiktok f lmaghrib, w chno kan lhadaf dyalha?",
        {"event_first", "event_purpose"},
        "fr",
    ),
    # "هدفها" is "its goal": a pronoun written onto a word the pack knows.
    (
        "هل كانت هذه أول قمة من نوعها تنظمها تيك توك في المغرب، وما هو هدفها الرئيسي؟",
        {"event_first", "event_purpose"},
        "ar",
    ),
    # Gulf "منو اللي" asks who, where Darija "منو" alone is "from it".
    ("فين كانت ومنو اللي نظمها؟", {"event_place", "event_organiser"}, "ar"),
]


@pytest.mark.parametrize(("text", "ids", "language"), TWO_PARTS)
def test_a_question_in_two_parts_gets_both_answers(
    engine: Engine, text: str, ids: set[str], language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("answer", language), reply
    assert {reply.source, *reply.also} == ids
    for source in ids:
        assert engine.card(source, language).answer in reply.answer


@pytest.mark.parametrize(
    "text",
    [
        "À quelle date la conférence s'est-elle tenue ?",  # "quelle date" is one question
        "Combien de tables rondes y a-t-il eu ?",  # "y a-t-il" is not "why"
        "Who is Malak Jaafar and what's her role at TikTok?",  # both parts are about her
        "شكون هو جلال توفيق وشنو قال؟",
        # "ou un truc du genre" offers an alternative; it asks nothing new.
        "y a un compte insta pour suivre tiktok maroc ou un truc du genre ? merci",
    ],
)
def test_one_question_with_two_question_words_gets_one_answer(engine: Engine, text: str) -> None:
    reply = engine.reply(text)
    assert reply.kind == "answer" and reply.also == (), reply


# Each asks about one entry, found from how the message is built rather than from its words.
ANSWERED = [
    # What a word means, asked beside someone's name or title: what it means, not who.
    ("SAC ça signifie quoi, dans le titre de la psychothérapeute ?", "faq_sac", "fr", "sac-fr"),
    ("que veut dire SAC à côté du nom de Myriam Bahri ?", "faq_sac", "fr", "sac-fr-named"),
    ("what does SAC mean next to Myriam Bahri's name?", "faq_sac", "en", "sac-en"),
    ("chno ma3na SAC li m3a smiyt Bahri?", "faq_sac", "fr", "sac-darija"),
    ("وش معنى MENAT SAC اللي مكتوبة جنب اسم ميريام بحري؟", "faq_sac", "ar", "sac-gulf"),
    # Egyptian and Levantine "was said", "spoke" (انحكى، اتكلم) and Darija's "bad view"
    # of mental illness, which is stigma.
    ("شو انحكى بالقمة عن الوصمة؟ وكيف منخففها؟", "faq_stigma", "ar", "levantine-said"),
    ("مين اتكلم عن الوصمة في القمة؟", "faq_stigma", "ar", "egyptian-spoke"),
    ("شنو تقال على النظرة الخايبة للمرض النفسي؟", "faq_stigma", "ar", "bad-view"),
    ("chno tgal 3la stigma f sommet?", "faq_stigma", "fr", "darija-said"),
    # Who, asked of the whole message: a part's round table does not answer it.
    (
        "qui a parlé de la comparaison sur les réseaux, genre la pression de se comparer aux "
        "autres",
        "kendili",
        "fr",
        "who-asked",
    ),
    (
        "who talked about comparison online, like the pressure of comparing yourself to others",
        "kendili",
        "en",
        "who-asked",
    ),
    (
        "شكون هضر على المقارنة فالسوشل ميديا، يعني الضغط ديال المقارنة مع الآخرين؟",
        "kendili",
        "ar",
        "who-asked",
    ),
    (
        "chkoun hder 3la la comparaison f réseaux, b7al la pression dyal comparaison m3a nas",
        "kendili",
        "fr",
        "who-asked",
    ),
    # What an acronym in someone's title means: the acronym's entry, not their card.
    ("what does MENAT stand for in Malak Jaafar's title?", "faq_menat", "en", "acronym"),
    ("C'est quoi ce SAC dont fait partie Bahri ?", "faq_sac", "fr", "acronym"),
    ("شنو هو MENAT SAC لي كانت فيه مريم البحري؟", "faq_sac", "ar", "acronym"),
    ("chno hiya MENAT SAC li kanet fiha Myriam Bahri?", "faq_sac", "fr", "acronym"),
    # Darija: "li dar" is who organised, "wrat" what she showed.
    ("chkoun li dar had l'événement asln", "event_organiser", "fr", "darija"),
    ("dik lbnt li khdama f tiktok chno wrat f l9imma", "jaafar", "fr", "darija"),
    ("شكون اللي دار هاد القمة أصلا؟", "event_organiser", "ar", "darija"),
    ("who was behind the summit?", "event_organiser", "en", "darija"),
    # "Numéro un" numbers a round table; it is no phone number.
    ("la table ronde numero un elle parlait de quoi exactement", "digital_age", "fr", "number"),
    ("round table number two, who was on it?", "positive_impact", "en", "number"),
    ("الطاولة رقم 2 شكون كان فيها؟", "positive_impact", "ar", "number"),
    ("table ronde numero 2 chkoun kan fiha?", "positive_impact", "fr", "number"),
    # Words the pack never used: chat spelling, other verbs, a topic in other words.
    ("how much were tix", "faq_tickets", "en", "paraphrase"),
    (
        "who was in the convo about social media doing some good",
        "positive_impact",
        "en",
        "paraphrase",
    ),
    ("le prof Toufik il défendait quelle idée ?", "toufiq", "fr", "paraphrase"),
    ("Qui a parlé des spécificités du Maroc ?", "bahri", "fr", "paraphrase"),
    ("chkoun li hder 3la khosousiyat lmaghrib?", "bahri", "fr", "paraphrase"),
    ("متى انعقد المؤتمر الخاص بالصحة النفسية؟", "event_date", "ar", "paraphrase"),
    # Someone's round table: that table's card, which names them and those beside them.
    ("Kendili était dans quelle table ronde ?", "digital_age", "fr", "their-table"),
    ("who was on the same panel as Kendili?", "digital_age", "en", "their-table"),
    ("في أي جلسة شاركت إيمان الكنديلي؟", "digital_age", "ar", "their-table"),
    ("Bahri kant f ina table ronde?", "positive_impact", "fr", "their-table"),
    # "The first or the second?" asks which, not yes or no.
    ("Malak Jaafar kanet f table ronde lowla wla tanya?", "digital_age", "fr", "which-table"),
    ("بنعبو كان فالمائدة الأولى ولا الثانية؟", "positive_impact", "ar", "which-table"),
    ("was Toufiq on the first or the second round table?", "digital_age", "en", "which-table"),
    # Torn between the programme and another entry: the programme, the other a button away.
    ("résumé du programme stp", "programme", "fr", "list-first"),
    ("give me an agenda overview", "programme", "en", "list-first"),
    ("3tini résumé dyal l programme", "programme", "fr", "list-first"),
    # The subject named before a part that asks about it.
    (
        "la pression psychologique dyal la comparaison f réseaux, chkoun li hdrat 3liha",
        "kendili",
        "fr",
        "subject-before",
    ),
    ("who is on the MENAT SAC?", "bahri", "en", "subject-before"),
    # "savoir ce qu'ils ont dit" asks what they said, with no question word.
    (
        "bonjour mon petit je suis une grand mere de Sale ma petite fille est tout le temps "
        "sur son telephone et ca m inquiete beaucoup je voudrais savoir ce qu ils ont dit sur "
        "le role des parents dans ce sommet de tiktok merci",
        "faq_parents",
        "fr",
        "story",
    ),
    # "The first one" asks about the event, whatever the story before it is about.
    (
        "Good afternoon, I'm writing a newsletter for parents in the expat community. "
        "Was this really the first summit of its kind in Morocco?",
        "event_first",
        "en",
        "story",
    ),
    # A question word alone asks about the event.
    ("where was it?", "event_place", "en", "alone"),
    ("c'était où ?", "event_place", "fr", "alone"),
    ("fin tdar?", "event_place", "fr", "alone"),
    ("أين؟", "event_place", "ar", "alone"),
    ("Le sommet a eu lieu à quel moment ?", "event_date", "fr", "alone"),
    # When it was organised is when it took place.
    ("في أي تاريخ نُظّم الحدث؟", "event_date", "ar", "organised-when"),
    ("quand est-ce que le sommet a été organisé ?", "event_date", "fr", "organised-when"),
    # A long story around the question: what the pack knows of it is asked.
    (
        "bonsoir, je suis infirmière à Tanger depuis vingt ans et mes collègues me parlent "
        "souvent de ce rendez-vous à Casa, une psychiatre de l'UM6P y était, elle a dit quoi ?",
        "kendili",
        "fr",
        "story",
    ),
    (
        "hi there, my cousin and I run a small podcast from Leeds about growing up online and "
        "we keep hearing about this summit, which content creator was on stage and what did "
        "he share?",
        "taouil",
        "en",
        "story",
    ),
    (
        "السلام عليكم، أنا أستاذ متقاعد من مراكش وحفيدتي تقضي وقتها كله في الهاتف، سمعت أن "
        "أخصائيا نفسيا إكلينيكيا تحدث في القمة، من هو وماذا اقترح؟",
        "benabbou",
        "ar",
        "story",
    ),
    (
        "salam 3likom, ana khdama f pharmacie f Fes w bnti dima f telephone, sm3t bli wahd "
        "doctora men UM6P hdrat f sommet, chkoun hiya w chno galt?",
        "kendili",
        "fr",
        "story",
    ),
    # A round table called by its title or its number, as a speaker by name.
    ("sante mentale a l ere numerique c etait qui les panelistes", "digital_age", "fr", "title"),
    (
        "Exploiter les réseaux sociaux pour un impact positif, chkoun tkellem fiha?",
        "positive_impact",
        "fr",
        "title",
    ),
    ("الجلسة ديال الصحة النفسية ف العصر الرقمي شكون شارك فيها؟", "digital_age", "ar", "title"),
    (
        "harnessing social media for positive impact: who was on it?",
        "positive_impact",
        "en",
        "title",
    ),
    ("Et la seconde table ronde, son thème ?", "positive_impact", "fr", "number"),
    # Who said it is a person, not the round table whose theme it was.
    (
        "Which expert made the case that young people need safe digital spaces?",
        "toufiq",
        "en",
        "person",
    ),
    ("من تحدّث عن بناء فضاءات رقمية آمنة لليافعين؟", "toufiq", "ar", "person"),
    (
        "quel intervenant a parlé des espaces numériques sûrs pour les jeunes ?",
        "toufiq",
        "fr",
        "person",
    ),
    ("chkoun li hder 3la les espaces numériques sûrs l chabab?", "toufiq", "fr", "person"),
    # Words nobody had used: a contribution is what was said, "the question of" frames the
    # topic, a crowd is who came, "polytechnic" is the university, "what did she mean to say".
    ("la question de la stigmatisation, qui l'a abordée ?", "faq_stigma", "fr", "words"),
    ("the question of stigma: who brought it up?", "faq_stigma", "en", "words"),
    ("what kind of crowd was there?", "event_participants", "en", "words"),
    ("ما فئات الحضور؟", "event_participants", "ar", "words"),
    ("la psy de l'université polytechnique, elle a dit quoi ?", "kendili", "fr", "words"),
    ("اشنو بغا يقول توفيق؟", "toufiq", "ar", "words"),
    # Addiction and long hours are screen time, children are the young, and the phone is a
    # device (its number is a contact).
    ("tiktok fait quoi pour que les enfants deviennent pas accros", "event_tools", "fr", "words"),
    ("what does tiktok do so kids don't get addicted?", "event_tools", "en", "words"),
    ("ماذا تقدم تيك توك للأطفال المدمنين على التيليفون؟", "event_tools", "ar", "words"),
    ("chno kaydir tiktok bach drari maykounouch mdmnin?", "event_tools", "fr", "words"),
    # French "qui" after a noun says which one ("l'influenceur qui était invité"); it opens
    # no question of its own.
    ("l'influenceur qui était invité, il a dit quoi ?", "taouil", "fr", "relative"),
    ("le créateur qui était invité, il a raconté quoi ?", "taouil", "fr", "relative"),
    ("la dame qui est dans le MENAT SAC elle s'appelle comment", "bahri", "fr", "relative"),
    # All who spoke, in words that name nothing else; the wellbeing conference, the "conf",
    # is the event.
    ("3tini les noms dyal ga3 li tkellmo", "speakers", "fr", "everyone"),
    ("عطيني الليستة ديال كاع لي تكلمو", "speakers", "ar", "everyone"),
    ("c'était où la conf tiktok sur le mental ?", "event_place", "fr", "words"),
    ("when was that tiktok wellbeing summit?", "event_date", "en", "words"),
    # "don't" is "do not": its pieces ask nothing.
    (
        "What did the doctor say about teens who don't measure up to influencers?",
        "kendili",
        "en",
        "words",
    ),
    # "The TikTok person" is someone from TikTok, as "the person from TikTok" is.
    ("the tiktok person, what did she present?", "jaafar", "en", "words"),
    # "X = ?" asks what X stands for.
    ("MENAT = ?", "faq_menat", "fr", "words"),
    # A pronoun written onto a word of a concept: "هدفها" is "its goal".
    ("ما هدفها؟", "event_purpose", "ar", "words"),
    ("شنو كان هدفها؟", "event_purpose", "ar", "words"),
    ("SAC=?", "faq_sac", "fr", "words"),
    # Named, then asked about with a pronoun: the job asked is hers, not whoever's job
    # fits the words of the question.
    ("wach chi wa7ed 3aref chkoun Myriam Bahry? chno kheddama?", "bahri", "fr", "named"),
    ("Mme Bahri, elle est psychologue ou psychiatre ? je dois la citer", "bahri", "fr", "named"),
    ("Myriam Bahri she's a what? psychologist?", "bahri", "en", "named"),
    ("مريم البحري، شنو هي خدمتها؟ طبيبة نفسية؟", "bahri", "ar", "named"),
    # Other words for the platform's tools, their limits and what the summit came to.
    ("r there any tiktok features to cap how long u scroll per day", "event_tools", "en", "words"),
    ("Quels garde-fous TikTok a présentés pour le moral ?", "event_tools", "fr", "words"),
    ("wach kayn chi haja f tiktok katl7dded lwe9t par jour?", "event_tools", "fr", "words"),
    ("واش كاين شي حاجة فالتطبيق كتحدد الوقت ديال الشاشة؟", "event_tools", "ar", "words"),
    ("ما الذي تمخّض عنه هذا الحدث في النهاية؟", "event_vision", "ar", "words"),
    ("what were the results of the summit?", "event_vision", "en", "words"),
    # MSA "الفئات التي حضرت" (the kinds who attended), "الوسائل" (the means): who came, the tools.
    ("ما الفئات التي حضرت الملتقى؟", "event_participants", "ar", "words"),
    ("ما الوسائل التي تتيحها تيك توك لحماية رفاه مستخدميها؟", "event_tools", "ar", "words"),
    # "Came up with" proposed; "concrete" says nothing of what: the entry that names both.
    (
        "Which speakers came up with concrete solutions or strategies against stigma?",
        "faq_stigma",
        "en",
        "words",
    ),
    # "What's the deal with", Darija "3awed 3la" (went over): what about them, what they said.
    (
        "what's the deal w the clinical psych guy, Benabou? what'd he pitch",
        "benabbou",
        "en",
        "named",
    ),
    (
        "chkoun had Toufik li 3awed 3la les espaces numeriques safe l chabab?",
        "toufiq",
        "fr",
        "named",
    ),
    # Asked last, what the thing the message told of was: the event.
    (
        "hi sorry i'm using voice typing my name is david i teach english in a language "
        "school in tangier and my students keep talking about this tiktok thing in casablanca "
        "can you just tell me in general what it was",
        "event_overview",
        "en",
        "words",
    ),
    (
        "Bonjour ! Je suis étudiante en psycho à Casa et je prépare un exposé sur les réseaux "
        "sociaux et la santé mentale des jeunes. Ma prof m'a parlé d'un sommet organisé par "
        "TikTok. Vous pouvez me dire ce que c'était exactement ?",
        "event_overview",
        "fr",
        "words",
    ),
    # "Qu'est-ce qui", "ce qui" ask what, not who: what was said of parents, not who said it.
    ("Qu'est-ce qui a été dit sur le rôle des parents ?", "faq_parents", "fr", "words"),
    (
        "Qu'est-ce qui a été proposé pour faire reculer la stigmatisation ?",
        "faq_stigma",
        "fr",
        "words",
    ),
    # Darija's present tense "ك" before a verb that says nothing: "كتوفر" (provides).
    (
        "شنو هوما الأدوات لي كتوفر تيك توك باش تحمي الصحة النفسية ديال الناس؟",
        "event_tools",
        "ar",
        "words",
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "language"),
    [pytest.param(*case, id=f"chatty-{n}") for n, case in enumerate(CHATTY)]
    + [pytest.param(*case, id=f"programme-{n}") for n, case in enumerate(PROGRAMME)]
    + [pytest.param(*case, id=f"who_said-{n}") for n, case in enumerate(WHO_SAID)]
    + [pytest.param(*case, id=f"run_on-{n}") for n, case in enumerate(RUN_ON)]
    + [pytest.param(*case[:3], id=f"{case[3]}-{n}") for n, case in enumerate(ANSWERED)]
    + [pytest.param(*case, id=f"quote_after-{n}") for n, case in enumerate(QUOTE_AFTER)]
    + [pytest.param(*case, id=f"this_topic-{n}") for n, case in enumerate(THIS_TOPIC)]
    + [
        pytest.param(text, "programme", language, id=f"panels_and_speakers-{n}")
        for n, (text, language) in enumerate(PANELS_AND_SPEAKERS)
    ],
)
def test_the_right_entry_answers(engine: Engine, text: str, source: str, language: str) -> None:
    """Every single-answer table above: the question inside a chatty message or a run-on,
    the programme as a whole, a speaker found from what they said, and the entry a message
    is about."""
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("answer", source, language), reply


NOT_THESE = [
    # "weren't" in one word or two, what is ruled out in up to four words, joined by "or".
    ("which speakers weren't health professionals?", ["jaafar", "taouil"], "en"),
    (
        "Parmi les intervenants, lesquels ne sont pas des professionnels de santé ?",
        ["jaafar", "taouil"],
        "fr",
    ),
    ("من المتحدثون الذين ليسوا أطباء ولا معالجين؟", ["jaafar", "taouil"], "ar"),
    ("chkoun mn les intervenants li machi tbib wla psy?", ["jaafar", "taouil"], "fr"),
    ("the psys who are not doctors", ["benabbou", "bahri"], "en"),
    (
        "les intervenants qui ne sont pas de TikTok",
        ["toufiq", "kendili", "benabbou", "bahri"],
        "fr",
    ),
    ("شكون المتدخلين اللي ماشي من تيك توك؟", ["toufiq", "kendili", "benabbou", "bahri"], "ar"),
    (
        "chkoun l experts dyal santé mentale (machi nas tiktok)",
        ["toufiq", "kendili", "benabbou", "bahri"],
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "ids", "language"), NOT_THESE)
def test_a_description_that_rules_some_out_lists_the_others(
    engine: Engine, text: str, ids: list[str], language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("clarify", language), reply
    assert [s.id for s in reply.suggestions] == ids


def test_the_two_round_tables_are_counted_not_numbered(engine: Engine) -> None:
    reply = engine.reply("les titres des 2 tables rondes stp")
    assert (reply.kind, reply.source) == ("answer", "programme"), reply


@pytest.mark.parametrize(
    ("text", "source", "language"),
    [
        # Listed word for word in the pack: small talk, however common its words are.
        ("من أنت؟", "bot_identity", "ar"),
        ("how's it going?", "how_are_you", "en"),
        ("qui es-tu ?", "bot_identity", "fr"),
        ("chkoun nta?", "bot_identity", "fr"),
        # Greetings and thanks people in Morocco type: Amazigh "azul", "tanmirt".
        ("azul", "greeting", "fr"),
        ("tanmirt a sahbi", "thanks", "fr"),
        ("ماذا تستطيع أن تفعل؟", "bot_capabilities", "ar"),
        # Politeness and what a bot is, in several words.
        ("Qui êtes-vous, s'il vous plaît ?", "bot_identity", "fr"),
        ("Qu'est-ce que tu sais faire ?", "bot_capabilities", "fr"),
        ("t'es un robot ou quoi ?", "bot_identity", "fr"),
        ("are you a real person?", "bot_identity", "en"),
        ("واش نتا إنسان حقيقي ولا ذكاء اصطناعي؟", "bot_identity", "ar"),
        ("Merci pour ces infos, bonne continuation à vous", "goodbye", "fr"),
        # A greeting, then more small talk: the last of it, not "which one?".
        ("هلا والله، شلونك؟", "how_are_you", "ar"),
        ("salam labas? nta bot wla bnadem?", "bot_identity", "fr"),
        ("hey there! how r u?", "how_are_you", "en"),
        ("Salut ! ça va ?", "how_are_you", "fr"),
        ("هلا والله، ايش تقدر تسوي لي؟", "bot_capabilities", "ar"),
        # Thanks for the help is thanks, not a call for help; SMS "pr" is "pour", no title.
        ("thanks for your help", "thanks", "en"),
        ("merci bcp pr les infos", "thanks", "fr"),
        ("merci bcp pr les infos bonne soiree", "goodbye", "fr"),
        # Dialect greetings, thanks and goodbyes; who made the bot.
        ("صباح الفل يا باشا", "greeting", "ar"),
        ("يسلمو كتير، باي", "goodbye", "ar"),
        ("tysm!!", "thanks", "en"),
        ("wsh la famille", "greeting", "fr"),
        ("qui t'a créé ?", "bot_identity", "fr"),
        ("شكون صاوبك؟", "bot_identity", "ar"),
        # Asked for a joke, the bot owns up with a smile and points back to the summit.
        ("tell me a joke lol", "joke", "en"),
        ("raconte moi une blague stp 😂", "joke", "fr"),
        ("عاود ليا شي نكتة 😂", "joke", "ar"),
        ("احكِ لي نكتة", "joke", "ar"),
        ("3tini chi nokta dyal dhe7k", "joke", "fr"),
    ],
)
def test_small_talk_as_the_pack_lists_it_and_as_people_greet(
    engine: Engine, text: str, source: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("smalltalk", source, language), reply


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bonjour, pouvez-vous m'expliquer ce qu'était ce sommet exactement ?", "fr"),
        ("hi, I teach media studies, can you give me a rundown of the summit?", "en"),
        ("مرحبا، ممكن تلخص لي القمة باختصار؟", "ar"),
        ("salam, 3tini résumé dyal sommet b ikhtisar", "fr"),
    ],
)
def test_asked_to_explain_or_sum_up_the_summit_gives_the_overview(
    engine: Engine, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("answer", "event_overview", language)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # SMS French "pr" is "pour", not the professor's title.
        ("fallait payer pr rentrer ?", "faq_tickets"),
        ("tiktok a koi comme outils pr proteger les ados", "event_tools"),
        ("ya eu des ateliers pr les ados ?", None),
        # The title with the name still names him.
        ("c'est quoi le role du Pr Toufiq ?", "toufiq"),
    ],
)
def test_a_title_alone_names_nobody(engine: Engine, text: str, source: str | None) -> None:
    assert engine.reply(text).source == source


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Coucou, on m'a parlé d'un sommet sur la santé mentale. "
            "Est-ce qu'ils ont parlé du rôle des parents ? Merci",
            "fr",
        ),
        (
            "Hi, someone mentioned a mental health summit to me. "
            "Did they talk about the role of parents? Thanks",
            "en",
        ),
        ("سمعت على قمة ديال الصحة النفسية. واش هضرو على دور الوالدين؟ شكرا", "ar"),
        ("salam, sm3t 3la sommet dyal santé mentale. wach hdro 3la dawr lwalidin? merci", "fr"),
    ],
)
def test_the_entry_on_a_topic_answers_rather_than_asking_which_round_table(
    engine: Engine, text: str, language: str
) -> None:
    """The entry on parents names the speaker who raised it, whose round table is then no
    rival: it answers, the others are a button away."""
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("answer", "faq_parents", language)


def test_the_quote_a_part_asks_for_is_the_named_speakers(engine: Engine) -> None:
    reply = engine.reply(
        "سلام، عندي عرض غدا فالفاك على السلامة الرقمية 😬 شنو قالت ملاك جعفر؟ "
        "بغيت la citation ديالها"
    )
    assert (reply.kind, reply.source) == ("answer", "jaafar"), reply


# A speaker named and asked what they said about something their card holds, inside a laugh
# or an idiom the pack does not know: each got "not given about <name>" or a fallback on the
# engine of session 11's start.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ptdr jsuis décédée Myriam Bahri sur les parents elle a dit quoi ?", "fr"),
        ("bruh I'm deceased 💀 Myriam Bahri on parents, what did she actually say?", "en"),
        ("متت بالضحك ملي هضرات مريم بحري على الواليدين، شنو قالت بالضبط؟", "ar"),
        ("9tlatni b dehk Myriam Bahri mli hdrat 3la lwalidin, chno galt?", "fr"),
    ],
)
def test_what_a_named_speaker_said_is_answered_whatever_the_laugh_around_it(
    engine: Engine, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("answer", "bahri", language), reply


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("what did Adil Taouil say about the trolls in his comments?", "en"),
        ("شنو قال عادل الطاويل على الناس لي كيسبوه فالكومنتيرات؟", "ar"),
    ],
)
def test_what_a_speaker_said_about_what_their_card_does_not_hold_is_not_invented(
    engine: Engine, text: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("fallback", language), reply


def test_two_arabic_words_of_one_phrase_may_be_joined_by_dyal(engine: Engine) -> None:
    """ "صانع المحتوى" said "الصانع ديال المحتوى": the content creator, not "maker" and
    "content" apart (a fallback on the engine of session 11's start)."""
    reply = engine.reply("شكون هاد الصانع ديال المحتوى اللي هضر على راسو؟")
    assert (reply.kind, reply.source, reply.language) == ("answer", "taouil", "ar"), reply


@pytest.mark.parametrize(
    ("text", "source", "verdict", "language"),
    [
        # A round table checked by its title: yes, then its card.
        (
            "was the first round table called mental health in the digital age?",
            "digital_age",
            "yes",
            "en",
        ),
        (
            "هل كانت الطاولة المستديرة الأولى بعنوان الصحة النفسية في العصر الرقمي؟",
            "digital_age",
            "yes",
            "ar",
        ),
        (
            "wach table ronde lwla kant smitha santé mentale à l'ère numérique?",
            "digital_age",
            "yes",
            "fr",
        ),
        # The title of one, asked of the other: no, and the card of the one asked about.
        (
            'Was the second roundtable called "Mental health in the digital age"?',
            "positive_impact",
            "no",
            "en",
        ),
        (
            "la deuxième table ronde s'appelait santé mentale à l'ère numérique ?",
            "positive_impact",
            "no",
            "fr",
        ),
        (
            "واش الطاولة التانية كانت على الصحة النفسية فالعصر الرقمي؟",
            "positive_impact",
            "no",
            "ar",
        ),
        # A frequent question whose answer reports what the article says can be answered yes.
        ("does MENAT include Turkey?", "faq_menat", "yes", "en"),
        ("هل تشمل منطقة MENAT تركيا؟", "faq_menat", "yes", "ar"),
        ("est-ce que la stigmatisation a été abordée ?", "faq_stigma", "yes", "fr"),
        ("wach tkellmo 3la lwalidin?", "faq_parents", "yes", "fr"),
        # ... one that says what the article leaves out never is.
        ("was entry free?", "faq_tickets", None, "en"),
        ("c'était gratuit ?", "faq_tickets", None, "fr"),
        ("هل كانت هناك تذاكر؟", "faq_tickets", None, "ar"),
        # A yes holds for the whole question, not for the part before its comma.
        ("Does MENAT stand for Middle East, North America and Turkey?", "faq_menat", None, "en"),
        ("is MENAT Middle East, North Africa and Turkey?", "faq_menat", "yes", "en"),
        # "Only doctors?": no, when the answer names other kinds of people too.
        ("y avait que des médecins ?", "event_participants", "no", "fr"),
        ("was the event only for doctors?", "event_participants", "no", "en"),
        ("wach ghir tbba li kano?", "event_participants", "no", "fr"),
        ("هل حضر الأطباء فقط؟", "event_participants", "no", "ar"),
    ],
)
def test_a_yes_or_no_holds_only_for_what_the_article_says(
    engine: Engine, text: str, source: str, verdict: str | None, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.verdict, reply.language) == (
        "answer",
        source,
        verdict,
        language,
    ), reply


@pytest.mark.parametrize(
    ("text", "source", "language"),
    [
        # A clause that tells of the writer and asks nothing is the story around the
        # question, however well its words fit an entry ("ce soir" is no start time).
        (
            "Bonjour, journaliste à Casablanca, je boucle un papier ce soir : pouvez-vous me "
            "confirmer le nom exact et la fonction de la responsable TikTok présente ? Merci",
            "jaafar",
            "fr",
        ),
        ("i missed it bc work 🙃 was it streamed anywhere?", "faq_replay", "en"),
        (
            "salam, ana talib w kandir des vidéos 3la tiktok, wach kayn chi outils bach n7ded "
            "le temps d'écran?",
            "event_tools",
            "fr",
        ),
        (
            "مرحبا، أنا كنصاوب فيديوهات على تيك توك، واش كاين شي أدوات باش نحدد وقت الشاشة؟",
            "event_tools",
            "ar",
        ),
    ],
)
def test_the_writers_story_does_not_answer_for_the_question(
    engine: Engine, text: str, source: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.also, reply.language) == (
        "answer",
        source,
        (),
        language,
    ), reply


# --- words from blind set dev-23 (session 18) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "language"),
    [
        # Which institution someone belongs to is their job, as their card says it.
        ("إلى أي مؤسسة تنتمي الدكتورة إيمان كنديلي؟", "kendili", "ar"),
        ("Kendili khdama f ina mo2assasa?", "kendili", "fr"),
        # Egyptian, Gulf and Levantine "give me a general idea", "what happened in this
        # summit", with "هال" (this) written onto the word.
        ("هو الحدث ده كان عبارة عن إيه بالظبط؟ اديني فكرة عامة", "event_overview", "ar"),
        ("وش صار في هالقمة؟ عطني فكرة عامة", "event_overview", "ar"),
        ("شو صار بهالقمة؟", "event_overview", "ar"),
        ("what happened at the summit?", "event_overview", "en"),
        # What someone said on a round table is their card, not the round table's; which
        # round table they were on is the round table's.
        ("تقبرني هالجلسة من كتر ما كانت حلوة 😍 شو حكت ملك جعفر؟", "jaafar", "ar"),
        (
            "Mon chef m'a dit que le Pr Toufiq intervenait au panel. Quelle idée il a défendue ?",
            "toufiq",
            "fr",
        ),
        ("Malak Jaafar intervenait dans quelle table ronde ?", "digital_age", "fr"),
        # A greeting that opens the message is not the morning asked about.
        ("Morning! What did Malak Jaafar say?", "jaafar", "en"),
        ("did it start in the morning?", "faq_start_time", "en"),
        # Colloquial Arabic for psychologists, women, preserving and sons.
        ("شكون البسيكولوجي اللي شارك؟", "benabbou", "ar"),
        (
            "ما المزايا التي يوفرها التطبيق للحفاظ على الصحة النفسية لمستخدميه؟",
            "event_tools",
            "ar",
        ),
        ("ما الذي قيل بشأن الأولياء ومرافقة أبنائهم رقمياً؟", "faq_parents", "ar"),
        # "فهل" (so, did...) opens a question as "هل" does.
        ("فهل تحدث أحد عن دور الأهل في حماية الأبناء؟", "faq_parents", "ar"),
        # Levantine "بدي" (I want) asks nothing; "بقمة" is "in the summit".
        (
            "بدي اعرف شو كانت عناوين الجلسات الحوارية بقمة تيك توك بالدار البيضاء؟",
            "programme",
            "ar",
        ),
        # "Who is the content creator who took part?" asks for the one speaker of that kind,
        # not the kinds of people who came.
        ("من هو صانع المحتوى الذي شارك في القمة؟", "taouil", "ar"),
        ("chkoun l influenceur li charek f sommet?", "taouil", "fr"),
        # "This initiative" is the event.
        ("شكون اللي كان واقف ورا هاد المبادرة؟", "event_organiser", "ar"),
        ("who was behind this initiative?", "event_organiser", "en"),
        # How many of these there have been asks whether it was the first.
        ("How many of these has TikTok done in Morocco so far?", "event_first", "en"),
        # "Parlé de comment les réduire": the how is what was said, the question is who.
        (
            "une docteure a parlé des effets négatifs des réseaux et de comment les réduire, "
            "c'était laquelle ?",
            "kendili",
            "fr",
        ),
    ],
)
def test_words_nobody_wrote_down_before(
    engine: Engine, text: str, source: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("answer", source, language), reply


@pytest.mark.parametrize(
    ("text", "source", "verdict"),
    [
        # A region the card does not name is no "yes", in a script with no capitals too.
        ("هي ملاك جعفر كانت مسؤولة عن أوروبا؟", "jaafar", "no"),
        ("was Malak Jaafar in charge of Europe?", "jaafar", "no"),
        ("واش ملاك جعفر مسؤولة على إفريقيا؟", "jaafar", "yes"),
        # "The second time" is the second edition; Darija "كدير" (does) asks nothing.
        (
            "واش هادي هي المرة التانية اللي كدير فيها تيك توك هاد القمة فالمغرب؟",
            "event_first",
            "no",
        ),
    ],
)
def test_a_region_or_an_edition_named_gets_the_right_verdict(
    engine: Engine, text: str, source: str, verdict: str
) -> None:
    reply = engine.reply(text)
    assert (reply.source, reply.verdict) == (source, verdict), reply


@pytest.mark.parametrize(
    ("text", "source", "verdict"),
    [
        # A nationality and what a ministry runs name who is guessed, they ask nothing more.
        ("was it organised by the Moroccan health ministry?", "event_organiser", "no"),
        ("c'était organisé par le gouvernement marocain ?", "event_organiser", "no"),
        ("هل نظمتها وزارة الصحة؟", "event_organiser", "no"),
        ("wach l7oukouma lmaghribiya hiya li nadmat had sommet?", "event_organiser", "no"),
        # One long question that opens as a yes/no one gets its verdict.
        (
            "Est-ce que c'était le premier sommet de ce genre organisé par TikTok au Maroc ?",
            "event_first",
            "yes",
        ),
        # "C'était bien ... ?" checks a statement, however long.
        (
            "c t bien le tout premier sommet de ce genre fait par tiktok au maroc ?",
            "event_first",
            "yes",
        ),
        # "يشمل" (includes) and "مصطلح" (the term) ask nothing of their own.
        ("هل يشمل مصطلح MENAT تركيا؟", "faq_menat", "yes"),
        # Acronyms spelt in Arabic script are the card's own.
        ("واش ميريام بحري عضوة فالمينات ساك؟", "bahri", "yes"),
        # "chez" asks where someone works, as "at" does: a place their card does not give is no.
        ("Malak Jaafar elle bosse chez Instagram non ?", "jaafar", "no"),
        ("Imane Kendili travaille chez UM6P ?", "kendili", "yes"),
        ("does Malak Jaafar work at Instagram?", "jaafar", "no"),
        ("واش ملاك جعفر خدامة فإنستغرام؟", "jaafar", "no"),
        # An organisation the article never names: no, with the card that says where they are.
        ("Is Myriam Bahri from UNICEF?", "bahri", "no"),
        ("Is Malak Jaafar with Meta?", "jaafar", "no"),
        ("Kendili travaille pour l'OMS ?", "kendili", "no"),
        ("wach Bahri khdama f UNICEF?", "bahri", "no"),
        ("هل تعمل مريم بحري في اليونيسف؟", "bahri", "no"),
        # "ناقشت" (she/it discussed) is a verb of saying; "الأجيال الصاعدة" are the young.
        (
            "هل ناقشت الجلسة الأولى تأثير مواقع التواصل الاجتماعي على الأجيال الصاعدة؟",
            "digital_age",
            "yes",
        ),
        # Whether a kind of people came is the participants' fact, not the one who fits it.
        ("were there content creators at the summit?", "event_participants", "yes"),
        ("y avait-il des créateurs de contenu au sommet ?", "event_participants", "yes"),
        ("هل كان هناك صناع محتوى في القمة؟", "event_participants", "yes"),
        ("wach kano content creators f sommet?", "event_participants", "yes"),
    ],
)
def test_a_guess_at_who_or_what_gets_its_verdict(
    engine: Engine, text: str, source: str, verdict: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.verdict) == ("answer", source, verdict), reply


@pytest.mark.parametrize(
    ("text", "source", "language"),
    [
        # "Keep up with" follows; it is no "what's up".
        ("where can i keep up with tiktok news on this", "event_social", "en"),
        # "One after the other" says how, not when.
        ("Tell me about both round tables, one after the other.", "programme", "en"),
        # "Beforehand" is no "was there one before?".
        (
            "How much did it cost to attend? And did you need to sign up beforehand?",
            "faq_tickets",
            "en",
        ),
        # A relative "qui" tells of the writer's children; the marked question asks.
        (
            "Bonjour, je suis maman de deux ados qui passent leur vie sur TikTok 😅 Une amie "
            "m'a parlé d'un sommet à Casa. Est-ce qu'on y a parlé du rôle des parents ?",
            "faq_parents",
            "fr",
        ),
        # "Give me a summary" after naming someone asks what they said.
        (
            "ana youtuber sghir w kan3jbni dak adil taouil bzaf, chno gal f l panel? 3afak "
            "3tini resumé",
            "taouil",
            "fr",
        ),
        ("who from tiktok's regional team spoke?", "jaafar", "en"),
        # After "what kind of people", the kinds listed are guesses, not one speaker.
        (
            "ça a réuni quel genre de monde ? des pros, des influenceurs ?",
            "event_participants",
            "fr",
        ),
        (
            "What kind of people did the summit bring together, mostly doctors, influencers?",
            "event_participants",
            "en",
        ),
    ],
)
def test_what_the_message_asks_is_not_what_it_mentions(
    engine: Engine, text: str, source: str, language: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.language) == ("answer", source, language), reply


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "salam ana mama dyal jouj drari mdmnin 3la tiktok lil w nhar 😩 lhadaf dyal had "
            "sommet?",
            "event_purpose",
        ),
        (
            "السلام عليكم أنا أم لثلاثة أطفال مدمنين على الهاتف طول اليوم 😔 الهدف ديال "
            "هاد القمة؟",
            "event_purpose",
        ),
        (
            "إزيك؟ أنا مدرّس في إسكندرية وبحضّر درس عن السوشيال ميديا للطلاب 🙏 هو المؤتمر ده "
            "اتعمل فين؟",
            "event_place",
        ),
        (
            "honestly my little brother is glued to his phone 24/7 and my mum is losing it 😭 "
            "any tools to limit screen time?",
            "event_tools",
        ),
    ],
)
def test_the_question_after_the_last_emoji_is_what_a_chatty_message_asks(
    engine: Engine, text: str, source: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("answer", source), reply


@pytest.mark.parametrize(
    "text", ["lhadaf dyal had sommet?", "الهدف ديال هاد القمة؟", "the main goal of this summit?"]
)
def test_a_question_that_names_a_thing_gets_no_yes(engine: Engine, text: str) -> None:
    reply = engine.reply(text)
    assert (reply.source, reply.verdict) == ("event_purpose", None), reply
    assert not reply.answer.startswith(("Oui", "Yes", "نعم")), reply.answer


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("any parking near where the summit was held?", "en"),
        ("Was there a Q&A where the audience could ask the speakers questions?", "en"),
        ("y avait un parking près de l'endroit où s'est tenu le sommet ?", "fr"),
        ("واش كان شي باركينغ قريب من البلاصة فين دارو القمة؟", "ar"),
    ],
)
def test_what_the_article_never_says_is_not_answered_by_the_clause_after_it(
    engine: Engine, text: str, language: str
) -> None:
    # The clause names where ("where the summit was held"); the question is about parking.
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("fallback", language), reply


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("متى تنطلق فعاليات القمة؟ وما هو التوقيت المحدد للجلسات؟", "answer", "faq_start_time"),
        ("ما الخصائص التي توفرها المنصة لدعم راحة مستخدميها النفسية؟", "answer", "event_tools"),
        ("انت بتعرف تعمل ايه بالظبط؟", "smalltalk", "bot_capabilities"),
        ("كم تبلغ رسوم المشاركة في هذه الفعالية؟", "answer", "faq_tickets"),
        ("وش سالفة هالقمة؟ عطني نبذة بسيطة", "answer", "event_overview"),
    ],
)
def test_arabic_words_from_the_holdouts(engine: Engine, text: str, kind: str, source: str) -> None:
    # "تنطلق" (starts), "الراحة النفسية" (well-being), Egyptian "بتعرف تعمل ايه", "رسوم"
    # (fees), Gulf "وش سالفة" (what's the story of).
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == (kind, source), reply


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("was the summit in casablanca or rabat?", "en"),
        ("le sommet, c'était à Casablanca ou à Tanger ?", "fr"),
        ("raja khsrat lbare7 w ana m9tol 😭 walakin sommet kan f casablanca wla f rbat?", "fr"),
        ("هل أقيمت القمة في الدار البيضاء أم في مراكش؟", "ar"),
    ],
)
def test_a_choice_between_the_right_city_and_another_gets_the_right_one(
    engine: Engine, text: str, language: str
) -> None:
    # A city the pack never names is the other choice, not the subject; "هل ... أم" is "or".
    reply = engine.reply(text)
    assert (reply.kind, reply.source, reply.verdict) == ("answer", "event_place", None), reply
    assert reply.language == language


def test_a_choice_the_article_does_not_settle_still_falls_back(engine: Engine) -> None:
    # Neither language is a fact of the pack: nothing to choose from.
    assert engine.reply("Les débats étaient en arabe ou en français ?").kind == "fallback"


@pytest.mark.parametrize(
    ("text", "source", "verdict"),
    [
        ("Il y a eu deux tables rondes, c'est ça ?", "programme", "yes"),
        ("Il y a eu trois tables rondes ?", "programme", "no"),
        ("there were two round tables, right?", "programme", "yes"),
        ("kano 2 tables rondes ?", "programme", "yes"),
        ("جلال توفيق هذا دكتور نفسي ولا لا؟", "toufiq", "yes"),
        # "صدق/صحيح ان ..." (is it true that) checks a fact; "put this whole thing together"
        # organised it; "يتطلب" (required) asks nothing of its own.
        ("صدق ان القمة كانت بالرياض؟", "event_place", "no"),
        ("صحيح ان القمة كانت في الدار البيضاء؟", "event_place", "yes"),
        ("Who actually put this whole thing together?", "event_organiser", None),
        ("هل كان الحضور يتطلّب شراء تذكرة؟", "faq_tickets", None),
    ],
)
def test_a_fact_checked_in_everyday_words_gets_its_verdict(
    engine: Engine, text: str, source: str, verdict: str | None
) -> None:
    # "il y a eu" (there were) is four words, "c'est ça ?" a tag; "دكتور نفسي" is how
    # people say psychiatrist.
    reply = engine.reply(text)
    assert (reply.source, reply.verdict) == (source, verdict), reply


def test_a_question_about_his_main_message_is_about_the_man_named_before(engine: Engine) -> None:
    # "his main message" is his: the phrase after "his" is read whole.
    reply = engine.reply(
        "Dear bot, I am retired doctor, my English is not perfect sorry. I read about "
        "Professor Toufik the psychiatrist in this summit. Please, what was his main message?"
    )
    assert (reply.kind, reply.source) == ("answer", "toufiq"), reply


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("how can mental illness be less frowned upon?", "en"),
        ("comment faire pour que la santé mentale soit moins mal vue ?", "fr"),
    ],
)
def test_less_frowned_upon_is_stigma(engine: Engine, text: str, language: str) -> None:
    reply = engine.reply(text)
    assert (reply.source, reply.language) == ("faq_stigma", language), reply


def test_a_lot_in_darija_is_no_organiser(engine: Engine) -> None:
    # "واجد" alone is "a lot" ("متابعين واجد", many followers), not "who prepared".
    assert engine.reply("عادل تاويل عنده متابعين واجد؟ يعني مشهور؟").source != "event_organiser"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("who were the women on the first round table?", {"kendili", "jaafar"}),
        ("les femmes de la première table ronde ?", {"kendili", "jaafar"}),
        ("من هن النساء اللواتي جلسن في الطاولة المستديرة الأولى؟", {"kendili", "jaafar"}),
        ("chkouna li khdama f tiktok o kanet f table ronde lowla", {"jaafar"}),
        ("which women spoke on the second panel?", {"bahri"}),
    ],
)
def test_the_people_of_a_kind_on_one_round_table_come_from_the_programme(
    engine: Engine, text: str, expected: set[str]
) -> None:
    reply = engine.reply(text)
    found = {s.id for s in reply.suggestions} if reply.kind == "clarify" else {reply.source}
    assert found == expected, reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "مش" is "not" in Egyptian and Levantine Arabic, as "ماشي" is in Darija.
        ("مين المتحدثين اللي مش دكاترة ولا أخصائيين؟", {"jaafar", "taouil"}),
        ("who were the speakers that are not doctors or therapists?", {"jaafar", "taouil"}),
        # "the write-up" is the article; Gulf "منو اللي" is "who".
        ("whose words were actually quoted in the write-up?", {"jaafar", "bahri"}),
        ("منو اللي تنقل كلامهم فالمقال؟", {"jaafar", "bahri"}),
    ],
)
def test_descriptions_in_new_words_list_every_speaker_they_fit(
    engine: Engine, text: str, expected: set[str]
) -> None:
    reply = engine.reply(text)
    assert {s.id for s in reply.suggestions} == expected, reply


@pytest.mark.parametrize(
    "text",
    [
        "was it in casa? when was it?",
        "mdr jsuis mort de rire, ya vraiment eu un sommet tiktok a casa? c t quand",
        "واش كانت فكازا؟ امتى كانت؟",
    ],
)
def test_a_question_after_a_checked_fact_is_answered_too(engine: Engine, text: str) -> None:
    reply = engine.reply(text)
    assert (reply.source, reply.verdict, reply.also) == ("event_place", "yes", ("event_date",))
    assert "2024" in reply.answer


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("on y parlait de quoi ?", ("@spoke", "?what")),
        ("elle y a parlé de quoi ?", ("@spoke", "?what")),
        ("y did they do it", ("?why",)),
    ],
)
def test_french_there_is_no_chat_why(engine: Engine, text: str, terms: tuple[str, ...]) -> None:
    # "on y parlait" is "they talked there"; "y" opening an English message is "why".
    assert tuple(engine.matcher.vocabulary.terms(text)) == terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Which speakers have first names beginning with M?", {"jaafar", "bahri"}),
        ("les intervenants dont le nom de famille commence par B", {"benabbou", "bahri"}),
        ("chkoun li smiythom katbda b A ? (prénom)", {"taouil", "benabbou"}),
        ("شكون هوما الجوج اللي السمية ديالهم كتبدا بحرف الميم؟", {"jaafar", "bahri"}),
        ("من هم المتحدثون الذين تبدأ أسماؤهم بحرف الألف؟", {"kendili", "benabbou"}),
        ("شكون المتدخلين لي الكنية ديالهم كتبدا بحرف T؟", {"toufiq", "taouil"}),
    ],
)
def test_speakers_found_by_the_letter_their_name_starts_with(
    engine: Engine, text: str, expected: set[str]
) -> None:
    # A letter written in Arabic is read in the Arabic names (إيمان and أيوب start with alif).
    reply = engine.reply(text)
    assert reply.kind == "clarify" and {s.id for s in reply.suggestions} == expected, reply


@pytest.mark.parametrize(
    "text", ["ça commence à quelle heure ?", "does it start with the first panel?"]
)
def test_starting_with_no_letter_is_no_question_about_names(engine: Engine, text: str) -> None:
    assert engine.reply(text).kind != "clarify"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("le sommet c'était que pour les médecins ?", "fr"),
        ("was the summit only for doctors?", "en"),
        ("واش كانت القمة غير للطبا؟", "ar"),
        ("wach sommet kan ghir l tobba?", "fr"),
    ],
)
def test_only_for_doctors_gets_no(engine: Engine, text: str, language: str) -> None:
    # "que pour", "غير ل..." ask whether nobody else came: creators did.
    reply = engine.reply(text)
    assert (reply.source, reply.verdict, reply.language) == ("event_participants", "no", language)


def test_other_than_doctors_still_rules_them_out(engine: Engine) -> None:
    reply = engine.reply("شكون المتدخلين غير الأطباء؟")
    assert {s.id for s in reply.suggestions} == {"jaafar", "taouil", "benabbou", "bahri"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("what tools does tiktok offer to support users' mental health?", "en"),
        ("quels outils tiktok propose pour le bien-être des utilisateurs ?", "fr"),
        (
            "مساء الخير، أنا أستاذة في إعدادية بمراكش وأحضّر حصة عن الاستعمال المسؤول للإنترنت. "
            "هل يمكنكم أن تذكروا لي الأدوات التي تقدمها تيك توك لدعم الصحة النفسية للمستخدمين؟",
            "ar",
        ),
    ],
)
def test_tools_for_users_are_the_platforms_tools(engine: Engine, text: str, language: str) -> None:
    # The tools the platform offers its users, not the speaker who presented some of them.
    reply = engine.reply(text)
    assert (reply.source, reply.language) == ("event_tools", language), reply


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Qui a gagné la CAN 2023 ?", "fr"),
        ("واش عطاو شهادة ديال الحضور؟", "ar"),
        ("did they give a certificate of attendance?", "en"),
        ("wach 3taw chahada dyal l7odor?", "fr"),
    ],
)
def test_another_events_year_and_a_certificate_are_not_known(
    engine: Engine, text: str, language: str
) -> None:
    # A year the pack never gives is another event's; "شهادة الحضور" is a certificate, not
    # the creator's testimony.
    reply = engine.reply(text)
    assert (reply.kind, reply.language) == ("fallback", language), reply


def test_the_creators_testimony_is_still_his(engine: Engine) -> None:
    assert engine.reply("شنو هي الشهادة اللي عطا عادل؟").source == "taouil"


# --- words and shapes from blind sets dev-24 and holdouts 28 and 29 (session 21) -------------


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        # "بغيت نعرف ..." (I'd like to know) opens the question after the writer's story; "t9am",
        # "t3a9ad" (was held) ask nothing of their own.
        (
            "السلام عليكم انا خدام فواحد الجمعية فطنجة وبغيت نعرف الطاولة المستديرة الثانية "
            "شنو كان العنوان ديالها وشكون كانو فيها",
            "answer",
            "positive_impact",
        ),
        (
            "hello, I volunteer for a charity in Leeds and I would like to know the title of "
            "the second round table and who was on it",
            "answer",
            "positive_impact",
        ),
        (
            "cc cv? 😊 sm7li walakin fin t9am had sommet? hit sa7bti galt liya f marrakech",
            "answer",
            "event_place",
        ),
        ("fin t3a9ad had sommet dyal tiktok?", "answer", "event_place"),
        # Levantine "شغلتها" (her job) and "هاي" (this), Darija "اللي واجد" (who prepared), and
        # "البوت" (the bot) asked about.
        ("ميريام بحري هاي شو شغلتها؟", "answer", "bahri"),
        ("شكون اللي واجد هاد الملتقى؟", "answer", "event_organiser"),
        ("من أنت؟ وما طبيعة هذا البوت؟", "smalltalk", "bot_identity"),
        ("what is this bot?", "smalltalk", "bot_identity"),
        # "I am interesting in ..." says what the writer wants, not who they are; the writer's own
        # job says nothing of whom they ask about.
        (
            "Good evening, I am a psychology master student in Lyon. For my thesis I am "
            "interesting in the clinical psychologist who speaks at this summit, what strategies "
            "he propose exactly?",
            "answer",
            "benabbou",
        ),
        (
            "Bonjour, je suis infirmière scolaire à Agadir. Je vois beaucoup d'élèves stressés "
            "par ce qu'ils voient sur les réseaux, surtout des filles qui se comparent sans "
            "arrêt. Il paraît qu'une psychiatre a abordé ça au sommet, vous savez qui c'est et "
            "ce qu'elle proposait ?",
            "answer",
            "kendili",
        ),
        (
            "Hi, I'm a psychologist in Rabat. Who talked about stigma at the summit?",
            "answer",
            "faq_stigma",
        ),
        # Who organised it, named beside the event, and what it was about say which event; "by
        # who?" still asks who organised it.
        ("متى أُقيم الملتقى الذي نظمته تيك توك حول الرفاه النفسي؟", "answer", "event_date"),
        (
            "when was the meetup tiktok organised about digital wellness held?",
            "answer",
            "event_date",
        ),
        (
            "la rencontre organisée par TikTok sur le bien-être, c'était où ?",
            "answer",
            "event_place",
        ),
        ("the tiktok summit organised by who?", "answer", "event_organiser"),
        # The topic's answer names who said it; "which panelist" and "من" ask for the person.
        (
            "Qu'est-ce que les intervenants ont dit sur le role des parents ?",
            "answer",
            "faq_parents",
        ),
        (
            "im a teacher and one of my students seems really down lately. did the summit say "
            "anything about reducing stigma i could use in class?",
            "answer",
            "faq_stigma",
        ),
        ("Which panelist stressed that parents have a crucial role?", "answer", "bahri"),
        ("من أكدت على الدور الأساسي للآباء؟", "answer", "bahri"),
        # A man and a creator: one speaker is both, though others are one or the other.
        ("le mec qui fait des videos sur tiktok il a raconté koi", "answer", "taouil"),
        ("also who was the tiktoker guy there?? i wanna follow him 👀", "answer", "taouil"),
        # "تخبرني" (tell me), "بما" (of what) and "قدمه" (he presented) are no subject the
        # article is silent on.
        ("فأرجو أن تخبرني بما قدمه البروفيسور جلال توفيق في مداخلته.", "answer", "toufiq"),
        ("أخبرني نكتة", "smalltalk", "joke"),
        # Scrolling all day is screen time.
        (
            "chno homa les outils li 3andhom bach ma nb9ach nscrolli tol nhar",
            "answer",
            "event_tools",
        ),
        ("شنو هوما الأدوات باش مانبقاش نسكرولي طول النهار؟", "answer", "event_tools"),
        # "كيكون" (is), "ملي" (when), "7sab" (according to), "darou" (they held) are glue;
        # "l7ashma w l3ar" is shame, "قاله" is "said".
        ("شنو قالو على الحشمة والعار اللي كيكون مع المرض النفسي؟", "answer", "faq_stigma"),
        (
            "kifach n9drou n9ssou mn l7ashma w l3ar dyal lmrd nafsi 3la 7sab sommet?",
            "answer",
            "faq_stigma",
        ),
        ("ما الذي قاله البروفيسور جلال توفيق في القمة؟", "answer", "toufiq"),
        ("3lach darou had lmo2tamar?", "answer", "event_purpose"),
        # Polite closings in Darija and Arabic are small talk.
        ("bslama, nhark zin", "smalltalk", "goodbye"),
        ("شكراً جزيلاً على المساعدة، معلومات مفيدة جداً", "smalltalk", "thanks"),
        ("مشكور ما قصرت، مع السلامة", "smalltalk", "goodbye"),
        ("thanks a lot, have a good day", "smalltalk", "goodbye"),
        # "<organiser>'s mental wellbeing gathering" says which event; "f 7yato" (in his life)
        # asks what he does.
        ("when was tiktok's mental wellbeing gathering", "answer", "event_date"),
        ("where was the wellbeing summit?", "answer", "event_place"),
        ("ach kaydir ayoub benabbou f 7yato", "answer", "benabbou"),
    ],
)
def test_words_and_shapes_nobody_wrote_down_in_session_21(
    engine: Engine, text: str, kind: str, source: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == (kind, source), reply
