"""Webhook side of the fake Telegram server: POSTing updates the way Telegram does."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiohttp

from tests.fakes.fake_telegram_state import BotState
from tests.fakes.fake_telegram_types import JSON, now

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
TIMEOUT = aiohttp.ClientTimeout(total=10)


@dataclass(frozen=True)
class Delivery:
    """One webhook POST of an update and the status it got (0: no connection)."""

    update_id: int
    status: int
    at: float


async def post_update(
    session: aiohttp.ClientSession, url: str, update: JSON, secret: str | None
) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    try:
        async with session.post(url, data=json.dumps(update), headers=headers) as response:
            await response.read()
            return response.status
    except (aiohttp.ClientError, TimeoutError):
        return 0


async def post_once(url: str, update: JSON, secret: str | None) -> int:
    async with aiohttp.ClientSession(timeout=TIMEOUT, trust_env=False) as session:
        return await post_update(session, url, update, secret)


class WebhookPump:
    """While a webhook is set, POST queued updates in order; retry until one gets a 2xx."""

    def __init__(
        self,
        state: BotState,
        wait_change: Callable[[float], Awaitable[None]],
        notify: Callable[[], None],
        retry_delay: float = 0.3,
    ) -> None:
        self.deliveries: list[Delivery] = []
        self.retry_delay = retry_delay
        self._state = state
        self._wait_change = wait_change
        self._notify = notify
        self._task: asyncio.Task[None] | None = None

    def sync(self, enabled: bool) -> None:
        """Start pushing if a webhook is set (and delivery enabled); the loop ends by itself."""
        running = self._task is not None and not self._task.done()
        if enabled and self._state.webhook.url and not running:
            self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        async with aiohttp.ClientSession(timeout=TIMEOUT, trust_env=False) as session:
            while self._state.webhook.url:
                if not self._state.queue:
                    await self._wait_change(1.0)
                    continue
                await self._deliver_first(session)

    async def _deliver_first(self, session: aiohttp.ClientSession) -> None:
        item = self._state.queue[0]
        hook = self._state.webhook
        if hook.allowed_updates and item.kind not in hook.allowed_updates:
            self._state.queue.remove(item)
            return
        status = await post_update(session, hook.url, item.update, hook.secret_token)
        self.deliveries.append(Delivery(item.update_id, status, now()))
        if 200 <= status < 300:
            if item in self._state.queue:
                self._state.queue.remove(item)
        else:
            await asyncio.sleep(self.retry_delay)
        self._notify()
