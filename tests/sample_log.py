"""A realistic conversation log in a real SQLite file, for the report's tests and screenshot.

The questions are the development evaluation sets' (French, English, Arabic script, Darija in
Latin script, chatty and off-topic ones, about 1.5% distress), each answered by the real
engine, so kinds, languages and entries are what the bot would have logged. Some questions
are far more popular than others, as at an event; traffic follows the hours of the day in
the event's time zone, over several days ending now; about one answer in ten gets a 👍 or
a 👎 (some entries far more 👎 than others).

    python tests/sample_log.py FILE [--exchanges N] [--days D] [--end YYYY-MM-DDTHH:MM]
"""

from __future__ import annotations

import argparse
import asyncio
import random
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import yaml

from bot.engine import Engine
from bot.knowledge import load_pack
from bot.store import Exchange, Store

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / "tests" / "eval"
SECRET = b"sample-log-secret-0123456789abcdef"
QUESTION_FILES = ("dev-french.yaml", "dev-en-ar.yaml", "dev-darija.yaml")
CRISIS_SHARE = 0.015
# Questions per hour of the day, event time: quiet at night, a morning and an evening peak.
HOURLY = (1, 1, 0, 0, 0, 0, 1, 2, 4, 7, 9, 10, 9, 8, 7, 7, 8, 9, 11, 12, 11, 8, 5, 2)
USERS = 700


def _questions(name: str, category: str | None = None) -> list[str]:
    data = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    return [
        item["q"]
        for item in data["questions"]
        if category is None or item.get("category") == category
    ]


async def build(
    path: Path,
    *,
    exchanges: int = 3000,
    days: int = 7,
    seed: int = 12,
    now: datetime | None = None,
) -> None:
    """Write `exchanges` exchanges over the last `days` days (ending at `now`) into `path`."""
    rng = random.Random(seed)
    pack = load_pack(REPO / "knowledge")
    engine = Engine(pack)
    zone = pack.event.zone
    now = (now or datetime.now(timezone.utc)).astimezone(zone)
    pool = [q for name in QUESTION_FILES for q in _questions(name)]
    rng.shuffle(pool)
    # A few questions are asked again and again, most only once or twice.
    weights = [1 / (rank + 10) ** 0.9 for rank in range(len(pool))]
    distress = _questions("dev-distress.yaml", "crisis")
    # How often each entry's answers get a 👎, from 5% to 40%.
    disliked = {source: 0.05 + 0.35 * rng.random() for source in pack.ids()}
    store = await Store.open(path, secret=SECRET, flush_interval=0.05)
    try:
        for index in range(exchanges):
            crisis = rng.random() < CRISIS_SHARE
            question = rng.choice(distress) if crisis else rng.choices(pool, weights)[0]
            at = _moment(rng, now, days)
            reply = engine.reply(question, fallback="fr")
            user = None if rng.random() < 0.02 else 1000 + rng.randrange(USERS)
            ref = f"s{index:07d}"
            store.log_exchange(
                Exchange(
                    ref=ref,
                    user_id=user,
                    chat_type="cli" if user is None else "private",
                    channel="cli" if user is None else "telegram",
                    language=reply.language,
                    question=question,
                    kind=reply.kind,
                    source=reply.source,
                    score=reply.score,
                    response_ms=rng.lognormvariate(1.2, 0.5),
                    at=at,
                )
            )
            # Only answers have 👍/👎 buttons.
            if user is not None and reply.kind == "answer" and rng.random() < 0.1:
                down = rng.random() < disliked.get(reply.source or "", 0.2)
                store.log_feedback(ref, user, -1 if down else 1)
    finally:
        await store.close()


def _moment(rng: random.Random, now: datetime, days: int) -> datetime:
    """A time in the last `days` days, on the event's clock, never after `now`."""
    while True:
        day = now.date() - timedelta(days=rng.randrange(days))
        hour = rng.choices(range(24), HOURLY)[0]
        local = datetime.combine(day, time(hour), now.tzinfo) + timedelta(
            seconds=rng.randrange(3600)
        )
        if local <= now:
            return local.astimezone(timezone.utc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help="the SQLite file to write (must not exist)")
    parser.add_argument("--exchanges", type=int, default=3000)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument(
        "--end", type=datetime.fromisoformat, help="the last moment of the log, UTC (default: now)"
    )
    args = parser.parse_args()
    if args.file.exists():
        parser.error(f"{args.file} exists; give a new file")
    end = args.end.replace(tzinfo=timezone.utc) if args.end else None
    asyncio.run(build(args.file, exchanges=args.exchanges, days=args.days, now=end))
    print(f"Wrote {args.exchanges:,} exchanges over {args.days} days to {args.file}")


if __name__ == "__main__":
    main()
