"""Distress detection: first-person wishes to die, self-harm and hopelessness, in every language."""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.text import fold

# Patterns run on `_normalise(text)`: `fold` (lower-case, no accents or Arabic diacritics, Arabic
# letter variants folded: ة→ه, ى→ي, أ→ا), then Arabizi digits spelt out (n9tel→nqtel,
# n3ich→naich) and the Arabic article stripped (الانتحار→انتحار). One space between words and no
# punctuation, so "I'm" is "i m" and "can't" is "can t". Every pattern sits on word boundaries.
#
# The Arabizi and article steps are kept here rather than taken from `bot.text.words`, which
# stems words for the matcher ("cutting"→"cutt", "حياتي"→"حيات"): stems tuned for ranking
# answers must not silently change what counts as a cry for help.
_ARABIZI_WORD = re.compile(
    r"^(?!\d+(?:e|er|ere|eme|nd|rd|st|th)$)(?=.*[a-z])(?=.*[235679])[a-z0-9]+$"
)
_ARABIZI = str.maketrans({"3": "a", "7": "h", "9": "q", "5": "kh", "2": "", "6": "t"})
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN_LETTER = re.compile("[a-z]")
_ARABIC_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")


def _normalise(text: str) -> str:
    result = []
    for word in fold(text).split():
        if _ARABIZI_WORD.match(word):
            word = word.translate(_ARABIZI)
        elif _ARABIC_LETTER.match(word):
            for article in _ARABIC_ARTICLES:
                if word.startswith(article) and len(word) - len(article) >= 2:
                    word = word[len(article) :]
                    break
        result.append(word)
    return " ".join(result)


def _any(*options: str) -> str:
    return "(?:" + "|".join(options) + ")"


# Bounded lookaheads: a phrase counts only when the message ends there or goes on about life,
# so "I can't go on stage" and "je veux en finir avec ce dossier" stay quiet.
def _ending(*continuations: str) -> str:
    return "(?= *$| " + _any(*continuations) + r"\b)"


_ME = r"(?:my ?sel[fv]e?|mysef|myslef|myslf|meself)"
_RASSI = r"(?:ra+s+[iy]|n[ae]?fs+[iy])"  # Darija "my head" = myself, and "nefsi"

# ---------------------------------------------------------------------------------- English
_EN_NEG = _any(
    r"don ?t",
    "do not",
    r"didn ?t",
    "did not",
    r"doesn ?t",
    "never",
    "not",
    r"won ?t",
    "will not",
    r"wouldn ?t",
    "would not",
    "no longer",
)
_EN_FILL = _any(
    "just",
    "really",
    "so",
    "literally",
    "honestly",
    "actually",
    "fucking",
    "fking",
    "fkn",
    "kinda",
    "kind of",
    "sort of",
    "sometimes",
    "still",
    "often",
    "rly",
    "truly",
    "seriously",
    "lowkey",
    "genuinely",
    "even",
    "ever",
    "all",
    "almost",
)
# Words that may sit between a negation and the act: "I would never even think of killing myself".
_EN_NEG_TAIL = _any(
    _EN_FILL,
    "want",
    "wanna",
    "to",
    "going",
    "gonna",
    "plan",
    "planning",
    "try",
    "trying",
    "think",
    "thinking",
    "about",
    "of",
    "intend",
    "need",
    "be",
    "able",
)
_EN_NEG_BEFORE = rf"{_EN_NEG} (?:{_EN_NEG_TAIL} ){{0,5}}"
_EN_WANT = _any(
    r"i?wa?n+t(?:ed|s)?(?: (?:to|2|too|ta|t))?",
    r"i?wa?n+a",
    r"need(?:ed|s)? to",
    r"wish(?:ed)? to",
    "would like to",
    "d like to",
    r"long(?:ing)? to",
    "deserve to",
)
_EN_DIE = _any(
    "die",
    "be dead",
    r"not (?:be alive|exist|be here|live)",
    "stop existing",
    "cease to exist",
    r"disappear"
    + _ending(
        "forever", "for good", "for ever", "completely", r"from (?:this|the) (?:world|earth)"
    ),
)
_EN_TOPIC_AFTER = (
    r"(?! (?:prevention|awareness|rates?|risk|statistics|stats|research|polic(?:y|ies)|hotline"
    r"|helpline|among|in (?:teens|youth|young|adolescents|morocco|students))\b)"
)
_EN_LIVE_NOT_PLACE = (
    r"(?! (?:in|at|on|with|near|there|here|abroad|alone|together|far|close|downtown|nearby"
    r"|by|under|next|without (?:my|a|the|wifi))\b)"
)

