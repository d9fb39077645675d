"""The knowledge pack: the shipped one loads, and every mistake an organiser makes is named."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import yaml

from bot.knowledge import (
    FILES,
    PACK_FILES,
    VERIFIED_MAX_DAYS,
    Kind,
    Pack,
    PackError,
    Problem,
    load_pack,
    read_as,
)
from bot.knowledge.fields import FieldReader
from bot.knowledge.yaml_lines import read_yaml
from bot.text import LANGUAGES

KNOWLEDGE = Path(__file__).parents[1] / "knowledge"


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(KNOWLEDGE)


# --- editing a copy of the pack ---------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """Replace the first match of `pattern` (a multiline regex) in `file`; None deletes it."""

    file: str
    pattern: str
    replacement: str | None


def broken_pack(tmp_path: Path, *edits: Edit) -> Path:
    """A copy of the shipped pack in tmp_path with `edits` applied, each checked to apply."""
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    for edit in edits:
        path = folder / edit.file
        if edit.replacement is None:
            path.unlink()
            continue
        text = path.read_text(encoding="utf-8")
        changed, count = re.subn(edit.pattern, edit.replacement, text, count=1, flags=re.M)
        assert count == 1, f"{edit.pattern!r} no longer matches {edit.file}: update this test"
        path.write_text(changed, encoding="utf-8")
    return folder


def line_of(path: Path, pattern: str, after: Sequence[str] = ()) -> int:
    """The 1-based number of the first line matching `pattern`, past lines matching `after`,
    each in turn; so that expected messages name the real lines of the edited file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    for step in (*after, pattern):
        while not re.search(step, lines[index]):
            index += 1
        found, index = index, index + 1
    return found + 1


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    return [str(problem) for problem in caught.value.problems]


# --- the shipped pack ---------------------------------------------------------------------------


def test_shipped_pack_has_everything_the_article_gives(pack: Pack) -> None:
    assert len(pack.facts) == 10
    assert len(pack.faq) == 11
    assert len(pack.panels) == 2
    assert len(pack.speakers) == 6
    assert len(pack.smalltalk) == 7
    assert len(pack.resources) == 6
    assert str(pack.event.date) == "2024-12-12"
    assert [p.number for p in pack.panels] == [1, 2]


def test_every_answer_is_written_in_every_language(pack: Pack) -> None:
    texts = [
        *(e.answer for e in pack.entries() if e.list is None),
        *(p.title for p in pack.panels),
        *(p.summary for p in pack.panels),
        *(s.role for s in pack.speakers),
        *(s.talk for s in pack.speakers),
        *(r.description for r in pack.resources),
        pack.crisis_reply,
        pack.event.name,
        pack.event.summary,
    ]
    for text in texts:
        assert text is not None
        assert sorted(text) == sorted(LANGUAGES)
        assert all(text[lang].strip() for lang in LANGUAGES)
    for entry in pack.entries():
        assert (entry.answer is None) == (entry.list is not None), entry.id
        assert set(LANGUAGES) <= set(entry.questions), entry.id
    for lang in LANGUAGES:
        assert "{resources}" in pack.crisis_reply[lang]


def test_ids_are_unique_and_references_agree(pack: Pack) -> None:
    ids = pack.ids() + [r.id for r in pack.resources]
    assert len(ids) == len(set(ids))
    for panel in pack.panels:
        for speaker_id in panel.speakers:
            speaker = pack.speaker(speaker_id)
            assert speaker is not None
            assert speaker.panel == panel.id


# --- every mistake, with its exact message -----------------------------------------------------


@dataclass(frozen=True)
class Mistake:
    edit: Edit
    message: str  # `file:{line}: path: message`
    line: str  # a pattern for the line the message must name (in the edited file)
    after: tuple[str, ...] = ()


# libyaml, used when PyYAML was built with it, words this error differently from PyYAML.
MAPPING_NOT_ALLOWED = "mapping values are not allowed " + (
    "in this context" if hasattr(yaml, "CSafeLoader") else "here"
)
EVENT_DATE_FR_ANSWER = r'^(      fr: )"Le sommet a eu lieu.*"$'
EVENT_DATE_ANSWER = (r"- id: event_date$", r"^    answer:$")

