"""Loading a pack: which file holds what (`PACK_FILES`), and `load_pack` putting it together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.knowledge.checks import (
    check_asked,
    check_references,
    placeholders,
    shared_phrasings,
    stale_resources,
)
from bot.knowledge.fields import FieldReader
from bot.knowledge.model import Crisis, Entry, Event, Pack, Panel, Resource, Speaker
from bot.knowledge.problems import PackError, PlaceholderError, Problem
from bot.knowledge.yaml_lines import describe, line_of, read_yaml
from bot.text import words

# Reads the value of a top-level key: (reader of its file, value, path, line) -> what it holds.
Reader = Callable[[FieldReader, Any, str, int], Any]


def one(cls: type) -> Reader:
    """A mapping read into `cls`."""
    return lambda reader, value, path, line: reader.record(cls, value, path, line)


def many(cls: type, **fixed: Any) -> Reader:
    """A list of mappings, each read into `cls`; `fixed` fills the fields the YAML has not."""
    return lambda reader, value, path, line: reader.records(cls, value, path, line, **fixed)


def read_resources(reader: FieldReader, value: Any, path: str, line: int) -> list[Resource]:
    """The help resources: at least one, and the emergency services marked as such."""
    resources = reader.records(Resource, value, path, line)
    if isinstance(value, list) and not value:
        reader.fail(
            line,
            path,
            "list the help resources (at least the emergency services, with "
            "`emergency: true`): the crisis reply gives them to someone in distress",
        )
    if resources and not any(r.emergency for r in resources):
        reader.fail(
            line,
            path,
            "mark the emergency services with `emergency: true`: they lead the reply to "
            "someone in danger now",
        )
    return resources


def read_vocabulary(
    reader: FieldReader, value: Any, path: str, line: int
) -> dict[str, tuple[str, ...]]:
    """Concept name -> words and phrases; a word belongs to one concept only."""
    if not isinstance(value, dict):
        reader.fail(line, path, f"expected a mapping, got {describe(value)}")
        return {}
    vocabulary: dict[str, tuple[str, ...]] = {}
    owner: dict[str, str] = {}
    for name, raw in value.items():
        concept_path, concept_line = f"{path}.{name}", line_of(value, name)
        reader.identifier(name, concept_path, concept_line)
        found = reader.strings(raw, concept_path, concept_line)
        for text in found:
            # One word, one meaning: a word in two concepts would make both match anything.
            # Compared as the matcher reads them, so "parent" and "parents" are one word.
            key = " ".join(words(text))
            if key in owner and owner[key] != name:
                reader.fail(
                    concept_line, concept_path, f"{text!r} is already in {path}.{owner[key]}"
                )
            owner[key] = name
        vocabulary[str(name)] = found
    return vocabulary


# The label of asked questions the pack cannot answer (asked.yaml).
UNANSWERABLE = "unanswerable"


def read_asked(
    reader: FieldReader, value: Any, path: str, line: int
) -> dict[str, tuple[str, ...]]:
    """Entry id (or `unanswerable`) -> questions people asked that it answers; the ids are
    checked against the pack's once every file is read (`check_asked`)."""
    if not isinstance(value, dict):
        reader.fail(
            line, path, f"expected a mapping of entry ids to questions, got {describe(value)}"
        )
        return {}
    asked: dict[str, tuple[str, ...]] = {}
    for name, raw in value.items():
        entry_path, entry_line = f"{path}.{name}", line_of(value, name)
        reader.identifier(name, entry_path, entry_line)
        asked[str(name)] = reader.strings(raw, entry_path, entry_line)
    return asked


@dataclass(frozen=True)
class PackFile:
    """One file of the pack: its top-level keys, each with its reader, in reading order."""

    name: str
    sections: dict[str, Reader]
    # What the file holds, for the message about an empty one.
    contents: str
    # A pack may leave the file out.
    optional: bool = False


