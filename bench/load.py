"""Load: the real bot against a bare PTB echo bot, both through the local Bot API server.

Each bot runs in its own process (`python -m bot.cli run`, exactly as in production, and
bench/echo_bot.py), polling the server of tests/botapi/ on 127.0.0.1 in this process, which also
plays the users. Closed loop by default: every user asks again as soon as the server receives
the reply to their previous question. With --rate, an open loop offers a fixed number of
updates per second, spread over the users (a user never has two questions waiting, so each
reply belongs to exactly one question).

Latency is from pushing an update to the server receiving the bot's sendMessage. Peak memory
is the bot process's maximum RSS (VmHWM until it exits), CPU its user + system time (wait4)
from its first getUpdates to its exit, per update answered. After the bot stopped on
SIGTERM, every question must have exactly one reply and one row in the exchanges table.

Run from the repository root: python -m bench.load [--rounds N] [--rate R]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import itertools
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot import render
from bot.engine import Engine
from bot.knowledge import load_pack
from tests.botapi import BotApiServer, message_update

REPO = Path(__file__).resolve().parent.parent
KNOWLEDGE = REPO / "knowledge"
QUESTIONS = REPO / "tests" / "eval" / "questions.yaml"
FIRST_USER_ID = 10_000_001
# Of the 25 crisis messages in the evaluation set, one in five: about 2% of the traffic.
CRISIS_EVERY = 5
READY_TIMEOUT = 30.0
STOP_TIMEOUT = 20.0
# After the last expected reply, how long to keep listening for a duplicate.
GRACE = 0.5
SWEEP = 1_500  # updates per echo bot run when choosing its concurrency
ECHO_CONCURRENCY = 4  # the fastest in that sweep, used without one (--rate)
_runs = itertools.count(1)


# --- what users ask ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    text: str
    language: str  # the user's Telegram language: fr, en or ar
    category: str


def load_questions(path: Path = QUESTIONS) -> list[Question]:
    """The evaluation set's questions, a few crisis messages, each answered in one message.

    A reply long enough to need two messages would count as a duplicate here, so such
    questions are left out (none is, with the shipped pack).
    """
    engine = Engine(load_pack(KNOWLEDGE))
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    crisis = itertools.count()
    chosen = []
    for case in cases:
        if case["category"] == "crisis" and next(crisis) % CRISIS_EVERY:
            continue
        if len(render.reply_messages(engine.reply(case["q"]))) != 1:
            continue
        chosen.append(Question(case["q"], case["lang"], case["category"]))
    return chosen


# --- the server and the traffic ------------------------------------------------------------


class LoadServer(BotApiServer):
    """The project's fake Bot API, telling a listener about every message the bot sends."""

    def __init__(self, listener: Callable[[int], None]) -> None:
        super().__init__()
        self.listener = listener

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        message = super()._send_message(params)  # validated and recorded like any test's
        self.listener(message["chat"]["id"])
        return message