MISTAKES = {
    "yaml syntax error": Mistake(
        Edit("faq.yaml", r"^  - id: faq_menat$", "  - id: faq_menat: [oops"),
        "faq.yaml:{line}: -: YAML syntax error: " + MAPPING_NOT_ALLOWED,
        r"faq_menat: \[oops",
    ),
    "missing required field": Mistake(
        Edit("speakers.yaml", r"^    panel: digital_age\n", ""),
        "speakers.yaml:{line}: speakers[toufiq].panel: missing required field",
        r"- id: toufiq$",
    ),
    "unknown field": Mistake(
        Edit("event.yaml", r"^  - id: event_date$", "  - id: event_date\n    colour: blue"),
        "event.yaml:{line}: facts[event_date].colour: unknown field "
        "(expected: id, label, questions, keywords, answer, list)",
        r"colour: blue",
    ),
    "duplicate id across files": Mistake(
        Edit("faq.yaml", r"^  - id: faq_stigma$", "  - id: event_date"),
        "faq.yaml:{line}: faq[event_date].id: duplicate id, already used in event.yaml",
        r"- id: event_date$",
    ),
    "duplicate key": Mistake(
        Edit(
            "speakers.yaml",
            r"^    panel: digital_age$",
            "    panel: digital_age\n    name: Someone Else",
        ),
        "speakers.yaml:{line}: name: duplicate key",
        r"name: Someone Else",
    ),
    "speaker on an unknown panel": Mistake(
        Edit("speakers.yaml", r"^    panel: digital_age$", "    panel: digital_aeg"),
        "speakers.yaml:{line}: speakers[toufiq].panel: unknown panel 'digital_aeg'",
        r"- id: toufiq$",
    ),
    "panel with an unknown speaker": Mistake(
        Edit(
            "panels.yaml",
            r"speakers: \[toufiq, kendili, jaafar\]",
            "speakers: [toufiq, kendili, jaafar, ghost]",
        ),
        "panels.yaml:{line}: panels[digital_age].speakers: unknown speaker 'ghost'",
        r"- id: digital_age$",
    ),
    "speaker missing from their panel": Mistake(
        Edit(
            "panels.yaml", r"speakers: \[toufiq, kendili, jaafar\]", "speakers: [toufiq, kendili]"
        ),
        "speakers.yaml:{line}: speakers[jaafar].panel: "
        "panel 'digital_age' does not list this speaker in its speakers",
        r"- id: jaafar$",
    ),
    "two panels with one number": Mistake(
        Edit("panels.yaml", r"^    number: 2$", "    number: 1"),
        "panels.yaml:{line}: panels[positive_impact].number: duplicate number",
        r"- id: positive_impact$",
    ),
    "answer without ar": Mistake(
        Edit("event.yaml", r'^      ar: "انعقدت القمة يوم 12.*\n', ""),
        "event.yaml:{line}: facts[event_date].answer.ar: missing required field",
        r"^      fr: ",
        EVENT_DATE_ANSWER,
    ),
    "answer too long for Telegram": Mistake(
        Edit("event.yaml", EVENT_DATE_FR_ANSWER, r'\1"' + "x" * 4097 + '"'),
        "event.yaml:{line}: facts[event_date].answer.fr: longer than Telegram's 4096 characters",
        r'^      fr: "xxxx',
    ),
    "list where a text is expected": Mistake(
        Edit("event.yaml", EVENT_DATE_FR_ANSWER, r"\1[un, deux]"),
        "event.yaml:{line}: facts[event_date].answer.fr: expected non-empty text, got a list",
        r"^      fr: \[un, deux\]",
    ),
    "one string where a text per language is expected": Mistake(
        Edit("event.yaml", r"^    answer:\n(?:      .*\n){3}", '    answer: "Le sommet."\n'),
        "event.yaml:{line}: facts[event_overview].answer: "
        "expected a text per language (fr, en, ar), got one string",
        r'^    answer: "Le sommet."$',
    ),
    "bad id": Mistake(
        Edit("event.yaml", r"^  - id: event_date$", "  - id: Event-Date"),
        "event.yaml:{line}: facts[Event-Date].id: "
        "expected an id of 1-40 characters a-z, 0-9 or _, got 'Event-Date'",
        r"- id: Event-Date$",
    ),
    "crisis reply without {resources}": Mistake(
        Edit("safety.yaml", r"^(    en: \|-\n(?:      .*\n)*?)      \{resources\}\n", r"\1"),
        "safety.yaml:{line}: crisis.reply.en: "
        "must contain {resources}, where the help resources are listed",
        r"^  reply:$",
    ),
    "acute reply without {emergency}": Mistake(
        Edit(
            "safety.yaml",
            r"^(  acute:\n    fr: \|-\n(?:      .*\n)*?)      \{emergency\}\n",
            r"\1",
        ),
        "safety.yaml:{line}: crisis.acute.fr: "
        "must contain {emergency}, where the emergency numbers are listed first",
        r"^  acute:$",
    ),
    "no resource marked as emergency": Mistake(
        Edit("safety.yaml", r"^    emergency: true\n((?:.*\n)*?)    emergency: true\n", r"\1"),
        "safety.yaml:{line}: resources: mark the emergency services with `emergency: true`: "
        "they lead the reply to someone in danger now",
        r"^resources:$",
    ),
    "a vocabulary word in two concepts": Mistake(
        Edit(
            "vocabulary.yaml",
            r'^  stigma:\n    \["stigmatisation"',
            '  stigma:\n    ["parents", "stigmatisation"',
        ),
        "vocabulary.yaml:{line}: concepts.parents: 'parents' is already in concepts.stigma",
        r"^  parents:$",
    ),
    "a vocabulary word in two concepts once stemmed": Mistake(
        Edit(
            "vocabulary.yaml", r'^  health:\n    \["sante"', '  health:\n    ["tiktoks", "sante"'
        ),
        "vocabulary.yaml:{line}: concepts.health: 'tiktoks' is already in concepts.tiktok",
        r"^  health:$",
    ),
    "help examples without Arabic": Mistake(
        Edit("event.yaml", r'^    ar: \["متى انعقدت القمة؟".*\n', ""),
        "event.yaml:{line}: event.examples.ar: missing required field",
        r"^    fr: ",
        (r"^  examples:$",),
    ),
    "bad date": Mistake(
        Edit("event.yaml", r"^  date: .*$", "  date: 12/12/2024"),
        "event.yaml:{line}: event.date: expected a date like 2024-12-12, got '12/12/2024'",
        r"^  date: ",
    ),
    "unknown time zone": Mistake(
        Edit("event.yaml", r"^  timezone: .*$", "  timezone: Africa/Casablanka"),
        "event.yaml:{line}: event.timezone: "
        "expected a time zone name like Africa/Lagos or UTC, got 'Africa/Casablanka'",
        r"^  timezone: ",
    ),
    "a time zone that is not text": Mistake(
        Edit("event.yaml", r"^  timezone: .*$", "  timezone: 1"),
        "event.yaml:{line}: event.timezone: "
        "expected a time zone name like Africa/Lagos or UTC, got 1",
        r"^  timezone: ",
    ),
    "bad verification date": Mistake(
        Edit("safety.yaml", r"^    verified_on: .*$", "    verified_on: soon"),
        "safety.yaml:{line}: resources[civil_protection].verified_on: "
        "expected a date like 2024-12-12, got 'soon'",
        r"^    verified_on: soon$",
    ),
    "missing file": Mistake(
        Edit("smalltalk.yaml", "", None),
        "smalltalk.yaml:0: -: file is missing",
        "",
    ),
    "no help resources": Mistake(
        Edit("safety.yaml", r"^resources:\n[\s\S]*\Z", "resources: []\n"),
        "safety.yaml:{line}: resources: list the help resources (at least the emergency "
        "services, with `emergency: true`): the crisis reply gives them to someone in distress",
        r"^resources: \[\]$",
    ),
}


