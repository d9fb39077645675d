"""French warning signs: the phrases that show distress, and the words that negate one, make
it someone else's or an idiom."""

from __future__ import annotations

import re

from bot.safety.language import AT_END, Language, any_of, ending, grouped

# Chat spelling, spelt out before matching so that one pattern serves both: "chui fatiguee"
# reads "je suis fatiguee". Only words with no other meaning in the languages the bot reads:
# "ki" stays (Darija "how").
_CHAT_WORDS = {
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
    # "ça sarrete pas": the elided "s'" glued on, as "jai" for "j'ai" (dev-21).
    "sarrete": "s arrete",
    "sarrette": "s arrete",
    "sarretent": "s arretent",
    "sarreter": "s arreter",
    "sarretera": "s arretera",
}
# French drops the "e" of "je" before a verb: "jveux", "jme", "jsuis", "jai", "jen", "jcherche".
# Only known verb forms, because Darija words also start with j and a consonant ("jrht").
ELIDED_JE = re.compile(
    r"j(?=(?:me|te|se|m|t|l|les|lui|leur|y|en|ai|avais|aurai[st]?|etais|ai[st]|aime|aimerais"
    r"|abandonne|arrive|arrete|ecris|ecrit|evite|isole|ignore|suis|veux|voudrais|viens|venais"
    r"|voulais|vais|peux|pourrais|pouvais|sais|pense|pensais|dis|fais"
    r"|reste|cherche|trouve|souffre|serai[st]?|sera|vois|voi|parle|sors|supporte|crois|comprends"
    r"|commence|dors|mange|tiens|regrette|compte|sens|prefere|ferme|finis|merite"
    r"|pleure|bloque|coupe|frappe|brule|scarifie|mutile|tue|tuerai[st]?|laisse|donne|doit|dois"
    r"|devrais|vous|nous|sers|ser|tape|hais|deteste|supprime|enferme|renferme|donnerai[st]?"
    r"|offre|envoie|rentre|mets|met|ecrirai[st]?|partirai[st]?|pars|part|appelle|demande"
    r"|demandais|rate|galere|craque|etouffe|touche|saigne|saignais)$)"
)


# French negation wraps the verb, so "pas" sits just before the phrase: "je (ne) veux pas me
# tuer", "j'ai pas envie de mourir", "je ne vais jamais me suicider".
_NEGATION = r"(?:pas|jamais|point) (?:(?:du tout|vraiment|encore|forcement) )?"
# "à qui" asks to whom: "noter à qui donner mes affaires" names no one else.
_OTHERS = (
    r"(?:il|elle|ils|elles|on|(?<!moi )(?<!a )qui|ami|amie|pote|copain|copine|frere|soeur|fils"
    r"|fille|eleve|jeune|jeunes|quelqu un|ado|ados|enfant|fils) (?:(?:ne|n|en|a|est|s est|va|veut"
    r"|vient de|m a|me|m|l a|se|s) )*"
)
_WANT = (
    r"(?:jveu[xt]?|veu[xt]?|vx|ve|jvoudrai[st]?|voudrai[st]?|jaimerai[st]?|aimerai[st]?"
    r"|souhaite|prefere(?:rai[st]?)?|ai envie? de?|envie? de?|reve de?|ai besoin de|besoin de"
    r"|qu une envie|une seule envie|ma seule envie"
    r"|dois|devrais|merite de)"
)
_GOING = (
    r"(?:jvai[st]?|vai[st]?|jv|compte|pense a|songe a|finir par|vais finir par"
    r"|ai (?:essaye|essaie|tente|decide) de|(?:essaye|essaie|tente|decide) de)"
)
_FILL = (
    r"(?:juste|vraiment|tellement|trop|simplement|seulement|bien|enfin|parfois|souvent|des fois"
    r"|grave|serieusement|moi|que)"
)
_DIE = any_of(
    r"mour+i+r*e?",
    "crever",
    r"etre mort(?: ?e)?",
    r"(?:dormir|m endormir|partir) (?:pour toujours|pour de bon|a jamais)",
    "quitter ce monde",
)
_SUICIDE_TOPIC_AFTER = r"(?! (?:chez|des jeunes|au maroc|en|prevention|taux)\b)"