@dataclass
class Traffic:
    """Users asking questions, the replies they get, and how long each took."""

    questions: Sequence[Question]
    users: int
    total: int  # questions to ask in all
    closed_loop: bool = True
    seed: int = 1
    server: BotApiServer | None = None
    asked: Counter[int] = field(default_factory=Counter)
    replies: Counter[int] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    unexpected: int = 0  # replies to a user who had no question waiting: duplicates
    first_push: float = 0.0
    last_reply: float = 0.0
    _waiting: dict[int, float] = field(default_factory=dict)  # user id -> push time
    _finished: asyncio.Event = field(default_factory=asyncio.Event)

    def __post_init__(self) -> None:
        rng = random.Random(self.seed)
        pool = list(self.questions)
        rng.shuffle(pool)
        self._next_question = itertools.cycle(pool).__next__
        self.user_ids = list(range(FIRST_USER_ID, FIRST_USER_ID + self.users))
        self.per_user = -(-self.total // self.users)

    @property
    def pushed(self) -> int:
        return sum(self.asked.values())

    @property
    def lost(self) -> int:
        """Questions never answered."""
        return self.pushed - len(self.latencies)

    @property
    def duplicates(self) -> int:
        return self.unexpected

    def ask(self, user_id: int) -> None:
        """The user sends their next question."""
        assert self.server is not None and user_id not in self._waiting
        question = self._next_question()
        self.asked[user_id] += 1
        now = time.perf_counter()
        self.first_push = self.first_push or now
        self._waiting[user_id] = now
        self.server.push_update(
            message_update(
                question.text,
                user_id=user_id,
                language_code=question.language,
                first_name="User",
            )
        )

    def replied(self, chat_id: int) -> None:
        """The server received a message for `chat_id` (a private chat: the user's id)."""
        now = time.perf_counter()
        self.replies[chat_id] += 1
        pushed = self._waiting.pop(chat_id, None)
        if pushed is None:
            self.unexpected += 1
            return
        self.latencies.append(now - pushed)
        self.last_reply = now
        if len(self.latencies) >= self.total:
            self._finished.set()
        elif self.closed_loop and self.asked[chat_id] < self.per_user and self.room():
            self.ask(chat_id)

    def room(self) -> bool:
        return self.pushed < self.total

    async def run_closed(self, timeout: float) -> None:
        """Every user asks; each asks again when answered, until `total` are asked."""
        for user_id in self.user_ids:
            if self.room():
                self.ask(user_id)
        await self._wait(timeout)

    async def run_open(self, rate: float, timeout: float) -> None:
        """Offer `rate` questions per second, from the next user with no question waiting."""
        self.closed_loop = False
        loop = asyncio.get_running_loop()
        users = itertools.cycle(self.user_ids)
        start = loop.time()
        for n in range(self.total):
            delay = start + n / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            for _ in range(self.users):
                user_id = next(users)
                if user_id not in self._waiting:
                    break
            else:  # every user is waiting: the bot is saturated; wait for one reply
                while len(self._waiting) >= self.users:
                    if loop.time() - start > timeout:
                        return  # the bot stopped answering: what is waiting counts as lost
                    await asyncio.sleep(0.001)
                user_id = next(u for u in self.user_ids if u not in self._waiting)
            self.ask(user_id)
        await self._wait(timeout - (loop.time() - start))

    async def _wait(self, timeout: float) -> None:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._finished.wait(), max(timeout, 1.0))
        await asyncio.sleep(GRACE)  # a duplicate would arrive now

    @property
    def seconds(self) -> float:
        return max(self.last_reply - self.first_push, 1e-9)

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, p: float) -> float:
        if len(self.latencies) < 2:
            return self.latencies[0] if self.latencies else float("nan")
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[int(p) - 1]


# --- the bots in their own processes ----------------------------------------------------------


@dataclass
class Bot:
    """How to start one bot under test."""

    name: str
    concurrency: int
    argv: list[str]
    env: dict[str, str]
    database: Path | None = None


@dataclass
class Result:
    bot: Bot
    traffic: Traffic
    peak_rss_mb: float
    cpu_seconds: float
    exit_status: int
    log_rows: int | None
    stderr: str
    generator_cpu: float  # share of one core this process used while the traffic ran
    label: str = ""

    def __post_init__(self) -> None:
        self.label = self.label or self.bot.name

    @property
    def cpu_ms_per_update(self) -> float:
        return self.cpu_seconds * 1000 / max(len(self.traffic.latencies), 1)


def summit_bot(folder: Path, concurrency: int, rate_limit: float) -> Bot:
    """The production entry point, `summit-bot run`, configured by its environment only."""
    database = folder / "summit" / f"log-{next(_runs)}.sqlite3"
    argv = [sys.executable, "-m", "bot.cli", "run"]
    env = {
        "PYTHONPATH": str(REPO),
        "KNOWLEDGE_DIR": str(KNOWLEDGE),
        "DATABASE_PATH": str(database),
        "USER_ID_SECRET": "load-benchmark-secret",
        "TELEGRAM_RATE_LIMIT": f"{rate_limit:g}",
        "CONCURRENT_UPDATES": str(concurrency),
        "LOG_LEVEL": "WARNING",
    }
    limit = f", limiter {rate_limit:g}/s" if rate_limit else ""
    return Bot(f"summit-bot{limit}", concurrency, argv, env, database)


