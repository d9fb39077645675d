"""The conversation log: the only SQL of the bot, one SQLite file, one module per job.

    schema.py   the file: its tables and migrations, opening it to write (WAL, migrated) or
                only to read (mode=ro, an old schema migrated in memory), how times are stored
    writer.py   the batched writer: a queue of rows, many rows per transaction in a background
                task, rows held in memory while the file cannot be written, flush and close,
                deletions under the same lock; it knows statements, not tables
    queries.py  `Queries`: every SELECT the reports read (stats, activity, unanswered questions,
                misses, votes per entry, exports)
    log.py      `Store` and `Exchange`: the rows the bot writes (exchanges, votes, language
                choices, ignored misses) and their SQL, pseudonyms, /forget and retention,
                opening the log from the settings

Why `Store` *has* a `Writer` and *is* a `Queries`: the writer's connection is the one reads
must go through (it reopens the file when it is replaced, and a report must see the rows queued
before it), so the writer owns it and lends `Queries` its `read`. The bot, the CLI and the tests
keep using one object (`store.log_exchange(...)`, `await store.exchanges(...)`), while code
that only reports takes a `Queries` (`bot.review`, `bot.report`, `bot.suggest`), so it cannot
write. A log opened for reading is the same `Store` on a read-only writer that drops every row.
"""

from bot.store.log import Exchange, Store
from bot.store.queries import Queries
from bot.store.schema import MIGRATIONS, SCHEMA_VERSION, StoreError, utcnow

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Exchange",
    "Queries",
    "Store",
    "StoreError",
    "utcnow",
]
