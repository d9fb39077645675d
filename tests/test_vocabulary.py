"""Words the pack's phrasings never use: whole families of synonyms, inflections, spellings
and fillers, read through the engine as the bot and the CLI use it."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.knowledge import Pack


@pytest.fixture(scope="module")
def engine(pack: Pack) -> Engine:
    return Engine(pack, cache=0)


# Each message uses a word that no phrasing of the pack uses, only a word of its family.
FAMILIES = [
    # well-being is one word, not two stopwords
    ("les fonctionnalités bien-être de TikTok", "event_tools"),
    ("tiktok wellbeing features", "event_tools"),
    ("الميزات ديال الرفاهية في تيك توك", "event_tools"),
    # the meeting, the forum, the gathering: the event
    ("l'objectif du forum c'était quoi", "event_purpose"),
    ("شنو كان الهدف من هاد اللقاء", "event_purpose"),
    ("امتى كان اللقاء", "event_date"),
    ("what was the point of the gathering", "event_purpose"),
    # speakers by any name
    ("who were the guests", "speakers"),
    ("how many panellists", "speakers"),
    # said, declared, emphasised, pointed out
    ("qui a souligné le rôle des familles", "bahri"),
    ("who emphasised the role of parents", "bahri"),
    # options, settings, limits
    ("est-ce que tiktok a des options pour limiter le temps d'écran", "event_tools"),
    ("does tiktok let you set a daily limit", "event_tools"),
    ("wach kayn chi option bach n7dded lwe9t", "event_tools"),
    # topics, themes, المحاور
    ("what topics were covered", "programme"),
    ("شنو هوما المحاور ديال القمة", "programme"),
    # vision, final message, the future
    ("la vision de tiktok pour l'avenir", "event_vision"),
    ("what was the final message", "event_vision"),
    ("بماذا اختتمت القمة", "event_vision"),
    # who put it on
    ("c'est tiktok qui a monté ce sommet ?", "event_organiser"),
    ("شكون اللي نظموا القمة", "event_organiser"),
    # asking for an overview in other words
    ("présente moi le sommet", "event_overview"),
    ("tl;dr of the summit", "event_overview"),
    ("عطيني فكرة على القمة", "event_overview"),
    # the stigma of "7chouma", a spokesperson, kids by their slang name
    ("واش هضرو على الحشومة ديال الصحة النفسية", "faq_stigma"),
    ("la porte-parole de tiktok a dit quoi", "jaafar"),
    ("was the tiktok spokesperson quoted on the record?", "jaafar"),
    ("comment tiktok protège les gamins", "event_tools"),
    # what people guess SAC is: a council, a committee, مجلس
    ("c'est quoi le conseil consultatif de sécurité MENAT", "faq_sac"),
    ("شنو هو المجلس الاستشاري ديال السلامة", "faq_sac"),
    # where exactly: the hall, the hotel
    ("شنو هي القاعة ولا الأوطيل فين تدار؟", "event_place"),
    # chat spelling
    ("whr was the summit", "event_place"),
    ("wen was da tiktok mental health thing in morocco", "event_date"),
    ("les billets coûtaient combien", "faq_tickets"),
    ("ماذا قالوا عن الوصم", "faq_stigma"),
    # the programme by other names: the full programme, the dialogue sessions, the format
    ("أريد الاطلاع على البرنامج الكامل", "programme"),
    ("ما عناوين الجلسات الحوارية", "programme"),
    ("how was the day structured", "programme"),
    ("les thèmes li t9ado f sommet", "programme"),
    # counting and naming the speakers: "le nombre", "speaker count", "سميات", "tdakhel"
    ("le nombre d'intervenants", "speakers"),
    ("speaker count?", "speakers"),
    ("عطيني سميات المتدخلين كاملين", "speakers"),
    ("ch7al mn wa7ed tdakhel", "speakers"),
    # chat English and the gist
    ("wats the point of the summit", "event_purpose"),
    ("give me the gist of the event", "event_overview"),
    # "was held" in Darija and French: a filler, not a subject
    ("imta t3amlat l9imma", "event_date"),
    ("ça se passait où", "event_place"),
    ("chno kheraj mn sommet", "event_vision"),
    # a get-together, "l7adat" (الحدث), "tjm3" (التجمع): the event
    ("where was the get-together held?", "event_place"),
    ("fin kan had l7adat?", "event_place"),
    ("chkoun nadem had tjm3?", "event_organiser"),
    # who put it on, who was behind it
    ("so who put this on?", "event_organiser"),
    ("شكون اللي كان وراء هاد القمة؟", "event_organiser"),
    # what kind of people, who showed up
    ("what kind of people were at the summit?", "event_participants"),
    ("quel genre de profils au sommet ?", "event_participants"),
    ("شنو نوع الناس اللي كانو فالقمة؟", "event_participants"),
    ("who showed up at the summit?", "event_participants"),
    # a sequel, "remettre ça"
    ("will there be a sequel to the summit?", "faq_next_edition"),
    ("ils vont remettre ça l'année prochaine ?", "faq_next_edition"),
    # the inaugural one, one like it before
    ("was it the inaugural summit?", "event_first"),
    ("tiktok avait déjà organisé un sommet pareil ?", "event_first"),
    # mothers and fathers as a pair
    ("et les papas et les mamans dans tout ça ?", "faq_parents"),
    ("any advice for mums and dads?", "faq_parents"),
    ("شنو دور الأب والأم حسب القمة؟", "faq_parents"),
    # shame ("الحشمة", "l7chma") is the stigma; "troubles psy" the illness, not a psy
    ("الحشمة ديال المرض النفسي، شكون هضر عليها؟", "faq_stigma"),
    ("chno tgal 3la l7chouma f sommet", "faq_stigma"),
    ("qui a parlé du tabou des troubles psy ?", "faq_stigma"),
    ("who discussed how ashamed people feel of mental illness?", "faq_stigma"),
    ("chkoun hder 3la l7chma dyal lmrad nafsi?", "faq_stigma"),
    # feeling less than others is comparison
    ("شكون هضر على الشعور بالنقص عند الشباب؟", "kendili"),
    # the one who makes videos is the creator
    ("le mec qui fait des vidéos sur tiktok, c'est qui ?", "taouil"),
    # a force for good is a positive impact
    ("the panel on social media as a force for good", "positive_impact"),
    # the long term is the vision
    ("what does the summit mean in the long run?", "event_vision"),
    ("شنو أهمية القمة على المدى الطويل؟", "event_vision"),
    # what is meant by, a video on demand, a recording, getting in, SMS "kel jour"
    ("ما المقصود بـ SAC؟", "faq_sac"),
    ("is there a vod of the summit", "faq_replay"),
    ("واش كاين تسجيل مرئي ديال القمة؟", "faq_replay"),
    ("fallait payer pour entrer ?", "faq_tickets"),
    ("kel jour c'était la rencontre ?", "event_date"),
    # the segments of the programme, the line-up of speakers
    ("شنو هي الفقرات ديال القمة؟", "programme"),
    ("the line-up of the summit?", "speakers"),
    # which month asks when; "l7aja" (the thing) is a filler
    ("في أي شهر كانت القمة؟", "event_date"),
    ("f ina chhar kan sommet?", "event_date"),
    ("imta daro had l7aja?", "event_date"),
    # scrolling, glued to the screen, cutting screen time
    ("tiktok a quoi pour moins scroller ?", "event_tools"),
    ("does tiktok have anything to stop kids scrolling?", "event_tools"),
    ("tiktok fiha chi haja bach ma nb9ach lase9 f l'ecran?", "event_tools"),
    ("كاين شي حاجة فتيك توك كتقلص الوقت أمام الشاشة؟", "event_tools"),
    ("ما الأدوات التي تساعد على تقليص الوقت أمام الشاشة؟", "event_tools"),
    # from a distance is the replay; paying (lkhlas) and invitations are the tickets
    ("on pouvait le voir à distance ?", "faq_replay"),
    ("b ch7al kan lkhlas dyal sommet?", "faq_tickets"),
    ("was it by invitation only?", "faq_tickets"),
    ("c'était sur invitation ?", "faq_tickets"),
    # who threw it, the kickoff, doing it again
    ("who threw the summit?", "event_organiser"),
    ("what was the kickoff time?", "faq_start_time"),
    ("wach ghadi t3awd l9imma?", "faq_next_edition"),
    # "les darons", SMS "kesk", what is expected of parents
    ("les darons, ils en ont parlé ?", "faq_parents"),
    ("kesk'ils ont dit aux darons ?", "faq_parents"),
    ("ما المطلوب من الآباء حسب القمة؟", "faq_parents"),
    # how society sees mental illness is the stigma
    ("هل تحدثوا عن نظرة المجتمع للمرض النفسي؟", "faq_stigma"),
    ("ils ont parlé du regard des autres sur les maladies psy ?", "faq_stigma"),
    # the university by its town, the creator by what he does, the local angle
    ("la médecin de Benguerir, c'est qui ?", "kendili"),
    ("الطبيبة ديال جامعة بنجرير شكون هي؟", "kendili"),
    ("the creator who opened up about mental health, who is he?", "taouil"),
    ("chkoun li kaydir contenu f tiktok?", "taouil"),
    ("chkoun li 3ta nadra 3la lmaghrib?", "bahri"),
    # reaching the organisers
    ("kifach nwasslo m3a les organisateurs?", "faq_contact"),
    ("واش كاين شي كونطاكت ديال الصحافة؟", "faq_contact"),
    # what people say around the question: "il paraît", "kolchi kaygoul", "ديما كنسمع",
    # "أرجو تزويدي"
    ("il paraît qu'il existe une vidéo du sommet ?", "faq_replay"),
    ("kolchi kaygoul bli kayn replay dyal sommet, wach b sa7?", "faq_replay"),
    ("ديما كنسمع على القمة، فين كانت؟", "event_place"),
    ("أرجو تزويدي بحسابات إنستغرام لمتابعة القمة", "event_social"),
    # an acronym spelt out letter by letter
    ("c'est quoi le S.A.C. ?", "faq_sac"),
    ("what does M.E.N.A.T stand for?", "faq_menat"),
    ("شنو معنى M-E-N-A-T؟", "faq_menat"),
    ("M-E-N-A-T kat3ni chno?", "faq_menat"),
    # SMS "c t kan" is when; "quel lieu", "which place" ask where; "again" is a filler
    ("c t kan la conférence ?", "event_date"),
    ("c'était dans quel lieu ?", "event_place"),
    ("which place hosted the summit?", "event_place"),
    ("sorry, where was the summit again?", "event_place"),
    # "معناها" is its meaning; "de quoi s'agissait-il" asks what it was
    ("SAC شنو معناها؟", "faq_sac"),
    ("de quoi s'agissait-il, ce sommet ?", "event_overview"),
    # who was behind it, who put it together; "la santé psy" is mental health, no psy
    ("Who put the whole thing together?", "event_organiser"),
    ("qui était derrière l'organisation de cette rencontre sur la santé psy", "event_organiser"),
    ("chkoun li kan mora had sommet?", "event_organiser"),
    ("شكون اللي ورا هاد القمة؟", "event_organiser"),
    ("ils ont parlé des tabous autour de la santé psy ?", "faq_stigma"),
    ("who put the event on?", "event_organiser"),
    ("who put this summit on?", "event_organiser"),
    ("شكون اللي واقف ورا هاد القمة؟", "event_organiser"),
    ("من يقف وراء هذه القمة؟", "event_organiser"),
    ("chkoun li wa9ef mora had sommet?", "event_organiser"),
    # "kamla" (the whole of it) asks nothing of its own
    ("salam, ana mama w bghit n3ref chkoun nadem had sommet kamla", "event_organiser"),
    # Levantine "شو" asks what; where the asker read a word is no part of the question
    ("شو يعني MENA-T؟", "faq_menat"),
    ("مرحبا، ما المقصود بعبارة SAC الواردة في المقال؟", "faq_sac"),
    # how long a summary should be asks nothing; "le déroulé" is the programme
    ("could you sum up the summit in a few lines?", "event_overview"),
    ("3tini résumé 3la sommet f joj stora", "event_overview"),
    ("Tu peux me résumer le déroulé du sommet en 3 lignes ?", "programme"),
    # SMS "koi comme jour" asks which day
    ("c t koi comme jour le sommet ?", "event_date"),
    # "m'aider à trouver": what is to be found is asked
    ("tu peux m'aider à trouver le replay ?", "faq_replay"),
    # politeness in several words asks nothing
    ("c'est quand s'il te plaît ?", "event_date"),
    ("où était le sommet, s'il vous plaît ?", "event_place"),
]


@pytest.mark.parametrize(("text", "source"), FAMILIES)
def test_a_word_of_a_family_the_pack_never_used_finds_its_entry(
    engine: Engine, text: str, source: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("answer", source), reply


SMALL_TALK = [
    # Egyptian and Levantine "how are you"; what the bot can help with
    ("إزيك، عامل إيه النهارده؟", "how_are_you"),
    ("كيفك شو الأخبار؟", "how_are_you"),
    ("عامل إيه النهارده؟", "how_are_you"),
    ("شلونك؟", "how_are_you"),
    ("من أنت، وفي أي شيء يمكنك مساعدتي؟", "bot_capabilities"),
    ("tu peux m'aider sur quoi au juste ?", "bot_capabilities"),
    ("who r u even", "bot_identity"),
    ("thx bro ur the best 🔥", "thanks"),
    ("شكرا بزاف الله يحفظك", "thanks"),
    ("merci khoya yatik sa7a", "thanks"),
    ("Je vous remercie infiniment", "thanks"),
    ("see ya", "goodbye"),
    # Goodbye, not "the meeting" (اللقاء).
    ("إلى اللقاء", "goodbye"),
    # Goodbye, not "watch it again" (revoir).
    ("au revoir", "goodbye"),
    ("cc 👋", "greeting"),
    ("gm", "greeting"),
    ("merci mon grand que dieu te garde", "thanks"),
    ("safi merci", "thanks"),
]


# Descriptions of several speakers in words their tags never use: each offers exactly the
# speakers it fits.
DESCRIBED = [
    # men, asked with "who" (not "who are you")
    ("chkoun homa rjal li tdakhlo", {"toufiq", "taouil", "benabbou"}),
    # health professionals by any name
    ("who were the clinicians", {"toufiq", "kendili", "benabbou", "bahri"}),
    ("les soignants parmi les intervenants c'est qui", {"toufiq", "kendili", "benabbou", "bahri"}),
    ("مهنيو الصحة اللي هضرو", {"toufiq", "kendili", "benabbou", "bahri"}),
    # linked to TikTok, to MENAT: the link is the words around the name
    ("les intervenants en lien avec TikTok", {"jaafar", "taouil"}),
    ("المتدخلين التابعين لتيك توك", {"jaafar", "taouil"}),
    ("who is connected to MENAT", {"jaafar", "bahri"}),
    ("chkoun li 3ndo 3ala9a b menat", {"jaafar", "bahri"}),
    # the quotes, as Arabic says "quoted between quotation marks"
    ("كلام منقول بين المزدوجتين فالمقال ديال منين", {"jaafar", "bahri"}),
    # quoted word for word, directly
    ("من هم المتحدثون الذين نقلت تصريحاتهم حرفيا؟", {"jaafar", "bahri"}),
    ("which speakers have direct quotes?", {"jaafar", "bahri"}),
    ("qui sont les intervenants cités en citation directe ?", {"jaafar", "bahri"}),
]


@pytest.mark.parametrize(("text", "ids"), DESCRIBED)
def test_a_description_in_words_no_tag_uses_offers_the_speakers_it_fits(
    engine: Engine, text: str, ids: set[str]
) -> None:
    reply = engine.reply(text)
    assert reply.kind == "clarify", reply
    assert {s.id for s in reply.suggestions} == ids, reply


@pytest.mark.parametrize(("text", "source"), SMALL_TALK)
def test_small_talk_in_words_the_pack_never_used(engine: Engine, text: str, source: str) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("smalltalk", source), reply


@pytest.mark.parametrize(
    "text",
    [
        # Cities, fees and "near" are what these ask about, not the summit.
        "best psychiatrist in marrakech?",
        "wach kan parking 9rib?",
        # "lunch" is not "launch", "weather" is not "gathering".
        "was lunch provided",
        "weather in Casablanca tomorrow?",
        "c quoi la difference entre un psychiatre et un psychologue ?",
        "yavait combien de monde au sommet",
        # Health workers and TikTok's numbers, not the summit's health professionals or speakers.
        "healthcare workers salary in morocco",
        "number of tiktok users in morocco",
        # Deleting one's own account: "نحيد" alone is not "breaking" a taboo.
        "كيفاش نحيد الحساب ديالي من انستغرام؟",
    ],
)
def test_a_question_sharing_new_words_with_the_summit_still_falls_back(
    engine: Engine, text: str
) -> None:
    assert engine.reply(text).kind == "fallback"


@pytest.mark.parametrize(
    "text",
    [
        "Bonsoir, petite curiosité d'une infirmière à la retraite : chacun des intervenants, "
        "c'était qui ?",
        "السلام عليكم، أنا ممرضة متقاعدة، ممكن تعطيني بصفة عامة لائحة المتدخلين كاملة؟",
    ],
)
def test_who_asks_and_how_they_ask_do_not_drown_the_question(engine: Engine, text: str) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("answer", "speakers"), reply


def test_a_concept_of_several_words_leaves_each_word_its_own_meaning(engine: Engine) -> None:
    """ "the gathering" is the event; "the" alone is still nothing, "pointed out" is said."""
    terms = engine.matcher.vocabulary.terms
    assert terms("the speakers") == ("@speaker",)
    assert terms("what was the point of the gathering") == ("?what", "@goal", "@event")
    assert terms("she pointed out") == ("@spoke",)


@pytest.mark.parametrize(
    "text",
    ["my mom wants to know when the summit was", "ma maman veut savoir c'était quand le sommet"],
)
def test_the_askers_own_mother_does_not_make_it_a_question_about_parents(
    engine: Engine, text: str
) -> None:
    reply = engine.reply(text)
    assert (reply.kind, reply.source) == ("answer", "event_date"), reply


def test_an_illness_called_psy_is_the_illness_not_a_psy_speaker(engine: Engine) -> None:
    """ "maladies psy", "المرض النفسي" are mental illness; "get-together" is the event."""
    terms = engine.matcher.vocabulary.terms
    assert terms("maladies psy") == ("@mental",)
    assert terms("المرض النفسي") == ("@mental",)
    assert terms("the get-together") == ("@event",)
