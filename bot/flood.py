"""Flood control: a per-user sliding window of recent messages, in memory, O(1) per message.

A user who sends more than `limit` messages within `window` seconds is paused for `pause`
seconds: the handlers send them one notice, then ignore them (counted in `ignored`) until the
pause is over. Nothing here awaits, so a check is atomic under PTB's concurrent updates.
Whoever is exempt (admins, distress messages) is the handlers' decision, not the guard's.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

WINDOW_SECONDS = 60.0
# A hard cap on remembered users, on top of forgetting idle ones: an attack from very many
# accounts must not grow memory without bound. Dropping the least recently seen user only
# resets their window.
MAX_USERS = 50_000


@dataclass
class _User:
    times: deque[float]  # the last `limit` admitted messages, oldest first
    seen: float = 0.0
    paused_until: float = 0.0
    noticed: bool = False


@dataclass
class FloodGuard:
    """Admits a user's messages until they exceed `limit` per `window`; `limit` 0 admits all."""

    limit: int
    pause: float
    window: float = WINDOW_SECONDS
    max_users: int = MAX_USERS
    clock: Callable[[], float] = time.monotonic
    ignored: int = 0  # messages not answered because their sender was paused
    _users: OrderedDict[int, _User] = field(default_factory=OrderedDict, repr=False)

    @property
    def tracked(self) -> int:
        """How many users are remembered right now."""
        return len(self._users)

    def admit(self, user_id: int) -> bool:
        """Record a message from `user_id`; False if it exceeds the limit or falls in a pause."""
        if self.limit <= 0:
            return True
        now = self.clock()
        self._forget_idle(now)
        user = self._users.get(user_id)
        if user is None:
            user = self._users[user_id] = _User(deque(maxlen=self.limit))
        else:
            self._users.move_to_end(user_id)  # keeps the dict ordered by last message
        user.seen = now
        if user.paused_until:
            if now < user.paused_until:
                return False
            user.paused_until, user.noticed = 0.0, False
            user.times.clear()
        times = user.times
        # The window holds at most `limit` times: a full one whose oldest is recent is a flood.
        if len(times) == self.limit and now - times[0] < self.window:
            user.paused_until = now + self.pause
            return False
        times.append(now)
        return True

    def refuse(self, user_id: int) -> bool:
        """Count one ignored message; True the first time in a pause (send the notice then)."""
        self.ignored += 1
        user = self._users.get(user_id)
        if user is None or user.noticed:
            return False
        user.noticed = True
        return True

    def _forget_idle(self, now: float) -> None:
        # Oldest first: stop at the first user still within their window or pause.
        horizon = now - max(self.window, self.pause)
        users = self._users
        while users:
            oldest = next(iter(users.values()))
            if oldest.seen >= horizon and len(users) < self.max_users:
                return
            users.popitem(last=False)