_EN_SUICIDE = [
    _any(
        rf"kil+(?:ing|ed|s)? {_ME}",
        rf"unaliv(?:e|ing|ed) (?:{_ME}|me)",
        rf"off(?:ing)? {_ME}",
        rf"(?:hang|shoot|drown|poison)(?:ing|ed)? {_ME}",
        r"(?:end|ending|ended) my (?:own )?life",
        r"(?:take|taking|took) my (?:own )?life(?! (?:back|savings|seriously|into)\b)",
        r"end(?:ing)? it all",
        # "5 kms from the venue" is a distance, not "kill myself".
        r"(?<!\d )(?<!many )(?<!few )kms(?! (?:from|away|to|far|of|per|walk|drive|ride|by|long"
        r"|north|south|east|west|de|du|a)\b)",
        r"(?:want|wanna|going|gonna|plan(?:ning)?|decided|ready|time|about|should) (?:to )?"
        r"(?:just )?end it" + _ending("now", "tonight", "today", "forever", "for good", "already"),
        r"(?:want|wanna|going|gonna|plan(?:ning)?|think(?:ing)? (?:of|about)|decided|trying|tried"
        r"|will|ll|might) (?:to )?(?:" + _EN_FILL + r" )*commit(?:ting)? suicide",
    ),
    # Thinking about it is the most common way people say it; "a talk about suicide" is not.
    r"(?:think(?:ing|s)?|thought(?:s)?|consider(?:ing|ed)?|contemplat(?:ing|e|ed)"
    r"|plan(?:ning|ned)?|obsess(?:ing|ed)?)(?: (?:a lot|so much|seriously|again|lately"
    r"|constantly|often|sometimes|every day|a bit|more and more))? (?:about |of |on )?"
    + _any(
        "(?:my )?suicide" + _EN_TOPIC_AFTER,
        rf"killing {_ME}",
        r"ending (?:my life|it all|it|things)",
        "dying",
        "death",
        "taking my (?:own )?life",
        r"not (?:being here|existing|waking up)",
    ),
    r"(?:i|i ve|ive|i have) (?:\w+ )?(?:attempted|tried) (?:suicide|to end my life)",
    r"my (?:\w+ )?suicide attempts?",
    r"(?:i ?a?m|i feel|feel|feeling|felt|been|getting|get|became|becoming|was|so|very|kinda)"
    rf" (?:{_EN_FILL} )*suicidal",
    r"(?:i|i ve|ive|i have|having|had|have|got|get|getting) (?:(?:some|these|those|bad|dark"
    r"|constant|a lot of|many|more) )?suicidal (?:thoughts?|ideation|feelings?|urges?)",
    # A message that is only "suicidal": an adjective for a person, not a topic.
    r"^suicidal(?: (?:af|rn|now|again|today|tonight|lately))?$",
]

_EN_WISH_TO_DIE = [
    rf"{_EN_WANT} (?:{_EN_FILL} )*{_EN_DIE}",
    rf"i (?:{_EN_FILL} )*(?:should|deserve to|need to) (?:{_EN_FILL} )*(?:die|be dead)",
    r"i ?d (?:much )?rather (?:be dead|die|not (?:exist|live|be alive))(?! than)",
    "better off dead",
    r"wish(?:ed|ing)? (?:i |to |that i )(?:(?:could|would|d|had|was|were|just|simply) )*"
    + _any(
        "die",
        "died",
        "be dead",
        "dead",
        "been dead",
        r"not (?:exist|be alive|be here)",
        r"didn ?t exist",
        "did not exist",
        r"(?:wasn|weren) ?t (?:alive|here)",
        "stop existing",
        "disappear",
        r"never (?:been born|born|existed)",
    ),
    r"(?:feel|feeling|felt) like dying",
]

_EN_SELF_HARM = [
    rf"harm(?:ing|ed)? {_ME}",
    rf"(?:cutting|hurting|burning) {_ME}"
    r"(?! (?:a|an|some|off|free|loose|short|at|in|while|when|playing|during|by accident"
    r"|accidentally|on|cooking)\b)",
    r"(?:want|wanna|urges?|need|started|start|keep|kept|still|sometimes|often|always|i ve"
    r"|ive|used|again|going|gonna|feel like|thinking about|tried|try) (?:to )?"
    rf"(?:{_EN_FILL} )*(?:cut|hurt|harm|burn|punish|starve)(?:ting|ing)? {_ME}",
    rf"(?:cut|hurt|burn) {_ME} (?:again|on purpose|deliberately|every|to (?:feel|cope|forget|calm)"
    r"|sometimes|often|at night|because)",
    r"(?:i|i ve been|ive been|been|started|start|keep|still|my|i ?a?m) (?:"
    + _EN_FILL
    + r" )*self ?harm(?:ing|ed)?",
]

_EN_NOT_LIVING = [
    r"(?:don ?t|do not|doesn ?t|no longer|never|not) (?:" + _EN_FILL + r" )*"
    r"(?:want|wanna|wana|wish|feel like|care) (?:to )?(?:"
    + _EN_FILL
    + r" )*"
    + _any(
        "live" + _EN_LIVE_NOT_PLACE,
        "living" + _EN_LIVE_NOT_PLACE,
        "be alive",
        "exist",
        "existing",
        r"be here (?:anymore|any more|no more)",
        r"keep (?:going|living)" + _ending("like this", "anymore", "any more"),
        "go on" + _ending("like this", "living", "anymore", "any more"),
        "continue" + _ending("living", "like this", "anymore", "any more"),
    ),
    r"no (?:reason|point|purpose) (?:to|in|for) (?:live|living|go on|going on|be alive|life)",
    r"nothing (?:left )?to live for",
    r"what(?: ?s| is) the point (?:of|in) (?:living|life|going on|being alive|existing)",
    r"(?:want|wanna|need|wish) (?:it all|everything|the pain|my life|life|it) (?:all )?to"
    r" (?:end|stop|be over)" + _ending("now", "forever", "already", "for good", "please"),
]

