"""The answer engine: safety first, then language, then the matcher's verdict as a Reply.

It owns the flow of one message (whole, then part by part), the choice between answering,
asking which and falling back, and the pages every id shows (cards, labels, menus). Who a
description fits is `bot.descriptions`; questions in two parts are `bot.compound`.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import replace
from itertools import combinations, pairwise

from bot import lexicon, navigation, safety
from bot.asked import ASKED_INDEX, AskedIndex, Nearest
from bot.asking import ASKING, ends_question, holds_question, known_subject, opens_question
from bot.cards import (
    Card,
    concern_card,
    crisis_card,
    help_lines,
    panel_card,
    programme_card,
    speaker_card,
    speaker_name,
    speakers_card,
)
from bot.checking import Checker, asks_ahead
from bot.choices import PUNCTUATION, offers_choice, tagged, without_unknown_alternative
from bot.compound import also_asked, together
from bot.descriptions import Descriptions
from bot.initials import speakers_by_initial
from bot.knowledge import Entry, Pack
from bot.knowledge.loader import UNANSWERABLE
from bot.matcher import EVENT, SPEECH, UNSAID, Analysis, Candidate, Matcher, Vocabulary, terms
from bot.messages import message
from bot.phrasings import documents
from bot.reply import Link, Reply, Suggestion
from bot.safety.detect import normalise
from bot.segments import segments
from bot.story import first_person, introductions
from bot.text import LANGUAGES, detect_language, fold
from bot.thresholds import (
    ANSWER_THRESHOLD,
    CANDIDATES,
    CLARIFY_MARGIN,
    CONFIDENT,
    MIN_COVERAGE,
    PART_COVERAGE,
    SCORE_STEP,
    SUGGEST_THRESHOLD,
)

KINDS = ("answer", "clarify", "fallback", "smalltalk", "crisis")
# The source of a crisis reply that leads with the emergency numbers (pills taken, hurt now).
ACUTE = "acute"
# The source of the reply to someone worried about another person (safety.yaml's concern).
CONCERN = "concern"

# A message of this many words or more may tell a story around its question.
LONG_MESSAGE = 16
# ... or this many when it opens with a greeting.
GREETED_STORY = 8
# The fewest words a message needs for its nearest asked questions to answer it.
NEAREST_WORDS = 3
# ... and a message of this many words may name its subject before a part that asks about it
# ("la pression de la comparaison, chkoun li hdrat 3liha").
SUBJECT_MESSAGE = 6
# The digits of a year: one the pack never gives says the question is about another event.
YEAR_DIGITS = 4
# "Which speaker", "quel intervenant": who, asked with "which".
_WHICH_PERSON = frozenset({("?what", "@speaker"), ("?what", "@expert")})
# How far below a speaker's card a topic's entry that names them may score and still answer
# what was said on the topic (`Engine._topic_told`).
TOPIC_MARGIN = 5.0
# Two titles this many words apart at most are named together: "(the Pr and the Dr)".
TITLES_APART = 4
# "What does it mean?": the concept the pack gives such words (vocabulary.yaml's `meaning`).
MEANING = "@meaning"
# A reading that asks what the pack says it never tells (vocabulary.yaml's `unsaid`) answers
# only above this score: "did attendees get a certificate?" is no question about attendees.
UNSAID_SCORE = 70.0
# A question about what the article never says may end in a clause that names what is known
# ("... near where the summit was held"): that many words before it, at most.
LEAD_IN_WORDS = 8
# A yes/no question about someone is a yes when their part of the pack holds this share of
# what is asked about.
VERDICT_COVERAGE = 0.5
# A statement asked with a question mark ("Acme propose une limite de temps d'écran ?") is
# a yes/no question from this many words; "insta handles?", "venue name?" ask for a name.
STATED_WORDS = 4
# A yes/no question about a fact is short: a longer message ending in "?" tells a story first.
AFFIRMED_WORDS = 14
# A part of a message that names someone must score this much better than the whole
# message's answer about them to win instead ("... Jane Doe ... what does NGO stand for?").
NAMED_PART_MARGIN = 10.0
# The most recent replies kept in memory, for messages up to this long.
CACHED_REPLIES = 4096
CACHED_TEXT_CHARS = 300
# A message this short that only greets or thanks, in words the pack knows or not, is small
# talk.
POLITE_WORDS = 7
POLITE_UNKNOWN = 3
POLITE_UNKNOWN_LENGTH = 6
_INSTITUTIONS = frozenset(fold(word) for word in lexicon.INSTITUTIONS)
_REGIONS = frozenset(fold(word) for word in lexicon.REGIONS)
# What follows a part of a sentence up to the sentence's end.
_SENTENCE_REST = re.compile(r"[^.!?؟…\n]*")
# Words of an English answer that say what the article leaves out.
_DENIALS = frozenset("not no nothing neither nor never cannot doesn don isn".split())
# A word shorter than this beside a speaker's concept is a particle, no name qualifying it.
QUALIFIER_LETTERS = 4
# Longer than this is not a question; it still goes through the safety check in full.
MAX_QUESTION_CHARS = 600
# The sentences of a message that ask, each up to its question mark, and where the last
# clause of one starts: "... vérifier une info : c'était bien le 12 décembre ?".
_ASKED = re.compile(r"[^.!?؟…\n]+[?؟]")
_SENTENCE_END = re.compile(r"[.!?؟…\n]")
# An emoji closes a clause too: "ktelni dde7k had video 😂 wach kan f 12 dujanbir?".
_CLAUSE_START = re.compile(r"[,،:;\u2600-\u27bf\U0001f300-\U0001faff]")
# "what's 12 + 45", "3 x 4 = ?": a sum, whose numbers are no date or count of the event.
# Not "12/12/2024" or "2024-12-12": a date is written without spaces around its signs.
_ARITHMETIC = re.compile(r"\d+(?:[.,]\d+)?(?:(?:\s*[+*×÷]\s*|\s+[-/x:]\s+)\d+(?:[.,]\d+)?)+")
# "Morning! ...", "evening all, ...": a greeting that opens a message, not the time of day
# it asks about ("did it start in the morning?").
_GREETED = re.compile(
    r"^\W*(?:good\s+)?(?:morning|evening|afternoon)(?:\s+(?:all|everyone|guys))?\s*[!,.]+\s*(?=\w)",
    re.IGNORECASE,
)
# "What kind of people": who came, asked by the kinds they were.
PROFILE = "@profile"
# What asks for an answer in a form, not about a subject: "3tini résumé" after naming someone
# asks for what they said in short.
_FORMS = frozenset({"@overview"})
# A message without a single letter ("2+2", "3", "👍") asks nothing the pack can answer.
_LETTER = re.compile(r"[^\W\d_xX×]")
# A French question with its subject after the verb: "y avait-il", "s'est-il tenu".
_INVERTED = re.compile(r"\w-(?:t-)?(?:il|elle|ils|elles|on)\b", re.IGNORECASE)
# What a yes/no question checking one of the event's facts may name besides the fact and the
# event's own name: the thing the fact is about (organising, round tables, speakers, the
# edition: "was it the third edition?").
_ABOUT_FACTS = frozenset({"@event", "@organise", "@panel", "@speaker", "@first", "@edition"})


def _opens_yes_no(words: list[str]) -> bool:
    """Whether folded words open a yes/no question: "did", "est-ce", "wach", "هل"."""
    return any(w in lexicon.YES_NO for w in words[:3])


_ARABIC = re.compile(r"[\u0600-\u06ff]").search


def _bare(word: str) -> str:
    """An Arabic word without its article, its punctuation or a feminine ending: "الدكتورة"
    and "دكتور" are one title."""
    folded = fold(word).strip(PUNCTUATION)
    if folded.startswith("ال") and len(folded) > 4:
        folded = folded[2:]
    return folded.removesuffix("ه")


def _lead_in(text: str, part: str) -> str:
    """The few words of the same sentence just before `part`: "any parking near" before
    "where the summit was held"."""
    before = re.split(r"[.!?؟\n]", text[: text.find(part)])[-1].split()
    return " ".join(before) if len(before) <= LEAD_IN_WORDS else ""


def _opens_with(words: list[str], phrases: Iterable[str], within: int) -> bool:
    """Whether the first `within` folded words open with one of `phrases`."""
    opening = " ".join([*words[:within], ""])
    return any(opening.startswith(f"{p} ") for p in phrases)


def _asks_whether_any(text: str) -> bool:
    """Whether a question opens by asking if there were any: "were there creators?"."""
    return _opens_with(fold(text).split(), lexicon.THERE_WERE_ANY, 4)


def _one_yes_no(text: str) -> bool:
    """A long message that is one question opening as a yes/no one: "Est-ce que c'était le
    premier sommet de ce genre organisé par X au Maroc ?" (no story before it to mislead)."""
    words = fold(text).split()
    opens = _opens_yes_no(words) or _opens_with(words, lexicon.CHECKING, 3)
    return opens and not _SENTENCE_END.search(text.rstrip(" ?؟!"))


# How a question that names a thing opens: "l'objectif principal ?", "the takeaway?".
_DETERMINERS = frozenset("le la les l leur leurs son sa ses the their its".split())
# What makes such an opening a statement to check: "le sommet était en novembre ?".
_STATED = re.compile(
    r"^(?:est|etait|etaient|sont|a|ont|avait|avaient|fut|sera|y|is|was|were|are|has|have"
    r"|had|did|does|took|kan|kant|kano|kanou|\w+(?:ait|aient|ed))$"
)


def _names_a_thing(text: str) -> bool:
    """Whether a question only names a thing: "les comptes insta à suivre ?", "the main
    goal of this summit?" ask for it, not whether something is so. Its words are read
    unfolded: "à" is no "a"."""
    words = re.findall(r"\w+", text.lower())
    if not words or tagged(fold(text).split()):
        return False
    # Arabic glues its article on ("الهدف ديال القمة؟"; a longer one says something of it:
    # "الأستاذ ... هو اللي اقترح ...؟"), and Darija names a thing by whose it is ("lhadaf
    # dyal had sommet?", where "had" is "this").
    darija = words[1:2] in (["dyal"], ["ديال"])
    stated = any(_STATED.match(w) for w in words if not (darija and w == "had"))
    return not stated and (
        words[0] in _DETERMINERS
        or (words[0].startswith("ال") and len(words[0]) > 3 and len(words) <= 4)
        or darija
    )


