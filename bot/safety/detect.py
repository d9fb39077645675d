"""Distress detection: normalises a message, then finds the first warning sign that is not
negated, someone else's or an idiom, acute danger first, then asks the weak signs (cues.py)
and the learned models (model.py). The words come from one file per language (english,
french, arabic, darija_latin)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from bot.safety import arabic, cues, darija_latin, english, french, model
from bot.safety import concern as concerning
from bot.safety.arabic import ARTICLES, SPLIT
from bot.safety.darija_latin import ARABIZI_LETTERS, ARABIZI_WORD
from bot.safety.french import ELIDED_JE
from bot.safety.language import Language, any_of
from bot.safety.starts import starts
from bot.text import SPELT_ACRONYM, fold

# How it works. A message is normalised (`normalise`), then first-person phrases are looked
# for, word by word, in pattern groups per language (`Language.patterns` of english.py,
# french.py, arabic.py and darija_latin.py, named in GROUPS after the warning signs of
# shared/safety.md section 4). A match is dropped when the words just before
# it negate it ("I don't want to die") or name someone else ("my friend wants to die"), or the
# words just after it make it an idiom ("mourir de rire"). Topic words alone ("suicide",
# "الانتحار", "self-harm") are never a pattern: they count only inside a first-person frame ("I
# think about suicide", "أفكر في الانتحار"), so questions about an event's themes stay quiet.
# "acute" (pills, poison or bleeding now) is reported whenever it occurs in the message, because
# that reply leads with the emergency numbers; otherwise the first match names the reason.
# Where no phrase matched, weak signs that add up (cues.py) may still show distress or an
# emergency, and where neither did, the learned model (model.py) may; a second model tells the
# emergencies among what was found.
#
# Normalised text is `fold`ed (lower case, no accents or Arabic diacritics, أ/إ/آ→ا, ى→ي, ة→ه,
# punctuation gone, letters repeated 3+ times collapsed), then chat spelling is spelt out
# (chui→je suis, jveux→je veux, im→i m, tmrw→tomorrow), Arabizi digits are spelt out
# (n9tel→nqtel, n3ich→naich, l7yat→lhyat) and the Arabic article is stripped (الانتحار→انتحار).
# Words are separated by one space, so "I'm" reads "i m" and "can't" reads "can t".
#
# The Arabizi and article steps live here rather than coming from `bot.text.words`, which stems
# for the matcher ("cutting"→"cutt", "حياتي"→"حيات"): stems tuned to rank answers must not
# silently change what counts as a cry for help.

# "acute" is scanned for first, over the whole message: pills already swallowed must lead the
# reply with the emergency numbers even when "I'm so done" comes earlier in the same message.
# The others are reported in this order when one position matches several groups.
GROUPS: tuple[str, ...] = (
    "acute",
    "suicide",
    "self_harm",
    "wish_to_die",
    "disappear",
    "not_living",
    "no_reason",
    "never_wake_up",
    "hopelessness",
    "trapped",
    "burden",
    "leaving",
    "goodbye",
    "affairs",
    "giving_away",
    "withdrawal",
    "means",
)
# The order in which languages are tried at one position: it breaks ties between them.
_LANGUAGES: dict[str, Language] = {
    "en": english.LANGUAGE,
    "fr": french.LANGUAGE,
    "ar": arabic.LANGUAGE,
    "dz": darija_latin.LANGUAGE,
}
# A misspelt group in a language file would silently never be tried.
_UNKNOWN = {code: set(language.patterns) - set(GROUPS) for code, language in _LANGUAGES.items()}
if any(_UNKNOWN.values()):
    raise ValueError(f"bot/safety: warning-sign groups not in GROUPS: {_UNKNOWN}")


def _joined(words: Callable[[Language], Iterable[str]]) -> str:
    """What every language lists under one heading, as one alternative, each entry once."""
    return any_of(*dict.fromkeys(w for language in _LANGUAGES.values() for w in words(language)))


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN_LETTER = re.compile("[a-z]")
_CHAT_WORDS = {
    word: spelt for language in _LANGUAGES.values() for word, spelt in language.chat_words.items()
}

# `fold` spends most of its time on Unicode normalisation, which leaves plain ASCII unchanged:
# for ASCII text these two steps are all it does (test_safety checks they agree).
_NON_WORD = re.compile(r"[^\w]+|_+")
_REPEATS = re.compile(r"(\D)\1{2,}")
# Only these words can change, so only they go through Python: chat spelling, elided French,
# Arabizi (a digit inside), an Arabic article or conjunction.
_RESPELLABLE = re.compile(
    r"(?<!\S)(?:"
    + "|".join(sorted(map(re.escape, _CHAT_WORDS), key=len, reverse=True))
    + r"|j[a-z]+|[a-z]*\d[a-z\d]*|(?:"
    + "|".join([*ARTICLES, *SPLIT])
    + r")\S*)(?!\S)"
)


def _respell(match: re.Match[str]) -> str:
    word = match.group()
    if word in _CHAT_WORDS:
        return _CHAT_WORDS[word]
    if word in SPLIT:
        return SPLIT[word]
    if word[0] == "j" and ELIDED_JE.match(word):
        return ("j " if word[1] in "aeiouy" else "je ") + word[1:]
    if ARABIZI_WORD.match(word):
        return word.translate(ARABIZI_LETTERS)
    for article in ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article) :]
    return word


# Laughing emoji would vanish with the other symbols; as a word they tell "jpp 😂" (laughing)
# from "jpp" (at the end of one's tether). They excuse nothing else, like "lol".
_LAUGHING = re.compile("[\U0001f602\U0001f923\U0001f639]")


def _fold(text: str) -> str:
    # The shortcut for plain ASCII, unless it spells an acronym ("ABC-D"), which `fold` joins.
    if text.isascii() and not SPELT_ACRONYM.search(text):
        return " ".join(_REPEATS.sub(r"\1", _NON_WORD.sub(" ", text.lower())).split())
    return fold(_LAUGHING.sub(" lol ", text))


# The distress check and the concern check read every message: it is normalised once.
@functools.lru_cache(maxsize=1024)
def normalise(text: str) -> str:
    """Text as every distress check reads it: folded, chat spelling and Arabizi spelt out,
    the Arabic article off."""
    return _ELIDED_C.sub("c ", _RESPELLABLE.sub(_respell, _fold(text)))


# SMS "c" is "c'est", but "c'était" and "c'est" fold to "c etait" and "c est" too: spelt out
# blindly they read "c est etait", "c est est".
_ELIDED_C = re.compile(r"(?<!\S)c est (?=(?:est|etait|etaient|sera|serait|sont)\b)")


# A tail that turns a death phrase into an idiom: "die laughing", "mourir de honte",
# "نموت بالضحك", "nmout b dahk". Only these tails excuse a match; "lol" does not, because young
# people often soften real distress with it.
_HYPERBOLE_AFTER = re.compile(r" (?:\w+ ){0,2}?" + _joined(lambda lang: lang.idiom_tails) + r"\b")
# Darija "ma ... ghir" and MSA "لا ... إلا" mean "nothing but": "ma bghit ghir nmout".
_ONLY = re.compile(r"\b" + _joined(lambda lang: lang.only) + r"\b")
# "They are better off without me" names other people but speaks about oneself, and "my sister
# just swallowed all the pills" is an emergency whoever it is about.
_ABOUT_ONESELF_ANYWAY = frozenset({"burden", "acute"})
# "I'm giving my ticket away, I won't need it anymore" is about the event, not belongings.
# Not "pass" ("before I pass away") nor "a better place": farewells use both.
_TICKETS = re.compile(r"\b" + _joined(lambda lang: lang.tickets) + r"\b")
# Pills taken "last year" are a past attempt: still distress, but not an emergency now.
_LONG_AGO = re.compile(r" (?:\w+ ){0,4}?" + _joined(lambda lang: lang.long_ago) + r"\b")


# A match that opens with its own subject or its own "nothing" starts a new clause: in "ça va
# pas, je me brûle" or "ما مهمش، حتى حاجة ما غادي تتبدل" the negation belongs to the clause
# before.
_NEW_CLAUSE = re.compile(_joined(lambda lang: lang.new_clause) + " ")


# Words are dispatched on their first two characters ("i " for "i want", "je", "بغ").
_KEY = 2


class _Bucket:
    """The alternatives that can match where a word starts with two given characters.

    Compiled on first use: a process that reads one message compiles a few buckets, not all.
    """

    __slots__ = ("_alternatives", "_regex", "patterns")

    def __init__(self, patterns: list[tuple[str, str, str]]) -> None:
        self.patterns = patterns  # (pattern, language, group), in the order of GROUPS
        self._regex: re.Pattern[str] | None = None
        self._alternatives: list[tuple[re.Pattern[str], str, str]] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        """All the alternatives in one regex with no group: fast to try and to reject."""
        if self._regex is None:
            self._regex = re.compile("(?:" + "|".join(p for p, _, _ in self.patterns) + r")\b")
        return self._regex

    @property
    def alternatives(self) -> list[tuple[re.Pattern[str], str, str]]:
        """Each alternative alone, to tell which one matched."""
        if self._alternatives is None:
            self._alternatives = [(_compiled(p), lang, grp) for p, lang, grp in self.patterns]
        return self._alternatives


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})\b")


class _Buckets(dict[str, _Bucket]):
    """One script's buckets by the two letters their alternatives can start with."""

    def __init__(self, buckets: dict[str, _Bucket]) -> None:
        super().__init__(buckets)
        # `distress_reason` and then `concern` read the same message: where a phrase may
        # start is found once for both (and for `_only_denied`), not two or three times.
        self.openings = functools.lru_cache(maxsize=4)(self._openings)

    def _openings(self, text: str) -> tuple[int, ...]:
        """Where a word starts at which an alternative may match, in reading order."""
        found = []
        start = 0
        while True:  # `start` is always where a word starts: "skilled" never matches "killed"
            following = text.find(" ", start) + 1
            bucket = self.get(text[start : start + _KEY])
            if bucket is not None and bucket.regex.match(text, start):
                found.append(start)
            if not following:
                return tuple(found)
            start = following


