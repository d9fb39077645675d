"""The knowledge pack: YAML files read into frozen dataclasses, with every problem reported."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from bot.text import LANGUAGES, words

PHRASING_KEYS = (*LANGUAGES, "darija")
LIST_KINDS = ("programme", "speakers")
MAX_MESSAGE = 4096
# A help resource checked longer ago than this may have changed its number or its hours.
VERIFIED_MAX_DAYS = 180
_ID = re.compile(r"^[a-z0-9_]{1,40}$")
# What `summit-bot init` writes where an organiser has something to fill in: <<EVENT NAME>>.
PLACEHOLDER = re.compile(r"<<[^<>]*>>")

# libyaml's parser when PyYAML was built with it: several times faster on a large pack.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Text = dict[str, str]
Phrasings = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the pack, where it is and what is wrong.

    A warning does not stop the pack from loading: the bot works, but an organiser should look.
    """

    file: str
    line: int
    path: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        level = "warning: " if self.warning else ""
        return f"{self.file}:{self.line}: {self.path}: {level}{self.message}"


class PackError(Exception):
    """The pack is invalid; `problems` lists everything found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class PlaceholderError(PackError):
    """The pack still has <<placeholders>> from `summit-bot init`; `problems` lists each."""


@dataclass(frozen=True)
class Social:
    network: str
    handle: str


@dataclass(frozen=True)
class Event:
    name: Text
    short_name: Text
    organiser: Text
    date: dt.date
    city: Text
    country: Text
    summary: Text
    social: tuple[Social, ...]
    # Questions /help shows as examples, per language (fr, en, ar).
    examples: Phrasings
    # An IANA time zone name: reports count hours and days as people at the event lived them.
    timezone: str = "UTC"

    @property
    def zone(self) -> ZoneInfo:
        """The event's time zone (validated when the pack was read)."""
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Entry:
    """A fact, FAQ entry or small-talk entry: phrasings people type, and the answer."""

    id: str
    kind: str  # fact | faq | smalltalk
    questions: Phrasings
    answer: Text | None
    list: str | None = None
    label: Text | None = None
    keywords: Phrasings | None = None


@dataclass(frozen=True)
class Panel:
    id: str
    number: int
    title: Text
    summary: Text
    themes: dict[str, tuple[str, ...]]
    speakers: tuple[str, ...]
    questions: Phrasings


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str
    aliases: tuple[str, ...]
    names_ar: tuple[str, ...]
    title: Text | None
    role: Text
    talk: Text
    keywords: Phrasings
    quote: Text | None
    panel: str
    questions: Phrasings
    # Descriptions that may fit several speakers ("psychiatrist", "woman", "quoted"):
    # a question using one is answered with every speaker who has it.
    tags: Phrasings = field(default_factory=dict)


@dataclass(frozen=True)
class Resource:
    id: str
    name: Text
    contact: str
    description: Text
    verified_on: dt.date
    # Emergency services (ambulance, police) come first when someone is in danger right now.
    emergency: bool = False


@dataclass(frozen=True)
class Pack:
    """Everything the bot knows, in the order organisers wrote it."""

    directory: Path
    event: Event
    facts: tuple[Entry, ...]
    faq: tuple[Entry, ...]
    panels: tuple[Panel, ...]
    speakers: tuple[Speaker, ...]
    smalltalk: tuple[Entry, ...]
    crisis_reply: Text
    resources: tuple[Resource, ...]
    # The reply when someone has already taken pills or is hurt now: {emergency} first.
    acute_reply: Text
    # The event's own synonyms: concept name -> words and phrases (vocabulary.yaml).
    vocabulary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # What `check` warns about: the pack works, but something deserves a look.
    warnings: tuple[Problem, ...] = ()

    def entries(self) -> tuple[Entry, ...]:
        """Facts, FAQ and small talk, in file order."""
        return self.facts + self.faq + self.smalltalk

    def speaker(self, speaker_id: str) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def panel(self, panel_id: str) -> Panel | None:
        return next((p for p in self.panels if p.id == panel_id), None)

    def panel_by_number(self, number: int) -> Panel | None:
        return next((p for p in self.panels if p.number == number), None)

    def entry(self, entry_id: str) -> Entry | None:
        return next((e for e in self.entries() if e.id == entry_id), None)

    def ids(self) -> list[str]:
        """Every id a reply can name as its source, in a fixed order."""
        return (
            [e.id for e in self.facts + self.faq]
            + [p.id for p in self.panels]
            + [s.id for s in self.speakers]
            + [e.id for e in self.smalltalk]
        )