def echo_bot(concurrency: int) -> Bot:
    """bench/echo_bot.py: PTB and HTTP only, the fastest a PTB bot can answer here."""
    argv = [sys.executable, str(REPO / "bench" / "echo_bot.py"), "--concurrency"]
    return Bot("echo bot", concurrency, [*argv, str(concurrency)], {})


async def measure(
    bot: Bot,
    questions: Sequence[Question],
    *,
    users: int,
    total: int,
    rate: float | None,
    folder: Path,
    py_spy: Path | None = None,
) -> Result:
    """Start the server and the bot, play the traffic, stop the bot with SIGTERM, check."""
    traffic = Traffic(questions, users, total)
    server = LoadServer(traffic.replied)
    traffic.server = server
    await server.start()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "TELEGRAM_BOT_TOKEN": server.token,
        "TELEGRAM_API_BASE_URL": server.base_url,
        **bot.env,
    }
    workdir = folder / bot.name.split(",")[0].replace(" ", "-")
    workdir.mkdir(parents=True, exist_ok=True)
    errors = workdir / f"stderr-{bot.concurrency}.log"
    startup_cpu = 0.0
    sampler = None
    try:
        with errors.open("wb") as stderr:
            # cwd: no stray .env from the checkout; output to a file so no pipe can fill up.
            process = subprocess.Popen(
                bot.argv, cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=stderr
            )
        peak = asyncio.ensure_future(_peak_rss_kb(process.pid))
        try:
            await _ready(server, process)
            startup_cpu = _cpu_seconds(process.pid)
            generator_start = time.process_time(), time.perf_counter()
            if py_spy is not None:
                name = bot.name.split(",")[0].replace(" ", "-")
                sampler = _sample(process.pid, py_spy / f"{name}-{bot.concurrency}.txt")
            # Generous: a saturated bot at 50 updates/s still finishes.
            budget = total / 50 + 30
            # The fake server keeps every call it received: as that record grows, this
            # process's own garbage collections would pause it for 100 ms and more, and the
            # pause would count as the bot's latency. No collection while measuring.
            gc.collect()
            gc.disable()
            try:
                if rate is None:
                    await traffic.run_closed(budget)
                else:
                    await traffic.run_open(rate, budget + total / rate)
            finally:
                gc.enable()
            generator_cpu = (time.process_time() - generator_start[0]) / (
                time.perf_counter() - generator_start[1]
            )
        finally:
            process.send_signal(signal.SIGTERM)
            status, usage = await _reap(process)
            peak_kb = await peak
            if sampler is not None:
                sampler.wait(STOP_TIMEOUT)  # it writes its file when the bot exits
    finally:
        await server.stop()
    rows = None
    if bot.database is not None and bot.database.exists():
        with contextlib.closing(sqlite3.connect(bot.database)) as db:
            rows = db.execute("SELECT count(*) FROM exchanges").fetchone()[0]
    traffic.server = None  # let its record of every call go
    return Result(
        bot,
        traffic,
        peak_rss_mb=peak_kb / 1024,
        cpu_seconds=usage.ru_utime + usage.ru_stime - startup_cpu,
        exit_status=status,
        log_rows=rows,
        stderr=errors.read_text(errors="replace"),
        generator_cpu=generator_cpu,
    )


async def _ready(server: BotApiServer, process: subprocess.Popen[bytes]) -> None:
    """Wait for the bot's first getUpdates: it has started, its log is open."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + READY_TIMEOUT
    while not server.calls_of("getUpdates"):
        if process.poll() is not None or loop.time() > deadline:
            raise RuntimeError(f"the bot did not start (exit status {process.returncode})")
        await asyncio.sleep(0.05)


def _sample(pid: int, output: Path) -> subprocess.Popen[bytes]:
    """py-spy sampling the bot's stacks (collapsed, for flame graphs) until it exits."""
    argv = ["py-spy", "record", "--pid", str(pid), "--rate", "250", "--format", "raw"]
    argv += ["--output", str(output), "--nonblocking"]
    return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