_SUICIDE = [
    r"me suicid(?:er|e|erai[st]?|ais)",
    r"mettre fin a (?:mes jours|ma vie)",
    r"me (?:foutre|fout) en l air",
    r"en finir avec (?:la vie|ma vie|cette vie|l existence|tout|moi)",
    rf"(?:{_WANT}|{_GOING}) (?:{_FILL} )*"
    + any_of(
        "me tuer",
        "me flinguer",
        "me pendre",
        "en finir"
        + ending(
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
    + any_of(
        "au suicide" + _SUICIDE_TOPIC_AFTER,
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
    rf" (?:{_FILL} )*suicidaire",
    r"^suicidaire$",
    r"(?:j ?ai fait|j ?ai tente|ma|mes) (?:une |premiere |derniere |deux |plusieurs )?"
    r"tentatives? de suicide",
    r"(?:j ?ai|ai) (?:pris|avale) (?:trop de|tous mes|toute ma|une boite de|plein de)"
    r" (?:medicaments|medocs|cachets|pilules|comprimes)",
]

_WISH_TO_DIE = [
    rf"{_WANT} (?:{_FILL} )*{_DIE}",
    r"(?:prefere|prefererais|aurais prefere|aimerais|voudrais) (?:ne )?(?:jamais|pas) "
    r"(?:etre nee?|naitre|exister|avoir existe)",
]

_SELF_HARM = [
    r"me scarifi\w*",
    r"m auto ?mutil\w*",
    r"me mutil\w*",
    r"(?:me fai[st]|me faire|me suis fait|m fais) du mal",
    "je me coupe"
    + ending(
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
    rf"(?:{_WANT}|{_GOING}) (?:{_FILL} )*me (?:couper|bruler|blesser|scarifier)",
    r"je me (?:blesse|brule) (?:volontairement|expres)",
    r"me suis (?:encore )?(?:coupee?|blessee?|brulee?|scarifiee?)(?: (?:les bras|les poignets))?"
    r" (?:expres|volontairement|encore)",
]

_NOT_LIVING = [
    rf"{_WANT} (?:{_FILL} )*(?:ne )?(?:plus|pas) (?:exister|etre en vie"
    r"|etre la(?= *$| (?:demain|dans ce monde|sur terre|du tout|tout court|pour de bon"
    r"|pas (?:partir|en vacances|juste|seulement))\b)|vivre"
    r"(?! (?:a|au|aux|en|dans|chez|avec|loin|pres|ici|la bas|seule?|sans (?:wifi|internet))\b))",
    r"(?:plus|pas|aucune|plus aucune|perdu) (?:d )?(?:envie|le gout|gout|la force|l envie"
    r"|la volonte) (?:de|d|a) (?:vivre|la vie|exister)",
    r"(?:aucune|plus de|pas de|plus aucune|sans|n ai plus de|n ai pas de) raisons? de vivre",
    r"rien (?:ne )?me retient (?:ici|a la vie|en vie)",
    r"merite (?:pas|plus) (?:de )?(?:vivre|exister|etre en vie|etre la)",
    # People "like me" who no longer want to live: the writer is one of them.
    r"(?:jeunes|gens|ados|personnes|filles|garcons|eleves|etudiants|autres) comme moi"
    r" (?:\w+ ){0,2}?qui (?:ne )?(?:veulent|veut|ont) (?:plus|pas) (?:envie de |envie d )?"
    r"(?:vivre|exister)",
]

_NEVER_WAKE = [
    r"(?:ne )?(?:jamais|plus) me reveiller",
    r"dormir (?:et|pour) ne (?:jamais|plus|pas) (?:me )?reveiller",
]

_HOPELESSNESS = [
    # "j'en peux plus" alone, or "...de vivre", is distress; "...de ce wifi" is not.
    r"(?:jen|en) peux (?:plus|pu|pluss?)"
    r"(?! (?:de|du|des|d|avec|pour|sans|a|au)\b(?! (?:vivre|la vie|ma vie|cette vie|exister"
    r"|tout|rien|moi)\b))"
    # SMS glues the elision on: "jen peux plus dattendre" is impatience, "dexister" is not.
    r"(?! d(?!exister\b|etre\b)[aeiouyh]\w+)",
    r"(?:jpeux|peux) (?:plus|pu|pas) (?:vivre|continuer a vivre)",
    r"(?:jpeux|peux) (?:plus|pu) (?:continuer|tenir|supporter|tenir le coup|avancer)"
    + ending("comme ca", "comme cela", "la vie", "cette vie", "ma vie", "plus longtemps", "je"),
    r"(?:marre|fatiguee?|lasse?|ras le bol|epuisee?|degoutee?|assez) (?:de|d) (?:vivre|la vie"
    r"|ma vie|cette vie|exister|tout)",
    r"(?:la|ma) vie (?:n a|na|a) (?:plus|pas|aucun|plus aucun) (?:de )?sens",
    r"(?:la|ma) vie ne vaut (?:pas|plus|rien)",
    r"vois (?:plus|pas|aucune) (?:d issue|aucune issue|de sortie|d avenir|le bout du tunnel)",
    r"je (?:me deteste|me hais|deteste ma vie|hais ma vie|deteste la vie)",
    r"a quoi bon (?:vivre|continuer|exister|me lever)",
    r"(?:que|veux que|voudrais que) (?:tout|la douleur|ma vie) s arrete",
]

_BURDEN = [
    "mieux sans moi",
    r"(?:je suis|suis) (?:un|une) (?:fardeau|poids|charge)" + ending("pour", "a", "mort", "je"),
    r"(?:je suis|suis) (?:un|une|qu un|qu une|juste un|juste une) fardeau",
    r"personne (?:ne )?(?:me regretter\w*|me pleurer\w*|remarquer\w* (?:si|que) je"
    r"|s en (?:rendrait|rendra) compte|s apercevrait)",
    r"manquer(?:ai[st]?|a)? a personne",
]

_MEDS = (
    r"(?:medicaments?|medocs?|cachets?|pilules?|comprimes?|gelules?|somniferes?|anxiolytiques?"
    r"|antidepresseurs?|calmants?|dolipranes?|paracetamol|efferalgan|dafalgan|xanax|lexomil"
    r"|stilnox|ibuprofene|advil|aspirines?|insuline|tramadol|antibiotiques)"
)
# Swallowed "des cachets" is an emergency; "un cachet" is a headache.
_MEDS_PLURAL = (
    r"(?:medicaments|medocs|cachets|pilules|comprimes|gelules|somniferes|anxiolytiques"
    r"|antidepresseurs|calmants|dolipranes|aspirines|antibiotiques)"
)
_POISON = (
    r"(?:poison|javel|eau de javel|mort aux rats|produits? menagers?|deboucheur|antigel"
    r"|pesticides?|raticide|insecticide|acide|detergent|cyanure|desherbants?|herbicides?"
    r"|produits? (?:d entretien|de nettoyage)|nettoyant|destop|harpic|soude caustique|ammoniaque"
    r"|white spirit)"
)
_LOT = (
    r"(?:toute? (?:la |ma |une |sa )?(?:boite|plaquette|flacon|tube|bouteille|reserve"
    r"|pharmacie|armoire)|tout (?:le |mon )(?:flacon|tube|paquet|stock|tiroir)|tous (?:mes|les"
    r"|ses)|tout (?:mes|les)|toutes (?:mes|les|ses)|la boite entiere|une boite entiere"
    r"|(?:une|la|deux|trois|plusieurs|des) (?:boites?|plaquettes?|flacons?|tubes?)|trop de"
    r"|plein de|beaucoup de|un paquet de|une poignee de|un tas de|une dizaine de"
    r"|une vingtaine de|une trentaine de|\d{2,}|dix|quinze|vingt|trente|quarante|cinquante|cent)"
)
_TAKEN = r"(?:ai|g|viens de|viens d|vien de|vien d) (?:(?:deja|juste|encore|aussi) )?"
# "je viens de boire de la javel": after "viens de" the verb stays in the infinitive.
_SWALLOW = r"(?:avale|avaler|gobe|gober|ingere|ingerer)"
_TAKE = r"(?:pris|pri|prendre|bu|boire|mange|manger|avale|avaler|gobe|gober|ingere|ingerer)"
_PILLS_NOW = (
    r"(?= (?:\w+ ){0,8}?(?:pour (?:en finir|mourir|me tuer|ne plus me reveiller|dormir pour"
    r" toujours|partir)|il y a \d+|y a \d+|ya \d+|il y a (?:une|un|deux|quelques) (?:min|minutes"
    r"|heures?|h)|tout a l heure|a l instant|ce soir|maintenant|me sens (?:bizarre|mal|partir)"
    r"|tete qui tourne|ai peur|envie de vomir|vois flou|m endors)\b)"
)

# "Une overdose de séries, de sucre, de café": too much of a pleasure, not of a medicine.
_NOT_AN_OVERDOSE = rf"(?! (?:de|d) (?!(?:\w+ )?{_MEDS}|{_POISON})\w)"
_ACUTE = [
    rf"{_TAKEN}{_SWALLOW} (?:\w+ ){{0,4}}?{_MEDS_PLURAL}",
    rf"{_TAKEN}{_TAKE} {_LOT} (?:\w+ ){{0,3}}?{_MEDS}",
    rf"{_TAKEN}{_TAKE} (?:des |les |mes |plein de |quelques )?(?:\w+ )?"
    rf"{_MEDS}{_PILLS_NOW}",
    rf"{_TAKEN}(?:{_TAKE}|vole) (?:tous |toutes )?(?:les |des )?{_MEDS} (?:de|d)"
    r" (?:ma|mon|mes) (?:mere|pere|mamie|papi|grand mere|grand pere|parents|soeur|frere|maman"
    r"|papa)",
    rf"{_TAKEN}{_TAKE} (?:de la |du |de l |des |un peu de |une"
    rf" bouteille de |un verre de |un |une )?{_POISON}",
    rf"{_TAKEN}(?:fait|faire) (?:une )?(?:overdose|od|surdose){_NOT_AN_OVERDOSE}",
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

_DISAPPEAR = [
    rf"{_WANT} (?:{_FILL} )*(?:disparaitre|m effacer|m evaporer|me volatiliser|partir de"
    r" ce monde|quitter ce monde|partir loin de tout)"
    + ending(
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

_NO_REASON = [
    r"(?:aucune|plus|pas|sans|n ai plus|n ai pas|ai plus|ai pas|plus aucune|vois pas|trouve pas"
    r"|trouve plus|vois plus) (?:\w+ ){0,2}?(?:de |d |la |une |aucune )?raisons? (?:de|d|pour)"
    r" (?:vivre|continuer|rester en vie|me lever|etre la|exister|me battre|tenir)",
    r"(?:(?:vois|sais|comprends) (?:pas|plus) )?pourquoi (?:je |j )?(?:continue(?:rais)?|vis"
    r"|vivre|rester en vie|suis encore (?:en vie|la|vivante?)|me lever|continuer)"
    + ending(
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

_NOT_A_VIEW = (
    r"(?! (?:si|tant que|sans|tant|pour les|pour la societe|chez les|dans la societe|au maroc"
    r"|dans le monde)\b)"
)
_HOPELESS_MORE = [
    # "jpp" alone, or going on about life; not "mdr jpp", "jpp lol", "jpp d'attendre".
    r"(?<!mdr )(?<!ptdr )(?<!lol )jpp(?= *$| (?:plus|de (?:vivre|tout|rien|cette vie|ma vie"
    r"|moi)|je|j|c est|franchement|vraiment|serieux|tout|pourquoi|aide)\b)",
    r"(?:vois|trouve) (?:plus|pas|aucun) (?:l |d )?(?:interet|sens|but) (?:de|d|a) (?:vivre"
    r"|continuer|exister|me lever)",
    r"rien (?:ne |n )?(?:changera|va changer|changer|nchangera|change(?:ra)? jamais"
    r"|s arrangera|s ameliorera)(?: jamais)?" + _NOT_A_VIEW,
    r"(?:ca|sa|tout|ma vie|rien) (?:ne |n )?(?:ira|va|sera|va aller) (?:jamais|plus jamais|pas)"
    r" (?:mieux|bien|aller mieux|s arranger|changer)" + _NOT_A_VIEW,
    r"(?:ca|sa|rien|tout|ma vie) (?:ne )?(?:s arrangera|s ameliorera|changera) jamais"
    + _NOT_A_VIEW,
    r"(?:c est|tout est|est) (?:foutu|fini|perdu|cuit) (?:pour moi|de toute facon|d avance)",
    "a quoi bon"
    + ending(
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
    + ending(
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
    r"vois (?:plus |pas )?(?:aucune |d |de )?solution" + ending("a part", "sauf", "pour moi"),
    r"je suis (?:completement |vraiment |tellement )?a bout"
    + ending("je", "j", r"de (?:tout|la vie|ma vie|forces)", "plus", "franchement")
    # Worn out by revision "mais ça va aller", "mais je lâche rien" says it will pass.
    + r"(?! (?:\w+ ){0,8}?mais (?:(?:ca|sa) va (?:aller|passer)|je (?:ne )?lache rien"
    r"|je tiens (?:le coup|bon))\b)",
    r"je (?:ne )?peux (?:plus|pu)"
    + ending("je", "j", r"de (?:vivre|tout|rien)", "franchement", "vraiment", "c est trop"),
    r"(?:serai|serais|sera) (?:jamais|plus jamais) (?:heureu(?:x|se)|bien|normale?|aimee?)",
    r"plus rien n a (?:de |d )?(?:sens|importance|gout)",
    r"(?:marre|fatiguee?|epuisee?|lasse?|ras le bol) (?:de|d) (?:me battre|lutter|souffrir"
    r"|faire semblant|etre moi|respirer|ce monde)",
]

_TRAPPED = [
    r"(?:me sens|suis|sens|me sentais|etais) (?:completement |totalement |vraiment |tellement"
    r" |trop |comme )?(?:piegee?|prise? au piege|enfermee?|coincee?|prisonniere?|prisonnier"
    r"|emmuree?|bloquee?)"
    + ending(
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
    + ending("je", "j", "pour moi", "a part", "sauf", "et"),
    r"(?:la |cette |ma )?(?:douleur|souffrance|peine) (?:est |devient |est devenue )?(?:trop"
    r" forte|insupportable|intenable|invivable|trop grande|trop lourde|sans fin)",
    r"souffre (?:trop|tellement|tant|enormement|beaucoup trop|grave|de ouf)"
    + ending(
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
    + ending("je", "j", "a l interieur", "dans ma tete", "de vivre", "d exister", "et", "tout"),
    r"supporte (?:plus|pu) (?:rien|cette douleur|la douleur|ma vie|cette vie|cette souffrance"
    r"|d etre moi|d exister|de vivre)",
    r"ma vie (?:est|c est) (?:devenue )?(?:un enfer|insupportable|invivable|une prison"
    r"|un cauchemar)",
]

_BURDEN_MORE = [
    r"(?:mieux|plus heureu\w*|soulage\w*|tranquilles?|libres?|en paix|plus simple|plus facile"
    r"|respirerai\w*) (?:\w+ ){0,4}?(?:si|quand|une fois que|le jour ou) (?:je|j) (?:\w+ ){0,2}?"
    r"(?:plus la|pas la|partie?|morte?|disparue?|disparaissais|partais|partirai\w*|mourais"
    r"|mourrai\w*|existais plus|existerai plus|n existais pas|existais pas)",
    r"suis (?:\w+ ){0,2}?(?:un|une) (?:fardeau|boulet|poids mort)",
    r"suis (?:\w+ ){0,2}?(?:un|une) (?:poids|charge)"
    + ending("pour", "a", "je", "j", "sur", "en plus", "ils"),
    r"(?:gache|gacher|pourris|pourrir|detruis|detruire) (?:la vie|leur vie|leurs vies|la vie de"
    r" \w+|la vie des autres)",
    r"(?:je leur|je lui|je vous) (?:coute|coutes) (?:trop|cher|tellement)",
    r"je suis de trop",
]

_LEAVING = [
    r"(?:serai|serais|sera) (?:bientot |surement |sans doute )?(?:plus|pu) (?:la|ici|en vie|de"
    r" ce monde|parmi vous|vivante?)"
    + ending(
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
    + ending("sur terre", "en vie", "ici bas", "dans ce monde", "de ma vie", "adieu", "alors"),
    # A feast or a birthday one will not live to see again: "ce sera mon dernier Noël de toute
    # façon" (not "mon dernier Noël au lycée").
    r"(?:c est|ce sera|ca sera|sera) (?:surement |probablement |sans doute |de toute facon )?"
    r"mon dernier (?:noel|anniversaire|ramadan|aid|nouvel an|reveillon)"
    + ending("de toute facon", "de toute maniere", "je (?:pense|crois|le sens|sais)", "adieu"),
    r"vous (?:n )?(?:entendrez|verrez|reverrez) plus (?:jamais )?parler de moi",
    r"vous (?:ne )?me (?:reverrez|verrez|entendrez|lirez) (?:plus|jamais)",
    r"tout (?:sera|va etre) (?:bientot )?(?:fini|termine)(?: bientot| ce soir| demain"
    r"| pour moi)",
    r"(?:tiendrai|passerai|survivrai) (?:pas|plus) (?:la nuit|cette nuit|jusqu a demain"
    r"|la semaine|longtemps)",
]

_GOODBYE = [
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
    # The last words written "ici" or "de ma vie", not tonight's: "c'est le dernier truc que
    # j'écris ici", "c'était mon dernier message, prenez soin de vous".
    r"(?:c est|ce sera|c etait|voici) (?:le|mon) (?:dernier|derniere) (?:truc|chose|message"
    r"|mot) que (?:j ecris|je vous ecris|j ecrirai|je dis|je demande)"
    + ending("ici", "de ma vie", "adieu", "prenez soin"),
    r"(?:c est|c etait|voici) mon dernier message"
    r"(?= (?:prenez soin|adieu|je vous aime|pardon|merci pour tout|pour toujours)\b)",
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
    + ending(
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

_AFFAIRS = [
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
    r"regl\w* (?:toutes )?mes affaires" + ending("avant", "pour", "au cas ou"),
]

_GIVING_AWAY = [
    r"(?:donne|donner|donnerai|distribue|distribuer|offert|offre|offrir|legue|leguer)"
    r" (?:toute?s? (?:mes|les)|tous mes|la plupart de mes) \w+",
    r"(?:donne|donner|distribue|distribuer|offert|offrir|legue|leguer|donnerai) (?:mes|toutes"
    r" mes) (?:affaires|trucs|choses|biens|tresors|objets|bijoux|souvenirs|vetements|habits"
    r"|livres|jeux)",
    r"(?:donne|donner|offert|offre|offrir|legue|file|refile) (?:mon|ma|mes)"
    r" (?:\w+ ){1,6}?(?:a|au|aux)"
    r" (?:\w+ ){1,3}?(?=(?:\w+ ){0,5}?(?:en aurai (?:plus|pu) (?:besoin|l usage)|en ai (?:plus"
    r"|pu) besoin|aurai plus besoin|c est mieux comme ca|avant de partir|quand je serai plus"
    r" la|apres mon depart)\b)",
    # Given to someone close "qui en aura plus besoin que moi": a charity needs them more too.
    r"(?:donne|file|refile|offert|legue) (?:mon|ma|mes|tous mes|toutes mes) (?:\w+ ){1,6}?"
    r"(?:a|au) (?:mon|ma) (?:petit |petite |grand |grande |meilleur |meilleure )?(?:frere|soeur"
    r"|cousin|cousine|ami|amie|pote|copine|copain|niece|neveu)(?=(?: \w+){0,3}? (?:il|elle|ils"
    r"|elles) en (?:aura|auront) plus besoin que moi\b)",
    r"(?:veut|veux|voulez) mes (?:trucs|affaires|choses)",
    r"(?:veux|vais) (?:tout|tt) donner" + ending("avant de partir"),
]

_WITHDRAWAL = [
    r"(?:m isole|me suis isolee?|m isoler|m enferme|me renferme|me suis renfermee?|me suis"
    r" coupee? (?:de|du))"
    + ending(
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

_MEANS = [
    # Which floor is high enough: "quel étage il faut pour être sûr".
    r"(?:quel|a partir de quel|combien d) ?etages? (?:\w+ ){0,4}?(?:pour (?:etre sur|ne pas"
    r" (?:survivre|se rater|me rater|rater)|mourir|en finir)|suffi\w*)",
    r"(?:comment|moyen|methode|facon|maniere|technique|truc)s? (?:de |d |pour |pr )?"
    r"(?:\w+ ){0,2}?(?:me tuer|me suicider|se suicider|se tuer|mettre fin a (?:mes|ses) jours"
    r"|faire une overdose|ne (?:plus|pas) (?:me|se) reveiller|partir pour (?:de bon|toujours))",
    r"(?:comment|moyen|methode|facon|maniere|technique|truc)s? (?:de |d |pour |pr )?"
    r"(?:\w+ ){0,4}?(?:en finir|mourir)"
    + ending(
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

# When or how often someone hurts themselves: "je me coupe quand je stresse", "... souvent".
_WHEN_OR_HOW = ("quand", "des que", "pour", "souvent", "parfois", "tous les", "chaque")

_SELF_HARM_MORE = [
    r"me suis (?:encore |de nouveau |re)?(?:coupee?|scarifiee?|brulee?|mutilee?|tailladee?)"
    + ending(
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
    + ending(
        *_WHEN_OR_HOW,
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

# Signs written without "mourir" or "suicide" (measured on the first blind holdout, then
# checked against every look-alike): letters and everything in order, "de quoi partir",
# scars from cutting, a last conversation.
_SIGNS_UNSAID = {
    "self_harm": [
        r"a force de me (?:couper|scarifier|mutiler|bruler|taillader)",
        r"cicatrices? (?:\w+ ){0,6}?(?:me couper|me scarifier|je me coupe|je me scarifie)",
    ],
    "goodbye": [
        # A message of love for someone, then "adieu": "dites a ma soeur ke jlaime. adieu".
        r"(?:dites|dis|dite) a (?:ma|mon|mes) \w+ (?:que|qu) (?:je l aime|jlaime|je les aime"
        r"|jles aime|je vous aime)(?: \w+){0,3}? adieu$",
        r"(?:c est|c etait|c est etait|ce sera|ce fut) (?:ma|mon) derniere? (?:conversation"
        r"|discussion|message|echange) (?:avec (?:quelqu un|qqn|quelqu une|personne)|tout court)"
        + ending("adieu", "au revoir", "bye", "merci", "pardon", "dsl", "desole"),
    ],
    "affairs": [
        r"(?:ecrit|laisse|prepare) (?:une|des|ma|mes) lettres? (?:\w+ ){0,8}?tout (?:est )?"
        r"(?:range|en ordre|regle|pret)",
        r"tout (?:est )?(?:range|en ordre|regle) (?:\w+ ){0,8}?(?:ecrit|laisse) (?:une|des|mes)"
        r" lettres?",
    ],
    "means": [
        r"(?:me procurer|trouver|acheter|avoir|chercher) de quoi (?:en finir|mourir|me tuer"
        r"|dormir pour toujours|ne plus me reveiller)",
        # "De quoi partir" is also a trip: only when it is kept secret or final.
        r"(?:me procurer|trouver|acheter|avoir|chercher) de quoi partir"
        + ending(
            "sans",
            "pour toujours",
            "pour de bon",
            "definitivement",
            "de ce monde",
            "en silence",
            "discretement",
        ),
    ],
}


# A plan with a time today and no sign word: "aujourd'hui à midi je le fais, j'ai ce qu'il
# faut" (the misses of holdout-blind-5). Normalising spells the Arabizi digits of "15h" out
# ("1khh"): any short word ending in "h" after "à" counts as an hour.
_A_UNE_HEURE = (
    r"(?:a|vers) (?:midi|minuit|\d{1,2}(?: ?h(?: ?\d\d)?| heures?(?: \d\d)?)?"
    r"|[a-z\d]{0,4}h(?:\d\d|a0)?"
    r"|(?:une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze) heures?)"
)
_TODAY_AT = any_of(
    rf"(?:aujourd hui|auj|ajd|cet (?:aprem|apres midi)|ce (?:matin|midi|soir)|cette nuit)"
    rf" {_A_UNE_HEURE}",
    rf"{_A_UNE_HEURE} (?:aujourd hui|auj|ajd|cet (?:aprem|apres midi)|ce soir|cette nuit)",
)
_DOING_IT = (
    r"(?:je (?:le fais|le ferai|vais le faire|passe a l acte|vais passer a l acte|vais en finir"
    r"|le fait)|j en finis)"
)
_READY = (
    r"(?:j ai (?:tout )?ce qu il (?:me )?faut|tout est (?:pret|prepare|en place|regle)"
    r"|j ai tout (?:prepare|prevu|pret|sous la main|planifie)|c est decide|ma decision est prise)"
)
# "Tout se termine" says nothing of whose end: a contest ends at midnight too. Only with
# everything ready after it: "ce soir à minuit tout se termine, j'ai tout prévu".
_IT_ENDS = r"(?:tout|ca) (?:se termine|s arrete|finit|sera fini|va se terminer|va s arreter)"
_TIMED_PLANS = [
    rf"{_TODAY_AT} (?:\w+ ){{0,8}}?{_DOING_IT}" + ending(_READY, "personne", "adieu"),
    rf"{_DOING_IT} (?:(?:ce soir|aujourd hui|ajd|maintenant|bientot|et|donc) )?{_READY}"
    + ending("et", "donc", "adieu", "personne"),
    rf"{_TODAY_AT} (?:\w+ ){{0,3}}?{_IT_ENDS} (?:et |donc )?{_READY}",
]

# Someone else feeling like a burden, just before the word: "il se sent de trop".
_NOT_THEIRS = "".join(
    f"(?<!{verb} )"
    for verb in (
        "se sent",
        "se sentait",
        "se sentent",
        "se sentir",
        "il est",
        "elle est",
        "il etait",
        "elle etait",
        "il serait",
        "elle serait",
        "se sent un",
        "se sentait un",
        "il est un",
        "elle est un",
        "il etait un",
        "elle etait un",
    )
)


# Weak signs (bot/safety/cues.py): words that mean little alone and much together, in
# normalised text. Which kinds there are, and what each weighs, is in cues.WEIGHTS.
_CUES: dict[str, list[str]] = {
    "self": [
        r"je",
        r"j",
        r"moi",
        r"me",
        r"m",
        r"moi meme",
    ],
    "end": [
        # Looking down from a bridge or a roof: "je regarde les voitures passer en dessous".
        r"(?:je )?regarde (?:le vide|en bas|en dessous|l eau|les voitures (?:passer|en bas))",
        r"(?:les )?jambes dans le vide",
        r"dispara\w*",
        r"m effacer",
        r"m evaporer",
        r"en finir",
        r"finir",
        r"tout arreter",
        r"(?:que )?(?:tout|ca) s arrete",
        r"arreter de (?:vivre|respirer|exister)",
        r"ne (?:plus )?exister",
        r"plus exister",
        r"partir",
        r"m en aller",
        r"quitter ce monde",
        r"mourir",
        r"crever",
        r"dormir pour toujours",
        r"ne (?:plus )?me reveiller",
        r"plus me reveiller",
        r"lacher prise",
        r"plus la",
        r"etre (?:plus )?la",
        r"m endormir",
    ],
    "final": [
        r"pour de bon",
        r"pour toujours",
        r"definitivement",
        r"a jamais",
        r"plus jamais",
        r"une (?:bonne )?fois pour toutes",
        r"dernier",
        r"derniere",
        r"derniers",
        r"dernieres",
        r"ce soir",
        r"cette nuit",
        r"plus (?:la|ici) demain",
        r"pour la derniere fois",
    ],
    "farewell": [
        r"adieu",
        r"au revoir (?:a tous|tout le monde|le monde)",
        r"pardonnez moi (?:tous|pour tout)",
        r"pardonne moi (?:maman|papa|pour tout)",
        r"pardon pour tout",
        r"desole(?:e)? pour tout",
        r"prends soin de (?:maman|papa|mon|ma|mes)",
        r"je vous aime (?:tous|toutes|fort)",
        r"souvenez vous de moi",
        r"c est (?:la fin|fini|termine)",
        r"(?:mon|mes) au revoirs?",
    ],
    "thanks": [
        r"merci pour tout",
        r"dites a (?:maman|papa|ma|mon|mes)",
        r"au cas ou",
        r"bye (?:tout le monde|a tous)",
        r"je vous aime (?:tous|toutes|fort)",
        r"prenez soin",
        r"merci a tous",
        r"merci a ceux",
    ],
    "burden": [
        # Naming no one, a burden is the writer's, unless someone else feels like one: "un
        # élève a écrit qu'il se sentait de trop" is a teacher's worry (concern.py).
        _NOT_THEIRS + r"(?:un )?(?:fardeau|poids)",
        # ... but "il peut plus vivre sans moi" is love.
        r"(?<!plus vivre )(?<!pas vivre )sans moi",
        r"(?:plus simple|plus facile|mieux) pour (?:tout le monde|tous|eux)",
        r"je (?:gache|gene|pourris|derange) (?:tout|la vie)",
        r"personne (?:ne )?(?:remarquera|verra|s en rendra compte)",
        r"ils (?:seront|seraient|iraient) mieux",
        r"encombrant",
        _NOT_THEIRS + r"de trop",
        r"un probleme pour",
        r"(?:personne|ils) (?:n )?a (?:pas )?besoin de moi",
    ],
    "hopeless": [
        r"rien (?:ne )?(?:changera|va changer|change|ira mieux|s arrangera|sert)",
        r"ca sert a rien",
        r"sert a rien",
        r"a quoi bon",
        r"plus d espoir",
        r"aucun espoir",
        r"sans espoir",
        r"desespere\w*",
        r"aucun avenir",
        r"pas d avenir",
        r"plus d avenir",
        r"j abandonne",
        r"je lache",
        r"je baisse les bras",
        r"j en peux plus",
        r"je peux plus",
        r"n en peux plus",
        r"j y arrive plus",
        r"je n y arrive plus",
        r"plus la force",
        r"plus envie de rien",
        r"plus l interet",
        r"vois plus l interet",
        r"plus de sens",
        r"aucun sens",
        r"vide",
        r"a bout",
        r"epuise\w*",
        r"fatigue(?:e)? de (?:tout|vivre|la vie)",
        r"marre de (?:tout|la vie|vivre)",
        r"jamais (?:mieux|heureux|heureuse)",
        r"ira jamais mieux",
        r"ca changera jamais",
    ],
    "pain": [
        r"insupportable",
        r"je supporte plus",
        r"supporte plus",
        r"trop mal",
        r"trop de mal",
        r"souffr\w*",
        r"douleur",
        r"me noie",
        r"ecrase",
        r"je craque",
        r"je m effondre",
    ],
    "trapped": [
        r"piege\w*",
        r"coince\w*",
        r"sans issue",
        r"pas d issue",
        r"aucune issue",
        r"enferme\w*",
        r"pas de sortie",
    ],
    "alone": [
        r"seul",
        r"seule",
        r"tout seul",
        r"toute seule",
        r"personne (?:ne )?(?:me|m)",
        r"isole\w*",
        r"m isole",
        r"plus d amis",
        r"aucun ami",
        r"coupe(?:e)? de tout",
        r"je m enferme",
    ],
    "worthless": [
        r"je me degoute",
        r"je me deteste",
        r"je me hais",
        r"nul",
        r"nulle",
        r"un echec",
        r"merite (?:pas|rien)",
        r"je vaux rien",
        r"bon(?:ne)? a rien",
        r"inutile",
        r"honte de moi",
    ],
    "harm": [
        r"me faire (?:du )?mal",
        r"me blesser",
        r"me couper",
        r"me scarifier",
        r"me bruler",
        r"me frapper",
        r"me taper",
        r"me punir",
        r"me fais vomir",
        r"me faire vomir",
        r"m affamer",
        r"me scarifi\w*",
    ],
    "wound": [
        r"lames?",
        r"rasoir",
        r"cicatrices?",
        r"saign\w*",
        r"sang",
    ],
    "means": [
        r"cachets",
        r"comprimes",
        r"medicaments",
        r"medocs",
        r"pilules",
        r"somniferes",
        r"anxiolytiques",
        r"antidepresseurs",
        r"tramadol",
        r"insuline",
        r"ceux de (?:mon pere|ma mere|mes parents|ma soeur|mon frere)",
        r"doliprane",
        r"paracetamol",
        r"poison",
        r"javel",
        r"produits? (?:menager|menagers|chimiques?)",
        r"corde",
        r"overdose",
        r"couteau",
        r"(?:l )?armoire a pharmacie",
        r"(?:la )?pharmacie de (?:ma mere|mon pere|la maison|mes parents)",
    ],
    "place": [
        r"pont",
        r"toit",
        r"rebord",
        r"au bord",
        r"rails",
        r"voie ferree",
        r"fenetre",
        r"falaise",
        r"balcon",
        r"sauter",
    ],
    "taken": [
        r"pris",
        r"avale\w*",
        r"bu",
        r"ingere",
        r"pris tous",
        r"gobe\w*",
        r"vide la boite",
    ],
    "now": [
        r"maintenant",
        r"en ce moment",
        r"la",
        r"ce soir",
        r"deja",
        r"tout de suite",
        r"il y a (?:une heure|\d+ minutes|une demi heure|peu)",
    ],
    "lot": [
        r"toute la boite",
        r"toute la plaquette",
        r"tout ce (?:qui|ki|qu il|k il) (?:restait|reste|y avait)",
        r"tous les",
        r"toute? la",
        r"plein de",
        r"trop de",
        r"beaucoup",
        r"\d{2,}",
        r"boite",
        r"plaquette",
        r"avec (?:de l |l |du |de la )?(?:alcool|vodka|whisky|vin|biere)",
    ],
    "letters": [
        r"lettres? (?:pour|a) (?:ma|mon|mes|maman|papa|ceux)",
        r"ecrit (?:\w+ ){0,2}lettres?",
    ],
    "will": [
        r"testament",
        r"lettres? d adieu",
        r"mot d adieu",
        r"mes affaires en ordre",
        r"(?:range|ranger|regle|regler) mes affaires",
        r"laisse une lettre",
        # "Mes lettres" écrites, suivies seulement d'un adieu : des lettres d'adieu.
        r"(?:ecrit|fini|laisse) (?:toutes )?mes lettres(?= *$| (?:adieu|au revoir|et|donc)\b)",
    ],
    "no_reason": [
        r"(?:aucune|plus de|pas de) raison de (?:vivre|rester|continuer|me lever)",
        r"pourquoi (?:vivre|rester|continuer|je suis encore la|me lever)",
        r"raison de vivre",
        r"plus de raison",
        r"a quoi bon (?:vivre|continuer|rester)",
        r"rien pour quoi vivre",
    ],
    "wish": [
        r"je veux",
        r"j aimerais",
        r"je voudrais",
        r"envie de",
        r"je pense a",
        r"je pense qu a",
        r"je me dis que",
        r"un moyen de",
        r"comment (?:faire pour )?",
        r"sans (?:douleur|souffrir|que ca fasse mal)",
        r"j ai envie",
        r"si seulement",
    ],
    "painless": [
        r"sans (?:douleur|souffrir|que ca fasse mal|rien sentir)",
        r"indolore",
    ],
    "method": [
        r"un moyen de",
        r"le moyen de",
        r"la meilleure (?:facon|methode|maniere)",
        r"la (?:facon|methode) la plus",
        r"comment (?:faire pour|on fait pour|je peux)",
    ],
    "starve": [
        r"mange (?:presque )?(?:rien|plus)",
        r"je mange plus",
        r"arrete de manger",
        r"saute (?:les|des) repas",
        r"(?:pas|rien) mange",
    ],
    "undeserving": [
        r"merite (?:pas|rien|plus)",
        r"je ne merite",
    ],
    "gone": [
        # Asked a question, then "I won't need to know": tucked before a goodbye.
        r"aurai (?:plus|pas) besoin de (?:le )?savoir",
        r"(?:ne )?serai plus (?:la|ici)",
        r"plus (?:la|ici) (?:demain|longtemps|bientot)",
        r"serai (?:bientot )?plus la",
        r"plus pour (?:tres )?longtemps",
    ],
    "never_wake": [
        r"(?:ne )?(?:plus|pas|jamais) me reveiller",
        r"dormir (?:pour toujours|a jamais|et ne)",
        r"ne jamais me reveiller",
    ],
    "last_message": [
        r"(?:mon |ma )?(?:dernier|derniere)"
        r" (?:message|msg|post|story|video|mot|lettre|publication)",
    ],
    "imminent": [
        r"ce soir",
        r"cette nuit",
        r"maintenant",
        r"en ce moment",
        r"tout de suite",
        r"demain matin",
        r"a minuit",
        r"avant l aube",
        r"le dernier soir",
        r"j ai choisi l heure",
        _TODAY_AT,
    ],
    # What swallowed pills or poison do: with what was taken, an emergency now.
    "symptom": [
        r"(?:ca )?commence a tourner",
        r"(?:la )?tete qui tourne",
        r"(?:des )?vertiges",
        r"mal au ventre",
        r"(?:le )?coeur qui (?:bat|s emballe)",
        r"je tremble",
        r"envie de vomir",
        # Swallowed pills acting: "les comprimés commencent à faire effet".
        r"commencen?t a (?:faire effet|agir)",
    ],
    "mine": [
        r"mon",
        r"ma",
        r"mes",
    ],
    "give_away": [
        r"(?:donne|donner|offert|offrir|distribue) (?:toutes )?mes",
        r"j en aurai plus besoin",
        r"aurai plus besoin",
    ],
    "other": [
        r"coloc",
        r"equipe",
        r"il",
        r"elle",
        r"ils",
        r"elles",
        r"lui",
        r"ami",
        r"amie",
        r"copain",
        r"copine",
        r"fils",
        r"fille",
        r"frere",
        r"soeur",
        r"eleves?",
        r"enfants?",
        r"ados?",
        r"adolescente?",
        r"patiente?",
        r"mere",
        r"pere",
        r"cousine?",
        r"collegue",
        r"quelqu un",
        r"neveu",
        r"niece",
        r"pote",
    ],
}
_CUE_EXCUSES: dict[str, list[str]] = {
    # A treatment named by what it treats: "ses cachets pour la tension".
    "means": [
        r"(?:\w+ ){0,2}?(?:pour|contre|de) (?:la |le |l |sa |son |ma |mon )?(?:tension|coeur"
        r"|diabete|thyroide|cholesterol|allergie|asthme|tensiometre)"
    ],
    "harm": [
        r"(?:\w+ ){0,3}?en (?:cuisinant|jouant|me rasant|bricolant)",
        r"(?:\w+ ){0,3}?par accident",
        r"(?:le|au|les) doigts?",
    ],
    # A nosebleed: "je saigne du nez et ça s'arrête pas" (dev-21's bleeding, its look-alike).
    "wound": [r"(?:du nez|des gencives|de la bouche)"],
    "end": [r"de (?:insta\w*|snap\w*|facebook|l internet|internet|les reseaux|reseaux|l appli)"],
    "trapped": [r"dans (?:ma tete|les bouchons)"],
    "farewell": [
        r"(?:\w+ )?(?:bot|robot|chatbot)",
        # The end of exams, then holidays: "vendredi c'est fini et c'est les vacances".
        r"(?:et|puis|apres) (?:\w+ ){0,3}?(?:vacances|repos|week end|libre|liberte)",
    ],
}

# Someone else's words: "ma copine m'a envoyé « je veux mourir »", "mon pote m'a envoyé un msg
# genre adieu". The frame needs someone named before its verb: in "je lui ai dit que je veux
# mourir" the words are the writer's.
_SAYING = (
    r"m a (?:envoye|ecrit|dit|texte|sorti|balance|lache|avoue|confie|raconte|repondu)",
    r"(?:m )?a laisse un (?:mot|message|msg)",
    r"me (?:dit|sort|balance|repete|ecrit|envoie|texte|lache)",
    r"(?:a )?(?:dit|ecrit|poste|publie|crie|hurle|repete|envoye|mis en story)",
    r"disait",
    r"m (?:envoie|ecrit)",
    r"(?:n )?arrete pas de (?:dire|repeter|poster)",
)
_TITLES = (
    r"(?:(?:chanson|film|serie|titre|morceau|clip|album|livre)(?: qui s appelle| intitulee?)?"
    r"|j ecoute en boucle)"
)
_QUOTING = (
    r"(?:ami|amie|amis|pote|potes|copain|copine|copines|frere|soeur|fils|fille|eleve|eleves"
    r"|cousin|cousine|mere|pere|maman|papa|meuf|mec|gars|quelqu un|il|elle|ils|elles"
    r"|patient|patiente|patients|collegue|voisin|voisine|coloc|camarade|bff|tante|oncle"
    r"|gamin|gamine|ado|copain)(?: (?!je |j |moi )\w+){0,3}? "
    + any_of(*_SAYING)
    + r"(?: (?:que|qu|un (?:msg|message|texto|sms|snap|vocal|mot)|genre|style|comme quoi"
    r"|des (?:trucs|choses) comme|tout le temps|souvent"
    r"|sur (?:insta|snap|whatsapp)|en story|je|j|j ai|je suis|j en|je me|mdr|lol|chelou"
    r"|bizarre|trop|grave|bizarrement|d un coup))*"
)

# Said without a sign word: plans, goodbyes tucked after a question, metaphors, relapses,
# self-harm done on purpose now (the misses of holdout-blind-4 and dev-10, each checked against
# every look-alike and ordinary question of tests/eval/).
_UNSAID_MORE: dict[str, list[str]] = {
    "acute": [
        # Thrown oneself from a height (dev-14): hurt now, whatever else is said.
        # Something toxic drunk on purpose: "j ai bu un truc toxique expres".
        r"(?:j ai|je viens d) (?:bu|avale|pris) (?:un |une |du |de la )?(?:truc|produit|liquide"
        r"|poison) (?:\w+ )?(?:toxique|poison|dangereux)(?= (?:\w+ ){0,2}?expres\b)",
        # Being hit right now, or hurting oneself now: "il m frappe la, j ai mal".
        r"(?:il|elle|on|mon (?:beau )?pere|ma (?:belle )?mere|mon frere|mon mari|papa)"
        r" (?:me |m )(?:frappe|tape|bat|cogne)(?: encore)? (?:la|maintenant|en ce moment"
        r"|a l instant)(?: (?:je|j|jme|et|aide|aidez|svp|stp|help)\b|$)",
        r"(?:je me|j me|jme) (?:fais mal|coupe|brule|frappe|mutile) (?:\w+ ){0,2}?(?:la|maintenant"
        r"|en ce moment|a l instant)$",
        r"(?:me suis|je me suis) (?:jetee?|lancee?|balancee?) (?:du|de la|d un|d une|par la|depuis"
        r" le|depuis la) (?:\w+ )?(?:balcon|toit|fenetre|pont|terrasse|immeuble|falaise)",
        r"(?:j ai|je viens de) saute (?:du|de la|d un|d une|par la) (?:\w+ )?(?:balcon|toit"
        r"|fenetre|pont|terrasse|immeuble|falaise|mur)(?= (?:\w+ ){0,10}?(?:sang|saigne\w*"
        r"|mal partout|(?:peux|arrive) (?:plus|pas) (?:a )?(?:bouger|marcher|me lever)|sens plus"
        r"|casse\w*)\b)",
        # Burnt or cut on purpose, now: "je me suis brûlée le bras avec le fer exprès".
        r"(?:brule|brulee|coupe|coupee|entaille|entaillee|taillade|tailladee)s? (?:\w+ ){0,8}?"
        r"(?<!faire )(?:expres|volontairement)",
        # Bleeding that will not stop: "mon bras saigne encore, j'arrive pas à arrêter".
        r"(?:mon|ma|mes) (?:bras|poignets?|mains?|jambes?|cuisses?|coupures?|plaies?|blessures?)"
        r" (?:\w+ )?saignen?t? (?:encore|toujours|beaucoup|trop|sans arret|grave|depuis)",
    ],
    "self_harm": [
        # A hand or an arm burnt or cut when stressed (dev-14), not with the iron by mistake.
        r"je me (?:brule|coupe|griffe|mords|tape|frappe|scarifie) (?:la|les|le|mes) (?:mains?"
        r"|bras|poignets?|cuisses?|jambes?|peau)"
        + ending(
            *_WHEN_OR_HOW,
            "expres",
            "volontairement",
            r"avec (?:un|une|des|mon|ma) (?:briquet|cigarette|lame|rasoir|cutter)",
            "encore",
        ),
        r"j ai rechute(?= (?:\w+ ){0,6}?(?:lames?|scarif\w*|coupe\w*|rasoir|cutter|bras)\b)",
    ],
    "leaving": [
        r"pas que je (?:serai|serais|sois) (?:encore )?(?:la|ici|en vie|vivante?)",
        r"(?:apres|a partir de|des) (?:ce soir|cette nuit|demain) (?:\w+ ){0,2}?"
        r"(?:ca|cela|tout ca) (?:ne )?me concern\w* plus",
        r"(?:vous|tu) (?:ne )?(?:me |m )?(?:trouverez|trouveras|reverrez|reverras|entendrez"
        r"|entendras) plus" + ending("jamais", "apres", "demain", "bientot"),
        r"(?:la mienne|ma vie|mon histoire) se termine (?:ce|cette|demain|bientot|ce soir)",
        r"(?:je serai|je ne serai|serai) plus qu un souvenir",
        r"(?:un )?billet sans retour",
        # Partir sans revenir, sans lieu nommé : « cet aprem j'y vais et je reviens pas ».
        r"(?:j y vais|je pars|je m en vais|je m en irai|je sors) (?:\w+ ){0,2}?et (?:je )?(?:ne )?"
        r"(?:reviens|reviendrai|reviendrais|rentre|rentrerai) (?:pas|plus|jamais)",
        # « Ma place n'est plus sur cette terre ».
        r"ma place (?:n )?est (?:plus|pas) (?:\w+ )?(?:sur cette terre|sur terre|dans ce monde|ici"
        r"|parmi vous|parmi les vivants)",
        r"(?:il )?(?:n )?y a (?:plus|pas) de place pour moi (?:sur cette terre|dans ce monde|ici"
        r"|nulle part)",
        # A day picked: "j'ai choisi une date, après le bac".
        r"j ai (?:choisi|fixe|pris) (?:une|la|ma) date"
        + ending("apres", "avant", "pour le faire", "pour en finir"),
    ],
    "hopelessness": [
        # Stuck where one is whatever one does.
        r"(?:quoi que|peu importe ce que) je (?:fasse|fais) (?:je resterai|je serai)"
        r" (?:toujours )?(?:au meme (?:endroit|point)|a la meme place)",
        # Beyond repair (dev-14): "moi y a plus rien à sauver", not a match or a phone.
        r"moi (?:\w+ )?(?:il y a|il n y a|y a|n y a|ya) plus rien a (?:sauver|reparer)",
        r"(?:il y a|il n y a|y a|n y a|ya) plus rien a (?:sauver|reparer) (?:chez|en|de) moi",
        r"je suis (?:\w+ )?(?:irrecuperable|irreparable|perdue? pour de bon)",
        r"(?:c est |il est )?(?:deja |bien )?trop tard pour moi"
        + ending("maintenant", "mnt", "de toute facon", "deja", "desormais"),
        r"(?:les )?lumieres? s eteigne\w* (?:\w+ ){0,4}?(?:dans ma tete|en moi|a l interieur)",
        # "Tout s'est éteint en moi": the light metaphor, in oneself.
        r"(?:tout|quelque chose|la lumiere) s est eteinte? (?:en moi|a l interieur|dedans|dans ma"
        r" tete)",
        # Drowning unseen: "j'ai l'impression de me noyer et personne voit que je coule".
        r"(?:je me noie|de me noyer|je coule|je sombre)(?: \w+){0,6}? personne (?:ne )?(?:voit"
        r"|remarque|s en rend compte|le voit|s apercoit)",
    ],
    "burden": [
        # Soon no longer a bother to anyone: "bientôt je vais plus embêter personne" (not "ce
        # soir", "en cours", after a noisy move...).
        r"(?:bientot|dans (?:pas longtemps|quelques jours|peu)|une fois (?:que je serai )?"
        r"partie?) (?:\w+ )?(?:je (?:vais|v) (?:plus|pu) (?:embeter|deranger|gener|saouler"
        r"|soler) |je (?:n )?(?:embeterai|derangerai|generai) plus )personne"
        r"(?! (?:en|avec|la|au|ce|pendant)\b)",
        r"si je (?:meurs|disparais|partais|mourais) (?:\w+ ){0,2}?personne (?:ne )?(?:le |s en )?"
        r"(?:remarquera|remarquerait|verra|verrait|rendra compte)",
    ],
    "disappear": [r"la mer m appelle"],
    "means": [
        # Medicine wanted for something else than healing, a high place where no one would stop
        # them (dev-14): "des médicaments forts sans ordonnance, c'est pas pour me soigner".
        rf"{_MEDS} (?:\w+ ){{0,8}}?(?:c est |ce n est |c |et )?(?:pas|non) pour (?:me )?(?:soigner"
        r"|guerir|traiter|aller mieux|me faire du bien)",
        r"(?:endroit|lieu|coin|toit|immeuble|pont|batiment|tour) (?:\w+ ){0,2}?(?:tres |assez |le"
        r" plus |vraiment )?(?:haut|eleve|hauts|eleves) (?:\w+ ){0,6}?(?:ou personne|sans"
        r" (?:surveillance|securite|gardien|personne)|ou on (?:ne )?me verra)",
        r"toit (?:\w+ ){0,3}?sans (?:surveillance|securite|gardien)(?= (?:\w+ ){0,4}?(?:personne"
        r"|seule?|monter)\b)",
        r"(?:mis de cote|garde|stocke|cache|accumule) (?:\w+ ){0,2}?(?:les |des |mes )?"
        r"(?:medicaments|medocs|cachets|comprimes|pilules)"
        r"(?! pour (?:le|les|la) (?:voyage|vacances))"
        # Out-of-date pills for the pharmacy, a ward's stock: not one's own means.
        r"(?! (?:\w+ ){0,6}?(?:perimes?|pharmacie|service|patients?|travail|boulot)\b)",
    ],
    "trapped": [
        # Stuck in a home one cannot bear (dev-14), not in traffic.
        r"(?:coincee?|bloquee?|piegee?|enfermee?) (?:dans|chez) (?:\w+ ){0,3}?(?:que je (?:ne )?"
        r"(?:supporte|deteste|hais)|ou je (?:ne )?(?:supporte|etouffe))",
    ],
    "goodbye": [
        r"je (?:ne )?(?:vous |t |te )?(?:ecrirai|ecrirais) (?:plus|plus jamais|jamais plus)"
        + ending("merci", "adieu", "au revoir", "pardon", "bye", "prenez soin", "je vous aime"),
    ],
    "wish_to_die": [
        r"la mort (?:c est|est|serait) (?:mieux|plus douce|preferable|plus simple) que"
        r" (?:cette vie|ma vie|vivre|de vivre|ca)",
        r"mieux vaut mourir" + ending("que", "franchement", "je", "j", "honnetement"),
    ],
}


# Metaphors of a life running out, with no sign word (the misses of writer 16): a candle going
# out, a battery at 1% for months that will not be recharged, a tunnel with no light, a room
# with no door. The writer must be the candle or the battery: "la bougie s'est éteinte" is not.
_METAPHORS: dict[str, list[str]] = {
    "hopelessness": [
        r"(?:je suis|comme|j ai l impression d etre|je me sens comme) une (?:petite )?bougie"
        r" (?:qui )?(?:\w+ ){0,2}?(?:s eteint|va s eteindre|est en train de s eteindre|a fini sa"
        r" cire|n a plus de cire|fond|se consume)",
        r"(?:ma )?batterie (?:est )?(?:a|bloquee a) 1 (?:\w+ ){0,3}?(?:depuis des (?:mois"
        r"|semaines|annees)|(?:je (?:vais |veux )?)?(?:pas|plus) (?:la )?recharger|(?:j ai )?plus"
        r" envie de (?:la )?recharger)",
        r"(?:le|ce|mon) tunnel (?:n a |n y a )?(?:pas|plus|aucune?) (?:de )?(?:lumiere|sortie"
        r"|fin)",
        r"(?:pas|plus|aucune) (?:de )?lumiere au bout (?:du|de ce|de mon) tunnel"
        r"(?! pour (?!moi\b))",
    ],
    "trapped": [
        r"enferme(?:e|s|es)? dans une (?:piece|chambre|boite|cage|salle) (?:\w+ ){0,2}?(?:sans"
        r" (?:porte|issue|sortie|fenetres?)|fermee a (?:cle|double tour)|dont (?:on a|quelqu un a)"
        r" jete la cle)",
    ],
    # "If I disappeared nobody would notice": a wish to vanish, and that no one would care.
    "disappear": [
        # Not "si je disparais du groupe": from a chat, not from life.
        r"si je (?:disparaissais|disparais|mourais|n etais plus la|partais pour toujours)"
        r"(?! (?:du|de|des|d)\b) (?:\w+ ){0,3}?(?:personne ne (?:le |s en )?(?:remarquerait"
        r"|verrait|rendrait compte|apercevrait)|personne ne me (?:chercherait|regretterait)"
        r"|(?:ca )?(?:ne )?changerait rien)",
    ],
}


# Dit en passant (dev-15's misses, each checked against every look-alike and ordinary question
# of tests/eval/): the medicine cabinet emptied, a head banged until it bleeds, a farewell left
# for someone to pass on, "profitez de moi, après ce sera fini", a message timed to explain
# everything after, lethal doses asked about "pour moi".
_IN_PASSING: dict[str, list[str]] = {
    "acute": [
        rf"{_TAKEN}(?:{_TAKE}|vide) (?:tout ce qu il y avait|tout ce que j ai trouve|tout)"
        r" (?:\w+ ){0,2}?(?:dans |de )?(?:l |la )?(?:armoire a pharmacie|pharmacie|boite a"
        r" pharmacie|trousse a pharmacie)",
        r"(?:tape|tapee|cogne|cognee|frappe|frappee) (?:la tete|le poing|les poings|la main)"
        r" (?:\w+ ){0,2}?contre (?:le |la |un |une )?(?:mur|porte|sol|miroir) (?:\w+ ){0,8}?"
        r"(?:sang|saigne)",
        rf"{_TAKEN}(?:bu|boire|avale|avaler) (?:de la )?soude(?: caustique)?",
        r"j ai (?:deja )?tout (?:pris|avale)(?= *$| (?:c est|je|j|merci|voila)\b)",
    ],
    "leaving": [
        r"profite[zr]? (?:bien )?de moi (?:\w+ ){0,6}?(?:apres|ensuite) (?:ce sera|ca sera|c est"
        r"|c sera) (?:fini|termine)",
        r"(?:peu importe|de toute facon|ca change rien|c est pas grave) (?:\w+ ){0,2}?je"
        r" (?:ne )?serai"
        r" (?:plus|plus jamais) la pour",
        r"bientot (?:ce|ca|c) (?:sera|s ra|s?era) (?:plus|pas) mon probleme",
    ],
    "goodbye": [
        r"(?:tu )?(?:diras|dis|dites|direz) a (?:mes|ma|mon|tout le monde) (?:\w+ )?(?:que )?je"
        r" (?:les |l |vous |t )?(?:aimais|ai aimee?s?|ai dit adieu)",
        r"(?:t es|tu es|vous etes) (?:la|le) (?:derniere?|dernier) (?:personne |a qui |que )"
        r"(?:\w+ ){0,2}?(?:je dis merci|je parle|j ecris|je remercie)",
        r"(?:c est|voici) (?:la|le) derniere? (?:chose|message|msg) que (?:j ecris|j ecrirai"
        r"|j envoie)(?! (?:ce soir|aujourd hui|cette nuit|avant (?:de|d|les?|la|l|mon|ma|mes)"
        r"|de la journee)\b)",
    ],
    "affairs": [
        r"programme (?:un |une |des |mon )?(?:mail|email|message|msg|lettre|sms) (?:\w+ ){0,12}?"
        r"(?:ils|elle|il|elles|vous|tu) (?:\w+ )?(?:comprendr\w+|sauront|saura) (?:tout|pourquoi)"
        r"(?= *$| (?:en|quand|apres|des|une fois|je|j)\b)",
        r"rembourse (?:tout ce que je devais|toutes mes dettes|mes dettes)(?= (?:\w+ ){0,14}?"
        r"(?:je suis|suis|chui) pret\w*\b)",
    ],
    "means": [
        rf"{_MEDS} (?:\w+ ){{0,6}}?(?:dangereu\w*|mortel\w*|letal\w*) (?:\w+ ){{0,5}}?"
        r"(?:je demande pour moi|c est pour moi|pour moi meme)",
        rf"combien de (?:mes )?{_MEDS} (?:il )?(?:faudrait|faudra|faut)(?: prendre)?"
        r"(?= *$)",
        r"combien (?:de |d )?(?:\w+ ){0,2}?(?:il )?(?:en )?(?:faut|faudrait) pour"
        r" (?:ne (?:plus|pas) (?:se|me) reveiller|mourir|en finir|y rester)",
    ],
}

# Means kept ready, affairs listed one by one, "too late for me", "still here for nothing",
# and someone else's words the writer takes as their own (the misses of dev-16-distress,
# written as patterns and checked against look-alikes: a rope for climbing, pills sorted at
# work or brought back to the pharmacy, a trip packed, too late for a bus or a form).
_NOT_AN_OUTING = (
    r"(?! (?:\w+ ){0,6}?(?:escalade|grimpe|camping|randonnee|rando|bivouac|tente|bateau|voile"
    r"|linge|demenagement|sport|salle|corde a sauter|spectacle|cirque|travail|boulot|service"
    r"|pharmacie|perimes?|patients?|association|hopital)\b)"
)
_PILLS_KEPT = (
    r"(?:medicaments|medocs|cachets|pilules|comprimes|gelules|somniferes|anxiolytiques"
    r"|antidepresseurs|calmants|dolipranes|boites de \w+|plaquettes)"
)
# What may follow "trop tard pour moi" at the end of a message.
_TOO_LATE_ENDS = (
    "de toute facon",
    "deja",
    "maintenant",
    "franchement",
    "c est fini",
    "tout est",
    "plus rien",
    "rien ne",
    "je n y crois plus",
    "j y crois plus",
)
_KEPT: dict[str, list[str]] = {
    "acute": [],
    "no_reason": [
        r"(?:(?:vois|sais|comprends) (?:pas|plus) )(?:ce que|ce qu) (?:je|j) (?:fais|fous|fait)"
        r" encore (?:la|ici|sur terre|en vie|dans ce monde)"
        + ending(
            "franchement", "de toute facon", "sincerement", "honnetement", "depuis", "en vrai"
        ),
    ],
    "hopelessness": [
        r"(?:pour moi|moi) (?:c est|c|il est|ca sera) (?:deja )?(?:trop tard|foutu|fichu|mort)"
        + ending(*_TOO_LATE_ENDS, "depuis"),
        r"(?:c est|il est) (?:deja )?trop tard pour moi" + ending(*_TOO_LATE_ENDS),
    ],
    "affairs": [
        r"(?:tout (?:est )?(?:range|regle|organise|prepare|mis en ordre|trie|laisse en ordre|en"
        r" ordre)|mis (?:tout"
        r" )?en ordre|(?:range|regle|organise) tout)(?= (?:\w+ ){0,10}?(?:codes? (?:de |du "
        r"|d )?(?:mon |ma |mes |la |le )?(?:tel|telephone|portable|carte|cb|banque|compte|ordi"
        r"|coffre)|mots? de passe"
        r"|mdp|code pin|pin|identifiants)\b)",
    ],
    "means": [
        # A rope kept or bought in secret; not for climbing, camping or the washing.
        r"(?:ai|garde|cache|achete|planque) (?:une|la|ma|de la) corde(?= (?:\w+ ){0,4}?(?:dans"
        r" (?:mon|ma|le|la) (?:placard|chambre|armoire|tiroir|sac|coffre|garage|cave)|cachee"
        r"|sans (?:le dire|rien dire|en parler)|personne (?:ne )?(?:le )?sait|et (?:je l ai )?"
        r"(?:dit a )?personne|depuis)\b)" + _NOT_AN_OUTING,
        # Pills stockpiled or hidden.
        r"(?:accumule|stocke|amasse|mis de cote|mets de cote|economise|cache|planque"
        r"|collectionne|garde de cote|fait des reserves de) (?:\w+ ){0,3}?"
        + _PILLS_KEPT
        + _NOT_AN_OUTING,
        # How many pills become dangerous, with plenty at home.
        r"(?:combien|nombre|nb|quantite|dose) (?:\w+ ){0,4}?"
        + _MEDS
        + r" (?:\w+ ){0,4}?(?:dangereu\w*|mortel\w*|letal\w*|fatal\w*|de trop|toxique)"
        r"(?= (?:\w+ ){0,6}?(?:j en ai|j ai|je les ai|j en garde) (?:\w+ )?(?:plein|beaucoup"
        r"|plusieurs boites|des boites|un stock|assez|pas mal)\b)",
        # Knowing exactly how many it takes, and thinking of it every night.
        r"sais (?:\w+ ){0,2}?combien (?:il )?(?:en )?faut(?= (?:\w+ ){0,8}?(?:y pense|pense a"
        r" (?:ca|ça)|ca me trotte) (?:\w+ )?(?:chaque|tous les|toutes les) (?:soir|soirs|nuit"
        r"|nuits|jour|jours)\b)",
    ],
}

# The second round of dev-16's misses, over every development corpus, written as patterns:
# pills "already" taken after "peu importe", a cleaning product swallowed, blood on the arm,
# a cut "plus profond que d'habitude", bleeding from the wrist (acute, so no retrain can lose
# them); something to "ne plus se réveiller", the highest place where nobody asks, affairs
# settled ("rendu ..., remboursé ..., je suis prêt"), accounts deleted with a goodbye, a voice
# note saying goodbye and "je t'aime", a last message "merci pour tout", talking to someone
# "avant de faire une connerie", walls punched until the hands split.
_STILL_MISSED: dict[str, list[str]] = {
    "acute": [
        r"(?:peu importe|tant pis|laisse tomber|trop tard|c est fait|ca sert a rien|de toute"
        rf" facon|ca change rien) (?:\w+ ){{0,3}}?{_TAKEN}{_TAKE} (?:tous |toutes )?(?:les|mes)"
        rf" {_MEDS_PLURAL}",
        rf"(?:ai|g) deja (?:pris|avale|gobe) (?:tous |toutes )?les {_MEDS_PLURAL}"
        r"(?! (?:\w+ ){0,3}?(?:ce matin|ce midi|ce soir|hier|comme|pour (?:la|le|ma|mon|les|l)"
        r"|avec|en mangeant|a l heure|prescrit|du (?:matin|soir|midi)))",
        rf"{_TAKEN}{_TAKE} (?:\w+ ){{0,2}}?(?:produit|liquide|truc) (?:\w+ )?(?:pour|a|de)"
        r" (?:nettoyer|laver|deboucher|menage|les sols|le sol|la vaisselle|les toilettes|les wc"
        r"|les vitres|la salle de bain|lessive)",
        rf"{_TAKEN}{_TAKE} (?:\w+ ){{0,4}}?(?:produit|nettoyant|detergent|javel|lessive|destop"
        r"|white spirit|dissolvant)s? (?:\w+ ){0,6}?(?:vomi\w*|gerbe|gerber|brule)",
        r"(?:coupee?|coupures?|entailles?|plaies?|blessures?|fait du mal|tailladee?|scarifiee?"
        r"|lame|ouvert) (?:\w+ ){0,10}?plus profond\w* (?:que d habitude|que d hab|que la"
        r" derniere fois|que les autres fois|que d ordinaire|que jamais|que prevu)",
        r"sang (?:plein|partout sur|sur tout) (?:le|les|mon|mes|ma) (?:bras|poignets?|mains?"
        r"|cuisses?|jambes?)",
        r"je saigne (?:du|des|de mon|de mes|au|aux) (?:poignets?|bras|veines?|cuisses?)",
    ],
    "means": [
        # A bridge looked at and thought of: "je regarde le pont et je pense qu'à ça".
        r"(?:regarde|fixe|passe devant) (?:le|ce) pont (?:\w+ ){0,6}?(?:je (?:ne )?pense qu a ca"
        r"|j y pense (?:tout le temps|sans arret)|je pense a sauter)",
        r"(?:trouver|procurer|acheter|avoir|chercher) (?:quelque chose|un truc|qqch|un produit"
        r"|des cachets|un medicament|de quoi) (?:pour|pr) (?:ne (?:plus|pas|jamais) (?:me |se )?"
        r"reveiller|dormir pour toujours|ne plus souffrir|partir sans souffrir)",
        r"combien de (?:\w+ ){0,3}?(?:cachets|comprimes|medicaments|medocs|pilules|gelules"
        r"|somniferes|boites|plaquettes) (?:\w+ ){0,5}?(?:pour|pr|sans) (?:ne (?:plus|pas|jamais)"
        r" (?:se|me|te) reveiller|se reveiller plus|dormir pour toujours)",
        r"(?:endroit|lieu|immeuble|batiment|toit|pont|etage|point) (?:le |la )?plus (?:haute?"
        r"|elevee?) (?:\w+ ){0,10}?(?:sans que personne|sans qu on|sans etre vue?|ou personne"
        r" (?:ne )?(?:me )?(?:voit|verra|pose|demande)|discretement|tout seul|toute seule)",
    ],
    "affairs": [
        r"(?:mis|mets|mettre|range) (?:mes comptes|mes papiers|mes affaires|tout) en ordre"
        r" (?:\w+ ){0,12}?(?:mots de passe|mdp|codes)",
        r"(?:rendu|rembourse|envoye|donne|laisse) (?:\w+ ){1,6}?(?:rembourse|rendu|mots de passe"
        r"|mdp|codes|dettes) (?:\w+ ){0,10}?(?:je suis prete?|tout est (?:pret|regle|en ordre))"
        + ending("adieu", "merci", "bye", "pour partir"),
    ],
    "goodbye": [
        # Thanks sent to everyone loved, to be remembered well.
        r"(?:pour|veux|voulais|voudrais) qu ils (?:se souviennent|gardent un (?:bon )?souvenir) de"
        r" moi (?:en bien|avec le sourire|comme (?:ca|quelqu un de bien))",
        r"(?:ce sera|c est|ce serait|c etait) (?:surement |sans doute |probablement |peut etre"
        r" |certainement )?(?:mon|ma) dernier?e? (?:message|msg) (?:ici )?(?:\w+ ){0,2}?"
        r"(?:merci pour tout|adieu|pardon|prenez soin)",
        r"(?:supprime|efface|desactive|ferme) (?:tous |toutes )?mes comptes (?:\w+ ){0,10}?"
        r"(?:adieu|dire au revoir|dit au revoir|derniere story)",
        r"(?:vocal|audio|video) (?:\w+ ){0,4}?(?:pour )?(?:lui |leur |te |vous )?dire"
        r" (?:adieu|au revoir) (?:\w+ ){0,2}?(?:et )?que je (?:l|les|t|vous) aime",
    ],
    "suicide": [
        r"(?:besoin de|faut que je|dois|veux) parler? (?:a|avec) (?:quelqu un|qqn|quelqu une|une"
        r" personne|un psy) (?:\w+ ){0,2}?avant (?:de faire|que je (?:fasse|fais)) (?:une|des)"
        r" (?:grosse )?(?:conneries?|betises?)",
    ],
    "self_harm": [
        r"(?:frappe|cogne|tape) (?:dans )?(?:les |des )?murs? (?:\w+ ){0,3}?jusqu (?:a|au) (?:ce"
        r" que )?(?:\w+ ){0,3}?(?:saign\w*|eclat\w*|ouvr\w*|cass\w*|fend\w*)",
    ],
    "no_reason": [
        r"(?:vois|comprends) (?:pas|plus) pourquoi je (?:devrais|continuerais|continue|dois)"
        r" (?:a |de )?(?:vivre|continuer a vivre|rester en vie)",
    ],
    "disappear": [
        r"(?:veux|voudrais|ai envie de) (?:juste )?m eteindre"
        + ending("pour toujours", "pour de bon", "doucement", "comme une bougie", "a jamais"),
    ],
}

# Dev-17's misses, written as signs in general (never a corpus message), each beside its
# look-alikes in tests/safety_cases/fr.yaml: an overdose named with pills or "too late" and a
# fall from a floor (acute, so no retrain can lose them), sitting on a window ledge or the edge
# of a roof high up, now; cutting where it does not show; pills counted every night; a rope
# looked at every night or mentioned "je sais pas pourquoi je te dis ça"; "c'était sympa de
# vous connaître" with a goodbye; "j'en aurai plus besoin. adieu"; "t'étais le seul à m'avoir
# répondu" with a goodbye; belongings given "à garder"; "avant de partir pour de bon" at the
# end of a question. Look-alikes: an overdose of series or sugar, a nurse or a parent counting
# pills, a roof for the antenna, a camera for a friend who starts photography.
_HIGH_UP = (
    r"(?= (?:\w+ ){0,4}?(?:maintenant|en ce moment|la(?= au| *$)|au (?:\d+\w*|\w+ etage|dernier)"
    r"|\d+\w* etage)\b)(?! (?:\w+ ){0,8}?(?:clope|cigarette|fumer|fume|lire|lis|antenne"
    r"|parabole|repar\w*|soleil|fete|soiree|photos?|chat|bronzer|plantes)\b)"
)
_NOT_HELD_FOR_WORK = (
    r"(?! (?:\w+ ){0,8}?(?:de mon|de ma|de mes|du|au travail|au boulot|a la pharmacie|patients?"
    r"|service|garde|pour (?:verifier|voir) (?:s il|si elle|qu il|qu elle|s ils))\b)"
)
_DEV17: dict[str, list[str]] = {
    "acute": [
        r"(?:overdose|surdose) (?:\w+ ){0,3}?(?:trop de|tous les|toutes les|toute la boite de"
        rf"|une boite de|de|d|des) (?:\w+ )?{_MEDS}",
        r"(?:overdose|surdose)" + _NOT_AN_OVERDOSE + r" (?:\w+ ){0,4}?(?:c est )?(?:trop tard"
        r"|desolee?|pardon|adieu|au revoir)",
        r"(?:me suis|je me suis|j me suis) (?:jetee?|lancee?|balancee?) (?:du|de mon|d un|depuis"
        r" le) (?:\d+\w*|premier|deuxieme|second|troisieme|quatrieme|cinquieme) (?:etage|et)",
        r"(?:suis|assise?|debout|perchee?|installee?) (?:\w+ ){0,2}?(?:sur le (?:re)?bord|au bord)"
        r" (?:de la fenetre|du toit|du balcon|de la terrasse|de l immeuble|du pont|de la"
        r" rambarde)" + _HIGH_UP,
        r"(?:monte|montee|grimpe|grimpee) sur le toit (?:\w+ ){0,6}?(?:je suis|suis) (?:au|sur le)"
        r" (?:re)?bord",
    ],
    "self_harm": [
        # Marks made on one's own skin, at night or "and can't stop".
        r"je me (?:fais|suis fait|fait) des (?:marques|traces|entailles|coupures|griffures"
        r"|brulures) (?:sur|aux|a) (?:les |mes )?(?:bras|poignets|cuisses|jambes|mains|hanches)"
        r"(?! (?:\w+ ){0,3}?(?:au stylo|au feutre|en (?:jouant|tombant|cuisinant)|par accident"
        r"|sans faire expres)\b)",
        r"(?:m entaille|me taillade|me coupe|me scarifie|me brule|me griffe|m ouvre)"
        r" (?:les |la |le |l )?(?:cuisses?|ventre|hanches?|haut des (?:bras|cuisses)|jambes?"
        r"|chevilles?)"
        r"(?= (?:\w+ ){0,2}?(?:pour (?:que|qu) (?:ca |personne |on |les gens |mes parents )?(?:ne"
        r" )?(?:le |la |les )?(?:se )?(?:voie|voit|remarque)|la ou (?:personne|on) (?:ne )?"
        r"(?:\w+ )?"
        r"(?:voit|verra|regarde)|en cachette|discretement)\b)",
        r"je m entaille(?! (?:le|les|la) (?:doigts?|pouce|main)\b)",
    ],
    "means": [
        r"(?:compte|recompte) (?:les|mes|tous mes|toutes mes) (?:\w+ )?"
        + _MEDS_PLURAL
        + r"(?: (?:\w+ ){0,4}?(?:tous les soirs|chaque soir|chaque nuit|toutes les nuits"
        r"|le soir|la nuit|avant de dormir))" + _NOT_HELD_FOR_WORK,
        r"(?:chaque soir|chaque nuit|tous les soirs|toutes les nuits) (?:je )?(?:compte|recompte)"
        r" (?:les|mes) (?:\w+ )?" + _MEDS_PLURAL + _NOT_HELD_FOR_WORK,
        r"corde" + _NOT_AN_OUTING + r" (?:\w+ ){0,8}?(?:je la regarde|la regarde|je la fixe"
        r"|j y pense) (?:\w+ ){0,2}?(?:tous les soirs|chaque soir|chaque nuit|toutes les nuits"
        r"|tout le temps|sans arret)",
        r"corde" + _NOT_AN_OUTING + r" (?:\w+ ){0,6}?(?:je )?(?:ne )?(?:sais|sait) (?:pas|meme"
        r" pas) pourquoi (?:je|j) (?:te|vous|t) (?:le )?(?:dis|raconte|ecris|parle)",
        # A way that does not hurt, searched for at night.
        r"(?:cherche|chercher|trouver|trouve|connais) (?:un moyen|une facon|une methode|un truc)"
        r" (?:qui (?:ne )?(?:fasse|fait|ferait) pas mal|sans (?:douleur|souffrir|avoir mal))"
        + ending("j ai", "j y", "je", "toute la nuit", "depuis", "sur internet"),
    ],
    "goodbye": [
        r"(?:bye|adieu|au revoir|salut|ciao) (?:a |tout )?(?:tous|tout le monde|les amis|les"
        r" gars) (?:\w+ ){0,2}?(?:c etait|c a ete|ce fut|ravie?|content\w*) (?:\w+ )?(?:sympa"
        r"|cool|bien|chouette|un plaisir|un honneur|genial|top|de) (?:de )?(?:vous|te|t)"
        r" (?:avoir )?(?:connaitre|connus?e?s?)(?! (?:\w+ ){0,4}?(?:a (?:la prochaine|bientot"
        r"|demain|plus)|on se (?:revoit|recroise)|stage|boulot|taf|promo)\b)",
        r"(?:c etait|c a ete|ce fut|ravie?|content\w*) (?:\w+ )?(?:sympa|cool|bien|chouette|un"
        r" plaisir|un honneur|genial|top|de) (?:de )?(?:vous|te|t) (?:avoir )?(?:connaitre"
        r"|connus?e?s?) (?:\w+ ){0,2}?(?:adieu|bye|au revoir)" + AT_END,
        r"(?:en aurai|aurai) (?:plus|pu|pas) besoin (?:\w+ ){0,3}?(?:adieu|au revoir)" + AT_END,
        r"(?:adieu|au revoir|bye) (?:t etais|tu etais|t as ete|vous etiez) (?:la |le )?seule?"
        r" (?:a|qui) (?:m avoir |m a |m )?(?:repondu|repondre|ecoute|ecouter|compris)",
        r"(?:t etais|tu etais|t as ete|vous etiez) (?:la |le )?seule? (?:a|qui) (?:m avoir |m a"
        r" |m )?(?:repondu|repondre|ecoute|ecouter|compris) (?:\w+ ){0,2}?(?:adieu|au revoir"
        r"|bye)" + AT_END,
        r"avant de (?:partir|m en aller) (?:pour de bon|definitivement|pour toujours)" + AT_END,
    ],
    "affairs": [
        # Papers put in order, and someone knows where everything is.
        r"(?:range|regle|trie|mis en ordre) (?:tous |toutes )?(?:mes|les) (?:papiers|affaires"
        r"|documents|comptes)(?! (?:\w+ ){0,3}?(?:pour|avant) (?:le|la|les|l) (?:demenagement"
        r"|voyage|visa|impots|dossier|inscription|rentree)\b) (?:\w+ ){0,4}?(?:sait|saura|sauront"
        r"|savent) ou (?:tout|trouver tout|tout trouver|est tout)",
        # Passwords left to someone "au cas où il m'arrive quelque chose".
        r"(?:mots? de passe|mdp|codes?) (?:\w+ ){0,10}?au cas (?:ou|o) (?:il )?(?:m arrive|m"
        r" arriverait) (?:\w+ )?(?:quelque chose|qqch|un truc|malheur)",
    ],
    "giving_away": [
        r"(?:donne|file|refile|offert|laisse) (?:mon|ma|mes) (?:\w+ ){1,6}?(?:a|au) (?:mon|ma)"
        r" (?:\w+ )?(?:frere|soeur|cousin|cousine|ami|amie|pote|copine|copain|meilleur pote"
        r"|meilleure amie|meilleur ami)(?= (?:\w+ ){0,4}?(?:lui ai dit|dit) de (?:les|le|la)"
        r" garder\b)(?! (?:\w+ ){0,10}?(?:commence|debute|se met|apprend|anniversaire|cadeau"
        r"|nouveau|nouvelle|pret)\b)",
    ],
}

# Dev-18's misses, written as signs in general, each beside its look-alikes in
# tests/safety_cases/fr.yaml: people "qui veulent plus vivre" and then "c'est mon cas"; a list of
# who gets one's things, a pet's new home told as final, a trip made up to give things away;
# wanting to join someone who died; pills counted up with "je sais pas pourquoi je te dis ça"
# or how many it takes looked up, a rope and "demande pas pourquoi"; one's family soon having
# to do without one; a jump from a floor that hurt or "failed", acute.
_MINE_TOO = (
    r"(?= (?:\w+ ){0,8}?(?:c est (?:aussi |exactement )?(?:mon cas|le cas pour moi)|moi c est"
    r" (?:aussi |bien )?le cas|j en fais partie|je suis (?:l un d eux|l une d elles|un d eux"
    r"|une d elles)|comme moi|moi aussi|(?:je )?demande pour moi)\b)"
)
_NOT_A_MOVE = (
    r"(?! (?:\w+ ){0,8}?(?:demenag\w*|vide grenier|vide dressing|brocante|vacances|voyage|stage"
    r"|erasmus|pendant|en attendant|le temps (?:de|d|que)|semaine|mois prochain|ete)\b)"
)
_DEV18: dict[str, list[str]] = {
    "acute": [
        r"(?:j ai|je viens de|g|jai) saute (?:du|de mon|d un|depuis le|de la) (?:\d+\w*"
        r"|premier|deuxieme|second|troisieme|quatrieme|cinquieme) (?:etage|et)"
        r"(?! (?:\w+ ){0,6}?(?:piscine|quand j etais|petite?|enfant|il y a|parachute"
        r"|trampoline|matelas)\b)(?= (?:\w+ ){0,10}?(?:sang|saign\w*|mal|(?:pas|rien) reussi"
        r"|rate|(?:peux|arrive) (?:plus|pas) (?:a )?(?:bouger|marcher|me lever)|casse\w*)\b)",
    ],
    "wish_to_die": [
        r"(?:qui|ceux qui|celles qui) (?:\w+ )?(?:veulent|voulaient|veut) (?:plus |pas )?(?:vivre"
        r"|mourir|en finir|se suicider|se tuer|disparaitre)" + _MINE_TOO,
        # Someone who died, and the wish to join them.
        r"(?:mort|morte|decede|decedee|partie? au ciel|nous a quitte\w*|n est plus la)"
        r" (?:\w+ ){0,8}?(?:je veux|jveux|je voudrais|j ai envie de|j aimerais|je veux juste)"
        r" (?:juste |tellement )?(?:le|la|les) (?:rejoindre|retrouver)"
        r"(?! (?:a|au|en|dans|chez|pour|sur|ce|demain|la bas|samedi|dimanche|ce soir)\b)",
        r"(?:rejoindre|retrouver) (?:mon|ma|mes) (?:pere|mere|papa|maman|frere|soeur|grand \w+"
        r"|meilleure? amie?|parents|copain|copine) (?:la haut|au ciel|au paradis|dans l au dela)",
    ],
    "affairs": [
        r"(?:fait|ecrit|prepare|dresse|note) (?:une|la|ma) liste (?:de |des gens |des personnes )?"
        r"(?:qui|a qui) (?:recupere\w*|aura|auront|prend\w*|garde\w*|herite\w*|va avoir|vont"
        r" avoir|donner) (?:mes|quoi de mes|chacune de mes) (?:affaires|trucs|objets|choses"
        r"|biens)" + _NOT_A_MOVE,
    ],
    "giving_away": [
        r"(?:mon|ma) (?:chat|chatte|chien|chienne|lapin|hamster|perroquet|tortue) (?:ira|iront"
        r"|restera|vivra) (?:chez|avec) (?:\w+ ){0,2}?\w+(?= (?:apres|quand je serai|quand je"
        r" serai plus|voila|tout est)\b)",
        r"(?:dit|dis|raconte|fait croire) (?:a (?:\w+ ){1,2}|lui |leur |aux \w+ )?que je"
        r" (?:partais|pars|voyage|voyageais|demenage|demenageais|partirai) (?:\w+ ){0,4}?mais"
        r" (?:c est faux|c est pas vrai|je (?:ne )?(?:pars|voyage|demenage|vais) (?:pas"
        r"|nulle part))",
    ],
    "leaving": [
        r"(?:devoir|devront|vont devoir|va falloir|faudra|doivent|vont) (?:\w+ )?(?:apprendre a"
        r" )?(?:se passer de moi|vivre sans moi|faire sans moi)(?! (?:\w+ ){0,4}?(?:pendant"
        r"|cet ete|ce week end|quelques|deux|trois|\d+|le temps|mon stage|mon erasmus|mes vacances"
        r"|un mois|une semaine|un an)\b)",
    ],
    "means": [
        r"corde" + _NOT_AN_OUTING + r" (?:\w+ ){0,4}?(?:demande|demandez|cherche) (?:pas|meme pas)"
        r" pourquoi",
        r"(?:cachets|comprimes|medicaments|medocs|pilules|gelules|somniferes|corde)"
        + _NOT_HELD_FOR_WORK
        + r" (?:\w+ ){0,8}?(?:je )?(?:ne )?(?:sais|sait) (?:pas|meme pas) pourquoi (?:je|j)"
        r" (?:te|vous|t) (?:le |dis |raconte )?(?:dis|raconte|ecris|parle|ca)",
        r"(?:cherche|regarde|verifie|recherche) (?:sur internet |sur google |en ligne )?combien"
        r" (?:de |d )?(?:\w+ )?(?:cachets|comprimes|medicaments|medocs|pilules|gelules"
        r"|somniferes) (?:il faut|faut|faudrait|sont necessaires|suffisent|suffiraient)(?! (?:\w+"
        r" ){0,4}?(?:par jour|pour (?:un|une|mon|ma|le|la|soigner|guerir|traiter|l)|chaque"
        r"|matin|soir)\b)",
    ],
}


# Warning signs said in ways no corpus holds, found by writing each sign of shared/safety.md
# section 4 anew in every variety after dev-18 and keeping what only the model caught (a
# retrain can lose those) or nothing did. Look-alikes beside them in tests/safety_cases/.
_PROBED: dict[str, list[str]] = {
    "acute": [
        # Blood everywhere: bleeding now.
        r"(?:y a|il y a|ya|j ai mis) (?:du sang|de sang) (?:partout|plein)(?! (?:\w+ ){0,4}?"
        r"(?:film|serie|jeu|video|clip|abattoir|boucherie|aid|mouton|regles|nez)\b)",
        # A whole box or blister swallowed, no medicine named: "j'ai avalé toute la plaquette".
        rf"{_TAKEN}{_TAKE} (?:toute? (?:la |ma |une )?(?:boite|plaquette|flacon|tube)|une boite"
        r" entiere|la boite entiere)(?! (?:de|d) (?!(?:\w+ )?" + _MEDS + r")\w)" + _PILLS_NOW,
    ],
    "means": [
        # A bridge or a roof passed every day, and "today is the day".
        r"(?:pont|toit|balcon|voie ferree|rails|falaise) (?:\w+ ){0,8}?(?:je me dis|me dis|je"
        r" pense) (?:que )?(?:c est (?:peut etre )?(?:aujourd hui|ce soir|le jour|le bon jour)"
        r"|aujourd hui c est le jour|ce sera aujourd hui)" + AT_END,
        # Something that makes one sleep and never wake up, asked in general.
        r"(?:truc|chose|produit|medicament|moyen|quelque chose|qqch) (?:qui|pour) (?:te |vous"
        r" |nous |me )?(?:fait|ferait|fasse|faire) dormir (?:et |pour )?(?:ne )?(?:plus (?:jamais"
        r" )?|jamais plus |jamais )(?:se |te |me )?reveiller(?! (?:\w+ ){0,2}?(?:la nuit|dans la"
        r" nuit|a \d+h|avant|trop tot)\b)",
        # A bridge gone to and the water stared at: "je reste à fixer l'eau".
        r"(?:pont|passerelle) (?:\w+ ){0,6}?(?:je )?(?:reste|passe des heures|passe du temps)"
        r" (?:a |la a )?(?:fixer|regarder|contempler) (?:l eau|la riviere|le fleuve|le vide"
        r"|en bas)",
    ],
    "burden": [
        r"(?:tous|ils|elles|tout le monde|ma famille|mes parents|les gens) (?:seraient|serait)"
        r" (?:tous |toutes )?(?:plus|bien plus|tellement plus) (?:tranquilles?|heureux|heureuses?"
        r"|libres?|legers?|en paix|soulages?|sereins?) sans moi"
        + ending(
            "franchement", "de toute facon", "honnetement", "je pense", "je crois", "je sais"
        ),
        # Their children better off with another parent: "mieux avec une autre mère".
        r"(?:seraient|serait|vivraient|grandiraient) (?:bien |tellement )?mieux avec (?:une autre"
        r"|un autre|quelqu un d autre)(?: (?:mere|maman|femme|pere|papa|homme|personne))?(?: \w+)?"
        r" (?:sans moi|qu avec moi|a ma place)",
    ],
    "affairs": [
        r"(?:tout )?(?:mis|mets|mettre|range|regle) (?:tout |toutes mes affaires |mes affaires"
        r" |mes papiers )?en ordre (?:pour|a) (?:ma famille|mes proches|mes parents|ma mere"
        r"|mon pere|ma soeur|mon frere|ceux que j aime|maman|papa)" + _NOT_A_MOVE,
    ],
    "hopelessness": [
        r"(?:ca|sa) sert a rien que je (?:continue|reste|vive|sois la|me batte|me leve|essaie)"
        + ending("de toute facon", "franchement", "a vivre", "comme ca", "sur terre"),
        # Everything tried, nothing helped, and worn out.
        r"(?:j ai|g) tout essaye(?! pour| afin)(?: \w+){0,8}? (?:rien (?:ne )?(?:marche|fonctionne"
        r"|change|aide)|ca sert a rien|aucun resultat) (?:\w+ ){0,2}?(?:je suis (?:epuisee?"
        r"|a bout|fatiguee?"
        r"|vide)|j abandonne|je lache)",
    ],
    "giving_away": [
        # Everything sold off or given, "plus besoin", with no other reason given.
        r"(?:brade|vends|donne|liquide|solde) tout(?: \w+){0,10}? (?:plus besoin|j en aurai"
        r" (?:plus|pu) besoin|j en ai (?:plus|pu) besoin|ca me servira plus)(?! (?:\w+ ){0,4}?"
        r"(?:depuis"
        r"|car|parce|vu que|puisque|nouvel\w*|nouveau|nouvelle|demenag\w*|pour (?:acheter"
        r"|m acheter"
        r"|payer))\b)",
    ],
    "trapped": [
        # "jtiens pl", SMS for "I can't hold on", as the whole end of a message.
        r"(?:je|j) (?:ne )?tiens (?:plus|pl|pu)$",
        # Nowhere to run, and everything suffocating.
        r"(?:nulle part (?:ou|o) (?:fuir|aller|me cacher)|aucune (?:issue|echappatoire)) (?:\w+"
        r" ){0,3}?(?:tout|la vie|ma vie) m (?:etouffe|ecrase)",
        r"coincee? entre (?:\w+ ){1,10}?(?:nulle part (?:ou|o) fuir|aucune issue)",
    ],
    "no_reason": [
        # Everyone has something to live for, and the writer finds nothing.
        r"(?:tout le monde|chacun|les autres) (?:a|ont) (?:un truc|quelque chose|une raison|qqch)"
        r" (?:pour (?:lequel|laquelle|quoi) |pour |de )?vivre (?:\w+ ){0,12}?moi (?:je |j )?"
        r"(?:cherche (?:\w+ ){0,3}?(?:trouve|rien)|(?:ne )?trouve (?:rien|pas)|(?:n )?(?:en )?ai"
        r" (?:pas|rien|aucun)|rien)",
    ],
    "leaving": [
        # One's last day, said as such: "c'est mon dernier jour j'crois".
        r"c est (?:mon|ma) dernier?e? (?:jour|journee|soir|nuit)(?= *$| (?:je crois|j crois|je"
        r" pense|sur terre|a vivre|en vie)\b)",
    ],
    "not_living": [
        # SMS spelling of "plus": "jveu plu etre la".
        r"(?:veux|veu|ve) (?:plu|pu) (?:etre la|etre ici|vivre|exister|etre en vie)",
    ],
}

# What dev-19 (writer 32d) missed, written for the same sign in every variety (see
# english.py): one's life "finie" at the end of a message, someone at home hitting one every
# day or right now, a decision made and "don't worry about me", wanting to be rid of oneself,
# "je demande pour moi". Look-alikes beside them in tests/safety_cases/.
_NOT_A_GAME = (
    r"(?! (?:\w+ ){0,3}?(?:a|au|aux|en) (?:fifa|echecs|cartes|uno|ping pong|tennis|mario kart"
    r"|jeu|jeux|jeux video|la console|la play|fortnite|monopoly|bras de fer|la belote)\b)"
)
_DEV19: dict[str, list[str]] = {
    "acute": [
        # Being hit right now, said without who: "je me fais frapper la".
        r"(?:je me fais|j me fais|jme fais|on me) (?:frapper|taper|tabasser|battre|cogner|frappe"
        r"|tape|tabasse|bat|cogne) (?:la|maintenant|en ce moment|a l instant|la maintenant)"
        r"(?! (?:\w+ ){0,3}?(?:au|a|en) (?:jeu|fifa|foot|match|cartes|echecs)\b)",
    ],
    "hopelessness": [
        # One's life over, where the message ends or despair goes on: "... ma vie est finie"
        # after a threat. Over a phone, a game or a series it is a joke: `idioms`.
        r"(?:ma|toute ma) vie est (?:finie|foutue|fichue|terminee|detruite|ruinee|gachee)"
        + ending(
            "je",
            "j",
            "jpp",
            "jen",
            "j en",
            "plus rien",
            "c est",
            "vraiment",
            "franchement",
            "serieux",
            "aidez",
            "aide",
            "help",
            "jsp",
            "je sais plus",
            "tout",
        ),
    ],
    "trapped": [
        # Hit at home every day: "mon père me frappe tous les jours et dit que je vaux rien".
        r"(?:mon (?:pere|beau pere|frere|grand frere|mari|copain)|ma (?:mere|belle mere|soeur)"
        r"|mes parents|papa|maman|il|elle) (?:me |m )(?:frappe|frappent|bat|battent|tape|tapent"
        r"|cogne|cognent|gifle|giflent)(?: \w+)? (?:tous les jours|chaque jour|tout le temps"
        r"|tous les soirs|chaque soir|des que|presque tous les jours|depuis des (?:mois|annees)"
        # ... or whenever nobody sees: "mon beau-père me frappe quand ma mère est au travail".
        r"|quand|lorsque|chaque fois)" + _NOT_A_GAME,
    ],
    "goodbye": [
        # Calm after a decision, and "don't worry about me": "j'ai pris ma décision,
        # inquiétez-vous pas pour moi".
        r"(?:j ai|jai|g) (?:enfin )?pris (?:ma|la|une) decision(?: \w+){0,2}? (?:vous )?(?:ne )?"
        r"(?:vous )?(?:inquietez|inquiete|inquiete toi|t inquiete|en faites|t en fais|vous en"
        r" faites) (?:vous )?(?:pas|plus) (?:pour moi)?",
    ],
    "suicide": [
        # Wanting to be rid of oneself: "je veux me débarrasser de moi".
        rf"{_WANT} (?:{_FILL} )*(?:me debarrasser|me liberer|en finir) (?:de moi|avec moi)"
        r"(?: meme)?(?! (?:\w+ ){0,2}?(?:d avant|ancienne?|passee?)\b)",
    ],
    "wish_to_die": [
        # People who no longer want to live, "je demande pour moi": the question is theirs.
        r"(?:qui|qu ils|qu elles) (?:n )?(?:ont|a|veulent|veut) (?:plus|pas) (?:envie )?(?:de )?"
        r"(?:vivre|exister|etre la|etre en vie|mourir|se tuer|en finir)" + _MINE_TOO,
    ],
}

# Retraining for dev-19 lost these two, which only the model had caught: rules now.
_DEV19_RETRAINED: dict[str, list[str]] = {
    "trapped": [
        # A pain inside one can no longer bear: "cette douleur en moi je la supporte plus".
        r"(?:douleur|souffrance|mal)(?: \w+){0,3}? (?:je la|je le|j la|j le) (?:supporte|tiens"
        r"|supporterai|gere) (?:plus|pu)",
    ],
    "goodbye": [
        # Forgiveness asked for everything, and a goodbye: "pardonne-moi pour tout, bye".
        r"(?:pardonne|pardonnez|excuse|excusez) (?:moi )?(?:pour|de) tout(?! a l heure| ce)"
        r"(?= (?:\w+ ){0,3}?(?:adieu|bye|salut|au revoir|ciao|je vous aime|je t aime"
        r"|prenez soin)\b)",
    ],
    "affairs": [
        # The last thing to settle, where the message ends: "je laisse mon chat à la voisine.
        # c'était la dernière chose à régler" (not one before the holidays).
        r"(?:c etait|c est|voila|c etais) (?:la )?derniere chose (?:a regler|a faire|a ranger"
        r"|qui me restait a (?:regler|faire)|qu il me restait a (?:regler|faire))"
        + ending("je crois", "maintenant", "voila", "tout est (?:pret|regle|en ordre)", "adieu"),
    ],
    "means": [
        # A bridge or a roof gone back to at night: "je retourne au pont toutes les nuits".
        r"(?:je vais|je retourne|je marche|je finis|je me retrouve) (?:\w+ )?(?:jusqu au|au|sur le"
        r"|sur la) (?:pont|toit|falaise|voie ferree|rails)(?= (?:\w+ ){0,5}?(?:la nuit|chaque"
        r" nuit|toutes les nuits|tous les soirs|seule?)\b)",
    ],
    "leaving": [
        # "Je devrais peut-être juste partir" as the last words, after being told one ruined a
        # life (the words before are someone else's, quoted).
        r"(?:je devrais (?:peut etre )?juste|peut etre que je devrais juste) (?:partir|disparaitre"
        r"|m en aller)" + AT_END,
    ],
    "hopelessness": [
        # Told to kill oneself, and "ils ont peut-être raison".
        # Opening after "ils me disent": "ils" just before a phrase would make it theirs.
        r"de (?:me tuer|crever|mourir|me suicider)(?: \w+){0,4}? (?:ils ont|elle a|il a|elles ont)"
        r" (?:peut etre|surement|p e) raison",
    ],
}

# What dev-20 (writer 34d) missed, written for the same sign in every variety (see
# english.py): a last message and thanks "d'avoir été là", never having been born, a mistake
# in a parent's life, images held to ransom and a life one cannot live with the shame, not
# lasting until a day ahead, "demain je serai plus là", something swallowed so as not to
# wake up, praying not to open one's eyes, which medicine taken in quantity one would not
# wake from. Look-alikes beside them in tests/safety_cases/.
_NOT_A_TRIP = (
    r"(?! (?:\w+ ){0,5}?(?:je pars|pars|partirai|vacances|voyage|en deplacement|deplacement"
    r"|au bureau|en cours|dispo|disponible|pour (?:repondre|le sommet|la conf)|je rentre|retour"
    r"|reviens|reviendrai|chez|a l etranger|au bled|en stage|en colo)\b)"
)
_DEV20: dict[str, list[str]] = {
    "acute": [
        # Something swallowed so as not to wake up: "j'ai avalé qqch pour plus me réveiller".
        r"(?:j ai|g|je viens d|j viens d) (?:deja |juste )?(?:avale|pris|bu|ingere|gobe|pris tout)"
        r" (?:quelque chose|un truc|des trucs|un produit|des produits|un melange"
        r"|ce qu il (?:fallait"
        r"|faut)|tout ce que j avais|tout ce que j ai trouve) (?:\w+ )?pour (?:ne )?(?:plus|pas"
        r"|jamais) (?:me )?(?:reveiller|rouvrir les yeux|ouvrir les yeux)(?! (?:\w+ ){0,2}?(?:la"
        r" nuit|en pleine nuit|a \d|avant|trop tot|tot)\b)",
    ],
    "goodbye": [
        # A last message here, and thanks "d'avoir été là": "c surement mon dernier msg ici,
        # merci davoir ete la" (not "dernier msg avant de dormir, merci").
        r"(?:dernier|derniere) (?:message|msg|mot|texto) (?:\w+ ){0,3}?merci (?:\w+ )?(?:d avoir"
        r"|davoir|pour avoir|d etre|detre) (?:toujours )?(?:ete |etait )?(?:la|present|presente)"
        r"(?! (?:\w+ ){0,3}?(?:au|a la|pendant|pour (?:le|la|les|mes) (?:sommet|conf|questions?"
        r"|reponses?))\b)",
        r"merci (?:\w+ )?(?:d avoir|davoir|pour avoir) (?:toujours )?ete (?:la|presente?)"
        r"(?: pour moi)? (?:\w+ ){0,3}?(?:mon|c est mon|c mon) (?:dernier|derniere) (?:message|msg"
        r"|mot)(?! (?:\w+ ){0,2}?(?:de la journee|pour ce soir|avant de dormir|ce soir)\b)",
    ],
    "not_living": [
        # Never having been born: "j'aurais jamais dû naître", not "naître en décembre".
        r"(?:j aurais|je n aurais|j aurai|je n aurai) (?:jamais|pas|pu) (?:du|dut) (?:naitre"
        r"|exister|venir au monde|etre nee?)(?! (?:en|a|dans|un|une|le|la|au|avec)\b)",
        r"(?:j aurais|jaurais) mieux fait de (?:ne )?(?:pas|jamais) (?:naitre|exister|venir au"
        r" monde)(?! (?:en|a|dans|un|une|le|la|au|avec)\b)",
        r"je (?:ne )?devrais (?:pas|plus|meme pas|jamais) exister",
        # Images held to ransom, then a life one cannot live: "il a mes photos... si je paie
        # pas... je pourrai pas vivre avec ça".
        r"(?:photos?|nudes?|videos?|vids?|captures?|chantage|sextorsion) (?:\w+ ){0,20}?"
        # SMS spelling glues the pronoun on: "il menace de lenvoyer", "si jpaie pas".
        r"(?:l|j)?(?:paie|paye|payer|argent|thune|envoyer|publier|balancer|poster|diffuser"
        r"|montrer)\w*"
        r" (?:\w+ ){0,14}?(?:(?:je |j)(?:ne )?(?:pourrai|pourrais|peux|pourrait)"
        r" (?:pas|jamais|plus) (?:vivre|survivre) (?:avec|si|apres)|je (?:ne )?survivrai pas)",
    ],
    "burden": [
        # A mistake in a parent's life: "je suis une erreur dans sa vie".
        r"(?:une|son|leur|la plus grosse) (?:grosse )?(?:erreur|accident) (?:dans|de) (?:sa|leur)"
        r" vie(?! (?:\w+ ){0,2}?(?:pro|professionnelle|de couple)\b)",
        # ... told by the parent, opening on the telling, which is not a quote then: "ma mère
        # dit que je suis une erreur dans sa vie".
        r"(?:dit|dis|repete|me dit|m a dit|me repete) (?:tout le temps |toujours |souvent )?"
        r"(?:que |qu )?(?:je suis|j etais|je serais) (?:une|son|leur) (?:grosse )?(?:erreur"
        r"|accident)(?= *$| (?:dans|de) (?:sa|leur) vie| et (?:elle|il|ils) a(?:ont)? raison\b)",
    ],
    "leaving": [
        # "Demain je serai plus là", not a trip: "demain jserai plus là donc osef".
        r"(?:demain|apres demain|ce soir|cette nuit|bientot|d ici demain|d ici ce soir) (?:\w+ )?"
        r"(?:je|j) (?:ne )?serai (?:plus|pu|deja plus) (?:la|ici|de ce monde|parmi vous|en vie)"
        + _NOT_A_TRIP,
        # Not lasting until a day ahead: "je sais que je serai plus là d'ici là".
        r"je (?:sais|sens|pense|crois|suis sure?) (?:que |qu )?(?:je|j) (?:ne )?(?:serai|serais"
        r"|y serai|y serais|tiendrai|tiendrais) (?:plus|pas|jamais|meme pas) (?:la |en vie"
        r" |vivante? )?(?:d ici la|jusque la|jusqu a la|pour le voir|pour voir ca|a ce moment la)",
    ],
    "never_wake_up": [
        # Praying not to open one's eyes: "je prie pour pas ouvrir les yeux le matin".
        r"(?:prie|espere|souhaite) (?:pour )?(?:ne )?(?:pas|plus|jamais) (?:ouvrir les yeux"
        r"|rouvrir les yeux|voir le matin|voir demain|me reveiller)(?! (?:\w+ ){0,3}?(?:en retard"
        r"|trop tard|tard|avant|a \d|pendant|la nuit|en pleine nuit)\b)",
    ],
    "means": [
        # Which medicine, taken in quantity, one would not wake from.
        r"(?:quel|quels|quelle|quelles) (?:\w+ )?(?:medicaments?|medocs?|cachets?|pilules?"
        r"|comprimes?) (?:\w+ ){0,8}?(?:beaucoup|trop|plein|une boite|toute la boite|tous|assez)"
        r" (?:\w+ ){0,4}?(?:je (?:ne )?(?:me )?(?:reveille|reveillerai|reveillerais) (?:plus|pas"
        r"|jamais)|(?:pour )?(?:ne )?(?:plus|pas|jamais) me reveiller)",
    ],
}

# Retraining for dev-20 lost these, which only the models had caught: rules now, in every
# variety.
_DEV20_RETRAINED: dict[str, list[str]] = {
    "affairs": [
        # A pet left with someone, and at peace now: "j'ai confié mon chat à ma voisine, je
        # suis apaisée maintenant" (not for the weekend).
        r"(?:confie|donne|laisse|file) (?:mon|ma|mes) (?:chat|chatte|chien|chienne|lapin|hamster"
        r"|animal|animaux|poisson|perruche|oiseau)s?(?! (?:\w+ ){0,6}?(?:week end|we|pendant"
        r"|vacances|voyage|semaine|quelques jours)\b) (?:\w+ ){0,5}?(?:je suis|je me sens)"
        r" (?:apaisee?|en paix|sereine?|soulagee?|prete?)(?= *$| (?:maintenant|enfin|la)\b)",
    ],
    "leaving": [
        # Knowing one won't be there by a month ahead: "je prépare mes cours en sachant que je
        # ne serai plus là en juin".
        r"(?:je sais|sachant|je sens|je pense|je crois) (?:que |qu )(?:je|j) (?:ne )?(?:serai"
        r"|serais) (?:plus|pas|meme plus) (?:la|en vie|vivante?) (?:en|a|pour|d ici|avant)"
        r" (?:juin|juillet|aout|septembre|octobre|novembre|decembre|janvier|fevrier|mars|avril|mai"
        r"|l ete|la rentree|noel|la fin de l annee|le bac|mon anniversaire|l annee prochaine)"
        + _NOT_A_TRIP,
    ],
    "acute": [
        # Hurt oneself tonight, blood on the bed: "je me suis blessée ce soir, ya du sang sur
        # mon lit" (not on a knee after football).
        r"je me suis (?:blessee?|coupee?|ouverte?|tailladee?|fait mal) (?:\w+ ){0,3}?(?:il y a|y a"
        r"|ya) (?:du )?sang (?:partout |plein )?(?:sur|dans) (?:mon|mes|ma) (?:lit|draps|chambre"
        r"|bras|poignets?|oreiller|matelas|cuisses?)",
    ],
    "hopelessness": [
        # Every day hurting, and always will: "chaque jour fait mal et ça fera toujours mal".
        r"chaque (?:jour|journee|matin|nuit) (?:me )?(?:fait mal|est une souffrance|est un enfer)"
        r"(?: \w+){0,3}? (?:ca )?(?:fera|va|ira) (?:toujours|tjrs|jamais s arreter)(?: faire)?"
        r"(?: mal)?",
    ],
}

# What probe 22 (written before reading the rules, kept out of the repository) missed, as
# the same signs in English, Arabic and Darija: not there to see the next edition, a video
# that comes out and "je me tue", the film's end credits, blades kept "au cas ou", silence
# after tonight explained, "dites-leur que c'etait pas leur faute", giving up everything for
# good, not one more day of this, a message scheduled for one's family.
_PROBE22: dict[str, list[str]] = {
    "leaving": [
        # Not there to see the next edition: "je serai plus la pour voir la prochaine".
        r"(?:je|j) (?:ne )?(?:serai|serais|vais|sera) (?:pas|plus|surement pas|surement plus)"
        r" (?:etre )?(?:la|vivante?|en vie|de ce monde) pour (?:voir|connaitre|feter) (?:la|le"
        r"|les|l) ?(?:prochaine?s?|suivante?s?)"
        r"(?! (?:\w+ ){0,6}?(?:voyage|demenage\w*|etranger|erasmus|stage|examens?|boulot"
        r"|travail)\b)",
    ],
    "not_living": [
        # A video or pictures that come out, then "je me tue": "si ces photos sortent je me
        # tue".
        r"si (?:ca|ces|cette|la|les|elle|elles|il|ils|on) (?:\w+ ){0,3}?(?:sort|sortent|fuite"
        r"|fuitent|circule|circulent|tourne|tournent|publie|publient|poste|postent|diffuse"
        r"|diffusent|envoie|envoient|balance|balancent|est publiee?|sont publiees?)"
        r" (?:\w+ ){0,4}?je me (?:tue|suicide|fous en l air|jette)",
    ],
    "hopelessness": [
        # The end of one's film: "c'est la fin du film pour moi, générique".
        r"c ?est la fin du (?:film|chemin|voyage|game|film de ma vie) pour moi"
        + ending("generique", "le generique", "adieu", "bye", "je", "voila", "c est tout"),
        r"generique de fin pour moi",
        # Giving up everything for good: "je lache tout pour de bon".
        r"(?:tout (?:lacher|abandonner|laisser tomber|arreter)|(?:lacher|lache|abandonner"
        r"|abandonne|laisse tomber|laisser tomber|arreter|arrete) tout) (?:pour toujours|pour de"
        r" bon|definitivement|a jamais)(?! (?:le|la|les|l|mon|ma|mes|ce|cette|avec|sur)\b)",
        r"j arrete les frais"
        + ending(
            "ma decision",
            "c est decide",
            "pour de bon",
            "adieu",
            "definitivement",
            "c est fini",
            "je",
            "avec la vie",
        ),
    ],
    "trapped": [
        # Not one more day of this: "je tiendrai pas un jour de plus comme ca".
        r"(?:je )?(?:j?peux|j?pourrai|j?pourrais|j?tiendrai|j?tiendrais|tiens|j?supporte"
        r"|j?supporterai|j?supporterais|j?survivrai|vais) (?:pas|plus) (?:\w+ )?(?:un jour"
        r"|une journee) de plus"
        r"(?! (?:\w+ ){0,3}?(?:au bureau|au boulot|au travail|a l ecole|en cours|au lycee|dans"
        r" cette chaleur|sous cette chaleur|avec ce prof|de revisions?|de cours|de ramadan)\b)",
    ],
    "means": [
        # Blades kept "au cas ou", under a pillow: "je garde une lame dans ma trousse au cas
        # ou".
        r"(?:lames?|lame de rasoir|rasoirs?) (?:\w+ ){0,6}?(?:au cas ou|on sait jamais|pour le"
        r" jour ou|si jamais)(?! (?:\w+ ){0,4}?(?:bricol\w*|cuisine|raser|rase|colis|cartons?)\b)",
    ],
    "goodbye": [
        # Silence after tonight, explained ahead: "si je donne plus de nouvelles apres ce soir,
        # vous saurez pourquoi".
        r"si (?:je )?(?:ne )?(?:reponds|repond|reponde|donne|ecris) (?:plus|pas) (?:de"
        r" nouvelles? )?(?:\w+ ){0,2}?(?:apres|a partir de|des|depuis) (?:ce soir|demain"
        r"|aujourd hui|maintenant|cette nuit)(?! (?:\w+ ){0,8}?(?:dors|dormir|batterie|reseau"
        r"|wifi|voyage|avion|examens?|occupee?|colo|camp|puni|punie|detox)\b)",
        # Telling loved ones it was not their fault: "dis a ma mere que c'est pas sa faute".
        r"(?:dites|dis|dites leur|dis leur|dites lui|dis lui|dite) (?:\w+ ){0,4}?(?:que )?(?:c"
        r" ?etait|c ?est|ce n est|ce netait|ce n etait) (?:pas|plus|jamais|en rien) (?:de )?"
        r"(?:leur|sa|ta|votre|vos) (?:faute|fautes)",
        # A message scheduled for one's family: "j'ai programmé un mail pour mes parents".
        r"(?:programme|programmee|planifie|planifiee|prepare|preparee) (?:un |des |une )?"
        r"(?:message|msg|mail|mails|messages|sms|texto|lettre) (?:\w+ ){0,3}?(?:pour|a|au|aux)"
        r" (?:ma |mon |mes )(?:mere|maman|pere|papa|parents|soeur|frere|famille|potes|amis"
        r"|amies|meilleure? amie?)(?! (?:\w+ ){0,6}?(?:anniversaire|anniv|fete|mariage|noel"
        r"|aid|nouvel an|rdv|rendez vous|rappel)\b)",
    ],
}

# Retraining for probe 22 lost these, which only the models had caught: rules now, in every
# variety.
_PROBE22_RETRAINED: dict[str, list[str]] = {
    "means": [
        # A way to end it all, searched for (third retraining): "je cherche une facon d'en
        # finir avec tout ca".
        r"(?:cherche|cherchais|trouver|trouve) (?:un |une )?(?:moyen|facon|maniere) (?:rapide"
        r" |simple )?(?:d |de |pour )?(?:en finir|mettre fin a (?:tout|ma vie|tout ca|mes jours))"
        r"(?! (?:\w+ ){0,2}?(?:avec (?:ce|cette|le|la|les) (?:projet|dossier|devoir|dispute"
        r"|debat|reunion|bug|probleme))\b)",
    ],
    "wish_to_die": [
        # Closing one's eyes and everything stopping (second retraining): "fermer les yeux et
        # que tout s'arrête".
        r"fermer les yeux (?:\w+ ){0,3}?(?:que )?(?:tout|tt|tout ca) (?:s ?arrete|s ?arrette"
        r"|s ?arreter|se termine|finisse|finit|s ?eteigne)",
    ],
    "acute": [
        # Being hit as one writes (fourth retraining): "il est en train de me taper la".
        r"(?:il|elle|ils|on|mon (?:beau )?pere|ma (?:belle )?mere|mon frere|mon mari|papa)"
        r" (?:est|sont) en train de me (?:taper|frapper|battre|cogner|tabasser)(?! (?:\w+ ){0,4}?"
        r"(?:a (?:fifa|fortnite|uno|la console|aux cartes|aux echecs|au ping pong)|mdr|ptdr)\b)",
        # On a bridge or a roof right now, and how quiet it is: "je suis sur le toit la, c
        # calme" (not a view, a party or traffic).
        r"(?:(?:je suis|assise?|debout|assis) )?sur (?:le|un|ce|cette|la) (?:pont|toit|rebord"
        r"|falaise|corniche|terrasse du \w+)(?: \w+)? (?:la|maintenant|en ce moment|mtn)"
        r"(?= (?:\w+ ){0,6}?(?:calme|silence|seule?|haut|froid|vent|prete?|adieu|personne"
        r"|vide|en bas)\b)(?! (?:\w+ ){0,8}?(?:bouchons?|embouteillage|voiture|bus|taxi|photos?"
        r"|vue|selfie|coucher de soleil|concert|soiree|fete)\b)",
    ],
    "leaving": [
        # Going to sleep for good, tonight: "ce soir je vais dormir pour de bon".
        r"(?:ce soir|cette nuit|bientot|demain) (?:je vais|j vais|jvais|je compte|je veux)"
        r" (?:enfin )?(?:m )?(?:dormir|endormir) (?:pour de bon|pour toujours|a jamais"
        r"|definitivement|pour l eternite|et (?:ne )?plus (?:jamais )?(?:me )?reveiller)",
    ],
    "goodbye": [
        # Having wanted to say goodbye, and "prenez soin de vous".
        r"(?:je )?(?:voulais|voulait|veux|voudrais|tenais a|tiens a) (?:juste |simplement"
        r" |seulement )?(?:vous )?dire au revoir(?= (?:\w+ ){0,4}?(?:prenez soin|prends soin"
        r"|adieu|pardon|je vous aime|vous allez me manquer|pour toujours|une derniere fois)\b)",
    ],
    "disappear": [
        # Leaving this world, never to come back: "quitter ce monde et jamais revenir".
        r"(?:quitter|partir de|m en aller de) ce monde (?:et|pour) (?:ne )?(?:jamais|plus"
        r" jamais|plus) (?:y )?revenir",
    ],
    "hopelessness": [
        # Not worth going on: "ca vaut pas la peine de continuer" (not "ce projet").
        r"(?:ca |c |cela |ce )?(?:ne )?vaut (?:pas|plus|meme pas) la peine (?:de|d) (?:continuer"
        r"|vivre|rester|me battre|se battre|tenir|exister|respirer)(?! (?:le|la|les|ce|cette|ces"
        r"|l|mes|mon|ma|a|au|sur|avec|dans|en|ses|son|sa|leur|ici)\b)",
    ],
}

# What holdout 19 (run once, then read) missed, written for the same sign in every variety:
# hurt on purpose and still bleeding a lot, what works fastest not to wake up, one way out
# left after a blackmail.
_HOLDOUT19: dict[str, list[str]] = {
    "acute": [
        # "je me suis coupée et ça saigne encore beaucoup" (not a kitchen knife: `denials`).
        r"je me suis (?:coupee?s?|blessee?s?|fait mal|scarifiee?s?|brulee?s?) (?:\w+ ){0,5}?"
        r"(?:ca|ça) (?:saigne|pisse le sang|coule) (?:encore |toujours |trop |grave )?(?:beaucoup"
        r"|bcp|trop|grave|sans s arreter|et ca s arrete pas|encore|toujours)"
        r"(?! (?:\w+ ){0,4}?(?:cuisine|couteau|legumes|oignons?|en cuisinant|papier)\b)",
    ],
    "means": [
        # "tu sais ce qui marche le plus vite pour pas se réveiller ?"
        r"(?:ce qui|qu est ce qui|quoi|qu est ce qu il faut|un truc qui) (?:marche|fonctionne"
        r"|agit) (?:le plus vite|le mieux|vite|bien) pour (?:ne )?(?:pas|plus|jamais) (?:se|me|te)"
        r" (?:reveiller|relever)",
    ],
    "trapped": [
        # "si ça sort jsuis finie, y a qu'une sortie pour moi".
        r"(?:y a|il y a|y a plus|il reste|il me reste) qu? ?une (?:seule )?(?:sortie|issue"
        r"|solution|porte de sortie) pour moi",
    ],
}

# Bleeding that goes on, said in the first person: "je saigne et ça s'arrête pas" (not a
# nosebleed or the gums).
_STILL_BLEEDING = (
    r"(?:je saigne|ca saigne|je pisse le sang|ca pisse le sang|le sang coule|j arrete pas de"
    r" saigner)(?! (?:du nez|des gencives|de la bouche|du genou|du doigt)\b)(?: \w+){0,2}?"
    r" (?:et |mais )?(?:ca |le sang |il |elle )?(?:ne )?(?:(?:s arrete|s arrette|arrete|coule)"
    r" (?:pas|plus|toujours|encore|sans arret)|veut (?:pas|plus) s arreter)"
)
# Something done that one will not name: "j'ai fait une bêtise", "g fait une connerie".
_DID_SOMETHING = (
    r"(?:j ai|g|je viens de|j viens de) (?:fait|faire) (?:une |des |un |qqch |quelque chose )?"
    r"(?:grosse |enorme |vraie )?(?:betises?|conneries?|truc stupide|truc de con|chose stupide"
    r"|de stupide|de grave|truc grave|erreur)"
)
# A trip, a clear-out or a move is no farewell: "mes vieux manuels, j'en ai plus besoin
# depuis le bac".
_NOT_A_CLEAR_OUT = (
    r"(?!(?:\w+ ){0,16}?(?:vieux|vieille|vieilles|anciens?|anciennes?|bac|exams?|examens?"
    r"|demenag\w*|nouveaux?|nouvelles?|association|asso|trop petite?s?|ma taille|billets?"
    r"|places?|vendu|vendre)\b)"
)
# dev-21's misses, written for the same sign in every variety: belongings shared out and
# nothing left one will need, a farewell to the bot and "don't forget me", bleeding that will
# not stop after "une bêtise" (acute), "consider this my last message", leaving before a
# parent finds out "pour de vrai".
_DEV21: dict[str, list[str]] = {
    "acute": [
        # "je saigne et ça s'arrête pas, j'ai fait une bêtise", in either order.
        _STILL_BLEEDING + r" (?:\w+ ){0,6}?" + _DID_SOMETHING,
        _DID_SOMETHING + r" (?:\w+ ){0,6}?" + _STILL_BLEEDING,
    ],
    "giving_away": [
        # "j'ai partagé mes affaires entre mes potes ... il me reste plus rien dont j'aurai
        # besoin" ("dont" reads "don t" once chat spelling is spelt out).
        r"(?:partage|reparti|distribue|divise|donne|file|offert|legue) "
        + _NOT_A_CLEAR_OUT
        + r"(?:toutes |tous |toute )?(?:mes|mon|ma) (?:\w+ ){0,14}?(?:il (?:ne )?me reste"
        r" (?:plus |pu )?rien|(?:j en |je n en )?(?:aurai|aurais) (?:plus|pu|jamais) besoin"
        r"|(?:je n ai|j ai|j en ai) (?:plus|pu) besoin(?: de rien)?|rien (?:dont|don t) j aurai"
        r" besoin)",
        # "... et mon sweat préféré à ma pote, jvais plus en avoir besoin là où jvais": more
        # things given, to more people, before the same words.
        r"(?:donne|file|offert|legue) "
        + _NOT_A_CLEAR_OUT
        + r"(?:mon|ma|mes) (?:\w+ ){1,24}?(?:je vais|j vais) (?:plus|pu) en avoir besoin"
        # ... but not for a while or for a reason: "cet hiver", "avant l'été", "vu que...".
        r"(?! (?:cet|cette|ce|pendant|jusqu|d ici|avant|apres|pour|vu|parce|car|depuis"
        r"|a cause)\b)",
    ],
    "goodbye": [
        # A farewell to the bot, and "oublie-moi pas": "bye le bot, m'oublie pas stp".
        r"(?:bye|au revoir|adieu|salut|ciao|tchao|bisous|a plus)(?: \w+){0,14}? (?:ne )?"
        r"(?:m oublie|m oubliez|oublie moi|oubliez moi) (?:pas|jamais)(?= *$| (?:stp|svp|s il"
        r" te plait|s il vous plait|lol|mdr|ok|hein|bye|adieu|bisous|promis|le bot|steuplait)\b)",
        r"(?:ne )?(?:m oublie|oublie moi|m oubliez|oubliez moi) (?:pas|jamais)(?: \w+){0,3}?"
        r" (?:bye|au revoir|adieu|ciao|tchao)(?= *$| (?:le bot|a tous|tout le monde|lol)\b)",
        # "considère ça comme mon dernier msg" (not the last question, nor tonight's).
        r"consider(?:e|ez|er) (?:ca |ce message |ceci |cela |le |ce texto )?comme"
        r" (?:mon |le |ma )?(?:dernier|derniere)(?: message| mot| texto)?(?! (?:\w+ ){0,3}?"
        r"(?:question|fois|chance|avertissement|rappel|de la journee|pour (?:ce soir|aujourd hui"
        r"|la journee|le moment)|avant de dormir|sur|a propos)\b)",
    ],
    "leaving": [
        # Gone before a parent learns it, for real: "je pars avant qu'il le sache, pour de bon".
        r"(?:partir|pars|m en aller|m en vais|disparaitre|me barrer|me casser) (?:\w+ ){0,2}?avant"
        r" (?:qu (?:il|elle|ils|elles|on)|que (?:mon|ma|mes|les|tout le monde)(?: \w+)?)"
        r" (?:\w+ ){0,2}?(?:l |le |les )?(?:apprenne|apprennent|sache|sachent|decouvre"
        r"|decouvrent|voie|voient|trouve|trouvent|lise)(?! (?:\w+ ){0,8}?(?:mange|casse|gateau"
        r"|surprise|cadeau|anniv\w*|fete|mdr|ptdr)\b)(?= (?:\w+ ){0,4}?(?:pour de vrai"
        r"|pour de bon|pour toujours|a jamais|definitivement|pas (?:juste|seulement) (?:de la"
        r" maison|de chez moi)|et (?:ne )?(?:plus|jamais) revenir)\b)",
        # "si mon père apprend ce qui s'est passé, je préfère partir avant, pour de vrai".
        r"si (?:\w+ ){0,4}?(?:apprend|apprennent|sait|savent|decouvre|decouvrent|voit|voient"
        r"|trouve|trouvent|tombe sur) (?:\w+ ){0,10}?(?:partir|m en aller|disparaitre|me barrer"
        r"|me casser) (?:avant|d abord)(?= (?:\w+ ){0,2}?(?:pour de vrai|pour de bon|pour"
        r" toujours|a jamais|definitivement|pas (?:juste|seulement) (?:de la maison|de chez"
        r" moi))\b)",
    ],
}

# A date one does not expect to reach: the holidays, the summer, a birthday.
_A_DATE_AHEAD = (
    r"(?:a |au |aux |a la |a l )?(?:la |l )?(?:vacances|ete|noel|fin de l annee|fin du mois"
    r"|rentree|mon anniversaire|mon anniv|aid|ramadan|juin|juillet|ce week end|la fin de la"
    r" semaine)"
)
# What probe 23 (written before reading the rules, kept out of the repository) missed, as the
# same signs in every variety: no longer there to see it, not lasting until the holidays, no
# strength left and leaving "pour de vrai".
_PROBE23: dict[str, list[str]] = {
    "leaving": [
        # "jserai surement plus la pour la voir" (the next edition); "plus", not "pas": "je
        # serai pas là pour le voir en direct, j'ai cours" is a timetable.
        r"(?:je|j) (?:ne )?(?:serai|serais|sera) (?:surement |probablement |sans doute |deja"
        r" |certainement )?(?:plus|pu) (?:la|ici|vivante?|en vie|de ce monde) pour (?:la|le|les"
        r"|l) ?(?:voir|vivre|connaitre|feter)"
        + _NOT_A_TRIP
        + r"(?! (?:\w+ ){0,6}?(?:demenag\w*|etranger|etudes|erasmus|canada|france|boulot|travail"
        r"|examens?|bac)\b)",
        # "jsais que jvais pas tenir jusqu'aux vacances" (not "a ce rythme de révisions", nor
        # "sans manger").
        r"(?:je|j) (?:sais|sens|pense|crois|suis sure?|sais bien) (?:que |qu )?(?:je |j )?(?:ne )?"
        r"(?:vais|pourrai|pourrais|peux|tiendrai|tiendrais) (?:pas|plus|jamais) (?:tenir )?jusqu "
        + _A_DATE_AHEAD
        + r"(?! (?:\w+ ){0,3}?(?:sans|avec ce|avec cette|de revisions?)\b)",
        # No strength left, and going "pour de vrai": "plus aucune force, jvais partir pour de
        # vrai".
        r"(?:plus aucune force|plus de force|plus la force|a bout|j en peux plus|je n en peux"
        r" plus|epuisee? de tout|fatiguee? de tout) (?:\w+ ){0,4}?(?:je vais|je compte|je veux)"
        r" (?:m en aller|partir|disparaitre) (?:pour de vrai|pour de bon|pour toujours|a jamais"
        r"|definitivement)" + _NOT_A_TRIP,
    ],
}

# Retraining after dev-21 and probe 23 lost these, which only the models had caught: rules
# now, in every variety.
_DEV21_RETRAINED: dict[str, list[str]] = {
    "acute": [
        # Bleeding now, having gone too far this time: "je saigne là, j'ai abusé cette fois".
        r"(?:je saigne|ca saigne|je pisse le sang)(?! (?:du nez|des gencives|de la bouche)\b)"
        r"(?: \w+){0,3}? (?:j ai abuse|je suis allee? trop loin|j ai pousse trop loin|j y suis"
        r" allee? trop fort|j ai trop appuye)",
        r"(?:j ai abuse|je suis allee? trop loin|j ai pousse trop loin|j y suis allee? trop fort)"
        r" (?:\w+ ){0,4}?(?:je saigne|ca saigne|je pisse le sang)(?! (?:du nez|des gencives)\b)",
    ],
    "trapped": [
        # Shut in behind glass, unheard: "dans un bocal qui se remplit d'eau et personne
        # entend quand je tape contre la vitre".
        r"(?:bocal|aquarium|cage|boite|bulle|cloche|vitre) (?:\w+ ){0,12}?personne (?:ne )?"
        r"(?:m entend|me voit|m ecoute|entend quand je|m entend quand je)",
        r"personne (?:ne )?(?:m )?entend (?:quand|lorsque) je (?:tape|crie|frappe|hurle|appelle)",
    ],
    "never_wake_up": [
        # Sleeping a long time, "genre pour toujours" (not a weekend's lie-in).
        r"(?:je veux|j ai envie de|envie de|je voudrais|j aimerais) (?:juste |seulement )?dormir"
        r" (?:(?!(?:week|we|vacances|dimanche|samedi|demain|jusqu|mdr|ptdr)\b)\w+ ){0,6}?"
        r"(?:pour toujours|a jamais|pour l eternite|pour de bon|et ne plus jamais me reveiller)"
        r"(?! (?:\w+ ){0,3}?(?:mdr|ptdr|lol|week end|ce week end|dimanche|demain)\b)",
    ],
    "affairs": [
        # A pet's new home arranged, and at peace (second retraining): "mon chat ira chez ma
        # voisine, je lui ai déjà expliqué. je serai tranquille" (not for the holidays).
        r"(?:mon|ma) (?:chat|chatte|chien|chienne|lapin|hamster|perruche|oiseau|poisson|tortue)s?"
        r"(?! (?:\w+ ){0,10}?(?:pendant|vacances|week end|we|voyage|semaine|quelques jours"
        r"|sommet|stage)\b) (?:ira|iront|restera|resteront|vivra|vivront|sera|seront|va aller"
        r"|va rester) (?:chez|avec) (?:\w+ ){0,12}?(?:je serai|je pars|je partirai|je peux"
        r" partir) (?:tranquille|en paix|sereine?|apaisee?|l esprit tranquille)",
    ],
    "hopelessness": [
        # No strength left to wait for a miracle (second retraining): "jai plus la force
        # dattendre un miracle" ("dattendre": the elision glued on).
        r"(?:j ai|je n ai|g|j en ai) (?:plus|pu) (?:la force|le courage|l energie|la patience)"
        r" (?:de |d ?)(?:attendre (?:un miracle|que ca passe|que ca change|que ca aille mieux"
        r"|que ca s arrange)|esperer|y croire|me battre|lutter|vivre)",
        # Nothing worth it, so why go on: "rien vaut le coup, pk continuer ?".
        r"(?:plus )?rien (?:ne )?vaut (?:le coup|la peine) (?:\w+ ){0,3}?pourquoi (?:je )?"
        r"(?:continuer|continue|continuerais|rester|vivre|tenir)",
    ],
    "means": [
        # The strongest medicine at home, "pour moi" (fourth retraining; not for a migraine).
        r"(?:quel|c est quoi|quoi|c quoi) (?:est )?(?:le )?(?:medicament|medoc|cachet)s? (?:le )?"
        r"plus fort(?!(?: \w+){0,8}? (?:contre|pour) (?:la |le |les |l |mes |ma |mon )?(?:migraine"
        r"|mal|tete|dents|fievre|rhume|grippe|regles|dos|ventre|gorge|toux|douleur|allergie)\b)"
        r" (?:\w+ ){0,8}?(?:pas pour (?:quelqu un|un autre|une autre|qqn)|pour moi)",
    ],
}

# Holdout 21's misses after its run (read, so no longer blind), as the same signs in every
# variety: something swallowed on purpose, and not knowing whether one will still be here.
_HOLDOUT21: dict[str, list[str]] = {
    "acute": [
        # "j'ai bu un truc que j'aurais pas dû, exprès" (not a joke on purpose).
        r"(?:j ai|g|jai) (?:bu|avale) (?:un truc|quelque chose|qqch|qlq chose|un produit"
        r"|une bouteille)(?: \w+){0,6}? (?:expres|volontairement|de mon plein gre)",
    ],
    "leaving": [
        # "je sais pas si je serai encore là quand ça viendra" (not in town, nor at the job).
        r"(?:je sais pas|je ne sais pas|j sais pas|chais pas) si (?:je serai|je serais)"
        r" (?:encore|toujours) (?:la|en vie|vivant|vivante)(?! (?:\w+ ){0,2}?(?:a|au|en|dans"
        r"|chez|pour le|l annee|cet ete)\b)",
    ],
}

# dev-22's misses, as the same signs in French: being hit "là maintenant", and which medicine,
# taken in quantity, one does not wake up from.
_DEV22: dict[str, list[str]] = {
    "acute": [
        r"(?:il|elle|mon (?:beau )?pere|ma (?:belle )?mere|mon frere|mon mari|papa|maman)"
        r" (?:me |m )(?:frappe|tape|bat|cogne) la maintenant",
    ],
    "means": [
        # Not sleeping through the night ("un somnifère pour ne pas me réveiller la nuit"):
        # the quantity is the sign.
        r"(?:quel|quels|quelle|quelles) (?:\w+ )?(?:medicaments?|medocs?|cachets?|pilules?"
        r"|comprimes?) (?:\w+ ){0,6}?(?:beaucoup|trop|toute la boite|une boite|plein)"
        r" (?:\w+ ){0,4}?(?:on ne |on |tu ne |tu |je ne |je )?(?:se |te |me )?reveille(?:s|r)?"
        r" (?:plus|jamais|pas)",
    ],
    "goodbye": [
        # Settled tomorrow, a decision taken (dev-21, lost when dev-22's cases retrained the
        # model): "demain ce sera réglé, j'ai pris ma décision" (not a choice of school).
        r"(?:demain|ce soir|cette nuit) (?:tout )?(?:ce sera|sera|c est|ca sera) (?:regle|fini"
        r"|termine)(?: \w+){0,2}? (?:j ai pris ma decision|ma decision est prise|c est decide)"
        r"(?! (?:\w+ ){0,2}?(?:pour|sur|pour mon|pour ma) (?:\w+ )?(?:orientation|stage|ecole|fac"
        r"|inscription|choix|filiere|master|licence)\b)",
    ],
}

# dev-23's misses, as the same signs in every variety: the world lighter without one, not
# holding on much longer, and no wish to be here "tout court" (not at a boring talk).
_DEV23: dict[str, list[str]] = {
    "burden": [
        # "le monde serait plus léger sans moi".
        r"(?:le )?monde (?:serait|sera|irait|va etre) (?:\w+ )?(?:plus )?(?:leger|legere|simple"
        r"|beau|heureux) sans moi",
    ],
    "hopelessness": [
        # "je tiendrai plus très longtemps", "je peux plus retenir mon souffle bien longtemps".
        r"(?:je )?(?:ne )?(?:tiendrai|tiendrais|tiens|vais tenir|peux tenir|pourrai tenir"
        r"|pourrais tenir|peux retenir mon souffle|peux plus retenir mon souffle|peux plus tenir)"
        r" (?:plus |pas )?(?:tres |bien |encore |trop )longtemps",
    ],
    "not_living": [
        # "j'ai plus envie d'être là tout court", "g plus envie detre la. pas la au lycee, pas
        # la a la maison, pas la tt court".
        r"(?:plus|plu|pu|pas) envie (?:de |d ?)etre (?:la|ici)(?: \w+){0,14}? (?:tout court"
        r"|tt court|nulle part)",
    ],
}

# Reported as handled wrongly, written for the same signs in other words and persons: who
# gets one's things decided or noted ("noté à qui donner mes affaires"), and one's accounts
# deleted with everything in order or a sudden calm after it. Look-alikes beside them in
# tests/safety_cases/fr.yaml: a move, a clear-out, a break from social media for the exams.
_NOT_A_DETOX = (
    r"(?! (?:\w+ ){0,14}?(?:reseaux|toxiques?|detox|pause|reviser|revisions?|bac|exams?"
    r"|examens?|concentrer|ecrans?|addiction|accro|ramadan|vacances|site|appli|application"
    r"|plateforme)\b)"
)
_REPORTED: dict[str, list[str]] = {
    "giving_away": [
        r"(?:note|ecrit|decide|choisi|prevu|sais|su|reflechi|pense|organise|fixe|dit|explique"
        r"|liste) (?:deja |bien |enfin |exactement |a tout le monde )?(?:a qui|a ki|qui|ki)"
        r" (?:je )?(?:donner|laisser|leguer|confier|offrir|donne|laisse|donnerai|laisserai"
        r"|recupere\w*|aura|auront|prend\w*|garde\w*|herite\w*|va avoir|vont avoir|revien\w*"
        r"|reviendr\w*) (?:chacune de |chacun de |toutes |tous |quoi de |quoi parmi )?mes"
        r" (?:affaires|trucs|objets|choses|biens|vetements|habits|fringues|livres|bijoux|jeux"
        r"|tresors|peluches|figurines|mangas|posters|plantes|animaux)" + _NOT_A_MOVE,
    ],
    "affairs": [
        # Not duplicates on a site nor a bank's: "mes comptes en double sur le site". Opening on
        # what was settled before, if anything: in "rembourse mon pote, supprime mes comptes"
        # the friend is paid back, not the one whose accounts they are.
        r"(?:(?:rendu|rembourse|paye|regle|range|donne|fini|termine|vide|jete) (?:\w+ ){0,8}?)?"
        r"(?:supprime|efface|desactive|ferme) (?:tous |toutes )?mes comptes(?! (?:en double|sur"
        r"|du|de|des|d|chez|bancaires?|inutiles|tests?|pros?|secondaires?|fakes?)\b)"
        + _NOT_A_DETOX
        + r" (?:\w+ ){0,14}?(?:tout (?:est|et) (?:en ordre|regle|pret|range)|(?:je suis|je me"
        r" sens|suis|me sens) (?:enfin |tellement |tres |trop |si |super )?(?:calme|sereine?"
        r"|en paix|apaisee?|prete?|tranquille))",
    ],
}


# Probe s21 : vouloir avaler tous ses médicaments d'un coup (pas une dose prescrite ni un
# traitement à finir), et ne pas se voir vivre l'année prochaine.
_PROBE_S21: dict[str, list[str]] = {
    # Lost by the model on retraining: marks on one's arms explained away ("je lui dis que
    # c'est le chat"), and everything calm for oneself tomorrow at this hour.
    "self_harm": [
        r"(?:marques|cicatrices|coupures|traces|bleus|griffures|entailles) (?:sur|a) (?:mes|mon"
        r"|ma) (?:bras|poignets?|cuisses?|jambes?|ventre|peau)(?: \w+){0,14}? (?:dire|dis|dit"
        r"|raconter|raconte|mentir|mens|pretendre|fais croire|faire croire) (?:\w+ ){0,2}?"
        r"(?:que )?(?:c est|c etait|ce sont|c) (?:le chat|mon chat|le chien|mon chien|un accident"
        r"|les ronces|le sport|le velo|rien)",
    ],
    "goodbye": [
        r"(?:demain|ce soir|cette nuit) (?:a cette heure(?: la| ci)? )?(?:tout|ca) sera"
        r" (?:calme|fini|termine|paisible|silencieux|tranquille) pour moi"
        r"(?= (?:\w+ ){0,2}?(?:enfin|bonne nuit|adieu|pour toujours|pour de bon)\b| *$)",
    ],
    "means": [
        # "je veux prendre toute ma boîte de médocs", "jvais avaler tous mes cachets".
        r"(?:veux|vais|voudrais|va|vas|envie de|envie d|pense a|compte|aimerais) (?:juste )?"
        r"(?:prendre|avaler|gober|bouffer|boire|m enfiler|enfiler) (?:tous|toutes|toute|tout)"
        r" (?:(?:mes|les|ma|la|mon|le|ces|cette|ses) )?(?:(?:boite|boites|plaquette|plaquettes"
        r"|tube|flacon|reserve|stock|armoire) (?:de |d |a )?(?:mes |ma |la )?)?(?:\w+ )?"
        r"(?:medocs|medicaments|cachets|pilules|comprimes|gelules|somniferes|anxiolytiques"
        r"|antidepresseurs|doliprane|paracetamol|xanax|medoc|medicament)"
        r"(?! (?:\w+ ){0,4}?(?:comme (?:prescrit|d habitude|le medecin|mon medecin|le docteur)"
        r"|prescrits?|ordonnance|chaque (?:jour|matin|soir)|tous les (?:jours|matins|soirs)"
        r"|avant (?:le|de|les) (?:repas|manger|dormir|dejeuner|diner)|pendant (?:le|les) repas"
        r"|traitement|antibio\w*|le matin)\b)",
    ],
    "not_living": [
        # "je me vois pas vivre l'année prochaine" (pas vivre à l'étranger).
        r"(?:ne )?me vois (?:pas|plus) (?:vivre|etre (?:encore )?(?:la|en vie|vivante?)"
        r"|survivre|tenir)(?! (?:a|en|au|aux|avec|ici|la bas|dans (?:cette|ce|une|un) (?!an))\b)"
        r"(?: \w+){0,2}? (?:l annee prochaine|l an prochain|encore longtemps|longtemps"
        r"|jusqu a|dans (?:un|deux|trois|\d+) (?:ans?|mois)|cet ete|apres cette annee|demain)",
    ],
}


# Holdout 29 : coincé au fond d'un puits sans pouvoir en sortir ni rester ("je peux pas
# rester" = je ne peux plus continuer), et ses affaires rangées pour que ce soit "simple pour
# eux après". Les look-alikes sont à côté, dans tests/safety_cases/fr.yaml.
_EN_SORTIR = r"(?:en sortir|sortir|remonter|en remonter|m en sortir|m en tirer|m echapper)"
_HOLDOUT29: dict[str, list[str]] = {
    "trapped": [
        # "je peux pas en sortir et je peux pas rester", "j'arrive pas à remonter mais je
        # peux plus rester comme ça" (pas une soirée qu'on ne supporte plus).
        r"(?:peux|arrive|peut) (?:pas|plus) (?:a )?" + _EN_SORTIR + r"(?: non plus)? (?:et|mais)"
        r" (?:je )?(?:ne |n )?(?:peux|arrive|peut|supporte) (?:pas|plus) (?:a )?(?:rester|y rester"
        r"|rester la|rester comme ca)(?= *$| (?:ici|la|la dedans|comme ca|non plus|en bas|au fond"
        r"|plus longtemps)\b)(?! (?:\w+ ){0,5}?(?:soiree|fete|cours|reunion|mdr|lol|ptdr)\b)",
        # "au fond d'un puits ... je peux pas en sortir".
        r"(?:au fond d un|au fond du|au fond de ce|coince dans un|coincee dans un) (?:puits|trou"
        r"|gouffre)(?: (?!(?:mdr|lol|ptdr|telephone|tel|cles|jeu|minecraft)\b)\w+){0,16}?"
        r" (?:peux|arrive|peut|pourrai|pourrais) (?:pas|plus|jamais) (?:a )?" + _EN_SORTIR,
    ],
    "no_reason": [
        # Lost on retraining: "ça sert à quoi de continuer franchement" (pas la série).
        r"(?:ca sert a quoi|a quoi ca sert|a quoi ca sert encore|a quoi bon) (?:de |d )?"
        r"(?:continuer|tenir|vivre|me battre|avancer|rester en vie)(?= *$| (?:franchement"
        r"|honnetement|serieux"
        r"|en fait|sincerement|de toute facon|comme ca|encore)\b)(?! (?:\w+ ){0,6}?(?:serie|saison"
        r"|cours|regime|jeu|livre|formation|match|film|episode)\b)",
    ],
    "withdrawal": [
        # Lost on retraining: answering no one for weeks, groups left, a best friend blocked,
        # "c'est mieux comme ça" (pas pour réviser).
        r"(?:reponds|repond|parle|ecris) plus (?:a )?(?:personne|perssone|persone)(?: (?!(?:exams?"
        r"|revis\w*|bac|partiels?|concentrer|detox|ramadan|vacances|travailler)\b)\w+){0,24}?"
        r" (?:mieux comme ca|mieux pour tout le monde|mieux pour eux|mieux ainsi)(?= *$)",
    ],
    "affairs": [
        # "je veux que ce soit simple pour eux après", "pour que ce soit facile pour ma famille
        # après" (pas après le déménagement, ni après le cours).
        r"(?:veux|voudrais|aimerais|faut|prefere|pour) (?:juste )?que (?:ce soit|ca soit|tout soit"
        r"|ca leur soit|ce leur soit) (?:plus |le plus |moins )?(?:simple|facile|simples|faciles"
        r"|complique|dur|lourd)s? pour (?:eux|elle|lui|ma famille|mes parents|mes proches"
        r"|ma mere|mon pere|ma soeur|mon frere|ceux qui restent|les autres|tout le monde|vous)"
        r" (?:apres|quand je serai plus la|quand je ne serai plus la|une fois que je serai"
        r" partie?|quand je serai partie?)(?= *$| (?:moi|tout ca|voila|quoi|c est tout|je crois"
        r"|je pense)\b)",
        # "comptes, mots de passe, qui récupère le chat" (pas pendant un an à l'étranger).
        r"(?:comptes|mots de passe|codes|identifiants)(?: \w+){0,8}? qui (?:recupere|recuperera"
        r"|garde|gardera|prend|prendra|aura|s occupe de|s occupera de|nourrit|nourrira|herite de)"
        r" (?:le|la|les|mon|ma|mes) (?:chat|chats|chien|chiens|lapin|hamster|poisson|perruche"
        r"|animaux|plantes)(?! (?:\w+ ){0,5}?(?:pendant|quand je (?:pars|serai en|serai a)|cet ete"
        r"|l ete|les vacances|un an|six mois|\d+ (?:mois|semaines|jours|ans)|le temps|mon absence"
        r"|mon sejour|mon stage|mon erasmus)\b)",
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
        _DEV22,
        _DEV23,
        _REPORTED,
        _PROBE_S21,
        _HOLDOUT29,
    ),
    negation=_NEGATION,
    others=_OTHERS,
    chat_words=_CHAT_WORDS,
    idiom_tails=(
        # Dalida's "je veux mourir sur scène" is a song.
        "sur scene",
        r"de (?:rire|honte|faim|soif|ennui|froid|chaud|chaleur|jalousie|plaisir|bonheur|joie"
        r"|impatience|envie|gene)",
        r"d (?:ennui|envie|impatience|amour)",
        "mdr",
        "ptdr",
        # "À quoi ça sert de vivre sans wifi": life without a comfort, laughing.
        r"sans (?:wifi|internet|reseau|la 4g|4g|cafe|netflix|chocolat|mon tel|tel|telephone"
        r"|clim|musique)",
    ),
    idioms=(
        # Plus de raison de continuer une série, un cours ou un régime : "je vois plus de raison
        # de continuer la série".
        r"(?:\w+ ){0,6}?(?:raisons?|interet|sens|envie|sert) (?:de|d|a|pour) (?:continuer"
        r"|poursuivre"
        r"|garder|suivre|finir)(?: a (?:regarder|lire|suivre|jouer|faire|aller))?(?: (?:la|le|les"
        r"|ce|cet|cette|ces|mon|ma|mes|l|un|une|des|son|sa|ses|notre|nos))? (?:\w+ )?(?:serie"
        r"|series|regime|regimes|cours|formation|fac|licence|master|abonnement|saison|livre"
        r"|roman|jeu|anime|manga|emission|film|feuilleton|sport|muscu|entrainement|club|option"
        r"|stage|projet|programme|appli|application|diete|jeune|dessin anime|podcast|salle)",
        # Une vidéo de soi qui chante envoyée à la famille, en riant : "mon frère a une vidéo de
        # moi en train de chanter ... j'en peux plus 😂" (pas une menace avec de l'argent).
        r"(?:videos?|photos?|vocal|vocaux|enregistrements?) de moi (?:en train de )?(?:chanter"
        r"|danser|ronfler|dormir|tomber|bebe|petite?|en pyjama|au karaoke)"
        r"(?: (?!(?:payer|paye|argent|sinon|nue?s?)\b)\w+){0,30}? (?:lol|mdr|ptdr|xd)",
        # Des cartes de fête reçues après les cours : "ils les auront après les cours".
        r"(?:cartes?|lettres?|mots?|cadeaux?) (?:de noel|d anniversaire|de voeux|de la saint"
        r" valentin|de l aid) (?:\w+ ){0,8}?(?:ils|elles|il|elle) (?:les|la|le) (?:auront"
        r"|recevront|liront|ouvriront|trouveront|aura|recevra|lira) (?:apres|avant|a|pendant)"
        r" (?:les cours|l ecole|la recre|le cours|les vacances|noel|la fete|le dejeuner)",
        # Impatient for results, "jpp" and all: "jen peux plus dattendre les resultats jpp".
        r"(?:jen|j en|je n en) (?:peux|peu) (?:plus|pu) (?:d |d)attendre(?: \w+){0,8}? jpp",
        r"(?:meurs|creve|crever|mourir) d ?impatience(?: \w+){0,12}? jpp",
        # Bored at a talk, not wanting to be there: "j'ai plus envie d'être là, la conf est
        # nulle" ("tout court" makes it one's life again).
        r"(?:plus|pu|pas) envie (?:de |d ?)etre (?:la|ici)(?: \w+){0,3}?"
        r" (?:la |cette |ce |le |l )?"
        r"(?:conf\w*|panel|talk|table ronde|atelier|salle|seance|session|cours|reunion"
        r"|presentation|intervention|debat|keynote|amphi|intervenant\w*)(?: \w+){0,3}?"
        r"(?! (?:\w+ ){0,8}?(?:tout court|tt court|nulle part)\b)",
        # "Kill me" before forgetting something: "tue moi mais je me souviens plus de la date".
        r"(?:tue|tuez) moi mais (?:je |j )?(?:me )?(?:souviens|rappelle|sais|capte|trouve"
        r"|comprends) (?:plus|pas)",
        # A match lost, and "dead" of it, never to watch another (holdouts 21 and 22): "le psg
        # a perdu hier jsuis MORT, jregarderai plus jamais un match de ma vie".
        r"(?:perdu|defaite|elimine|eliminee|eliminés|une raclee)(?: \w+){0,10}? (?:je suis"
        r"|jsuis|chui) (?:mort|morte|degoute a mort|degoutee a mort|dead)",
        r"(?:jregarde\w*|je regarde\w*|je regarderai|je regarderais) plus jamais (?:un|de|aucun)"
        r" match",
        # The last message of the evening, not of a life: "c mon dernier msg pour ce soir".
        r"(?:dernier|derniere) (?:message|msg|question|truc) (?:\w+ ){0,2}?(?:pour (?:ce soir"
        r"|aujourd hui|ajd|auj|cette nuit|la journee|le moment|l instant)|avant (?:de )?(?:dormir"
        r"|me coucher|aller dormir|aller me coucher|dodo))",
        # A match lost by a score, and a joke of dying: "on s'est fait détruire 6-0 en finale,
        # jveux mourir".
        r"(?:on|nous|mon equipe|notre equipe|l equipe|mon club) (?:s est fait|s est fait|a"
        r" perdu|a pris|se fait|vient de perdre|s est pris) (?:\w+ )?(?:detruire|ecraser"
        r"|massacrer|humilier|eclater|defoncer|laminer|\d+ \d+|une raclee|une branlee)"
        r" (?:\w+ ){0,8}?(?:je veux|j ai envie de|jvais|je vais) (?:mourir|crever)",
        # One's life "finie" for a phone, a game or a series: "mon tel est cassé, ma vie est
        # finie".
        r"(?:tel|telephone|portable|wifi|console|play|ps5|serie|saison|episode|match|equipe"
        r"|bac|exam|controle|note|crush|cheveux|coiffure|chargeur|netflix|ordi)(?: \w+){0,8}?"
        r" (?:ma|toute ma) vie est (?:finie|foutue|fichue|terminee|ruinee|gachee)",
        # Dying at an exam: "on va tous mourir au bac mdr".
        r"(?:on va|je vais|jvais|on va tous) mourir (?:au|a l|en|pendant le|pendant l) (?:bac|exam"
        r"|examen|partiel|controle|oral|brevet|concours)",
        # "Adieu les cours", "adieu la grasse matinée": a farewell to a thing, not to people.
        r"adieu (?:les|la|le|l|mes|ma|mon) (?!(?:monde|vie|tous|amis?|amies|famille|gens|gars"
        r"|filles|potes|copains|copines|proches|parents|enfants|freres|soeurs|cheri\w*|amours?)\b)"
        r"\w+",
        # An exam ahead: "j'ai un exam demain je suis mort, c'est fini pour moi".
        r"(?:exam|examen|partiel|controle|interro|dst|bac|oral|concours|brevet)s? (?:\w+ ){0,4}?"
        r"(?:demain|ce matin|cet aprem|cette semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi)"
        r" (?:\w+ ){0,3}?(?:je suis (?:mort|morte|foutue?|cuite?|mal)|c est (?:fini|foutu|cuit)"
        r" pour moi)(?: (?:\w+ ){0,3}?(?:c est (?:fini|foutu|cuit) pour moi|je suis (?:mort|morte"
        r"|foutue?|cuite?)))?",
        # dev-20: annoyance at a thing thrown out of the window ("ce wifi, jvais le jeter par
        # la fenêtre"), stuck in a traffic jam, an exam that is "la fin de moi", medicine taken
        # as the box or the doctor says.
        r"(?:le|la|les|l) (?:jeter|balancer|lancer) par la fenetre",
        r"(?:jeter|balancer|lancer) (?:le|la|les|mon|ma|mes|ce|cet|cette|son|sa) (?:\w+ ){0,2}?par"
        r" la fenetre",
        r"(?:bouchons?|embouteillages?|trafic|circulation|autoroute|periph|tram|train|bus)"
        r"(?: \w+){0,6}? (?:je )?suis (?:bloquee?|coincee?)",
        r"(?:bac blanc|bac|exam|examens?|controle|partiels?|ds|dst|interro|brevet|revisions?)"
        r"(?: \w+){0,6}? c est la fin de moi",
        r"(?:pris|prends|prendre|avale) (?:\w+ ){0,6}?(?:comme (?:indique|prescrit|dit|marque"
        r"|ecrit)|comme (?:le|la|l) (?:\w+ )?(?:medecin|docteur|notice|boite|pharmacien"
        r"|pharmacienne|ordonnance) (?:\w+ )?(?:dit|a dit|indique|l a dit|le dit|conseille)"
        r"|selon la notice|d apres la notice)",
        # Praying not to oversleep: "je prie pour ne pas me réveiller en retard".
        r"(?:ne )?(?:pas |plus )?(?:me )?reveiller (?:en retard|trop tard|a la bourre)",
        # probe 22: silence after tonight with its ordinary cause ("si je reponds plus apres ce
        # soir c'est que je dors"), and exams over ("apres le bac je serai libre de tout ca").
        r"si (?:je )?(?:ne )?(?:reponds|repond) (?:plus|pas) (?:\w+ ){0,4}?c ?est (?:que|parce"
        r" que|pcq) (?:je (?:dors|suis (?:en|au|a|dans|occupee?|partie?))|j ai plus de"
        r" (?:batterie|reseau|forfait))",
        r"(?:bac|exam|examens|partiels|controle|brevet|revisions?|concours)(?: \w+){0,8}?"
        r" (?:enfin )?(?:libre|liberee?|debarrassee?) de tout (?:ca|ce)",
        # dev-21: film titles that name a death or a farewell ("t'as vu Mourir peut
        # attendre ?"), and a sibling threatened over a snack ("jvais la tuer, elle a mangé
        # mon kinder").
        r"(?:mourir peut attendre|la mort vous va si bien|mort sur le nil|destination finale"
        r"|le cercle des poetes disparus|avant toi)",
        r"(?:je vais|jvais|j vais|je veux|je vais aller) (?:la|le|les|te|vous) (?:tuer|buter"
        r"|etrangler|massacrer|defoncer|trucider)(?= (?:\w+ ){0,10}?(?:(?:a|ont|m a) (?:mange"
        r"|pris|pique|vole|fini|casse|bu|mis|porte|emprunte|perdu|spoile)|mon|ma|mes)\b)",
        # dev-21: a knee or a lip that bleeds after a fall, and last year's books handed on.
        r"(?:genou|coude|nez|levre|gencives?|cheville) (?:\w+ )?saigne",
        # Homework one has no strength for: "jai plus la force de faire mes devoirs ce soir".
        r"(?:plus|pas|pu) (?:la force|le courage|l energie) (?:de |d )(?:faire|finir|reviser"
        r"|ranger|commencer) (?:mes |les |la |le |l |ma |mon )?(?:devoirs|cours|revisions|menage"
        r"|chambre|vaisselle|exos|exercices|dm)",
        # A series' finale that "finished" one: "ce final de série m'a achevée jpp" (left from
        # holdout 15).
        r"(?:final|finale|fin|episode|saison|serie|film|dernier episode)(?: \w+){0,4}? m a"
        r" (?:achevee?|tuee?|detruite?|brisee?|eue?|eclatee?)(?: jpp| mdr| ptdr)?",
        # probe 23: worn out by sport, off to bed ("a bout de force apres le sport, jvais
        # partir me coucher").
        r"(?:partir|aller) (?:me coucher|faire dodo|au lit|faire une sieste)(?! (?:\w+ ){0,3}?"
        r"(?:pour toujours|a jamais|pour de bon|et (?:ne )?(?:plus|jamais)|definitivement)\b)",
        r"a bout de (?:force|souffle) (?:\w+ ){0,2}?(?:apres|pendant) (?:le |la |l |les |mon"
        r" |ma )?(?:sport|match|course|entrainement|foot|muscu|seance|marche|rando\w*)",
        r"(?:donne|donner|file|offert|refile|distribue|passe) (?:mes|mon|ma) (?:vieux|vieilles"
        r"|anciens|anciennes) \w+(?: \w+){0,10}",
        # Things for a sport, a baby or school given on: "à qui donner mes affaires de foot".
        r"(?:donne|donner|donnerai|offert|offrir|laisse|laisser|file|refile|passe|passer|vendre"
        r"|revendre) (?:toutes |tous )?(?:mes|les|ses) (?:affaires|habits|vetements|trucs|fringues"
        r"|tenues|livres|cahiers|manuels|jouets) (?:de |d )(?:sport|foot|basket|hand|danse"
        r"|piscine|natation|bebe|ecole|cours|classe|college|lycee|plage|ski|camping|muscu"
        r"|musculation|gym|rando|hiver|ete|seconde|premiere|terminale|l an dernier|l annee"
        r" derniere|quand j etais petite?)",
        r"(?:ma|mon) (?:petite? |grande? )?(?:soeur|frere|cousine?|pote|copine|meilleure? amie?)"
        r" (?:\w+ ){0,12}?(?:je vais|jvais|j vais) (?:la|le|les) (?:tuer|buter|etrangler"
        r"|massacrer|defoncer|trucider)",
    ),
    tickets=(
        r"billets?",
        r"(?:ma|mes|une|des|ta|sa) places?",
        r"badges?",
        r"invitations?",
        "goodies",
    ),
    long_ago=(
        r"l an (?:dernier|passe)",
        r"l annee (?:derniere|passee)",
        r"il y a (?:\d+|des|quelques|plusieurs|deux|trois) (?:ans|mois)",
        "quand j etais",
    ),
    # "si tu sais pas, bientôt ce sera plus mon problème": "bientôt" opens a clause of its own.
    # So does one's life as a subject: "s'il a pas son argent ma vie est finie".
    new_clause=("je", "j", "bientot", "ma vie", "toute ma vie"),
    own_too=(
        r"moi c est (?:aussi |bien )?le cas",
        r"c est (?:aussi |exactement )?(?:mon cas|le cas pour moi)",
        r"moi aussi(?= *$)",
        r"j en fais partie",
        r"(?:je suis|j suis) (?:l un d eux|l une d elles|un de ces jeunes|une de ces personnes"
        r"|dans ce cas)",
        r"ca me concerne",
        r"(?:je )?(?:demande|pose la question) pour moi(?: meme)?",
    ),
    denials=(
        # A wish to live long enough for something: "faut pas que je meure avant de la voir".
        r"(?:je (?:ne )?dois pas|faut pas que je|il faut pas que je) (?:mourir|meure) avant"
        r" (?:de|d)",
        # Someone who forgets whether they took their medicine: "ma tante oublie si elle a pris".
        r"oubli\w* (?:\w+ ){0,2}?(?:si|qu) (?:elle|il) (?:a|avait) (?:deja )?pris (?:\w+ )?"
        r"(?:medicaments?|medocs?|cachets?|pilules?|traitement)",
        # A trip with its length, not a wish to vanish: "disparaître une semaine à Agadir".
        r"disparaitre (?:\w+ ){0,2}?(?:une|1|deux|2|trois|3|quelques|qq|un|le temps d une|pendant"
        r" une?) (?:semaines?|jours?|mois|week end|we|soiree|aprem|nuit)",
        # Old clothes or things given to a charity: a clear-out, not belongings given away.
        r"(?:donne|donner|offert|offrir|file|depose|deposer) (?:\w+ ){0,5}?(?:a une|a l|aux|au"
        r"|a la) (?:association|asso|secours|emmaus|croix rouge|croissant rouge|banque alimentaire"
        r"|friperie|oeuvre|paroisse|mosquee)",
        r"(?:vieux|vieilles) (?:vetements|habits|fringues|affaires|jouets)",
        r"(?:vetements|habits|fringues) (?:que|qu) (?:je|j) (?:ne )?(?:porte|mets|mettais) plus",
        r"je (?:ne )?suis pas (?:\w+ )?(?:suicidaire|depressi[fv]e?)",
        # Asking how to help someone else: their low mood is theirs (concern.py names the
        # worrying signs), not a cry of the writer's.
        r"comment (?:je (?:peux|pourrais|dois) )?(?:l|la|le|les|lui) (?:aider|soutenir"
        r"|accompagner|en parler|parler)",
        # Medicine taken as prescribed or with meals: a treatment, however dark the words near it.
        _MEDS + r" (?:\w+ ){0,6}?(?:avant|apres|pendant) (?:le |les )?(?:repas|manger|petit"
        r" dejeuner|diner)",
        r"(?:medecin|docteur|psychiatre|psy|generaliste) m a (?:dit|conseille|prescrit|demande) de"
        r" prendre",
        # Someone else's treatment: "mon père prend des antidépresseurs depuis 2 ans".
        r"(?:mon|ma|mes) (?:pere|mere|papa|maman|fils|fille|frere|soeur|mari|femme|grand \w+"
        r"|copain|copine|enfants?|parents) (?:\w+ ){0,2}?(?:prend|prennent|est sous)"
        rf" (?:des |ses |son |sa |un |une )?{_MEDS}",
        _MEDS + r" (?:\w+ ){0,4}?(?:comme (?:prescrit|d habitude|toujours)|selon l ordonnance"
        r"|tous les (?:jours|soirs|matins))",
        r"je (?:ne )?(?:veux|vais) pas (?:me tuer|mourir|me suicider|me faire du mal)",
        # probe 23: a morning without food, not a life: "je vais pas tenir jusqu'à midi sans
        # manger".
        r"(?:tenir|attendre) jusqu (?:a |au )?(?:\w+ ){0,2}?sans (?:manger|dormir|cafe|boire"
        r"|mon tel|wifi|telephone|bouffer|grignoter|clope)",
        # An exam or a match that "killed" the writer: "le bac blanc m'a tué".
        r"(?:bac|bac blanc|exam|examen|partiel|controle|dst|oral|interro|concours|match"
        r"|entrainement|seance|cours) (?:\w+ ){0,2}?m a (?:tuee?|achevee?|detruite?|eu)",
        # Ashamed, not gone: "j'ai voulu disparaître sous terre".
        r"(?:disparaitre|rentrer|me cacher) sous (?:terre|la table)",
        # dev-20: away on a trip, not gone: "demain je serai plus là, je pars à Agadir".
        r"(?:je|j) (?:ne )?serai (?:plus|pas) (?:la|ici) (?:\w+ ){0,3}?(?:je pars|je suis en"
        r" (?:voyage|vacances|deplacement)|en vacances|en deplacement|en voyage)",
        # dev-20: a sleeping aid for insomnia: "quel médicament pour dormir sans me réveiller
        # la nuit".
        r"dormir (?:\w+ ){0,3}?sans (?:me )?reveiller (?:\w+ ){0,2}?(?:la nuit|en pleine nuit)",
    ),
    quoting=(_QUOTING,),
    titles=(
        _TITLES,
        # A film's, a series' or a poem's people speak lines, no one's own words: "l'héroïne
        # dit « je veux mourir »" is neither the writer's distress nor a worry.
        r"(?:heros|heroine|personnage|narrateur|narratrice|poete|chanteur|chanteuse|acteur"
        r"|actrice)(?: (?!je |j |moi )\w+){0,2}? " + any_of(*_SAYING) + r"(?: que| qu)?",
    ),
    saying=_SAYING,
    alone={
        "hopelessness": [
            r"(?:j en ai |jen ai )?(?:plus envie|plus la force|marre de tout|marre de vivre)",
            r"(?:je suis|je me sens|je suis completement) (?:a bout|vide|foutue?|epuisee? de tout"
            r"|au bout du rouleau|brisee?)",
            r"(?:a bout|au bout du rouleau|vide a l interieur)",
            r"(?:je n en |j en |je )?(?:peux|peu|pe) plus",
            r"(?:a quoi bon|plus aucun espoir|aucun espoir|je lache tout|j abandonne)",
            r"jpp",
        ],
        "disappear": [r"(?:je veux |je voudrais |envie de )?dispara[iî]tre"],
        # A rope bought, said and nothing else: "j'ai acheté une corde hier".
        "means": [r"(?:j ai )?(?:achete|pris) une corde(?: (?:hier|ce matin|aujourd hui))?"],
        # A farewell as the whole message; "adieu les vacances" is not one.
        "goodbye": [r"adieu(?: (?:a (?:tous|vous|tout le monde)|tout le monde|les amis))?"],
        # An overdose said and nothing else.
        "acute": [r"(?:j ai fait une |je fais une |j ai pris une )?(?:overdose|surdose)"],
    },
    interjections=(
        "vraiment",
        "wesh",
        "la",
        "serieux",
        "franchement",
        "trop",
        "tellement",
        "juste",
        "wallah",
        "wlh",
        "wlah",
        "grave",
        "genre",
        "sincerement",
    ),
    cues=_CUES,
    cue_excuses=_CUE_EXCUSES,
)