_EN_NEVER_WAKE = [
    r"(?:sleep|asleep|fall asleep|go to sleep) (?:and|n|&) (?:never|not|don ?t|won ?t) wake up",
    r"(?:hope|wish|pray) (?:that )?i (?:don ?t|do not|never|won ?t|wouldn ?t|would never"
    r"|could never|didn ?t) wake up",
    r"(?:don ?t|do not|never) (?:want|wanna) (?:to )?wake up"
    + _ending("again", "ever", "anymore", "any more", "tomorrow"),
    r"sleep forever",
]

_EN_HOPELESSNESS = [
    r"(?:can ?t|cannot|can not|couldn ?t) go on"
    r"(?! (?:stage|the|a|an|at|to|in|on|holiday|vacation|leave|break|time|air|tomorrow|today"
    r"|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|instagram|tiktok"
    r"|facebook|twitter|youtube|zoom|teams|line|site|stream|trips?|tours?|mute)\b)",
    r"(?:can ?t|cannot|can not) (?:take|do|handle|bear|stand) (?:it|this|life) ?(?:anymore|any more"
    r"|no more)",
    r"(?:can ?t|cannot|can not) (?:live|keep living|keep going) like this",
    r"(?:tired|sick|done|exhausted) (?:of|with) (?:life|living|being alive|existing|it all"
    r"|everything)",
    r"done (?:living|with life)",
    r"(?:give|gave|given|giving) up on (?:life|living|everything|myself)",
    r"(?:life|living|my life) (?:is|s|feels|seems) (?:" + _EN_FILL + r" )*"
    r"(?:pointless|meaningless|worthless|hopeless|not worth (?:it|living))",
    r"not worth living",
    r"(?:life|my life) (?:isn ?t|is not) worth (?:it|living)",
    r"i (?:m|am|feel|feeling|felt) (?:" + _EN_FILL + r" )*hopeless(?! (?:at|with)\b)",
    r"i (?:" + _EN_FILL + r" )*hate (?:my life|myself|being alive|living|existing)",
]

_EN_BURDEN = [
    r"(?:better|happier|easier) (?:off )?without me",
    r"(?:no ?one|nobody|no body) (?:would|will|d|ll|is going to|gonna)? ?(?:even |ever |really )?"
    r"miss me",
    r"(?:care|cares|notice|mind|matter) (?:if|when) i (?:die|died|m gone|was gone|were gone"
    r"|am gone|disappear|disappeared|was dead|were dead|wasn ?t here|weren ?t here"
    r"|wasn ?t around|killed myself)",
    r"(?:care|cares|matter|matters) (?:if|whether) i live or die",
    r"(?:i ?a?m|i feel like|feel like|i ve become|i became|i ll always be) (?:i m |im )?"
    r"(?:just |only |nothing but |such |always )*(?:a |the )?(?:burden|waste of (?:space|oxygen))",
]

# ----------------------------------------------------------------------------------- French
_FR_WANT = _any(
    r"j?veu[xt]?",
    "vx",
    "ve",
    r"j?voudrai[st]?",
    r"j?aimerai[st]?",
    "souhaite",
    r"prefere(?:rai[st]?)?",
    r"(?:ai )?envie? d(?:e)?",
    r"reve d(?:e)?",
    "(?:ai )?besoin de",
    "dois",
    "devrais",
    "merite de",
)
_FR_GOING = _any(
    r"j?vai[st]?",
    "jv",
    "compte",
    "pense a",
    "songe a",
    "vais finir par",
    r"(?:ai )?(?:essaye|essaie|tente|decide) de",
    "finir par",
)
_FR_FILL = _any(
    "juste",
    "vraiment",
    "tellement",
    "trop",
    "simplement",
    "seulement",
    "bien",
    "enfin",
    "parfois",
    "souvent",
    "des fois",
    "grave",
    "serieusement",
    "moi",
)
_FR_DIE = _any(
    r"mour+i+r*e?",
    "crever",
    r"etre mort(?: ?e)?",
    "disparaitre"
    + _ending("pour toujours", "a jamais", "de ce monde", "definitivement", "pour de bon"),
    r"(?:dormir|m endormir|partir) (?:pour toujours|pour de bon|a jamais)",
    "quitter ce monde",
)
# French negation wraps the verb: "je (ne) veux pas me tuer", "j'ai pas envie de mourir".
_FR_NEG_BEFORE = r"(?:pas|jamais|point) (?:(?:du tout|vraiment|encore|forcement) )?"
_FR_TOPIC_AFTER = r"(?! (?:chez|des jeunes|au maroc|en|prevention|taux)\b)"

_FR_SUICIDE = [
    _any(
        r"me suicid(?:er|e|erai[st]?|ais)",
        r"mettre fin a (?:mes jours|ma vie)",
        r"me (?:foutre|fout) en l air",
        r"en finir avec (?:la vie|ma vie|cette vie|l existence|tout|moi)",
    ),
    rf"(?:{_FR_WANT}|{_FR_GOING}) (?:{_FR_FILL} )*"
    + _any(
        r"me tuer",
        "me flinguer",
        "me pendre",
        "en finir"
        + _ending(
            "une fois",
            "pour de bon",
            "definitivement",
            "ce soir",
            "aujourd hui",
            "maintenant",
            "je",
            "j",
            "vraiment",
            "et",
        ),
    ),
    r"(?:je |j )?(?:pense|pensais|songe|songeais|reflechis|ai pense|ai songe)"
    r"(?: (?:souvent|sans cesse|beaucoup|tout le temps|parfois|de plus en plus|serieusement"
    r"|encore|vraiment|tous les jours|chaque jour))* "
    + _any(
        "au suicide" + _FR_TOPIC_AFTER,
        "a me suicider",
        "a me tuer",
        "a mourir",
        "a en finir",
        "a la mort",
        r"a mettre fin a (?:mes jours|ma vie)",
    ),
    r"(?:j ?ai|j ?avais|ai|avais|mes|j ?ai eu|ai eu) (?:(?:des|souvent des|encore des|beaucoup d"
    r"|plein d|parfois des|eu des) )?(?:idees|pensees) (?:suicidaires|noires|de mort|de suicide)",
    r"(?:je suis|suis|me sens|sens|devenue?|redevenue?|un peu|tres|trop) (?:"
    + _FR_FILL
    + r" )*suicidaire",
    r"^suicidaire$",
    r"(?:j ?ai fait|j ?ai tente|ma|mes) (?:une |premiere |derniere |deux |plusieurs )?"
    r"tentatives? de suicide",
]