async def _peak_rss_kb(pid: int) -> int:
    """The process's VmHWM, followed until it exits.

    Not wait4's ru_maxrss: Linux counts in it the forked copy of this process that existed
    before exec, so it would report the load generator's size whenever that is larger.
    """
    peak = 0
    status = Path(f"/proc/{pid}/status")
    while True:
        try:
            text = status.read_text()
        except OSError:  # reaped
            return peak
        fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
        if "VmHWM" not in fields:  # a zombie: the memory is gone
            return peak
        peak = max(peak, int(fields["VmHWM"].split()[0]))
        await asyncio.sleep(0.02)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU a live process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _reap(process: subprocess.Popen[bytes]) -> tuple[int, Any]:
    """Wait for the process to exit; its exit status and resource usage (peak RSS, CPU)."""
    waiting = asyncio.ensure_future(asyncio.to_thread(os.wait4, process.pid, 0))
    try:
        _, status, usage = await asyncio.wait_for(asyncio.shield(waiting), STOP_TIMEOUT)
    except asyncio.TimeoutError:
        process.kill()
        _, status, usage = await waiting
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage


# --- the report --------------------------------------------------------------------------------


def table(results: Sequence[Result]) -> str:
    header = (
        "bot",
        "conc",
        "updates",
        "updates/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "peak RSS",
        "CPU/update",
        "lost",
        "dup",
        "log rows",
        "server CPU",
    )
    lines = []
    for result in results:
        traffic = result.traffic
        lines.append(
            (
                result.label,
                str(result.bot.concurrency),
                f"{len(traffic.latencies):,}",
                f"{traffic.throughput:,.0f}",
                f"{traffic.percentile(50) * 1000:.1f}",
                f"{traffic.percentile(95) * 1000:.1f}",
                f"{traffic.percentile(99) * 1000:.1f}",
                f"{result.peak_rss_mb:.0f} MB",
                f"{result.cpu_ms_per_update:.2f} ms",
                str(traffic.lost),
                str(traffic.duplicates),
                "-" if result.log_rows is None else f"{result.log_rows:,}",
                f"{result.generator_cpu:.0%}",
            )
        )
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]
    out = []
    for row in [header, tuple("-" * w for w in widths), *lines]:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        out.append("  ".join(cells))
    return "\n".join(out)


def verdict(summits: list[Result], floors: list[Result], rate: float | None) -> list[str]:
    """One line per target (means over the rounds, worst p99 and RSS), and what went wrong."""
    lines = []
    if rate is None:
        bot = statistics.mean(r.traffic.throughput for r in summits)
        floor = statistics.mean(r.traffic.throughput for r in floors)
        lines.append(
            f"throughput {bot:,.0f} vs {floor:,.0f} updates/s: {bot / floor:.0%} of the echo "
            "bot's (target >= 70%)"
        )
    else:
        p99 = max(r.traffic.percentile(99) for r in summits) * 1000
        lines.append(f"p99 {p99:.1f} ms at {rate:g} updates/s offered (target < 100 ms at 100/s)")
    rss = max(r.peak_rss_mb for r in summits)
    lines.append(f"peak RSS {rss:.0f} MB (target < 150 MB)")
    problems = []
    for result in [*summits, *floors]:
        name = f"{result.bot.name} (concurrency {result.bot.concurrency})"
        traffic = result.traffic
        if traffic.lost or traffic.duplicates:
            problems.append(f"{name}: {traffic.lost} lost, {traffic.duplicates} duplicate")
        if result.exit_status != 0:
            problems.append(f"{name}: exit status {result.exit_status}\n{result.stderr[-2000:]}")
        if result.bot.database is not None and result.log_rows != traffic.pushed:
            problems.append(f"{name}: {result.log_rows} log rows for {traffic.pushed} questions")
    if problems:
        lines.append("FAILED:\n  " + "\n  ".join(problems))
    else:
        lines.append("no lost or duplicate replies; every exchange in the log after SIGTERM")
    return lines