def _buckets(languages: tuple[str, ...]) -> _Buckets:
    """Every alternative of these languages, filed under each pair of characters it can start
    with.

    Several hundred alternatives tried one after the other at every word made a scan cost
    ~60 us; those that can start with the word's first two letters are a handful. Within a bucket
    the order stays that of GROUPS ("acute" first), so the first group wins at one position,
    and only a match needs the slower search for which alternative it was.
    """
    alternatives = [
        (pattern, language, group)
        for group in GROUPS
        for language in languages
        for pattern in _LANGUAGES[language].patterns.get(group, ())
    ]
    keys = []
    for pattern, _, _ in alternatives:
        found, shortest = starts(pattern, _KEY)
        # Starting anywhere would defeat the buckets: every alternative opens with letters.
        if found is None or shortest < _KEY:
            raise ValueError(f"a distress pattern must open with {_KEY} letters: {pattern}")
        keys.append(found)
    return _Buckets(
        {
            key: _Bucket(
                [alt for alt, found in zip(alternatives, keys, strict=True) if key in found]
            )
            for key in sorted(set().union(*keys))
        }
    )


# One scan per script: Arabic patterns never run over Latin text, nor the reverse.
_SCRIPTS: tuple[tuple[re.Pattern[str], _Buckets], ...] = (
    (_LATIN_LETTER, _buckets(("en", "fr", "dz"))),
    (_ARABIC_LETTER, _buckets(("ar",))),
)
_CUES: tuple[tuple[re.Pattern[str], cues.Cues], ...] = (
    (_LATIN_LETTER, cues.Cues(_LANGUAGES[code] for code in ("en", "fr", "dz"))),
    (_ARABIC_LETTER, cues.Cues([_LANGUAGES["ar"]], prefix=cues.ARABIC_CONJUNCTION)),
)
# Both must end right where the match starts: "I'm not ok, I want to die" is distress.
_NEGATED = {
    code: re.compile(r"(?<!\S)(?:" + language.negation + r")$")
    for code, language in _LANGUAGES.items()
}
_NEGATED_ONESELF = re.compile(r"(?<!\S)(?:a?o?mri ma|ma|machi) $")
# Only English and French need this: Arabic and Darija verbs carry their person (ينتحر, ymout).
_SOMEONE_ELSE = {
    code: re.compile(r"(?<!\S)(?:" + language.others + r")$")
    for code, language in _LANGUAGES.items()
    if language.others
}


