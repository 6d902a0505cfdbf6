"""From an adapter's converted message to delivered replies, for every adapter alike."""

from __future__ import annotations

import asyncio
import logging

from bots.delivery import Delivery
from core.app import App
from core.messages import IncomingMessage

log = logging.getLogger("muse.dispatch")


class Dispatcher:
    """Runs each message's turn in its own task (created in arrival order, so the engine
    keeps per-conversation order) and delivers the reply events."""

    def __init__(self, app: App, delivery: Delivery) -> None:
        self.app = app
        self.delivery = delivery
        self.tasks: set[asyncio.Task[None]] = set()
        self._pump: asyncio.Task[None] | None = None

    def submit(self, incoming: IncomingMessage) -> asyncio.Task[None]:
        task = asyncio.create_task(self._run(incoming))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def _run(self, incoming: IncomingMessage) -> None:
        try:
            await self.delivery.deliver(incoming.address, self.app.engine.handle(incoming))
        except Exception:
            log.exception("dispatch.failed platform=%s", incoming.address.platform)

    async def start(self, platform: str, bot_account: str) -> None:
        """Deliver what the outbox holds, answer what was left unanswered, start the pump."""
        self.delivery.platform, self.delivery.bot_account = platform, bot_account
        await self.delivery.flush_outbox()
        for incoming in await self.app.engine.recover(platform, bot_account):
            self.submit(incoming)
        self._pump = asyncio.create_task(self.delivery.pump(self.app.engine.notices))

    async def close(self, grace_s: float = 10.0) -> None:
        if self.tasks:
            await asyncio.wait(set(self.tasks), timeout=grace_s)
        if self._pump is not None:
            self._pump.cancel()
            await asyncio.gather(self._pump, return_exceptions=True)
