"""summit-bot: a multilingual question-answering engine for an event, with a Telegram front end."""

__version__ = "0.1.0"
