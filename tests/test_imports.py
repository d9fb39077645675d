"""Import rules: Telegram stays in bot/app.py and handlers/, render formats a reply and asks the
engine for nothing more, and no module of bot/ or handlers/ imports itself back through others.

Read from the source with `ast` rather than checked with import-linter contracts: the render
rule is about names, not modules (the reply types are `Reply` and whatever its fields are
annotated with, found wherever they live, and import-linter's contracts only see whole
modules); the rules need no new dependency; and a failure names the file and line of each
offending import.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from conftest import REPO

PACKAGES = ("bot", "handlers")
# The one module that wires python-telegram-bot to the engine and the handlers.
COMPOSITION_ROOT = "bot.app"
# What render may use besides the reply types: the words it shows, the language codes and the
# data its buttons carry.
RENDER_MAY_USE = frozenset({"bot.messages", "bot.text", "bot.callbacks"})


@dataclass(frozen=True)
class Import:
    """One import statement's target, as the importing module sees it."""

    path: Path
    line: int
    target: str  # the module imported: a submodule for `from package import submodule`
    names: tuple[str, ...]  # the names taken from it; () for `import target`
    type_checking: bool  # under `if TYPE_CHECKING:`, so never run

    def __str__(self) -> str:
        taken = f" ({', '.join(self.names)})" if self.names else ""
        return f"{self.path.relative_to(REPO)}:{self.line}: {self.target}{taken}"


@cache
def modules() -> dict[str, Path]:
    """Every module of bot/ and handlers/ by its dotted name."""
    found = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            parts = path.relative_to(REPO).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


@cache
def tree(module: str) -> ast.Module:
    return ast.parse(modules()[module].read_text(encoding="utf-8"))


def _type_checking_lines(root: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(root):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


@cache
def imports(module: str) -> tuple[Import, ...]:
    """Every import in a module, at any depth (a function's lazy import counts too)."""
    path = modules()[module]
    root = tree(module)
    guarded = _type_checking_lines(root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(root):
        hidden = getattr(node, "lineno", 0) in guarded
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Import(path, node.lineno, alias.name, (), hidden))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            names = []
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in modules():
                    found.append(Import(path, node.lineno, submodule, (), hidden))
                else:
                    names.append(alias.name)
            if names:
                found.append(Import(path, node.lineno, base, tuple(names), hidden))
    return tuple(found)


def _top(target: str) -> str:
    return target.partition(".")[0]


def test_only_the_composition_root_imports_telegram_or_handlers() -> None:
    assert any(_top(i.target) == "telegram" for i in imports(COMPOSITION_ROOT))
    assert any(_top(i.target) == "handlers" for i in imports(COMPOSITION_ROOT))
    offenders = [
        str(i)
        for module in modules()
        if _top(module) == "bot" and module != COMPOSITION_ROOT
        for i in imports(module)
        if _top(i.target) in ("telegram", "handlers")
    ]
    assert not offenders, "only bot/app.py may import telegram or handlers:\n" + "\n".join(
        offenders
    )


def reply_types() -> set[tuple[str, str]]:
    """(module, class) of `Reply` and of every bot class its fields are annotated with."""
    classes = {
        (module, node.name): node
        for module in modules()
        for node in tree(module).body
        if isinstance(node, ast.ClassDef)
    }
    imported = {
        module: {name: (i.target, name) for i in imports(module) for name in i.names}
        for module in modules()
    }
    todo = [key for key in classes if key[1] == "Reply"]
    found: set[tuple[str, str]] = set()
    while todo:
        key = todo.pop()
        if key in found:
            continue
        found.add(key)
        module = key[0]
        for statement in classes[key].body:
            if not isinstance(statement, ast.AnnAssign):
                continue
            for node in ast.walk(statement.annotation):
                if isinstance(node, ast.Name):
                    ref = (module, node.id)
                    ref = ref if ref in classes else imported[module].get(node.id, ref)
                    if ref in classes:
                        todo.append(ref)
    return found


def test_the_reply_types_are_found() -> None:
    assert {name for _, name in reply_types()} >= {"Reply", "Suggestion", "Link"}


def test_render_imports_nothing_of_the_engine_but_the_reply_types() -> None:
    allowed = reply_types()
    offenders = [
        str(i)
        for i in imports("bot.render")
        if _top(i.target) in PACKAGES
        and i.target not in RENDER_MAY_USE
        and not (i.names and all((i.target, name) in allowed for name in i.names))
    ]
    assert not offenders, (
        "render may use the reply types, bot.messages, bot.text and bot.callbacks only:\n"
        + "\n".join(offenders)
    )


def _cycles(graph: dict[str, set[str]]) -> Iterator[list[str]]:
    """One cycle per strongly connected component of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(module: str) -> Iterator[list[str]]:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph[module]):
            if target not in index:
                yield from visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1 or module in graph[module]:
                yield sorted(component)

    for module in sorted(graph):
        if module not in index:
            yield from visit(module)


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert list(_cycles(graph)) == [["a", "b", "c"]]


def test_no_import_cycles_among_bot_and_handlers() -> None:
    # Imports under TYPE_CHECKING never run; a function's lazy import does, so it counts.
    graph = {
        module: {
            i.target for i in imports(module) if i.target in modules() and not i.type_checking
        }
        - {module}
        for module in modules()
    }
    assert sum(map(len, graph.values())) > len(graph)  # the scan sees the imports
    cycles = [", ".join(cycle) for cycle in _cycles(graph)]
    assert not cycles, "modules that import one another, directly or not:\n" + "\n".join(cycles)
