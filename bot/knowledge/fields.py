"""Reading typed values out of a pack file's YAML, one reader per `Kind`, recording a Problem
for each bad value; and reading a mapping into a dataclass from the fields it declares."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.knowledge.model import (
    MAX_MESSAGE,
    PHRASING_KEYS,
    Kind,
    Phrasings,
    Spec,
    Text,
    is_required,
    pack_fields,
)
from bot.knowledge.problems import Problem
from bot.knowledge.yaml_lines import YamlList, YamlMap, describe, line_of
from bot.text import LANGUAGES

_ID = re.compile(r"^[a-z0-9_]{1,40}$")

# The value of a required field that is missing, so that checks across files can go on; it
# never reaches a Pack, since the missing field is a problem.
_BLANK: dict[Kind, Any] = {
    Kind.ID: "",
    Kind.STRING: "",
    Kind.STRINGS: (),
    Kind.TEXT: {},
    Kind.TEXTS: {},
    Kind.PHRASINGS: {},
    Kind.DATE: dt.date.min,
    Kind.NUMBER: 0,
    Kind.ZONE: "UTC",
    Kind.FLAG: False,
    Kind.CHOICE: "",
    Kind.ITEMS: (),
}

Record = TypeVar("Record")


class FieldReader:
    """Reads typed values out of one file's YAML, recording a Problem for each bad one.

    Each reader takes the value, its path (`faq[faq_tickets].answer`) and its line, and returns
    what it read, or a blank of the right type after recording what is wrong.
    """

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def fail(self, line: int, path: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, path, message))

    # --- records: a mapping read into a dataclass -----------------------------------------

    def record(
        self, cls: type[Record], value: Any, path: str, line: int, **fixed: Any
    ) -> Record | None:
        """A mapping read into `cls` from the fields it declares; `fixed` gives the others."""
        declared = pack_fields(cls)
        mapping = self.mapping(value, path, line, {f.name: is_required(f) for f, _ in declared})
        if mapping is None:
            return None
        for f, spec in declared:
            if spec.either_or and (f.name in mapping) == (spec.either_or in mapping):
                self.fail(
                    mapping.line,
                    f"{path}.{f.name}",
                    f"give exactly one of `{f.name}` or `{spec.either_or}`",
                )
        values = {}
        for f, spec in declared:
            if f.name in mapping:
                values[f.name] = self.read(
                    spec, mapping[f.name], f"{path}.{f.name}", line_of(mapping, f.name)
                )
            elif is_required(f):
                values[f.name] = _BLANK[spec.kind]
        return cls(**values, **fixed)

    def records(
        self, cls: type[Record], value: Any, path: str, line: int, **fixed: Any
    ) -> list[Record]:
        """A list of mappings, each read into `cls`; those that are no mapping are left out."""
        found = []
        for item, item_path, item_line in self.items(value, path, line):
            record = self.record(cls, item, item_path, item_line, **fixed)
            if record is not None:
                found.append(record)
        return found

    def read(self, spec: Spec, value: Any, path: str, line: int) -> Any:
        """The value of a field of kind `spec.kind`."""
        kind = spec.kind
        if kind is Kind.TEXT:
            texts = self.text(value, path, line)
            if spec.contains:
                placeholder, where = spec.contains
                for lang, text in texts.items():
                    if placeholder not in text:
                        self.fail(
                            line,
                            f"{path}.{lang}",
                            f"must contain {placeholder}, where the {where}",
                        )
            return texts
        if kind is Kind.PHRASINGS:
            return self.phrasings(value, path, line, LANGUAGES if spec.every_language else ())
        if kind is Kind.CHOICE:
            chosen = self.string(value, path, line)
            if chosen and chosen not in spec.choices:
                self.fail(line, path, f"expected one of {', '.join(spec.choices)}")
            return chosen
        if kind is Kind.ITEMS:
            return tuple(self.records(spec.of, value, path, line))
        readers: dict[Kind, Callable[[Any, str, int], Any]] = {
            Kind.ID: self.identifier,
            Kind.STRING: self.string,
            Kind.STRINGS: self.strings,
            Kind.TEXTS: self.texts,
            Kind.DATE: self.date,
            Kind.NUMBER: self.number,
            Kind.ZONE: self.zone,
            Kind.FLAG: self.flag,
        }
        return readers[kind](value, path, line)

    # --- shapes -----------------------------------------------------------------------------

    def mapping(self, value: Any, path: str, line: int, fields: dict[str, bool]) -> YamlMap | None:
        """Check that `value` is a mapping with the required fields and no unknown ones."""
        if not isinstance(value, dict):
            self.fail(line, path, f"expected a mapping, got {describe(value)}")
            return None
        for key in value:
            if key not in fields:
                known = ", ".join(fields)
                self.fail(
                    line_of(value, key), f"{path}.{key}", f"unknown field (expected: {known})"
                )
        for key, required in fields.items():
            if required and key not in value:
                self.fail(value.line, f"{path}.{key}", "missing required field")
        return value

    def items(self, value: Any, path: str, line: int) -> Iterator[tuple[Any, str, int]]:
        """Each item of a list with its path (named by its id when it has one) and line."""
        if not isinstance(value, list):
            self.fail(line, path, f"expected a list, got {describe(value)}")
            return
        for index, item in enumerate(value):
            item_line = value.item_lines[index] if isinstance(value, YamlList) else line
            label = item.get("id") if isinstance(item, dict) else None
            yield item, f"{path}[{label or index}]", item_line

    # --- one reader per kind ----------------------------------------------------------------

    def string(self, value: Any, path: str, line: int) -> str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.fail(line, path, f"expected non-empty text, got {describe(value)}")
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

    def flag(self, value: Any, path: str, line: int) -> bool:
        if not isinstance(value, bool):
            self.fail(line, path, "expected true or false")
        return value is True

    def text(self, value: Any, path: str, line: int) -> Text:
        """A text in every language: {fr: ..., en: ..., ar: ...}."""
        if isinstance(value, str):
            self.fail(line, path, "expected a text per language (fr, en, ar), got one string")
            return {}
        return self._keyed(value, path, line, dict.fromkeys(LANGUAGES, True), self.string)

    def strings(self, value: Any, path: str, line: int) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            self.fail(line, path, f"expected a non-empty list of texts, got {describe(value)}")
            return ()
        lines = getattr(value, "item_lines", [line] * len(value))
        return tuple(self.string(v, f"{path}[{i}]", lines[i]) for i, v in enumerate(value))

    def texts(self, value: Any, path: str, line: int) -> Phrasings:
        """A list of texts in every language: {fr: [...], en: [...], ar: [...]}."""
        return self._keyed(value, path, line, dict.fromkeys(LANGUAGES, True), self.strings)

    def phrasings(
        self, value: Any, path: str, line: int, required: tuple[str, ...] = ()
    ) -> Phrasings:
        """Lists of texts under PHRASING_KEYS; `required` names the keys that must be there."""
        fields = {key: key in required for key in PHRASING_KEYS}
        return self._keyed(value, path, line, fields, self.strings)

    def _keyed(
        self,
        value: Any,
        path: str,
        line: int,
        fields: dict[str, bool],
        read: Callable[[Any, str, int], Any],
    ) -> dict[str, Any]:
        """A mapping of `fields` (name -> required), each value there read by `read`, in the
        order of `fields`."""
        mapping = self.mapping(value, path, line, fields)
        if mapping is None:
            return {}
        return {
            key: read(mapping[key], f"{path}.{key}", line_of(mapping, key))
            for key in fields
            if key in mapping
        }
