"""`summit-bot`: run the bot, chat in the terminal, ask, check and evaluate the pack, review."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot import review
from bot.config import ConfigError, Settings
from bot.engine import Engine
from bot.evaluation import EvalFileError, evaluate, format_report, load_cases
from bot.knowledge import PHRASING_KEYS, Pack, PackError, load_pack
from bot.logbook import exchange, open_log
from bot.pseudonym import SecretError
from bot.store import Exchange, Store, StoreError
from bot.terminal import chat, render
from bot.text import LANGUAGES


class CliError(Exception):
    """An error for the user: printed as one `Error: ...` line."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summit-bot",
        description="Answer questions about an event on Telegram or in the terminal. "
        "With no command: run the Telegram bot if TELEGRAM_BOT_TOKEN is set, else chat here.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--knowledge", type=Path, help="knowledge pack folder (KNOWLEDGE_DIR)")
    # Every command takes --knowledge too, before or after its name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--knowledge", type=Path, default=argparse.SUPPRESS, help="knowledge pack folder"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, example: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name,
            help=help_text,
            description=f"{help_text}\n\nExample:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
            parents=[common],
        )

    command(
        "run",
        "run the Telegram bot (polling, or a webhook when WEBHOOK_URL is set)",
        "TELEGRAM_BOT_TOKEN=123:ABC summit-bot run",
    )
    chat = command("chat", "chat with the engine in the terminal", "summit-bot chat --lang en")
    chat.add_argument("--lang", choices=LANGUAGES, help="answer in this language")
    ask = command(
        "ask",
        "answer one question, or one per line from stdin with -",
        'summit-bot ask "C\'était quand le sommet ?" --json',
    )
    ask.add_argument("question", help="the question, or - to read one per line from stdin")
    ask.add_argument("--lang", choices=LANGUAGES, help="answer in this language")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    command(
        "check",
        "validate the knowledge pack and summarise it",
        "summit-bot check --knowledge knowledge/",
    )
    ev = command(
        "eval",
        "score the engine on a YAML file of questions with expected replies",
        "summit-bot eval tests/eval/questions.yaml",
    )
    ev.add_argument("files", type=Path, nargs="+", metavar="file", help="evaluation files")
    ev.add_argument(
        "--summary", action="store_true", help="print the tables only, not each failure"
    )
    prog = command("programme", "print the programme summary", "summit-bot programme --lang ar")
    prog.add_argument("--lang", choices=LANGUAGES, help="language (default DEFAULT_LANGUAGE)")
    rev = command(
        "review",
        "organisers' reports on the conversation log: stats, unanswered questions, top "
        "entries, or the whole log as CSV",
        "summit-bot review unanswered --days 7",
    )
    rev.add_argument("report", choices=("stats", "unanswered", "top", "export"))
    rev.add_argument("--db", type=Path, help="the log file (default DATABASE_PATH)")
    period = rev.add_mutually_exclusive_group()
    period.add_argument("--days", help="only the last N days")
    period.add_argument("--since", help="only since this date, YYYY-MM-DD")
    rev.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        help="default: table in a terminal, json when piped (export is always CSV)",
    )
    for name in ("ask", "chat"):
        sub.choices[name].add_argument(
            "--no-log", action="store_true", help="do not write this exchange to the log"
        )
    return parser


def _pack(settings: Settings, folder: Path | None) -> Pack:
    """The pack from --knowledge or KNOWLEDGE_DIR; one error line naming which, if it fails."""
    path = folder or settings.knowledge_dir
    setting = f"--knowledge {path}" if folder else f"KNOWLEDGE_DIR={path}"
    if not path.is_dir():
        raise CliError(
            f"{setting}: no such folder; give the folder of a knowledge pack, or leave "
            "KNOWLEDGE_DIR empty for the pack shipped with the bot"
        )
    try:
        return load_pack(path)
    except PackError as exc:
        first = exc.problems[0] if exc.problems else exc
        raise CliError(
            f"{setting}: the knowledge pack has {len(exc.problems)} problem(s), the first: "
            f"{first}; `summit-bot check` lists them all"
        ) from exc


