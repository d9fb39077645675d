"""Warning signs that are weak alone and telling together: a second opinion on a message in
which no distress phrase (bot/safety/detect.py) was found.

Phrases catch what people write the way a list foresaw. Most people in distress write it
otherwise: "this is goodbye. thank you for everything", "je cherche un moyen de partir sans
que ça fasse mal", "كتبت برية لولادي". Each such message carries several single signs (a
farewell, thanks for everything, a way to leave, without pain, a letter to one's children)
that would each be a false alarm alone. Here every language file lists its words per kind of
sign (`Language.cues`), each kind has a weight, and a message shows distress when the signs
found within a few words of each other weigh enough.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from bot.safety.language import Language, any_of
from bot.safety.starts import starts

# How much one kind of sign weighs. A 3 is enough with the writer speaking of themself ("I
# wrote a will today", "ما بقيتش غنطول معاكم"); a 1 or 2 needs another kind of sign near it
# ("disappear" + "for good"). The weights were set on the development corpora so that no
# look-alike and no ordinary question reached the threshold.
WEIGHTS: dict[str, int] = {
    "self": 1,  # the writer speaks of themself: "i", "je", "انا", Darija first-person verbs
    "mine": 1,  # "my", "mon", "dyali": counts as "self", once
    "other": 0,  # someone else: a sign after "my friend" or "elle" is theirs (see _theirs)
    "farewell": 3,  # "adieu", "forgive me", "سامحوني"
    "burden": 3,  # "better off without me", "عبء", "bla bia"
    "harm": 3,  # hurting oneself: "hurt myself", "me faire du mal", "إيذاء نفسي"
    "will": 3,  # a will, goodbye letters
    "give_away": 2,  # giving belongings away; not when the message is about tickets
    "letters": 2,  # letters to one's family: goodbye letters with another sign
    "no_reason": 3,  # "no reason to live", "علاش نبقى"
    "gone": 2,  # "I won't be here much longer", "ma bqitch ghantwel"
    "never_wake": 3,  # "sleep and not wake up", "ما نفيقش"
    "end": 2,  # disappear, vanish, leave, end it
    "hopeless": 2,  # "nothing will change", "ça sert à rien", "ما بقيتش قادر"
    "pain": 2,  # "I can't take it anymore", "insupportable", "الوجع"
    "painless": 2,  # "without it hurting", "بلا ما نحس"
    "undeserving": 2,  # "I don't deserve", "لا أستحق"
    "last_message": 1,  # "my last message", "akhir story": mostly about the chat itself
    "final": 1,  # "for good", "forever", "plus jamais"
    "thanks": 1,  # "thank you for everything", "bslama 3likom kamlin"
    "trapped": 1,
    "alone": 1,
    "worthless": 1,
    "starve": 1,  # not eating
    "wound": 1,  # blood, blades, scars
    "means": 1,  # pills, poison, rope
    "place": 1,  # a bridge, a roof, an edge
    "method": 1,  # "the easiest way", "un moyen de"
    "wish": 1,  # "I want to", "je pense à", "بغيت"
    # These only decide whether it is an emergency (see _acute).
    "taken": 0,  # swallowed, drank, took
    "now": 0,
    "lot": 0,  # a whole box, too many
    "imminent": 0,  # tonight, right now: a plan to die with one of these is an emergency
    "quote": 0,  # "m a envoye", "kaygoul": after someone else, what follows is their words
    "symptom": 0,  # dizzy, heart racing: with something swallowed, an emergency
    "title": 0,  # "la chanson", "that song": what follows is a title, no one's words
}
# Signs count together only this many words apart: a long message about a mother's worries
# and the summit's last round table must not add up.
WINDOW = 14
THRESHOLD = 4
# How many words after someone else's "m'a envoyé" or "kaygoul" are their words.
QUOTED_WORDS = 8
# Kinds that say nothing about distress on their own, however many there are.
_CONTEXT = frozenset(
    {
        "self",
        "mine",
        "other",
        "wish",
        "method",
        "taken",
        "now",
        "lot",
        "imminent",
        "quote",
        "symptom",
        "title",
    }
)
# Signs heavy enough with the writer as their subject alone: "I wrote a will today",
# "ما بقيتش غنطول معاكم". The others need a second kind of sign.
_ALONE = frozenset({"farewell", "burden", "harm", "will", "no_reason", "never_wake"})
# "They are better off without me" names others but speaks of oneself, and pills or a roof
# are an emergency whoever is in danger.
_ABOUT_ONESELF = frozenset({"burden", "means", "place"})
# Signs that a message is someone's last: with pills taking effect, an emergency.
_FAREWELLS = frozenset({"farewell", "last_message", "final", "will", "letters", "never_wake"})
# Arabic glues "and" and "so" to the next word: "ولا معنى لوجودي".
ARABIC_CONJUNCTION = "[وف]?"
# Whitespace other than a space: normalised text has none, and words start after it too.
_OTHER_SPACE = re.compile(r"[^\S ]")


def idiom_regex(idioms: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for idioms (`Language.idioms`), each starting where a word does."""
    listed = list(dict.fromkeys(idioms))
    return re.compile(r"(?<!\S)" + any_of(*listed) + r"\b") if listed else None


