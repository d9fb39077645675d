"""`summit-bot init`: a new knowledge pack for another event, commented, with placeholders."""

from __future__ import annotations

import shutil
from pathlib import Path

# The pack `init` copies: every file commented, every value to write marked <<LIKE THIS>>
# (`bot.knowledge.PLACEHOLDER`), so that `check` lists what is left to fill in.
TEMPLATE = Path(__file__).parent / "pack_template"


class ScaffoldError(Exception):
    """The new pack cannot be written where asked; the message says why."""


def create_pack(directory: Path) -> list[Path]:
    """Write the template pack into `directory` (new or empty); the files written."""
    if directory.exists() and not directory.is_dir():
        raise ScaffoldError(f"{directory} is a file: give the name of a new folder")
    if directory.is_dir() and any(directory.iterdir()):
        raise ScaffoldError(
            f"{directory} is not empty: give a new or empty folder (init never overwrites)"
        )
    written = []
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for source in sorted(TEMPLATE.iterdir()):
            if source.suffix in (".yaml", ".md"):
                written.append(Path(shutil.copyfile(source, directory / source.name)))
    except OSError as exc:
        raise ScaffoldError(f"cannot write the pack in {directory}: {exc.strerror}") from exc
    return written
