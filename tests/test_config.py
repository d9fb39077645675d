"""bot/config.py: settings from the environment over a `.env` file over defaults, and one line
naming the variable and what it expects when one is wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REPO

from bot.config import ConfigError, Settings, read_env_file

NO_FILE = Path("/nonexistent")


def settings_from(env: dict[str, str]) -> Settings:
    return Settings.from_env(env, env_file=NO_FILE)


def test_env_example_documents_every_setting_with_its_default() -> None:
    documented = read_env_file(REPO / ".env.example")
    config = (REPO / "bot" / "config.py").read_text(encoding="utf-8")
    read = set(re.findall(r'"([A-Z][A-Z_]+)"', config)) - {"DEBUG", "INFO", "WARNING", "ERROR"}
    read -= {"CRITICAL"}
    assert set(documented) == read
    assert Settings.from_env(documented, env_file=Path("/nonexistent")) == Settings()
    text = (REPO / ".env.example").read_text(encoding="utf-8")
    for name in documented:
        block = text.split(f"\n{name}=")[0].rsplit("\n\n", 1)[-1]
        assert block.startswith(f"# {name}:"), name
        assert "Default:" in block and "Example:" in block, name


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, (20, 60)),
        ({"FLOOD_MESSAGES_PER_MINUTE": "0", "FLOOD_PAUSE_SECONDS": "300"}, (0, 300)),
    ],
)
def test_flood_settings(env: dict[str, str], expected: tuple[int, int]) -> None:
    settings = Settings.from_env(env, env_file=Path("/nonexistent"))
    assert (settings.flood_messages_per_minute, settings.flood_pause_seconds) == expected


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("FLOOD_MESSAGES_PER_MINUTE", "-1"),
        ("FLOOD_MESSAGES_PER_MINUTE", "many"),
        ("FLOOD_MESSAGES_PER_MINUTE", "²"),
        ("FLOOD_PAUSE_SECONDS", "0"),
        ("FLOOD_PAUSE_SECONDS", "1.5"),
    ],
)
def test_bad_settings_are_one_line_naming_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError) as error:
        Settings.from_env({name: value}, env_file=Path("/nonexistent"))
    text = str(error.value)
    assert text.startswith(f"{name}={value!r}: expected a whole number") and "\n" not in text


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        (
            "TELEGRAM_BOT_TOKEN",
            "not-a-token",
            "TELEGRAM_BOT_TOKEN is malformed: expected",
        ),
        (
            "TELEGRAM_BOT_TOKEN",
            "123:abc def",
            "TELEGRAM_BOT_TOKEN is malformed: expected",
        ),
        ("ADMIN_USER_IDS", "alice", "ADMIN_USER_IDS='alice': expected comma-separated numeric"),
        ("DEFAULT_LANGUAGE", "de", "DEFAULT_LANGUAGE='de': expected one of fr, en, ar"),
        ("LOG_LEVEL", "loud", "LOG_LEVEL='LOUD': expected one of DEBUG, INFO"),
        (
            "WEBHOOK_URL",
            "http://example.org",
            "WEBHOOK_URL='http://example.org': expected",
        ),
        ("WEBHOOK_SECRET", "a b", "WEBHOOK_SECRET is malformed: expected 1-256 characters"),
        ("WEBHOOK_SECRET", "x" * 257, "WEBHOOK_SECRET is malformed: expected 1-256 characters"),
        ("WEBHOOK_PORT", "70000", "WEBHOOK_PORT='70000': expected a whole number from 1 to 65535"),
        ("TELEGRAM_API_BASE_URL", "api.telegram.org", "TELEGRAM_API_BASE_URL='api.telegram.org'"),
        (
            "TELEGRAM_RATE_LIMIT",
            "fast",
            "TELEGRAM_RATE_LIMIT='fast': expected messages",
        ),
        ("TELEGRAM_RATE_LIMIT", "-1", "TELEGRAM_RATE_LIMIT='-1': expected messages per second"),
        ("CONCURRENT_UPDATES", "0", "CONCURRENT_UPDATES='0': expected a whole number from 1"),
        ("LOG_RETENTION_DAYS", "forever", "LOG_RETENTION_DAYS='forever': expected a whole number"),
    ],
)
def test_a_wrong_setting_is_one_line_naming_it_and_what_it_expects(
    name: str, value: str, expected: str
) -> None:
    with pytest.raises(ConfigError) as error:
        settings_from({name: value})
    text = str(error.value)
    assert text.startswith(expected), text
    assert "\n" not in text


@pytest.mark.parametrize("name", ["TELEGRAM_BOT_TOKEN", "WEBHOOK_SECRET"])
def test_a_wrong_secret_is_named_but_never_shown(name: str) -> None:
    value = "123456:hunter2 x" if name == "TELEGRAM_BOT_TOKEN" else "hunter2 x!"
    with pytest.raises(ConfigError) as error:
        settings_from({name: value})
    assert str(error.value).startswith(f"{name} is malformed: expected")
    assert "hunter2" not in str(error.value)


def test_the_environment_wins_over_the_env_file_which_wins_over_defaults(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# organisers' settings\n"
        "export LOG_LEVEL=debug\n"
        "DEFAULT_LANGUAGE='en'\n"
        'ADMIN_USER_IDS="1, 2"\n'
        "\n"
        "LOG_RETENTION_DAYS=30\n",
        encoding="utf-8",
    )
    settings = Settings.from_env({"DEFAULT_LANGUAGE": "AR"}, env_file=env_file)
    assert settings.default_language == "ar"  # the environment, case folded
    assert settings.log_level == "DEBUG"  # the file, after "export "
    assert settings.admin_user_ids == frozenset({1, 2})  # the file, quotes and spaces gone
    assert settings.log_retention_days == 30
    assert settings.rate_limit == Settings.rate_limit  # neither: the default
    assert settings.is_admin(2) and not settings.is_admin(3) and not settings.is_admin(None)


def test_an_empty_value_means_the_default() -> None:
    settings = settings_from({"LOG_LEVEL": "", "WEBHOOK_PORT": "  ", "TELEGRAM_RATE_LIMIT": ""})
    assert (settings.log_level, settings.webhook_port, settings.rate_limit) == ("INFO", 8443, 30.0)
    assert settings_from({"TELEGRAM_RATE_LIMIT": "0"}).rate_limit == 0.0


def test_a_malformed_env_file_line_names_the_file_and_line(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("LOG_LEVEL=INFO\nDEFAULT_LANGUAGE fr\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        Settings.from_env({}, env_file=env_file)
    assert str(error.value) == f"{env_file}:2: expected KEY=VALUE, got 'DEFAULT_LANGUAGE fr'"


def test_a_missing_env_file_is_an_empty_one(tmp_path: Path) -> None:
    assert read_env_file(tmp_path / "absent.env") == {}


def test_secrets_hide_themselves_in_repr() -> None:
    settings = settings_from(
        {
            "TELEGRAM_BOT_TOKEN": "123456:TOKEN-VALUE",
            "WEBHOOK_SECRET": "hook-secret-value",
            "USER_ID_SECRET": "user-secret-value",
        }
    )
    assert settings.token == "123456:TOKEN-VALUE"
    shown = repr(settings)
    for secret in ("TOKEN-VALUE", "hook-secret-value", "user-secret-value"):
        assert secret not in shown