# Someone else's words quoted: "ma copine m'a envoyé « je veux mourir »", "sa7bi kaygoul bghit
# nmout", "بنتي كتقول «بغيت نموت»". Quotation marks are gone once folded, so the frame (someone
# else, a verb of saying, a few words such as "un message genre") must end right where the
# phrase starts. Any language's frame may quote any language's words.
_QUOTED = re.compile(
    r"(?<!\S)"
    + any_of(
        _joined(lambda lang: lang.quoting),
        # A title: "la chanson « je veux mourir ce soir »", "that song 'i wanna die'".
        _joined(lambda lang: lang.titles) + r"(?: (?:je|j|i|ana|انا))?",
    )
    + " $"
)


# "adieu les cours", "exam tomorrow, I'm dead, it's over for me": idioms that hold a phrase.
_IDIOMS = cues.idiom_regex(w for lang in _LANGUAGES.values() for w in lang.idioms)

_GAME_DEATH = re.compile(r"\b" + english.GAME_DEATH + r"\b")


# Someone quoted (not a title): "ma copine m'a écrit", "sa7bi kaygoul", "بنتي كتقول".
_QUOTING = re.compile(r"(?<!\S)" + _joined(lambda lang: lang.quoting) + " $")


def concern(text: str) -> bool:
    """Whether a message voices someone else's distress: "my friend wants to die, how can I
    help her?", "ma copine m'a écrit « je veux mourir »". Whoever writes it needs to know how
    to help, and where; their own distress is `distress_reason`'s to find first. Idioms
    ("morte de rire"), denials and song titles are nobody's distress."""
    normalised = normalise(text)
    said = concerning.voices(normalised)
    if said is not None and not _HYPERBOLE_AFTER.match(normalised, said):
        return True
    for letter, buckets in _SCRIPTS:
        if not letter.search(normalised):
            continue
        for match, language, _, _ in _matches(buckets, normalised, 0):
            start = match.start()
            window = max(0, start - 80)
            if _NEGATED[language].search(normalised, window, start) or _HYPERBOLE_AFTER.match(
                normalised, match.end()
            ):
                continue
            someone_else = _SOMEONE_ELSE.get(language)
            if (someone_else and someone_else.search(normalised, window, start)) or (
                _QUOTING.search(normalised, window, start)
            ):
                return True
    return False


