"""Yes/no questions that check one of the event's facts against the pack's own fields: "was it
in Agadir?", "c'était en novembre 2024 ?", "organisé par Meta ?", "wach kanou 3 tables rondes?".

The pack holds the date, the city, the country, the organiser and the round tables and
speakers as fields; a yes/no question that names another value of one of them gets "no" and
the card that tells the right one, and one that names the same value gets "yes". The words
here are the world's, not the event's: months, years, cities, countries, organisations and
numbers, in French, English, Arabic and Darija. A message that names none of them is left to
the rest of the engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.knowledge import Pack
from bot.text import AND_SO, ARABIC_PREFIXES, fold


@dataclass(frozen=True)
class Check:
    """A fact the message names: the entry whose card tells it, and whether it holds."""

    entry: str
    holds: bool
    # The words of the message that named it ("agadir", "novembre 2023"): the rest of the
    # message must ask nothing else for the check to answer it.
    words: tuple[str, ...] = ()


def _folded(groups: dict[str, Iterable[str]]) -> dict[str, str]:
    """Each spelling, folded, to the name of its group."""
    return {fold(word): name for name, words in groups.items() for word in words}


# Month spellings, by month number: French, English, Modern Standard Arabic (Egypt and Gulf),
# the Maghreb's names (دجنبر) and Darija in Latin letters. "may" and "march" are left out:
# in English they are verbs first ("may I ask").
_MONTHS = _folded(
    {
        "1": ("janvier", "janv", "january", "jan", "يناير", "جانفي", "janvié", "yanayir"),
        "2": ("fevrier", "février", "fev", "february", "feb", "فبراير", "فيفري", "fbrayr"),
        "3": ("mars", "مارس"),
        "4": ("avril", "april", "apr", "أبريل", "ابريل", "افريل", "abril"),
        "5": ("mai", "ماي", "مايو"),
        "6": ("juin", "june", "يونيو", "يونيه", "جوان", "yonyo"),
        "7": ("juillet", "july", "يوليو", "يوليوز", "جويلية", "yolyoz"),
        "8": ("aout", "août", "august", "aug", "أغسطس", "اغسطس", "غشت", "ghocht"),
        "9": ("septembre", "sept", "september", "sep", "سبتمبر", "شتنبر", "chtanbir"),
        "10": ("octobre", "oct", "october", "أكتوبر", "اكتوبر", "oktobr"),
        "11": ("novembre", "nov", "november", "نوفمبر", "نونبر", "nonbir", "novanbir"),
        "12": (
            "decembre",
            "décembre",
            "dec",
            "december",
            "ديسمبر",
            "دجنبر",
            "دسمبر",
            "dojanbir",
            "dujanbir",
            "dejanbir",
            "dijanbir",
            "djanbir",
        ),
    }
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Words that go with a date and ask nothing more: "le jour du 12 ?", "نهار 12 دجنبر".
_DATE_WORDS = _folded(
    {
        "date": (
            "jour",
            "day",
            "nhar",
            "نهار",
            "يوم",
            "date",
            "تاريخ",
            "mois",
            "month",
            "شهر",
            "annee",
            "année",
            "year",
            "عام",
            "سنة",
            "l3am",
            "3am",
            "lyoum",
        ),
    }
)
_DAY = re.compile(r"^(?:[1-9]|[12]\d|3[01])$")

# Being online is no place: "was it online only?", "c'était en visio ?". The event's own city
# comes from the pack (`city`, `city_names`), and the places people guess instead from its
# `other_places`.
_ONLINE = _folded(
    {
        "online": (
            "online",
            "en ligne",
            "virtuel",
            "virtuelle",
            "en visio",
            "visio",
            "zoom",
            "a distance",
            "à distance",
            "عن بعد",
            "اونلاين",
            "أونلاين",
            "افتراضي",
            "افتراضية",
        ),
    }
)
_COUNTRIES = _folded(
    {
        "morocco": ("maroc", "morocco", "المغرب", "lmaghrib", "lmghrib", "maghrib", "bladna"),
        "france": ("france", "فرنسا", "fransa"),
        "tunisia": ("tunisie", "tunisia", "تونس"),
        "algeria": ("algerie", "algérie", "algeria", "الجزائر", "dzayer"),
        "egypt": ("egypte", "égypte", "egypt", "مصر"),
        "uae": ("emirats", "émirats", "uae", "الإمارات", "الامارات"),
        "saudi": ("arabie saoudite", "saudi arabia", "السعودية"),
        "spain": ("espagne", "spain", "إسبانيا", "اسبانيا"),
        "turkey": ("turquie", "turkey", "تركيا"),
        "uk": ("angleterre", "england", "royaume-uni", "uk", "بريطانيا"),
        "usa": (
            "usa",
            "etats-unis",
            "états-unis",
            "amerique",
            "amérique",
            "america",
            "أمريكا",
            "امريكا",
            "مريكان",
        ),
    }
)
# Whose government or ministry: "the Moroccan government" names who, it asks nothing more.
_NATIONALITIES = _folded(
    {
        "morocco": (
            "moroccan",
            "marocain",
            "marocaine",
            "marocains",
            "المغربية",
            "مغربية",
            "المغربي",
            "مغربي",
            "maghribi",
            "maghribiya",
            "lmaghribiya",
            "lmaghribia",
            "maghribia",
        ),
        "france": ("french", "français", "française", "الفرنسية", "فرنسية"),
        "usa": ("american", "américain", "américaine", "الأمريكية", "أمريكية"),
    }
)
# Who might have organised it, as people guess: platforms, the state, agencies, a university.
# The event's own organiser comes from the pack (`organiser`, `organiser_names`).
_ORGANISERS = _folded(
    {
        "meta": ("meta", "facebook", "fb", "فيسبوك", "فايسبوك", "ميتا"),
        "instagram": ("instagram", "انستغرام", "إنستغرام", "انستا"),
        "google": ("google", "youtube", "غوغل", "يوتيوب"),
        "snapchat": ("snapchat", "snap", "سناب"),
        "state": (
            "gouvernement",
            "l etat",
            "etat",
            "government",
            "the state",
            "ministere",
            "ministère",
            "ministry",
            # The ministry named with what it runs: "health" names it, it is not asked about.
            "health ministry",
            "ministry of health",
            "ministere de la sante",
            "ministère de la santé",
            "وزارة الصحة",
            "wizarat sa7a",
            "الحكومة",
            "الدولة",
            "الوزارة",
            "وزارة",
            "lwizara",
            "wizara",
            "l7oukouma",
            "hkouma",
            "dawla",
            "ddawla",
            "lministère",
            "lministere",
        ),
        "un": ("unicef", "unesco", "oms", "اليونيسف", "منظمة الصحة العالمية"),
        "university": ("um6p", "universite", "université", "university", "الجامعة", "جامعة"),
        "ngo": ("association", "ong", "ngo", "جمعية", "جمعيه", "jam3iya"),
    }
)
# Small numbers people count round tables or speakers with; Arabic duals are two.
_NUMBERS = _folded(
    {
        "1": ("1", "un", "une", "one", "واحد", "واحدة", "wahed", "wa7ed", "wahda"),
        "2": (
            "2",
            "deux",
            "two",
            "اثنان",
            "اثنين",
            "إثنان",
            "جوج",
            "jouj",
            "joj",
            "طاولتان",
            "طاولتين",
            "مائدتان",
            "مائدتين",
            "جلستان",
            "جلستين",
            "ندوتان",
            "ندوتين",
        ),
        "3": ("3", "trois", "three", "ثلاث", "ثلاثة", "تلاتة", "تلاتا", "tlata", "tlat"),
        "4": (
            "4",
            "quatre",
            "four",
            "أربع",
            "اربع",
            "أربعة",
            "اربعة",
            "ربعة",
            "ربع",
            "rb3a",
            "reb3a",
            "rb3",
        ),
        "5": ("5", "cinq", "five", "خمس", "خمسة", "khamsa"),
        "6": ("6", "six", "ستة", "ست", "stta", "sta"),
        "7": ("7", "sept", "seven", "سبعة", "sb3a", "seb3a"),
        "8": ("8", "huit", "eight", "ثمانية", "تمنية", "tmnya"),
        "10": ("10", "dix", "ten", "عشرة", "3chra"),
    }
)
# The entries of a pack (named as in bot/pack_template) that tell each fact, and the ones
# a question about when or where it was may find first.
_DATE, _PLACE, _ORGANISER = "event_date", "event_place", "event_organiser"
_FIRST = "event_first"
# An ordinal asks which edition when it goes with the event or its edition, not a round table
# or a speaker: "c'était le deuxième sommet de X ?", "the 2nd edition?".
_EDITION_WORDS = frozenset({"@event", "@edition"})
_NOT_EDITION = frozenset({"@panel", "@speaker"})
# ... and of this one, not one to come: "will there be a second summit?" asks about the next.
_FUTURE = frozenset(
    fold(w)
    for w in """will gonna going aura auront sera seront prochain prochaine next ghadi ghad
    ghaykoun ghatkoun ghadi ykoun ستكون سيكون سوف غادي غاتكون غايكون الجاية الجاي القادمة
    المقبلة""".split()
)
_ABOUT_EVENT = (_DATE, _PLACE, "event_overview")


def asks_ahead(text: str) -> bool:
    """Whether a message speaks of what is to come: "will there be a second summit?"."""
    return not _FUTURE.isdisjoint(fold(text).split())


# The names the event's own city and organiser go by, among the others.
_EVENT_CITY, _ELSEWHERE = "the event's city", "another place"
_EVENT_ORGANISER = "the event's organiser"
# What Arabic writes onto a word before it: the article with what goes before it (as the
# matcher strips them), "and" or "so", and "in", "to", "and in".
_ARABIC_PREFIXES = (*ARABIC_PREFIXES, "وب", "وفي", *AND_SO, "ب", "ل")
_PREFIX_LETTERS = frozenset(prefix[0] for prefix in _ARABIC_PREFIXES)


def _spellings(words: list[str]) -> list[tuple[str, str]]:
    """Every word and pair of words of the message, with and without Arabic prefixes, each
    with the words it was read from ("طنجه" from "فطنجه")."""
    found = []
    for i, word in enumerate(words):
        found.append((word, word))
        # Most words start with no prefix's first letter: a Latin word never does.
        prefixed = word[:1] in _PREFIX_LETTERS
        for prefix in _ARABIC_PREFIXES if prefixed else ():
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                found.append((word[len(prefix) :], word))
        if i + 1 < len(words):
            pair = f"{word} {words[i + 1]}"
            found.append((pair, pair))
            for prefix in _ARABIC_PREFIXES if prefixed else ():
                if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                    found.append((pair[len(prefix) :], pair))
    return found


def _found(spellings: list[tuple[str, str]], groups: dict[str, str]) -> set[str]:
    return {groups[s] for s, _ in spellings if s in groups}


def _naming(spellings: list[tuple[str, str]], *groups: dict[str, str]) -> tuple[str, ...]:
    """The words of the message that spell a name in any of `groups`."""
    return tuple(written for s, written in spellings if any(s in g for g in groups))


class Checker:
    """Checks the facts a yes/no question names against one pack."""

    def __init__(self, pack: Pack) -> None:
        event = pack.event
        self._date = event.date
        # The event's own city and organiser, as the pack writes them; the lists above name
        # the others.
        self._cities = {
            **_ONLINE,
            **_folded({_ELSEWHERE: event.other_places}),
            **_folded({_EVENT_CITY: [*event.city.values(), *event.city_names]}),
        }
        self._organisers = {
            **_ORGANISERS,
            **_folded({_EVENT_ORGANISER: [*event.organiser.values(), *event.organiser_names]}),
        }
        countries = {fold(n) for n in event.country.values()}
        self._country = next((c for s, c in _COUNTRIES.items() if s in countries), None)
        self._edition = f"#{event.edition}" if event.edition else None
        self._panels = str(len(pack.panels))
        self._speakers = str(len(pack.speakers))
        lists = {e.list: e.id for e in pack.entries() if e.list}
        self._ids = set(pack.ids())
        self._programme = lists.get("programme")
        self._speakers_list = lists.get("speakers")

    def check(self, text: str, terms: Iterable[str], best: str | None) -> Check | None:
        """The fact a yes/no question names and whether it holds, or None. `terms` are the
        message's terms as the matcher reads them ("@organise", "@panel", "@speaker") and
        `best` the entry that answers it best: "was it the first in Morocco?" asks whether it
        was the first, not where it was."""
        words = fold(text).split()
        # Every fact below is looked for among the same spellings: they are listed once.
        spellings = _spellings(words)
        said = set(terms)
        if "@organise" in said and _ORGANISER in self._ids:
            named = _found(spellings, self._organisers)
            if named:
                spelt = _naming(spellings, self._organisers, _NATIONALITIES)
                return Check(_ORGANISER, named == {_EVENT_ORGANISER}, spelt)
        counted = said & {"@panel", "@speaker"}
        if len(counted) == 1:
            numbers = _found(spellings, _NUMBERS)
            entry = self._programme if "@panel" in counted else self._speakers_list
            wanted = self._panels if "@panel" in counted else self._speakers
            if len(numbers) == 1 and entry:
                return Check(entry, numbers == {wanted}, _naming(spellings, _NUMBERS))
        # Another edition than this one's: "c'était le deuxième sommet ?" gets a no. The
        # right one is left to the matcher, which also finds what else the message asks.
        ordinals = {t for t in said if t.startswith("#")}
        if (
            self._edition
            and _FIRST in self._ids
            and len(ordinals) == 1
            and ordinals != {self._edition}
            and said & _EDITION_WORDS
            and not said & _NOT_EDITION
            and not asks_ahead(text)
        ):
            # The ordinal is its own spelling (the engine reads "#2" as the term it is); a
            # place says where the editions are counted ("au Maroc", "f lmaghrib").
            where = _naming(spellings, self._cities, _COUNTRIES)
            return Check(_FIRST, False, (*ordinals, *where))
        if best not in (None, *_ABOUT_EVENT) or "@organise" in said:
            return None
        return self._when(words, spellings) or self._where(spellings)

    def _when(self, words: list[str], spellings: list[tuple[str, str]]) -> Check | None:
        years = {int(w) for w in words if _YEAR.match(w)}
        months = _found(spellings, _MONTHS)
        if not (years or months) or _DATE not in self._ids:
            return None
        holds = years <= {self._date.year} and months <= {str(self._date.month)}
        days = {int(w) for w in words if _DAY.match(w)}
        if months and len(days) == 1:
            holds = holds and days == {self._date.day}
        named = {str(n) for n in years | days} | set(_naming(spellings, _MONTHS, _DATE_WORDS))
        return Check(_DATE, holds, tuple(named))

    def _where(self, spellings: list[tuple[str, str]]) -> Check | None:
        cities = _found(spellings, self._cities)
        countries = _found(spellings, _COUNTRIES)
        if not (cities or countries) or _PLACE not in self._ids:
            return None
        holds = cities <= {_EVENT_CITY} and countries <= {self._country}
        return Check(_PLACE, holds, _naming(spellings, self._cities, _COUNTRIES))
