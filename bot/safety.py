"""Distress detection: first-person wishes to die, self-harm and hopelessness, in all languages."""

from __future__ import annotations

import re

from bot.text import fold

# How it works. A message is normalised (`_normalise`), then one regex per script looks for
# first-person phrases, each alternative in a named group "<language>_<group>". A match is
# dropped when the words just before it negate it ("I don't want to die") or the words just
# after it make it an idiom ("mourir de rire"). Topic words alone ("suicide", "الانتحار",
# "self-harm") are never a pattern: they count only inside a first-person frame ("I think
# about suicide", "أفكر في الانتحار"), so questions about the summit's themes stay quiet.
#
# Normalised text is `fold`ed (lower case, no accents or Arabic diacritics, أ/إ/آ→ا, ى→ي, ة→ه,
# punctuation gone, letters repeated 3+ times collapsed), then Arabizi digits are spelt out
# (n9tel→nqtel, n3ich→naich, l7yat→lhyat) and the Arabic article is stripped (الانتحار→انتحار).
# Words are separated by one space, so "I'm" reads "i m" and "can't" reads "can t".
#
# The Arabizi and article steps live here rather than coming from `bot.text.words`, which stems
# for the matcher ("cutting"→"cutt", "حياتي"→"حيات"): stems tuned to rank answers must not
# silently change what counts as a cry for help.
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


# A phrase that is also ordinary ("I can't go on stage", "je veux en finir avec ce dossier")
# counts only when the message ends there or carries on with one of these words.
def _ending(*continuations: str) -> str:
    return "(?= *$| " + _any(*continuations) + r"\b)"


# Every alternative should open with a letter rather than an optional part: the regex engine
# rejects a literal that does not match in one step, which keeps a scan in microseconds.

_ME = r"(?:my ?sel[fv]e?|mysef|myslef|myslf|meself)"
_RASSI = r"(?:ra+s+[iy]|n[ae]?fs+[iy])"  # Darija "my head" means "myself", like "nefsi"

# ---------------------------------------------------------------------------------- English
_EN_FILL = (
    r"(?:just|really|so|literally|honestly|actually|fucking|fking|fkn|kinda|kind of|sort of"
    r"|sometimes|still|often|rly|truly|seriously|lowkey|genuinely|even|ever|almost)"
)
_EN_NEGATION = (
    r"(?:don ?t|do not|didn ?t|did not|doesn ?t|never|not|won ?t|will not|wouldn ?t|would not"
    r"|no longer) (?:(?:" + _EN_FILL + r"|want|wanna|to|going|gonna|plan|planning|try|trying"
    r"|think|thinking|about|of|intend|need|be|able|once) ){0,5}"
)
# Someone else's words ("a friend who wants to die", "how to help someone feeling suicidal")
# are questions about a topic, not a first-person disclosure.
_EN_OTHERS = (
    r"(?:he|she|they|friend|someone|somebody|people|who|brother|sister|son|daughter|students?"
    r"|child|kids?|teens?|person|youth|patients?|mom|mum|dad|mother|father|cousin|classmate"
    r"|boyfriend|girlfriend)(?: s| is| are| was| were| has been| have been| keeps| kept)? "
)
_EN_WANT = (
    r"(?:i?wa?n+t(?:ed)?(?: (?:to|2|too|ta|t))?|i?wa?n+a|need(?:ed|s)? to|wish(?:ed)? to"
    r"|would like to|d like to|long(?:ing)? to|deserve to|all i (?:ever )?want is(?: to)?)"
)
_EN_DIE = _any(
    # "I want to die my hair" is a typo for dye.
    r"die(?! (?:my|her|his|the|your|our) (?:hair|beard|clothes|shirt|eyebrows|jeans)\b)",
    "be dead",
    r"not (?:be alive|exist|live)",
    "stop existing",
    "cease to exist",
    r"unalive(?: (?:myself|me))?",
    "disappear"
    + _ending("forever", "for good", "completely", r"from (?:this|the) (?:world|earth)"),
)
_EN_SUICIDE_TOPIC_AFTER = (
    r"(?! (?:prevention|awareness|rates?|risk|statistics|stats|research|polic(?:y|ies)|hotline"
    r"|helpline|among|in (?:teens|youth|young|adolescents|morocco|students))\b)"
)
_EN_NOT_A_PLACE = (
    r"(?! (?:in|at|on|with|near|there|here|abroad|alone|together|far|close|downtown|nearby|by"
    r"|under|next|without (?:my|a|the|wifi))\b)"
)

