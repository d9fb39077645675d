"""The knowledge pack: YAML files read into frozen dataclasses, with every problem reported.

    model.py       the dataclasses (Event, Entry, Panel, Speaker, Resource, Pack...), each
                   field declared with the Kind of value it holds in the YAML
    yaml_lines.py  reading YAML into mappings and lists that remember their lines
    fields.py      one reader per Kind, and a mapping read into a dataclass from its fields
    checks.py      checks across files (ids, references), warnings, <<placeholders>>
    loader.py      PACK_FILES: file -> top-level key -> reader -> dataclass; load_pack
    problems.py    Problem, PackError, PlaceholderError

Adding a field to a pack file: add it to its dataclass in model.py, nothing else.

    # speakers.yaml: `website: https://...`, optional
    website: str | None = field(default=None, metadata=read_as(Kind.STRING))

Its name is the YAML key; without a default it is required; where it stands among the
fields is where `check` lists it in "unknown field (expected: ...)". `check` then reads it,
reports a bad value as `file:line: speakers[id].website: ...` and refuses unknown keys as
before. Pick the `Kind` that says what the value is (a text per language, phrasings, a date,
a time zone...); a new kind of value is a `Kind` member and its reader in fields.py. A rule
between fields goes in the field's options (`either_or=`, `contains=`), a rule across files
in checks.py. Then say what the field is for organisers: knowledge/README.md and the template
`summit-bot init` writes (bot/pack_template/).
"""

from bot.knowledge.checks import PLACEHOLDER, VERIFIED_MAX_DAYS
from bot.knowledge.loader import CONTENTS, FILES, OPTIONAL_FILES, PACK_FILES, PackFile, load_pack
from bot.knowledge.model import (
    LIST_KINDS,
    MAX_MESSAGE,
    PHRASING_KEYS,
    Crisis,
    Entry,
    Event,
    Kind,
    Pack,
    Panel,
    Phrasings,
    Resource,
    Social,
    Speaker,
    Text,
    read_as,
)
from bot.knowledge.problems import PackError, PlaceholderError, Problem

__all__ = [
    "CONTENTS",
    "FILES",
    "LIST_KINDS",
    "MAX_MESSAGE",
    "OPTIONAL_FILES",
    "PACK_FILES",
    "PHRASING_KEYS",
    "PLACEHOLDER",
    "VERIFIED_MAX_DAYS",
    "Crisis",
    "Entry",
    "Event",
    "Kind",
    "Pack",
    "PackError",
    "PackFile",
    "Panel",
    "Phrasings",
    "PlaceholderError",
    "Problem",
    "Resource",
    "Social",
    "Speaker",
    "Text",
    "load_pack",
    "read_as",
]
