"""Distress detection: wishes to die, self-harm and the other warning signs, acute danger first."""

from __future__ import annotations

import functools
import re

from bot.text import fold

try:  # the parser `re` itself uses: it tells which characters a pattern can start with
    from re import _parser as _sre_parse  # type: ignore[attr-defined]  # Python 3.11+
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse

# How it works. A message is normalised (`_normalise`), then first-person phrases are looked
# for, word by word, in pattern groups per language (`_PATTERNS`, named in GROUPS after the
# warning signs of shared/safety.md section 4). A match is dropped when the words just before
# it negate it ("I don't want to die") or name someone else ("my friend wants to die"), or the
# words just after it make it an idiom ("mourir de rire"). Topic words alone ("suicide",
# "الانتحار", "self-harm") are never a pattern: they count only inside a first-person frame ("I
# think about suicide", "أفكر في الانتحار"), so questions about an event's themes stay quiet.
# "acute" (pills, poison or bleeding now) is reported whenever it occurs in the message, because
# that reply leads with the emergency numbers; otherwise the first match names the reason.
#
# Normalised text is `fold`ed (lower case, no accents or Arabic diacritics, أ/إ/آ→ا, ى→ي, ة→ه,
# punctuation gone, letters repeated 3+ times collapsed), then chat spelling is spelt out
# (chui→je suis, jveux→je veux, im→i m, tmrw→tomorrow), Arabizi digits are spelt out
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
# "وما بقيتش", "فلن أحتاجها": the conjunction is its own word, so that a negation stays one.
# "ولا" stays whole: in Darija it is mostly "or" and "became", not "and not".
_ARABIC_SPLIT = {
    word: word[0] + " " + word[1:]
    for word in ("وما", "فما", "ولم", "فلم", "ولن", "فلن", "وماشي", "وانا", "فانا")
}

# Chat spelling, spelt out so that one pattern serves both: "chui fatiguee" reads "je suis
# fatiguee", "im done" reads "i m done". Only words with no other meaning in the languages the
# bot reads are here: "u" stays (Darija "and"), "ki" stays (Darija "how"), "ill" stays (sick).
_SMS_WORDS = {
    # French
    "chui": "je suis",
    "chuis": "je suis",
    "chu": "je suis",
    "shui": "je suis",
    "jss": "je suis",
    "jsp": "je sais pas",
    "jvx": "je veux",
    # Elided and clipped at once: "jsui" is "je suis", and "peu" alone is a word ("un peu").
    "jsui": "je suis",
    "jveu": "je veux",
    "jve": "je veux",
    "jpeu": "je peux",
    "jpe": "je peux",
    "jsai": "je sais",
    "jvai": "je vais",
    "jfai": "je fais",
    "jdi": "je dis",
    "jvoi": "je vois",
    "jtien": "je tiens",
    "jsen": "je sens",
    "sui": "suis",
    "vx": "veux",
    "veu": "veux",
    "tt": "tout",
    "tte": "toute",
    "ttes": "toutes",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "pkoi": "pourquoi",
    "pourkoi": "pourquoi",
    "prk": "pourquoi",
    "mm": "meme",
    "bcp": "beaucoup",
    "pr": "pour",
    "qqn": "quelqu un",
    "qqun": "quelqu un",
    "qlqn": "quelqu un",
    "qqch": "quelque chose",
    "qqc": "quelque chose",
    "tjrs": "toujours",
    "tjr": "toujours",
    "tjs": "toujours",
    "dmn": "demain",
    "koi": "quoi",
    "ke": "que",
    "ds": "dans",
    "vrmt": "vraiment",
    "tlm": "tout le monde",
    "pa": "pas",
    "c": "c est",
    "ct": "c etait",
    "cetait": "c etait",
    "mwa": "moi",
    "moa": "moi",
    "jamai": "jamais",
    "tro": "trop",
    "ri1": "rien",
    "msg": "message",
    "dsl": "desole",
    # English
    "im": "i m",
    "ive": "i ve",
    "iam": "i am",
    "dont": "don t",
    "cant": "can t",
    "wont": "won t",
    "didnt": "didn t",
    "doesnt": "doesn t",
    "isnt": "isn t",
    "wasnt": "wasn t",
    "werent": "weren t",
    "havent": "haven t",
    "hasnt": "hasn t",
    "wouldnt": "wouldn t",
    "couldnt": "couldn t",
    "shouldnt": "shouldn t",
    "aint": "ain t",
    "whats": "what s",
    "thats": "that s",
    "theres": "there s",
    "its": "it s",
    "theyd": "they d",
    "theyll": "they ll",
    "theyre": "they re",
    "youre": "you re",
    "everyones": "everyone s",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "2moro": "tomorrow",
    "rn": "right now",
    "bc": "because",
    "bcuz": "because",
    "cuz": "because",
    "coz": "because",
    "idk": "i don t know",
    "ppl": "people",
    "rly": "really",
    "prob": "probably",
    "prolly": "probably",
    "abt": "about",
    "pls": "please",
    "plz": "please",
}
# French drops the "e" of "je" before a verb: "jveux", "jme", "jsuis", "jai", "jen", "jcherche".
# Only known verb forms, because Darija words also start with j and a consonant ("jrht").
_FR_ELIDED = re.compile(
    r"j(?=(?:me|te|se|m|t|l|les|lui|leur|y|en|ai|avais|aurai[st]?|etais|ai[st]|aime|aimerais"
    r"|abandonne|arrive|arrete|ecris|ecrit|evite|isole|ignore|suis|veux|voudrais"
    r"|voulais|vais|peux|pourrais|pouvais|sais|pense|pensais|dis|fais"
    r"|reste|cherche|trouve|souffre|serai[st]?|sera|vois|voi|parle|sors|supporte|crois|comprends"
    r"|commence|dors|mange|tiens|regrette|compte|sens|prefere|ferme|finis|merite"
    r"|pleure|bloque|coupe|frappe|brule|scarifie|mutile|tue|tuerai[st]?|laisse|donne|doit|dois"
    r"|devrais|vous|nous|sers|ser|tape|hais|deteste|supprime|enferme|renferme|donnerai[st]?"
    r"|offre|envoie|rentre|mets|met|ecrirai[st]?|partirai[st]?|pars|part|appelle|demande"
    r"|demandais|rate|galere|craque|etouffe|touche)$)"
)


# `fold` spends most of its time on Unicode normalisation, which leaves plain ASCII unchanged:
# for ASCII text these two steps are all it does (test_safety checks they agree).
_NON_WORD = re.compile(r"[^\w]+|_+")
_REPEATS = re.compile(r"(\D)\1{2,}")
# Only these words can change, so only they go through Python: chat spelling, elided French,
# Arabizi (a digit inside), an Arabic article or conjunction.
_RESPELLABLE = re.compile(
    r"(?<!\S)(?:"
    + "|".join(sorted(map(re.escape, _SMS_WORDS), key=len, reverse=True))
    + r"|j[a-z]+|[a-z]*\d[a-z\d]*|(?:"
    + "|".join([*_ARABIC_ARTICLES, *_ARABIC_SPLIT])
    + r")\S*)(?!\S)"
)


def _respell(match: re.Match[str]) -> str:
    word = match.group()
    if word in _SMS_WORDS:
        return _SMS_WORDS[word]
    if word in _ARABIC_SPLIT:
        return _ARABIC_SPLIT[word]
    if word[0] == "j" and _FR_ELIDED.match(word):
        return ("j " if word[1] in "aeiouy" else "je ") + word[1:]
    if _ARABIZI_WORD.match(word):
        return word.translate(_ARABIZI)
    for article in _ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article) :]
    return word


# Laughing emoji would vanish with the other symbols; as a word they tell "jpp 😂" (laughing)
# from "jpp" (at the end of one's tether). They excuse nothing else, like "lol".
_LAUGHING = re.compile("[\U0001f602\U0001f923\U0001f639]")


def _fold(text: str) -> str:
    if text.isascii():
        return " ".join(_REPEATS.sub(r"\1", _NON_WORD.sub(" ", text.lower())).split())
    return fold(_LAUGHING.sub(" lol ", text))


def _normalise(text: str) -> str:
    return _RESPELLABLE.sub(_respell, _fold(text))


def _any(*options: str) -> str:
    return "(?:" + "|".join(options) + ")"


# A phrase that is also ordinary ("I can't go on stage", "je veux en finir avec ce dossier")
# counts only when the message ends there or carries on with one of these words.
def _ending(*continuations: str) -> str:
    return "(?= *$| " + _any(*continuations) + r"\b)"


# Every alternative must open with letters, not \w or \S: a word is only tried against the
# alternatives that can start with its first two letters (`_buckets` refuses any other).

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
    r"|boyfriend|girlfriend)(?: s| is| are| was| were| has| have| had| has been| have been"
    r"| keeps| kept| just| always| never| does| did| will| would| can| won t| doesn t)* "
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
    r"i (?:just |always |sometimes |still )?(?:cut|slit|slashed|sliced) my (?:wrists?|arms?"
    r"|thighs?|legs?|skin|veins)",
    r"(?:afraid|scared|worried|terrified) (?:that )?i (?:ll|will|might|may|could|m going to)"
    rf" (?:hurt|harm|cut) {_ME}",
    rf"(?:cut|hurt|burn) {_ME} (?:again|on purpose|deliberately|every|to (?:feel|cope|forget"
    r"|calm)|sometimes|often|at night|because)",
    r"(?:i|i ve been|ive been|been|started|start|keep|still|my|i ?a?m)"
    rf" (?:{_EN_FILL} )*self ?harm(?:ing|ed)?",
]

_EN_NOT_LIVING = [
    rf"(?:don ?t|do not|doesn ?t|no longer|never|not) (?:{_EN_FILL} )*"
    rf"(?:want|wanna|wana|wish|feel like|care|deserve) (?:to )?(?:{_EN_FILL} )*"
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
    rf"(?:hope|wish|pray) (?:that )?i (?:{_EN_FILL} )*(?:don ?t|do not|never|won ?t|wouldn ?t"
    r"|would never|could never|didn ?t) wake up",
    r"(?:don ?t|do not|never) (?:want|wanna) (?:to )?wake up"
    + _ending("again", "ever", "anymore", "any more", "tomorrow"),
    r"sleep forever",
]

