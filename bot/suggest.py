"""Finding what the bot missed in the log, grouped by meaning, with the entries it belongs to.

A miss is a question the bot likely got wrong and still gets wrong with the current pack: a
fallback, a "which one?" nobody resolved, an answer that got a 👎, or an answer the same person
followed within REPHRASE_SECONDS by the same question in other words. Each group says how
many people asked, how, in which languages, and which entries it most likely belongs to.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz

from bot import review, safety
from bot.engine import CANDIDATES, MAX_QUESTION_CHARS, Engine
from bot.messages import message
from bot.pack_edit import Added
from bot.reply import Suggestion
from bot.store import Queries
from bot.text import LANGUAGES

# Replies that answer with an entry (small talk answers "hello" with its entry).
ANSWERED = ("answer", "smalltalk")
# Why a question counts as missed.
REASONS = ("fallback", "which_one", "thumbs_down", "asked_again")
# The next question of the same person within this long tells what the first one meant: they
# picked an entry, or asked again because the reply was wrong.
REPHRASE_SECONDS = 120.0
# A next question asks the same again when half the topic of the shorter one is shared
# ("les billets coûtaient combien" / "prix des billets": tickets; "who is Doe" / "who is
# Roe" share nothing) and the first question already scored this well for the entry that
# answered the second (the first and second round tables share "round table", but "the first
# round table" scores 46 for the second).
SAME_TOPIC = 0.5
CLOSE_ENTRY = 50.0
# token_set_ratio of two groups' meaning terms: at or above SAME_MEANING they are one group
# (a typo, other function words); from RELATED up, when they also point to the same entry.
SAME_MEANING = 85.0
RELATED = 60.0
# An entry the person reached next adds this much of what the matcher left to a confidence.
HINT_WEIGHT = 0.6
MIN_CONFIDENCE = 0.2
MAX_LIKELY = 3
MAX_EXAMPLES = 3
TOKEN_CHARS = 12
# No letter at all: "3", "?", "👍", "2+2" ask nothing.
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Miss:
    """One logged question the bot got wrong, and what the log says about it."""

    at: datetime
    person: str | None  # pseudonym; None for the command line
    language: str
    question: str
    reason: str  # one of REASONS
    wrong: str | None = None  # the entry that answered wrongly
    hint: str | None = None  # the entry the same person reached right after


@dataclass(frozen=True)
class Likely:
    """An entry a group of misses probably belongs to, with a confidence from 0 to 1."""

    entry_id: str
    confidence: float


@dataclass(frozen=True)
class MissGroup:
    """Missed questions that mean the same thing."""

    token: str  # a short hash of the group's meaning: button data and the ignore list
    question: str  # the most asked wording
    count: int
    people: int
    examples: tuple[str, ...]
    languages: tuple[tuple[str, int], ...]  # most used first
    reasons: dict[str, int]
    likely: tuple[Likely, ...]
    last_seen: datetime
    # The tokens of every wording's meaning in the group: ignoring one ignores them all.
    tokens: frozenset[str] = field(default_factory=frozenset)

    @property
    def language(self) -> str:
        """The language most of its questions were answered in."""
        return self.languages[0][0] if self.languages else ""


def token(key: str) -> str:
    """The short hash that stands for a normalised meaning (never the words themselves)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:TOKEN_CHARS]


def meaning_key(engine: Engine, question: str) -> str:
    """A question's meaning terms, sorted: "C quand le concert ??" and "le concert c'est
    quand" have one key. Empty for noise."""
    return " ".join(sorted(set(engine.matcher.meaning(question))))


def is_noise(question: str | None) -> bool:
    """Empty, letterless, a command, or too long to be a phrasing."""
    text = (question or "").strip()
    return (
        not text
        or text.startswith("/")
        or not _LETTER.search(text)
        or len(text) > MAX_QUESTION_CHARS
    )


async def find_misses(store: Queries, engine: Engine, since: datetime | None) -> list[Miss]:
    """The misses logged since `since` that the current pack still gets wrong."""
    return misses(await store.miss_rows(since, REPHRASE_SECONDS), engine)