PACK_FILES = (
    PackFile(
        "event.yaml",
        {"event": one(Event), "facts": many(Entry, kind="fact")},
        "`event:` (name, date, city...) and `facts:` (questions and answers)",
    ),
    PackFile(
        "faq.yaml",
        {"faq": many(Entry, kind="faq")},
        "`faq:`, a list of entries (`faq: []` for none)",
    ),
    PackFile(
        "panels.yaml",
        {"panels": many(Panel)},
        "`panels:`, the round tables (id, number, title, summary, themes, speakers)",
    ),
    PackFile(
        "speakers.yaml",
        {"speakers": many(Speaker)},
        "`speakers:`, the speakers (id, name, names_ar, role, talk, panel)",
    ),
    PackFile(
        "smalltalk.yaml",
        {"smalltalk": many(Entry, kind="smalltalk")},
        "`smalltalk:`, a list of entries (`smalltalk: []` for none)",
    ),
    PackFile(
        "safety.yaml",
        {"crisis": one(Crisis), "resources": read_resources},
        "`crisis:` (the reply and acute texts in fr, en, ar) and `resources:` "
        "(the help resources, emergency services marked `emergency: true`)",
    ),
    PackFile(
        "vocabulary.yaml",
        {"concepts": read_vocabulary},
        "`concepts:`, or delete the file",
        optional=True,
    ),
    PackFile(
        "asked.yaml",
        {"asked": read_asked},
        "`asked:` (entry id or `unanswerable` -> questions people asked), or delete the file",
        optional=True,
    ),
)
FILES = tuple(f.name for f in PACK_FILES if not f.optional)
OPTIONAL_FILES = tuple(f.name for f in PACK_FILES if f.optional)
CONTENTS = {f.name: f.contents for f in PACK_FILES}


def load_pack(directory: Path, *, today: dt.date | None = None) -> Pack:
    """Read and validate the pack in `directory`; raise PackError listing every problem.

    `today` (default: the real date) is what `verified_on` dates are compared with.
    """
    directory = Path(directory)
    problems: list[Problem] = []
    if not directory.is_dir():
        raise PackError([Problem(str(directory), 0, "-", "knowledge folder not found")])
    data = {
        f.name: read_yaml(directory / f.name, problems, f.contents)
        for f in PACK_FILES
        if not f.optional or (directory / f.name).exists()
    }
    # A pack fresh from `summit-bot init`: list what is left to fill in, and only that, so
    # each placeholder is one line rather than one per rule its text breaks.
    left = [problem for name, value in data.items() for problem in placeholders(value, name)]
    if left:
        raise PlaceholderError(problems + left)
    read: dict[str, Any] = {}  # top-level key -> what its reader made of it
    for pack_file in PACK_FILES:
        value = data.get(pack_file.name)
        if value is None:
            continue
        reader = FieldReader(pack_file.name, problems)
        top = reader.mapping(value, pack_file.name, 1, dict.fromkeys(pack_file.sections, True))
        if top is None:
            continue
        for key, read_section in pack_file.sections.items():
            read[key] = read_section(reader, top.get(key), key, line_of(top, key))
    problems += check_references(data, read)
    if not problems:
        # An id missing because its own file is broken is that file's problem, said once.
        problems += check_asked(data, read, UNANSWERABLE)
    event = read.get("event")
    if problems or event is None:
        if not problems:
            problems.append(Problem("event.yaml", 0, "event", "missing"))
        raise PackError(problems)
    crisis: Crisis = read["crisis"]
    return Pack(
        directory=directory,
        event=event,
        facts=tuple(read["facts"]),
        faq=tuple(read["faq"]),
        panels=tuple(sorted(read["panels"], key=lambda p: p.number)),
        speakers=tuple(read["speakers"]),
        smalltalk=tuple(read["smalltalk"]),
        crisis_reply=crisis.reply,
        resources=tuple(read["resources"]),
        acute_reply=crisis.acute,
        concern_reply=crisis.concern,
        vocabulary=read.get("concepts", {}),
        asked=read.get("asked", {}),
        warnings=tuple(
            shared_phrasings(data, read)
            + stale_resources(data, read["resources"], today or dt.date.today())
        ),
    )
