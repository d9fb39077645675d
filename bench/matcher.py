"""Time per question of the engine against a bare rapidfuzz floor, on the shipped and larger packs.

Run from the repository root: python -m bench.matcher [--queries N]

For each pack the same questions (the evaluation set's, in a fixed order) go through
`Engine.reply` (normalisation, language detection, safety check, matching, reply text) and
through `rapidfuzz.process.extractOne(q, phrasings, scorer=WRatio)` over the same phrasings,
in the same run, so the ratio holds even on a noisy machine. Generated packs copy the shipped
pack and add FAQ entries whose phrasings mix the shipped vocabulary with invented words.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process, utils

from bot import safety
from bot.engine import Engine
from bot.knowledge import Entry, Pack, load_pack
from bot.phrasings import documents

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def generated_pack(base: Pack, size: int, seed: int = 7) -> Pack:
    """The shipped pack plus `size` FAQ entries of 6 phrasings each, deterministic."""
    rng = random.Random(seed)
    vocabulary = sorted({w for d in documents(base) for w in d.text.split()})
    invented = [
        "".join(rng.choice("abcdefghijklmnoprstuvyz") for _ in range(rng.randint(4, 9)))
        for _ in range(size * 2)
    ]
    starts = ["qui", "quand", "où", "what", "how", "chkoun", "fin", "شنو", "متى", "comment"]
    entries = []
    for number in range(size):
        phrasings = []
        for _ in range(6):
            words = [rng.choice(starts)] + [
                rng.choice(invented) if rng.random() < 0.6 else rng.choice(vocabulary)
                for _ in range(rng.randint(2, 6))
            ]
            phrasings.append(" ".join(words))
        answer = {"fr": f"Réponse {number}", "en": f"Answer {number}", "ar": f"جواب {number}"}
        entries.append(
            Entry(
                id=f"gen_{number}",
                kind="faq",
                questions={"fr": tuple(phrasings[:3]), "en": tuple(phrasings[3:])},
                answer=answer,
            )
        )
    return dataclasses.replace(base, faq=base.faq + tuple(entries))


def time_calls(function, questions: list[str]) -> tuple[list[float], list[float]]:
    """Microseconds per call, one call per question: wall time, and this process's CPU time
    (which another process taking the CPU in the middle of a call does not add to)."""
    timings, cpu = [], []
    for question in questions:
        start, start_cpu = time.perf_counter(), time.process_time()
        function(question)
        cpu.append((time.process_time() - start_cpu) * 1e6)
        timings.append((time.perf_counter() - start) * 1e6)
    return timings, cpu


def asked_index_times() -> str:
    """How long the index of the shipped pack's asked questions takes to build (in a copy of
    the pack, with no kept index) and to read back from the kept one."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "knowledge"
        shutil.copytree(ROOT / "knowledge", copy, ignore=shutil.ignore_patterns(".asked*"))
        timings = []
        for _ in range(2):
            engine = Engine(load_pack(copy))
            start = time.perf_counter()
            engine.warm()
            timings.append((time.perf_counter() - start) * 1000)
    built, read = timings
    return f"built in {built:.0f} ms, read back from its cache in {read:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=300, help="questions per pack")
    args = parser.parse_args()

    eval_file = yaml.safe_load((ROOT / "tests/eval/questions.yaml").read_text(encoding="utf-8"))
    pool = [item["q"] for item in eval_file["questions"]]
    questions = (pool * (args.queries // len(pool) + 1))[: args.queries]

    # As the running bot does at start: no pattern compiles while a question is timed.
    safety.prepare()
    loads = []
    for _ in range(5):
        start = time.perf_counter()
        pack = Engine(load_pack(ROOT / "knowledge")).pack
        loads.append((time.perf_counter() - start) * 1000)
    print(f"Shipped pack load + index: median {statistics.median(loads):.0f} ms over 5 runs")
    print(f"Asked questions' index: {asked_index_times()}\n")

    header = (
        f"{'pack':<22}{'phrasings':>10}{'engine p50':>12}{'engine p99':>12}{'cpu p99':>10}"
        f"{'floor p50':>11}{'floor p99':>11}{'p99 ratio':>11}"
    )
    print(header)
    print("-" * len(header))
    for name, size in (
        ("shipped", 0),
        ("+1,000 FAQ entries", 1000),
        ("+10,000 FAQ entries", 10000),
    ):
        current = generated_pack(pack, size) if size else pack
        # No reply cache: every question is timed through the whole engine.
        engine = Engine(current, cache=0)
        phrasings = [d.text for d in documents(current)]
        # The floor: rapidfuzz's own best case, strings preprocessed once, one C call a question.
        choices = [utils.default_process(p) for p in phrasings]

        def floor(question: str, choices: list[str] = choices) -> None:
            process.extractOne(
                utils.default_process(question), choices, scorer=fuzz.WRatio, processor=None
            )

        # Warm both (lazy caches, first-call costs) before timing; the bot builds the asked
        # questions' index as it starts.
        engine.warm()
        for question in questions[:20]:
            engine.reply(question)
            floor(question)
        ours, ours_cpu = time_calls(engine.reply, questions)
        base, _ = time_calls(floor, questions)
        print(
            f"{name:<22}{len(phrasings):>10}"
            f"{statistics.median(ours):>10.0f}µs{percentile(ours, 0.99):>10.0f}µs"
            f"{percentile(ours_cpu, 0.99):>8.0f}µs"
            f"{statistics.median(base):>9.0f}µs{percentile(base, 0.99):>9.0f}µs"
            f"{percentile(ours, 0.99) / percentile(base, 0.99):>10.2f}x"
        )


if __name__ == "__main__":
    main()
