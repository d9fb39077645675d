"""Thin python-telegram-bot adapters, one module per concern; only bot/app.py imports them.

Each callback takes its services from `context.bot_data` (see `services`), asks the engine,
renders with `bot.render`, sends with `sending`, and logs the exchange.
"""
