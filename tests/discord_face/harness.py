"""Muse's Discord face running against the fake Discord, for the scenario tests."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bots.discord import DiscordFace
from core.app import App
from core.models.base import GenerationRequest
from core.models.scripted import ScriptedBackend
from tests.fakes.fake_discord import FakeDiscord, StoredMessage
from tests.fakes.fake_discord_client import running
from tests.helpers import make_app


class SlowBackend(ScriptedBackend):
    """Streams scripted pieces with a pause between them (to see streamed edits)."""

    def __init__(self, pieces: list[str], gap_s: float) -> None:
        super().__init__()
        self.pieces = pieces
        self.gap_s = gap_s

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        self.requests.append(request)
        for piece in self.pieces:
            yield piece
            await asyncio.sleep(self.gap_s)


@dataclass
class Muse:
    fake: FakeDiscord
    app: App
    face: DiscordFace
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.task = asyncio.create_task(self.face.run(self.stop))
        ready = asyncio.create_task(self.face.ready.wait())
        await asyncio.wait({self.task, ready}, timeout=10,
                           return_when=asyncio.FIRST_COMPLETED)
        ready.cancel()
        if self.task.done():
            self.task.result()  # raises what went wrong
        assert self.face.ready.is_set(), "the face did not become ready"

    async def close(self) -> None:
        self.stop.set()
        if self.task is not None:
            await asyncio.wait_for(self.task, timeout=15)

    def replies(self, channel_id: int) -> list[StoredMessage]:
        return self.fake.bot_messages(channel_id)

    async def wait_replies(self, channel_id: int, count: int = 1,
                           timeout: float = 8.0) -> list[StoredMessage]:
        await self.fake.wait_for(lambda: len(self.replies(channel_id)) >= count, timeout)
        return self.replies(channel_id)

    async def wait_text(self, channel_id: int, predicate: Callable[[str], bool],
                        timeout: float = 8.0) -> list[StoredMessage]:
        def done() -> bool:
            return any(predicate(m.content) for m in self.replies(channel_id))

        await self.fake.wait_for(done, timeout)
        return self.replies(channel_id)

    async def settle(self, seconds: float = 0.3) -> None:
        """Give Muse time to (wrongly) answer; used before asserting silence."""
        await asyncio.sleep(seconds)
        await self.idle()

    async def idle(self, timeout: float = 8.0) -> None:
        async def wait() -> None:
            while self.face.dispatcher is not None and (
                    self.face.dispatcher.tasks or self.face.tasks):
                await asyncio.sleep(0.02)

        await asyncio.wait_for(wait(), timeout)


def discord_settings(fake: FakeDiscord) -> dict[str, Any]:
    return {"bot_token": fake.token, "api_base": fake.api_url, "gateway_url": fake.gateway_url}


async def start_muse(fake: FakeDiscord, data_dir: Path, backend: ScriptedBackend | None = None,
                     *, identify_delay_s: float = 0.0,
                     prepare: Callable[[App], None] | None = None, **overrides: Any) -> Muse:
    app = await make_app(data_dir, backend or ScriptedBackend(),
                         discord=discord_settings(fake), **overrides)
    if prepare is not None:
        prepare(app)
    muse = Muse(fake, app, DiscordFace(app, identify_delay_s=identify_delay_s,
                                       guild_ready_timeout=0.05))
    try:
        await muse.start()
    except BaseException:
        await muse.close()
        await app.close()
        raise
    return muse


@contextlib.asynccontextmanager
async def muse_on_fake(data_dir: Path, backend: ScriptedBackend | None = None, *,
                       fake_options: dict[str, Any] | None = None,
                       **overrides: Any) -> AsyncIterator[Muse]:
    async with running(**(fake_options or {})) as fake:
        muse = await start_muse(fake, data_dir, backend, **overrides)
        try:
            yield muse
        finally:
            await muse.close()
            await muse.app.close()
        assert [c for c in fake.calls if c.status >= 500] == []
