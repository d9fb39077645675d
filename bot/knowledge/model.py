"""What a pack holds: frozen dataclasses whose fields say how the YAML behind them is read.

A field read from a pack file carries `metadata=read_as(Kind.X, ...)`: its name is the YAML
key, its `Kind` says how the value is read and checked (bot/knowledge/fields.py), and a field
without a default is required in the YAML. A field without it (an entry's `kind`) is not read
from the file: the loader fills it in. Records are keyword-only, so that their fields stand
in the order `check` lists them ("unknown field (expected: ...)") and reads them.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import MISSING, Field, dataclass, field, fields
from functools import cached_property
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.knowledge.problems import Problem
from bot.text import LANGUAGES

PHRASING_KEYS = (*LANGUAGES, "darija")
LIST_KINDS = ("programme", "speakers")
MAX_MESSAGE = 4096

Text = dict[str, str]
Phrasings = dict[str, tuple[str, ...]]


class Kind(enum.Enum):
    """What a field holds in the YAML; each has one reader in bot/knowledge/fields.py."""

    ID = "id"  # 1-40 characters a-z, 0-9 or _: `faq_tickets`
    STRING = "string"  # one text, the same in every language: a name, a phone number
    STRINGS = "strings"  # a non-empty list of texts (one text alone is a list of one)
    TEXT = "text"  # a text per language: {fr: ..., en: ..., ar: ...}
    TEXTS = "texts"  # a list of texts per language: {fr: [...], en: [...], ar: [...]}
    PHRASINGS = "phrasings"  # lists of texts under fr, en, ar and darija, all optional
    DATE = "date"  # 2024-12-12
    NUMBER = "number"  # a positive whole number
    ZONE = "zone"  # an IANA time zone name: Africa/Lagos, UTC
    FLAG = "flag"  # true or false
    CHOICE = "choice"  # one text out of `choices`
    ITEMS = "items"  # a list of mappings, each read into the dataclass `of`


@dataclass(frozen=True)
class Spec:
    """How one field is read: its kind and the options some kinds take."""

    kind: Kind
    # PHRASINGS: fr, en and ar are required (darija stays optional).
    every_language: bool = False
    # TEXT: (placeholder, where) that every language's text must contain, and what it marks.
    contains: tuple[str, str] | None = None
    # CHOICE: the texts allowed.
    choices: tuple[str, ...] = ()
    # ITEMS: the dataclass each item is read into.
    of: type | None = None
    # Exactly one of this field and the field named here must be given (`answer` or `list`).
    either_or: str | None = None

    def __post_init__(self) -> None:
        # A developer's slip, caught when the module is imported rather than on a pack.
        if (self.kind is Kind.ITEMS) != (self.of is not None):
            raise TypeError("`of=` names the dataclass of an ITEMS field, and only of one")
        if (self.kind is Kind.CHOICE) != bool(self.choices):
            raise TypeError("`choices=` lists what a CHOICE field allows, and only for one")


SPEC = "pack"  # the key of a field's Spec in its metadata


def read_as(kind: Kind, **options: Any) -> dict[str, Spec]:
    """The metadata of a dataclass field read from a pack file as `kind`:
    `name: Text = field(metadata=read_as(Kind.TEXT))`."""
    return {SPEC: Spec(kind, **options)}


def pack_fields(cls: type) -> list[tuple[Field[Any], Spec]]:
    """The fields of `cls` read from the YAML, in declared order, with how each is read."""
    return [(f, f.metadata[SPEC]) for f in fields(cls) if SPEC in f.metadata]


def is_required(f: Field[Any]) -> bool:
    return f.default is MISSING and f.default_factory is MISSING


@dataclass(frozen=True, kw_only=True)
class Social:
    network: str = field(metadata=read_as(Kind.STRING))
    handle: str = field(metadata=read_as(Kind.STRING))


@dataclass(frozen=True, kw_only=True)
class Event:
    name: Text = field(metadata=read_as(Kind.TEXT))
    short_name: Text = field(metadata=read_as(Kind.TEXT))
    organiser: Text = field(metadata=read_as(Kind.TEXT))
    date: dt.date = field(metadata=read_as(Kind.DATE))
    city: Text = field(metadata=read_as(Kind.TEXT))
    country: Text = field(metadata=read_as(Kind.TEXT))
    summary: Text = field(metadata=read_as(Kind.TEXT))
    social: tuple[Social, ...] = field(default=(), metadata=read_as(Kind.ITEMS, of=Social))
    # Other ways people write the city and the organiser ("Casa", "كازا"): a yes/no question
    # that names one ("c'était à Casa ?") checks it against the event (bot/checking.py).
    city_names: tuple[str, ...] = field(default=(), metadata=read_as(Kind.STRINGS))
    organiser_names: tuple[str, ...] = field(default=(), metadata=read_as(Kind.STRINGS))
    # Places people may guess it was held in instead: "c'était à Agadir ?" gets a no.
    other_places: tuple[str, ...] = field(default=(), metadata=read_as(Kind.STRINGS))
    # What people say the event was about when they name it ("the wellbeing meetup", "la
    # rencontre sur le moral des jeunes"): beside the event's name these words say which event,
    # not what is asked.
    theme: tuple[str, ...] = field(default=(), metadata=read_as(Kind.STRINGS))
    # Which edition this is (1 for a first), when the source says: "was this the second
    # summit?" then gets a no and the card that tells it (an `event_first` entry).
    edition: int | None = field(default=None, metadata=read_as(Kind.NUMBER))
    # An IANA time zone name: reports count hours and days as people at the event lived them.
    timezone: str = field(default="UTC", metadata=read_as(Kind.ZONE))
    # Questions /help shows as examples, per language (fr, en, ar).
    examples: Phrasings = field(metadata=read_as(Kind.TEXTS))

    @property
    def zone(self) -> ZoneInfo:
        """The event's time zone (validated when the pack was read)."""
        return ZoneInfo(self.timezone)


