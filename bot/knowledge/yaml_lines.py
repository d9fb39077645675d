"""Reading a pack file's YAML into mappings and lists that remember the line of each value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.knowledge.problems import Problem

# libyaml's parser when PyYAML was built with it: several times faster on a large pack.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlMap(dict):
    """A mapping that remembers the line of each key, so errors can point at it."""

    line = 0
    key_lines: dict[str, int]


class YamlList(list):
    """A list that remembers the line of each item."""

    line = 0
    item_lines: list[int]


def line_of(mapping: Any, key: str) -> int:
    """The line of `key` in `mapping`, else of the mapping itself (0 when it is no YamlMap)."""
    return getattr(mapping, "key_lines", {}).get(key, getattr(mapping, "line", 0))


def describe(value: Any) -> str:
    """What a value is, in the words of an error message: "a list", "nothing", "int 3"."""
    if value is None:
        return "nothing"
    for kind, name in ((dict, "a mapping"), (list, "a list"), (str, "text"), (bool, "true/false")):
        if isinstance(value, kind):
            return name
    return f"{type(value).__name__} {value!r}"


def _convert(node: yaml.Node, loader: Any, problems: list[Problem], file: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        result = YamlMap()
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
        seq = YamlList(_convert(item, loader, problems, file) for item in node.value)
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


def read_yaml(path: Path, problems: list[Problem], contents: str) -> Any:
    """The file's YAML, or None with a Problem recorded; `contents` says what the file holds,
    for the message about an empty one."""
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
                Problem(file, 0, "-", f"no content (empty or only comments): write {contents}")
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
