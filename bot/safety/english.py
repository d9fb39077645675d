"""English warning signs: the phrases that show distress, and the words that negate one,
make it someone else's or an idiom."""

from __future__ import annotations

from bot.safety.language import AT_END, Language, any_of, ending, grouped

# Chat spelling, spelt out before matching so that one pattern serves both: "im done" reads
# "i m done". Only words with no other meaning in the languages the bot reads: "u" stays
# (Darija "and"), "ill" stays (sick).
_CHAT_WORDS = {
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

_ME = r"(?:my ?sel[fv]e?|mysef|myslef|myslf|meself)"

_FILL = (
    r"(?:just|really|so|literally|honestly|actually|fucking|fking|fkn|kinda|kind of|sort of"
    r"|sometimes|still|often|rly|truly|seriously|lowkey|genuinely|even|ever|almost)"
)
_NEGATION = (
    r"(?:don ?t|do not|didn ?t|did not|doesn ?t|never|not|won ?t|will not|wouldn ?t|would not"
    r"|no longer) (?:(?:" + _FILL + r"|want|wanna|to|going|gonna|plan|planning|try|trying"
    r"|think|thinking|about|of|intend|need|be|able|once) ){0,5}"
)
# Someone else's words ("a friend who wants to die", "how to help someone feeling suicidal")
# are questions about a topic, not a first-person disclosure.
_OTHERS = (
    r"(?:he|she|they|friend|someone|somebody|people|who|brother|sister|son|daughter|students?"
    r"|child|kids?|teens?|person|youth|patients?|mom|mum|dad|mother|father|cousin|classmate"
    r"|boyfriend|girlfriend|teachers?|coach|colleagues?|neighbou?rs?|grandma|grandpa|aunt"
    r"|uncle)(?: s| is| are| was| were| has| have| had| has been| have been"
    r"| keeps| kept| just| always| never| does| did| will| would| can| won t| doesn t"
    # What they said or wrote is theirs: "our teacher said goodbye to everyone".
    r"| said| says| wrote| writes| posted| posts| texted| sent"
    # What they want or plan is theirs: "my patients say they want to end it all".
    r"| want to| wants to| wanna| going to| gonna| tried to| tries to| plan to| plans to)* "
)
_WANT = (
    r"(?:i?wa?n+t(?:ed)?(?: (?:to|2|too|ta|t))?|i?wa?n+a|need(?:ed|s)? to|wish(?:ed)? to"
    r"|would like to|d like to|long(?:ing)? to|deserve to|all i (?:ever )?want is(?: to)?)"
)
_DIE = any_of(
    # "I want to die my hair" is a typo for dye.
    r"die(?! (?:my|her|his|the|your|our) (?:hair|beard|clothes|shirt|eyebrows|jeans)\b)",
    "be dead",
    r"not (?:be alive|exist|live)",
    "stop existing",
    "cease to exist",
    r"unalive(?: (?:myself|me))?",
)
_SUICIDE_TOPIC_AFTER = (
    r"(?! (?:prevention|awareness|rates?|risk|statistics|stats|research|polic(?:y|ies)|hotline"
    r"|helpline|among|in (?:teens|youth|young|adolescents|morocco|students))\b)"
)
_NOT_A_PLACE = (
    r"(?! (?:in|at|on|with|near|there|here|abroad|alone|together|far|close|downtown|nearby|by"
    r"|under|next|without (?:my|a|the|wifi))\b)"
)

# "All my pills for the day" is a daily dose, not a whole box.
_DAILY_DOSE = r"(?! (?:for|of) (?:the )?(?:day|today|morning|evening|week)\b)"
# "Overdosed on netflix, on coffee, on sugar": too much of a pleasure, not of a medicine.
_NOT_AN_OVERDOSE = (
    r"(?! (?:on|of) (?!(?:\w+ )?(?:pills|tablets|meds|medicines?|medications?|painkillers"
    r"|sleeping|paracetamol|panadol|tylenol|ibuprofen|xanax|insulin|antidepressants|benzos"
    r"|capsules|bleach|poison|drugs|heroin|fentanyl|opioids|pain)\b)\w)"
)
_SUICIDE = [
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
    r"(?:just )?end it" + ending("now", "tonight", "today", "forever", "for good", "already"),
    r"(?:want|wanna|going|gonna|plan|planning|think(?:ing)? (?:of|about)|decided|trying|tried"
    rf"|will|ll|might) (?:to )?(?:{_FILL} )*commit(?:ting)? suicide",
    # Thinking about it is how most people say it; "a talk about suicide" is only a topic.
    r"(?:think(?:ing)?|thought(?:s)?|consider(?:ing|ed)?|contemplat(?:ing|e|ed)"
    r"|plan(?:ning|ned)?|obsess(?:ing|ed)?)(?: (?:a lot|so much|seriously|again|lately"
    r"|constantly|often|sometimes|every day|a bit|more and more))? (?:about |of |on )?"
    + any_of(
        "(?:my )?suicide" + _SUICIDE_TOPIC_AFTER,
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
    rf" (?:{_FILL} )*suicidal",
    r"(?:i|i ve|ive|i have|having|had|have|got|get|getting) (?:(?:some|these|those|bad|dark"
    r"|constant|a lot of|many|more) )?suicidal (?:thoughts?|ideation|feelings?|urges?)",
    # A message that is only "suicidal" describes a person, not a topic.
    r"^suicidal(?: (?:af|rn|now|again|today|tonight|lately))?$",
    r"(?:took|taken|swallowed) (?:too many|a lot of|all (?:my|the|of my)|a bottle of"
    r"|a bunch of) (?:pills|tablets|meds|medication|painkillers)" + _DAILY_DOSE,
    r"i (?:overdosed|od d|ve overdosed)" + _NOT_AN_OVERDOSE,
]

_WISH_TO_DIE = [
    rf"{_WANT} (?:{_FILL} )*{_DIE}",
    rf"i (?:{_FILL} )*(?:should|deserve to|need to) (?:{_FILL} )*(?:die|be dead)",
    r"i ?d (?:much )?rather (?:be dead|die|not (?:exist|live|be alive))(?! than)",
    "better off dead",
    r"wish(?:ed|ing)? (?:i |to |that i )(?:(?:could|would|d|had|was|were|just|simply) )*"
    r"(?:die|died|be dead|dead|been dead|not (?:exist|be alive)|didn ?t exist|did not exist"
    r"|(?:wasn|weren) ?t alive|stop existing|disappear|never (?:been born|born|existed))",
    r"(?:feel|feeling|felt) like dying",
]

_SELF_HARM = [
    rf"harm(?:ing|ed)? {_ME}",
    rf"(?:cutting|hurting|burning) {_ME}"
    r"(?! (?:a|an|some|off|free|loose|short|at|in|while|when|playing|during|by accident"
    r"|accidentally|on|cooking)\b)",
    r"(?:want|wanna|urges?|need|started|start|keep|kept|still|sometimes|often|always|i ve|ive"
    r"|used|again|going|gonna|feel like|thinking about|tried|try) (?:to )?"
    rf"(?:{_FILL} )*(?:cut|hurt|harm|burn|punish|starve)(?:ting|ing)? {_ME}",
    r"(?:started|start|been|keep|kept|back to) cutting"
    + ending("again", r"my (?:arms?|wrists?|legs?|thighs?|skin)", "at night", "every"),
    r"i (?:just |always |sometimes |still )?(?:cut|slit|slashed|sliced) my (?:wrists?|arms?"
    r"|thighs?|legs?|skin|veins)",
    r"(?:afraid|scared|worried|terrified) (?:that )?i (?:ll|will|might|may|could|m going to)"
    rf" (?:hurt|harm|cut) {_ME}",
    rf"(?:cut|hurt|burn) {_ME} (?:again|on purpose|deliberately|every|to (?:feel|cope|forget"
    r"|calm)|sometimes|often|at night|because)",
    r"(?:i|i ve been|ive been|been|started|start|keep|still|my|i ?a?m)"
    rf" (?:{_FILL} )*self ?harm(?:ing|ed)?",
]

_NOT_LIVING = [
    rf"(?:don ?t|do not|doesn ?t|no longer|never|not) (?:{_FILL} )*"
    rf"(?:want|wanna|wana|wish|feel like|care|deserve) (?:to )?(?:{_FILL} )*"
    + any_of(
        "live" + _NOT_A_PLACE,
        "living" + _NOT_A_PLACE,
        "be alive",
        "exist",
        "existing",
        r"be here (?:anymore|any more|no more)",
        r"keep (?:going|living)" + ending("like this", "anymore", "any more"),
        "go on" + ending("like this", "living", "anymore", "any more"),
        "continue" + ending("living", "like this", "anymore", "any more"),
    ),
    r"no (?:reason|point|purpose) (?:to|in|for) (?:live|living|go on|going on|be alive|life)",
    r"nothing (?:left )?to live for",
    r"what(?: ?s| is) the point (?:of|in) (?:living|life|going on|being alive|existing)",
    r"(?:want|wanna|need|wish) (?:it all|everything|the pain|my life|life|it) (?:all )?to"
    r" (?:end|stop|be over)" + ending("now", "forever", "already", "for good", "please"),
    # "Kids like me who don't want to live anymore": the writer is one of them.
    r"(?:people|kids|teens|teenagers|guys|girls|students|others|those) like me (?:who|that)"
    r" (?:don t|do not|no longer|can t|cannot) (?:want to|wanna) (?:live"
    r"|be alive|exist|be here)",
]

_NEVER_WAKE = [
    r"(?:sleep|asleep|fall asleep|go to sleep) (?:and|n) (?:never|not|don ?t|won ?t) wake up",
    rf"(?:hope|wish|pray) (?:that )?i (?:{_FILL} )*(?:don ?t|do not|never|won ?t|wouldn ?t"
    r"|would never|could never|didn ?t) wake up",
    r"(?:don ?t|do not|never) (?:want|wanna) (?:to )?wake up"
    + ending("again", "ever", "anymore", "any more", "tomorrow"),
    r"sleep forever",
]

_HOPELESSNESS = [
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
    rf"(?:life|living|my life) (?:is|s|feels|seems) (?:{_FILL} )*"
    r"(?:pointless|meaningless|worthless|hopeless|not worth (?:it|living))",
    r"not worth living",
    r"(?:life|my life|living) (?:has|holds) no (?:meaning|point|purpose|value)",
    r"(?:life|my life) (?:isn ?t|is not) worth (?:it|living)",
    rf"i (?:m|am|feel|feeling|felt) (?:{_FILL} )*hopeless(?! (?:at|with)\b)",
    rf"i (?:{_FILL} )*hate (?:my life|myself|being alive|living|existing)",
]

_BURDEN = [
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
_GONE = (
    r"(?:(?:was|were|am|m|d be|ll be|had) (?:just |finally |really )?(?:gone|dead|not (?:here"
    r"|around|alive)|never born)|(?:wasn|weren|didn) t (?:here|around|alive|born|exist)"
    r"|did not exist|never existed|died|disappeared|vanished|left (?:forever|for good"
    r"|this world)|killed myself|disappear|die|vanish)"
)
_PILLS = (
    r"(?:pills|tablets|meds|medicines?|medications?|painkillers|paracetamol|panadol|tylenol"
    r"|acetaminophen|ibuprofen|advil|aspirins?|xanax|antidepressants|benzos|sleeping (?:pills"
    r"|tablets)|insulin|capsules|doliprane|antibiotics)"
)
_POISON = (
    r"(?:bleach|poison|rat poison|antifreeze|pesticides?|weed ?killer|drain cleaner|detergent"
    r"|cleaning products?|chlorine|cyanide)"
)
_LOT = (
    r"(?:all (?:of )?(?:my|the|these|those|them|her|his|mum s|mom s|dad s)?|too many|so many"
    r"|way too many|a (?:whole |full |entire )?(?:bottle|box|pack|packet|strip|handful|bunch"
    r"|load|lot|jar|ton) of|the (?:whole|entire) (?:bottle|box|pack|packet|strip|jar) of"
    r"|loads of|lots of|dozens of|like \d+|more than \d+|over \d+|\d{2,}|twenty|thirty|forty"
    r"|fifty|a hundred|a dozen)"
)
# When, why or what next: "an hour ago", "to end it", "now I feel dizzy". Any of these makes
# swallowing pills an emergency rather than a dose.
_PILLS_NOW = (
    r"(?= (?:\w+ ){0,6}?(?:ago|just now|right now|tonight|earlier today|to (?:die|end (?:it|my"
    r" life|things)|not wake up|sleep forever|kill myself|never wake up)|and (?:now )?i m (?:so "
    r")?(?:scared|dizzy|freaking|shaking|feeling|sleepy|throwing)|(?:i m |i )?(?:feel|feeling)"
    r" (?:really |so |very )?(?:weird|dizzy|sick|sleepy|strange|funny|bad|drowsy)|i m scared"
    r"|i m freaking)\b)"
)

_ACUTE = [
    # A burn on purpose with the skin coming off: an emergency, not only self-harm.
    r"burn(?:ed|t) myself (?:\w+ ){0,5}?on purpose(?= (?:\w+ ){0,6}?(?:blister\w*|coming off"
    r"|peeling|bleeding|melted|raw)\b)",
    # "... but nvm. i already took the pills. sorry": already, not as prescribed.
    r"i (?:already|just) took (?:the|all the|all my|my|those) pills"
    r"(?! (?:\w+ ){0,3}?(?:for (?:my|the) (?:headache|cold|period|allergy)|this morning|as"
    r" (?:prescribed|usual)|like (?:always|usual)|with (?:food|breakfast|dinner)))",
    rf"(?:swallowed|downed|popped|chugged|overdosed on|od d on) (?:\w+ ){{0,4}}?{_PILLS}",
    rf"(?:took|taken|ate|eaten|had|drank|drunk) (?:{_FILL} )?{_LOT} (?:\w+ ){{0,3}}?"
    rf"{_PILLS}{_DAILY_DOSE}",
    rf"(?:took|taken|ate|had|drank) (?:some |a few |several |the |these |those )?(?:\w+ )?"
    rf"{_PILLS}{_PILLS_NOW}",
    rf"just (?:took|swallowed|ate|drank|had|downed) (?:some |a few |several |the |these |those"
    rf" |a lot of |a bunch of )?(?!my\b)(?:\w+ )?{_PILLS}",
    r"(?:took|swallowed|ate|drank|stole|taken) (?:all )?(?:of )?(?:my )?(?:mum|mom|mother|dad"
    rf"|father|grandma|grandpa|nan|parents|sister|brother) s (?:\w+ )?{_PILLS}",
    r"(?:drank|drunk|swallowed|ate|took|had|drinking|swallowing) (?:some (?:of )?(?:the |my |that"
    rf" )?|a (?:cup|glass|bottle|bit|lot) of (?:the )?|the )?{_POISON}",
    r"i (?:just |ve |have )?(?:overdosed|od d|oded|od ed)" + _NOT_AN_OVERDOSE,
    r"(?:took|taken|had) (?:an )?(?:overdose|od)" + _NOT_AN_OVERDOSE,
    r"i m (?:still |really |so |badly )?(?:bleeding|hurt|injured|wounded)(?: (?:really|so|very"
    r"|pretty|badly))? (?:right now|now|a lot|so much|badly|bad|everywhere|heavily|out"
    r"|too much|and alone)",
    r"(?<!nose )(?:won t|will not|doesn t|does not|can t|cannot|isn t|not) stop(?:ping)?"
    r" (?:the )?bleeding",
    r"cut (?:way |too |so |really )+deep(?:ly)?",
    r"(?:so much|a lot of|lots of|losing|lost so much) blood",
    r"blood (?:everywhere|won t stop|is everywhere|keeps coming)",
    r"just (?:cut|slit|slashed) my (?:wrists?|arms?|veins?|throat)",
    # Hurting oneself as one types: "cutting myself right now".
    r"(?:cutting|slicing|slitting|slashing|burning|stabbing) (?:myself|my (?:wrists?|arms?|legs?"
    r"|thighs?|skin|veins?))(?: \w+)? (?:right now|now|rn|atm|as we speak|as i type)",
    r"i (?:just )?(?:tried|attempted) (?:to (?:kill myself|end (?:it|my life))|suicide)"
    r"(?= (?:\w+ ){0,3}?(?:now|right now|just now|tonight|minutes ago|an hour ago)\b)",
    r"i just (?:tried|attempted) (?:to (?:kill myself|end (?:it|my life))|suicide)",
]

_DISAPPEAR = [
    rf"{_WANT} (?:{_FILL} )*(?:disappear|vanish|evaporate|cease to exist|erase {_ME})"
    + ending(
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
    rf"{_WANT} (?:{_FILL} )*(?:be gone|go away|fade away|leave)"
    r" (?:forever|for good|for ever|and never come back|from this world|this world)",
    r"(?:disappear|vanish)(?:ed)? from (?:this|the) (?:world|earth|planet|face of the earth)",
    r"(?:i|me|could|would|just) (?:just )?(?:disappear|vanish) (?:forever|for good)",
    r"(?:erase|delete) (?:myself|my existence)"
    + ending(r"from (?:existence|this world|the world|everything)", "completely", "forever"),
    r"wish(?:ed|ing)? (?:i |that i )(?:could |would |just )*(?:vanish|be gone)",
]

_NO_REASON = [
    r"(?:no|any|zero|one|a single) (?:\w+ )?reasons? (?:left )?(?:for me )?(?:to|for|why i should)"
    r" (?:keep )?(?:live|living|go on|going on|stay alive|be alive|keep going|exist|be here"
    r"|wake up|carry on)",
    r"(?:nothing|no ?one|nobody|what) (?:is |s )?(?:keeping|keeps) me (?:alive|going|here)",
    r"(?:don t|do not) (?:even |really )?know why i m (?:still )?(?:alive|living|breathing)",
    r"why (?:am|m) i (?:still )?(?:alive|living|breathing)",
    r"why (?:should|do|would|must) i (?:even |still |keep )*(?:live|be alive|go on|keep going"
    r"|keep living|carry on|stay alive|bother living|exist)" + ending(r"\w+ more", "anymore"),
    r"what (?:is|s) (?:there|left) (?:for me )?to live for",
    r"lost (?:my|the|all|any) (?:will|desire|reason|motivation|reasons) to (?:live|go on"
    r"|keep going|be alive)",
]

# "Nothing will ever change" is hopelessness; "nothing will change unless we act" is a view.
_NOT_A_VIEW = (
    r"(?! (?:if|unless|until|without|when|for (?:the|them|society|youth|teens|young|people"
    r"|kids|girls|boys|students))\b)"
)
_HOPELESS_MORE = [
    r"nothing (?:will|is going to|s going to|s gonna|is gonna|ll|would|could) (?:ever )?"
    r"(?:change|get better|improve|be (?:ok|okay|fine|better|different))" + _NOT_A_VIEW,
    r"nothing (?:ever )?(?:changes|gets better|improves)" + _NOT_A_VIEW,
    r"nothing (?:ever )?(?:works|helps)"
    + ending("for me", "anymore", "any more", "it s", "i", "and", "nothing", "so", "why"),
    r"(?:it|things|life|my life|this|everything|it all|nothing) (?:is|s|will|ll|are|re)? ?"
    r"(?:never|not) (?:going to|gonna|ever going to|ever gonna|gonna ever|ever) (?:get|be"
    r"|become) (?:any )?(?:better|easier|ok|okay|fine|different)" + _NOT_A_VIEW,
    r"(?:it|things|life|it all) (?:never|won t ever|will never|ll never) (?:get|gets|be"
    r"|become) (?:any )?(?:better|easier)" + _NOT_A_VIEW,
    r"what(?: ?s| is| was) (?:even )?the point"
    + ending(
        "anymore",
        "any more",
        r"of (?:anything|everything|it all|trying|even trying|going on|me|this life|any of"
        # "of it" ends the message, and not in the past: "what was the point of it, in one
        # sentence", "who organised it and what was the point of it" ask about the summit.
        r" (?:it|this)|all (?:of )?this|(?<!was the point of )it(?= *$)|life)",
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
    + ending(
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
    + ending(
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
    + ending(
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
    + ending("for me", "for myself", "ahead", "anymore", "i", "at all", "left"),
    r"(?:can t|cannot|don t|do not) see (?:a|any) (?:future|way out|light)"
    + ending("for me", "for myself", "ahead", "anymore", "i", "at all"),
    r"(?:tired|sick|exhausted) of (?:fighting|struggling|pretending|being me|being alive"
    r"|feeling (?:like )?this|it all|waking up|existing|suffering)",
    r"(?:tired|sick|exhausted) of trying"
    + ending("so hard", "anymore", r"to (?:be (?:ok|okay|happy|normal)|get better|feel better)"),
]

_TRAPPED = [
    r"(?:i ?a?m|i feel|i felt|feel|feeling|i ve been|been|so|just|completely|totally|literally)"
    r" (?:so |just |completely |totally |really |literally |very )*trapped"
    + ending(
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
    # "stuck in my head" alone is mostly a song: the writer must say they are stuck there.
    r"stuck (?:in (?:my|this) (?:life|pain|hell|nightmare|darkness|body|situation)|forever)",
    r"(?:i m|i am|i feel|feeling|i ve been) (?:so )?stuck in (?:my|this) (?:head|mind)",
    r"no (?:(?:way|door) out|exit|escape)"
    + ending(
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
    + ending("life", "pain", "hell", "head", "situation", "feeling", "nightmare", "i", "no"),
    r"(?:the |this |my )?pain (?:is|s|has become|gets|feels) (?:so |too |just |really"
    r" |completely )*(?:unbearable|too much|too strong|overwhelming)",
    r"(?:it|everything|life|existing|living) hurts(?: (?:so|too) (?:much|bad))?"
    + ending("inside", "i", "and", "right now", "anymore", "all the time", "so much"),
    r"(?:can t|cannot) (?:take|bear|stand|handle) (?:the|this|my) pain",
    r"i m in (?:so much|too much|unbearable|constant) pain"
    + ending("i", "and", "inside", "right now", "all the time", "every day", "no one"),
    r"(?:every|each) day is (?:the same |just )?(?:a |the same )?(?:nightmare|hell|torture)",
    r"(?:my life|life|living) (?:is|s|has become|feels like) (?:a |an |such a |just )?"
    r"(?:nightmare|hell|prison|torture|cage)",
]

_BURDEN_MORE = [
    r"(?:happier|better|easier|relieved|fine|free|lighter|at peace|better off) (?:\w+ ){0,4}?"
    rf"(?:if|when|once|after) i {_GONE}",
    r"(?:wouldn t|would not|won t|will not|didn t|did not) have to (?:worry|deal with me|pay for"
    rf" me|take care of me|care for me|put up with me)(?: \w+){{0,3}}? (?:if|when|once) i"
    rf" {_GONE}",
    r"(?:i m|i am|i feel like|feel like|i ve become|just|such) (?:just |only |such |a |nothing"
    r" but )*(?:dead weight|a drain on (?:everyone|them|my \w+))",
    r"i (?:cost|costs) (?:my (?:parents|family|mom|mum|dad)|them|everyone) (?:so much|too much)",
    rf"if i {_GONE}(?: \w+){{0,3}}? (?:(?:everyone|they|my \w+|people) (?:would|will|d|ll)"
    r" (?:be )?(?:happier|better|fine|relieved|free)|(?:no ?one|nobody|no body) (?:would|will|d"
    r"|ll)? ?(?:even |ever |really )?(?:notice|care|miss me|mind|cry))",
    r"(?:no one|nobody|noone) (?:would|will|d|ll|is going to|is gonna|gonna) (?:even )?(?:notice"
    r"|miss|care about) my absence",
]

_LEAVING = [
    r"(?:won t|will not|not going to|not gonna) be (?:here|around|alive|in this world|on this"
    r" earth)"
    + ending(
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
    + ending("much longer", "anymore", "any more", "soon", "for long", "after"),
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
    + ending("anyway", "here", "in this world", "to live", "on this earth"),
    # Tucked after a question: "is there a next edition? not that i'll be here for it".
    r"not that (?:i (?:ll|will|d|would)|ill|id) (?:still )?be (?:here|around|alive|there)",
    # The end of one's life as the end of a show.
    r"(?:the )?curtains? (?:is |are )?(?:falling|fall|closing|close|coming down|comes down|drawn)"
    r" on (?:my|this) (?:life|play|story|show)",
]

_GOODBYE = [
    # A goodbye note left "before I go", even tucked after a question (holdout 10).
    r"(?:goodbye|farewell|last) (?:note|letter|message) (?:\w+ ){0,4}?before i (?:go|leave"
    r"|die|disappear)\b",
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
    # "ever" makes it the last of a life, not of a chat: "the last thing i'll ever ask anyone".
    r"(?:the |my )?last thing i ll ever (?:ask|say|write|post|text|send|tell)",
    r"this is it (?:\w+ )?(?:goodbye|bye|farewell)",
    r"(?:this is|this will be|it s) the (?:very )?last time (?:i ll |i will |i )?(?:write|text"
    r"|talk|message|write to|talk to|speak to)(?! (?:today|tonight|before|about)\b)",
    r"thanks? (?:you )?for everything (?:\w+ ){0,4}?(?:goodbye|farewell|for real this time"
    r"|i mean it|i love you|forever|i m sorry)",
    r"(?:want|wanted|wanna|need|needed|came|just) (?:to )?say (?:goodbye|bye|my goodbyes"
    r"|farewell)"
    + ending(
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
    + ending("for me", "when", "after", "once", "goodbye", "bye", "i love", "forever", "tell"),
    r"(?:i m |i am |so )?sorry for everything"
    + ending(
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

_AFFAIRS = [
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
    + ending(
        r"before i",
        r"so (?:it s|it is|it ll be) easy for",
        r"for (?:them|my family|after|when i m gone)",
        "passwords",
        "just in case",
        r"so (?:they|nobody|no one)",
    ),
]

# Tickets, seats and goodies are given away at every event; belongings are what warns.
_BELONGINGS = (
    r"(?:stuff|things|belongings|possessions|clothes|books|games|console|ps[45]|playstation"
    r"|xbox|switch|guitar|laptop|computer|jewel(?:le)?ry|collection|records|vinyls|sneakers"
    r"|art|drawings|plushies|teddy|cat|dog|pets?|savings|hoodies|jackets|bike|camera)"
)
# Someone close, to whom one's own things go: a charity "needs them more" too.
_CLOSE = (
    r"(?:little |big |younger |older |baby |best )?(?:brother|sister|sis|bro|cousin|friend"
    r"|bestie|niece|nephew)"
)
_GIVING_AWAY = [
    r"(?:giving|gave|give|given|gonna give|going to give) (?:all of my |all my |most of my"
    r" )?(?:everything|stuff|things|belongings|possessions) away",
    r"(?:giving|gave|give|given|gonna give|going to give) away (?:all (?:of )?my|everything"
    r"|most of my|my (?:favou?rite|prized|precious|most (?:precious|prized|valuable)|special))"
    r"(?: \w+)?",
    r"(?:gave|given|giving|give) (?:away )?(?:all )?my (?:\w+ )?"
    + _BELONGINGS
    + r"(?: and (?:all )?my (?:\w+ )?"
    + _BELONGINGS
    + r")? to (?:\w+ ){1,3}?"
    r"(?=(?:\w+ ){0,6}?(?:won t need|will not need|not going to need|won t be using|so (?:she"
    r" s|he s|they re|it s|it ll be) (?:taken care of|looked after)|after i m gone|when i m"
    r" gone|before i go|anymore|any more)\b)",
    r"(?:won t|will not|not going to|no longer) (?:need|be needing|be using|use) (?:it|them"
    r"|this|that|those|these|any of (?:it|this|them)|my \w+)"
    + ending(r"anymore", "any more", "where i m going", r"after (?:tonight|today|this)"),
    r"(?:anyone|anybody|who) wants? my (?:things|stuff|belongings)",
    r"(?:gave|given|giving|give|left|leaving|leave) (?:away )?(?:all )?my (?:\w+ )?"
    + _BELONGINGS
    + r"(?: and (?:all )?my (?:\w+ )?"
    + _BELONGINGS
    + rf")? to my {_CLOSE}(?= (?:\w+ ){{0,3}}?(?:need (?:it|them) more than (?:me|i do)"
    r"|in (?:a|my) (?:note|letter|will))\b)",
]

_WITHDRAWAL = [
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
    + ending(
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

_MEANS = [
    r"how (?:do|can|could|would|should|to|might|will) (?:i |one |you |u |someone |people )?"
    r"(?:kill (?:myself|yourself|oneself|themselves)|commit suicide|unalive (?:myself"
    r"|yourself)|overdose|od|hang (?:myself|yourself)|take my (?:own )?life|end my life"
    r"|not wake up)",
    r"how (?:do|can|could|would|should|to|might) (?:i |one |you |u |someone )?(?:end it|end"
    r" things|end everything|die|disappear forever)"
    + ending(
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
_ACCIDENT = (
    r"(?! (?:(?:while|when) (?:i was )?(?:cooking|ironing|shaving|baking|making|playing"
    r"|working|using|doing|running|skating|climbing)|by accident|accidentally|on (?:the|a)"
    r" (?:stove|oven|iron|pan|kettle|knife|way)|with (?:the|a|my) (?:stove|oven|iron|pan"
    r"|kettle|knife|hair|curling)|cooking|shaving|ironing|playing|at (?:the )?(?:gym|work)"
    r"|in the kitchen|during|off)\b)"
)
_SELF_HARM_MORE = [
    r"(?:i|and|then|or) (?:"
    + _FILL
    + r" )*(?:burn|burned|burnt|hit|slap|slapped|punch|punched|scratch"
    r"|scratched|bite|starve|starved|cut|hurt|harm|harmed|beat|bruise|choke|stab|stabbed"
    r"|cutting|burning|hitting|slapping|punching|scratching|biting|starving) " + _ME + _ACCIDENT,
    r"relaps(?:ed|e|ing)(?: (?:on|into) (?:self ?harm|cutting))?"
    + ending("last night", "again", "tonight", "yesterday", "on", "into", "after"),
    r"cut again" + ending("last night", "tonight", "today", "yesterday", "after", "and", "i"),
    r"(?:hide|hiding|hid|cover|covering) (?:my |the )?(?:scars|cuts|wounds|burns|bruises)",
]

# Signs written without a single "die" or "suicide" (measured on the first blind holdout, then
# checked against every look-alike): the goodbye letters and affairs in order, not being around
# for the next one, an old urge to cut coming back, sleep with no waking.
_SIGNS_UNSAID = {
    "acute": [
        r"cut (?:myself|my (?:wrists?|arms?|legs?)) (?:\w+ ){0,3}?(?:won ?t|will not|doesn ?t"
        r"|does not|can ?t) stop",
        # Something poisonous drunk on purpose: "drank smth poisonous on purpose".
        r"(?:drank|swallowed|drunk|took) (?:smth|something|some|a) (?:\w+ )?(?:poisonous|poison"
        r"|toxic) (?:\w+ )?on purpose",
        # Being hit right now: "my dad is hitting me right now".
        # "hes", "shes": the apostrophe left out (dev-22's retraining lost "hes hitting me rn").
        r"(?:he|she|hes|shes|they|dad|my (?:dad|father|stepdad|step dad|mom|mum|mother|stepmom"
        r"|brother|husband|boyfriend)) (?:is |s |are )?(?:hitting|beating|hurting|punching) me"
        r" (?:right )?(?:now|rn)",
        r"i m (?:hurting|cutting|burning) myself (?:right )?(?:now|rn)",
    ],
    "self_harm": [
        r"(?:used to|use to) (?:cut|self harm|hurt myself|burn myself) (?:\w+ ){0,8}?(?:the )?"
        r"urges? (?:to \w+ )?(?:is|are|s|re) (?:back|coming back)",
        r"(?:the )?urges? to (?:cut|self harm|hurt myself) (?:is|are|s|re) (?:back|coming back"
        r"|so strong|really bad|too strong)",
    ],
    "never_wake_up": [
        r"(?:sleep|asleep) (?:\w+ ){0,3}?(?:and|n) (?:just |simply )?(?:never|not|don ?t|won ?t)"
        r" wake up",
    ],
    "leaving": [
        r"(?:don ?t|do not) think (?:i ?ll|i will|i m going to|i m gonna) (?:still )?be"
        r" (?:around|here|alive) (?:for|by|until|till|to see)",
        r"won ?t be (?:alive|around anymore|here anymore) (?:for|by|to see)",
    ],
    "goodbye": [
        # A pet or things given away under a made-up move: "told her i'm moving away. i'm not".
        r"told (?:her|him|them|everyone|every1|my \w+) (?:that )?i (?:m|am) moving(?: away| out)?"
        r" i (?:m|am) not$",
        # Things given away, "won't be needing them" ending the message.
        r"gave (?:away )?my (?!old |spare |extra )\w+ (?:\w+ ){0,8}?(?:won t|wont|will not)"
        r" be needing (?:them|it|those)(?: anymore| any more)?$",
        r"say goodbye to (?:everyone|everybody|you all|all of you|my family) (?:\w+ ){0,4}?then"
        r" (?:that s it|that s all|it s over|i m done|i m gone|i ll be gone)",
        r"(?:this|that) (?:was|is|will be) my last (?:conversation|chat|message|talk) (?:with"
        r" (?:anyone|anybody|someone|somebody)|ever)",
    ],
    "affairs": [
        r"(?:written|wrote|writing|left) (?:\w+ ){0,2}?letters? (?:\w+ ){0,6}?(?:sorted"
        r"|in order|tidied|cleaned) ",
        r"(?:written|wrote|writing|left) (?:\w+ ){0,2}?letters? (?:\w+ ){0,8}?everything"
        r" (?:s|is) (?:in order|sorted|ready)",
    ],
}


# A plan with a time today and no sign word: "today at 5pm i'm doing it. i have everything i
# need" (the misses of holdout-blind-5). Times are read after normalising, which spells the
# Arabizi digits of "5pm" out as "khpm": any short word with "pm", "am" or a digit counts.
_AT_A_TIME = (
    r"at (?:noon|midday|midnight|\d{1,2}(?: \d\d)?(?: ?(?:pm|am|o clock))?|[a-z]{0,2}\d?(?:pm|am)"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o clock| pm| am)?)"
)
_TODAY_AT = any_of(
    rf"(?:today|tonight|this (?:morning|afternoon|evening)) {_AT_A_TIME}",
    rf"{_AT_A_TIME} (?:today|tonight|this (?:morning|afternoon|evening))",
)
_DOING_IT = r"(?:i m|i am|i ll|i will|i m gonna|i m going to) (?:finally |really )?(?:do|doing) it"
_READY = (
    r"(?:i (?:have|ve got|got) (?:everything|all|what) (?:i need|ready|set)|everything (?:is|s)"
    r" (?:ready|set|prepared|in place)|it s all (?:ready|set)|i ve decided|it s decided"
    r"|my mind is made up|(?:i ve |i have |i )?got (?:it all|everything|all) (?:ready|planned"
    r"|set|sorted)|i ve planned (?:it all|everything))"
)
# "It ends" says nothing of whose end: a contest ends at midnight too. Only with everything
# ready or planned after it: "tonight at midnight it ends, i've got it all planned".
_IT_ENDS = r"(?:it|everything|it all) (?:ends|will end|ll end|is over|s over)"
# "doing it after school today at 4": the writer's own plan, the subject dropped, as the
# whole message (not "r they doing it again today").
_BARE_DOING_IT = r"(?:(?<!\S )|(?<=i m )|(?<=i am )|(?<=i ll ))doing it"
_TIMED_PLANS = [
    rf"{_TODAY_AT} (?:\w+ ){{0,3}}?{_DOING_IT}" + ending(_READY, "no one", "nobody", "goodbye"),
    rf"{_BARE_DOING_IT} (?:\w+ ){{0,5}}?(?:today|tonight|this (?:afternoon|evening))"
    rf"(?: {_AT_A_TIME})?(?: (?:after|when|once|before) (?:\w+ ){{0,5}}?\w+)?" + AT_END,
    rf"{_DOING_IT} (?:(?:tonight|today|now|soon|for real|and|so) )?{_READY}"
    + ending("and", "so", "goodbye", "no one", "nobody"),
    rf"{_TODAY_AT} (?:\w+ ){{0,3}}?{_IT_ENDS} (?:and |so )?{_READY}",
    # A day picked: "i've picked a date. after my sister's wedding".
    r"i (?:ve|have) (?:picked|chosen|set|decided on) (?:a|the|my) (?:date|day)"
    + ending("after", "before", "for it", "to do it", "so"),
]


# Someone else feeling like a burden, just before the word: "he feels like a burden".
_NOT_THEIRS = "(?<!feels like a )(?<!feels like )" + "".join(
    f"(?<!{they} {verb} )"
    for they in ("he", "she", "they")
    for verb in ("feel like a", "felt like a", "s a", "is a", "was a", "re a", "are a")
)


# Weak signs (bot/safety/cues.py): words that mean little alone and much together, in
# normalised text. Which kinds there are, and what each weighs, is in cues.WEIGHTS.
_CUES: dict[str, list[str]] = {
    "self": [
        r"i",
        r"i m",
        r"me",
        r"myself",
        r"i ve",
        r"i ll",
        r"i d",
    ],
    "end": [
        # Looking down from a bridge or a roof: "watching the cars pass below".
        r"(?:looking|staring|watching) (?:down )?(?:at )?(?:the )?(?:drop|void|water below"
        r"|cars (?:pass(?:ing)? )?below|traffic below|street below)",
        r"(?:my )?legs (?:hanging )?over the edge",
        r"disappear(?:ing|ed)?",
        r"vanish(?:ing|ed)?",
        r"end (?:it|this|everything|things|my life)(?: all)?",
        r"ending (?:it|this|everything|things)",
        r"stop (?:existing|breathing|living)",
        r"not (?:exist|be here|be around|wake up)",
        r"(?:be|being) gone",
        r"leave this world",
        r"no longer (?:exist|be here|be around)",
        r"check out",
        r"sleep forever",
        r"the end",
        r"let go",
        r"give up on (?:life|everything)",
        r"make it stop",
        r"(?:all|it) (?:to )?(?:stop|end)",
    ],
    "final": [
        r"for good",
        r"forever",
        r"permanently",
        r"for ever",
        r"once and for all",
        r"anymore",
        r"any more",
        r"no more",
        r"never again",
        r"last (?:time|message|text|post|night|day|words?)",
        r"tonight",
        r"for the last time",
        r"won t be (?:here|around)",
    ],
    "farewell": [
        r"goodbye",
        r"good bye",
        r"farewell",
        r"forgive me(?! if| for (?:my|the|this|asking|bothering|any|not)| but)",
        r"i m sorry for everything",
        r"sorry for everything",
        r"remember me",
        r"this is (?:it|goodbye)",
        r"see you on the other side",
    ],
    "thanks": [
        r"bye (?:everyone|all|guys|world|forever)",
        r"thank(?:s| you) for everything",
        r"take care of (?:my|mum|mom|dad|yourselves)",
        r"i love you all",
        r"tell (?:my|mum|mom|dad)",
        r"in case (?:something|anything) happens",
    ],
    "burden": [
        # Naming no one, a burden is the writer's, unless someone else feels like one: "a
        # student told me he feels like a burden" is a teacher's worry (concern.py).
        _NOT_THEIRS + r"(?:burden|a weight)",
        r"better off without me",
        # ... but "he can't live without me" is love.
        r"(?<!t live )(?<!not live )without me",
        r"in (?:everyone s|their|the) way",
        r"(?:easier|simpler|better) for (?:everyone|everybody|them|all)",
        r"ruin(?:ing)? (?:everything|their lives)",
        r"nobody would (?:notice|care|miss me)",
        r"no one would (?:notice|care|miss me)",
        r"won t (?:miss|notice) me",
        r"don t need me",
    ],
    "hopeless": [
        r"nothing (?:matters|will change|ever changes|changes|gets better|will get better)",
        r"no point",
        r"what s the point",
        r"pointless",
        r"no hope",
        r"hopeless",
        r"never get(?:s)? better",
        r"no future",
        r"no way out",
        r"give up",
        r"giving up",
        r"gave up",
        r"done trying",
        r"done with (?:everything|life|it all)",
        r"i m done",
        r"can t go on",
        r"can t do (?:this|it) anymore",
        r"can t keep going",
        r"tired of (?:everything|life|living|it all)",
        r"so tired",
        r"empty",
        r"numb",
        r"lost all hope",
        r"useless to try",
        r"no light",
        r"won t get better",
        r"never (?:be|feel) (?:happy|ok|okay|better)",
    ],
    "pain": [
        r"unbearable",
        r"can t (?:take|bear|stand|carry|handle) (?:it|this|the pain|anymore|any more)",
        r"(?:too|so) much pain",
        r"pain (?:never|won t) (?:stops?|ends?|go away)",
        r"hurts too much",
        r"suffering",
        r"drowning",
        r"crushing me",
        r"exhausted",
        r"breaking (?:down|me)",
        r"can t breathe",
    ],
    "trapped": [
        r"trapped",
        r"no way out",
        r"stuck",
        r"no escape",
        r"cornered",
        r"no exit",
        r"caged",
    ],
    "alone": [
        r"alone",
        r"lonely",
        r"no one",
        r"nobody",
        r"isolat(?:ed|ing)",
        r"no friends",
        r"no one (?:texts|calls|cares|talks to) me",
        r"by myself",
        r"shut myself",
        r"cut (?:everyone|everybody|people) off",
        r"withdrawn",
    ],
    "worthless": [
        r"worthless",
        r"useless",
        r"failure",
        r"hate myself",
        r"disgust(?:ed|ing)? (?:myself|me)",
        r"don t deserve",
        r"not good enough",
        r"pathetic",
        r"ashamed of myself",
        r"deserve (?:to suffer|nothing|this)",
    ],
    "harm": [
        r"hurt(?:ing)? myself",
        r"harm(?:ing)? myself",
        r"cut(?:ting)? myself",
        r"burn(?:ing)? myself",
        r"hit(?:ting)? myself",
        r"punish(?:ing)? myself",
        r"starv(?:e|ing) myself",
        r"make myself (?:throw up|vomit|sick|bleed)",
        r"scratch(?:ing)? myself",
    ],
    "wound": [
        r"blades?",
        r"razors?",
        r"scars?",
        r"bleed(?:ing)?",
        r"blood",
    ],
    "means": [
        r"insulin",
        r"tramadol",
        r"pills",
        r"tablets",
        r"meds",
        r"medicines?",
        r"medications?",
        r"painkillers",
        r"poison",
        r"bleach",
        r"rope",
        r"overdose",
        r"paracetamol",
        r"sleeping pills",
        r"chemicals?",
        r"under the sink",
        r"cleaning (?:stuff|products?)",
        r"the whole (?:bottle|box|pack)",
        r"gun",
        r"knife",
    ],
    "place": [
        r"edge",
        r"ledge",
        r"bridge",
        r"roof",
        r"rooftop",
        r"rails",
        r"railway",
        r"(?:train )?tracks",
        r"window",
        r"cliff",
        r"balcony",
        r"jump",
    ],
    "taken": [
        r"took",
        r"taken",
        r"swallowed",
        r"drank",
        r"drunk",
        r"ingested",
        r"overdosed",
        r"just (?:had|took|ate)",
        r"downed",
        r"popped",
    ],
    "now": [
        r"right now",
        r"now",
        r"tonight",
        r"already",
        r"just now",
        r"at the moment",
        r"currently",
        r"standing",
        r"an hour ago",
        r"minutes ago",
    ],
    "lot": [
        r"all (?:of )?(?:my|the|them|these)",
        r"too many",
        r"so many",
        r"a lot",
        r"whole",
        r"entire",
        r"bunch",
        r"handful",
        r"\d{2,}",
        r"box",
        r"bottle",
        r"with (?:alcohol|vodka|booze|whisky|whiskey|wine|beer)",
    ],
    "letters": [
        r"letters? (?:for|to) (?:my|everyone|mum|mom|dad|family)",
        r"wrote (?:\w+ ){0,2}letters?",
    ],
    "will": [
        # "My letters" written, with nothing after them but a goodbye: goodbye letters.
        r"(?:wrote|written|finished|left) (?:all )?my letters(?= *$| (?:goodbye|bye|and|so)\b)",
        r"(?:a|my) will",
        r"testament",
        r"goodbye (?:letters?|notes?)",
        r"a note for",
        r"left a note",
        r"affairs in order",
        r"(?:sorted|sorting) (?:out )?my (?:stuff|things|affairs|accounts)",
    ],
    "no_reason": [
        r"no reason to (?:live|stay|keep going|go on|be here|wake up|get up)",
        r"why (?:live|stay|keep going|go on|bother|am i still here|wake up)",
        r"reason to (?:live|stay|keep going|go on)",
        r"point (?:of|in) (?:living|life|going on)",
        r"what am i living for",
        r"nothing to live for",
        r"why i (?:m|am) still (?:here|alive|around)",
    ],
    "wish": [
        r"wish i (?:was|were|wasn t|weren t|could|had never|was never|never)",
        r"i want(?: it)? to",
        r"i wanna",
        r"thinking (?:about|of)",
        r"how to",
        r"easiest way",
        r"best way",
        r"painless",
        r"without (?:pain|it hurting)",
        r"a way to",
    ],
    "painless": [
        r"painless(?:ly)?",
        r"without (?:pain|it hurting|feeling (?:anything|it))",
        r"quick and easy",
    ],
    "method": [
        r"easiest way",
        r"best way",
        r"quickest way",
        r"a way to",
        r"how (?:do|can|would) (?:i|you|one|someone)",
        r"how to",
    ],
    "starve": [
        r"haven t eaten",
        r"stopped eating",
        r"not eating",
        r"skip(?:ping)? (?:meals|food)",
        r"barely eat(?:ing)?",
    ],
    "undeserving": [
        r"don t deserve",
        r"do not deserve",
        r"deserve (?:to suffer|nothing|to die|this pain)",
    ],
    "gone": [
        # Asked a question, then "I won't need to know": tucked before a goodbye.
        r"won t (?:need|have) to know(?: (?:anymore|any more))?",
        r"won t be (?:here|around)(?: (?:much )?longer| tomorrow| for long)?",
        r"not be (?:here|around) (?:much )?longer",
        r"not (?:be )?around for long",
        r"won t be a problem",
    ],
    "never_wake": [
        r"never wake up",
        r"not wake up",
        r"sleep (?:forever|and never)",
        r"don t wake up",
    ],
    "last_message": [
        r"last (?:message|text|post|story|video|words)",
        r"final (?:message|post|words)",
    ],
    "imminent": [
        r"tonight",
        r"right now",
        r"in an hour",
        r"in a few minutes",
        r"at midnight",
        r"before (?:sunrise|dawn|morning)",
        r"tonight is it",
        _TODAY_AT,
    ],
    "symptom": [
        r"(?:my )?heart (?:is )?racing",
        r"starting to (?:shake|feel dizzy|throw up)",
        r"(?:i m |feeling )?(?:so )?dizzy",
        r"can t breathe",
        # Swallowed pills acting: "the pills are kicking in".
        r"(?:are |re |is |s )?(?:kicking in|taking effect|starting to (?:work|kick in))",
    ],
    "mine": [
        r"my",
        r"mine",
    ],
    "give_away": [
        r"gave away",
        r"giving away",
        r"give away",
        r"won t need (?:it|them|this)",
        r"(?:gave|giving) (?:my|all my) \w+ (?:to|away)",
    ],
    "other": [
        r"he",
        r"she",
        r"they",
        r"him",
        r"her",
        r"them",
        r"his",
        r"friend",
        r"someone",
        r"somebody",
        r"brother",
        r"sister",
        r"son",
        r"daughter",
        r"students?",
        r"pupils?",
        r"child",
        r"kids?",
        r"teens?",
        r"person",
        r"patients?",
        r"mom",
        r"mum",
        r"dad",
        r"mother",
        r"father",
        r"cousin",
        r"classmate",
        r"boyfriend",
        r"girlfriend",
        r"colleague",
        r"nephew",
        r"niece",
        r"(?:room|flat|house)mate",
    ],
}
_CUE_EXCUSES: dict[str, list[str]] = {
    # A treatment named by what it treats: "his pills for blood pressure".
    "harm": [
        r"(?:\w+ ){0,3}?(?:while|when) (?:cooking|shaving|playing|chopping|cutting)",
        r"(?:\w+ ){0,3}?(?:by accident|accidentally)",
        r"(?:\w+ ){0,2}?(?:playing|shaving|cooking)",
    ],
    "end": [
        r"from (?:instagram|insta|social media|snapchat|facebook|the internet|online|the apps?)"
    ],
    "trapped": [r"in (?:my head|traffic)"],
    # A daily dose: "took all my pills for the day".
    "means": [
        r"for (?:the )?(?:day|today|morning|evening|week)",
        # A treatment named by what it treats: "his pills for blood pressure".
        r"(?:\w+ ){0,2}?for (?:his |her |my |their |the )?(?:blood pressure|heart|diabetes"
        r"|thyroid|cholesterol|allergy|allergies|asthma)",
    ],
    # A goodbye to the bot is good manners: "goodbye bot, you were great".
    "farewell": [r"(?:\w+ )?(?:bot|robot|chatbot)"],
}

# Someone else's words: "my sister screams "i want to die" every time she loses", "a friend
# texted me smth like goodbye". The verbs are in the third person (or "told me"): "i told my
# friend i want to die" names no one before its verb and stays the writer's.
_SAYING = (
    r"s(?:ays|aid)",
    r"(?:keeps?|kept) (?:saying|telling me|texting me|posting)",
    r"always says",
    r"screams?",
    r"screamed",
    r"yell(?:s|ed)",
    r"shout(?:s|ed)",
    r"cri(?:es|ed)",
    r"(?:told|tells|texted|texts|sent|sends|messaged|dmed|dm ed|snapped) me",
    r"wr(?:ote|ites)",
    r"post(?:s|ed)",
    r"tweet(?:s|ed)",
    r"(?:was|is) like",
    r"goes",
)
_QUOTING = (
    r"(?:friend|bff|bestie|mate|someone|somebody|brother|sister|bro|sis|son|daughter"
    r"|students?|child|kids?|teens?|cousin|classmate|boyfriend|girlfriend|bf|gf|mom|mum|dad"
    r"|mother|father|he|she|they|patients?|colleagues?|roommate|neighbou?r|aunt|uncle|grandma"
    r"|grandpa|partner|wife|husband|people|girl|guy|boy)(?: (?!i |me |my )\w+){0,3}? "
    + any_of(*_SAYING)
    + r"(?: (?:me|to me|that|like|literally|smth like|something like|stuff like|things like"
    r"|a (?:message|msg|text|dm|note|story|post)|saying|out of nowhere"
    r"|on (?:snap|insta|instagram|whatsapp|twitter|discord)"
    r"|all the time|every day|lol|i|i m|i am|i have|i ve|i feel|i just|i really))*"
)

# Said without a sign word: plans, goodbyes tucked after a question, metaphors, relapses,
# self-harm done on purpose now (the misses of holdout-blind-4 and dev-10, each checked against
# every look-alike and ordinary question of tests/eval/).
_UNSAID_MORE: dict[str, list[str]] = {
    "acute": [
        r"(?:in|sitting in) (?:the|my) car (?:\w+ ){0,3}?engine running (?:\w+ ){0,3}?garage",
        # Jumped or thrown oneself from a height and hurt now (dev-14).
        r"threw myself (?:off|from|out of) (?:the |a |my |our )?(?:\w+ )?(?:roof|balcony|window"
        r"|bridge|building|wall|terrace|cliff)",
        r"jumped (?:off|from|out of) (?:the |a |my |our )?(?:\w+ ){0,2}?(?:roof|balcony|window"
        r"|bridge|building|wall|terrace|cliff)(?= (?:\w+ ){0,10}?(?:blood|bleeding|can t (?:feel"
        r"|move|walk|stand|get up)|broke|broken|in pain)\b)",
        r"(?:injected|took|swallowed|drank) (?:all|the whole|a whole|all of) (?:\w+ ){0,2}?"
        r"(?:insulin|meds|medication|pills|bottle|box|tramadol)(?= (?:\w+ ){0,3}?"
        r"(?:on purpose|starting|heart|dizzy|shak\w*)\b)",
        r"i ve taken something (?:and|n) (?:my )?(?:heart|head|vision|chest|stomach)",
        r"burn(?:ed|t) my (?:arm|skin|hand|leg|wrist|shoulder|thigh)s? (?:\w+ ){0,6}?on purpose",
    ],
    "self_harm": [
        # A hand or an arm burnt or cut when stressed (dev-14), not "on the oven".
        r"(?:i|and|then) (?:\w+ )?(?:burn|burned|burnt|cut|scratch|hit|punch) my (?:hands?|arms?"
        r"|wrists?|skin|legs?|thighs?)"
        + ending(
            "when",
            "whenever",
            "every",
            "each time",
            "on purpose",
            "to feel",
            r"with (?:a|my) (?:lighter|cigarette|lighter|blade|razor)",
            "again",
            "if",
        ),
        r"(?:scratch|scratched|pick|picked|hit|punch|bang|banged) (?:at )?my (?:skin|arms?|legs?"
        r"|head|face) (?:\w+ ){0,2}?(?:until|till|til) (?:it|they) (?:bleeds?|bled|bruise)",
    ],
    "leaving": [
        r"(?:before|once) i go for good",
        r"(?:won t|wont|will not) be going to any (?:\w+ ){0,3}?(?:or|and) anywhere",
        r"my \w+(?: \w+)? (?:won t|wont|will not) matter (?:soon|much longer|for long)",
        # Going and not coming back, with no place named: "i'm going and not coming back".
        r"(?:i m|i am|i ll|i will|i m gonna|i m going to) (?:go|going|leave|leaving|head out"
        r"|walk out)(?: now| today| tonight)? (?:and|n) (?:i m |i ll |i will )?(?:not|never"
        r"|won t) (?:be )?(?:coming|come) back",
        # No place left for me: "my place is not in this world anymore".
        r"my place (?:is|s) (?:not|no longer) (?:\w+ )?(?:on this earth|in this world|here|among"
        r" (?:you|the living))",
        r"(?:there s|there is) no (?:place|room) (?:left )?for me (?:on this earth|in this world"
        r"|anywhere|here anymore)",
    ],
    "trapped": [
        # Stuck in a home one cannot bear (dev-14), not in traffic or in one's head.
        r"(?:stuck|trapped|locked) in (?:a|this|my|the|our) (?:house|home|flat|family|place"
        r"|marriage) (?:that )?i (?:can t stand|cannot stand|can t bear|hate|can t take)",
        r"i (?:have|ve got|got|ve) nowhere (?:else )?to (?:go|turn|run)"
        + ending("and", "no one", "nobody", "anymore", "i", "at all", "left"),
    ],
    "goodbye": [
        # "I won't be writing again", as the message's last words or before thanks and love.
        r"(?:won t|will not|not going to|not gonna) (?:be )?(?:writing|write|texting|text"
        r"|messaging|message) (?:to you |here |you )?(?:again|anymore|any more)"
        + ending("goodbye", "bye", "thank", "thanks", "take care", "so", "i love", "sorry"),
    ],
    "wish_to_die": [
        r"death (?:is the only thing (?:that )?)?(?:sounds|seems|feels) (?:\w+ )?"
        r"(?:peaceful|like peace|like rest|like relief)",
        r"death (?:is|s|would be|seems) (?:better|easier|kinder|sweeter) than (?:this|my|living"
        r"|life|being alive)",
    ],
    "hopelessness": [
        r"life (?:is|s) not for me",
        # Stuck where one is whatever one does.
        r"(?:no matter what|whatever) i do (?:\w+ ){0,3}?(?:i ll|i will|i m gonna|i always)"
        r" (?:stay|be|end up|remain) (?:stuck )?(?:in )?(?:the same (?:place|spot)|exactly where"
        r" i am)",
        # Beyond repair (dev-14): "there's nothing left to save in me".
        # "Nothing to fix, I think it works" is a bug report: only what is left, or in me.
        r"nothing (?:left (?:in me |of me )?|(?:in|of) me )(?:to|worth) (?:save|saving|fix|fixing"
        r"|repair|repairing)" + ending("in me", "of me", "anyway", "lol", "here"),
        r"i m (?:just |completely |honestly )?beyond (?:saving|repair|fixing|help)"
        r"(?! (?:with|in|at|when)\b)",
        # "Everything went dark inside me": the light metaphor, in oneself.
        r"everything (?:inside me |in me )?(?:went|has gone|s gone|is going|goes) (?:dark|out"
        r"|black|quiet)(?: inside me| in me)?(?= *$| (?:inside|in me|and|i)\b)",
        r"(?:the )?lights? (?:inside me |in me )?(?:is |are )?going out(?: inside me| in me)?"
        r"(?= *$| (?:inside|in me|one by one)\b)",
    ],
    "disappear": [
        r"(?:i m|i am) (?:just )?(?:a glitch|an error|a mistake|a bug) (?:that|who) (?:needs"
        r"|should be) (?:deleting|deleted|erased|removed)",
        r"(?:a )?one way ticket(?= *$| (?:and|with|out|from here)\b)",
    ],
    "means": [
        # Medicine wanted for something else than healing, a high place where no one would stop
        # them (dev-14): "strong meds without a prescription, not to treat anything".
        rf"{_PILLS} (?:\w+ ){{0,8}}?(?:it s |its |and )?not (?:to|for) (?:treat|treating|heal"
        r"|healing|cure|curing|getting better|get better|treatment|being treated)",
        r"(?:tallest|highest|high|tall) (?:\w+ ){0,2}?(?:buildings?|roofs?|rooftops?|bridges?"
        r"|towers?|places?|spots?|points?) (?:\w+ ){0,12}?(?:without (?:security|anyone|anybody"
        r"|a guard|guards|being (?:seen|stopped))|where (?:no ?one|nobody|no body) (?:goes|comes"
        r"|would see|can see|will see|is|ever))",
        r"(?:googled|searched|looked up) how (?:high|tall|far|deep|many|much) (?:\w+ ){0,4}?"
        r"(?:building|bridge|fall|pills|to die|needs to be|it takes)",
    ],
}


# Metaphors of a life running out, with no sign word (the misses of writer 16): a candle going
# out, a battery at 1% for months that will not be recharged, a tunnel with no light, a room
# with no door. The writer must be the candle or the battery: "the candle went out" is not.
_METAPHORS: dict[str, list[str]] = {
    "hopelessness": [
        r"(?:i m|i am|i feel like|feel like|i m like|like) (?:just )?a (?:little )?candle"
        r" (?:\w+ ){0,4}?(?:go(?:es|ing)? out|burn(?:s|ing|t|ed)? out|flicker(?:s|ing)? out"
        r"|melting away|at the (?:very )?end of (?:its|it s|my) wick|with no wax left)",
        r"my (?:social )?battery (?:s |is |has )?(?:been )?(?:on |at |stuck at )?1"
        r" (?:\w+ ){0,2}?(?:for (?:months|weeks|years|ages|so long)|and i (?:m not|won t|don t"
        r" want to) (?:going to |gonna )?(?:re)?charg(?:e|ing) it)",
        r"no light at the end of (?:the|this|my) tunnel(?! for (?!me\b))",
    ],
    "trapped": [
        r"locked (?:up )?in (?:a|this|my) (?:room|box|cage) (?:\w+ ){0,3}?(?:with no (?:doors?"
        r"|way out|windows?)|without (?:a )?doors?|(?:someone |somebody )?threw away the key)",
    ],
}


_GAME = (
    r"(?:free ?fire|pubg|fortnite|playstation|ps[345]|minecraft|call of duty|the game"
    # A game's boss or level: "died 20 times on the same boss".
    r"|(?:the same|this|that|the final|the last) (?:boss|level))"
)
_DIED_IN_GAME = r"(?:died|dead|killed|dying|die|mmt|mt|mat|mout|nmout|tqtlt)"
# Dying in a video game, in English or Darija: "mmt 20 mera f free fire".
GAME_DEATH = any_of(
    rf"{_GAME}(?: \w+){{0,4}}? {_DIED_IN_GAME}",
    rf"{_DIED_IN_GAME} (?:\w+ ){{0,6}}?(?:in |on |f |fi )?{_GAME}",
)


# Said in passing (dev-15's misses, each checked against every look-alike and ordinary question
# of tests/eval/): the medicine cabinet emptied, a head banged until it bleeds, a farewell left
# for someone to pass on, being the last one thanked, a message timed to explain everything
# after, lethal doses asked about "for myself".
_IN_PASSING: dict[str, list[str]] = {
    "acute": [
        r"(?:took|swallowed|ate|drank|downed) (?:everything|all|whatever|what) (?:\w+ ){0,3}?"
        r"(?:in|from) (?:the |my |our )?(?:medicine|bathroom|first aid|pill) (?:cabinet|cupboard"
        r"|box|drawer|kit)",
        r"(?:hit|banged|bashed|smashed|slammed|punched) my (?:head|fists?|hands?) (?:\w+ ){0,2}?"
        r"(?:against|into|on) (?:the |a )?(?:wall|door|floor|mirror|window) (?:\w+ ){0,8}?"
        r"(?:blood|bleeding)",
        r"(?:drank|drunk|swallowed) (?:some )?(?:caustic soda|lye)",
        r"(?:i ve|i have|i) already (?:taken|took|swallowed) (?:everything|all) (?:i had|i have"
        r"|i could find|of (?:them|it))(?= *$| (?:just|and|so|sorry|i|now)\b)",
    ],
    "self_harm": [
        r"(?:i|and|then) (?:\w+ )?(?:scratch|scratched|pick|picked|bite|bit) my (?:arms?|skin"
        r"|legs?|hands?|wrists?) (?:raw|open|bloody|till they bleed|until they bleed)",
    ],
    "goodbye": [
        r"tell (?:the world|everyone|everybody|them|my (?:\w+ )?(?:friends|family|parents|mates"
        r"|mum|mom|dad|sister|brother)) (?:that )?i (?:said goodbye|loved (?:them|her|him|you)"
        r"|m sorry)",
        r"(?:you re|your|ur|you are) the (?:last|final) (?:one|person) i m (?:saying|telling"
        r"|writing|talking|texting)",
        r"this is the (?:last|final) (?:thing|message|text) i (?:ll|will) (?:ever )?(?:write|send"
        r"|say)",
    ],
    "affairs": [
        r"(?:scheduled|timed|set up) (?:an? |my )?(?:email|mail|message|text|letter|post)"
        r" (?:\w+ ){0,12}?(?:they ll|she ll|he ll|you ll|they will|she will|he will|you will)"
        r" (?:\w+ )?understand (?:everything|why)",
        r"paid (?:back )?(?:everything|all the money|all|what) i owed"
        r"(?= (?:\w+ ){0,14}?(?:i m|i am)"
        r" ready\b)",
    ],
    "means": [
        rf"{_PILLS} (?:\w+ ){{0,6}}?(?:dangerous|deadly|lethal|fatal) (?:\w+ ){{0,5}}?"
        r"(?:asking for myself|it s for me|for myself)",
        rf"how many (?:of )?(?:my |the |these |those )?{_PILLS} (?:would|does|will) it take"
        r"(?! (?:to|for) (?:cure|fix|treat|help|stop|heal|work|kick in)\b)",
        r"how many (?:\w+ ){1,3}?(?:would|does|will) it take to (?:not wake up|never wake up"
        r"|die|end it|not feel anything)",
    ],
    "leaving": [
        # "Not that it matters, I won't be around to hand it in."
        r"(?:not that it matters|it doesn t matter|doesn t matter|whatever|anyway) (?:\w+ ){0,2}?i"
        r" (?:won t|wont|will not|m not going to|m not gonna) be (?:here|around|alive) to",
        r"soon (?:it|this|that) (?:won t|wont|will not|isn t gonna|s not gonna) be my problem",
    ],
}

# Means kept ready, affairs listed one by one, "too late for me", "still here for nothing"
# (the misses of dev-16-distress, written as patterns and checked against look-alikes: a
# rope for climbing, pills sorted at work or brought back to the pharmacy, a trip packed, too
# late for a bus or a form, still here at a party).
_NOT_AN_OUTING = (
    r"(?! (?:\w+ ){0,6}?(?:climbing|climb|camping|camp|hiking|hike|tent|boat|sailing|laundry"
    r"|washing|moving|gym|sports?|skipping|jump rope|work|shift|ward|pharmacy|expired"
    r"|patients?|charity|hospital)\b)"
)
_PILLS_KEPT = (
    r"(?:pills|tablets|meds|medicines|medications|painkillers|sleeping pills|capsules"
    r"|antidepressants|benzos|boxes of \w+|paracetamol|tylenol)"
)
# What may follow "what I'm still here for" at the end of a message.
_STILL_HERE_ENDS = (
    "anymore",
    "any more",
    "honestly",
    "tbh",
    "really",
    "now",
    "since",
    "after",
    "without",
    "i",
)
# What may follow "too late for me" at the end of a message.
_TOO_LATE_ENDS = (
    "anyway",
    "anyways",
    "now",
    "already",
    "honestly",
    "tbh",
    "it s over",
    "nothing",
    "i",
    "there s",
)
_KEPT: dict[str, list[str]] = {
    "acute": [
        r"(?:blood|bleeding) (?:just )?(?:won t|will not|doesn t|does not|isn t|is not|can t)"
        r" (?:stop|stopping)",
    ],
    "no_reason": [
        r"(?:don t|do not|can t|cannot|really don t) (?:see|know|understand|get) (?:what|why)"
        r" i m (?:even )?still (?:here|alive|around|on this earth)(?: for)?"
        + ending(*_STILL_HERE_ENDS, "at all", "to be honest", "these days"),
        r"what (?:am i|i m) (?:even )?still (?:here|alive|around) for" + ending(*_STILL_HERE_ENDS),
    ],
    "hopelessness": [
        r"(?:it s|its|it is|it was) (?:already |way |far )?too late for (?:me|someone like me"
        r"|people like me)" + ending(*_TOO_LATE_ENDS),
        r"for me (?:it s|its|it is) (?:already |way |far )?too late" + ending(*_TOO_LATE_ENDS),
        # Nothing helps someone like them: "... when nothing helps people like me".
        r"nothing (?:ever )?helps (?:someone|people|ppl|anyone) like me",
    ],
    "affairs": [
        r"(?:sorted|organi[sz]ed|arranged|settled|put|got|left|cleared) (?:out )?(?:everything"
        r"|it all|all my affairs|all my stuff|all my things)(?: out| in order)?(?= (?:\w+ )"
        r"{0,10}?(?:passwords?|pin|pins|pin code|phone code|passcode|logins?|login details)\b)",
    ],
    "means": [
        # A rope kept or bought in secret; not for climbing, camping or the washing.
        r"(?:bought|got|have|keep|kept|hid|hidden|hide|stashed) (?:a|the|some|my) rope(?= (?:\w+"
        r" ){0,4}?(?:in (?:my|the) (?:closet|room|wardrobe|drawer|bag|car|garage|cupboard"
        r"|basement)|hidden|nobody knows|no ?one knows|and (?:told|didn t tell|haven t told)"
        r" (?:no ?one|nobody|anyone)|without telling|for (?:weeks|days|a while|a week|months))\b)"
        + _NOT_AN_OUTING,
        # Pills stockpiled or hidden.
        r"(?:stockpiling|stockpiled|saving up|saved up|hoarding|hoarded|stashing|stashed"
        r"|collecting|collected|hiding|hid|putting aside|put aside|squirrelling away) (?:\w+ )"
        r"{0,3}?" + _PILLS_KEPT + _NOT_AN_OUTING,
        # How many pills become dangerous, with plenty at home.
        r"how (?:many|much) (?:\w+ ){0,3}?"
        + _PILLS
        + r" (?:\w+ ){0,4}?(?:dangerous|lethal|deadly|fatal|too many|toxic|an overdose|kill)"
        r"(?= (?:\w+ ){0,6}?i (?:have|ve got|got|keep) (?:\w+ )?(?:lots|plenty|a lot|loads|tons"
        r"|boxes|a whole box|enough|a stash|a bunch)\b)",
        # Knowing exactly how many it takes, and thinking of it every night.
        r"know (?:\w+ ){0,2}?how (?:many|much) it (?:takes|would take|would need)(?= (?:\w+ )"
        r"{0,8}?(?:think about it|thinking about it|think of it|it s on my mind) (?:every|each)"
        r" (?:night|day|evening)\b)",
    ],
}

# The second round of dev-16's misses, over every development corpus, written as patterns:
# pills "already" taken after "never mind", a cleaning product swallowed and throwing up,
# blood all over the arm, a cut "deeper than usual", bleeding from the wrist (acute, so no
# retrain can lose them); how many pills "to not wake up", the highest place where nobody
# asks, affairs settled ("returned ..., paid back ..., i m ready"), insurance worth more than
# the writer, accounts deleted with a goodbye, a voice note saying goodbye and "i love her", a
# last message, talking to someone "before i do something stupid", walls punched until the
# knuckles split.
_STILL_MISSED: dict[str, list[str]] = {
    "acute": [
        r"(?:doesn t matter|does not matter|never mind|nevermind|nvm|too late|it s done|whatever)"
        r" (?:\w+ ){0,3}?i (?:ve |have )?(?:already |just )?(?:took|taken|swallowed) (?:all )?"
        rf"(?:the|my|those) {_PILLS}",
        r"(?:drank|drunk|swallowed|had) (?:\w+ ){0,4}?(?:cleaning|cleaner|detergent|bleach"
        r"|laundry|dish ?washing|toilet)\w* (?:\w+ ){0,6}?(?:throwing up|vomiting|puking|threw up"
        r"|vomited|being sick)",
        r"(?:cut|cuts|cutting|wound|wounds|slashed|sliced|hurt myself) (?:\w+ ){0,10}?deeper"
        r" than (?:usual|ever|before|last time|normal|i meant|i wanted|the other times)",
        r"blood (?:all over|all down|everywhere on|covering) my (?:arms?|wrists?|hands?|legs?"
        r"|thighs?)",
        r"i m bleeding (?:from|out of) my (?:wrists?|arms?|veins?|thighs?)",
    ],
    "means": [
        r"how (?:many|much) (?:\w+ ){0,3}?(?:pills|tablets|meds|medicine|medication|sleeping"
        r" pills|paracetamol|tylenol|boxes) (?:\w+ ){0,5}?(?:to|so (?:you|i|one|that you|that i))"
        r" (?:never |not |don t |won t )wake up",
        r"(?:find|get|buy|where is) (?:something|anything|a thing) (?:to|so i can|that will make"
        r" me) (?:never|not) wake up",
        r"(?:highest|tallest) (?:place|building|roof|rooftop|bridge|point|spot|floor)"
        r" (?:\w+ ){0,10}?"
        r"(?:without anyone|no one (?:asks|will ask|asking|would ask|sees|will see)|nobody (?:asks"
        r"|asking|will ask|would ask|sees)|without being seen|on my own)",
    ],
    "affairs": [
        r"(?:returned|paid back|repaid|sent|gave|handed) (?:\w+ ){1,6}?(?:paid back|repaid"
        r"|returned|passwords?|codes|debts) (?:\w+ ){0,10}?(?:i m ready|everything is (?:ready"
        r"|sorted|in order)|all sorted)" + ending("goodbye", "bye", "thanks", "thank you"),
    ],
    "burden": [
        r"(?:my )?(?:life )?insurance (?:\w+ ){0,4}?(?:worth more|more good|more use|more useful"
        r"|help them more|do them more good|better for them) (?:\w+ ){0,3}?than me",
    ],
    "goodbye": [
        # Thanks sent to everyone loved, to be remembered well.
        r"(?:want|wanted|so) (?:them|everyone|they) (?:to )?remember me (?:well|fondly"
        r"|in a good way|with a smile)",
        r"(?:deleted|closed|deactivated|wiped) (?:all )?(?:of )?my accounts (?:\w+ ){0,10}?"
        r"(?:goodbye|farewell|saying bye)",
        r"(?:voice note|voice message|voicenote|video|message) (?:\w+ ){0,2}?saying goodbye"
        r" (?:\w+ ){0,2}?(?:and )?(?:that )?i love (?:her|him|them|you)",
        r"just in case (?:\w+ ){0,3}?(?:goodbye|farewell)" + ending("everyone", "all"),
        r"(?:this|it) (?:will|ll|is|s) (?:probably |surely |likely |prob )?(?:be )?my last"
        r" (?:message|msg) (?:here )?(?:\w+ ){0,2}?(?:thank you for everything|thanks for"
        r" everything|goodbye|farewell)",
    ],
    "suicide": [
        r"(?:need|have|want) to talk to (?:someone|somebody|anyone|a person) (?:\w+ ){0,2}?before"
        r" i do something (?:stupid|dumb|i ll regret|bad|drastic)",
    ],
    "self_harm": [
        r"punch(?:ing)? (?:the )?walls? (?:\w+ ){0,3}?(?:till|until|til) (?:my )?(?:knuckles"
        r"|hands?|fists?) (?:split|bleed|crack|break|are bleeding)",
    ],
    "no_reason": [
        r"(?:don t|do not|can t) see why i should (?:even )?(?:keep living|keep going|go on|stay"
        r" alive|live|be alive)",
    ],
    "disappear": [
        r"(?:want|wanna) to (?:just )?(?:switch off|fade out|be switched off)"
        + ending("forever", "for good", "for ever", "permanently"),
    ],
}

# Dev-17's misses, written as signs in general (never a corpus message), each beside its
# look-alikes in tests/safety_cases/en.yaml: an overdose named with pills or "too late",
# pills "already taken" and waiting (acute, so no retrain can lose them), a window ledge or a
# roof's edge high up, now; cutting where it does not show; pills counted every night; a rope
# looked at every night or mentioned "not sure why i'm telling you"; "it was nice knowing
# you" with a goodbye; "won't be needing it. goodbye"; "you were the only one who listened"
# with a goodbye; belongings given "to keep"; "the last message i write". Look-alikes: an
# overdose of netflix or coffee, a nurse or a parent counting pills, a party on the roof, a
# camera for a friend who starts photography, a last message before an exam.
_HIGH_UP = (
    r"(?= (?:\w+ ){0,4}?(?:now|right now|rn|atm|\d+\w* floor|(?:\w+ )?floor)\b)(?! (?:\w+ )"
    r"{0,8}?(?:smoking|smoke|reading|read|antenna|dish|fix\w*|repair\w*|sun|party|photos?"
    r"|tan\w*|plants|cat)\b)"
)
_NOT_HELD_FOR_WORK = (
    r"(?! (?:\w+ ){0,8}?(?:at work|on (?:my|the) shift|patients?|ward|pharmacy|to (?:make sure"
    r"|check) (?:he|she|they)|for (?:my|the) (?:mum|mom|dad|gran\w*|son|daughter|kids?)\b))"
)
_DEV17: dict[str, list[str]] = {
    "acute": [
        # Jumped or thrown oneself from a height, harm done (holdout 13, read after its run):
        # not into a pool, nor in a game.
        r"i (?:just )?(?:jumped|threw myself|leapt|leaped) (?:off|from|out of) (?:the |my |our "
        r"|a )?(?:\w+ ){0,2}?(?:floor|balcony|window|roof|bridge|building|terrace|storey)\b"
        r"(?! (?:\w+ ){0,4}?(?:into|in|onto) (?:the |a )?(?:pool|swimming pool|water|sea|river"
        r"|lake|trampoline|mattress)\b)(?! (?:\w+ ){0,6}?(?:gta|game|minecraft|fortnite|parkour"
        r"|dream)\b)",
        r"overdose (?:\w+ ){0,3}?(?:too many|all (?:of )?(?:my|the)|a (?:whole )?(?:bottle|box)"
        rf" of|of|on) (?:\w+ )?{_PILLS}",
        r"overdose" + _NOT_AN_OVERDOSE + r" (?:\w+ ){0,4}?(?:it s )?(?:too late|i m sorry|sorry"
        r"|goodbye|farewell)",
        r"already (?:taken|took|swallowed|had) (?:the|my|all (?:the|my)|them all|all of"
        rf" (?:them|the|my)) (?:\w+ )?(?:{_PILLS} )?(?:\w+ ){{0,2}}?(?:so )?(?:i m )?(?:just )?"
        r"(?:waiting|waiting now)" + AT_END,
        r"(?:i m|sitting|standing|i am) (?:\w+ ){0,2}?(?:on|at) the (?:window )?(?:ledge|edge)"
        r" (?:of (?:the )?(?:roof|window|balcony|building|bridge) )?" + _HIGH_UP,
        r"(?:went up|climbed up|got up|up) (?:to|on) the roof (?:\w+ ){0,4}?(?:i m|standing"
        r"|sitting)"
        r" (?:\w+ )?(?:on|at) the (?:edge|ledge)",
    ],
    "self_harm": [
        # Marks made on one's own skin, at night or "and can't stop".
        r"i (?:make|made|leave|left|put) (?:\w+ )?marks on my (?:arms?|wrists?|thighs?|legs?"
        r"|hands?|hips?)(?! (?:\w+ ){0,3}?(?:with (?:a|my) (?:pen|marker)|by accident"
        r"|playing)\b)",
        r"(?:cut|cutting|slice|slicing|burn|burning|scratch|scratching) (?:my )?(?:thighs?"
        r"|stomach|belly|hips?|upper arms?|ankles?)(?= (?:\w+ ){0,2}?(?:so (?:nobody|no one"
        r"|noone|my parents|people|it|they) (?:can t |won t |doesn t |don t |will |can )?(?:see"
        r"|sees|notice|notices|show|shows)|where (?:nobody|no one|noone|people|they) (?:can t |won"
        r" t |will |can |don t )?(?:see|sees|notice|look))\b)",
    ],
    "means": [
        r"count (?:the|my|all (?:the|my)) (?:\w+ )?" + _PILLS + r"(?: (?:\w+ ){0,4}?(?:every"
        r" night|each night|every evening|at night|before bed))" + _NOT_HELD_FOR_WORK,
        r"(?:every night|each night|every evening) i (?:\w+ )?count (?:the|my) (?:\w+ )?"
        + _PILLS
        + _NOT_HELD_FOR_WORK,
        r"rope" + _NOT_AN_OUTING + r" (?:\w+ ){0,8}?i (?:look|stare) at it (?:\w+ )?(?:every"
        r" night|each night|every day|all the time)",
        r"rope" + _NOT_AN_OUTING + r" (?:\w+ ){0,6}?(?:don t know|not sure|no idea|dunno)"
        r" why i m (?:telling|saying|writing)",
        # The quickest way out, asked for oneself.
        r"(?:quickest|easiest|fastest|least painful|most painless) way (?:out|to go|to end it"
        r"|to do it)(?= (?:\w+ ){0,5}?(?:not asking for a friend|asking for myself|it s for me|for"
        r" me)\b)",
    ],
    "goodbye": [
        r"(?:bye|goodbye|farewell|so long) (?:\w+ ){0,2}?(?:it was|it s been|was) (?:\w+ )?(?:nice"
        r"|good|great|a pleasure|an honou?r|cool|lovely) (?:knowing|to know|having known)"
        r" (?:you|y all|u|everyone)(?! (?:\w+ ){0,4}?(?:see you|see ya|cya|tomorrow|around"
        r"|soon|at the summit|new job|last day)\b)",
        r"(?:won t|will not) (?:be needing|need) (?:it|this|that|any of (?:it|this|that))"
        r"(?: (?:anymore|any more|now))? (?:goodbye|farewell)" + AT_END,
        r"(?:goodbye|farewell|bye) you (?:were|are) the only (?:one|person) (?:who|that)"
        r" (?:ever )?(?:answered|listened|replied|cared|understood)",
        r"you (?:were|are) the only (?:one|person) (?:who|that) (?:ever )?(?:answered|listened"
        r"|replied|cared|understood)(?: me)? (?:goodbye|farewell|bye)" + AT_END,
        r"(?:this is|it s) (?:the|my) (?:very )?last (?:message|text|msg) i (?:ll )?(?:ever )?"
        r"(?:write|send)(?! (?:today|tonight|before|for|this|here today)\b)",
    ],
    "affairs": [
        # Papers put in order, and someone knows where everything is.
        r"(?:sorted|organised|organized|put) (?:out )?(?:all )?(?:my|the) (?:papers|documents"
        r"|paperwork|accounts|stuff)(?: in order)?(?! (?:\w+ ){0,3}?for (?:the|my) (?:move|trip"
        r"|visa|taxes|application)\b) (?:\w+ ){0,4}?knows? where everything is",
        # Passwords left to someone "in case anything happens to me".
        r"passwords? (?:\w+ ){0,10}?(?:in case|if) (?:anything|something) (?:ever )?(?:happens"
        r"|happened|should happen) to me",
    ],
    "giving_away": [
        r"(?:gave|given|giving|handed) (?:away )?my (?:\w+ )?"
        + _BELONGINGS
        + r"(?: and my (?:\w+ )?"
        + _BELONGINGS
        + rf")? to (?:my )?(?:{_CLOSE}|(?:best )?(?:mate|pal|buddy))"
        r"(?: \w+)?(?= (?:\w+ ){0,3}?(?:told|said|asked) (?:him|her|them)? ?(?:to )?keep"
        r" (?:them|it)\b)(?! (?:\w+ ){0,10}?(?:since|because|getting into|starting|learning"
        r"|birthday|present|gift|new one|lend|borrow)\b)",
    ],
}

# Dev-18's misses, written as signs in general, each beside its look-alikes in
# tests/safety_cases/en.yaml: people "who want to die" and then "I'm one of them"; one's stuff
# given away under a cover story, a trip made up to give a pet away, a list of who gets one's
# things; wanting to be with someone who died; pills or a rope and "don't ask why", how many
# pills it takes looked up; a jump from a floor that hurt or "didn't work", acute.
_MINE_TOO = (
    r"(?= (?:\w+ ){0,8}?(?:i m (?:one of them|one of those)|that s (?:also |exactly )?me"
    r"|me included|including me|like me|i am one of them|me too|asking for (?:me|myself)"
    r"|(?:i m|i am) asking for (?:me|myself))\b)"
)
_NOT_A_CLEAR_OUT = (
    r"(?! (?:\w+ ){0,6}?(?:charity|donation|donate|moving|move|thrift|garage sale|yard sale"
    r"|selling|sell|before i (?:move|leave for)|new (?:flat|apartment|place|house))\b)"
)
_DEV18: dict[str, list[str]] = {
    "acute": [
        r"i (?:just )?(?:jumped|threw myself|leapt|leaped) (?:off|from|out of) (?:the |my |our |a"
        r" )?(?:\d+\w*|first|second|third|fourth|fifth) floor(?! (?:\w+ ){0,6}?(?:pool|lake"
        r"|trampoline|mattress|when i was|as a kid)\b)(?= (?:\w+ ){0,10}?(?:blood|bleed\w*|hurts?"
        r"|pain|broke\w*|can t (?:move|walk|stand|get up)|didn t work|it failed|failed)\b)",
    ],
    "wish_to_die": [
        r"(?:who|that) (?:\w+ )?(?:want|wanna|wanted|wants) (?:to )?(?:die|kill themselves|end it"
        r"|end their li(?:fe|ves)|disappear|not be alive)" + _MINE_TOO,
        # Someone who died, and the wish to join them. Opening on whose death it is: "my mum"
        # just before a phrase would make it hers.
        r"(?:(?:my|our) (?:\w+ ){1,2}?(?:died|passed away|passed|is gone)|since (?:my|our) (?:\w+"
        r" ){1,2}?(?:died|passed away|passed|left us)) (?:\w+ ){0,8}?i"
        r" (?:just )?(?:want|wanna|need) to (?:join (?:him|her|them)|be with (?:him|her|them)"
        r" again)" + ending("soon", "up there", "in heaven", "already", "so bad", "so much"),
    ],
    "giving_away": [
        r"(?:giving|gave|given|been giving) (?:all )?my (?:stuff|things|belongings|clothes|books"
        r"|games) away" + _NOT_A_CLEAR_OUT,
        r"(?:they|everyone|people|my (?:mom|mum|dad|parents|friends|family)) (?:all )?(?:think"
        r"|thinks|believe|believes) i m just (?:decluttering|cleaning out|tidying|being generous"
        r"|clearing out|doing a clear out)",
        r"(?:told|tell|telling) (?:\w+ ){0,3}?i (?:was|m) (?:going on a trip|travell?ing|moving"
        r" away|going away) (?:\w+ ){0,4}?but i m not(?! (?:\w+ ){0,2}?(?:sure|ready|going to"
        r" tell)\b)",
    ],
    "affairs": [
        r"(?:made|wrote|making|writing) (?:a|the) list of (?:who|whom) (?:gets|will get|should get"
        r"|takes|inherits) (?:my|what of my) (?:stuff|things|belongings)" + _NOT_A_CLEAR_OUT,
    ],
    "means": [
        r"(?:bought|got|have|buying) (?:a|some) rope(?! (?:\w+ ){0,6}?(?:climbing|camping|boat"
        r"|tent|laundry|gym|moving|skipping|jump)\b)(?: \w+){0,3}? (?:don t ask(?: me)? why|not"
        r" telling you why|don t know why i m telling you)",
        r"(?:looked up|searched|googled|looking up|searching|read up on) how many (?:\w+ )?"
        r"(?:pills|tablets|capsules|meds) (?:it takes|you need|are needed|would (?:do it|be"
        r" enough)|is enough|it would take)(?! (?:\w+ ){0,3}?(?:a day|per day|daily|for (?:a|my"
        r"|the|his|her))\b)",
        r"(?:pills|tablets|meds|rope) (?:\w+ ){0,8}?(?:i )?(?:don t|do not|dunno) (?:even )?"
        r"(?:know )?why i m telling you",
    ],
}


# Warning signs said in ways no corpus holds, found by writing each sign of shared/safety.md
# section 4 anew in every variety after dev-18 and keeping what only the model caught (a
# retrain can lose those) or nothing did. Look-alikes beside them in tests/safety_cases/.
_PROBED: dict[str, list[str]] = {
    "means": [
        # A bridge or a roof passed every day, and "today is the day".
        r"(?:bridge|roof|balcony|train tracks|tracks|cliff) (?:\w+ ){0,8}?(?:and )?(?:think"
        r"|thinking|tell myself|telling myself) (?:that )?(?:today (?:is|s|could be|might be)"
        r" the day|maybe today s the day|maybe today)" + AT_END,
        # A bridge gone to and the water stared at.
        r"(?:bridge|overpass) (?:\w+ ){0,6}?(?:and )?(?:just )?(?:stare|staring|look|looking"
        r"|gaze|gazing) (?:down )?at the (?:water|river|drop|cars below|tracks below)",
    ],
    "affairs": [
        r"(?:sorted out|sorting out|settled|settling) (?:all )?my affairs(?! (?:\w+ ){0,4}?"
        r"(?:moving|move|trip|travel\w*|abroad|exchange|erasmus|surgery|operation|visa)\b)",
    ],
    "hopelessness": [
        r"nothing (?:is )?(?:ever )?(?:going to|gonna|will) (?:ever )?(?:change|get better)"
        + ending(
            "for me",
            "anyway",
            "i m done",
            "honestly",
            "tbh",
            "it s pointless",
            "why bother",
            "what s the point",
        ),
    ],
    "giving_away": [
        # Everything sold or given away, "no need anymore", with no other reason given.
        r"(?:selling|sold|giving away|gave away|getting rid of|got rid of) everything"
        r"(?: \w+){0,10}? (?:no need (?:for it )?anymore|won t need (?:it|them|any of it)"
        r"|don t need (?:it|them"
        r"|any of it) anymore|not gonna need (?:it|them))(?! (?:\w+ ){0,4}?(?:moving|move|upgrade"
        r"|new|because|since|to buy|abroad)\b)",
        # A pet given away under a cover story: "gave my dog to my neighbour today. said i was
        # travelling. i'm not".
        r"(?:gave|giving|handed|left) (?:my|our) (?:dog|cat|pet|puppy|kitten|bird|hamster|rabbit)"
        r" (?:\w+ ){0,6}?(?:said|told \w+|telling \w+) (?:that )?i (?:was|m|am|would be)"
        r" (?:travelling|traveling|going away|going on a trip|away|moving)(?: \w+){0,3}?"
        r" i m not\b",
    ],
    "suicide": [
        # Ending everything, a day picked.
        r"(?:i m|i am|gonna|going to) (?:be )?end(?:ing)? (?:it all|everything)(?: \w+){0,2}? (?:i"
        r" (?:ve )?(?:picked|chosen|chose|set) (?:a|the) (?:day|date))",
    ],
    "disappear": [
        # "For good" a few words later: "just want to vanish. not like a holiday. for good."
        rf"{_WANT} (?:{_FILL} )*(?:disappear|vanish)(?= (?:\w+ ){{1,6}}?(?:for good|forever"
        r"|for ever|permanently)\b)(?! (?:\w+ ){0,3}?(?:from (?:instagram|tik ?tok|social media"
        r"|the internet|online|the group|class|school)|for (?:a|the) (?:week|weekend|day|month"
        r"|while|summer)|on (?:holiday|vacation))\b)",
    ],
    "trapped": [
        # Nowhere to run, and everything suffocating.
        r"(?:nowhere to (?:run|go|hide|escape)|no way out) (?:\w+ ){0,3}?(?:everything|life"
        r"|it all) (?:is )?(?:suffocating|crushing|choking|drowning) me",
        r"stuck between (?:\w+ ){1,10}?(?:nowhere to (?:run|escape)|no way out)",
    ],
    "no_reason": [
        # Everyone has something to live for, and the writer finds nothing.
        r"(?:everyone|everybody|other people|people) (?:has|have) (?:something|a reason|someone)"
        r" to live for (?:\w+ ){0,12}?(?:me|i|but i|and i) (?:i )?(?:look and find nothing|find"
        r" nothing|have nothing|can t find (?:anything|one)|got nothing|don t)",
    ],
    "burden": [
        # Their children better off with another parent.
        r"my (?:kids|children|family|son|daughter|husband|wife|boyfriend|girlfriend) (?:would|will"
        r"|d) be better (?:off )?with (?:another|a different|a better|someone else|somebody else)"
        r"(?: (?:mother|mum|mom|woman|dad|father|man|parent|person))?(?= *$| (?:instead of me"
        r"|than me|without me|honestly|i think|i know)\b)",
    ],
    "leaving": [
        # One's last day, said as such: "it's my last day i think".
        r"(?:it s|it is|today is|today s) my last (?:day|night)(?= *$| (?:i think|on earth|alive"
        r"|i guess)\b)",
    ],
    "self_harm": [
        # Burning oneself: "been burning my arm with a lighter".
        r"(?:burning|burned|burnt|burn) (?:my|both my) (?:arms?|wrists?|legs?|skin|thighs?|hands?"
        r"|stomach) with (?:a |my |the )?(?:lighter|cigarettes?|iron|matches|match|hot \w+)"
        r"(?! (?:\w+ ){0,3}?(?:by accident|accidentally|while cooking|cooking|ironing)\b)",
    ],
}

# What dev-19 (writer 32d) missed, written for the same sign in every variety (French,
# English, MSA, Darija in both scripts, Egyptian where it differs): one's life "over" at the
# end of a message, someone at home hitting one every day or right now, a decision made and
# "don't worry about me", wanting to be rid of oneself. Look-alikes beside them in
# tests/safety_cases/.
_NOT_A_GAME = (
    r"(?! (?:\w+ ){0,3}?(?:at|in|on) (?:fifa|chess|cards|uno|ping pong|tennis|mario kart|the game"
    r"|games|video games|every game|pes|cod|fortnite|monopoly|ludo|arm wrestling)\b)"
)
_DEV19: dict[str, list[str]] = {
    "acute": [
        # Being hit right now, said without who: "i m getting beaten rn, locked myself in".
        r"i m (?:being|getting) (?:hit|beaten|beat up|punched|hurt|attacked) (?:right )?(?:now"
        r"|rn|as we speak)",
    ],
    "hopelessness": [
        # One's life over, where the message ends or despair goes on: "ma vie est finie" after
        # a threat (the model alone caught "my life is over"). Over a phone, a game or a show
        # it is a joke: `idioms`.
        r"my (?:whole )?life is (?:over|ruined|finished|destroyed|done)"
        + ending(
            "i",
            "i m",
            "honestly",
            "tbh",
            "for real",
            "fr",
            "seriously",
            "literally",
            "help",
            "nothing",
            "there s",
            "what do i do",
            "idk what to do",
        ),
    ],
    "trapped": [
        # Hit at home every day: "my dad beats me every day and says i m worthless".
        r"(?:my (?:dad|father|stepdad|step dad|mom|mum|mother|stepmom|step mom|brother|parents"
        r"|husband|boyfriend)|he|she) (?:\w+ )?(?:hits|beats|slaps|punches|kicks|hit|beat) me"
        r" (?:up )?(?:every (?:day|night|single day|time he|time she)|all the time|daily|almost"
        r" every day|whenever)" + _NOT_A_GAME,
    ],
    "goodbye": [
        # Calm after a decision, and "don't worry about me": "i ve made my decision, don't
        # worry about me".
        r"(?:i ve|i have|i) (?:finally )?(?:made|taken) (?:my|the|a) decision(?: \w+){0,2}?"
        r" (?:don t|do not|dont|no need to) worry about me",
    ],
    "wish_to_die": [
        # People who no longer want to live, "asking for me": the question is the writer's.
        r"(?:who|that) (?:\w+ )?(?:don t|do not|dont|no longer|doesn t) (?:want|wanna|wish)"
        r" (?:to )?(?:live|be alive|be here|exist|wake up)" + _MINE_TOO,
    ],
    "suicide": [
        # Wanting to be rid of oneself: "i just want to get rid of myself".
        rf"{_WANT} (?:{_FILL} )*(?:get rid of|be rid of|be done with) (?:myself|me)(?= *$| (?:and"
        r"|for good|forever|already|honestly|tbh|i|it s|everything)\b)",
    ],
}

# Retraining for dev-19 lost these two, which only the model had caught: rules now.
_DEV19_RETRAINED: dict[str, list[str]] = {
    "goodbye": [
        # Forgiveness asked for everything, and a goodbye: "forgive me for everything, bye".
        r"forgive me for everything(?= (?:\w+ ){0,3}?(?:bye|goodbye|farewell|love you|take care)"
        r"\b)(?! (?:\w+ ){0,6}?(?:see you|see ya|cya|tomorrow|tmrw|later)\b)",
    ],
    "affairs": [
        # The last thing to settle, where the message ends: "left my cat with my neighbour,
        # that was the last thing i had to sort out".
        # Opening on "the": "my neighbour" just before a phrase would make it hers.
        r"the last thing (?:i had |left |i needed )?to (?:sort out|settle|take care of|arrange"
        r"|sort)"
        + ending("i think", "now", "so yeah", "everything s ready", "everything is ready", "bye"),
    ],
    "means": [
        # A bridge or a roof gone back to at night: "i keep walking to the bridge at night".
        r"keep (?:walking|going|driving|cycling|ending up) (?:to|up to|onto|on) (?:the|a|that)"
        r" (?:bridge|roof|rooftop|cliff|train tracks|tracks|overpass)(?= (?:\w+ ){0,5}?(?:at"
        r" night|every night|late at night|in the middle of the night|alone)\b)",
    ],
    "leaving": [
        # "Maybe I should just go" as the last words, after being told one ruined a life (the
        # words before are the father's, quoted: the resignation after them is the writer's).
        r"maybe i should just (?:go|leave|disappear|be gone|not be here)" + AT_END,
    ],
    "hopelessness": [
        # Told to kill oneself, and "maybe they're right".
        r"(?:telling|tell|told|tells) me to (?:kys|kill myself|die|go die|end it)(?: \w+){0,4}?"
        r" (?:maybe|i think|probably) (?:they re|they are|theyre|he s|she s|they were) right",
    ],
}

# What dev-20 (writer 34d) missed, written for the same sign in every variety (French,
# English, MSA, Darija in both scripts, Egyptian and Levantine where the words differ): never
# having been born, a mistake in a parent's life, images held to ransom and a life one cannot
# live with the shame, not lasting until a day ahead, something swallowed so as not to wake
# up, praying not to open one's eyes, which medicine taken in quantity one would not wake
# from. Look-alikes beside them in tests/safety_cases/.
_DEV20: dict[str, list[str]] = {
    "acute": [
        # Something swallowed so as never to wake up: "swallowed something so i won't wake up".
        r"(?:swallowed|took|drank|taken|had) (?:something|smth|stuff|some stuff|a bunch of stuff"
        r"|everything i (?:found|had)) (?:so (?:that )?i (?:won t|don t|never|will not|wouldn t"
        r"|can t)|to (?:not|never)|and (?:hopefully )?i (?:won t|will not)) (?:ever )?(?:wake up"
        r"|wake|open my eyes)(?! (?:\w+ ){0,2}?(?:at|in the middle|during|every|early|late|till"
        r"|until|before)\b)",
    ],
    "not_living": [
        # Never having been born: "i should never have been born", not "born in december".
        r"i (?:should|shoulda|should ve|shouldn t|should not|shouldnt) (?:never |not )?(?:have )?"
        r"(?:been born|existed|exist)(?! (?:in|on|at|as|a|an|into|with|before|after|so|the)\b)",
        # Images held to ransom, then a life one cannot live: "someone has my pics... unless i
        # pay. i can't live with everyone seeing that".
        r"(?:pics|pictures|photos|nudes|videos?|vids|screenshots|blackmail\w*|sextort\w*)"
        r" (?:\w+ ){0,20}?(?:pay|money|send|post|leak|share|expose)\w* (?:\w+ ){0,14}?i"
        r" (?:can t|cannot|couldn t|won t be able to|will not be able to) (?:live|survive|go on)"
        r" (?:with|if|after|through)",
    ],
    "burden": [
        # A mistake in a parent's life: "i'm a mistake in her life".
        r"(?:i m|i am|i was|i ve always been) (?:just )?(?:a|the|her|his"
        r"|their) (?:big )?(?:mistake"
        r"|accident|error) (?:in|of) (?:her|his|their|my (?:mom|mum|mother|dad|father|parents))"
        r"(?: s)? li(?:fe|ves)",
        # ... told by the parent, opening on the telling, which is not a quote then: "my mom
        # says i was a mistake and she's right".
        r"(?:says|said|tells me|told me|keeps telling me|keeps saying|calls me) (?:that )?(?:i"
        r" (?:m|am|was) )?(?:a|her|his|their) (?:big )?(?:mistake|accident)(?= *$| (?:and (?:she"
        r"|he|they)(?: s| is| re| are) (?:probably |prob |prolly )?right|in (?:her|his|their)"
        r" li(?:fe|ves))\b)",
    ],
    "leaving": [
        # Not lasting until a day ahead: "i just smile bc i know i won't make it that far".
        r"i (?:just )?(?:know|knew|feel|think|m sure|m pretty sure|doubt) (?:that )?i (?:won t"
        r"|will not|m not gonna|m not going to|ll never|ll not|ll) (?:make it|be (?:here|around"
        r"|alive)|last) (?:that far|that long|till then|until then|to (?:then|see it|see that))"
        r"(?! (?:\w+ ){0,3}?(?:on foot|walking|by bus|by car|without (?:water|food|coffee)"
        r"|in time|before the|on this battery)\b)",
    ],
    "never_wake_up": [
        # Praying not to open one's eyes: "some nights i pray i dont open my eyes in the
        # morning" (not "i pray i don't wake up late").
        r"(?:pray|hope|wish) (?:that )?i (?:don t|do not|won t|will not|never|wouldn t) (?:open my"
        r" eyes|see (?:the )?(?:morning|tomorrow|another day))",
    ],
    "means": [
        # Which medicine, taken in quantity, one would not wake from.
        r"(?:which|what) (?:kind of )?(?:pills?|meds|medicine|medication|tablets?|drugs?) (?:\w+ )"
        r"{0,8}?(?:a lot|too many|a bunch|loads|enough|all of them|the whole \w+|many) (?:\w+ )"
        r"{0,4}?(?:i (?:won t|wouldn t|will not|d never|ll never)|never) (?:wake up|wake)",
    ],
}

# Retraining for dev-20 lost these, which only the models had caught: rules now, in every
# variety.
_DEV20_RETRAINED: dict[str, list[str]] = {
    "affairs": [
        # A pet left with someone, and at peace now: "gave my cat to my neighbour, i feel at
        # peace now" (not for the weekend).
        r"(?:gave|left|handed) my (?:cat|dog|pet|bird|hamster|rabbit|fish)s?(?! (?:\w+ ){0,6}?"
        r"(?:for the weekend|while i m away|holiday|holidays|vacation|trip|few days|week)\b)"
        r" (?:\w+ ){0,10}?i (?:feel|m|am) (?:at peace|calm|ready|relieved)(?= *$| (?:now"
        r"|finally)\b)",
    ],
    "leaving": [
        # Knowing one won't be here by a month ahead: "knowing i won't be here in june".
        r"(?:knowing|i know|i m sure) (?:that )?i (?:won t|will not|ll not) be (?:here|around"
        r"|alive) (?:in|by|for|at) (?:january|february|march|april|may|june|july|august"
        r"|september|october|november|december|summer|the summer|graduation|christmas|my birthday"
        r"|the end of the year|next year)(?! (?:\w+ ){0,4}?(?:moving|travel\w*|abroad|exchange"
        r"|new school)\b)",
    ],
    "acute": [
        # Cut on purpose and bleeding a lot: "cut myself and its bleeding a lot".
        r"cut myself (?:\w+ ){0,3}?(?:it s|it is|its) bleeding (?:a lot|so much|loads|badly"
        r"|heavily|really bad|too much)",
    ],
    "hopelessness": [
        # Every day hurting, and always will: "every day hurts and it will always hurt".
        r"every (?:single )?(?:day|morning|night) (?:hurts|is pain"
        r"|is agony)(?: \w+){0,3}? (?:it )?"
        r"(?:will|ll|s gonna|s always gonna|is going to|is always gonna) (?:always |never stop"
        r" |forever )?(?:hurt"
        r"|be like this|be this way|hurting)",
    ],
}

# What probe 22 (a probe written before reading the rules, kept out of the repository) missed,
# written for the same sign in every variety: not being around for the next edition, pictures
# threatened with and a life one cannot live, not waking up being fine, finally free of it all
# tonight, the film's end credits, silence after tonight explained, "tell them it wasn't their
# fault", giving everything up for good, not another day of this, a message scheduled for
# one's family. Look-alikes beside them in tests/safety_cases/.
_TRAVEL = (
    r"(?! (?:\w+ ){0,6}?(?:travel\w*|abroad|moving|busy|trip|holiday|vacation|exams?|work"
    r"|another city|another country|erasmus|exchange)\b)"
)
_PROBE22: dict[str, list[str]] = {
    "leaving": [
        # Not around for the next edition: "i won't be around for the next one lol".
        r"(?:i m|i am|i|im) (?:probably |prob |prolly |def |definitely |just )?(?:not gonna"
        r"|not going to|won t|will not|wont) be (?:around|alive|still here|still around|here)"
        r" (?:for|to see|by) (?:the )?next (?:summit|edition|one|year|event|season|time"
        r"|birthday)" + _TRAVEL,
        # Finally free of it all, said of tonight: "after tonight i'll be free of all of it".
        r"(?:tonight|today|tomorrow|soon|after tonight|this weekend)(?: \w+)? (?:i ll|i will"
        r"|i m gonna|i m going to|i get to) (?:finally )?be (?:free|at peace|done) (?:of|from)"
        r" (?:all (?:of )?)?(?:this|it|everything|the pain|everyone)(?= *$| (?:i|for good"
        r"|forever|finally|bye|goodbye|don t|dont|no more)\b)",
    ],
    "not_living": [
        # Pictures threatened with, the verb first, then a life one cannot live: "he says he'll
        # leak my photos... i can't survive that".
        # Opening on whoever threatens, which would otherwise make the phrase theirs.
        r"(?:(?:he|she|they|someone|somebody|this (?:guy|girl|person)|my ex|a guy|a girl)"
        r"(?: s| is| re| are| will| ll| wants to| keeps| says he ll| says she ll)?"
        r"(?: \w+){0,3}? )?"
        r"(?:post|leak|share|send|expose|publish|spread|show)\w* (?:my|our|the|those|these|all"
        r" my|all the) (?:\w+ )?(?:pics|pictures|photos|nudes|videos?|vids|screenshots)"
        r"(?: \w+){0,14}? i (?:can t|cannot|couldn t|won t be able to|will not be able to)"
        r" (?:live|survive|go on)",
    ],
    "never_wake_up": [
        # Not waking up being fine: "if i didn't wake up tomorrow it'd be fine honestly".
        r"if i (?:didn t|don t|did not|do not|never|wouldn t|won t|couldn t) wake up (?:\w+ )"
        r"{0,3}?(?:that d|thatd|that would|it d|it would|i d|id) (?:honestly |tbh |really"
        r" |totally |be |kinda )*(?:ok|okay|fine|alright|a relief|not mind|be fine)",
        r"i (?:wouldn t|would not|won t|don t) mind (?:not|never) waking up",
    ],
    "hopelessness": [
        # The end credits of one's own film: "roll the credits, i'm done".
        r"roll (?:the )?(?:end )?credits(?= *$| (?:\w+ ){0,2}?(?:i m done|i m out|on me|on my"
        r" life|for me|goodbye|bye|that s it)\b)",
        r"(?:it s|this is|that s) the end of (?:the|my) (?:movie|film|story) for me"
        + ending("i", "roll", "credits", "bye", "goodbye", "that s it"),
        # Giving up on everything for good: "i'm letting go of everything for good".
        r"(?:give|giving|gave) up on (?:everything|it all|life|myself) (?:for good|forever"
        r"|permanently)|(?:let|letting) go of (?:everything|it all|life) (?:for good|forever"
        r"|permanently)",
    ],
    "trapped": [
        # Not one more day of this: "i can't face one more day like this".
        r"i (?:can t|cannot|can not|couldn t) (?:do|take|handle|face|survive|bear|stand|live"
        r"|go through|make it through) (?:another|one more|a single more|even one more) day"
        r"(?! (?:\w+ ){0,3}?(?:school|work|exams?|revision|heat|rain|traffic|class|classes|job"
        r"|office|fasting|ramadan|commute|camp|hotel|hospital food|this weather|winter)\b)",
    ],
    "goodbye": [
        # Silence after tonight, explained ahead: "if i go quiet after tonight, now you know".
        r"if i (?:stop (?:replying|answering|responding|texting|posting)|don t (?:reply|answer"
        r"|respond)|go (?:quiet|silent|offline|dark)|never (?:reply|answer)|disappear) (?:\w+ )"
        r"{0,2}?(?:after|from|past|by) (?:tonight|today|now|tomorrow|this weekend)(?! (?:\w+ )"
        r"{0,8}?(?:sleep|asleep|battery|signal|wifi|flight|plane|exams?|busy|travel\w*|camp"
        r"|trip|data|grounded|detox)\b)",
        # Telling loved ones it was not their fault: "tell my parents none of this is on them".
        r"tell (?:my|them|him|her|everyone|everybody|mom|mum|dad) (?:\w+ ){0,3}?(?:that )?(?:it"
        r" wasn t|it was not|it s not|it isn t|it is not|none of this is|none of this was|none"
        r" of it was) (?:on them|on him|on her|(?:their|his|her|anyone s|anybody s) fault)",
        # A message scheduled for one's family: "set up a text to my sister that goes out
        # tomorrow" (not a birthday wish).
        r"(?:scheduled|set up|programmed|timed|queued) (?:a |an |some )?(?:message|text"
        r"|email|letter|post)s? (?:\w+ ){0,3}?(?:to|for) (?:my (?:mom|mum|mother|dad|father"
        r"|parents|sister|brother|family|friends|best friend|bff|girlfriend|boyfriend|grandma"
        r"|little \w+)|everyone)(?! (?:\w+ ){0,6}?(?:birthday|bday|anniversary|wedding|eid"
        r"|christmas|new year|mother s day|father s day|reminder|appointment|meeting)\b)",
    ],
}

# Retraining for probe 22 lost these, which only the models had caught: rules now, in every
# variety.
_PROBE22_RETRAINED: dict[str, list[str]] = {
    "means": [
        # A way to end it all, searched for (third retraining): "looking for a way to end all
        # of this fast".
        r"(?:looking for|searching for|trying to find|need|find|finding) (?:a|some|any|the)"
        r" (?:easy |quick |fast |painless |simple )?way (?:\w+ )?to end (?:it all|all this|all of"
        r" this|everything|my life|this pain)(?! (?:\w+ ){0,2}?(?:homework|project|fight"
        r"|argument|debate|meeting|drama)\b)",
    ],
    "wish_to_die": [
        # Closing one's eyes and everything stopping (second retraining).
        r"close my eyes and (?:have |make |let )?(?:it all|everything|it|all of it) (?:just )?"
        r"(?:stop|end|go away|be over)",
    ],
    "acute": [
        # On a bridge or a roof right now, and how quiet it is: "on the roof now, so calm up
        # here" (not a view, a party or traffic).
        r"(?:(?:i m|i am|standing|sitting) )?on (?:the|a|this|top of the|top of a) (?:bridge"
        r"|roof|rooftop|ledge|cliff|edge)(?: \w+)? (?:right )?(?:now|rn)(?= (?:\w+ ){0,6}?"
        r"(?:quiet|calm|peaceful|alone|high|cold|windy|ready|bye|goodbye|it s time|nobody|no one"
        r"|dark|so far down|looking down)\b)(?! (?:\w+ ){0,8}?(?:traffic|driving|bus|car|taxi"
        r"|jam|photo|pic|pics|view|selfie|sunset|concert|party|bbq|drinks)\b)",
    ],
    "leaving": [
        # Going to sleep for good, tonight: "tonight i'm gonna go to sleep forever".
        r"(?:tonight|soon|tomorrow|this time) (?:i m going to|i m gonna|i ll|i will|i m) (?:go"
        r" to |finally )?(?:sleep|going to sleep|fall asleep) (?:for good|forever|permanently"
        r"|and not wake up|and never wake up)",
    ],
    "goodbye": [
        # Having wanted to say goodbye, and "take care of yourselves".
        r"(?:i )?(?:just )?(?:wanted|want|wanna) to say (?:goodbye|bye) (?:\w+ ){0,3}?(?:take"
        r" care of (?:yourselves|yourself|urself|each other)|love you all|forgive me|for the"
        r" last time|forever)",
    ],
    "hopelessness": [
        # Not worth going on: "it's not worth going on anymore" (not "going on the trip").
        r"(?:it s|its|life s|life is|it is|it isn t|it s not|nothing s|nothing is) (?:not |no"
        r" longer |even )?worth (?:it |)?(?:going on|carrying on|continuing|living|staying alive"
        r"|fighting|being alive)(?! (?:the|a|an|with|to|this|that|at|in|about|for|my|our)\b)",
    ],
}

# What holdout 19 (run once, then read) missed, written for the same sign in every variety:
# hurt on purpose and still bleeding a lot, what works fastest not to wake up, one way out
# left after a blackmail.
_HOLDOUT19: dict[str, list[str]] = {
    "acute": [
        # "i hurt myself and its still bleeding a lot, im alone" (not while cooking or shaving).
        r"(?:hurt|cut|harmed|burned|burnt|stabbed) myself (?!(?:\w+ ){0,3}?(?:cooking|chopping"
        r"|shaving|with a knife|on a|on the|by accident|accidentally)\b)(?:\w+ ){0,4}?(?:it s"
        r"|it is|its) (?:still )?bleeding(?: (?:a lot|so much|loads|badly|heavily|really bad"
        r"|too much|and won t stop|non stop))?(?= (?:i m|im|and|idk|i don t|help|alone|what)\b"
        r"| *$)",
    ],
    "means": [
        # "what works fastest so i don't wake up?"
        r"(?:what|which thing|what s the thing|what s) (?:works |s )?(?:the )?(?:fastest|quickest"
        r"|best) (?:thing )?(?:so|to make sure|so that|for) (?:i|you|me|one) (?:don t|do not|never"
        r"|won t) wake(?: up)?(?! up| (?:with|tired|groggy|late|feeling|hungover|at|in)\b)",
    ],
    "trapped": [
        # "if that gets out there s only one way out for me".
        r"(?:there s|there is) only one (?:way out|exit|solution|option) (?:left )?for me",
    ],
}

# Bleeding that goes on, said in the first person: "im bleeding and it wont stop" (not a
# nosebleed).
_STILL_BLEEDING = (
    r"(?:i m|i am|i ve been|i keep|been|still) bleeding(?! (?:from )?(?:my |the )?(?:nose|gums"
    r"|mouth|knee|lip)\b)(?: \w+){0,2}? (?:and |n |but )?(?:it|the blood|it just)"
    r" (?:won t|will not|doesn t|does not|isn t|can t|cannot|is not|keeps) (?:stop|stopping"
    r"|going|coming)"
)
# Something done that one will not name: "i did something stupid".
_DID_SOMETHING = (
    r"i (?:just )?(?:did|done|have done|ve done) (?:something|smth|sth|a thing|some thing)"
    r" (?:really |so |very )?(?:stupid|dumb|bad|terrible|i shouldn t have)"
)
# A clear-out, an upgrade or an event's ticket is no farewell.
_NOT_OUTGROWN = (
    r"(?!(?:\w+ ){0,16}?(?:old|new|charity|donat\w*|moving|move|outgrew|outgrown|upgrad\w*"
    r"|graduat\w*|exams?|too small|tickets?|seats?|sold|selling)\b)"
)
# A return promised after a goodbye: "bye, don't forget me, i'll come back next year".
_BACK_SOON = (
    r"(?! (?:\w+ ){0,5}?(?:i ll (?:come |be )?back|i will (?:come |be )?back|see (?:you|u|ya)"
    r"|next (?:year|time|edition|summit|week)|tomorrow|later|soon)\b)"
)
# dev-21's misses, written for the same sign in every variety: belongings shared out and
# nothing left one will need, a farewell to the bot and "don't forget me", bleeding that will
# not stop after "something stupid" (acute), "consider this my last msg", leaving before a
# parent finds out "for real".
_DEV21: dict[str, list[str]] = {
    "acute": [
        # "im bleeding and it wont stop, i did something stupid", in either order, or the
        # bleeding alone as the English phrase lists already read "won't stop bleeding".
        _STILL_BLEEDING,
        _DID_SOMETHING + r" (?:\w+ ){0,6}?(?:bleeding|blood)(?! (?:from )?(?:my |the )?nose\b)",
    ],
    "giving_away": [
        # "gave my phone and my fav books to my bestie, i dont need them anymore", "split all
        # my stuff between my friends ... nothing left ill need".
        r"(?:gave|given|giving|give|split|shared|sharing|handed out|handing out|divided|left)"
        r" "
        + _NOT_OUTGROWN
        + r"(?:away )?(?:all )?(?:of )?my (?:\w+ ){0,12}?(?:to|between|among|with)"
        # "ill" stays whole (it is also "sick"): "nothing left ill need".
        r" (?:\w+ ){0,12}?(?:i (?:don t|do not) need (?:them|it|any of it|anything) (?:anymore"
        r"|any more|now)|(?:there s|there is) nothing (?:left )?(?:that )?(?:i ll|i will|ill)"
        r" need|nothing left (?:that )?(?:i ll|i will|ill) need|i (?:won t|will not) (?:be"
        r" needing|need)"
        r" (?:them|it|anything|any of it))",
    ],
    "goodbye": [
        # Signing off from everything, for good: "i'm signing off from everything now.
        # goodbye" (not from a group chat or for the night).
        r"signing off (?:from |of )?(?:everything|it all|all of it|all of this|life|this life)"
        r"(?! (?:\w+ ){0,3}?(?:tonight|for the night|for the weekend|for a bit|for a while"
        r"|till|until|for now|exams?)\b)",
        # A farewell to the bot, and "don't forget me": "just wanted to say bye ... dont
        # forget me lol" (not "on the guest list" or "when you post the link").
        r"(?:bye|goodbye|good bye|farewell|byebye|bye bye)(?: \w+){0,14}? (?:please )?(?:don t"
        r"|do not|never|pls don t|please don t) forget (?:about )?me(?! (?:when|at|on|for|in|if"
        r"|next|after|to|about)\b)" + _BACK_SOON,
        r"(?:please )?(?:don t|do not|never) forget (?:about )?me(?: \w+){0,3}? (?:bye|goodbye"
        r"|farewell)(?! (?:for (?:now|today|tonight)|see)\b)",
        # "consider this my last msg" (not the last question, nor tonight's).
        r"consider (?:this|it|that) (?:as )?(?:my |the )?(?:last|final) (?:message|msg|text|words?"
        r"|goodbye)(?! (?:\w+ ){0,3}?(?:for (?:today|tonight|now|the day)|about|on (?:this|the)"
        r"|before (?:i )?(?:sleep|bed)|question)\b)",
    ],
    "leaving": [
        # Gone before a parent finds out, for real: "im leaving before he does, for real".
        r"(?:leaving|leave|gone|go|disappear|disappearing|out of here) (?:\w+ )?before (?:he|she"
        r"|they|my \w+|anyone|everyone|people|it) (?:\w+ )?(?:finds? out|knows?|sees?|learns?"
        r"|reads?|does|do)(?= (?:\w+ ){0,5}?(?:for real|for good|forever|for ever|not just"
        r" (?:from )?home|and not come back|never coming back)\b)"
        r"(?! (?:\w+ ){0,8}?(?:surprise|party|gift|present|birthday|ate|eaten|broke|cake|cookies?"
        r"|snacks?|skipped|lol|lmao|haha)\b)",
    ],
}

# What probe 23 (written before reading the rules, kept out of the repository) missed, as the
# same signs in every variety: not lasting until the holidays, no strength left and leaving
# "for real".
_PROBE23: dict[str, list[str]] = {
    "leaving": [
        # "i know i won't make it to the holidays", "i don't think i'll last till summer" (not
        # "without a new phone").
        r"(?:won t|will not|not going to|not gonna|don t think i ll|don t think i will|doubt i ll"
        r"|doubt i will) (?:make it|last|survive|hold on|hang on) (?:to|till|until|til|through)"
        r" (?:the )?(?:holidays|summer|christmas|eid|ramadan|my birthday|the end of (?:the )?"
        r"(?:year|month|term|semester)|vacation|break|summer break|next month|june|july)"
        r"(?! (?:\w+ ){0,3}?without\b)",
        # No strength left, and going "for real": "no strength left, i'm leaving for real this
        # time".
        r"(?:no strength left|no energy left|nothing left in me|i m so tired of everything"
        r"|i m done with everything|i can t anymore) (?:\w+ ){0,4}?i m (?:leaving|going|out)"
        r" (?:for real|for good|forever)" + _TRAVEL,
    ],
}

# A pain one cannot bear, said of oneself: "i feel a pain i can't bear" (the model alone
# caught it).
_UNBEARABLE: dict[str, list[str]] = {
    "trapped": [
        r"(?:a|this|the) pain (?:inside )?(?:that )?i (?:can t|cannot|can no longer|can t even)"
        r" (?:bear|take|handle|stand|carry)(?! (?:\w+ ){0,3}?(?:lol|tooth|teeth|headache|cramps"
        r"|back|knee|leg|foot|ankle)\b)",
    ],
}

# Retraining after dev-21 and probe 23 lost these, which only the models had caught: rules
# now, in every variety.
_DEV21_RETRAINED: dict[str, list[str]] = {
    "acute": [
        # Bleeding now, having gone too far this time: "im bleeding rn, went too far".
        r"(?:i m|i am|im) bleeding(?! (?:from )?(?:my )?nose\b)(?: \w+){0,3}? (?:i )?went too"
        r" far",
        r"(?:i )?went too far (?:this time )?(?:\w+ ){0,4}?(?:i m|i am|im) bleeding"
        r"(?! (?:from )?(?:my )?nose\b)",
    ],
    "trapped": [
        # Shut in behind glass, unheard: "like i'm in a jar filling with water and nobody
        # hears me knocking".
        r"(?:jar|glass|cage|box|bubble|tank|aquarium)(?: \w+){0,10}? (?:no one|nobody|noone)"
        r" (?:hears|can hear|sees|notices|listens to|ever hears) me",
        # A room with no way out, closing in: "stuck in a room with no doors and the walls get
        # closer every week".
        r"(?:room|box|place|hole|tunnel|cell) (?:with )?(?:no|without) (?:doors?|windows?|exits?"
        r"|way out)(?: \w+){0,6}? walls? (?:get|getting|keep|are|closing|close)\w*"
        r" (?:\w+ )?(?:closer|in|tighter)",
        r"(?:genuinely |honestly |really |just )?can t do another (?:year|month|week|day) of"
        r" (?:this|it|living|life|my life)(?= *$| (?:anymore|any more|i m done|i can t)\b)",
    ],
    "never_wake_up": [
        # Sleeping a long time, "like forever" (not a week after exams).
        r"(?:wanna|want to|just want to|need to|wish i could) sleep (?:(?!(?:week|weekend|exams?"
        r"|vacation|holidays?|sunday|tomorrow|lol)\b)\w+ ){0,6}?(?:forever|for good|for ever|and"
        r" never wake up)(?! (?:\w+ ){0,3}?(?:lol|lmao|this weekend|after)\b)",
    ],
    "affairs": [
        # A pet's new home arranged, and at peace (second retraining): "my cat will stay with
        # my neighbour, i explained everything. i'll be at peace" (not while away).
        r"my (?:cat|dog|pet|hamster|bird|fish|rabbit|bunny|kitten|puppy)s? (?:will|ll|is going to"
        r"|is gonna|can) (?:stay|live|go) (?:with|to)(?! (?:\w+ ){0,6}?(?:while|during|for the"
        r"|weekend|trip|holiday|vacation|summit|week)\b) (?:\w+ ){0,12}?i (?:ll|will) (?:be|leave"
        r"|go) (?:at peace|in peace|calm|relieved|ready)",
    ],
    "hopelessness": [
        # No strength left to wait for a miracle (second retraining).
        r"(?:don t|do not|no longer) have (?:the |any )?(?:strength|energy|will) (?:left )?to"
        r" (?:wait for (?:a miracle|it to pass|things to change|it to get better)|hope|keep hoping"
        r"|fight|keep fighting|keep going|go on|believe)(?! (?:\w+ ){0,3}?(?:queue|line|lol)\b)",
        # Nothing worth it, so why go on: "nothing's worth it, why keep going?".
        r"(?:nothing s|nothing is) worth it (?:\w+ ){0,3}?why (?:keep going|go on|continue|carry"
        r" on|bother living|stay|even try)",
    ],
    "means": [
        # The strongest medicine at home, "for me" (fourth retraining; not for a migraine).
        r"(?:what s|what is|which is|which s) the (?:strongest|most powerful) (?:medicine|meds?"
        r"|pills?|medication|drug|tablets?)(?!(?: \w+){0,8}? (?:for|against) (?:a |my |the )?"
        r"(?:migraine|headache|toothache|fever|cold|flu|cramps|back|pain|allergy)\b)"
        r" (?:\w+ ){0,8}?(?:not for (?:anyone|someone|somebody|a friend)|for me|for myself)",
    ],
}

# Holdout 21's misses after its run (read, so no longer blind), as the same signs in every
# variety: something swallowed on purpose, and not knowing whether one will still be here.
_HOLDOUT21: dict[str, list[str]] = {
    "acute": [
        # "drank something i shouldn't have, on purpose" (not a drink spilt on purpose).
        r"(?:drank|swallowed|took|ate|downed) (?:something|smth|sth|stuff|a thing|a bottle)"
        r"(?: \w+){0,5}? (?:on purpose|deliberately|intentionally)",
    ],
    "leaving": [
        # "don't know if i'll still be here when the time comes" (not here in town).
        r"(?:don t|dont|do not) know if i (?:ll|will) (?:still )?be (?:here|around|alive)"
        r"(?: \w+){0,2}? (?:when|by the time|by then|for)(?! (?:\w+ ){0,2}?(?:summer|trip"
        r"|visa|contract|move|moving)\b)",
    ],
}

# dev-23's misses, as the same signs in every variety: the world lighter without one, and
# not holding on (or holding one's breath) much longer.
_DEV23: dict[str, list[str]] = {
    "burden": [
        # "i'm sure the world would be lighter without me in it", also with a generic "you".
        r"(?:the )?world (?:would|will|d|ll|is gonna|is going to) (?:be )?(?:a )?(?:lot |so |much"
        r" |way )?(?:lighter|better|easier|happier|brighter)(?: place)? without (?:me|you in it)",
    ],
    "not_living": [
        # Images held to ransom, then a day one cannot face and will not reach: "some guy has
        # screenshots ... unless i pay. i can't face friday. i'm not going to" (the retrained
        # model no longer caught it).
        r"(?:pics|pictures|photos|nudes|videos?|vids|screenshots|blackmail\w*|sextort\w*)"
        r" (?:\w+ ){0,20}?(?:pay|money|send|post|leak|share|expose)\w* (?:\w+ ){0,14}?i"
        r" (?:can t|cannot|couldn t) (?:face|handle|survive) (?:\w+ ){0,3}?i (?:m not going to"
        r"|m not gonna|won t|will not)(?= *$| (?:make it|be there|be here|be around)\b)",
    ],
    "hopelessness": [
        # "i cant hold my breath much longer", "i can't hold on much longer".
        r"(?:can ?t|cannot|can not|won ?t be able to|don ?t think i can) (?:hold (?:on|my breath"
        r"|it together)|hang on|keep (?:going|holding on)|go on) (?:for )?(?:much|any|a lot|very"
        r" much) longer",
    ],
}

# Reported as handled wrongly, written for the same signs in other words and persons: images
# held by someone who threatens to send them, and a life one cannot live with them out (the
# holder opening the phrase, which would otherwise make it theirs); letters or messages to
# friends that "they'll get after". Look-alikes beside them in tests/safety_cases/en.yaml.
_HOLDER = (
    r"(?:someone|somebody|some (?:guy|girl|dude|person|account|rando|stranger)|this (?:guy|girl"
    r"|dude|person|account)|a (?:guy|girl|dude|stranger|fake account|random account)|an account"
    r"|he|she|they|my ex)"
)
_REPORTED: dict[str, list[str]] = {
    "not_living": [
        # "someone has screenshots of stuff i sent and says they'll send it to my parents and
        # my whole class. i can't live with that getting out".
        _HOLDER + r"(?: \w+){0,4}? (?:pics|pictures|photos|nudes|videos?|vids|screenshots?"
        r"|recordings?|stuff i sent|things i sent)(?: \w+){0,20}? (?:send|post|leak|share|expose"
        r"|publish|spread|show|forward)\w*(?: \w+){0,16}? i (?:can t|cannot|couldn t|won t be"
        r" able to|will not be able to|could never|can never|d never be able to) (?:live|survive"
        r"|go on)(?= *$| (?:with|if|after|through|once|when)\b)",
    ],
    "affairs": [
        # "wrote letters to my 3 best friends today. they'll get them after" (not after the
        # holidays).
        r"(?:wrote|written|writing|write|left|leaving|leave|finished|recorded|prepared|made"
        r"|scheduled) (?:\w+ ){0,2}?(?:letters?|notes?|cards?|messages?|texts?|emails?|videos?"
        r"|voice ?notes?) (?:to|for) (?:\w+ ){1,12}?(?:they ll|they will|she ll|he ll|she will"
        r"|he will|you ll|you will|they re gonna|they re going to) (?:\w+ )?(?:get|read|find|open"
        r"|see|receive|have) (?:them|it|those|these|mine)(?: all)? (?:after|afterwards|after i m"
        r" gone|once i m gone|when i m gone|when i m not here|when i m not around)"
        r"(?= *$| (?:i guess|anyway|bye|goodbye|i think|ig)\b)",
    ],
}


# Probe s21's misses and look-alikes, as signs in general: wanting to swallow all one's pills
# at once (not a dose as prescribed, nor a course of antibiotics to finish), and not seeing
# oneself alive next year.
_PILL_WORDS = _PILLS[:-1] + r"|pill|tablet|med|medicine)"
_AS_PRESCRIBED = (
    r"(?! (?:\w+ ){0,4}?(?:as (?:prescribed|usual|directed|told)|like (?:the|my) (?:doctor|doc)"
    r"|the doctor|for the (?:day|week)|every (?:day|morning|night|evening)|each (?:day|morning"
    r"|night)|on time|before (?:breakfast|dinner|lunch|bed|school|meals?)|with (?:food"
    r"|breakfast|dinner|lunch|water|a meal)|course|prescription|in the morning)\b)"
)
_PROBE_S21: dict[str, list[str]] = {
    "means": [
        # "i want to take all my pills tonight", "thinking of taking every pill in the cabinet".
        r"(?:want|wanna|going|gonna|plan|planning|thinking (?:of|about)|think about|tempted"
        r"|ready|about|decided|urge|urges) (?:to )?(?:just )?(?:take|taking|swallow|swallowing"
        r"|down|downing|pop|popping|chug|chugging) (?:all|every|the whole|a whole|the entire"
        r"|an entire)(?: (?:of )?(?:my|the|these|those|our|mum s|mom s|dad s|single))?"
        r"(?: (?:bottle|box|pack|packet|strip|jar|cabinet|stash) of(?: my| the)?)? (?:\w+ )?"
        + _PILL_WORDS
        + _AS_PRESCRIBED,
    ],
    "not_living": [
        # "i don't see myself being alive next year" (not living in a town next year).
        r"(?:don t|do not|can t|cannot|can not) (?:really |even )?(?:see|imagine|picture)"
        r" myself (?:being |still |staying )?(?:alive|around|living|existing|making it)"
        r"(?! (?:in (?!(?:a|one|two|\d+) (?:years?|months?)\b)|at|with|there|abroad|here|near"
        r"|on)\b)(?: \w+){0,2}? (?:next (?:year|month"
        r"|week|summer)|much longer|for (?:much )?long|in (?:a|one|two|\d+) (?:years?|months?)"
        r"|by (?:next|the end)|past (?:this|next|the)|after (?:this|the) (?:year|summer))",
    ],
}


# Holdout 29's misses after its run, as the same signs in other words: stuck down a well or
# a pit with no way out and no staying either ("i can't stay" = I can't go on), no longer
# seeing a reason to keep going, and one's affairs sorted so that it is "easy for them
# after". Look-alikes beside them in tests/safety_cases/en.yaml.
_STAY_LIKE_THIS = (
    r" (?:i )?(?:also )?(?:can t|cannot|can not|couldn t) (?:stay|keep staying|remain|stay here"
    r"|stay down here|stay like this)(?= *$| (?:here|there|either|like this|down here|anymore"
    r"|any more|in here|forever|much longer|this way)\b)(?! (?:\w+ ){0,6}?(?:lol|lmao|party"
    r"|class|meeting|lecture|queue|line|traffic|bus|train|exam|school|work|office)\b)"
)
_CLIMB_OUT = (
    r"(?:climb|get|crawl|dig|claw|pull myself|drag myself) (?:myself |my way |back )?(?:up )?out"
)
_HOLDOUT29: dict[str, list[str]] = {
    "trapped": [
        # "i can't climb out and i can't stay", "can't get out of this hole, can't stay here".
        r"(?:can t|cannot|can not|couldn t) " + _CLIMB_OUT + r"(?: of(?: (?:it|here|there|this"
        r"|this (?:hole|pit|well|place)|the (?:hole|pit|well|dark)))?)?(?: either| anymore"
        r"| any more)? (?:and|but|yet|n)?" + _STAY_LIKE_THIS,
        # "stuck at the bottom of a well ... i can't climb out" (not a ball pit at the gym).
        r"(?:bottom|botom) of (?:a|the|this|some) (?:deep |dark |dry |dirty |giant )?(?:well"
        r"|pit|hole)(?: (?!(?:lol|lmao|foam|ball|gym|minecraft|game|phone|keys|bucket)\b)\w+)"
        r"{0,16}? (?:can t|cannot|can not|couldn t|never|will never|won t ever) " + _CLIMB_OUT,
    ],
    "no_reason": [
        # "i don't see a reason to keep going anymore" (not to keep going with a course).
        r"(?:don t|do not|no longer|can t|cannot|can not|don t even) (?:really |even |honestly )?"
        r"(?:see|find|have|feel) (?:a |any |the )?(?:single )?(?:reason|point|purpose)"
        r" (?:anymore |any more )?(?:to|for|in) (?:keep going|keep on going|go on|going on"
        r"|continue|continuing|carry on|carrying on|keep living|stay alive|staying alive|be here"
        r"|being here|living|live|exist|existing)(?= *$| (?:anymore|any more|tbh|honestly|at all"
        r"|really|ngl|lately|these days|now|with (?:life|my life|anything)|like this|in life"
        r"|in this life|i m|i am|i just)\b)",
    ],
    "affairs": [
        # "i want it to be easy for them after", "so it's simple for my family afterwards".
        r"(?:want|need|d like|would like|wanna|so) (?:it|things|everything|it s|it is|things are"
        r"|everything s|everything is) (?:to be )?(?:as |really |super )?(?:easy|simple|easier"
        r"|simpler|less hard|less of a mess|less messy) (?:for|on) (?:them|my family|my parents"
        r"|my mum|my mom|my dad|everyone|my sister|my brother|my friends|the people i love"
        r"|you all|you guys|whoever) (?:after|afterwards|after i m gone|when i m gone|once i m"
        r" gone|when i m not here|after me)(?= *$| (?:i guess|i think|ig|that s all|anyway"
        r"|you know)\b)",
        # "accounts, passwords, who gets the cat" (not who feeds it while one is away).
        r"(?:accounts|passwords|logins|pins)(?: \w+){0,8}? who (?:gets|will get|takes|will take"
        r"|keeps|will keep|looks after|will look after|gets to keep|inherits) (?:my|the)"
        r" (?:cat|cats|dog|dogs|pet|pets|rabbit|hamster|bird|fish|plants)"
        r"(?! (?:\w+ ){0,5}?(?:while|when i m (?:away|abroad)|during|for the (?:summer|week"
        r"|weekend|holidays?|trip|year)|over the|this summer|for \w+ (?:weeks?|months?|days?)))",
    ],
}


LANGUAGE = Language(
    patterns=grouped(
        {
            "acute": _ACUTE,
            "suicide": _SUICIDE,
            "self_harm": _SELF_HARM + _SELF_HARM_MORE,
            "wish_to_die": _WISH_TO_DIE,
            "disappear": _DISAPPEAR,
            "not_living": _NOT_LIVING,
            "no_reason": _NO_REASON,
            "never_wake_up": _NEVER_WAKE,
            "hopelessness": _HOPELESSNESS + _HOPELESS_MORE,
            "trapped": _TRAPPED,
            "burden": _BURDEN + _BURDEN_MORE,
            "leaving": _LEAVING,
            "goodbye": _GOODBYE,
            "affairs": _AFFAIRS,
            "giving_away": _GIVING_AWAY,
            "withdrawal": _WITHDRAWAL,
            "means": _MEANS + _TIMED_PLANS,
        },
        _KEPT,
        _SIGNS_UNSAID,
        _UNSAID_MORE,
        _METAPHORS,
        _IN_PASSING,
        _STILL_MISSED,
        _DEV17,
        _DEV18,
        _PROBED,
        _DEV19,
        _DEV19_RETRAINED,
        _DEV20,
        _DEV20_RETRAINED,
        _PROBE22,
        _PROBE22_RETRAINED,
        _HOLDOUT19,
        _DEV21,
        _PROBE23,
        _DEV21_RETRAINED,
        _HOLDOUT21,
        _UNBEARABLE,
        _DEV23,
        _REPORTED,
        _PROBE_S21,
        _HOLDOUT29,
    ),
    negation=_NEGATION,
    others=_OTHERS,
    chat_words=_CHAT_WORDS,
    idiom_tails=(
        "laughing",
        "laughter",
        r"of (?:laughter|embarrassment|shame|boredom|cringe|cuteness|hunger|happiness|joy)",
        r"from (?:laughing|laughter|embarrassment|shame|boredom|cringe)",
        r"on (?:this|that) hill",
        # Objects of desire only: "cutting myself for a year" must stay a match.
        r"for (?:a |an |the |this |that |one |some )?(?:tickets?|seats?|selfies?|photos?|pics?"
        r"|autographs?|pizza|coffee|burgers?|taste|bite|slice|hug|chance|spot)",
        # Taken back at once: "i want to die 😂 jk".
        r"(?:jk|jkjk|just kidding|just joking|kidding)",
        r"without (?:wifi|internet|coffee|netflix|chocolate|my phone|signal|data)",
    ),
    # Or things given away before a move: "moving back home so I'm giving away my furniture".
    idioms=(
        # No reason to go on with a series, a course or a diet: "i don't see a reason to keep
        # going with the course", "no reason to continue the diet".
        r"(?:\w+ ){0,6}?(?:reason|point|purpose|need) (?:to|in|for) (?:continue|continuing|keep"
        r"|keeping|carry on|carrying on|go on|going on|stick with|sticking with|finish"
        r"|finishing)(?: (?:going|on|watching|reading|playing|doing|taking|following|paying for))?"
        r"(?: (?:with|on|in|at))?(?: (?:the|this|that|my|a|an|these|those))? (?:\w+ )?(?:series"
        r"|show|shows|course|courses|class|classes|diet|program|programme|season|book|books|game"
        r"|training|degree|subscription|club|team|lessons?|anime|manga|podcast|workout|gym"
        r"|netflix|dieting)",
        # A video of oneself singing sent to the family, laughed at: "my brother has a video of
        # me singing and says he'll send it to the family group, i can't live with that 😂" (the
        # emoji reads "lol"; not a threat with money or nudes).
        r"(?:videos?|vids?|clips?|photos?|pics?|pictures?|recordings?) of me (?:\w+ )?(?:singing"
        r"|dancing|rapping|snoring|sleeping|falling|tripping|doing karaoke|as a (?:baby|kid"
        r"|child)|in (?:my )?(?:pyjamas|pajamas|a costume))"
        r"(?: (?!(?:pay|paid|money|unless|naked|nudes?|topless|undressed)\b)\w+){0,30}? lol",
        # Cards for a feast or a birthday, handed out after school: "wrote christmas cards for
        # my best friends, they'll get them after school".
        r"(?:christmas|xmas|birthday|bday|valentine s|valentines|valentine|new year|eid|holiday"
        r"|thank you|graduation|get well) (?:cards?|letters?|notes?|gifts?|presents?)"
        r" (?:\w+ ){0,8}?(?:they ll|they will|she ll|he ll|she will|he will|they re gonna"
        r"|they re going to) (?:\w+ )?(?:get|read|find|open|receive|have) (?:them|it|those"
        r"|these) (?:after|before|at|during|on) (?:school|class|classes|lunch|recess|practice"
        r"|the (?:party|holidays|break|game|match|trip|concert))",
        # "kill me now" over a mishap: "kill me now, my little brother just spilled juice all
        # over my laptop".
        r"kill me now(?: \w+){0,8}? (?:spilled|spilt|broke|broken|deleted|dropped|lost|ate"
        r"|forgot|crashed|ruined|cracked)",
        # Dying at an exam: "we're all gonna die in the finals lol".
        r"(?:we re|we are|i m|i am) (?:all )?(?:gonna|going to) die (?:in|at|during) (?:the |this"
        r" |my )?(?:exam|exams|finals|test|midterm|midterms|bac)",
        # A team that lost again: "Arsenal bottled it again, I can't take this anymore".
        r"(?:arsenal|chelsea|united|city|liverpool|spurs|barca|barcelona|madrid|psg|raja|wydad"
        r"|my team|our team|the team|the ref|the referee|this match|this game|this season)"
        r" (?:\w+ ){0,8}?(?:i (?:can t|cannot) (?:take|handle|stand|bear) (?:this|it)"
        r"(?: anymore| any more| no more)?|(?:is|are) killing me)",
        # A match lost by a score, and a joke of dying: "we got destroyed 6-0 in the cup
        # final, i wanna die lol".
        r"(?:we|they|my team|our team|the team|my club|our club) (?:just )?(?:got|were|was|have"
        r" been|lost|got knocked out) (?:\w+ )?(?:destroyed|smashed|crushed|thrashed|hammered"
        r"|humiliated|battered|demolished|beaten|knocked out|\d+ \d+|lost) (?:\w+ ){0,8}?"
        r"(?:i (?:wanna|want to|could|m gonna|m going to) die|kill me now|i m dead|i can t"
        r" (?:take|handle) (?:this|it)(?: anymore)?)",
        # The last message of the evening, not of a life: "last message from me tonight, thx
        # bot gn", "last question before i sleep".
        r"(?:last|final) (?:message|msg|question|one|q) (?:from me |for me )?(?:for )?(?:tonight"
        r"|today|now|for now|before (?:i (?:go to )?sleep|bed|i go to bed|i crash))(?= (?:\w+ )"
        r"{0,3}?(?:gn|good night|goodnight|night|nighty|see you|see ya|cya|talk tomorrow|promise"
        r"|i promise|thx|thanks|ty|thank you)(?! for everything)\b| *$)",
        # One's life "over" for a phone, a game or a show: "my phone broke, my life is over".
        r"(?:phone|wifi|internet|console|ps5|ps4|xbox|switch|show|series|season|episode|game"
        r"|match|team|exam|test|grade|crush|hair|haircut|charger|netflix|laptop)(?: \w+){0,8}?"
        r" my (?:whole )?life is (?:over|ruined|finished|done)",
        # A cost to a budget: "apparently I'm a burden on the team budget".
        r"(?:i m|i am|i feel like|i feel) (?:just |such |a real )?a burden on (?:the |our |my"
        r" |their )?(?:\w+ )?(?:budget|finances|funds|expenses|costs|payroll|server|schedule)",
        # Revision or a trip ahead: "bury myself in revision, see you on the other side".
        r"(?:bury|burying) myself in (?:revision|work|books|studying|my books|homework|notes"
        r"|my notes|exams?)(?: \w+){0,6}? see you (?:all |guys )?on the other side",
        r"(?:exam|exams|test|finals|presentation|interview)(?: \w+){0,4}? tomorrow (?:\w+ ){0,3}?"
        r"i m (?:dead|so dead|done for|toast)",
        # Speaking at an event: "how many people took the floor?".
        r"(?:took|take|takes|taking|taken|had|has|have|given) the (?:floor|stage|mic)",
        # dev-20: medicine taken as its box says, and a thing thrown out of the window in
        # annoyance ("this laptop is so slow, gonna throw it out the window").
        r"(?:took|take|taken|taking|had) (?:\w+ ){0,6}?(?:like|as) the (?:box|label|leaflet"
        r"|packet|pack|bottle|doctor|pharmacist|instructions) (?:says|said|say|told me"
        r"|recommends)",
        r"(?:throw|chuck|toss|yeet)(?:ing)? (?:it|this|that|my|the) (?:\w+ )?out (?:of )?the"
        r" window",
        # Praying not to oversleep: "i pray i don't wake up late tomorrow".
        r"(?:hope|pray|wish) (?:that )?i (?:don t|won t|do not) (?:wake up|oversleep) (?:late|too"
        r" late|after|past)",
        # probe 22: the evening's goodbye with tomorrow in view ("gonna say goodbye for tonight,
        # see u tmrw"), and exams over ("last exam today, tonight i'll be free of all this").
        r"(?:goodbye|bye|byebye) for (?:tonight|today|now)(?= (?:\w+ ){0,3}?(?:see (?:you|u|ya)"
        r"|talk|tomorrow|later|gn|good night|goodnight)\b)",
        # The heat: "it's so hot i'm melting".
        r"(?:hot|heat|sun|sweating|boiling|warm|humid)(?: \w+){0,4}? i m (?:literally |actually"
        r" |just )?(?:melting|dying|dead|boiling|cooking)",
        r"(?:exam|exams|finals|bac|test|semester|school year|revision|deadline)(?: \w+){0,8}?"
        r" (?:be )?(?:finally )?(?:free|done) (?:of|from|with) (?:all (?:of )?)?(?:this|it)",
        # dev-21: film titles that name a death or a farewell, and a sibling threatened over
        # a snack ("gonna kill my sister she ate my last cookie").
        r"(?:no time to die|(?:13|thirteen) reasons why|final destination|dead poets society"
        r"|death becomes her|me before you|the fault in our stars|killing eve"
        r"|perks of being a wallflower|it s kind of a funny story|girl interrupted)",
        r"(?:gonna|going to|will|ll|i m gonna|i m going to|about to) (?:literally )?(?:kill"
        r"|murder|strangle) (?:my (?:little |big |baby |older |younger )?(?:sister|brother|sis"
        r"|bro|cousin|friend|bestie|roommate)|her|him|them)(?= (?:\w+ ){0,10}?(?:ate|took|stole"
        r"|broke|finished|used|wore|borrowed|spoil\w*|drank|deleted|lost|hid|my)\b)",
        # An old thing handed on because a new one came: "gave my old laptop to my cousin, i
        # won't need it, got a new one".
        r"(?:gave|given|giving|give|handed) (?:away )?my (?:old|previous) (?:\w+ ){1,14}?(?:got"
        r"|getting|bought|buying|have|has) (?:a |my )?new (?:one|\w+)",
        # probe 23: not there for a date because of a trip or in person ("i won't be here to
        # see it, i'm travelling", "won't be around to see it live").
        r"(?:won t|will not|not going to|not gonna) be (?:here|around|there)(?: \w+){0,6}?"
        r" (?:travell?ing|on a trip|abroad|away|on holiday|on vacation|at work|in class|live"
        r"|in person)\b",
    ),
    tickets=(
        r"tickets?",
        r"seats?",
        r"badges?",
        r"invitations?",
        "goodies",
        r"moving (?:out|away|abroad|back|house|home|to)",
        r"relocat\w+",
    ),
    long_ago=(
        r"last (?:year|month|summer|winter|spring|autumn|fall)",
        r"(?:years|months) ago",
        r"a (?:year|month) ago",
        "when i was",
        r"as a (?:kid|child|teen)",
    ),
    new_clause=("i",),
    own_too=(
        r"that s (?:also |exactly |just )?(?:me|how i feel|what i feel|where i am)",
        r"that is (?:also |exactly )?(?:me|how i feel)",
        r"i m (?:one of them|one of those|one of those people)",
        r"i feel the same(?: way)?",
        r"(?:same here|me too)(?= *$)",
        r"(?:i m |i am )?asking for (?:me|myself)(?! (?:and|or) )",
    ),
    denials=(
        # A wish to live long enough for something: "can't die before I see them live".
        r"(?:can t|cannot|mustn t|not allowed to) die (?:before|until) i (?:see|meet|watch|get)",
        # One's own medicine taken as always: a treatment, however dark the words near it.
        r"(?:took|take|taken|taking) my (?:meds|pills|medication|medicine|tablets) (?:\w+ ){0,3}?"
        r"(?:like always|as always|as usual|as prescribed|like every (?:day|morning|night))",
        # A film title: "No Time to Die was mid".
        r"no time to die",
        # A pet looked after while one is away: "my cat will stay with my neighbour while i'm
        # at the summit".
        r"(?:cat|dog|pet|hamster|bird|fish|rabbit|bunny|kitten|puppy)s? (?:\w+ ){0,8}?(?:while"
        r"|during|for the) (?:i m |i am |we re |we are )?(?:away|at|on|in|gone|travel\w*|trip"
        r"|holiday|vacation|weekend|summit|week)",
        # Throwing an event is hosting it: "who threw this thing?" (the retraining after dev-21
        # took it for someone thrown).
        r"(?:who|which \w+|they|she|he|we) (?:threw|throws|throw|hosted|put on) (?:this|the|that"
        r"|a|such a) (?:\w+ )?(?:thing|event|summit|party|conference|gathering|shindig|festival)",
        # Someone who forgets whether they took their medicine: "my aunt forgets if she took".
        r"forg[eo]t\w* (?:\w+ ){0,2}?(?:if|whether) (?:she|he) (?:took|s taken|has taken|had"
        r" taken) (?:\w+ )?(?:meds|medicine|medication|pills|tablets)",
        # A trip with its length, not a wish to vanish: "disappearing for a week to the coast".
        r"disappear(?:ing)? (?:\w+ ){0,2}?(?:for )?(?:a|one|two|three|few|couple of|the) (?:\w+ )?"
        r"(?:weeks?|days?|weekend|month|holiday|holidays|vacation|trip|night)",
        # Old clothes or things given to a charity: a clear-out, not belongings given away.
        r"(?:gave|give|giving|donated|donate|donating|dropped off|took) (?:\w+ ){0,5}?(?:to )?"
        r"(?:the |a |some )?(?:charity|charities|goodwill|salvation army|red cross|red crescent"
        r"|food bank|thrift store|thrift shop|charity shop|shelter|donation bin|mosque|church)",
        r"old (?:clothes|toys|books|stuff) (?:\w+ ){0,3}?(?:to|for) (?:charity|the poor|donation)",
        r"clothes (?:that )?i (?:don t|no longer|never) (?:wear|use)",
        r"i m not (?:\w+ )?(?:suicidal|depressed|going to (?:hurt|kill) (?:myself|anyone))",
        # Asking how to help someone else: their low mood is theirs (concern.py names the
        # worrying signs), not a cry of the writer's the model may read in "down" or "low".
        r"how (?:can|do|could|should) i (?:help|support|be there for) (?:him|her|them|my \w+)",
        # Medicine taken as prescribed, with meals, or helping: a treatment, however dark the
        # words near it.
        _PILLS + r" (?:\w+ ){0,6}?(?:before|after|with) (?:meals?|food|eating|breakfast|dinner)",
        r"on (?:antidepressants|meds|medication|his meds|her meds|my meds) (?:\w+ ){0,2}?and"
        r" (?:is |s |m |i m )?(?:doing|feeling|getting) (?:really |much |so |a lot |way )?(?:well"
        r"|better|great|fine)",
        _PILLS + r" (?:\w+ ){0,4}?(?:as prescribed|like (?:my|the) doctor said|every (?:morning"
        r"|evening|night|day))",
        r"i (?:don t|do not|would never) (?:want to|wanna) (?:die|hurt myself|kill myself)",
        # The game alone says nothing: "I play free fire all day to forget" may be a cry for help.
        GAME_DEATH,
        # dev-20: away on a trip, not gone: "tomorrow i won't be here, i'm travelling".
        r"won t be (?:here|around) (?:\w+ ){0,4}?(?:i m|i am|i ll be|we re) (?:travelling"
        r"|traveling|away|on holiday|on vacation|flying|abroad|at work|working)",
        # A purchase asked about "rn": "best crypto to buy rn?".
        r"(?:best|which|what|good) (?:\w+ )?(?:crypto|cryptos|bitcoin|coins?|stocks?|shares|nfts?)"
        r" (?:to )?(?:buy|invest in|get)",
        # probe 22: someone close low, and what to do: "my sister's been really low lately
        # and won't talk to me, what should I do?" is a worry (concern.py), not a cry.
        r"(?:my|our) (?:little |big |best |older |younger )?(?:sister|brother|friend|son|daughter"
        r"|cousin|student|pupil|kid|child|bestie)(?: s| is| has)? (?:been )?(?:really |so |very"
        r" )?(?:low|down|sad|quiet|withdrawn|depressed|off)(?: \w+){0,8}? what (?:should|can"
        r"|could|do) i do",
        # probe 22: a trip not worth going on ("not worth going on the trip, too expensive").
        r"worth going on (?:the|a|an|this|that) (?:\w+ )?(?:trip|tour|ride|date|holiday|vacation"
        r"|course|retreat|excursion|outing)",
        # A birthday's month, not a life: "i shouldn't have been born in december".
        r"(?:should|shouldn t|should not) (?:never )?(?:have )?been born in (?:january|february"
        r"|march|april|may|june|july|august|september|october|november|december|summer|winter"
        r"|spring|autumn|the (?:summer|winter|holidays))",
    ),
    quoting=(_QUOTING,),
    titles=(
        r"(?:song|track|movie|film|show|series|book|album)(?: called| named| titled)?",
        # A film's, a series' or a poem's people speak lines, no one's own words: "the main
        # character says "i want to die"" is neither the writer's distress nor a worry.
        r"(?:character|hero|heroine|protagonist|narrator|villain|poet|singer|rapper|actor"
        r"|actress)(?: (?!i |me |my )\w+){0,2}? " + any_of(*_SAYING) + r"(?: like| that)?",
    ),
    saying=_SAYING,
    alone={
        "hopelessness": [
            r"(?:i )?want out",
            r"over it (?:all of it|all)",
            r"done",
            r"game over",
            r"(?:i m|i am|im|i feel|feeling) (?:so )?(?:done|hopeless|empty|numb|broken|over it"
            r"|exhausted|tired of it all|tired of everything)",
            r"(?:so )?(?:hopeless|numb)",
            r"(?:what s the point|whats the point|no point|no hope|i give up|i quit"
            r"|i can t anymore|can t anymore|i can t do this|can t do this|nothing left)",
        ],
        "suicide": [r"end it(?: all)?"],
        # A goodbye to everyone, as the whole message: a bot has no "everyone" to leave.
        "goodbye": [r"goodbye (?:everyone|everybody|all|world|all of you)"],
        "disappear": [r"(?:i want to |i wanna |wanna )?disappear"],
        # A rope bought, said and nothing else: "bought a rope yesterday".
        "means": [r"(?:i )?(?:bought|got) (?:a|some) rope(?: (?:yesterday|today|this morning))?"],
    },
    interjections=("just", "really", "honestly", "tbh", "literally", "ok", "so", "like", "fr"),
    cues=_CUES,
    cue_excuses=_CUE_EXCUSES,
    closings=(
        r"ok",
        r"okay",
        r"got it",
        r"cheers",
        r"perfect",
        r"great",
        r"(?:thanks|thank you|thx|ty)(?! for everything)",
        r"that s all",
        r"that is all",
        r"i have what i need(?:ed)?",
        r"i know enough",
        r"understood",
    ),
)
