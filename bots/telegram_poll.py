"""Long polling that confirms an update only after it is persisted.

python-telegram-bot's ``Updater`` asks for the next offset (which confirms a batch to
Telegram) before handlers run; here each batch is persisted first through
:meth:`Intake.accept`, and only then is the next offset requested. A failure to persist
leaves the offset where it was, so Telegram offers the update again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from telegram import Bot, Update
from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError

from bots.telegram_client import retry_seconds
from bots.telegram_intake import Intake

log = logging.getLogger("muse.telegram")
ALLOWED_UPDATES = ["message"]
MAX_BACKOFF_S = 30.0


class Poller:
    def __init__(self, bot: Bot, intake: Intake, timeout_s: int = 10) -> None:
        self.bot = bot
        self.intake = intake
        self.timeout_s = timeout_s
        self.offset: int | None = None

    async def run(self) -> None:
        """Forever (until cancelled): fetch, persist, confirm."""
        failures = 0
        while True:
            try:
                updates = await self.bot.get_updates(
                    offset=self.offset, timeout=self.timeout_s, allowed_updates=ALLOWED_UPDATES)
                failures = 0
            except RetryAfter as exc:
                await asyncio.sleep(retry_seconds(exc))
                continue
            except InvalidToken:
                raise
            except (Conflict, TelegramError) as exc:
                failures += 1
                log.warning("telegram.poll_failed error=%s", type(exc).__name__)
                await asyncio.sleep(min(MAX_BACKOFF_S, 0.5 * 2 ** min(failures, 6)))
                continue
            await self.persist(updates)

    async def persist(self, updates: Sequence[Update]) -> None:
        done = await self.intake.accept_batch(updates)
        if done:
            self.offset = updates[done - 1].update_id + 1
        if done < len(updates):  # not confirmed: the same offset fetches the rest again
            await asyncio.sleep(1.0)
