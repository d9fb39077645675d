"""Text normalisation and language detection, shared by the matcher and the safety checks."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bot import lexicon

LANGUAGES = ("fr", "en", "ar")

# Harakat, superscript alef and Quranic marks carry no meaning for matching.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ڭ": "ك",
        "گ": "ك",
        "ـ": "",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "œ": "oe",
        "æ": "ae",
        "ß": "ss",
    }
)
# An acronym spelt letter by letter, or with its last letter hyphenated, is one word: "O-M-S",
# "U.N.I.C.E.F.", "ABC-D". Capitals only, three letters or more: "a-t-il", "A-T-IL" are French
# word order, not an acronym.
SPELT_ACRONYM = re.compile(
    r"(?<![\w.-])[A-Z](?:[.-][A-Z]){2,}(?![\w-])\.?|(?<![\w-])[A-Z]{2,}-[A-Z](?![\w-])"
)
# Anything that is not a letter or a digit separates words (punctuation, emoji, RTL marks...).
_NON_WORD = re.compile(r"[^\w]+|_+")
_REPEATS = re.compile(r"(\D)\1{2,}")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN_LETTER = re.compile("[a-z]")
# Arabizi: digits written inside a Latin word stand for Arabic letters (3lach, ch7al, l9imma).
_ARABIZI_WORD = re.compile(
    # Not ordinals (2eme, 3rd) nor times of day (9h, 10h30, 5pm).
    r"^(?!\d+(?:e|er|ere|eme|nd|rd|st|th)$)(?!\d{1,2}(?:h|am|pm)\d{0,2}$)"
    r"(?=.*[a-z])(?=.*[235679])[a-z0-9]+$"
)
# 7 (ح) stays a digit: "7dar" (حضر, attended) and "hdar" (هضر, spoke) must not merge.
_ARABIZI = (("5", "kh"), ("3", "a"), ("9", "q"), ("2", ""), ("6", "t"))
# Attached article and conjunction+article prefixes: المتحدث and متحدث are one word.
ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
# Attached pronouns (-ها "her/it", -هم "them", -كم "you", -نا "us", -ه "him/it").
# Plural and construct endings (-ين, -ون, -ات, -ي) go too: منظمي, منظمين -> منظم.
# The ending ه is left alone: folded from ة it is a feminine ending (سلامة, safety), not
# a pronoun, and stripping it would make "safety" read as "hello" (سلام).
_ARABIC_PRONOUNS = ("هما", "ها", "هم", "كم", "نا")
_ARABIC_PLURALS = ("ين", "ون", "ات")
_ARABIC_SUFFIXES = (*_ARABIC_PRONOUNS, *_ARABIC_PLURALS, "ي")
# The fewest letters the stemmer leaves when it takes an ending off (`_without_ending`).
_STEM_LEAST = 4


# The words folded most recently: the same ones come back, and a flood of new ones stays bounded.
_FOLDED_WORDS = 16384
# A reply folds its message about seven times (safety, language, yes/no, small talk, facts)
# and each word of it again when looking for where a question opens: the texts of the
# last few messages are kept whole.
_FOLDED_TEXTS = 1024


@lru_cache(maxsize=_FOLDED_TEXTS)
def fold(text: str) -> str:
    """Lower-case, strip accents and Arabic marks, fold letter variants, drop punctuation."""
    # Every step below reads one character or a run within a word, and whitespace always
    # separates: folding word by word gives the same text, and the same few hundred words
    # recur in every message (a reply folds its words up to ten times, safety included).
    return " ".join(folded for word in text.split() if (folded := _fold_word(word)))


@lru_cache(maxsize=_FOLDED_WORDS)
def _fold_word(text: str) -> str:
    """`fold` of one whitespace-free piece of text: several words if it holds punctuation."""
    # Unicode normalisation, the letter table and the marks leave plain ASCII as it is: a
    # word seen for the first time, most often ASCII, skips them.
    text = SPELT_ACRONYM.sub(lambda m: re.sub("[.-]", "", m.group()), text)
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKC", text).lower().translate(_ARABIC_FOLD)
        text = _ARABIC_MARKS.sub("", text)
        # Remove Latin accents only: NFD would also split Arabic hamza seats, folded above.
        text = "".join(
            ch
            for ch in unicodedata.normalize("NFD", text)
            if not (unicodedata.category(ch) == "Mn" and "\u0300" <= ch <= "\u036f")
        )
    text = _NON_WORD.sub(" ", text)
    text = _REPEATS.sub(r"\1", text)
    return " ".join(text.split())


def _arabizi(word: str) -> str:
    if not _ARABIZI_WORD.match(word):
        return word
    for digit, letters in _ARABIZI:
        word = word.replace(digit, letters)
    return word


def _strip_prefix(word: str) -> str:
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    this_the = word.find(_THIS_THE)
    if this_the in (0, 1) and word[:this_the] in ("", *_BEFORE_THIS):
        rest = word[this_the + len(_THIS_THE) :]
        return rest if len(rest) >= _CLITIC_LEFT else word
    return word


# Levantine and Gulf "this" written onto a word with its article: "هالقمة" is "this summit",
# "بهالقمة" "in this summit". Three letters must be left: "هالك" (doomed) is a word of its own.
_BEFORE_THIS = ("و", "ف", "ب", "ل")
_THIS_THE = "هال"


def _without_ending(word: str, endings: tuple[str, ...]) -> tuple[str, str]:
    """The word without the first of `endings` it has and leaves 4 letters, and that ending."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= _STEM_LEAST:
            return word[: -len(ending)], ending
    return word, ""


