"""bot/app.py's logging: secrets never reach a log line, even inside a traceback."""

from __future__ import annotations

import io
import logging

from bot.app import LOG_FORMAT, RedactSecrets

TOKEN = "123456:AAH-secret_token"


def emit(redact: RedactSecrets, emitter) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(redact)
    logger = logging.getLogger("tests.redact")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        emitter(logger)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    return stream.getvalue()


def test_the_token_and_secrets_are_replaced_in_messages_arguments_and_tracebacks() -> None:
    redact = RedactSecrets([TOKEN, "user-secret", ""])

    def emitter(logger: logging.Logger) -> None:
        logger.warning("GET https://api.telegram.org/bot%s/getMe", TOKEN)
        logger.warning("key user-secret in %s", "123456%3AAAH-secret_token")
        try:
            raise RuntimeError(f"request to /bot{TOKEN}/sendMessage failed")
        except RuntimeError:
            logger.exception("failed")

    output = emit(redact, emitter)
    assert TOKEN not in output and "user-secret" not in output and "%3AAAH" not in output
    assert output.count("***") == 4
    assert "RuntimeError: request to /bot***/sendMessage failed" in output


def test_without_secrets_records_pass_untouched() -> None:
    output = emit(RedactSecrets(["", ""]), lambda logger: logger.warning("plain %s", "text"))
    assert output.rstrip().endswith("plain text")