def misses(rows: Iterable[Mapping[str, Any]], engine: Engine) -> list[Miss]:
    """Misses from `Queries.miss_rows` rows, noise and distress left out, and the questions the
    current pack now answers otherwise left out too (someone already acted on them)."""
    found = []
    buttons = _button_labels(engine)
    for row in rows:
        question = row["question"]
        if is_noise(question) or not engine.matcher.meaning(question):
            continue
        followed = _followed(row)
        kind, wrong = row["kind"], None
        if kind == "fallback":
            reason = "fallback"
        elif kind == "clarify":
            if followed and row["next_kind"] == "answer":
                continue  # a button press or a clearer question resolved it
            reason = "which_one"
        elif kind == "answer":
            # A 👎 on a button's answer is about the answer, not about how it was asked.
            if question in buttons:
                continue
            wrong = row["source"]
            if row["down"]:
                reason = "thumbs_down"
            elif followed and row["next_source"] != wrong and _asked_again(engine, row):
                reason = "asked_again"
            else:
                continue
        else:
            continue
        # Never suggest adding a message that shows distress to an FAQ.
        if safety.distress_reason(question) is not None:
            continue
        now = engine.reply(question)
        if now.kind == "crisis" or (now.kind in ANSWERED and now.source != wrong):
            continue
        hint = None
        if followed and row["next_kind"] == "answer" and row["next_source"] != wrong:
            picked = row["next_question"] in buttons
            # A miss counted as asked again already passed `_asked_again`: not analysed twice.
            if picked or reason == "asked_again" or _asked_again(engine, row):
                hint = row["next_source"]
        found.append(
            Miss(row["at"], row["pseudonym"], row["language"], question, reason, wrong, hint)
        )
    return found


def _followed(row: Mapping[str, Any]) -> bool:
    """Whether the same person asked something else within REPHRASE_SECONDS (the row's
    next_* fields)."""
    if row.get("next_at") is None or not row.get("next_question"):
        return False
    return 0 <= (row["next_at"] - row["at"]).total_seconds() <= REPHRASE_SECONDS


def _asked_again(engine: Engine, row: Mapping[str, Any]) -> bool:
    """Whether the next question asks the first one in other words: about the same thing,
    and answered by an entry the first question already came close to."""
    if row["question"] == row["next_question"]:
        return False  # the very same words: a double send, not a rephrasing
    first = engine.matcher.topic(row["question"])
    second = engine.matcher.topic(row["next_question"] or "")
    if not first or not second:
        return False
    # "When did it happen?" then "where did it happen?" is another question.
    asks = [_question_words(engine, row[key]) for key in ("question", "next_question")]
    if all(asks) and not asks[0] & asks[1]:
        return False
    if len(first & second) / min(len(first), len(second)) < SAME_TOPIC:
        return False
    source = row["next_source"]
    if source is None:
        return True
    candidates = engine.matcher.analyse(row["question"], limit=CANDIDATES).candidates
    return any(c.entry_id == source and c.score >= CLOSE_ENTRY for c in candidates)


def _question_words(engine: Engine, text: str) -> set[str]:
    return {t for t in engine.matcher.meaning(text) if t.startswith("?")}


def _button_labels(engine: Engine) -> set[str]:
    """What the log holds as the question when someone pressed an entry's button."""
    return {engine.label(i, language) for i in engine.pack.ids() for language in LANGUAGES}


def group_misses(
    found: Iterable[Miss],
    engine: Engine,
    ignored: Iterable[str] = (),
    limit: int | None = None,
) -> list[MissGroup]:
    """Misses grouped by meaning, ignored groups left out, most people first.

    Deterministic: meanings are taken most asked first (then earliest, then by key) and each
    joins the first group it is close enough to.
    """
    forms: dict[str, _Form] = {}
    for miss in found:
        key = meaning_key(engine, miss.question)
        forms.setdefault(key, _Form(key)).add(miss)
    groups: list[list[_Form]] = []
    for form in sorted(forms.values(), key=lambda f: (-f.count, f.first_seen, f.key)):
        form.rank(engine)
        for members in groups:
            head = members[0]
            similarity = fuzz.token_set_ratio(form.key, head.key)
            if similarity >= SAME_MEANING or (
                similarity >= RELATED and form.top and form.top == head.top
            ):
                members.append(form)
                break
        else:
            groups.append([form])
    skip = set(ignored)
    result = [_summarise(members) for members in groups]
    result = [g for g in result if not g.tokens & skip]
    result.sort(key=lambda g: (-g.people, -g.count, -g.last_seen.timestamp(), g.question))
    return result if limit is None else result[:limit]


