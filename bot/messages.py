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
# The choice beside the languages that forgets a chosen one: each message is answered in its own
# language again (Telegram's "automatic" button, the terminal's `/lang auto`).
AUTO_LANGUAGE = "auto"

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
    # The terminal has no buttons to pick from.
    "welcome_terminal": {
        "fr": "Bonjour ! Je réponds aux questions sur {event}, {date} à {city}.\n"
        "Je suis un assistant automatique : mes réponses viennent de l'article publié sur "
        "l'événement. Posez votre question, ou tapez /help.",
        "en": "Hello! I answer questions about {event}, {date} in {city}.\n"
        "I am an automated assistant: my answers come from the published article about the "
        "event. Ask your question, or type /help.",
        "ar": "مرحبا! أجيب عن الأسئلة حول {event}، {date} في {city}.\n"
        "أنا مساعد آلي: أجوبتي مأخوذة من المقال المنشور عن الحدث. اطرح سؤالك أو اكتب ‎/help.",
    },
    # {examples}: the questions the pack lists as `examples` in event.yaml, one per line.
    "help": {
        "fr": "Posez une question en français, en anglais, en arabe ou en darija, par exemple :\n"
        "{examples}\n\nCommandes :\n{commands}",
        "en": "Ask a question in French, English, Arabic or Darija, for example:\n"
        "{examples}\n\nCommands:\n{commands}",
        "ar": "اطرح سؤالك بالعربية أو الدارجة أو الفرنسية أو الإنجليزية، مثلا:\n"
        "{examples}\n\nالأوامر:\n{commands}",
    },
    "fallback": {
        "fr": "Je ne sais pas répondre à cela : je ne connais que {event}, "
        "d'après l'article publié.",
        "en": "I don't know that: I only know about {event}, from the published article.",
        "ar": "لا أعرف الجواب عن هذا: معلوماتي تقتصر على {event}، حسب المقال المنشور.",
    },
    "fallback_event": {
        "fr": "Je n'ai pas compris cette question sur {event}, ou l'article publié ne donne "
        "pas cette information.",
        "en": "I didn't understand this question about {event}, or the published article does "
        "not give that information.",
        "ar": "لم أفهم هذا السؤال عن {event}، أو أن المقال المنشور لا يذكر هذه المعلومة.",
    },
    "not_said_about": {
        "fr": "L'article publié ne donne pas cette information sur {name}. "
        "Je peux vous montrer ce qu'il en dit :",
        "en": "The published article does not give that information about {name}. "
        "Here is what it does say:",
        "ar": "لا يذكر المقال المنشور هذه المعلومة عن {name}. يمكنني أن أعرض عليك ما يقوله:",
    },
    "theme_not_named": {
        "fr": "L'article publié ne dit pas si le suicide ou sa prévention ont été abordés en "
        "tant que tels. Voici ce qu'il rapporte du programme :",
        "en": "The published article does not say whether suicide or its prevention were "
        "discussed as such. Here is what it reports of the programme:",
        "ar": "لا يذكر المقال المنشور إن كان موضوع الانتحار أو الوقاية منه قد نوقش بعينه. "
        "هذا ما ينقله عن البرنامج:",
    },
    "theme_help": {
        "fr": "Si ce sujet vous touche, vous ou un proche, vous pouvez en parler à ces services :",
        "en": "If this subject touches you or someone close to you, these services can listen:",
        "ar": "إذا كان هذا الموضوع يعنيك أنت أو أحد المقربين منك، يمكنك التحدث إلى هذه الخدمات:",
    },
    "several": {
        "fr": "Plusieurs correspondent à votre description :",
        "en": "More than one fits your description:",
        "ar": "أكثر من واحد يطابق وصفك:",
    },
    "several_which": {
        "fr": "Lequel vous intéresse ?",
        "en": "Which one would you like to know about?",
        "ar": "أيهم تريد أن تعرف عنه أكثر؟",
    },
    "verdict_yes": {
        "fr": "Oui, d'après l'article.",
        "en": "Yes, according to the article.",
        "ar": "نعم، حسب المقال.",
    },
    "verdict_no": {
        "fr": "L'article ne dit pas que {name} en a parlé.",
        "en": "The article does not say that {name} spoke about that.",
        # Nouns, not verbs: an Arabic verb agrees with the speaker's gender.
        "ar": "لا يذكر المقال حديث {name} عن ذلك.",
    },
    "verdict_fact_no": {
        "fr": "Non, d'après l'article.",
        "en": "No, according to the article.",
        "ar": "لا، حسب المقال.",
    },
    "verdict_panel": {
        "fr": "Non : {name} intervenait à la table ronde {number}.",
        "en": "No: {name} was on round table {number}.",
        "ar": "لا، كانت مشاركة {name} في الطاولة المستديرة {number}.",
    },
    "verdict_others": {
        "fr": "D'après l'article, c'est {names} qui en a parlé.",
        "en": "According to the article, {names} spoke about it.",
        "ar": "وحسب المقال، جاء ذلك في مداخلة: {names}.",
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
        "fr": "Votre message est très long : posez-moi une question courte sur {event}.",
        "en": "Your message is very long: please ask me a short question about {event}.",
        "ar": "رسالتك طويلة جدا: اطرح علي سؤالا قصيرا عن {event} من فضلك.",
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
        "fr": "Les {count} intervenants",
        "en": "The {count} speakers",
        "ar": "المتدخلون ({count})",
    },
    "language_set": {
        "fr": "C'est noté : je vous réponds en français.",
        "en": "Done: I will answer in English.",
        "ar": "تم: سأجيبك بالعربية.",
    },
    "language_auto": {
        "fr": "C'est noté : je vous réponds dans la langue de chaque message.",
        "en": "Done: I will answer in the language of each message.",
        "ar": "تم: سأجيبك بلغة كل رسالة.",
    },
    "choose_language": {
        "fr": "Choisissez la langue de mes réponses :",
        "en": "Choose the language of my answers:",
        "ar": "اختر لغة أجوبتي:",
    },
    # --- Telegram: privacy notice and erasure -------------------------------------------------
    "privacy_short": {
        "fr": "Vos questions sont gardées {days} jours, sans votre nom, pour améliorer les "
        "réponses. Détails : /privacy. Tout effacer : /forget.",
        "en": "Your questions are kept for {days} days, without your name, to improve the "
        "answers. Details: /privacy. Erase them: /forget.",
        "ar": "تُحفظ أسئلتك {days} يوما، دون اسمك، لتحسين الأجوبة. التفاصيل: /privacy. "
        "لمسح كل شيء: /forget.",
    },
    "privacy": {
        "fr": "Vos données\n\n"
        "Ce que je garde pour chaque question : l'heure, la langue, le texte de la question, "
        "le type de réponse, la fiche utilisée et son score, vos 👍/👎 et votre choix de "
        "langue. Vous y êtes désigné par un pseudonyme (une empreinte chiffrée de votre "
        "identifiant Telegram), jamais par votre nom, votre nom d'utilisateur ou votre "
        "numéro. Si un message exprime une détresse, je note seulement qu'il y en a eu un, "
        "pas son texte.\n\n"
        "Pourquoi : pour améliorer mes réponses.\n"
        "Combien de temps : {days} jours, puis c'est effacé automatiquement.\n"
        "Qui peut le voir : seulement les organisateurs désignés comme administrateurs de ce "
        "bot.\n"
        "Pour tout effacer maintenant : /forget.\n\n"
        "Je suis un assistant automatique, pas un service d'écoute ni d'urgence.",
        "en": "Your data\n\n"
        "What I keep for each question: the time, the language, the text of the question, "
        "the kind of reply, the entry used and its score, your 👍/👎 and your language "
        "choice. You appear there under a pseudonym (a keyed hash of your Telegram id), never "
        "under your name, username or phone number. If a message shows distress, I only note "
        "that one happened, not its text.\n\n"
        "Why: to improve my answers.\n"
        "For how long: {days} days, then it is erased automatically.\n"
        "Who can see it: only the organisers named as administrators of this bot.\n"
        "To erase it all now: /forget.\n\n"
        "I am an automated assistant, not a counselling or emergency service.",
        "ar": "معطياتك\n\n"
        "ما أحتفظ به عن كل سؤال: الوقت واللغة ونص السؤال ونوع الجواب والبطاقة المستعملة "
        "ونقطتها وتقييمك 👍/👎 واختيارك للغة. تظهر فيها باسم مستعار (بصمة مشفرة لمعرّفك في "
        "تيليغرام)، لا باسمك ولا باسم المستخدم ولا برقم هاتفك. إذا عبّرت رسالة عن ضيق، أسجل "
        "فقط أنها وصلت، لا نصها.\n\n"
        "لماذا: لتحسين أجوبتي.\n"
        "المدة: {days} يوما، ثم تُمسح تلقائيا.\n"
        "من يطلع عليها: المنظمون المعيّنون مشرفين على هذا البوت فقط.\n"
        "لمسح كل شيء الآن: /forget.\n\n"
        "أنا مساعد آلي، ولست خدمة استماع أو طوارئ.",
    },
    "forget_confirm": {
        "fr": "Effacer tout ce que je garde sur vous (questions, votes, choix de langue) ? "
        "C'est définitif.",
        "en": "Erase everything I keep about you (questions, votes, language choice)? "
        "This cannot be undone.",
        "ar": "هل أمسح كل ما أحتفظ به عنك (الأسئلة والتقييمات واختيار اللغة)؟ لا يمكن التراجع.",
    },
    "forget_done": {
        "fr": "C'est fait : {count} enregistrement(s) effacé(s).",
        "en": "Done: {count} record(s) erased.",
        "ar": "تم: مُسح {count} من السجلات.",
    },
    "forget_cancelled": {
        "fr": "D'accord, rien n'a été effacé.",
        "en": "All right, nothing was erased.",
        "ar": "حسنا، لم يُمسح شيء.",
    },
    "forget_failed": {
        "fr": "Je n'ai pas pu effacer vos données pour le moment. Réessayez dans une minute.",
        "en": "I could not erase your data just now. Please try again in a minute.",
        "ar": "تعذّر مسح معطياتك الآن. حاول مجددا بعد دقيقة.",
    },
    # --- Telegram: buttons ----------------------------------------------------------------
    "button_programme": {"fr": "📅 Programme", "en": "📅 Programme", "ar": "📅 البرنامج"},
    "button_speakers": {"fr": "🎤 Intervenants", "en": "🎤 Speakers", "ar": "🎤 المتدخلون"},
    "button_faq": {"fr": "❓ Questions fréquentes", "en": "❓ FAQ", "ar": "❓ أسئلة شائعة"},
    "button_language": {"fr": "🌐 Langue", "en": "🌐 Language", "ar": "🌐 اللغة"},
    "button_language_auto": {
        "fr": "🔄 Automatique : la langue du message",
        "en": "🔄 Automatic: the message's language",
        "ar": "🔄 تلقائي: لغة الرسالة",
    },
    "button_panel": {
        "fr": "Table ronde {number} : {title}",
        "en": "Round table {number}: {title}",
        "ar": "الطاولة المستديرة {number}: {title}",
    },
    "button_all_speakers": {
        "fr": "⬅️ Tous les intervenants",
        "en": "⬅️ All speakers",
        "ar": "⬅️ كل المتدخلين",
    },
    "button_all_panels": {
        "fr": "⬅️ Toutes les tables rondes",
        "en": "⬅️ All round tables",
        "ar": "⬅️ كل الطاولات المستديرة",
    },
    "button_forget_yes": {
        "fr": "🗑 Oui, tout effacer",
        "en": "🗑 Yes, erase everything",
        "ar": "🗑 نعم، امسح كل شيء",
    },
    "button_cancel": {"fr": "Annuler", "en": "Cancel", "ar": "إلغاء"},
    "pick_speaker": {
        "fr": "Choisissez un intervenant :",
        "en": "Pick a speaker:",
        "ar": "اختر متدخلا:",
    },
    "pick_panel": {
        "fr": "Choisissez une table ronde :",
        "en": "Pick a round table:",
        "ar": "اختر طاولة مستديرة:",
    },
    "pick_faq": {
        "fr": "Questions fréquentes : choisissez-en une, ou écrivez la vôtre.",
        "en": "Frequent questions: pick one, or type your own.",
        "ar": "أسئلة شائعة: اختر واحدا منها، أو اكتب سؤالك.",
    },
    "feedback_thanks": {
        "fr": "Merci pour votre avis !",
        "en": "Thank you for your feedback!",
        "ar": "شكرا على رأيك!",
    },
    "too_fast": {
        "fr": "Vous envoyez des messages très vite : je vous répondrai de nouveau dans "
        "{minutes} min. Merci de votre patience !",
        "en": "You're sending messages very fast: I'll answer again in {minutes} min. "
        "Thank you for your patience!",
        "ar": "ترسل الرسائل بسرعة كبيرة: سأجيبك من جديد بعد {minutes} دقيقة. شكرا على صبرك!",
    },
    "not_for_you": {
        "fr": "Ce bouton n'est pas pour vous.",
        "en": "This button is not for you.",
        "ar": "هذا الزر ليس لك.",
    },
    "stale_button": {
        "fr": "Ce bouton n'est plus valable. Tapez /start pour recommencer.",
        "en": "This button no longer works. Type /start to begin again.",
        "ar": "هذا الزر لم يعد صالحا. اكتب /start للبدء من جديد.",
    },
    # --- Telegram: other replies ----------------------------------------------------------
    "unknown_command": {
        "fr": "Je ne connais pas cette commande. Tapez /help pour voir ce que je sais faire.",
        "en": "I don't know this command. Type /help to see what I can do.",
        "ar": "لا أعرف هذا الأمر. اكتب /help لمعرفة ما أستطيع فعله.",
    },
    "terminal_unknown_command": {
        "fr": "Je ne connais pas cette commande. Ici, je connais :\n{commands}",
        "en": "I don't know this command. Here I know:\n{commands}",
        "ar": "لا أعرف هذا الأمر. هنا أعرف:\n{commands}",
    },
    "text_only": {
        "fr": "Je ne lis que le texte : écrivez-moi votre question sur {event}.",
        "en": "I only read text: please type your question about {event}.",
        "ar": "أقرأ النصوص فقط: اكتب لي سؤالك عن {event} من فضلك.",
    },
    "error": {
        "fr": "Désolé, un problème m'a empêché de répondre. Réessayez dans un instant.",
        "en": "Sorry, something went wrong and I could not answer. Please try again shortly.",
        "ar": "عذرا، حدث خلل منعني من الرد. حاول مجددا بعد قليل.",
    },
    # --- Telegram: the command menu (setMyCommands) and /help -----------------------------
    "command_start": {"fr": "Accueil", "en": "Welcome", "ar": "الترحيب"},
    "command_help": {"fr": "Aide et exemples", "en": "Help and examples", "ar": "مساعدة وأمثلة"},
    "command_programme": {"fr": "Le programme", "en": "The programme", "ar": "البرنامج"},
    "command_speakers": {"fr": "Les intervenants", "en": "The speakers", "ar": "المتدخلون"},
    "command_panels": {
        "fr": "Les tables rondes",
        "en": "The round tables",
        "ar": "الطاولات المستديرة",
    },
    "command_faq": {"fr": "Questions fréquentes", "en": "Frequent questions", "ar": "أسئلة شائعة"},
    "command_language": {"fr": "Changer de langue", "en": "Change language", "ar": "تغيير اللغة"},
    "command_privacy": {"fr": "Vos données", "en": "Your data", "ar": "معطياتك"},
    "command_forget": {
        "fr": "Effacer vos données",
        "en": "Erase your data",
        "ar": "مسح معطياتك",
    },
    "command_quit": {"fr": "Quitter", "en": "Quit", "ar": "خروج"},
    "command_stats": {
        "fr": "Statistiques [jours] (admin)",
        "en": "Statistics [days] (admin)",
        "ar": "إحصائيات [أيام] (للمشرفين)",
    },
    "command_unanswered": {
        "fr": "Questions sans réponse [jours] (admin)",
        "en": "Unanswered questions [days] (admin)",
        "ar": "أسئلة بلا جواب [أيام] (للمشرفين)",
    },
    "command_export": {
        "fr": "Export CSV [jours] (admin)",
        "en": "CSV export [days] (admin)",
        "ar": "تصدير CSV [أيام] (للمشرفين)",
    },
    "command_reload": {
        "fr": "Recharger la base de connaissances (admin)",
        "en": "Reload the knowledge pack (admin)",
        "ar": "إعادة تحميل قاعدة المعارف (للمشرفين)",
    },
    "command_report": {
        "fr": "Rapport avec graphiques [jours] (admin)",
        "en": "Report with charts [days] (admin)",
        "ar": "تقرير بالرسوم البيانية [أيام] (للمشرفين)",
    },
    # --- Telegram: organiser commands ---------------------------------------------------
    "admin_usage": {
        "fr": "Usage : /{command} [jours], par exemple /{command} 7",
        "en": "Usage: /{command} [days], for example /{command} 7",
        "ar": "الاستعمال: /{command} [أيام]، مثلا /{command} 7",
    },
    "admin_reloaded": {
        "fr": "Base rechargée : {panels} tables rondes, {speakers} intervenants, "
        "{entries} fiches.",
        "en": "Pack reloaded: {panels} round tables, {speakers} speakers, {entries} entries.",
        "ar": "أُعيد تحميل القاعدة: {panels} طاولات مستديرة، {speakers} متدخلين، {entries} بطاقات.",
    },
    "admin_reload_failed": {
        "fr": "La base dans {folder} est invalide ; je garde la version actuelle. Problèmes :",
        "en": "The pack in {folder} is invalid; I keep the current one. Problems:",
        "ar": "القاعدة في {folder} غير صالحة؛ سأحتفظ بالنسخة الحالية. المشاكل:",
    },
    "admin_export_caption": {
        "fr": "Journal des conversations : {rows} ligne(s).",
        "en": "Conversation log: {rows} row(s).",
        "ar": "سجل المحادثات: {rows} سطر.",
    },
    "admin_report_caption": {
        "fr": "Rapport : {questions} question(s) du {first} au {last}, heures de {zone}. "
        "Ouvrez le fichier dans un navigateur.",
        "en": "Report: {questions} question(s) from {first} to {last}, times in {zone}. "
        "Open the file in a browser.",
        "ar": "التقرير: {questions} سؤال من {first} إلى {last}، بتوقيت {zone}. "
        "افتح الملف في متصفح.",
    },
    "admin_log_unavailable": {
        "fr": "Le journal est illisible pour le moment : {error}",
        "en": "The log cannot be read just now: {error}",
        "ar": "تعذّرت قراءة السجل الآن: {error}",
    },
    # --- Telegram: /suggest, the questions the bot missed -------------------------------
    "command_suggest": {
        "fr": "Questions manquées, à ajouter [jours] (admin)",
        "en": "Missed questions to add [days] (admin)",
        "ar": "أسئلة فاتت البوت لإضافتها [أيام] (للمشرفين)",
    },
    "suggest_none": {
        "fr": "Aucune question manquée à proposer pour cette période.",
        "en": "No missed questions to suggest for this period.",
        "ar": "لا توجد أسئلة فائتة لاقتراحها في هذه الفترة.",
    },
    "suggest_header": {
        "fr": "Les {shown} groupes les plus demandés sur {total} de questions manquées. "
        "➕ ajoute la question à une fiche, 🙈 masque le groupe pour de bon.",
        "en": "The {shown} most asked of {total} groups of missed questions. "
        "➕ adds the question to an entry, 🙈 hides the group for good.",
        "ar": "أكثر {shown} مجموعات طلبا من أصل {total} من الأسئلة الفائتة. "
        "➕ يضيف السؤال إلى بطاقة، و🙈 يخفي المجموعة نهائيا.",
    },
    "suggest_group": {
        "fr": "{number}. « {question} »\n{people} personne(s), {count} fois · {why} · {languages}",
        "en": "{number}. “{question}”\n{people} person(s), {count} time(s) · {why} · {languages}",
        "ar": "{number}. «{question}»\n{people} شخص، {count} مرة · {why} · {languages}",
    },
    "suggest_examples": {"fr": "Aussi : {items}", "en": "Also: {items}", "ar": "أيضا: {items}"},
    "suggest_likely": {
        "fr": "Fiches probables : {items}",
        "en": "Likely entries: {items}",
        "ar": "البطاقات المحتملة: {items}",
    },
    "suggest_reason_fallback": {"fr": "sans réponse", "en": "not understood", "ar": "بلا جواب"},
    "suggest_reason_which_one": {
        "fr": "« lequel ? » sans suite",
        "en": "“which one?” left open",
        "ar": "«أيهما؟» بلا متابعة",
    },
    "suggest_reason_thumbs_down": {"fr": "👎", "en": "👎", "ar": "👎"},
    "suggest_reason_asked_again": {
        "fr": "reposée autrement",
        "en": "asked again",
        "ar": "أعيد طرحه",
    },
    "button_suggest_ignore": {"fr": "🙈 Ignorer", "en": "🙈 Ignore", "ar": "🙈 تجاهل"},
    "suggest_added": {
        "fr": "✅ « {text} » ajoutée à {label} ({file}). La base est rechargée : "
        "le bot y répond déjà.",
        "en": "✅ Added “{text}” to {label} ({file}). The pack is reloaded: the bot answers "
        "it now.",
        "ar": "✅ أضيفت «{text}» إلى {label} ({file}). أعيد تحميل القاعدة: البوت يجيب عنها الآن.",
    },
    "suggest_still": {
        "fr": "Attention : le bot répond encore à cette formulation avec {got}.",
        "en": "Note: the bot still answers this wording with {got}.",
        "ar": "تنبيه: البوت ما زال يجيب عن هذه الصيغة بـ {got}.",
    },
    "suggest_now_answers": {
        "fr": "Cette fiche répond maintenant à {count} question(s) du journal :",
        "en": "This entry now answers {count} logged question(s):",
        "ar": "هذه البطاقة تجيب الآن عن {count} من أسئلة السجل:",
    },
    "suggest_failed": {
        "fr": "Rien n'a été ajouté : {error}",
        "en": "Nothing was added: {error}",
        "ar": "لم يُضف شيء: {error}",
    },
    "suggest_ignored": {
        "fr": "🙈 « {question} » ne sera plus proposée.",
        "en": "🙈 “{question}” will not be suggested again.",
        "ar": "🙈 «{question}» لن تُقترح مجددا.",
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
