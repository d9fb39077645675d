"""Adding a phrasing to an entry of the knowledge pack's YAML, keeping the file as it was written.

ruamel.yaml's round trip keeps comments, key order, quoting and flow or block style; a file it
cannot write back byte for byte is refused rather than reformatted. The edited file is checked
in a copy of the pack as `summit-bot check` does, and replaces the original in one rename, so
the pack on disk is never invalid and never half written.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString
from ruamel.yaml.util import load_yaml_guess_indent

from bot.knowledge import PHRASING_KEYS, Pack, PackError, load_pack
from bot.matcher import Vocabulary
from bot.phrasings import documents
from bot.text import detect_language

CLOSE_IDS = 3


class PhrasingError(Exception):
    """The pack cannot be edited so (a phrasing added, questions filed); the message says
    why in one line."""


@dataclass(frozen=True)
class Added:
    """A phrasing written into the pack, and the pack as it now is."""

    entry_id: str
    text: str
    key: str  # fr, en, ar or darija
    file: Path
    path: str  # where in the file: faq[faq_tickets].questions.fr
    pack: Pack
    previous: Pack  # the pack before the change


def phrasing_key(text: str, fallback: str | None = None) -> str:
    """The phrasing key a wording belongs under: Arabic script is `ar`, Darija in Latin script
    `darija`, else French or English by its words; `fallback` when the text does not say."""
    detection = detect_language(text)
    if detection.language == "ar":
        return "ar"
    if detection.darija:
        return "darija"
    if detection.language:
        return detection.language
    if fallback in PHRASING_KEYS:
        return fallback
    keys = ", ".join(PHRASING_KEYS)
    raise PhrasingError(f"cannot tell which language {text!r} is in; give one of {keys}")


def add_phrasing(
    directory: Path,
    entry_id: str,
    text: str,
    language: str | None = None,
    *,
    fallback_language: str | None = None,
) -> Added:
    """Write `text` as a phrasing of `entry_id` under `language` (detected when None)."""
    directory = Path(directory)
    text = " ".join(text.split())
    if not text:
        raise PhrasingError("the wording is empty")
    pack = loaded(directory)
    if entry_id not in pack.ids():
        close = process.extract(entry_id, pack.ids(), scorer=fuzz.ratio, limit=CLOSE_IDS)
        names = ", ".join(name for name, _, _ in close)
        raise PhrasingError(f"no entry {entry_id!r} in {directory}; close ids: {names}")
    if language is not None and language not in PHRASING_KEYS:
        raise PhrasingError(f"--lang must be one of {', '.join(PHRASING_KEYS)}; got {language!r}")
    _refuse_owned(pack, entry_id, text)
    key = language or phrasing_key(text, fallback_language)
    file, list_key = _holder(pack, entry_id)
    path = directory / file
    original = path.read_text(encoding="utf-8")
    yaml, data = _round_trip(original, file)
    item = next(i for i in data[list_key] if isinstance(i, dict) and i.get("id") == entry_id)
    _append(item, key, text)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    changed = validated(directory, file, buffer.getvalue())
    try:
        replace_file(path, buffer.getvalue())
    except OSError as exc:
        raise PhrasingError(f"cannot write {path}: {exc.strerror or exc}") from exc
    where = f"{list_key}[{entry_id}].questions.{key}"
    now = dataclasses.replace(changed, directory=directory)
    return Added(entry_id, text, key, path, where, now, pack)


def loaded(directory: Path) -> Pack:
    """The pack to edit; PhrasingError if it has problems already."""
    try:
        return load_pack(directory)
    except PackError as exc:
        raise PhrasingError(
            f"the pack in {directory} has {len(exc.problems)} problem(s) already; "
            "run `summit-bot check` and fix them first"
        ) from exc


def _refuse_owned(pack: Pack, entry_id: str, text: str) -> None:
    """A wording the matcher reads as one an entry already has would tie two entries (a
    "which one?") or change nothing."""
    terms = Vocabulary(pack.vocabulary).terms
    wanted = frozenset(terms(text))
    if not wanted:
        raise PhrasingError(f"{text!r} has no word the bot matches on")
    owners = {doc.entry_id for doc in documents(pack) if frozenset(terms(doc.text)) == wanted}
    if entry_id in owners:
        raise PhrasingError(f"{entry_id} already has the wording {text!r}")
    if owners:
        other = min(owners, key=pack.ids().index)
        raise PhrasingError(
            f"{text!r} already belongs to {other}; adding it to {entry_id} would make the bot "
            "ask which one"
        )


def _holder(pack: Pack, entry_id: str) -> tuple[str, str]:
    """The file and top-level list that hold an entry, as load_pack reads them."""
    if pack.speaker(entry_id):
        return "speakers.yaml", "speakers"
    if pack.panel(entry_id):
        return "panels.yaml", "panels"
    entry = pack.entry(entry_id)
    assert entry is not None
    return {
        "fact": ("event.yaml", "facts"),
        "faq": ("faq.yaml", "faq"),
        "smalltalk": ("smalltalk.yaml", "smalltalk"),
    }[entry.kind]


def _round_trip(text: str, file: str) -> tuple[YAML, Any]:
    """A round-trip loader set to the file's own indentation, and the file's data; refuses a
    file it would not write back unchanged."""
    try:
        _, indent, offset = load_yaml_guess_indent(text)
    except YAMLError as exc:
        raise PhrasingError(f"{file} cannot be read: {exc}") from exc
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 1_000_000  # never fold a long line
    offset = offset or 0
    yaml.indent(mapping=(indent or 2) - offset or 2, sequence=indent or 2, offset=offset)
    data = yaml.load(text)
    again = io.StringIO()
    yaml.dump(data, again)
    if again.getvalue() != text:
        raise PhrasingError(
            f"{file} is laid out in a way this tool cannot keep; add the wording by hand"
        )
    return yaml, data


def _append(item: CommentedMap, key: str, text: str) -> None:
    """Append `text` to item.questions[key], creating what is missing, in the style of its
    neighbours; what followed the old last line (a blank line, a comment about the next key)
    follows the new one."""
    questions = item.get("questions")
    phrasings = questions.get(key) if questions is not None else None
    if phrasings is not None:
        before = _tail(phrasings)
        phrasings.append(_like(phrasings, text))
        _move_closing_comment(before, _tail(phrasings))
        return
    phrasings = CommentedSeq([text])
    siblings = [v for v in (questions or {}).values() if isinstance(v, CommentedSeq)]
    if any(_is_flow(s) for s in siblings):
        phrasings.fa.set_flow_style()
    parent, name, value = (
        (item, "questions", CommentedMap([(key, phrasings)]))
        if questions is None
        else (questions, key, phrasings)
    )
    before = _tail(parent)
    parent[name] = value
    _move_closing_comment(before, _tail(parent))


def _like(phrasings: CommentedSeq, text: str) -> str:
    """`text` quoted as its neighbours are; plain (quoted only where YAML needs it) if they
    are plain."""
    for kind in (DoubleQuotedScalarString, SingleQuotedScalarString):
        if phrasings and all(isinstance(p, kind) for p in phrasings):
            return kind(text)
    return text


def _is_flow(node: Any) -> bool:
    return isinstance(node, (CommentedMap, CommentedSeq)) and bool(node.fa.flow_style())


def _tail(node: Any) -> list[tuple[Any, Any]]:
    """(container, key) from `node` down to the last thing written in it; a flow collection
    (`[a, b]`) is one thing, its comments are its key's."""
    path = []
    while isinstance(node, (CommentedMap, CommentedSeq)) and len(node) and not _is_flow(node):
        key = next(reversed(node)) if isinstance(node, CommentedMap) else len(node) - 1
        path.append((node, key))
        node = node[key]
    return path