def cmd_check(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    folder = args.knowledge or settings.knowledge_dir
    try:
        pack = load_pack(folder)
    except PackError as exc:
        for problem in exc.problems:
            print(problem, file=out)
        print(f"Error: {len(exc.problems)} problem(s) in {folder}", file=out)
        return 2
    engine = Engine(pack)
    counts: dict[str, int] = dict.fromkeys(PHRASING_KEYS, 0)
    phrasing_sets = [e.questions for e in pack.entries()]
    phrasing_sets += [p.questions for p in pack.panels] + [s.questions for s in pack.speakers]
    for phrasings in phrasing_sets:
        for key, texts in phrasings.items():
            counts[key] += len(texts)
    print(f"Knowledge pack {folder}: OK", file=out)
    print(f"  event       {pack.event.name['en']} ({pack.event.date})", file=out)
    rows = [
        ("facts", len(pack.facts)),
        ("faq", len(pack.faq)),
        ("panels", len(pack.panels)),
        ("speakers", len(pack.speakers)),
        ("smalltalk", len(pack.smalltalk)),
        ("resources", len(pack.resources)),
        ("vocabulary", len(pack.vocabulary)),
    ]
    for name, count in rows:
        print(f"  {name:<11} {count}", file=out)
    written = ", ".join(f"{key} {counts[key]}" for key in PHRASING_KEYS)
    print(f"  phrasings   {written}; {len(engine.matcher)} indexed in all", file=out)
    print("  answers     every entry in " + ", ".join(LANGUAGES), file=out)
    return 0


def cmd_ask(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    engine = Engine(_pack(settings, args.knowledge))
    questions = sys.stdin.read().splitlines() if args.question == "-" else [args.question]
    answered: list[Exchange] = []
    for question in questions:
        started = time.perf_counter()
        reply = engine.reply(question, chosen=args.lang, fallback=settings.default_language)
        answered.append(exchange(question, reply, (time.perf_counter() - started) * 1000))
        if args.json:
            print(json.dumps(reply.to_json(question), ensure_ascii=False), file=out, flush=True)
        else:
            print(render(reply), file=out)
    if not args.no_log:
        asyncio.run(_log(settings, answered))
    return 0


async def _log(settings: Settings, rows: list[Exchange]) -> None:
    store = await _open_log(settings)
    for row in rows:
        store.log_exchange(row)
    await store.close()


async def _open_log(settings: Settings) -> Store:
    try:
        return await open_log(settings)
    except (StoreError, SecretError) as exc:
        raise CliError(f"{exc} (or pass --no-log)") from exc


def cmd_programme(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    engine = Engine(_pack(settings, args.knowledge))
    print(engine.programme(args.lang or settings.default_language).answer, file=out)
    return 0


def cmd_eval(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    engine = Engine(_pack(settings, args.knowledge))
    cases, thresholds = [], {}
    try:
        for path in args.files:
            found, thresholds = load_cases(path, set(engine.pack.ids()))
            cases += found
    except EvalFileError as exc:
        raise CliError(str(exc)) from exc
    # Several files are one set; the last file's thresholds apply to it.
    report = evaluate(engine, cases, thresholds)
    print(format_report(report, failures=not args.summary), file=out)
    return 0 if report.passed else 1


def cmd_chat(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    engine = Engine(_pack(settings, args.knowledge))
    return asyncio.run(_chat(engine, settings, args, out))


async def _chat(engine: Engine, settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    store = None if args.no_log else await _open_log(settings)
    # After the pack and the log opened: a failed start is one `Error:` line.
    if getattr(args, "notice", None):
        print(args.notice, file=sys.stderr)
    try:
        return await chat(engine, settings, args.lang, out, store.log_exchange if store else None)
    finally:
        if store:
            await store.close()


def cmd_review(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    database = args.db or settings.database_path
    if not database.is_file():
        raise CliError(f"no conversation log at {database}: check --db or DATABASE_PATH")
    try:
        since = review.since_from(args.days, args.since)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    # Readable tables in a terminal, machine-readable output when piped.
    fmt = args.format or ("table" if out.isatty() else "json")
    settings = dataclasses.replace(settings, database_path=database)
    print(asyncio.run(_report(settings, args.report, since, fmt, args.knowledge)), file=out)
    return 0


async def _report(
    settings: Settings, report: str, since: datetime | None, fmt: str, folder: Path | None
) -> str:
    store = await _open_log(settings)
    try:
        if report == "stats":
            return review.format_stats(await review.stats(store, since), fmt)
        if report == "top":
            return review.format_top(await review.top_entries(store, since), fmt)
        if report == "export":
            return (await review.export_csv(store, since)).rstrip("\n")
        engine = Engine(_pack(settings, folder))
        groups = await review.unanswered(store, since, engine.closest)
        return review.format_unanswered(groups, fmt)
    finally:
        await store.close()


def cmd_run(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    from bot.app import run

    if not settings.token:
        raise CliError("TELEGRAM_BOT_TOKEN is not set: expected the token BotFather gives you")
    return run(settings, _pack(settings, args.knowledge))


COMMANDS: dict[str, Callable[[Settings, argparse.Namespace, TextIO], int]] = {
    "review": cmd_review,
    "run": cmd_run,
    "chat": cmd_chat,
    "ask": cmd_ask,
    "check": cmd_check,
    "eval": cmd_eval,
    "programme": cmd_programme,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `summit-bot` command; returns the exit status."""
    args = _parser().parse_args(argv)
    out = sys.stdout
    try:
        settings = Settings.from_env()
        command = args.command
        if command is None:
            command = "run" if settings.token else "chat"
            if command == "chat":
                args.lang, args.no_log = None, False
                args.notice = (
                    "No TELEGRAM_BOT_TOKEN set: chatting in the terminal. To connect Telegram, "
                    "create a bot with @BotFather and put its token in .env (see README)."
                )
        return COMMANDS[command](settings, args, out)
    except (CliError, ConfigError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
