"""The conversation log on a real SQLite file: schema, privacy, retention, batching, outages."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.pseudonym import SecretError, key_path, load_or_create_secret, pseudonymise
from bot.store import MIGRATIONS, SCHEMA_VERSION, Exchange, Store, StoreError

UTC = timezone.utc
SECRET = b"0123456789abcdef0123456789abcdef"
ALICE, BOB = 987654321, 123123123


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "summit-bot.sqlite3"


@pytest.fixture
async def store(db_path: Path):
    store = await Store.open(db_path, secret=SECRET, flush_interval=0.01)
    yield store
    await store.close()


def exchange(n: int = 0, **changes) -> Exchange:
    fields = {
        "ref": f"ref{n:06d}",
        "user_id": ALICE,
        "chat_type": "private",
        "channel": "telegram",
        "language": "fr",
        "question": f"question {n}",
        "kind": "answer",
        "source": "wifi",
        "score": 0.9,
        "response_ms": 12.5,
    }
    return Exchange(**{**fields, **changes})


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the file the way an outside tool would, through a separate connection."""
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, params).fetchall()


def file_bytes(path: Path) -> bytes:
    """The database and any -wal / -shm files beside it."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))


def write_version_1_log(path: Path, at: datetime) -> None:
    """A log as the first release wrote it, with one exchange asked at `at`."""
    path.parent.mkdir()
    with sqlite3.connect(path) as connection:
        for statement in MIGRATIONS[1]:
            connection.execute(statement)
        connection.execute("PRAGMA user_version = 1")
        connection.execute(
            "INSERT INTO exchanges (ref, at, pseudonym, chat_type, language, question, kind, "
            "source, score, response_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ("old1", at.isoformat(), "p" * 32, "group", "en", "wifi?", "answer", "wifi", 0.8,
             30.0),
        )  # fmt: skip
    connection.close()


async def wait_for(condition, timeout: float = 2.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


# Schema -------------------------------------------------------------------------------------


async def test_open_creates_the_folder_and_the_current_schema(db_path: Path) -> None:
    store = await Store.open(db_path, secret=SECRET)
    await store.close()
    assert query(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert query(db_path, "PRAGMA journal_mode") == [("wal",)]
    tables = {row[0] for row in query(db_path, "SELECT name FROM sqlite_master")}
    assert {"exchanges", "feedback", "preferences"} <= tables


async def test_a_version_1_file_is_migrated_and_keeps_its_rows(db_path: Path) -> None:
    write_version_1_log(db_path, datetime.now(UTC))

    store = await Store.open(db_path, secret=SECRET)
    rows = await store.exchanges(None)
    await store.close()

    assert query(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert [(r["question"], r["channel"], r["chat_type"]) for r in rows] == [
        ("wifi?", "telegram", "group")
    ]


async def test_a_newer_schema_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(StoreError, match="newer than this bot"):
        await Store.open(db_path, secret=SECRET)


async def test_a_file_that_is_not_a_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(b"these are not the pages you are looking for" * 100)
    with pytest.raises(StoreError, match="is not a SQLite database"):
        await Store.open(db_path, secret=SECRET)


async def test_a_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("a file where the folder should be")
    with pytest.raises(StoreError, match="cannot create the folder"):
        await Store.open(tmp_path / "blocker" / "bot.sqlite3", secret=SECRET)


# Pseudonyms and privacy -----------------------------------------------------------------------


def test_the_key_is_made_once_beside_the_database_with_0600(db_path: Path) -> None:
    key = load_or_create_secret(db_path)
    path = key_path(db_path)
    assert path == db_path.parent / "summit-bot.sqlite3.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_secret(db_path) == key
    assert load_or_create_secret(db_path, configured="from-settings") == b"from-settings"


def test_a_key_readable_by_others_is_made_private(db_path: Path) -> None:
    key = load_or_create_secret(db_path)
    key_path(db_path).chmod(0o644)
    assert load_or_create_secret(db_path) == key
    assert stat.S_IMODE(key_path(db_path).stat().st_mode) == 0o600


def test_a_damaged_key_file_is_reported(db_path: Path) -> None:
    db_path.parent.mkdir()
    key_path(db_path).write_text("not hex")
    with pytest.raises(SecretError, match="does not hold a user-id key"):
        load_or_create_secret(db_path)


def test_pseudonyms_are_stable_keyed_and_not_the_id() -> None:
    first = pseudonymise(ALICE, SECRET)
    assert first == pseudonymise(ALICE, SECRET)
    assert first != pseudonymise(ALICE, b"another key")
    assert first != pseudonymise(BOB, SECRET)
    assert len(first) == 32 and int(first, 16) >= 0
    assert str(ALICE) not in first


async def test_no_raw_telegram_id_or_name_reaches_the_file(db_path: Path) -> None:
    store = await Store.open(db_path, secret=SECRET)
    for n in range(20):
        store.log_exchange(exchange(n, question="horaires du samedi ?"))
    store.log_feedback("ref000001", ALICE, 1)
    await store.set_language(ALICE, "ar")
    await store.flush()
    while_open = file_bytes(db_path)
    await store.close()
    after_close = file_bytes(db_path)

    for content in (while_open, after_close):
        assert pseudonymise(ALICE, SECRET).encode() in content  # the rows are there...
        # Exchange has no field for a name or username: nothing can carry one in.
        for leak in (str(ALICE).encode(), b"Zineb", b"zineb_b", SECRET, SECRET.hex().encode()):
            assert leak not in content  # ...but not who wrote them


async def test_crisis_text_is_not_stored(store: Store, db_path: Path) -> None:
    store.log_exchange(
        exchange(1, question="je veux mourir", kind="crisis", source="self_harm", language="fr")
    )
    store.log_feedback("ref000001", ALICE, -1)
    rows = await store.exchanges(None)
    assert [(r["kind"], r["language"], r["question"], r["user"], r["source"]) for r in rows] == [
        ("crisis", "fr", None, None, None)
    ]
    assert query(db_path, "SELECT COUNT(*) FROM feedback") == [(0,)]
    await store.close()
    assert b"mourir" not in file_bytes(db_path)


# Retention and erasure ------------------------------------------------------------------------


async def test_purge_removes_old_rows_and_keeps_recent_ones(store: Store, db_path: Path) -> None:
    now = datetime(2026, 11, 20, 12, tzinfo=UTC)
    store.log_exchange(exchange(1, at=now - timedelta(days=91), question="old"))
    store.log_exchange(exchange(2, at=now - timedelta(days=89), question="recent", user_id=BOB))
    await store.set_language(ALICE, "en")
    await store.set_language(BOB, "ar")
    await store.flush()
    # Both preferences date from "now"; age Alice's as if she had been silent for months.
    with sqlite3.connect(db_path) as other:
        other.execute("UPDATE preferences SET at = ?", ((now - timedelta(days=95)).isoformat(),))
    other.close()

    deleted = await store.purge(now)

    assert deleted == 2  # Alice's old exchange and her language; Bob is still active
    assert [r["question"] for r in await store.exchanges(None)] == ["recent"]
    assert await store.get_language(ALICE) is None
    assert await store.get_language(BOB) == "ar"


async def test_opening_purges_rows_past_retention(db_path: Path) -> None:
    store = await Store.open(db_path, secret=SECRET, retention_days=30)
    store.log_exchange(exchange(1, at=datetime.now(UTC) - timedelta(days=31)))
    store.log_exchange(exchange(2))
    await store.close()
    store = await Store.open(db_path, secret=SECRET, retention_days=30)
    assert [r["question"] for r in await store.exchanges(None)] == ["question 2"]
    await store.close()


async def test_forget_erases_one_user_and_nobody_else(store: Store, db_path: Path) -> None:
    store.log_exchange(exchange(1, question="alice asks about parking"))
    store.log_exchange(exchange(2, question="alice asks about wifi"))
    store.log_exchange(exchange(3, question="bob asks about food", user_id=BOB))
    store.log_feedback("ref000001", ALICE, -1)
    store.log_feedback("ref000003", BOB, 1)
    await store.set_language(ALICE, "en")
    await store.set_language(BOB, "ar")

    assert await store.forget(ALICE) == 4  # two exchanges, one vote, one preference

    rows = await store.exchanges(None)
    assert [(r["question"], r["feedback"]) for r in rows] == [("bob asks about food", 1)]
    assert await store.get_language(ALICE) is None
    assert await store.get_language(BOB) == "ar"
    await store.close()
    content = file_bytes(db_path)
    assert b"alice asks" not in content  # overwritten, not just unlinked from the b-tree
    assert b"bob asks about food" in content


async def test_forget_also_drops_rows_still_waiting_in_memory(store: Store, db_path: Path):
    locker = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    locker.execute("BEGIN EXCLUSIVE")
    store.log_exchange(exchange(1))
    store.log_exchange(exchange(2, user_id=BOB))
    await store.flush()  # fails under the lock: both rows are held in memory
    assert store.pending == 2
    locker.execute("ROLLBACK")
    locker.close()
    assert await store.forget(ALICE) == 1
    await store.flush()
    assert [r["user"] for r in await store.exchanges(None)] == [pseudonymise(BOB, SECRET)]


# Feedback and preferences ---------------------------------------------------------------------


async def test_a_second_vote_replaces_the_first(store: Store, db_path: Path) -> None:
    store.log_exchange(exchange(1))
    store.log_feedback("ref000001", ALICE, 1)
    store.log_feedback("ref000001", ALICE, -1)
    store.log_feedback("ref000001", BOB, -1)
    await store.flush()
    votes = query(db_path, "SELECT pseudonym, value FROM feedback")
    assert sorted(votes) == sorted([(store.pseudonym(ALICE), -1), (store.pseudonym(BOB), -1)])
    assert [r["feedback"] for r in await store.exchanges(None)] == [-2]


async def test_language_preference_survives_a_restart(db_path: Path) -> None:
    store = await Store.open(db_path, secret=SECRET)
    await store.set_language(ALICE, "ar")
    assert query(db_path, "SELECT language FROM preferences") == [("ar",)]  # written at once
    await store.close()
    store = await Store.open(db_path, secret=SECRET)
    assert await store.get_language(ALICE) == "ar"
    assert await store.get_language(BOB) is None
    await store.close()


# The background writer ------------------------------------------------------------------------


async def test_logging_returns_at_once_and_flush_commits(store: Store, db_path: Path) -> None:
    for n in range(3):
        store.log_exchange(exchange(n))
    assert store.pending == 3  # nothing written yet: the caller never waited on the disk
    await store.flush()
    assert store.pending == 0
    assert query(db_path, "SELECT COUNT(*) FROM exchanges") == [(3,)]


async def test_a_full_batch_is_written_without_waiting_for_the_interval(db_path: Path) -> None:
    store = await Store.open(db_path, secret=SECRET, batch_size=10, flush_interval=30)
    for n in range(25):
        store.log_exchange(exchange(n))
    await wait_for(lambda: store.pending == 5)  # two full batches went; five wait for more
    assert query(db_path, "SELECT COUNT(*) FROM exchanges") == [(20,)]
    await store.close()


async def test_a_partial_batch_is_written_after_the_interval(db_path: Path) -> None:
    store = await Store.open(db_path, secret=SECRET, batch_size=500, flush_interval=0.05)
    for n in range(3):
        store.log_exchange(exchange(n))
    await wait_for(lambda: store.pending == 0, timeout=0.5)
    assert query(db_path, "SELECT COUNT(*) FROM exchanges") == [(3,)]
    await store.close()


async def test_close_writes_every_pending_row(db_path: Path) -> None:
    store = await Store.open(db_path, secret=SECRET)
    for n in range(1000):
        store.log_exchange(exchange(n))
    await store.close()
    store = await Store.open(db_path, secret=SECRET)
    assert len(await store.exchanges(None)) == 1000
    assert store.dropped == 0
    await store.close()


async def test_a_locked_database_holds_rows_then_writes_them(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.store")
    store = await Store.open(
        db_path, secret=SECRET, batch_size=10, flush_interval=0.01, buffer_limit=50
    )
    locker = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    locker.execute("BEGIN EXCLUSIVE")  # root ignores chmod; a lock stops writes for everyone
    for n in range(30):
        store.log_exchange(exchange(n))
    await store.flush()  # returns: the rows are held in memory, not lost
    for n in range(30, 60):
        store.log_exchange(exchange(n))
    assert (store.pending, store.dropped) == (50, 10)
    await asyncio.sleep(0.2)  # retries, still locked

    locker.execute("ROLLBACK")
    locker.close()
    await wait_for(lambda: store.pending == 0)

    assert query(db_path, "SELECT COUNT(*) FROM exchanges") == [(50,)]
    warnings = [r.getMessage() for r in caplog.records]
    assert sum("cannot write the conversation log" in m for m in warnings) == 1
    assert sum("buffer full" in m for m in warnings) == 1
    assert sum("writable again" in m for m in warnings) == 1
    await store.close()


async def test_close_gives_up_on_a_database_that_stays_locked(db_path: Path) -> None:
    store = await Store.open(db_path, secret=SECRET)
    locker = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    locker.execute("BEGIN EXCLUSIVE")
    for n in range(5):
        store.log_exchange(exchange(n))
    await store.close(timeout=0.2)  # shutdown must not hang on a stuck file
    assert (store.dropped, store.pending) == (5, 0)
    locker.execute("ROLLBACK")
    locker.close()


async def test_a_deleted_database_is_created_again(store: Store, db_path: Path) -> None:
    store.log_exchange(exchange(1))
    await store.flush()
    for path in db_path.parent.glob(db_path.name + "*"):
        path.unlink()
    store.log_exchange(exchange(2))
    await store.flush()
    assert query(db_path, "SELECT question FROM exchanges") == [("question 2",)]


async def test_a_replaced_folder_is_followed(store: Store, db_path: Path) -> None:
    store.log_exchange(exchange(1))
    await store.flush()
    db_path.parent.rename(db_path.parent.with_name("old-data"))
    store.log_exchange(exchange(2))
    await store.flush()
    assert query(db_path, "SELECT question FROM exchanges") == [("question 2",)]


async def test_logging_never_raises(store: Store) -> None:
    store.log_exchange(exchange(1, score="not a number"))  # type: ignore[arg-type]
    store.log_feedback("ref", ALICE, 0)
    assert store.dropped == 2
    await store.close()
    store.log_exchange(exchange(2))
    store.log_feedback("ref000002", ALICE, 1)
    assert store.dropped == 4
    await store.close()  # closing twice is harmless


async def test_a_row_sqlite_refuses_does_not_hold_back_the_others(store: Store) -> None:
    store.log_exchange(exchange(1))
    store.log_exchange(exchange(2, response_ms=float("nan")))  # NaN is stored as NULL: refused
    store.log_exchange(exchange(3, question="emoji half \ud83d gone"))  # lone surrogate
    await store.flush()
    rows = await store.exchanges(None)
    assert [r["question"] for r in rows] == ["question 1", "emoji half ? gone"]
    assert (store.dropped, store.pending) == (1, 0)


# Reading only (review) ------------------------------------------------------------------------


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


async def test_a_read_only_store_reads_old_rows_and_changes_nothing(db_path: Path) -> None:
    writer = await Store.open(db_path, secret=SECRET, retention_days=30)
    writer.log_exchange(exchange(1, at=datetime.now(UTC) - timedelta(days=200), question="old"))
    writer.log_exchange(exchange(2, question="recent"))
    await writer.close()
    before = snapshot(db_path)

    store = await Store.open_read_only(db_path)
    assert [r["question"] for r in await store.exchanges(None)] == ["old", "recent"]
    store.log_exchange(exchange(3))
    assert store.dropped == 1
    with pytest.raises(StoreError, match="could not purge old rows"):
        await store.purge()
    await store.close()

    assert snapshot(db_path) == before
    assert not key_path(db_path).exists()


async def test_a_version_1_file_is_read_as_it_is_without_migrating_it(db_path: Path) -> None:
    write_version_1_log(db_path, datetime.now(UTC) - timedelta(days=400))
    before = snapshot(db_path)

    store = await Store.open_read_only(db_path)
    rows = await store.exchanges(None)
    await store.close()

    # Migrated in memory for reading: the version 2 column is there, with its default.
    assert [(r["question"], r["channel"]) for r in rows] == [("wifi?", "telegram")]
    assert snapshot(db_path) == before
    assert query(db_path, "PRAGMA user_version") == [(1,)]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", "is not a conversation log"),
        (b"these are not the pages you are looking for" * 100, "is not a SQLite database"),
    ],
)
async def test_read_only_refuses_what_is_not_a_log(
    db_path: Path, content: bytes, error: str
) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(content)
    with pytest.raises(StoreError, match=error):
        await Store.open_read_only(db_path)
    assert db_path.read_bytes() == content
