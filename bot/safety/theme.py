"""Suicide and self-harm named as a subject: "did the summit talk about suicide prevention?".

Such a question shows no distress (`detect` reads first-person phrases only), yet "I didn't
understand" is the wrong reply to it on a mental-health bot read by teenagers: the engine
says what the article reports and where help is. The words are matched on `normalise`d text,
where "الانتحار" reads "انتحار", "self-harm" "self harm" and "nta7ar" "ntahar".
"""

from __future__ import annotations

import re

from bot.safety.detect import normalise

_THEME = re.compile(
    r"\b(?:"
    # English and French.
    r"suicides?|suicidal|suicidaires?|self harm(?:ing)?|selfharm|self injury"
    r"|auto ?mutilations?|scarifications?"
    # Modern Standard Arabic and Darija in Arabic script, any prefix the article left on.
    r"|[وبلف]?انتحار(?:ي|يه|يين|يون)?|[يت]نتحر(?:ون|و)?|كينتاحرو|كينتحرو"
    r"|ايذاء (?:نفس|ذات)|اذي (?:نفس|ذاتي)|تشويه ذات"
    # Darija in Latin letters.
    r"|l?intihar|ntihar|ntahar|yntahro|yntahrou|kayntahro"
    r")\b"
)


def names_theme(text: str) -> bool:
    """Whether a message names suicide or self-harm as a subject."""
    return _THEME.search(normalise(text)) is not None