_FR_WISH_TO_DIE = [
    rf"{_FR_WANT} (?:{_FR_FILL} )*{_FR_DIE}",
    r"(?:prefere|prefererais|aurais prefere|aimerais|voudrais) (?:ne )?(?:jamais|pas) "
    r"(?:etre nee?|naitre|exister|avoir existe)",
]

_FR_SELF_HARM = [
    r"me scarifi\w*",
    r"m auto ?mutil\w*",
    r"me mutil\w*",
    rf"(?:me fai[st]|me faire|me suis fait|m fais) du mal",
    "je me coupe"
    + _ending(
        "encore",
        "souvent",
        "parfois",
        "tous les",
        "chaque",
        "volontairement",
        "expres",
        r"les (?:bras|poignets|veines|cuisses|jambes)",
        "avec",
    ),
    rf"(?:{_FR_WANT}|{_FR_GOING}) (?:{_FR_FILL} )*me (?:couper|bruler|blesser"
    r"|scarifier)",
    r"je me (?:blesse|brule) (?:volontairement|expres)",
]

_FR_NOT_LIVING = [
    rf"{_FR_WANT} (?:{_FR_FILL} )*(?:ne )?(?:plus|pas) (?:exister|vivre"
    r"(?! (?:a|au|aux|en|dans|chez|avec|loin|pres|ici|la bas|seule?|sans (?:wifi|internet))\b))",
    r"(?:plus|pas|aucune|plus aucune|perdu) (?:d )?(?:envie|le gout|gout|la force|l envie"
    r"|la volonte) (?:de|d|a) (?:vivre|la vie|exister)",
    r"(?:aucune|plus de|pas de|plus aucune|sans|n ai plus de|n ai pas de) raisons? de vivre",
    r"rien (?:ne )?me retient (?:ici|a la vie|en vie)",
]

_FR_NEVER_WAKE = [
    r"(?:ne )?(?:jamais|plus) me reveiller",
    r"dormir (?:et|pour) ne (?:jamais|plus|pas) (?:me )?reveiller",
]

_FR_HOPELESSNESS = [
    # "j'en peux plus" on its own, or "...de vivre", is distress; "...de ce wifi" is not.
    r"(?:j ?)?en peux (?:plus|pu|pluss?)"
    r"(?! (?:de|du|des|d|avec|pour|sans|a|au)\b(?! (?:vivre|la vie|ma vie|cette vie|exister"
    r"|tout|rien|moi)\b))",
    r"(?:j ?|je ne |je n )?peux (?:plus|pu|pas) (?:vivre|continuer a vivre)",
    r"(?:j ?|je ne |je n )?peux (?:plus|pu) (?:continuer|tenir|supporter|tenir le coup|avancer)"
    + _ending("comme ca", "comme cela", "la vie", "cette vie", "ma vie", "plus longtemps", "je"),
    r"(?:marre|fatiguee?|lasse?|ras le bol|epuisee?|degoutee?|assez) (?:de|d) (?:vivre|la vie"
    r"|ma vie|cette vie|exister|tout)",
    r"(?:la|ma) vie (?:n a|na|a) (?:plus|pas|aucun|plus aucun) (?:de )?sens",
    r"(?:la|ma) vie ne vaut (?:pas|plus|rien)",
    r"(?:ne )?vois (?:plus|pas|aucune) (?:d issue|aucune issue|de sortie|d avenir"
    r"|le bout du tunnel)",
    r"je (?:me deteste|me hais|deteste ma vie|hais ma vie|deteste la vie)",
]

_FR_BURDEN = [
    r"mieux sans moi",
    r"(?:je suis|suis) (?:un|une) (?:fardeau|poids|charge)" + _ending("pour", "a", "mort", "je"),
    r"(?:je suis|suis) (?:un|une|qu un|qu une|juste un|juste une) fardeau",
    r"personne (?:ne )?(?:me regretter\w*|me pleurer\w*|remarquer\w* (?:si|que) je"
    r"|s en (?:rendrait|rendra) compte|s apercevrait)",
    r"manquer(?:ai[st]?|a)? a personne",
]