def expected(mistake: Mistake, folder: Path) -> str:
    """The message with the real line of the file it names (0 when that file is gone)."""
    named = folder / mistake.message.split(":", 1)[0]
    line = line_of(named, mistake.line, mistake.after) if named.exists() else 0
    return mistake.message.replace("{line}", str(line))


@pytest.mark.parametrize("mistake", list(MISTAKES.values()), ids=list(MISTAKES))
def test_each_mistake_is_reported_with_file_line_and_path(
    tmp_path: Path, mistake: Mistake
) -> None:
    folder = broken_pack(tmp_path, mistake.edit)
    assert expected(mistake, folder) in problems_of(folder)


def test_the_event_time_zone_is_read_and_defaults_to_utc(pack: Pack, tmp_path: Path) -> None:
    assert pack.event.timezone == "Africa/Casablanca"
    assert pack.event.zone.utcoffset(datetime(2026, 11, 30, 12)) == timedelta(hours=1)
    assert pack.event.zone.utcoffset(datetime(2026, 3, 1, 12)) == timedelta(0)  # Ramadan
    folder = broken_pack(tmp_path, Edit("event.yaml", r"^  timezone: .*\n", ""))
    assert load_pack(folder).event.timezone == "UTC"


def test_a_date_that_does_not_exist_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    folder = broken_pack(tmp_path, Edit("event.yaml", r"^  date: .*$", "  date: 2024-13-12"))
    problems = problems_of(folder)
    line = line_of(folder / "event.yaml", r"^  date: ")
    assert any(p.startswith(f"event.yaml:{line}: event.date: ") for p in problems), problems


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    chosen = [
        "unknown field",
        "panel with an unknown speaker",
        "crisis reply without {resources}",
        "bad date",
        "missing file",
    ]
    folder = broken_pack(tmp_path, *(MISTAKES[name].edit for name in chosen))
    problems = problems_of(folder)
    assert sorted(problems) == sorted(expected(MISTAKES[name], folder) for name in chosen)