class _Form:
    """The misses whose questions have one meaning key."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.misses: list[Miss] = []
        self.scores: dict[str, float] = {}
        self.top: str | None = None

    def add(self, miss: Miss) -> None:
        self.misses.append(miss)

    @property
    def count(self) -> int:
        return len(self.misses)

    @property
    def first_seen(self) -> datetime:
        return min(m.at for m in self.misses)

    @property
    def wording(self) -> str:
        return _by_use(self.misses)[0]

    def rank(self, engine: Engine) -> None:
        """Score the entries for this meaning; an entry that already answered it wrongly is
        not where its wording belongs."""
        wrong = {m.wrong for m in self.misses if m.wrong}
        analysis = engine.matcher.analyse(self.wording, limit=MAX_LIKELY + len(wrong) + 2)
        self.scores = {
            c.entry_id: c.score / 100.0 for c in analysis.candidates if c.entry_id not in wrong
        }
        self.top = max(self.scores, key=lambda i: self.scores[i], default=None)


def _summarise(members: list[_Form]) -> MissGroup:
    found = [m for form in members for m in form.misses]
    ranked = _by_use(found)
    people = {m.person for m in found if m.person}
    anonymous = any(m.person is None for m in found)
    languages = Counter(m.language for m in found)
    return MissGroup(
        token=token(members[0].key),
        question=ranked[0],
        count=len(found),
        people=len(people) + anonymous,
        examples=tuple(ranked[1 : 1 + MAX_EXAMPLES]),
        languages=tuple(sorted(languages.items(), key=lambda item: (-item[1], item[0]))),
        reasons={r: n for r in REASONS if (n := sum(m.reason == r for m in found))},
        likely=_likely(members, found),
        last_seen=max(m.at for m in found),
        tokens=frozenset(token(form.key) for form in members),
    )


def _by_use(found: Iterable[Miss]) -> list[str]:
    """Distinct wordings, most asked first, then first asked, then by text."""
    times: Counter[str] = Counter()
    first: dict[str, datetime] = {}
    for m in found:
        times[m.question] += 1
        first[m.question] = min(m.at, first.get(m.question, m.at))
    return sorted(times, key=lambda t: (-times[t], first[t], t))


def _likely(members: list[_Form], found: list[Miss]) -> tuple[Likely, ...]:
    """Entries by confidence: the matcher's score averaged over the group's questions, raised
    by the share of them after which the same person reached that entry."""
    total = len(found)
    match: Counter[str] = Counter()
    for form in members:
        for entry_id, score in form.scores.items():
            match[entry_id] += score * form.count / total
    hints = Counter(m.hint for m in found if m.hint)
    ranked = []
    for entry_id in set(match) | set(hints):
        base = match[entry_id]
        confidence = base + (1 - base) * HINT_WEIGHT * hints[entry_id] / total
        if confidence >= MIN_CONFIDENCE:
            ranked.append(Likely(entry_id, round(min(confidence, 1.0), 2)))
    ranked.sort(key=lambda likely: (-likely.confidence, likely.entry_id))
    return tuple(ranked[:MAX_LIKELY])


def newly_answered(
    old: Engine, new: Engine, entry_id: str, found: Iterable[Miss]
) -> list[tuple[str, int]]:
    """The distinct missed questions `entry_id` answers with the new pack and did not with
    the old one, as (question, times asked), most asked first."""
    asked = Counter(m.question for m in found)
    changed = []
    for question, times in asked.items():
        before, after = old.reply(question), new.reply(question)
        if after.kind in ANSWERED and after.source == entry_id and before.source != entry_id:
            changed.append((question, times))
    return sorted(changed, key=lambda item: (-item[1], item[0]))


def still_answers(engine: Engine, text: str, entry_id: str) -> str | None:
    """What `engine` answers `text` with when it is not `entry_id` (an entry id, or the reply
    kind: fallback, clarify...); None when the entry answers it."""
    reply = engine.reply(text)
    if reply.kind in ANSWERED and reply.source == entry_id:
        return None
    return reply.source or reply.kind


@dataclass(frozen=True)
class Effect:
    """What adding a wording changed: the new pack's engine, what it answers the wording with
    when not the entry, and the logged misses the entry now answers."""

    engine: Engine
    still: str | None
    changed: list[tuple[str, int]]


def effect_of(added: Added, misses_of: Callable[[Engine], list[Miss]] | None) -> Effect:
    """Compare the packs before and after `added`, for the CLI (`pack add-phrasing`) and the
    ➕ button alike. `misses_of(old_engine)` reads the log's misses; None when there is no log."""
    old, new = Engine(added.previous), Engine(added.pack)
    found = misses_of(old) if misses_of is not None else []
    changed = newly_answered(old, new, added.entry_id, found)
    return Effect(new, still_answers(new, added.text, added.entry_id), changed)


