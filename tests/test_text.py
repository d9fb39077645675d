"""Normalisation and language detection: what the matcher and the safety checks read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.knowledge import MAX_MESSAGE
from bot.text import LANGUAGES, Detection, clitics, detect_language, fold, words

# Any text a Telegram message can hold, with Arabic and Latin letters over-represented so that
# the folding rules actually run.
_ALPHABET = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from("abcçdeéèêfghiîjklmnoôpqrstuùvwxyz 3579'’?!.,"),
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
)
MESSAGES = st.text(_ALPHABET, max_size=MAX_MESSAGE)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # case, accents, punctuation
        ("C'ÉTAIT Quand le SOMMET ?", "c etait quand le sommet"),
        ("Hôtel, à Casablanca !!!", "hotel a casablanca"),
        ("l’événement", "l evenement"),
        ("œuvre Straße", "oeuvre strasse"),
        ("Ｔｉｋｔｏｋ", "tiktok"),  # full-width letters from some phone keyboards
        # emoji and symbols separate words and disappear
        ("merci 🙏🙏", "merci"),
        ("😅", ""),
        ("salut👋cava", "salut cava"),
        # letters repeated for emphasis
        ("merciiii", "merci"),
        ("MERCIIIIII !!", "merci"),
        ("nooooon", "non"),
        # Arabic diacritics (harakat, shadda, tanwin)
        ("مَتَى انْعَقَدَتِ القِمَّةُ", "متي انعقدت القمه"),
        ("مَرْحَبًا", "مرحبا"),
        # tatweel (kashida) used to stretch words
        ("القمـــــة", "القمه"),
        # alef, ya and ta marbuta variants
        ("أحمد إيمان آمن ٱلقمة", "احمد ايمان امن القمه"),
        ("مستشفى", "مستشفي"),
        ("القمة القمه", "القمه القمه"),
        ("سؤال مسئول", "سوال مسيول"),
        # Arabic-Indic and Persian digits
        ("١٢ ديسمبر ٢٠٢٤", "12 ديسمبر 2024"),
        ("۱۲", "12"),
        # presentation forms of Arabic letters
        ("ﺍﻟﻘﻤﺔ", "القمه"),
        # an acronym spelt letter by letter or with a hyphen is one word; French word order
        # ("a-t-il") is not an acronym
        ("l'O.M.S. et l'U-N-I-C-E-F", "l oms et l unicef"),
        ("la zone MENA-T", "la zone menat"),
        ("a-t-il eu lieu ? Y A-T-IL UN REPLAY", "a t il eu lieu y a t il un replay"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabizi: digits inside Latin words are Arabic letters (3 = ع, 9 = ق, 5 = خ)
        ("3lach", ["alach"]),
        ("l9imma", ["lqimma"]),
        ("m3a", ["maa"]),
        ("wa9t", ["waqt"]),
        ("5ir", ["khir"]),
        ("imta kanet l9imma", ["imta", "kanet", "lqimma"]),
        # but numbers and ordinals stay what they are
        ("12", ["12"]),
        ("2024", ["2024"]),
        ("2ème", ["2eme"]),
        ("2eme table ronde", ["2eme", "table", "ronde"]),
        ("1er", ["1er"]),
        ("3rd panel", ["3rd", "panel"]),
        # "7" stays a digit: 7dar (attended) and hdar (spoke) are different words
        ("7dar", ["7dar"]),
        # the Arabic article and common inflections fall away
        ("الكنديلي", words("كنديلي")),
        ("organised", words("organized")),
        # a woman is described with the masculine's word: professionnelle, intervenante...
        ("professionnelle", words("professionnel")),
        ("intervenantes", words("intervenant")),
        ("tiktokeuse", words("tiktokeur")),
        ("créatrice", words("créateur")),
        ("affiliée", words("affilié")),
        # بسلامة is goodbye, not ب + سلامة (safety)
        ("بسلامة", ["بسلامه"]),
        # a pronoun on a plural: their statements, their interventions meet the plural
        ("تصريحاتهم", words("التصريحات")),
        ("مداخلاتهم", words("مداخلات")),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("word", "readings"),
    [
        ("ومكانها", ["مكانها", "ومكان", "مكان"]),  # and + place + her
        ("عددها", ["عدد"]),  # its number
        ("المبادره", []),  # ه ends "initiative" (folded ة): no pronoun
        ("بسلامه", []),  # goodbye stays whole
        ("وهي", []),  # too little left
        ("وبحر", ["بحر", "بحري"]),  # "وبحري" as the stemmer leaves it: and + Bahri
        ("menat", []),
    ],
)
def test_clitics_are_the_readings_of_a_word_without_what_is_written_onto_it(
    word: str, readings: list[str]
) -> None:
    assert clitics(word) == readings


@pytest.mark.parametrize(
    ("text", "language", "darija"),
    [
        # French, with accents, without, and in SMS spelling
        ("C'était quand le sommet ?", "fr", False),
        ("Qui a organisé le sommet ?", "fr", False),
        ("cetait quand le sommet", "fr", False),
        ("pourquoi ce sommet", "fr", False),
        ("c quand le sommet stp", "fr", False),
        ("slt c ki les intervenants", "fr", False),
        ("merci", "fr", False),
        # English
        ("When was the summit?", "en", False),
        ("who are the speakers", "en", False),
        ("thanks a lot", "en", False),
        ("hello", "en", False),
        ("good morning", "en", False),
        ("have a good one", "en", False),
        ("round table titles?", "en", False),
        ("bonne journée à vous", "fr", False),
        # Arabic digits and question marks come from an Arabic keyboard
        ("٣+٤", "ar", False),
        ("؟؟؟", "ar", False),
        # Modern Standard Arabic
        ("متى انعقدت القمة؟", "ar", False),
        ("ما هو تاريخ القمة", "ar", False),
        # Darija in Arabic script, with French words mixed in: still answered in Arabic
        ("امتى كانت القمة ديال تيك توك", "ar", False),
        ("شكون لي هضر على la stigmatisation", "ar", False),
        ("شنو هو le programme ديال القمة", "ar", False),
        # ... even when the French words outnumber the Arabic ones, which frame the message
        ("شكون la directrice des partenariats ديال la plateforme؟", "ar", False),
        ("عطيني les noms des intervenants", "ar", False),
        ("واش Kendili psychiatre ف UM6P؟", "ar", False),
        # one Arabic word of courtesy in a French message does not
        ("merci pour tout, la liste des intervenants svp شكرا", "fr", False),
        # Darija in Latin script: answered in French, flagged as Darija
        ("imta kanet l9imma", "fr", True),
        ("chkoun li hder 3la stigmatisation", "fr", True),
        ("wach kayn replay", "fr", True),
        ("fin kan sommet", "fr", True),
        ("salam", "fr", True),
        # nothing to go on: the caller decides
        ("Kendili", None, False),
        ("Imane Kendili", None, False),
        ("TikTok", None, False),
        ("Casablanca", None, False),
        ("2024", None, False),
        ("🙂", None, False),
        ("?", None, False),
        ("", None, False),
        # English distress must get the English crisis reply, however it is written
        ("I've been cutting myself again", "en", False),
        ("i wanna kil myself tbh", "en", False),
        # A title before a name is no French "pr" (pour).
        ("Is Pr Toufik actually a psychiatrist?", "en", False),
        ("merci pr les infos", "fr", False),
    ],
)
def test_detect_language(text: str, language: str | None, darija: bool) -> None:
    assert detect_language(text) == Detection(language, darija)


@settings(max_examples=100, deadline=None)
@given(MESSAGES)
def test_text_functions_never_raise_and_are_deterministic(text: str) -> None:
    assert fold(text) == fold(text)
    assert words(text) == words(text)
    detection = detect_language(text)
    assert detection == detect_language(text)
    assert detection.language in (*LANGUAGES, None)
    assert not detection.darija or detection.language == "fr"


@settings(max_examples=100, deadline=None)
@given(MESSAGES)
def test_fold_is_idempotent_and_gives_plain_words(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert once == once.lower()
    assert once == " ".join(once.split())
    # words() folds first, so it sees the same words in a text and in its folded form.
    assert words(once) == words(text)
