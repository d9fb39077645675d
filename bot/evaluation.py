"""`summit-bot eval`: run a YAML file of questions with expected replies and score the engine."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml

from bot.engine import ACUTE, CONCERN, KINDS, Engine, Reply
from bot.text import LANGUAGES, detect_language

CATEGORIES = ("in_scope", "out_of_scope", "crisis", "lookalike")
# What kind of understanding a question tests, reported apart so that a weak class shows even
# when the category total looks good. "plain" is the default for files written before classes.
CLASSES = (
    "distress",
    "lookalike",
    "who_said",
    "several",
    "programme",
    "chatty",
    "paraphrase",
    "yes_no",
    "smalltalk",
    "unplaced",
    "off_topic",
    "plain",
)
VERDICTS = ("yes", "no")
# A way of grouping cases: a class, a language, or both.
K = TypeVar("K", bound=Hashable)
DEFAULT_THRESHOLDS = {"in_scope": 0.97, "out_of_scope": 0.95, "crisis": 1.0, "lookalike": 1.0}


class EvalFileError(ValueError):
    """The evaluation file is malformed; the message names the question and the field."""


@dataclass(frozen=True)
class Case:
    question: str
    category: str
    language: str | None
    kind: str | None
    sources: tuple[str, ...]
    contains: tuple[str, ...]
    klass: str = "plain"
    every: tuple[str, ...] = ()  # ids the reply must all give or offer ("the psychiatrist")
    verdict: str | None = None  # yes/no questions: the verdict the reply must carry
    acute: bool = False  # distress that needs the emergency numbers first


@dataclass(frozen=True)
class Outcome:
    case: Case
    reply: Reply
    problem: str | None  # None when the reply is right

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class Report:
    outcomes: tuple[Outcome, ...]
    thresholds: dict[str, float]

    def accuracy(self, category: str) -> tuple[int, int]:
        cases = [o for o in self.outcomes if o.case.category == category]
        return sum(o.ok for o in cases), len(cases)

    def by(self, key: Callable[[Case], K]) -> dict[K, tuple[int, int]]:
        """{group: (right, total)} over the cases grouped by `key`, in first-seen order."""
        groups: dict[K, list[bool]] = defaultdict(list)
        for outcome in self.outcomes:
            groups[key(outcome.case)].append(outcome.ok)
        return {name: (sum(oks), len(oks)) for name, oks in groups.items()}

    @property
    def passed(self) -> bool:
        for category in CATEGORIES:
            right, total = self.accuracy(category)
            if total and right / total < self.thresholds.get(category, 0.0):
                return False
        return True


def load_cases(path: Path, known_ids: set[str]) -> tuple[list[Case], dict[str, float]]:
    """Read an evaluation file; raise EvalFileError on the first malformed question."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalFileError(f"{path}: cannot be read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise EvalFileError(f"{where}: YAML syntax error: {problem}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise EvalFileError(f"{path}: expected a mapping with a `questions` list")
    thresholds = {**DEFAULT_THRESHOLDS, **(data.get("thresholds") or {})}
    cases = []
    for number, item in enumerate(data["questions"], start=1):
        where = f"{path}: questions[{number}]"
        if not isinstance(item, dict) or not isinstance(item.get("q"), str):
            raise EvalFileError(f"{where}: expected a mapping with a `q` text")
        category = item.get("category", "in_scope")
        if category not in CATEGORIES:
            raise EvalFileError(f"{where}.category: expected one of {', '.join(CATEGORIES)}")
        language = item.get("lang")
        if language is not None and language not in LANGUAGES:
            raise EvalFileError(f"{where}.lang: expected one of {', '.join(LANGUAGES)}")
        expect = item.get("expect") or {}
        kind = expect.get("kind")
        if kind is not None and kind not in KINDS:
            raise EvalFileError(f"{where}.expect.kind: expected one of {', '.join(KINDS)}")
        sources = expect.get("source") or ()
        sources = (sources,) if isinstance(sources, str) else tuple(sources)
        unknown = [s for s in sources if s not in known_ids]
        if unknown:
            raise EvalFileError(f"{where}.expect.source: unknown entry {unknown[0]!r}")
        contains = expect.get("contains") or ()
        contains = (contains,) if isinstance(contains, str) else tuple(contains)
        every = tuple(expect.get("all") or ())
        unknown = [s for s in every if s not in known_ids]
        if unknown:
            raise EvalFileError(f"{where}.expect.all: unknown entry {unknown[0]!r}")
        verdict = expect.get("verdict")
        # YAML 1.1 reads a bare yes / no as a boolean.
        verdict = {True: "yes", False: "no"}.get(verdict, verdict)
        if verdict is not None and verdict not in VERDICTS:
            raise EvalFileError(f"{where}.expect.verdict: expected one of {', '.join(VERDICTS)}")
        klass = item.get("class", "plain")
        if klass not in CLASSES:
            raise EvalFileError(f"{where}.class: expected one of {', '.join(CLASSES)}")
        if category == "in_scope" and not (kind or sources or contains or every):
            raise EvalFileError(
                f"{where}.expect: an in_scope question needs kind, source, all or contains"
            )
        cases.append(
            Case(
                item["q"],
                category,
                language,
                kind,
                sources,
                contains,
                klass,
                every,
                verdict,
                bool(item.get("acute")),
            )
        )
    return cases, thresholds


def judge(
    case: Case,
    reply: Reply,
    names: dict[str, str] | None = None,
    speakers: frozenset[str] = frozenset(),
) -> str | None:
    """What is wrong with `reply` for `case`, or None. `names` maps ids to how an answer in the
    reply's language names them: an answer that names every one gives them all. A description
    of several `speakers` gets every one it fits and no one else."""
    if case.category == "crisis" and (reply.kind != "crisis" or reply.source == CONCERN):
        return f"not recognised as distress (got {reply.kind} {reply.source or ''})".rstrip()
    if case.acute and reply.source != ACUTE:
        return "acute danger without the emergency numbers first"
    # Telling someone worried about a friend how to help is no false alarm.
    if case.category == "lookalike" and reply.kind == "crisis" and reply.source != CONCERN:
        return "wrongly treated as distress"
    if case.category == "out_of_scope" and reply.kind != "fallback":
        return f"should fall back, got {reply.kind} {reply.source} ({reply.score:.0f})"
    if case.every:
        # The ones the reply offers (its answer, what it adds, the buttons), and those its text
        # names.
        offered = {reply.source, *reply.also, *(s.id for s in reply.suggestions)}
        given = offered | {i for i, name in (names or {}).items() if name in reply.answer}
        missing = [i for i in case.every if i not in given]
        if reply.kind not in ("answer", "clarify") or missing:
            listed = "/".join(sorted(i for i in given if i))
            return f"expected all of {'/'.join(case.every)}, got {reply.kind} {listed}"
        # Listing everyone would give every description: the ones offered who do not fit it
        # make the reply wrong (a card's text may name others; the ones offered are the list).
        others = sorted(i for i in offered & speakers if i not in case.every)
        if others and set(case.every) <= speakers:
            return f"expected only {'/'.join(case.every)}, also got {'/'.join(others)}"
    elif case.category == "in_scope" or (case.category == "lookalike" and case.sources):
        wanted = case.kind or "answer"
        if reply.kind != wanted:
            return f"expected {wanted} {'/'.join(case.sources)}, got {reply.kind} {reply.source}"
        if case.sources and reply.source not in case.sources:
            return f"expected {'/'.join(case.sources)}, got {reply.source} ({reply.score:.0f})"
        missing = [w for w in case.contains if w.lower() not in reply.answer.lower()]
        if missing:
            return f"answer lacks {missing[0]!r}"
        if case.verdict and reply.verdict != case.verdict:
            return f"expected the verdict {case.verdict!r}, got {reply.verdict!r}"
    if case.language and reply.language != case.language:
        return f"answered in {reply.language}, expected {case.language}"
    return None


def _names(engine: Engine, language: str) -> dict[str, str]:
    pack = engine.pack
    found = {s.id: (s.names_ar[0] if language == "ar" else s.name) for s in pack.speakers}
    found.update((p.id, p.title[language]) for p in pack.panels)
    return found


def evaluate(engine: Engine, cases: list[Case], thresholds: dict[str, float]) -> Report:
    names = {language: _names(engine, language) for language in LANGUAGES}
    speakers = frozenset(s.id for s in engine.pack.speakers)
    outcomes = []
    for case in cases:
        reply = engine.reply(case.question)
        problem = judge(case, reply, names[reply.language], speakers)
        outcomes.append(Outcome(case, reply, problem))
    return Report(tuple(outcomes), thresholds)


def _table(title: str, groups: dict[str, tuple[int, int]]) -> list[str]:
    lines = [f"{title:<14}{'right':>7}{'total':>7}{'accuracy':>10}"]
    for name, (right, total) in groups.items():
        lines.append(f"{name:<14}{right:>7}{total:>7}{right / total:>10.1%}")
    return lines


def _variety(case: Case) -> str:
    """The language a question is written in, Darija apart from the French and Arabic it is
    answered in: the weakest variety shows even when its reply language looks good."""
    if case.language in ("fr", "ar") and detect_language(case.question).darija:
        return "darija"
    return case.language or "-"


def _by_language(report: Report, order: dict[str, int]) -> list[str]:
    """Each class by the language it is written in: right/total in each cell."""
    varieties = ("fr", "darija", "en", "ar")
    cells = report.by(lambda case: (case.klass, _variety(case)))
    lines = [f"{'class':<14}" + "".join(f"{v:>10}" for v in varieties)]
    for klass in sorted({k for k, _ in cells}, key=lambda k: order.get(k, len(order))):
        row = [cells.get((klass, v)) for v in varieties]
        lines.append(
            f"{klass:<14}" + "".join(f"{f'{c[0]}/{c[1]}' if c else '-':>10}" for c in row)
        )
    return lines


def format_report(report: Report, failures: bool = True) -> str:
    lines = [f"{'category':<14}{'right':>7}{'total':>7}{'accuracy':>10}{'needed':>9}  result"]
    for category in CATEGORIES:
        right, total = report.accuracy(category)
        if not total:
            continue
        needed = report.thresholds.get(category, 0.0)
        verdict = "ok" if right / total >= needed else "BELOW"
        lines.append(
            f"{category:<14}{right:>7}{total:>7}{right / total:>10.1%}{needed:>9.0%}  {verdict}"
        )
    by_class = report.by(lambda c: c.klass)
    if set(by_class) != {"plain"}:
        order = {name: n for n, name in enumerate(CLASSES)}
        lines += ["", *_table("class", dict(sorted(by_class.items(), key=lambda i: order[i[0]])))]
        lines += ["", *_by_language(report, order)]
    by_language = report.by(lambda c: c.language or "-")
    lines.append("")
    lines.append(
        "by reply language: "
        + ", ".join(f"{lang} {ok}/{total}" for lang, (ok, total) in sorted(by_language.items()))
    )
    wrong = [o for o in report.outcomes if not o.ok]
    if wrong and failures:
        lines += ["", f"{len(wrong)} failure(s):"]
        lines += [f"  [{o.case.klass}] {o.case.question!r}: {o.problem}" for o in wrong]
    lines += ["", "PASS" if report.passed else "FAIL: a category is below its threshold"]
    return "\n".join(lines)