# ------------------------------------------------------- Arabic script: MSA and Darija
_AR_NEG_BEFORE = (
    r"(?:(?:عمري )?(?:ما|م) ?\S*ش|عمري ما|ما|لا|لن|لم|مش|ماشي|ليس) (?:(?:\S+ش|عدت|اعد|بقيت"
    r"|ابدا|غادي|ان|اريد|اود|ارغب|بغيت|باغي|حاب|نبغي|ابغي|ساحاول|احاول|افكر|نفكر|كنفكر|في) ){0,3}"
)
_AR_WANT = (
    r"[وف]?(?:اريد|اود|ابغي|نبغي|كنبغي|تنبغي|بغيت|باغي|باغيه|بدي|ودي|بودي|حاب|حابب|حابه"
    r"|عايز|عاوز|نفسي|اتمني|نتمني|كنتمني|تنتمني|تمنيت|ياريت|ياريتني|يا ريت|يا ريتني|ابي)"
)
_AR_GOING = r"[وف]?(?:غادي|غاد|غا|سوف|رح|راح|قررت|نويت|ناوي|ناويه|حاولت|ساحاول|كدت|راني غادي)"
_AR_THINK = (
    r"[وف]?(?:(?:كن|تن|ن|ا)?فكر(?:ت)?|كنبقي نفكر|تخطر ببالي|كتخطر ليا)"
    r"(?: (?:كثيرا|بزاف|ديما|دائما|مرات|احيانا|جديا|بجديه|غير|فقط|حتي))*"
)
_AR_FILL = (
    r"(?:غير|فقط|بس|حقا|فعلا|بصح|والله|صراحه|دابا|الان|ان|اني|لو|انا|ديما|دائما|احيانا"
    r"|مرات|بزاف|كثيرا|حتي)"
)
_AR_DIE = (
    r"(?:اموت|نموت|موت|اكون ميتا?|نكون ميت|(?:ا|ن)ختفي"
    r"(?= *$| (?:من هاد|من هذا|من هذه|ابد|الي ابد|نهائيا|من دنيا|من عالم)\b)"
    r"|(?:ا|ن)فارق حياه|اغادر (?:هذه )?حياه|(?:ا|ن)رتاح من (?:هذه |هاد )?(?:حياه|دنيا))"
)
_AR_SUICIDE_WORD = (
    r"(?:انتحار(?! (?:عند|لدي|بين|في صفوف|وسط|شباب|مراهقين|وقايه)\b)|انتحر|ننتحر"
    r"|(?:ا|ن)قتل (?:راسي|نفسي)|(?:ا|ن)نهي حياتي|نموت|اموت"
    # "موت جدي" is a grandfather's death; death itself is thought about alone or "a lot".
    r"|موت(?= *$| (?:كثيرا|بزاف|ديما|دائما|كل يوم|يوميا)\b))"
)
_AR_SUICIDE = [
    # First-person verb forms only: "انتحر" alone is also "he killed himself".
    r"[وف]?(?:كن|تن|غن|سا|سن|ن)نتحر",
    r"[وف]?(?:كن|تن|غن|سا|سن|ن|ا)قتل (?:راسي|نفسي)",
    r"[وف]?(?:ا|ن|سا|سن)نهي حياتي",
    r"(?:اضع|نضع|نحط|ندير) (?:حدا|حد) (?:ل ?حياتي)",
    rf"(?:{_AR_WANT}|{_AR_GOING}) (?:{_AR_FILL} )*(?:في |ف |ب )?"
    r"(?:انتحر|انتحار|الانتحار|ننتحر)",
    rf"{_AR_THINK} (?:في |ف |ب |فى )?{_AR_SUICIDE_WORD}",
    r"(?:عندي|لدي|تراودني|راودتني|كتجيني|تتجيني|تجيني|جاتني|جاوني|كيجيوني|تاتيني"
    r"|تسيطر علي|تطاردني|تلاحقني)(?: \S+){0,2}? (?:افكار|فكره|افكارا|رغبه|رغبات)"
    r"(?: \S+)? (?:انتحاريه|(?:في |ف |ب )?انتحار|(?:في |ف )?موت|نموت|اموت|ننتحر"
    r"|نقتل راسي|اقتل نفسي|انهاء حياتي)",
    r"(?:حاولت|جربت|كنت غادي) (?:ان )?(?:انتحار|انتحر|ننتحر)",
]
_AR_WISH_TO_DIE = [
    rf"{_AR_WANT} (?:{_AR_FILL} )*{_AR_DIE}",
    r"(?:يا ?)?(?:ليتني|ريتني|ياريتني|ريت) (?:" + _AR_FILL + r" )*"
    r"(?:مت|ميت|ميته|لم اولد|ما تولدت|ما تزاديت|ما زديت|مزديتش|متزاديتش|ما كنتش|لم اكن)",
    r"موت (?:احسن|ارحم|افضل|اهون) (?:ليا|لي|من|بكثير|بزاف)",
    r"(?:ياخد|ياخذ|يدي|يقبض|خذ|خود|اقبض) (?:فيا |في |مني )?(?:امانتي|روحي|امانه)",
    r"(?:يميتني|يموتني|تموتني)",
]
_AR_SELF_HARM = [
    r"[وف]?(?:كن|تن|غن|سا|ن|ا)(?:جرح|ضر|وذي|اذي|حرق|قطع|عذب|ضرب|شرط) (?:راسي|نفسي)",
    r"(?:جرحت|ضريت|اذيت|حرقت|قطعت|شرطت) (?:راسي|نفسي)",
    r"[وف]?(?:كن|تن|ن|ا)?(?:جرح|قطع|شرط|نشرط)\S* (?:يدي|يديا|دراعي|ذراعي|معصمي|جلدي)",
]
_AR_LIVE = (
    r"(?:ان )?(?:(?:ا|ن)?عيش"
    r"(?! (?:مع|بعيدا?|قريبا?|هنا|هناك|هنايا|وحدي|بوحدي)\b)"
    r"(?! (?:في|ف|فى) (?!(?:هذا|هذه|هاد|هاذ|هاذي|هادي|عالم|دنيا|حياه)\b))"
    r"|(?:في )?حياه|بقاء|(?:ا|ن)بقي حيا?|(?:ا|ن)كمل حياتي)"
)
_AR_NOT_LIVING = [
    r"(?:ما ?|م)(?:بقيتش |بقيت |عدتش )?(?:بغيت|باغي|باغيه|كنبغي|نبغي|حاب|حابه)ش? "
    rf"(?:{_AR_FILL} )*{_AR_LIVE}",
    r"(?:لا|لم|لن|مش) (?:(?:عدت|اعد|بقيت|بقيتش) )?(?:اريد|ارغب|اود|احب|اطيق|بدي|حاب|عايز)"
    rf"(?: في)? (?:{_AR_FILL} )*{_AR_LIVE}",
    r"(?:علاش|لماذا|لاش|لمن) (?:غادي )?(?:نعيش|اعيش|نكمل حياتي|ابقي حيا)",
    r"(?:لا|ما) (?:\S+ )?(?:سبب|داعي|معني|فايده|جدوي)\S* (?:ل|من |في )?"
    r"(?:عيش|حياه|حياتي|لحياتي|بقاء|لعيش)",
    r"(?:حياه|حياتي) (?:بلا|بدون|ما عندها|ماعندها|ليس لها|ليست لها|مافيهاش|ما فيهاش|لا)"
    r" (?:اي |حتي )?(?:معني|فايده|قيمه|جدوي)",
]
_AR_NEVER_WAKE = [
    r"(?:نعس|ننعس|نرقد|ننام|نام|انام|انعس|نعست|رقدت)\S* (?:و ?)?(?:ما ?|لا |م)(?:ن|ا)?"
    r"(?:فيق|ستيقظ|صحي|نوض|ناض)\S*",
    r"(?:لا|ما|م) ?(?:اريد|بغيت|باغي|اود)ش? (?:ان )?(?:استيقظ|افيق|نفيق|نوض|نصحي|اصحو)"
    + _ending("ابدا", "مره اخري", "تاني", "عاوتاني", "غدا", "غدوه", "من جديد"),
    r"(?:نعس|ننعس|انام|ننام|نرقد|نوم)\S* (?:الي |ل)?ابد",
]
_AR_HOPELESSNESS = [
    r"(?:تعبت|عييت|عيت|سيمت|مليت|مللت|زهقت|قنطت|كرهت|كنكره|تنكره|اكره|نكره)"
    r"(?: من| في)? (?:هاد |هذه |هذا |هاذ |هادي |هاذي )?"
    r"(?:حياه|حياتي|دنيا|عيشه|عيش|وجود|راسي|نفسي|كلشي|كل شي|كل شيء)",
    r"(?:لم اعد|ما بقيتش|مبقيتش|ما بقيت|مابقيتش|ما عدتش|ماعدتش|لا|لم|ما)"
    r" (?:(?:قادر|قادره|اقدر|نقدر|استطيع|اطيق|نطيق|قدرت|نقدرش|اقدرش) )?"
    r"(?:احتمل|اتحمل|نتحمل|تحمل|استمرار|استمر|نكمل|اكمل|نصبر|اصبر|صبر|قادر|قادره)"
    + _ending(
        "اكثر",
        "كثر",
        "بعد",
        "هكذا",
        "هكا",
        "هاكا",
        "هاكدا",
        r"هاد (?:حياه|شي)",
        "هادشي",
        r"(?:في|ف) (?:حياه|حياتي)",
        "حياتي",
    ),
    r"(?:فقدت|ضاع|ضاع ليا) (?:كل )?امل" + _ending("في (?:حياه|حياتي|كلشي|كل شيء|كل شي)"),
]
_AR_BURDEN = [
    r"(?:انا|راني) (?:\S+ )?(?:عبء|عبئ|عبا|عاله|حمل ثقيل)",
    r"(?:افضل|احسن|حسن|مرتاحين|سعداء|اسعد) (?:ب|من |بكثير |بزاف )?(?:ب?دوني|بلا بيا|بلاي|بلايا"
    r"|من غيري|غيري)",
    r"(?:ي|سي|غي|ت)?رتاح(?:و|وا|ون)? (?:مني|من وجودي)",
    r"(?:لا احد|لن|حتي واحد|حد|محد|ماحد|ما حد|حتي حد)(?: \S+){0,3}? "
    r"(?:يفتقدني|سيفتقدني|يتوحشني|غيتوحشني|يفقدني|سيفقدني|سيحزن علي|يحزن عليا)",
]