# "... quand on a plus envie d'exister ? parce que moi c'est le cas": someone else's words,
# then the writer saying they are theirs too.
_OWN_TOO = re.compile(r"\b" + _joined(lambda lang: lang.own_too) + r"\b")


def _rejected(match: re.Match[str], language: str, group: str) -> bool:
    text, start = match.string, match.start()
    window = max(0, start - 80)
    # Pills taken are denied on their own verb ("ma klitch"), not by a verb denied before them:
    # "sme7 lia ila ma fhmtch, klit l7bob" (sorry if I did not understand) took them.
    negated = _NEGATED_ONESELF if group == "acute" and language == "dz" else _NEGATED[language]
    if (
        negated.search(text, window, start)
        and not _ONLY.search(match.group())
        and not _NEW_CLAUSE.match(match.group())
    ):
        return True
    someone_else = _SOMEONE_ELSE.get(language)
    if (
        group not in _ABOUT_ONESELF_ANYWAY
        and someone_else
        and someone_else.search(text, window, start)
        and not _OWN_TOO.search(text, match.end(), match.end() + 80)
    ):
        return True
    if (
        group != "acute"
        and _IDIOMS is not None
        and cues.in_idiom(_IDIOMS, text, start, match.end())
    ):
        return True
    # "Died 20 times on the same boss, i'm so done": the game's despair, not a life's.
    if group == "hopelessness" and _GAME_DEATH.search(text, window, start):
        return True
    # "Ma fille me dit « je suis un fardeau »" quotes her: a burden is hers then, though "they
    # are better off without me" names others; an emergency is one whoever it is about.
    if group != "acute" and _QUOTED.search(text, window, start):
        return True
    if group == "giving_away" and _TICKETS.search(text, window, match.end() + 40):
        return True
    return bool(_HYPERBOLE_AFTER.match(text, match.end()))


