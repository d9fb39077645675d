"""What the bot says in its own voice, in French, English and Arabic.

Event facts live in the knowledge pack; these are the generic words around them, with
`{placeholders}` filled from the pack, so another event only needs a new pack.
"""

from __future__ import annotations

import datetime as dt

MONTHS = {
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ).split(),
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
    "ar": "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر".split(),
}

LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}

_MESSAGES: dict[str, dict[str, str]] = {
    "welcome": {
        "fr": "Bonjour ! Je réponds aux questions sur {event}, {date} à {city}.\n"
        "Je suis un assistant automatique : mes réponses viennent de l'article publié sur "
        "l'événement. Posez votre question, ou choisissez ci-dessous.",
        "en": "Hello! I answer questions about {event}, {date} in {city}.\n"
        "I am an automated assistant: my answers come from the published article about the "
        "event. Ask your question, or pick below.",
        "ar": "مرحبا! أجيب عن الأسئلة حول {event}، {date} في {city}.\n"
        "أنا مساعد آلي: أجوبتي مأخوذة من المقال المنشور عن الحدث. اطرح سؤالك أو اختر مما يلي.",
    },
    "help": {
        "fr": "Posez une question en français, en anglais, en arabe ou en darija, par exemple :\n"
        "• C'était quand, le sommet ?\n• Qui est Imane Kendili ?\n"
        "• De quoi parlait la deuxième table ronde ?\n• chkoun hder 3la les parents ?\n\n"
        "Commandes :\n{commands}",
        "en": "Ask a question in French, English, Arabic or Darija, for example:\n"
        "• When was the summit?\n• Who is Imane Kendili?\n"
        "• What was the second round table about?\n• Who talked about parents?\n\n"
        "Commands:\n{commands}",
        "ar": "اطرح سؤالك بالعربية أو الدارجة أو الفرنسية أو الإنجليزية، مثلا:\n"
        "• متى انعقدت القمة؟\n• من هي إيمان الكنديلي؟\n• على ماذا ركزت الطاولة المستديرة الثانية؟\n"
        "• شكون هضر على الوالدين؟\n\nالأوامر:\n{commands}",
    },
    "fallback": {
        "fr": "Je ne sais pas répondre à cela : je ne connais que {event}, "
        "d'après l'article publié.",
        "en": "I don't know that: I only know about {event}, from the published article.",
        "ar": "لا أعرف الجواب عن هذا: معلوماتي تقتصر على {event}، حسب المقال المنشور.",
    },
    "fallback_suggest": {
        "fr": "Vouliez-vous dire :",
        "en": "Did you mean:",
        "ar": "هل تقصد:",
    },
    "fallback_help": {
        "fr": "Tapez /help pour voir ce que je sais, ou /programme pour le programme.",
        "en": "Type /help to see what I know, or /programme for the programme.",
        "ar": "اكتب /help لمعرفة ما أعرفه، أو /programme للاطلاع على البرنامج.",
    },
    "too_long": {
        "fr": "Votre message est très long : posez-moi une question courte sur le sommet.",
        "en": "Your message is very long: please ask me a short question about the summit.",
        "ar": "رسالتك طويلة جدا: اطرح علي سؤالا قصيرا عن القمة من فضلك.",
    },
    "clarify": {
        "fr": "Votre question peut concerner plusieurs sujets. Lequel ?",
        "en": "Your question could be about several things. Which one?",
        "ar": "سؤالك قد يخص أكثر من موضوع. أيها تقصد؟",
    },
    "programme_title": {
        "fr": "Programme : {event}",
        "en": "Programme: {event}",
        "ar": "البرنامج: {event}",
    },
    "programme_when": {
        "fr": "{date}, {city} ({country})",
        "en": "{date}, {city} ({country})",
        "ar": "{date}، {city} ({country})",
    },
    "panel_heading": {
        "fr": "Table ronde {number} : « {title} »",
        "en": "Round table {number}: “{title}”",
        "ar": "الطاولة المستديرة {number}: «{title}»",
    },
    "themes": {"fr": "Thèmes : {items}", "en": "Themes: {items}", "ar": "المحاور: {items}"},
    "with_speakers": {
        "fr": "Intervenants : {items}",
        "en": "Speakers: {items}",
        "ar": "المتدخلون: {items}",
    },
    "speakers_title": {
        "fr": "Les intervenants",
        "en": "The speakers",
        "ar": "المتدخلون",
    },
    "quote": {"fr": "« {quote} »", "en": "“{quote}”", "ar": "«{quote}»"},
    "crisis_fallback_resources": {
        "fr": "Contacts d'aide :",
        "en": "Where to find help:",
        "ar": "جهات المساعدة:",
    },
    "commands": {
        "fr": "/programme le programme\n/speakers les intervenants\n/panels les tables rondes\n"
        "/faq les questions fréquentes\n/language changer de langue\n"
        "/privacy vos données\n/help cette aide",
        "en": "/programme the programme\n/speakers the speakers\n/panels the round tables\n"
        "/faq frequent questions\n/language change language\n/privacy your data\n/help this help",
        "ar": "/programme البرنامج\n/speakers المتدخلون\n/panels الطاولات المستديرة\n"
        "/faq الأسئلة الشائعة\n/language تغيير اللغة\n/privacy معطياتك\n/help هذه المساعدة",
    },
    "language_set": {
        "fr": "C'est noté : je vous réponds en français.",
        "en": "Done: I will answer in English.",
        "ar": "تم: سأجيبك بالعربية.",
    },
    "choose_language": {
        "fr": "Choisissez la langue de mes réponses :",
        "en": "Choose the language of my answers:",
        "ar": "اختر لغة أجوبتي:",
    },
}


def message(key: str, language: str, **values: object) -> str:
    """A message in `language` (French when a translation is missing), placeholders filled."""
    texts = _MESSAGES[key]
    template = texts.get(language) or texts["fr"]
    return template.format(**values) if values else template


def format_date(date: dt.date, language: str) -> str:
    """12 décembre 2024 / 12 December 2024 / 12 دجنبر 2024."""
    month = MONTHS.get(language, MONTHS["fr"])[date.month - 1]
    return f"{date.day} {month} {date.year}"