# --------------------------------------------------- Darija in Latin script (Arabizi)
_DZ_NEG_BEFORE = (
    r"(?:(?:a?o?mri )?ma ?\w*(?:ch|sh|x)|a?o?mri ma|ma|machi)"
    r" (?:(?:\w+(?:ch|sh|x)|ghadi|gha|bghit|baghi|ana|ghir) ){0,2}"
)
_DZ_WANT = (
    r"(?:b(?:gh|g)[iey]+t|bagh?[iy]+a?|(?:[kt]a?n|n)e?bgh?(?:[iy]a?|a)"
    r"|(?:[kt]a?n|n)?tm[ae]?n+(?:a|e)|tm[ae]?n+it|ya ?r[ie]+t)"
)
_DZ_GOING = r"(?:ghadi|ghad|gha|ghan|rani ghadi|qrrt|qarart|hawlt|hawelt|kont ghadi)"
_DZ_THINK = r"(?:(?:kan ?|kn|tan ?|tn)?f[ae]?k+[ae]?r(?:t)?|kay?jini|katjini)"
_DZ_FILL = r"(?:ghir|ana|wallah|wlah|wallahi|bsah|bessah|daba|db|safi|rani|bzaf|dima|khlas|f|fi)"
_DZ_DIE = r"(?:n[ae]?m(?:o|u|ou)+t|l ?mout|mout)"
_DZ_SUICIDE_WORD = r"(?:l ?intihar|ntihar|intihar|n(?:n|en|an)ta?h[ae]?r|l ?mout|mout|nmout)"
_DZ_SUICIDE = [
    rf"(?:{_DZ_WANT} |{_DZ_GOING} |{_DZ_THINK} )?(?:{_DZ_FILL} )*"
    rf"n[qk][ae]?t[ae]?l {_RASSI}",
    rf"(?:{_DZ_WANT} |{_DZ_GOING} )?(?:{_DZ_FILL} )*n(?:n|en|an)ta?h[ae]?r",
    rf"(?:{_DZ_WANT}|{_DZ_GOING}|{_DZ_THINK}) (?:{_DZ_FILL} )*(?:f |fi |fl |b )?"
    r"(?:l ?intihar|intihar|ntihar)",
    rf"{_DZ_THINK} (?:{_DZ_FILL} )*(?:f |fi |fl )?(?:l ?mout|nmout)",
    rf"yakh[oe]?d (?:fiya |fia |fya )?(?:l ?amana|r[o]u?h[iy])",
]
_DZ_WISH_TO_DIE = [
    rf"{_DZ_WANT} (?:{_DZ_FILL} )*{_DZ_DIE}",
]
_DZ_SELF_HARM = [
    r"(?:ka|ta|k|t|gha|ghadi |bghit |baghi )?n[ae]?(?:jr[ae]?h|dr+|qt[ae]?a|hr[ae]?q"
    rf"|ch[ae]?r+[ae]?t|a?[ae]?d+[ae]?b)\w{{0,3}} {_RASSI}",
    rf"(?:jr[ae]?ht|hr[ae]?qt|drit|chrt) {_RASSI}",
]
_DZ_NAICH = r"na[iy]+e?(?:ch|sh|x)(?! (?:f|fi|maa|ma|m[ae]a|bohdi|bhdi|hna|lhih|temma|tema)\b)"
_DZ_NOT_LIVING = [
    r"ma ?(?:bqitch |bqit |bqitx )?(?:b(?:gh|g)[iey]+t?|bagh?[iy]*a?)(?:ch|sh|x)? "
    rf"(?:{_DZ_FILL} )*{_DZ_NAICH}",
    rf"(?:a?lach|alash|ach) (?:ghadi )?{_DZ_NAICH}",
]
_DZ_NEVER_WAKE = [
    r"n+a+e?s+ (?:w|o|ou|wa)? ?ma ?n?fi[qk]+(?:ch|sh|x)?",
    rf"{_DZ_WANT} (?:\w+ ){{0,3}}?ma ?n?fi[qk]+(?:ch|sh|x)?",
]
_DZ_HOPELESSNESS = [
    r"(?:a{1,2}[iy]+[ie]*t|m[ae]?l+it|k[ae]?r[ae]?ht|ka?n ?[ae]?kr[ae]?h|qn[ae]?tt?)"
    r" (?:(?:mn|men|min|m) )?(?:had |hadi )?(?:l ?)?"
    r"(?:hya[ht]?[iy]?|haya[ht]?[iy]?|dou?n[iy]?a|de?n[iy]?a|aicha|ras+[iy]|n[ae]?fs+[iy]"
    r"|kolchi|kulchi)",
    r"ma ?(?:bqitch|bqitx|bqit|qdertch) (?:qad[e]?r[a]?|nq[ae]?der|nsber|ntahm[ae]?l)"
    + _ending("hakka", "hakda", "haka", "aal hyat", r"(?:f|fl) (?:l ?)?hya[ht]?[iy]?", "kter"),
]
_DZ_BURDEN = [
    r"(?:ahsen|hsen|mzyan|mrtahin|mertahin|frhanin|ferhanin) (?:\w+ )?(?:bla ?bi(?:y|ya|a)|blaya"
    r"|mn ghiri)",
    r"y?rtah(?:o|ou|u|w|ow)? m[ae]?n+[iy]",
    r"(?:hta|hata) (?:wahed|had|chi wahed) (?:\w+ ){0,3}?"
    r"(?:yt(?:w|a)?[ae]?h+[ae]?chni|yfq[ae]?dni|yhzen aliya)",
]

