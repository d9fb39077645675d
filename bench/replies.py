"""Dump every reply of the engine for every evaluation question, and diff two dumps.

Run from the repository root:
    python -m bench.replies dump before.json
    python -m bench.replies diff before.json after.json

A speed change must not change a single reply: dump before it, dump after it, diff. The
questions are every file of tests/eval/ against the shipped pack, examples/coders-festival's
against its own pack, and the bench's questions against the shipped pack grown by 1,000
generated entries (where the matcher skips the most entries, so a wrong bound shows).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from bench.matcher import generated_pack
from bot import safety
from bot.engine import Engine
from bot.knowledge import load_pack

ROOT = Path(__file__).resolve().parents[1]


def _questions(path: Path) -> list[str]:
    return [item["q"] for item in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]]


def _replies(engine: Engine, questions: list[str]) -> list[dict[str, object]]:
    dumped = []
    for question in questions:
        reply = engine.reply(question)
        dumped.append(
            {
                "q": question,
                "kind": reply.kind,
                "source": reply.source,
                "language": reply.language,
                "score": reply.score,
                "verdict": reply.verdict,
                "answer": reply.answer,
                "suggestions": [[s.id, s.label] for s in reply.suggestions],
            }
        )
    return dumped


def dump(out: Path) -> None:
    """Every reply, by question set, to `out` as JSON."""
    safety.prepare()
    shipped = load_pack(ROOT / "knowledge")
    engine = Engine(shipped, cache=0)
    sets = {
        path.relative_to(ROOT).as_posix(): _replies(engine, _questions(path))
        for path in sorted((ROOT / "tests/eval").glob("*.yaml"))
    }
    example = ROOT / "examples/coders-festival"
    sets["examples/coders-festival/eval.yaml"] = _replies(
        Engine(load_pack(example), cache=0), _questions(example / "eval.yaml")
    )
    sets["questions.yaml on shipped +1,000"] = _replies(
        Engine(generated_pack(shipped, 1000), cache=0),
        _questions(ROOT / "tests/eval/questions.yaml"),
    )
    out.write_text(json.dumps(sets, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{sum(map(len, sets.values()))} replies in {len(sets)} sets -> {out}")


def diff(before: Path, after: Path) -> int:
    """Print every reply that differs; the number of differences."""
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    differences = total = 0
    for name in sorted(old.keys() | new.keys()):
        before_set, after_set = old.get(name, []), new.get(name, [])
        pairs = list(zip(before_set, after_set, strict=False))
        total += len(pairs)
        if len(before_set) != len(after_set):
            print(f"{name}: {len(before_set)} replies before, {len(after_set)} after")
            differences += 1
        for was, now in pairs:
            if was != now:
                differences += 1
                fields = [k for k in was if was[k] != now.get(k)]
                print(f"{name}: {was['q']!r} differs in {', '.join(fields)}")
    print(f"{differences} differences over {total} questions")
    return differences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("dump").add_argument("out", type=Path)
    compare = commands.add_parser("diff")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out)
    else:
        sys.exit(1 if diff(args.before, args.after) else 0)


if __name__ == "__main__":
    main()
