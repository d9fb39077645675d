"""Settings from the environment, then a `.env` file, then defaults, checked at startup."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.text import LANGUAGES

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the variable and what it expects."""


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment."""

    token: str = field(default="", repr=False)
    admin_user_ids: frozenset[int] = frozenset()
    knowledge_dir: Path = Path("knowledge")
    database_path: Path = Path("data/summit-bot.sqlite3")
    api_base_url: str = DEFAULT_API_BASE_URL
    webhook_url: str = ""
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: str = field(default="", repr=False)
    default_language: str = "fr"
    log_level: str = "INFO"
    rate_limit: float = 30.0
    concurrent_updates: int = 4
    user_id_secret: str = field(default="", repr=False)
    log_retention_days: int = 90
    flood_messages_per_minute: int = 20
    flood_pause_seconds: int = 60

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, env_file: Path | None = None
    ) -> Settings:
        """Read settings from `environ` (default: os.environ) over an optional `.env` file."""
        values = dict(read_env_file(env_file or Path(".env")))
        values.update(os.environ if environ is None else environ)
        return cls._parse(values)

    @classmethod
    def _parse(cls, env: Mapping[str, str]) -> Settings:
        def get(name: str) -> str:
            return env.get(name, "").strip()

        token = get("TELEGRAM_BOT_TOKEN")
        if token and (":" not in token or " " in token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is malformed: expected the token BotFather gives, "
                "like 123456789:AAH... (value hidden)"
            )
        language = get("DEFAULT_LANGUAGE").lower() or cls.default_language
        if language not in LANGUAGES:
            raise ConfigError(f"DEFAULT_LANGUAGE={language!r}: expected one of fr, en, ar")
        level = get("LOG_LEVEL").upper() or cls.log_level
        if level not in LOG_LEVELS:
            raise ConfigError(f"LOG_LEVEL={level!r}: expected one of {', '.join(LOG_LEVELS)}")
        webhook_url = get("WEBHOOK_URL")
        if webhook_url and not webhook_url.startswith("https://"):
            raise ConfigError(
                f"WEBHOOK_URL={webhook_url!r}: expected a public https:// URL (Telegram only "
                "delivers webhooks over HTTPS)"
            )
        secret = get("WEBHOOK_SECRET")
        if secret and (not all(c.isalnum() or c in "_-" for c in secret) or len(secret) > 256):
            raise ConfigError(
                "WEBHOOK_SECRET is malformed: expected 1-256 characters of A-Z, a-z, 0-9, _ and -"
            )
        base_url = get("TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE_URL
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"TELEGRAM_API_BASE_URL={base_url!r}: expected an http(s) URL ending in /bot, "
                f"like {DEFAULT_API_BASE_URL}"
            )
        return cls(
            token=token,
            admin_user_ids=_ids("ADMIN_USER_IDS", get("ADMIN_USER_IDS")),
            knowledge_dir=Path(get("KNOWLEDGE_DIR") or default_knowledge_dir()),
            database_path=Path(get("DATABASE_PATH") or cls.database_path),
            api_base_url=base_url,
            webhook_url=webhook_url,
            webhook_listen=get("WEBHOOK_LISTEN") or cls.webhook_listen,
            webhook_port=_number("WEBHOOK_PORT", get("WEBHOOK_PORT"), cls.webhook_port, 1, 65535),
            webhook_secret=secret,
            default_language=language,
            log_level=level,
            rate_limit=_rate(get("TELEGRAM_RATE_LIMIT"), cls.rate_limit),
            concurrent_updates=_number(
                "CONCURRENT_UPDATES", get("CONCURRENT_UPDATES"), cls.concurrent_updates, 1, 1024
            ),
            user_id_secret=get("USER_ID_SECRET"),
            log_retention_days=_number(
                "LOG_RETENTION_DAYS", get("LOG_RETENTION_DAYS"), cls.log_retention_days, 1, 3650
            ),
            flood_messages_per_minute=_number(
                "FLOOD_MESSAGES_PER_MINUTE",
                get("FLOOD_MESSAGES_PER_MINUTE"),
                cls.flood_messages_per_minute,
                0,
                10_000,
                note=" (0 switches flood control off)",
            ),
            flood_pause_seconds=_number(
                "FLOOD_PAUSE_SECONDS",
                get("FLOOD_PAUSE_SECONDS"),
                cls.flood_pause_seconds,
                1,
                86_400,
            ),
        )

    def is_admin(self, user_id: int | None) -> bool:
        """Whether a Telegram user may use the review commands."""
        return user_id is not None and user_id in self.admin_user_ids


def default_knowledge_dir() -> Path:
    """`knowledge/` in the working directory, else the pack that ships with the package.

    A checkout (or an editable install) has the pack beside `bot/`; a wheel carries a copy as
    `bot/knowledge_default/`.
    """
    package = Path(__file__).resolve().parent
    for folder in (Path("knowledge"), package.parent / "knowledge", package / "knowledge_default"):
        if folder.is_dir():
            return folder
    return Path("knowledge")


def read_env_file(path: Path) -> dict[str, str]:
    """Parse a `.env` file of KEY=VALUE lines; a missing file is an empty one."""
    if not path.is_file():
        return {}
    values = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        if not sep:
            raise ConfigError(f"{path}:{number}: expected KEY=VALUE, got {line[:40]!r}")
        values[key.strip()] = value.strip().strip("'\"")
    return values


def _ids(name: str, raw: str) -> frozenset[int]:
    ids = set()
    for part in raw.replace(" ", "").split(","):
        if not part:
            continue
        if not part.lstrip("-").isdigit():
            raise ConfigError(
                f"{name}={raw!r}: expected comma-separated numeric Telegram user ids, "
                "like 123456789,987654321"
            )
        ids.add(int(part))
    return frozenset(ids)


def _number(name: str, raw: str, default: int, low: int, high: int, note: str = "") -> int:
    if not raw:
        return default
    # isascii: "²" is a digit to str.isdigit but not to int().
    if not (raw.isascii() and raw.isdigit()) or not low <= int(raw) <= high:
        raise ConfigError(f"{name}={raw!r}: expected a whole number from {low} to {high}{note}")
    return int(raw)


def _rate(raw: str, default: float) -> float:
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1000:
        raise ConfigError(
            f"TELEGRAM_RATE_LIMIT={raw!r}: expected messages per second from 0 to 1000 "
            "(0 switches the rate limiter off)"
        )
    return value