# Hyperbole that follows a death phrase turns it into an idiom: "die laughing", "mourir de
# honte", "نموت بالضحك", "nmout b dahk". Only these explicit tails excuse a match; "lol" does not,
# because young people often soften real distress with it.
_HYPERBOLE_AFTER = re.compile(
    r" (?:\w+ ){0,2}?"
    + _any(
        "laughing",
        "laughter",
        r"of (?:laughter|embarrassment|shame|boredom|cringe|cuteness|hunger|happiness|joy)",
        r"from (?:laughing|laughter|embarrassment|shame|boredom|cringe)",
        r"on (?:this|that) hill",
        # Only objects of desire: "cutting myself for a year" must stay a match.
        r"for (?:a |an |the |this |that |one |some )?(?:tickets?|seats?|selfies?|photos?|pics?"
        r"|autographs?|pizza|coffee|burgers?|taste|bite|slice|hug|chance|spot)",
        r"de (?:rire|honte|faim|soif|ennui|froid|chaud|chaleur|jalousie|plaisir|bonheur|joie"
        r"|impatience|envie|gene)",
        r"d (?:ennui|envie|impatience|amour)",
        "mdr",
        "ptdr",
        r"(?:من )?(?:ضحك|حشمه|خجل|جوع|عطش|ملل|فرحه|قنط)",
        r"(?:b|bl|bel|mn|men|mel|ml) ?(?:d+(?:ahk|hak|ahak|hk)|l ?h[ae]?chma|hchouma|l ?jou?a+"
        r"|l ?qn?[ae]?t)",
    )
    + r"\b"
)