def _plainly_yes_no(text: str) -> bool:
    """A question that says it wants yes or no: it opens with "did", "est-ce", "wach", "هل",
    inverts a French subject ("y avait-il"), or ends with "right?", "ياك", "c'est ça ?". "venue
    name?" or "insta handles?" end with a question mark and ask for a name."""
    if offers_choice(text):
        return False
    words = fold(text).split()
    return (
        _opens_yes_no(words)
        or bool(_INVERTED.search(text))
        or tagged(words)
        or _opens_with(words, lexicon.THERE_WERE, 4)
    )


def _asks(part: str, text: str) -> bool:
    """Whether a part of a message asks: a question opens in it, or a question mark ends it."""
    if _opens(part):
        return True
    at = text.rfind(part)
    return text[at + len(part) :].lstrip()[:1] in ("?", "؟") or part.rstrip().endswith(("?", "؟"))


def _opens(part: str) -> bool:
    """Whether a question opens in a part of a message ("SAC ça signifie quoi")."""
    words = part.split()
    return any(opens_question(words, i) for i in range(len(words)))


def _runs_to_its_end(text: str, part: str) -> bool:
    """Whether a part of a message runs to the end of its sentence: "Does MENAT stand for
    Middle East" is cut from "..., North America and Turkey?", and its yes would not be the
    question's."""
    at = text.rfind(part)
    rest = _SENTENCE_REST.match(text, at + len(part)) if at >= 0 else None
    return rest is None or not _LETTER.search(rest.group())


def _sentence_of(text: str, part: str) -> str:
    """The sentence of a message that holds a part of it, to its end."""
    at = text.rfind(part)
    start = max(text.rfind(end, 0, at) for end in ".!?؟…\n") + 1
    rest = _SENTENCE_REST.match(text, at)
    return text[start : rest.end() + 1 if rest else len(text)].strip()


def _denies(answer: str) -> bool:
    """Whether an answer says what the article leaves out: "it does not say", "gives no"."""
    return bool(set(fold(answer).split()) & _DENIALS)


def _opens_clause(text: str, part: str) -> bool:
    """Whether a part of a message starts a clause of its own: after punctuation or an
    emoji ("dernière question : c'était où ?"), not inside one ("on se garait où ?")."""
    before = text[: text.rfind(part)].rstrip()
    return bool(before) and not before[-1].isalnum()


# "The number of": a count named, not asked for, after "هل", "did", "est-ce que".
_NUMBER_NOUNS = frozenset({"عدد", "nombre", "number", "3adad"})


def _asks_what_it_was(part: str) -> bool:
    """Whether a part of a message asks what the thing it told of was: "what it was"."""
    folded = f" {fold(part)} "
    return any(f" {asked} " in folded for asked in lexicon.WHAT_IT_WAS)


def _only(text: str) -> bool:
    """Whether a question asks if nothing else was so: "y avait que des médecins ?"."""
    folded = fold(text)
    words = set(folded.split())
    return bool(words & lexicon.ONLY) or any(
        f" {p} " in f" {folded} " for p in lexicon.ONLY_PHRASES
    )


def _short_and_plain(text: str, analysis: Analysis) -> bool:
    """Whether a message is a few words, with a few short words the pack does not know around
    what it knows ("safi", "dieu te garde"), not a subject of its own: what small talk is."""
    return (
        len(text.split()) <= POLITE_WORDS
        and len(analysis.unknown) <= POLITE_UNKNOWN
        and all(len(t) <= POLITE_UNKNOWN_LENGTH for t in analysis.unknown)
    )


def _led(reply: Reply, lead: str, verdict: str) -> Reply:
    """A card under the verdict that answers a yes/no question ("Yes, according to...")."""
    answer = _without_own_yes(reply.answer, reply.language)
    return replace(reply, answer=f"{lead}\n\n{answer}", verdict=verdict)


def _without_own_yes(answer: str, language: str) -> str:
    """A card that opens with its own "Yes:" ("Yes: it was the first...") says it once the
    verdict stands above it, and says the opposite of a "No" ("the third time?")."""
    yes = message("verdict_yes", language).split()[0].rstrip(",:،")
    opening = re.match(rf"{re.escape(yes)}\s*[,:،]\s*", answer)
    if opening is None:
        return answer
    rest = answer[opening.end() :]
    return rest[:1].upper() + rest[1:]


# What asks for someone's account on a network and nothing else; MSA "ما" ("what", or "not")
# stays among the words the pack knows.
_ACCOUNT = frozenset({"@account", "@instagram"})


def _asks_account(subject: list[str]) -> bool:
    asked = set(subject) - {"ما"}
    return bool(asked) and asked <= _ACCOUNT


def _one_kind(terms: tuple[str, ...]) -> bool:
    """Whether a part is one word of the pack's own, no question word: "experts", "medics"."""
    return len(terms) == 1 and terms[0].startswith("@")


def _best_score(analysis: Analysis) -> float:
    return analysis.best.score if analysis.best else 0.0


def _to_beat(answering: list[Analysis]) -> float:
    """What a part must score more than to win: the best answer so far, else just below
    what answers at all. A one-word reading sets no bar: torn between entries, it may yet
    lose to a longer one (`Engine._reply`)."""
    longer = [_best_score(a) for a in answering if len(a.known) > 1]
    return max(longer, default=ANSWER_THRESHOLD - SCORE_STEP)