def test_problems_are_one_line_each_in_the_error_message(tmp_path: Path) -> None:
    folder = broken_pack(tmp_path, MISTAKES["bad id"].edit, MISTAKES["missing file"].edit)
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    assert str(caught.value).splitlines() == [str(p) for p in caught.value.problems]


def test_missing_folder(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "nowhere") == [
        f"{tmp_path / 'nowhere'}:0: -: knowledge folder not found"
    ]


def test_every_file_missing_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    assert problems_of(folder) == [f"{name}:0: -: file is missing" for name in FILES]


@pytest.mark.parametrize("content", ["", "# safety.yaml: to be written\n\n# (comments only)\n"])
@pytest.mark.parametrize("name", FILES)
def test_an_empty_or_comment_only_file_is_a_problem(
    tmp_path: Path, name: str, content: str
) -> None:
    folder = broken_pack(tmp_path, Edit(name, r"[\s\S]*", content))
    empty = [p for p in problems_of(folder) if p.startswith(f"{name}:0: -: no content")]
    assert len(empty) == 1
    assert "(empty or only comments): write `" in empty[0]


@pytest.mark.parametrize("content", ["[]", "{}"])
@pytest.mark.parametrize("name", FILES)
def test_a_file_of_the_wrong_shape_is_named_not_skipped(
    tmp_path: Path, name: str, content: str
) -> None:
    # Every file is read alike: smalltalk.yaml or safety.yaml holding `[]` once crashed the
    # loader, and `{}` in panels.yaml or smalltalk.yaml was taken for "none".
    folder = broken_pack(tmp_path, Edit(name, r"[\s\S]*", content + "\n"))
    sections = next(f.sections for f in PACK_FILES if f.name == name)
    wanted = (
        [f"{name}:1: {name}: expected a mapping, got a list"]
        if content == "[]"
        else [f"{name}:1: {name}.{key}: missing required field" for key in sections]
    )
    problems = problems_of(folder)
    assert set(wanted) <= set(problems), problems


# --- a field is declared once, on its dataclass -------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Stand:
    """What a developer adds to a pack: a record whose fields say how each is read."""

    id: str = field(metadata=read_as(Kind.ID))
    name: dict[str, str] = field(metadata=read_as(Kind.TEXT))
    opens: dt.date | None = field(default=None, metadata=read_as(Kind.DATE))
    hall: str | None = field(default=None, metadata=read_as(Kind.CHOICE, choices=("a", "b")))
    floor: int | None = field(default=None, metadata=read_as(Kind.NUMBER, either_or="hall"))
    section: str = "stands"  # not in the YAML: given by the reader


def read_stands(tmp_path: Path, text: str) -> tuple[list[Stand], list[str]]:
    path = tmp_path / "stands.yaml"
    path.write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    data = read_yaml(path, problems, "`stands:`")
    stands = FieldReader(path.name, problems).records(
        Stand, data["stands"], "stands", 1, section="expo"
    )
    return stands, [str(p) for p in problems]


