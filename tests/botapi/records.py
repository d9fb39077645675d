"""What the server records and raises: calls, sent messages, Bot API errors, failures."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from .limits import CONFLICT_OTHER_POLL

# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


def _rows(markup: Any) -> list[list[dict[str, Any]]]:
    if isinstance(markup, dict) and isinstance(markup.get("inline_keyboard"), list):
        return markup["inline_keyboard"]
    return []


@dataclass
class Call:
    """One request the server received.

    ``params`` holds the decoded parameters: JSON-encoded values (``chat_id``,
    ``reply_markup``, ``commands``, ``results``...) are decoded, plain strings (``text``,
    ``parse_mode``...) stay strings, and uploaded files are
    ``{"filename": str, "content": bytes, "content_type": str}``.
    ``status`` is 0 until answered, 499 if the client went away first.
    """

    index: int
    method: str
    params: dict[str, Any]
    http_method: str = "POST"
    status: int = 0
    response: dict[str, Any] | None = None
    time: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> bool:
        return self.status != 0

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response and self.response.get("ok"))

    @property
    def result(self) -> Any:
        return (self.response or {}).get("result")

    @property
    def description(self) -> str | None:
        return (self.response or {}).get("description")

    @property
    def keyboard(self) -> list[list[dict[str, Any]]]:
        """Rows of the inline keyboard sent with this call ([] without one)."""
        return _rows(self.params.get("reply_markup"))

    def __str__(self) -> str:
        brief = json.dumps(self.params, ensure_ascii=False, default=repr)
        if len(brief) > 160:
            brief = brief[:157] + "..."
        outcome = "pending" if not self.done else str(self.status)
        if self.done and not self.ok:
            outcome += f" {self.description!r}"
        return f"#{self.index} {self.method} {brief} -> {outcome}"


@dataclass
class SentMessage:
    """What the bot sent or edited successfully, as Telegram stored it."""

    method: str
    chat_id: int | str | None
    message_id: int | None
    text: str  # plain text after parsing (a document's caption for sendDocument)
    raw_text: str | None  # the text/caption exactly as sent, e.g. with HTML tags
    parse_mode: str | None
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    call_index: int
    document: dict[str, Any] | None = None
    inline_message_id: str | None = None

    @property
    def keyboard(self) -> list[list[dict[str, Any]]]:
        return _rows(self.reply_markup)

    @property
    def buttons(self) -> list[dict[str, Any]]:
        return [button for row in self.keyboard for button in row]

    @property
    def callback_data(self) -> list[str]:
        return [b["callback_data"] for b in self.buttons if "callback_data" in b]


class BotApiError(Exception):
    """An error answer. Custom method handlers (:meth:`BotApiServer.on`) may raise it."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass
class _Failure:
    status: int
    retry_after: int | None
    description: str | None
    times: int

    def error(self) -> BotApiError:
        defaults = {
            400: "Bad Request",
            401: "Unauthorized",
            403: "Forbidden: bot was blocked by the user",
            404: "Not Found",
            409: CONFLICT_OTHER_POLL,
            429: f"Too Many Requests: retry after {self.retry_after or 1}",
            500: "Internal Server Error",
            502: "Bad Gateway",
        }
        try:
            fallback = defaults.get(self.status) or HTTPStatus(self.status).phrase
        except ValueError:
            fallback = f"Error {self.status}"
        # Telegram sends retry_after only with 429; with a 500, PTB would otherwise raise
        # RetryAfter instead of NetworkError, since it checks parameters before the status.
        parameters = (
            {"retry_after": self.retry_after}
            if self.status == 429 and self.retry_after is not None
            else None
        )
        return BotApiError(self.status, self.description or fallback, parameters)