def _matches(
    buckets: _Buckets, text: str, start: int, acute_only: bool = False
) -> Iterator[tuple[re.Match[str], str, str, int]]:
    """Every alternative that matches where a word starts, from `start` (a word's start) on,
    in reading order and at one word in the order of GROUPS: (match, language, group, where
    the word after it starts, 0 at the end)."""
    for opening in buckets.openings(text):
        if opening < start:
            continue
        following = text.find(" ", opening) + 1
        for regex, language, group in buckets[text[opening : opening + _KEY]].alternatives:
            if acute_only and group != "acute":
                break  # they come first
            match = regex.match(text, opening)
            if match:
                yield match, language, group, following


def _judged(
    buckets: _Buckets, text: str, start: int, acute_only: bool = False
) -> Iterator[tuple[re.Match[str], str, str, int, bool]]:
    """Every match as `_matches` finds them, and whether it is rejected. The words someone
    else is quoted as saying are theirs to the end: in "sahbi kaygoul maandi alach naich",
    "alach naich" starts inside the quoted "maandi alach naich", so it is theirs too."""
    quoted_end = -1
    for match, language, group, following in _matches(buckets, text, start, acute_only):
        if match.start() < quoted_end and group not in _ABOUT_ONESELF_ANYWAY:
            yield match, language, group, following, True
            continue
        rejected = _rejected(match, language, group)
        if rejected and _QUOTED.search(text, max(0, match.start() - 80), match.start()):
            quoted_end = max(quoted_end, match.end())
        yield match, language, group, following, rejected


def _scan(buckets: _Buckets, text: str, start: int, acute_only: bool) -> tuple[str | None, int]:
    """The group of the first match from `start` on that is not rejected, and where the word
    after it starts (0 at the end)."""
    # A rejected match may hide another one, here or at a later word.
    for match, language, group, following, rejected in _judged(buckets, text, start, acute_only):
        if rejected:
            continue
        if group == "acute" and _LONG_AGO.match(text, match.end()):
            # Pills taken last year: an attempt, distress but no emergency now, and
            # "my friend took pills last year" is a question about someone else.
            if acute_only or _rejected(match, language, "suicide"):
                continue
            return "suicide", following
        return group, following
    return None, 0


def prepare() -> None:
    """Compile every pattern and read the models now (about half a second) rather than on the
    first messages: a long-running bot pays it once at start, a one-shot CLI call only for
    what it reads."""
    for _, buckets in _SCRIPTS:
        for bucket in buckets.values():
            # The properties compile and keep their regexes.
            bucket.regex  # noqa: B018
            bucket.alternatives  # noqa: B018
    model.shipped().learn_words()
    model.shipped(model.ACUTE_FILE).learn_words()


def distress_reason(text: str) -> str | None:
    """The name of the pattern group that shows distress in a message, or None.

    "acute" (pills or poison already taken, bleeding now) wins wherever it is in the message:
    that reply must lead with the emergency numbers. Where no phrase was found, "signs" names
    weak signs that add up (bot/safety/cues.py) and "learned" the model trained on the
    corpora (bot/safety/model.py).
    """
    normalised = normalise(text)
    reason = rules_reason(normalised)
    # The model reads words, not whose they are: a child's wish to die told by their teacher
    # ("واحد الطفل كيقول بلي بغا يموت") is the teacher's worry, which `concern` answers.
    if (
        reason is None
        and learned(model.shipped(), normalised)
        and concerning.voices(normalised) is None
    ):
        reason = "acute" if _imminent(normalised) else "learned"
    if (
        reason not in (None, "acute")
        and enough_words(normalised)
        and model.shipped(model.ACUTE_FILE).says_yes(normalised)
    ):
        reason = "acute"
    return reason


# Below this many words of two letters or more, a few pieces decide alone and the models say
# nonsense ("I", "no", "0:E:I" scored as distress): short cries for help are the phrase
# lists' job.
_MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")


def enough_words(normalised: str) -> bool:
    """Whether normalised text has words enough for the models to judge it."""
    return len(_WORD.findall(normalised)) >= _MIN_WORDS