class Engine:
    """Answers messages from one knowledge pack; pure and deterministic."""

    def __init__(self, pack: Pack, *, cache: int = CACHED_REPLIES) -> None:
        self.pack = pack
        self._cache_size = cache
        event = pack.event
        context = [*event.name.values(), *event.short_name.values(), *event.city.values()]
        context += [*event.country.values(), *event.organiser.values(), *lexicon.EVENT_VERBS]
        names = [(s.id, n) for s in pack.speakers for n in (s.name, *s.aliases, *s.names_ar)]
        vocabulary = Vocabulary(pack.vocabulary)
        self.matcher = Matcher(
            documents(pack), context, names, vocabulary, event.city_names, event.theme
        )
        self._smalltalk = {e.id for e in pack.smalltalk}
        # Every answerable entry and the words of each speaker's name and title, for what the
        # article says nothing of at all.
        self._ids = [i for i in pack.ids() if i not in self._smalltalk]
        self._name_terms = {
            s.id: {
                t
                for n in (s.name, *s.aliases, *s.names_ar, *(s.title or {}).values())
                for t in vocabulary.terms(n)
            }
            for s in pack.speakers
        }
        # The words of each speaker's title alone ("Pr", "Dr"), not the concepts they share
        # with every doctor.
        self._title_terms = {
            s.id: {
                t
                for title in (s.title or {}).values()
                for t in vocabulary.terms(title)
                if not t.startswith("@")
            }
            # Arabic titles as written: "الدكتورة" is a title there, though "doctor" is a kind.
            | {_bare(w) for title in (s.title or {}).values() for w in title.split() if _ARABIC(w)}
            for s in pack.speakers
        }
        self._lists = [e.id for e in pack.entries() if e.list]
        # Entries about a topic, not a person, a round table or a list: "le rôle des parents".
        self._topics = frozenset(
            i
            for i in self._ids
            if not pack.speaker(i) and not pack.panel(i) and i not in self._lists
        )
        self._speakers_list = next((e.id for e in pack.entries() if e.list == "speakers"), None)
        self._descriptions = Descriptions(pack, self.matcher, self._named_in)
        self._checker = Checker(pack)
        # The last reading of a message nothing else placed: the questions people asked, as
        # organisers filed them (asked.yaml; `unanswerable` ones vote for the fallback). Not
        # the pack's phrasings: with no unanswerable questions beside them, they answered 23
        # more of 240 questions the bot should not have answered.
        self._asked = AskedIndex(
            [
                (None if entry_id == UNANSWERABLE else entry_id, question)
                for entry_id, questions in pack.asked.items()
                for question in questions
            ],
            cache=pack.directory / ASKED_INDEX,
        )
        # The event's own name, word by word: "le sommet de <organiser> était-il à <city> ?".
        self._event_terms = _ABOUT_FACTS | {
            t
            for name in [*event.name.values(), *event.short_name.values()]
            for t in vocabulary.terms(name)
        }
        # What a yes/no question can be answered "yes" from: the article's facts and the round
        # tables (the FAQ mostly says what the article does not).
        self._facts = {e.id for e in pack.facts} | {p.id for p in pack.panels}
        # ... and the frequent questions whose answer reports what the article says ("MENAT
        # stands for ..."), not what it leaves out ("the article does not say ...").
        self._facts |= {e.id for e in pack.faq if e.answer and not _denies(e.answer["en"])}
        self._replies: OrderedDict[tuple[str, str | None, str], Reply] = OrderedDict()
        # What each id shows, by (id, language): at most every id of the pack in 3 languages.
        self._pages: dict[tuple[str, str], Reply | None] = {}
        # The speakers each card names, by (id, language): as bounded as the pages.
        self._names_in_card: dict[tuple[str, str], frozenset[str]] = {}
        # The words each card says, in every language: as bounded as the pages.
        self._card_terms: dict[str, frozenset[str]] = {}

    def warm(self) -> None:
        """Build now what is otherwise built at the first message that needs it: the index
        of asked questions (seconds the first time, a fraction of one from its cache) and the
        words of the cards yes/no questions are checked against."""
        self._asked.warm()
        # The words each card says, which yes/no questions read: all cards built once.
        for entry_id in self._facts:
            self._card_said(entry_id)

    def language_for(self, text: str, chosen: str | None, fallback: str) -> str:
        """The user's choice, else what the text is written in, else `fallback`."""
        if chosen in LANGUAGES:
            return chosen
        detected = detect_language(text).language
        return detected or (fallback if fallback in LANGUAGES else "fr")

    def reply(self, text: str, *, chosen: str | None = None, fallback: str = "fr") -> Reply:
        """The reply to one message. `chosen` is the user's language choice, if any."""
        # Replies are deterministic and people ask the same few questions again and again:
        # short messages are answered from memory after the first time.
        key = (text, chosen, fallback)
        cached = self._replies.get(key)
        if cached is not None:
            self._replies.move_to_end(key)
            return cached
        reply = self._reply(text, chosen, fallback)
        if self._cache_size and len(text) <= CACHED_TEXT_CHARS:
            self._replies[key] = reply
            if len(self._replies) > self._cache_size:
                self._replies.popitem(last=False)
        return reply

    def _reply(self, text: str, chosen: str | None, fallback: str) -> Reply:
        language = self.language_for(text, chosen, fallback)
        reason = safety.distress_reason(text)
        if reason is not None:
            acute = reason == "acute"
            card = crisis_card(self.pack, language, acute=acute)
            return self._from_card("crisis", language, card, ACUTE if acute else None)
        if safety.concern(text):
            # Worried about someone else: how to help, and where. A crisis row all the same:
            # the log keeps none of what was written about them.
            card = concern_card(self.pack, language)
            return self._from_card("crisis", language, card, CONCERN)
        if len(text) > MAX_QUESTION_CHARS:
            event = self.pack.event.short_name[language]
            return Reply("fallback", language, message("too_long", language, event=event))
        text = _GREETED.sub("", text)
        if _LETTER.search(text):
            # A word the pack never uses, so that "ch7al 3 x 4" is no "how many?" of its own
            # (and "2+2" alone is still nothing to answer, nor to apologise for).
            text = _ARITHMETIC.sub(" arithmetic ", text)
        # An entry that covers too little of what the message is about cannot answer it.
        analysis = self._analyse(text)
        text, analysis = self._without_introduction(text, analysis)
        # "was it in Agadir or Oujda?" (held in Agadir): the answer is the one the pack holds,
        # and an alternative it never names is no subject of its own.
        chosen_from = (
            without_unknown_alternative(self.matcher, text) if offers_choice(text) else text
        )
        if not analysis.best and chosen_from != text:
            analysis = self._analyse(chosen_from)
        if not analysis.terms or not _LETTER.search(text):
            # "ok", "?", "2+2", "👍": nothing to answer, and nothing to apologise for either.
            return Reply("fallback", language, message("fallback_help", language))
        best = analysis.best
        if best and best.entry_id in self._smalltalk and fold(text) == fold(best.phrasing):
            # Small talk the pack lists word for word ("من أنت؟", "how's it going?"), however
            # common its words are.
            return self.card(best.entry_id, language, score=best.score)
        verdict = (
            self._yes_no(analysis, text, language)
            or self._checked(analysis, text, language)
            or self._checked_within(text, language)
        )
        if verdict is not None:
            return self._and_then_asked(verdict, text, language)
        titled = self._descriptions.titled(analysis)
        if titled and analysis.best and not analysis.named:
            # "Santé mentale à l'ère numérique, c'était qui ?": a round table called by its
            # title is what the message asks about, as a speaker called by name is.
            card = self.card(titled, language, score=analysis.best.score)
            panel = self.pack.panel(titled)
            ordinals = {t for t in analysis.terms if t in self.matcher.vocabulary.ordinals}
            if panel and ordinals and f"#{panel.number}" not in ordinals:
                # "Was the second one called <the first's title>?": no, and the card of the
                # one asked about.
                asked = [p for p in self.pack.panels if f"#{p.number}" in ordinals]
                if len(asked) != 1 or not self._is_yes_no(text, analysis):
                    return card
                lead = message("verdict_fact_no", language)
                return _led(self.card(asked[0].id, language), lead, "no")
            # "Was the first round table called <its title>?": yes, then the card.
            return self._affirmed(card, analysis, text)
        if (
            self._descriptions.numbered(analysis)
            or self._descriptions.panels_and_speakers(analysis)
            or self._descriptions.topics_asked(analysis)
            or self._descriptions.panels_summed_up(analysis)
        ):
            # "La première, c'était quoi, et la deuxième ?", "both panels and who spoke on
            # each": the programme holds them all.
            return self.programme(language)
        initialled = speakers_by_initial(self.pack, text)
        if initialled:
            # "Which speakers have first names starting with A?": the programme's names.
            return self._one_or_which(initialled, language, _best_score(analysis))
        titled_ones = self._with_titles(text, analysis)
        if titled_ones:
            # "Which speakers had a Dr or Prof title?": each whose title the message names.
            return self._several_reply(titled_ones, language, _best_score(analysis))
        unlike = self._descriptions.unlike(text, analysis)
        if unlike:
            return self._one_or_which(unlike, language, _best_score(analysis))
        # Only where the round table would answer, and not in a story about the writer ("je
        # suis médecin ... qui était à la première table ronde ?").
        of_kinds = (
            self._descriptions.kinds_on_panel(analysis)
            if best and self.pack.panel(best.entry_id) and not first_person(text)
            else []
        )
        if of_kinds:
            # "Who were the women on the first round table?": those of them, from the
            # programme.
            return self._one_or_which(of_kinds, language, _best_score(analysis))
        named = [s for s in self.pack.speakers if s.id in analysis.named]
        if len(named) == 1 and UNSAID in analysis.terms and self._asks_unsaid(text, named[0].id):
            # "Doe portait quoi ce jour-là ?": what the article never says of anyone.
            return self._not_said(named[0].id, language, _best_score(analysis))
        if len(named) == 1 and _asks_account(known_subject(self.matcher, analysis)):
            # "C'est quoi le compte insta de Doe ?": the article gives only the platform's.
            return self._not_said(named[0].id, language, _best_score(analysis))
        # "Quelle table ronde" asks which round table, whatever verb of saying comes with it.
        which_panel = ("?what", "@panel") in pairwise(analysis.terms)
        asks_what_said = (
            "?what" in analysis.terms and bool(SPEECH & set(analysis.terms)) and not which_panel
        )
        if len(named) == 1 and "@panel" in analysis.terms and analysis.best and not asks_what_said:
            # "Doe était dans quelle table ronde ?", "who sat with Doe?": her round
            # table's card, which names her and those beside her; "what did Doe say on the
            # panel?" asks for her own card.
            return self.card(named[0].panel, language, score=analysis.best.score)
        if len(named) > 1:
            # "Doe et Roe, ils ont dit quoi ?": each of them, in the order of the pack;
            # "... were they on the same round table?": their round tables.
            ids = [s.id for s in named]
            if "@panel" in analysis.terms:
                ids = list(dict.fromkeys(s.panel for s in named))
            others = {i: self.card(i, language) for i in ids[1:]}
            reply = together(self.card(ids[0], language), others)
            if "@panel" in analysis.terms and self._is_yes_no(text, analysis):
                # "Was Doe on the same panel as Roe?": yes when one round table holds them all.
                same = len(ids) == 1
                lead = message("verdict_yes" if same else "verdict_fact_no", language)
                return _led(reply, lead, "yes" if same else "no")
            return reply
        # A chatty message may hide its question after a greeting and a story: its parts are
        # matched too, and the one that answers best wins. A part is only ever a question
        # ("Hello!" on its own line does not answer), and a message that already answers in
        # full has nothing better hidden in its parts.
        answering = [analysis] if self._answers(analysis) else []
        parts = (
            []
            if _best_score(analysis) >= CONFIDENT
            else segments(chosen_from, opens_question, ends_question)
        )
        asked: set[tuple[str, ...]] = set()
        # "Who" is all the message asks, and a speaker answers it. Where the message marks
        # its questions, only they ask: "maman de deux ados qui passent leur vie sur Acme 😅
        # ... on y a parlé des parents ?" tells of who, it does not ask.
        marked = _ASKED.findall(text)
        asking_terms = self._read(" ".join(marked)) if marked else set(analysis.terms)
        asked_words = {t for t in asking_terms if t in ASKING}
        person_asked = bool(
            best
            and self.pack.speaker(best.entry_id)
            and (
                asked_words == {"?who"}
                # "Est-ce qu'une intervenante a parlé de ...?" asks who did.
                or (not asked_words and "@speaker" in asking_terms and SPEECH & asking_terms)
            )
        )
        about_someone = bool(
            analysis.named
            or "?who" in analysis.terms
            or (best and self.pack.speaker(best.entry_id))
        )
        # Each part's analysis and the score it had to beat, for the second answers to reuse.
        scored: dict[tuple[str, ...], tuple[float, Analysis]] = {}
        # The words of each part that answers, for a yes/no question asked in a part.
        worded: dict[int, str] = {}
        # Clauses that ask where or when and nothing else ("...: c'était où ?"): asked of
        # the event when nothing else in the message answers.
        lone: list[str] = []
        # Single words listed one after another ("who showed up, experts, creators, medics?")
        # are the kinds the question asks about, not questions of their own.
        read = {part: self.matcher.vocabulary.terms(part) for part in parts}
        single = [part for part in parts if _one_kind(read[part])]
        enumerated = set(single) if len(single) > 1 else set()
        # "quel genre de monde ? des pros, des influenceurs ?": after "what kind of people",
        # the kinds are guesses, not a question about the one speaker they fit.
        guesses = (
            {part for part in parts if self._only_kinds(read[part])}
            if PROFILE in analysis.terms
            else set()
        )
        for part in parts:
            if part in enumerated:
                continue
            # Parts that differ only by words that carry no meaning are matched once.
            query = self._referred(part, read[part], analysis)
            if (query in (("?where",), ("?when",)) and _opens_clause(text, part)) or (
                # "... this app thing in town, can you tell me what it was": what the
                # message told of, asked last.
                analysis.about_event and _asks_what_it_was(part) and _runs_to_its_end(text, part)
            ):
                lone.append(part)
            if query in asked:
                continue
            asked.add(query)
            # A part of one common word cannot answer (`_meaningful`), and one that cannot
            # score more than what answers already cannot win: neither is worth scoring.
            if len(query) == 1 and query[0] in self.matcher.common_terms:
                continue
            if query in (("?where",), ("?when",)) and self._asked_of_other(text, part):
                continue
            to_beat = _to_beat(answering)
            raw = self.matcher.analyse_terms(
                query, limit=CANDIDATES, min_coverage=PART_COVERAGE, above=to_beat
            )
            scored[query] = (to_beat, raw)
            found = self._descriptions.a_person(raw)
            if part in guesses and found.best and self.pack.speaker(found.best.entry_id):
                continue
            if (
                person_asked
                and found.best
                and not self.pack.speaker(found.best.entry_id)
                and "?who" not in found.terms
            ):
                # "qui a parlé de la comparaison, genre la pression de se comparer": who, asked
                # of the whole message, is not answered by a part's round table.
                continue
            if about_someone and self._possessed(part):
                # "who represented Acme ... and what her role was": one word about someone the
                # message asked about before, not a question of its own.
                continue
            if self._answers_part(found):
                if self._loses_name(analysis, found) or self._loses_subject(text, analysis, found):
                    continue
                answering.append(found)
                worded[id(found)] = part
        # A part that asks nothing and tells of the writer ("je boucle un papier ce soir", "i
        # missed it bc work") is the story around the question, when the question itself
        # or a part that asks answers.
        asking = {part for part in parts if _asks(part, text)}
        told = [
            a
            for a in answering
            if id(a) in worded and worded[id(a)] not in asking and first_person(worded[id(a)])
        ]
        if told and (len(told) < len(answering) or asking):
            # Equal readings go with it: the same words read from another part tell the same.
            answering = [a for a in answering if a not in told]
            # ... and no second answer either.
            story = {worded[id(a)] for a in told}
            parts = [part for part in parts if part not in story]
        # A part that asks answers, or asks only where or when.
        asked_in_part = bool(lone) or any(worded.get(id(a)) in asking for a in answering)
        told_whole = asked_in_part and self._told_whole(analysis, parts, asking, read)
        if told_whole:
            answering = [a for a in answering if a is not analysis]
        if (
            self._tells_story(text, analysis)
            and _best_score(analysis) < CONFIDENT
            # "... I film sports videos ... where was it held?": a clause that asks where or
            # when and nothing else is the question, not the story's words.
            and (answering or not lone)
            # Nor are the story's words when a part that asks answers without them.
            and not told_whole
        ):
            # A long message tells a story in words the pack never uses ("my daughter is 14,
            # I am a nurse in town..."); what it asks is in the words the pack knows.
            query = self.matcher.known_meaning(analysis)
            if query and query not in asked:
                found = self._descriptions.a_person(
                    self.matcher.analyse_terms(
                        query,
                        limit=CANDIDATES,
                        min_coverage=MIN_COVERAGE,
                        above=_to_beat(answering),
                    )
                )
                if self._answers_part(found):
                    answering.append(found)
        if not answering:
            polite = self._only_polite(text, analysis) or self._small_talk_only(text, analysis)
            if polite is not None:
                return self.card(polite, language)
            if self._speakers_list and self._descriptions.everyone(text, analysis):
                # "3tini les noms dyal ga3 li hedro": all who spoke, asked in words that name
                # nothing else.
                return self.card(self._speakers_list, language)
            if self._descriptions.only_panels(analysis):
                # "3tini les deux tables rondes b tafasil", "لخص لي المائدتين": the programme
                # holds both.
                return self.programme(language)
            said_by = self._descriptions.said_by(analysis)
            if said_by:
                score = _best_score(analysis)
                return self._one_or_which(said_by, language, score, card_score=score)
            if lone:
                # "dernière question avant de dormir : c'était où ?": the last question word
                # asks about the event when the words around it answer nothing.
                last = max(lone, key=text.rfind)
                found = self.matcher.analyse_terms(
                    (*read[last], EVENT), limit=CANDIDATES, min_coverage=MIN_COVERAGE
                )
                if found.best and found.best.score >= ANSWER_THRESHOLD:
                    return self.card(found.best.entry_id, language, score=found.best.score)
            nearest = self._nearest(text, analysis)
            if nearest is not None:
                return self.card(nearest.entry_id, language, score=100 * nearest.similarity)
            if safety.names_theme(text):
                return self._theme(language)
            return self._fallback(language, analysis)
        # Of readings that score alike, one from a part with a question word beats one from a
        # part without: "SAC ça signifie quoi, dans le titre de la psychothérapeute ?" asks
        # what SAC means, not who she is.
        ranked = sorted(
            answering,
            key=lambda a: (_best_score(a), a is analysis or _opens(worded.get(id(a), ""))),
            reverse=True,
        )
        chosen = ranked[0]
        best = chosen.best
        assert best is not None
        if UNSAID in chosen.terms and not analysis.named and best.score < UNSAID_SCORE:
            # "Did attendees get a certificate?": what the article never says, asked in a
            # question that shares no more than a word or two with an entry.
            return self._fallback(language, analysis)
        if (
            UNSAID in analysis.terms
            and UNSAID not in chosen.terms
            and not analysis.named
            and id(chosen) in worded
            and UNSAID in self._read(_lead_in(text, worded[id(chosen)]))
        ):
            # "Any parking near where the summit was held?", "was there a Q&A where...": the
            # part that answers only tells where the question, asked before it, is about what
            # the article never says.
            return self._fallback(language, analysis)
        if (
            best.entry_id in chosen.named
            and self.matcher.asks_beyond(chosen)
            and best.entry_id not in {self._what_they_said(chosen), self._what_they_said(analysis)}
            and self._beyond_in_clause(text, best.entry_id)
        ):
            # "What was Doe wearing?": their card does not say, and the bot must not pretend.
            return self._not_said(best.entry_id, language, best.score)
        reply = self._decide(chosen, language, analysis, text)
        if reply.kind == "clarify" and len(chosen.known) == 1:
            # A one-word part torn between entries loses to a reading that answers plainly:
            # "... il a dit quoi exactement ? je voudrais le citer" asks what he said, not
            # whose quote "citer" could mean.
            for other in ranked[1:]:
                plain = self._decide(other, language, analysis, text)
                if plain.kind == "answer":
                    chosen, reply = other, plain
                    break
            best = chosen.best
            assert best is not None
        also = also_asked(
            self.matcher,
            self._smalltalk,
            text,
            analysis,
            parts,
            best.entry_id,
            scored,
            possessed=self._possessed if about_someone else None,
        )
        if (
            also
            and reply.kind == "clarify"
            and {s.id for s in reply.suggestions} <= {best.entry_id, *also}
        ):
            # "c'était quand et où ?" is not torn between the date and the place: it asks both.
            reply = self.card(best.entry_id, language, score=best.score)
        if reply.kind != "answer" or reply.source is None:
            return reply
        if chosen is analysis or id(chosen) in worded:
            # "Hello, I teach in a primary school, was this Acme's first summit in
            # Morocco?": the part that answers may be the yes/no question.
            said = text if chosen is analysis else worded[id(chosen)]
            if not _runs_to_its_end(text, said):
                # "is MENAT Middle East, North Africa and Turkey?": the whole sentence is the
                # question its yes must hold for.
                said = _sentence_of(text, said)
                chosen = self._analyse(said)
            reply = self._affirmed_within(self._affirmed(reply, chosen, said), text)
        # A list that holds the answer, or an answer that names the other, adds nothing.
        also = [
            i
            for i in also
            if i != reply.source
            and i not in self._named_in(reply.source, language)
            and reply.source not in self._named_in(i, language)
        ]
        return together(reply, {i: self.card(i, language) for i in also}) if also else reply

    def _topic_told(
        self, analysis: Analysis, whole: Analysis, text: str, language: str
    ) -> Candidate | None:
        """ "Qu'est-ce que les intervenants ont dit sur le rôle des parents ?": what was said
        on a topic, asked of nobody in particular, is the topic's entry when it scores about as
        well as the speaker's card and names that speaker itself."""
        best = analysis.best
        said = set(whole.terms)
        if (
            best is None
            or not self.pack.speaker(best.entry_id)
            or whole.named
            # "Which panelist stressed...?", "من أكدت ...؟" (who stressed) ask for the person;
            # "qu'est-ce que les intervenants ont dit" asks what they said.
            or "?who" in said
            or any(pair in _WHICH_PERSON for pair in pairwise(whole.terms))
            or fold(text).split()[:1] == ["من"]
            # "la thérapeute ... elle a dit quoi ?" describes one of them ("the speakers" all).
            or any(self._descriptions.tells_apart(t) for t in said & self._descriptions.kinds)
        ):
            return None
        return next(
            (
                c
                for c in analysis.candidates[1:3]
                if c.entry_id in self._topics
                and best.score - c.score <= TOPIC_MARGIN
                and best.entry_id in self._named_in(c.entry_id, language)
            ),
            None,
        )

    def _and_then_asked(self, reply: Reply, text: str, language: str) -> Reply:
        """ "ya vraiment eu un sommet à casa? c t quand": a question asked after the one
        checked is answered too, below the verdict."""
        sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
        if len(sentences) < 2 or reply.source is None:
            return reply
        last = sentences[-1]
        words = last.split()
        # "when was it?" asks, "was it free?" checks one more thing, which is left alone.
        asks = any(opens_question(words, i) for i in range(len(words)))
        if not asks or (_plainly_yes_no(last) and fold(words[0]) in lexicon.YES_NO):
            return reply
        found = self._analyse(last)
        if not self._answers(found) or found.best is None:
            return reply
        other = found.best.entry_id
        if (
            other == reply.source
            or other in self._smalltalk
            or other in self._named_in(reply.source, language)
        ):
            return reply
        return together(reply, {other: self.card(other, language)})

    def _what_they_said(self, analysis: Analysis) -> str | None:
        """ "9tlatni b dehk dik Doe mli hdrat 3la lwalidin 😂 chno galt?": one speaker named and
        asked what they said about something their card holds; the words around it that the
        pack does not know (a laugh, an idiom, a story) change nothing."""
        named = [s.id for s in self.pack.speakers if s.id in analysis.named]
        said = set(analysis.terms)
        if len(named) != 1 or not SPEECH & said or said & {UNSAID, "?howmuch"}:
            return None
        topic = [
            t
            for t in analysis.known
            if self.matcher.is_subject(t) and t not in self._name_terms[named[0]]
        ]
        # What they said about something their card holds: "about people who insult him in the
        # comments" is not in the card, however known "people" is.
        if not topic or self.matcher.covers(named[0], topic) < 1.0:
            return None
        return named[0]

    def _nearest(self, text: str, analysis: Analysis) -> Nearest | None:
        """The entry the nearest asked questions are filed under, unless the matcher already
        knows the message asks what the pack does not hold: what the article never says (an
        age, a price), how many of something, or something about a speaker it names other
        than what they said. A word or two ("summit", "hmm yes") are too few to tell whose
        question they are like."""
        if UNSAID in analysis.terms or len(text.split()) < NEAREST_WORDS:
            return None
        if "?howmuch" in analysis.terms:
            # "How many came?" is near "how many spoke?", and the article gives no number of
            # those who came: "how many" is answered by an entry asked that way, or not at all.
            return None
        if analysis.named and not SPEECH & set(analysis.terms):
            return None
        unknown = [
            word
            for word in normalise(text).split()
            if self.matcher.vocabulary.terms(word) and not self.matcher.knows(word)
        ]
        if any(word.isdigit() and len(word) == YEAR_DIGITS for word in unknown):
            # "Qui a gagné la CAN 2023 ?": a year the pack never gives is another event's,
            # however near the question's letters are to one about this one's date.
            return None
        return self._asked.nearest(text, unknown)

    def _tells_story(self, text: str, analysis: Analysis) -> bool:
        """Whether a message may wrap its question in a story: a long one, or a shorter one
        that opens with a greeting ("أهلا، أنا أستاذ فالإعدادي، واش كاين شي فيديو...")."""
        size = len(text.split())
        greeted = any(
            self.matcher.is_courtesy(t) and not t.startswith("@") for t in analysis.terms[:2]
        )
        return size >= LONG_MESSAGE or (greeted and size >= GREETED_STORY)

    def _analyse(self, text: str) -> Analysis:
        """A message's analysis: small talk only if that is all it is, a person first when
        it asks for one."""
        return self._descriptions.a_person(
            self._beyond_smalltalk(
                self.matcher.analyse(text, limit=CANDIDATES, min_coverage=MIN_COVERAGE)
            )
        )

    def _without_introduction(self, text: str, analysis: Analysis) -> tuple[str, Analysis]:
        """ "Salam, ana créateur de contenu, wach ghadi tkoun édition jaya ?" says who asks,
        not what about: the message is matched without it."""
        # Only words that would answer on their own mislead ("maman" is the parents' entry,
        # "صانع محتوى" the creator's); a story in words the pack hardly knows weighs little
        # against the question, and one that names a speaker is about them ("ana fan dyal
        # Doe").
        told = []
        for words in introductions(text):
            found = self.matcher.analyse(words, limit=1)
            if not found.named and _best_score(found) >= ANSWER_THRESHOLD:
                told.append(words)
        for words in told:
            text = text.replace(words, " ", 1)
        return (text, self._analyse(text)) if told else (text, analysis)

    def _asks_unsaid(self, text: str, speaker_id: str) -> bool:
        """Whether what the article never says is asked of someone, not told before asking
        about them: "Doe, il a combien de followers ?" asks it; "j'ai une page avec plein
        d'abonnés, c'est qui Doe ?" says who asks, then asks who Doe is."""
        words = text.split()
        index = self._named_at(words, speaker_id)
        return index is None or UNSAID in self._read(" ".join(words[index:]))

    def _named_at(self, words: list[str], speaker_id: str) -> int | None:
        """Where a message's words first name a speaker, if they do."""
        return next(
            (i for i, word in enumerate(words) if self._name_terms[speaker_id] & self._read(word)),
            None,
        )

    def _beyond_in_clause(self, text: str, speaker_id: str) -> bool:
        """Whether the clause that names someone, or what follows it, asks what the pack never
        says: "tired after work today, anyway who is Doe?" tells of the day before asking."""
        words = text.split()
        named = self._named_at(words, speaker_id) or 0
        # A clause ends at punctuation or an emoji, as in `_opens_clause`.
        start = max((i + 1 for i in range(named) if not words[i][-1].isalnum()), default=0)
        return not start or self.matcher.asks_beyond(self._analyse(" ".join(words[start:])))

    def _beyond_card(self, analysis: Analysis, entry_id: str | None) -> Analysis:
        """The analysis without the unknown words the entry's own card says: "was it about
        wellbeing in the digital age?" asks nothing beyond a card that says "digital age",
        though "age" alone is a word the pack indexes nowhere."""
        if entry_id is None:
            return analysis
        said = self._card_said(entry_id)
        return replace(analysis, unknown=tuple(t for t in analysis.unknown if t not in said))

    def _card_said(self, entry_id: str) -> frozenset[str]:
        """The terms an entry's card says, in every language."""
        said = self._card_terms.get(entry_id)
        if said is None:
            said = frozenset(
                t
                for language in LANGUAGES
                for t in self.matcher.vocabulary.terms(self.card(entry_id, language).answer)
            )
            self._card_terms[entry_id] = said
        return said

    def _read(self, text: str) -> set[str]:
        """The known terms a text stands for, as the matcher reads them."""
        read = self.matcher.vocabulary.terms(text)
        return {found[0].term for found in map(self.matcher.lookup, read) if found} | set(read)

    def _names_beyond(self, text: str, speaker_id: str) -> bool:
        """Whether a question about someone names, past its first word, something with a
        capital the pack never uses (an organisation, a place, a region), or qualifies what
        their card says with a word it never uses: "cairo university" is not their
        university, though "university" is a word of theirs."""
        capital = any(
            word[:1].isupper()
            and not self.matcher.knows(word)
            and not set(self.matcher.vocabulary.terms(word)) & self._name_terms[speaker_id]
            for word in re.findall(r"\w+", text)[1:]
        )
        said = text.split()
        terms = self.matcher.vocabulary.terms
        # "does Doe work for the ministry?": a kind of institution their card never names,
        # or a part of the world ("مسؤولة عن أوروبا؟"); "... for snapchat?", "khdama f سناب
        # شات": an employer the pack never names at all.
        elsewhere = any(
            fold(word.strip(PUNCTUATION)) in _INSTITUTIONS | _REGIONS
            and not self._read(word.strip(PUNCTUATION)) & self._card_said(speaker_id)
            for word in said
        ) or (
            "@job" in self._read(text)
            and any(
                fold(link) in lexicon.EMPLOYED_BY and self._unheard(employer, speaker_id)
                for link, employer in pairwise(said)
            )
        )
        return (
            capital
            or elsewhere
            or any(
                (
                    self._qualified(first, second, speaker_id)
                    or self._qualified(second, first, speaker_id)
                )
                # Not inside a set phrase the pack knows whole: "جامعة محمد السادس" is the card's
                # own, read as one concept with no word left over.
                and bool(set(terms(" ".join(said[i : i + 3]))) - set(terms(first)))
                for i, (first, second) in enumerate(pairwise(said))
                if first[-1].isalnum()
            )
        )

    def _unheard(self, word: str, speaker_id: str) -> bool:
        """Whether a word names something the pack never does: no word it knows, nor one of
        the speaker's name ("snapchat", "سناب")."""
        word = word.strip(PUNCTUATION)
        # A word that carries no meaning ("did", "about") reads as no term at all.
        read = set(self.matcher.vocabulary.terms(word))
        return (
            len(word) >= QUALIFIER_LETTERS
            and bool(read)
            and not self.matcher.knows(word)
            and not read & self._name_terms[speaker_id]
        )

    def _qualified(self, word: str, beside: str, speaker_id: str) -> bool:
        """Whether `beside`, a word the pack never uses, names which institution `word` is,
        when the speaker's card holds that word ("جامعة محمد", "cairo university")."""
        if fold(word.strip(PUNCTUATION)) not in _INSTITUTIONS:
            return False
        concepts = [t for t in self.matcher.vocabulary.terms(word) if t.startswith("@")]
        return (
            beside.strip(PUNCTUATION).isalpha()
            and self._unheard(beside, speaker_id)
            and bool(concepts)
            and self.matcher.covers(speaker_id, concepts) == 1.0
        )

    def _possessed(self, part: str) -> bool:
        """Whether a part's one subject is something of someone's: "her role", "son nom",
        "role dyalha" (Darija says whose after the thing)."""
        terms = self.matcher.vocabulary.terms
        asked = terms(part)
        subject = tuple(t for t in asked if self.matcher.is_subject(t))
        words = fold(part).split()
        # "... and who told of his own story?" asks who: a question of its own. What follows
        # "his" may be a phrase read as one word: "his main message".
        return (
            len(subject) == 1
            and "?who" not in asked
            and any(
                (
                    word in lexicon.POSSESSIVES
                    and terms(" ".join(words[i + 1 : i + 4]))[:1] == subject
                )
                or (i and word in lexicon.POSSESSIVES and terms(words[i - 1])[:1] == subject)
                for i, word in enumerate(words)
            )
        )

    def _referred(self, part: str, query: tuple[str, ...], whole: Analysis) -> tuple[str, ...]:
        """A part that asks about "this topic" asks about what the message named before it:
        "... la stigmatisation. chno tgal f sommet 3la had lmawdou3 ?", "هل تطرقت القمة إلى
        هذا الموضوع؟". "Les sujets abordés" asks for the topics themselves."""
        if "@topic" not in query or not lexicon.ONE_TOPIC & set(fold(part).split()):
            return query
        if any(t != "@topic" and self.matcher.is_subject(t) for t in query):
            return query
        named = [
            t
            for t in whole.known
            if t.startswith("@") and t not in query and self.matcher.is_subject(t)
        ]
        if not named:
            return query
        return (*(t for t in query if t != "@topic"), *named)

    def _beyond_smalltalk(self, analysis: Analysis) -> Analysis:
        """Small talk answers only messages that are small talk: "the men speakers, who were
        they?" shares "who" with "who are you?" but asks about speakers."""
        best = analysis.best
        if best is None or best.entry_id not in self._smalltalk:
            return analysis
        # Most of it is enough: "au revoir et bonne continuation" is still a goodbye.
        subject = known_subject(self.matcher, analysis)
        held = sum(1 for t in subject if self.matcher.covers(best.entry_id, [t]))
        if not subject or held * 2 > len(subject):
            return analysis
        rest = tuple(c for c in analysis.candidates if c.entry_id not in self._smalltalk)
        return replace(analysis, candidates=rest)

    def _only_polite(self, text: str, analysis: Analysis) -> str | None:
        """The small talk a short message is, when all it says that the pack knows is a
        greeting or thanks, around words it does not know: "safi merci", "عمل رائع، شكراً",
        "merci mon fils que dieu te garde". A question mark asks something else."""
        known = analysis.known
        if (
            not known
            or not _short_and_plain(text, analysis)
            or "?" in text
            or "؟" in text
            or not all(self.matcher.is_courtesy(t) for t in known)
        ):
            return None
        best = self.matcher.analyse_terms(known, limit=1).best
        return best.entry_id if best and best.entry_id in self._smalltalk else None

    def _loses_name(self, whole: Analysis, part: Analysis) -> bool:
        """A part that drops the person the whole message names and answers about them: "Jane
        Doa, elle a dit quoi à l'événement ?" is about Doe, not the event in general. A part
        with no subject of its own ("what did she say at the summit?") only ever refers back
        to them."""
        best, found = whole.best, part.best
        if best is None or found is None or best.entry_id not in whole.named or part.named:
            return False
        if not set(known_subject(self.matcher, part)) - _FORMS:
            return True
        if (
            found.entry_id != best.entry_id
            and self.pack.speaker(found.entry_id)
            and "?who" not in part.terms
        ):
            # "chkoun Doe? chno kheddama?": she is Doe, not whoever else's job fits the words;
            # only "who..." asks for someone else.
            return True
        return found.score - best.score < NAMED_PART_MARGIN

    def _only_kinds(self, terms: tuple[str, ...]) -> bool:
        """Whether a part names kinds of people and asks nothing: "mostly doctors"."""
        known = [t for t in terms if t.startswith(("@", "?", "#"))]
        return bool(known) and all(t in self._descriptions.kinds for t in known)

    def _asked_of_other(self, text: str, part: str) -> bool:
        """ "Salon du livre de Tanger c'est quand ?": "when", asked in the clause that names
        something the pack never mentions, asks when that was, not the event."""
        clause = re.split(r"[^\w\s']", text[: text.rfind(part)])[-1]
        said = self.matcher.vocabulary.terms(clause)
        return (
            not _opens_clause(text, part)
            and not first_person(clause)
            and any(not t.startswith(("@", "?", "#")) and not self.matcher.lookup(t) for t in said)
        )

    def _loses_subject(self, text: str, whole: Analysis, part: Analysis) -> bool:
        """A part with no subject of its own in a long message that has one: "... une
        doctora de l'UM6P était au sommet, c'est qui et elle a dit quoi ?" asks about her,
        not who spoke at all."""
        # Only a concept counts as the message's subject ("UM6P", "doctor"), not a word
        # some phrasing happens to use ("parce").
        # "When", "where" and "the first" ask about the event itself; "who" and "what" need a
        # subject.
        ordinals = self.matcher.vocabulary.ordinals
        return (
            len(text.split()) >= SUBJECT_MESSAGE
            and not known_subject(self.matcher, part)
            and not any(t in ("?when", "?where") or t in ordinals for t in part.terms)
            and any(t.startswith("@") for t in known_subject(self.matcher, whole))
        )

    def _not_said(
        self, entry_id: str, language: str, score: float, lead: str | None = None
    ) -> Reply:
        name = self.label(entry_id, language)
        # The name under "here is what it does say", as the fallback lists its topics: the
        # terminal shows no buttons.
        lines = [
            lead or message("not_said_about", language, name=name),
            f"• {name}",
            message("fallback_help", language),
        ]
        return Reply(
            "fallback",
            language,
            "\n".join(lines),
            score=score,
            suggestions=(self._suggestion(entry_id, language),),
        )

    def _answers(self, analysis: Analysis, *, part: bool = False) -> bool:
        best = analysis.best
        return (
            best is not None
            and best.score >= ANSWER_THRESHOLD
            and self._meaningful(analysis, part=part)
            and holds_question(self.matcher, analysis)
        )

    def _answers_part(self, found: Analysis) -> bool:
        """Whether a part of a message answers it: small talk never does, as a part."""
        best = found.best
        return (
            self._answers(found, part=True)
            and best is not None
            and best.entry_id not in self._smalltalk
        )

    def _told_whole(
        self,
        whole: Analysis,
        parts: list[str],
        asking: set[str],
        read: dict[str, tuple[str, ...]],
    ) -> bool:
        """Whether the whole message answers only by the words of the story it tells: "I
        make cooking videos ... where was it held?" asks where, though "videos" would
        pick the replay. So it is, when a part that asks answers, if the whole without the
        words only the writer's own clauses use reads otherwise."""
        story = [p for p in parts if p not in asking and first_person(p)]
        if not story or whole.best is None:
            return False
        said = {t for p in story for t in read.get(p, ())}
        said -= {t for p in asking for t in read.get(p, ())}
        rest = tuple(t for t in whole.terms if t not in said)
        if len(rest) == len(whole.terms):
            return False
        other = self.matcher.analyse_terms(rest, limit=1, min_coverage=MIN_COVERAGE).best
        return other is None or other.entry_id != whole.best.entry_id

    def _with_titles(self, text: str, analysis: Analysis) -> list[str]:
        """The speakers whose titles a message names side by side, when it names two or more
        and nobody: "les docteurs (Dr et Pr)", "which ones had a Dr or Prof title?". One title
        alone, or two far apart, says nothing of its own ("pr" is also SMS French for "pour")."""
        said = set(analysis.terms) | {_bare(w) for w in text.split() if _ARABIC(w)}
        # A title alone names no one here, though a pack with one professor reads it as them.
        named = any(said & (self._name_terms[i] - self._title_terms[i]) for i in analysis.named)
        if named or sum(1 for t in self._title_terms.values() if t & said) < 2:
            return []
        words = [
            {*self.matcher.vocabulary.terms(w), *([_bare(w)] if _ARABIC(w) else [])}
            for w in text.split()
        ]
        at = {
            s.id: [i for i, read in enumerate(words) if read & self._title_terms[s.id]]
            for s in self.pack.speakers
        }
        found = [i for i, places in at.items() if places]
        near = any(
            abs(a - b) <= TITLES_APART
            for one, other in combinations(found, 2)
            for a in at[one]
            for b in at[other]
        )
        return [s.id for s in self.pack.speakers if s.id in found] if near else []

    def _small_talk_only(self, text: str, analysis: Analysis) -> str | None:
        """The small talk of the last word, when each word of a short message the pack knows
        is small talk of its own: "هلا والله، شلونك؟" greets, then asks how the bot is."""
        if len(analysis.known) < 2 or not _short_and_plain(text, analysis):
            return None
        found = []
        for term in analysis.known:
            best = self.matcher.analyse_terms((term,), limit=1).best
            # A question word asks something of its own ("kifach ndir l7rira?").
            if (
                term.startswith("?")
                or best is None
                or best.entry_id not in self._smalltalk
                or best.score < ANSWER_THRESHOLD
            ):
                return None
            found.append(best.entry_id)
        return found[-1]

    def _decide(self, analysis: Analysis, language: str, whole: Analysis, text: str) -> Reply:
        """Answer, or ask which, from an analysis that answers (the whole message's, or a
        part's when `whole` is the message's, whose `text` it is)."""
        best = analysis.best
        assert best is not None
        if MEANING in analysis.terms and self.pack.speaker(best.entry_id):
            # "What does SAC mean, next to Doe's name?" asks what a word means, not who Doe
            # is: an entry that tells what it means answers.
            told = next(
                (
                    c
                    for c in analysis.candidates[1:]
                    if c.score >= ANSWER_THRESHOLD
                    and not self.pack.speaker(c.entry_id)
                    and self.matcher.covers(c.entry_id, [MEANING]) == 1.0
                ),
                None,
            )
            if told is not None:
                return self.card(told.entry_id, language, score=told.score)
        if (
            not analysis.named
            and "?who" not in whole.terms
            and self.pack.speaker(best.entry_id)
            and any(t not in self._event_terms for t in analysis.terms)
            and _asks_whether_any(text)
        ):
            # "Were there content creators?" asks whether that kind of people came, which
            # the fact that names who came answers, not the card of the one who fits.
            came = next(
                (
                    c
                    for c in analysis.candidates[1:]
                    if c.entry_id in self._facts
                    and not self.pack.panel(c.entry_id)
                    and c.score >= ANSWER_THRESHOLD
                    and self.matcher.covers(c.entry_id, analysis.terms) == 1.0
                ),
                None,
            )
            if came is not None:
                return self.card(came.entry_id, language, score=came.score)
        topic = self._topic_told(analysis, whole, text, language)
        if topic is not None:
            return self.card(topic.entry_id, language, score=topic.score)
        one = self._descriptions.the_one_named(analysis, language)
        if one is not None:
            return self.card(one, language, score=best.score)
        if analysis is not whole and len(whole.named) == 1 and self.pack.speaker(best.entry_id):
            # "what did Doe say? bghit la citation ديالها": the quote the part asks for is
            # that of the one the message named, not any speaker's quote.
            (named,) = whole.named
            if named in {c.entry_id for c in analysis.candidates[:3]}:
                return self.card(named, language, score=best.score)
        every = self._speakers_list
        if every is not None and self._descriptions.everyone(text, analysis):
            return self.card(every, language, score=best.score)
        # "or", and a list of kinds ("psychiatrists, psychologists, therapists"), ask for
        # everyone who is any of them.
        listed = self._descriptions.lists_kinds(text)
        either = bool(lexicon.ALTERNATIVES & set(fold(text).split())) or listed
        several = self._descriptions.told_apart(
            self._descriptions.several(analysis, either), analysis, whole, either
        )
        if analysis is not whole and whole.best and (len(several) < 2 or listed):
            # A part may hold one of the descriptions the message joins: "psychologues ou
            # thérapeutes" asks for both, though "thérapeutes" alone is one; "(psychiatrists,
            # psychologists, therapists)" asks for more than the psychiatrists.
            of_whole = self._descriptions.several(whole, either)
            if (len(several) < 2 and best.entry_id in of_whole) or (
                listed and set(several) < set(of_whole)
            ):
                several = of_whole
        if several:
            return self._one_or_which(several, language, best.score, card_score=best.score)
        close = [
            c
            for c in analysis.candidates[1:3]
            if c.score >= ANSWER_THRESHOLD and best.score - c.score < CLARIFY_MARGIN
        ]
        if close and {best.entry_id, *(c.entry_id for c in close)} <= self._smalltalk:
            # "salam labas? nta bot wla bnadem?": no choice to offer between small talk.
            return self.card(best.entry_id, language, score=best.score)
        if close:
            choices = [best, *close]
            summary = self._descriptions.naming_all(
                analysis, [c.entry_id for c in choices], language
            )
            if summary is not None:
                return self.card(summary, language, score=best.score)
            if best.entry_id in self._lists or all(
                self._descriptions.related(best.entry_id, c.entry_id, language) for c in close
            ):
                # A speaker or their round table, the parents' question or the one who spoke
                # of it: the best one answers, and the other is a button away.
                reply = self.card(best.entry_id, language, score=best.score)
                links = [self._link(c.entry_id, language) for c in close]
                known = {(link.to, link.target) for link in reply.navigation}
                fresh = tuple(link for link in links if (link.to, link.target) not in known)
                return replace(reply, navigation=fresh + reply.navigation)
            return Reply(
                "clarify",
                language,
                message("clarify", language),
                score=best.score,
                suggestions=tuple(self._suggestion(c.entry_id, language) for c in choices),
            )
        return self.card(best.entry_id, language, score=best.score)

    def _link(self, source: str, language: str) -> Link:
        """A button to an entry's answer: a speaker's card, a round table's, or an entry's."""
        if self.pack.speaker(source):
            return Link("speaker", source, self.label(source, language))
        if panel := self.pack.panel(source):
            return Link("panel", str(panel.number), self.label(source, language))
        return Link("card", source, self.label(source, language))

    def _named_in(self, source: str, language: str) -> frozenset[str]:
        """The speakers an entry's answer names; folding a whole card costs more than matching
        a message, so each is read once."""
        key = (source, language)
        if key not in self._names_in_card:
            text = fold(self.card(source, language).answer)
            self._names_in_card[key] = frozenset(
                s.id
                for s in self.pack.speakers
                if any(fold(n) in text for n in (s.name, *s.names_ar))
            )
        return self._names_in_card[key]

    def _one_or_which(
        self, ids: list[str], language: str, score: float, card_score: float = 100.0
    ) -> Reply:
        """The card of the one entry a description fits, or which of them, listing all."""
        if len(ids) == 1:
            return self.card(ids[0], language, score=card_score)
        return self._several_reply(ids, language, score)

    def _several_reply(self, ids: list[str], language: str, score: float) -> Reply:
        lines = [message("several", language)]
        for entry_id in ids:
            speaker = self.pack.speaker(entry_id)
            detail = f": {speaker.role[language]}" if speaker else ""
            lines.append(f"• {self.label(entry_id, language)}{detail}")
        lines.append(message("several_which", language))
        return Reply(
            "clarify",
            language,
            "\n".join(lines),
            score=score,
            suggestions=tuple(self._suggestion(i, language) for i in ids),
        )

    def _yes_no(self, analysis: Analysis, text: str, language: str) -> Reply | None:
        """ "Did Doe talk about parents?": a yes when what the pack says of them holds the
        topic, else a no (the article does not say so) naming who did; then their card."""
        speakers = [i for i in analysis.named if self.pack.speaker(i)]
        if (
            len(speakers) != 1
            or UNSAID in analysis.terms
            # "que veut dire SAC à côté du nom de Doe ?" asks what a word means.
            or MEANING in analysis.terms
            or not self._is_yes_no(text, analysis)
        ):
            # What the article never says of anyone ("quel âge a Doe ?") is not said of them.
            return None
        speaker = self.pack.speaker(speakers[0])
        assert speaker is not None
        # Their name and title ("Dr", "Pr") are who is asked about, not what; nor is "chez"
        # ("travaille chez Globex ?" asks where, as "work at" does).
        topic = [
            t
            for t in analysis.terms
            if self.matcher.is_subject(t) and t not in self._name_terms[speaker.id] and t != "chez"
        ]
        if not topic and SPEECH & set(analysis.terms):
            # "Did Doe talk about <the event's country>?": a word of the event's own name is
            # what they are asked to have talked about.
            topic = [t for t in analysis.terms if t in self._event_terms and t[0] not in "@#"]
        ordinals = [t for t in analysis.terms if t in self.matcher.vocabulary.ordinals]
        panel = self.pack.panel(speaker.panel)
        # "Doe est salariée de Globex ?" asks who they are, not what they spoke about.
        about_them = not SPEECH & set(analysis.terms)
        if len(set(ordinals)) > 1:
            return None  # "on the first or the second?" asks which: their round table's card
        # A name the pack never uses ("... with Globex?", "... from UNICEF?").
        beyond = self._names_beyond(text, speaker.id)
        # "Was Doe on the first round table?", "... on the digital age panel?" is answered by
        # the programme itself.
        on = self._descriptions.panel_meant(analysis)
        if on is None and ordinals and "@panel" in analysis.terms:
            # "Was the psychologist Doe on the first panel?": the description is of Doe, so
            # the number alone says which round table.
            on = next((p.id for p in self.pack.panels if f"#{p.number}" in ordinals), None)
        if on and panel:
            holds = on == panel.id
            others = [s for s in self.pack.speakers if s.panel != panel.id]
        elif topic:
            holds = self.matcher.covers(speaker.id, topic) >= VERDICT_COVERAGE
            others = [
                s
                for s in self.pack.speakers
                if s.id != speaker.id and self.matcher.covers(s.id, topic) >= VERDICT_COVERAGE
            ]
        elif about_them and beyond:
            # "Is Doe with Globex?": a name the pack never uses is all it asks about them.
            holds, others = False, []
        else:
            return None
        reply = self.card(speaker.id, language)
        if about_them and self._another_kind(speaker.id, topic):
            # "Is Doe a psychologist?" of a psychiatrist: no, and the card says what they are.
            # "Psychologist or psychiatrist?" asks which: the card alone says.
            if offers_choice(text):
                return reply
            return _led(reply, message("verdict_fact_no", language), "no")
        if holds and beyond:
            # "wach Doe khdama m3a Globex?": a name the article never uses is a claim it
            # cannot back, whatever else the question shares with Doe's card.
            name = self.label(speaker.id, language)
            return _led(reply, message("not_said_about", language, name=name), "no")
        if holds:
            return _led(reply, message("verdict_yes", language), "yes")
        name = self.label(speaker.id, language)
        lead = (
            message("verdict_panel", language, name=name, number=panel.number)
            if on and panel
            else message("not_said_about" if about_them else "verdict_no", language, name=name)
        )
        if about_them and not on and beyond:
            # "Is Doe from UNICEF?": no such word in the article, and their card says where
            # they are from.
            return _led(reply, lead, "no")
        if (
            not on
            and not others
            and not ordinals
            and "@panel" not in analysis.terms
            and len(text.split()) <= AFFIRMED_WORDS
            and not any(self.matcher.covers(i, topic) >= VERDICT_COVERAGE for i in self._ids)
        ):
            # The article says nothing of it ("did Doe talk about sleep?"): not said, the
            # question the review lists as unanswered, with their card one tap away.
            return replace(
                self._not_said(speaker.id, language, _best_score(analysis), lead=lead),
                verdict="no",
            )
        if others and not on and not about_them:
            names = ("، " if language == "ar" else ", ").join(
                self.label(s.id, language) for s in others
            )
            lead += " " + message("verdict_others", language, names=names)
        return _led(reply, lead, "no")

    def _another_kind(self, speaker_id: str, topic: list[str]) -> bool:
        """Whether a kind of person asked of someone is one the article gives only to others,
        none of whom is any kind it gives them: "is the psychiatrist a psychologist?" is no,
        where "is the psychiatrist a doctor?" is not, since the other doctor is one too."""
        kinds = self._descriptions.kinds
        theirs = self._card_said(speaker_id) & kinds
        for kind in (set(topic) & kinds) - theirs:
            holders = [
                s.id
                for s in self.pack.speakers
                if s.id != speaker_id and kind in self._card_said(s.id)
            ]
            if holders and not any(self._card_said(h) & theirs for h in holders):
                return True
        return False

    def _checked(self, analysis: Analysis, text: str, language: str) -> Reply | None:
        """ "Was it in Agadir?", "c'était en décembre ?": yes or no from the event's own
        fields, then the card that tells the fact."""
        if (
            analysis.named
            or "@can" in analysis.terms  # "tu peux me rappeler les deux ?" asks for them
            or not self._is_yes_no(text, analysis)
            or offers_choice(text)
        ):
            return None
        # An entry that would not answer the message does not tell what it asks about.
        best = _best_score(analysis) >= ANSWER_THRESHOLD and analysis.best
        found = self._checker.check(text, analysis.terms, best.entry_id if best else None)
        if found is None or (found.entry in self._lists and not _plainly_yes_no(text)):
            return None  # "2 tables rondes titres ?" asks for the titles, not whether two
        # Nothing else may be asked: "best cafés in <city>?", "la météo là-bas demain ?" name a
        # place and ask about something the event is not.
        named = {t for w in found.words for t in self.matcher.vocabulary.terms(w)}
        words = fold(text).split()
        if tagged(words):
            # "..., non ?", "..., right?": the tag asks nothing of its own...
            named.update(t for w in words[-2:] for t in self.matcher.vocabulary.terms(w))
        # ... nor "kano" (there were) in "wach kano 6 dyal intervenants?".
        named.update(
            t
            for w in words[:2]
            if w in lexicon.THERE_WERE
            for t in self.matcher.vocabulary.terms(w)
        )
        asked = [
            t
            for t in analysis.terms
            if t not in named and t not in self._event_terms and self.matcher.is_subject(t)
        ]
        if asked:
            return None
        # "Was this the first summit of its kind organised by Acme?" asks whether it was the
        # first: what the checked fact's own entry does not hold, another answers in full
        # (even words of the event's name: "first" may be one).
        rest = [
            t
            for t in analysis.terms
            if t not in named
            and t not in _ABOUT_FACTS
            and self.matcher.covers(found.entry, [t]) < 1.0
        ]
        if (
            best
            and best.entry_id != found.entry
            and rest
            and self.matcher.covers(best.entry_id, rest) == 1.0
        ):
            return None
        lead = message("verdict_yes" if found.holds else "verdict_fact_no", language)
        return _led(self.card(found.entry, language), lead, "yes" if found.holds else "no")

    def _checked_within(self, text: str, language: str) -> Reply | None:
        """ "Mon rédacteur me demande de vérifier : c'était bien le 12 décembre ?": a fact to
        check, asked in a sentence of a longer message."""
        if len(text.split()) < SUBJECT_MESSAGE:
            return None
        # The last that checks a fact: "C'était à Marrakech je crois ? Vous confirmez ?", "hey,
        # students keep talking about it, was it in Agadir or somewhere else?"
        if asks_ahead(text):
            # A clause read alone loses the tense the message set: "il y aura une suite ?
            # genre une 2e édition ?" asks about one to come.
            return None
        for sentence in reversed(_ASKED.findall(text)):
            last = _CLAUSE_START.split(sentence)[-1]
            if last.strip() == text.strip() or not self._may_check(last):
                continue
            if sentence.strip() == text.strip() and not _plainly_yes_no(last):
                # One sentence: its last clause checks a fact only if it asks yes or no
                # itself, not "..., au-delà du Maroc ?".
                continue
            checked = self._checked(self._analyse(last), last, language)
            if checked is not None:
                return checked
        return None

    def _affirmed_within(self, reply: Reply, text: str) -> Reply:
        """ "Bonsoir ! je prépare un exposé, c'était le premier sommet de ce genre au Maroc
        ?": a message too long to be one yes/no question may end with one, in its last clause,
        that the same entry answers."""
        if reply.verdict is not None or len(text.split()) <= AFFIRMED_WORDS:
            return reply
        asked = _ASKED.findall(text)
        if not asked:
            return reply
        last = _CLAUSE_START.split(asked[-1])[-1]
        part = self._analyse(last)
        if part.best is None or part.best.entry_id != reply.source:
            return reply
        return self._affirmed(reply, part, last)

    def _may_check(self, text: str) -> bool:
        """What `_checked` needs of a text that its words alone can tell, before the text is
        matched: no request ("tu peux..."), no choice offered, and no question word unless
        "who" is there (a cleft, "c'est Doe qui...")."""
        said = set(self.matcher.vocabulary.terms(text))
        asking = any(t in lexicon.INTERROGATIVES or t == "?what" for t in said)
        return "@can" not in said and not offers_choice(text) and ("?who" in said or not asking)

    def _affirmed(self, reply: Reply, analysis: Analysis, text: str) -> Reply:
        """ "Y avait-il des créateurs parmi les participants ?", "did they mention screen-time
        limits?": a short yes/no question all of whose subject a fact or a round table holds
        gets "yes" before it. A request ("can you tell me...") is no yes/no question."""
        if (
            reply.source not in self._facts
            or (len(text.split()) > AFFIRMED_WORDS and not _one_yes_no(text))
            or analysis.named
            or "@can" in analysis.terms
            or self.matcher.asks_beyond(self._beyond_card(analysis, reply.source))
            or not (_plainly_yes_no(text) or len(text.split()) >= STATED_WORDS)
            or offers_choice(text)
            or not self._is_yes_no(text, analysis)
            # "Was there one before?" asks the other way round from a card that says "Yes,
            # the first".
            or "@before" in analysis.terms
        ):
            return reply
        topic = [t for t in analysis.terms if self.matcher.is_subject(t)]
        # What the card itself says holds as well as what its phrasings ask: "does MENAT mean
        # Middle East, North Africa and Turkey?" names the card's words.
        said = self._card_said(reply.source)
        # A word read exactly, or with "and" written onto it: "america" is no "africa". A
        # word the pack never uses says nothing either way ("..., non ?").
        unheld = [
            t
            for t in topic
            if (found := self.matcher.lookup(t))
            and not {t, *(o.term for o in found if o.similarity == 1.0)} & said
        ]
        if unheld and self.matcher.covers(reply.source, unheld) < 1.0:
            return reply
        if _only(text):
            # "Was it only doctors?": no, when the card names other kinds of people too.
            others = (self._card_said(reply.source) & self._descriptions.kinds) - set(topic)
            if not topic or not others:
                return reply
            return _led(reply, message("verdict_fact_no", reply.language), "no")
        lead = message("verdict_yes", reply.language)
        if reply.answer.startswith(lead.split()[0].rstrip(",:")):
            # The card itself opens with "Yes:", to a question asked its own way ("c'était une
            # première au Maroc ?" names nothing beyond the event).
            return replace(reply, verdict="yes")
        if not topic:
            return reply
        return _led(reply, lead, "yes")

    @staticmethod
    def _is_yes_no(text: str, analysis: Analysis) -> bool:
        """A question answered by yes or no: "did...", "est-ce que...", "wach...", "هل...", or
        a statement with a question mark and no question word ("Doe a parlé des parents ?")."""
        folded = fold(text).split()
        # "C'est Doe qui a parlé des parents ?", "was it Doe who...": who is asked of them
        # ("c'est qui Doe ?" is not).
        for cleft in lexicon.CLEFTS:
            opener = cleft.split()
            if folded[: len(opener)] == opener and folded[len(opener) : len(opener) + 1]:
                after = terms(folded[len(opener)])
                if "?who" in analysis.terms and not (after and after[0][0] == "?"):
                    return True
        # "What was Doe wearing?", "comment suivre leur page ?" open with a question word: not a
        # yes/no question. So does MSA "ما" before a pronoun or a noun ("ما هي
        # الاقتراحات..."), where Darija "ما" before a verb denies.
        asked = {
            t for t in analysis.terms if t in lexicon.INTERROGATIVES or t in ("?what", "?how")
        }
        if asked == {"?howmuch"} and _opens_yes_no(folded) and _NUMBER_NOUNS & set(folded):
            # "هل كان عدد المتحدثين ستة؟", "was the number of speakers six?": the number is
            # what is checked, not asked.
            asked = set()
        if asked:
            return False
        if folded[:1] in (["que"], ["qu"]):
            # French "que" opening a question asks what: "que veut dire MENAT ?", "que
            # signifie SAC ?", "qu'a dit Doe ?".
            return False
        if folded[:1] == ["من"]:
            # MSA "من" opening a question asks who ("من نظم هذه القمة؟"), though elsewhere
            # it is mostly "from" and so no question word of its own.
            return False
        if (
            folded[:1] == ["ما"]
            and len(folded) > 1
            and (
                folded[1] in ("هو", "هي", "هم", "هن")
                or folded[1].startswith("ال")
                # Darija's "ما" denies with a "ش" on the verb ("ما كانش"): without one it
                # asks what ("ما رؤية...", "ما تخصص...").
                or not any(w.endswith("ش") for w in folded[1:])
            )
        ):
            return False
        if _names_a_thing(text):
            return False
        if _opens_yes_no(folded) or tagged(folded):
            return True
        return text.rstrip().endswith(("?", "؟"))

    def _meaningful(self, analysis: Analysis, *, part: bool = False) -> bool:
        """A message of one common word ("event", the event's name) or noise picks no entry..."""
        if not analysis.known:
            return False
        if len(analysis.terms) > 1 or analysis.known[0] not in self.matcher.common_terms:
            return True
        # ... except the list it names: "titles of the round tables?" asks for the programme,
        # and a question word alone asks about the event: "where was it?". Not so a part:
        # what the rest of the message said may be what it asks about.
        best = analysis.best
        if part:
            return False
        if analysis.known[0] in lexicon.INTERROGATIVES:
            return True
        return best is not None and best.entry_id in self._lists

    def _fallback(self, language: str, analysis: Analysis) -> Reply:
        suggestions = tuple(
            self._suggestion(c.entry_id, language)
            for c in analysis.candidates[:3]
            if c.score >= SUGGEST_THRESHOLD and c.entry_id not in self._smalltalk
        )
        # A question plainly about the event that the bot cannot place is not "off topic".
        # So is one about what the article never says (what the speakers wore).
        about_event = analysis.about_event or UNSAID in analysis.terms
        key = "fallback_event" if about_event or suggestions else "fallback"
        lines = [message(key, language, event=self.pack.event.short_name[language])]
        if suggestions:
            lines += [
                message("fallback_suggest", language),
                *(f"• {s.label}" for s in suggestions),
            ]
        lines.append(message("fallback_help", language))
        best = analysis.best
        return Reply(
            "fallback",
            language,
            "\n".join(lines),
            score=best.score if best else 0.0,
            suggestions=suggestions,
        )

    def card(self, source: str, language: str, score: float = 100.0) -> Reply:
        """The answer for an entry id, with its label and the links under it (used by buttons
        and deep links too); KeyError for an id the pack does not have."""
        page = self._page(source, language)
        if page is None:
            raise KeyError(source)
        return page if score == page.score else replace(page, score=score)

    def label(self, source: str, language: str) -> str:
        """A short name for an entry, for buttons and suggestions (the id itself if unknown)."""
        page = self._page(source, language)
        return page.label if page else source

    def _page(self, source: str, language: str) -> Reply | None:
        """What an id shows: its card, label and navigation; None for an unknown id.

        The one place that tells speakers, round tables and entries apart by id.
        """
        key = (source, language)
        if key not in self._pages:
            self._pages[key] = self._build_page(source, language)
        return self._pages[key]

    def _build_page(self, source: str, language: str) -> Reply | None:
        pack = self.pack
        if speaker := pack.speaker(source):
            card, label = speaker_card(pack, speaker, language), speaker_name(speaker, language)
            links = navigation.speaker_links(pack, speaker, language)
        elif panel := pack.panel(source):
            card, label = panel_card(pack, panel, language), panel.title[language]
            links = navigation.panel_links(pack, panel, language)
        elif (entry := pack.entry(source)) is None:
            return None
        elif entry.list == "programme":
            card, label = programme_card(pack, language), _entry_label(entry, language)
            links = navigation.every_panel(pack, language)
        elif entry.list == "speakers":
            card, label = speakers_card(pack, language), _entry_label(entry, language)
            links = navigation.every_speaker(pack, language)
        else:
            kind = "smalltalk" if entry.kind == "smalltalk" else "answer"
            answer = entry.answer[language] if entry.answer else ""
            return Reply(
                kind, language, answer, source, 100.0, label=_entry_label(entry, language)
            )
        return self._from_card("answer", language, card, source, label=label, links=links)

    def _theme(self, language: str) -> Reply:
        """ "Did the summit talk about suicide prevention?": what the article reports of the
        programme, under the honest "it does not say", and where help is."""
        programme = self.programme(language)
        answer = "\n\n".join(
            [
                message("theme_not_named", language),
                programme.answer,
                help_lines(self.pack, language),
            ]
        )
        return replace(programme, answer=answer)

    def programme(self, language: str) -> Reply:
        """The programme, with a link to each round table."""
        card = programme_card(self.pack, language)
        links = navigation.every_panel(self.pack, language)
        return self._from_card("answer", language, card, "programme", links=links)

    def speakers(self, language: str) -> Reply:
        """Every speaker by round table, with a link to each."""
        card = speakers_card(self.pack, language)
        links = navigation.every_speaker(self.pack, language)
        return self._from_card("answer", language, card, "speakers", links=links)

    def menu(self, name: str, language: str) -> Reply:
        """A menu: the programme, or every speaker, round table or frequent question to pick
        from; KeyError for a name that is not one of these."""
        if name == "programme":
            return self.programme(language)
        if name == "speakers":
            prompt, links = "pick_speaker", navigation.every_speaker(self.pack, language)
        elif name == "panels":
            prompt, links = "pick_panel", navigation.every_panel(self.pack, language)
        elif name == "faq":
            sources = navigation.faq_sources(self.pack)
            prompt = "pick_faq"
            links = tuple(Link("card", s, self.label(s, language)) for s in sources)
        else:
            raise KeyError(name)
        return Reply("answer", language, message(prompt, language), navigation=links)

    def speaker_cards(self, language: str) -> list[Reply]:
        """Each speaker's card, in pack order (an empty inline query lists them)."""
        return [self.card(s.id, language) for s in self.pack.speakers]

    def suggested_cards(self, reply: Reply) -> list[Reply]:
        """The card of each entry a reply suggests (inline mode lists them after it)."""
        return [self.card(s.id, reply.language) for s in reply.suggestions]

    def closest(self, question: str) -> tuple[str | None, float]:
        """The best entry for a question and its score, whatever the thresholds say."""
        best = self.matcher.analyse(question).best
        return (best.entry_id, best.score) if best else (None, 0.0)

    def _suggestion(self, source: str, language: str) -> Suggestion:
        return Suggestion(source, self.label(source, language))

    @staticmethod
    def _from_card(
        kind: str,
        language: str,
        card: Card,
        source: str | None = None,
        score: float = 100.0,
        *,
        label: str = "",
        links: tuple[Link, ...] = (),
    ) -> Reply:
        return Reply(
            kind,
            language,
            card.text,
            source,
            score,
            heading=card.heading,
            label=label,
            navigation=links,
        )


def _entry_label(entry: Entry, language: str) -> str:
    """The entry's label in that language, else its first phrasing written as a question."""
    if entry.label:
        return entry.label[language]
    phrasings = entry.questions.get(language) or next(iter(entry.questions.values()))
    text = phrasings[0]
    if text[-1] not in "?؟!.":
        text += {"ar": "؟", "fr": " ?"}.get(language, "?")
    return text[0].upper() + text[1:]
