"""Per-conversation order: one conversation's messages run in arrival order, different
conversations run concurrently.

A ticket is taken synchronously (before any ``await``), so arrival order is the order in
which the engine first sees messages, whatever the disk or the model do afterwards.
"""

from __future__ import annotations

import asyncio
from collections.abc import Hashable


class Ticket:
    def __init__(self, queue: ConversationQueue, key: Hashable,
                 previous: asyncio.Future[None] | None) -> None:
        self._queue = queue
        self._key = key
        self._previous = previous
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    async def wait(self) -> None:
        """Wait until every earlier message of the conversation has finished."""
        if self._previous is not None:
            await asyncio.shield(self._previous)

    def release(self) -> None:
        if not self.done.done():
            self.done.set_result(None)
        self._queue._forget(self._key, self.done)


class ConversationQueue:
    def __init__(self) -> None:
        self._tails: dict[Hashable, asyncio.Future[None]] = {}

    def enter(self, key: Hashable) -> Ticket:
        ticket = Ticket(self, key, self._tails.get(key))
        self._tails[key] = ticket.done
        return ticket

    def _forget(self, key: Hashable, done: asyncio.Future[None]) -> None:
        if self._tails.get(key) is done:
            del self._tails[key]

    def __len__(self) -> int:
        return len(self._tails)