# The phrase scan and the weak signs ask about the same message, often several times.
@functools.lru_cache(maxsize=64)
def _idiom_spans(idioms: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    return tuple(match.span() for match in idioms.finditer(text))


def in_idiom(idioms: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` lie inside one of the idioms found in text."""
    return any(left <= start and end <= right for left, right in _idiom_spans(idioms, text))


class Cues:
    """The cue words of some languages, one regex per kind of sign."""

    def __init__(self, languages: Iterable[Language], prefix: str = "") -> None:
        words: dict[str, list[str]] = {}
        excuses: dict[str, list[str]] = {}
        tickets: list[str] = []
        closings: list[str] = []
        idioms: list[str] = []
        for language in languages:
            tickets.extend(language.tickets)
            idioms.extend(language.idioms)
            closings.extend(language.closings)
            if language.saying:
                words.setdefault("quote", []).extend(language.saying)
            if language.titles:
                words.setdefault("title", []).extend(language.titles)
            for kind, listed in language.cues.items():
                if kind not in WEIGHTS:
                    raise ValueError(f"bot/safety: cue kind {kind!r} has no weight in WEIGHTS")
                words.setdefault(kind, []).extend(listed)
            for kind, tails in language.cue_excuses.items():
                excuses.setdefault(kind, []).extend(tails)
            if language.idiom_tails:  # "disappear laughing" as "die laughing"
                excuses.setdefault("end", []).append(
                    r"(?:\w+ ){0,2}?" + any_of(*language.idiom_tails)
                )
        # "I'm giving my ticket away, I won't need it" is about the event, not belongings.
        self.tickets = re.compile(r"\b" + any_of(*tickets) + r"\b") if tickets else None
        self.closing = re.compile(r"(?<!\S)" + any_of(*closings) + r"(?!\S)") if closings else None
        self.idioms = idiom_regex(idioms)
        # Longest first, so that "i m done" wins over "i".
        self.regexes = {
            kind: re.compile(
                rf"(?<!\S){prefix}(?:"
                + "|".join(sorted(dict.fromkeys(listed), key=len, reverse=True))
                + r")(?!\S)"
            )
            for kind, listed in words.items()
        }
        # Most messages hold no sign at all, only "i", "my" or "now": one look at each word
        # tells, before the regex of each kind runs. Every sign's words tried at every word
        # cost ~20 us a message; those filed under the word's first letter are a few.
        self._signs_at = _by_first_letter(
            [sign for kind, listed in words.items() if kind not in _CONTEXT for sign in listed],
            prefix,
        )
        # Where a message holds a sign, its kinds are found at the words that may open one:
        # a word goes through one regex of every sign its first letter can open, and only
        # where that matches through each kind's own (each kind's regex run over the whole
        # message cost ~80 us). Within a kind, the order of its regex: the same matches.
        every_at = _by_first_letter([sign for listed in words.values() for sign in listed], prefix)
        kind_at = {
            kind: _by_first_letter(sorted(dict.fromkeys(listed), key=len, reverse=True), prefix)
            for kind, listed in words.items()
        }
        self._every_at = every_at
        self._kinds_at: dict[str, list[tuple[str, re.Pattern[str]]]] | None = None
        if every_at is not None and None not in kind_at.values():
            self._kinds_at = {
                char: [
                    (kind, regex)
                    for kind, filed in kind_at.items()
                    if (regex := filed.get(char)) is not None  # type: ignore[union-attr]
                ]
                for char in (*every_at.at, "")
            }
        self._any_sign = re.compile(
            "|".join(r.pattern for kind, r in self.regexes.items() if kind not in _CONTEXT)
        )
        # A tail that makes the sign something else: "disappear from instagram", "stuck in my
        # head", "نموت عليك" (I love it).
        self.excuses = {
            kind: re.compile(" (?:" + "|".join(tails) + r")\b") for kind, tails in excuses.items()
        }

    def any_sign(self, text: str) -> bool:
        """Whether text holds any sign that is not mere context ("i", "my", "now")."""
        if self._signs_at is None or _OTHER_SPACE.search(text):
            return self._any_sign.search(text) is not None
        # Signs start where a word does: at the start, and after each space.
        start = 0
        while True:
            regex = self._signs_at.get(text[start : start + 1])
            if regex is not None and regex.match(text, start):
                return True
            start = text.find(" ", start) + 1
            if not start:
                return False

    def signs(self, kind: str, text: str) -> Iterator[re.Match[str]]:
        """Each sign of one kind in normalised text that no tail after it excuses."""
        for match in self.regexes[kind].finditer(text):
            if not self._excused(kind, text, match):
                yield match

    def _excused(self, kind: str, text: str, match: re.Match[str]) -> bool:
        excuse = self.excuses.get(kind)
        if excuse is not None and excuse.match(text, match.end()):
            return True
        if self.idioms is not None and in_idiom(self.idioms, text, match.start(), match.end()):
            return True
        # "ok I got it, goodbye": the end of a chat
        return bool(
            kind == "farewell" and self.closing and self.closing.search(text, 0, match.start())
        )

    def _every_kind(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Each kind's matches in text, as its regex's finditer gives them."""
        if self._kinds_at is None or _OTHER_SPACE.search(text):
            return {kind: list(regex.finditer(text)) for kind, regex in self.regexes.items()}
        found: dict[str, list[re.Match[str]]] = {kind: [] for kind in self.regexes}
        resume = dict.fromkeys(self.regexes, 0)  # a kind's matches do not overlap
        start = 0
        while True:  # signs start where a word does: at the start, and after each space
            char = text[start : start + 1]
            gate = self._every_at.get(char)  # type: ignore[union-attr]
            if gate is not None and gate.match(text, start):
                for kind, regex in self._kinds_at.get(char) or self._kinds_at[""]:
                    if start >= resume[kind] and (match := regex.match(text, start)):
                        found[kind].append(match)
                        resume[kind] = match.end()
            start = text.find(" ", start) + 1
            if not start:
                return found

    def found(self, text: str) -> list[tuple[int, str]]:
        """Each sign in normalised text as (word number, kind), in reading order. Where two
        signs share words ("my last message" is "last" and "last message"), the heavier one
        alone counts."""
        spans = []
        about_tickets = self.tickets is not None and self.tickets.search(text)
        for kind, matches in self._every_kind(text).items():
            if not matches or (kind == "give_away" and about_tickets):
                continue  # most of the ~36 kinds have no match
            spans.extend(
                (match.start(), match.end(), kind)
                for match in matches
                if not self._excused(kind, text, match)
            )
        # Heaviest first, longest among equals: each keeps the words it covers.
        spans.sort(key=lambda s: (-WEIGHTS[s[2]], s[0] - s[1]))
        kept: list[tuple[int, int, str]] = []
        for span in spans:
            if WEIGHTS[span[2]] == 0 or not any(
                span[0] < end and start < span[1] for start, end, kind in kept if WEIGHTS[kind]
            ):
                kept.append(span)
        # A sign's word number: the spaces up to where it starts (counted in C, not listed).
        return sorted((text.count(" ", 0, start + 1), kind) for start, _, kind in kept)


class _Filed(NamedTuple):
    """Signs by the first character of the word they start at: for each character a regex of
    those that can start with it, in their order, and one of those that can start anywhere
    (a digit, "\\S+يت") for the other characters."""

    at: dict[str, re.Pattern[str]]
    anywhere: re.Pattern[str] | None

    def get(self, char: str) -> re.Pattern[str] | None:
        return self.at.get(char, self.anywhere)


def _by_first_letter(signs: list[str], prefix: str) -> _Filed | None:
    """`signs` filed by the characters they can start with (after `prefix`), each a whole
    word or words; None if one can match nothing at all."""
    openings = []
    for sign in signs:
        found, shortest = starts(rf"{prefix}(?:{sign})(?!\S)", 1)
        if shortest < 1:
            return None
        openings.append(found)

    def regex(char: str | None) -> re.Pattern[str] | None:
        listed = [
            sign
            for sign, found in zip(signs, openings, strict=True)
            if found is None or char in found
        ]
        return re.compile(rf"{prefix}(?:" + "|".join(listed) + r")(?!\S)") if listed else None

    chars = sorted(set().union(*(found for found in openings if found is not None)))
    return _Filed({char: regex(char) for char in chars}, regex(None))  # type: ignore[misc]


def reason(cues: Cues, text: str) -> str | None:
    """ "acute", "signs" when weak signs add up to distress in normalised text, or None."""
    if not cues.any_sign(text):
        return None
    hits = _own(cues.found(text))
    shows = False
    for position, _ in hits:
        kinds = {kind for at, kind in hits if position <= at < position + WINDOW}
        if "mine" in kinds:
            kinds = (kinds - {"mine"}) | {"self"}
        if _acute(kinds):
            return "acute"
        signs = kinds - _CONTEXT
        if sum(WEIGHTS[kind] for kind in kinds) >= THRESHOLD and (
            len(signs) >= 2 or (signs & _ALONE and "self" in kinds)
        ):
            shows = True  # an emergency may still come later in the message
    return "signs" if shows else None


def _own(hits: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The signs that are the writer's: a sign whose nearest person before it is someone else
    ("ma fille a écrit une lettre d'adieu", "a friend who wrote a goodbye letter") is theirs.
    Possessives name no person: in "my friend said goodbye" the friend is the subject."""
    own = []
    person = None
    quoted_until = -1
    for position, kind in hits:
        if kind == "title" or (kind == "quote" and person == "other"):
            # "mon pote m'a envoyé un msg genre adieu": the "me" and the "I" of the words
            # that follow are the quoted person's, not the writer's; a title's are no one's.
            quoted_until = position + QUOTED_WORDS
            person = "other"
        elif kind == "self" and position <= quoted_until:
            continue
        if kind in ("self", "other"):
            person = kind
        if person == "other" and kind not in _CONTEXT and kind not in _ABOUT_ONESELF:
            continue
        own.append((position, kind))
    return own


def _acute(kinds: set[str]) -> bool:
    """Pills or poison swallowed in quantity, or now, or with what they do (dizzy, heart
    racing); or on a bridge or roof now, in despair."""
    signs = kinds - _CONTEXT
    if {"taken", "means"} <= kinds and (
        "lot" in kinds
        or "symptom" in kinds
        or ("now" in kinds and len(signs) >= 2)
        # Swallowed, with two signs besides: "sme7 lia a mama, klit dwa, hada akhir message".
        or len(signs) >= 3
    ):
        return True
    # Pills that are "kicking in" in a farewell: what was swallowed is acting now.
    if {"means", "symptom"} <= kinds and signs & _FAREWELLS:
        return True
    return {"place", "now", "self"} <= kinds and bool(signs - {"place"})


def imminent(cues: Cues, text: str) -> bool:
    """Whether normalised text says tonight or right now: "ending it tonight" is an
    emergency, not only a wish."""
    # Signs that weigh nothing are never dropped for overlapping a heavier one (see `found`):
    # the words of this one kind tell, without finding every sign again.
    return "imminent" in cues.regexes and next(cues.signs("imminent", text), None) is not None