# Negation is checked on the words just before a match, per language: "I don't want to die",
# "je ne vais jamais me tuer", "لا أريد أن أموت" and "ma ghadich nqtel rassi" are not distress,
# while "I'm not ok, I want to die" is ("ok" is no part of a negated verb phrase).
_LANGUAGES: dict[str, tuple[str, dict[str, list[str]]]] = {
    "en": (
        _EN_NEG_BEFORE,
        {
            "suicide": _EN_SUICIDE,
            "self_harm": _EN_SELF_HARM,
            "wish_to_die": _EN_WISH_TO_DIE,
            "not_living": _EN_NOT_LIVING,
            "never_wake_up": _EN_NEVER_WAKE,
            "hopelessness": _EN_HOPELESSNESS,
            "burden": _EN_BURDEN,
        },
    ),
    "fr": (
        _FR_NEG_BEFORE,
        {
            "suicide": _FR_SUICIDE,
            "self_harm": _FR_SELF_HARM,
            "wish_to_die": _FR_WISH_TO_DIE,
            "not_living": _FR_NOT_LIVING,
            "never_wake_up": _FR_NEVER_WAKE,
            "hopelessness": _FR_HOPELESSNESS,
            "burden": _FR_BURDEN,
        },
    ),
    "ar": (
        _AR_NEG_BEFORE,
        {
            "suicide": _AR_SUICIDE,
            "self_harm": _AR_SELF_HARM,
            "wish_to_die": _AR_WISH_TO_DIE,
            "not_living": _AR_NOT_LIVING,
            "never_wake_up": _AR_NEVER_WAKE,
            "hopelessness": _AR_HOPELESSNESS,
            "burden": _AR_BURDEN,
        },
    ),
    "dz": (
        _DZ_NEG_BEFORE,
        {
            "suicide": _DZ_SUICIDE,
            "self_harm": _DZ_SELF_HARM,
            "wish_to_die": _DZ_WISH_TO_DIE,
            "not_living": _DZ_NOT_LIVING,
            "never_wake_up": _DZ_NEVER_WAKE,
            "hopelessness": _DZ_HOPELESSNESS,
            "burden": _DZ_BURDEN,
        },
    ),
}
# Order decides the reason reported when several groups match; any one group is enough.
GROUPS: tuple[str, ...] = (
    "suicide",
    "self_harm",
    "wish_to_die",
    "not_living",
    "never_wake_up",
    "hopelessness",
    "burden",
)
_LATIN_LANGUAGES = ("en", "fr", "dz")
_ARABIC_LANGUAGES = ("ar",)


class _Patterns(NamedTuple):
    regex: re.Pattern[str]
    negated: re.Pattern[str]


def _compile(patterns: list[str], negation: str) -> _Patterns:
    # Starting only where a word starts halves the positions tried, and keeps "skilled" from
    # ever matching "killed".
    return _Patterns(
        re.compile(r"(?<!\S)(?:" + "|".join(patterns) + r")\b"),
        re.compile(r"(?<!\S)(?:" + negation + r")$"),
    )


_COMPILED: dict[str, dict[str, _Patterns]] = {
    language: {group: _compile(patterns[group], negation) for group in GROUPS}
    for language, (negation, patterns) in _LANGUAGES.items()
}


def _matches(patterns: _Patterns, text: str) -> bool:
    for match in patterns.regex.finditer(text):
        start = match.start()
        if patterns.negated.search(text, max(0, start - 80), start):
            continue
        if _HYPERBOLE_AFTER.match(text, match.end()):
            continue
        return True
    return False


def distress_reason(text: str) -> str | None:
    """The name of the first pattern group a message matches, or None if it shows no distress."""
    normalised = _normalise(text)
    languages: tuple[str, ...] = ()
    if _LATIN_LETTER.search(normalised):
        languages += _LATIN_LANGUAGES
    if _ARABIC_LETTER.search(normalised):
        languages += _ARABIC_LANGUAGES
    for group in GROUPS:
        for language in languages:
            if _matches(_COMPILED[language][group], normalised):
                return group
    return None


def is_distress(text: str) -> bool:
    """Whether a message shows distress and must get the caring reply before anything else."""
    return distress_reason(text) is not None
