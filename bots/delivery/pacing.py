"""Pacing outbound calls: edit cadence per chat, a global budget, and retry-after.

* A chat's edits are at least ``edit_interval`` apart (private ≥ 1 s, groups ≥ 3 s),
  stretched when many streams share the bot's global budget.
* After a ``RateLimited(retry_after)``, nothing is sent in that scope (the chat, or the
  whole bot) before ``retry_after`` has passed — never earlier.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Hashable

from bots.delivery.capabilities import Capabilities


class Pacer:
    def __init__(self, caps: Capabilities) -> None:
        self.caps = caps
        self._blocked_chat: dict[Hashable, float] = {}
        self._blocked_global = 0.0
        self._last_edit: dict[Hashable, float] = {}
        self.active_streams = 0

    @staticmethod
    def now() -> float:
        return time.monotonic()

    def edit_interval(self, group: bool) -> float:
        base = self.caps.edit_interval_group_s if group else self.caps.edit_interval_private_s
        shared = self.active_streams / max(self.caps.global_rate_per_s, 0.001)
        return max(base, shared)

    def blocked_until(self, chat: Hashable) -> float:
        return max(self._blocked_global, self._blocked_chat.get(chat, 0.0))

    def next_edit_at(self, chat: Hashable, group: bool) -> float:
        last = self._last_edit.get(chat)
        cadence = last + self.edit_interval(group) if last is not None else 0.0
        return max(cadence, self.blocked_until(chat))

    async def wait_clear(self, chat: Hashable) -> None:
        """Sleep until no retry-after applies to ``chat``."""
        while (delay := self.blocked_until(chat) - self.now()) > 0:
            await asyncio.sleep(delay)

    def edited(self, chat: Hashable) -> None:
        self._last_edit[chat] = self.now()

    def block(self, chat: Hashable, retry_after: float, scope: str) -> None:
        until = self.now() + retry_after
        if scope == "global":
            self._blocked_global = max(self._blocked_global, until)
        else:
            self._blocked_chat[chat] = max(self._blocked_chat.get(chat, 0.0), until)

    def forget(self, chat: Hashable) -> None:
        self._last_edit.pop(chat, None)
        if self._blocked_chat.get(chat, 0.0) <= self.now():
            self._blocked_chat.pop(chat, None)
