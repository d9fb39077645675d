"""What is wrong with a pack: one `Problem` per mistake, and the errors that carry them all."""

from __future__ import annotations

from dataclasses import dataclass


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