def test_a_field_declared_on_a_dataclass_is_read_and_checked(tmp_path: Path) -> None:
    stands, problems = read_stands(
        tmp_path,
        "stands:\n"
        "  - id: books\n"
        "    name: {fr: Livres, en: Books, ar: كتب}\n"
        "    opens: 2031-05-17\n"
        "    hall: a\n",
    )
    assert problems == []
    assert stands == [
        Stand(
            id="books",
            name={"fr": "Livres", "en": "Books", "ar": "كتب"},
            opens=dt.date(2031, 5, 17),
            hall="a",
            section="expo",
        )
    ]

    _, problems = read_stands(
        tmp_path,
        "stands:\n"
        "  - id: games\n"  # line 2: no name, no hall or floor
        "    opens: soon\n"
        "    colour: red\n"
        "  - id: food\n"  # line 5
        "    name: Food\n"
        "    hall: c\n"
        "    floor: 2\n",
    )
    assert problems == [
        "stands.yaml:4: stands[games].colour: unknown field "
        "(expected: id, name, opens, hall, floor)",
        "stands.yaml:2: stands[games].name: missing required field",
        "stands.yaml:2: stands[games].floor: give exactly one of `floor` or `hall`",
        "stands.yaml:3: stands[games].opens: expected a date like 2024-12-12, got 'soon'",
        "stands.yaml:5: stands[food].floor: give exactly one of `floor` or `hall`",
        "stands.yaml:6: stands[food].name: "
        "expected a text per language (fr, en, ar), got one string",
        "stands.yaml:7: stands[food].hall: expected one of a, b",
    ]


@pytest.mark.parametrize(
    "kind, options",
    [
        (Kind.ITEMS, {}),
        (Kind.CHOICE, {}),
        (Kind.TEXT, {"of": Pack}),
        (Kind.ID, {"choices": ("a",)}),
    ],
)
def test_a_kind_without_its_option_or_with_another_is_refused_where_declared(
    kind: Kind, options: dict[str, object]
) -> None:
    with pytest.raises(TypeError):
        read_as(kind, **options)


# --- warnings: the pack loads, but an organiser should look -------------------------------------

DATE_PHRASING = r"^        - date du sommet santé mentale$"


def warnings_of(folder: Path, today: dt.date | None = None) -> list[str]:
    return [str(warning) for warning in load_pack(folder, today=today).warnings]


def phrasing_warnings(folder: Path) -> list[str]:
    """The warnings about phrasings, whatever the date says about the help resources."""
    return [w for w in warnings_of(folder) if ".questions." in w.split(": ")[1]]


def test_the_shipped_pack_has_no_phrasing_in_two_entries() -> None:
    assert phrasing_warnings(KNOWLEDGE) == []


def test_a_phrasing_in_two_entries_is_a_warning_naming_both(tmp_path: Path) -> None:
    # Another entry's phrasing, as the matcher reads it: case, accents, punctuation and a
    # plural "s" make no difference to it.
    folder = broken_pack(
        tmp_path,
        Edit(
            "faq.yaml",
            r"^(        - que veut dire MENAT)$",
            r"\1\n        - Dates du sommet, SANTE mentale ?",
        ),
    )
    first = line_of(folder / "event.yaml", DATE_PHRASING)
    line = line_of(folder / "faq.yaml", r"^        - Dates du sommet, SANTE")
    assert phrasing_warnings(folder) == [
        f"faq.yaml:{line}: faq[faq_menat].questions.fr: warning: 'Dates du sommet, SANTE "
        f"mentale ?' is also a phrasing of event_date (event.yaml:{first}), so the bot asks "
        "which one; keep it in one entry"
    ]
    # A warning, not a problem: the pack still loads and answers.
    assert load_pack(folder).entry("faq_menat") is not None


def test_one_entry_may_repeat_a_phrasing(tmp_path: Path) -> None:
    folder = broken_pack(
        tmp_path,
        Edit(
            "event.yaml",
            f"({DATE_PHRASING[1:-1]})$",
            r"\1\n        - date du sommet santé mentale",
        ),
    )
    assert phrasing_warnings(folder) == []


def test_a_resource_not_checked_for_180_days_is_a_warning(pack: Pack) -> None:
    dates = [resource.verified_on for resource in pack.resources]
    assert warnings_of(KNOWLEDGE, min(dates) + dt.timedelta(days=VERIFIED_MAX_DAYS)) == []

    late = max(dates) + dt.timedelta(days=VERIFIED_MAX_DAYS + 1)
    warnings = warnings_of(KNOWLEDGE, late)
    assert len(warnings) == len(pack.resources)
    checked = next(r.verified_on for r in pack.resources if r.id == "stop_silence")
    line = line_of(
        KNOWLEDGE / "safety.yaml", r"^    verified_on: ", after=[r"- id: stop_silence$"]
    )
    assert (
        f"safety.yaml:{line}: resources[stop_silence].verified_on: warning: last checked "
        f"{checked}, {(late - checked).days} days ago (over 180): call or open 'stopsilence.org' "
        "to check it still works, then update verified_on"
    ) in warnings