def _slot(container: Any) -> int:
    """Where ruamel keeps the comment after a value: first for a list item, third for a key."""
    return 0 if isinstance(container, CommentedSeq) else 2


def _move_closing_comment(before: list[tuple[Any, Any]], after: list[tuple[Any, Any]]) -> None:
    """After an append at the end of an item, what followed its old last line (blank lines,
    a comment about the next key) must follow the new last line; an end-of-line comment stays
    on its own line."""
    if not after:
        return
    kept = {(id(container), key) for container, key in after}
    for container, key in reversed(before):
        slots = container.ca.items.get(key)
        token = slots[_slot(container)] if slots and len(slots) > _slot(container) else None
        if token is None:
            continue
        if (id(container), key) in kept:
            return  # still the last thing written: its comment is still in place
        # A comment's text starts with the rest of its line and the newline that ends it.
        line, _, rest = token.value.partition("\n")
        if not rest:
            return
        if line:
            token.value = line + "\n"
        else:
            slots[_slot(container)] = None
            if not any(slots):
                del container.ca.items[key]
        moved = copy.copy(token)
        moved.value = "\n" + rest
        target, target_key = after[-1]
        slots = [None, None, None, None]
        slots[_slot(target)] = moved
        target.ca.items[target_key] = slots
        return


def validated(directory: Path, file: str, text: str) -> Pack:
    """Load the pack with `file` replaced by `text`, in a temporary copy; raise if invalid."""
    with tempfile.TemporaryDirectory(prefix="summit-pack-") as scratch:
        copy = Path(scratch)
        for source in directory.glob("*.yaml"):
            shutil.copyfile(source, copy / source.name)
        (copy / file).write_text(text, encoding="utf-8")
        try:
            return load_pack(copy)
        except PackError as exc:
            first = exc.problems[0]
            raise PhrasingError(
                f"the pack would be invalid ({first}); {file} is left unchanged"
            ) from exc


def replace_file(path: Path, text: str) -> None:
    """Write `text` to a new file beside `path`, then rename it over `path` in one step,
    keeping its permissions (a new file gets the usual 0o644)."""
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o644
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(name, mode)
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
