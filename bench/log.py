"""Conversation log throughput: the batched background writer against one commit per row.

Run from the repository root: python -m bench.log
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import sqlite3
import tempfile
import time
from pathlib import Path

from bot.store import Exchange, Store

SECRET = secrets.token_bytes(32)
USERS = 500  # a summit's worth of people asking in turn
BURST = 100  # rows logged between two turns of the event loop, as busy handlers would


def exchange(n: int) -> Exchange:
    return Exchange(
        ref=f"{n:012x}",
        user_id=10_000_000 + n % USERS,
        chat_type="private",
        channel="telegram",
        language="fr",
        question=f"c'est quand le concert du soir, question numéro {n} ?",
        kind="answer",
        source="concert",
        score=0.87,
        response_ms=4.2,
    )


async def batched(path: Path, rows: int) -> tuple[float, float]:
    """Seconds to log and commit `rows`, and seconds spent inside log_exchange itself."""
    # A buffer as large as the run: this measures the writer's pace, not its overflow policy.
    store = await Store.open(path, secret=SECRET, buffer_limit=rows)
    items = [exchange(n) for n in range(rows)]
    in_calls = 0.0
    start = time.perf_counter()
    for first in range(0, rows, BURST):
        burst_start = time.perf_counter()
        for item in items[first : first + BURST]:
            store.log_exchange(item)
        in_calls += time.perf_counter() - burst_start
        await asyncio.sleep(0)  # let the writer (and, in the bot, the replies) run
    await store.flush()
    elapsed = time.perf_counter() - start
    assert store.dropped == 0, f"{store.dropped} rows dropped"
    await store.close()
    return elapsed, in_calls


async def one_by_one(path: Path, rows: int) -> tuple[float, float]:
    """The same rows, each its own INSERT + COMMIT, the caller waiting for every write."""
    # batch_size=1 plus a flush per row is exactly one transaction per row, same code path.
    store = await Store.open(path, secret=SECRET, batch_size=1)
    items = [exchange(n) for n in range(rows)]
    start = time.perf_counter()
    for item in items:
        store.log_exchange(item)
        await store.flush()
    elapsed = time.perf_counter() - start
    await store.close()
    return elapsed, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batched", type=int, default=20_000, help="rows for the batched run")
    parser.add_argument("--single", type=int, default=2_000, help="rows for one-by-one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results = [
            ("batched (500 rows/commit)", args.batched, *asyncio.run(
                batched(Path(folder) / "batched.sqlite3", args.batched))),
            ("one INSERT + commit per row", args.single, *asyncio.run(
                one_by_one(Path(folder) / "single.sqlite3", args.single))),
        ]  # fmt: skip
    print(f"SQLite {sqlite3.sqlite_version}, WAL, synchronous=NORMAL, temp file\n")
    header = ("writer", "rows", "seconds", "rows/s", "caller waits/row")
    lines = [
        (name, f"{rows:,}", f"{elapsed:.3f}", f"{rows / elapsed:,.0f}", _duration(waits / rows))
        for name, rows, elapsed, waits in results
    ]
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *lines]:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        print("  ".join(cells))
    speedup = (results[0][1] / results[0][2]) / (results[1][1] / results[1][2])
    print(f"\nbatched is {speedup:.0f}x faster; target >= 20,000 rows/s batched")


def _duration(seconds: float) -> str:
    return f"{seconds * 1e6:.1f} µs" if seconds < 1e-3 else f"{seconds * 1e3:.2f} ms"


if __name__ == "__main__":
    main()
