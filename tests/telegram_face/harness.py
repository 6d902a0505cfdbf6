"""Muse's Telegram runner against the fake Bot API server, in one event loop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bots.delivery import Capabilities
from bots.telegram import TelegramRunner
from bots.telegram_convert import CAPABILITIES
from config.settings import ScriptedSettings
from core.app import App
from core.models.base import GenerationRequest
from core.models.scripted import ScriptedBackend
from tests.fakes.fake_telegram import FakeTelegram, StoredMessage
from tests.helpers import make_app

FAST = replace(CAPABILITIES, edit_interval_group_s=0.2, typing_interval_s=1.0)


class SlowBackend(ScriptedBackend):
    """Streams its answer in pieces with a pause between them (several edit frames)."""

    def __init__(self, text: str, pieces: int, pause_s: float, first_s: float = 0.0) -> None:
        super().__init__(ScriptedSettings(mode="fixed", reply=text))
        self.pieces = pieces
        self.pause_s = pause_s
        self.first_s = first_s

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        self.requests.append(request)
        text = self.settings.reply
        size = max(1, len(text) // self.pieces + 1)
        await asyncio.sleep(self.first_s)
        for start in range(0, len(text), size):
            yield text[start : start + size]
            await asyncio.sleep(self.pause_s)


@dataclass
class Rig:
    fake: FakeTelegram
    app: App
    runner: TelegramRunner

    async def replies(self, chat_id: int, count: int = 1, timeout: float = 10.0
                      ) -> list[StoredMessage]:
        """The bot's messages in a chat once ``count`` of them exist and all are final."""
        def ready() -> list[StoredMessage] | None:
            msgs = self.fake.bot_messages(chat_id)
            return msgs if len(msgs) >= count else None

        await self.fake.wait_for(ready, timeout=timeout)
        await self.settled()
        return self.fake.bot_messages(chat_id)

    async def settled(self, timeout: float = 10.0) -> None:
        """Wait until every dispatched turn has been delivered."""
        dispatcher = self.runner.dispatcher
        assert dispatcher is not None
        async with asyncio.timeout(timeout):
            while dispatcher.tasks or (self.runner.intake and self.runner.intake.busy):
                await asyncio.sleep(0.02)


def telegram_settings(fake: FakeTelegram, **extra: Any) -> dict[str, Any]:
    return {"bot_token": fake.token, "api_base": fake.base_url, **extra}


@asynccontextmanager
async def rig(data_dir: Path, *, backend: ScriptedBackend | None = None,
              caps: Capabilities = FAST, fake: FakeTelegram | None = None,
              telegram: dict[str, Any] | None = None, **overrides: Any) -> AsyncIterator[Rig]:
    own = fake is None
    fake = fake or await FakeTelegram().start()
    app = await make_app(data_dir, backend or ScriptedBackend(),
                         telegram=telegram_settings(fake, **(telegram or {})), **overrides)
    runner = TelegramRunner(app, capabilities=caps, poll_timeout_s=1, album_window_s=0.4)
    try:
        await runner.start()
        yield Rig(fake, app, runner)
    finally:
        await runner.close()
        await app.close()
        if own:
            await fake.stop()