@dataclass(frozen=True, kw_only=True)
class Entry:
    """A fact, FAQ entry or small-talk entry: phrasings people type, and the answer."""

    id: str = field(metadata=read_as(Kind.ID))
    label: Text | None = field(default=None, metadata=read_as(Kind.TEXT))
    questions: Phrasings = field(metadata=read_as(Kind.PHRASINGS, every_language=True))
    keywords: Phrasings | None = field(default=None, metadata=read_as(Kind.PHRASINGS))
    answer: Text | None = field(default=None, metadata=read_as(Kind.TEXT, either_or="list"))
    list: str | None = field(default=None, metadata=read_as(Kind.CHOICE, choices=LIST_KINDS))
    # Not in the YAML: the section the entry comes from (fact | faq | smalltalk).
    kind: str


@dataclass(frozen=True, kw_only=True)
class Panel:
    id: str = field(metadata=read_as(Kind.ID))
    number: int = field(metadata=read_as(Kind.NUMBER))
    title: Text = field(metadata=read_as(Kind.TEXT))
    summary: Text = field(metadata=read_as(Kind.TEXT))
    themes: Phrasings = field(metadata=read_as(Kind.PHRASINGS, every_language=True))
    speakers: tuple[str, ...] = field(metadata=read_as(Kind.STRINGS))
    questions: Phrasings = field(default_factory=dict, metadata=read_as(Kind.PHRASINGS))


