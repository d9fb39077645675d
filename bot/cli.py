"""`summit-bot`: run the bot, chat in the terminal, ask, check and evaluate the pack, review,
start a pack for another event."""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot import pack_edit, pack_learn, report_html, review, suggest
from bot.config import ConfigError, Settings
from bot.engine import Engine
from bot.evaluation import EvalFileError, evaluate, format_report, load_cases
from bot.knowledge import PHRASING_KEYS, Pack, PackError, PlaceholderError, load_pack
from bot.pseudonym import SecretError
from bot.report import Report, build_report
from bot.scaffold import ScaffoldError, create_pack
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
        "validate the knowledge pack and summarise it; warn about a phrasing in two entries "
        "and help resources not checked for 180 days",
        "summit-bot check --knowledge knowledge/",
    )
    init = command(
        "init",
        "write a new knowledge pack for another event: commented files with <<placeholders>> "
        "to fill in, which `check` lists until they are all filled",
        "summit-bot init my-event/ && summit-bot check --knowledge my-event/",
    )
    init.add_argument("directory", type=Path, help="a new or empty folder")
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
        "entries, the whole log as CSV or JSON, a report with charts as one HTML file, or "
        "suggest: the questions the bot missed, grouped by meaning, with the entries they "
        "likely belong to; the log is only read, never changed",
        "summit-bot review unanswered --days 7\n  "
        "summit-bot review report --days 7 --output report.html",
    )
    rev.add_argument(
        "report", choices=("stats", "unanswered", "top", "export", "suggest", "report")
    )
    rev.add_argument("--db", type=Path, help="the log file (default DATABASE_PATH)")
    period = rev.add_mutually_exclusive_group()
    period.add_argument("--days", help="only the last N days")
    period.add_argument("--since", help="only since this date, YYYY-MM-DD")
    rev.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        help="default: table in a terminal, json when piped; export writes csv (the "
        "default) or json",
    )
    rev.add_argument(
        "--output", type=Path, help="review report: the HTML file to write, like report.html"
    )
    pack = command(
        "pack",
        "edit the knowledge pack: add-phrasing writes a wording into an entry's phrasings, "
        "keeping the file's comments and layout, checks the pack, and shows the logged "
        "questions the entry now answers; learn files the questions of evaluation files in "
        "asked.yaml",
        'summit-bot pack add-phrasing faq_tickets "les billets valaient combien de dirhams"',
    )
    edits = pack.add_subparsers(dest="edit", metavar="EDIT", required=True)
    add = edits.add_parser(
        "add-phrasing",
        help="add a wording to an entry's phrasings",
        description="Add a wording to an entry's phrasings (under --lang, detected when "
        "absent), check the pack, and show the logged questions the entry now answers."
        "\n\nExample:\n  summit-bot pack add-phrasing faq_tickets "
        '"les billets valaient combien de dirhams"',
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    add.add_argument("entry", metavar="ENTRY_ID", help="the entry's id, as in the pack")
    add.add_argument("text", metavar="TEXT", help="the wording, as people type it")
    add.add_argument(
        "--lang", choices=PHRASING_KEYS, help="phrasing key (default: detected from TEXT)"
    )
    add.add_argument("--db", type=Path, help="the log to compare (default DATABASE_PATH)")
    learn = edits.add_parser(
        "learn",
        help="file the questions of evaluation files in asked.yaml",
        description="File the questions of evaluation files (the format `summit-bot eval` "
        "reads) in the pack's asked.yaml: each in-scope question under the one entry it "
        "expects, each out-of-scope one under `unanswerable`. When nothing else places a "
        "message, the bot answers from its nearest asked questions."
        "\n\nExample:\n  summit-bot pack learn reviewed-questions.yaml",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    learn.add_argument("files", metavar="FILE", type=Path, nargs="+", help="evaluation file")
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
        what = "placeholder(s) to replace" if isinstance(exc, PlaceholderError) else "problem(s)"
        print(f"Error: {len(exc.problems)} {what} in {folder}", file=out)
        return 2
    engine = Engine(pack)
    counts: dict[str, int] = dict.fromkeys(PHRASING_KEYS, 0)
    phrasing_sets = [e.questions for e in pack.entries()]
    phrasing_sets += [p.questions for p in pack.panels] + [s.questions for s in pack.speakers]
    for phrasings in phrasing_sets:
        for key, texts in phrasings.items():
            counts[key] += len(texts)
    warned = f", {len(pack.warnings)} warning(s) below" if pack.warnings else ""
    print(f"Knowledge pack {folder}: OK{warned}", file=out)
    print(f"  event       {pack.event.name['en']} ({pack.event.date})", file=out)
    rows = [
        ("facts", len(pack.facts)),
        ("faq", len(pack.faq)),
        ("panels", len(pack.panels)),
        ("speakers", len(pack.speakers)),
        ("smalltalk", len(pack.smalltalk)),
        ("resources", len(pack.resources)),
        ("vocabulary", len(pack.vocabulary)),
        ("asked", sum(len(questions) for questions in pack.asked.values())),
    ]
    for name, count in rows:
        print(f"  {name:<11} {count}", file=out)
    written = ", ".join(f"{key} {counts[key]}" for key in PHRASING_KEYS)
    print(f"  phrasings   {written}; {len(engine.matcher)} indexed in all", file=out)
    print("  answers     every entry in " + ", ".join(LANGUAGES), file=out)
    # Warnings leave the exit status at 0: the bot works with this pack as it is.
    for warning in pack.warnings:
        print(warning, file=out)
    return 0


def cmd_init(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    try:
        written = create_pack(args.directory)
    except ScaffoldError as exc:
        raise CliError(str(exc)) from exc
    print(f"New knowledge pack in {args.directory}:", file=out)
    for path in written:
        print(f"  {path.name}", file=out)
    print(
        "Next: replace every <<...>> placeholder (README.md there says how), then run\n"
        f"  summit-bot check --knowledge {args.directory}\n"
        "which lists, by file and line, each placeholder still to fill in.",
        file=out,
    )
    return 0


def cmd_ask(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    engine = Engine(_pack(settings, args.knowledge))
    questions = sys.stdin.read().splitlines() if args.question == "-" else [args.question]
    answered: list[Exchange] = []
    for question in questions:
        started = time.perf_counter()
        reply = engine.reply(question, chosen=args.lang, fallback=settings.default_language)
        answered.append(
            Exchange.for_reply(question, reply, (time.perf_counter() - started) * 1000)
        )
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
        return await Store.from_settings(settings)
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
    if args.report == "report" and args.output is None:
        raise CliError("review report needs --output FILE, like --output report.html")
    if args.report != "report" and args.output is not None:
        raise CliError(f"--output is for review report; review {args.report} prints its report")
    pack = _pack(settings, args.knowledge)
    try:
        # Days start at midnight where the event is.
        since = review.since_from(args.days, args.since, zone=pack.event.zone)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if args.report == "report":
        figures = asyncio.run(_read_report(database, since, pack))
        size = _write_report(args.output, report_html.render(figures))
        print(
            f"Wrote {args.output}: {figures.stats.questions:,} questions from "
            f"{figures.first_day} to {figures.last_day}, times in {figures.stats.timezone} "
            f"({size:,} KB)",
            file=out,
        )
        return 0
    if args.report == "export":
        fmt = args.format or "csv"
        if fmt not in review.EXPORT_FORMATS:
            raise CliError(f"review export writes csv or json, not {fmt}: use --format csv")
    else:
        # Readable tables in a terminal, machine-readable output when piped.
        fmt = args.format or ("table" if out.isatty() else "json")
    # Tables wrap long questions to the terminal (COLUMNS, else 80 when piped).
    width = shutil.get_terminal_size().columns
    if args.report == "suggest":
        print(_suggest_report(database, since, fmt, pack, width), file=out)
        return 0
    print(asyncio.run(_report(database, args.report, since, fmt, pack, width)), file=out)
    return 0


async def _read_report(database: Path, since: datetime | None, pack: Pack) -> Report:
    try:
        # Read-only, like every review: a report never migrates, purges or writes the log.
        store = await Store.open_read_only(database)
        try:
            return await build_report(store, Engine(pack), since)
        finally:
            await store.close()
    except StoreError as exc:
        raise CliError(str(exc)) from exc


def _write_report(path: Path, page: str) -> int:
    """Write the page through a temporary file, so a failed write leaves no half report; KB."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(page, encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CliError(f"cannot write the report to {path}: {exc.strerror or exc}") from exc
    return -(-len(page.encode("utf-8")) // 1024)


async def _report(
    database: Path,
    report: str,
    since: datetime | None,
    fmt: str,
    pack: Pack,
    width: int,
) -> str:
    try:
        # Read-only: a report never migrates, purges or writes the log (the running bot does).
        store = await Store.open_read_only(database)
        try:
            if report == "stats":
                stats = await review.stats(store, since, pack.event.zone)
                return review.format_stats(stats, fmt, width)
            if report == "top":
                return review.format_top(await review.top_entries(store, since), fmt, width)
            if report == "export":
                return (await review.export(store, since, fmt)).rstrip("\n")
            engine = Engine(pack)
            groups = await review.unanswered(store, since, engine.closest)
            return review.format_unanswered(groups, fmt, width)
        finally:
            await store.close()
    except StoreError as exc:
        raise CliError(str(exc)) from exc


def _suggest_report(
    database: Path, since: datetime | None, fmt: str, pack: Pack, width: int
) -> str:
    if fmt not in suggest.FORMATS:
        raise CliError(f"review suggest writes {' or '.join(suggest.FORMATS)}, not {fmt}")
    engine = Engine(pack)
    found, ignored = asyncio.run(_read_misses(database, engine, since))
    groups = suggest.group_misses(found, engine, ignored)
    return suggest.format_groups(groups, fmt, width).rstrip("\n")


def cmd_pack(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    folder = args.knowledge or settings.knowledge_dir
    if args.edit == "learn":
        return _learn(folder, args.files, out)
    try:
        added = pack_edit.add_phrasing(folder, args.entry, args.text, args.lang)
    except pack_edit.PhrasingError as exc:
        raise CliError(str(exc)) from exc
    print(f"Added {added.text!r} to {added.entry_id}: {added.file}, {added.path}", file=out)
    print("Pack checked: OK", file=out)
    database = args.db or settings.database_path
    logged = database.is_file()
    effect = suggest.effect_of(
        added, (lambda old: asyncio.run(_read_misses(database, old, None))[0]) if logged else None
    )
    if effect.still:
        print(f"Note: the bot still answers this wording with {effect.still}", file=out)
    if not logged:
        print(f"No conversation log at {database} to compare with", file=out)
        return 0
    changed = effect.changed
    if not changed:
        print("No logged question changes answer", file=out)
        return 0
    times = sum(n for _, n in changed)
    print(
        f"{added.entry_id} now answers {len(changed)} logged question(s), asked {times} "
        "time(s), that it did not before:",
        file=out,
    )
    for question, n in changed:
        print(f"  {n:>4}  {question}", file=out)
    return 0


def _learn(folder: Path, files: list[Path], out: TextIO) -> int:
    try:
        learned = pack_learn.learn(folder, files)
    except (pack_edit.PhrasingError, EvalFileError) as exc:
        raise CliError(str(exc)) from exc
    total = sum(learned.filed.values())
    print(f"Filed {total} question(s) in {learned.file}", file=out)
    for entry_id, count in learned.filed.most_common():
        print(f"  {count:>5}  {entry_id}", file=out)
    if learned.known:
        print(f"{learned.known} question(s) were there already", file=out)
    print("Pack checked: OK", file=out)
    return 0


async def _read_misses(
    database: Path, engine: Engine, since: datetime | None
) -> tuple[list[suggest.Miss], set[str]]:
    """The misses in the log at `database` that `engine` still gets wrong, and the groups
    organisers chose to ignore."""
    try:
        # Read-only, like every review: finding misses never changes the log.
        store = await Store.open_read_only(database)
        try:
            return await suggest.find_misses(store, engine, since), await store.ignored_misses()
        finally:
            await store.close()
    except (StoreError, SecretError) as exc:
        raise CliError(str(exc)) from exc


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
    "init": cmd_init,
    "eval": cmd_eval,
    "programme": cmd_programme,
    "pack": cmd_pack,
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