# Formatting ----------------------------------------------------------------------------------

FORMATS = ("table", "json")
_REASON_NAMES = {
    "fallback": "fallback",
    "which_one": "which one?",
    "thumbs_down": "👎",
    "asked_again": "asked again",
}


def format_groups(
    groups: Sequence[MissGroup], fmt: str = "table", width: int | None = None
) -> str:
    """Groups as a table (other wordings indented below each, wrapped to `width`) or JSON."""
    if fmt not in FORMATS:
        raise ValueError(f"review suggest writes {' or '.join(FORMATS)}; got {fmt!r}")
    if fmt == "json":
        return review._json(
            [
                {
                    "token": g.token,
                    "question": g.question,
                    "people": g.people,
                    "count": g.count,
                    "examples": list(g.examples),
                    "languages": dict(g.languages),
                    "reasons": g.reasons,
                    "likely": [
                        {"entry": likely.entry_id, "confidence": likely.confidence}
                        for likely in g.likely
                    ],
                    "last_seen": review._iso(g.last_seen),
                }
                for g in groups
            ]
        )
    if not groups:
        return "No missed questions in this period.\n"
    rows: list[tuple[str, ...]] = []
    for g in groups:
        rows.append(
            (
                str(g.people),
                str(g.count),
                " ".join(g.question.split()),
                describe_reasons(g),
                ", ".join(language for language, _ in g.languages),
                ", ".join(f"{x.entry_id} {x.confidence:.2f}" for x in g.likely) or "-",
            )
        )
        rows += [("", "", "  ~ " + " ".join(t.split()), "", "", "") for t in g.examples]
    header = ("People", "Times", "Question", "Why", "Language", "Likely entries")
    return review._table(header, rows, width) + "\n"


def describe_reasons(group: MissGroup) -> str:
    """ "fallback 2, 👎 1": why the group's questions count as missed."""
    return ", ".join(f"{_REASON_NAMES[r]} {n}" for r, n in group.reasons.items())


def likely_entries(engine: Engine, group: MissGroup, language: str) -> tuple[Suggestion, ...]:
    """The entries a group most likely belongs to, each with its label in `language`."""
    return tuple(Suggestion(x.entry_id, engine.label(x.entry_id, language)) for x in group.likely)


def describe_group(
    group: MissGroup, likely: Sequence[Suggestion], number: int, language: str
) -> str:
    """A group for /suggest, in `language`: what was asked, by how many, why it counts as
    missed, and the `likely` entries (from `likely_entries`) with their confidence."""
    why = ", ".join(
        f"{message(f'suggest_reason_{reason}', language)} {count}"
        for reason, count in group.reasons.items()
    )
    lines = [
        message(
            "suggest_group",
            language,
            number=number,
            question=" ".join(group.question.split()),
            people=group.people,
            count=group.count,
            why=why,
            languages=", ".join(code for code, _ in group.languages),
        )
    ]
    if group.examples:
        examples = " · ".join(" ".join(text.split()) for text in group.examples)
        lines.append(message("suggest_examples", language, items=examples))
    if group.likely:
        labels = {entry.id: entry.label for entry in likely}
        items = ", ".join(
            f"{labels[x.entry_id]} ({x.entry_id}) {x.confidence * 100:.0f}%" for x in group.likely
        )
        lines.append(message("suggest_likely", language, items=items))
    return "\n".join(lines)
