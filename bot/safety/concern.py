"""Someone worried about another person: "my friend wants to die, how do I help her?".

The writer is not the one in distress, so the crisis reply ("thank you for telling me what
you're going through") would be wrong; staying quiet would be worse. These messages get a reply
on how to help and where (safety.yaml's `crisis.concern`). Two ways to say it: a close person
named, then their wish to die or to hurt themselves in the third person (this module's
patterns), or a close person quoted in the first person ("ma copine m'a écrit « je veux
mourir »", found by the phrase lists of `detect`).
"""

from __future__ import annotations

import re

# A close person, as people name them, in each language (normalised: no accents, Arabizi
# digits spelt out, Arabic letter variants folded).
_PERSON = (
    r"(?:my|a|our|one of my) (?:best )?(?:friend|bestie|bff|mate|sister|brother|cousin|son"
    r"|daughter|classmate|girlfriend|boyfriend|student|pupil|kid|child)s?",
    r"(?:mon|ma|une|un|notre|un de mes|une de mes) (?:meilleure? )?(?:ami|amie|pote|copine"
    r"|copain|soeur|frere|cousin|cousine|fils|fille|camarade|eleve|enfant|gamin|gamine)s?",
    r"(?:sahbi|sahbti|sa7bi|sa7bti|khoya|khouya|khti|bnti|benti|wldi|weldi|ibni|bent khalti"
    r"|wld khalti|bent 3mmi|wld 3mmi|sahebti|sahebi|tilmid|tilmida|tlamid)",
    r"(?:صديقي|صديقتي|صاحبي|صاحبتي|اختي|اخي|خويا|اخويا|اخوي|خيي|ختي|رفيقي|رفيقتي|بنتي|ولدي|ابني"
    r"|ابنتي|زميلي|زميلتي"
    r"|تلميذي|تلميذتي|تلاميذي|تلميذاتي|بنت خالتي|ولد خالتي|صديقتها|صديقها|صديقته|صديقه"
    r"|طالبه|طالبتي|طالبي)",
    # A child or a pupil in someone's care: "واحد الطفل فالروض", "wa7d ttfl f l9ism".
    r"(?:واحد |واحده )?(?:الطفل|الطفله|طفل|طفله|التلميذ|التلميذه)",
    r"(?:wa7d|wahd|wa7da|wahda) (?:ttfl|tfl|ttfla|tfla|ttilmid|tilmid|ttilmida|tilmida|ddrri"
    r"|drri)",
)
# Their wish to die or to hurt themselves, in the third person.
_THEIR_DISTRESS = (
    r"(?:wants?|wanted|wanna) to (?:die|kill (?:him|her|them)sel(?:f|ves)|end (?:it|(?:his|her"
    r"|their) life))|(?:is )?suicidal|(?:talks?|talking|thinks?|thinking) (?:about|of)"
    r" (?:suicide|dying|killing (?:him|her)self)|(?:cuts?|cutting|hurts?|hurting|harms?"
    r"|harming) (?:him|her|them)sel(?:f|ves)|self harm\w*"
    # Feeling like a burden: a teacher's or a parent's worry, not the writer's own.
    r"|(?:feels?|felt) like (?:a|such a|just a) burden|(?:feels|thinks|believes|says|said"
    r"|saying|tells (?:me|us)|told (?:me|us)|telling (?:me|us))"
    r" (?:that )?(?:he|she|they) (?:is|s|are|re|was) (?:a|such a|just a) burden"
    # Wanting to swallow all their pills: "my friend wants to take all her pills".
    r"|(?:wants?|wanted|wanna|is going|is gonna|plans?|planning|talks? about|talking about)"
    r" (?:to )?(?:take|taking|swallow|swallowing|down|downing) (?:all|every|the whole|a whole)"
    r" (?:of )?(?:(?:his|her|their|the|of) )?(?:\w+ )?(?:pills|tablets|meds|medicines"
    r"|medications|painkillers|sleeping pills)",
    r"veut (?:mourir|se tuer|se suicider|en finir|disparaitre)|(?:pense|parle) (?:a|de) (?:se"
    r" suicider|mourir|se tuer|suicide)|suicidaire|se (?:scarifie|mutile|coupe|fait du mal)"
    r"|s ?est (?:scarifiee?|coupee?|fait du mal)"
    r"|se sent(?:ait|ent)? (?:de trop|un fardeau|un poids|une charge)"
    r"|(?:qu )?(?:il|elle) (?:est|etait|serait) (?:un fardeau|de trop|un poids)"
    # Vouloir avaler tous ses médicaments : "ma copine veut prendre tous ses médocs".
    r"|(?:veut|voulait|va|parle de|pense a) (?:prendre|avaler|gober) (?:tous|toutes|toute|tout)"
    r" (?:ses|les|sa|la|son|le) (?:(?:boite|boites|plaquette|plaquettes|tube|flacon) (?:de |d )?"
    r"(?:ses )?)?(?:medocs|medicaments|cachets|pilules|comprimes|gelules|somniferes)",
    r"(?:bgha|bghat|baghi|baghya|bghit) (?:ymout|tmout|ynthr|tnthr|yntahr|tntahr|yqtl rasso"
    r"|tqtl rasha|yqtel rasso|tqtel rasha|ykhtafi|tkhtafi|yghber|tghber|yghbr|tghbr)"
    r"|(?:kayjrh|katjrh|kayjreh|katjreh|kayqtt3|katqtt3)"
    r" (?:rasso|rasha|yddo|yddha)|kaytkhmm f (?:lmout|lintihar)|katfkkr f (?:lmout|lintihar)"
    r"|(?:kayhss|kayhs|kayhes|katehss|kathss|kaths|kathes) (?:b ?)?(?:rasso|rasha|rasou)"
    r" (?:aala|tqil|tqila|thqil|zayd|zayda)"
    # Wanting to swallow all the pills: "sa7bti bghat tchreb ga3 dwa".
    r"|(?:bgha|bghat|baghi|baghya) (?:ykh?od|tkh?od|yakhod|takhod|ychreb|tchreb|ybla|tbla|yakol"
    r"|takol|yakl|takl) (?:gaa|kaa|kolchi|kamel|kaml) (?:l|el )?(?:dwa|dwaa|hbob|hbobat"
    r"|hbat|kachiyat|comprimes|medicaments|plaquette)",
    r"(?:يريد|تريد|بغا|بغات|باغي|باغية) (?:ان )?(?:يموت|تموت|ينتحر|تنتحر|يقتل نفسه|تقتل نفسها)"
    r"|يفكر في الانتحار|تفكر في الانتحار|(?:يؤذي|تؤذي|يجرح|تجرح|كيجرح|كتجرح) (?:نفسه|نفسها"
    r"|راسو|راسها)|(?:كيفكر|كتفكر) (?:ف|في) (?:الموت|الانتحار)"
    r"|(?:انه|انها|بانه|بانها) (?:عبء|عبئ|عاله|ثقل)|(?:يشعر|تشعر|يحس|تحس|كيحس|كتحس)"
    r" (?:انه |انها |بانه |بانها |براسو |براسها )?(?:عبء|عبئ|عاله|زايد|زايده)"
    # Wanting to disappear, said of them or quoted: "بنتي بتقول نفسي اختفي", "بغات تختفي".
    # "صديقتها تتحدث عن رغبتها في الموت": a wish to die told of, by a teacher or a friend.
    r"|(?:رغبتها|رغبته|رغبتهم) في (?:موت|انتحار|وضع حد لحياتها|وضع حد لحياته)"
    r"|(?:يريد|تريد|بغا|بغات|باغي|باغيه|عايز|عايزه|عاوز|عاوزه|نفسه|نفسها) (?:ان )?(?:يختفي|تختفي)"
    # Egyptian, Levantine and Gulf: "صاحبي بيفكر بالانتحار", "أختي بدها تموت", "صاحبتي عايزة
    # تموت", "صديقي يبي ينتحر".
    r"|(?:بدو|بدها|بده|بيده|عايز|عايزه|عاوز|عاوزه|يبي|تبي|يبغي|تبغي|يبغا|تبغا|وده|ودها|حابب"
    r"|حابه|ناوي|ناويه|نفسه|نفسها) (?:ان )?(?:يموت|تموت|ينتحر|تنتحر|يقتل نفسه|تقتل نفسها"
    r"|يموت نفسه|تموت نفسها)"
    r"|(?:بيفكر|بتفكر|عم يفكر|عم تفكر|قاعد يفكر|قاعده تفكر|يفكر|تفكر|كيفكر|كتفكر)"
    r" (?:ب|في|ف|انه|انها|ان)? ?(?:انتحار|موت|ينتحر|تنتحر|يموت|تموت|يقتل نفسه|تقتل نفسها)"
    # Wanting to swallow all the pills: "أختي بدها تاخد كل الحبوب", "خويا بغا ياكل كاع الدوا".
    r"|(?:بدو|بدها|بده|عايز|عايزه|عاوز|عاوزه|يبي|تبي|يبغي|تبغي|يريد|تريد|بغا|بغات|باغي|باغيه)"
    r" (?:ان )?(?:ياخد|تاخد|ياخذ|تاخذ|يبلع|تبلع|يشرب|تشرب|ياكل|تاكل|يتناول|تتناول)"
    r" (?:كل|كاع|قاع|جميع|علبه) (?:\S+ )?(?:حبوب|دوا|دواء|ادويه|برشام|اقراص|كينات|حبات)"
    r"|(?:بتقول|بيقول|كتقول|كيقول|تقول|يقول|قالت|قال)(?: ليا| لي)? (?:نفسي|بغيت|اريد|عايز"
    r"|عايزه) (?:ان )?(?:اختفي|نختفي|اموت|نموت)",
)
_SAID = re.compile(
    r"\b(?:" + "|".join(_PERSON) + r")\b(?: \S+){0,8}? (?:" + "|".join(_THEIR_DISTRESS) + r")\b"
)


def voices(normalised: str) -> int | None:
    """Where a close person's wish to die or to hurt themselves ends in normalised text, or
    None: the caller checks what follows it ("... de rire" is an idiom)."""
    found = _SAID.search(normalised)
    return found.end() if found else None