_EN_HOPELESSNESS = [
    r"(?:can ?t|cannot|can not|couldn ?t) go on"
    r"(?! (?:stage|the|a|an|at|to|in|on|holiday|vacation|leave|break|time|air|tomorrow|today"
    r"|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|instagram|tik ?tok"
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

# Gone, in the clauses that say what others would feel "if I was gone".
_EN_GONE = (
    r"(?:(?:was|were|am|m|d be|ll be|had) (?:just |finally |really )?(?:gone|dead|not (?:here"
    r"|around|alive)|never born)|(?:wasn|weren|didn) t (?:here|around|alive|born|exist)"
    r"|did not exist|never existed|died|disappeared|vanished|left (?:forever|for good"
    r"|this world)|killed myself|disappear|die|vanish)"
)
_EN_PILLS = (
    r"(?:pills|tablets|meds|medicines?|medications?|painkillers|paracetamol|panadol|tylenol"
    r"|acetaminophen|ibuprofen|advil|aspirins?|xanax|antidepressants|benzos|sleeping (?:pills"
    r"|tablets)|insulin|capsules|doliprane|antibiotics)"
)
_EN_POISON = (
    r"(?:bleach|poison|rat poison|antifreeze|pesticides?|weed ?killer|drain cleaner|detergent"
    r"|cleaning products?|chlorine|cyanide)"
)
_EN_LOT = (
    r"(?:all (?:of )?(?:my|the|these|those|them|her|his|mum s|mom s|dad s)?|too many|so many"
    r"|way too many|a (?:whole |full |entire )?(?:bottle|box|pack|packet|strip|handful|bunch"
    r"|load|lot|jar|ton) of|the (?:whole|entire) (?:bottle|box|pack|packet|strip|jar) of"
    r"|loads of|lots of|dozens of|like \d+|more than \d+|over \d+|\d{2,}|twenty|thirty|forty"
    r"|fifty|a hundred|a dozen)"
)
# When, why or what next: "an hour ago", "to end it", "now I feel dizzy". Any of these makes
# swallowing pills an emergency rather than a dose.
_EN_PILLS_NOW = (
    r"(?= (?:\w+ ){0,6}?(?:ago|just now|right now|tonight|earlier today|to (?:die|end (?:it|my"
    r" life|things)|not wake up|sleep forever|kill myself|never wake up)|and (?:now )?i m (?:so "
    r")?(?:scared|dizzy|freaking|shaking|feeling|sleepy|throwing)|(?:i m |i )?(?:feel|feeling)"
    r" (?:really |so |very )?(?:weird|dizzy|sick|sleepy|strange|funny|bad|drowsy)|i m scared"
    r"|i m freaking)\b)"
)

_EN_ACUTE = [
    rf"(?:swallowed|downed|popped|chugged|overdosed on|od d on) (?:\w+ ){{0,4}}?{_EN_PILLS}",
    rf"(?:took|taken|ate|eaten|had|drank|drunk) (?:{_EN_FILL} )?{_EN_LOT} (?:\w+ ){{0,3}}?"
    rf"{_EN_PILLS}",
    rf"(?:took|taken|ate|had|drank) (?:some |a few |several |the |these |those )?(?:\w+ )?"
    rf"{_EN_PILLS}{_EN_PILLS_NOW}",
    rf"just (?:took|swallowed|ate|drank|had|downed) (?:some |a few |several |the |these |those"
    rf" |a lot of |a bunch of )?(?!my\b)(?:\w+ )?{_EN_PILLS}",
    r"(?:took|swallowed|ate|drank|stole|taken) (?:all )?(?:of )?(?:my )?(?:mum|mom|mother|dad"
    rf"|father|grandma|grandpa|nan|parents|sister|brother) s (?:\w+ )?{_EN_PILLS}",
    r"(?:drank|drunk|swallowed|ate|took|had|drinking|swallowing) (?:some |a (?:cup|glass"
    rf"|bottle|bit|lot) of |the )?{_EN_POISON}",
    r"i (?:just |ve |have )?(?:overdosed|od d|oded|od ed)",
    r"(?:took|taken|had) (?:an )?(?:overdose|od)",
    r"i m (?:still |really |so |badly )?(?:bleeding|hurt|injured|wounded)(?: (?:really|so|very"
    r"|pretty|badly))? (?:right now|now|a lot|so much|badly|bad|everywhere|heavily|out"
    r"|too much|and alone)",
    r"(?<!nose )(?:won t|will not|doesn t|does not|can t|cannot|isn t|not) stop(?:ping)?"
    r" (?:the )?bleeding",
    r"cut (?:way |too |so |really )+deep(?:ly)?",
    r"(?:so much|a lot of|lots of|losing|lost so much) blood",
    r"blood (?:everywhere|won t stop|is everywhere|keeps coming)",
    r"just (?:cut|slit|slashed) my (?:wrists?|arms?|veins?|throat)",
    r"i (?:just )?(?:tried|attempted) (?:to (?:kill myself|end (?:it|my life))|suicide)"
    r"(?= (?:\w+ ){0,3}?(?:now|right now|just now|tonight|minutes ago|an hour ago)\b)",
    r"i just (?:tried|attempted) (?:to (?:kill myself|end (?:it|my life))|suicide)",
]

_EN_DISAPPEAR = [
    rf"{_EN_WANT} (?:{_EN_FILL} )*(?:disappear|vanish|evaporate|cease to exist|erase {_ME})"
    + _ending(
        "forever",
        "for good",
        "for ever",
        "completely",
        "permanently",
        r"and never (?:come back|return|be seen)",
        "without a trace",
        "off the face of the earth",
        r"from (?:this|the) (?:world|earth|planet)",
        "from existence",
        "from everyone",
        "like",
        "and",
        "so",
        r"no (?:one|body)",
        "nobody",
        "i",
        "tbh",
        "honestly",
    ),
    rf"{_EN_WANT} (?:{_EN_FILL} )*(?:be gone|go away|fade away|leave)"
    r" (?:forever|for good|for ever|and never come back|from this world|this world)",
    r"(?:disappear|vanish)(?:ed)? from (?:this|the) (?:world|earth|planet|face of the earth)",
    r"(?:i|me|could|would|just) (?:just )?(?:disappear|vanish) (?:forever|for good)",
    r"(?:erase|delete) (?:myself|my existence)"
    + _ending(r"from (?:existence|this world|the world|everything)", "completely", "forever"),
    r"wish(?:ed|ing)? (?:i |that i )(?:could |would |just )*(?:vanish|be gone)",
]

_EN_NO_REASON = [
    r"(?:no|any|zero|one|a single) (?:\w+ )?reasons? (?:left )?(?:for me )?(?:to|for|why i should)"
    r" (?:keep )?(?:live|living|go on|going on|stay alive|be alive|keep going|exist|be here"
    r"|wake up|carry on)",
    r"(?:nothing|no ?one|nobody|what) (?:is |s )?(?:keeping|keeps) me (?:alive|going|here)",
    r"(?:don t|do not) (?:even |really )?know why i m (?:still )?(?:alive|living|breathing)",
    r"why (?:am|m) i (?:still )?(?:alive|living|breathing)",
    r"why (?:should|do|would|must) i (?:even |still |keep )*(?:live|be alive|go on|keep going"
    r"|keep living|carry on|stay alive|bother living|exist)" + _ending(r"\w+ more", "anymore"),
    r"what (?:is|s) (?:there|left) (?:for me )?to live for",
    r"lost (?:my|the|all|any) (?:will|desire|reason|motivation|reasons) to (?:live|go on"
    r"|keep going|be alive)",
]

# "Nothing will ever change" is hopelessness; "nothing will change unless we act" is a view.
_EN_NOT_A_VIEW = (
    r"(?! (?:if|unless|until|without|when|for (?:the|them|society|youth|teens|young|people"
    r"|kids|girls|boys|students))\b)"
)
_EN_HOPELESS_MORE = [
    r"nothing (?:will|is going to|s going to|s gonna|is gonna|ll|would|could) (?:ever )?"
    r"(?:change|get better|improve|be (?:ok|okay|fine|better|different))" + _EN_NOT_A_VIEW,
    r"nothing (?:ever )?(?:changes|gets better|improves)" + _EN_NOT_A_VIEW,
    r"nothing (?:ever )?(?:works|helps)"
    + _ending("for me", "anymore", "any more", "it s", "i", "and", "nothing", "so", "why"),
    r"(?:it|things|life|my life|this|everything|it all|nothing) (?:is|s|will|ll|are|re)? ?"
    r"(?:never|not) (?:going to|gonna|ever going to|ever gonna|gonna ever|ever) (?:get|be"
    r"|become) (?:any )?(?:better|easier|ok|okay|fine|different)" + _EN_NOT_A_VIEW,
    r"(?:it|things|life|it all) (?:never|won t ever|will never|ll never) (?:get|gets|be"
    r"|become) (?:any )?(?:better|easier)" + _EN_NOT_A_VIEW,
    r"what(?: ?s| is| was) (?:even )?the point"
    + _ending(
        "anymore",
        "any more",
        r"of (?:anything|everything|it all|trying|even trying|going on|me|this life|any of"
        r" (?:it|this)|all (?:of )?this|it|life)",
        r"in (?:anything|trying|going on|living)",
        "i",
        "nothing",
        "everything",
        r"no (?:one|body)",
        "honestly",
        "tbh",
        "life",
    ),
    r"(?:no|zero|lost(?: all| my)?|losing(?: all| my)?|out of|any) hope"
    + _ending(
        "left",
        "anymore",
        "any more",
        "at all",
        "for me",
        r"in (?:life|anything|everything|myself|the future|getting better)",
        r"of (?:getting better|things getting better|ever)",
        "none",
        "i",
        "nothing",
        "whatsoever",
    ),
    r"i m (?:so|just|completely|totally|literally|really|honestly) (?:so )?(?:done|finished)"
    + _ending(
        "no",
        "nothing",
        "i",
        "honestly",
        "tbh",
        r"with (?:everything|it all|life|this life|living|all of this|all this|this world"
        r"|myself|existing|being alive)",
    ),
    r"i m done (?:with (?:everything|it all|life|living|this life|existing|being alive)"
    r"|living)",
    r"(?:can t|cannot|can not) (?:keep doing|do|handle|take|bear|stand|cope with|deal with)"
    r" (?:this|it|that|any of (?:this|it)|all (?:of )?this|life|anything)"
    + _ending(
        "anymore",
        "any more",
        "no more",
        "much longer",
        "any longer",
        "for much longer",
        "honestly",
        "tbh",
        "everything",
        "please",
        "help",
        "i don t know",
        "like this",
        "alone",
    ),
    r"(?:everything|it all|life|it) (?:is|s|feels|seems) (?:so |just |completely |totally )?"
    r"(?:pointless|meaningless|hopeless|worthless)",
    r"(?:i see|i have|i ve got|i got|there s|there is) no (?:future|way forward|light)"
    + _ending("for me", "for myself", "ahead", "anymore", "i", "at all", "left"),
    r"(?:can t|cannot|don t|do not) see (?:a|any) (?:future|way out|light)"
    + _ending("for me", "for myself", "ahead", "anymore", "i", "at all"),
    r"(?:tired|sick|exhausted) of (?:fighting|struggling|pretending|being me|being alive"
    r"|feeling (?:like )?this|it all|waking up|existing|suffering)",
    r"(?:tired|sick|exhausted) of trying"
    + _ending("so hard", "anymore", r"to (?:be (?:ok|okay|happy|normal)|get better|feel better)"),
]

_EN_TRAPPED = [
    r"(?:i ?a?m|i feel|i felt|feel|feeling|i ve been|been|so|just|completely|totally|literally)"
    r" (?:so |just |completely |totally |really |literally |very )*trapped"
    + _ending(
        "and",
        "like",
        r"in (?:my|this|a|here|me) ?(?:life|head|body|mind|own|situation|hell|nightmare|pain"
        r"|darkness|cycle|loop)?",
        "with no",
        "forever",
        "right now",
        "i",
        "no",
        "inside",
        "everything",
        "here",
    ),
    r"stuck (?:in (?:my|this) (?:life|head|pain|hell|nightmare|darkness|body|situation|mind)"
    r"|forever)",
    r"no (?:(?:way|door) out|exit|escape)"
    + _ending(
        "for me",
        r"of (?:this|it|here|my head|my life)",
        "i",
        "and",
        "anymore",
        "no",
        "nothing",
        "except",
        "other than",
        "but",
    ),
    r"(?:can t|cannot|can not) (?:escape|get out of) (?:this|my|it)"
    + _ending("life", "pain", "hell", "head", "situation", "feeling", "nightmare", "i", "no"),
    r"(?:the |this |my )?pain (?:is|s|has become|gets|feels) (?:so |too |just |really"
    r" |completely )*(?:unbearable|too much|too strong|overwhelming)",
    r"(?:it|everything|life|existing|living) hurts(?: (?:so|too) (?:much|bad))?"
    + _ending("inside", "i", "and", "right now", "anymore", "all the time", "so much"),
    r"(?:can t|cannot) (?:take|bear|stand|handle) (?:the|this|my) pain",
    r"i m in (?:so much|too much|unbearable|constant) pain"
    + _ending("i", "and", "inside", "right now", "all the time", "every day", "no one"),
    r"(?:every|each) day is (?:the same |just )?(?:a |the same )?(?:nightmare|hell|torture)",
    r"(?:my life|life|living) (?:is|s|has become|feels like) (?:a |an |such a |just )?"
    r"(?:nightmare|hell|prison|torture|cage)",
]

_EN_BURDEN_MORE = [
    r"(?:happier|better|easier|relieved|fine|free|lighter|at peace|better off) (?:\w+ ){0,4}?"
    rf"(?:if|when|once|after) i {_EN_GONE}",
    r"(?:wouldn t|would not|won t|will not|didn t|did not) have to (?:worry|deal with me|pay for"
    rf" me|take care of me|care for me|put up with me)(?: \w+){{0,3}}? (?:if|when|once) i"
    rf" {_EN_GONE}",
    r"(?:i m|i am|i feel like|feel like|i ve become|just|such) (?:just |only |such |a |nothing"
    r" but )*(?:dead weight|a drain on (?:everyone|them|my \w+))",
    r"i (?:cost|costs) (?:my (?:parents|family|mom|mum|dad)|them|everyone) (?:so much|too much)",
    rf"if i {_EN_GONE}(?: \w+){{0,3}}? (?:(?:everyone|they|my \w+|people) (?:would|will|d|ll)"
    r" (?:be )?(?:happier|better|fine|relieved|free)|(?:no ?one|nobody|no body) (?:would|will|d"
    r"|ll)? ?(?:even |ever |really )?(?:notice|care|miss me|mind|cry))",
]

_EN_LEAVING = [
    r"(?:won t|will not|not going to|not gonna) be (?:here|around|alive|in this world|on this"
    r" earth)"
    + _ending(
        "much longer",
        "for much longer",
        "long",
        "for long",
        "any longer",
        "anymore",
        "any more",
        r"tomorrow(?= *$| (?:anyway|so|goodbye|bye|forever|or ever|no one|nobody|don t worry"
        r"|it doesn t matter|doesn t matter)\b)",
        r"(?:next (?:week|month|year|time)|for it)(?= *$| (?:anyway|so|doesn t matter)\b)",
        "to see it",
        "by then",
        "anyway",
        "soon",
        r"after (?:tonight|today|this)",
        r"by (?:tomorrow|the weekend|next week|then)",
    ),
    r"(?:won t|will not) be alive",
    r"(?:won t|will not|not going to|not gonna) be (?:a|an) (?:problem|burden|bother|issue"
    r"|inconvenience)(?: (?:for|to) (?:anyone|anybody|you|everyone|them))?"
    + _ending("much longer", "anymore", "any more", "soon", "for long", "after"),
    r"soon i (?:won t|will not) be (?:a|an) (?:problem|burden|bother|issue)",
    r"(?:this is|this will be|this ll be|it s|today is|tonight is|probably|pretty sure this is)"
    r" my (?:very )?last (?:day|night|week|weekend|month|birthday|christmas|summer|year)"
    r"(?! (?:at|in|of|here|with|before|on|as|off|working|in casa)\b)",
    r"my last (?:day|night|hours?|moments?) (?:alive|on (?:earth|this planet)|in this world)",
    r"i ll be gone (?:soon|forever|for good)",
    r"i ll (?:already |probably |be long )?be (?:gone|dead)(?= *$| (?:by then|anyway|soon"
    r"|by (?:tomorrow|morning|tonight)|for good)\b)",
    r"you (?:won t|will not|ll never|will never) (?:hear from|see|hear about|hear of) (?:me )?"
    r"(?:again|anymore|ever again)",
    r"(?:won t|will not|not going to|not gonna) (?:make it|survive|last|live) (?:through|past"
    r"|until|till|to see) (?:the night|tonight|tomorrow(?! s\b)|the week|the weekend|morning"
    r"|next week|my birthday|another day)",
    r"it (?:will|ll|is going to|s going to|s gonna) all be over (?:soon|tonight|tomorrow)",
    r"(?:don t|do not) have (?:much|long) (?:time )?left"
    + _ending("anyway", "here", "in this world", "to live", "on this earth"),
]

_EN_GOODBYE = [
    r"(?:this|it|that) (?:is|s|will be|ll be|might be|may be|could be) (?:probably |likely"
    r" |gonna be |going to be )?my (?:very )?(?:last|final) (?:message|text|words?|post"
    r"|goodbye|note)"
    r"(?! (?:for (?:today|now|tonight|the day|this (?:morning|evening|week))|before (?:the|my"
    r"|i) (?!(?:end|death|die|go|leave)\b)|on (?:this|the) (?:topic|subject)|about|in this"
    r" (?:chat|thread)|here today|of the day)\b)",
    r"my (?:very )?(?:last|final) (?:message|text|words?|goodbye) (?:to (?:anyone|anybody"
    r"|everyone|everybody|you all|the world|you guys|y all)|ever|before i (?:go|leave|die|end"
    r"|do it|disappear))",
    r"(?:goodbye|bye|farewell|adieu) (?:\w+ ){0,8}?(?:for real this time|forever|for good"
    r"|for ever|for the last time|one last time|i love you all|take care of my)",
    r"(?:goodbye|farewell) (?:cruel )?world",
    r"this is it (?:\w+ )?(?:goodbye|bye|farewell)",
    r"(?:this is|this will be|it s) the (?:very )?last time (?:i ll |i will |i )?(?:write|text"
    r"|talk|message|write to|talk to|speak to)(?! (?:today|tonight|before|about)\b)",
    r"thanks? (?:you )?for everything (?:\w+ ){0,4}?(?:goodbye|farewell|for real this time"
    r"|i mean it|i love you|forever|i m sorry)",
    r"(?:want|wanted|wanna|need|needed|came|just) (?:to )?say (?:goodbye|bye|my goodbyes"
    r"|farewell)"
    + _ending(
        r"to (?:someone|somebody|anyone|anybody)",
        "before",
        "forever",
        "for the last time",
        "one last time",
        "while i (?:still )?can",
    ),
    r"(?:said|say|saying) my goodbyes",
    r"(?:tell|let) (?:my )?(?:mom|mum|mother|dad|father|parents|family|sister|brother|sis|bro"
    r"|friends|best friend|girlfriend|boyfriend|wife|husband|grandma|grandpa|mama|kids)"
    r" (?:and \w+ )?(?:know )?(?:that )?i (?:love|loved|m sorry|am sorry|was sorry|really love"
    r"|always loved)",
    r"take care of my (?:cat|dog|pets?|family|mom|mum|mother|dad|sister|brother|little"
    r" (?:brother|sister|bro|sis)|plants|fish|hamster|bird|parents)"
    + _ending("for me", "when", "after", "once", "goodbye", "bye", "i love", "forever", "tell"),
    r"(?:i m |i am |so )?sorry for everything"
    + _ending(
        "goodbye",
        "bye",
        "farewell",
        "i love",
        "please forgive",
        "forgive me",
        "tell",
        "mom",
        "mum",
        "dad",
        "take care",
        r"it s not (?:your|anyone s) fault",
    ),
    r"i love you all (?:so much |very much )?(?:goodbye|farewell|forever|take care)",
    r"(?:it was|it s been|was) (?:nice|good|a pleasure) knowing (?:you|y all|you all|everyone"
    r"|all of you)",
]

_EN_AFFAIRS = [
    r"(?:wrote|written|writing|write|left|leaving|leave|finished writing|finish writing"
    r"|prepared|preparing|recorded|recording|record|made|making) (?:a |my |the |some |these"
    r" |those |all (?:my|the) |all )?(?:goodbye|farewell|suicide|last|final) (?:letters?"
    r"|notes?|messages?|videos?|texts?|words|voice notes?|emails?)",
    r"(?:wrote|written|writing|write|left|leaving|leave|finished|recorded|recording) (?:a |some"
    r" |the |these |those |my |all (?:the|my) )?(?:letters?|notes?|messages?|voice ?notes?"
    r"|videos?) (?:to|for) (?:my|each of my|everyone|all my|each|every one of|my whole|the"
    r" people i love|those i love)(?: \w+)?"
    r"(?=(?: \w+){0,6}? (?:when i m gone|when i am gone|after i m gone|after i go|for after"
    r"|after(?= *$)|they ll find|they will find|to find (?:after|when)|in case (?:something|i)"
    r"|before i (?:go|leave|die|end|do it)|to say goodbye|explaining why)\b)",
    r"(?:wrote|written|writing|write|made|making|make|updated|updating|finished|finishing"
    r"|prepared|preparing|did|done|sorted|sorting|drafted) (?:up )?my (?:last )?will"
    r"(?! (?:to|power)\b)",
    r"(?:putting|put|getting|got|sorting|sorted|setting|set) (?:all )?my affairs in order",
    r"(?:wrote|written|writing|write|left|leaving) (?:\w+ )?(?:letters?|notes?) (?:to|for)"
    r" (?:everyone|all the people|the people|those|the ones|each person) i love",
    r"(?:putting|put|getting|got|sorting|sorted|setting|set) (?:all )?(?:of )?my (?:stuff|things"
    r"|papers|accounts|passwords) in order"
    + _ending(
        r"before i",
        r"so (?:it s|it is|it ll be) easy for",
        r"for (?:them|my family|after|when i m gone)",
        "passwords",
        "just in case",
        r"so (?:they|nobody|no one)",
    ),
]

# Tickets, seats and goodies are given away at every event; belongings are what warns.
_EN_BELONGINGS = (
    r"(?:stuff|things|belongings|possessions|clothes|books|games|console|ps[45]|playstation"
    r"|xbox|switch|guitar|laptop|computer|jewel(?:le)?ry|collection|records|vinyls|sneakers"
    r"|art|drawings|plushies|teddy|cat|dog|pets?|savings)"
)
_EN_GIVING_AWAY = [
    r"(?:giving|gave|give|given|gonna give|going to give) (?:all of my |all my |most of my"
    r" )?(?:everything|stuff|things|belongings|possessions) away",
    r"(?:giving|gave|give|given|gonna give|going to give) away (?:all (?:of )?my|everything"
    r"|most of my|my (?:favou?rite|prized|precious|most (?:precious|prized|valuable)|special))"
    r"(?: \w+)?",
    r"(?:gave|given|giving|give) (?:away )?(?:all )?my (?:\w+ )?"
    + _EN_BELONGINGS
    + r"(?: and (?:all )?my (?:\w+ )?"
    + _EN_BELONGINGS
    + r")? to (?:\w+ ){1,3}?"
    r"(?=(?:\w+ ){0,6}?(?:won t need|will not need|not going to need|won t be using|so (?:she"
    r" s|he s|they re|it s|it ll be) (?:taken care of|looked after)|after i m gone|when i m"
    r" gone|before i go|anymore|any more)\b)",
    r"(?:won t|will not|not going to|no longer) (?:need|be needing|be using|use) (?:it|them"
    r"|this|that|those|these|any of (?:it|this|them)|my \w+)"
    + _ending(r"anymore", "any more", "where i m going", r"after (?:tonight|today|this)"),
    r"(?:anyone|anybody|who) wants? my (?:things|stuff|belongings)",
]

_EN_WITHDRAWAL = [
    r"(?:stopped|stop|quit|quitting|stopping) (?:talking|speaking|texting|replying|answering"
    r"|responding|going out|seeing|hanging out)(?: to| with)? (?:everyone|anyone|everybody"
    r"|anybody|people|my (?:friends|family|parents|group chats?)|all my friends|the world)",
    r"(?:don t|do not|won t|no longer|never) (?:really )?(?:talk|speak|text|reply|answer"
    r"|respond|go out|see|hang out)(?: to| with)? (?:anyone|anybody|people|no ?one|my friends"
    r"|my family|my parents|mine) (?:anymore|any more|at all|ever)",
    r"(?:haven t|have not|didn t) (?:left|been out of|gone out of|got out of|gotten out of)"
    r" (?:my room|the house|my bed|bed|home)(?=(?: \w+){0,4}? (?:in|for) (?:days|weeks|months"
    r"|a week|ages|a month)\b)",
    r"(?:haven t|have not) (?:talked|spoken|answered|replied) (?:to )?(?:anyone|anybody|my"
    r" friends|people|no ?one) (?:in|for) (?:days|weeks|months|a week|ages)",
    r"(?:cut|cutting|shut|shutting|pushed|pushing|push|blocked|blocking|block|ghosted|ghosting"
    r"|ignoring|avoiding) (?:off |out )?(?:all (?:of )?my friends|everyone|everybody|all my"
    r" contacts|my friends|my family|people|the world)(?: (?:off|out|away))?"
    r"(?! (?:who|that|which)\b)",
    r"(?:isolat(?:e|ing|ed)|lock(?:ing|ed)?|shut(?:ting)?|hid(?:ing|e)?) "
    + _ME
    + r"(?: (?:away|in|off|up))?(?! (?:because|with|due|from (?:covid|the virus)|to (?:study"
    r"|work|focus|revise|finish)|for (?:exams?|work|the))\b)",
    r"(?:stay|staying|stayed|lock myself|locked|shut|hide|hiding) (?:all day )?in (?:my room"
    r"|bed)"
    + _ending(
        "all day",
        "all the time",
        "for days",
        "every day",
        "alone",
        r"and (?:don t|never|avoid|ignore|cry|sleep)",
    ),
    r"(?:don t|do not|never) (?:want|wanna) (?:to )?(?:see |talk to |speak to |be around |be"
    r" with |hear from )?(?:anyone|anybody|people|no ?one)"
    r"(?= (?:anymore|any more|ever again|near me|at all)\b)",
]

_EN_MEANS = [
    r"how (?:do|can|could|would|should|to|might|will) (?:i |one |you |u |someone |people )?"
    r"(?:kill (?:myself|yourself|oneself|themselves)|commit suicide|unalive (?:myself"
    r"|yourself)|overdose|od|hang (?:myself|yourself)|take my (?:own )?life|end my life"
    r"|not wake up)",
    r"how (?:do|can|could|would|should|to|might) (?:i |one |you |u |someone )?(?:end it|end"
    r" things|end everything|die|disappear forever)"
    + _ending(
        "all",
        "for good",
        "forever",
        "quickly",
        "fast",
        "painlessly",
        "without",
        "tonight",
        "now",
        "peacefully",
        "in my sleep",
        "easily",
    ),
    r"(?:easiest|quickest|fastest|best|simplest|surest|least painful|most painless|painless"
    r"|quick|easy|sure|certain|peaceful|gentle|quiet|effective) (?:way|ways|method|methods"
    r"|means|option) (?:to|of|for) (?:die|dying|kill (?:myself|yourself|oneself)|suicide"
    r"|commit suicide|end (?:it|it all|my life|things|everything|your life)|od|overdose|not"
    r" wake up|unalive|disappear forever)",
    r"(?:way|exit) out (?:for good|forever|of (?:this life|life|it all)|permanently)",
    r"(?:get|find|buy|get hold of|obtain) (?:something|anything|stuff|pills|a gun|a rope"
    r"|poison) (?:to|that will|that ll|that could|that can|strong enough to) (?:end (?:it"
    r"|things|everything|my life|it all)|kill me|make me (?:die|sleep forever|not wake up)"
    r"|die)",
    r"how (?:many|much) (?:\w+ ){0,3}?(?:pills|tablets|paracetamol|panadol|tylenol|ibuprofen"
    r"|meds|insulin|mg|grams) (?:\w+ ){0,4}?(?:to|would|will|does it take to|it takes to"
    r"|before|until|can|could) (?:\w+ ){0,2}?(?:die|kill|be fatal|be lethal|od|overdose|not"
    r" wake up|end it|stop (?:my|your) heart)",
    r"(?:lethal|fatal|deadly) (?:dose|amount|quantity)",
    r"where (?:can|could|do|to|would|should|might) (?:i |one |you )?(?:buy|get|find|order"
    r"|obtain|get hold of|steal) (?:a |some |the )?(?:gun|rope|poison|cyanide|rat poison"
    r"|sleeping pills|barbiturates|pentobarbital|nembutal|noose)",
    r"(?:high|tall) enough to (?:die|kill|not survive)",
    r"how (?:to|do i|do you|can i) tie a noose",
]

# Cooking, sport and shaving hurt people every day; "when it gets too much" is not one of them.
_EN_ACCIDENT = (
    r"(?! (?:(?:while|when) (?:i was )?(?:cooking|ironing|shaving|baking|making|playing"
    r"|working|using|doing|running|skating|climbing)|by accident|accidentally|on (?:the|a)"
    r" (?:stove|oven|iron|pan|kettle|knife|way)|with (?:the|a|my) (?:stove|oven|iron|pan"
    r"|kettle|knife|hair|curling)|cooking|shaving|ironing|playing|at (?:the )?(?:gym|work)"
    r"|in the kitchen|during|off)\b)"
)
_EN_SELF_HARM_MORE = [
    r"(?:i|and|then|or) (?:"
    + _EN_FILL
    + r" )*(?:burn|burned|burnt|hit|slap|slapped|punch|punched|scratch"
    r"|scratched|bite|starve|starved|cut|hurt|harm|harmed|beat|bruise|choke|stab|stabbed"
    r"|cutting|burning|hitting|slapping|punching|scratching|biting|starving) "
    + _ME
    + _EN_ACCIDENT,
    r"relaps(?:ed|e|ing)(?: (?:on|into) (?:self ?harm|cutting))?"
    + _ending("last night", "again", "tonight", "yesterday", "on", "into", "after"),
    r"cut again" + _ending("last night", "tonight", "today", "yesterday", "after", "and", "i"),
    r"(?:hide|hiding|hid|cover|covering) (?:my |the )?(?:scars|cuts|wounds|burns|bruises)",
]

# ----------------------------------------------------------------------------------- French
# French negation wraps the verb, so "pas" sits just before the phrase: "je (ne) veux pas me
# tuer", "j'ai pas envie de mourir", "je ne vais jamais me suicider".
_FR_NEGATION = r"(?:pas|jamais|point) (?:(?:du tout|vraiment|encore|forcement) )?"
_FR_OTHERS = (
    r"(?:il|elle|ils|elles|on|(?<!moi )qui|ami|amie|pote|copain|copine|frere|soeur|fils|fille"
    r"|eleve|jeune|jeunes|quelqu un|ado|ados|enfant|fils) (?:(?:ne|n|a|est|s est|va|veut"
    r"|vient de|m a|me|m|l a|se|s) )*"
)
_FR_WANT = (
    r"(?:jveu[xt]?|veu[xt]?|vx|ve|jvoudrai[st]?|voudrai[st]?|jaimerai[st]?|aimerai[st]?"
    r"|souhaite|prefere(?:rai[st]?)?|ai envie? de?|envie? de?|reve de?|ai besoin de|besoin de"
    r"|qu une envie|une seule envie|ma seule envie"
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
    r"merite (?:pas|plus) (?:de )?(?:vivre|exister|etre en vie|etre la)",
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

_FR_MEDS = (
    r"(?:medicaments?|medocs?|cachets?|pilules?|comprimes?|gelules?|somniferes?|anxiolytiques?"
    r"|antidepresseurs?|calmants?|dolipranes?|paracetamol|efferalgan|dafalgan|xanax|lexomil"
    r"|stilnox|ibuprofene|advil|aspirines?|insuline|tramadol|antibiotiques)"
)
# Swallowed "des cachets" is an emergency; "un cachet" is a headache.
_FR_MEDS_PLURAL = (
    r"(?:medicaments|medocs|cachets|pilules|comprimes|gelules|somniferes|anxiolytiques"
    r"|antidepresseurs|calmants|dolipranes|aspirines|antibiotiques)"
)
_FR_POISON = (
    r"(?:poison|javel|eau de javel|mort aux rats|produits? menagers?|deboucheur|antigel"
    r"|pesticides?|raticide|insecticide|acide|detergent|cyanure)"
)
_FR_LOT = (
    r"(?:toute? (?:la |ma |une |sa )?(?:boite|plaquette|flacon|tube|bouteille|reserve"
    r"|pharmacie|armoire)|tout (?:le |mon )(?:flacon|tube|paquet|stock|tiroir)|tous (?:mes|les"
    r"|ses)|tout (?:mes|les)|toutes (?:mes|les|ses)|la boite entiere|une boite entiere"
    r"|(?:une|la|deux|trois|plusieurs|des) (?:boites?|plaquettes?|flacons?|tubes?)|trop de"
    r"|plein de|beaucoup de|un paquet de|une poignee de|un tas de|une dizaine de"
    r"|une vingtaine de|une trentaine de|\d{2,}|dix|quinze|vingt|trente|quarante|cinquante|cent)"
)
_FR_TAKEN = r"(?:ai|g|viens de|viens d|vien de|vien d) (?:(?:deja|juste|encore|aussi) )?"
# "je viens de boire de la javel": after "viens de" the verb stays in the infinitive.
_FR_SWALLOW = r"(?:avale|avaler|gobe|gober|ingere|ingerer)"
_FR_TAKE = r"(?:pris|pri|prendre|bu|boire|mange|manger|avale|avaler|gobe|gober|ingere|ingerer)"
_FR_PILLS_NOW = (
    r"(?= (?:\w+ ){0,8}?(?:pour (?:en finir|mourir|me tuer|ne plus me reveiller|dormir pour"
    r" toujours|partir)|il y a \d+|y a \d+|ya \d+|il y a (?:une|un|deux|quelques) (?:min|minutes"
    r"|heures?|h)|tout a l heure|a l instant|ce soir|maintenant|me sens (?:bizarre|mal|partir)"
    r"|tete qui tourne|ai peur|envie de vomir|vois flou|m endors)\b)"
)

_FR_ACUTE = [
    rf"{_FR_TAKEN}{_FR_SWALLOW} (?:\w+ ){{0,4}}?{_FR_MEDS_PLURAL}",
    rf"{_FR_TAKEN}{_FR_TAKE} {_FR_LOT} (?:\w+ ){{0,3}}?{_FR_MEDS}",
    rf"{_FR_TAKEN}{_FR_TAKE} (?:des |les |mes |plein de |quelques )?(?:\w+ )?"
    rf"{_FR_MEDS}{_FR_PILLS_NOW}",
    rf"{_FR_TAKEN}(?:{_FR_TAKE}|vole) (?:tous |toutes )?(?:les |des )?{_FR_MEDS} (?:de|d)"
    r" (?:ma|mon|mes) (?:mere|pere|mamie|papi|grand mere|grand pere|parents|soeur|frere|maman"
    r"|papa)",
    rf"{_FR_TAKEN}{_FR_TAKE} (?:de la |du |de l |des |un peu de |une"
    rf" bouteille de |un verre de )?{_FR_POISON}",
    rf"{_FR_TAKEN}(?:fait|faire) (?:une )?(?:overdose|od|surdose)",
    r"viens de (?:faire )?(?:une )?(?:ts|tentative)",
    r"je saigne (?:beaucoup|trop|enormement|partout|abondamment|grave|de partout|fort"
    r"|sans arret|encore)",
    r"(?:ca|sa) saigne (?:beaucoup|trop|enormement|partout|abondamment|grave|fort|sans arret"
    r"|de ouf)",
    r"(?:ca|sa|le sang) (?:ne )?(?:s )?arrete (?:pas|plus) de (?:saigner|couler)",
    r"le sang (?:coule|ne s arrete pas|s arrete pas|arrete pas|partout)",
    r"(?:coupe|coupee|couper|entaille|entaillee) (?:trop|tres|super|bien trop) profond(?:ement)?",
    r"viens de me (?:couper|taillader|scarifier|bruler|ouvrir les veines)"
    r"(?! (?:le doigt|les cheveux|la frange|les ongles|en cuisinant|avec (?:le|un) (?:couteau"
    r"|papier)|en me rasant)\b)",
    r"me suis (?:ouvert|tailladee?|coupee?) les veines",
    r"perdu beaucoup de sang",
]

_FR_DISAPPEAR = [
    rf"{_FR_WANT} (?:{_FR_FILL} )*(?:disparaitre|m effacer|m evaporer|me volatiliser|partir de"
    r" ce monde|quitter ce monde|partir loin de tout)"
    + _ending(
        "pour toujours",
        "a jamais",
        "de ce monde",
        "definitivement",
        "pour de bon",
        "de la surface de la terre",
        "sans laisser de trace",
        r"et (?:ne )?(?:jamais|plus jamais) revenir",
        "et plus jamais",
        "completement",
        "tout simplement",
        "comme si",
        "que",
        "et que",
        "je",
        "j",
    ),
    r"si (?:seulement )?(?:je|j) (?:pouvais|pourrais) (?:juste |simplement )?(?:disparaitre"
    r"|m effacer|m evaporer|ne plus exister|partir pour toujours)",
]

_FR_NO_REASON = [
    r"(?:aucune|plus|pas|sans|n ai plus|n ai pas|ai plus|ai pas|plus aucune|vois pas|trouve pas"
    r"|trouve plus|vois plus) (?:\w+ ){0,2}?(?:de |d |la |une |aucune )?raisons? (?:de|d|pour)"
    r" (?:vivre|continuer|rester en vie|me lever|etre la|exister|me battre|tenir)",
    r"(?:(?:vois|sais|comprends) (?:pas|plus) )?pourquoi (?:je |j )?(?:continue(?:rais)?|vis"
    r"|vivre|rester en vie|suis encore (?:en vie|la|vivante?)|me lever|continuer)"
    + _ending(
        "a vivre",
        "comme ca",
        "franchement",
        "je",
        "j",
        "en fait",
        "encore",
        "alors",
        "tout court",
        "de toute facon",
        "sincerement",
    ),
    r"(?:plus )?rien (?:ne )?(?:me )?(?:rattache|retient|raccroche) (?:a la vie|ici|en vie"
    r"|a ce monde)",
    r"(?:a quoi (?:ca|sa) sert|(?:ca|sa) sert (?:plus )?a rien) (?:de |d )(?:vivre|continuer"
    r"|exister|me battre|se battre|me lever|rester en vie|tenir)",
    r"(?:perdu|plus|pas|aucune?) (?:la |l |toute |d )?(?:volonte|envie|force|gout|motivation)"
    r" (?:de|d) (?:vivre|continuer|me battre|exister)",
]

_FR_NOT_A_VIEW = (
    r"(?! (?:si|tant que|sans|tant|pour les|pour la societe|chez les|dans la societe|au maroc"
    r"|dans le monde)\b)"
)
_FR_HOPELESS_MORE = [
    # "jpp" alone, or going on about life; not "mdr jpp", "jpp lol", "jpp d'attendre".
    r"(?<!mdr )(?<!ptdr )(?<!lol )jpp(?= *$| (?:plus|de (?:vivre|tout|rien|cette vie|ma vie"
    r"|moi)|je|j|c est|franchement|vraiment|serieux|tout|pourquoi|aide)\b)",
    r"(?:vois|trouve) (?:plus|pas|aucun) (?:l |d )?(?:interet|sens|but) (?:de|d|a) (?:vivre"
    r"|continuer|exister|me lever)",
    r"rien (?:ne |n )?(?:changera|va changer|changer|nchangera|change(?:ra)? jamais"
    r"|s arrangera|s ameliorera)(?: jamais)?" + _FR_NOT_A_VIEW,
    r"(?:ca|sa|tout|ma vie|rien) (?:ne |n )?(?:ira|va|sera|va aller) (?:jamais|plus jamais|pas)"
    r" (?:mieux|bien|aller mieux|s arranger|changer)" + _FR_NOT_A_VIEW,
    r"(?:ca|sa|rien|tout|ma vie) (?:ne )?(?:s arrangera|s ameliorera|changera) jamais"
    + _FR_NOT_A_VIEW,
    r"(?:c est|tout est|est) (?:foutu|fini|perdu|cuit) (?:pour moi|de toute facon|d avance)",
    "a quoi bon"
    + _ending(
        "continuer",
        "vivre",
        "tout ca",
        "essayer",
        "me battre",
        "je",
        "j",
        "de toute facon",
        "alors",
        "tout",
        "me lever",
        "exister",
        "rester",
        "lutter",
        "avancer",
    ),
    r"(?:plus|pas|aucun|perdu|n ai plus|plus aucun|ai perdu) (?:d |l |tout |aucun )?espoir"
    + _ending(
        "je",
        "j",
        "pour moi",
        "de m en sortir",
        "que (?:ca|sa) change",
        "que (?:ca|sa) aille mieux",
        "en la vie",
        "en rien",
        "du tout",
        "rien",
        "alors",
        "demain",
        "dans la vie",
        "c est",
    ),
    r"vois (?:plus |pas )?(?:aucune |aucun |d |de )?(?:issue|sortie|avenir|futur|lumiere"
    r"|espoir)(?! de secours\b)",
    r"vois (?:plus |pas )?(?:aucune |d |de )?solution" + _ending("a part", "sauf", "pour moi"),
    r"je suis (?:completement |vraiment |tellement )?a bout"
    + _ending("je", "j", r"de (?:tout|la vie|ma vie|forces)", "plus", "franchement"),
    r"je (?:ne )?peux (?:plus|pu)"
    + _ending("je", "j", r"de (?:vivre|tout|rien)", "franchement", "vraiment", "c est trop"),
    r"(?:serai|serais|sera) (?:jamais|plus jamais) (?:heureu(?:x|se)|bien|normale?|aimee?)",
    r"plus rien n a (?:de |d )?(?:sens|importance|gout)",
    r"(?:marre|fatiguee?|epuisee?|lasse?|ras le bol) (?:de|d) (?:me battre|lutter|souffrir"
    r"|faire semblant|etre moi|respirer|ce monde)",
]

_FR_TRAPPED = [
    r"(?:me sens|suis|sens|me sentais|etais) (?:completement |totalement |vraiment |tellement"
    r" |trop |comme )?(?:piegee?|prise? au piege|enfermee?|coincee?|prisonniere?|prisonnier"
    r"|emmuree?|bloquee?)"
    + _ending(
        r"dans (?:ma|cette|mon) (?:propre )?(?:vie|tete|corps|souffrance|situation|douleur)",
        "sans",
        "je",
        "j",
        "et",
        "comme",
        "de partout",
        "a l interieur",
        "y a",
        "il y a",
        "pas",
        "aucune",
    ),
    r"(?:y a|il y a|y a plus|il n y a|n y a|ya) (?:pas|plus|aucune) (?:d |de )?(?:issue"
    r"|sortie|echappatoire)(?! de secours\b)"
    + _ending("je", "j", "pour moi", "a part", "sauf", "et"),
    r"(?:la |cette |ma )?(?:douleur|souffrance|peine) (?:est |devient |est devenue )?(?:trop"
    r" forte|insupportable|intenable|invivable|trop grande|trop lourde|sans fin)",
    r"souffre (?:trop|tellement|tant|enormement|beaucoup trop|grave|de ouf)"
    + _ending(
        "je",
        "j",
        "et",
        "a l interieur",
        "c est",
        "personne",
        "plus",
        "moralement",
        "dans ma tete",
        "depuis",
    ),
    r"(?:ca|sa) fait (?:trop|tellement|si|tres) mal"
    + _ending("je", "j", "a l interieur", "dans ma tete", "de vivre", "d exister", "et", "tout"),
    r"supporte (?:plus|pu) (?:rien|cette douleur|la douleur|ma vie|cette vie|cette souffrance"
    r"|d etre moi|d exister|de vivre)",
    r"ma vie (?:est|c est) (?:devenue )?(?:un enfer|insupportable|invivable|une prison"
    r"|un cauchemar)",
]

_FR_BURDEN_MORE = [
    r"(?:mieux|plus heureu\w*|soulage\w*|tranquilles?|libres?|en paix|plus simple|plus facile"
    r"|respirerai\w*) (?:\w+ ){0,4}?(?:si|quand|une fois que|le jour ou) (?:je|j) (?:\w+ ){0,2}?"
    r"(?:plus la|pas la|partie?|morte?|disparue?|disparaissais|partais|partirai\w*|mourais"
    r"|mourrai\w*|existais plus|existerai plus|n existais pas|existais pas)",
    r"suis (?:\w+ ){0,2}?(?:un|une) (?:fardeau|boulet|poids mort)",
    r"suis (?:\w+ ){0,2}?(?:un|une) (?:poids|charge)"
    + _ending("pour", "a", "je", "j", "sur", "en plus", "ils"),
    r"(?:gache|gacher|pourris|pourrir|detruis|detruire) (?:la vie|leur vie|leurs vies|la vie de"
    r" \w+|la vie des autres)",
    r"(?:je leur|je lui|je vous) (?:coute|coutes) (?:trop|cher|tellement)",
    r"je suis de trop",
]

_FR_LEAVING = [
    r"(?:serai|serais|sera) (?:bientot |surement |sans doute )?(?:plus|pu) (?:la|ici|en vie|de"
    r" ce monde|parmi vous|vivante?)"
    + _ending(
        "demain",
        "bientot",
        "longtemps",
        r"(?:tres|plus|pour) longtemps",
        r"dans (?:quelques|peu|une|deux)",
        "la semaine prochaine",
        r"pour (?:vous|personne|voir|le voir|le prochain|la prochaine)",
        "ce soir",
        "apres ce soir",
        "de toute facon",
        "alors",
        "quand",
    ),
    r"(?:serai|serais) (?:bientot )?(?:plus|pu) (?:un|une) (?:probleme|fardeau|poids|souci"
    r"|charge)",
    r"(?:c est|ce sera|ca sera|est) (?:mon|ma) (?:dernier jour|derniere nuit|derniere journee"
    r"|dernier soir|dernier week end|derniere semaine)"
    + _ending("sur terre", "en vie", "ici bas", "dans ce monde", "de ma vie", "adieu", "alors"),
    r"vous (?:n )?(?:entendrez|verrez|reverrez) plus (?:jamais )?parler de moi",
    r"vous (?:ne )?me (?:reverrez|verrez|entendrez|lirez) (?:plus|jamais)",
    r"tout (?:sera|va etre) (?:bientot )?(?:fini|termine)(?: bientot| ce soir| demain"
    r"| pour moi)",
    r"(?:tiendrai|passerai|survivrai) (?:pas|plus) (?:la nuit|cette nuit|jusqu a demain"
    r"|la semaine|longtemps)",
]

_FR_GOODBYE = [
    r"(?:c est|ceci est|voici|ce sera|ca sera|est) (?:mon|ma) (?:tout )?(?:dernier|derniere)"
    r" (?:message|mot|mots|lettre|texto|sms)"
    r"(?! (?:avant (?:la|le|l) (?!(?:fin|mort|grand)\b)|pour (?:aujourd hui|ce soir|la journee"
    r"|le moment|ce matin)|sur ce sujet|du jour|de la (?:journee|soiree)|d aujourd hui"
    r"|pour l instant)\b)",
    r"mon dernier (?:message|mot) (?:pour (?:vous|toi|tout le monde|le monde)|a (?:tous|vous"
    r"|toi|tout le monde)|avant de (?:partir|mourir|disparaitre|m en aller|en finir))",
    r"adieu (?:tout le monde|a tous|a toutes|le monde|la vie|ma famille|maman|papa|mes amis"
    r"|pour toujours|les amis|vous tous|a vous|cruel)",
    r"je (?:vous |te )?(?:dis|fais) (?:mes )?adieux?",
    r"je (?:vous|t) aime (?:tous |toutes |fort |tellement )?(?:\w+ )?adieu",
    r"(?:c est|ce sera) la derniere fois (?:que je|qu on) (?:vous |te |t |me )?(?:ecris|parle"
    r"|lis|verr\w*|connecte)(?! (?:avant|pour (?:aujourd hui|ce soir|la journee))\b)",
    r"c est (?:un|mon) (?:dernier )?adieu",
    r"au revoir (?:pour toujours|a jamais|pour de bon|definitivement|la vie|le monde)",
    r"dire (?:au revoir|adieu) (?:a quelqu un|a personne)",
    r"(?:dites|dis|dite|dit) a (?:ma mere|mon pere|mes parents|ma famille|maman|papa|ma soeur"
    r"|mon frere|mes amis|ma copine|mon copain|ma meilleure amie|mon meilleur ami|ma mamie)"
    r" (?:que )?(?:je (?:les |l |la |le )?(?:aime|aimais|suis desolee?)|desolee?|pardon"
    r"|je m excuse)",
    r"(?:prenez|prends|occupez vous|occupe toi) (?:bien )?soin de (?:mon chat|mon chien"
    r"|ma mere|maman|mes parents|ma famille|mon frere|ma soeur|mes animaux|mon lapin|ma chatte"
    r"|mon poisson)",
    r"(?:pardon|desolee?|je m excuse|excusez moi) pour tout"
    + _ending(
        "adieu",
        "au revoir",
        "je vous aime",
        "je t aime",
        "maman",
        "papa",
        "prenez",
        "dites",
        "c est",
        "je pars",
        "j ai",
        "je suis",
    ),
    r"(?:bye|adieu|au revoir|salut) (?:a )?(?:tout le monde|a tous|vous tous) (?:\w+ ){0,3}?"
    r"merci pour tout(?! (?:\w+ ){0,3}?(?:a bientot|a la prochaine|a demain|l annee"
    r" prochaine)\b)",
    r"merci pour tout (?:et )?(?:adieu|pardon|je vous aime)",
]

_FR_AFFAIRS = [
    r"(?:ecrit|ecrire|redige|rediger|laisse|laisser|prepare|preparer|ecris|termine) (?:une |des"
    r" |ma |mes |la |les |quelques )?(?:lettres?|mots?|messages?) (?:d |de )?adieux?",
    r"(?:ecrit|ecrire|laisse|laisser|ecris|redige|envoye) (?:une |des |quelques |mes )?"
    r"(?:lettres?|mots?) (?:a|pour) (?:chacun|ma famille|mes parents|mes proches|tout le monde"
    r"|ceux que j aime|ma mere|mon pere|maman|papa|mes amis|ma soeur|mon frere|mes potes)"
    r"(?=(?: \w+){0,6}? (?:pour apres|apres(?= *$)|ils (?:la|les) (?:liront|trouveront)|quand je"
    r" (?:serai|ne serai) plus|pour quand|au cas ou|avant de partir|pour leur dire adieu|pour"
    r" expliquer|tout est pret)\b)",
    r"(?:fait|ecrit|redige|prepare|faire|ecrire|rediger|preparer|termine|fini) (?:mon|un|le)"
    r" testament",
    r"(?:mis|mets|mettre|met) (?:de l )?ordre dans (?:mes|toutes mes) affaires",
    r"(?:mis|mets|mettre) mes affaires en ordre",
    r"regl\w* (?:toutes )?mes affaires" + _ending("avant", "pour", "au cas ou"),
]

_FR_GIVING_AWAY = [
    r"(?:donne|donner|donnerai|distribue|distribuer|offert|offre|offrir|legue|leguer)"
    r" (?:toute?s? (?:mes|les)|tous mes|la plupart de mes) \w+",
    r"(?:donne|donner|distribue|distribuer|offert|offrir|legue|leguer|donnerai) (?:mes|toutes"
    r" mes) (?:affaires|trucs|choses|biens|tresors|objets|bijoux|souvenirs|vetements|habits"
    r"|livres|jeux)",
    r"(?:donne|donner|offert|offre|offrir|legue) (?:mon|ma|mes) (?:\w+ ){1,6}?(?:a|au|aux)"
    r" (?:\w+ ){1,3}?(?=(?:\w+ ){0,5}?(?:en aurai (?:plus|pu) (?:besoin|l usage)|en ai (?:plus"
    r"|pu) besoin|aurai plus besoin|c est mieux comme ca|avant de partir|quand je serai plus"
    r" la|apres mon depart)\b)",
    r"(?:veut|veux|voulez) mes (?:trucs|affaires|choses)",
    r"(?:veux|vais) (?:tout|tt) donner" + _ending("avant de partir"),
]

_FR_WITHDRAWAL = [
    r"(?:m isole|me suis isolee?|m isoler|m enferme|me renferme|me suis renfermee?|me suis"
    r" coupee? (?:de|du))"
    + _ending(
        "de",
        "du",
        "completement",
        "totalement",
        "de plus en plus",
        r"dans (?:ma chambre|mon coin|ma bulle)(?= *$| (?:toute|tout le temps|h24|depuis|et|je"
        r"|j)\b)",
        "je",
        "j",
        "et",
        "tout",
        "depuis",
        "chez moi",
    ),
    r"(?:parle|vois|reponds|sors) (?:plus|pu|jamais) (?:(?:a|avec|de|d) )?(?:personne|mes amis"
    r"|mes potes|ma famille|mes parents|qui que ce soit|ma chambre|chez moi|mon lit|la maison)",
    r"(?:veux|voudrais|ai envie de) (?:plus|pu|pas) (?:voir|parler a|parler avec) (?:personne"
    r"|qui que ce soit)",
    r"(?:coupe|couper) les ponts avec (?:tout le monde|tous|mes amis|ma famille|mes proches)",
    r"(?:bloque|bloquee|evite|fuis|supprime) (?:tout le monde|tous mes amis|toutes mes amies"
    r"|mes amis|ma famille|tous mes contacts|tous mes comptes)",
    r"(?:reste|suis) (?:seule?|enfermee?) (?:tout le temps|toute la journee|dans ma chambre|h24"
    r"|tous les jours)",
]

_FR_MEANS = [
    r"(?:comment|moyen|methode|facon|maniere|technique|truc)s? (?:de |d |pour |pr )?"
    r"(?:\w+ ){0,2}?(?:me tuer|me suicider|se suicider|se tuer|mettre fin a (?:mes|ses) jours"
    r"|faire une overdose|ne (?:plus|pas) (?:me|se) reveiller|partir pour (?:de bon|toujours))",
    r"(?:comment|moyen|methode|facon|maniere|technique|truc)s? (?:de |d |pour |pr )?"
    r"(?:\w+ ){0,4}?(?:en finir|mourir)"
    + _ending(
        "sans",
        "vite",
        "rapidement",
        "proprement",
        "pour de bon",
        r"avec (?:la vie|ma vie|moi|tout)",
        "quelqu un",
        "ce soir",
        "facilement",
    ),
    r"(?:procurer|trouver|acheter|avoir) (?:de quoi|quelque chose pour|un truc pour) (?:en"
    r" finir|mourir|me tuer)",
    r"combien de (?:\w+ ){0,2}?(?:cachets|comprimes|medicaments|medocs|pilules|dolipranes?"
    r"|paracetamol|somniferes|gelules|grammes|mg|boites|plaquettes) (?:\w+ ){0,4}?(?:pour|pr)"
    r" (?:mourir|en finir|me tuer|y rester|ne (?:plus|pas) me reveiller|une overdose|faire une"
    r" overdose|etre mortel|tuer)",
    r"dose (?:mortelle|letale|fatale)",
    r"(?:ou|comment) (?:acheter|trouver|avoir|me procurer|se procurer) (?:une arme|un flingue"
    r"|un pistolet|de la corde|une corde|du poison|du cyanure|des somniferes|des barbituriques"
    r"|de la mort aux rats)",
    r"mourir sans (?:souffrir|douleur|avoir mal)",
]

_FR_SELF_HARM_MORE = [
    r"me suis (?:encore |de nouveau |re)?(?:coupee?|scarifiee?|brulee?|mutilee?|tailladee?)"
    + _ending(
        "hier",
        "cette nuit",
        "encore",
        "ce soir",
        "la nuit derniere",
        "aujourd hui",
        "ce matin",
        "expres",
        "volontairement",
        r"les (?:bras|poignets|cuisses|jambes)",
        "la peau",
    ),
    r"me suis encore (?:coupee?|scarifiee?|brulee?|mutilee?|tailladee?|fait du mal)",
    r"je me (?:brule|frappe|tape|griffe|mords|pince|cogne|scarifie|mutile|coupe)"
    + _ending(
        "quand",
        "des que",
        "pour",
        "souvent",
        "parfois",
        "tous les",
        "chaque",
        "encore",
        "la tete contre",
        "jusqu",
        "personne",
        "expres",
        "volontairement",
        r"avec (?:un|une|des|mon|ma) (?:briquet|cigarette|lame|rasoir|cutter|compas|ciseaux)",
        "j ai des",
        "les bras",
        "la peau",
    ),
    r"(?:cache|cacher) (?:mes |les )?(?:cicatrices|coupures|marques|bleus|brulures)",
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
    r"(?:غير|فقط|بس|حقا|فعلا|بصح|له|صراحه|دابا|ان|اني|لو|انا|ديما|دائما|احيانا|مرات"
    r"|بزاف|كثيرا|حتي|الا)"
)
_AR_DIE = (
    r"(?:اموت|نموت|موت|اكون ميتا?|نكون ميت|(?:ا|ن)فارق حياه|اغادر (?:هذه )?حياه"
    r"|(?:ا|ن)(?:رتاح|تهني) من (?:هذه |هاد )?(?:حياه|دنيا))"
)
_AR_SUICIDE_WORD = (
    r"(?:انتحار(?! (?:عند|لدي|بين|في صفوف|وسط|شباب|مراهقين|وقايه)\b)|انتحر|ننتحر"
    r"|(?:ا|ن)?قتل (?:راسي|نفسي)|(?:ا|ن)نهي حياتي|انهاء حياتي|نموت|اموت"
    # "موت جدي" is a grandfather's death: death itself is thought about alone, or "a lot".
    r"|موت(?= *$| (?:كثيرا|بزاف|ديما|دائما|كل يوم|يوميا)\b))"
)
_AR_SUICIDE = [
    # First-person verb forms only: "انتحر" alone is also "he killed himself".
    r"[وف]?(?:كن|تن|غن|سا|سن|ن)نتا?حر",
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
    r" |كثير من )(?:حبوب|دوا|دواء|كاشيات|اقراص)",
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
    r"|(?:في )?حياه|بقاء|(?:ا|ن)بقي حيا?|(?:ا|ن)كمل حياتي|(?:ا|ن)كون موجود\S*)"
)
_AR_NOT_LIVING = [
    r"(?:ما ?|م)(?:بقيتش |بقيت |عدتش )?(?:بغيت|باغي|باغيه|كنبغي|نبغي|حاب|حابه)ش?"
    rf" (?:{_AR_FILL} )*{_AR_LIVE}",
    r"(?:لا|لم|لن|مش) (?:(?:عدت|اعد|بقيت|بقيتش) )?(?:اريد|ارغب|اود|احب|اطيق|بدي|حاب|عايز)"
    rf"(?: في)? (?:{_AR_FILL} )*{_AR_LIVE}",
    r"(?:علاش|لماذا|لاش|لمن) (?:غادي )?(?:نعيش|اعيش|نكمل حياتي|ابقي حيا)",
    r"(?:لا|ما) (?:\S+ )?(?:سبب|داعي|معني|فايده|جدوي)\S* (?:ل|من |في )?"
    r"(?:عيش|حياه|حياتي|لحياتي|بقاء|لعيش)",
    r"(?:لا|ما) ?(?:استحق|نستاهل|كنستاهل|نستحق)ش? (?:ان )?(?:\S*عيش|\S*حياه|نعيش|اعيش|نبقي حي)",
    r"(?:حياه|حياتي) (?:بلا|بدون|ما عندها|ماعندها|ليس لها|ليست لها|مافيهاش|ما فيهاش|لا)"
    r" (?:اي |حتي )?(?:معني|فايده|قيمه|جدوي)",
]
_AR_NEVER_WAKE = [
    r"(?:نعس|ننعس|نرقد|ننام|نام|انام|انعس|نعست|رقدت)\S* (?:نوما |نوم |نعسه |نومه )?(?:و ?)?"
    r"(?:ما ?|لا |م)(?:ن|ا)?(?:فيق|ستيقظ|صحي|نوض|ناض)\S*",
    r"[وف]?(?:نتمني|اتمني|كنتمني|تنتمني) (?:ان )?(?:ما ?|لا |م)(?:ن|ا)?(?:فيق|ستيقظ|صحي|نوض)\S*",
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
        r"(?:هاد|هذا|هذه) (?:حياه|شي|عذاب|وجع|الم|حاله|ضغط)",
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

_AR_MEDS = (
    r"(?:حبوب|حبات|دوا|دواء|ادويه|اقراص|اقراصا|كاشيات|دوايات|دويات|دوايا|فانيد|بنادول"
    r"|ادويتي|حبوبي|اقراصي|كاشياتي|دوائي|دوايي"
    r"|دوليبران|باراسيتامول|مهدءات|مهدئات|منومات|مسكنات)"
)
_AR_TOOK = r"[وف]?(?:شربت|اخذت|خذيت|خديت|كليت|تناولت|اكلت|دزيت|بلعت|ابتلعت)"
_AR_NOW = r"(?:ان|دابا|حالا|توا|تو|هاد ساعه|هاد لحظه|قبل شويه|قبل قليل|من شويه)"
# When, why or what next, as for English: "قبل شوية", "باش نموت", "وراسي كيدور".
_AR_PILLS_NOW = (
    r"(?= (?:\S+ ){0,6}?(?:قبل (?:قليل|شويه|ساعه|دقايق|نص ساعه|\S+ دقايق)|ان|دابا|تو|حالا"
    r"|باش (?:نموت|نتهني|نرتاح|نسالي|نقتل راسي|ننتحر)|لاموت|كي اموت|حتي اموت|لانتحر|لانهي"
    r" حياتي|و?راسي (?:كيدور|تيدور|كيضرب)|و?اشعر (?:بدوار|بدوخه|بنعاس)|دايخ\S*|دوخه|و?قلبي"
    r" (?:كيضرب|يدق)|و?خايف\S*|كنتقيا|اتقيا)(?= |$))"
)
_AR_POISON = (
    r"(?:سم|سما|جافيل|ما جافيل|ماء جافيل|كلور|مبيد\S*|دوا (?:د|ديال) (?:طوبات|فيران"
    r"|فار|حشرات|سراق زيت)|سم (?:فيران|فيران)|ماء قاطع|ما قاطع|قاطع|ماء نار|اسيد|حمض|مبيض)"
)
_AR_ACUTE = [
    r"[وف]?(?:بلعت|ابتلعت) (?:\S+ ){0,3}?(?:حبوب|حبات|دوا|دواء|ادويه|اقراص|اقراصا|كاشيات"
    r"|دوايات|مهدءات|مهدئات|منومات|مسكنات)",
    rf"{_AR_TOOK} (?:كل|جميع|علبه|علب|علبتين|باكيه|بلاكه|شريط|كميه كبيره من|عدد كبير من|بزاف"
    rf"(?: ديال| د)?|كثير من|كثير من|\d{{2,}}|عشرين|ثلاثين|عشره) (?:\S+ )?{_AR_MEDS}",
    rf"{_AR_TOOK} (?:\S+ ){{0,2}}?{_AR_MEDS}(?: \S+)? (?:كامل|كاملين|كامله|كلها|كلو|كلهم"
    r"|جميعها|كاع|قاع|كثيره|بزاف)",
    rf"{_AR_TOOK} (?:شي |بعض )?(?:\S+ )?{_AR_MEDS}{_AR_PILLS_NOW}",
    rf"{_AR_TOOK} (?:\S+ )?{_AR_MEDS} (?:ديال |د )?(?:ماما|مي|بابا|جدتي|خويا|ختي|امي|ابي"
    r"|دتي|دي|جدي)",
    rf"{_AR_TOOK} (?:\S+ )?{_AR_POISON}",
    r"(?:تناولت|اخذت|خذيت|درت|عملت) (?:جرعه (?:زايده|مفرطه|كبيره)|اوفردوز)",
    r"(?:دم|نزيف) (?:ما ?بغاش|ما ?بغا ?ش|لا|ما|ماشي|مازال ما) (?:يحبس|يتوقف|كيحبس|كيتوقف"
    r"|يوقف|يقف|واقف|حبس|وقف)",
    r"دم (?:كيسيل|يسيل|كيخرج بزاف|يخرج بكثره|في كل مكان|ف كل بلاصه)",
    r"[وف]?(?:كننزف|كنزف|انزف|ننزف|نازف|نازفه)",
    r"(?:فقدت|ضيعت) (?:\S+ )?(?:دم|دماء) (?:كثير|بزاف|كثيره)",
    r"(?:انا|راني|راه|وانا) (?:\S+ )?(?:مصاب|مصابه|مجروح|مجروحه) " + _AR_NOW,
    r"(?:جرحت|قطعت|شرطت|حرقت) (?:راسي|نفسي|يدي|يديا|دراعي|ذراعي|معصمي)(?: \S+)? "
    r"(?:ان|دابا|حالا|توا|تو|قبل شويه|قبل قليل|بزاف|بعمق|بقوه)",
    r"(?:دابا|ان|حالا|توا|تو) (?:جرحت|قطعت|شرطت|حرقت) (?:راسي|نفسي|يدي|يديا|دراعي|ذراعي"
    r"|معصمي)",
]

_AR_FOR_GOOD = (
    r"(?= *$| (?:نهاييا|الي ابد|ابد|بلا رجعه|بلا عوده|دون عوده|من غير رجعه|من هاد دنيا"
    r"|من هذا عالم|من هذه دنيا|من هاد عالم|من وجود|من حياه|من حياتكم|من كلشي|و\S*|ف\S*)\b)"
)
_AR_DISAPPEAR = [
    rf"(?:{_AR_WANT}|اريده|كل ما اريده) (?:{_AR_FILL} )*(?:ان )?(?:ا|ن)(?:ختفي|تلاشي|غبر|زول"
    r"|محي (?:راسي|نفسي)|رحل|مشي|غادر)" + _AR_FOR_GOOD,
    rf"(?:{_AR_WANT}) (?:{_AR_FILL} )*(?:رحيل|اختفاء|غياب)(?: عن| من)? (?:هذا|هذه|هاد) (?:عالم"
    r"|دنيا)",
    r"(?:كون|لو|ليت|ياريت|يا ريت) (?:غير |فقط )?(?:نقدر|استطيع|اقدر|كنت اقدر|قدرت) (?:ان )?"
    r"(?:ن|ا)(?:ختفي|غبر|محي|تلاشي)",
    r"(?:ن|ا)محي (?:راسي|نفسي) (?:من|ف) (?:وجود|دنيا|هاد دنيا|هذا عالم)",
    r"(?:ا|ن)(?:رحل|مشي|غادر|ختفي|غبر) (?:بلا|دون|من غير) (?:عوده|رجعه|رجوع)",
]

_AR_LIFE_WORD = r"(?:\S*عيش|\S*حياه|حياتي|\S*بقاء|\S*بقايي|\S*استمرار|نكمل|اكمل|\S*ستيقظ|نوض|نفيق)"
_AR_NO_REASON = [
    r"(?:لا|لم يعد هناك|ما بقا|ما كاين|لا يوجد|ما بقاش) (?:شيء |حاجه |ما |شي )?(?:يستحق|يستاهل"
    r"|كيستاهل)(?: \S+)? (?:\S*عيش|\S*حياه|ان اعيش|نعيش)",
    r"(?:لا|لم يعد|ما ?بقا|ما ?بقاش|ما ?عنديش|ما عندي|ليس|لم يبق|ما بقي|ما كاين|لا يوجد|لا اري"
    r"|ما كنشوف|لا اجد|ما لقيت|فقدت|ما عاد) (?:\S+ ){0,3}?(?:سبب|سببا|داعي|دافع|علاش|لاش|هدف"
    rf"|معني)(?: \S+){{0,2}}? (?:ل|باش |كي |لكي |في |ف )?{_AR_LIFE_WORD}",
    r"(?:ما|شنو|اش|شو|من) (?:ذي |لي )?(?:يبقيني|يخليني|مخليني|كيخليني|يجعلني)"
    r" (?:حيا|حي|عايش|عايشه|علي قيد|نعيش|اعيش|نكمل)",
    r"(?:حتي حاجه|حتي شي|والو|لا شيء|ما كاين والو|ما بقا والو) (?:\S+ ){0,2}?(?:يبقيني|يخليني"
    r"|كتخليني|تخليني|كيخليني|يجعلني|يدفعني|يحفزني) (?:حيا|حي|عايش|نعيش|اعيش|نكمل|استمر|نستمر"
    r"|اكمل)",
    r"(?:علاش|لاش|لماذا|لمن) (?:غادي )?(?:نبقي|ابقي|اظل|نظل) (?:عايش|عايشه|حيا|حي|علي قيد"
    r" حياه)",
    r"(?:حياه|حياتي|دنيا) (?:\S+ ){0,3}?(?:خاويه|فارغه|بلا معني|ما فيها والو|مافيها والو"
    r"|ما فيها حتي حاجه|بلا طعم)",
]

_AR_NOT_A_VIEW = r"(?! (?:اذا|ان لم|الا اذا|بدون|ما لم|الا ب|ايلا|الا ما|بلا ما)\b)"
_AR_HOPELESS_MORE = [
    r"(?:لا شيء|لا شي|ولا شيء|حتي حاجه|حتي شي حاجه|حتي شي|والو) (?:\S+ ){0,2}?(?:سيتغير|يتغير"
    r"|سوف يتغير|غيتبدل|يتبدل|تتبدل|غاتتبدل|غتتبدل|غيتغير|كيتبدل|كتبدل|يتحسن|سيتحسن|غتتحسن"
    r"|غيتحسن|كيتحسن|تزيان|يتصلح)" + _AR_NOT_A_VIEW,
    r"(?:ما|م) ?(?:غ|غا|غادي )?(?:ي|ت)?(?:تبدل|تغير|تحسن)\S* (?:والو|حتي حاجه|حتي شي حاجه"
    r"|حتي شي)" + _AR_NOT_A_VIEW,
    r"لن (?:يتغير|يتحسن) (?:اي )?(?:شيء|شي|حالي|وضعي)" + _AR_NOT_A_VIEW,
    r"(?:ما|شنو|اش|شو|واش) (?:هي )?(?:فايده|جدوي|داعي)"
    + _ending(
        r"من (?:حياه|عيش|استمرار|كل هذا|كلشي|محاوله|اي شيء|اي حاجه|اي شي|هاد شي)",
        "اصلا",
        r"ديال (?:حياه|عيش)",
        "بعد",
        "كلشي",
        "انا",
        r"ف هاد حياه",
        "محاوله",
    ),
    r"(?:لا|ما|ماكاين|ما كاين|مكاينش|ما بقاش|ما بقا|لم يعد هناك|لا يوجد|ليس هناك|ليس لدي"
    r"|ما عنديش|ما عندي|فقدت|ضاع|قطعت) (?:\S+ )?(?:امل|ياس|مستقبل)"
    + _ending(
        r"(?:في|ف) (?:حياتي|حياه|ان|اي شيء|شيء|شي حاجه|والو)",
        "فحياتي",
        "لي",
        "ليا",
        "ابدا",
        "بعد",
        "نهاييا",
        "اصلا",
        "انا",
        "كلشي",
        "تماما",
        "من",
        "فيا",
        r"و\S*",
    ),
    r"(?:لا|ما) (?:اري|نشوف|كنشوف|اجد|كانشوف) (?:اي |حتي )?(?:ضوء|نور|امل|مستقبل|مخرج)",
    r"(?:كل شيء|كلشي|كل شي|حياتي|حياه) (?:\S+ )?(?:بلا|بدون|ما فيه|مافيه) (?:اي )?(?:فايده|معني"
    r"|جدوي|طعم)",
    r"(?:حياتي|حياه|كلشي|دنيا) (?:ما|لن|مش) (?:عمرها |عمرو |ابدا )?(?:تزيان|تتحسن|تتبدل|تتغير"
    r"|تصلح|يتصلح|يزيان)",
    r"(?:علاش|لاش|لماذا|لمن) (?:غادي |ساظل |مازال |باقي )?(?:نحاول|احاول|نكمل|اكمل|استمر|نستمر"
    r"|نصبر|اصبر|نوض|نفيق)"
    + _ending("كلشي", r"(?:ف|في) (?:هاد|هذه) حياه", "اصلا", "اذا", "والو", "حتي", r"و\S*"),
    r"[وف]?(?:تعبت|عييت|عيت|سيمت|مليت|مللت|زهقت) (?:من )?(?:نصبر|اصبر|صبر|نقاوم|اقاوم|مقاومه"
    r"|نضال|صراع)",
    r"صافي (?:تعبت|عييت|عيت|ما بقيتش قادر\S*|سالات|كملت)"
    + _ending(r"من (?:كلشي|حياه|كل شيء)", "انا"),
]

_AR_TRAPPED = [
    r"(?:اشعر|احس|حاس|حاسه|كنحس|تنحس|نحس) (?:ب ?(?:اني|انني|راسي|نفسي) |انني |اني |براسي"
    r" |بنفسي |راسي )?(?:محاصر|محاصره|محبوس|محبوسه|عالق|عالقه|سجين|سجينه|مسجون|مسجونه"
    r"|محصور|محصوره|مخنوق|مخنوقه|في فخ|في سجن|ف حبس|حبس|مقيد|مقيده)",
    r"(?:انا|راني|وانا) (?:\S+ )?(?:عالق|عالقه|محاصر|محاصره|محبوس|محبوسه|مخنوق|مخنوقه)"
    + _ending(r"(?:في|ف) (?:هذه |هاد )?حياه", "بزاف", r"و\S*"),
    r"(?:لا|ما|ماكاينش|ما كاين|ليس هناك|لا يوجد|مكاين|ولا) (?:\S+ ){0,2}?(?:مخرج|مهرب|منفذ)"
    + _ending(
        "امامي",
        "لي",
        "ليا",
        r"من (?:هذا|هاد|هذه|هاد)",
        "منها",
        "غير",
        "الا",
        r"و\S*",
    ),
    r"(?:ما|لا|ولا) (?:كاين|اجد|لقيت|نلقي|كنلقي) (?:\S+ )?(?:فين|منين|طريقا?|باش) (?:\S+ )?"
    r"(?:نهرب|اهرب|نخرج|اخرج|خروج|هروب|نفلت)"
    + _ending(r"من (?:هاد|هذه) (?:حياه|شي)", "منها", "من هذا", r"و\S*"),
    r"(?:الم|وجع|عذاب|معاناه|مي|وجعي|عذابي|معاناتي|حزني|حزن)(?: \S+){0,3}? (?:لا يطاق|لا يحتمل"
    r"|ما كيتحملش|ماكيتحملش|كبير بزاف|قوي بزاف|اكبر من (?:ان )?(?:احتمل|نتحمل|اتحمل)\S*"
    r"|اكبر مني|فوق طاقتي|لا ينتهي|ما كيساليش|ما بغاش يسالي)",
    r"(?:حياتي|حياه|دار|دنيا) (?:\S+ )?(?:ولات |صارت |اصبحت |اصبح |رجعات )?(?:حبس|سجن|جحيم"
    r"|كابوس|جهنم)",
    r"(?:اختنق|كنتخنق|نتخنق) (?:من داخل|بزاف|كل يوم|كل نهار)",
    r"(?:لا|لم اعد|ما ?بقيتش) (?:استطيع|اقدر|نقدر|قادر\S*) (?:\S+ )?(?:تحمل\S*|احتمال\S*"
    r"|نتحمل\S*|اتحمل\S*) (?:\S+ )?(?:يوما|نهار|يوم) (?:اخر|اخرا|كثر|زايد)",
]

_AR_GONE = (
    r"(?:مت|اختفيت|رحلت|غبرت|مشيت|مبقيتش|ما بقيتش|لم اعد موجودا?|لم اكن موجودا?|ما كنتش"
    r"|مكنتش|متت|انتحرت)"
)
_AR_BURDEN_MORE = [
    r"(?:افضل|احسن|اسعد|مرتاحين|ارتاح|بخير|هانيين|هانيه|هاني|فرحانين|لاباس|احسن لي\S*)"
    r"(?: \S+){0,2}? (?:بدوني|من دوني|بلا بيا|بلا بي|بلاي|بلايا|من غيري|بدون وجودي|بلا وجودي)",
    r"(?:افضل|احسن|اسعد|مرتاحين|ارتاح|بخير|هانيين|هانيه|هاني|فرحانين|لاباس|براحه)(?: \S+){0,2}?"
    rf" (?:لو|اذا|ايلا|الا|كون|ملي|عندما|حين) (?:\S+ )?{_AR_GONE}",
    r"(?:بدوني|بلا بيا|بلايا|بلاي|من غيري) (?:\S+ ){0,3}?(?:افضل|احسن|اسعد|مرتاحين|هانيه"
    r"|هانيين|هاني|بخير|لاباس|فرحانين)",
    rf"(?:لو|اذا|ايلا|الا|كون|ملي|عندما|حين) (?:\S+ )?{_AR_GONE}(?: \S+){{0,4}}? (?:سيرتاح\S*"
    r"|يرتاح\S*|غيرتاح\S*|سيكون\S* (?:افضل|احسن|اسعد)|مرتاحين|هانيين|ارتاح)",
    r"(?:سيرتاح|يرتاح|غيرتاح|يرتاحو|يرتاحون|سيرتاحون|غيرتاحو)\S* (?:\S+ ){0,2}?(?:لو|اذا|ايلا"
    rf"|الا|كون|ملي|عندما) (?:\S+ )?{_AR_GONE}",
    r"(?:انا|راني|اني|انني|براسي|بنفسي|وليت|صرت|اصبحت) (?:\S+ ){0,2}?(?:عبء|عبئ|عبا|عاله|ثقل"
    r"|تقل|حمل ثقيل|تقيل|ثقيل|تقيله|ثقيله|مصروف زايد|زايد) (?:علي|عليهم|عليكم|عليها|عليه"
    r"|ل\S+)",
    r"(?:وجودي|انا) (?:\S+ )?(?:يثقل|كيثقل|يتعب|كيتعب|يضر|كيضر|يزعج|كيخسر|يخرب|كيخرب)",
    r"(?:لا احد|حتي واحد|حتي حد|ماحد|ما حد|محد)(?: \S+){0,3}? (?:يحس بيا|يحس بي|يلاحظ|غيلاحظ"
    r"|سيلاحظ|يسول فيا|يسال علي)\S*(?: \S+){0,2}? (?:لو|اذا|ايلا|الا|كون|ملي) (?:\S+ )?"
    + _AR_GONE,
    r"(?:كنخسر|نخسر|خسرت|كنخرب|خربت|كندمر|دمرت|اخرب|ادمر) (?:علي |على )?(?:\S+ ){0,2}?"
    r"(?:حياتهم|حياتها|حياته)",
]

_AR_BY_THEN = (
    r"(?= *$| (?:طويلا|(?:غدا|غدوه)(?= *$| (?:علي اي حال|علي كل حال|اصلا|وداعا|بسلامه)\b)"
    r"|قريبا|بعد ان|بعد يوم|حتي غدا|ل\S*(?:ها|ه|هم)"
    r"|علي اي حال|علي كل حال|باش ن?شوف\S*|مده طويله|لفتره|لوقت|بزاف|كثر|معاكم|معكم)\b)"
)
_AR_LEAVING = [
    r"لن (?:ابقي|اكون|اعيش|اظل|اطول)(?: \S+){0,2}?" + _AR_BY_THEN,
    r"(?:(?:ما ?غاديش|مغاديش) (?:ن|ا)(?:طول|بقي|كون|عيش)|ما ?غ?ن(?:بقا|كون|عيش|طول)ش)"
    r"(?: \S+){0,2}?" + _AR_BY_THEN,
    r"(?:لن اكون|ما ?ن?بقاش|ما ?غ?ن?بقاش|ما ?غاديش نبقي|ما ?غ?ن?كونش|ما غاديش نكون) (?:\S+ )?"
    r"(?:مشكل\S*|مشكله|عبء|عبءا|عبئا|عاله|تقل) (?:ل|علي)\S*",
    r"(?:هذا|هذه|هادا|هادي|هاد|هذي) (?:هو |هي )?(?:اخر|اخير) (?:يوم|ليله|نهار|اسبوع|ويكاند"
    r"|ويكند|شهر|عيد) (?:لي|ليا|في حياتي|ف حياتي|ف دنيا|في دنيا|نعيشه|غنعيشو|اعيشه)"
    r"(?! (?:في|ف) (?!(?:حياتي|دنيا|هاد دنيا|هذه دنيا)\b))",
    r"(?:لن|ما) ?(?:غاديش |غادي )?(?:يراني|تروني|تشوفوني|يشوفني|غتشوفونيش|غاتشوفونيش|تسمعوا مني"
    r"|تسمعو مني)"
    r"(?= *$| (?:بعد ان|مره اخري|مجددا|ابدا|عاوتاني|تاني|من بعد|من جديد|احد|حد|من غدا|غدا"
    r"|بعد يوم)\b)",
    r"ما بقا ليا (?:بزاف|غير شويه|والو)(?= *$| (?:هنا|ف هاد دنيا|في هذه دنيا|نعيش)\b)",
]

_AR_GOODBYE = [
    r"(?:هذه|هادي|هاد|هذي|هاذي|هذا) (?:هي |هو )?(?:اخر|اخير) (?:رسال\S*|رسايل\S*|ميساج\S*"
    r"|مساج\S*|كلم\S*|كلام\S*|مره)(?! (?:\S+ ){0,3}?(?:قبل (?!(?:ما نمشي|ان ارحل|رحيلي"
    r"|موتي)\b)|يوم|لهاد نهار|عن|حول|ف موضوع|في موضوع|ديال يوم)\b)",
    r"(?:هذه|هادي|هاد|هذي|هاذي|هذا|هاهي|ها هي) (?:هي )?رسالتي اخيره",
    r"رسالتي اخيره (?:لكم|ليكم|جميع|لكل|قبل|في هذه دنيا|ف هاد دنيا|وداعا|بسلامه)",
    r"(?:وداعا|وداع|بسلامه|له معاكم) (?:\S+ ){0,3}?(?:الي ابد|ابد|يا عالم|يا دنيا"
    r"|بلا رجعه|نهاييا|ولن تروني|وما غتشوفونيش|ما غاديش نرجع|سامحوني|سامحيني|سامحني"
    r"|اغفروا لي|اعذروني)",
    r"(?:سمحو|سامحوني|سامحيني|سمحي|سمح|سامحني|سمحولي|سامحو) (?:ليا |لي |لينا )?علي (?:كلشي"
    r"|كل شي|كل شيء|كل حاجه)" + _ending("بسلامه", "وداعا", r"كنبغي\S*", "راني", "انا", r"و\S*"),
    r"وداعا (?:يا|ايها) (?:عالم|دنيا|حياه|جميع|امي|ابي|ماما|بابا|اصدقايي|عايلتي)",
    r"(?:هذا|هذه|هادا|هادي) (?:هو |هي )?(?:وداعي|وداع)",
    r"(?:اردت|اريد|بغيت|كنت بغيت|ابغي|حبيت) (?:غير |فقط )?(?:ان )?(?:اودع|نودع|اقول وداعا"
    r"|نقول بسلامه) (?:\S+ ){0,2}?(?:قبل (?:ان|ما) (?:ارحل|نمشي|امشي|اموت|نموت|اغادر|نغبر)"
    rf"{_AR_FOR_GOOD}|احدا|شي حد|شي واحد)",
    r"(?:قولو|قولوا|قول|قولي|خبرو|اخبروا|اخبر|بلغوا|بلغو) (?:\S+ ){1,2}?(?:اني |انني |راني"
    r" |بلي |ان )?(?:احبها|احبهم|احبه|كنبغيها|كنبغيهم|كنبغيه|كنحبها|نحبها|اسف|اسفه|متاسف"
    r"|متاسفه|تسمح ليا|تسامحني|يسامحني|يسمح ليا|تسمحلي)",
    r"(?:اعتنوا|اعتني|اعتن|ديرو كم|دير بالك|ديري بالك|تهلاو|تهلا|تهلاي|رد بالك|ردو كم)"
    r" (?:(?:ب|في|علي|ف|ل) )?(?:ب|ف|ل)?(?:امي|ماما|مي|قطتي|مشي|كلبي|عايلتي|اختي|خويا|اخي"
    r"|ديا|بابا|ابي)",
]

_AR_AFTER_ME = (
    r"(?=(?: \S+){0,4}? (?:بعد رحيلي|بعد موتي|من بعدي|من بعد|بعد ما نمشي|ملي نمشي|ليقرو\S*"
    r"|يقراو\S*|يلقاو\S*|باش يقراو\S*|يقرؤو\S*)(?= |$))"
)
_AR_AFFAIRS = [
    r"(?:كتبت|اكتب|كنكتب|تنكتب|خليت|تركت|حضرت|جهزت|سجلت|كملت نكتب|كملت كتابه|كتابه|انهيت)"
    r" (?:\S+ ){0,2}?(?:رساله|رسايل|رسالات|بريه|براوات|بريات|ورقه|فيديو|اوديو|فوكال|كلمه)"
    r" (?:\S+ )?(?:وداع|وداعيه|اخيره)",
    r"(?:كتبت|كنكتب|خليت|تركت|سجلت|وجدت|كتبتلهم) (?:\S+ ){0,2}?(?:رسايل|رساله|براوات|بريه"
    r"|ورقه|فوكال|اوديو|فيديو) (?:ل\S+|\S+ ل\S+)(?: \S+)?" + _AR_AFTER_ME,
    r"(?:كتبت|حضرت|جهزت|خليت|درت|عملت|كتبتها) (?:\S+ )?(?:وصيتي|وصيه)",
    r"[وف]?(?:ارتب|رتبت|انظم|نظمت|نرتب|كنرتب|كنوجد|وجدت|نوجد|سويت|قضيت|نقضي|سددت|خلصت|رديت)"
    r" (?:كل |كاع |جميع )?(?:\S+ )?(?:اموري|شووني|اوراقي|حساباتي|ديوني|كلشي|كل شيء|كل شي"
    r"|حوايجي|اغراضي)"
    r"(?=(?: \S+){0,5}? (?:قبل (?:ان|ما) (?:ارحل|نمشي|امشي|اموت|نموت|اغادر|نغبر)|قبل رحيلي"
    r"|قبل موتي|لم يبق شيء|ما بقا والو|دابا نقدر نمشي)(?= |$))",
]

_AR_GIVER = (
    r"(?:وزعت|اوزع|كنوزع|اعطيت|عطيت|اهديت|تبرعت|فرقت|كنفرق|نفرق|غادي نعطي|غنعطي|ساعطي"
    r"|ساوزع|وهبت)"
)
_AR_NO_NEED = (
    r"(?:لن احتاج\S*|ما بقيتش محتاج\S*|ما غاديش نحتاج\S*|ما غنحتاج\S*|لم تعد تعنيني"
    r"|باش \S+ فيه من بعدي|من بعدي|بعد رحيلي|قبل ما نمشي|قبل ان ارحل)"
)
_AR_GIVING_AWAY = [
    rf"{_AR_GIVER} (?:\S+ ){{0,2}}?(?:اغراضي|اشيايي|ممتلكاتي|حاجاتي|مقتنياتي|مجموعتي"
    r"|كلشي ديالي|كل ما املك|اغلي ما عندي|اعز ما عندي)",
    rf"{_AR_GIVER} (?:كل |كاع |قاع |جميع )(?:\S+ )?(?:حوايجي|ملابسي|كتبي|عابي)",
    rf"{_AR_GIVER} (?:\S+ )?(?:حوايجي|ملابسي|كتبي|عابي) (?:كاملين|كلها|كامله|كلهم|غاليين"
    r"|ثمينه|مفضله)",
    r"(?:اعطيت|عطيت|اهديت|وهبت|خليت|عطيتو|عطيتها) (?:\S+ ){1,6}?ل\S+(?: \S+)?"
    rf"(?=(?: \S+){{0,4}}? {_AR_NO_NEED}(?= |$))",
]

_AR_WITHDRAWAL = [
    r"[وف]?(?:انقطعت|عزلت|انعزلت|ابتعدت|بعدت|كنبعد|تنبعد|كنعزل|تنعزل|قطعت) (?:نفسي |راسي )?"
    r"(?:عن|علي|مع|من) (?:جميع|كل ناس|ناس|اصدقايي|صحابي|عايلتي|كلشي|كل شي|كل شيء|عالم|كل"
    r"|اهلي|دنيا)",
    r"[وف]?(?:عزلت|كنعزل|اعزل|انعزل) (?:نفسي|راسي)"
    + _ending("تماما", "كليا", "عن", "علي", "من", "ف", "في", r"و\S*"),
    r"(?:لم اعد|ما ?بقيتش|مبقيتش|ما ?بقيت|ما عدتش|لا) (?:اتكلم|اتحدث|اكلم|نهضر|كنهضر|نتكلم"
    r"|كنتكلم|نخرج|كنخرج|اخرج|نشوف|كنشوف|اقابل|نجاوب|كنجاوب|ارد|نرد|كنرد|اجيب)"
    r" (?:مع |علي |ل|من )?(?:\S+ ){0,3}?(?:احد|احدا|حتي واحد|حتي حد|اي احد|اي شخص|صحابي"
    r"|اصدقايي|عايلتي|اهلي|بيت|دار|غرفتي|بيتي|شمبري)",
    r"(?:لا|ما ?بغيت|ما ?بغيتش|مابغيت|لم اعد اريد) (?:اريد )?(?:ان )?(?:رويه|اري|نشوف|نهضر مع"
    r"|اكلم|اتكلم مع|اقابل) (?:اي |حتي )?(?:احد|حد|واحد|احدا|شخص)",
    r"(?:ما|لم) (?:جاوبت|اجب|رديت|كنجاوب|كنرد) (?:علي )?(?:حتي حد|حتي واحد|احد|اي احد)",
    r"[وف]?(?:حذفت|مسحت|سديت|بلوكيت|حظرت|اغلقت|سكرت) (?:كل |كاع |جميع )?(?:\S+ )?"
    r"(?:حساباتي|اكونتات|كونطاكتات|صحابي|اصدقايي|علي راسي|علي نفسي)",
]

_AR_END_IT = (
    r"(?:ننتا?حر|انتا?حر|نقتل راسي|اقتل نفسي|انهي حياتي|ننهي حياتي|(?:ن|ا)ضع حدا لحياتي"
    r"|(?:ن|ا)موت|نسالي(?= *$| (?:مع|بيها مع) (?:حياتي|راسي|هاد حياه|دنيا|هاد دنيا|كلشي)\b))"
)
_AR_MEANS = [
    rf"(?:كيف|كيفاش|كيفما|شلون|بماذا|بشنو) (?:\S+ )?{_AR_END_IT}",
    r"(?:طريقه|طريقا|وسيله|شي حاجه|شيء|حاجه) (?:\S+ )?(?:ل|باش |كي |لكي )?(?:انهاء|ينهي|تنهي"
    r"|ننهي) (?:كل شيء|كلشي|حياتي|حياه|كل شي)",
    r"(?:طريقه|وسيله|حاجه) (?:\S+ )?(?:باش |ل|كي )?(?:ن|ا|ت)?(?:سالي|موت|نتا?حر|رحيل|رحل|مشي)"
    r"(?= *$| (?:\S+ ){0,2}?(?:بلا ما (?:يحس|يعرف|يلاحظ|نحس)|دون ان يلاحظ|بدون الم|بلا وجع"
    r"|بيها مع حياتي|مع حياتي)\b)",
    r"تسالي (?:عليا|علي|معايا)",
    r"(?:من اين|منين|فين|اين|من فين) (?:\S+ )?(?:اشتري|نشري|نلقي|اجد|احصل|نحصل|نجيب|اجيب)"
    r" (?:علي )?(?:\S+ )?(?:سم|مسدس|حبل|سلاح|سيانيد|حبوب منومه|منومات)",
    r"(?:ما |ماهي |ما هي |شنو )?(?:افضل|اسهل|اسرع|احسن|اضمن|ابسط) (?:\S+ )?(?:طريقه|طرق|وسيله"
    r"|وسايل) (?:\S+ )?(?:ل?انتحار"
    r"|ل?موت|باش نموت|باش نقتل راسي|باش ننتحر|ل?انهاء حياتي|لاقتل نفسي|كي اموت)",
    r"(?:كم|شحال|شحال من|كم من) (?:\S+ ){0,2}?(?:حبه|حبات|حبوب|قرص|اقراص|كاشي|كاشيات|دوا|دواء"
    r"|غرام|ملغ) (?:\S+ ){0,3}?(?:ل?موت|باش نموت|كي اموت|لكي اموت|تقتل|يقتل|قاتله|مميته"
    r"|ل?انتحار|باش ننتحر)",
    r"جرعه (?:قاتله|مميته)",
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
    r"ma ?(?:kan)?n?st[ae]?h[ae]?l(?:ch|sh|x) (?:\w+ )?na[iy]+e?(?:ch|sh|x)",
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
    r"|kolchi|kulchi|koulchi)",
    r"ma ?(?:bqitch|bqitx|bqit|qdertch) (?:(?:qad[e]?r[a]?|nq[ae]?der) )?(?:qad[e]?r[a]?"
    r"|nq[ae]?der|nsber|nt?ahm[ae]?l\w*|na[iy]+e?ch)"
    + _ending("hakka", "hakda", "haka", "aal hyat", r"(?:f|fl) (?:l ?)?hya[ht]?[iy]?", "kter"),
]
_DZ_BURDEN = [
    r"(?:ahsen|hsen|mzyan|mrtahin|mertahin|frhanin|ferhanin) (?:\w+ )?(?:bla ?bi(?:y|ya|a)"
    r"|blaya|mn ghiri)",
    r"(?:hta|hata) (?:wahed|had|chi wahed) (?:\w+ ){0,3}?"
    r"(?:yt(?:w|a)?[ae]?h+[ae]?chni|yfq[ae]?dni|yhzen aliya)",
]

_DZ_HYAT = r"(?:l ?)?h[ae]?ya[th]?[iy]?"
_DZ_DNYA = r"(?:d[eo]?nya|dunya|l ?aalam|laalam|l ?wjoud|lwjoud)"
_DZ_MEDS = (
    r"(?:l ?)?(?:kachiyat|kachiat|kachet|kachi|d?dwa|dwaya|dwayat|dwiyat|hbob|hboub|hbobat"
    r"|comprimes?|medicaments?|medocs?|pilules|doliprane|dolipran|cachets?)"
)
_DZ_TOOK = r"(?:kl[iy]+t|chr[ae]?bt|shr[ae]?bt|ch[ae]rbt|bl[ae]{0,3}t|kh?dit|akhdit|dzit|tnawlt)"
_DZ_PILLS_NOW = (
    r"(?= (?:\w+ ){0,6}?(?:bach (?:n?mout|nmot|n?ntah[ae]?r|nsali|nrtah)|qb[ae]?l chwiya"
    r"|qbila|daba|db|hadi chwiya|mn chwiya|w ?rasi kaydour|rasi kaydour|kaydour biya"
    r"|w ?q[ae]?lbi kaydr[ae]?b|khayf\w*|dayekh\w*)\b)"
)
_DZ_ACUTE = [
    rf"{_DZ_TOOK} (?:chi |gaa |had |dak )?{_DZ_MEDS} (?:\w+ ){{0,2}}?(?:gaa|kaml[ie]?n|kamel"
    r"|kamla|kolhom|kulhom|bzaf|bzzaf|ktir)",
    rf"{_DZ_TOOK} (?:gaa|bzz?af d(?:yal)?|\d{{2,}}|boita(?: d(?:yal)?)?|la boite de) {_DZ_MEDS}",
    rf"{_DZ_TOOK} (?:chi |had |dak )?{_DZ_MEDS}{_DZ_PILLS_NOW}",
    r"bl[ae]{0,3}t (?:\w+ ){0,3}?(?:l ?)?(?:kachiyat|kachiat|dwayat|hbob|comprimes|medicaments"
    r"|pilules|cachets)",
    rf"{_DZ_TOOK} (?:\w+ )?{_DZ_MEDS} (?:dyal|d) (?:mama|mima|baba|bba|khti|khouya|jedda|mmi)",
    rf"{_DZ_TOOK} (?:chi |l ?)?(?:s[ae]?m+|javel|jafil|jabel|ma jafil|dwa d(?:yal)? (?:t?tobba"
    r"|tobbat|l ?far|l ?firan|hachara)|mort aux rats|acide|l ?ma l ?qatea)",
    r"(?:d ?dem|dem|l ?dem|dm) (?:ma ?bgh?a(?:ch|tch)?|ma ?kay) ?(?:y|i)?(?:wq[ae]?f|hb[ae]?s)\w*",
    r"(?:d ?dem|dem|l ?dem) kays[iy]l",
    r"(?:ka|ta)n+ ?n?z[ae]?f",
    r"(?:ana|rani|ra) (?:\w+ )?(?:mjrou?h[a]?|mejrouh[a]?|mjrha|mdrouba?) (?:daba|db|hadi chwiya"
    r"|bzaf)",
    r"(?:drt|dert|dart) chi h?a?d?ja (?:f|fi|l) (?:rasi|rassi|nefsi|nfsi|yeddi)(?: \w+)?"
    r" (?:daba|db|hadi chwiya|qbel chwiya)",
    r"(?:jr[ae]?ht|qt[ae]{1,2}t|chrtt?|hr[ae]?qt) (?:rasi|rassi|yeddi|yddi|dra[ae]?i)(?: \w+)?"
    r" (?:daba|db|bzaf|qwi)",
]

_DZ_FOR_GOOD = _ending(
    rf"mn (?:had )?{_DZ_DNYA}",
    r"(?:l|lel|l l) ?abad",
    r"bla rj[ae]?a+",
    r"w ?ma ?y?n?(?:rj[ae]?a|bqa)\w*",
    r"ni?haiy[ae]n",
    rf"mn {_DZ_HYAT}",
    r"mn (?:kolchi|kulchi)",
    "gaa",
    "w safi",
)
_DZ_DISAPPEAR = [
    rf"(?:{_DZ_WANT}|{_DZ_THINK}) (?:{_DZ_FILL} )*(?:n[ae]?gh?b[ae]?r|n?ms[ae]?h rass?i"
    rf"|nmhi rass?i|nmchi|ntl[ae]?f|nwdr rass?i)" + _DZ_FOR_GOOD,
    rf"n?mchi (?:mn|men|m) had {_DZ_DNYA}",
    r"(?:kon|kun|ila|ya ?r[ei]t|tmnit) (?:ghir |gher )?(?:ma ?|m)t?z[ae]?d[iy]t(?:ch|sh|x)?",
]

_DZ_LIVING = r"(?:n?a+[iy]+e?(?:ch|sh|x)|nkml|nkmml|nkemmel|nbqa aaych|nbqa hay|nfiq|nnou?d)"
_DZ_NO_REASON = [
    r"ma ?(?:bqa|kayn|kaynch|a?a?ndi(?:ch)?|bqa a?a?ndi|bqa li|bqach a?a?ndi) (?:\w+ ){0,2}?"
    rf"(?:sabab|sbab|alach|lach|hadaf|maana|haja)(?: \w+){{0,2}}? (?:bach |l |li )?{_DZ_LIVING}",
    r"(?:hta haja|walou|walo|hta chi haja) (?:\w+ ){0,2}?(?:tkhlini|katkhlini|kaykhlini|ykhlini"
    r"|khlatni|kaykhellini) (?:n?bqa|nkml|naich|aaych|nkemmel)",
    r"(?:a?lach|alash) (?:ana )?(?:n?bqa |mazal |ba?qi )?(?:a+ye?cha?|hay|naich)",
    rf"{_DZ_HYAT} (?:ma ?bqa fiha|ma fiha|bla) (?:la |hta )?(?:taam|maana|maena|haja|walou)",
]

_DZ_NOT_A_VIEW = r"(?! (?:ila|bla ma|ghir ila|ila ma)\b)"
_DZ_CHANGES = (
    r"(?:kay|ghay|gha|ghadi |ghad |ka|ta)?(?:y|t|i)?(?:t?b[ae]?d+[ae]?l|t?h[ae]?s+[ae]?n)"
)
_DZ_HOPELESS_MORE = [
    rf"(?:walo|walou|walu|hta haja|hta chi haja|hta chi) ma {_DZ_CHANGES}" + _DZ_NOT_A_VIEW,
    rf"ma {_DZ_CHANGES}\w* (?:walou|walo|walu|hta haja|hta chi haja)" + _DZ_NOT_A_VIEW,
    r"(?:chno|ach|achno|shno|chnou|ch) (?:hiya |hia )?(?:l ?f[ae]?[iy]+d[ae])"
    + _ending(
        rf"mn (?:koulchi|kolchi|kulchi|{_DZ_HYAT}|had {_DZ_HYAT}|l ?aich|had chi|hadchi)",
        rf"f (?:had )?{_DZ_HYAT}",
        "ana",
        "asln",
        "sff",
        "safi",
    ),
    r"(?:qt[ae]{0,2}t|fq[ae]?dt|dya[ae]?t) (?:l ?)?(?:yass?|amal|amel)",
    r"(?:ma ?kayn(?:ch)?|makaynch|ma ?bqa(?:ch)?|ma ?a?a?ndi(?:ch)?|ma bqa a?a?ndi) (?:hta |chi )?"
    r"(?:l ?)?(?:amal|amel|mosta[qk]bal|mustaqbal)",
    r"ma ?bqitch (?:kan)?ch?ouf (?:chi |hta )?(?:mosta[qk]bal|amal|dow|nour)",
    r"(?:kolchi|kulchi|koulchi) (?:msdoud|mesdoud|msdouda) (?:f ?wjhi|f ?wejhi|aliya|alia)",
    r"(?:a?lach|alash) (?:ghadi )?(?:nkml|nkmml|nkemmel|nhawl|nhawel|nsber|nsbr)"
    + _ending("walou", "walo", "hakka", r"f had", "kolchi", "asln"),
]

_DZ_TRAPPED = [
    r"(?:ana|rani|hass|hassa|kanhess|kanhs|tanhess|hes|hss) (?:b ?rass?i |rass?i )?(?:mhass?ar"
    r"|mahsour|mhsour|mahbous|mhbous|mkhnouqa?|mkhnoq|mqiyed|f ?(?:l ?)?h[ae]?bs|f ?(?:l ?)?qfs)",
    r"ma ?kayn(?:ch)? (?:hta )?(?:fin|mnin|kifach|l ?khrouj|khrouj|l ?mkhraj|mkhraj)"
    r"(?: (?:nhr[ae]?b|nkhr[ae]?j|nflt|nmchi))?" + _ending("w", "ghir", "hta"),
    r"(?:l ?alam|lalam|l ?wj[ae]?a+|l ?adab|dakchi li f ?q[ae]?lbi|li f ?q[ae]?lbi)(?: \w+){0,3}?"
    r" (?:tqil|kbir|qwi|ma ?bqitch n?thm\w*|ma kaythmlch|fo[qk] taqti)",
]

_DZ_GONE = r"(?:mchit|mett|mt|ghbrt|ghbert|ma bqitch|mabqitch|ntahrt|qtelt rass?i)"
_DZ_BURDEN_MORE = [
    r"(?:ana|rani|wlit|welit) (?:ghir |gher )?(?:aala|hemm|hem|tqila?|hml tqil|mochkil"
    r"|mchkil|zayda?|masrouf zayd) (?:a?a?la|a?a?l[iy]\w+|l[iy]h\w*)",
    rf"(?:ila|ilakan|lakan|kon|law|ilaa) (?:\w+ )?{_DZ_GONE}(?: \w+){{0,3}}? (?:ghay|gha|ghadi"
    r" |ghad )?(?:y|t)?(?:rtah|tf[ae]?k+|frh)\w*",
    r"(?:a?hs[ae]?n|mzyan) (?:lih|liha|lihom|lihoum|lkolchi)? ?(?:ila|ilakan|kon|law) (?:\w+ )?"
    + _DZ_GONE,
    r"(?:a?hs[ae]?n|mzyan|mrtah\w*|mertah\w*|frhan\w*|ferhan\w*|labas|hanyin|hanya|hani)"
    r" (?:\w+ )?(?:bla ?bi(?:y|ya|a)|blaya|mn ghiri|bla ana)",
    r"(?:bla ?bi(?:y|ya|a)|blaya|mn ghiri) (?:\w+ ){0,3}?(?:a?hs[ae]?n|mzyan|mrtah\w*|labas"
    r"|hanyin|hanya|frhan\w*)",
    r"(?:[yt]?rtah|[yt]?tf[ae]?k+)(?:o|ou|u|w|ow)? m[ae]?n+[iy]",
    r"hta (?:wahe?d|had|hed) (?:\w+ ){0,3}?(?:yhess biya|ylahed|ys[ae]?w+[ae]?l fiya)"
    rf"(?: \w+){{0,2}}? (?:ila|kon|law) (?:\w+ )?{_DZ_GONE}",
]

_DZ_BY_THEN = _ending(
    "ghda",
    "ghedda",
    "bzaf",
    "ktir",
    "mouda twila",
    r"hta l ?ghda",
    r"bach n?ch?o?u?f\w*",
    r"m[ae]?a+kou?m",
    "hna",
)
_DZ_LEAVING = [
    r"ma ?bqa li(?:ya|a)? (?:bzaf|ghir chwiya|walou)" + _ending("hna", rf"f had {_DZ_DNYA}"),
    r"(?:had|hadi|hada) (?:l ?)?(?:weekend|lila|nhar|simana|chhar|l ?aid) (?:hiya |howa )?"
    r"(?:akhir|akher|lakhra|lakhar|l ?akhir)(?: \w+)? (?:lia|liya|li|f hyati)",
    r"(?:akhir|akher) (?:lila|nhar|weekend|simana) (?:lia|liya|f hyati)",
    r"ma ?(?:gh|gha|ghadi ?)?t(?:ch|sh)ouf(?:o|ou|u)ni(?:ch|sh|x)"
    + _ending(r"mn (?:ghda|bad|daba)", "aawtani", "tani", "gaa"),
    r"(?:ma ?(?:gh|gha|ghadi ?)?n?(?:kou?n|bqa|aich)(?:ch|sh|x)|ma ghadich n(?:koun|bqa))"
    r"(?: \w+){0,2}?" + _DZ_BY_THEN,
]

_DZ_GOODBYE = [
    r"(?:hadi|hada|had) (?:hiya |howa )?(?:akher|akhir|akhr|lakher|lakhra|lakhar|l ?akhira)"
    r" (?:message|risala|mesaj|messaj|klma|klam|mra|marra|mera)",
    r"(?:hadi|hada) (?:hiya |howa )?(?:lakhra|lkhra|lakhira|akhir wahda)(?= (?:\w+ ){0,2}?"
    r"(?:bslama|beslama|wada?aa?n|adieu|kanbghikom|smho|smhou)\b)",
    r"akhir (?:klam|message|risala|klma) (?:lia|liya)",
    r"(?:bslama|beslama|bsslama|wada?aa?n) (?:\w+ ){0,3}?(?:(?:l|lel) ?abad|bla rj[ae]?a+"
    r"|ni?haiy[ae]n|lmarr?a lkhra|lmra lakhra|akhir mra|ma ghadich nrj[ae]?a)",
    r"(?:smh?o|smhou|samhouni|smhouli) (?:\w+ ){0,2}?(?:a?a?la (?:kolchi|koulchi|kulchi)"
    r"|kamlin(?= *$| (?:\w+ ){0,3}?(?:ghadi nmchi|nmchi f ?hali|bslama|wada?aa?n|kanbghikom)\b))",
    r"(?:goulo|golo|gouli|qolo|qoulo|khbrou|goul) (?:l ?)?(?:mama|mima|baba|bba|khti|khouya"
    r"|walidia|ahli|l ?walida|mimti|mmi) (?:\w+ ){0,2}?(?:kanbghi\w*|kanhbh\w*|smhouli|smh li"
    r"|msamha|msameh)",
    r"kanbghikom (?:\w+ )?(?:bslama|wada?aa?n|(?:l|lel) ?abad)",
    r"(?:a?a?tiw|diro|dirou) (?:l ?bal|balkom) (?:l |l|a?a?la )?(?:mama|mima|baba|khti|khouya)",
]

_DZ_AFFAIRS = [
    r"(?:ktbt|kt[ae]bt|khlit|hdert|wjj?[ae]?dt|sjj?lt|sajjalt) (?:\w+ ){0,2}?(?:bra|lbra|brawat"
    r"|bria|risala|rsala|message|lettre|video|vocal|audio|w?raqa)(?: (?:d|dyal|del|dial))?"
    r" (?:l ?wada[ae]?|wadaa|adieu|lakhra|lakhira)",
    r"(?:ktbt|kt[ae]bt|khlit|wjj?[ae]?dt|sjj?lt|sift|sifet|rsslt) (?:\w+ ){0,2}?(?:bra|lbra"
    r"|brawat|bria|risala|message|lettre|video|vocal|audio|w?raqa) (?:l|l ?\w+|\w+ l ?\w+)"
    r"(?=(?: \w+){0,4}? (?:mn b[ae]?a?di|mli nmchi|b[ae]?ad ma nmchi|mli nmout|gha[yt]?qra\w*"
    r"|bach [yt]?(?:qra|sma)\w*|y?lqaw\w*)\b)",
    r"(?:ktbt|kt[ae]bt|drt|dert|wjj?[ae]?dt|khlit) (?:l ?)?(?:wasiy?y?a|testament)",
    r"(?:bach|ydiro|ydirou|tdiro|ykhdmo|yakhdo|thla|tsmao|ysmao|yqraw|tqra)\w* (?:\w+ ){0,3}?"
    r"mn b[ae]?a?di",
    r"daba nq[ae]?d[ae]?r nmchi (?:mrtah|mrtaha|hani|hanya)",
    r"(?:qadit|qaddit|rtbt|rttebt|wjjedt|sewwit|kanwjj?ed) (?:gaa |kolchi |kulchi )?(?:oumouri"
    r"|omori|l ?oumour dyali|kolchi dyali|hwayji|wraqi)(?= (?:\w+ ){0,3}?(?:qb[ae]?l ma"
    r" n(?:mchi|mout|ghber))\b)",
]

_DZ_NO_NEED = (
    r"(?:ma ?bqitch m?htaj\w*|ma bqa(?:t|ch)? a?a?ndi bi\w+ h?a?d?ja|ma ghadich n?htaj\w*"
    r"|mn b[ae]?a?di|qb[ae]?l ma nmchi|ma bqa li walou)"
)
_DZ_GIVING_AWAY = [
    r"(?:a?a?tit\w*|wzzat|wezzaat|fr[ae]?qt|kanfr[ae]?q\w*|ghan[ae]?ti|ghadi n[ae]?ti|kan[ae]?ti)"
    rf" (?:\w+ ){{0,6}}?(?=(?:\w+ ){{0,4}}?{_DZ_NO_NEED}\b)",
    r"(?:a?a?tit|wzzat|fr[ae]?qt|ghan[ae]?ti|kanfr[ae]?q|nfr[ae]?q) (?:gaa |kolchi |kulchi )"
    r"(?:l ?)?(?:hwayj dyali|hwayji|hwayjati|l ?affaires dyali|kotobi|ktob dyali|kolchi dyali)",
]

_DZ_SOMEONE = r"(?:hta ?(?:wahd|had|hed|wahed)|chi wahed)"
_DZ_WITHDRAWAL = [
    r"ma ?bqitch (?:ka|ta)?n(?:hd[ae]?r|tk[ae]?ll?[ae]?m|khr[ae]?j|ch?ouf|jaw[ae]?b) (?:\w+ )"
    rf"{{0,3}}?(?:{_DZ_SOMEONE}|nas|sehabi|shabi|l ?aayla|l ?aaila|l ?bit|d?dar|l ?dar|chambre"
    r"|walidia|lwalidin)",
    rf"ma ?bghit(?:ch)? (?:n?ch?ouf |nhder maa )?{_DZ_SOMEONE}",
    rf"ma (?:jawbt|jawebt|rddit|rdit) (?:a?a?la )?{_DZ_SOMEONE}",
    r"(?:sddit|sdit) a?a?la rass?i",
    r"(?:msaht|mseht|msht|blokit|bloqit|hdft|hdeft) (?:gaa )?(?:les contacts|contacts|sehabi"
    r"|shabi|nas|kolchi)",
    r"(?:kanbqa|kanbat|nbqa|bghit nbqa) (?:\w+ ){0,2}?(?:bouhdi|bohdi|bwahdi|bouhdy) (?:dima"
    r"|f ?(?:l ?)?bit|f ?(?:l ?)?dar|tol nhar|kol nhar|f chambre)",
    r"ma (?:bqitch )?kankhr[ae]?j(?:ch|sh)"
    + _ending(r"mn (?:l ?)?(?:bit|dar|chambre)", "w", "hta"),
]

_DZ_END_IT = (
    r"(?:nmout|nmot|nqtel rass?i|nntah[ae]?r|nsali(?= *$| (?:maa|m[ae]a|ma) (?:hyati|rass?i"
    r"|had l ?h[ae]?yat|had dnya|dnya|kolchi)\b| aawn\w*| afak\b))"
)
_DZ_MEANS = [
    rf"(?:kifach|kif|kifash|kifch|bchno) (?:\w+ )?{_DZ_END_IT}",
    r"(?:tari[qk]a|triqa|methode|wasila|h?a?d?ja) (?:\w+ ){0,2}?(?:bach |bash |li |l )?"
    r"(?:nmout|nntah[ae]?r|nqtel rass?i)",
    r"(?:tari[qk]a|triqa|methode|wasila) (?:\w+ ){0,2}?(?:bach |bash |li |l )?(?:nsali|nmchi)"
    r"(?= *$| (?:\w+ ){0,2}?(?:bla ma (?:yhess|yhes|yaaref|nhess)|maa (?:hyati|rass?i))\b)",
    r"(?:tsali|ysali|tqtelni) (?:a?a?l[iy]y?a|m[ae]?aya)",
    r"(?:fin|mnin|fine|min) (?:\w+ )?(?:nlqa|nchri|njib) (?:chi )?(?:s[ae]?m+|l ?sem|rasas|mosdas"
    r"|l ?hbel|dwa d(?:yal)? (?:tobba|lfar|lfiran))",
    r"(?:ahsan|a?hss?en|ashal|as?hel|asraa) (?:\w+ )?(?:tari[qk]a|triqa|methode|wasila) (?:\w+ )?"
    r"(?:bach |bash |l |f )?(?:nmout|nntah[ae]?r|nqtel rass?i|l ?intihar|l ?mout)",
    r"(?:chhal|shhal) (?:mn |men )?(?:\w+ )?(?:kachi|kachiyat|kachiat|hbob|hba|hbba|comprimes?"
    r"|dwa|grams?|mg) (?:\w+ ){0,3}?(?:bach |bash |hta |b )?(?:n?mout|n?mot|tqtel|yqtel|ymout"
    r"|n?ntah[ae]?r)",
]

_DZ_SELF_HARM_MORE = [
    r"(?:rj[ae]{1,2}t|aawdt) (?:\w+ ){0,4}?(?:jrh|jerh|tjrah|tajrih|ljrh|jrht|chrt|tcharrat"
    r"|scarification)",
    r"n?sali (?:maa|m[ae]a|ma) (?:hyati|rass?i|had l ?h[ae]?yat|had dnya)",
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

# "acute" is scanned for first, over the whole message: pills already swallowed must lead the
# reply with the emergency numbers even when "I'm so done" comes earlier in the same message.
# The others are reported in this order when one position matches several groups.
GROUPS: tuple[str, ...] = (
    "acute",
    "suicide",
    "self_harm",
    "wish_to_die",
    "disappear",
    "not_living",
    "no_reason",
    "never_wake_up",
    "hopelessness",
    "trapped",
    "burden",
    "leaving",
    "goodbye",
    "affairs",
    "giving_away",
    "withdrawal",
    "means",
)
_PATTERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "acute": _EN_ACUTE,
        "suicide": _EN_SUICIDE,
        "self_harm": _EN_SELF_HARM + _EN_SELF_HARM_MORE,
        "wish_to_die": _EN_WISH_TO_DIE,
        "disappear": _EN_DISAPPEAR,
        "not_living": _EN_NOT_LIVING,
        "no_reason": _EN_NO_REASON,
        "never_wake_up": _EN_NEVER_WAKE,
        "hopelessness": _EN_HOPELESSNESS + _EN_HOPELESS_MORE,
        "trapped": _EN_TRAPPED,
        "burden": _EN_BURDEN + _EN_BURDEN_MORE,
        "leaving": _EN_LEAVING,
        "goodbye": _EN_GOODBYE,
        "affairs": _EN_AFFAIRS,
        "giving_away": _EN_GIVING_AWAY,
        "withdrawal": _EN_WITHDRAWAL,
        "means": _EN_MEANS,
    },
    "fr": {
        "acute": _FR_ACUTE,
        "suicide": _FR_SUICIDE,
        "self_harm": _FR_SELF_HARM + _FR_SELF_HARM_MORE,
        "wish_to_die": _FR_WISH_TO_DIE,
        "disappear": _FR_DISAPPEAR,
        "not_living": _FR_NOT_LIVING,
        "no_reason": _FR_NO_REASON,
        "never_wake_up": _FR_NEVER_WAKE,
        "hopelessness": _FR_HOPELESSNESS + _FR_HOPELESS_MORE,
        "trapped": _FR_TRAPPED,
        "burden": _FR_BURDEN + _FR_BURDEN_MORE,
        "leaving": _FR_LEAVING,
        "goodbye": _FR_GOODBYE,
        "affairs": _FR_AFFAIRS,
        "giving_away": _FR_GIVING_AWAY,
        "withdrawal": _FR_WITHDRAWAL,
        "means": _FR_MEANS,
    },
    "ar": {
        "acute": _AR_ACUTE,
        "suicide": _AR_SUICIDE,
        "self_harm": _AR_SELF_HARM,
        "wish_to_die": _AR_WISH_TO_DIE,
        "disappear": _AR_DISAPPEAR,
        "not_living": _AR_NOT_LIVING,
        "no_reason": _AR_NO_REASON,
        "never_wake_up": _AR_NEVER_WAKE,
        "hopelessness": _AR_HOPELESSNESS + _AR_HOPELESS_MORE,
        "trapped": _AR_TRAPPED,
        "burden": _AR_BURDEN + _AR_BURDEN_MORE,
        "leaving": _AR_LEAVING,
        "goodbye": _AR_GOODBYE,
        "affairs": _AR_AFFAIRS,
        "giving_away": _AR_GIVING_AWAY,
        "withdrawal": _AR_WITHDRAWAL,
        "means": _AR_MEANS,
    },
    "dz": {
        "acute": _DZ_ACUTE,
        "suicide": _DZ_SUICIDE,
        "self_harm": _DZ_SELF_HARM + _DZ_SELF_HARM_MORE,
        "wish_to_die": _DZ_WISH_TO_DIE,
        "disappear": _DZ_DISAPPEAR,
        "not_living": _DZ_NOT_LIVING,
        "no_reason": _DZ_NO_REASON,
        "never_wake_up": _DZ_NEVER_WAKE,
        "hopelessness": _DZ_HOPELESSNESS + _DZ_HOPELESS_MORE,
        "trapped": _DZ_TRAPPED,
        "burden": _DZ_BURDEN + _DZ_BURDEN_MORE,
        "leaving": _DZ_LEAVING,
        "goodbye": _DZ_GOODBYE,
        "affairs": _DZ_AFFAIRS,
        "giving_away": _DZ_GIVING_AWAY,
        "withdrawal": _DZ_WITHDRAWAL,
        "means": _DZ_MEANS,
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
# "They are better off without me" names other people but speaks about oneself, and "my sister
# just swallowed all the pills" is an emergency whoever it is about.
_ABOUT_ONESELF_ANYWAY = frozenset({"burden", "acute"})
# "I'm giving my ticket away, I won't need it anymore" is about the event, not belongings.
# Not "pass" ("before I pass away") nor "a better place": farewells use both.
_TICKETS = re.compile(
    r"\b(?:tickets?|billets?|(?:ma|mes|une|des|ta|sa) places?|seats?|badges?|invitations?"
    r"|goodies|tiki|tikiyat|blasa|plasa|bitaqa|تذكر\S*|تيكي\S*|بلاص\S*|بادج|دعوه|دعوتي)\b"
)
# Pills taken "last year" are a past attempt: still distress, but not an emergency now.
_LONG_AGO = re.compile(
    r" (?:\w+ ){0,4}?(?:last (?:year|month|summer|winter|spring|autumn|fall)|(?:years|months)"
    r" ago|a (?:year|month) ago|when i was|as a (?:kid|child|teen)|l an (?:dernier|passe)"
    r"|l annee (?:derniere|passee)|il y a (?:\d+|des|quelques|plusieurs|deux|trois) (?:ans|mois)"
    r"|quand j etais|(?:عام|سنه) (?:ماضي|ماضيه|لي فات|لي داز)"
    r"|منذ (?:سنوات|سنه|سنتين|شهور|اشهر)|عام لي فات|l ?aam li (?:fat|daz)|aam li fat"
    r"|l ?aam lfayt)\b"
)


# A match that opens with its own subject or its own "nothing" starts a new clause: in "ça va
# pas, je me brûle" or "ما مهمش، حتى حاجة ما غادي تتبدل" the negation belongs to the clause
# before.
_NEW_CLAUSE = re.compile(r"(?:je|j|i|حتي حاجه|حتي شي|والو|لا شيء|انا|راني) ")


# Words are dispatched on their first two characters ("i " for "i want", "je", "بغ").
_KEY = 2


def _starts(items: _sre_parse.SubPattern | list) -> set[str] | None:
    """What a parsed regex can start with: its matches shorter than _KEY, and the first _KEY
    characters of the longer ones. None when that could be anything (\\w, \\S...).

    A superset is harmless (an alternative is tried where it cannot match); a subset would
    lose matches, so every construct not understood here answers None.
    """
    growing, done = {""}, set()
    for op, argument in items:
        options = _starts_of(op, argument)
        if options is None:
            return None
        grown = set()
        for head in growing:
            for option in options:
                start = (head + option)[:_KEY]
                (done if len(start) == _KEY else grown).add(start)
        growing = grown
        if not growing:
            break
    return done | growing


def _starts_of(op: object, argument: object) -> set[str] | None:
    if op is _sre_parse.LITERAL:
        return {chr(argument)}  # type: ignore[arg-type]
    if op is _sre_parse.IN:
        chars = set()
        for kind, value in argument:  # type: ignore[attr-defined]
            if kind is _sre_parse.LITERAL:
                chars.add(chr(value))
            elif kind is _sre_parse.RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a negated set or a category such as \\w
                return None
        return chars
    if op in (_sre_parse.AT, _sre_parse.ASSERT, _sre_parse.ASSERT_NOT):
        return {""}  # zero width
    if op is _sre_parse.BRANCH:
        options: set[str] = set()
        for branch in argument[1]:  # type: ignore[index]
            found = _starts(branch)
            if found is None:
                return None
            options |= found
        return options
    if op is _sre_parse.SUBPATTERN:
        return _starts(argument[-1])  # type: ignore[index]
    if op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT):
        low, high, pattern = argument  # type: ignore[misc]
        once = _starts(pattern)
        if once is None:
            return None
        options = {""} if low == 0 else set()
        repeated = {""}
        for count in range(1, min(high, _KEY) + 1):
            repeated = {(a + b)[:_KEY] for a in repeated for b in once}
            if count >= min(low, _KEY):
                options |= repeated
        return options
    return None


class _Bucket:
    """The alternatives that can match where a word starts with two given characters.

    Compiled on first use: a process that reads one message compiles a few buckets, not all.
    """

    __slots__ = ("_alternatives", "_regex", "patterns")

    def __init__(self, patterns: list[tuple[str, str, str]]) -> None:
        self.patterns = patterns  # (pattern, language, group), in the order of GROUPS
        self._regex: re.Pattern[str] | None = None
        self._alternatives: list[tuple[re.Pattern[str], str, str]] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        """All the alternatives in one regex with no group: fast to try and to reject."""
        if self._regex is None:
            self._regex = re.compile("(?:" + "|".join(p for p, _, _ in self.patterns) + r")\b")
        return self._regex

    @property
    def alternatives(self) -> list[tuple[re.Pattern[str], str, str]]:
        """Each alternative alone, to tell which one matched."""
        if self._alternatives is None:
            self._alternatives = [(_compiled(p), lang, grp) for p, lang, grp in self.patterns]
        return self._alternatives


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})\b")


def _buckets(languages: tuple[str, ...]) -> dict[str, _Bucket]:
    """Every alternative of these languages, filed under each pair of characters it can start
    with.

    Several hundred alternatives tried one after the other at every word made a scan cost
    ~60 us; those that can start with the word's first two letters are a handful. Within a bucket
    the order stays that of GROUPS ("acute" first), so the first group wins at one position,
    and only a match needs the slower search for which alternative it was.
    """
    alternatives = [
        (pattern, language, group)
        for group in GROUPS
        for language in languages
        for pattern in _PATTERNS[language].get(group, ())
    ]
    keys = []
    for pattern, _, _ in alternatives:
        parsed = _sre_parse.parse(pattern)
        found = _starts(parsed)
        # Starting anywhere would defeat the buckets: every alternative opens with letters.
        if found is None or parsed.getwidth()[0] < _KEY:
            raise ValueError(f"a distress pattern must open with {_KEY} letters: {pattern}")
        keys.append(found)
    return {
        key: _Bucket([alt for alt, found in zip(alternatives, keys, strict=True) if key in found])
        for key in sorted(set().union(*keys))
    }


# One scan per script: Arabic patterns never run over Latin text, nor the reverse.
_SCRIPTS: tuple[tuple[re.Pattern[str], dict[str, _Bucket]], ...] = (
    (_LATIN_LETTER, _buckets(("en", "fr", "dz"))),
    (_ARABIC_LETTER, _buckets(("ar",))),
)
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
    if (
        _NEGATED[language].search(text, window, start)
        and not _ONLY.search(match.group())
        and not _NEW_CLAUSE.match(match.group())
    ):
        return True
    someone_else = _SOMEONE_ELSE.get(language)
    if (
        group not in _ABOUT_ONESELF_ANYWAY
        and someone_else
        and someone_else.search(text, window, start)
    ):
        return True
    if group == "giving_away" and _TICKETS.search(text, window, match.end() + 40):
        return True
    return bool(_HYPERBOLE_AFTER.match(text, match.end()))


def _scan(
    buckets: dict[str, _Bucket], text: str, start: int, acute_only: bool
) -> tuple[str | None, int]:
    """The group of the first match from `start` on that is not rejected, word by word, and
    where the word after it starts (0 at the end)."""
    while True:  # `start` is always where a word starts: "skilled" never matches "killed"
        following = text.find(" ", start) + 1
        bucket = buckets.get(text[start : start + _KEY])
        if bucket is not None and bucket.regex.match(text, start):
            for regex, language, group in bucket.alternatives:
                if acute_only and group != "acute":
                    break  # they come first
                match = regex.match(text, start)
                # A rejected match may hide another one, here or at a later word.
                if not match or _rejected(match, language, group):
                    continue
                if group == "acute" and _LONG_AGO.match(text, match.end()):
                    # Pills taken last year: an attempt, distress but no emergency now, and
                    # "my friend took pills last year" is a question about someone else.
                    if acute_only or _rejected(match, language, "suicide"):
                        continue
                    return "suicide", following
                return group, following
        if not following:
            return None, 0
        start = following


def prepare() -> None:
    """Compile every pattern now (about half a second) rather than on the first messages: a
    long-running bot pays it once at start, a one-shot CLI call only for what it reads."""
    for _, buckets in _SCRIPTS:
        for bucket in buckets.values():
            # The properties compile and keep their regexes.
            bucket.regex  # noqa: B018
            bucket.alternatives  # noqa: B018


def distress_reason(text: str) -> str | None:
    """The name of the pattern group that shows distress in a message, or None.

    "acute" (pills or poison already taken, bleeding now) wins wherever it is in the message:
    that reply must lead with the emergency numbers.
    """
    normalised = _normalise(text)
    reason = None
    for letter, buckets in _SCRIPTS:
        if not letter.search(normalised):
            continue
        start = 0
        if reason is None:
            reason, start = _scan(buckets, normalised, 0, acute_only=False)
            if reason == "acute":
                return reason
            if reason is None or not start:
                continue  # nothing in this script, or the match was on its last word
        # The full scan stops at its first match: an emergency may still come after it.
        if _scan(buckets, normalised, start, acute_only=True)[0]:
            return "acute"
    return reason


def is_distress(text: str) -> bool:
    """Whether a message shows distress and must get the caring reply before anything else."""
    return distress_reason(text) is not None


def is_acute(text: str) -> bool:
    """Whether a message says pills or poison were already taken, or that the person is hurt
    and bleeding now: the reply must lead with the emergency numbers."""
    return distress_reason(text) == "acute"
