"""Questions in two parts: the other entries a message asks for besides its answer ("when and
where was it?", "NGO ? et SAC ?"), and one reply that answers them all."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import replace

from bot.asking import ASKING, holds_question, known_subject, opens_question
from bot.matcher import Analysis, Matcher
from bot.reply import Reply
from bot.segments import alternative, pieces
from bot.thresholds import CANDIDATES, PART_COVERAGE, SCORE_STEP

# A second question in a message is answered too when it scores this much on its own, or
# this much when it stands apart in a short message ("..., et faudra-t-il payer l'entrée ?")
# with a subject of its own; a long message tells a story in pieces that ask nothing...
ALSO_THRESHOLD = 80.0
APART_THRESHOLD = 65.0
APART_WORDS = 16
# ... unless the first answer scores within this of it there: it already tells that.
TOLD_MARGIN = 10.0
# A query this short asks each of its question words of the same thing ("when and where was
# it?"); a longer one tells a story around them, and its pieces are asked instead.
SHORT_QUERY = 6
# ... up to this many besides the first.
MAX_ALSO = 2
# Arabic "about", "on", "in": "ماذا قيل عن الآباء وعن الوصمة؟" asks about both; "and who":
# "ما تاريخ القمة ومن نظمها؟" asks two things ("من" alone is more often "from").
_ABOUT = frozenset({"عن", "على", "حول", "في", "من"})


def also_asked(
    matcher: Matcher,
    smalltalk: Collection[str],
    text: str,
    whole: Analysis,
    parts: list[str],
    answered: str,
    scored: Mapping[tuple[str, ...], tuple[float, Analysis]] = {},
    possessed: Callable[[str], bool] | None = None,
) -> list[str]:
    """The other entries a message asks for besides `answered`: "when and where was it?",
    "who organised it and what was the goal?", "horaires et lieu ?", "NGO ? et SAC ?".
    Each question word of the message is asked on its own, with the rest of the message,
    and so is each piece of it ("and" cuts too); an entry answers a piece when it is
    asked that way itself (the date is asked "when") and tells what `answered` does not.
    `whole` is the message's analysis, `parts` its segments, and no `smalltalk` entry is
    ever a second answer; `scored` holds the parts' analyses already made, each with the score
    it had to beat. A piece `possessed` says is something of someone's ("and what her role
    was") asks more about whom the message asks about, not a second question."""
    terms = matcher.vocabulary.terms
    # "and" written onto a question word, a word the pack knows or "about" ("وعن").
    asked = pieces(
        text,
        opens_question,
        lambda word: opens_question([word], 0) or matcher.knows(word) or word in _ABOUT,
    )
    if possessed is not None:
        asked = [p for p in asked if not possessed(p)]
        parts = [p for p in parts if not possessed(p)]
    if len(asked) < 2 and len({t for t in whole.terms if t in ASKING} - {"?what"}) < 2:
        return []  # one thing asked, in one piece: nothing else to look for
    queries: list[tuple[str, ...]] = []
    # Queries that keep one question word of several: they share the rest by design.
    variants: set[tuple[str, ...]] = set()
    asked_parts = [p for p in parts if not alternative(p)]
    short = len(asked) > 1 and len(text.split()) <= APART_WORDS
    apart = {terms(p) for p in asked} if short else set()
    for query in [whole.terms, *map(terms, dict.fromkeys([*asked_parts, *asked]))]:
        own = [t for t in query if t in ASKING]
        if len(own) > 1 and "?what" in own:
            # "what date", "quelle ville": "what" asks the other question word's question.
            own.remove("?what")
        if len(own) > 1 and len(query) <= SHORT_QUERY:
            kept = [tuple(t for t in query if t not in own or t == q) for q in own]
            variants.update(kept)
            queries += kept
        elif query != whole.terms:
            queries.append(query)
    subject = known_subject(matcher, whole)
    found: list[str] = []
    for query in dict.fromkeys(queries):
        # A part already scored is not scored again: with candidates its analysis is whole,
        # and without, none could beat a score below this threshold.
        needed = APART_THRESHOLD if query in apart else ALSO_THRESHOLD
        to_beat, analysis = scored.get(query, (needed, whole))
        if to_beat > needed - SCORE_STEP and not (query in scored and analysis.best):
            analysis = matcher.analyse_terms(
                query,
                limit=CANDIDATES,
                min_coverage=PART_COVERAGE,
                above=needed - SCORE_STEP,
            )
        best = analysis.best
        if (
            best is None
            or best.score < needed
            or best.entry_id in (answered, *found)
            or best.entry_id in smalltalk
            or not holds_question(matcher, analysis)
        ):
            continue
        # A question word alone ("... c'est qui ?") asks about the rest of the message,
        # unless the message is nothing else ("quand et où ?").
        own_subject = known_subject(matcher, analysis)
        own = [t for t in query if t in ASKING]
        # ... but "when" and "where" ask about the event itself ("chkoun nadem w imta?", "...
        # and when exactly it took place?"), and "the first" is a subject ("wach kan lowel?").
        # So does "who spoke" ("chkoun nadem w chkoun hder?"): the event's speakers.
        about_event = (
            bool({"?when", "?where"} & set(own))
            or (
                (len(query) <= 2 or not own_subject)
                and any(t in matcher.vocabulary.ordinals for t in query)
            )
            or set(query) == {"?who", "@spoke"}
            # "..., c'était quoi le sommet, et ...": what the event itself was.
            or (bool(own) and set(query) - set(own) == {"@event"})
        )
        if subject and not own_subject and not about_event:
            continue
        if best.score < ALSO_THRESHOLD and not (own_subject or about_event):
            continue
        # What the answer already tells is not a second question: "la santé mentale et
        # les réseaux" is one round table's theme.
        scores = {c.entry_id: c.score for c in analysis.candidates}
        # ... unless a piece of a word or two is exactly another entry's and less the
        # answer's: "what do MENAT and SAC mean?" (the SAC entry names the MENAT SAC).
        told = scores.get(answered, 0.0)
        exactly_other = best.score == 100.0 and told < best.score and len(query) <= 2
        if query not in variants and told >= best.score - TOLD_MARGIN and not exactly_other:
            continue
        # A piece that asks must be asked that way ("when" asks for the date), and one
        # that does not ("et SAC ?") only follows a message that asks; a message about
        # someone asks more about them ("who is Doe and what does she do?"), not about
        # whatever else "what does she do" may find.
        if own and not own_subject and matcher.covers(best.entry_id, own) < 1.0:
            continue
        if not own and not own_subject and not about_event:
            continue
        if whole.named and best.entry_id not in whole.named:
            continue
        found.append(best.entry_id)
    return found[:MAX_ALSO]


def together(reply: Reply, others: Mapping[str, Reply]) -> Reply:
    """One reply answering several questions, each answer under its own heading: `others`
    holds the card of each other entry by its id, in the order they are answered."""
    answer = "\n\n".join([reply.answer, *(o.answer for o in others.values())])
    links = dict.fromkeys(
        [*reply.navigation, *(link for o in others.values() for link in o.navigation)]
    )
    return replace(reply, answer=answer, also=tuple(others), navigation=tuple(links))