_EN_SUICIDE = [
    rf"kil+(?:ing|ed|s)? {_ME}",
    rf"unaliv(?:e|ing|ed) (?:{_ME}|me)",
    rf"(?:off|hang|shoot|drown|poison)(?:ing|ed)? {_ME}",
    r"(?:end|ending|ended) my (?:own )?life",
    r"(?:take|taking|took) my (?:own )?life(?! (?:back|savings|seriously|into)\b)",
    r"end(?:ing)? it all",
    # "5 kms from the venue" and "how many kms" are distances.
    r"kms(?<!\d kms)(?<!many kms)(?<!few kms)(?<!in kms)"
    r"(?! (?:from|away|to|far|of|per|walk|drive|ride|by|long|north|south|east|west)\b)",
    r"(?:want|wanna|going|gonna|plan|planning|decided|ready|time|about|should) (?:to )?"
    r"(?:just )?end it" + _ending("now", "tonight", "today", "forever", "for good", "already"),
    r"(?:want|wanna|going|gonna|plan|planning|think(?:ing)? (?:of|about)|decided|trying|tried"
    rf"|will|ll|might) (?:to )?(?:{_EN_FILL} )*commit(?:ting)? suicide",
    # Thinking about it is how most people say it; "a talk about suicide" is only a topic.
    r"(?:think(?:ing)?|thought(?:s)?|consider(?:ing|ed)?|contemplat(?:ing|e|ed)"
    r"|plan(?:ning|ned)?|obsess(?:ing|ed)?)(?: (?:a lot|so much|seriously|again|lately"
    r"|constantly|often|sometimes|every day|a bit|more and more))? (?:about |of |on )?"
    + _any(
        "(?:my )?suicide" + _EN_SUICIDE_TOPIC_AFTER,
        r"sewer ?slide",
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
    # A message that is only "suicidal" describes a person, not a topic.
    r"^suicidal(?: (?:af|rn|now|again|today|tonight|lately))?$",
    r"(?:took|taken|swallowed) (?:too many|a lot of|all (?:my|the|of my)|a bottle of"
    r"|a bunch of) (?:pills|tablets|meds|medication|painkillers)",
    r"i (?:overdosed|od d|ve overdosed)",
]

_EN_WISH_TO_DIE = [
    rf"{_EN_WANT} (?:{_EN_FILL} )*{_EN_DIE}",
    rf"i (?:{_EN_FILL} )*(?:should|deserve to|need to) (?:{_EN_FILL} )*(?:die|be dead)",
    r"i ?d (?:much )?rather (?:be dead|die|not (?:exist|live|be alive))(?! than)",
    "better off dead",
    r"wish(?:ed|ing)? (?:i |to |that i )(?:(?:could|would|d|had|was|were|just|simply) )*"
    r"(?:die|died|be dead|dead|been dead|not (?:exist|be alive)|didn ?t exist|did not exist"
    r"|(?:wasn|weren) ?t alive|stop existing|disappear|never (?:been born|born|existed))",
    r"(?:feel|feeling|felt) like dying",
]

_EN_SELF_HARM = [
    rf"harm(?:ing|ed)? {_ME}",
    rf"(?:cutting|hurting|burning) {_ME}"
    r"(?! (?:a|an|some|off|free|loose|short|at|in|while|when|playing|during|by accident"
    r"|accidentally|on|cooking)\b)",
    r"(?:want|wanna|urges?|need|started|start|keep|kept|still|sometimes|often|always|i ve|ive"
    r"|used|again|going|gonna|feel like|thinking about|tried|try) (?:to )?"
    rf"(?:{_EN_FILL} )*(?:cut|hurt|harm|burn|punish|starve)(?:ting|ing)? {_ME}",
    r"(?:started|start|been|keep|kept|back to) cutting"
    + _ending("again", r"my (?:arms?|wrists?|legs?|thighs?|skin)", "at night", "every"),
    r"i (?:just |always |sometimes |still )?cut my (?:wrists?|arms?|thighs?|legs?|skin)",
    r"(?:afraid|scared|worried|terrified) (?:that )?i (?:ll|will|might|may|could|m going to)"
    rf" (?:hurt|harm|cut) {_ME}",
    rf"(?:cut|hurt|burn) {_ME} (?:again|on purpose|deliberately|every|to (?:feel|cope|forget"
    r"|calm)|sometimes|often|at night|because)",
    r"(?:i|i ve been|ive been|been|started|start|keep|still|my|i ?a?m)"
    rf" (?:{_EN_FILL} )*self ?harm(?:ing|ed)?",
]

_EN_NOT_LIVING = [
    rf"(?:don ?t|do not|doesn ?t|no longer|never|not) (?:{_EN_FILL} )*"
    rf"(?:want|wanna|wana|wish|feel like|care) (?:to )?(?:{_EN_FILL} )*"
    + _any(
        "live" + _EN_NOT_A_PLACE,
        "living" + _EN_NOT_A_PLACE,
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
    r"(?:sleep|asleep|fall asleep|go to sleep) (?:and|n) (?:never|not|don ?t|won ?t) wake up",
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
    r"(?:can ?t|cannot|can not) (?:take|do|handle|bear|stand) (?:it|this|life)"
    r" ?(?:anymore|any more|no more)",
    r"(?:can ?t|cannot|can not) (?:live|keep living|keep going) like this",
    r"(?:tired|sick|done|exhausted) (?:of|with) (?:life|living|being alive|existing|it all"
    r"|everything)",
    r"done (?:living|with life)",
    r"(?:give|gave|given|giving) up on (?:life|living|everything|myself)",
    rf"(?:life|living|my life) (?:is|s|feels|seems) (?:{_EN_FILL} )*"
    r"(?:pointless|meaningless|worthless|hopeless|not worth (?:it|living))",
    r"not worth living",
    r"(?:life|my life|living) (?:has|holds) no (?:meaning|point|purpose|value)",
    r"(?:life|my life) (?:isn ?t|is not) worth (?:it|living)",
    rf"i (?:m|am|feel|feeling|felt) (?:{_EN_FILL} )*hopeless(?! (?:at|with)\b)",
    rf"i (?:{_EN_FILL} )*hate (?:my life|myself|being alive|living|existing)",
]

_EN_BURDEN = [
    r"(?:better|happier|easier) (?:off )?without me",
    r"(?:no ?one|nobody|no body) (?:would|will|d|ll|is going to|gonna)? ?"
    r"(?:even |ever |really )?miss me",
    r"(?:care|cares|notice|mind|matter) (?:if|when) i (?:die|died|m gone|was gone|were gone"
    r"|am gone|disappear|disappeared|was dead|were dead|wasn ?t here|weren ?t here"
    r"|wasn ?t around|killed myself)",
    r"(?:care|cares|matter|matters) (?:if|whether) i live or die",
    r"(?:i ?a?m|i feel like|feel like|i ve become|i became|i ll always be) (?:i m |im )?"
    r"(?:just |only |nothing but |such |always )*(?:a |the )?(?:burden|waste of (?:space|oxygen))",
]

# ----------------------------------------------------------------------------------- French
# French negation wraps the verb, so "pas" sits just before the phrase: "je (ne) veux pas me
# tuer", "j'ai pas envie de mourir", "je ne vais jamais me suicider".
_FR_NEGATION = r"(?:pas|jamais|point) (?:(?:du tout|vraiment|encore|forcement) )?"
_FR_OTHERS = (
    r"(?:il|elle|ils|elles|on|(?<!moi )qui|ami|amie|pote|copain|copine|frere|soeur|fils|fille"
    r"|eleve|jeune|jeunes|quelqu un|ado|ados|enfant) (?:(?:ne|n) )?"
)
_FR_WANT = (
    r"(?:jveu[xt]?|veu[xt]?|vx|ve|jvoudrai[st]?|voudrai[st]?|jaimerai[st]?|aimerai[st]?"
    r"|souhaite|prefere(?:rai[st]?)?|ai envie? de?|envie? de?|reve de?|ai besoin de|besoin de"
    r"|dois|devrais|merite de)"
)
_FR_GOING = (
    r"(?:jvai[st]?|vai[st]?|jv|compte|pense a|songe a|finir par|vais finir par"
    r"|ai (?:essaye|essaie|tente|decide) de|(?:essaye|essaie|tente|decide) de)"
)
_FR_FILL = (
    r"(?:juste|vraiment|tellement|trop|simplement|seulement|bien|enfin|parfois|souvent|des fois"
    r"|grave|serieusement|moi|que)"
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
_FR_SUICIDE_TOPIC_AFTER = r"(?! (?:chez|des jeunes|au maroc|en|prevention|taux)\b)"

_FR_SUICIDE = [
    r"me suicid(?:er|e|erai[st]?|ais)",
    r"mettre fin a (?:mes jours|ma vie)",
    r"me (?:foutre|fout) en l air",
    r"en finir avec (?:la vie|ma vie|cette vie|l existence|tout|moi)",
    rf"(?:{_FR_WANT}|{_FR_GOING}) (?:{_FR_FILL} )*"
    + _any(
        "me tuer",
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
    r"(?:pense|pensais|songe|songeais|reflechis|ai pense|ai songe)"
    r"(?: (?:souvent|sans cesse|beaucoup|tout le temps|parfois|de plus en plus|serieusement"
    r"|encore|vraiment|tous les jours|chaque jour))* "
    + _any(
        "au suicide" + _FR_SUICIDE_TOPIC_AFTER,
        "a me suicider",
        "a me tuer",
        "a mourir",
        "a en finir",
        "a la mort",
        r"a mettre fin a (?:mes jours|ma vie)",
    ),
    r"(?:j ?ai|j ?avais|ai|avais|mes|j ?ai eu|ai eu) (?:(?:des|souvent des|encore des"
    r"|beaucoup d|plein d|parfois des|eu des) )?(?:idees|pensees) (?:suicidaires|noires"
    r"|de mort|de suicide)",
    r"(?:je suis|suis|me sens|sens|devenue?|redevenue?|un peu|tres|trop)"
    rf" (?:{_FR_FILL} )*suicidaire",
    r"^suicidaire$",
    r"(?:j ?ai fait|j ?ai tente|ma|mes) (?:une |premiere |derniere |deux |plusieurs )?"
    r"tentatives? de suicide",
    r"(?:j ?ai|ai) (?:pris|avale) (?:trop de|tous mes|toute ma|une boite de|plein de)"
    r" (?:medicaments|medocs|cachets|pilules|comprimes)",
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
    r"(?:me fai[st]|me faire|me suis fait|m fais) du mal",
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
    rf"(?:{_FR_WANT}|{_FR_GOING}) (?:{_FR_FILL} )*me (?:couper|bruler|blesser|scarifier)",
    r"je me (?:blesse|brule) (?:volontairement|expres)",
    r"me suis (?:encore )?(?:coupee?|blessee?|brulee?|scarifiee?)(?: (?:les bras|les poignets))?"
    r" (?:expres|volontairement|encore)",
]

_FR_NOT_LIVING = [
    rf"{_FR_WANT} (?:{_FR_FILL} )*(?:ne )?(?:plus|pas) (?:exister|etre en vie"
    r"|etre la(?= *$| (?:demain|dans ce monde|sur terre|du tout)\b)|vivre"
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
    # "j'en peux plus" alone, or "...de vivre", is distress; "...de ce wifi" is not.
    r"(?:jen|en) peux (?:plus|pu|pluss?)"
    r"(?! (?:de|du|des|d|avec|pour|sans|a|au)\b(?! (?:vivre|la vie|ma vie|cette vie|exister"
    r"|tout|rien|moi)\b))",
    r"(?:jpeux|peux) (?:plus|pu|pas) (?:vivre|continuer a vivre)",
    r"(?:jpeux|peux) (?:plus|pu) (?:continuer|tenir|supporter|tenir le coup|avancer)"
    + _ending("comme ca", "comme cela", "la vie", "cette vie", "ma vie", "plus longtemps", "je"),
    r"(?:marre|fatiguee?|lasse?|ras le bol|epuisee?|degoutee?|assez) (?:de|d) (?:vivre|la vie"
    r"|ma vie|cette vie|exister|tout)",
    r"(?:la|ma) vie (?:n a|na|a) (?:plus|pas|aucun|plus aucun) (?:de )?sens",
    r"(?:la|ma) vie ne vaut (?:pas|plus|rien)",
    r"vois (?:plus|pas|aucune) (?:d issue|aucune issue|de sortie|d avenir|le bout du tunnel)",
    r"je (?:me deteste|me hais|deteste ma vie|hais ma vie|deteste la vie)",
    r"a quoi bon (?:vivre|continuer|exister|me lever)",
    r"(?:que|veux que|voudrais que) (?:tout|la douleur|ma vie) s arrete",
]

_FR_BURDEN = [
    "mieux sans moi",
    r"(?:je suis|suis) (?:un|une) (?:fardeau|poids|charge)" + _ending("pour", "a", "mort", "je"),
    r"(?:je suis|suis) (?:un|une|qu un|qu une|juste un|juste une) fardeau",
    r"personne (?:ne )?(?:me regretter\w*|me pleurer\w*|remarquer\w* (?:si|que) je"
    r"|s en (?:rendrait|rendra) compte|s apercevrait)",
    r"manquer(?:ai[st]?|a)? a personne",
]

# ------------------------------------------------------- Arabic script: MSA and Darija
# "ما بغيتش نقتل راسي", "لن أقتل نفسي", "لا أريد أن أموت". A word that merely ends in ش is no
# negation ("ما عرفتش علاش بغيت نموت" is distress), hence the closed list of words in between.
_AR_NEGATION = (
    r"(?:(?:عمري )?ما ?\S*ش|عمري ما|ما|لا|لن|لم|مش|ماشي|ليس) (?:(?:عدت|اعد|بقيت|بقيتش|ابدا"
    r"|غادي|غاديش|ان|اريد|اود|ارغب|بغيت|بغيتش|باغي|باغيش|حاب|نبغي|ابغي|ساحاول|احاول|افكر|نفكر"
    r"|كنفكر|في) ){0,3}"
)
_AR_WANT = (
    r"[وف]?(?:اريد|اود|ابغي|نبغي|كنبغي|تنبغي|بغيت|باغي|باغيه|بدي|ودي|بودي|حاب|حابب|حابه|عايز"
    r"|عاوز|نفسي|اتمني|نتمني|كنتمني|تنتمني|تمنيت|ياريت|ياريتني|يا ريت|يا ريتني|ابي)"
)
_AR_GOING = r"[وف]?(?:غادي|غاد|غا|سوف|رح|راح|قررت|نويت|ناوي|ناويه|حاولت|ساحاول|كدت|راني غادي)"
_AR_THINK = (
    r"[وف]?(?:(?:كن|تن|ن|ا)?فكر(?:ت)?|كنبقي نفكر|تخطر ببالي|كتخطر ليا)"
    r"(?: (?:كثيرا|بزاف|ديما|دائما|مرات|احيانا|جديا|بجديه|غير|فقط|حتي))*"
)
_AR_FILL = (
    r"(?:غير|فقط|بس|حقا|فعلا|بصح|والله|صراحه|دابا|الان|ان|اني|لو|انا|ديما|دائما|احيانا|مرات"
    r"|بزاف|كثيرا|حتي|الا)"
)
_AR_DIE = (
    r"(?:اموت|نموت|موت|اكون ميتا?|نكون ميت|(?:ا|ن)ختفي"
    r"(?= *$| (?:من هاد|من هذا|من هذه|ابد|الي ابد|نهائيا|من دنيا|من عالم)\b)"
    r"|(?:ا|ن)فارق حياه|اغادر (?:هذه )?حياه|(?:ا|ن)(?:رتاح|تهني) من (?:هذه |هاد )?(?:حياه|دنيا))"
)
_AR_SUICIDE_WORD = (
    r"(?:انتحار(?! (?:عند|لدي|بين|في صفوف|وسط|شباب|مراهقين|وقايه)\b)|انتحر|ننتحر"
    r"|(?:ا|ن)?قتل (?:راسي|نفسي)|(?:ا|ن)نهي حياتي|انهاء حياتي|نموت|اموت"
    # "موت جدي" is a grandfather's death: death itself is thought about alone, or "a lot".
    r"|موت(?= *$| (?:كثيرا|بزاف|ديما|دائما|كل يوم|يوميا)\b))"
)
_AR_SUICIDE = [
    # First-person verb forms only: "انتحر" alone is also "he killed himself".
    r"[وف]?(?:كن|تن|غن|سا|سن|ن)نتحر",
    r"[وف]?(?:كن|تن|غن|سا|سن|ن|ا)قتل (?:راسي|نفسي)",
    r"[وف]?(?:ا|ن|سا|سن)نهي حياتي",
    r"(?:اضع|نضع|نحط|ندير) (?:حدا|حد) (?:ل ?حياتي)",
    rf"(?:{_AR_WANT}|{_AR_GOING}) (?:{_AR_FILL} )*(?:في |ف |ب )?(?:انتحر|انتحار|ننتحر)",
    rf"{_AR_THINK} (?:في |ف |ب |فى )?{_AR_SUICIDE_WORD}",
    r"(?:عندي|لدي|تراودني|راودتني|كتجيني|تتجيني|تجيني|جاتني|جاوني|كيجيوني|تاتيني|تسيطر علي"
    r"|تطاردني|تلاحقني)(?: \S+){0,2}? (?:افكار|فكره|افكارا|رغبه|رغبات)(?: \S+)?"
    r" (?:انتحاريه|(?:في |ف |ب )?انتحار|(?:في |ف )?موت|نموت|اموت|ننتحر|نقتل راسي|اقتل نفسي"
    r"|انهاء حياتي)",
    r"(?:حاولت|جربت|كنت غادي) (?:ان )?(?:انتحار|انتحر|ننتحر)",
    r"(?:بلعت|شربت|اخذت|خديت|كليت|تناولت) (?:بزاف (?:ديال )?|كل |علبه |كميه كبيره من"
    r" |الكثير من )(?:حبوب|دوا|دواء|كاشيات|اقراص)",
]
_AR_WISH_TO_DIE = [
    rf"{_AR_WANT} (?:{_AR_FILL} )*{_AR_DIE}",
    rf"(?:يا ?)?(?:ليتني|ريتني|ياريتني|ريت) (?:{_AR_FILL} )*"
    r"(?:مت|ميت|ميته|لم اولد|ما تولدت|ما تزاديت|ما زديت|مزديتش|متزاديتش|ما كنتش|لم اكن)",
    r"موت (?:احسن|ارحم|افضل|اهون) (?:ليا|لي|من|بكثير|بزاف)",
    # "الله ياخذ فيا الأمانة": may God take back my soul.
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
    r"(?:ما ?|م)(?:بقيتش |بقيت |عدتش )?(?:بغيت|باغي|باغيه|كنبغي|نبغي|حاب|حابه)ش?"
    rf" (?:{_AR_FILL} )*{_AR_LIVE}",
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
    r"(?:احتمل|اتحمل|نتحمل|تحمل|استمرار|استمر|نكمل|اكمل|نصبر|اصبر|صبر|قادر|قادره|عيش|نعيش|اعيش)"
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
    r"(?:حياه|حياتي) (?:لا|ما) (?:تستحق|تستاهل|كتستاهل)",
    r"(?:فقدت|ضاع|ضاع ليا) (?:كل )?امل" + _ending("في (?:حياه|حياتي|كلشي|كل شيء|كل شي)"),
]
_AR_BURDEN = [
    r"(?:انا|راني) (?:\S+ )?(?:عبء|عبئ|عبا|عاله|حمل ثقيل)",
    r"(?:افضل|احسن|حسن|مرتاحين|سعداء|اسعد) (?:ب|من |بكثير |بزاف )?(?:ب?دوني|بلا بيا|بلاي"
    r"|بلايا|من غيري|غيري)",
    r"(?:ي|سي|غي|ت)?رتاح(?:و|وا|ون)? (?:مني|من وجودي)",
    r"(?:لا احد|لن|حتي واحد|حد|محد|ماحد|ما حد|حتي حد)(?: \S+){0,3}? "
    r"(?:يفتقدني|سيفتقدني|يتوحشني|غيتوحشني|يفقدني|سيفقدني|سيحزن علي|يحزن عليا)",
]

# --------------------------------------------------- Darija in Latin script (Arabizi)
_DZ_NEGATION = (
    r"(?:(?:a?o?mri )?ma ?\w*(?:ch|sh|x)|a?o?mri ma|ma|machi)"
    r" (?:(?:ghadi|gha|ghan|bghit|baghi|baghia|kan|nqder|nqdr|ana) ){0,2}"
)
_DZ_WANT = (
    r"(?:b(?:gh|g)[iey]+t|bagh?[iy]+a?|[kt]a?ne?bgh?(?:[iy]a?|a)|ne?bgh?(?:[iy]a?|a)"
    r"|[kt]a?ntm[ae]?n+(?:a|e)|ntm[ae]?n+(?:a|e)|tm[ae]?n+(?:a|e|it)|ya ?r[ie]+t)"
)
_DZ_GOING = r"(?:ghadi|ghad|gha|ghan|rani ghadi|qrrt|qarart|hawlt|hawelt|kont ghadi)"
_DZ_THINK = r"(?:[kt]a?n ?f[ae]?k+[ae]?rt?|f[ae]?k+[ae]?rt?|kay?jini|katjini)"
_DZ_FILL = r"(?:ghir|ana|wallah|wlah|wallahi|bsah|bessah|daba|db|safi|rani|bzaf|dima|khlas|f|fi)"
_DZ_DIE = r"(?:n[ae]?m(?:o|u|ou)+t|l ?mout|mout)"
_DZ_SUICIDE = [
    # First-person verbs, whatever comes before them: "bghit / ghadi / kan fakar nqtel rassi".
    rf"n[qk][ae]?t[ae]?l {_RASSI}",
    r"n(?:n|en|an)ta?h[ae]?r",
    rf"(?:{_DZ_WANT}|{_DZ_GOING}|{_DZ_THINK}) (?:{_DZ_FILL} )*(?:f |fi |fl |b )?"
    r"(?:l ?intihar|intihar|ntihar)",
    rf"{_DZ_THINK} (?:{_DZ_FILL} )*(?:f |fi |fl )?(?:l ?mout|nmout)",
    r"yakh[oe]?d (?:fiya |fia |fya )?(?:l ?amana|ro?u?h[iy])",
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
    r"(?:ahsen|hsen|mzyan|mrtahin|mertahin|frhanin|ferhanin) (?:\w+ )?(?:bla ?bi(?:y|ya|a)"
    r"|blaya|mn ghiri)",
    r"(?:yrtah|rtah)(?:o|ou|u|w|ow)? m[ae]?n+[iy]",
    r"(?:hta|hata) (?:wahed|had|chi wahed) (?:\w+ ){0,3}?"
    r"(?:yt(?:w|a)?[ae]?h+[ae]?chni|yfq[ae]?dni|yhzen aliya)",
]

# A tail that turns a death phrase into an idiom: "die laughing", "mourir de honte",
# "نموت بالضحك", "nmout b dahk". Only these tails excuse a match; "lol" does not, because young
# people often soften real distress with it.
_HYPERBOLE_AFTER = re.compile(
    r" (?:\w+ ){0,2}?"
    + _any(
        "laughing",
        "laughter",
        r"of (?:laughter|embarrassment|shame|boredom|cringe|cuteness|hunger|happiness|joy)",
        r"from (?:laughing|laughter|embarrassment|shame|boredom|cringe)",
        r"on (?:this|that) hill",
        # Objects of desire only: "cutting myself for a year" must stay a match.
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
# Darija "ma ... ghir" and MSA "لا ... إلا" mean "nothing but": "ma bghit ghir nmout".
_ONLY = re.compile(r"\b(?:ghir|gher|غير|الا)\b")

# Reported in this order when one position matches several groups.
GROUPS: tuple[str, ...] = (
    "suicide",
    "self_harm",
    "wish_to_die",
    "not_living",
    "never_wake_up",
    "hopelessness",
    "burden",
)
_PATTERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "suicide": _EN_SUICIDE,
        "self_harm": _EN_SELF_HARM,
        "wish_to_die": _EN_WISH_TO_DIE,
        "not_living": _EN_NOT_LIVING,
        "never_wake_up": _EN_NEVER_WAKE,
        "hopelessness": _EN_HOPELESSNESS,
        "burden": _EN_BURDEN,
    },
    "fr": {
        "suicide": _FR_SUICIDE,
        "self_harm": _FR_SELF_HARM,
        "wish_to_die": _FR_WISH_TO_DIE,
        "not_living": _FR_NOT_LIVING,
        "never_wake_up": _FR_NEVER_WAKE,
        "hopelessness": _FR_HOPELESSNESS,
        "burden": _FR_BURDEN,
    },
    "ar": {
        "suicide": _AR_SUICIDE,
        "self_harm": _AR_SELF_HARM,
        "wish_to_die": _AR_WISH_TO_DIE,
        "not_living": _AR_NOT_LIVING,
        "never_wake_up": _AR_NEVER_WAKE,
        "hopelessness": _AR_HOPELESSNESS,
        "burden": _AR_BURDEN,
    },
    "dz": {
        "suicide": _DZ_SUICIDE,
        "self_harm": _DZ_SELF_HARM,
        "wish_to_die": _DZ_WISH_TO_DIE,
        "not_living": _DZ_NOT_LIVING,
        "never_wake_up": _DZ_NEVER_WAKE,
        "hopelessness": _DZ_HOPELESSNESS,
        "burden": _DZ_BURDEN,
    },
}
_NEGATIONS: dict[str, str] = {
    "en": _EN_NEGATION,
    "fr": _FR_NEGATION,
    "ar": _AR_NEGATION,
    "dz": _DZ_NEGATION,
}
# Only English and French need this: Arabic and Darija verbs carry their person (ينتحر, ymout).
_SUBJECTS: dict[str, str] = {"en": _EN_OTHERS, "fr": _FR_OTHERS}
# "They are better off without me" names other people but speaks about oneself.
_ABOUT_ONESELF_ANYWAY = frozenset({"burden"})


def _compile_script(languages: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = (
        f"(?P<{language}_{group}>" + "|".join(_PATTERNS[language][group]) + ")"
        for group in GROUPS
        for language in languages
    )
    # Trying only where a word starts halves the work, and "skilled" never matches "killed".
    return re.compile(r"(?<!\S)(?:" + "|".join(alternatives) + r")\b")


# One scan per script: Arabic patterns never run over Latin text, nor the reverse.
_LATIN = _compile_script(("en", "fr", "dz"))
_ARABIC = _compile_script(("ar",))
# Both must end right where the match starts: "I'm not ok, I want to die" is distress.
_NEGATED = {
    language: re.compile(r"(?<!\S)(?:" + words + r")$") for language, words in _NEGATIONS.items()
}
_SOMEONE_ELSE = {
    language: re.compile(r"(?<!\S)(?:" + words + r")$") for language, words in _SUBJECTS.items()
}


def _rejected(match: re.Match[str], language: str, group: str) -> bool:
    text, start = match.string, match.start()
    window = max(0, start - 80)
    if _NEGATED[language].search(text, window, start) and not _ONLY.search(match.group()):
        return True
    someone_else = _SOMEONE_ELSE.get(language)
    if (
        group not in _ABOUT_ONESELF_ANYWAY
        and someone_else
        and someone_else.search(text, window, start)
    ):
        return True
    return bool(_HYPERBOLE_AFTER.match(text, match.end()))


def _first_reason(regex: re.Pattern[str], text: str) -> str | None:
    position = 0
    while match := regex.search(text, position):
        language, group = str(match.lastgroup).split("_", 1)
        if not _rejected(match, language, group):
            return group
        # A rejected match may hide another one that starts inside it.
        position = match.start() + 1
    return None


def distress_reason(text: str) -> str | None:
    """The name of the pattern group that shows distress in a message, or None."""
    normalised = _normalise(text)
    reason = None
    if _LATIN_LETTER.search(normalised):
        reason = _first_reason(_LATIN, normalised)
    if reason is None and _ARABIC_LETTER.search(normalised):
        reason = _first_reason(_ARABIC, normalised)
    return reason


def is_distress(text: str) -> bool:
    """Whether a message shows distress and must get the caring reply before anything else."""
    return distress_reason(text) is not None