def _arabic_stem(word: str) -> str:
    """Drop the article and attached pronouns: توفرها -> توفر, لمحاربه -> محارب (roughly)."""
    word, ending = _without_ending(_strip_prefix(word), _ARABIC_SUFFIXES)
    if ending in _ARABIC_PRONOUNS:
        # A pronoun on a plural leaves the plural's stem: تصريحاتهم (their statements) meets
        # تصريحات (statements), which loses its plural ending.
        word, _ = _without_ending(word, _ARABIC_PLURALS)
    if len(word) >= 6 and word[0] in "وفبل":
        word = word[1:]
    return word


_FEMININE = (
    ("elle", "el"),
    ("ante", "ant"),
    ("ente", "ent"),
    ("euse", "eur"),
    ("trice", "teur"),
    ("ee", "e"),
)


def _latin_stem(word: str) -> str:
    """Fold common inflections so "organised", "tables" and "happened" meet their stems."""
    word = word.replace("iz", "is")  # organize / organise, realize / realise
    # Only the plural "s" goes, not "es": "femmes" and "femme" must meet.
    for suffix, keep in (("ing", 4), ("ed", 4), ("s", 4)):
        if word.endswith(suffix) and len(word) - len(suffix) >= keep and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    # French feminine forms meet the masculine: professionnelle, intervenante, affiliée,
    # créatrice, vendeuse are how a woman is described, and the pack may say it of a man.
    for suffix, replacement in _FEMININE:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + replacement
    return word


# Words Arabic writes onto a word, and the least of it they leave: "and", "so" before; "her",
# "them", "your" after ("ومكانها", "عددها"). Not ه: folded from ة, it ends "initiative".
AND_SO = ("و", "ف")
_CLITIC_AFTER = ("هما", "ها", "هم", "كم", "نا", "ك")
_CLITIC_LEFT = 3
_DARIJA_PRESENT = ("كت", "كي", "كن")


def clitics(word: str) -> list[str]:
    """What a folded Arabic word may be once a word written onto it is taken off ("and" or
    "so" before it, a pronoun after it), the least taken first; [] for any other word. For a
    word nothing else reads: stemming every word this way would make "وصم" (stigma) "and
    deaf"."""
    if not _ARABIC_LETTER.match(word) or word in _UNSTEMMED:
        return []
    before = [word[1:]] if word[:1] in AND_SO else []
    if word[:2] in _DARIJA_PRESENT and len(word) > _STEM_LEAST:
        # Darija's present tense writes "ك" before the verb's person: "كتوفر" is "توفر"
        # (provides), "كيهضرو" "يهضرو".
        before.append(word[1:])
    if len(before) == 1 and len(word) == _STEM_LEAST:
        # The stemmer counts "and" among the letters a word keeps: "و" before a word of four
        # letters ending in "ي" (a surname) took that "ي" away, where the word alone keeps it.
        before.append(word[1:] + "ي")
    found = [*before]
    for stem in [word, *before]:
        found += [stem[: -len(s)] for s in _CLITIC_AFTER if stem.endswith(s)]
    return [w for w in dict.fromkeys(found) if len(w) >= _CLITIC_LEFT]


