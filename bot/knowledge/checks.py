"""Checks across entries and files, once each file is read: ids and references (problems),
phrasings in two entries and help resources not checked lately (warnings), and the
<<placeholders>> `summit-bot init` leaves to fill in."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import Any

from bot.knowledge.model import Entry, Panel, Resource, Speaker
from bot.knowledge.problems import Problem
from bot.knowledge.yaml_lines import line_of
from bot.text import words

# A help resource checked longer ago than this may have changed its number or its hours.
VERIFIED_MAX_DAYS = 180
# What `summit-bot init` writes where an organiser has something to fill in: <<EVENT NAME>>.
PLACEHOLDER = re.compile(r"<<[^<>]*>>")

# Sections whose items have ids, in the order a duplicate is named ("already used in ...").
_WITH_IDS = (
    ("event.yaml", "facts"),
    ("faq.yaml", "faq"),
    ("panels.yaml", "panels"),
    ("speakers.yaml", "speakers"),
    ("smalltalk.yaml", "smalltalk"),
    ("safety.yaml", "resources"),
)
# Sections whose items have `questions`, in the order the first owner of a phrasing is named.
_WITH_QUESTIONS = (
    ("event.yaml", "facts"),
    ("faq.yaml", "faq"),
    ("smalltalk.yaml", "smalltalk"),
    ("panels.yaml", "panels"),
    ("speakers.yaml", "speakers"),
)


def check_references(data: dict[str, Any], read: dict[str, Any]) -> list[Problem]:
    """Ids unique across files; panels and speakers that name each other exist and agree.

    `data` is each file's YAML (for lines), `read` each section as read (by top-level key).
    """
    problems = []
    seen: dict[str, str] = {}
    for file, key in _WITH_IDS:
        lines = _item_lines(data.get(file), key)
        for index, item in enumerate(read.get(key, [])):
            if not item.id:
                continue
            if item.id in seen:
                problems.append(
                    Problem(
                        file,
                        lines[index] if index < len(lines) else 0,
                        f"{key}[{item.id}].id",
                        f"duplicate id, already used in {seen[item.id]}",
                    )
                )
            else:
                seen[item.id] = file
    panels: list[Panel] = read.get("panels", [])
    speakers: list[Speaker] = read.get("speakers", [])
    panel_ids = {p.id: p for p in panels}
    speaker_ids = {s.id for s in speakers}
    numbers: set[int] = set()
    panel_lines = _item_lines(data.get("panels.yaml"), "panels")
    for index, panel in enumerate(panels):
        line = panel_lines[index] if index < len(panel_lines) else 0
        if panel.number in numbers:
            problems.append(
                Problem("panels.yaml", line, f"panels[{panel.id}].number", "duplicate number")
            )
        numbers.add(panel.number)
        for sid in panel.speakers:
            if sid not in speaker_ids:
                problems.append(
                    Problem(
                        "panels.yaml",
                        line,
                        f"panels[{panel.id}].speakers",
                        f"unknown speaker {sid!r}",
                    )
                )
    speaker_lines = _item_lines(data.get("speakers.yaml"), "speakers")
    for index, speaker in enumerate(speakers):
        line = speaker_lines[index] if index < len(speaker_lines) else 0
        panel = panel_ids.get(speaker.panel)
        path = f"speakers[{speaker.id}].panel"
        if speaker.panel and panel is None:
            problems.append(
                Problem("speakers.yaml", line, path, f"unknown panel {speaker.panel!r}")
            )
        elif panel is not None and speaker.id not in panel.speakers:
            problems.append(
                Problem(
                    "speakers.yaml",
                    line,
                    path,
                    f"panel {panel.id!r} does not list this speaker in its speakers",
                )
            )
    return problems


def check_asked(data: dict[str, Any], read: dict[str, Any], unanswerable: str) -> list[Problem]:
    """Asked questions filed under an id the pack does not have."""
    known = {item.id for _, key in _WITH_QUESTIONS for item in read.get(key, [])}
    top = data.get("asked.yaml")
    raw = top.get("asked") if isinstance(top, dict) else None
    return [
        Problem(
            "asked.yaml",
            line_of(raw, entry_id),
            f"asked.{entry_id}",
            f"unknown entry {entry_id!r}: file the questions under the id of the entry, round "
            f"table or speaker that answers them, or under {unanswerable!r}",
        )
        for entry_id in read.get("asked", {})
        if entry_id not in known and entry_id != unanswerable
    ]


def shared_phrasings(data: dict[str, Any], read: dict[str, Any]) -> list[Problem]:
    """A phrasing written under two entries: the bot can only ask "which one?" for it.

    Compared as the matcher reads words (folded, stemmed), like vocabulary clashes. Only the
    `questions` people type are compared: keywords and tags may be shared on purpose (they
    rank below a phrasing), and one entry may repeat a wording in several languages.
    """
    warnings: list[Problem] = []
    owner: dict[str, tuple[str, str, int]] = {}  # folded wording -> (entry id, file, line)
    for file, key in _WITH_QUESTIONS:
        raw_items = data[file].get(key)
        items: Sequence[Entry | Panel | Speaker] = read[key]
        for index, item in enumerate(items):
            raw = raw_items[index].get("questions")
            for lang, texts in item.questions.items():
                lines = getattr(raw[lang], "item_lines", [line_of(raw, lang)] * len(texts))
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


def stale_resources(
    data: dict[str, Any], resources: Sequence[Resource], today: dt.date
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
                    line_of(raw, "verified_on"),
                    f"resources[{resource.id}].verified_on",
                    f"last checked {resource.verified_on}, {age} days ago (over "
                    f"{VERIFIED_MAX_DAYS}): call or open {resource.contact!r} to check it "
                    "still works, then update verified_on",
                    warning=True,
                )
            )
    return warnings


def placeholders(data: Any, file: str, path: str = "", line: int = 0) -> Iterator[Problem]:
    """One problem per placeholder left in a file's YAML, named by its line and field."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from placeholders(
                value, file, f"{path}.{key}" if path else str(key), line_of(data, key)
            )
    elif isinstance(data, list):
        lines = getattr(data, "item_lines", [])
        for index, item in enumerate(data):
            label = item.get("id") if isinstance(item, dict) else None
            item_line = lines[index] if index < len(lines) else line
            yield from placeholders(item, file, f"{path}[{label or index}]", item_line)
    elif isinstance(data, str):
        for found in PLACEHOLDER.findall(data):
            yield Problem(file, line, path, f"fill in the placeholder {found}")


def _item_lines(data: Any, key: str) -> list[int]:
    items = data.get(key) if isinstance(data, dict) else None
    return list(getattr(items, "item_lines", []))
