"""From an adapter's converted message to delivered replies, for every adapter alike."""

from __future__ import annotations

import asyncio
import logging

from bots.delivery import Delivery
from core.app import App
from core.messages import IncomingMessage
from core.ordering import ConversationQueue, Ticket

log = logging.getLogger("muse.dispatch")


class Dispatcher:
    """Runs each message's turn in its own task (created in arrival order, so the engine
    keeps per-conversation order) and delivers the reply events."""

    def __init__(self, app: App, delivery: Delivery) -> None:
        self.app = app
        self.delivery = delivery
        self.tasks: set[asyncio.Task[None]] = set()
        self.order = ConversationQueue()
        self._pump: asyncio.Task[None] | None = None

    def submit(self, incoming: IncomingMessage) -> asyncio.Task[None]:
        # One chat's replies are delivered in order (a 429 must not swap two of them);
        # an immediate command such as /stop never waits behind the answer it stops.
        ticket = None if self._immediate(incoming) else self.order.enter(
            incoming.address.conversation)
        task = asyncio.create_task(self._run(incoming, ticket))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    def _immediate(self, incoming: IncomingMessage) -> bool:
        engine = self.app.engine
        call = engine.commands.parse(incoming.text,
                                     engine.bot_usernames.get(incoming.address.platform, ""))
        command = engine.commands.get(call.name) if call else None
        return command is not None and command.immediate

    async def _run(self, incoming: IncomingMessage, ticket: Ticket | None) -> None:
        try:
            if ticket is not None:
                await ticket.wait()
            await self.delivery.deliver(incoming.address, self.app.engine.handle(incoming))
        except Exception:
            log.exception("dispatch.failed platform=%s", incoming.address.platform)
        finally:
            if ticket is not None:
                ticket.release()

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