def words(text: str) -> list[str]:
    """The folded, lightly stemmed words of a text, with Arabizi digits spelt out."""
    return [word for piece in text.split() for word in _piece_words(piece)]


@lru_cache(maxsize=_FOLDED_WORDS)
def _piece_words(piece: str) -> tuple[str, ...]:
    """`words` of one whitespace-free piece of text, which folds word by word (see `fold`)."""
    result = []
    for word in _fold_word(piece).split():
        word = _arabizi(word)
        if _ARABIC_LETTER.match(word):
            word = word if word in _UNSTEMMED else _arabic_stem(word)
        elif not word.isdigit():
            word = _latin_stem(word)
        result.append(word)
    return tuple(result)


_UNSTEMMED = frozenset(fold(w) for w in lexicon.ARABIC_UNSTEMMED)
_DARIJA = frozenset(_arabizi(w) for w in lexicon.DARIJA_MARKERS)
_FRENCH = frozenset(lexicon.FRENCH_MARKERS)
_ENGLISH = frozenset(lexicon.ENGLISH_MARKERS)


@dataclass(frozen=True)
class Detection:
    """The language a message is written in, if it says enough to tell."""

    language: str | None
    darija: bool = False


_ARABIC_SIGN = re.compile("[\u0660-\u0669\u061f\u060c]")
_FRENCH_ACCENT = re.compile("[éèêàçùâîôûœ]")


@lru_cache(maxsize=_FOLDED_WORDS)
def _word_signals(word: str) -> tuple[int, int, int, int, int]:
    """What one folded word tells of its language, as counts: Arabic script, Latin script,
    Darija (a marker, and an Arabizi spelling), French, English. The same words recur in
    every message."""
    token = _arabizi(word)
    return (
        int(bool(_ARABIC_LETTER.search(word))),
        int(bool(_LATIN_LETTER.search(word))),
        int(token in _DARIJA) + int(bool(_ARABIZI_WORD.match(word))),
        int(token in _FRENCH),
        int(token in _ENGLISH),
    )


_TITLE_BEFORE_NAME = re.compile(r"\b(?:Pr|Dr|Prof|Pre|Dre)\.?\s+(?=[A-Z])")


def detect_language(text: str) -> Detection:
    """Guess the language to answer a message in.

    Arabic script is answered in Arabic; Latin script in French or English by its function
    words; Darija in Latin script in French, the usual second written language in Morocco.
    A message with no signal (a name, a number) gives `None`: the caller falls back on the
    user's choice, then Telegram's language code, then the default.
    """
    # A title before a name ("Is Pr Doe a psychiatrist?") says nothing of the language,
    # though SMS French writes "pr" for "pour".
    text = _TITLE_BEFORE_NAME.sub("", text)
    signals = [_word_signals(word) for word in fold(text).split()]
    # Count words, not letters: "شكون لي هضر على la stigmatisation" is an Arabic message.
    columns = zip(*signals, strict=True)
    arabic, latin, darija, french, english = [sum(column) for column in columns] or [0] * 5
    # Someone who writes the frame of a message in Arabic script reads it: a first word in
    # it ("عطيني la liste des intervenants"), or a third of the words around French terms
    # ("شكون la responsable des partenariats ديال la plateforme؟").
    framed = bool(signals) and signals[0][0] and not signals[0][1]
    if arabic and (arabic >= latin or framed or (arabic >= 2 and 3 * arabic >= latin)):
        return Detection("ar")
    if not latin:
        # "٣", "؟؟": Arabic digits and question marks are typed on an Arabic keyboard.
        return Detection("ar" if _ARABIC_SIGN.search(text) else None)
    if _FRENCH_ACCENT.search(text.lower()):
        french += 1
    if darija and darija >= max(french, english):
        return Detection("fr", darija=True)
    if english > french:
        return Detection("en")
    if french > english:
        return Detection("fr")
    return Detection(None)