async def run(args: argparse.Namespace) -> int:
    questions = load_questions()
    total = args.users * args.messages if args.rate is None else round(args.rate * args.duration)
    mode = (
        f"closed loop, {args.users} users x {args.messages} questions"
        if args.rate is None
        else f"open loop, {args.rate:g} updates/s offered for {args.duration:g} s "
        f"over {args.users} users"
    )
    categories = Counter(q.category for q in questions)
    print(
        f"{mode}; {len(questions)} questions from {QUESTIONS.relative_to(REPO)} "
        f"({', '.join(f'{n} {c}' for c, n in sorted(categories.items()))}); "
        f"{args.rounds} round(s); {os.cpu_count()} cores\n"
    )
    common = {"users": args.users, "rate": args.rate, "py_spy": args.py_spy}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sweep: list[Result] = []
        floor_concurrency = ECHO_CONCURRENCY
        if len(args.echo_concurrency) == 1:
            floor_concurrency = args.echo_concurrency[0]
        elif args.rate is None:
            # A quick pass to choose the echo bot's concurrency: its fastest is the floor.
            for concurrency in args.echo_concurrency:
                result = await measure(
                    echo_bot(concurrency), questions, total=SWEEP, folder=folder, **common
                )
                result.label = f"echo bot (sweep, {SWEEP:,} updates)"
                sweep.append(result)
            floor_concurrency = max(sweep, key=lambda r: r.traffic.throughput).bot.concurrency
        floors: list[Result] = []
        summits: list[Result] = []
        # Alternating rounds: this VM's speed drifts by tens of percent from one minute to
        # the next, which one run of each would mistake for a difference between the bots.
        for _ in range(args.rounds):
            floors.append(
                await measure(
                    echo_bot(floor_concurrency), questions, total=total, folder=folder, **common
                )
            )
            summits.append(
                await measure(
                    summit_bot(folder, args.concurrency, args.rate_limit),
                    questions,
                    total=total,
                    folder=folder,
                    **common,
                )
            )
        print(table([*summits, *floors, *sweep]))
        print(f"\nfloor: the echo bot with concurrent_updates({floor_concurrency})")
        lines = verdict(summits, floors, args.rate)
        print("\n".join(lines))
    return 1 if any(line.startswith("FAILED") for line in lines) else 0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=500, help="simulated users (500)")
    parser.add_argument("--messages", type=int, default=10, help="questions per user (10)")
    parser.add_argument(
        "--rate", type=float, help="open loop: offer this many updates per second instead"
    )
    parser.add_argument(
        "--duration", type=float, default=20.0, help="seconds of offered load with --rate (20)"
    )
    parser.add_argument(
        "--rate-limit",
        type=float,
        default=0.0,
        help="the bot's TELEGRAM_RATE_LIMIT (0: limiter off, the default here)",
    )
    parser.add_argument(
        "--concurrency", type=int, default=4, help="the bot's CONCURRENT_UPDATES (4)"
    )
    parser.add_argument(
        "--echo-concurrency",
        type=lambda text: [int(n) for n in text.split(",")],
        default=[1, 4, 16],
        help="the echo bot's concurrent_updates, comma-separated; in a closed loop a quick "
        "sweep picks the fastest as the floor (1,4,16; with --rate, 4 unless one is given)",
    )
    parser.add_argument(
        "--rounds", type=int, default=2, help="alternating runs of the echo bot and the bot (2)"
    )
    parser.add_argument(
        "--py-spy",
        type=Path,
        metavar="DIR",
        help="sample each bot with py-spy (pip install py-spy): collapsed stacks in DIR",
    )
    args = parser.parse_args()
    if args.py_spy is not None:
        args.py_spy.mkdir(parents=True, exist_ok=True)
    raise SystemExit(asyncio.run(run(args)))


if __name__ == "__main__":
    main()