@dataclass(frozen=True, kw_only=True)
class Speaker:
    id: str = field(metadata=read_as(Kind.ID))
    name: str = field(metadata=read_as(Kind.STRING))
    aliases: tuple[str, ...] = field(default=(), metadata=read_as(Kind.STRINGS))
    names_ar: tuple[str, ...] = field(metadata=read_as(Kind.STRINGS))
    title: Text | None = field(default=None, metadata=read_as(Kind.TEXT))
    role: Text = field(metadata=read_as(Kind.TEXT))
    talk: Text = field(metadata=read_as(Kind.TEXT))
    keywords: Phrasings = field(default_factory=dict, metadata=read_as(Kind.PHRASINGS))
    quote: Text | None = field(default=None, metadata=read_as(Kind.TEXT))
    panel: str = field(metadata=read_as(Kind.ID))
    questions: Phrasings = field(default_factory=dict, metadata=read_as(Kind.PHRASINGS))
    # Descriptions that may fit several speakers ("psychiatrist", "woman", "quoted"):
    # a question using one is answered with every speaker who has it.
    tags: Phrasings = field(default_factory=dict, metadata=read_as(Kind.PHRASINGS))


@dataclass(frozen=True, kw_only=True)
class Resource:
    id: str = field(metadata=read_as(Kind.ID))
    name: Text = field(metadata=read_as(Kind.TEXT))
    contact: str = field(metadata=read_as(Kind.STRING))
    description: Text = field(metadata=read_as(Kind.TEXT))
    verified_on: dt.date = field(metadata=read_as(Kind.DATE))
    # Emergency services (ambulance, police) come first when someone is in danger right now.
    emergency: bool = field(default=False, metadata=read_as(Kind.FLAG))


@dataclass(frozen=True, kw_only=True)
class Crisis:
    """safety.yaml's `crisis:`, the replies to distress (the Pack keeps them as two fields)."""

    reply: Text = field(
        metadata=read_as(Kind.TEXT, contains=("{resources}", "help resources are listed"))
    )
    # The reply when someone has already taken pills or is hurt now: {emergency} first.
    acute: Text = field(
        metadata=read_as(Kind.TEXT, contains=("{emergency}", "emergency numbers are listed first"))
    )
    # The reply to someone worried about another person ("my friend wants to die, how do I
    # help?"): how to help them, and the same resources.
    concern: Text = field(
        metadata=read_as(Kind.TEXT, contains=("{resources}", "help resources are listed"))
    )


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
    # The reply to someone worried about another person: how to help, then the resources.
    concern_reply: Text
    # The event's own synonyms: concept name -> words and phrases (vocabulary.yaml).
    vocabulary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Questions people asked, filed under the id that answers them or `unanswerable`
    # (asked.yaml): the nearest of them place a message the phrasings could not.
    asked: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # What `check` warns about: the pack works, but something deserves a look.
    warnings: tuple[Problem, ...] = ()

    def entries(self) -> tuple[Entry, ...]:
        """Facts, FAQ and small talk, in file order."""
        return self.facts + self.faq + self.smalltalk

    def speaker(self, speaker_id: str) -> Speaker | None:
        return self._speakers_by_id.get(speaker_id)

    def panel(self, panel_id: str) -> Panel | None:
        return self._panels_by_id.get(panel_id)

    def panel_by_number(self, number: int) -> Panel | None:
        return next((p for p in self.panels if p.number == number), None)

    def entry(self, entry_id: str) -> Entry | None:
        return self._entries_by_id.get(entry_id)

    # The engine looks ids up several times a reply, and a pack may hold thousands of entries.
    @cached_property
    def _speakers_by_id(self) -> dict[str, Speaker]:
        return _first_by_id(self.speakers)

    @cached_property
    def _panels_by_id(self) -> dict[str, Panel]:
        return _first_by_id(self.panels)

    @cached_property
    def _entries_by_id(self) -> dict[str, Entry]:
        return _first_by_id(self.entries())

    def ids(self) -> list[str]:
        """Every id a reply can name as its source, in a fixed order."""
        return (
            [e.id for e in self.facts + self.faq]
            + [p.id for p in self.panels]
            + [s.id for s in self.speakers]
            + [e.id for e in self.smalltalk]
        )


def _first_by_id(records: tuple[Any, ...]) -> dict[str, Any]:
    """Records by id; the first one written wins when two share an id (`check` reports it)."""
    found: dict[str, Any] = {}
    for record in records:
        found.setdefault(record.id, record)
    return found