# --- reading YAML with line numbers --------------------------------------------------------


class _Map(dict):
    """A mapping that remembers the line of each key, so errors can point at it."""

    line = 0
    key_lines: dict[str, int]


class _Seq(list):
    line = 0
    item_lines: list[int]


def _convert(node: yaml.Node, loader: Any, problems: list[Problem], file: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        result = _Map()
        result.line, result.key_lines = node.start_mark.line + 1, {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            line = key_node.start_mark.line + 1
            if key in result:
                problems.append(Problem(file, line, str(key), "duplicate key"))
            result[key] = _convert(value_node, loader, problems, file)
            result.key_lines[key] = line
        return result
    if isinstance(node, yaml.SequenceNode):
        seq = _Seq(_convert(item, loader, problems, file) for item in node.value)
        seq.line, seq.item_lines = (
            node.start_mark.line + 1,
            [i.start_mark.line + 1 for i in node.value],
        )
        return seq
    try:
        return loader.construct_object(node)
    except ValueError:
        # PyYAML reads 2024-13-12 as a date and fails on the month: keep the text, and let
        # the field's own check say what it expects.
        return node.value


def _read_yaml(path: Path, problems: list[Problem]) -> Any:
    file = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(Problem(file, 0, "-", "file is missing"))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(file, 0, "-", f"cannot be read: {exc}"))
        return None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            # An empty or comment-only file would load as "nothing here": no crisis reply, no
            # round tables. Said plainly, rather than failing on the first distress message.
            problems.append(
                Problem(
                    file, 0, "-", f"no content (empty or only comments): write {CONTENTS[file]}"
                )
            )
            return None
        return _convert(node, loader, problems, file)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        problems.append(Problem(file, line, "-", f"YAML syntax error: {exc.problem}"))
        return None
    finally:
        loader.dispose()


# --- validation -----------------------------------------------------------------------------


class _Checker:
    """Reads typed fields out of YAML mappings, recording a Problem for each bad one."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def fail(self, line: int, path: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, path, message))

    def mapping(self, value: Any, path: str, line: int, fields: dict[str, bool]) -> _Map | None:
        """Check that `value` is a mapping with the required fields and no unknown ones."""
        if not isinstance(value, dict):
            self.fail(line, path, f"expected a mapping, got {_kind(value)}")
            return None
        for key in value:
            if key not in fields:
                known = ", ".join(fields)
                self.fail(_line(value, key), f"{path}.{key}", f"unknown field (expected: {known})")
        for key, required in fields.items():
            if required and key not in value:
                self.fail(value.line, f"{path}.{key}", "missing required field")
        return value

    def field(self, parent: _Map, key: str, path: str, read: Callable[..., Any]) -> Any:
        if key not in parent:
            return None
        return read(parent[key], f"{path}.{key}", _line(parent, key))

    def string(self, value: Any, path: str, line: int) -> str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.fail(line, path, f"expected non-empty text, got {_kind(value)}")
            return ""
        if len(value) > MAX_MESSAGE:
            self.fail(line, path, f"longer than Telegram's {MAX_MESSAGE} characters")
        return value.strip()

    def identifier(self, value: Any, path: str, line: int) -> str:
        if not isinstance(value, str) or not _ID.match(value):
            self.fail(
                line, path, f"expected an id of 1-40 characters a-z, 0-9 or _, got {value!r}"
            )
            return str(value)
        return value

    def zone(self, value: Any, path: str, line: int) -> str:
        """An IANA time zone name that this machine's zoneinfo knows."""
        if isinstance(value, str) and value.strip():
            try:
                return ZoneInfo(value.strip()).key
            except (ZoneInfoNotFoundError, ValueError, OSError):
                pass
        self.fail(line, path, f"expected a time zone name like Africa/Lagos or UTC, got {value!r}")
        return "UTC"

    def date(self, value: Any, path: str, line: int) -> dt.date:
        if isinstance(value, dt.date):
            return value
        self.fail(line, path, f"expected a date like 2024-12-12, got {value!r}")
        return dt.date.min

    def number(self, value: Any, path: str, line: int) -> int:
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        self.fail(line, path, f"expected a positive whole number, got {value!r}")
        return 0

    def text(self, value: Any, path: str, line: int) -> Text:
        """A text in every language: {fr: ..., en: ..., ar: ...}."""
        if isinstance(value, str):
            self.fail(line, path, "expected a text per language (fr, en, ar), got one string")
            return {}
        mapping = self.mapping(value, path, line, dict.fromkeys(LANGUAGES, True))
        if mapping is None:
            return {}
        return {
            lang: self.string(mapping[lang], f"{path}.{lang}", _line(mapping, lang))
            for lang in LANGUAGES
            if lang in mapping
        }

    def strings(self, value: Any, path: str, line: int) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            self.fail(line, path, f"expected a non-empty list of texts, got {_kind(value)}")
            return ()
        lines = getattr(value, "item_lines", [line] * len(value))
        return tuple(self.string(v, f"{path}[{i}]", lines[i]) for i, v in enumerate(value))

    def examples(self, value: Any, path: str, line: int) -> Phrasings:
        """A list of texts in every language: {fr: [...], en: [...], ar: [...]}."""
        mapping = self.mapping(value, path, line, dict.fromkeys(LANGUAGES, True))
        if mapping is None:
            return {}
        return {
            lang: self.strings(mapping[lang], f"{path}.{lang}", _line(mapping, lang))
            for lang in LANGUAGES
            if lang in mapping
        }

    def phrasings(
        self, value: Any, path: str, line: int, required: tuple[str, ...] = ()
    ) -> Phrasings:
        fields = {key: key in required for key in PHRASING_KEYS}
        mapping = self.mapping(value, path, line, fields)
        if mapping is None:
            return {}
        return {
            key: self.strings(mapping[key], f"{path}.{key}", _line(mapping, key))
            for key in PHRASING_KEYS
            if key in mapping
        }

    def items(self, value: Any, path: str, line: int) -> Iterator[tuple[_Map, str, int]]:
        if not isinstance(value, list):
            self.fail(line, path, f"expected a list, got {_kind(value)}")
            return
        for index, item in enumerate(value):
            item_line = value.item_lines[index] if isinstance(value, _Seq) else line
            label = item.get("id") if isinstance(item, dict) else None
            yield item, f"{path}[{label or index}]", item_line


def _line(mapping: Any, key: str) -> int:
    return getattr(mapping, "key_lines", {}).get(key, getattr(mapping, "line", 0))


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    for kind, name in ((dict, "a mapping"), (list, "a list"), (str, "text"), (bool, "true/false")):
        if isinstance(value, kind):
            return name
    return f"{type(value).__name__} {value!r}"


# --- the files ------------------------------------------------------------------------------


def _read_event(data: Any, c: _Checker) -> tuple[Event | None, list[Entry]]:
    top = c.mapping(data, "event.yaml", 1, {"event": True, "facts": True})
    if top is None:
        return None, []
    event = None
    fields = {
        "name": True,
        "short_name": True,
        "organiser": True,
        "date": True,
        "city": True,
        "country": True,
        "summary": True,
        "social": False,
        "timezone": False,
        "examples": True,
    }
    raw = c.mapping(top.get("event"), "event", _line(top, "event"), fields)
    if raw is not None:
        texts = {
            k: c.field(raw, k, "event", c.text) or {}
            for k in fields
            if k not in ("date", "social", "timezone", "examples")
        }
        social = []
        for item, path, line in c.items(
            raw.get("social", []), "event.social", _line(raw, "social")
        ):
            m = c.mapping(item, path, line, {"network": True, "handle": True})
            if m is not None:
                social.append(
                    Social(
                        c.field(m, "network", path, c.string) or "",
                        c.field(m, "handle", path, c.string) or "",
                    )
                )
        event = Event(
            date=c.field(raw, "date", "event", c.date) or dt.date.min,
            social=tuple(social),
            timezone=c.field(raw, "timezone", "event", c.zone) or "UTC",
            examples=c.field(raw, "examples", "event", c.examples) or {},
            **texts,
        )
    facts = _read_entries(top.get("facts"), "facts", _line(top, "facts"), "fact", c)
    return event, facts


def _read_entries(value: Any, path: str, line: int, kind: str, c: _Checker) -> list[Entry]:
    entries = []
    fields = {
        "id": True,
        "label": False,
        "questions": True,
        "keywords": False,
        "answer": False,
        "list": False,
    }
    for item, item_path, item_line in c.items(value, path, line):
        m = c.mapping(item, item_path, item_line, fields)
        if m is None:
            continue
        has_list = "list" in m
        if has_list == ("answer" in m):
            c.fail(m.line, f"{item_path}.answer", "give exactly one of `answer` or `list`")
        listed = c.field(m, "list", item_path, c.string)
        if listed and listed not in LIST_KINDS:
            c.fail(
                _line(m, "list"), f"{item_path}.list", f"expected one of {', '.join(LIST_KINDS)}"
            )
        entries.append(
            Entry(
                id=c.field(m, "id", item_path, c.identifier) or "",
                kind=kind,
                questions=c.field(
                    m, "questions", item_path, lambda v, p, ln: c.phrasings(v, p, ln, LANGUAGES)
                )
                or {},
                answer=c.field(m, "answer", item_path, c.text),
                list=listed,
                label=c.field(m, "label", item_path, c.text),
                keywords=c.field(m, "keywords", item_path, c.phrasings),
            )
        )
    return entries


def _read_panels(data: Any, c: _Checker) -> list[Panel]:
    top = c.mapping(data, "panels.yaml", 1, {"panels": True})
    if top is None:
        return []
    panels = []
    fields = {
        "id": True,
        "number": True,
        "title": True,
        "summary": True,
        "themes": True,
        "speakers": True,
        "questions": False,
    }
    for item, path, line in c.items(top.get("panels"), "panels", _line(top, "panels")):
        m = c.mapping(item, path, line, fields)
        if m is None:
            continue
        speakers = c.field(m, "speakers", path, c.strings) or ()
        panels.append(
            Panel(
                id=c.field(m, "id", path, c.identifier) or "",
                number=c.field(m, "number", path, c.number) or 0,
                title=c.field(m, "title", path, c.text) or {},
                summary=c.field(m, "summary", path, c.text) or {},
                themes=c.field(
                    m, "themes", path, lambda v, p, ln: c.phrasings(v, p, ln, LANGUAGES)
                )
                or {},
                speakers=tuple(speakers),
                questions=c.field(m, "questions", path, c.phrasings) or {},
            )
        )
    return panels


def _read_speakers(data: Any, c: _Checker) -> list[Speaker]:
    top = c.mapping(data, "speakers.yaml", 1, {"speakers": True})
    if top is None:
        return []
    speakers = []
    fields = {
        "id": True,
        "name": True,
        "aliases": False,
        "names_ar": True,
        "title": False,
        "role": True,
        "talk": True,
        "keywords": False,
        "quote": False,
        "panel": True,
        "questions": False,
        "tags": False,
    }
    for item, path, line in c.items(top.get("speakers"), "speakers", _line(top, "speakers")):
        m = c.mapping(item, path, line, fields)
        if m is None:
            continue
        speakers.append(
            Speaker(
                id=c.field(m, "id", path, c.identifier) or "",
                name=c.field(m, "name", path, c.string) or "",
                aliases=c.field(m, "aliases", path, c.strings) or (),
                names_ar=c.field(m, "names_ar", path, c.strings) or (),
                title=c.field(m, "title", path, c.text),
                role=c.field(m, "role", path, c.text) or {},
                talk=c.field(m, "talk", path, c.text) or {},
                keywords=c.field(m, "keywords", path, c.phrasings) or {},
                quote=c.field(m, "quote", path, c.text),
                panel=c.field(m, "panel", path, c.identifier) or "",
                questions=c.field(m, "questions", path, c.phrasings) or {},
                tags=c.field(m, "tags", path, c.phrasings) or {},
            )
        )
    return speakers


def _read_smalltalk(data: Any, c: _Checker) -> list[Entry]:
    top = c.mapping(data, "smalltalk.yaml", 1, {"smalltalk": True})
    if top is None:
        return []
    return _read_entries(
        top.get("smalltalk"), "smalltalk", _line(top, "smalltalk"), "smalltalk", c
    )


def _read_faq(data: Any, c: _Checker) -> list[Entry]:
    top = c.mapping(data, "faq.yaml", 1, {"faq": True})
    if top is None:
        return []
    return _read_entries(top.get("faq"), "faq", _line(top, "faq"), "faq", c)


def _read_safety(data: Any, c: _Checker) -> tuple[Text, Text, list[Resource]]:
    top = c.mapping(data, "safety.yaml", 1, {"crisis": True, "resources": True})
    if top is None:
        return {}, {}, []
    reply: Text = {}
    acute: Text = {}
    crisis = c.mapping(
        top.get("crisis"), "crisis", _line(top, "crisis"), {"reply": True, "acute": True}
    )
    if crisis is not None:
        reply = c.field(crisis, "reply", "crisis", c.text) or {}
        acute = c.field(crisis, "acute", "crisis", c.text) or {}
        wanted = (
            ("reply", reply, "{resources}", "help resources are listed"),
            ("acute", acute, "{emergency}", "emergency numbers are listed first"),
        )
        for key, texts, placeholder, where in wanted:
            for lang, text in texts.items():
                if placeholder not in text:
                    c.fail(
                        _line(crisis, key),
                        f"crisis.{key}.{lang}",
                        f"must contain {placeholder}, where the {where}",
                    )
    resources = []
    fields = {
        "id": True,
        "name": True,
        "contact": True,
        "description": True,
        "verified_on": True,
        "emergency": False,
    }
    for item, path, line in c.items(top.get("resources"), "resources", _line(top, "resources")):
        m = c.mapping(item, path, line, fields)
        if m is not None:
            emergency = m.get("emergency", False)
            if not isinstance(emergency, bool):
                c.fail(_line(m, "emergency"), f"{path}.emergency", "expected true or false")
            resources.append(
                Resource(
                    id=c.field(m, "id", path, c.identifier) or "",
                    name=c.field(m, "name", path, c.text) or {},
                    contact=c.field(m, "contact", path, c.string) or "",
                    description=c.field(m, "description", path, c.text) or {},
                    verified_on=c.field(m, "verified_on", path, c.date) or dt.date.min,
                    emergency=emergency is True,
                )
            )
    if isinstance(top.get("resources"), list) and not top["resources"]:
        c.fail(
            _line(top, "resources"),
            "resources",
            "list the help resources (at least the emergency services, with "
            "`emergency: true`): the crisis reply gives them to someone in distress",
        )
    if resources and not any(r.emergency for r in resources):
        c.fail(
            _line(top, "resources"),
            "resources",
            "mark the emergency services with `emergency: true`: they lead the reply to "
            "someone in danger now",
        )
    return reply, acute, resources


def _read_vocabulary(data: Any, c: _Checker) -> dict[str, tuple[str, ...]]:
    top = c.mapping(data, "vocabulary.yaml", 1, {"concepts": True})
    if top is None:
        return {}
    concepts = top.get("concepts")
    if not isinstance(concepts, dict):
        c.fail(_line(top, "concepts"), "concepts", f"expected a mapping, got {_kind(concepts)}")
        return {}
    vocabulary: dict[str, tuple[str, ...]] = {}
    owner: dict[str, str] = {}
    for name, raw in concepts.items():
        path, line = f"concepts.{name}", _line(concepts, name)
        c.identifier(name, path, line)
        found = c.strings(raw, path, line)
        for text in found:
            # One word, one meaning: a word in two concepts would make both match anything.
            # Compared as the matcher reads them, so "parent" and "parents" are one word.
            key = " ".join(words(text))
            if key in owner and owner[key] != name:
                c.fail(line, path, f"{text!r} is already in concepts.{owner[key]}")
            owner[key] = name
        vocabulary[str(name)] = found
    return vocabulary


FILES = ("event.yaml", "faq.yaml", "panels.yaml", "speakers.yaml", "smalltalk.yaml", "safety.yaml")
# Files a pack may leave out.
OPTIONAL_FILES = ("vocabulary.yaml",)
# What each file holds, for the message about an empty one.
CONTENTS = {
    "event.yaml": "`event:` (name, date, city...) and `facts:` (questions and answers)",
    "faq.yaml": "`faq:`, a list of entries (`faq: []` for none)",
    "panels.yaml": "`panels:`, the round tables (id, number, title, summary, themes, speakers)",
    "speakers.yaml": "`speakers:`, the speakers (id, name, names_ar, role, talk, panel)",
    "smalltalk.yaml": "`smalltalk:`, a list of entries (`smalltalk: []` for none)",
    "safety.yaml": "`crisis:` (the reply and acute texts in fr, en, ar) and `resources:` "
    "(the help resources, emergency services marked `emergency: true`)",
    "vocabulary.yaml": "`concepts:`, or delete the file",
}


def load_pack(directory: Path, *, today: dt.date | None = None) -> Pack:
    """Read and validate the pack in `directory`; raise PackError listing every problem.

    `today` (default: the real date) is what `verified_on` dates are compared with.
    """
    directory = Path(directory)
    problems: list[Problem] = []
    if not directory.is_dir():
        raise PackError([Problem(str(directory), 0, "-", "knowledge folder not found")])
    data = {name: _read_yaml(directory / name, problems) for name in FILES}
    checkers = {name: _Checker(name, problems) for name in FILES + OPTIONAL_FILES}
    vocabulary_file = directory / "vocabulary.yaml"
    vocabulary_data = _read_yaml(vocabulary_file, problems) if vocabulary_file.exists() else None
    # A pack fresh from `summit-bot init`: list what is left to fill in, and only that, so
    # each placeholder is one line rather than one per rule its text breaks.
    placeholders = [
        problem
        for name, value in (*data.items(), ("vocabulary.yaml", vocabulary_data))
        for problem in _placeholders(value, name)
    ]
    if placeholders:
        raise PlaceholderError(problems + placeholders)
    vocabulary = (
        _read_vocabulary(vocabulary_data, checkers["vocabulary.yaml"])
        if vocabulary_data is not None
        else {}
    )
    event, facts = (
        (None, [])
        if data["event.yaml"] is None
        else _read_event(data["event.yaml"], checkers["event.yaml"])
    )
    faq = _read_faq(data["faq.yaml"], checkers["faq.yaml"]) if data["faq.yaml"] is not None else []
    panels = (
        _read_panels(data["panels.yaml"], checkers["panels.yaml"]) if data["panels.yaml"] else []
    )
    speakers = (
        _read_speakers(data["speakers.yaml"], checkers["speakers.yaml"])
        if data["speakers.yaml"]
        else []
    )
    smalltalk = (
        _read_smalltalk(data["smalltalk.yaml"], checkers["smalltalk.yaml"])
        if data["smalltalk.yaml"]
        else []
    )
    crisis, acute, resources = (
        _read_safety(data["safety.yaml"], checkers["safety.yaml"])
        if data["safety.yaml"]
        else ({}, {}, [])
    )
    _check_references(data, panels, speakers, facts, faq, smalltalk, resources, checkers)
    if problems or event is None:
        if not problems:
            problems.append(Problem("event.yaml", 0, "event", "missing"))
        raise PackError(problems)
    return Pack(
        directory=directory,
        event=event,
        facts=tuple(facts),
        faq=tuple(faq),
        panels=tuple(sorted(panels, key=lambda p: p.number)),
        speakers=tuple(speakers),
        smalltalk=tuple(smalltalk),
        crisis_reply=crisis,
        resources=tuple(resources),
        acute_reply=acute,
        vocabulary=vocabulary,
        warnings=tuple(
            _shared_phrasings(data, facts, faq, smalltalk, panels, speakers)
            + _stale_resources(data, resources, today or dt.date.today())
        ),
    )


def _shared_phrasings(
    data: dict[str, Any],
    facts: list[Entry],
    faq: list[Entry],
    smalltalk: list[Entry],
    panels: list[Panel],
    speakers: list[Speaker],
) -> list[Problem]:
    """A phrasing written under two entries: the bot can only ask "which one?" for it.

    Compared as the matcher reads words (folded, stemmed), like vocabulary clashes. Only the
    `questions` people type are compared: keywords and tags may be shared on purpose (they
    rank below a phrasing), and one entry may repeat a wording in several languages.
    """
    warnings: list[Problem] = []
    owner: dict[str, tuple[str, str, int]] = {}  # folded wording -> (entry id, file, line)
    groups: list[tuple[str, str, Sequence[Entry | Panel | Speaker]]] = [
        ("event.yaml", "facts", facts),
        ("faq.yaml", "faq", faq),
        ("smalltalk.yaml", "smalltalk", smalltalk),
        ("panels.yaml", "panels", panels),
        ("speakers.yaml", "speakers", speakers),
    ]
    for file, key, items in groups:
        raw_items = data[file].get(key)
        for index, item in enumerate(items):
            raw = raw_items[index].get("questions")
            for lang, texts in item.questions.items():
                lines = getattr(raw[lang], "item_lines", [_line(raw, lang)] * len(texts))
                for text, line in zip(texts, lines, strict=True):
                    wording = " ".join(words(text))
                    first = owner.setdefault(wording, (item.id, file, line))
                    if wording and first[0] != item.id:
                        warnings.append(
                            Problem(
                                file,
                                line,
                                f"{key}[{item.id}].questions.{lang}",
                                f"{text!r} is also a phrasing of {first[0]} ({first[1]}:"
                                f"{first[2]}), so the bot asks which one; keep it in one entry",
                                warning=True,
                            )
                        )
    return warnings


def _stale_resources(
    data: dict[str, Any], resources: list[Resource], today: dt.date
) -> list[Problem]:
    """Help resources nobody has checked for VERIFIED_MAX_DAYS: numbers and hours change."""
    raw_items = data["safety.yaml"]["resources"]
    warnings = []
    for raw, resource in zip(raw_items, resources, strict=True):
        age = (today - resource.verified_on).days
        if age > VERIFIED_MAX_DAYS:
            warnings.append(
                Problem(
                    "safety.yaml",
                    _line(raw, "verified_on"),
                    f"resources[{resource.id}].verified_on",
                    f"last checked {resource.verified_on}, {age} days ago (over "
                    f"{VERIFIED_MAX_DAYS}): call or open {resource.contact!r} to check it "
                    "still works, then update verified_on",
                    warning=True,
                )
            )
    return warnings


def _check_references(
    data: dict[str, Any],
    panels: list[Panel],
    speakers: list[Speaker],
    facts: list[Entry],
    faq: list[Entry],
    smalltalk: list[Entry],
    resources: list[Resource],
    checkers: dict[str, _Checker],
) -> None:
    """Ids unique across files; panels and speakers that name each other exist and agree."""
    seen: dict[str, str] = {}
    groups: list[tuple[str, str, list[Any]]] = [
        ("event.yaml", "facts", facts),
        ("faq.yaml", "faq", faq),
        ("panels.yaml", "panels", panels),
        ("speakers.yaml", "speakers", speakers),
        ("smalltalk.yaml", "smalltalk", smalltalk),
        ("safety.yaml", "resources", resources),
    ]
    for file, key, items in groups:
        lines = _item_lines(data.get(file), key)
        for index, item in enumerate(items):
            if not item.id:
                continue
            if item.id in seen:
                checkers[file].fail(
                    lines[index] if index < len(lines) else 0,
                    f"{key}[{item.id}].id",
                    f"duplicate id, already used in {seen[item.id]}",
                )
            else:
                seen[item.id] = file
    panel_ids = {p.id: p for p in panels}
    speaker_ids = {s.id for s in speakers}
    numbers: set[int] = set()
    panel_lines = _item_lines(data.get("panels.yaml"), "panels")
    for index, panel in enumerate(panels):
        line = panel_lines[index] if index < len(panel_lines) else 0
        if panel.number in numbers:
            checkers["panels.yaml"].fail(line, f"panels[{panel.id}].number", "duplicate number")
        numbers.add(panel.number)
        for sid in panel.speakers:
            if sid not in speaker_ids:
                checkers["panels.yaml"].fail(
                    line, f"panels[{panel.id}].speakers", f"unknown speaker {sid!r}"
                )
    speaker_lines = _item_lines(data.get("speakers.yaml"), "speakers")
    for index, speaker in enumerate(speakers):
        line = speaker_lines[index] if index < len(speaker_lines) else 0
        panel = panel_ids.get(speaker.panel)
        if speaker.panel and panel is None:
            checkers["speakers.yaml"].fail(
                line, f"speakers[{speaker.id}].panel", f"unknown panel {speaker.panel!r}"
            )
        elif panel is not None and speaker.id not in panel.speakers:
            checkers["speakers.yaml"].fail(
                line,
                f"speakers[{speaker.id}].panel",
                f"panel {panel.id!r} does not list this speaker in its speakers",
            )


def _placeholders(data: Any, file: str, path: str = "", line: int = 0) -> Iterator[Problem]:
    """One problem per placeholder left in a file's YAML, named by its line and field."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _placeholders(
                value, file, f"{path}.{key}" if path else str(key), _line(data, key)
            )
    elif isinstance(data, list):
        lines = getattr(data, "item_lines", [])
        for index, item in enumerate(data):
            label = item.get("id") if isinstance(item, dict) else None
            item_line = lines[index] if index < len(lines) else line
            yield from _placeholders(item, file, f"{path}[{label or index}]", item_line)
    elif isinstance(data, str):
        for found in PLACEHOLDER.findall(data):
            yield Problem(file, line, path, f"fill in the placeholder {found}")


def _item_lines(data: Any, key: str) -> list[int]:
    items = data.get(key) if isinstance(data, dict) else None
    return list(getattr(items, "item_lines", []))
