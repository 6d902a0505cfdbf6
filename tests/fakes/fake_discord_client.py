"""A recording discord.py client for driving the fake Discord from tests.

``async with running(**options) as fake`` starts a ``FakeDiscord`` with discord.py pointed
at it; ``await connect(fake, intents)`` logs a ``RecordingClient`` in and waits for
``on_ready``. The client skips discord.py's 5 s pause before a re-IDENTIFY, which only
matters against the real service.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import discord
from discord import app_commands

from tests.fakes.fake_discord import FakeDiscord


class RecordingClient(discord.Client):
    """A discord.py client that keeps what it received."""

    def __init__(self, intents: discord.Intents) -> None:
        super().__init__(intents=intents, guild_ready_timeout=0.05)
        self.tree = app_commands.CommandTree(self)
        self.received: list[discord.Message] = []
        self.edited: list[discord.Message] = []
        self.deleted_ids: list[int] = []
        self.ready_event = asyncio.Event()
        self.resumed_count = 0
        self.connect_task: asyncio.Task[None] | None = None

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """discord.py waits 5 s before every re-IDENTIFY; no need against a local fake."""

    async def on_ready(self) -> None:
        self.ready_event.set()

    async def on_resumed(self) -> None:
        self.resumed_count += 1

    async def on_message(self, message: discord.Message) -> None:
        self.received.append(message)

    async def on_message_edit(self, _before: discord.Message, after: discord.Message) -> None:
        self.edited.append(after)

    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        self.deleted_ids.append(payload.message_id)

    def from_user(self) -> list[discord.Message]:
        return [m for m in self.received if self.user is None or m.author.id != self.user.id]


def full_intents() -> discord.Intents:
    intents = discord.Intents.default()
    intents.message_content = True
    return intents


@contextlib.asynccontextmanager
async def running(**options: Any) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(**options) as server:
        with server.point_discord():
            yield server


async def connect(fake: FakeDiscord, intents: discord.Intents) -> RecordingClient:
    client = RecordingClient(intents)
    await client.login(fake.token)
    client.connect_task = asyncio.create_task(client.connect(reconnect=True))
    await asyncio.wait_for(client.ready_event.wait(), timeout=5)
    return client


async def disconnect(client: RecordingClient) -> None:
    """Close the client and wait for its gateway loop to end."""
    await client.close()
    if client.connect_task is not None:
        with contextlib.suppress(discord.DiscordException, asyncio.CancelledError):
            await asyncio.wait_for(client.connect_task, timeout=5)