_DENIAL = re.compile(r"\b" + _joined(lambda lang: lang.denials) + r"\b")


def learned(trained: model.Model, normalised: str) -> bool:
    """Whether the model finds distress the rules did not deny. Pieces of words cannot tell "I
    want to die" from "I don't want to die", "my friend wants to die" or "mort de rire": where
    every phrase found was negated, someone else's or an idiom, or the message holds a denial
    or an idiom ("غنموتو فالباك", dying at an exam), the phrase lists know better."""
    return (
        enough_words(normalised)
        and trained.says_yes(normalised)
        and not _DENIAL.search(normalised)
        and not (_IDIOMS is not None and _IDIOMS.search(normalised))
        and not _only_denied(normalised)
    )


def _only_denied(normalised: str) -> bool:
    """Whether distress phrases are in the text and every one of them was rejected."""
    denied = False
    for letter, buckets in _SCRIPTS:
        if not letter.search(normalised):
            continue
        for *_, rejected in _judged(buckets, normalised, 0):
            if not rejected:
                return False
            denied = True
    return denied


# A few words that are a cry for help only as the whole message: "plus envie", "i m done",
# "تعبت", "khlas safi". The models never judge messages this short (see `enough_words`).
_ALONE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (
        group,
        re.compile(
            r"(?:(?:{0}) )*{1}(?: (?:{0}))*".format(
                "|".join(
                    dict.fromkeys(w for lang in _LANGUAGES.values() for w in lang.interjections)
                ),
                _joined(lambda lang, group=group: lang.alone.get(group, ())),
            )
        ),
    )
    for group in GROUPS
    if any(group in lang.alone for lang in _LANGUAGES.values())
)


def _alone_reason(normalised: str) -> str | None:
    """The group of a phrase that is the whole message, give or take interjections."""
    return next((group for group, regex in _ALONE if regex.fullmatch(normalised)), None)


def rules_reason(normalised: str) -> str | None:
    """What the phrase lists and the weak signs say of normalised text, without the model."""
    reason = _phrase_reason(normalised) or _alone_reason(normalised)
    if reason == "acute":
        return reason
    # No phrase, or one that says nothing of an emergency: weak signs may still say both.
    for letter, found in _CUES:
        if letter.search(normalised):
            from_cues = cues.reason(found, normalised)
            if from_cues == "acute" and _LONG_AGO.search(normalised):
                # Pills taken last year are no emergency now; the phrase lists tell a past
                # attempt of one's own from a question about someone else's.
                from_cues = None
            if from_cues == "acute" or (reason is None and from_cues):
                reason = from_cues
            if reason in _PLANS and cues.imminent(found, normalised):
                reason = "acute"
    return reason


# A wish to die, or a plan, said with "tonight" or "right now" is an emergency now: whether
# a phrase, weak signs or the model found it ("ce soir c'est le dernier soir. tout est prêt").
_PLANS = frozenset(
    {"suicide", "wish_to_die", "not_living", "leaving", "goodbye", "means", "affairs", "signs"}
)


def _imminent(normalised: str) -> bool:
    """Whether normalised text says tonight or right now, in any language it is written in."""
    return any(
        letter.search(normalised) and cues.imminent(found, normalised) for letter, found in _CUES
    )


def _phrase_reason(normalised: str) -> str | None:
    """The group of the first distress phrase, "acute" wherever it is, or None."""
    reason = None
    for letter, buckets in _SCRIPTS:
        if not letter.search(normalised):
            continue
        start = 0
        if reason is None:
            reason, start = _scan(buckets, normalised, 0, acute_only=False)
            if reason == "acute":
                return reason
            if reason is None or not start:
                continue  # nothing in this script, or the match was on its last word
        # The full scan stops at its first match: an emergency may still come after it.
        if _scan(buckets, normalised, start, acute_only=True)[0]:
            return "acute"
    return reason


def is_distress(text: str) -> bool:
    """Whether a message shows distress and must get the caring reply before anything else."""
    return distress_reason(text) is not None


def is_acute(text: str) -> bool:
    """Whether a message says pills or poison were already taken, or that the person is hurt
    and bleeding now: the reply must lead with the emergency numbers."""
    return distress_reason(text) == "acute"
